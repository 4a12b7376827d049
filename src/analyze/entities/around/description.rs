//! The words after a name that say what it is: a description ("Minetest
//! is an open-source game", "Croydon, a town in south London") and an
//! appositive ("Ahola, a programmer at …").

use super::super::around_words::is_human;
use super::super::context::capitalise;
use super::super::cues::{is_event_after, is_place_noun};
use super::super::tokens::{is_capitalised, Token};
use super::super::votes::Votes;
use super::super::{lexicon, places, EntityKind};
use super::Around;

impl<'a> Around<'a> {
    /// A description that says what the name is: "Minetest is an
    /// open-source game", "Croydon, a town in south London", "Ahola is a
    /// programmer". The head noun of the description decides; after a
    /// comma only things, places and events count ([`Self::appositive`]
    /// reads roles and organisations there).
    pub(in crate::analyze::entities) fn description(&self, v: &mut Votes, end_tok: &Token) {
        let last = self.last;
        let after = self.text.get(end_tok.full_end..).unwrap_or("");
        let article = |w: &str| matches!(w, "a" | "an" | "the");
        // "Rodong Sinmun, organ of the WPK Central Committee": a body's paper.
        if after.starts_with(", ") && self.word(last + 1) == "organ" && self.word(last + 2) == "of"
        {
            v.add(EntityKind::Organization, 4.0);
            return;
        }
        let (start, copula) = if let Some(det) = self
            .copula_after(last)
            .filter(|&d| after.starts_with(' ') && article(self.word(d)))
        {
            (det + 1, true)
        } else if after.starts_with(", ") && article(self.word(last + 1)) && !end_tok.possessive() {
            (last + 2, false)
        } else {
            return;
        };
        // "Taylor Dent, the world number 26": a ranked player.
        if matches!(self.word(start), "world" | "world's")
            && matches!(self.word(start + 1), "number" | "No")
        {
            v.add(EntityKind::Person, 4.0);
            return;
        }
        // "a young star": a sun or a celebrity, so it says nothing.
        let Some(head) = self
            .head_noun(start)
            .filter(|h| !matches!(*h, "star" | "stars"))
        else {
            return;
        };
        // "X is a game" defines X and outweighs several prepositions, unless
        // X is the object of what precedes it ("the phone developed by X is
        // a device"): then the clause defines something else.
        let object = self.first.checked_sub(1).is_some_and(|p| {
            self.tokens
                .get(p)
                .is_some_and(|t| t.sentence == end_tok.sentence)
                && self.word(p).starts_with(char::is_lowercase)
                && crate::text::words::is_function_word(&capitalise(self.word(p)))
                && self.word(p) != "the"
        });
        if copula && object {
            return;
        }
        let scale = if copula { 2.0 } else { 1.0 };
        if is_place_noun(head) {
            v.add(EntityKind::Place, 4.0 * scale);
        } else if lexicon::is_thing_noun(head) {
            v.add(EntityKind::Other, 5.0 * scale);
        } else if is_event_after(head) {
            v.add(EntityKind::Event, 4.0 * scale);
        } else if copula && lexicon::is_org_cue(head) {
            v.add(EntityKind::Organization, 4.0 * scale);
        } else if copula && lexicon::is_person_role(head) || is_human(head) {
            v.add(EntityKind::Person, 4.0 * scale);
        }
    }

    /// The token after the linking verb that follows the name ending at
    /// `last`: "is", "was", "became", "remains", "has become", "is now".
    fn copula_after(&self, last: usize) -> Option<usize> {
        let mut k = last + 1;
        if !self.close(last, k) {
            return None;
        }
        match self.word(k) {
            "is" | "was" | "became" | "remains" => k += 1,
            "has" | "had" if self.word(k + 1) == "become" && self.close(k, k + 1) => k += 2,
            _ => return None,
        }
        if matches!(self.word(k), "now" | "still" | "also") && self.close(k - 1, k) {
            k += 1;
        }
        Some(k).filter(|&d| self.close(d - 1, d))
    }

