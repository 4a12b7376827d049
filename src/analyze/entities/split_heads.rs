//! Names that open a longer run of capitalised words and end before the
//! rest: a storm's kind and given name ("Hurricane Humberto Intermediate
//! Advisory"), a party before its spokesman's portfolio ("Lib Dem Treasury
//! spokesman"), a name before the people's adjective that ends its run
//! ("Tampa Bay Buccaneers American football"), a country before its
//! leader's government ("the U.S. Bush administration"), a party before
//! its leader after "of" ("the National Alliance of Gianfranco Fini").

use super::discover::Block;
use super::names;
use super::tokens::is_capitalised;

impl Block<'_> {
    /// "Hurricane Humberto Intermediate Advisory Number": a storm's name
    /// ends at its given name.
    pub(super) fn split_storm(&self, mut piece: Vec<usize>) -> Vec<Vec<usize>> {
        let words: Vec<&str> = piece.iter().map(|&t| self.word(t)).collect();
        let len = match words.as_slice() {
            ["Tropical" | "Subtropical", "Storm" | "Depression" | "Cyclone", ..] => 3,
            ["Hurricane" | "Typhoon" | "Cyclone", ..] => 2,
            _ => return vec![piece],
        };
        let rest_is_name = words.get(len).is_some_and(|w| is_capitalised(w));
        if words.len() <= len || !rest_is_name {
            return vec![piece];
        }
        let rest = piece.split_off(len);
        vec![piece, rest]
    }

    /// "Lib Dem Treasury spokesman Vince Cable", "Tory Home Office
    /// minister": a party, then the office its spokesman shadows, before
    /// the role's lower-case noun. The party is a name; the office is a
    /// second one, not part of the party's.
    pub(super) fn split_party_office(&self, mut piece: Vec<usize>) -> Vec<Vec<usize>> {
        let role_after = piece.len() > 1
            && piece.last().is_some_and(|&t| {
                self.adjacent(t, t + 1) && super::lexicon::is_person_role(self.word(t + 1))
            });
        if !role_after {
            return vec![piece];
        }
        let words: Vec<&str> = piece.iter().map(|&t| self.word(t)).collect();
        let office = |rest: &[&str]| match rest {
            [one] => names::is_institution(one),
            [_, "Office"] => true,
            _ => false,
        };
        // "The Tory Home Office spokesman": the article is trimmed later.
        let from = usize::from(words.first() == Some(&"The"));
        let at = (from + 1..=from + 2).find(|&k| {
            words
                .get(from..k)
                .is_some_and(|p| names::party(&p.join(" ")).is_some())
                && words
                    .get(k..)
                    .is_some_and(|rest| rest.iter().all(|w| is_capitalised(w)) && office(rest))
        });
        match at {
            Some(k) => {
                let rest = piece.split_off(k);
                vec![piece, rest]
            }
            _ => vec![piece],
        }
    }

    /// "the U.S. Bush administration", "the French Chirac government", "the
    /// Labour Blair government": a country, its people's adjective or a
    /// party before one name and a government's noun. The leader's surname
    /// is a name of its own (not "the Welsh Assembly government").
    pub(super) fn split_leader_government(&self, mut piece: Vec<usize>) -> Vec<Vec<usize>> {
        // "The U.S. Bush administration": the article is trimmed later.
        let from = usize::from(piece.first().is_some_and(|&t| self.word(t) == "The"));
        let Some(&[country, leader]) = piece.get(from..) else {
            return vec![piece];
        };
        let (c, l) = (self.word(country), self.word(leader));
        let government_after = self.adjacent(leader, leader + 1)
            && super::around_words::is_government_noun(self.word(leader + 1));
        let splits = government_after
            && (super::places::is_known_place(c)
                || super::lexicon::is_demonym(c)
                || names::party(c).is_some())
            && !super::places::is_known_place(l)
            && !super::lexicon::is_demonym(l)
            && !super::tokens::is_acronym(l)
            && !names::is_institution(l)
            && !super::lexicon::is_kind_suffix(l)
            && !is_government_adjective(l);
        if !splits {
            return vec![piece];
        }
        let rest = piece.split_off(from + 1);
        vec![piece, rest]
    }

    /// "the Tampa Bay Buccaneers American football team": a people's
    /// adjective ending the piece modifies the lower-case noun after it.
    /// Not "Native American tribes", "Peter Pan", "Citizen of Chinese
    /// descent": what stays must be a name of its own.
    pub(super) fn ends_in_peoples_adjective(&self, p: &[usize]) -> bool {
        let national_adjective = |w: &str| {
            super::lexicon::is_demonym(w)
                && w.len() >= 5
                && ["an", "ish", "ese", "i"].iter().any(|e| w.ends_with(e))
        };
        let stays_a_name = match p {
            [one, _] => !super::lexicon::is_english_word(self.word(*one)),
            [.., before, _] => super::discover::is_name_start(self.word(*before)),
            _ => false,
        };
        stays_a_name
            && p.last().is_some_and(|&t| {
                national_adjective(self.word(t))
                    && self.adjacent(t, t + 1)
                    && self.word(t + 1).starts_with(char::is_lowercase)
            })
    }

    /// "the National Alliance of Gianfranco Fini", "the Northern League of
    /// Umberto Bossi": a body's "of" before a given name and a surname that
    /// end the run names its leader, a person of their own (not "the Church
    /// of Jesus Christ", a faith's, nor "Our Lady of …").
    pub(super) fn leader_after_of(&self, run: &[usize], k: usize) -> bool {
        let prev = k.checked_sub(1).and_then(|p| run.get(p));
        let (Some(&prev), Some(&given), Some(&surname)) = (prev, run.get(k + 1), run.get(k + 2))
        else {
            return false;
        };
        let (given, surname) = (self.word(given), self.word(surname));
        run.len() == k + 3
            && k >= 2
            && !is_faith_head(self.word(prev))
            && names::is_given_name(given)
            && !matches!(given, "Jesus" | "Christ" | "Mary" | "Saint")
            && !super::places::is_place(given)
            && is_capitalised(surname)
            && !super::lexicon::is_english_word(&surname.to_lowercase())
            && !super::lexicon::is_kind_suffix(surname)
            && !super::places::is_place(surname)
    }
}

/// A word that says what sort a government is, not whose ("the U.S.
/// Federal government", "the Iraqi Interim government").
fn is_government_adjective(word: &str) -> bool {
    matches!(
        word,
        "Federal"
            | "National"
            | "Central"
            | "Provisional"
            | "Interim"
            | "Transitional"
            | "Coalition"
            | "Unity"
            | "Military"
            | "Imperial"
            | "Royal"
            | "Colonial"
            | "Communist"
            | "Socialist"
            | "Regional"
            | "State"
            | "Local"
            | "Puppet"
    )
}

/// A body of a faith, named after whom it serves ("Church of", "Order of").
fn is_faith_head(word: &str) -> bool {
    matches!(
        word,
        "Church"
            | "Cathedral"
            | "Basilica"
            | "Chapel"
            | "Order"
            | "Society"
            | "Sisters"
            | "Brothers"
            | "Shrine"
            | "Lady"
            | "Temple"
    )
}
