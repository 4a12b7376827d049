//! Grouping one article's raw mentions into local entities, then resolving
//! short forms within the article: acronyms defined in the text, surnames
//! and given names alone, organisations' first words, names' leading words.

use super::article::{key, AcronymDef, LocalEntity, LocalMention};
use super::hash::HashMap;
use super::shortforms::{self, initials};
use super::tokens::is_acronym;
use super::votes::Votes;
use super::{lexicon, names, places, EntityKind};

/// A mention before grouping: a gazetteer match or a discovered name.
pub(super) struct Raw {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    pub name: String,
    pub surface: String,
    pub votes: Votes,
    pub weak: bool,
    pub gazetteer: Option<usize>,
}

/// A name the built-in lists know as a place or an organisation.
fn known(name: &str) -> bool {
    let c = lexicon::alias(name).unwrap_or(name);
    places::is_place(c) || lexicon::is_org(c)
}

/// The article's raw mentions grouped into local entities, and what the
/// resolution steps decide about each entity (indexed alike).
pub(super) struct Grouping {
    pub entities: Vec<LocalEntity>,
    /// Entity of each raw mention.
    owner: Vec<usize>,
    /// Dropped unless merged into or vouched for.
    weak: Vec<bool>,
    /// The entity this one is a short form of.
    pub target: Vec<Option<usize>>,
}

impl Grouping {
    /// Groups surface forms by key.
    pub(super) fn new(raws: &[Raw]) -> Self {
        let mut g = Grouping {
            entities: Vec::new(),
            owner: Vec::with_capacity(raws.len()),
            weak: Vec::new(),
            target: Vec::new(),
        };
        let mut by_key: HashMap<String, usize> = HashMap::default();
        for r in raws {
            let k = r
                .gazetteer
                .map_or_else(|| key(&r.name), |g| format!("\u{0}gaz{g}"));
            let id = *by_key.entry(k).or_insert_with(|| {
                g.entities.push(LocalEntity {
                    name: r.name.clone(),
                    key: key(&r.name),
                    votes: Votes::default(),
                    forms: Vec::new(),
                    gazetteer: r.gazetteer,
                    count: 0,
                    lone_name: false,
                });
                g.weak.push(true);
                g.entities.len() - 1
            });
            if let (Some(e), Some(w)) = (g.entities.get_mut(id), g.weak.get_mut(id)) {
                e.votes.merge(&r.votes);
                if !e.forms.contains(&r.surface) {
                    e.forms.push(r.surface.clone());
                }
                e.count += 1;
                *w &= r.weak;
            }
            g.owner.push(id);
        }
        g.target = vec![None; g.entities.len()];
        g
    }

    /// "NC", "SA": two capitals once in an article, undefined and unknown,
    /// are more often a code or initials than a name.
    pub(super) fn mark_stray_codes(&mut self) {
        for (e, w) in self.entities.iter().zip(self.weak.iter_mut()) {
            let letters = e.name.chars().filter(|c| c.is_alphanumeric()).count();
            if e.count == 1
                && e.gazetteer.is_none()
                && letters == 2
                && is_acronym(&e.name)
                && !known(&e.name)
            {
                *w = true;
            }
        }
    }

    /// "the anterior cingulate cortex (ACC)", "DRM (digital rights
    /// management)": an acronym the article defines by lower-case words names
    /// a term; none of its mentions is a name.
    pub(super) fn mark_terms(&mut self, blocks: &[&str], raws: &[Raw]) {
        for (r, &id) in raws.iter().zip(&self.owner) {
            let Some(text) = blocks.get(r.block) else {
                continue;
            };
            let defined_before = || {
                text.get(r.end..).is_some_and(|t| t.starts_with(')'))
                    && text
                        .get(..r.start)
                        .and_then(|b| b.trim_end().strip_suffix('('))
                        .is_some_and(|b| shortforms::defines_term(b, &r.surface))
            };
            let defined_after = || {
                text.get(r.end..)
                    .and_then(|t| t.trim_start().strip_prefix('('))
                    .is_some_and(|t| shortforms::term_defined_after(t, &r.surface))
            };
            let term = r.gazetteer.is_none()
                && is_acronym(&r.surface)
                && (defined_before() || defined_after());
            if let Some(w) = self.weak.get_mut(id).filter(|_| term) {
                *w = true;
            }
        }
    }

