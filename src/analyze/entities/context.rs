//! Kind cues from the words around a name: roles and prepositions before it,
//! verbs and nouns after it, appositives. Each cue is general news usage
//! ("shares in X", "X manager", "told X", "the X summit"); the weights are
//! tuned so that a name's own evidence (lists, suffixes, a given name) and
//! several cues outvote any single cue.

use super::classify::Votes;
use super::tokens::{is_capitalised, Token};
use super::{lexicon, names, places, EntityKind};

/// Prepositions after which a capitalised name is usually a place.
fn is_place_preposition(word: &str) -> bool {
    matches!(
        word,
        "in" | "at"
            | "from"
            | "to"
            | "near"
            | "into"
            | "across"
            | "throughout"
            | "toward"
            | "towards"
            | "outside"
            | "inside"
            | "visited"
            | "visiting"
            | "via"
    )
}

/// "the city of X", "the province of X": a kind of place named after "of".
fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "city"
            | "town"
            | "village"
            | "province"
            | "state"
            | "region"
            | "county"
            | "district"
            | "port"
            | "capital"
            | "island"
            | "islands"
            | "suburb"
            | "outskirts"
            | "municipality"
            | "prefecture"
            | "governorate"
            | "oblast"
    )
}

/// "shares in X", "a stake in X": what one holds in an organisation.
fn is_holding(word: &str) -> bool {
    matches!(
        word,
        "shares"
            | "Shares"
            | "stake"
            | "stakes"
            | "investment"
            | "investments"
            | "holding"
            | "holdings"
            | "interest"
            | "stock"
            | "equity"
    )
}

/// "analysts at X": people who work at an organisation.
fn is_staff(word: &str) -> bool {
    matches!(
        word.strip_suffix('s').unwrap_or(word),
        "analyst"
            | "Analyst"
            | "economist"
            | "Economist"
            | "strategist"
            | "Strategist"
            | "researcher"
            | "scientist"
            | "executive"
            | "official"
            | "employee"
            | "engineer"
            | "banker"
            | "trader"
            | "lawyer"
            | "worker"
            | "staff"
            | "director"
            | "manager"
    )
}

/// Verbs and prepositions before a sports opponent ("beat X", "against X").
fn is_opponent_cue(word: &str) -> bool {
    matches!(
        word,
        "beat" | "beats" | "against" | "face" | "faces" | "facing" | "defeated" | "thrashed"
    )
}

/// Nouns after an organisation's name ("Arsenal manager", "Labour leader",
/// "Lloyds chief executive", "Reform UK MPs").
pub(crate) fn is_org_after(word: &str) -> bool {
    matches!(
        word,
        "manager"
            | "boss"
            | "coach"
            | "striker"
            | "midfielder"
            | "defender"
            | "keeper"
            | "goalkeeper"
            | "winger"
            | "captain"
            | "fans"
            | "supporters"
            | "shares"
            | "stock"
            | "chief"
            | "executive"
            | "executives"
            | "spokesperson"
            | "leader"
            | "MP"
            | "MPs"
            | "MEP"
            | "MEPs"
            | "party"
            | "board"
            | "shareholders"
            | "staff"
            | "employees"
            | "chairman"
            | "headquarters"
            | "subsidiary"
            | "union"
            | "unions"
            | "reporter"
            | "reporters"
            | "correspondent"
            | "correspondents"
            | "journalist"
            | "journalists"
            | "spokesman"
            | "spokeswoman"
            | "official"
            | "officials"
            | "employee"
            | "researchers"
            | "founder"
            | "co-founder"
            | "CEO"
            | "CFO"
            | "analyst"
            | "analysts"
            | "strategist"
            | "economists"
    )
}

/// Nouns after an event's name ("the COP29 summit").
fn is_event_after(word: &str) -> bool {
    matches!(
        word,
        "summit"
            | "conference"
            | "tournament"
            | "championship"
            | "championships"
            | "festival"
            | "election"
            | "games"
            | "ceremony"
            | "congress"
            | "talks"
            | "marathon"
    )
}

