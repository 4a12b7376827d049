//! Helpers shared by the integration tests: build a site into a temp dir and
//! read its pages with an HTML parser.
#![allow(dead_code)]

use dossier::build::{build_site, BuildOptions, BuildReport};
use scraper::{Html, Selector};
use std::path::{Path, PathBuf};

/// The repository root (the sample site).
pub(crate) fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A built site in a temporary folder, removed on drop.
pub(crate) struct Built {
    pub dir: tempfile::TempDir,
    pub out: PathBuf,
    pub report: BuildReport,
}

/// Builds the site at `root` into a fresh temporary folder.
pub(crate) fn build(root: &Path) -> Built {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("public");
    let report = build_site(&BuildOptions {
        root: root.to_path_buf(),
        output: Some(out.clone()),
        ..Default::default()
    })
    .unwrap_or_else(|e| panic!("build of {} failed: {e}", root.display()));
    Built { dir, out, report }
}

/// The message of a build of `root` into `root/public` that must fail.
pub(crate) fn build_error(root: &Path) -> String {
    match build_site(&BuildOptions {
        root: root.to_path_buf(),
        output: Some(root.join("public")),
        ..Default::default()
    }) {
        Ok(_) => panic!("the build of {} should have failed", root.display()),
        Err(e) => e.to_string(),
    }
}

/// Builds the sample site (the repository's seeds/ and site.toml).
pub(crate) fn build_samples() -> Built {
    build(&repo())
}

impl Built {
    /// Reads and parses an output page.
    pub(crate) fn page(&self, rel: &str) -> Html {
        let text =
            std::fs::read_to_string(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        Html::parse_document(&text)
    }

    /// All HTML pages, relative to the output folder.
    pub(crate) fn html_pages(&self) -> Vec<String> {
        let mut pages: Vec<String> = walkdir::WalkDir::new(&self.out)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
            .map(|e| {
                e.path()
                    .strip_prefix(&self.out)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        pages.sort();
        pages
    }

    /// `data/articles.json` parsed.
    pub(crate) fn articles_json(&self) -> Vec<serde_json::Value> {
        let text = std::fs::read_to_string(self.out.join("data/articles.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }

    /// A gzipped file of the site (`data/mentions.csv.gz`), decompressed.
    pub(crate) fn gunzip(&self, rel: &str) -> String {
        use std::io::Read;
        let file = std::fs::File::open(self.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        let mut text = String::new();
        flate2::read::GzDecoder::new(file)
            .read_to_string(&mut text)
            .unwrap_or_else(|e| panic!("{rel}: {e}"));
        text
    }

    /// The page URL of the article read from `path` (relative to the content folder).
    pub(crate) fn article_url(&self, path: &str) -> String {
        self.articles_json()
            .into_iter()
            .find(|a| a["path"] == path)
            .and_then(|a| a["url"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("no article for {path}"))
    }
}

/// Text of the first element matching `css`, whitespace-collapsed.
pub(crate) fn text_of(doc: &Html, css: &str) -> Option<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel).next().map(|e| {
        e.text()
            .collect::<Vec<_>>()
            .join(" ")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// All values of attribute `attr` on elements matching `css`.
pub(crate) fn attrs(doc: &Html, css: &str, attr: &str) -> Vec<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}

/// The whole visible text of a page.
pub(crate) fn all_text(doc: &Html) -> String {
    doc.root_element().text().collect::<Vec<_>>().join(" ")
}

/// Writes `files` (relative path, content) under `dir`.
pub(crate) fn write_files(dir: &Path, files: &[(&str, &str)]) {
    for (rel, text) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
}
pub(crate) mod browser;
pub(crate) mod gold;
pub(crate) mod server;

/// Every file under `dir`, by path relative to it, with its bytes.
pub(crate) fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            (
                rel.to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}
