//! Cues that a name is a body of people, read from how the sentence
//! treats it: a plural verb after a singular name, an "'s" kept before a
//! verb; the kind a list's noun gives the name it opens ("X and other
//! organisations"); a firm's partner in a hyphened pair ("Williams-BMW").

use super::tokens::{gap, is_acronym, Token};
use super::votes::Votes;
use super::{lexicon, places, EntityKind};

/// "Coldplay have won", "Tesco are cutting", "Glasgow band Franz Ferdinand
/// have won", "Keane, from Battle, also have": British English gives a body
/// named in the singular a plural verb, which no one person takes. Only a
/// name that is the verb's whole subject (not "Smith and Jones have", "did
/// Cleopatra have?", "the wings of the A380 are"); not a plural name ("the
/// Beatles"), nor a listed place (a national side: "England have won").
pub(super) fn collective_verb(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let (Some(start), Some(end)) = (tokens.get(first), tokens.get(last)) else {
        return v;
    };
    let name = text.get(start.start..end.end).unwrap_or("");
    let plural_verb = (super::tokens::gap(text, tokens, last, last + 1) == Some(" ")
        && plural_verb_at(text, tokens, last + 1))
        || aside_end(text, tokens, last).is_some_and(|k| plural_verb_at(text, tokens, k + 1));
    // Read only when a plural verb follows: most names have none.
    let subject = || {
        first.checked_sub(1).is_none_or(|p| {
            tokens
                .get(p)
                .is_none_or(|t| t.sentence != start.sentence || !shares_the_verb(text, tokens, p))
        })
    };
    if plural_verb
        && subject()
        && !end.possessive()
        && !name.ends_with('s')
        && !places::is_known_place(name)
    {
        v.add(EntityKind::Organization, 4.0);
    }
    v
}

/// A plural verb at token `at`, or after one adverb there ("also have"):
/// "have", "are", "were", or one a club takes in a league report
/// ("Celtic travel to Dunfermline", "Hibernian remain third") or a band in
/// a headline ("Keane win award").
fn plural_verb_at(text: &str, tokens: &[Token], at: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let verb = |i: usize| {
        matches!(
            word(i),
            "have"
                | "are"
                | "were"
                | "remain"
                | "travel"
                | "face"
                | "host"
                | "visit"
                | "trail"
                | "need"
                // "Franz Ferdinand win at Brits", "U2 lead the field".
                | "win"
                | "lose"
                | "lead"
                | "top"
                | "claim"
                | "scoop"
        )
    };
    verb(at)
        || (matches!(word(at), "also" | "now" | "still" | "already")
            && super::tokens::gap(text, tokens, at, at + 1) == Some(" ")
            && verb(at + 1))
}

/// "Keane, from Battle in East Sussex, also have": the last token of an
/// aside set off by commas right after the name at token `last` (a dozen
/// words at most, in its sentence, joining no other name with "and" or
/// "or", adding none with "with").
pub(super) fn aside_end(text: &str, tokens: &[Token], last: usize) -> Option<usize> {
    let gap = |i: usize| super::tokens::gap(text, tokens, i, i + 1);
    // "Jim Brown, with his wife, were": an aside that adds a subject.
    let adds = |w: &str| {
        matches!(
            w,
            "with" | "along" | "together" | "as" | "plus" | "like" | "including"
        )
    };
    if gap(last) != Some(", ") || tokens.get(last + 1).is_none_or(|t| adds(t.word(text))) {
        return None;
    }
    (last + 1..last + 13)
        .take_while(|&k| {
            tokens
                .get(k)
                .is_some_and(|t| !matches!(t.word(text), "and" | "or" | "but"))
        })
        .find(|&k| gap(k) == Some(", "))
}