/// Verbs after which "to X" names whom one speaks to, not where one goes.
fn is_speech(word: &str) -> bool {
    matches!(
        word,
        "spoke"
            | "speak"
            | "speaks"
            | "speaking"
            | "talked"
            | "talk"
            | "talking"
            | "said"
            | "wrote"
            | "writing"
            | "explained"
            | "described"
            | "replied"
            | "responded"
            | "sent"
            | "gave"
            | "given"
            | "belongs"
            | "belonged"
            | "thanks"
            | "according"
            | "confirmed"
            | "revealed"
            | "told"
    )
}

/// Cues that a name is a company or a group: "the Old Mutual insurance
/// company" (a company noun after the noun the name modifies), "Irish
/// airline, Ryanair," (a company noun in apposition before it), "the
/// Beatles" (one plural word after "the": a band, a team, a party).
fn company_cues(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let gap = |a: usize, b: usize| match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) if x.sentence == y.sentence => text.get(x.full_end..y.start),
        _ => None,
    };
    let lower = |w: &str| w.starts_with(char::is_lowercase);
    let possessive = tokens.get(last).is_some_and(Token::possessive);
    let (n1, n2) = (word(last + 1), word(last + 2));
    if !possessive
        && gap(last, last + 1) == Some(" ")
        && gap(last + 1, last + 2) == Some(" ")
        && lower(n1)
        && !crate::text::words::is_function_word(&capitalise(n1))
        && !lexicon::is_place_cue(n1)
        && lower(n2)
        && lexicon::is_org_cue(n2)
    {
        v.add(EntityKind::Organization, 3.0);
    }
    if let Some(p) = first.checked_sub(1) {
        if gap(p, first) == Some(", ") && lexicon::is_org_cue(word(p)) {
            v.add(EntityKind::Organization, 4.0);
        }
        let plural_word = first == last
            && word(first).ends_with('s')
            && !word(first).ends_with("ss")
            && !places::is_place(word(first))
            && !lexicon::is_demonym(word(first).trim_end_matches('s'));
        if plural_word && word(p).eq_ignore_ascii_case("the") && gap(p, first) == Some(" ") {
            v.add(EntityKind::Organization, 3.0);
        }
    }
    v
}

/// "the" → "The": a word as it would open a sentence.
fn capitalise(word: &str) -> String {
    let mut cs = word.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// "2-0", "1-1": a match score.
fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.len() <= 2
            && b.len() <= 2
            && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
    })
}

