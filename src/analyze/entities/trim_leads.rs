//! What the first word of a piece is when it is neither a title nor a
//! plain part of the name: a group of a body's people ("Farmers of …"),
//! the office after a title's "of", a demonym describing the name after
//! it, or a word that only opens the sentence.

use super::discover::{is_name_start, Block};
use super::tokens::is_acronym;
use super::trim_words::is_trade_noun;
use super::{lexicon, names, nationality, places};

impl Block<'_> {
    /// "AEW (All Elite Wrestling)", "MVP (Most Valuable Player)": the piece
    /// opens a bracket whose words' initials spell the capitals before it.
    pub(super) fn spells_acronym_before(&self, p: &[usize]) -> bool {
        let Some((first, before)) = p.first().and_then(|&f| Some((f, f.checked_sub(1)?))) else {
            return false;
        };
        let acronym = self.word(before);
        super::tokens::gap(self.text, self.tokens, before, first) == Some(" (")
            && is_acronym(acronym)
            && super::shortforms::initials(&self.words_of(p).join(" ")) == acronym
    }

    /// "Farmers of the Chongsan Co-operative Farm", "Students of Kim Il
    /// Sung University": a plural common noun opening the sentence, then
    /// "of" and a body's or a place's whole name, names some of its people,
    /// not the body (not "Friends of the Earth", "Veterans of Foreign Wars").
    pub(super) fn group_of_body(&self, p: &[usize]) -> bool {
        let (Some(&first), Some(&last)) = (p.first(), p.last()) else {
            return false;
        };
        let w = self.word(first);
        let l = self.word(last);
        self.initial(first)
            && w.len() > 3
            && w.ends_with('s')
            && lexicon::is_english_word(w)
            && !lexicon::is_kind_suffix(w)
            && (lexicon::is_org_suffix(l) || lexicon::is_place_suffix(l))
    }

    /// The first word of `p` is a word of the office after a title and its
    /// "of": a title modifier or an ordinary word, as are the words between
    /// it and the "of" ("Secretary of State", "Minister of Foreign
    /// Affairs"), and a name or another "of" follows the office in `p`
    /// (not "Officer of Red Hat", "Governor of New Mexico").
    pub(super) fn in_office(&self, p: &[usize]) -> bool {
        let office_word = |w: &str| {
            lexicon::is_title_modifier(w)
                || (lexicon::is_english_word(w) && !names::is_given_name(w))
        };
        let Some(&first) = p.first() else {
            return false;
        };
        // Back over at most three office words to "<title> of"; the cheap
        // test, so that most pieces stop here.
        let mut k = first;
        let after_title_of = loop {
            let Some(before) = k.checked_sub(1) else {
                break false;
            };
            // "Minister of Electric Power Industry, Ho Thaek": a comma ends
            // the office.
            if !self.adjacent(before, k) {
                break false;
            }
            let w = self.word(before);
            if w == "of" {
                break before
                    .checked_sub(1)
                    .is_some_and(|q| super::portfolios::is_office_title(self.word(q)));
            }
            if !(is_name_start(w) && office_word(w)) || first - before > 3 {
                break false;
            }
            k = before;
        };
        if !after_title_of {
            return false;
        }
        let words = self.words_of(p);
        let office = words.iter().take_while(|w| office_word(w)).count();
        office > 0 && office < words.len() && !places::is_known_place(&words.join(" "))
    }

    /// "Phonographic Industry": a last word that is an ordinary one and no
    /// listed surname, which a body's name ends in more often than a
    /// person's with no known given name.
    fn ordinary_last(words: &[&str]) -> bool {
        words
            .last()
            .is_some_and(|l| lexicon::is_english_word(l) && !names::is_surname(l))
    }

    /// "Chinese President Xi", "Muslim Zara Kay", "the British FTSE", not
    /// "French Guiana" nor "British Phonographic Industry": a demonym
    /// describing the person or body named after it.
    pub(super) fn demonym_before_name(&self, p: &[usize]) -> bool {
        let others: Vec<&str> = p.iter().skip(1).map(|&t| self.word(t)).collect();
        // Not "British American Tobacco": two nations' adjectives before a
        // firm's trade are the firm's name.
        let firm = others.last().is_some_and(|l| names::is_company_word(l));
        p.get(1).is_some_and(|&n| {
            let n = self.word(n);
            lexicon::is_title(n)
                || lexicon::is_title_modifier(n)
                || (lexicon::is_demonym(n) && !firm)
        }) || (others.len() >= 2
            && (others.first().is_some_and(|n| names::is_given_name(n))
                || (self.person_shaped(&others) && !Self::ordinary_last(&others))))
            // "the British FTSE", "the German DAX": a nation's index or body.
            || matches!(others.as_slice(), [acronym] if is_acronym(acronym))
    }

    /// The first word of `p` is either word of a nation's two-word
    /// adjective ("Sri Lankan") before a person or body it describes.
    pub(super) fn pair_adjective_lead(&self, p: &[usize]) -> bool {
        let Some(&first) = p.first() else {
            return false;
        };
        let w = self.word(first);
        match p.get(1) {
            Some(&next) if nationality::is_pair_adjective(w, self.word(next)) => p
                .get(1..)
                .is_some_and(|rest| self.demonym_before_name(rest)),
            _ => {
                first.checked_sub(1).is_some_and(|before| {
                    self.adjacent(before, first)
                        && nationality::is_pair_adjective(self.word(before), w)
                }) && self.demonym_before_name(p)
            }
        }
    }

    /// The first word of `p` opens the sentence and is no part of the name:
    /// a verb or an adverb never capitalised elsewhere ("Enrolling
    /// Minetest", "Reportedly Apple"), or a word seen in lower case
    /// elsewhere or glued to an acronym ("Rival AMD", "Regulator FCA"),
    /// where a real name would rarely stand.
    pub(super) fn opener(&self, p: &[usize]) -> bool {
        // "New York, Madrid and Moscow are bidding", "General Motors
        // said", where the corpus writes "new" and "general" in lower
        // case: a listed place's or body's first word (asked last, as
        // few openers are).
        let known_opens = || {
            (2..=p.len().min(3)).any(|n| {
                let name = self.words_of(p.get(..n).unwrap_or(p)).join(" ");
                places::is_place(&name) || lexicon::is_org(&name)
            })
        };
        self.opening_word(p) && !known_opens()
    }

    /// The first word of `p` opens the sentence and reads as no name's
    /// by its own form or the corpus's counts (see `opener`).
    fn opening_word(&self, p: &[usize]) -> bool {
        let Some(&first) = p.first() else {
            return false;
        };
        let w = self.word(first);
        if p.len() < 2 || !self.initial(first) || self.stats.cap_mid(w) > 0 {
            return false;
        }
        // Not "Downing Street", "Reading Festival": a place's or an
        // event's kind word after it makes it a name's first word (not
        // "Proroguing Parliament").
        let kind_next = p.get(1).is_some_and(|&n| {
            let n = self.word(n);
            lexicon::is_place_suffix(n) || lexicon::is_event_suffix(n)
        });
        // "World Snooker said", "International Paper said": a body's
        // scope before a capitalised word opens its name, however often
        // the corpus writes "world" in lower case.
        if matches!(
            w,
            "World" | "International" | "National" | "Royal" | "Global"
        ) {
            return false;
        }
        if w.chars().count() > 5
            && (w.ends_with("ing") || w.ends_with("ly"))
            && !kind_next
            && !places::is_place(w)
            && !names::is_given_name(w)
        {
            // "Currently Tony Blair", "Speaking Mr Blair" (not "Kimberly
            // Quinn").
            return true;
        }
        // "Team-mate Jenson Button", "Co-founder Sergey Brin": a
        // compound of ordinary words before a given name (not
        // "Non-Aligned Movement").
        if w.contains('-')
            && w.split('-')
                .all(|part| lexicon::is_english_word(&part.to_lowercase()))
            && p.get(1)
                .is_some_and(|&n| names::is_given_name(self.word(n)))
            && !places::is_place(w)
        {
            return true;
        }
        // "Conglomerate Adani Group", "Carmaker Tesla": what a firm does,
        // written before its name.
        // … and in the plural before a list ("Rivals Vodafone, Orange and
        // T-Mobile").
        let lower = w.to_lowercase();
        // "Double Olympic champion Kelly Holmes", "Veteran French actor …":
        // an ordinary word before a nationality's adjective, and no more.
        let adjective_next = p.get(1).is_some_and(|&n| {
            let n = self.word(n);
            lexicon::is_demonym(n) || matches!(n, "Olympic" | "Paralympic")
        });
        if p.len() == 2 && adjective_next && lexicon::is_english_word(&lower) {
            return true;
        }
        if is_trade_noun(&lower) || lower.strip_suffix('s').is_some_and(is_trade_noun) {
            return true;
        }
        // ("Reform UK": a country's acronym ends many names; "Lloyds TSB":
        // no ordinary word, so a name's.)
        let before_acronym = p.get(1).is_some_and(|&n| {
            let n = self.word(n);
            is_acronym(n) && !places::is_known_place(n)
        });
        // "Bill Gates said", "Will Whitehorn, its president, said": a given
        // name before a family name opens a person's name, though the
        // corpus writes "bill" and "will" in lower case (not "Will Britain
        // agree?", a question).
        let family_next = || {
            p.get(1).is_some_and(|&n| {
                let n = self.word(n);
                names::is_surname(n)
                    || names::is_word_surname(n)
                    || !(lexicon::is_english_word(&n.to_lowercase())
                        || places::is_place(n)
                        || lexicon::is_org(n)
                        || is_acronym(n)
                        || names::is_camel_case(n))
            })
        };
        if p.len() == 2 && names::is_given_name(w) && family_next() && !self.question(first) {
            return false;
        }
        // "Hurricane Ivan forced …" where the article speaks of "the
        // hurricane season": a storm's kind word opens its name.
        let storm = matches!(w, "Hurricane" | "Typhoon" | "Cyclone" | "Storm");
        !is_acronym(w)
            && !places::is_place(w)
            && !lexicon::is_org(w)
            && !storm
            && (self.stats.lower(w) > 0 || (before_acronym && is_common_opener(w)))
    }
}

/// "Regulator Ofcom", "Chipmaker AMD": an ordinary word or a maker, no
/// given name, that may open a sentence before an acronym's name.
fn is_common_opener(word: &str) -> bool {
    (lexicon::is_english_word(word) || word.ends_with("maker")) && !names::is_given_name(word)
}
