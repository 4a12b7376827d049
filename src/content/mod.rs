//! The load stage: the content folder in, a list of articles out.

pub mod boilerplate;
pub mod markdown;
pub mod outlet;
pub mod slug;
pub mod text;

use crate::config::SiteConfig;
use crate::diagnostics::Warning;
use crate::fault::{self, Failure};
use boilerplate::Boilerplate;
use chrono::NaiveDate;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// How an article was written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Body {
    /// Plain text: the blocks are the paragraphs.
    #[default]
    Text,
    /// Markdown: the source after the front matter.
    Markdown(String),
}

/// One article of the corpus.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Path relative to the content folder, with `/` separators.
    pub path: String,
    /// Unique slug, used for its page's file name.
    pub slug: String,
    /// Title (given or derived).
    pub title: String,
    /// Publication date; `None` is undated (never today's date).
    pub date: Option<NaiveDate>,
    /// The outlet that published it.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// When the researcher read or saved it (front matter `accessed`), for
    /// citations; `None` when not given (never the build's date).
    pub accessed: Option<NaiveDate>,
    /// A short summary (given, or empty).
    pub summary: Option<String>,
    /// Free tags from front matter.
    pub tags: Vec<String>,
    /// Topics from front matter.
    pub topics: Vec<String>,
    /// The source form.
    pub body: Body,
    /// Plain text blocks (paragraphs, headings, list items) for analysis.
    pub blocks: Vec<String>,
    /// Number of words in the text.
    pub word_count: usize,
}

impl Article {
    /// The article's file as the user would type it: the content folder
    /// joined with [`Article::path`].
    pub fn shown_path(&self, config: &SiteConfig) -> String {
        config
            .content_dir
            .join(&self.path)
            .to_string_lossy()
            .into_owned()
    }
}

/// The loaded corpus.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Articles in path order.
    pub articles: Vec<Article>,
    /// What was skipped or repaired.
    pub warnings: Vec<Warning>,
    /// Files whose reading failed inside dossier (left out).
    pub failures: Vec<Failure>,
}

/// File extensions read as articles.
const TEXT_EXTENSIONS: &[&str] = &["txt", "text"];
const MARKDOWN_EXTENSIONS: &[&str] = &["md", "markdown"];

/// Parsed files from an earlier load, reused while a file's size and
/// modification time are unchanged (`dossier serve` rebuilds with it).
#[derive(Debug, Default)]
pub struct LoadCache {
    entries: std::collections::HashMap<PathBuf, CachedFile>,
}

impl LoadCache {
    /// Drops the files a watcher saw change, so they are parsed again even
    /// when a coarse clock left their modification time as it was.
    pub fn forget<'a>(&mut self, paths: impl IntoIterator<Item = &'a PathBuf>) {
        for path in paths {
            self.entries.remove(path);
        }
    }
}

#[derive(Debug, Clone)]
struct CachedFile {
    modified: Option<std::time::SystemTime>,
    len: u64,
    settings: u64,
    parsed: Parsed,
}

/// A fingerprint of the settings that change how a file parses.
fn settings_key(config: &SiteConfig) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    config.boilerplate.builtin.hash(&mut h);
    config.boilerplate.patterns.hash(&mut h);
    config.max_file_size.hash(&mut h);
    h.finish()
}

/// Reads every article under the content folder. Unusable files are skipped
/// with a warning; the build goes on.
pub fn load(root: &Path, config: &SiteConfig) -> Result<Corpus, crate::Error> {
    load_cached(root, config, None)
}

/// [`load`], reusing files parsed before that have not changed since.
pub fn load_cached(
    root: &Path,
    config: &SiteConfig,
    mut cache: Option<&mut LoadCache>,
) -> Result<Corpus, crate::Error> {
    let content_dir = root.join(&config.content_dir);
    if !content_dir.is_dir() {
        return Err(crate::Error::ContentDir(content_dir));
    }
    let mut warnings = Vec::new();
    let files = article_files(root, &content_dir, &mut warnings);
    let settings = settings_key(config);
    // Size and modification time key the cache; a plain build needs neither.
    let stamps: Vec<Stamp> = files
        .iter()
        .map(|p| match cache {
            Some(_) => std::fs::metadata(p).map_or(Stamp::default(), |m| Stamp {
                modified: m.modified().ok(),
                len: m.len(),
            }),
            None => Stamp::default(),
        })
        .collect();
    let reader = Reader {
        root,
        content_dir: &content_dir,
        config,
        boilerplate: Boilerplate::new(config.boilerplate.builtin, &config.boilerplate.patterns),
        settings,
        cache: cache.as_deref(),
    };
    let parsed: Vec<Result<Parsed, Failure>> = files
        .par_iter()
        .zip(stamps.par_iter())
        .map(|(path, stamp)| reader.read(path, stamp))
        .collect();
    if let Some(cache) = cache.as_mut() {
        cache.entries = files
            .iter()
            .zip(&stamps)
            .zip(&parsed)
            .filter_map(|((path, stamp), parsed)| {
                let entry = CachedFile {
                    modified: stamp.modified,
                    len: stamp.len,
                    settings,
                    parsed: parsed.as_ref().ok()?.clone(),
                };
                Some((path.clone(), entry))
            })
            .collect();
    }
    Ok(corpus(parsed, warnings))
}

/// Size and modification time of a file, as the load cache keys it.
#[derive(Debug, Clone, Copy, Default)]
struct Stamp {
    modified: Option<std::time::SystemTime>,
    len: u64,
}

