//! Related articles: for each article, the few others that share the most
//! (and the rarest) entities, topics and key terms.
//!
//! Relations (pairs of countries named together) are no signal of their own:
//! a pair is rarer than either country, so articles listing the same handful
//! of countries scored a bonus per pair (ten for five countries) and outranked
//! the same story told with its own names.
//!
//! Near-linear: an inverted index from each signal to its articles is walked
//! from each article's own signals, so only articles sharing something are
//! ever scored; a signal carried by a large share of the corpus (a country
//! named everywhere) is skipped, which both bounds the work and drops what
//! says nothing; the best few are kept in a small heap.

use super::{ArticleId, EntityId, TopicId};
use foldhash::HashMap;
use rayon::prelude::*;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Related articles listed per article.
pub const RELATED_PER_ARTICLE: usize = 5;
/// Share of the corpus above which a signal is skipped…
const MAX_SHARE: f64 = 0.2;
/// …but a signal is always used when it has at most this many articles (in a
/// small corpus every signal is in a large share of it)…
const MIN_CAP: usize = 10;
/// …and never when it has more than this many, whatever the corpus size.
const MAX_POSTINGS: usize = 1000;

/// Weights of the kinds of signal: a shared key phrase is a strong sign of
/// the same story, a shared broad topic a weaker one.
const ENTITY_WEIGHT: f64 = 1.0;
const TOPIC_WEIGHT: f64 = 0.8;
const TERM_WEIGHT: f64 = 1.2;

/// What each article carries, one list per article for each kind of signal.
#[derive(Debug, Clone, Copy)]
pub struct Signals<'a> {
    /// Entities named.
    pub entities: &'a [Vec<usize>],
    /// Topics.
    pub topics: &'a [Vec<usize>],
    /// Key terms (lower-case keys).
    pub terms: &'a [Vec<String>],
}

/// One related article and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RelatedArticle {
    /// The related article.
    pub article: ArticleId,
    /// Sum over shared signals of weight × ln(1 + N / articles with the signal).
    pub score: f64,
    /// Shared entities, rarest in the corpus first (as are topics and terms).
    pub entities: Vec<EntityId>,
    /// Shared topics.
    pub topics: Vec<TopicId>,
    /// Shared key terms.
    pub terms: Vec<String>,
}

/// A signal: its kind (0 entity, 1 topic, 2 term) and id.
type Signal = (u8, usize);

/// Finds every article's related articles, best first.
pub fn find(n: usize, signals: Signals<'_>) -> Vec<Vec<RelatedArticle>> {
    let mut term_ids: HashMap<&str, usize> = HashMap::default();
    let mut term_names: Vec<&str> = Vec::new();
    let per_article: Vec<Vec<Signal>> = (0..n)
        .map(|a| {
            let mut list: Vec<Signal> = Vec::new();
            let get = |lists: &[Vec<usize>]| lists.get(a).cloned().unwrap_or_default();
            list.extend(get(signals.entities).into_iter().map(|e| (0, e)));
            list.extend(get(signals.topics).into_iter().map(|t| (1, t)));
            for term in signals.terms.get(a).map(Vec::as_slice).unwrap_or(&[]) {
                let id = *term_ids.entry(term.as_str()).or_insert_with(|| {
                    term_names.push(term.as_str());
                    term_names.len() - 1
                });
                list.push((2, id));
            }
            list.sort_unstable();
            list.dedup();
            list
        })
        .collect();
    let mut postings: HashMap<Signal, Vec<usize>> = HashMap::default();
    for (a, list) in per_article.iter().enumerate() {
        for &s in list {
            postings.entry(s).or_default().push(a);
        }
    }
    let cap = ((n as f64 * MAX_SHARE) as usize).clamp(MIN_CAP, MAX_POSTINGS);
    let useful = |s: &Signal| (2..=cap).contains(&postings.get(s).map_or(0, Vec::len));
    per_article
        .par_iter()
        .enumerate()
        // Scores live in a dense per-thread array, cleared through the list
        // of the articles touched: no map or allocation per candidate.
        .map_init(
            || (vec![0.0f64; n], Vec::<usize>::new()),
            |(scores, touched), (a, list)| {
                for s in list.iter().filter(|s| useful(s)) {
                    let arts = &postings[s];
                    let weight = weight(s.0) * (1.0 + n as f64 / arts.len() as f64).ln();
                    for &b in arts.iter().filter(|&&b| b != a) {
                        if scores[b] == 0.0 {
                            touched.push(b);
                        }
                        scores[b] += weight;
                    }
                }
                let best = top_k(touched.iter().map(|&b| (b, scores[b])), RELATED_PER_ARTICLE);
                for &b in touched.iter() {
                    scores[b] = 0.0;
                }
                touched.clear();
                best.into_iter()
                    .map(|(b, score)| {
                        let mut shared = shared_signals(list, &per_article[b], &useful);
                        // Rarest first: the reader sees what sets the pair apart.
                        shared.sort_by_key(|s| postings.get(s).map_or(0, Vec::len));
                        explain(b, score, shared, &term_names)
                    })
                    .collect()
            },
        )
        .collect()
}

