//! `dossier serve`: build into memory, serve on 127.0.0.1, watch the site's
//! inputs, rebuild on change and reload open pages. The output folder is not
//! touched: pages are served from memory.
//!
//! Rebuilds reuse parsed articles whose files did not change
//! ([`crate::content::LoadCache`]) and replace only the pages whose bytes
//! changed; a failed rebuild keeps the last good site served and shows the
//! error in the terminal and as an overlay in open pages.

mod http;

use crate::build::{load_config, render_site, BuildOptions};
use crate::cli::Verbosity;
use crate::content::LoadCache;
use anyhow::Context;
use notify::{EventKind, RecursiveMode, Watcher};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// The site as served: files by path, and the state open pages poll.
#[derive(Default)]
pub struct Served {
    /// Every file of the last good build.
    pub files: HashMap<String, Arc<Vec<u8>>>,
    /// Bumped on every successful rebuild that changed something.
    pub version: u64,
    /// The last rebuild's error, until a rebuild succeeds.
    pub error: Option<String>,
}

/// Rebuilds and swaps the changed files in; returns how many changed.
fn rebuild(
    options: &BuildOptions,
    cache: &mut LoadCache,
    state: &RwLock<Served>,
    verbosity: Verbosity,
) -> Result<usize, String> {
    let started = Instant::now();
    let rendered = render_site(options, Some(cache), &|_| {}).map_err(|e| format!("{e:#}"))?;
    let mut served = state.write().unwrap_or_else(|e| e.into_inner());
    let mut changed = 0;
    let mut next: HashMap<String, Arc<Vec<u8>>> = HashMap::with_capacity(rendered.files.len());
    for file in rendered.files {
        match served.files.remove(&file.path) {
            Some(old) if *old == file.bytes => {
                next.insert(file.path, old);
            }
            _ => {
                changed += 1;
                next.insert(file.path, Arc::new(file.bytes));
            }
        }
    }
    changed += served.files.len();
    served.files = next;
    served.error = None;
    if changed > 0 {
        served.version += 1;
    }
    drop(served);
    super::cli::print_serve_build(&rendered.report, changed, started.elapsed(), verbosity);
    Ok(changed)
}

/// Runs the server until interrupted.
pub fn serve(options: &BuildOptions, port: u16, verbosity: Verbosity) -> anyhow::Result<()> {
    let root = crate::build::site_root(options);
    let state = Arc::new(RwLock::new(Served::default()));
    let mut cache = LoadCache::default();
    rebuild(options, &mut cache, &state, verbosity).map_err(anyhow::Error::msg)?;

    let server = http::start(port, state.clone())?;
    println!("serving {} at {}", root.display(), server.url);
    println!("watching for changes; press Ctrl-C to stop");

    // Only creations, changes and removals: reads (access events) would make
    // every rebuild trigger the next one.
    let (tx, rx) = std::sync::mpsc::channel::<PathBuf>();
    let mut watcher =
        notify::recommended_watcher(move |event: notify::Result<notify::Event>| match event {
            Ok(e)
                if matches!(
                    e.kind,
                    EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
                ) =>
            {
                for path in e.paths {
                    let _ = tx.send(path);
                }
            }
            Ok(_) => {}
            Err(e) => eprintln!("warning: file watcher: {e}"),
        })
        .context("cannot start the file watcher")?;
    let config = load_config(options)?;
    let mut watched = vec![
        root.join(&config.content_dir),
        root.join("templates"),
        root.join("static"),
        root.join(crate::config::CONFIG_FILE),
    ];
    if let Some(g) = &config.gazetteer {
        watched.push(root.join(g));
    }
    for path in watched.iter().filter(|p| p.exists()) {
        let mode = if path.is_dir() {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        watcher
            .watch(path, mode)
            .with_context(|| format!("{}: cannot watch", path.display()))?;
    }

    while let Ok(first) = rx.recv() {
        // Debounce: an editor's save is often several events in a burst.
        let mut paths = vec![first];
        while let Ok(more) = rx.recv_timeout(Duration::from_millis(120)) {
            paths.push(more);
        }
        // Editors' swap and backup files (".x.swp", "x~") are not inputs.
        let relevant = paths.iter().any(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            !name.starts_with('.') && !name.ends_with('~')
        });
        if !relevant {
            continue;
        }
        if let Err(message) = rebuild(options, &mut cache, &state, verbosity) {
            eprintln!("error: {message}");
            eprintln!("(still serving the last good build)");
            state.write().unwrap_or_else(|e| e.into_inner()).error = Some(message);
        }
    }
    Ok(())
}
