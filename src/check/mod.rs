//! Internal link checking: every `href` and `src` of every page must resolve
//! to a file of the site, and every `#fragment` to an `id` in it.

mod recorder;
mod scan;
mod table;

pub(crate) use recorder::Recorder;
pub(crate) use scan::{scan, PageLinks};

use crate::output::OutputError;
#[cfg(test)]
use crate::output::OutputFile;
use rayon::prelude::*;
use std::fmt;
use std::path::Path;
use table::LinkTable;

/// A link that leads nowhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BrokenLink {
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

/// Percent-decodes a URL path (invalid escapes are kept as they are).
pub(crate) fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// Joins a relative link to the page's folder; `None` when it climbs above the root.
pub(crate) fn resolve(page: &str, link: &str) -> Option<String> {
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

/// Checks every internal link of the HTML files among `files`.
#[cfg(test)]
fn broken_links(files: &[OutputFile]) -> Vec<BrokenLink> {
    let mut table = LinkTable::default();
    for file in files {
        table.add_file(&file.path);
    }
    let pages: Vec<PageLinks> = files
        .par_iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| scan(&f.path, &f.bytes))
        .collect();
    for page in &pages {
        table.add_page(page);
    }
    table.broken()
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
pub(crate) struct SiteCheck {
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
    pub(crate) fn ok(&self) -> bool {
        self.broken.is_empty() && self.untitled.is_empty()
    }
}

/// Reads the built site in `output` and checks it, page by page: the
/// pages' bytes are not kept, so a large site is checked in little memory.
pub(crate) fn check_site(output: &Path) -> Result<SiteCheck, OutputError> {
    let io = |path: &Path, source| OutputError::Io {
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
    let mut table = LinkTable::default();
    let mut html = Vec::new();
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
        table.add_file(&rel);
        if rel.ends_with(".html") {
            html.push((rel, entry.into_path()));
        }
    }
    // Read and scanned a few at a time, in order, so that the broken
    // links are listed in the order of the files.
    for batch in html.chunks(256) {
        let pages = batch
            .par_iter()
            .map(|(rel, path)| Ok(scan(rel, &std::fs::read(path).map_err(|e| io(path, e))?)))
            .collect::<Result<Vec<PageLinks>, OutputError>>()?;
        for page in &pages {
            table.add_page(page);
        }
    }
    let mut report = SiteCheck {
        files: table.files(),
        broken: table.broken(),
        untitled: table.untitled(),
        ..SiteCheck::default()
    };
    let articles = output.join("data").join("articles.json");
    if articles.is_file() {
        let bytes = std::fs::read(&articles).map_err(|e| io(&articles, e))?;
        let articles: Vec<serde_json::Value> = serde_json::from_slice(&bytes).unwrap_or_default();
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
