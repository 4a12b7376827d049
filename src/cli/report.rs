//! What the commands print: summaries, grouped warnings, a progress bar.

use super::Verbosity;
use crate::build::{BuildOptions, BuildReport, Stage};
use crate::diagnostics::Warning;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// A spinner with the current stage, shown only on a terminal, outside CI,
/// and only once the build has run for a second (short builds stay quiet).
pub(super) struct Progress {
    bar: Option<ProgressBar>,
    started: Instant,
    verbosity: Verbosity,
    last: std::sync::Mutex<Option<(Stage, Instant)>>,
}

impl Progress {
    /// A progress display fitting the terminal and verbosity.
    pub(super) fn new(verbosity: Verbosity) -> Progress {
        let interactive = std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none()
            && verbosity == Verbosity::Normal;
        let bar = interactive.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {elapsed} {msg}")
                    .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            bar
        });
        Progress {
            bar,
            started: Instant::now(),
            verbosity,
            last: std::sync::Mutex::new(None),
        }
    }

    /// Reports that `stage` has begun.
    pub(super) fn stage(&self, stage: Stage) {
        if let Some(bar) = &self.bar {
            if self.started.elapsed() >= Duration::from_secs(1) && bar.is_hidden() {
                bar.set_draw_target(ProgressDrawTarget::stderr());
                bar.enable_steady_tick(Duration::from_millis(120));
            }
            bar.set_message(stage.label());
        }
        if self.verbosity == Verbosity::Verbose {
            self.print_last_stage(Some(stage));
        }
    }

    /// Prints the time of the stage that just ended, and starts timing `next`.
    fn print_last_stage(&self, next: Option<Stage>) {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((previous, at)) = last.take() {
            let peak = peak_memory_mib()
                .map(|mib| format!("  (peak memory so far {mib} MiB)"))
                .unwrap_or_default();
            eprintln!(
                "  {:<28} {:>8.3}s{peak}",
                previous.label(),
                at.elapsed().as_secs_f64()
            );
        }
        *last = next.map(|stage| (stage, Instant::now()));
    }

    /// Clears the spinner.
    pub(super) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.verbosity == Verbosity::Verbose {
            self.print_last_stage(None);
        }
    }
}

/// The most memory the process has held so far (its peak resident set),
/// where the system tells it (Linux); shown by `--verbose` beside each
/// stage's time, so that a user of a large corpus sees which stage needs it.
fn peak_memory_mib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024)
}

/// The reason of a warning without its particulars (numbers, quoted values),
/// so that warnings of one kind group together.
fn reason(w: &Warning) -> String {
    let mut out = String::new();
    let mut in_quote = false;
    // Digits that are part of a name ("UTF-8", "Windows-1252") stay.
    let mut in_name = false;
    let mut previous: [char; 2] = [' ', ' '];
    for c in w.message.chars() {
        if c.is_ascii_digit() && !in_quote {
            let starts_run = !previous[1].is_ascii_digit();
            if starts_run {
                in_name = previous[1].is_alphabetic()
                    || (previous[1] == '-' && previous[0].is_alphabetic());
            }
            if in_name {
                out.push(c);
            } else if !out.ends_with('#') {
                out.push('#');
            }
        } else if c == '"' {
            in_quote = !in_quote;
            if in_quote {
                out.push('…');
            }
        } else if !in_quote {
            out.push(c);
        }
        previous = [previous[1], c];
    }
    out
}

/// Prints warnings: each in full when verbose (or few), else grouped by reason.
pub(super) fn print_warnings(warnings: &[Warning], verbosity: Verbosity) {
    if verbosity == Verbosity::Quiet || warnings.is_empty() {
        return;
    }
    if verbosity == Verbosity::Verbose || warnings.len() <= 10 {
        for w in warnings {
            eprintln!("warning: {w}");
        }
        return;
    }
    let mut groups: BTreeMap<String, Vec<&Warning>> = BTreeMap::new();
    for w in warnings {
        groups.entry(reason(w)).or_default().push(w);
    }
    for (why, list) in groups {
        eprintln!("warning: {} file(s): {why}", list.len());
        for w in list.iter().take(3) {
            eprintln!("  {w}");
        }
        if list.len() > 3 {
            eprintln!("  … and {} more (--verbose lists all)", list.len() - 3);
        }
    }
}

/// Prints a build's warnings and its one-line summary.
pub(super) fn print_build(report: &BuildReport, verbosity: Verbosity) {
    print_warnings(&report.warnings, verbosity);
    print_failures(report);
    if verbosity != Verbosity::Quiet {
        println!("{}", report.summary());
    }
}

/// Every failure, as an error: they are printed whatever the verbosity.
pub(super) fn print_failures(report: &BuildReport) {
    for failure in &report.failures {
        eprintln!("error: {failure}");
    }
}

/// `dossier check`.
pub(super) fn check(options: &BuildOptions, verbosity: Verbosity) -> anyhow::Result<()> {
    let config = crate::build::load_config(options)?;
    let out = crate::build::output_dir(options, &config);
    let report = crate::check::check_site(&out)?;
    if verbosity != Verbosity::Quiet {
        for path in &report.undated {
            println!("notice: {path}: article has no date");
        }
        for path in &report.without_entities {
            println!("notice: {path}: no entity found in the article");
        }
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
    if verbosity != Verbosity::Quiet {
        println!(
            "checked {} files in {}: {} broken link(s), {} page(s) without title, {} undated article(s), {} article(s) without entities",
            report.files,
            out.display(),
            report.broken.len(),
            report.untitled.len(),
            report.undated.len(),
            report.without_entities.len()
        );
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_group_particulars_away() {
        let a = Warning::new(
            "a.txt",
            "skipped: file is 12 bytes, over max_file_size (10 bytes)",
        );
        let b = Warning::new(
            "b.txt",
            "skipped: file is 99999 bytes, over max_file_size (10 bytes)",
        );
        assert_eq!(reason(&a), reason(&b));
        let c = Warning::new("c.txt", "date marker \"2023-02-30\" is not a real date");
        let d = Warning::new("d.txt", "date marker \"2021-13-01\" is not a real date");
        assert_eq!(reason(&c), reason(&d));
        let e = Warning::new(
            "e.txt",
            "not valid UTF-8 (first bad byte at offset 17): decoded as Windows-1252",
        );
        assert_eq!(
            reason(&e),
            "not valid UTF-8 (first bad byte at offset #): decoded as Windows-1252"
        );
    }
}
