//! Internal link checking: every `href` and `src` of every page must resolve
//! to a file of the site, and every `#fragment` to an `id` in it.

use crate::fault::Failure;
use crate::output::OutputFile;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// A link that leads nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokenLink {
    /// The page holding the link (relative to the site root).
    pub page: String,
    /// The link as written.
    pub target: String,
    /// Why it is broken.
    pub why: &'static str,
}

impl fmt::Display for BrokenLink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: link {:?}: {}", self.page, self.target, self.why)
    }
}

/// The links and ids of one page, gathered in one pass over its HTML.
#[derive(Debug, Clone, Default)]
pub struct PageLinks {
    /// The page (relative to the site root).
    pub page: String,
    /// Every `href` and `src`, unescaped.
    pub links: Vec<String>,
    /// Every `id`.
    pub ids: HashSet<String>,
    /// Whether the page has a `<title>` with text in it.
    pub titled: bool,
}

/// Gathers the links and ids of an HTML page with an HTML tokenizer, so
/// that every way of writing an attribute (double, single or no quotes,
/// character references) is read as a browser reads it.
pub fn scan(page: &str, html: &[u8]) -> PageLinks {
    use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
    /// What the tokenizer hands back: only what the check needs, borrowed
    /// until then (the callback emitter allocates no token per tag).
    enum Found {
        Link(String),
        Id(String),
        Title,
    }
    enum Attribute {
        Link,
        Id,
        Other,
    }
    let mut attribute = Attribute::Other;
    let mut in_title = false;
    let emitter = CallbackEmitter::new(
        move |event: CallbackEvent<'_>, _: html5gum::Span<()>| -> Option<Found> {
            let text = |v: &[u8]| String::from_utf8_lossy(v).into_owned();
            match event {
                CallbackEvent::OpenStartTag { name } => in_title = name == b"title",
                CallbackEvent::AttributeName { name } => {
                    attribute = match name {
                        b"href" | b"src" => Attribute::Link,
                        b"id" => Attribute::Id,
                        _ => Attribute::Other,
                    };
                }
                CallbackEvent::AttributeValue { value } => match attribute {
                    Attribute::Link => return Some(Found::Link(text(value))),
                    Attribute::Id => return Some(Found::Id(text(value))),
                    Attribute::Other => {}
                },
                CallbackEvent::String { value }
                    if in_title && value.iter().any(|b| !b.is_ascii_whitespace()) =>
                {
                    return Some(Found::Title);
                }
                CallbackEvent::EndTag { .. } => in_title = false,
                _ => {}
            }
            None
        },
    );
    let mut out = PageLinks {
        page: page.to_string(),
        ..PageLinks::default()
    };
    for Ok(found) in html5gum::Tokenizer::new_with_emitter(html, emitter) {
        match found {
            Found::Link(link) => out.links.push(link),
            Found::Id(id) => {
                out.ids.insert(id);
            }
            Found::Title => out.titled = true,
        }
    }
    out
}

/// Percent-decodes a URL path (invalid escapes are kept as they are).
fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Joins a relative link to the page's folder; `None` when it climbs above the root.
fn resolve(page: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for seg in link.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

/// Scans the HTML files among `files`.
fn scan_pages(files: &[OutputFile]) -> Vec<PageLinks> {
    files
        .par_iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| scan(&f.path, &f.bytes))
        .collect()
}

/// Checks every internal link of the HTML files among `files`.
pub fn broken_links(files: &[OutputFile]) -> Vec<BrokenLink> {
    let paths: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    verify(&scan_pages(files), &paths)
}

/// Checks the gathered links of `pages` against the site's file `paths`.
pub fn verify(pages: &[PageLinks], paths: &HashSet<&str>) -> Vec<BrokenLink> {
    let ids: HashMap<&str, &HashSet<String>> =
        pages.iter().map(|p| (p.page.as_str(), &p.ids)).collect();
    // Pages are checked in parallel; the broken links keep the pages' order.
    pages
        .par_iter()
        .flat_map_iter(|page| broken_in(page, paths, &ids))
        .collect()
}