    /// "Toyota overtook Ford as the world's second biggest carmaker": a
    /// body's trade after "as the" (past a possessive and adjectives) says
    /// what the name is; the subject shares it when the two are compared.
    pub(in crate::analyze::entities) fn as_the_trade(&self, v: &mut Votes) {
        let last = self.last;
        if !(self.close(last, last + 1)
            && self.word(last + 1) == "as"
            && self.close(last + 1, last + 2)
            && self.word(last + 2) == "the")
        {
            return;
        }
        for k in last + 3..last + 9 {
            if !self.close(k - 1, k) {
                return;
            }
            let w = self.word(k);
            // "the world's", "the firm's chairman": the owner is no head.
            if self.tokens.get(k).is_some_and(Token::possessive) {
                continue;
            }
            if !w.starts_with(char::is_lowercase) {
                return;
            }
            if lexicon::is_org_cue(w) && !lexicon::is_person_role(w) {
                v.add(EntityKind::Organization, 3.0);
                return;
            }
            if crate::text::words::is_function_word(&capitalise(w)) {
                return;
            }
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
                || is_participle_after_head(w);
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

    /// The verb after "X, which" says what a firm does or what is done to
    /// one: "which runs the festival", "which was floated last month".
    fn business_after_which(&self) -> bool {
        let first = self.last + 2;
        let mut verb = first;
        while matches!(
            self.word(verb),
            "was" | "is" | "has" | "had" | "been" | "were"
        ) {
            verb += 1;
        }
        // "which has 2.5 million customers": what a firm counts.
        let counts_custom = matches!(self.word(first), "has" | "had")
            && (first + 1..first + 5).any(|k| {
                matches!(
                    self.word(k),
                    "customers"
                        | "subscribers"
                        | "employees"
                        | "staff"
                        | "stores"
                        | "shops"
                        | "branches"
                        | "outlets"
                )
            });
        is_business_verb(self.word(first))
            || (verb > first && is_business_passive(self.word(verb)))
            || counts_custom
    }

    /// Appositive: "Yang Moo-jin, president of …", "Acme, a company that …",
    /// "Croydon, south London".
    pub(in crate::analyze::entities) fn appositive(&self, v: &mut Votes, end_tok: &Token) {
        let last = self.last;
        // "Kimberly Quinn, publisher of The Spectator, is the mother of":
        // after the comma the sentence goes on, no appositive of this name.
        let next = self.word(last + 1);
        let clause = is_clause_verb(next)
            || matches!(
                next,
                "who"
                    | "whose"
                    | "which"
                    | "that"
                    | "where"
                    | "when"
                    | "and"
                    | "but"
                    | "or"
                    | "are"
                    | "were"
                    // "his role in Ray, while Cate Blanchett won best
                    // actress": a clause of its own follows.
                    | "while"
                    | "whilst"
                    | "whereas"
                    | "although"
                    | "though"
                    | "because"
                    | "unless"
            );
        let after = self.text.get(end_tok.full_end..).unwrap_or("");
        // A possessive before a comma is the name's own ("Sainsbury's,
        // Britain's third-largest supermarket"): a genitive has its noun.
        if !after.starts_with(',') {
            return;
        }
        // "Mean Fiddler, which runs the festival": what a firm does; "Gate
        // Gourmet, owned by Texas Pacific Group": what is done to one.
        // No one is a "which": above a given name's vote ("Bernard
        // Matthews, which makes Turkey Twizzlers").
        if next == "which" && self.business_after_which() {
            v.add(EntityKind::Organization, 4.0);
        } else if is_business_passive(next) && self.word(last + 2) == "by" {
            v.add(EntityKind::Organization, 3.0);
        } else if matches!(next, "who" | "whose") && self.given && self.name.len() > 1 {
            // "Ronnie Lane, who died in 1997": a given name that someone
            // "who" bears outweighs a street's kind word.
            v.add(EntityKind::Person, 2.5);
        }
        // "Ocean's Twelve, starring George Clooney": a film or a show (not
        // "directed by Sam Mendes, starring …", its maker).
        let by = self
            .close_before(self.first)
            .is_some_and(|p| matches!(self.word(p), "by" | "with" | "and"));
        // "Batman Begins, directed by Christopher Nolan": a film's maker.
        let made_by =
            matches!(next, "directed" | "written" | "produced") && self.word(last + 2) == "by";
        // Above a kind word's vote (8, or 9 heading an "of"): "War of the
        // Worlds, starring Tom Cruise", "Brokeback Mountain, directed by
        // Ang Lee".
        // "War of the Worlds, which starred Tom Cruise": the same, told.
        let starred = next == "which" && matches!(self.word(last + 2), "starred" | "stars");
        if (next == "starring" || made_by || starred) && !by {
            v.add(EntityKind::Other, 10.0);
        }
        if clause {
            return;
        }
        // Not "Elizabeth Taylor, Kobe Bryant and …": a place's word that
        // opens another name of a list.
        let opens_a_name = || {
            let after_next = self.word(last + 2);
            self.close(last + 1, last + 2)
                && super::super::tokens::is_capitalised(after_next)
                && !lexicon::is_kind_suffix(after_next)
                && !places::is_place(&format!("{next} {after_next}"))
        };
        let place_next = (places::is_place(next) && !opens_a_name())
            || (matches!(
                next,
                "north" | "south" | "east" | "west" | "central" | "northern" | "southern"
            ) && places::is_place(self.word(last + 2)));
        // Not "Wang Haoze, China's first female engineer": a place's
        // possessive opens a description.
        let possessive_next = self.tokens.get(last + 1).is_some_and(Token::possessive);
        if place_next && !possessive_next && !lexicon::is_person_role(self.word(last + 2)) {
            // "Amy Greer of Lafayette, Indiana": a town and its state, above
            // the firm a name's "of" may give it.
            let state = places::is_us_state(next) && !opens_a_name();
            v.add(EntityKind::Place, if state { 5.0 } else { 4.0 });
        }
        // "Ryton, near Coventry": a place near a known one.
        if self.near_a_known_place() {
            v.add(EntityKind::Place, 3.0);
        }
        // "Electronic Arts, the world's biggest games publisher", "Oskar
        // Mobil, the Czech Republic's third largest mobile phone operator":
        // eight words reach the head past a possessive and adjectives.
        for (k, t) in self.tokens.iter().enumerate().skip(last + 1).take(8) {
            let w = t.word(self.text);
            // ", Conservative leader Kemi Badenoch": a title of the next name
            // (not ", the conciliation service. A ballot …", nor ", the
            // Twycross studio Microsoft bought", whose clause has no "that").
            let titles_next = self.close(k, k + 1)
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| is_capitalised(n.word(self.text)))
                && !(self.close(k + 1, k + 2) && is_business_verb(self.word(k + 2)));
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
            // "a former Ajax, AC Milan and Barcelona player": names listed
            // before a shared noun, no description of the first.
            let listed = w == "and"
                && !self.given
                && k > last + 1
                && is_capitalised(self.word(k - 1))
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| is_capitalised(n.word(self.text)))
                && (last + 1..k).all(|q| is_capitalised(self.word(q)));
            if listed {
                break;
            }
            // "Enrico Bondi, the company's administrator": the possessor is
            // no head.
            if t.possessive() {
                continue;
            }
            // "Scott Srebnick, a member of the legal team": the head comes
            // before a preposition.
            if matches!(
                w,
                "of" | "to" | "in" | "at" | "for" | "with" | "from" | "on" | "by" | "about"
            ) {
                break;
            }
            // "Billy Elliot, the film about a miner's son": a work's noun
            // that ends the description, or a clause's, is its head.
            let head_ends = self
                .tokens
                .get(k + 1)
                .is_none_or(|n| !self.close(k, k + 1) || is_clause_after_head(n.word(self.text)));
            // "Vera Drake, Mike Leigh's drama about …": a name's possessive
            // determines the noun as an article does.
            let opener = if matches!(
                self.word(last + 1),
                "the" | "a" | "an" | "his" | "her" | "its" | "their"
            ) {
                Some(last + 2)
            } else {
                (last + 1..k.min(last + 4))
                    .find(|&q| self.tokens.get(q).is_some_and(Token::possessive))
                    .filter(|&p| (last + 1..=p).all(|q| is_capitalised(self.word(q))))
                    .map(|p| p + 1)
            };
            let after_determiner = k <= last + 4
                && opener
                    .is_some_and(|o| (o..k).all(|q| self.word(q).starts_with(char::is_lowercase)));
            if lexicon::is_thing_noun(w) && head_ends && after_determiner {
                v.add(EntityKind::Other, 4.0);
                break;
            }
            // ", an ISIL gang leader": the role is the head, the group its modifier.
            let role_next = self
                .tokens
                .get(k + 1)
                .is_some_and(|n| lexicon::is_person_role(n.word(self.text)));
            // "Speaking in Gateshead, the prime minister said": the role
            // is the subject of the next clause, no appositive.
            let subject = self.close(k, k + 1)
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| is_clause_verb(n.word(self.text)));
            if subject {
                break;
            }
            // "Thom Tillis, a Republican, …": a party's member, the head.
            let member = matches!(
                w,
                "Republican" | "Democrat" | "Tory" | "Socialist" | "Communist"
            ) && !self
                .tokens
                .get(k + 1)
                .is_some_and(|n| self.close(k, k + 1) && is_capitalised(n.word(self.text)));
            // "Deloitte, the accountants, said": a firm named by its
            // partners' trade in the plural.
            if self.word(last + 1) == "the" && after_determiner && head_ends && is_partners(w) {
                v.add(EntityKind::Organization, 4.0);
                break;
            }
            // "Boots, the high street chemist": a shop's trade.
            if self.high_street(k) {
                v.add(EntityKind::Organization, 4.0);
                break;
            }
            // "the iPod Shuffle, a cheaper model without a screen": a
            // product's model, priced or sized, not a fashion model.
            let priced_model = w == "model"
                && k.checked_sub(1).is_some_and(|a| {
                    matches!(
                        self.word(a),
                        "cheaper"
                            | "pricier"
                            | "smaller"
                            | "slimmer"
                            | "lighter"
                            | "larger"
                            | "bigger"
                            | "newer"
                            | "latest"
                            | "new"
                            | "basic"
                            | "budget"
                            | "entry-level"
                            | "high-end"
                    )
                });
            if priced_model {
                v.add(EntityKind::Other, 4.0);
                break;
            }
            if lexicon::is_person_role(w) || (lexicon::is_org_cue(w) && role_next) || member {
                v.add(EntityKind::Person, 5.0);
                break;
            }
            // "Encore, his fifth studio album": a firm's noun modifying a
            // thing's is no head.
            let modifies_thing = self.close(k, k + 1)
                && self
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| lexicon::is_thing_noun(n.word(self.text)));
            // "Walter Wolfgang, an 82-year-old party member": a body's noun
            // before "member" says whose member the person is.
            if lexicon::is_org_cue(w) && self.close(k, k + 1) && self.word(k + 1) == "member" {
                v.add(EntityKind::Person, 4.0);
                break;
            }
            if (lexicon::is_org_cue(w) || is_band_noun(w)) && !modifies_thing {
                // "Kimberly Quinn, the publisher of …": after a given name,
                // a firm's noun may name a person's trade ("publisher"),
                // but no one is a group ("Christian Voice, a campaign group"),
                // nor the "third-largest" of a trade ("Oskar Mobil, the Czech
                // Republic's third-largest mobile phone operator").
                let ranked = (last + 1..k).any(|q| {
                    let r = self.word(q);
                    r.ends_with("largest") || r.ends_with("biggest")
                });
                // "Halifax, the UK's biggest mortgage lender": the first of
                // a trade outweighs a town's name, as "Liverpool, his former
                // club," does: a side named as such.
                let side = matches!(w, "club" | "side" | "team") && after_determiner && head_ends;
                let weight = if self.given && !is_collective(w) && !is_band_noun(w) && !ranked {
                    2.0
                } else if (ranked || side) && !self.given && !is_place_noun(w) {
                    12.0
                } else {
                    4.0
                };
                v.add(EntityKind::Organization, weight);
                break;
            }
        }
    }
}

