//! Cues that a name is a body of people, read from how the sentence
//! treats it: a plural verb after a singular name, an "'s" kept before a
//! verb.

use super::tokens::Token;
use super::votes::Votes;
use super::{places, EntityKind};

/// "Coldplay have won", "Tesco are cutting": British English gives a body
/// named in the singular a plural verb, which no one person takes. Only a
/// name that opens its sentence, the verb's whole subject (not "Smith and
/// Jones have", "did Cleopatra have?"); not a plural name ("the
/// Beatles"), nor a listed place (a national side: "England have won").
pub(super) fn collective_verb(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let (Some(start), Some(end)) = (tokens.get(first), tokens.get(last)) else {
        return v;
    };
    let name = text.get(start.start..end.end).unwrap_or("");
    let plural_verb = matches!(word(last + 1), "have" | "are" | "were")
        && super::tokens::gap(text, tokens, last, last + 1) == Some(" ");
    let opens = first
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_none_or(|p| p.sentence != start.sentence);
    if plural_verb
        && opens
        && !end.possessive()
        && !name.ends_with('s')
        && !places::is_known_place(name)
    {
        v.add(EntityKind::Organization, 4.0);
    }
    v
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
