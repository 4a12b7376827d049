//! `site.toml`: the site's settings. Every key has a default, so a file holding
//! only `title = "…"` builds a full site.

use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Name of the settings file in the site folder.
pub const CONFIG_FILE: &str = "site.toml";

/// Why `site.toml` could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The settings file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has unknown or mistyped keys.
    #[error("{path}:{line}:{column}: {message}")]
    Parse {
        /// The settings file.
        path: PathBuf,
        /// 1-based line of the error (0 when unknown).
        line: usize,
        /// 1-based column of the error (0 when unknown).
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A value is out of range or unsafe.
    #[error("{path}: {message}")]
    Invalid {
        /// The settings file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

/// The whole of `site.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SiteConfig {
    /// Site title, shown in every page header.
    pub title: String,
    /// One or two sentences on what the site is about.
    pub description: String,
    /// Public URL of the site (for canonical links, sitemap and feed); empty when unknown.
    pub base_url: String,
    /// Language of the site (`<html lang>`).
    pub language: String,
    /// Folder of articles, relative to the site folder.
    pub content_dir: PathBuf,
    /// Output folder, relative to the site folder.
    pub output_dir: PathBuf,
    /// Optional entity gazetteer (YAML), relative to the site folder.
    pub gazetteer: Option<PathBuf>,
    /// Largest article file read, in bytes; larger files are skipped with a warning.
    pub max_file_size: u64,
    /// How many articles the home page lists.
    pub home_articles: usize,
    /// Trailing boilerplate removal.
    pub boilerplate: BoilerplateConfig,
    /// Entity settings.
    pub entities: EntityConfig,
    /// Relation (co-mention) settings.
    pub relations: RelationConfig,
    /// Hand-defined topics.
    pub topics: Vec<TopicConfig>,
    /// Outlet names and the other names they go by.
    pub outlets: OutletConfig,
    /// Folding exact and near copies of an article into one.
    pub copies: CopiesConfig,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            title: "dossier".to_string(),
            description: String::new(),
            base_url: String::new(),
            language: "en".to_string(),
            content_dir: PathBuf::from("seeds"),
            output_dir: PathBuf::from("public"),
            gazetteer: None,
            max_file_size: 10 * 1024 * 1024,
            home_articles: 10,
            boilerplate: BoilerplateConfig::default(),
            entities: EntityConfig::default(),
            relations: RelationConfig::default(),
            topics: Vec::new(),
            outlets: OutletConfig::default(),
            copies: CopiesConfig::default(),
        }
    }
}

/// Outlet settings: each outlet's name and its other names, e.g.
/// `[outlets.aliases]` `"Associated Press" = ["AP", "The AP"]`. They add to
/// the gazetteer's organisations and a built-in list of news agencies.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutletConfig {
    /// Canonical name → other names it goes by.
    pub aliases: std::collections::BTreeMap<String, Vec<String>>,
}

/// Copy folding: an article filed twice (the same file scraped again, the
/// same wire story under another headline or with other trailing
/// boilerplate) becomes one article that lists its copies.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CopiesConfig {
    /// Fold copies (on by default).
    pub fold: bool,
    /// Two texts whose five-word shingles overlap at least this much
    /// (Jaccard similarity, 0–1) are near copies.
    pub threshold: f64,
    /// Near copies are filed at most this many days apart (exact copies at
    /// any distance); a story re-used a year later is a new article.
    pub near_days: u32,
}

impl Default for CopiesConfig {
    fn default() -> Self {
        CopiesConfig {
            fold: true,
            threshold: 0.8,
            near_days: 7,
        }
    }
}

/// Rules that cut trailing boilerplate (donation appeals, newsletter plugs) from plain-text articles.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BoilerplateConfig {
    /// Use the built-in rules (on by default).
    pub builtin: bool,
    /// Extra regular expressions; a line matching one, in the last part of an
    /// article, starts boilerplate: it and everything after it are cut. A
    /// capture group named `source` names the outlet.
    pub patterns: Vec<String>,
}

impl Default for BoilerplateConfig {
    fn default() -> Self {
        BoilerplateConfig {
            builtin: true,
            patterns: Vec::new(),
        }
    }
}

/// Entity settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EntityConfig {
    /// An entity gets a page when it appears in at least this many articles…
    pub min_articles: usize,
    /// …and has at least this many mentions in all.
    pub min_mentions: usize,
    /// Gazetteer entities get a page as soon as an article names them: the
    /// user listed them because they matter.
    pub gazetteer_pages: bool,
}

