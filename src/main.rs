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
    }
}
