//! News datelines at the start of a block: "LONDON (Reuters) - ",
//! "BAKU, Azerbaijan, Nov 24 (Reuters) - ", "WASHINGTON (AP) — ",
//! "SAN FRANCISCO — ", "(Reuters) - ", "Pyongyang, January 15 (KCNA) --".
//! The word after the dash opens the story's first sentence, and the city is
//! a place, named in title case.

use regex::Regex;
use std::sync::OnceLock;

/// A dateline found at the start of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Dateline {
    /// Byte range of the city in capitals, if the dateline names one.
    pub city: Option<(usize, usize)>,
    /// A second city after a slash ("SEOUL/MOSCOW (Reuters) -").
    pub second_city: Option<(usize, usize)>,
    /// Byte offset of the first word of the story after the dash.
    pub body: usize,
}

/// A dateline and the first character after it fit in this many bytes.
const MAX_DATELINE_BYTES: usize = 160;

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // `\p{Zs}`: scraped datelines hold no-break and thin spaces.
        Regex::new(concat!(
            r"^(?:(?P<city>\p{Lu}[\p{Lu}.'’-]+(?:\p{Zs}\p{Lu}[\p{Lu}.'’-]+){0,3}",
            r"|\p{Lu}\p{Ll}[\p{Ll}'’-]+(?:\p{Zs}\p{Lu}\p{Ll}[\p{Ll}'’-]+){0,2})",
            r"(?:/(?P<second>\p{Lu}[\p{Lu}.'’-]+(?:\p{Zs}\p{Lu}[\p{Lu}.'’-]+){0,3}))?",
            r"(?:,\p{Zs}?(?P<region>\p{Lu}[\p{L}.'’-]*(?:\p{Zs}\p{Lu}[\p{L}.'’-]*){0,2})){0,2}",
            r"(?:,?\p{Zs}\p{Lu}\p{Ll}{2,8}\.?\p{Zs}\d{1,2})?",
            r"|\p{Lu}\p{Ll}{2,8}\.?\p{Zs}\d{1,2})?",
            r"(?:\p{Zs}?(?P<agency>\([\p{L}][\p{L}\p{N}\p{Zs}.&-]{0,30}\))?(?:\p{Zs}?[-–—]{1,2}|:)",
            r"|\.?\p{Zs}?(?P<slashed>/\p{Lu}[\p{L}.&-]{0,20}/)\.?)\p{Zs}+\S",
        ))
        .expect("valid regex")
    })
}

/// What every dateline's words do and few sentences' do: each word before
/// the first bracket, dash, colon or slash opens with a capital or a digit
/// (a city, a region, a date), and brackets open on a letter. A hyphen
/// inside a word ("COVID-19") is no such mark. The regex runs only where
/// this holds.
fn capitalised_up_to_a_mark(head: &str) -> bool {
    const MARKS: [char; 5] = ['(', '–', '—', ':', '/'];
    for word in head.split_whitespace() {
        let Some(first) = word.chars().next() else {
            continue;
        };
        if first == '(' {
            // An agency's name opens the brackets ("(Reuters)"); a
            // transcript's "((WN))" is no dateline.
            return word.chars().nth(1).is_some_and(char::is_alphabetic);
        }
        if MARKS.contains(&first) || first == '-' {
            return true;
        }
        if !(first.is_uppercase() || first.is_ascii_digit()) {
            return false;
        }
        if word.contains(MARKS) || word.ends_with('-') {
            return true;
        }
    }
    false
}

/// The dateline opening `text`, if any. A city must be in capitals (two
/// letters or more, no lower case) or an agency must be given in brackets.
pub(crate) fn find(text: &str) -> Option<Dateline> {
    // A dateline is short: the regex only ever reads the start of a block.
    let head = text.get(..crate::text::cut::grapheme_floor(text, MAX_DATELINE_BYTES))?;
    // Most blocks open with no dateline, and the regex's Unicode classes
    // keep it off its fastest engines: a dateline opens with a word in
    // capitals or holds an agency in brackets.
    let first_word = head
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | ':'))
        .next()
        .unwrap_or("");
    let capitals = first_word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first_word.chars().any(char::is_lowercase);
    if (!capitals && !head.contains(['(', '/'])) || !capitalised_up_to_a_mark(head) {
        return None;
    }
    let caps = pattern().captures(head)?;
    let city = caps
        .name("city")
        .filter(|c| c.as_str().chars().filter(|ch| ch.is_alphabetic()).count() >= 2);
    let agency = caps.name("agency").is_some() || caps.name("slashed").is_some();
    // Without an agency, only a known place in capitals, a city in a known
    // region, or a place name too long for an acronym makes a dateline
    // ("SAN FRANCISCO — …", "CAMP DAVID, Maryland — …",
    // "THIRUVANANTHAPURAM: …"), not an acronym opening a sentence
    // ("NATO — …").
    let region = caps
        .name("region")
        .is_some_and(|r| super::places::is_place(r.as_str()));
    let city = city.filter(|c| {
        let known_org = super::lexicon::is_org(c.as_str());
        // "Pyongyang, January 15 (KCNA) --": a city in title case only
        // before an agency.
        let in_capitals = !c.as_str().chars().any(char::is_lowercase);
        if !in_capitals {
            return agency;
        }
        agency
            || (region && !known_org)
            || super::places::is_place(&title_case(c.as_str()))
            || (!known_org && reads_as_place_name(c.as_str()))
    });
    if city.is_none() && !agency {
        return None;
    }
    let second_city = caps.name("second").filter(|_| city.is_some());
    let whole = caps.get(0)?;
    let body = whole.end() - whole.as_str().chars().last().map_or(0, char::len_utf8);
    Some(Dateline {
        city: city.map(|c| (c.start(), c.end())),
        second_city: second_city.map(|c| (c.start(), c.end())),
        body,
    })
}

