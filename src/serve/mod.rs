//! `dossier serve`: build into memory, serve on 127.0.0.1, watch the site's
//! inputs, rebuild on change and reload open pages. The output folder is not
//! touched: pages are served from memory.
//!
//! Rebuilds reuse parsed articles whose files did not change
//! ([`crate::content::LoadCache`]) and replace only the pages whose bytes
//! changed; a failed rebuild keeps the last good site served and shows the
//! error in the terminal and as an overlay in open pages.

mod http;

use crate::build::{load_config, render_site, BuildOptions, BuildReport};
use crate::config::SiteConfig;
use crate::content::LoadCache;
use crate::preview::SiteLinks;
use anyhow::Context;
use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

/// How long the inputs must be quiet before a burst of changes is handled.
const DEBOUNCE: Duration = Duration::from_millis(100);

/// A running watch of the inputs; dropping it stops watching.
type Watching = Debouncer<notify::RecommendedWatcher, RecommendedCache>;

/// The site as served: files by path, and the state open pages poll.
#[derive(Default)]
pub(crate) struct Served {
    /// Every file of the last good build.
    pub files: HashMap<String, Arc<Vec<u8>>>,
    /// Bumped on every successful rebuild that changed something.
    pub version: u64,
    /// The last rebuild's error, until a rebuild succeeds.
    pub error: Option<String>,
}

/// Told of each rebuild: its report, how many files changed, how long it took.
pub(crate) type OnRebuilt<'a> = &'a dyn Fn(&BuildReport, usize, Duration);

/// Rings when the served site or its error changed, waking the threads that
/// tell open pages.
#[derive(Default)]
pub(crate) struct Bell {
    rung: std::sync::Mutex<u64>,
    changed: std::sync::Condvar,
}

impl Bell {
    /// Wakes every waiting thread.
    fn ring(&self) {
        *self.rung.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        self.changed.notify_all();
    }

    /// How many times it has rung so far.
    fn rung(&self) -> u64 {
        *self.rung.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until it rings after `seen` rings, or `timeout` passes; returns
    /// the rings so far.
    fn wait(&self, seen: u64, timeout: Duration) -> u64 {
        let rung = self.rung.lock().unwrap_or_else(|e| e.into_inner());
        let (rung, _) = self
            .changed
            .wait_timeout_while(rung, timeout, |rung| *rung == seen)
            .unwrap_or_else(|e| e.into_inner());
        *rung
    }
}

/// Rebuilds and swaps the changed files in; returns where the pages are.
fn rebuild(
    options: &BuildOptions,
    cache: &mut LoadCache,
    state: &RwLock<Served>,
    on_rebuilt: OnRebuilt<'_>,
) -> Result<SiteLinks, String> {
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
    on_rebuilt(&rendered.report, changed, started.elapsed());
    Ok(rendered.links)
}

/// Serves the new page of each edited article at once, made from that
/// article alone (see [`crate::preview`]), so that an edit shows in well
/// under a second however large the site; the full rebuild that follows
/// replaces it. Only edits of articles the last build published qualify:
/// anything else (a new or removed file, settings, theme) waits for the
/// rebuild.
fn preview(options: &BuildOptions, links: &SiteLinks, paths: &[PathBuf], state: &RwLock<Served>) {
    let Ok(config) = load_config(options) else {
        return;
    };
    let Some(articles) = edited_articles(options, &config, paths) else {
        return;
    };
    let Ok(theme) = crate::render::theme::Theme::load(&options.root) else {
        return;
    };
    let (Ok(tera), Ok(gazetteer)) = (
        crate::render::compile(&theme),
        crate::build::load_gazetteer(options, &config),
    ) else {
        return;
    };
    let site = crate::preview::Site {
        root: &options.root,
        config: &config,
        tera: &tera,
        gazetteer: gazetteer.as_ref(),
    };
    let pages: Vec<_> = articles
        .iter()
        .filter_map(|path| crate::preview::article_page(&site, links, path))
        .collect();
    if pages.is_empty() {
        return;
    }
    let mut served = state.write().unwrap_or_else(|e| e.into_inner());
    for page in pages {
        served.files.insert(page.path, Arc::new(page.bytes));
    }
    served.version += 1;
}

/// The article files among `paths` when every one of them is an existing
/// file of the content folder; `None` when anything else changed.
fn edited_articles(
    options: &BuildOptions,
    config: &SiteConfig,
    paths: &[PathBuf],
) -> Option<Vec<PathBuf>> {
    let content = options.root.join(&config.content_dir);
    let mut articles: Vec<PathBuf> = Vec::new();
    for path in paths {
        if !(path.starts_with(&content) && path.is_file()) {
            return None;
        }
        if !articles.contains(path) {
            articles.push(path.clone());
        }
    }
    Some(articles)
}

/// Runs the server until interrupted, telling `on_rebuilt` of each build.
pub(crate) fn serve(
    options: &BuildOptions,
    port: u16,
    on_rebuilt: OnRebuilt<'_>,
) -> anyhow::Result<()> {
    // An absolute root makes the watcher's paths the same as the cache's keys.
    let root = crate::build::site_root(options);
    let root = root
        .canonicalize()
        .with_context(|| format!("{}: cannot open the site folder", root.display()))?;
    let options = &BuildOptions {
        root: root.clone(),
        ..options.clone()
    };
    let config = load_config(options)?;

    // The watcher starts before the first build, so an edit made while it
    // runs, or right after the URL is printed, is not lost.
    let (tx, rx) = std::sync::mpsc::channel::<Vec<PathBuf>>();
    let inputs = Inputs::of(&root, &config);
    let _watcher = watch(&root, &inputs, tx)?;

    let state = Arc::new(RwLock::new(Served::default()));
    let mut cache = LoadCache::default();
    let mut links = rebuild(options, &mut cache, &state, on_rebuilt).map_err(anyhow::Error::msg)?;

    let bell = Arc::new(Bell::default());
    let server = http::start(port, state.clone(), bell.clone())?;
    println!("serving {} at {}", root.display(), server.url);
    println!("watching for changes; press Ctrl-C to stop");

    while let Ok(mut paths) = rx.recv() {
        // Batches that arrived during the last rebuild are one change.
        while let Ok(more) = rx.try_recv() {
            paths.extend(more);
        }
        paths.retain(|p| inputs.is_input(p));
        if paths.is_empty() {
            continue;
        }
        preview(options, &links, &paths, &state);
        bell.ring();
        cache.forget(&paths);
        match rebuild(options, &mut cache, &state, on_rebuilt) {
            Ok(new_links) => links = new_links,
            Err(message) => {
                eprintln!("error: {message}");
                eprintln!("(still serving the last good build)");
                state.write().unwrap_or_else(|e| e.into_inner()).error = Some(message);
            }
        }
        bell.ring();
    }
    Ok(())
}

/// What the site is built from: the folders and files a change to which
/// calls for a rebuild.
struct Inputs {
    folders: Vec<PathBuf>,
    files: Vec<PathBuf>,
}

impl Inputs {
    fn of(root: &Path, config: &SiteConfig) -> Inputs {
        let mut files = vec![root.join(crate::config::CONFIG_FILE)];
        files.extend(config.gazetteer.as_ref().map(|g| root.join(g)));
        Inputs {
            folders: vec![
                root.join(&config.content_dir),
                root.join("templates"),
                root.join("static"),
            ],
            files,
        }
    }

