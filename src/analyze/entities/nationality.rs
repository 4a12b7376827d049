//! Adjectives of nationality as mentions of their country: "Japanese stocks
//! fell" names Japan, "the British FTSE" the United Kingdom. Only a word
//! that no longer name has taken ("Chinese New Year", "British Airways"
//! stay whole) and that is not used as a language ("in Japanese", "spoke
//! German", "Chinese-language").

use super::discover::Candidate;
use super::hash::HashMap;
use super::tokens::{is_capitalised, Token};
use super::votes::Votes;
use super::EntityKind;
use std::sync::OnceLock;

/// Adjective → the place it is of. Regions that are no language and have
/// one clear place; "Korean" (two states), "Arab", "Latin", "English" (the
/// language as often as England) and the like are left out.
const COUNTRY_OF: &[(&str, &str)] = &[
    ("Afghan", "Afghanistan"),
    ("African", "Africa"),
    ("Albanian", "Albania"),
    ("Algerian", "Algeria"),
    ("American", "United States"),
    ("Argentine", "Argentina"),
    ("Argentinian", "Argentina"),
    ("Armenian", "Armenia"),
    ("Asian", "Asia"),
    ("Australian", "Australia"),
    ("Austrian", "Austria"),
    ("Azerbaijani", "Azerbaijan"),
    ("Bahraini", "Bahrain"),
    ("Bangladeshi", "Bangladesh"),
    ("Belarusian", "Belarus"),
    ("Belgian", "Belgium"),
    ("Brazilian", "Brazil"),
    ("British", "United Kingdom"),
    ("Bulgarian", "Bulgaria"),
    ("Cambodian", "Cambodia"),
    ("Canadian", "Canada"),
    ("Chilean", "Chile"),
    ("Chinese", "China"),
    ("Colombian", "Colombia"),
    ("Croatian", "Croatia"),
    ("Cuban", "Cuba"),
    ("Czech", "Czech Republic"),
    ("Danish", "Denmark"),
    ("Dutch", "Netherlands"),
    ("Egyptian", "Egypt"),
    ("Emirati", "United Arab Emirates"),
    ("Estonian", "Estonia"),
    ("Ethiopian", "Ethiopia"),
    ("European", "Europe"),
    ("Filipina", "Philippines"),
    ("Filipino", "Philippines"),
    ("Finnish", "Finland"),
    ("French", "France"),
    ("German", "Germany"),
    ("Greek", "Greece"),
    ("Hungarian", "Hungary"),
    ("Indian", "India"),
    ("Indonesian", "Indonesia"),
    ("Iranian", "Iran"),
    ("Iraqi", "Iraq"),
    ("Irish", "Ireland"),
    ("Israeli", "Israel"),
    ("Italian", "Italy"),
    ("Japanese", "Japan"),
    ("Jordanian", "Jordan"),
    ("Kazakh", "Kazakhstan"),
    ("Kenyan", "Kenya"),
    ("Kuwaiti", "Kuwait"),
    ("Latvian", "Latvia"),
    ("Lebanese", "Lebanon"),
    ("Libyan", "Libya"),
    ("Lithuanian", "Lithuania"),
    ("Malaysian", "Malaysia"),
    ("Mexican", "Mexico"),
    ("Mongolian", "Mongolia"),
    ("Moroccan", "Morocco"),
    ("Nepalese", "Nepal"),
    ("Nigerian", "Nigeria"),
    ("Norwegian", "Norway"),
    ("Omani", "Oman"),
    ("Pakistani", "Pakistan"),
    ("Peruvian", "Peru"),
    ("Philippine", "Philippines"),
    ("Polish", "Poland"),
    ("Portuguese", "Portugal"),
    ("Qatari", "Qatar"),
    ("Romanian", "Romania"),
    ("Russian", "Russia"),
    ("Saudi", "Saudi Arabia"),
    ("Scottish", "Scotland"),
    ("Serbian", "Serbia"),
    ("Singaporean", "Singapore"),
    ("Slovak", "Slovakia"),
    ("Slovenian", "Slovenia"),
    ("Somali", "Somalia"),
    ("Spanish", "Spain"),
    ("Sudanese", "Sudan"),
    ("Swedish", "Sweden"),
    ("Swiss", "Switzerland"),
    ("Syrian", "Syria"),
    ("Taiwanese", "Taiwan"),
    ("Thai", "Thailand"),
    ("Turkish", "Turkey"),
    ("Ukrainian", "Ukraine"),
    ("Uzbek", "Uzbekistan"),
    ("Venezuelan", "Venezuela"),
    ("Vietnamese", "Vietnam"),
    ("Welsh", "Wales"),
    ("Yemeni", "Yemen"),
];

