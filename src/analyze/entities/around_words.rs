//! Word lists the reading of the words around a name consults: "to" that
//! names no destination, "in" that names no place, nouns of products and of people, compass words,
//! and words of time.

/// "attributed to", "thanks to", "similar to", "home to": "to" that names
/// no destination.
pub(super) fn is_relation_to(word: &str) -> bool {
    matches!(
        word,
        "attributed"
            | "thanks"
            | "due"
            | "similar"
            | "compared"
            | "related"
            | "prior"
            | "addition"
            | "contrary"
            | "owing"
            | "according"
            | "belongs"
            | "belonged"
            | "dedicated"
            | "loyal"
            | "married"
            | "tribute"
            | "home"
    )
}

/// "a goal from", "a letter from", "figures from": "from" after something
/// a person or body does, gives or publishes, which names its author, not
/// a place.
pub(super) fn is_act_from(word: &str) -> bool {
    matches!(
        word,
        "goal"
            | "goals"
            | "penalty"
            | "header"
            | "strike"
            | "cross"
            | "pass"
            | "assist"
            | "brace"
            | "hat-trick"
            | "saved"
            | "save"
            | "shot"
            | "effort"
            | "free-kick"
            | "letter"
            | "message"
            | "call"
            | "email"
            | "statement"
            | "comment"
            | "comments"
            | "response"
            | "reply"
            | "help"
            | "support"
            | "backing"
            | "donation"
            | "gift"
            | "visit"
            | "offer"
            | "bid"
            | "request"
            | "invitation"
            | "apology"
            | "criticism"
            | "warning"
            | "figures"
            | "data"
            | "estimates"
            | "research"
            | "analysis"
    )
}

/// "believe in", "published in", "a role in": "in" that names no place
/// but a faith, a publication, a work or a language.
pub(super) fn is_relation_in(word: &str) -> bool {
    matches!(
        word,
        "believe"
            | "believes"
            | "believed"
            | "believing"
            | "belief"
            | "faith"
            | "published"
            | "wrote"
            | "written"
            | "appeared"
            | "appears"
            | "star"
            | "stars"
            | "starred"
            | "starring"
            | "featured"
            | "role"
            | "interest"
            | "interested"
            | "participate"
            | "participated"
            | "involved"
            | "coded"
            | "programmed"
            | "viewed"
            | "opened"
            | "displayed"
            | "specialising"
            | "flaw"
            | "flaws"
            | "bug"
            | "bugs"
            | "vulnerability"
            | "vulnerabilities"
            | "specializing"
    )
}

/// Nouns after "the X" that make X a product, a disease or a craft.
pub(super) fn is_system_noun(word: &str) -> bool {
    matches!(
        word,
        "operating"
            | "kernel"
            | "browser"
            | "app"
            | "software"
            | "virus"
            | "vaccine"
            | "spacecraft"
            | "rocket"
            | "telescope"
            | "satellite"
            | "probe"
            | "award"
            | "prize"
            | "trophy"
            | "cryptocurrency"
            | "program"
            | "programme"
            | "console"
            | "handset"
            | "handheld"
            | "format"
            | "chip"
            | "chips"
            | "processor"
            | "processors"
    )
}

/// "X, an Australian woman": nouns that only name people.
pub(super) fn is_human(word: &str) -> bool {
    matches!(
        word,
        "woman" | "man" | "girl" | "boy" | "teenager" | "grandmother" | "grandfather"
    )
}

/// A compass direction, as in "north of Bermuda".
pub(super) fn is_direction(word: &str) -> bool {
    matches!(
        word,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
    )
}

/// "earlier", "yesterday": a word of time after a name, which it does not
/// modify.
pub(super) fn is_time_adverb(word: &str) -> bool {
    matches!(
        word,
        "earlier"
            | "later"
            | "last"
            | "next"
            | "this"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "again"
            | "now"
            | "then"
            | "soon"
            | "recently"
            | "previously"
            | "overnight"
    )
}

/// "in eastern Ladakh", "across central Java": an adjective of a region.
pub(super) fn is_compass_adjective(word: &str) -> bool {
    word == "central" || word.strip_suffix("ern").is_some_and(is_direction)
}

/// An adjective of war games between a name and its noun: "Ulji Freedom
/// Shield joint military exercises".
pub(super) fn is_drill_adjective(word: &str) -> bool {
    matches!(
        word,
        "joint" | "military" | "naval" | "combined" | "annual" | "large-scale" | "war"
    )
}

/// A leader's or a party's government, named after them ("the Bush
/// administration", "the Koizumi government").
pub(super) fn is_government_noun(word: &str) -> bool {
    matches!(
        word,
        "government" | "administration" | "regime" | "presidency" | "cabinet"
    )
}

/// What a firm makes and a person seldom does: a drug, a car, a phone
/// ("Merck's vaccine", "Nokia's handsets"; not "Rowling's book").
pub(super) fn is_industrial_product(word: &str) -> bool {
    matches!(
        word.strip_suffix('s').unwrap_or(word),
        "drug"
            | "vaccine"
            | "medicine"
            | "pill"
            | "car"
            | "vehicle"
            | "phone"
            | "handset"
            | "console"
            | "chip"
            | "processor"
            | "software"
            | "aircraft"
            | "airliner"
            | "jet"
            | "engine"
            | "browser"
            | "tablet"
            | "laptop"
    )
}
