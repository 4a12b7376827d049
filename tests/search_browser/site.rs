//! The sites searched: the sample site, or one built from a given folder,
//! in a temporary folder.

use std::path::{Path, PathBuf};

/// A built copy of the sample site, removed when dropped.
pub(crate) struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    /// Builds `seeds/` + `site.toml` from the repository root.
    pub(crate) fn sample() -> Site {
        Site::build(Path::new(env!("CARGO_MANIFEST_DIR")))
    }

    /// Builds the site rooted at `root` into a fresh temporary folder.
    pub(crate) fn build(root: &Path) -> Site {
        let dir = tempfile::tempdir().expect("temp dir");
        let output = dir.path().join("public");
        dossier::build::build_site(&dossier::build::BuildOptions {
            root: root.to_path_buf(),
            output: Some(output),
            base_url: None,
            ..Default::default()
        })
        .expect("site builds");
        Site { dir }
    }

    /// The built site's root folder.
    pub(crate) fn root(&self) -> PathBuf {
        self.dir.path().join("public")
    }

    /// The site-root-relative URL of the article built from `source_file`.
    pub(crate) fn article_url(&self, source_file: &str) -> String {
        let text = std::fs::read_to_string(self.root().join("data/articles.json"))
            .expect("data/articles.json");
        let articles: serde_json::Value = serde_json::from_str(&text).expect("articles JSON");
        articles
            .as_array()
            .expect("array of articles")
            .iter()
            .find(|a| a["path"].as_str().is_some_and(|p| p.ends_with(source_file)))
            .and_then(|a| a["url"].as_str())
            .unwrap_or_else(|| panic!("no article from {source_file}"))
            .to_string()
    }
}
