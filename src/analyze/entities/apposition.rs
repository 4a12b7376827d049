//! A person's name in apposition after another name with no comma
//! ("Refugee Council Enver Solomon", "NASA Bill Ingalls"): where a cleaned
//! piece splits into the two names.

use super::discover::{is_name_start, Block};
use super::tokens::{is_acronym, is_capitalised};
use super::trim::Piece;
use super::{lexicon, names, places};

impl Block<'_> {
    /// "Refugee Council Enver Solomon", "NASA Bill Ingalls", "United States
    /// Hamdullah Mohib": a name that ends in an organisation's or place's
    /// word, an acronym or an ordinary noun, then a person's name in
    /// apposition with no comma. Returns the two names, the person's marked
    /// as titled; or the piece as it is.
    pub(super) fn apposition(&self, piece: Piece) -> Vec<Piece> {
        // "USS Carl Vinson": a ship named after a person.
        if piece
            .tokens
            .first()
            .is_some_and(|&t| lexicon::is_ship_prefix(self.word(t)))
        {
            return vec![piece];
        }
        let (p, titled) = (piece.tokens, piece.titled);
        // "Park Geun Hye": a family name that is a kind's word too ("Park")
        // opens an East Asian name, no place before a person.
        let family_first = (2..=3).contains(&p.len())
            && p.first()
                .is_some_and(|&t| names::is_east_asian_surname(self.word(t)));
        if family_first && names::is_east_asian_name(&self.words_of(&p)) {
            return vec![Piece { tokens: p, titled }];
        }
        let n = p.len();
        let split = [2, 3].into_iter().find_map(|len| {
            let k = n.checked_sub(len).filter(|&k| k >= 1)?;
            let (left, right) = (p.get(..k)?, p.get(k..)?);
            let last = self.word(*left.last()?);
            let words: Vec<&str> = right.iter().map(|&t| self.word(t)).collect();
            // A piece that opens like a person's name ("Lee Hsien Loong",
            // "William Clay Ford") is split only after a strong ending.
            let first = self.word(*p.first()?);
            let person_start = names::is_given_name(first) || names::is_east_asian_surname(first);
            // "Democrat Rod Blagojevich": a party's member ends a name too.
            let strong = lexicon::is_kind_suffix(last)
                || is_acronym(last)
                || places::is_place(last)
                || lexicon::is_org(last)
                || names::party(last).is_some();
            let weak = lexicon::is_generic(last)
                || ((self.stats.common(last) || lexicon::is_english_word(last))
                    && !names::is_given_name(last));
            // One ordinary word before a name ("Large Hadron Collider") is
            // an apposition only before a given name ("Scientologist Tom
            // Cruise").
            let given_next = names::is_given_name(self.word(*right.first()?));
            // An unknown word before a given name and a surname
            // ("Scientologist Tom Cruise") is a description too.
            // Not an initial ("L. Ron Hubbard") nor a given name that is
            // also a particle of names ("Farouk Ben Mustapha").
            let particle = matches!(
                self.word(*right.first()?),
                "Ben" | "Bin" | "Abu" | "Van" | "Von" | "De" | "Del" | "Da" | "Al" | "El"
            );
            // Not after a title either, where the word is the first of a
            // longer name ("President Susilo Bambang Yudhoyono").
            // Nor a surname that is no English word ("Hasan Ahmad Yunis":
            // names of two given names and a surname).
            let surname =
                names::is_surname(last) && !lexicon::is_english_word(&last.to_lowercase());
            // "Tahseen Ali Hassan": an unknown word shaped like no
            // description is the first of three names.
            let describes = lexicon::is_english_word(&last.to_lowercase())
                || super::candidate_words::is_demonym_noun(last)
                || [
                    "ist", "ite", "ian", "ean", "ese", "ish", "ic", "er", "man", "woman",
                ]
                .iter()
                .any(|s| last.ends_with(s));
            let lone_before_given = left.len() == 1
                && given_next
                && describes
                && !person_start
                && !particle
                && !surname
                && !titled
                && last.chars().count() > 2
                && !last.ends_with('.');
            // "Minister of Education Stefania Giannini": after a title, one
            // ordinary word is the title's complement, no name of its own.
            let title_of = self.after_title_of(*p.first()?);
            let after_title = titled || title_of;
            // "Mayor of Koszalin Piotr Jedlinski": a title's "of" takes one
            // word, whatever it is, before a given name.
            let complement = after_title
                && left.len() == 1
                && !person_start
                && ((weak && !strong) || (title_of && given_next));
            // "the United States Donald Trump", "Hong Kong Carrie Lam": a
            // known place (not one named like a person, as "Georgia May
            // Jagger" is) ends a name before a given name, which vouches for
            // the surname even when it is an English word.
            let after_place = given_next
                && !names::is_given_name(first)
                && words.iter().all(|w| plain_name_word(w))
                && places::is_place(
                    &left
                        .iter()
                        .map(|&t| self.word(t))
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            let ends_name = strong
                || after_place
                || (weak && !person_start && (left.len() > 1 || given_next))
                || lone_before_given
                || complement;
            // "Red Hat Enterprise Linux": after a weak ending, an English
            // word that is no given name continues the name.
            let english_first = words
                .first()
                .is_some_and(|w| lexicon::is_english_word(w) && !names::is_given_name(w));
            // "Conservative Stephen Day": after a strong ending, a given
            // name vouches for a surname that is also a kind word.
            let person = (self.apposed_person(&words)
                || after_place
                || (strong && names::is_given_name_surname(&words)))
                && (strong || after_title || !english_first);
            // After such a description, a given name vouches for the
            // surname even when it is an English word ("Tom Cruise").
            let given_person = lone_before_given
                && words.len() == 2
                && words.iter().all(|w| plain_name_word(w))
                && words.last().is_some_and(|w| w.chars().count() > 2);
            // "Rocky De | La Fuente": a particle ends no name, whatever the
            // corpus writes in lower case ("de Blasio", Spanish quotes).
            let left_name = is_name_start(last) && !lexicon::is_particle(&last.to_lowercase());
            // The complement is dropped when it is an ordinary word
            // ("Education"), kept as a name when not ("Koszalin").
            let description = (lone_before_given && !strong && !weak) || (complement && weak);
            (ends_name && (person || given_person) && left_name && !lexicon::is_stopword(last))
                .then_some((k, description))
        });
        match split {
            Some((k, description)) => {
                let mut right = p;
                let left: Vec<usize> = right.drain(..k).collect();
                let right = Piece {
                    tokens: right,
                    titled: true,
                };
                if description {
                    vec![right]
                } else {
                    vec![
                        Piece {
                            tokens: left,
                            titled,
                        },
                        right,
                    ]
                }
            }
            None => vec![Piece { tokens: p, titled }],
        }
    }

    /// Token `t` follows a title and "of" or "for" ("Minister of …").
    fn after_title_of(&self, t: usize) -> bool {
        let (Some(of), Some(title)) = (t.checked_sub(1), t.checked_sub(2)) else {
            return false;
        };
        matches!(self.word(of), "of" | "for")
            && self.adjacent(title, of)
            && self.adjacent(of, t)
            && (lexicon::is_title(self.word(title))
                || super::cues::is_member_of_parliament(self.word(title)))
    }

    /// The words after a name that are a person's name of their own: name
    /// words, no lone initial first, a last word that is no English word,
    /// and a given name first or a person's shape.
    fn apposed_person(&self, words: &[&str]) -> bool {
        words.iter().all(|w| plain_name_word(w))
            && words.first().is_some_and(|w| w.chars().count() > 1)
            && words
                .last()
                .is_some_and(|w| w.chars().count() > 1 && !lexicon::is_english_word(w))
            && (words.first().is_some_and(|w| names::is_given_name(w)) || self.person_shaped(words))
    }
}

/// Capitalised, not an acronym, not a kind word such as "Party".
fn plain_name_word(w: &str) -> bool {
    is_capitalised(w) && !is_acronym(w) && !lexicon::is_kind_suffix(w)
}