impl Default for EntityConfig {
    fn default() -> Self {
        EntityConfig {
            // A name in one or two articles, or named in passing once or
            // twice in each of a few, has nothing to show that its articles
            // (or a search, which its name links to) do not: its page would
            // only repeat them. See README, "Which entities get a page".
            min_articles: 3,
            min_mentions: 5,
            gazetteer_pages: true,
        }
    }
}

/// Relation settings.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RelationConfig {
    /// Two parties (see `between`) co-mentioned in at least this many articles get a relation page;
    /// a pair in fewer (but at least two) links to the search for the articles naming both.
    pub min_articles: usize,
    /// Which entities can be parties to a relation.
    pub between: RelationScope,
}

impl Default for RelationConfig {
    fn default() -> Self {
        RelationConfig {
            // As for entities: a pair named together in one or two articles
            // has nothing to show that its articles do not; its links open
            // the search filtered by both parties, which lists them.
            min_articles: 3,
            between: RelationScope::Countries,
        }
    }
}

/// Which entities relations are drawn between.
///
/// Countries by default: a news article names many places and outlets in
/// passing (a city where a summit was held, the agency that reported it), and
/// pairing all of them gives pages such as "AFP – Alaska" that say nothing.
/// Relations between states are what a reader of international news expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum RelationScope {
    /// Places that are countries (by name or alias, from a built-in list).
    #[default]
    Countries,
    /// Every place: countries, cities, regions, sites.
    Places,
    /// Every place and every organisation.
    PlacesAndOrganizations,
}

/// A hand-defined topic: an article belongs to it when it contains any of the
/// keywords (case-insensitive, whole words) or names all of the entities.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct TopicConfig {
    /// Topic name.
    pub name: String,
    /// What the topic covers.
    pub description: String,
    /// Any of these words or phrases selects the article.
    pub keywords: Vec<String>,
    /// All of these entities (by name or alias) select the article.
    pub entities: Vec<String>,
}

impl SiteConfig {
    /// Reads `site.toml` from `root`; a missing file gives the defaults.
    pub fn load(root: &Path) -> Result<SiteConfig, ConfigError> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(SiteConfig::default()),
            Err(source) => return Err(ConfigError::Read { path, source }),
        };
        SiteConfig::parse(&text, &path)
    }

    /// Parses the text of a `site.toml`; `path` is only used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<SiteConfig, ConfigError> {
        let config: SiteConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|span| line_column(text, span.start))
                .unwrap_or((0, 0));
            ConfigError::Parse {
                path: path.to_path_buf(),
                line,
                column,
                message: e.message().to_string(),
            }
        })?;
        config.validate(path)?;
        Ok(config)
    }

    fn validate(&self, path: &Path) -> Result<(), ConfigError> {
        let invalid = |message: String| ConfigError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        for pattern in &self.boilerplate.patterns {
            regex::Regex::new(pattern)
                .map_err(|e| invalid(format!("boilerplate pattern {pattern:?}: {e}")))?;
        }
        for topic in &self.topics {
            if topic.name.trim().is_empty() {
                return Err(invalid("a [[topics]] entry has no name".to_string()));
            }
        }
        if !(self.copies.threshold > 0.0 && self.copies.threshold <= 1.0) {
            return Err(invalid(format!(
                "copies.threshold {} must be above 0 and at most 1",
                self.copies.threshold
            )));
        }
        let web = ["https://", "http://"];
        if !self.base_url.is_empty() && !web.iter().any(|w| self.base_url.starts_with(w)) {
            return Err(invalid(format!(
                "base_url {:?} must start with http:// or https://",
                self.base_url
            )));
        }
        Ok(())
    }
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_only_gives_defaults() {
        let c = SiteConfig::parse("title = \"T\"\n", Path::new("site.toml")).unwrap();
        assert_eq!(c.title, "T");
        assert_eq!(c.content_dir, PathBuf::from("seeds"));
        assert_eq!(c.output_dir, PathBuf::from("public"));
    }

    #[test]
    fn unknown_key_names_file_and_line() {
        let e = SiteConfig::parse("title = \"T\"\ncolour = 1\n", Path::new("x/site.toml"))
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("x/site.toml:2:"), "{e}");
    }

    #[test]
    fn bad_pattern_is_refused() {
        let text = "[boilerplate]\npatterns = [\"(\"]\n";
        assert!(SiteConfig::parse(text, Path::new("site.toml")).is_err());
    }
}
