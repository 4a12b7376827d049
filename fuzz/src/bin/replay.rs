//! Runs saved inputs through a target without AFL, catching panics, and
//! prints one line per file (`ok` or the panic message and location).
//!
//! ```sh
//! target/debug/replay TARGET FILE_OR_DIR...
//! ```
//!
//! Exits 1 when any input panicked, 2 on bad usage.

use std::panic;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|r| r.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        entries.sort();
        for e in entries {
            files(&e, out);
        }
    } else {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let names: Vec<&str> = dossier_fuzz::TARGETS.iter().map(|(n, _)| *n).collect();
    let Some((target, paths)) = args.split_first() else {
        eprintln!("usage: replay TARGET FILE_OR_DIR...  (targets: {names:?})");
        std::process::exit(2);
    };
    let Some(&(_, run)) = dossier_fuzz::TARGETS.iter().find(|(n, _)| n == target) else {
        eprintln!("unknown target {target:?} (targets: {names:?})");
        std::process::exit(2);
    };
    let mut inputs = Vec::new();
    for p in paths {
        files(Path::new(p), &mut inputs);
    }
    // Keep the last panic's message and location instead of printing it.
    let last: Arc<Mutex<Option<String>>> = Arc::default();
    let sink = Arc::clone(&last);
    panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "(non-string panic payload)".to_string());
        let at = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        *sink.lock().unwrap_or_else(|e| e.into_inner()) = Some(format!("{message} at {at}"));
    }));
    let mut failed = 0;
    for input in &inputs {
        let Ok(data) = std::fs::read(input) else {
            println!("{}: unreadable", input.display());
            failed += 1;
            continue;
        };
        match panic::catch_unwind(|| run(&data)) {
            Ok(()) => println!("{}: ok", input.display()),
            Err(_) => {
                failed += 1;
                let what = last.lock().unwrap_or_else(|e| e.into_inner()).take();
                println!(
                    "{}: PANIC {}",
                    input.display(),
                    what.unwrap_or_else(|| "(no message)".to_string())
                );
            }
        }
    }
    println!("{} input(s), {failed} panicked", inputs.len());
    if failed > 0 {
        std::process::exit(1);
    }
}
