//! The words around one name, read for cues to its kind: before it
//! (titles, prepositions), right after it (verbs, nouns), later in its
//! clause (possessive pronouns), and in an appositive or a description.

use super::around_words::{
    is_act_from, is_compass_adjective, is_direction, is_relation_in, is_relation_to,
    is_system_noun, is_time_adverb,
};
use super::context::{capitalise, is_score};
use super::cues::{
    is_event_after, is_holding, is_opponent_cue, is_org_after, is_place_noun, is_place_preposition,
    is_speech, is_staff,
};
use super::tokens::{is_capitalised, Token};
use super::votes::Votes;
use super::{lexicon, names, places, EntityKind};

mod description;

/// A name spanning `first..=last` of `tokens`, and the words around it.
pub(super) struct Around<'a> {
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
    pub(super) fn new(text: &'a str, tokens: &'a [Token], first: usize, last: usize) -> Self {
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
        super::tokens::gap(self.text, self.tokens, a, b).is_some_and(|g| g.trim().is_empty())
    }

    /// The token before `i`, when close to it.
    fn close_before(&self, i: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&p| self.close(p, i))
    }

    /// A lower-case word other than a function word follows the name: a
    /// verb whose subject it is, maybe of a clause that describes the noun
    /// before it ("the law Smith signed").
    fn relative_clause(&self) -> bool {
        let next = self.word(self.last + 1);
        self.close(self.last, self.last + 1)
            && next.starts_with(char::is_lowercase)
            && !crate::text::words::is_function_word(&capitalise(next))
    }

    /// The name modifies the lower-case noun after it ("Brexit talks"), or
    /// is the first half of a hyphen adjective ("Ebola-infected mice").
    fn modifier(&self) -> bool {
        let last = self.last;
        let hyphened = self
            .tokens
            .get(last)
            .and_then(|t| self.text.get(t.full_end..))
            .and_then(|a| a.strip_prefix('-'))
            .is_some_and(|a| a.starts_with(char::is_lowercase));
        hyphened
            || self.close(last, last + 1) && {
                let next = self.word(last + 1);
                next.starts_with(char::is_lowercase)
                    && !lexicon::is_place_cue(next)
                    && !self.tokens.get(last).is_some_and(Token::possessive)
                    && !crate::text::words::is_function_word(&capitalise(next))
                    && !matches!(
                        next,
                        "said" | "says" | "told" | "and" | "or" | "on" | "in" | "at"
                    )
                    // "at Anfield earlier in the day": a time, no noun.
                    && !is_time_adverb(next)
            }
    }

    /// The two words before token `i` are a given name and a surname
    /// ("Richard Ratner"), close together and to `i`.
    fn after_personal_name(&self, i: usize) -> bool {
        let Some(last) = self.close_before(i) else {
            return false;
        };
        let Some(first) = self.close_before(last) else {
            return false;
        };
        // Not "Prince William of": a title before the given name.
        let titled = self
            .close_before(first)
            .is_some_and(|t| is_capitalised(self.word(t)));
        is_capitalised(self.word(last))
            && !lexicon::is_kind_suffix(self.word(last))
            && names::is_given_name(self.word(first))
            && !titled
    }

    /// Cues in the words before the name: a title, an organisation's word,
    /// a preposition of place, "told", "beat".
    pub(super) fn before(&self, v: &mut Votes) {
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
        // "the star AB Aurigae", "its host star": a sun, not a film star.
        let sun = w == "star"
            && self.close_before(p).is_some_and(|q| {
                matches!(
                    self.word(q),
                    "the"
                        | "a"
                        | "its"
                        | "host"
                        | "parent"
                        | "young"
                        | "nearby"
                        | "giant"
                        | "dwarf"
                        | "neutron"
                        | "distant"
                        | "massive"
                        | "variable"
                        | "binary"
                )
            });
        // "Retailer Woolworths said": a firm's trade opening the sentence
        // (not "Broadcaster Piers Morgan", a person's trade too).
        let opening_cue = !self.given
            && self.tokens.get(p).is_some_and(|t| t.initial)
            && is_capitalised(w)
            && !matches!(w, "Broadcaster" | "Publisher")
            && lexicon::is_org_cue(&w.to_lowercase());
        // "Pixar's The Incredibles": a title, its article capitalised
        // mid-sentence, after its maker.
        let maker_before = |i: usize| {
            self.close_before(i)
                .and_then(|m| self.tokens.get(m))
                .is_some_and(Token::possessive)
        };
        let work_after_maker =
            if self.name.first() == Some(&"The") {
                maker_before(self.first)
            } else {
                w == "The" && maker_before(p)
            } && !super::discover::keeps_article(self.name.last().copied().unwrap_or(""));
        if work_after_maker {
            v.add(EntityKind::Other, 4.0);
        } else if lexicon::is_person_role(w) && !sun {
            v.add(EntityKind::Person, 6.0);
        } else if opening_cue
            || (lexicon::is_org_cue(w)
            || (lexicon::is_org_cue(w.trim_end_matches('s')) && !self.given))
            // "the party's Jairam Ramesh": what the body has, not the body.
            && !self.tokens.get(p).is_some_and(Token::possessive)
        {
            // Not "publishers Jann Wenner": a plural noun before a personal
            // name lists people.
            v.add(EntityKind::Organization, 5.0);
        } else if prep == "of" && (is_place_noun(before) || is_direction(before)) {
            // "the city of Mosul", "north of Bermuda".
            v.add(EntityKind::Place, 5.0);
        } else if w == "of"
            && self.after_personal_name(p)
            && !places::is_place(&self.name.join(" "))
        {
            // "Richard Ratner of Seymour Pierce": where a person works.
            v.add(EntityKind::Organization, 4.0);
        } else if matches!(w, "its" | "their") && !self.given && !self.modifier() {
            // "Sony said its PlayStation Portable would …": what a body
            // makes or owns (not "its Asda chain", a name before its noun).
            v.add(EntityKind::Other, 3.0);
        } else if lexicon::is_thing_noun(w)
            && !self.tokens.get(p).is_some_and(Token::possessive)
            && !self.relative_clause()
        {
            // "the film Vera Drake", "the album Ocean Drive": a work named
            // after its kind (not "the film Spielberg directed").
            v.add(EntityKind::Other, 5.0);
        } else if is_place_noun(w) && w != "state" {
            // "the island Crete", "the port city Hodeidah".
            v.add(EntityKind::Place, 3.0);
        } else if is_compass_adjective(w)
            && self
                .close_before(p)
                .is_some_and(|q| is_place_preposition(self.word(q)))
        {
            // "in eastern Ladakh": the adjective hides the preposition.
            v.add(EntityKind::Place, 3.0);
        } else if prep == "by" && is_maker_verb(before) && !self.given {
            // "software made by Fujitsu", "a tanker owned by Sovcomflot": not
            // a personal name, so a firm.
            v.add(EntityKind::Organization, 2.0);
        } else if prep == "for" && is_member_of_parliament(before) {
            // "the Conservative MP for Thirsk and Malton": a constituency.
            v.add(EntityKind::Place, 4.0);
        } else if matches!(w, "on" | "atop")
            && matches!(self.name.last(), Some(&("Hill" | "Hills")))
            && self.name.len() > 1
        {
            // "on Mansu Hill", "on Capitol Hill": a hill, not Damon Hill.
            v.add(EntityKind::Place, 5.0);
        } else if prep == "in" && matches!(before, "role" | "starred" | "starring" | "cameo") {
            // "her role in Vera Drake", "starred in Ray": a film or a play.
            v.add(EntityKind::Other, 4.0);
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
            && !self.tokens.get(self.last).is_some_and(Token::possessive)
            && !(prep == "to" && (is_speech(before) || is_relation_to(before)))
            && !(prep == "in" && is_relation_in(before))
            && !(prep == "from" && is_act_from(before))
        {
            // Not "in Brexit talks", "in COVID-19 cases" (the name modifies
            // a noun), "from Assad's forces" (the preposition governs the
            // noun after the possessive), "spoke to Wikinews" (an
            // addressee), "written in Python" nor "a goal from Costa" (an
            // author). "To" and "from" say
            // less: one sells to a firm, writes to a person.
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
    pub(super) fn based(&self, v: &mut Votes, end_tok: &Token) {
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
    pub(super) fn next_word(&self, v: &mut Votes, end_tok: &Token) {
        if !self.close(self.last, self.last + 1) {
            return;
        }
        let w = self.word(self.last + 1);
        // "Advantest added 3.1%": a share price, not a speaker.
        let number_next = self
            .word(self.last + 2)
            .starts_with(|c: char| c.is_ascii_digit());
        let speaks = matches!(
            w,
            "said" | "says" | "told" | "added" | "wrote" | "explained"
        ) && !number_next;
        let after_the = || {
            self.name.first() == Some(&"The")
                || (!self.given
                    && self
                        .close_before(self.first)
                        .is_some_and(|p| matches!(self.word(p), "the" | "The")))
        };
        if (speaks || matches!(w, "reported" | "reports")) && after_the() {
            // "The Independent reported", "the Hollow Pines said": a name
            // after "the" speaks as a paper, a band or a body, not a person.
            v.add(EntityKind::Organization, 2.0);
        } else if speaks {
            let weight = if self.given || self.name.len() == 1 {
                2.0
            } else {
                0.5
            };
            v.add(EntityKind::Person, weight);
        } else if end_tok.possessive()
            && matches!(
                w,
                "disease" | "syndrome" | "law" | "principle" | "theorem" | "effect" | "paradox"
            )
        {
            // "Parkinson's disease", "Moore's law": an eponym, no one's mention.
            v.add(EntityKind::Other, 6.0);
        } else if matches!(w, "died" | "dies") || (w == "has" && self.word(self.last + 2) == "died")
        {
            // "Ginger Baker has died": only people die in the news's sense.
            v.add(EntityKind::Person, 3.0);
        } else if lexicon::is_place_cue(w) && !end_tok.possessive() {
            // Not "Tasha Yar's bridge station": what a person has.
            v.add(EntityKind::Place, 4.0);
        } else if is_system_noun(w)
            && !end_tok.possessive()
            && self
                .close_before(self.first)
                .is_some_and(|p| matches!(self.word(p), "the" | "The"))
        {
            // "the Fedora operating system", "the Zika virus": the name of
            // a made or natural thing, whatever else the word may name.
            v.add(EntityKind::Other, 3.0);
        } else if (is_org_after(w) || self.general_role(w)) && !end_tok.possessive() {
            v.add(EntityKind::Organization, 4.0);
        } else if is_event_after(self.past_drill_adjectives())
            && !end_tok.possessive()
            && !self.verb_after(w)
        {
            v.add(EntityKind::Event, 4.0);
        } else if is_score(w) && !self.given {
            v.add(EntityKind::Organization, 2.0);
        }
    }

    /// The first word after the name past at most two adjectives of war
    /// games ("Ulji Freedom Shield joint military exercises").
    fn past_drill_adjectives(&self) -> &'a str {
        let mut i = self.last + 1;
        while i < self.last + 3
            && self.close(i - 1, i)
            && matches!(
                self.word(i),
                "joint" | "military" | "naval" | "combined" | "annual" | "large-scale" | "war"
            )
        {
            i += 1;
        }
        if self.close(i - 1, i) {
            self.word(i)
        } else {
            ""
        }
    }

    /// "Unite general secretary", "Fiat general manager": a body's office
    /// after its name, not "general election".
    fn general_role(&self, w: &str) -> bool {
        w == "general"
            && self.close(self.last + 1, self.last + 2)
            && matches!(
                self.word(self.last + 2),
                "secretary" | "manager" | "counsel" | "director"
            )
    }

    /// "Goldman Sachs raised its forecast", "Mertens scored his third": the
    /// possessive pronoun of the clause the name opens.
    pub(super) fn pronoun(&self, v: &mut Votes, end_tok: &Token) {
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
    pub(super) fn after_based(&self, v: &mut Votes) {
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
}

/// "MP", "MSP", "MEP", "TD"…: a member of a parliament, whose "for X" names
/// the constituency.
fn is_member_of_parliament(word: &str) -> bool {
    matches!(
        word,
        "MP" | "MPs" | "MSP" | "MSPs" | "MEP" | "MEPs" | "MLA" | "MLAs" | "TD" | "TDs" | "MS"
    )
}

/// A participle whose "by X" names a maker or owner: "made by", "owned by".
fn is_maker_verb(word: &str) -> bool {
    matches!(
        word,
        "made"
            | "built"
            | "manufactured"
            | "produced"
            | "owned"
            | "operated"
            | "acquired"
            | "bought"
            | "published"
            | "developed"
    )
}
