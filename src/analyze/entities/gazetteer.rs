//! The curated entity list a site may ship (YAML), and its matcher: one
//! aho-corasick automaton over every name and alias, run once per block.

use super::EntityKind;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// One curated entity.
#[derive(Debug, Clone)]
pub struct GazetteerEntry {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
    /// Other names that denote it (DPRK, Pyongyang → North Korea).
    pub aliases: Vec<String>,
    /// Short description.
    pub description: Option<String>,
    /// Wikidata id such as "Q423".
    pub wikidata: Option<String>,
}

/// A loaded gazetteer.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    /// Its entries, in file order.
    pub entries: Vec<GazetteerEntry>,
}

/// Why a gazetteer could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// The YAML is malformed or does not have the expected shape.
    #[error("{path}: {message}")]
    Parse {
        /// The gazetteer file.
        path: PathBuf,
        /// What is wrong, with line and column where known.
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    name: String,
    #[serde(rename = "type", alias = "kind")]
    kind: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    wikidata: Option<String>,
    #[serde(default)]
    wikipedia: Option<String>,
}

#[derive(Deserialize)]
struct Wrapped {
    entities: Vec<RawEntry>,
}

fn parse_kind(kind: &str) -> Option<EntityKind> {
    match kind.trim().to_ascii_lowercase().as_str() {
        "person" => Some(EntityKind::Person),
        "organization" | "organisation" => Some(EntityKind::Organization),
        "place" => Some(EntityKind::Place),
        "event" => Some(EntityKind::Event),
        "other" => Some(EntityKind::Other),
        _ => None,
    }
}

impl Gazetteer {
    /// Parses a gazetteer's YAML text; `path` is only used in error messages.
    ///
    /// Accepts a mapping with an `entities:` list, or the list itself.
    pub fn from_yaml(text: &str, path: &Path) -> Result<Gazetteer, GazetteerError> {
        let fail = |message: String| GazetteerError::Parse {
            path: path.to_path_buf(),
            message,
        };
        let describe = |e: serde_saphyr::Error| match e.location() {
            Some(loc) => format!("line {}, column {}: {e}", loc.line(), loc.column()),
            None => e.to_string(),
        };
        // A top-level sequence is the bare list; anything else must be the wrapper.
        let bare = text
            .lines()
            .map(str::trim_start)
            .find(|l| !l.is_empty() && !l.starts_with('#') && *l != "---")
            .is_some_and(|l| l.starts_with('-') || l.starts_with('['));
        let raw = if text.trim().is_empty() {
            Vec::new()
        } else if bare {
            serde_saphyr::from_str::<Vec<RawEntry>>(text).map_err(|e| fail(describe(e)))?
        } else {
            serde_saphyr::from_str::<Wrapped>(text)
                .map_err(|e| fail(describe(e)))?
                .entities
        };
        let mut entries = Vec::with_capacity(raw.len());
        for (i, r) in raw.into_iter().enumerate() {
            let name = r.name.trim().to_string();
            if name.is_empty() {
                return Err(fail(format!("entry {}: empty name", i + 1)));
            }
            let kind = parse_kind(&r.kind).ok_or_else(|| {
                fail(format!(
                    "entry {} ({name}): unknown type '{}' (expected person, organization, place, event or other)",
                    i + 1,
                    r.kind
                ))
            })?;
            let _ = r.wikipedia;
            entries.push(GazetteerEntry {
                name,
                kind,
                aliases: r
                    .aliases
                    .into_iter()
                    .map(|a| a.trim().to_string())
                    .filter(|a| !a.is_empty())
                    .collect(),
                description: r.description.filter(|d| !d.trim().is_empty()),
                wikidata: r.wikidata.filter(|w| !w.trim().is_empty()),
            });
        }
        Ok(Gazetteer { entries })
    }
}

/// Finds gazetteer names in text.
pub(crate) struct Matcher {
    automaton: Option<AhoCorasick>,
    /// Pattern index → entry index.
    owners: Vec<usize>,
}

