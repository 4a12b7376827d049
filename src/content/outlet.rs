//! The outlet an article's opening names: a dateline's agency
//! (`SEOUL (Reuters) - `, `Pyongyang, June 10 (KCNA) -- `, `(AP) — `) or a
//! byline (`By Jane Doe, Reuters`, `By Jane Doe and John Roe | The Guardian`).
//! Only the first few blocks are read: a dateline or byline further down is
//! a quoted story, not the article's own.

use crate::text::collapse_whitespace;
use regex::Regex;
use std::sync::OnceLock;

/// Blocks at the start of an article searched for a dateline or byline
/// (a headline and a date line may come before the story).
const OPENING_BLOCKS: usize = 3;
/// A byline is a short line of its own.
const MAX_BYLINE_CHARS: usize = 120;
/// Most words in an outlet's name.
const MAX_OUTLET_WORDS: usize = 6;

/// What the opening names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Opening {
    /// The outlet, as written.
    pub outlet: Option<String>,
    /// The author a byline names.
    pub author: Option<String>,
}

/// A dateline (place, date, agency, dash) and the first character after it
/// fit in this many bytes.
const MAX_DATELINE_BYTES: usize = 320;

fn dateline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // A place and date (optional: capitalised words, numbers, commas),
        // the agency in brackets, a dash or two, and the story's first
        // word, capitalised. `\p{Zs}`: scraped datelines hold no-break and
        // thin spaces.
        let word = r"(?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Nd}{1,4}|de|of|la|el|du|da|do|al)";
        let sp = r"[\p{Zs}\t]";
        Regex::new(&format!(
            concat!(
                r"^(?P<place>{word}(?:,?{sp}+{word}){{0,7}},?)?\.?{sp}*",
                r"(?:\((?P<source>\p{{Lu}}[\p{{L}}\p{{M}}\p{{Zs}}\p{{Nd}}.&'’/-]{{0,40}}?)\)",
                r"{sp}*(?:-{{1,2}}|–|—)",
                // "MOSCOW, September 5. /TASS/. Russia …"
                r"|/(?P<slashed>\p{{Lu}}[\p{{L}}\p{{Nd}}.&-]{{0,20}})/\.?)",
                r#"{sp}*[\p{{Lu}}\p{{Nd}}"“‘']"#,
            ),
            word = word,
            sp = sp
        ))
        .expect("valid regex")
    })
}

/// True when the bracket spells the initials of the words before it: "the
/// European Court of Justice (ECJ) —" defines an abbreviation, it names
/// no agency.
fn abbreviates(place: &str, source: &str) -> bool {
    let letters: Vec<char> = source.chars().filter(|c| c.is_alphabetic()).collect();
    let initials: Vec<char> = place
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    letters.len() >= 2 && initials.ends_with(&letters)
}

fn byline() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let name = r"\p{Lu}[\p{L}\p{M}.'’-]*(?:\p{Zs}+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}";
        Regex::new(&format!(
            r"^(?i:by)\p{{Zs}}+(?P<author>{name}(?:(?:,|\p{{Zs}}+and|\p{{Zs}}*&)\p{{Zs}}+{name})*)\p{{Zs}}*(?:[,|/–—]|\p{{Zs}}-|\p{{Zs}}(?:for|of)\p{{Zs}})\p{{Zs}}*(?P<source>[\p{{L}}\p{{M}}\p{{Zs}}.&'’-]+?)\p{{Zs}}*$"
        ))
        .expect("valid regex")
    })
}

/// Words a byline's last part holds when it is a role, not an outlet
/// ("By Jane Doe, Staff Writer").
const ROLES: &[&str] = &[
    "writer",
    "reporter",
    "correspondent",
    "editor",
    "staff",
    "contributor",
    "columnist",
    "chief",
    "producer",
    "analyst",
    "photographer",
    "journalist",
    "author",
    "desk",
];

/// Lower-case words an outlet's name may hold between capitalised ones.
const CONNECTORS: &[&str] = &[
    "of", "the", "and", "for", "on", "de", "des", "du", "la", "le", "el", "di", "der", "die",
    "das", "y", "&",
];

/// True when `name` reads as an outlet's name: at most a few words, each
/// capitalised or a connecting word, none a role.
fn looks_like_outlet(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_OUTLET_WORDS {
        return false;
    }
    // "(R-Texas)": a party and state after a politician's name.
    let mut chars = name.chars();
    if chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.next() == Some('-') {
        return false;
    }
    words.iter().all(|w| {
        let lower = w.to_lowercase();
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        (capitalised || CONNECTORS.contains(&lower.as_str()))
            && !ROLES.iter().any(|r| lower.trim_matches('.') == *r)
    })
}

