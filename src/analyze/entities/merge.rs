//! The sequential corpus-wide merge: one entity per key across articles,
//! acronyms and lone surnames resolved when the corpus makes them
//! unambiguous, gazetteer entries first. Hash maps only: linear in the
//! number of local entities.

use super::article::{key, LocalArticle, LocalEntity, LocalMention};
use super::gazetteer::Gazetteer;
use super::hash::{HashMap, HashSet};
use super::votes::Votes;
use super::{Entity, EntityKind, Extraction, Mention, Quote};
use rayon::prelude::*;

#[derive(Default)]
struct Acc {
    names: HashMap<String, u32>,
    fallback: String,
    votes: Votes,
    /// Sorted when the entity is made.
    forms: HashSet<String>,
    gazetteer: Option<usize>,
    mentions: usize,
}

/// Merges per-article results into the corpus-wide [`Extraction`].
pub(crate) fn merge(locals: Vec<LocalArticle>, gaz: Option<&Gazetteer>) -> Extraction {
    let mut global = Global::new(gaz);
    let evidence = Evidence::new(&locals);
    // The merge keys are worked out in parallel; only their numbering in
    // order of first sight is sequential.
    let keys: Vec<Vec<Option<String>>> = locals
        .par_iter()
        .map(|art| {
            art.entities
                .iter()
                .map(|e| e.gazetteer.is_none().then(|| evidence.key_of(e)))
                .collect()
        })
        .collect();
    let local_to_global: Vec<Vec<usize>> = locals
        .iter()
        .zip(keys)
        .map(|(art, keys)| global.assign(art, keys))
        .collect();
    let (entities, final_id) = global.finish(gaz, &evidence.corpus);
    let mut out = Extraction {
        entities,
        ..Extraction::default()
    };
    // Per article, in parallel: each worker frees the articles it is done with.
    let per_article: Vec<(Vec<Mention>, Vec<Quote>, Vec<super::Sentence>)> = locals
        .into_par_iter()
        .zip(local_to_global)
        .map(|(art, ids)| {
            let map = |local: usize| {
                ids.get(local)
                    .and_then(|&g| final_id.get(g).copied().flatten())
            };
            // Kept for the rest of the build: copied into allocations of their
            // own, so that freeing the article's working state frees its memory
            // rather than leaving it pinned around these.
            let quotes = art
                .quotes
                .iter()
                .map(|q| Quote {
                    block: q.block,
                    sentence: q.sentence,
                    text: q.text.as_str().to_owned(),
                    speaker: q.speaker.and_then(map),
                })
                .collect();
            (
                global_mentions(&art.mentions, &map),
                quotes,
                art.sentences.to_vec(),
            )
        })
        .collect();
    for (mentions, quotes, sentences) in per_article {
        out.mentions.push(mentions);
        out.quotes.push(quotes);
        out.sentences.push(sentences);
    }
    out
}

/// An article's mentions with their entities renumbered by `map`; those of
/// entities that were not kept are dropped.
fn global_mentions(
    mentions: &[LocalMention],
    map: &dyn Fn(usize) -> Option<usize>,
) -> Vec<Mention> {
    let mut out = Vec::with_capacity(mentions.len());
    out.extend(mentions.iter().filter_map(|m| {
        Some(Mention {
            entity: map(m.entity)?,
            block: super::small(m.block),
            start: super::small(m.start),
            end: super::small(m.end),
            sentence: super::small(m.sentence),
        })
    }));
    out.shrink_to_fit();
    out
}

/// What the whole corpus says about names, gathered before any is merged.
struct Evidence<'a> {
    /// Acronyms with exactly one expansion in the corpus, by key.
    acronym: HashMap<&'a str, &'a str>,
    /// The kind evidence of every name over the whole corpus: a name cued
    /// as a company in one article is a company in the others.
    corpus: HashMap<&'a str, Votes>,
    /// Full personal names by first and last word, with their mentions.
    full_names: HashMap<String, HashMap<&'a str, u32>>,
}

impl<'a> Evidence<'a> {
    fn new(locals: &'a [LocalArticle]) -> Self {
        let (acronym, (corpus, full_names)) = rayon::join(
            || unique_acronyms(locals),
            || {
                let corpus = corpus_votes(locals);
                let full_names = full_names(locals, &corpus);
                (corpus, full_names)
            },
        );
        Evidence {
            acronym,
            full_names,
            corpus,
        }
    }

    /// The key a local entity merges under.
    fn key_of(&self, e: &LocalEntity) -> String {
        if let Some(full) = self.acronym.get(e.key.as_str()) {
            return (*full).to_string();
        }
        let lone_person = e.lone_name
            && e.votes.person_like()
            && self
                .corpus
                .get(e.key.as_str())
                .is_none_or(Votes::person_like);
        if lone_person {
            if let Some(full) = self
                .full_names
                .get(&e.name.to_lowercase())
                .and_then(dominant)
            {
                return full;
            }
        }
        e.key.clone()
    }
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
                    .entry(e.key.as_str())
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

/// The corpus-wide entities being built: gazetteer entries first, then one
/// per merge key in order of first sight.
struct Global {
    accs: Vec<Acc>,
    by_key: HashMap<String, usize>,
}

impl Global {
    fn new(gaz: Option<&Gazetteer>) -> Self {
        let mut g = Global {
            accs: Vec::new(),
            by_key: HashMap::default(),
        };
        for (i, e) in gaz.iter().flat_map(|g| g.entries.iter()).enumerate() {
            g.accs.push(Acc {
                fallback: e.name.clone(),
                gazetteer: Some(i),
                ..Acc::default()
            });
            for form in std::iter::once(&e.name).chain(e.aliases.iter()) {
                g.by_key.entry(key(form)).or_insert(i);
            }
        }
        g
    }

