//! Internal link checking: every `href` and `src` of every page must resolve
//! to a file of the site, and every `#fragment` to an `id` in it.

use crate::output::OutputFile;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

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

fn link_attr() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"\s(?:href|src)\s*=\s*"([^"]*)""#).expect("valid regex"))
}

fn id_attr() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r#"\sid\s*=\s*"([^"]*)""#).expect("valid regex"))
}

/// Decodes the few entities our templates put in attribute values.
fn unescape(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&#x2F;", "/")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// Percent-decodes a URL path.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
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

/// Checks every internal link of the HTML files among `files`.
pub fn broken_links(files: &[OutputFile]) -> Vec<BrokenLink> {
    let paths: HashSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let ids: HashMap<&str, HashSet<String>> = files
        .iter()
        .filter(|f| f.path.ends_with(".html"))
        .map(|f| {
            let text = String::from_utf8_lossy(&f.bytes);
            let set = id_attr()
                .captures_iter(&text)
                .filter_map(|c| c.get(1).map(|m| unescape(m.as_str())))
                .collect();
            (f.path.as_str(), set)
        })
        .collect();
    let mut broken = Vec::new();
    for file in files.iter().filter(|f| f.path.ends_with(".html")) {
        let text = String::from_utf8_lossy(&file.bytes);
        for cap in link_attr().captures_iter(&text) {
            let Some(raw) = cap.get(1) else { continue };
            let link = unescape(raw.as_str());
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
                page: file.path.clone(),
                target: link.to_string(),
                why,
            };
            if path.starts_with('/') {
                broken.push(fail("absolute path: breaks under a subpath and from disk"));
                continue;
            }
            let target = if path.is_empty() {
                Some(file.path.clone())
            } else {
                resolve(&file.path, &percent_decode(path))
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

fn title_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?s)<title>\s*(\S.*?)</title>").expect("valid regex"))
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
    let mut report = SiteCheck {
        files: files.len(),
        broken: broken_links(&files),
        ..SiteCheck::default()
    };
    for f in files.iter().filter(|f| f.path.ends_with(".html")) {
        if !title_re().is_match(&String::from_utf8_lossy(&f.bytes)) {
            report.untitled.push(f.path.clone());
        }
    }
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
