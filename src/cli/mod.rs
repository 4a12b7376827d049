//! The command line: argument parsing and the commands' output. The work is
//! done by the library stages; this module only reports.

mod entities;
mod new;
mod report;

use crate::build::{build_site_with, BuildOptions};
use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// dossier: turn a folder of news articles into a static research site.
///
/// Exit codes: 0 success; 1 the command failed (the message names the file,
/// and line and column where there is one; with --strict, any warning);
/// 2 bad command-line usage.
#[derive(Parser)]
#[command(version, about, long_about)]
struct Cli {
    /// Print nothing but errors.
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Print each warning in full and the time of each stage.
    #[arg(long, short, global = true, conflicts_with = "quiet")]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

/// Options shared by the commands that read a site folder.
#[derive(clap::Args, Clone)]
struct SiteArgs {
    /// The site folder, holding site.toml.
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Output folder (default: site.toml's output_dir, `public`).
    #[arg(long)]
    output: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (default `public/`).
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Public URL of the site, for canonical links, sitemap and feed.
        #[arg(long)]
        base_url: Option<String>,
        /// Treat warnings as errors: fail and keep the previous site.
        #[arg(long)]
        strict: bool,
    },
    /// Check the built site: every internal link, src and #fragment resolves,
    /// every page has a title; list articles with no date or no entities.
    /// Exits with 1 when a link is broken.
    Check {
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Build, serve on 127.0.0.1, rebuild on change and reload open pages.
    Serve {
        #[command(flatten)]
        site: SiteArgs,
        /// Port to listen on (default: a free port).
        #[arg(long, default_value_t = 0)]
        port: u16,
    },
    /// Create a new site folder that builds at once.
    New {
        /// The folder to create (must not exist, or be empty).
        dir: PathBuf,
    },
    /// List the entities found in the articles, to help curate a gazetteer.
    Entities {
        #[command(flatten)]
        site: SiteArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Instead, list frequent capitalised phrases that became no entity.
        #[arg(long)]
        unmatched: bool,
        /// Show at most this many.
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
}

/// How `entities` prints.
#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// An aligned table.
    Text,
    /// Gazetteer entries ready to paste.
    Yaml,
    /// A JSON array.
    Json,
}

/// How much to print.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Verbosity {
    /// Errors only.
    Quiet,
    /// A summary and grouped warnings.
    Normal,
    /// Every warning and stage timings.
    Verbose,
}

/// Prints one line per serve rebuild.
fn print_serve_build(
    report: &crate::build::BuildReport,
    changed: usize,
    took: std::time::Duration,
    verbosity: Verbosity,
) {
    report::print_warnings(&report.warnings, verbosity);
    report::print_failures(report);
    if verbosity != Verbosity::Quiet {
        println!(
            "built {} article(s), {} page(s): {} file(s) changed in {:.0} ms",
            report.articles,
            report.pages,
            changed,
            took.as_secs_f64() * 1000.0
        );
    }
}

/// Runs the command line; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let verbosity = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    match run(cli.command, verbosity) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn options(site: SiteArgs) -> BuildOptions {
    BuildOptions {
        root: site.root,
        output: site.output,
        ..Default::default()
    }
}

fn run(command: Command, verbosity: Verbosity) -> anyhow::Result<()> {
    match command {
        Command::Build {
            site,
            base_url,
            strict,
        } => {
            let root = site.root.clone();
            let options = BuildOptions {
                base_url,
                strict,
                ..options(site)
            };
            let progress = report::Progress::new(verbosity);
            let result = build_site_with(&options, &|stage| progress.stage(stage));
            progress.finish();
            let report =
                result.with_context(|| format!("building the site in {}", root.display()))?;
            report::print_build(&report, verbosity);
            match report.failures.len() {
                0 => Ok(()),
                n => anyhow::bail!(
                    "{n} article(s) or page(s) failed inside dossier and were left out; the rest of the site was written to {}",
                    report.output.display()
                ),
            }
        }
        Command::Check { site } => report::check(&options(site), verbosity),
        Command::Serve { site, port } => {
            crate::serve::serve(&options(site), port, &|report, changed, took| {
                print_serve_build(report, changed, took, verbosity)
            })
        }
        Command::New { dir } => {
            new::create(&dir)?;
            if verbosity != Verbosity::Quiet {
                println!(
                    "created a new site in {0}\nbuild it:  dossier build --root {0}\npreview:   dossier serve --root {0}",
                    dir.display()
                );
            }
            Ok(())
        }
        Command::Entities {
            site,
            format,
            unmatched,
            limit,
        } => entities::list(&options(site), format, unmatched, limit),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_build_with_failures_is_an_error_after_writing_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        crate::build::tests::write_site(dir.path());
        let site = SiteArgs {
            root: dir.path().to_path_buf(),
            output: None,
        };
        let command = Command::Build {
            site,
            base_url: None,
            strict: false,
        };
        let err = run(command, Verbosity::Quiet).unwrap_err();
        assert!(
            err.to_string().contains("3 article(s) or page(s) failed"),
            "{err}"
        );
        assert!(dir.path().join("public/index.html").is_file());
    }
}