/// The agency of the dateline opening `block`, and the byte offset of the
/// story's first word after it.
pub fn dateline_at(block: &str) -> Option<(String, usize)> {
    // A dateline is short: the regex only ever reads the start of a block.
    let head = block.get(..crate::text::cut::grapheme_floor(block, MAX_DATELINE_BYTES))?;
    // Most blocks open with no dateline, and the regex's Unicode classes
    // keep it off its fastest engines: every dateline names its agency in
    // brackets or between slashes.
    if !head.contains(['(', '/']) {
        return None;
    }
    let caps = dateline().captures(head)?;
    let place = caps.name("place").map_or("", |m| m.as_str());
    let source = collapse_whitespace(caps.name("source").or(caps.name("slashed"))?.as_str());
    let whole = caps.get(0)?;
    let body = whole.end() - whole.as_str().chars().last().map_or(0, char::len_utf8);
    (looks_like_outlet(&source) && !abbreviates(place, &source) && !place.starts_with("The "))
        .then_some((source, body))
}

/// The outlet (and author) named by a dateline or byline among the first
/// blocks of an article.
pub fn opening(blocks: &[String]) -> Opening {
    for block in blocks
        .iter()
        .map(|b| b.trim())
        .filter(|b| !b.is_empty())
        .take(OPENING_BLOCKS)
    {
        if let Some((source, _)) = dateline_at(block) {
            return Opening {
                outlet: Some(source),
                author: None,
            };
        }
        if block.chars().count() <= MAX_BYLINE_CHARS {
            if let Some(caps) = byline().captures(block) {
                let source = caps.name("source").map(|m| collapse_whitespace(m.as_str()));
                if let Some(source) = source.filter(|s| looks_like_outlet(s)) {
                    return Opening {
                        outlet: Some(source),
                        author: caps.name("author").map(|m| collapse_whitespace(m.as_str())),
                    };
                }
            }
        }
    }
    Opening::default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outlet(blocks: &[&str]) -> Option<String> {
        let blocks: Vec<String> = blocks.iter().map(|b| b.to_string()).collect();
        opening(&blocks).outlet
    }

    #[test]
    fn datelines_name_the_agency() {
        assert_eq!(
            outlet(&["SEOUL (Reuters) - North Korea fired a missile."]).as_deref(),
            Some("Reuters")
        );
        assert_eq!(
            outlet(&["Pyongyang, June 10 (KCNA) -- Kim Jong Un sent greetings."]).as_deref(),
            Some("KCNA")
        );
        assert_eq!(
            outlet(&["(AP) — The Senate voted on Tuesday."]).as_deref(),
            Some("AP")
        );
        assert_eq!(
            outlet(&["BAKU, Azerbaijan, Nov 24 (Reuters) - Nearly 200 countries"]).as_deref(),
            Some("Reuters")
        );
    }

    #[test]
    fn dateline_after_a_headline_line() {
        assert_eq!(
            outlet(&[
                "Kim Jong Un Sends Greetings to Russian President",
                "Pyongyang, June 12 (KCNA) -- Kim Jong Un sent a message."
            ])
            .as_deref(),
            Some("KCNA")
        );
        assert_eq!(
            outlet(&["MOSCOW, September 5. /TASS/. Russia has no plans to hold talks."]).as_deref(),
            Some("TASS")
        );
    }

    #[test]
    fn bylines_name_the_outlet_and_author() {
        let blocks = vec!["By Jane Doe, Reuters".to_string(), "Text.".to_string()];
        let o = opening(&blocks);
        assert_eq!(o.outlet.as_deref(), Some("Reuters"));
        assert_eq!(o.author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            outlet(&["By Jane Doe and John Roe | The Guardian"]).as_deref(),
            Some("The Guardian")
        );
        assert_eq!(
            outlet(&["By Jane Doe for Agence France-Presse"]).as_deref(),
            Some("Agence France-Presse")
        );
    }

    #[test]
    fn ordinary_openings_name_no_outlet() {
        assert_eq!(outlet(&["By Jane Doe, Staff Writer"]), None);
        assert_eq!(outlet(&["By Tuesday, the troops had left the city."]), None);
        assert_eq!(
            outlet(&["Sen. Ted Cruz (R-Texas) — who spoke first — said no."]),
            None
        );
        assert_eq!(outlet(&["Kim Jong Un (left) - the leader - left."]), None);
        assert_eq!(outlet(&["The Senate voted - again."]), None);
        assert_eq!(
            outlet(&["Prices rose 5% and/or fell. Then they left."]),
            None
        );
        assert_eq!(
            outlet(&["On Thursday, the European Court of Justice (ECJ) — the supreme court"]),
            None
        );
        assert_eq!(
            outlet(&["The European Court of Justice (ECJ) — The court ruled."]),
            None
        );
        assert_eq!(
            outlet(&["European Court of Justice (ECJ) — The court ruled."]),
            None
        );
        assert_eq!(
            outlet(&[
                "a",
                "b",
                "c",
                "SEOUL (Reuters) - too late to be the dateline."
            ]),
            None
        );
    }
}
