//! Resolving short forms within one article, the last of [`Grouping`]'s
//! steps: surnames and given names alone, organisations' first words,
//! names' leading words, storms' given names and ships' names, each pointed
//! at the longer name it stands for.

use super::article::LocalEntity;
use super::classify::LISTED_PLACE;
use super::coordination::SHAPE_ONLY;
use super::grouping::{known, Grouping};
use super::hash::HashMap;
use super::shortforms;
use super::tokens::is_acronym;
use super::{lexicon, names, places, EntityKind};

/// A body's vote for a name the article's other body opens with: above a
/// person's shape over a few mentions, under any cue.
const SISTER_FIRM: f32 = 0.5;

/// Body evidence over a lone word's mentions that makes it a firm named
/// after a family rather than a surname: a trade's noun before it ("maker
/// Dyson") and a little more, or two cues (a possessive's officers, a
/// firm's trade).
const FAMILY_FIRM: f32 = 6.0;

/// Person evidence that only a title or an honorific gives a lone word
/// (see `candidate`'s weights for "Mr Field").
const HONOURED_SURNAME: f32 = 6.0;

/// The article's indexes of full names that short forms resolve to.
struct FullNames {
    /// Personal names by first, last and trailing words, lower-cased.
    by_word: HashMap<String, Vec<usize>>,
    /// Organisations by first word ("Lloyds" of "Lloyds Banking Group").
    org_heads: HashMap<String, Vec<usize>>,
    /// Names by their leading words ("Supreme Court" of "Supreme Court of Cassation").
    prefixes: HashMap<String, Vec<usize>>,
    /// Sports clubs and bodies by the last word that names them ("United"
    /// of "Manchester United", "Commission" of "European Commission").
    body_tails: HashMap<String, Vec<usize>>,
    /// Things by their last word ("Stream" of "CentOS Stream").
    thing_tails: HashMap<String, Vec<usize>>,
    /// Named storms by their given name ("Dorian" of "Hurricane Dorian"),
    /// ships without their prefix ("Carl Vinson" of "USS Carl Vinson").
    prefixed: HashMap<String, Vec<usize>>,
}

/// What a local entity is to the article's other entities.
enum ShortForm {
    /// A short form of this entity: an organisation's first word or a
    /// name's leading words.
    Part(usize),
    /// A surname or given name of this full name; `cues_person` when the
    /// short form is the kind of word that makes the full name a person's.
    Name { full: usize, cues_person: bool },
    /// Alone in the article; `lone` when it may be a surname of a full
    /// name in another article.
    Alone { lone: bool },
    /// A firm named after the family of a full name of the article: a
    /// name of its own, though only sentences open with it ("Ford has
    /// lost market share … chairman Bill Ford").
    FamilyFirm,
    /// None of these.
    Neither,
}

