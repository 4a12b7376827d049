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
            | "CTO"
            | "COO"
            | "engineers"
            | "workers"
            | "factory"
            | "factories"
            | "plant"
            | "plants"
            | "merged"
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
    let around = Around::new(text, tokens, first, last);
    around.before(&mut v);
    let Some(end_tok) = tokens.get(last) else {
        return v;
    };
    around.based(&mut v, end_tok);
    around.next_word(&mut v, end_tok);
    around.pronoun(&mut v, end_tok);
    around.appositive(&mut v, end_tok);
    around.description(&mut v, end_tok);
    around.after_based(&mut v);
    v.merge(&company_cues(text, tokens, first, last));
    v
}

/// A name spanning `first..=last` of `tokens`, and the words around it.
struct Around<'a> {
    text: &'a str,
    tokens: &'a [Token],
    first: usize,
    last: usize,
    /// The name's words.
    name: Vec<&'a str>,
    /// The name opens with a given name.
    given: bool,
}

impl<'a> Around<'a> {
    fn new(text: &'a str, tokens: &'a [Token], first: usize, last: usize) -> Self {
        let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
        let name: Vec<&str> = (first..=last).map(word).collect();
        let given = names::starts_with_given_name(&name.join(" "));
        Around {
            text,
            tokens,
            first,
            last,
            name,
            given,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.word(self.text))
    }

