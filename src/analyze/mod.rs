//! The analyze stage: from the loaded corpus to what the site knows about it.
//! Pure: no I/O; the gazetteer arrives already parsed.

pub mod copies;
mod countries;
pub mod entities;
pub mod ids;
pub mod keyterms;
pub mod outlets;
pub mod related;
pub mod relations;
mod stopwords;
pub mod topics;

use crate::config::SiteConfig;
use crate::content::Article;
use crate::fault::{Failure, Faults};
use chrono::NaiveDate;
use entities::{Extraction, Gazetteer};
use foldhash::HashMap;
pub use ids::{ArticleId, EntityId, IdVec, OutletId, RelationId, TopicId};

/// Corpus-wide facts about one entity.
#[derive(Debug, Clone, Default)]
pub struct EntityStats {
    /// The articles that mention it, in corpus order.
    pub articles: Vec<ArticleId>,
    /// Number of mentions in all.
    pub mentions: usize,
    /// Earliest date of an article naming it.
    pub first_seen: Option<NaiveDate>,
    /// Latest date of an article naming it.
    pub last_seen: Option<NaiveDate>,
    /// Entities named in the same articles: (entity, shared articles), most shared first.
    pub cooccurring: Vec<(EntityId, usize)>,
}

/// Everything the site knows about the corpus.
#[derive(Debug, Default)]
pub struct Knowledge {
    /// Entities, mentions, sentences and quotes.
    pub extraction: Extraction,
    /// Per entity (same ids as `extraction.entities`).
    pub entity_stats: IdVec<EntityId, EntityStats>,
    /// Per article, the entities its headline names (their mentions there
    /// are not in `extraction.mentions`, which holds the text's).
    pub headline_entities: IdVec<ArticleId, Vec<usize>>,
    /// Configured and front-matter topics.
    pub topics: IdVec<TopicId, topics::Topic>,
    /// Per article, the indices of its topics.
    pub article_topics: IdVec<ArticleId, Vec<TopicId>>,
    /// Relations between co-mentioned countries (or other parties, see site.toml).
    pub relations: IdVec<RelationId, relations::Relation>,
    /// Per article, the indices of its relations.
    pub article_relations: IdVec<ArticleId, Vec<RelationId>>,
    /// Per article, its key terms, best first.
    pub key_terms: IdVec<ArticleId, Vec<keyterms::KeyTerm>>,
    /// Per article, its related articles, best first.
    pub related: IdVec<ArticleId, Vec<related::RelatedArticle>>,
    /// Articles whose analysis failed inside dossier (caught; they have no
    /// entities or key terms).
    pub failures: Vec<Failure>,
    /// Copies folded into the articles (see [`copies`]), in corpus order.
    pub copies: Vec<copies::Copy>,
    /// The outlets and what each published (see [`outlets`]).
    pub outlets: outlets::Outlets,
}

impl Knowledge {
    /// The entities with their ids.
    pub fn entities_with_ids(
        &self,
    ) -> impl DoubleEndedIterator<Item = (EntityId, &entities::Entity)> {
        self.extraction
            .entities
            .iter()
            .enumerate()
            .map(|(e, entity)| (EntityId::new(e), entity))
    }

    /// Entity `e`, if there is one.
    pub fn entity(&self, e: EntityId) -> Option<&entities::Entity> {
        self.extraction.entities.get(e.index())
    }

    /// Names of the topics and relations article `a` belongs to (for search
    /// filters and exports), topics first.
    pub fn topic_names(&self, a: ArticleId) -> Vec<String> {
        let topics = self.article_topics.get(a).map(Vec::as_slice).unwrap_or(&[]);
        let relations = self
            .article_relations
            .get(a)
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        topics
            .iter()
            .filter_map(|&t| self.topics.get(t).map(|t| t.name.clone()))
            .chain(
                relations
                    .iter()
                    .filter_map(|&r| self.relations.get(r).map(|r| r.name.clone())),
            )
            .collect()
    }
}

/// Per article, its list of numbers as ids of one kind.
fn typed<I>(lists: Vec<Vec<usize>>, id: fn(usize) -> I) -> IdVec<ArticleId, Vec<I>> {
    lists
        .into_iter()
        .map(|list| list.into_iter().map(id).collect())
        .collect()
}

/// How many co-occurring entities are kept per entity.
const MAX_COOCCURRING: usize = 30;