impl Matcher {
    /// Builds the automaton over every name and alias (both apostrophe styles).
    pub(super) fn new(gazetteer: &Gazetteer) -> Matcher {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (i, e) in gazetteer.entries.iter().enumerate() {
            for form in std::iter::once(&e.name).chain(e.aliases.iter()) {
                patterns.push(form.clone());
                owners.push(i);
                if form.contains(['\'', '’']) {
                    let other: String = form
                        .chars()
                        .map(|c| match c {
                            '\'' => '’',
                            '’' => '\'',
                            c => c,
                        })
                        .collect();
                    patterns.push(other);
                    owners.push(i);
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok();
        Matcher { automaton, owners }
    }

    /// Matches in `text` on word boundaries, in text order.
    /// A trailing possessive is allowed and left out of the range.
    pub(super) fn find(&self, text: &str) -> Vec<Hit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_iter(text) {
            let (s, e) = (m.start(), m.end());
            let possessive = text.get(e..).map_or(0, crate::text::words::possessive_len);
            let whole = crate::text::is_whole_word(text, s, e + possessive);
            if let (true, Some(&owner)) = (whole, self.owners.get(m.pattern().as_usize())) {
                out.push(Hit {
                    start: s,
                    end: e,
                    entry: owner,
                });
            }
        }
        out
    }
}

/// A gazetteer match in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Byte offset of the match.
    pub start: usize,
    /// Byte offset past the match, a possessive suffix excluded.
    pub end: usize,
    /// Index of the matched entry in [`Gazetteer::entries`].
    pub entry: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "entities:\n  - name: North Korea\n    type: place\n    aliases: [DPRK, Pyongyang]\n    description: \"A country\"\n    wikidata: Q423\n  - name: Kim Jong Un\n    type: person\n";

    #[test]
    fn parses_wrapped_and_bare_lists() {
        let g = Gazetteer::from_yaml(YAML, Path::new("g.yaml")).unwrap_or_default();
        assert_eq!(g.entries.len(), 2);
        assert_eq!(g.entries[0].aliases, ["DPRK", "Pyongyang"]);
        assert_eq!(g.entries[0].wikidata.as_deref(), Some("Q423"));
        let bare = "- name: AFP\n  type: organisation\n";
        let g = Gazetteer::from_yaml(bare, Path::new("g.yaml")).unwrap_or_default();
        assert_eq!(g.entries[0].kind, EntityKind::Organization);
    }

    #[test]
    fn unknown_type_names_entry_and_file() {
        let bad = "entities:\n  - name: Mars\n    type: planet\n";
        let err = Gazetteer::from_yaml(bad, Path::new("gaz.yaml"))
            .err()
            .map(|e| e.to_string());
        let err = err.unwrap_or_default();
        assert!(
            err.contains("gaz.yaml") && err.contains("Mars") && err.contains("planet"),
            "{err}"
        );
    }

    #[test]
    fn syntax_errors_carry_a_location() {
        let bad = "entities:\n  - name: [unclosed\n";
        let err = Gazetteer::from_yaml(bad, Path::new("gaz.yaml"))
            .err()
            .map(|e| e.to_string());
        let err = err.unwrap_or_default();
        assert!(err.contains("gaz.yaml") && err.contains("line"), "{err}");
    }

    #[test]
    fn matches_on_word_boundaries_with_possessives() {
        let g = Gazetteer::from_yaml(YAML, Path::new("g.yaml")).unwrap_or_default();
        let m = Matcher::new(&g);
        let text =
            "DPRK’s envoy; DPRKs no; Pyongyang's view; North Korean troops; North Korea-related";
        let found: Vec<&str> = m
            .find(text)
            .iter()
            .filter_map(|h| text.get(h.start..h.end))
            .collect();
        assert_eq!(found, ["DPRK", "Pyongyang", "North Korea"]);
    }
}
