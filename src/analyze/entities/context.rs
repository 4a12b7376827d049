//! Kind cues from the words around a name: roles and prepositions before it,
//! verbs and nouns after it, appositives. Each cue is general news usage
//! ("shares in X", "X manager", "told X", "the X summit"); the weights are
//! tuned so that a name's own evidence (lists, suffixes, a given name) and
//! several cues outvote any single cue.

use super::around::Around;
use super::tokens::{is_acronym, Token};
use super::votes::Votes;
use super::{lexicon, places, EntityKind};

/// Cues that a name is a company or a group: "the Old Mutual insurance
/// company" (a company noun after the noun the name modifies), "Irish
/// airline, Ryanair," (a company noun in apposition before it), "the
/// Beatles" (one plural word after "the": a band, a team, a party).
fn company_cues(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let gap = |a: usize, b: usize| super::tokens::gap(text, tokens, a, b);
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
    // "BAR-Honda's Jenson Button", "Red Bull's David Coulthard": a
    // possessor of a person named in full is a side, a firm or a country,
    // not another person (one who has a given name).
    let possessor =
        first == last || (last == first + 1 && !super::names::is_given_name(word(first)));
    if possessive
        && possessor
        && gap(last, last + 1) == Some(" ")
        && super::names::is_given_name(n1)
        && gap(last + 1, last + 2) == Some(" ")
        && n2.starts_with(char::is_uppercase)
        && !tokens.get(last + 1).is_some_and(Token::possessive)
        && !places::is_place(word(first))
    {
        v.add(EntityKind::Organization, 2.0);
    }
    if let Some(p) = first.checked_sub(1) {
        // "the head of Ukraine's security service, Ihor Smeshko": the name
        // may be the role's holder, set off after the body he heads.
        let roles_body = (p.saturating_sub(5)..p).any(|o| {
            word(o) == "of"
                && o.checked_sub(1)
                    .is_some_and(|r| lexicon::is_person_role(&word(r).to_lowercase()))
        });
        if gap(p, first) == Some(", ") && lexicon::is_org_cue(word(p)) && !roles_body {
            // "Her agency, Storm, said": whose body it is says it is one,
            // above a kind word's vote (8).
            let owned = p.checked_sub(1).is_some_and(|q| {
                gap(q, p) == Some(" ") && lexicon::is_possessive_determiner(word(q))
            });
            v.add(EntityKind::Organization, if owned { 9.0 } else { 4.0 });
        }
        // "analysts Informa said": a trade's people named by their firm
        // (an analyst is named in the singular: "analyst Jo Lane").
        // "Bookmakers William Hill": a trade no person plies names a firm
        // shaped as a person's name too.
        let trade = || word(p).to_lowercase();
        let plural_trade = || word(p).ends_with('s') && lexicon::is_firm_trade(&trade());
        // "the auctioneers Christie's have said": a firm's name in "'s".
        if gap(p, first) == Some(" ")
            && plural_trade()
            && (!super::names::is_given_name(word(first))
                || is_firms_only_trade(&trade())
                || possessive)
        {
            v.add(EntityKind::Organization, 6.0);
        }
        // "Its accountants, Arthur Andersen, went", "the bank's brokers,
        // Cazenove,": a body's trade set off by a comma names a firm, though
        // shaped as a person's name.
        let a_bodys = || {
            p.checked_sub(1).is_some_and(|q| {
                gap(q, p) == Some(" ")
                    && (word(q).eq_ignore_ascii_case("its")
                        || (tokens.get(q).is_some_and(Token::possessive)
                            && lexicon::is_org_cue(&word(q).to_lowercase())))
            })
        };
        if gap(p, first) == Some(", ") && plural_trade() && a_bodys() {
            v.add(EntityKind::Organization, 5.0);
        }
        // "Nato's secretary general, Jaap de Hoop Scheffer, visited", "his
        // diary secretary, Tracey Temple.": a name set off by a comma after
        // a person's role, ending its clause, is that person.
        let closed = gap(last, last + 1).is_none_or(|g| g.starts_with([',', '.', ';']));
        if gap(p, first) == Some(", ") && closed && lexicon::is_person_role(word(p)) {
            if first == last && is_acronym(word(first)) && lexicon::is_body_role(word(p)) {
                v.add(EntityKind::Organization, 4.0);
            } else {
                v.add(EntityKind::Person, 4.0);
            }
        }
        let plural_word = first == last
            && word(first).ends_with('s')
            && !word(first).ends_with("ss")
            && !places::is_place(word(first))
            && !lexicon::is_demonym(word(first).trim_end_matches('s'));
        if plural_word && word(p).eq_ignore_ascii_case("the") && gap(p, first) == Some(" ") {
            v.add(EntityKind::Organization, 3.0);
        }
        // "The White Stripes, Coldplay and …": as `classify::shapes` reads
        // a name opening with "The" and ending in an ordinary plural (a
        // band or a side), when the sentence's opening "The" was trimmed.
        let lw = word(last);
        let plural_noun = || {
            super::classify::is_ordinary_plural(lw)
                && !lexicon::is_kind_suffix(lw)
                && !super::names::is_given_name(word(first))
        };
        if last > first && word(p) == "The" && gap(p, first) == Some(" ") && plural_noun() {
            v.add(EntityKind::Organization, 2.0);
        }
    }
    v
}