impl Grouping {
    /// Surnames and given names alone resolve to the full name of the same
    /// article, organisations' first words and names' leading words to the
    /// longer name.
    pub(super) fn resolve_short_forms(&mut self) {
        let full = FullNames {
            by_word: shortforms::name_index(&self.entities, &self.weak),
            org_heads: shortforms::org_heads(&self.entities, &self.weak),
            prefixes: shortforms::name_prefixes(&self.entities, &self.weak),
            prefixed: shortforms::prefixed_names(&self.entities),
            body_tails: shortforms::body_tails(&self.entities, &self.weak),
            thing_tails: shortforms::thing_tails(&self.entities, &self.weak),
        };
        let mut surname_of: Vec<bool> = vec![false; self.entities.len()];
        for id in 0..self.entities.len() {
            // The full name of a short form already ("Apple" of "Apple
            // Computer") is not pointed back at it, which would make a
            // cycle; "Abbas" of "Abu Mazen" still joins "Mahmoud Abbas".
            let cycle = |f: usize| self.root(f) == id;
            match self.short_form(id, &full) {
                ShortForm::Part(f) | ShortForm::Name { full: f, .. } if cycle(f) => {}
                ShortForm::Part(f) => self.point(id, f),
                ShortForm::Name { full, cues_person } => {
                    self.point(id, full);
                    if let Some(s) = surname_of.get_mut(full).filter(|_| cues_person) {
                        *s = true;
                    }
                }
                ShortForm::Alone { lone } => {
                    if let Some(e) = self.entities.get_mut(id) {
                        e.lone_name = lone;
                    }
                }
                ShortForm::FamilyFirm => {
                    if let Some(w) = self.weak.get_mut(id) {
                        *w = false;
                    }
                }
                ShortForm::Neither => {}
            }
        }
        for (e, &hit) in self.entities.iter_mut().zip(&surname_of) {
            if hit {
                e.votes.add(EntityKind::Person, 2.0);
            }
        }
        // "Reliance Infocomm" beside "Reliance Industries": a name that a
        // body of the article opens with, and only its shape a person's
        // (no given name first), is the body's sister firm or arm (not
        // "JP McManus" beside "JP Morgan", initials; nor "Tupua Tamasese
        // Meaole" beside the hospital named after him).
        let sisters: Vec<usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|&(id, e)| {
                let Some((head, _)) = e.name.split_once(' ') else {
                    return false;
                };
                let Some(bodies) = full.org_heads.get(head) else {
                    return false;
                };
                let named_after = |o: &LocalEntity| {
                    o.name
                        .strip_prefix(e.name.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
                };
                e.votes.best() == EntityKind::Person
                    && person_by_shape_only(e)
                    && !is_acronym(head)
                    && !names::is_given_name(head)
                    && bodies
                        .iter()
                        .any(|&f| f != id && self.entities.get(f).is_some_and(|o| !named_after(o)))
            })
            .map(|(id, _)| id)
            .collect();
        for id in sisters {
            if let Some(e) = self.entities.get_mut(id) {
                e.votes.add(EntityKind::Organization, SISTER_FIRM);
            }
        }
    }

