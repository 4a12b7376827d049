//! The sink the build renders into: it passes each file on and keeps what
//! the link check and the build report need, never the bytes.

use super::scan::scan;
use super::table::{prepare, LinkTable};
use super::{resolve, BrokenLink};
use crate::fault::Failure;
use crate::output::{OutputError, OutputFile, Sink, SiteSink};
use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Passes files on to another sink, gathering what the link check and the
/// build report need (paths, links, ids, sizes) without keeping the bytes.
pub(crate) struct Recorder<'a> {
    inner: &'a dyn Sink,
    table: Mutex<LinkTable>,
    bytes: AtomicU64,
    failures: Mutex<Vec<Failure>>,
}

impl<'a> Recorder<'a> {
    /// Records what passes to `inner`.
    pub(crate) fn new(inner: &'a dyn Sink) -> Recorder<'a> {
        Recorder {
            inner,
            table: Mutex::new(LinkTable::default()),
            bytes: AtomicU64::new(0),
            failures: Mutex::new(Vec::new()),
        }
    }

    fn table(&self) -> std::sync::MutexGuard<'_, LinkTable> {
        self.table.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The pages that could not be rendered, in page order.
    pub(crate) fn failures(&self) -> Vec<Failure> {
        let mut list = self
            .failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        list.sort_by(|a, b| a.page.cmp(&b.page));
        list
    }

    /// (files, HTML pages, bytes) put so far.
    pub(crate) fn counts(&self) -> (usize, usize, u64) {
        let table = self.table();
        (
            table.files(),
            table.pages(),
            self.bytes.load(Ordering::Relaxed),
        )
    }

    /// The broken internal links among everything put, by page; links to
    /// a page that failed to render are not reported again.
    pub(crate) fn broken_links(&self) -> Vec<BrokenLink> {
        let failed: HashSet<String> = self.failures().into_iter().filter_map(|f| f.page).collect();
        let mut broken = self.table().broken();
        broken.retain(|b| {
            let path = b.target.split('#').next().unwrap_or("");
            resolve(&b.page, path).is_none_or(|target| !failed.contains(&target))
        });
        // Pages arrive in whatever order the threads finish them.
        broken.sort_by(|a, b| a.page.cmp(&b.page));
        broken
    }
}

impl Sink for Recorder<'_> {
    fn put(&self, file: OutputFile) -> Result<(), OutputError> {
        let links = file
            .path
            .ends_with(".html")
            .then(|| scan(&file.path, &file.bytes));
        // Read and resolved before the table is locked: other threads
        // store their pages meanwhile.
        let prepared = links.as_ref().map(prepare);
        {
            let mut table = self.table();
            table.add_file(&file.path);
            if let Some(page) = &prepared {
                table.add_prepared(page);
            }
        }
        self.bytes
            .fetch_add(file.bytes.len() as u64, Ordering::Relaxed);
        self.inner.put(file)
    }
}

impl SiteSink for Recorder<'_> {
    /// Links to a page left out are not reported again as broken.
    fn fail(&self, failure: Failure) {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(failure);
    }

    fn html_pages(&self) -> Vec<String> {
        self.table().html_pages()
    }
}