    fn is_input(&self, path: &Path) -> bool {
        // Editors' swap and backup files (".x.swp", "x~") are not inputs.
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        if name.starts_with('.') || name.ends_with('~') {
            return false;
        }
        self.files.iter().any(|f| f == path) || self.folders.iter().any(|d| path.starts_with(d))
    }
}

/// Watches the site's inputs, sending the paths of each burst of changes
/// to `tx` once the burst is over (an editor's save is often several events).
///
/// Files are watched through their folder: editors that save by writing a
/// new file and renaming it over the old one would end a watch on the file.
fn watch(root: &Path, inputs: &Inputs, tx: Sender<Vec<PathBuf>>) -> anyhow::Result<Watching> {
    let mut debouncer =
        new_debouncer(
            DEBOUNCE,
            None,
            move |result: DebounceEventResult| match result {
                Ok(events) => {
                    // Only creations, changes and removals: reads (access
                    // events) would make every rebuild trigger the next one.
                    let paths: Vec<PathBuf> = events
                        .into_iter()
                        .filter(|e| {
                            matches!(
                                e.kind,
                                EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_)
                            )
                        })
                        .flat_map(|e| e.event.paths)
                        .collect();
                    if !paths.is_empty() {
                        let _ = tx.send(paths);
                    }
                }
                Err(errors) => {
                    for e in errors {
                        eprintln!("warning: file watcher: {e}");
                    }
                }
            },
        )
        .context("cannot start the file watcher")?;
    let mut watched: Vec<(PathBuf, RecursiveMode)> =
        vec![(root.to_path_buf(), RecursiveMode::NonRecursive)];
    for file in &inputs.files {
        if let Some(parent) = file.parent().filter(|p| *p != root) {
            watched.push((parent.to_path_buf(), RecursiveMode::NonRecursive));
        }
    }
    for folder in inputs.folders.iter().filter(|d| d.is_dir()) {
        watched.push((folder.clone(), RecursiveMode::Recursive));
    }
    for (path, mode) in watched.iter().filter(|(p, _)| p.is_dir()) {
        debouncer
            .watch(path, *mode)
            .with_context(|| format!("{}: cannot watch", path.display()))?;
    }
    Ok(debouncer)
}