    /// Adds one article's entities, given the merge key of each that is not
    /// the gazetteer's ([`Evidence::key_of`]); returns the global index of each.
    fn assign(&mut self, art: &LocalArticle, keys: Vec<Option<String>>) -> Vec<usize> {
        let mut ids = Vec::with_capacity(art.entities.len());
        for (e, k) in art.entities.iter().zip(keys) {
            let (id, own) = match (e.gazetteer, k) {
                (Some(g), _) => (g, false),
                (None, None) => (usize::MAX, false),
                (None, Some(k)) => {
                    let own = k == e.key;
                    let id = match self.by_key.get(k.as_str()) {
                        Some(&id) => id,
                        None => {
                            let fallback = if own { e.name.clone() } else { k.clone() };
                            self.accs.push(Acc {
                                fallback,
                                ..Acc::default()
                            });
                            self.by_key.insert(k, self.accs.len() - 1);
                            self.accs.len() - 1
                        }
                    };
                    (id, own)
                }
            };
            if let Some(acc) = self.accs.get_mut(id) {
                acc.votes.merge(&e.votes);
                // A form or name already known is not copied again.
                for form in &e.forms {
                    if !acc.forms.contains(form) {
                        acc.forms.insert(form.clone());
                    }
                }
                acc.mentions += e.count as usize;
                if own && acc.gazetteer.is_none() {
                    match acc.names.get_mut(e.name.as_str()) {
                        Some(n) => *n += e.count,
                        None => {
                            acc.names.insert(e.name.clone(), e.count);
                        }
                    }
                }
            }
            ids.push(id);
        }
        ids
    }

    /// The mentioned entities, in order of creation, and the final index of
    /// each accumulated one.
    fn finish(
        &self,
        gaz: Option<&Gazetteer>,
        corpus: &HashMap<&str, Votes>,
    ) -> (Vec<Entity>, Vec<Option<usize>>) {
        let mut entities = Vec::new();
        let mut final_id: Vec<Option<usize>> = vec![None; self.accs.len()];
        for (acc, slot) in self.accs.iter().zip(final_id.iter_mut()) {
            if acc.mentions > 0 {
                *slot = Some(entities.len());
                entities.push(entity(acc, gaz, corpus));
            }
        }
        (entities, final_id)
    }
}

/// The entity an accumulator makes: the gazetteer's name or the most used
/// own name, every other form an alias.
fn entity(acc: &Acc, gaz: Option<&Gazetteer>, corpus: &HashMap<&str, Votes>) -> Entity {
    let entry = acc
        .gazetteer
        .and_then(|g| gaz.and_then(|z| z.entries.get(g)));
    let name = match entry {
        Some(e) => e.name.clone(),
        None => acc
            .names
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map_or_else(|| acc.fallback.clone(), |(n, _)| n.clone()),
    };
    let mut aliases: Vec<String> = acc.forms.iter().cloned().collect();
    if let Some(e) = entry {
        aliases.extend(e.aliases.iter().cloned());
    }
    aliases.retain(|a| *a != name);
    aliases.sort_unstable();
    aliases.dedup();
    let mut votes = acc.votes;
    if votes.best() == EntityKind::Person && opens_with_organisation(&name, corpus) {
        // "Ford Taurus", "Chrysler Aspen": a company's product or arm.
        votes.0[0] = 0.0;
    }
    if matches!(votes.best(), EntityKind::Organization | EntityKind::Person)
        && names_a_product(&name, corpus)
    {
        votes = Votes::default();
        votes.add(EntityKind::Other, 1.0);
    }
    Entity {
        kind: entry.map_or_else(|| votes.best(), |e| e.kind),
        aliases,
        description: entry.and_then(|e| e.description.clone()),
        wikidata: entry.and_then(|e| e.wikidata.clone()),
        from_gazetteer: entry.is_some(),
        name,
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

/// "Red Hat Enterprise Linux", "Google Maps": a company's whole name, of
/// two words or more, then words that are no organisation's ending name
/// what it makes, not another body ("Red Hat Summit", "Google Research",
/// "Amazon Web Services" stay what their last word says).
fn names_a_product(name: &str, corpus: &HashMap<&str, Votes>) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let Some(last) = words.last() else {
        return false;
    };
    if words.len() < 3
        || super::lexicon::is_kind_suffix(last)
        || super::names::is_company_word(last)
        || super::names::is_club_suffix(last)
    {
        return false;
    }
    // "League of Women Voters", "Supreme Court of Puerto Rico": a name with
    // a connector is an official name, not a product's.
    if words.iter().any(|w| !w.starts_with(char::is_uppercase)) {
        return false;
    }
    (2..words.len()).any(|n| {
        let head = words.get(..n).map(|w| w.join(" ")).unwrap_or_default();
        let rest = words.get(n..).unwrap_or(&[]);
        let named_after = rest.iter().any(|w| {
            super::places::is_place(w)
                || super::names::is_given_name(w)
                || super::lexicon::is_title(w)
        });
        !named_after && is_company(&head, corpus)
    })
}

/// A name of several words whose first word is, on its own, a company of
/// the corpus ("Ford Taurus", "Chrysler Aspen"): no person's given name.
fn opens_with_organisation(name: &str, corpus: &HashMap<&str, Votes>) -> bool {
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
fn is_company(name: &str, corpus: &HashMap<&str, Votes>) -> bool {
    corpus.get(key(name).as_str()).is_some_and(|v| {
        v.best() == EntityKind::Organization
            && v.get(EntityKind::Organization) >= ORGANISATION_FIRST_WORD
    })
}
