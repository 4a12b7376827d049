//! The sequential corpus-wide merge: one entity per key across articles,
//! acronyms and lone surnames resolved when the corpus makes them
//! unambiguous, gazetteer entries first. Hash maps only: linear in the
//! number of local entities.

use super::article::{key, LocalArticle};
use super::classify::Votes;
use super::gazetteer::Gazetteer;
use super::hash::{HashMap, HashSet};
use super::{Entity, EntityKind, Extraction, Mention, Quote};
use std::collections::BTreeSet;

#[derive(Default)]
struct Acc {
    names: HashMap<String, u32>,
    fallback: String,
    votes: Votes,
    forms: BTreeSet<String>,
    gazetteer: Option<usize>,
    mentions: usize,
}

/// Merges per-article results into the corpus-wide [`Extraction`].
pub(crate) fn merge(locals: Vec<LocalArticle>, gaz: Option<&Gazetteer>) -> Extraction {
    let mut accs: Vec<Acc> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::default();
    if let Some(g) = gaz {
        for (i, e) in g.entries.iter().enumerate() {
            accs.push(Acc {
                fallback: e.name.clone(),
                gazetteer: Some(i),
                ..Acc::default()
            });
            for form in std::iter::once(&e.name).chain(e.aliases.iter()) {
                by_key.entry(key(form)).or_insert(i);
            }
        }
    }

    // Acronyms with exactly one expansion in the corpus.
    let mut expansions: HashMap<&str, HashSet<&str>> = HashMap::default();
    for art in &locals {
        for (a, f) in &art.acronyms {
            expansions.entry(a.as_str()).or_default().insert(f.as_str());
        }
    }
    // Only to an expansion that is a name of its own somewhere.
    let own_keys: HashSet<&str> = locals
        .iter()
        .flat_map(|a| a.entities.iter().map(|e| e.key.as_str()))
        .collect();
    let acronym: HashMap<&str, &str> = expansions
        .iter()
        .filter(|(_, set)| set.len() == 1 && set.iter().all(|f| own_keys.contains(f)))
        .filter_map(|(&a, set)| set.iter().next().map(|&f| (a, f)))
        .collect();

    // The kind evidence of every name over the whole corpus: a name cued
    // as a company in one article is a company in the others.
    let corpus = corpus_votes(&locals);
    // Full personal names by first and last word, to resolve lone names.
    // With mentions per full name: "Trump" alone is "Donald Trump" when
    // that name outnumbers every other Trump of the corpus three to one.
    let mut full_names: HashMap<String, HashMap<&str, u32>> = HashMap::default();
    for art in &locals {
        for e in &art.entities {
            let words: Vec<&str> = e.name.split(' ').collect();
            if words.len() >= 2
                && e.gazetteer.is_none()
                && e.votes.best() == EntityKind::Person
                && !opens_with_organisation(&e.name, &corpus)
            {
                for w in [words.first(), words.last()].into_iter().flatten() {
                    *full_names
                        .entry(w.to_lowercase())
                        .or_default()
                        .entry(e.key.as_str())
                        .or_default() += e.count;
                }
            }
        }
    }
    let dominant = |counts: &HashMap<&str, u32>| -> Option<String> {
        let mut ranked: Vec<(&str, u32)> = counts.iter().map(|(&k, &c)| (k, c)).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        match ranked.as_slice() {
            [(only, _)] => Some((*only).to_string()),
            [(top, a), (_, b), ..] if *a >= b.saturating_mul(3) => Some((*top).to_string()),
            _ => None,
        }
    };

    let mut out = Extraction::default();
    let mut local_to_global: Vec<Vec<usize>> = Vec::with_capacity(locals.len());
    for art in &locals {
        let mut ids = Vec::with_capacity(art.entities.len());
        for e in &art.entities {
            let (k, redirected) = if let Some(g) = e.gazetteer {
                (None, Some(g))
            } else if let Some(full) = acronym.get(e.key.as_str()) {
                (Some((*full).to_string()), None)
            } else if e.lone_name
                && e.votes.person_like()
                && corpus.get(e.key.as_str()).is_none_or(Votes::person_like)
            {
                match full_names.get(&e.name.to_lowercase()).and_then(dominant) {
                    Some(full) => (Some(full), None),
                    None => (Some(e.key.clone()), None),
                }
            } else {
                (Some(e.key.clone()), None)
            };
            let own = k.as_deref() == Some(e.key.as_str());
            let id = match (redirected, k) {
                (Some(g), _) => g,
                (None, Some(k)) => {
                    let fallback = if own { e.name.clone() } else { k.clone() };
                    *by_key.entry(k).or_insert_with(|| {
                        accs.push(Acc {
                            fallback,
                            ..Acc::default()
                        });
                        accs.len() - 1
                    })
                }
                (None, None) => continue,
            };
            if let Some(acc) = accs.get_mut(id) {
                acc.votes.merge(&e.votes);
                acc.forms.extend(e.forms.iter().cloned());
                acc.mentions += e.count as usize;
                if own && acc.gazetteer.is_none() {
                    *acc.names.entry(e.name.clone()).or_default() += e.count;
                }
            }
            ids.push(id);
        }
        local_to_global.push(ids);
    }

    // Keep mentioned entities only, in order of creation.
    let mut final_id: Vec<Option<usize>> = vec![None; accs.len()];
    for (i, acc) in accs.iter().enumerate() {
        if acc.mentions == 0 {
            continue;
        }
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
        let mut aliases: BTreeSet<String> = acc.forms.clone();
        if let Some(e) = entry {
            aliases.extend(e.aliases.iter().cloned());
        }
        aliases.remove(&name);
        if let Some(slot) = final_id.get_mut(i) {
            *slot = Some(out.entities.len());
        }
        let mut votes = acc.votes;
        if votes.best() == EntityKind::Person && opens_with_organisation(&name, &corpus) {
            // "Ford Taurus", "Chrysler Aspen": a company's product or arm.
            votes.0[0] = 0.0;
        }
        out.entities.push(Entity {
            kind: entry.map_or_else(|| votes.best(), |e| e.kind),
            aliases: aliases.into_iter().collect(),
            description: entry.and_then(|e| e.description.clone()),
            wikidata: entry.and_then(|e| e.wikidata.clone()),
            from_gazetteer: entry.is_some(),
            name,
        });
    }

    for (art, ids) in locals.into_iter().zip(local_to_global) {
        let map = |local: usize| {
            ids.get(local)
                .and_then(|&g| final_id.get(g).copied().flatten())
        };
        let mentions = art
            .mentions
            .iter()
            .filter_map(|&(e, block, start, end, sentence)| {
                Some(Mention {
                    entity: map(e)?,
                    block,
                    start,
                    end,
                    sentence,
                })
            })
            .collect();
        let quotes = art
            .quotes
            .into_iter()
            .map(|q| Quote {
                block: q.block,
                sentence: q.sentence,
                text: q.text,
                speaker: q.speaker.and_then(map),
            })
            .collect();
        out.sentences.push(art.sentences);
        out.mentions.push(mentions);
        out.quotes.push(quotes);
    }
    out
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
fn opens_with_organisation(name: &str, corpus: &HashMap<&str, Votes>) -> bool {
    let Some((first, _)) = name.split_once(' ') else {
        return false;
    };
    corpus.get(key(first).as_str()).is_some_and(|v| {
        v.best() == EntityKind::Organization
            && v.get(EntityKind::Organization) >= ORGANISATION_FIRST_WORD
    })
}