    /// What entity `id` is a short form of, if anything.
    fn short_form(&self, id: usize, full: &FullNames) -> ShortForm {
        let Some(e) = self.entities.get(id) else {
            return ShortForm::Neither;
        };
        // A short form already.
        if self.target.get(id).is_some_and(Option::is_some) {
            return ShortForm::Neither;
        }
        let one_word = !e.name.contains(' ');
        let unknown = e.gazetteer.is_none() && !known(&e.name);
        let only = |index: &HashMap<String, Vec<usize>>| match index.get(e.name.as_str()) {
            Some(list) if list.len() == 1 => list.first().copied(),
            _ => None,
        };
        // "Dorian" after "Hurricane Dorian", "Carl Vinson" after "USS Carl Vinson".
        if let Some(f) = only(&full.prefixed) {
            return ShortForm::Part(f);
        }
        // "United" after "Manchester United", "the Commission" after "the
        // European Commission"; of two bodies ending in the word
        // ("Shareholders United", "Newcastle United"), the one the article
        // names most, or else first.
        let most_named = full.body_tails.get(e.name.as_str()).and_then(|list| {
            let count = |f: usize| self.entities.get(f).map_or(0, |b| b.count);
            list.iter()
                .copied()
                .max_by_key(|&f| (count(f), std::cmp::Reverse(f)))
        });
        if let Some(f) = most_named.filter(|_| one_word) {
            return ShortForm::Part(f);
        }
        // "Stream" after "CentOS Stream": a word that the article's own
        // words hardly type (not "Craiova" of "Universitatea Craiova",
        // named "in Craiova"), no acronym.
        let untyped = e.votes.total() < 0.5 * e.count as f32;
        if let Some(f) = only(&full.thing_tails)
            .filter(|&f| f < id && one_word && unknown && untyped && !is_acronym(&e.name))
        {
            return ShortForm::Part(f);
        }
        // "Mr Mittal" beside "Lakshmi Mittal" is the person, though the
        // article names "Mittal Steel" too.
        let ends_full_name = full
            .by_word
            .get(&e.name.to_lowercase())
            .is_some_and(|list| list.iter().any(|&f| self.ends_with_word(f, &e.name)));
        let surname = e.votes.best() == EntityKind::Person && ends_full_name;
        // "four from Plaid" beside "Plaid Cymru": a preposition's lean to
        // a place, about one vote a mention, does not part a body's first
        // word from it.
        let placed =
            e.votes.best() == EntityKind::Place && e.votes.get(EntityKind::Place) > e.count as f32;
        let short_org = one_word && unknown && !placed && !surname;
        // Not "SPA" of "SPA Presidium": an acronym before an organ's word
        // names the parent body ("NPD" of "NPD Group" is the firm).
        let organ_of = |f: usize| {
            is_acronym(&e.name)
                && self
                    .entities
                    .get(f)
                    .and_then(|l| l.name.split_once(' '))
                    .is_some_and(|(_, rest)| is_organ(rest))
        };
        // The longer name `f` only adds what kind of body it is ("Aer
        // Lingus Group PLC").
        let kind_only_added = |f: usize| {
            self.entities.get(f).is_some_and(|l| {
                l.name
                    .get(e.name.len()..)
                    .is_some_and(|rest| rest.split_whitespace().all(lexicon::is_org_suffix))
            })
        };
        // Nor "Boots", named first and most, of "its Boots Opticians chain":
        // a body of its own beside the one named after it; nor an acronym
        // ("BBC" beside "BBC Worldwide", "ONGC" beside "ONGC Videsh"), the
        // parent whose letters name its parts.
        let own_body = |f: usize| {
            self.entities.get(f).is_some_and(|l| {
                (is_acronym(&e.name) || id < f && e.count > l.count) && !kind_only_added(f)
            })
        };
        if let Some(f) =
            only(&full.org_heads).filter(|&f| short_org && !organ_of(f) && !own_body(f))
        {
            return ShortForm::Part(f);
        }
        // "Leicester" beside "Leicester City", where the article makes the
        // town a side: the club by its town alone.
        let side =
            one_word && places::is_place(&e.name) && e.votes.best() == EntityKind::Organization;
        let club_of_town = |f: usize| {
            self.entities.get(f).is_some_and(|l| {
                l.name.strip_prefix(e.name.as_str()).is_some_and(|rest| {
                    let rest = rest.trim_start();
                    !rest.contains(' ')
                        && (names::is_club_suffix(rest) || names::is_town_club_word(rest))
                })
            })
        };
        if let Some(f) = only(&full.org_heads).filter(|&f| side && f != id && club_of_town(f)) {
            return ShortForm::Part(f);
        }
        // "Supreme Court" after "Supreme Court of Cassation"; but "Red Hat"
        // named before "Red Hat Enterprise Linux" is a name of its own
        // (entities are numbered in order of first mention), unless the
        // rest only says what kind of body it is ("Aer Lingus Group PLC").
        let short_name = !one_word && unknown && e.votes.best() != EntityKind::Person;
        // Nor is a place the short form of a body named after it ("Greater
        // Manchester" of "Greater Manchester Police").
        let place = e.votes.best() == EntityKind::Place;
        let refers_to = |f: usize| {
            let full = self.entities.get(f);
            if place && full.is_some_and(|l| l.votes.best() != EntityKind::Place) {
                return false;
            }
            f < id || kind_only_added(f)
        };
        if let Some(f) = only(&full.prefixes).filter(|&f| short_name && f != id && refers_to(f)) {
            return ShortForm::Part(f);
        }
        // The one full personal name filed under `key`, no other.
        let one_full_name = |key: String| match full.by_word.get(&key).map(Vec::as_slice) {
            Some(&[f]) if f != id => Some(ShortForm::Name {
                full: f,
                cues_person: true,
            }),
            _ => None,
        };
        // "M Riley" of "Mike Riley", when no other full name has those
        // initials and surname.
        if let Some(key) = shortforms::initialled(&e.name).filter(|_| unknown) {
            return one_full_name(key).unwrap_or(ShortForm::Neither);
        }
        // "South African Els" of "Ernie Els".
        if let Some(name) = shortforms::after_nationality(&e.name)
            .filter(|_| unknown)
            .and_then(one_full_name)
        {
            return name;
        }
        let lower = e.name.to_lowercase();
        // "Mr Paisley" of "Ian Paisley": a town's name that a title or the
        // like makes a person's somewhere in the article is a surname all
        // the same (the town's list votes for each mention, a headline's too).
        // "Lewis Hamilton … said Hamilton": a town the list alone types
        // (no word around any mention says place, club or firm) that ends
        // the article's full personal name is its surname.
        let listed_only = e.votes.get(EntityKind::Place) <= LISTED_PLACE * e.count as f32
            && [
                EntityKind::Organization,
                EntityKind::Event,
                EntityKind::Other,
            ]
            .iter()
            .all(|&k| e.votes.get(k) == 0.0)
            && ends_full_name;
        let surname_like_place = e.gazetteer.is_none()
            && places::is_place(&e.name)
            && (e.votes.best() == EntityKind::Person
                || e.votes.get(EntityKind::Person) >= HONOURED_SURNAME
                || listed_only);
        let single = one_word && (unknown || surname_like_place) && !is_acronym(&e.name);
        // "Van Nistelrooy" of "Ruud van Nistelrooy": a particle opens the
        // tail of a personal name whatever the words around it say.
        let particle = lower.split(' ').next().is_some_and(lexicon::is_particle);
        let tail = !one_word
            && unknown
            && (e.votes.person_like() || particle)
            && full.by_word.contains_key(&lower);
        // "Toyota overtakes Ford … Ford chairman Bill Ford … Ford's shares
        // fell": a family's name named before the person, that its own
        // mentions make a body's and no cue a person's, is the firm named
        // after the family, not the chairman's surname; nor is it the first
        // word of a name that only its shape makes a person's ("Arcelor …
        // to be called Arcelor Mittal").
        let candidates = full.by_word.get(&lower);
        let named_for_family = |x: &LocalEntity| {
            let opens = x
                .name
                .strip_prefix(e.name.as_str())
                .is_some_and(|rest| rest.starts_with(' '));
            x.votes.best() == EntityKind::Person
                && (names::starts_with_given_name(&x.name) || (person_by_shape_only(x) && opens))
        };
        let family_firm = e.votes.best() == EntityKind::Organization
            && person_by_shape_only(e)
            && e.votes.get(EntityKind::Organization) >= FAMILY_FIRM
            && candidates.is_some_and(|list| {
                list.iter()
                    .all(|&f| f > id && self.entities.get(f).is_some_and(named_for_family))
            });
        if family_firm {
            return ShortForm::FamilyFirm;
        }
        if !single && !tail {
            return ShortForm::Neither;
        }
        self.personal_name(id, e, candidates)
    }