/// Fewest letters of a word in capitals that is no acronym: acronyms run to
/// six ("UNESCO", "ECOWAS"), place names often past it.
const MIN_NAME_LETTERS: usize = 7;

/// Does `caps`, a run of words in capitals, read as a place's name rather
/// than an acronym or a label ("BREAKING", "WARNING")? Seven letters or more,
/// not only English words, and no word that names nothing alone.
fn reads_as_place_name(caps: &str) -> bool {
    let words: Vec<&str> = caps
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let letters: usize = words.iter().map(|w| w.chars().count()).sum();
    letters >= MIN_NAME_LETTERS
        && !words.iter().all(|w| super::lexicon::is_english_word(w))
        && !words
            .iter()
            .any(|w| super::lexicon::is_generic(&title_case(w)))
}

/// "SAN FRANCISCO" → "San Francisco", "ST. LOUIS" → "St. Louis".
pub(crate) fn title_case(caps: &str) -> String {
    let mut out = String::with_capacity(caps.len());
    let mut start = true;
    for c in caps.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = c.is_whitespace() || (matches!(c, '-' | '.' | '\'' | '’') && !out.ends_with("'S"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn city_and_body(text: &str) -> Option<(Option<&str>, &str)> {
        find(text).map(|d| {
            let city = d.city.and_then(|(a, b)| text.get(a..b));
            (city, text.get(d.body..).unwrap_or(""))
        })
    }

    #[test]
    fn agency_and_city_datelines() {
        assert_eq!(
            city_and_body("LONDON (Reuters) - Shares in Barclays rose."),
            Some((Some("LONDON"), "Shares in Barclays rose."))
        );
        assert_eq!(
            city_and_body("BAKU, Azerbaijan, Nov 24 (Reuters) - Nearly 200 countries"),
            Some((Some("BAKU"), "Nearly 200 countries"))
        );
        assert_eq!(
            city_and_body("WASHINGTON (AP) — The Senate voted"),
            Some((Some("WASHINGTON"), "The Senate voted"))
        );
        assert_eq!(
            city_and_body("SAN FRANCISCO — OpenAI is in talks"),
            Some((Some("SAN FRANCISCO"), "OpenAI is in talks"))
        );
        assert_eq!(
            city_and_body("(Reuters) - Oil prices rose"),
            Some((None, "Oil prices rose"))
        );
        assert_eq!(
            city_and_body("CAMP DAVID, Maryland — U.S. President Joe Biden hosted"),
            Some((Some("CAMP DAVID"), "U.S. President Joe Biden hosted"))
        );
        assert_eq!(
            city_and_body("NEW DELHI: External affairs minister"),
            Some((Some("NEW DELHI"), "External affairs minister"))
        );
        assert_eq!(
            city_and_body("Pyongyang, January 15 (KCNA) -- The Missile Bureau"),
            Some((Some("Pyongyang"), "The Missile Bureau"))
        );
        assert_eq!(
            city_and_body("Pyongyang, May 5 (Juche 112) -- The Friendship Society"),
            Some((Some("Pyongyang"), "The Friendship Society"))
        );
        assert_eq!(
            city_and_body("KOZHIKODE: Heavy rain lashed the district"),
            Some((Some("KOZHIKODE"), "Heavy rain lashed the district"))
        );
        assert_eq!(
            city_and_body("MOSCOW, September 5. /TASS/. Russia has no plans"),
            Some((Some("MOSCOW"), "Russia has no plans"))
        );
        assert_eq!(
            city_and_body("WILKES-BARRE, Pa. (AP) — Firefighters"),
            Some((Some("WILKES-BARRE"), "Firefighters"))
        );
        assert_eq!(
            city_and_body("LONDON\u{a0}— Shares fell"),
            Some((Some("LONDON"), "Shares fell"))
        );
        let two = "SEOUL/MOSCOW (Reuters) - Putin, on his first visit";
        let d = find(two).expect("a dateline");
        assert_eq!(
            d.second_city.and_then(|(a, b)| two.get(a..b)),
            Some("MOSCOW")
        );
        assert_eq!(two.get(d.body..), Some("Putin, on his first visit"));
    }

    #[test]
    fn ordinary_openings_are_no_datelines() {
        assert_eq!(find("Kim Jong Un - the leader - left."), None);
        assert_eq!(find("COVID-19 may spread (say scientists) - here."), None);
        assert_eq!(find("((WN)) : How did you start?"), None);
        assert_eq!(find("The Senate voted - again."), None);
        assert_eq!(find("NATO — the alliance met."), None);
        assert_eq!(find("US - China talks resumed."), None);
        assert_eq!(find("WATCH: the moment the bridge fell."), None);
        assert_eq!(find("BREAKING: the minister resigned."), None);
        assert_eq!(find("WARNING: graphic images follow."), None);
        assert_eq!(find("UNESCO — the agency met."), None);
        assert_eq!(find("Pyongyang — the capital woke."), None);
        assert_eq!(find("The minister (right) - who spoke first."), None);
        assert_eq!(find("NATO, Brussels — the alliance met."), None);
        assert_eq!(title_case("SAN FRANCISCO"), "San Francisco");
        assert_eq!(title_case("LONDON"), "London");
    }
}
