//! Built-in word lists that discovery and typing rely on: function words that
//! open sentences, titles, demonyms, name suffixes, cue words and a small
//! alias table for very common abbreviations. The lists are general English
//! news vocabulary, not tuned to any corpus.

use super::hash::{HashMap, HashSet};
use std::sync::OnceLock;
mod lists;
use lists::*;

/// The words of a `|`-separated list.
pub(super) fn set(list: &'static str) -> HashSet<&'static str> {
    list.split('|')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

macro_rules! word_set {
    ($(#[$doc:meta])* $fn_name:ident, $list:ident) => {
        $(#[$doc])*
        pub(crate) fn $fn_name(word: &str) -> bool {
            static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
            S.get_or_init(|| set($list)).contains(word)
        }
    };
}
pub(super) use word_set;

word_set!(
    /// News words, besides the function words, capitalised only because they open a sentence.
    is_sentence_opener, STOPWORDS);

/// A word capitalised only because it opens a sentence: a function word
/// ([`crate::text::words::is_function_word`]) or a common news opener.
pub(crate) fn is_stopword(word: &str) -> bool {
    crate::text::words::is_function_word(word) || is_sentence_opener(word)
}
word_set!(
    /// A caption or credit label ("Image:", "Photo:").
    is_caption_label, CAPTION_LABELS);
word_set!(
    /// A kind of court of law named before "Court" ("High", "Crown").
    is_court_kind, COURT_KINDS);
word_set!(
    /// A month's name or abbreviation, which may also be a surname or a
    /// given name ("Jan Scholtz", "Jun Ji-hyun"): a date only before a number.
    is_month, MONTHS);
word_set!(
    /// A weekday or a feast day.
    is_day, DAYS);

/// A newspaper's title word that a weekday may open or end: "Sunday
/// Times", "Sunday Express", "Mail on Sunday", "Independent on Sunday".
pub(crate) fn is_paper_word(word: &str) -> bool {
    matches!(
        word,
        "Times"
            | "Telegraph"
            | "Express"
            | "Mirror"
            | "Mail"
            | "Herald"
            | "Post"
            | "People"
            | "Independent"
            | "Tribune"
            | "Sport"
            | "Star"
            | "Sun"
            | "Observer"
    )
}

/// A role a body holds as often as a person: "Heathrow's owner, BAA",
/// "its partner NTT", "the bidder KKR". Before an acronym it names a firm.
pub(crate) fn is_body_role(word: &str) -> bool {
    matches!(
        word,
        "owner"
            | "owners"
            | "operator"
            | "partner"
            | "shareholder"
            | "investor"
            | "investors"
            | "buyer"
            | "seller"
            | "bidder"
            | "backer"
            | "sponsor"
            | "landlord"
            | "lender"
            | "supplier"
            | "parent"
    )
}

/// A capitalised possessive that opens a work's title inside a sentence:
/// "Your Song", "My Way", "Curb Your Enthusiasm".
pub(crate) fn is_title_possessive(word: &str) -> bool {
    matches!(word, "My" | "Your" | "Our" | "Their")
}

/// "his", "her", "its", "their" (or capitalised): whose a noun is.
pub(crate) fn is_possessive_determiner(word: &str) -> bool {
    matches!(
        word,
        "his" | "her" | "its" | "their" | "His" | "Her" | "Its" | "Their"
    )
}

/// A newspaper's double title, its words hyphened: "Review-Journal",
/// "Post-Gazette", "Star-Telegram", "Journal-Constitution".
pub(crate) fn is_paper_compound(word: &str) -> bool {
    let paper = |p: &str| {
        is_paper_word(p)
            || matches!(
                p,
                "Journal"
                    | "Gazette"
                    | "Dispatch"
                    | "Telegram"
                    | "Picayune"
                    | "Constitution"
                    | "Courier"
                    | "Chronicle"
                    | "Sentinel"
                    | "Register"
                    | "Inquirer"
                    | "Examiner"
                    | "Bulletin"
                    | "Review"
                    | "News"
                    | "Press"
            )
    };
    word.contains('-') && word.split('-').all(paper)
}

/// A verb that opens a campaign's or a charity's name before "the": "Save
/// the Children", "Stop the War Coalition", "Help the Aged".
pub(crate) fn is_campaign_verb(word: &str) -> bool {
    matches!(
        word,
        "Save" | "Stop" | "Help" | "Feed" | "Free" | "Rock" | "Fight"
    )
}

/// A month, weekday or feast day.
pub(crate) fn is_calendar(word: &str) -> bool {
    is_month(word) || is_day(word)
}
word_set!(
    /// An adjective of nationality ("Russian", "North Korean").
    is_demonym, DEMONYMS);
word_set!(
    /// A personal title as listed ("President", "Dr.").
    is_listed_title, TITLES);

/// A personal title ("President", "Dr.", "C.E.O." for "CEO"), or a
/// modifier hyphened to one ("Vice-Minister", "Ex-President").
pub(crate) fn is_title(word: &str) -> bool {
    is_listed_title(word)
        || (word.contains('.') && is_listed_title(&word.replace('.', "")))
        || word
            .split_once('-')
            .is_some_and(|(m, t)| is_title_modifier(m) && is_listed_title(t))
}
word_set!(
    /// An award known by its own name ("Oscar", "Golden Globe").
    is_award, AWARDS);
word_set!(
    /// An event known by a name that holds no event's word ("Grand
    /// National", "Ashes").
    is_known_event, KNOWN_EVENTS);
word_set!(
    /// A word after which "on" continues a name: "Treaty on …", "Committee
    /// on …", "Conference on …".
    is_on_head, ON_HEADS);
word_set!(
    /// A word that modifies a title ("Prime", "Vice").
    is_title_modifier, TITLE_MODIFIERS);
word_set!(
    /// Last word of an organisation's name.
    is_org_suffix, ORG_SUFFIXES);
word_set!(
    /// Last word of an event's name.
    is_event_suffix, EVENT_SUFFIXES);
word_set!(
    /// Last word of the name of a law, treaty or instrument.
    is_other_suffix, OTHER_SUFFIXES);
word_set!(
    /// Last word of a place's name.
    is_place_suffix, PLACE_SUFFIXES);
word_set!(
    /// A word after which "of"/"for" continues a name, as listed.
    is_listed_of_head, OF_HEADS);

/// A word after which "of"/"for" continues a name: "University of …", and
/// the plural "Centers for …", "Ministries of …".
pub(crate) fn is_of_head(word: &str) -> bool {
    is_listed_of_head(word) || singular(word).is_some_and(|w| is_listed_of_head(&w))
}

/// The singular of a plural noun ending in "ies" or "s" ("parties" →
/// "party", "districts" → "district"), or `None` for another word.
pub(crate) fn singular(word: &str) -> Option<String> {
    word.strip_suffix("ies")
        .map(|stem| format!("{stem}y"))
        .or_else(|| word.strip_suffix('s').map(str::to_string))
}
word_set!(
    /// A lower-case particle inside a name ("Hamza bin Laden", "Ludwig van Beethoven").
    is_particle, PARTICLES);

/// A lower-case connector inside names: "of", "for", "and", "&", "the" or a
/// particle.
pub(crate) fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "&" | "the") || is_particle(word)
}
word_set!(
    /// A lower-case role noun before or after a person's name.
    is_person_role, PERSON_ROLES);
word_set!(
    /// A lower-case noun before an organisation's name.
    is_org_cue, ORG_CUES);
word_set!(
    /// A trade in the plural before a firm's name ("accountants
    /// PricewaterhouseCoopers", "analysts Informa"): the firm's people.
    is_firm_trade, FIRM_TRADES);
word_set!(
    /// A lower-case noun after a place name.
    is_place_cue, PLACE_CUES);
word_set!(
    /// A lower-case noun for a thing: a work, product, vehicle, disease,
    /// law or doctrine.
    is_thing_noun, THING_NOUNS);

/// A thing's noun in the singular or the plural ("car", "engines").
pub(crate) fn is_thing_noun_or_plural(word: &str) -> bool {
    is_thing_noun(word) || singular(word).is_some_and(|s| is_thing_noun(&s))
}
word_set!(
    /// A capitalised word that is no name on its own.
    is_generic, GENERIC);
word_set!(
    /// A prefix naming a ship: "USS Carl Vinson", "HMS Queen Elizabeth".
    is_ship_prefix, SHIP_PREFIXES);
word_set!(
    /// A language, a faith, a market index ("Hindi", "Islam", "FTSE").
    is_language_or_faith, LANGUAGES_FAITHS);
word_set!(
    /// A built-in organisation.
    is_org, ORGS);

/// The first word of a nationality of two ("South African", "North
/// Korean", "New Zealand").
pub(crate) fn is_nation_prefix(word: &str) -> bool {
    matches!(word, "North" | "South" | "East" | "West" | "New")
}

/// Is `word`, in lower case, an ordinary English word (SCOWL size 35, see
/// `data/english-words.README`)? "Biology", "Landscape", "Bush": a capital
/// alone does not make such a word a name.
pub(crate) fn is_english_word(word: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = S.get_or_init(|| include_str!("data/english-words.txt").lines().collect());
    if word.chars().all(char::is_lowercase) {
        set.contains(word)
    } else {
        crate::text::words::with_lowercase(word, |w| set.contains(w))
    }
}

/// An English word and a plural agent noun run together, which a word list
/// may lack ("holidaymakers", "policymakers", "jobseekers"): a common noun,
/// not a coined name.
pub(crate) fn is_agent_compound(word: &str) -> bool {
    // No capital inside ("EastEnders"); a tail of five letters at least,
    // so "Withers" is no "wit" and "hers".
    let lower = word.to_ascii_lowercase();
    lower.ends_with("ers")
        && word.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && (3..lower.len().saturating_sub(4)).any(|cut| {
            let (head, tail) = lower.split_at(cut);
            is_english_word(head) && is_english_word(tail)
        })
}

/// A word of letters only that is no English word ("Infosys", "Inzamam"):
/// a coined name's.
pub(crate) fn is_coined_word(word: &str) -> bool {
    !word.is_empty() && word.chars().all(char::is_alphabetic) && !is_english_word(word)
}

/// The last word of an army's, navy's or air force's unit, named with an
/// ordinal ("82nd Airborne Division", "6th Fleet", "1st Marines").
pub(crate) fn is_military_unit(word: &str) -> bool {
    matches!(
        word,
        "Division"
            | "Brigade"
            | "Regiment"
            | "Battalion"
            | "Corps"
            | "Army"
            | "Fleet"
            | "Flotilla"
            | "Squadron"
            | "Wing"
            | "Airborne"
            | "Infantry"
            | "Cavalry"
            | "Marines"
            | "Rifles"
            | "Hussars"
            | "Lancers"
            | "Dragoons"
            | "Fusiliers"
    )
}

/// Any suffix that fixes a name's kind (organisation, event or place).
pub(crate) fn is_kind_suffix(word: &str) -> bool {
    is_org_suffix(word) || is_event_suffix(word) || is_place_suffix(word) || is_other_suffix(word)
}

/// Canonical name for a common abbreviation or variant ("U.S." → "United States").
pub(crate) fn alias(name: &str) -> Option<&'static str> {
    static M: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        ALIASES
            .split('|')
            .filter_map(|pair| pair.trim().split_once('='))
            .collect()
    })
    .get(name)
    .copied()
}
