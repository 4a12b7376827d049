//! Word tests a candidate name must pass: fillers that make no name alone,
//! stock tickers, Roman numerals, non-Latin script, nouns of nationality
//! and lone initials.

use super::discover::is_name_start;
use super::{lexicon, places};

/// A word that makes no name alone: generic, a title, a demonym, a
/// stop word, a weekday or month, a weekday or feast in the plural, a
/// "Pro-" or "Anti-" adjective, a connector, a legal form ("Inc.", not the two capitals "AG" or "SA" that
/// are also initials).
pub(super) fn is_filler(w: &str) -> bool {
    (super::split::is_legal_form(w) && w.len() > 2)
        || lexicon::is_generic(w)
        || lexicon::is_title(w)
        || lexicon::is_title_modifier(w)
        || lexicon::is_demonym(w)
        || lexicon::is_stopword(w)
        || lexicon::is_calendar(w)
        // "two Christmases", "on Mondays".
        || [w.strip_suffix("es"), w.strip_suffix('s')]
            .into_iter()
            .flatten()
            .any(lexicon::is_day)
        // "Pro-Assad militias", "Anti-Bush protests": for or against a
        // name, an adjective.
        || ["Pro-", "Anti-"].iter().any(|p| w.starts_with(p))
        || !is_name_start(w)
}

/// The text before a word ends in a stock exchange's name and a colon, as
/// in "(NYSE: GM)": the word is a ticker.
pub(super) fn is_ticker(before: &str) -> bool {
    let Some(rest) = before
        .strip_suffix(": ")
        .or_else(|| before.strip_suffix(':'))
    else {
        return false;
    };
    let exchange = rest
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    matches!(
        exchange.to_uppercase().as_str(),
        "NASDAQ"
            | "NYSE"
            | "AMEX"
            | "LSE"
            | "TSX"
            | "ASX"
            | "HKEX"
            | "SEHK"
            | "TYO"
            | "TSE"
            | "KRX"
            | "BSE"
            | "NSE"
            | "EURONEXT"
            | "FWB"
            | "XETRA"
            | "SIX"
            | "OTC"
            | "OTCQX"
            | "SGX"
            | "JSE"
            | "BMV"
            | "MOEX"
            | "SSE"
            | "SZSE"
    )
}

/// "II", "XVII": a Roman numeral (of a king, a sequel, a century).
pub(super) fn is_roman_numeral(word: &str) -> bool {
    word.chars().count() >= 2
        && word
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
}

/// A letter outside the Latin script (accented Latin letters and modifier
/// letters such as the ʻokina of "Nukuʻalofa" included).
pub(super) fn is_foreign_letter(c: char) -> bool {
    c.is_alphabetic()
        && !matches!(
            c,
            '\0'..='\u{2FF}' | '\u{1E00}'..='\u{1EFF}' | '\u{A720}'..='\u{A7FF}'
        )
}

/// Most of the letters of `text` are Latin.
pub(super) fn mostly_latin(text: &str) -> bool {
    let (mut latin, mut foreign) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if is_foreign_letter(c) {
            foreign += 1;
        } else {
            latin += 1;
        }
    }
    latin > foreign
}

/// A nation's or a place's people: "Spaniards", "Samoans", "Kenyans".
pub(super) fn is_people(word: &str) -> bool {
    is_demonym_noun(word) || word.strip_suffix("ns").is_some_and(places::is_place)
}

/// A noun for a person of a nation that is also a name ("Finn Russell",
/// "Brit Hume", "Dane Cook").
pub(super) fn is_nationality_given_name(word: &str) -> bool {
    matches!(
        word,
        "Brit" | "Dane" | "Finn" | "Pole" | "Turk" | "Kiwi" | "Yank"
    )
}

/// A noun for a person of a nation that is no name of its own (not
/// "Finn" or "Dane", which are also given names).
pub(super) fn is_nationality_noun(word: &str) -> bool {
    matches!(
        word,
        "Spaniard"
            | "Briton"
            | "Scot"
            | "Swede"
            | "Serb"
            | "Croat"
            | "Frenchman"
            | "Frenchwoman"
            | "Englishman"
            | "Englishwoman"
            | "Dutchman"
            | "Scotsman"
            | "Welshman"
            | "Irishman"
            | "Aussie"
            | "Zealander"
            | "Icelander"
            | "Luxembourger"
    )
}

/// Nouns of nationality ("Spaniard", "Britons", "Americans"): people, not names.
pub(super) fn is_demonym_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    // Not "Philippines", the place whose adjective is "Philippine".
    // "a Kurd" (not "the Kurds", as often a side as a people).
    word == "Kurd"
        || (word.ends_with('s') && lexicon::is_demonym(singular) && !places::is_place(word))
        || is_nationality_noun(singular)
        || is_nationality_given_name(singular)
        // "Melbournians", "Parisians", "Muscovites": the people of a place.
        || (word.chars().count() > 6 && (word.ends_with("ians") || word.ends_with("ites")))
        // "Londoners", "Berliners".
        || word
            .strip_suffix("ers")
            .is_some_and(|stem| stem.len() > 3 && places::is_known_place(stem))
        || is_resident_noun(word)
}

/// "Texan", "Californian", "Parisian", "Londoner": one person of a listed
/// place, no name (not "Roman" or "Adrian", given names; nor a place itself).
fn is_resident_noun(word: &str) -> bool {
    let place = |stem: &str| stem.len() >= 3 && places::is_known_place(stem);
    if !word.ends_with(['n', 'r']) || word.chars().count() < 5 || places::is_place(word) {
        return false;
    }
    if super::names::is_given_name(word) || super::names::is_surname(word) {
        return false;
    }
    // "Texan" of "Texas", "Californian", "Parisian", "Londoner".
    word.strip_suffix("an")
        .is_some_and(|stem| stem.len() >= 3 && places::is_known_place(&format!("{stem}as")))
        || word
            .strip_suffix('n')
            .is_some_and(|stem| stem.ends_with('a') && place(stem))
        || word.strip_suffix("ian").is_some_and(place)
        || word.strip_suffix("er").is_some_and(place)
}

/// "GNP", "BA": capitals that usually stand for a term (gross national
/// product, a degree); a name only where an article spells them out.
pub(super) fn stands_for_a_term(word: &str) -> bool {
    super::tokens::is_acronym(word) && lexicon::is_generic(word)
}

/// "E.", "J.": an initial alone, no name.
pub(super) fn is_lone_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A word of a speaker's plain name: capitalised, and no acronym, kind
/// word, title, stop word or place ("Clive", "Black"; not "International",
/// "Lord", "Cardiff").
pub(super) fn is_plain_name_word(word: &str) -> bool {
    super::tokens::is_capitalised(word)
        && !super::tokens::is_acronym(word)
        && !lexicon::is_kind_suffix(word)
        && !lexicon::is_title(word)
        && !lexicon::is_stopword(word)
        && !places::is_place(word)
}
