//! Hyphen compounds within a word: where "Russia-Ukraine" splits into two
//! names, and where "Agence France-Presse", "US-led" or "pro-Kremlin" keep
//! (or drop) their parts.

use super::tokens::{behind_article, is_acronym, is_capitalised};
use super::{lexicon, places};
use crate::text::words::HYPHENS;
use std::ops::Range;

/// Lower-case second halves of hyphen compounds that make an adjective of a
/// name ("US-led", "Korea-related"), rather than a part of it ("Moo-jin").
fn is_adjective_tail(part: &str) -> bool {
    let len = part.chars().count();
    // "Korea-bashing", not "Wai-ching" or "Cheuk-ting": the stem of an
    // English verb has a vowel.
    let stem_has_vowel = |suffix: &str| {
        part.strip_suffix(suffix)
            .is_some_and(|s| s.contains(['a', 'e', 'i', 'o', 'u', 'y']))
    };
    (len >= 4
        && ((part.ends_with("ed") && stem_has_vowel("ed"))
            || (part.ends_with("ing") && stem_has_vowel("ing"))
            || part.ends_with("ly")))
        || matches!(
            part,
            "led"
                | "held"
                | "run"
                | "era"
                | "wide"
                | "style"
                | "like"
                | "born"
                | "made"
                | "free"
                | "level"
                | "old"
                | "year"
                | "type"
                | "class"
                | "bound"
                | "scale"
                | "area"
                | "zone"
                | "way"
                | "sized"
                | "centric"
                | "specific"
                | "only"
                | "first"
                | "linked"
                | "friendly"
                | "proof"
                | "ready"
                | "rich"
                | "poor"
                | "heavy"
                | "dominated"
                | "allied"
                | "wise"
                | "known"
                | "winner"
                | "winners"
                | "winning"
                | "shaped"
                | "owned"
                | "backed"
                | "positive"
                | "negative"
                | "compatible"
                | "resistant"
                | "dependent"
        )
}

/// A part of a hyphen compound that names a place, nation or known
/// organisation on its own, which makes the compound a pairing
/// ("Russia-Ukraine", "Israel-Hamas") rather than a name.
fn is_standalone_part(part: &str) -> bool {
    !is_prefix(part)
        && (places::is_place(part)
            || lexicon::alias(part).is_some()
            || lexicon::is_org(part)
            || lexicon::is_demonym(part)
            || is_acronym(part))
}

/// "Anti-Doping", "Pan-African", "Pro-Beijing": a prefix is no name of its own.
fn is_prefix(part: &str) -> bool {
    matches!(
        part,
        "Anti" | "Pro" | "Inter" | "Pan" | "Trans" | "Non" | "Post" | "Pre" | "Ex" | "Neo"
    )
}

/// The word at `start` continues a name begun by the capitalised word
/// before it ("Agence France-Presse"): a compound there is part of that
/// name, no pairing.
fn inside_name(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let prev = rest
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    is_capitalised(prev)
        && prev.chars().all(char::is_alphabetic)
        && !crate::text::words::is_function_word(prev)
        && !lexicon::is_demonym(prev)
}

/// A capitalised word after the compound ending at `end` continues the name
/// it opens ("Asia-Pacific Economic Cooperation", "Council on
/// American-Islamic Relations"): the compound of places or nations modifies
/// that name. Not when its last part opens a place with that word
/// ("U.S.-North Korea"); the caller leaves out compounds of firms and
/// acronyms ("NASA-SpaceX Crew").
fn before_name(text: &str, last_part: &str, end: usize) -> bool {
    let Some(after) = text.get(end..).and_then(|a| a.strip_prefix(' ')) else {
        return false;
    };
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    is_capitalised(next)
        && !crate::text::words::is_function_word(next)
        && !places::is_place(&format!("{last_part} {next}"))
}

/// Splits a raw word (which may contain hyphens) into the tokens it holds,
/// as byte ranges relative to the block.
pub(super) fn split_compound(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let word = text.get(start..end).unwrap_or("");
    // The Unicode hyphens start with the byte 0xE2: most words have no hyphen byte at all.
    let hyphen_byte = word.bytes().any(|b| b == b'-' || b == 0xE2);
    if !hyphen_byte || !word.contains(HYPHENS) || behind_article(word).is_some() {
        out.push(start..end);
        return;
    }
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for (i, c) in word.char_indices() {
        if HYPHENS.contains(&c) {
            parts.push((start + s, start + i));
            s = i + c.len_utf8();
        }
    }
    parts.push((start + s, end));
    let text_of = |p: &(usize, usize)| text.get(p.0..p.1).unwrap_or("");
    // "pro-Kremlin", "inter-Korean": the lower-case prefix is no part of a name.
    let first_cap = parts.iter().position(|p| is_capitalised(text_of(p)));
    let Some(first_cap) = first_cap else {
        out.push(start..end);
        return;
    };
    let mut parts: Vec<(usize, usize)> = parts.split_off(first_cap);
    // "US-led", "Korea-related": drop the adjective-forming tail.
    if let Some(pos) = parts
        .iter()
        .position(|p| !is_capitalised(text_of(p)) && is_adjective_tail(text_of(p)))
    {
        parts.truncate(pos);
    }
    let (Some(first), Some(last)) = (parts.first().copied(), parts.last().copied()) else {
        return;
    };
    let all_cap = parts.iter().all(|p| {
        let w = text_of(p);
        is_capitalised(w) || w.chars().next().is_some_and(char::is_numeric)
    });
    let numbered = parts
        .iter()
        .any(|p| text_of(p).starts_with(|c: char| c.is_numeric()));
    let before_name = before_name(text, text_of(&last), end);
    // Typesetters join one name's parts with a hyphen and two names with an
    // en dash: with no name after it ("the Carroll–Patel ticket"), an en
    // dash pairs what it joins.
    let dash_pair = word.contains('–') && !before_name;
    // "Zanu-PF": a party's two-letter tail, after a word of no standing
    // of its own, is no second name (but "R-AZ" pairs a party and a state).
    let lettered_tail = matches!(parts.as_slice(), [a, b]
        if !is_standalone_part(text_of(a))
            && text_of(a).chars().count() > 2
            && is_acronym(text_of(b))
            && text_of(b).len() == 2);
    // "Frankfurt-Hahn", "Paris-Orly": a city's airport or district, its
    // second part no name of its own nor an ordinary word.
    let citys_part = matches!(parts.as_slice(), [a, b]
        if places::is_city(text_of(a))
            && !is_standalone_part(text_of(b))
            && !lexicon::is_english_word(&text_of(b).to_lowercase()));
    // "DVB-H", "Zafi-D": one capital letter after a hyphen is a version's
    // or a variant's mark, never a name of its own.
    let letter_tail = matches!(parts.as_slice(), [_, b]
        if text_of(b).len() == 1 && text_of(b).starts_with(|c: char| c.is_ascii_uppercase()));
    let one_name = lettered_tail || citys_part || letter_tail;
    let pairing = !one_name
        && parts.iter().any(|p| is_standalone_part(text_of(p)))
        && !(before_name
            && parts.iter().all(|p| {
                let w = text_of(p);
                // "DPRK-China Friendship Year": a country's short form is a
                // place, not a firm's acronym.
                (!is_acronym(w) || places::is_known_place(w))
                    && !lexicon::is_org(w)
                    && !is_prefix(w)
            }));
    if parts.len() > 1
        && all_cap
        && !numbered
        && !inside_name(text, start)
        && (dash_pair || pairing)
    {
        out.extend(parts.into_iter().map(|(s, e)| s..e));
    } else {
        out.push(first.0..last.1);
    }
}