/// "a demo of Batman: Arkham VR", "the voice in Call of Duty: Black Ops":
/// a name that a colon and a capitalised subtitle follow mid-sentence is a
/// work's title (a headline's "Syria: Army retakes town" opens its line);
/// so, weakly, is a name quoted alone.
fn title_of_work(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let (Some(start), Some(end)) = (tokens.get(first), tokens.get(last)) else {
        return v;
    };
    let mid_sentence = first
        .checked_sub(1)
        .and_then(|p| tokens.get(p))
        .is_some_and(|p| {
            p.sentence == start.sentence && p.word(text).starts_with(char::is_lowercase)
        });
    let subtitled = text
        .get(end.full_end..)
        .and_then(|rest| rest.strip_prefix(": "))
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    if mid_sentence && subtitled && !end.possessive() {
        v.add(EntityKind::Other, 4.0);
    }
    // "the numbers “Song of Arirang” and “Army-People Unity”": a name that
    // fills a quotation alone is a title, a slogan or a brand, weakly.
    let opened = super::tokens::after_opening_quote(text, tokens, first);
    let closed = text
        .get(end.full_end..)
        .map(|rest| rest.trim_start_matches([',', '.']))
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| matches!(c, '”' | '"' | '’'));
    if opened && closed {
        v.add(EntityKind::Other, 2.0);
    }
    v
}

/// "won an Oscar in 2005", "an Oscar-winning actor", "bought a Ford": one
/// word after "a" or "an" and before no noun it modifies, or glued to
/// "-winning", is a thing (an award, a make), though it is a given name.
fn award_or_make(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let Some(end) = tokens.get(last) else {
        return v;
    };
    let after = text.get(end.full_end..).unwrap_or("");
    let glued = ["-winning", "-winner", "-nominated", "-nominee"]
        .iter()
        .any(|s| after.starts_with(s));
    let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
    let indefinite = first == last
        && first.checked_sub(1).is_some_and(|p| {
            matches!(word(p), "a" | "an") && super::tokens::gap(text, tokens, p, first) == Some(" ")
        })
        && !end.possessive()
        && (after.starts_with([',', '.', ';', ')'])
            || after.is_empty()
            || matches!(
                word(last + 1),
                "in" | "for" | "at" | "and" | "or" | "from" | "with" | "on"
            ));
    if glued || indefinite {
        v.add(EntityKind::Other, 3.0);
    }
    v
}