/// The broken links of one page.
fn broken_in(
    page: &PageLinks,
    paths: &HashSet<&str>,
    ids: &HashMap<&str, &HashSet<String>>,
) -> Vec<BrokenLink> {
    let mut broken = Vec::new();
    for link in &page.links {
        if link.is_empty()
            || link.starts_with("//")
            || link.contains("://")
            || link.starts_with("mailto:")
            || link.starts_with("data:")
        {
            continue;
        }
        let link = link.split('?').next().unwrap_or("");
        let (path, fragment) = match link.split_once('#') {
            Some((p, f)) => (p, Some(f)),
            None => (link, None),
        };
        let fail = |why| BrokenLink {
            page: page.page.clone(),
            target: link.to_string(),
            why,
        };
        if path.starts_with('/') {
            broken.push(fail("absolute path: breaks under a subpath and from disk"));
            continue;
        }
        let target = if path.is_empty() {
            Some(page.page.clone())
        } else if path.contains('%') {
            resolve(&page.page, &percent_decode(path))
        } else {
            resolve(&page.page, path)
        };
        let Some(target) = target else {
            broken.push(fail("climbs above the site root"));
            continue;
        };
        if !paths.contains(target.as_str()) {
            broken.push(fail("no such file in the site"));
            continue;
        }
        if let Some(fragment) = fragment.filter(|f| !f.is_empty()) {
            let found = ids
                .get(target.as_str())
                .is_some_and(|set| set.contains(&percent_decode(fragment)));
            if !found {
                broken.push(fail("no element with that id"));
            }
        }
    }
    broken
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(path: &str, text: &str) -> OutputFile {
        OutputFile::text(path, text.to_string())
    }

    #[test]
    fn reads_attributes_as_a_browser_does() {
        let page = scan(
            "p.html",
            b"<title> T </title><a href='single.html'>s</a><a href=bare.html>b</a><a data-href=\"no.html\" href=\"a&amp;b.html\">e</a><p id=x>",
        );
        assert_eq!(page.links, ["single.html", "bare.html", "a&b.html"]);
        assert!(page.ids.contains("x"));
        assert!(page.titled);
        assert!(!scan("q.html", b"<title>  </title><p>x</p>").titled);
    }

    #[test]
    fn finds_missing_files_and_fragments() {
        let files = vec![
            f(
                "index.html",
                r#"<a href="articles/a.html#m1">x</a><a href="nope.html">y</a><a href="articles/a.html#zz">z</a>"#,
            ),
            f(
                "articles/a.html",
                r#"<p id="m1"><a href="../index.html">home</a><a href="../../x.html">up</a><a href="https://e.org/">e</a></p>"#,
            ),
        ];
        let broken = broken_links(&files);
        let targets: Vec<&str> = broken.iter().map(|b| b.target.as_str()).collect();
        assert_eq!(
            targets,
            vec!["nope.html", "articles/a.html#zz", "../../x.html"]
        );
    }
}

/// What `dossier check` found in a built site.
#[derive(Debug, Default)]
pub struct SiteCheck {
    /// Files in the site.
    pub files: usize,
    /// Links that lead nowhere (errors).
    pub broken: Vec<BrokenLink>,
    /// Pages without a non-empty `<title>` (errors).
    pub untitled: Vec<String>,
    /// Articles with no date (notices), by source file.
    pub undated: Vec<String>,
    /// Articles in which no entity was found (notices), by source file.
    pub without_entities: Vec<String>,
}

impl SiteCheck {
    /// True when nothing is broken.
    pub fn ok(&self) -> bool {
        self.broken.is_empty() && self.untitled.is_empty()
    }
}

