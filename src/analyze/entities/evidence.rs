//! What the whole corpus says about names before any is merged: the usual
//! spelling of each, the kind evidence summed over every article, acronyms
//! with one expansion and the full names that lone surnames stand for.

use super::article::{key, LocalArticle, LocalEntity};
use super::hash::{HashMap, HashSet};
use super::votes::Votes;
use super::EntityKind;

/// What the whole corpus says about names, gathered before any is merged.
pub(super) struct Evidence<'a> {
    /// Names the corpus spells with and without accents, by key, to the
    /// spelling it uses most: "Jose Mourinho" is "José Mourinho", and a
    /// stray accent in scraped text ("Donaĺd Trump") is no second person.
    spelling: HashMap<&'a str, &'a str>,
    /// Acronyms with exactly one expansion in the corpus, by key.
    acronym: HashMap<&'a str, &'a str>,
    /// The kind evidence of every name over the whole corpus: a name cued
    /// as a company in one article is a company in the others.
    pub(super) corpus: HashMap<&'a str, Votes>,
    /// Full personal names by first and last word, with their mentions.
    full_names: HashMap<String, HashMap<&'a str, u32>>,
}

impl<'a> Evidence<'a> {
    pub(super) fn new(locals: &'a [LocalArticle]) -> Self {
        let ((acronym, spelling), corpus) = rayon::join(
            || (unique_acronyms(locals), spellings(locals)),
            || corpus_votes(locals),
        );
        let full_names = full_names(locals, &corpus, &spelling);
        Evidence {
            spelling,
            acronym,
            full_names,
            corpus,
        }
    }

    /// The key a local entity merges under.
    pub(super) fn key_of(&self, e: &LocalEntity) -> String {
        let own = self.spelled(&e.key);
        if let Some(full) = self.acronym.get(own) {
            return self.spelled(full).to_string();
        }
        let lone_person = e.lone_name
            && e.votes.person_like()
            && self.corpus.get(own).is_none_or(Votes::person_like);
        if lone_person {
            if let Some(full) = self
                .full_names
                .get(&e.name.to_lowercase())
                .and_then(dominant)
            {
                return full;
            }
        }
        own.to_string()
    }

    /// The corpus's usual spelling of a key.
    fn spelled<'k>(&'k self, key: &'k str) -> &'k str {
        self.spelling.get(key).copied().unwrap_or(key)
    }
}

/// Keys that differ only in accents, each mapped to the one of them with the
/// most mentions (the first in order when they tie). Only keys with an
/// accented sibling are in the map.
fn spellings(locals: &[LocalArticle]) -> HashMap<&str, &str> {
    let own = || {
        locals
            .iter()
            .flat_map(|a| a.entities.iter())
            .filter(|e| e.gazetteer.is_none())
    };
    let mut by_fold: HashMap<String, HashMap<&str, u32>> = HashMap::default();
    // Keys without accents: all ASCII ones, and the few others ("Łódź").
    let mut plain = Vec::new();
    for e in own() {
        if e.key.is_ascii() {
            plain.push(e);
            continue;
        }
        let fold = crate::text::words::without_accents(&e.key);
        if fold == e.key {
            plain.push(e);
        } else {
            *by_fold.entry(fold).or_default().entry(&e.key).or_default() += e.count;
        }
    }
    if by_fold.is_empty() {
        return HashMap::default();
    }
    // A key without accents joins the group of the accented ones it matches.
    for e in plain {
        if let Some(group) = by_fold.get_mut(e.key.as_str()) {
            *group.entry(&e.key).or_default() += e.count;
        }
    }
    let mut out = HashMap::default();
    for group in by_fold.values().filter(|g| g.len() >= 2) {
        let Some((&usual, _)) = group
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        else {
            continue;
        };
        out.extend(group.keys().filter(|&&k| k != usual).map(|&k| (k, usual)));
    }
    out
}

