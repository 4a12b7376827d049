//! The words around one name, read for cues to its kind: before it
//! (titles, prepositions), right after it (verbs, nouns), later in its
//! clause (possessive pronouns), and in an appositive or a description.

use super::around_words::is_time_adverb;
use super::context::capitalise;
use super::tokens::{is_capitalised, Token};
use super::votes::Votes;
use super::{lexicon, names, places, EntityKind};

mod after;
mod before;
mod description;
mod scenes;
mod speaker;
mod travel;

/// A name spanning `first..=last` of `tokens`, and the words around it.
pub(super) struct Around<'a> {
    text: &'a str,
    tokens: &'a [Token],
    first: usize,
    last: usize,
    /// The name's words.
    name: Vec<&'a str>,
    /// The name opens with a given name, or is initials and a surname
    /// ("JP McManus").
    given: bool,
}

impl<'a> Around<'a> {
    pub(super) fn new(text: &'a str, tokens: &'a [Token], first: usize, last: usize) -> Self {
        let word = |i: usize| tokens.get(i).map_or("", |t| t.word(text));
        let name: Vec<&str> = (first..=last).map(word).collect();
        let given = names::starts_with_given_name(&name.join(" "))
            || super::candidate::initials_and_surname(&name);
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

    /// The text after the name's last token (and its possessive).
    fn after_name(&self) -> &'a str {
        self.tokens
            .get(self.last)
            .and_then(|t| self.text.get(t.full_end..))
            .unwrap_or("")
    }

    /// Adjacent in the same sentence, with only spaces between.
    fn close(&self, a: usize, b: usize) -> bool {
        super::tokens::gap(self.text, self.tokens, a, b).is_some_and(|g| g.trim().is_empty())
    }

    /// The token before `i`, when close to it.
    fn close_before(&self, i: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&p| self.close(p, i))
    }

    /// "near" and a known place follow the name (right after it or past a
    /// comma: "Ryton near Coventry", "Ryton, near Coventry"), which is no
    /// possessive.
    fn near_a_known_place(&self) -> bool {
        let last = self.last;
        self.word(last + 1) == "near"
            && self.close(last + 1, last + 2)
            && places::is_known_place(self.word(last + 2))
            && !self.tokens.get(last).is_some_and(Token::possessive)
    }

    /// A thing's noun follows the name ("the A380 jet", "its Razr handsets").
    fn thing_noun_next(&self) -> bool {
        super::tokens::thing_noun_after(self.text, self.tokens, self.last)
    }

    /// A lower-case word other than a function word follows the name: a
    /// verb whose subject it is, maybe of a clause that describes the noun
    /// before it ("the law Smith signed").
    /// Not what a work itself does ("the series Little Britain won").
    fn relative_clause(&self) -> bool {
        let next = self.word(self.last + 1);
        self.close(self.last, self.last + 1)
            && next.starts_with(char::is_lowercase)
            && !crate::text::words::is_function_word(&capitalise(next))
            && !matches!(
                next,
                "won"
                    | "wins"
                    | "returns"
                    | "returned"
                    | "ended"
                    | "ends"
                    | "starts"
                    | "started"
                    | "began"
                    | "begins"
                    | "topped"
                    | "tops"
                    | "attracted"
                    | "drew"
                    | "received"
                    | "earned"
                    | "became"
                    | "remains"
                    | "opened"
                    | "opens"
                    | "premiered"
                    | "grossed"
                    | "sold"
                    | "sells"
            )
    }

    /// The name modifies the lower-case noun after it ("Brexit talks"), or
    /// is the first half of a hyphen adjective ("Ebola-infected mice").
    fn modifier(&self) -> bool {
        let last = self.last;
        let hyphened = self
            .after_name()
            .strip_prefix('-')
            .is_some_and(|a| a.starts_with(char::is_lowercase));
        // "from Windows PCs", "in Labour MPs' seats": a plural acronym is
        // a noun too.
        let plural_acronym = || {
            let next = self.word(last + 1);
            next.strip_suffix('s')
                .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
        };
        hyphened
            || self.close(last, last + 1) && plural_acronym()
            || self.close(last, last + 1) && {
                let next = self.word(last + 1);
                next.starts_with(char::is_lowercase)
                    && !lexicon::is_place_cue(next)
                    && !self.tokens.get(last).is_some_and(Token::possessive)
                    && !crate::text::words::is_function_word(&capitalise(next))
                    && !matches!(
                        next,
                        "said" | "says" | "told" | "and" | "or" | "on" | "in" | "at" | "near"
                    )
                    // "at Anfield earlier in the day": a time, no noun.
                    && !is_time_adverb(next)
                    // "from Bradford will release", "from Bedford held
                    // off": a verb, no noun.
                    && !is_verb_after_name(next)
            }
    }

    /// "a Santa Clara-based group": only places are "-based"; "X, based in
    /// Y": a firm.
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
        } else if after.starts_with(", based in ") || after.starts_with(", headquartered in ") {
            // "Creative Technology, based in Singapore, said": a firm's seat.
            v.add(EntityKind::Organization, 2.0);
        }
    }

    /// "the Communist Party of Nepal (Unified Marxist-Leninist)", "the
    /// General Association of Koreans (Chongryon)": a name in brackets
    /// right after a body's name is its short form or its branch.
    pub(super) fn bracketed_after_body(&self, v: &mut Votes) {
        let Some(start) = self.tokens.get(self.first).map(|t| t.start) else {
            return;
        };
        let before = self.text.get(..start).unwrap_or("");
        let Some(body) = before.strip_suffix(" (") else {
            return;
        };
        // The body's name: capitalised words and connectors back from the
        // bracket ("Communist Party of Nepal").
        let named_body = body
            .rsplit(' ')
            .take(8)
            .take_while(|w| is_capitalised(w) || matches!(*w, "of" | "the" | "for" | "and"))
            .any(lexicon::is_org_suffix);
        if named_body {
            v.add(EntityKind::Organization, 4.0);
        }
    }

    /// "at St Mary's", "St Andrew's, where …": a saint's possessive with
    /// no noun after it names the church, ground, school or hospital
    /// called after the saint (not "St Paul's letter", his own).
    pub(super) fn saints_building(&self, v: &mut Votes, end_tok: &Token) {
        let saint = matches!(self.name.first(), Some(&("St" | "St." | "Saint")));
        if !saint {
            return;
        }
        let noun_after = self.close(self.last, self.last + 1) && {
            let next = self.word(self.last + 1);
            next.starts_with(char::is_lowercase)
                && !crate::text::words::is_function_word(&capitalise(next))
        };
        if self.name.len() >= 2 && end_tok.possessive() && !noun_after {
            v.add(EntityKind::Place, 8.0);
        }
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

/// A verb that may follow a name as its clause goes on: a modal, a past
/// tense in "-ed" or a common irregular one.
fn is_verb_after_name(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed"))
        || matches!(
            word,
            "will"
                | "may"
                | "held"
                | "took"
                | "won"
                | "lost"
                | "made"
                | "gave"
                | "went"
                | "came"
                | "saw"
                | "got"
                | "began"
                | "became"
                | "fell"
                | "rose"
                | "beat"
        )
}