/// "Minju Joson, in a signed article, slammed …", "The Clarion said in an
/// editorial", "The Clarion today carries an article": what writes or
/// prints articles and editorials is a publication. Not
/// a name opening with a given name: columnists write articles too.
fn publication(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let (Some(start), Some(end)) = (tokens.get(first), tokens.get(last)) else {
        return v;
    };
    if end.possessive() {
        return v;
    }
    let after = text.get(end.full_end..).unwrap_or("");
    let mut words = after
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':')))
        .filter(|w| !w.is_empty())
        .take(6)
        .peekable();
    words.next_if(|w| matches!(*w, "said" | "says"));
    // "Rodong Sinmun today carries an article": what a paper prints.
    words.next_if(|w| matches!(*w, "today" | "yesterday"));
    let opens = words
        .next()
        .is_some_and(|w| matches!(w, "in" | "carries" | "carried"))
        && words
            .next()
            .is_some_and(|w| matches!(w, "a" | "an" | "its" | "their" | "the"));
    let writes = opens
        && words
            .take(3)
            .any(|w| matches!(w, "article" | "editorial" | "commentary" | "leader"));
    // The name's own words last: the words after it rule out most names.
    let name = text.get(start.start..end.end).unwrap_or("");
    if writes && !super::names::starts_with_given_name(name) {
        v.add(EntityKind::Organization, 5.0);
    }
    v
}

/// "the" → "The": a word as it would open a sentence.
pub(super) fn capitalise(word: &str) -> String {
    let mut cs = word.chars();
    cs.next()
        .map(|c| c.to_uppercase().chain(cs).collect())
        .unwrap_or_default()
}

/// "2-0", "1-1": a match score.
pub(super) fn is_score(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        !a.is_empty()
            && !b.is_empty()
            && a.len() <= 2
            && b.len() <= 2
            && a.chars().chain(b.chars()).all(|c| c.is_ascii_digit())
    })
}

/// "6-3 6-4", "7-6 3-6": two tennis sets in a row, a player's result (one
/// set's score alone may be a match's: "won 6-1").
pub(super) fn is_set_scores(first: &str, second: &str) -> bool {
    let set = |word: &str| {
        word.split_once('-').is_some_and(|(a, b)| {
            let games = (a.parse::<u8>(), b.parse::<u8>());
            matches!(games, (Ok(a), Ok(b)) if a.max(b) >= 6 && a.max(b) <= 7 && a != b)
        })
    };
    set(first) && set(second)
}

/// Kind evidence from the words around a name spanning `first..=last` of
/// `tokens` in `text`.
pub(crate) fn context_votes(text: &str, tokens: &[Token], first: usize, last: usize) -> Votes {
    let mut v = Votes::default();
    let around = Around::new(text, tokens, first, last);
    around.before(&mut v);
    let Some(end_tok) = tokens.get(last) else {
        return v;
    };
    around.based(&mut v, end_tok);
    around.saints_building(&mut v, end_tok);
    around.bracketed_after_body(&mut v);
    around.next_word(&mut v, end_tok);
    around.town_after_the(&mut v);
    around.pronoun(&mut v, end_tok);
    around.appositive(&mut v, end_tok);
    around.description(&mut v, end_tok);
    around.as_the_trade(&mut v);
    around.after_based(&mut v);
    around.disaster_scene(&mut v, end_tok);
    around.inverted_speaker(&mut v);
    around.journey_end(&mut v);
    v.merge(&company_cues(text, tokens, first, last));
    v.merge(&title_of_work(text, tokens, first, last));
    v.merge(&award_or_make(text, tokens, first, last));
    v.merge(&super::awards::award_winner(text, tokens, first, last));
    v.merge(&publication(text, tokens, first, last));
    v.merge(&super::bodies::collective_verb(text, tokens, first, last));
    v.merge(&super::bodies::shop_name(text, tokens, last));
    v.merge(&super::bodies::and_other(text, tokens, last));
    v.merge(&super::bodies::paired_with_firm(text, tokens, first, last));
    v.merge(&super::person_cues::person_cues(text, tokens, first, last));
    v
}

