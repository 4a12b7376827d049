//! The sequential corpus-wide merge: one entity per key across articles,
//! acronyms and lone surnames resolved when the corpus makes them
//! unambiguous, gazetteer entries first. Hash maps only: linear in the
//! number of local entities.

use super::article::{key, LocalArticle, LocalMention};
use super::classify::ACRONYM_SHAPE;
use super::evidence::{is_company, opens_with_organisation, Evidence};
use super::gazetteer::Gazetteer;
use super::hash::{HashMap, HashSet};
use super::tokens::is_acronym;
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
                // "DMCA" joining "Digital Millennium Copyright Act": the
                // expansion says what the acronym is, its capitals nothing.
                let mut votes = e.votes;
                if !own && is_acronym(&e.name) {
                    votes.withdraw(EntityKind::Organization, ACRONYM_SHAPE * e.count as f32);
                }
                acc.votes.merge(&votes);
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

/// A person's evidence as strong as a role right before the name: more
/// than a firm's name opening it can undo.
const PERSON_BY_ROLE: f32 = 6.0;

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
    if votes.best() == EntityKind::Person
        && votes.get(EntityKind::Person) < PERSON_BY_ROLE
        && opens_with_organisation(&name, corpus)
    {
        // "Ford Taurus", "Chrysler Aspen": a company's product or arm (not
        // "defender Rio Ferdinand" where the corpus names a firm "Rio").
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