/// Kind evidence from the words around a name spanning `first..=last` of
/// `tokens` in `text`.
pub(crate) fn context_votes(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    // Adjacent in the same sentence, with only spaces between.
    let close = |a: usize, b: usize| match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) => {
            x.sentence == y.sentence
                && text
                    .get(x.full_end..y.start)
                    .is_some_and(|g| g.trim().is_empty())
        }
        _ => false,
    };
    let name: Vec<&str> = (first..=last).map(word).collect();
    // The name modifies the lower-case noun after it ("Brexit talks").
    let modifier = close(last, last + 1) && {
        let next = word(last + 1);
        next.starts_with(char::is_lowercase)
            && !lexicon::is_place_cue(next)
            && !tokens.get(last).is_some_and(Token::possessive)
            && !crate::text::words::is_function_word(&capitalise(next))
            && !matches!(
                next,
                "said" | "says" | "told" | "and" | "or" | "on" | "in" | "at"
            )
    };
    let given = names::starts_with_given_name(&name.join(" "));
    if let Some(p) = first.checked_sub(1).filter(|&p| close(p, first)) {
        let w = word(p);
        // "in the West Midlands": look past an article for the preposition.
        let (prep, pp) = match (w, p.checked_sub(1).filter(|&q| close(q, p))) {
            ("the", Some(q)) => (word(q), q.checked_sub(1).filter(|&r| close(r, q))),
            _ => (w, p.checked_sub(1).filter(|&q| close(q, p))),
        };
        let before = pp.map_or("", word);
        if lexicon::is_person_role(w) {
            v.add(EntityKind::Person, 6.0);
        } else if lexicon::is_org_cue(w) || lexicon::is_org_cue(w.trim_end_matches('s')) {
            v.add(EntityKind::Organization, 5.0);
        } else if prep == "of" && is_place_noun(before) {
            v.add(EntityKind::Place, 5.0);
        } else if prep == "in" && is_holding(before) {
            v.add(EntityKind::Organization, 6.0);
        } else if prep == "at" && is_staff(before) {
            v.add(EntityKind::Organization, 5.0);
        } else if prep == "to" && before == "according" {
            v.add(EntityKind::Organization, 3.0);
        } else if w == "told" || (is_opponent_cue(w) && !given) {
            // "told BBC Sport" (an outlet), "beat Chelsea" (a team).
            v.add(EntityKind::Organization, 2.0);
        } else if is_place_preposition(prep) && !modifier && !(prep == "to" && is_speech(before)) {
            // Not "in Brexit talks", "in COVID-19 cases" (the name modifies
            // a noun) nor "spoke to Wikinews" (an addressee).
            v.add(EntityKind::Place, 2.5);
        }
    }
    let Some(end_tok) = tokens.get(last) else {
        return v;
    };
    let after = text.get(end_tok.full_end..).unwrap_or("");
    // "a Santa Clara-based group": only places are "-based".
    // Not "an Intel-based Mac": before a name, "-based" says what a
    // product is built on.
    if after.starts_with("-based") || after.starts_with("-headquartered") {
        let product = tokens
            .get(last + 2)
            .is_some_and(|t| is_capitalised(t.word(text)))
            && !places::is_place(&name.join(" "));
        if !product {
            v.add(EntityKind::Place, 8.0);
        }
    }
    if close(last, last + 1) {
        let w = word(last + 1);
        if matches!(
            w,
            "said" | "says" | "told" | "added" | "wrote" | "explained"
        ) {
            let weight = if given || name.len() == 1 { 2.0 } else { 0.5 };
            v.add(EntityKind::Person, weight);
        } else if lexicon::is_place_cue(w) {
            v.add(EntityKind::Place, 4.0);
        } else if is_org_after(w) && !end_tok.possessive() {
            v.add(EntityKind::Organization, 4.0);
        } else if is_event_after(w) && !end_tok.possessive() {
            v.add(EntityKind::Event, 4.0);
        } else if is_score(w) && !given {
            v.add(EntityKind::Organization, 2.0);
        }
    }
    // "Goldman Sachs raised its forecast", "Mertens scored his third": the
    // possessive pronoun of the clause the name opens.
    for (k, t) in tokens.iter().enumerate().skip(last + 1).take(4) {
        let gap = tokens
            .get(k - 1)
            .and_then(|p| text.get(p.full_end..t.start));
        if t.sentence != end_tok.sentence
            || gap.is_none_or(|g| g.contains([',', ';', ':', '"', '“', '(', '—']))
        {
            break;
        }
        match t.word(text) {
            "its" => {
                v.add(EntityKind::Organization, 1.5);
                break;
            }
            "his" => {
                v.add(EntityKind::Person, 1.5);
                break;
            }
            "who" | "which" | "that" | "and" | "or" | "but" => break,
            _ => {}
        }
    }
    // Appositive: "Yang Moo-jin, president of …", "Acme, a company that …",
    // "Croydon, south London".
    let clause = matches!(
        word(last + 1),
        "said" | "says" | "told" | "who" | "which" | "that" | "where" | "when" | "and" | "but"
    );
    if after.starts_with(',') && !end_tok.possessive() && !clause {
        let next = word(last + 1);
        let place_next = places::is_place(next)
            || (matches!(
                next,
                "north" | "south" | "east" | "west" | "central" | "northern" | "southern"
            ) && places::is_place(word(last + 2)));
        if place_next && !lexicon::is_person_role(word(last + 2)) {
            v.add(EntityKind::Place, 4.0);
        }
        for (k, t) in tokens.iter().enumerate().skip(last + 1).take(4) {
            let w = t.word(text);
            // ", Conservative leader Kemi Badenoch": a title of the next name.
            let titles_next = tokens
                .get(k + 1)
                .is_some_and(|n| is_capitalised(n.word(text)));
            if text
                .get(end_tok.full_end + 1..t.start)
                .is_some_and(|g| g.contains([',', '.', ';']))
            {
                break;
            }
            if titles_next && (lexicon::is_person_role(w) || lexicon::is_org_cue(w)) {
                break;
            }
            if lexicon::is_person_role(w) {
                v.add(EntityKind::Person, 5.0);
                break;
            }
            if lexicon::is_org_cue(w) {
                v.add(EntityKind::Organization, 4.0);
                break;
            }
        }
    }
    v.merge(&company_cues(text, tokens, first, last));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::entities::tokens::tokenize;
    use crate::text::split_sentences;

    /// The best kind for the first occurrence of `name` in `text`.
    fn kind_in(text: &str, name: &str) -> EntityKind {
        let s = split_sentences(text);
        let t = tokenize(text, &s);
        let n = name.split(' ').count();
        let first = t
            .iter()
            .position(|x| x.word(text) == name.split(' ').next().unwrap_or(""));
        let first = first.unwrap_or(0);
        context_votes(text, &t, first, first + n - 1).best()
    }

    #[test]
    fn holdings_staff_and_sources_are_organisations() {
        assert_eq!(
            kind_in("Shares in Barclays rose.", "Barclays"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_in("It bought a stake in Acme.", "Acme"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_in("Analysts at Bernstein said so.", "Bernstein"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_in("It rose, according to The Information.", "The Information"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_in("He lives in Barnsley.", "Barnsley"),
            EntityKind::Place
        );
        assert_eq!(
            kind_in("They met in the West Midlands.", "West Midlands"),
            EntityKind::Place
        );
    }

    #[test]
    fn companies_by_the_nouns_around_them() {
        for (text, name) in [
            (
                "Low-cost airline, Zephyrair, announced an order.",
                "Zephyrair",
            ),
            (
                "The best performer was the Old Mutual insurance company.",
                "Old Mutual",
            ),
            ("The label was founded by the Kinklets in 1968.", "Kinklets"),
            (
                "Markets fell, said Uralsib analyst Chris Weafer.",
                "Uralsib",
            ),
            ("Zephyrair CEO Michael Brown spoke.", "Zephyrair"),
        ] {
            assert_eq!(kind_in(text, name), EntityKind::Organization, "{text}");
        }
    }

    #[test]
    fn places_by_city_of_and_based() {
        assert_eq!(
            kind_in(
                "Rescuers reached the flooded city of Porto Alegre on Monday.",
                "Porto Alegre"
            ),
            EntityKind::Place
        );
        assert_eq!(
            kind_in("Shares in the Santa Clara-based group rose.", "Santa Clara"),
            EntityKind::Place
        );
    }

    #[test]
    fn clubs_parties_and_events_by_the_noun_after() {
        assert_eq!(
            kind_in("Arsenal manager Mikel Arteta left.", "Arsenal"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_in("The Reform leader spoke.", "Reform"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_in("Wolves beat Brighton 2-0 at home.", "Brighton"),
            EntityKind::Organization
        );
        assert_eq!(
            kind_in("It was the COP29 summit.", "COP29"),
            EntityKind::Event
        );
        assert_eq!(
            kind_in("She lives in Purley, south London.", "Purley"),
            EntityKind::Place
        );
    }
}