/// Analyzes the corpus.
pub fn analyze(
    articles: &[Article],
    gazetteer: Option<&Gazetteer>,
    config: &SiteConfig,
) -> Knowledge {
    let texts: Vec<Vec<&str>> = articles.iter().map(entities::texts_with_title).collect();
    let mut extraction = entities::extract(&texts, gazetteer);
    drop(texts);
    let in_titles = entities::take_title_mentions(&mut extraction, articles);
    let entity_stats = entity_stats(articles, &extraction, &in_titles);
    let (topics, article_topics) = topics::find(articles, &extraction, &config.topics);
    let (relations, article_relations) = relations::find(&extraction, &config.relations);
    let faults = Faults::default();
    let key_terms = keyterms::find(articles, &extraction.mentions, &faults);
    let mut failed = extraction.faults.clone();
    failed.extend(faults.into_sorted());
    failed.sort_by_key(|&(a, _)| a);
    failed.dedup_by_key(|&mut (a, _)| a);
    let failures = failed
        .into_iter()
        .filter_map(|(a, message)| {
            Some(Failure {
                file: articles.get(a)?.shown_path(config),
                page: None,
                stage: "analysing",
                message,
            })
        })
        .collect();

    let named: Vec<Vec<usize>> = extraction
        .mentions
        .iter()
        .map(|ms| {
            let mut ids: Vec<usize> = ms.iter().map(|m| m.entity).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect();
    let term_keys: Vec<Vec<String>> = key_terms
        .iter()
        .map(|terms| terms.iter().map(|t| t.key.clone()).collect())
        .collect();
    let related = related::find(
        articles.len(),
        related::Signals {
            entities: &named,
            topics: &article_topics,
            terms: &term_keys,
        },
    );
    Knowledge {
        extraction,
        entity_stats,
        headline_entities: in_titles.into(),
        topics: topics.into(),
        article_topics: typed(article_topics, TopicId::new),
        relations: relations.into(),
        article_relations: typed(article_relations, RelationId::new),
        key_terms: key_terms.into(),
        related: related.into(),
        failures,
        copies: Vec::new(),
        outlets: outlets::Outlets::default(),
    }
}

/// Most entities of one article paired for co-occurrence: the pairs grow
/// with the square of this, and an article naming thousands of entities (a
/// list, a table dump) must not cost millions of pairs.
const MAX_PAIRED_PER_ARTICLE: usize = 60;

/// The `max` entities with the most mentions in `counts` (ties: lower id),
/// in id order.
fn most_named(counts: &HashMap<usize, usize>, max: usize) -> Vec<usize> {
    let mut ids: Vec<(usize, usize)> = counts.iter().map(|(&e, &n)| (e, n)).collect();
    if ids.len() > max {
        ids.select_nth_unstable_by(max, |x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        ids.truncate(max);
    }
    let mut ids: Vec<usize> = ids.into_iter().map(|(e, _)| e).collect();
    ids.sort_unstable();
    ids
}

/// Per-entity counts, dates and co-occurrence, in one pass over the mentions.
fn entity_stats(
    articles: &[Article],
    extraction: &Extraction,
    in_titles: &[Vec<usize>],
) -> IdVec<EntityId, EntityStats> {
    let mut stats: IdVec<EntityId, EntityStats> =
        vec![EntityStats::default(); extraction.entities.len()].into();
    // The entities each article pairs, and the articles pairing each entity:
    // co-occurrence is counted from these per entity, never as a table of
    // every pair of the corpus.
    let mut paired_of: Vec<Vec<u32>> = Vec::with_capacity(extraction.mentions.len());
    let mut paired_in: Vec<Vec<u32>> = vec![Vec::new(); stats.len()];
    for (index, mentions) in extraction.mentions.iter().enumerate() {
        let date = articles.get(index).and_then(|a| a.date);
        let mut counts: HashMap<usize, usize> = HashMap::default();
        for m in mentions {
            if let Some(s) = stats.get_mut(EntityId::new(m.entity)) {
                s.mentions += 1;
            }
            *counts.entry(m.entity).or_insert(0) += 1;
        }
        let mut named: Vec<usize> = counts.keys().copied().collect();
        // Named in the headline only: the article names it, with no mention to count.
        named.extend(in_titles.get(index).into_iter().flatten().copied());
        named.sort_unstable();
        named.dedup();
        for &e in &named {
            let Some(s) = stats.get_mut(EntityId::new(e)) else {
                continue;
            };
            s.articles.push(ArticleId::new(index));
            if let Some(d) = date {
                s.first_seen = Some(s.first_seen.map_or(d, |f| f.min(d)));
                s.last_seen = Some(s.last_seen.map_or(d, |l| l.max(d)));
            }
        }
        let paired: Vec<u32> = most_named(&counts, MAX_PAIRED_PER_ARTICLE)
            .into_iter()
            .filter(|&e| e < paired_in.len())
            .map(small)
            .collect();
        for &e in &paired {
            if let Some(list) = paired_in.get_mut(e as usize) {
                list.push(small(index));
            }
        }
        paired_of.push(paired);
    }
    let cooccurring = cooccurring(&paired_of, &paired_in);
    for (s, list) in stats.iter_mut().zip(cooccurring) {
        s.articles.shrink_to_fit();
        s.cooccurring = list;
    }
    stats
}

/// An index as stored in the co-occurrence lists (a corpus has fewer than
/// 2³² articles and entities).
fn small(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// Per entity, the entities paired with it in the most articles (see
/// [`MAX_PAIRED_PER_ARTICLE`]), most shared first (ties: lower id), at most
/// [`MAX_COOCCURRING`]. `paired_of[a]` are the entities article `a` pairs,
/// `paired_in[e]` the articles pairing entity `e`.
fn cooccurring(paired_of: &[Vec<u32>], paired_in: &[Vec<u32>]) -> Vec<Vec<(EntityId, usize)>> {
    use rayon::prelude::*;
    let n = paired_in.len();
    paired_in
        .par_iter()
        .enumerate()
        .map_init(
            || (vec![0u32; n], Vec::new()),
            |(shared, seen), (e, arts)| {
                for &a in arts {
                    for &b in paired_of.get(a as usize).into_iter().flatten() {
                        let Some(count) = shared.get_mut(b as usize) else {
                            continue;
                        };
                        if b as usize != e {
                            if *count == 0 {
                                seen.push(b);
                            }
                            *count += 1;
                        }
                    }
                }
                let mut list: Vec<(EntityId, usize)> = seen
                    .drain(..)
                    .filter_map(|b| {
                        let count = shared.get_mut(b as usize)?;
                        Some((EntityId::new(b as usize), std::mem::take(count) as usize))
                    })
                    .collect();
                list.sort_unstable_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
                list.truncate(MAX_COOCCURRING);
                list.shrink_to_fit();
                list
            },
        )
        .collect()
}