/// What reading one file of the content folder needs.
struct Reader<'a> {
    root: &'a Path,
    content_dir: &'a Path,
    config: &'a SiteConfig,
    boilerplate: Boilerplate,
    settings: u64,
    cache: Option<&'a LoadCache>,
}

impl Reader<'_> {
    /// The file parsed, from the cache when unchanged since.
    fn read(&self, path: &PathBuf, stamp: &Stamp) -> Result<Parsed, Failure> {
        let previous = self.cache.and_then(|c| c.entries.get(path));
        if let Some(hit) = previous.filter(|c| {
            c.modified.is_some()
                && c.modified == stamp.modified
                && c.len == stamp.len
                && c.settings == self.settings
        }) {
            return Ok(hit.parsed.clone());
        }
        let rel = relative_path(self.content_dir, path);
        let shown = display_path(self.root, path);
        let max = self.config.max_file_size;
        fault::isolate(|| read_article(path, rel, &shown, max, &self.boilerplate)).map_err(
            |message| Failure {
                file: shown.clone(),
                page: None,
                stage: "reading",
                message,
            },
        )
    }
}

/// The article files under the content folder, sorted by name, hidden ones
/// skipped; a folder that cannot be read is a warning.
fn article_files(root: &Path, content_dir: &Path, warnings: &mut Vec<Warning>) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = Vec::new();
    let walker = walkdir::WalkDir::new(content_dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && is_article_file(e.path()) => {
                files.push(e.into_path());
            }
            Ok(_) => {}
            Err(e) => {
                let path = e.path().map(|p| display_path(root, p)).unwrap_or_default();
                warnings.push(Warning::new(path, format!("skipped: cannot read: {e}")));
            }
        }
    }
    files
}

/// The corpus of the parsed files, each article given a unique slug.
fn corpus(parsed: Vec<Result<Parsed, Failure>>, mut warnings: Vec<Warning>) -> Corpus {
    let mut slugs = slug::SlugSet::default();
    let mut articles = Vec::with_capacity(parsed.len());
    let mut failures = Vec::new();
    for parsed in parsed {
        let (article, mut file_warnings) = match parsed {
            Ok(parsed) => parsed,
            Err(failure) => {
                failures.push(failure);
                continue;
            }
        };
        warnings.append(&mut file_warnings);
        if let Some(mut article) = article {
            let stem = article
                .path
                .rsplit('/')
                .next()
                .unwrap_or("article")
                .rsplit_once('.')
                .map_or("article", |(s, _)| s)
                .to_string();
            article.slug = slugs.unique(&article.title, &stem);
            articles.push(article);
        }
    }
    Corpus {
        articles,
        warnings,
        failures,
    }
}

/// Reads one article file of the content folder, as [`load`] would, for a
/// quick preview of an edit; `None` when the file is not an article or
/// cannot be used (the next full load reports why).
pub fn load_one(root: &Path, config: &SiteConfig, path: &Path) -> Option<Article> {
    let content_dir = root.join(&config.content_dir);
    if !is_article_file(path) || !path.starts_with(&content_dir) {
        return None;
    }
    let rel = relative_path(&content_dir, path);
    let boilerplate = Boilerplate::new(config.boilerplate.builtin, &config.boilerplate.patterns);
    let shown = display_path(root, path);
    let parsed =
        fault::isolate(|| read_article(path, rel, &shown, config.max_file_size, &boilerplate));
    let (article, _) = parsed.ok()?;
    article
}

/// Whether `path` has an article's extension (`.txt`, `.md`, …).
fn is_article_file(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|x| x.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    TEXT_EXTENSIONS.contains(&ext.as_str()) || MARKDOWN_EXTENSIONS.contains(&ext.as_str())
}

/// `path` relative to the content folder, `/`-separated: the article's
/// `path` in pages and exports.
fn relative_path(content_dir: &Path, path: &Path) -> String {
    path.strip_prefix(content_dir)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// The path as the user would type it: relative to the site folder.
pub fn display_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

/// An article read from its file (`None` when skipped) and what was wrong with it.
type Parsed = (Option<Article>, Vec<Warning>);

fn read_article(
    path: &Path,
    rel: String,
    shown: &str,
    max_size: u64,
    boilerplate: &Boilerplate,
) -> Parsed {
    let mut warnings = Vec::new();
    let skip = |warnings: &mut Vec<Warning>, why: String| {
        warnings.push(Warning::new(shown, format!("skipped: {why}")));
    };
    match std::fs::metadata(path) {
        Ok(m) if m.len() > max_size => {
            skip(
                &mut warnings,
                format!(
                    "file is {} bytes, over max_file_size ({max_size} bytes)",
                    m.len()
                ),
            );
            return (None, warnings);
        }
        Ok(_) => {}
        Err(e) => {
            skip(&mut warnings, format!("cannot read: {e}"));
            return (None, warnings);
        }
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            skip(&mut warnings, format!("cannot read: {e}"));
            return (None, warnings);
        }
    };
    let text = match decode::decode(&bytes) {
        Ok((text, note)) => {
            if let Some(note) = note {
                warnings.push(Warning::new(shown, note));
            }
            text
        }
        Err(why) => {
            skip(&mut warnings, why);
            return (None, warnings);
        }
    };
    fault::inject("reading", &text);
    let is_markdown = MARKDOWN_EXTENSIONS
        .iter()
        .any(|ext| rel.to_lowercase().ends_with(&format!(".{ext}")));
    let article = if is_markdown {
        parse::markdown_article(&text, rel, shown, &mut warnings)
    } else {
        parse::text_article(&text, rel, shown, boilerplate, &mut warnings)
    };
    (article, warnings)
}

pub mod decode;
mod parse;