    /// The name of entity `f` ends in `word`.
    fn ends_with_word(&self, f: usize, word: &str) -> bool {
        self.entities
            .get(f)
            .and_then(|x| x.name.rsplit(' ').next())
            .is_some_and(|l| l.eq_ignore_ascii_case(word))
    }

    /// The full personal name that `e` (a lone word or a name's tail) is
    /// part of: the most mentioned of `candidates`.
    fn personal_name(
        &self,
        id: usize,
        e: &LocalEntity,
        candidates: Option<&Vec<usize>>,
    ) -> ShortForm {
        let best = candidates.and_then(|list| {
            list.iter()
                .copied()
                .filter(|&f| f != id)
                .max_by_key(|&f| (self.entities.get(f).map_or(0, |x| x.count), usize::MAX - f))
        });
        let Some(f) = best else {
            let lone = e.votes.person_like() && !self.weak.get(id).copied().unwrap_or(true);
            return ShortForm::Alone { lone };
        };
        // A firm is seldom called by its last word alone: a surname is
        // a person cue for the full name.
        let whole = self.entities.get(f);
        let first = whole.and_then(|x| x.name.split(' ').next());
        let untyped = whole.is_some_and(|x| x.votes.best() == EntityKind::Other);
        // Not "a Mac" beside "the Mac Mini", nor "Diary" beside "Bridget
        // Lowe's Diary": a word that its own context calls a thing is no
        // given name nor surname.
        let thing = e.votes.best() == EntityKind::Other && e.votes.get(EntityKind::Other) > 0.0;
        let cues_person = !thing
            && (self.ends_with_word(f, &e.name)
                || (untyped && first.is_some_and(|l| l.eq_ignore_ascii_case(&e.name))));
        ShortForm::Name {
            full: f,
            cues_person,
        }
    }
}

/// A body's organ named after it: "SPA Presidium", "WPK Central Committee".
fn is_organ(words: &str) -> bool {
    matches!(
        words,
        "Presidium"
            | "Politburo"
            | "Secretariat"
            | "Standing Committee"
            | "Central Committee"
            | "Political Bureau"
            | "Executive Committee"
    )
}

/// No cue makes the entity a person's: at most its shape, each time it is
/// named.
fn person_by_shape_only(e: &LocalEntity) -> bool {
    e.votes.get(EntityKind::Person) <= SHAPE_ONLY * e.count as f32
}