/// A word that opens what is said of a description's head noun ("the film
/// about …", "the album that …").
fn is_clause_after_head(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "that"
            | "which"
            | "starring"
            | "directed"
            | "written"
            | "released"
            | "based"
            | "set"
            | "by"
            | "from"
            | "of"
            | "in"
            | "with"
    )
}

/// A verb of what a business or a body does, after "X, which": "runs",
/// "owns", "represents".
fn is_business_verb(word: &str) -> bool {
    matches!(
        word,
        "runs"
            | "owns"
            | "operates"
            | "employs"
            | "makes"
            | "manufactures"
            | "publishes"
            | "distributes"
            | "distributed"
            | "sells"
            | "supplies"
            | "bought"
            | "acquired"
            | "represents"
            | "organises"
            | "organizes"
            | "regulates"
            | "oversees"
            | "campaigns"
            | "lobbies"
            | "broadcasts"
            | "develops"
    )
}

/// A participle of what is done to a firm: "which was floated", "which
/// has been taken over".
fn is_business_passive(word: &str) -> bool {
    matches!(
        word,
        "floated"
            | "listed"
            | "privatised"
            | "privatized"
            | "nationalised"
            | "nationalized"
            | "demerged"
            | "taken"
            | "bought"
            | "acquired"
            | "founded"
            | "incorporated"
            | "delisted"
            | "valued"
            | "owned"
    )
}