/// Token `p`, right before a name in its sentence, gives a verb after the
/// name another subject: it joins the name to another ("and", "or", a
/// comma), makes it a possessor's or a preposition's ("Youngspiration's
/// Baggio Leung", "of the A380"), names a person's role, asks a question
/// ("would", "did"), or makes the verb a bare infinitive ("saw").
fn shares_the_verb(text: &str, tokens: &[Token], p: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let owned = |i: usize| {
        tokens.get(i).is_some_and(Token::possessive)
            || matches!(
                word(i),
                "of" | "for" | "from" | "with" | "by" | "in" | "at" | "on"
            )
    };
    let joined = super::tokens::gap(text, tokens, p, p + 1).is_none_or(|g| g.trim() != "");
    // "… and cardinal Theodore McCarrick were": a role before the name
    // makes it a person, the verb a list's.
    let capital = super::context::capitalise(word(p));
    let role = lexicon::is_person_role(&word(p).to_lowercase()) || lexicon::is_title(&capital);
    // "Peter Kenyon and agent Pini Zahavi were": lower-case words after
    // "and" describe the list's last name.
    let described = (p.saturating_sub(3)..p).rev().find(|&k| {
        !word(k).starts_with(char::is_lowercase)
            || matches!(word(k), "and" | "or")
            || super::tokens::gap(text, tokens, k, k + 1) != Some(" ")
    });
    let listed = word(p).starts_with(char::is_lowercase)
        && described.is_some_and(|k| matches!(word(k), "and" | "or"));
    joined
        || role
        || listed
        || owned(p)
        || (matches!(word(p), "the" | "The") && p.checked_sub(1).is_some_and(owned))
        || super::trim_words::is_auxiliary(&capital)
        || matches!(
            capital.as_str(),
            "And" | "Or" | "Nor" | "Why" | "How" | "Where" | "When"
        )
        // "saw Henman face", "helped Blair visit": the verb is a bare
        // infinitive, any subject's.
        || matches!(
            word(p),
            "make"
                | "made"
                | "makes"
                | "let"
                | "lets"
                | "help"
                | "helped"
                | "helps"
                | "see"
                | "saw"
                | "seen"
                | "watch"
                | "watched"
                | "hear"
                | "heard"
        )
}

/// "Sainsbury's said": a name that keeps its "'s" (see the tokens) is a
/// shop or firm named for its founder.
pub(super) fn shop_name(text: &str, tokens: &[Token], last: usize) -> Votes {
    let mut v = Votes::default();
    let word = tokens.get(last).map_or("", |t| t.word(text));
    if crate::text::strip_possessive(word).is_some() {
        v.add(EntityKind::Organization, 6.0);
    }
    v
}

/// "Hanchongryon and other organisations", "Lyon and other cities",
/// "Wenger and other managers": the plural noun after "and other" (or "or
/// other") says what the name before it is.
pub(super) fn and_other(text: &str, tokens: &[Token], last: usize) -> Votes {
    let mut v = Votes::default();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let spaced = |i: usize| matches!(super::tokens::gap(text, tokens, i, i + 1), Some(" " | ", "));
    if tokens.get(last).is_some_and(Token::possessive)
        || !matches!(word(last + 1), "and" | "or")
        || word(last + 2) != "other"
        || !(spaced(last) && spaced(last + 1) && spaced(last + 2))
    {
        return v;
    }
    // "Koizumi and other Japanese politicians": past a demonym.
    let noun = if lexicon::is_demonym(word(last + 3)) && spaced(last + 3) {
        word(last + 4)
    } else {
        word(last + 3)
    };
    let Some(one) = lexicon::singular(noun).filter(|_| noun.ends_with('s')) else {
        return v;
    };
    if lexicon::is_org_cue(&one) || matches!(one.as_str(), "organisation" | "organization") {
        v.add(EntityKind::Organization, 4.0);
    } else if lexicon::is_place_cue(&one) || matches!(one.as_str(), "country" | "nation") {
        v.add(EntityKind::Place, 4.0);
    } else if lexicon::is_person_role(&one) || one == "politician" {
        v.add(EntityKind::Person, 4.0);
    } else if lexicon::is_thing_noun(&one) {
        // "Shaun of the Dead and other films".
        v.add(EntityKind::Other, 4.0);
    }
    v
}

/// "Williams-BMW", "BAR-Honda": a name joined by a hyphen to a firm's (a
/// listed firm or capitals, no place) is that firm's partner, a team and
/// its engine maker; not "Russia-NATO" (a place stays one).
pub(super) fn paired_with_firm(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    // Letters only: "REGN-EB3" and "N2-CO2" are a drug's and a gas's codes.
    let lettered = |i: usize| word(i).chars().all(char::is_alphabetic);
    let firm = |i: usize| {
        let w = word(i);
        (lexicon::is_org(w) || is_acronym(w)) && !places::is_place(w) && lettered(i)
    };
    let hyphen = |a: usize, b: usize| gap(text, tokens, a, b) == Some("-");
    let one_place = first == last && places::is_place(word(first));
    let before = first
        .checked_sub(1)
        .is_some_and(|p| hyphen(p, first) && firm(p));
    let named = (first..=last).all(lettered) && !one_place;
    if named && (before || (hyphen(last, last + 1) && firm(last + 1))) {
        v.add(EntityKind::Organization, 3.0);
    }
    v
}