    /// Adjacent in the same sentence, with only spaces between.
    fn close(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => {
                x.sentence == y.sentence
                    && self
                        .text
                        .get(x.full_end..y.start)
                        .is_some_and(|g| g.trim().is_empty())
            }
            _ => false,
        }
    }

    /// The token before `i`, when close to it.
    fn close_before(&self, i: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&p| self.close(p, i))
    }

    /// The name modifies the lower-case noun after it ("Brexit talks").
    fn modifier(&self) -> bool {
        let last = self.last;
        self.close(last, last + 1) && {
            let next = self.word(last + 1);
            next.starts_with(char::is_lowercase)
                && !lexicon::is_place_cue(next)
                && !self.tokens.get(last).is_some_and(Token::possessive)
                && !crate::text::words::is_function_word(&capitalise(next))
                && !matches!(
                    next,
                    "said" | "says" | "told" | "and" | "or" | "on" | "in" | "at"
                )
        }
    }

    /// Cues in the words before the name: a title, an organisation's word,
    /// a preposition of place, "told", "beat".
    fn before(&self, v: &mut Votes) {
        let Some(p) = self.close_before(self.first) else {
            return;
        };
        let w = self.word(p);
        // "in the West Midlands": look past an article for the preposition.
        let (prep, pp) = match (w, self.close_before(p)) {
            ("the", Some(q)) => (self.word(q), self.close_before(q)),
            _ => (w, self.close_before(p)),
        };
        let before = pp.map_or("", |i| self.word(i));
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
        } else if w == "told" || (is_opponent_cue(w) && !self.given) {
            // "told BBC Sport" (an outlet), "beat Chelsea" (a team).
            v.add(EntityKind::Organization, 2.0);
        } else if is_place_preposition(prep)
            && !self.modifier()
            && !(prep == "to" && is_speech(before))
        {
            // Not "in Brexit talks", "in COVID-19 cases" (the name modifies
            // a noun) nor "spoke to Wikinews" (an addressee). "To" and
            // "from" say less: one sells to a firm, writes to a person.
            let weight = if matches!(prep, "to" | "from") {
                1.0
            } else {
                2.5
            };
            v.add(EntityKind::Place, weight);
        }
    }

    /// "a Santa Clara-based group": only places are "-based".
    /// Not "an Intel-based Mac": before a name, "-based" says what a
    /// product is built on.
    fn based(&self, v: &mut Votes, end_tok: &Token) {
        let after = self.text.get(end_tok.full_end..).unwrap_or("");
        if after.starts_with("-based") || after.starts_with("-headquartered") {
            let product = self
                .tokens
                .get(self.last + 2)
                .is_some_and(|t| is_capitalised(t.word(self.text)))
                && !places::is_place(&self.name.join(" "));
            if !product {
                v.add(EntityKind::Place, 8.0);
            }
        }
    }

    /// Cues in the word right after the name: a speech verb, a place's,
    /// organisation's or event's noun, a match score.
    fn next_word(&self, v: &mut Votes, end_tok: &Token) {
        if !self.close(self.last, self.last + 1) {
            return;
        }
        let w = self.word(self.last + 1);
        if matches!(
            w,
            "said" | "says" | "told" | "added" | "wrote" | "explained"
        ) {
            let weight = if self.given || self.name.len() == 1 {
                2.0
            } else {
                0.5
            };
            v.add(EntityKind::Person, weight);
        } else if lexicon::is_place_cue(w) {
            v.add(EntityKind::Place, 4.0);
        } else if is_org_after(w) && !end_tok.possessive() {
            v.add(EntityKind::Organization, 4.0);
        } else if is_event_after(w) && !end_tok.possessive() && !self.verb_after(w) {
            v.add(EntityKind::Event, 4.0);
        } else if is_score(w) && !self.given {
            v.add(EntityKind::Organization, 2.0);
        }
    }

    /// "Goldman Sachs raised its forecast", "Mertens scored his third": the
    /// possessive pronoun of the clause the name opens.
    fn pronoun(&self, v: &mut Votes, end_tok: &Token) {
        for (k, t) in self.tokens.iter().enumerate().skip(self.last + 1).take(4) {
            let gap = self
                .tokens
                .get(k - 1)
                .and_then(|p| self.text.get(p.full_end..t.start));
            if t.sentence != end_tok.sentence
                || gap.is_none_or(|g| g.contains([',', ';', ':', '"', '“', '(', '—']))
            {
                break;
            }
            match t.word(self.text) {
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
    }

    /// "Perttu Ahola talks about …": a word after the name that is a verb
    /// here, not a noun the name modifies ("Brexit talks").
    fn verb_after(&self, w: &str) -> bool {
        w == "talks" && matches!(self.word(self.last + 2), "about" | "to")
    }

    /// "Northrop Grumman, a Los Angeles-based …" aside: "a Los Angeles-based
    /// Northrop Grumman", "Seattle based Boeing": what is based somewhere is
    /// an organisation.
    fn after_based(&self, v: &mut Votes) {
        let Some(t) = self.tokens.get(self.first) else {
            return;
        };
        let before = self.text.get(..t.start).unwrap_or("");
        let Some(rest) = before.strip_suffix(' ') else {
            return;
        };
        if rest.ends_with("-based") || rest.ends_with(" based") || rest.ends_with("-headquartered")
        {
            v.add(EntityKind::Organization, 4.0);
        }
    }

    /// A description that says what the name is: "Minetest is an
    /// open-source game", "Croydon, a town in south London", "Ahola is a
    /// programmer". The head noun of the description decides; after a
    /// comma only things, places and events count ([`Self::appositive`]
    /// reads roles and organisations there).
    fn description(&self, v: &mut Votes, end_tok: &Token) {
        let last = self.last;
        let after = self.text.get(end_tok.full_end..).unwrap_or("");
        let article = |w: &str| matches!(w, "a" | "an" | "the");
        let (start, copula) = if after.starts_with(' ')
            && matches!(self.word(last + 1), "is" | "was")
            && article(self.word(last + 2))
            && self.close(last, last + 1)
            && self.close(last + 1, last + 2)
        {
            (last + 3, true)
        } else if after.starts_with(", ") && article(self.word(last + 1)) && !end_tok.possessive() {
            (last + 2, false)
        } else {
            return;
        };
        let Some(head) = self.head_noun(start) else {
            return;
        };
        if is_place_noun(head) {
            v.add(EntityKind::Place, 4.0);
        } else if lexicon::is_thing_noun(head) {
            v.add(EntityKind::Other, 5.0);
        } else if is_event_after(head) {
            v.add(EntityKind::Event, 4.0);
        } else if copula && lexicon::is_org_cue(head) {
            v.add(EntityKind::Organization, 4.0);
        } else if copula && lexicon::is_person_role(head) {
            v.add(EntityKind::Person, 4.0);
        }
    }

    /// The last word of the noun phrase opening at token `start`, up to
    /// six words, ended by a preposition, a conjunction, a relative pronoun
    /// or punctuation; `None` unless it is a lower-case word.
    fn head_noun(&self, start: usize) -> Option<&'a str> {
        let sentence = self.tokens.get(start.checked_sub(1)?)?.sentence;
        let mut head = None;
        for k in start..start + 6 {
            let t = self.tokens.get(k)?;
            let w = t.word(self.text);
            let gap = self
                .tokens
                .get(k - 1)
                .and_then(|p| self.text.get(p.full_end..t.start))?;
            let ends = t.sentence != sentence
                || (k > start && !gap.trim().is_empty())
                || crate::text::words::is_function_word(&capitalise(w))
                || matches!(w, "based" | "known" | "called" | "named" | "whose");
            if ends {
                break;
            }
            head = Some(w);
            if t.possessive()
                || t.full_end < self.text.len()
                    && self
                        .text
                        .get(t.full_end..)
                        .is_some_and(|r| r.starts_with([',', '.', ';', ':', '(', ')']))
            {
                break;
            }
        }
        head.filter(|w| w.starts_with(char::is_lowercase))
    }

    /// Appositive: "Yang Moo-jin, president of …", "Acme, a company that …",
    /// "Croydon, south London".
    fn appositive(&self, v: &mut Votes, end_tok: &Token) {
        let last = self.last;
        let clause = matches!(
            self.word(last + 1),
            "said" | "says" | "told" | "who" | "which" | "that" | "where" | "when" | "and" | "but"
        );
        let after = self.text.get(end_tok.full_end..).unwrap_or("");
        if !after.starts_with(',') || end_tok.possessive() || clause {
            return;
        }
        let next = self.word(last + 1);
        let place_next = places::is_place(next)
            || (matches!(
                next,
                "north" | "south" | "east" | "west" | "central" | "northern" | "southern"
            ) && places::is_place(self.word(last + 2)));
        if place_next && !lexicon::is_person_role(self.word(last + 2)) {
            v.add(EntityKind::Place, 4.0);
        }
        for (k, t) in self.tokens.iter().enumerate().skip(last + 1).take(4) {
            let w = t.word(self.text);
            // ", Conservative leader Kemi Badenoch": a title of the next name.
            let titles_next = self
                .tokens
                .get(k + 1)
                .is_some_and(|n| is_capitalised(n.word(self.text)));
            if self
                .text
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