    /// "the Trumps", "the Kennedys": the plural of a person's name of the
    /// same article is a family, neither an organisation nor a place.
    pub(super) fn mark_families(&mut self) {
        let persons: Vec<String> = self
            .entities
            .iter()
            .filter(|e| e.votes.best() == EntityKind::Person)
            .filter_map(|e| e.name.rsplit(' ').next().map(str::to_string))
            .collect();
        for e in &mut self.entities {
            let family = !e.name.contains(' ')
                && e.gazetteer.is_none()
                && e.name.strip_suffix('s').is_some_and(|stem| {
                    stem.chars().count() > 1 && persons.iter().any(|p| p == stem)
                });
            if family {
                e.votes = Votes::default();
                e.votes.add(EntityKind::Other, 1.0);
            }
        }
    }

    /// "Apple Computer", "Delta Air Lines" aside "Apple": a company named
    /// with its line of business is the company the article also names by
    /// its first word alone, when that word is an organisation.
    pub(super) fn company_forms(&mut self) {
        let orgs: HashMap<&str, usize> = self
            .entities
            .iter()
            .enumerate()
            .filter(|(id, e)| {
                !e.name.contains(' ')
                    && !self.weak.get(*id).copied().unwrap_or(true)
                    && e.votes.best() == EntityKind::Organization
            })
            .map(|(id, e)| (e.name.as_str(), id))
            .collect();
        let mut found = Vec::new();
        for (id, e) in self.entities.iter().enumerate() {
            let Some((first, rest)) = e.name.split_once(' ') else {
                continue;
            };
            let line_of_business = rest.split(' ').all(names::is_company_word);
            let kind = e.votes.best();
            if e.gazetteer.is_none()
                && line_of_business
                && matches!(kind, EntityKind::Organization | EntityKind::Other)
            {
                if let Some(&short) = orgs.get(first) {
                    found.push((id, short));
                }
            }
        }
        for (id, short) in found {
            if self.target.get(id).is_some_and(Option::is_none) {
                self.point(id, short);
            }
        }
    }

    /// Acronyms defined in the text: "Korean Central News Agency (KCNA)".
    /// Points each at its full name and returns the definitions.
    pub(super) fn defined_acronyms(&mut self, blocks: &[&str], raws: &[Raw]) -> Vec<AcronymDef> {
        let mut defs = Vec::new();
        for (i, pair) in raws.windows(2).enumerate() {
            let [p, q] = pair else { continue };
            let Some(text) = blocks.get(p.block) else {
                continue;
            };
            let gap = text.get(p.end..q.start).unwrap_or("");
            let closes = text.get(q.end..).is_some_and(|t| t.starts_with(')'));
            let letters: String = q.surface.chars().filter(|c| c.is_uppercase()).collect();
            if p.block == q.block
                && gap.trim() == "("
                && closes
                && is_acronym(&q.surface)
                && initials(&p.surface) == letters
            {
                defs.push(AcronymDef {
                    short: key(&q.name),
                    full: key(&p.name),
                });
                if let (Some(&a), Some(&f)) = (self.owner.get(i + 1), self.owner.get(i)) {
                    if a != f && self.entities.get(a).is_some_and(|e| e.gazetteer.is_none()) {
                        self.point(a, f);
                    }
                }
            }
        }
        defs
    }

    /// Makes entity `id` a short form of `full`.
    fn point(&mut self, id: usize, full: usize) {
        if let Some(t) = self.target.get_mut(id) {
            *t = Some(full);
        }
    }

    /// The entity `id` ends up in after following short forms.
    fn root(&self, mut id: usize) -> usize {
        for _ in 0..4 {
            match self.target.get(id).copied().flatten() {
                Some(t) => id = t,
                None => break,
            }
        }
        id
    }

    /// Folds merged entities into their roots: forms, counts, person
    /// evidence; a root that absorbed a short form is no longer weak.
    pub(super) fn fold(&mut self) {
        for id in 0..self.entities.len() {
            let r = self.root(id);
            if r == id {
                continue;
            }
            let Some(src) = self.entities.get(id).cloned() else {
                continue;
            };
            if let Some(dst) = self.entities.get_mut(r) {
                for f in src.forms {
                    if !dst.forms.contains(&f) {
                        dst.forms.push(f);
                    }
                }
                dst.votes
                    .add(EntityKind::Person, src.votes.get(EntityKind::Person));
                dst.count += src.count;
            }
            if let Some(w) = self.weak.get_mut(r) {
                *w = false;
            }
        }
    }

