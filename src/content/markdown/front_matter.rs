//! YAML front matter: split from the Markdown body, then read within
//! resource budgets.

use serde::Deserialize;

/// Front matter fields dossier understands; others are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FrontMatter {
    /// Article title.
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD` (a time after it is ignored).
    pub date: Option<String>,
    /// Outlet that published it.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// When the researcher read or saved it, `YYYY-MM-DD` (`retrieved` too).
    #[serde(alias = "retrieved")]
    pub accessed: Option<String>,
    /// Free tags.
    pub tags: OneOrMany,
    /// Topics it belongs to.
    pub topics: OneOrMany,
    /// A short summary.
    pub summary: Option<String>,
    /// Drafts are not published.
    pub draft: bool,
}

/// A YAML value that may be one string or a list of strings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(from = "OneOrManyRaw")]
pub struct OneOrMany(pub Vec<String>);

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrManyRaw {
    One(String),
    Many(Vec<String>),
}

impl From<OneOrManyRaw> for OneOrMany {
    fn from(raw: OneOrManyRaw) -> Self {
        match raw {
            OneOrManyRaw::One(s) => OneOrMany(
                s.split(',')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect(),
            ),
            OneOrManyRaw::Many(v) => OneOrMany(v),
        }
    }
}

/// Why front matter could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    /// 1-based line in the whole file, when known.
    pub line: Option<u64>,
    /// 1-based column, when known.
    pub column: Option<u64>,
    /// What is wrong.
    pub message: String,
}

/// Splits `--- yaml ---` front matter from the body. Returns the YAML text,
/// the body, and the 1-based line on which the YAML starts.
pub fn split_front_matter(text: &str) -> Option<(&str, &str, u64)> {
    let rest = text.strip_prefix("---")?;
    let rest = rest
        .strip_prefix('\n')
        .or_else(|| rest.strip_prefix(" \n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" || line.trim_end() == "..." {
            let yaml = rest.get(..offset)?;
            let body = rest.get(offset + line.len()..)?;
            return Some((yaml, body, 2));
        }
        offset += line.len();
    }
    None
}

/// Parses front matter YAML within tight resource budgets, so that hostile
/// YAML (deep nesting, alias bombs) fails fast instead of exhausting memory.
pub fn parse_front_matter(yaml: &str, first_line: u64) -> Result<FrontMatter, FrontMatterError> {
    if yaml.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = 32;
    budget.max_aliases = 64;
    budget.max_anchors = 64;
    budget.max_nodes = 20_000;
    budget.max_total_scalar_bytes = 1 << 20;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    serde_saphyr::from_str_with_options::<FrontMatter>(yaml, options).map_err(|e| {
        let location = e.location();
        let message = e.to_string();
        let message = message
            .lines()
            .next()
            .unwrap_or("malformed YAML")
            .to_string();
        FrontMatterError {
            line: location.map(|l| l.line() + first_line - 1),
            column: location.map(|l| l.column()),
            message,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_split_and_parsed() {
        let text = "---\ntitle: Hello\ndate: 2024-01-02\ntags: [a, b]\n---\nBody *here*.\n";
        let (yaml, body, line) = split_front_matter(text).unwrap();
        assert_eq!(line, 2);
        assert_eq!(body, "Body *here*.\n");
        let fm = parse_front_matter(yaml, line).unwrap();
        assert_eq!(fm.title.as_deref(), Some("Hello"));
        assert_eq!(fm.tags.0, vec!["a", "b"]);
    }

    #[test]
    fn comma_separated_tags() {
        let fm = parse_front_matter("tags: one, two\n", 2).unwrap();
        assert_eq!(fm.tags.0, vec!["one", "two"]);
    }

    #[test]
    fn malformed_front_matter_has_a_line() {
        let err = parse_front_matter("title: ok\ntags: [unclosed\n", 2).unwrap_err();
        assert!(err.line.is_some(), "{err:?}");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            yaml.push_str(&format!("l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        assert!(parse_front_matter(&yaml, 2).is_err());
    }
}