/// A trade in the plural that only firms ply: "bookmakers", "airlines"
/// (not "analysts" or "publishers", who may be people).
fn is_firms_only_trade(trade: &str) -> bool {
    matches!(
        trade,
        "insurers"
            | "retailers"
            | "bookmakers"
            | "airlines"
            | "carmakers"
            | "lenders"
            | "supermarkets"
            | "brewers"
            | "housebuilders"
            | "drugmakers"
            | "chipmakers"
    )
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
    fn a_description_says_what_a_name_is() {
        let game = "Yesterday Blockcraft is an open-source game for old computers.";
        assert_eq!(kind_in(game, "Blockcraft"), EntityKind::Other);
        let town = "The fire started in Dunmere, a small town near the coast.";
        assert_eq!(kind_in(town, "Dunmere"), EntityKind::Place);
        let firm = "Analysts said Quorvex is a software company with big debts.";
        assert_eq!(kind_in(firm, "Quorvex"), EntityKind::Organization);
        let coder = "Then Halvo Renk is a lawyer and part-time writer.";
        assert_eq!(kind_in(coder, "Halvo Renk"), EntityKind::Person);
    }

    #[test]
    fn a_chief_executive_and_a_base_make_a_company() {
        let ceo = "Later Varrow Lenz CEO Tom Baker said the deal was done.";
        assert_eq!(kind_in(ceo, "Varrow Lenz"), EntityKind::Organization);
        let based = "The contract went to Denver-based Harlan Voss last year.";
        assert_eq!(kind_in(based, "Harlan Voss"), EntityKind::Organization);
    }

    #[test]
    fn one_word_after_a_or_an_or_glued_to_winning_is_a_thing() {
        let award = "She won an Orlena in 2005 for the role.";
        assert_eq!(kind_in(award, "Orlena"), EntityKind::Other);
        let glued = "The Orlena-winning actor spoke.";
        assert_eq!(kind_in(glued, "Orlena"), EntityKind::Other);
        let modifier = "Then a Quorvex spokesman said it was done.";
        assert_ne!(kind_in(modifier, "Quorvex"), EntityKind::Other);
    }

    #[test]
    fn a_role_before_said_is_the_next_clause_subject_not_an_appositive() {
        let clause = "Speaking in Dunmere, the prime minister said it.";
        assert_ne!(kind_in(clause, "Dunmere"), EntityKind::Person);
        let appositive = "Later Halvo Renk, the prime minister of Zembla, said it.";
        assert_eq!(kind_in(appositive, "Halvo Renk"), EntityKind::Person);
    }

    #[test]
    fn what_writes_articles_is_a_publication() {
        let signed = "Later Minju Joson, in a signed article, slammed the plan.";
        assert_eq!(kind_in(signed, "Minju Joson"), EntityKind::Organization);
        let editorial = "Then Halvo Renk said in an editorial that it was done.";
        assert_eq!(kind_in(editorial, "Halvo Renk"), EntityKind::Organization);
        let speech = "Then Halvo Renk said in a speech that it was done.";
        assert_ne!(kind_in(speech, "Halvo Renk"), EntityKind::Organization);
        let columnist = "Then Maria Renk said in an article that it was done.";
        assert_ne!(kind_in(columnist, "Maria Renk"), EntityKind::Organization);
    }

    #[test]
    fn a_singular_name_with_a_plural_verb_is_a_body() {
        let band = "Zorvex have won the award.";
        assert_eq!(kind_in(band, "Zorvex"), EntityKind::Organization);
        let pair = "Then Ann Quell and Halvo Renk have won the award.";
        assert_ne!(kind_in(pair, "Halvo Renk"), EntityKind::Organization);
        let side = "France have won the cup.";
        assert_ne!(kind_in(side, "France"), EntityKind::Organization);
    }

    #[test]
    fn a_subtitle_makes_a_title() {
        let game = "Players tried a demo of Zarkman: Arkham Nights at the fair.";
        assert_eq!(kind_in(game, "Zarkman"), EntityKind::Other);
        let headline = "Qorvia: Army retakes the town";
        let s = split_sentences(headline);
        let t = tokenize(headline, &s);
        assert_eq!(
            context_votes(headline, &t, 0, 0).get(EntityKind::Other),
            0.0
        );
    }

    #[test]
    fn talks_about_is_a_verb_not_an_event() {
        let talk = "Developer Arvo Kessila talks about his game with reporters.";
        assert_ne!(kind_in(talk, "Arvo Kessila"), EntityKind::Event);
        let summit = "Leaders met for the Geneva talks on Monday.";
        assert_eq!(kind_in(summit, "Geneva"), EntityKind::Event);
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
