//! Grouping one article's raw mentions into local entities, then resolving
//! short forms within the article: acronyms defined in the text, surnames
//! and given names alone, organisations' first words, names' leading words.
//! The steps for surnames, given names and leading words are in
//! `local_short_forms`.

use super::article::{key, state_of, AcronymDef, LocalEntity, LocalMention};
use super::hash::HashMap;
use super::shortforms::{self, initials};
use super::stats::Stats;
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
pub(super) fn known(name: &str) -> bool {
    let c = lexicon::alias(name).unwrap_or(name);
    places::is_place(c) || lexicon::is_org(c)
}

/// How often the corpus writes two capitals inside sentences before they
/// are taken for a name where an article names them once: a code or a
/// pair of initials rarely recurs across articles.
const RECURRING_CODE: u32 = 3;

/// The article's raw mentions grouped into local entities, and what the
/// resolution steps decide about each entity (indexed alike).
pub(super) struct Grouping {
    pub entities: Vec<LocalEntity>,
    /// Entity of each raw mention.
    owner: Vec<usize>,
    /// Dropped unless merged into or vouched for.
    pub(super) weak: Vec<bool>,
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
                // "Texas", not "the State of Texas" that came first.
                if state_of(&e.name).is_some() && state_of(&r.name).is_none() {
                    e.name.clone_from(&r.name);
                }
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
    /// are more often a code or initials than a name, unless the corpus
    /// writes them inside sentences again and again ("shares in BT").
    pub(super) fn mark_stray_codes(&mut self, stats: &Stats) {
        for (e, w) in self.entities.iter().zip(self.weak.iter_mut()) {
            let letters = e.name.chars().filter(|c| c.is_alphanumeric()).count();
            if e.count == 1
                && e.gazetteer.is_none()
                && letters == 2
                && is_acronym(&e.name)
                && !known(&e.name)
                && stats.cap_mid(&e.name) < RECURRING_CODE
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
    /// same article, after "the", is a family, neither an organisation nor
    /// a place (not "Boots", the chemist John Boot founded).
    pub(super) fn mark_families(&mut self, blocks: &[&str], raws: &[Raw]) {
        let persons: Vec<String> = self
            .entities
            .iter()
            .filter(|e| e.votes.best() == EntityKind::Person)
            .filter_map(|e| e.name.rsplit(' ').next().map(str::to_string))
            .collect();
        let mut after_the = vec![false; self.entities.len()];
        for (r, &id) in raws.iter().zip(&self.owner) {
            let Some(block) = blocks.get(r.block) else {
                continue;
            };
            // Not "the Boots chairman": a firm's name before its officer.
            let officer = block.get(r.end..).is_some_and(|a| {
                a.strip_prefix(' ')
                    .and_then(|a| a.split(|c: char| !c.is_alphabetic()).next())
                    .is_some_and(super::cues::is_firm_head)
            });
            let the = !officer
                && block
                    .get(..r.start)
                    .is_some_and(|b| b.ends_with("the ") || b.ends_with("The "));
            if let Some(a) = after_the.get_mut(id) {
                *a |= the;
            }
        }
        for (e, after_the) in self.entities.iter_mut().zip(after_the) {
            let family = after_the
                && !e.name.contains(' ')
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
    /// Points each at its full name, as it does a name given after "known
    /// as", and returns the acronyms' definitions.
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
            let bracketed = p.block == q.block
                && gap.trim() == "("
                && closes
                && is_acronym(&q.surface)
                && initials(&p.surface) == letters;
            // "the European Consumers' Organisation, known as Beuc": one
            // body by another name.
            let known_as = p.block == q.block
                && matches!(
                    gap,
                    ", known as " | ", also known as " | ", better known as "
                );
            if bracketed {
                defs.push(AcronymDef {
                    short: key(&q.name),
                    full: key(&p.name),
                });
            }
            if bracketed || known_as {
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
    pub(super) fn point(&mut self, id: usize, full: usize) {
        if let Some(t) = self.target.get_mut(id) {
            *t = Some(full);
        }
    }

    /// The entity `id` ends up in after following short forms.
    pub(super) fn root(&self, mut id: usize) -> usize {
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