/// Two-word adjectives, matched before the one-word ones.
const COUNTRY_OF_PAIR: &[(&str, &str, &str)] = &[
    ("North", "American", "North America"),
    ("South", "American", "South America"),
    ("Latin", "American", "Latin America"),
    ("North", "Korean", "North Korea"),
    ("South", "Korean", "South Korea"),
    ("South", "African", "South Africa"),
    ("Sri", "Lankan", "Sri Lanka"),
    ("Saudi", "Arabian", "Saudi Arabia"),
    ("Costa", "Rican", "Costa Rica"),
    ("Puerto", "Rican", "Puerto Rico"),
    ("Sierra", "Leonean", "Sierra Leone"),
];

/// The place an adjective of nationality is of.
pub(crate) fn country_of(adjective: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| COUNTRY_OF.iter().copied().collect())
        .get(adjective)
        .copied()
}

/// Do `first` and `second` make an adjective of two words ("Sri Lankan")?
pub(crate) fn is_pair_adjective(first: &str, second: &str) -> bool {
    pair_country(first, second).is_some()
}

fn pair_country(first: &str, second: &str) -> Option<&'static str> {
    COUNTRY_OF_PAIR
        .iter()
        .find(|(a, b, _)| *a == first && *b == second)
        .map(|(_, _, c)| *c)
}

/// Words before an adjective that make it a language ("in Japanese").
fn language_before(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "in" | "into"
            | "speak"
            | "speaks"
            | "spoke"
            | "speaking"
            | "spoken"
            | "learn"
            | "learning"
            | "learned"
            | "fluent"
            | "translated"
            | "taught"
            | "teach"
            | "teaching"
            | "read"
            | "write"
            | "writes"
            | "wrote"
            | "written"
    )
}

/// Mentions of countries by their adjectives, outside the names already found.
pub(crate) fn mentions(text: &str, tokens: &[Token], found: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let taken = |start: usize, end: usize| found.iter().any(|c| c.start < end && start < c.end);
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        let w = t.word(text);
        if !is_capitalised(w) {
            i += 1;
            continue;
        }
        let next = tokens.get(i + 1).filter(|n| {
            n.sentence == t.sentence && text.get(t.full_end..n.start).is_some_and(|g| g == " ")
        });
        let (country, last) = match next.and_then(|n| pair_country(w, n.word(text))) {
            Some(c) => (Some(c), i + 1),
            None => (country_of(w), i),
        };
        let (Some(country), Some(end_tok)) = (country, tokens.get(last)) else {
            i += 1;
            continue;
        };
        let before = i
            .checked_sub(1)
            .and_then(|p| tokens.get(p))
            .filter(|p| p.sentence == t.sentence)
            .map_or("", |p| p.word(text));
        let after = text.get(end_tok.end..).unwrap_or("");
        let language = language_before(before)
            || after.starts_with("-language")
            || after.starts_with("-speaking")
            || after.starts_with(" language")
            || after.starts_with(" speakers");
        if !language && !taken(t.start, end_tok.end) {
            let mut votes = Votes::default();
            votes.add(EntityKind::Place, 10.0);
            out.push(Candidate {
                start: t.start,
                end: end_tok.end,
                sentence: t.sentence,
                name: text.get(t.start..end_tok.end).unwrap_or(w).to_string(),
                votes,
                weak: false,
                display: Some(country.to_string()),
            });
        }
        i = last + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjectives_name_their_countries() {
        assert_eq!(country_of("British"), Some("United Kingdom"));
        assert_eq!(country_of("Korean"), None);
    }
}
