//! The analyze stage: from the loaded corpus to what the site knows about it.
//! Pure: no I/O; the gazetteer arrives already parsed.

pub mod entities;

use crate::content::Article;
use chrono::NaiveDate;
use entities::{Extraction, Gazetteer};
use std::collections::HashMap;

/// Corpus-wide facts about one entity.
#[derive(Debug, Clone, Default)]
pub struct EntityStats {
    /// Indices of the articles that mention it, in corpus order.
    pub articles: Vec<usize>,
    /// Number of mentions in all.
    pub mentions: usize,
    /// Earliest date of an article naming it.
    pub first_seen: Option<NaiveDate>,
    /// Latest date of an article naming it.
    pub last_seen: Option<NaiveDate>,
    /// Entities named in the same articles: (entity, shared articles), most shared first.
    pub cooccurring: Vec<(usize, usize)>,
}

/// Everything the site knows about the corpus.
#[derive(Debug, Default)]
pub struct Knowledge {
    /// Entities, mentions, sentences and quotes.
    pub extraction: Extraction,
    /// Per entity (same index as `extraction.entities`).
    pub entity_stats: Vec<EntityStats>,
}

/// How many co-occurring entities are kept per entity.
const MAX_COOCCURRING: usize = 30;

/// Analyzes the corpus.
pub fn analyze(articles: &[Article], gazetteer: Option<&Gazetteer>) -> Knowledge {
    let texts: Vec<Vec<String>> = articles.iter().map(|a| a.blocks.clone()).collect();
    let extraction = entities::extract(&texts, gazetteer);
    let entity_stats = entity_stats(articles, &extraction);
    Knowledge {
        extraction,
        entity_stats,
    }
}

/// Per-entity counts, dates and co-occurrence, in one pass over the mentions.
fn entity_stats(articles: &[Article], extraction: &Extraction) -> Vec<EntityStats> {
    let mut stats = vec![EntityStats::default(); extraction.entities.len()];
    let mut pairs: HashMap<(usize, usize), usize> = HashMap::new();
    for (index, mentions) in extraction.mentions.iter().enumerate() {
        let date = articles.get(index).and_then(|a| a.date);
        let mut named: Vec<usize> = mentions.iter().map(|m| m.entity).collect();
        for m in mentions {
            if let Some(s) = stats.get_mut(m.entity) {
                s.mentions += 1;
            }
        }
        named.sort_unstable();
        named.dedup();
        for &e in &named {
            let Some(s) = stats.get_mut(e) else { continue };
            s.articles.push(index);
            if let Some(d) = date {
                s.first_seen = Some(s.first_seen.map_or(d, |f| f.min(d)));
                s.last_seen = Some(s.last_seen.map_or(d, |l| l.max(d)));
            }
        }
        for (i, &a) in named.iter().enumerate() {
            for &b in &named[i + 1..] {
                *pairs.entry((a, b)).or_insert(0) += 1;
            }
        }
    }
    let mut neighbours: Vec<Vec<(usize, usize)>> = vec![Vec::new(); stats.len()];
    for ((a, b), n) in pairs {
        neighbours[a].push((b, n));
        neighbours[b].push((a, n));
    }
    for (s, mut list) in stats.iter_mut().zip(neighbours) {
        list.sort_unstable_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        list.truncate(MAX_COOCCURRING);
        s.cooccurring = list;
    }
    stats
}