    /// The roots that are not weak, renumbered, and the mentions of them
    /// (an overlapping later mention dropped).
    pub(super) fn keep(&self, raws: &[Raw]) -> (Vec<LocalEntity>, Vec<LocalMention>) {
        let mut new_id: Vec<Option<usize>> = vec![None; self.entities.len()];
        let mut kept = Vec::new();
        for (id, e) in self.entities.iter().enumerate() {
            if self.root(id) == id && !self.weak.get(id).copied().unwrap_or(true) {
                if let Some(slot) = new_id.get_mut(id) {
                    *slot = Some(kept.len());
                }
                kept.push(e.clone());
            }
        }
        let mut mentions = Vec::new();
        let mut last_end: Option<(usize, usize)> = None;
        for (r, &o) in raws.iter().zip(self.owner.iter()) {
            let Some(entity) = new_id.get(self.root(o)).copied().flatten() else {
                continue;
            };
            if last_end.is_some_and(|(b, e)| b == r.block && r.start < e) {
                continue;
            }
            last_end = Some((r.block, r.end));
            mentions.push(LocalMention {
                entity,
                block: r.block,
                start: r.start,
                end: r.end,
                sentence: r.sentence,
            });
        }
        (kept, mentions)
    }
}

/// The article's indexes of full names that short forms resolve to.
struct FullNames {
    /// Personal names by first, last and trailing words, lower-cased.
    by_word: HashMap<String, Vec<usize>>,
    /// Organisations by first word ("Lloyds" of "Lloyds Banking Group").
    org_heads: HashMap<String, Vec<usize>>,
    /// Names by their leading words ("Supreme Court" of "Supreme Court of Cassation").
    prefixes: HashMap<String, Vec<usize>>,
    /// Named storms by their given name ("Dorian" of "Hurricane Dorian").
    storms: HashMap<String, Vec<usize>>,
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
            storms: shortforms::storm_names(&self.entities),
        };
        let mut surname_of: Vec<bool> = vec![false; self.entities.len()];
        for id in 0..self.entities.len() {
            match self.short_form(id, &full) {
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
                ShortForm::Neither => {}
            }
        }
        for (e, &hit) in self.entities.iter_mut().zip(&surname_of) {
            if hit {
                e.votes.add(EntityKind::Person, 2.0);
            }
        }
    }

    /// What entity `id` is a short form of, if anything.
    fn short_form(&self, id: usize, full: &FullNames) -> ShortForm {
        let Some(e) = self.entities.get(id) else {
            return ShortForm::Neither;
        };
        // A short form already, or the full name of one ("Apple" of
        // "Apple Computer"): resolving it again would make a cycle.
        if self.target.get(id).is_some_and(Option::is_some) || self.target.contains(&Some(id)) {
            return ShortForm::Neither;
        }
        let one_word = !e.name.contains(' ');
        let unknown = e.gazetteer.is_none() && !known(&e.name);
        let only = |index: &HashMap<String, Vec<usize>>| match index.get(e.name.as_str()) {
            Some(list) if list.len() == 1 => list.first().copied(),
            _ => None,
        };
        // "Dorian" after "Hurricane Dorian".
        if let Some(f) = only(&full.storms).filter(|_| one_word) {
            return ShortForm::Part(f);
        }
        let short_org = one_word && unknown && e.votes.best() != EntityKind::Place;
        if let Some(f) = only(&full.org_heads).filter(|_| short_org) {
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
            f < id
                || full.is_some_and(|l| {
                    l.name
                        .get(e.name.len()..)
                        .is_some_and(|rest| rest.split_whitespace().all(lexicon::is_org_suffix))
                })
        };
        if let Some(f) = only(&full.prefixes).filter(|&f| short_name && f != id && refers_to(f)) {
            return ShortForm::Part(f);
        }
        let lower = e.name.to_lowercase();
        let single = one_word && unknown && !is_acronym(&e.name);
        let tail =
            !one_word && unknown && e.votes.person_like() && full.by_word.contains_key(&lower);
        if !single && !tail {
            return ShortForm::Neither;
        }
        self.personal_name(id, e, full.by_word.get(&lower))
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
        let last = whole.and_then(|x| x.name.rsplit(' ').next());
        let first = whole.and_then(|x| x.name.split(' ').next());
        let untyped = whole.is_some_and(|x| x.votes.best() == EntityKind::Other);
        let cues_person = last.is_some_and(|l| l.eq_ignore_ascii_case(&e.name))
            || (untyped && first.is_some_and(|l| l.eq_ignore_ascii_case(&e.name)));
        ShortForm::Name {
            full: f,
            cues_person,
        }
    }
}