/// A verb that opens a clause's predicate after its subject: "the minister
/// said", "the firm has".
fn is_clause_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "told"
            | "added"
            | "warned"
            | "announced"
            | "insisted"
            | "urged"
            | "has"
            | "had"
            | "is"
            | "was"
            | "will"
            | "would"
    )
}

/// A participle that opens what follows a description's head noun ("a
/// small computer aimed at …", "a firm owned by …"), or a word that
/// introduces a name or a clause.
fn is_participle_after_head(word: &str) -> bool {
    matches!(
        word,
        "based"
            | "known"
            | "called"
            | "named"
            | "whose"
            | "aimed"
            | "designed"
            | "used"
            | "made"
            | "owned"
            | "run"
            | "built"
            | "launched"
            | "developed"
            | "created"
            | "released"
            | "produced"
            | "founded"
            | "operated"
            | "backed"
            | "funded"
    )
}

/// An organisation's noun that never names a person's trade.
fn is_collective(word: &str) -> bool {
    matches!(
        word,
        "group"
            | "company"
            | "firm"
            | "charity"
            | "organisation"
            | "organization"
            | "party"
            | "union"
            | "association"
            | "foundation"
            | "agency"
            | "band"
            | "club"
            | "team"
            | "institute"
            | "coalition"
            | "alliance"
            | "society"
            | "federation"
            | "body"
            | "newspaper"
    )
}

/// A band by its size or its kind: "the Glasgow four-piece", "the
/// Manchester trio", "the indie outfit".
fn is_band_noun(word: &str) -> bool {
    matches!(
        word,
        "trio" | "duo" | "quartet" | "quintet" | "sextet" | "outfit" | "foursome"
    ) || word
        .strip_suffix("-piece")
        .is_some_and(|n| matches!(n, "three" | "four" | "five" | "six" | "seven"))
}

/// The partners of a firm in the plural, which British news names the firm
/// by: "KPMG, the accountants", "Savills, the estate agents".
fn is_partners(word: &str) -> bool {
    matches!(
        word,
        "accountants"
            | "auditors"
            | "solicitors"
            | "stockbrokers"
            | "brokers"
            | "consultants"
            | "agents"
            | "bankers"
            | "lawyers"
            | "architects"
            | "auctioneers"
            | "jewellers"
            | "builders"
            | "retailers"
    )
}
