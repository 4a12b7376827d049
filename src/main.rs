//! The `dossier` command line.

use anyhow::Context;
use clap::{Parser, Subcommand};
use dossier::build::{build_site, BuildOptions};
use std::path::PathBuf;
use std::process::ExitCode;

/// dossier: turn a folder of news articles into a static research site.
///
/// Exit codes: 0 success; 1 the build failed (an error naming the file);
/// 2 bad command-line usage.
#[derive(Parser)]
#[command(version, about, long_about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (default `public/`).
    Build {
        /// The site folder, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output folder (default: site.toml's output_dir, `public`).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Public URL of the site, for canonical links, sitemap and feed.
        #[arg(long)]
        base_url: Option<String>,
        /// Treat warnings as errors: fail and keep the previous site.
        #[arg(long)]
        strict: bool,
        /// Print nothing but errors.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Check the built site: every internal link, src and #fragment resolves,
    /// every page has a title; list articles with no date or no entities.
    /// Exits with 1 when a link is broken.
    Check {
        /// The site folder, holding site.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The built site (default: site.toml's output_dir).
        #[arg(long)]
        output: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build {
            root,
            output,
            base_url,
            strict,
            quiet,
        } => {
            let options = BuildOptions {
                root: root.clone(),
                output,
                base_url,
                strict,
            };
            let report = build_site(&options)
                .with_context(|| format!("building the site in {}", root.display()))?;
            if !quiet {
                for w in &report.warnings {
                    eprintln!("warning: {w}");
                }
                println!("{}", report.summary());
            }
            Ok(())
        }
        Command::Check { root, output } => check(root, output),
    }
}

fn check(root: PathBuf, output: Option<PathBuf>) -> anyhow::Result<()> {
    let options = BuildOptions {
        root,
        output,
        ..Default::default()
    };
    let config = dossier::build::load_config(&options)?;
    let out = dossier::build::output_dir(&options, &config);
    let report = dossier::check::check_site(&out)?;
    for path in &report.undated {
        println!("notice: {path}: article has no date");
    }
    for path in &report.without_entities {
        println!("notice: {path}: no entity found in the article");
    }
    for page in &report.untitled {
        eprintln!("error: {}: page has no <title>", out.join(page).display());
    }
    for link in &report.broken {
        eprintln!(
            "error: {}: broken link {:?}: {}",
            out.join(&link.page).display(),
            link.target,
            link.why
        );
    }
    println!(
        "checked {} files in {}: {} broken link(s), {} page(s) without title, {} undated article(s), {} article(s) without entities",
        report.files,
        out.display(),
        report.broken.len(),
        report.untitled.len(),
        report.undated.len(),
        report.without_entities.len()
    );
    if report.ok() {
        Ok(())
    } else {
        anyhow::bail!(
            "the site in {} has {} broken link(s) and {} untitled page(s)",
            out.display(),
            report.broken.len(),
            report.untitled.len()
        )
    }
}