/// Acronyms with exactly one expansion in the corpus, that expansion a name
/// of its own somewhere.
fn unique_acronyms(locals: &[LocalArticle]) -> HashMap<&str, &str> {
    let mut expansions: HashMap<&str, HashSet<&str>> = HashMap::default();
    for art in locals {
        for def in &art.acronyms {
            expansions
                .entry(def.short.as_str())
                .or_default()
                .insert(def.full.as_str());
        }
    }
    let own_keys: HashSet<&str> = locals
        .iter()
        .flat_map(|a| a.entities.iter().map(|e| e.key.as_str()))
        .collect();
    expansions
        .iter()
        .filter(|(_, set)| set.len() == 1 && set.iter().all(|f| own_keys.contains(f)))
        .filter_map(|(&a, set)| set.iter().next().map(|&f| (a, f)))
        .collect()
}

/// Full personal names by last word, to resolve lone surnames, with
/// mentions per full name.
fn full_names<'a>(
    locals: &'a [LocalArticle],
    corpus: &HashMap<&str, Votes>,
    spelling: &HashMap<&'a str, &'a str>,
) -> HashMap<String, HashMap<&'a str, u32>> {
    let mut full_names: HashMap<String, HashMap<&str, u32>> = HashMap::default();
    for e in locals.iter().flat_map(|a| a.entities.iter()) {
        let words: Vec<&str> = e.name.split(' ').collect();
        if words.len() >= 2
            && e.gazetteer.is_none()
            && e.votes.best() == EntityKind::Person
            && !opens_with_organisation(&e.name, corpus)
        {
            // By the surname only: across articles, news calls a person by
            // the surname; a given name alone there ("Rocky planets") is
            // seldom the same person.
            let bare_last = words.last().and_then(|w| super::tokens::behind_article(w));
            for w in [words.last(), bare_last.as_ref()].into_iter().flatten() {
                *full_names
                    .entry(w.to_lowercase())
                    .or_default()
                    .entry(spelling.get(e.key.as_str()).copied().unwrap_or(&e.key))
                    .or_default() += e.count;
            }
        }
    }
    full_names
}

/// The full name a lone name stands for: the only one, or one that
/// outnumbers every other three to one ("Trump" alone is "Donald Trump").
fn dominant(counts: &HashMap<&str, u32>) -> Option<String> {
    let mut ranked: Vec<(&str, u32)> = counts.iter().map(|(&k, &c)| (k, c)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    match ranked.as_slice() {
        [(only, _)] => Some((*only).to_string()),
        [(top, a), (_, b), ..] if *a >= b.saturating_mul(3) => Some((*top).to_string()),
        _ => None,
    }
}

/// Summed kind evidence per name key over the corpus (gazetteer matches aside).
fn corpus_votes(locals: &[LocalArticle]) -> HashMap<&str, Votes> {
    let mut corpus: HashMap<&str, Votes> = HashMap::default();
    for e in locals.iter().flat_map(|a| a.entities.iter()) {
        if e.gazetteer.is_none() {
            corpus.entry(e.key.as_str()).or_default().merge(&e.votes);
        }
    }
    corpus
}

/// Weight of organisation evidence that makes a lone word a company for
/// the purpose of the names it opens (a cue such as "X said in a
/// statement" or "X Inc." somewhere in the corpus).
const ORGANISATION_FIRST_WORD: f32 = 3.0;

/// A name of several words whose first word is, on its own, a company of
/// the corpus ("Ford Taurus", "Chrysler Aspen"): no person's given name.
pub(super) fn opens_with_organisation(name: &str, corpus: &HashMap<&str, Votes>) -> bool {
    let Some((first, _)) = name.split_once(' ') else {
        return false;
    };
    // "Ted Cruz" is not a product of "TED": keys ignore case, a given name does not.
    if super::names::is_given_name(first) {
        return false;
    }
    is_company(first, corpus)
}

/// The corpus's evidence, summed, makes `name` a company.
pub(super) fn is_company(name: &str, corpus: &HashMap<&str, Votes>) -> bool {
    corpus.get(key(name).as_str()).is_some_and(|v| {
        v.best() == EntityKind::Organization
            && v.get(EntityKind::Organization) >= ORGANISATION_FIRST_WORD
    })
}