/// Reads the built site in `output` and checks it.
pub fn check_site(output: &std::path::Path) -> Result<SiteCheck, crate::output::OutputError> {
    let io = |path: &std::path::Path, source| crate::output::OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    if !output.is_dir() {
        return Err(io(
            output,
            std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "no built site here: run `dossier build` first",
            ),
        ));
    }
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(output).sort_by_file_name() {
        let entry = entry.map_err(|e| io(output, std::io::Error::other(e.to_string())))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(output)
            .unwrap_or(entry.path())
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let is_html = rel.ends_with(".html");
        let bytes = if is_html || rel == "data/articles.json" {
            std::fs::read(entry.path()).map_err(|e| io(entry.path(), e))?
        } else {
            Vec::new()
        };
        files.push(OutputFile { path: rel, bytes });
    }
    let pages = scan_pages(&files);
    let paths: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let mut report = SiteCheck {
        files: files.len(),
        broken: verify(&pages, &paths),
        untitled: pages
            .iter()
            .filter(|p| !p.titled)
            .map(|p| p.page.clone())
            .collect(),
        ..SiteCheck::default()
    };
    if let Some(data) = files.iter().find(|f| f.path == "data/articles.json") {
        let articles: Vec<serde_json::Value> =
            serde_json::from_slice(&data.bytes).unwrap_or_default();
        for a in articles {
            let path = a["path"].as_str().unwrap_or("?").to_string();
            if a["date"].is_null() {
                report.undated.push(path.clone());
            }
            if a["entities"].as_array().is_none_or(|e| e.is_empty()) {
                report.without_entities.push(path);
            }
        }
    }
    Ok(report)
}

/// Passes files on to another sink, gathering what the link check and the
/// build report need (paths, links, ids, sizes) without keeping the bytes.
pub struct Recorder<'a> {
    inner: &'a dyn crate::output::Sink,
    pages: std::sync::Mutex<Vec<PageLinks>>,
    paths: std::sync::Mutex<Vec<String>>,
    bytes: std::sync::atomic::AtomicU64,
    failures: std::sync::Mutex<Vec<Failure>>,
}

impl<'a> Recorder<'a> {
    /// Records what passes to `inner`.
    pub fn new(inner: &'a dyn crate::output::Sink) -> Recorder<'a> {
        Recorder {
            inner,
            pages: std::sync::Mutex::new(Vec::new()),
            paths: std::sync::Mutex::new(Vec::new()),
            bytes: std::sync::atomic::AtomicU64::new(0),
            failures: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// The pages that could not be rendered, in page order.
    pub fn failures(&self) -> Vec<Failure> {
        let mut list = self
            .failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        list.sort_by(|a, b| a.page.cmp(&b.page));
        list
    }

    /// (files, HTML pages, bytes) put so far.
    pub fn counts(&self) -> (usize, usize, u64) {
        let files = self.paths.lock().unwrap_or_else(|e| e.into_inner()).len();
        let pages = self.pages.lock().unwrap_or_else(|e| e.into_inner()).len();
        (
            files,
            pages,
            self.bytes.load(std::sync::atomic::Ordering::Relaxed),
        )
    }

    /// The broken internal links among everything put.
    pub fn broken_links(&self) -> Vec<BrokenLink> {
        let paths = self.paths.lock().unwrap_or_else(|e| e.into_inner());
        let set: HashSet<&str> = paths.iter().map(String::as_str).collect();
        let pages = self.pages.lock().unwrap_or_else(|e| e.into_inner());
        let failed: HashSet<String> = self.failures().into_iter().filter_map(|f| f.page).collect();
        let mut broken = verify(&pages, &set);
        broken.retain(|b| {
            let path = b.target.split('#').next().unwrap_or("");
            resolve(&b.page, path).is_none_or(|target| !failed.contains(&target))
        });
        broken
    }
}

impl crate::output::Sink for Recorder<'_> {
    fn put(&self, file: OutputFile) -> Result<(), crate::output::OutputError> {
        if file.path.ends_with(".html") {
            let links = scan(&file.path, &file.bytes);
            self.pages
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(links);
        }
        self.bytes.fetch_add(
            file.bytes.len() as u64,
            std::sync::atomic::Ordering::Relaxed,
        );
        self.paths
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(file.path.clone());
        self.inner.put(file)
    }
}

impl crate::output::SiteSink for Recorder<'_> {
    /// Links to a page left out are not reported again as broken.
    fn fail(&self, failure: Failure) {
        self.failures
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(failure);
    }

    /// The HTML pages put so far.
    fn html_pages(&self) -> Vec<String> {
        let mut pages: Vec<String> = self
            .pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .map(|p| p.page.clone())
            .collect();
        // Pages arrive in whatever order the threads finish them.
        pages.sort_unstable();
        pages
    }
}
