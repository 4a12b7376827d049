//! Cues that only a person gives: an interview's speaker label ("((Rich
//! Bowen))"), a self-introduction ("I'm Rich Bowen", "my name is …"), a
//! spouse or child named with the name ("Rajamma and her husband",
//! "Rajamma's son"), a ruler's time in office ("the Trump administration",
//! "Qaboos's reign"), an age ("Joss Stone, 17,").

use super::tokens::{adjacent, is_acronym, Token};
use super::votes::Votes;
use super::EntityKind;

/// Family nouns: only a person has them.
fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "husband"
            | "wife"
            | "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "father"
            | "mother"
            | "brother"
            | "sister"
            | "parents"
            | "children"
            | "widow"
            | "widower"
            | "grandson"
            | "granddaughter"
            | "fiancé"
            | "fiancée"
            | "girlfriend"
            | "boyfriend"
    )
}

/// What a leader has, named after the leader ("the Assad regime").
fn is_rule(word: &str) -> bool {
    matches!(
        word,
        "regime"
            | "administration"
            | "presidency"
            | "premiership"
            | "reign"
            | "dictatorship"
            | "clique"
    )
}

/// Person votes for the name on tokens `first..=last`.
pub(super) fn person_cues(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let (Some(start), Some(end)) = (tokens.get(first), tokens.get(last)) else {
        return v;
    };
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let spaced = |a: usize, b: usize| adjacent(text, tokens, a, b);
    // "((Rich Bowen))  In many ways…": a transcript's speaker label (the
    // publication's own is an acronym, "((WN))").
    let before = text.get(..start.start).unwrap_or("");
    let after = text.get(end.end..).unwrap_or("");
    if before.trim_start() == "((" && after.starts_with("))") && !is_acronym(word(first)) {
        v.add(EntityKind::Person, 3.0);
    }
    // "I'm Rich Bowen and …", "I am …", "my name is …".
    let back = |k: usize| {
        first
            .checked_sub(k)
            .filter(|&p| (p..first).all(|q| spaced(q, q + 1)))
            .map_or("", word)
    };
    let introduced = matches!(back(1), "I'm" | "I’m")
        || (back(1) == "am" && back(2) == "I")
        || (back(1) == "is" && back(2) == "name" && matches!(back(3), "my" | "My"));
    // "Rajamma and her husband", "Rajamma's son".
    let family = (word(last + 1) == "and"
        && matches!(word(last + 2), "his" | "her")
        && is_kin(word(last + 3))
        && (last..last + 3).all(|q| spaced(q, q + 1)))
        || (end.possessive() && is_kin(word(last + 1)) && spaced(last, last + 1));
    // "the Obama administration", "Nkurunziza's presidency".
    let after_the = first
        .checked_sub(1)
        .is_some_and(|p| word(p).eq_ignore_ascii_case("the") && spaced(p, first));
    // "the second-term Bush administration": one adjective between.
    let after_the_adjective = first.checked_sub(2).is_some_and(|p| {
        word(p).eq_ignore_ascii_case("the")
            && word(p + 1).starts_with(|c: char| c.is_lowercase())
            && spaced(p, p + 1)
            && spaced(p + 1, first)
    });
    // "the U.S. Bush administration", "the French Chirac government".
    let after_the_country = first.checked_sub(2).is_some_and(|p| {
        let country = word(p + 1);
        word(p).eq_ignore_ascii_case("the")
            && spaced(p, p + 1)
            && spaced(p + 1, first)
            && (super::places::is_known_place(country)
                || super::lexicon::is_demonym(country)
                || super::names::party(country).is_some())
    });
    let rule = is_rule(word(last + 1))
        && spaced(last, last + 1)
        && (end.possessive() || after_the || after_the_adjective || after_the_country);
    if introduced || family || rule {
        v.add(EntityKind::Person, 3.0);
    }
    // "his wife Victoria", "their sons Brooklyn, Romeo and Cruz",
    // "Beckham's wife, Victoria,": named as someone's kin, whatever else
    // the name may be.
    let kin_before = first.checked_sub(1).is_some_and(|k| {
        is_kin(word(k))
            && matches!(super::tokens::gap(text, tokens, k, first), Some(" " | ", "))
            && k.checked_sub(1).is_some_and(|o| {
                spaced(o, k)
                    && (matches!(
                        word(o),
                        "his" | "her" | "their" | "my" | "our" | "His" | "Her" | "Their"
                    ) || tokens.get(o).is_some_and(Token::possessive))
            })
    });
    if kin_before {
        v.add(EntityKind::Person, 8.0);
    }
    if aged(text, tokens, last) {
        v.add(EntityKind::Person, 4.0);
    }
    // "DAB's Starry Lee", "the FTU's Wong Kwok-kin": a party's or a
    // union's member, by a surname after the body's acronym (not "on
    // CNBC's Mad Money", a show a preposition governs).
    let members_body = first.checked_sub(1).is_some_and(|o| {
        spaced(o, first)
            && tokens.get(o).is_some_and(Token::possessive)
            && is_acronym(word(o))
            && !(1..=2)
                .filter_map(|back| o.checked_sub(back))
                .map(word)
                .find(|w| *w != "the")
                .is_some_and(|w| {
                    matches!(
                        w,
                        "of" | "on" | "in" | "at" | "from" | "by" | "to" | "for" | "with"
                    )
                })
    });
    let surnamed = (2..=3).contains(&(last + 1 - first))
        && (super::names::is_surname(word(last))
            || super::names::is_word_surname(word(last))
            || super::names::is_east_asian_surname(word(first)));
    if members_body && surnamed {
        v.add(EntityKind::Person, 2.0);
    }
    v
}

/// "Joss Stone, 17, from Devon", "Smith, aged 45,": an age set off by
/// commas right after the name; only people's ages are given that way.
fn aged(text: &str, tokens: &[Token], last: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let gap = |a: usize| super::tokens::gap(text, tokens, a, a + 1);
    let is_age = |w: &str| {
        (1..=3).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_digit())
            && w.parse::<u16>().is_ok_and(|n| (1..=115).contains(&n))
    };
    if gap(last) != Some(", ") {
        return false;
    }
    let at = if word(last + 1) == "aged" && gap(last + 1) == Some(" ") {
        last + 2
    } else {
        last + 1
    };
    is_age(word(at)) && gap(at).is_some_and(|g| g.starts_with(','))
}