/// The signals two articles share that counted towards their score; both
/// lists are sorted.
fn shared_signals(a: &[Signal], b: &[Signal], useful: &impl Fn(&Signal) -> bool) -> Vec<Signal> {
    let (mut i, mut j) = (0, 0);
    let mut shared = Vec::new();
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                if useful(&a[i]) {
                    shared.push(a[i]);
                }
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

fn weight(kind: u8) -> f64 {
    match kind {
        0 => ENTITY_WEIGHT,
        1 => TOPIC_WEIGHT,
        _ => TERM_WEIGHT,
    }
}

fn explain(article: usize, score: f64, shared: Vec<Signal>, terms: &[&str]) -> RelatedArticle {
    let of =
        |kind: u8| -> Vec<usize> { shared.iter().filter(|s| s.0 == kind).map(|s| s.1).collect() };
    RelatedArticle {
        article: ArticleId::new(article),
        score,
        entities: of(0).into_iter().map(EntityId::new).collect(),
        topics: of(1).into_iter().map(TopicId::new).collect(),
        terms: of(2)
            .into_iter()
            .filter_map(|t| terms.get(t).map(|s| s.to_string()))
            .collect(),
    }
}

/// A candidate in the heap, ordered so that the *worst* is on top: lower
/// score, then higher article index (so ties go to the earlier article).
struct Worst(f64, usize);

impl PartialEq for Worst {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Worst {}
impl PartialOrd for Worst {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Worst {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0).then(self.1.cmp(&other.1))
    }
}

/// The `k` best-scored candidates, best first, kept in a heap of size `k`.
fn top_k(candidates: impl Iterator<Item = (usize, f64)>, k: usize) -> Vec<(usize, f64)> {
    let mut heap: BinaryHeap<Worst> = BinaryHeap::with_capacity(k + 1);
    for (b, score) in candidates {
        heap.push(Worst(score, b));
        if heap.len() > k {
            heap.pop();
        }
    }
    let mut best: Vec<Worst> = heap.into_vec();
    best.sort();
    best.into_iter().map(|Worst(score, b)| (b, score)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_rare_signals_rank_first_and_self_is_excluded() {
        // 0 and 1 share a rare entity and a key term; 0 and 2 share a topic only;
        // 3 shares nothing.
        let entities = vec![vec![7, 1], vec![7], vec![1], vec![2]];
        let topics = vec![vec![0], vec![], vec![0], vec![]];
        let terms = vec![
            vec!["arms deal".to_string()],
            vec!["arms deal".to_string()],
            vec![],
            vec![],
        ];
        let related = find(
            4,
            Signals {
                entities: &entities,
                topics: &topics,
                terms: &terms,
            },
        );
        let order: Vec<usize> = related[0].iter().map(|r| r.article.index()).collect();
        assert_eq!(order, vec![1, 2]);
        assert_eq!(related[0][0].entities, vec![EntityId::new(7)]);
        assert_eq!(related[0][0].terms, vec!["arms deal".to_string()]);
        assert_eq!(related[0][1].topics, vec![TopicId::new(0)]);
        assert_eq!(related[0][1].entities, vec![EntityId::new(1)]);
        assert!(related[0][0].score > related[0][1].score);
        assert!(related[3].is_empty());
        assert!(related
            .iter()
            .enumerate()
            .all(|(a, list)| list.iter().all(|r| r.article.index() != a)));
    }

    #[test]
    fn keeps_only_k_best_with_ties_to_earlier_articles() {
        let n = 12;
        let entities: Vec<Vec<usize>> = (0..n).map(|_| vec![0]).collect();
        let empty = vec![Vec::new(); n];
        let no_terms = vec![Vec::new(); n];
        let related = find(
            n,
            Signals {
                entities: &entities,
                topics: &empty,
                terms: &no_terms,
            },
        );
        // 12 articles share entity 0: over the cap of max(20%, 10), so it is skipped.
        assert!(related[0].is_empty());
        let entities: Vec<Vec<usize>> = (0..8).map(|_| vec![0]).collect();
        let empty = vec![Vec::new(); 8];
        let no_terms = vec![Vec::new(); 8];
        let related = find(
            8,
            Signals {
                entities: &entities,
                topics: &empty,
                terms: &no_terms,
            },
        );
        let order: Vec<usize> = related[3].iter().map(|r| r.article.index()).collect();
        assert_eq!(order, vec![0, 1, 2, 4, 5]);
    }

    #[test]
    fn shared_entities_are_listed_rarest_first() {
        // Entity 5 is in three articles, entity 9 in two: both shared by 0 and 1.
        let entities = vec![vec![5, 9], vec![5, 9], vec![5], vec![], vec![]];
        let no_topics = vec![Vec::new(); 5];
        let no_terms: Vec<Vec<String>> = vec![Vec::new(); 5];
        let related = find(
            5,
            Signals {
                entities: &entities,
                topics: &no_topics,
                terms: &no_terms,
            },
        );
        assert_eq!(
            related[0][0].entities,
            vec![EntityId::new(9), EntityId::new(5)]
        );
    }
}
