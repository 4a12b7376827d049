//! Word lists that decide a name's kind from its own words: a party's
//! members, the words that make a "Center" a body, and the common words
//! that make "Age UK" or "Police Scotland" a body of a nation.

use super::{lexicon, places};

/// A party's members, which name the party after another word ("Sweden
/// Democrats", "Young Republicans").
pub(super) fn is_party_members(word: &str) -> bool {
    matches!(
        word,
        "Democrats"
            | "Republicans"
            | "Socialists"
            | "Conservatives"
            | "Liberals"
            | "Greens"
            | "Nationalists"
            | "Unionists"
            | "Communists"
            | "Progressives"
    )
}

/// Words before "Center" that make it an organisation's name, not a site's.
pub(super) fn is_research_word(word: &str) -> bool {
    matches!(
        word,
        "Research"
            | "Policy"
            | "Studies"
            | "Study"
            | "Information"
            | "Resource"
            | "Resources"
            | "Data"
            | "Legal"
            | "Law"
            | "Rights"
            | "Justice"
            | "Security"
            | "Advocacy"
            | "Crisis"
            | "Monitoring"
            | "Documentation"
            | "Analysis"
            | "Intelligence"
            | "Operations"
            | "Coordination"
            | "Control"
            | "Prevention"
            | "Hurricane"
            | "Weather"
            | "Climate"
            | "Prediction"
            | "Warning"
            | "Forecast"
            | "Tsunami"
    )
}

/// "Age UK", "Reform UK", "Historic England", "Police Scotland": a common
/// word before the nation's name names a body of that nation, unless the
/// word says which part or era of it ("Northern England", "Modern Britain"
/// is no such name, nor is "Great Britain", a place).
pub(super) fn is_national_body(list: &[&str]) -> bool {
    let [first, nation] = list else {
        return false;
    };
    matches!(*nation, "UK" | "England" | "Scotland" | "Wales")
        && lexicon::is_english_word(first)
        && !matches!(
            *first,
            "Great"
                | "Little"
                | "Middle"
                | "Mid"
                | "New"
                | "Old"
                | "Greater"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
                | "North"
                | "South"
                | "East"
                | "West"
                | "Central"
                | "Rural"
                | "Modern"
                | "Merry"
                | "Upper"
                | "Lower"
        )
        && !places::is_place(&list.join(" "))
}
