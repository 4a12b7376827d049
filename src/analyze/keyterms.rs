//! Key terms: the words and short phrases that set an article apart from the
//! rest of the corpus, by TF-IDF over candidate phrases.
//!
//! Candidates are runs of one to three content words: a stop word, a number,
//! punctuation or an entity mention ends a run. Entity names are left out on
//! purpose: the article page already lists the entities it names, so key terms
//! say *what* the article is about (an "arms deal", "nuclear talks") rather
//! than repeat *who*. Phrases get a bonus over single words because they are
//! more specific, and a phrase inside a chosen one (or containing one) is not
//! chosen again.

use super::entities::Mention;
use crate::content::Article;
use crate::fault::Faults;
use candidates::{candidates, Candidate};
use foldhash::HashMap;
use packed::Packed;
use rayon::prelude::*;

#[path = "keyterms_candidates.rs"]
mod candidates;
#[path = "keyterms_packed.rs"]
mod packed;

/// Key terms shown per article.
pub const TERMS_PER_ARTICLE: usize = 8;
/// Candidates kept per article before corpus-wide counting, the locally
/// strongest: it bounds the document-frequency table on large corpora while
/// keeping every term that could be chosen.
const CANDIDATES_PER_ARTICLE: usize = 80;

/// One key term of an article.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyTerm {
    /// As displayed: lower case, unless always capitalised in the article ("Korean War").
    pub term: String,
    /// Lower-case form, the same in every article.
    pub key: String,
    /// Occurrences in the article.
    pub count: usize,
    /// TF-IDF score (higher is more characteristic).
    pub score: f64,
}

/// Finds each article's key terms; `mentions[i]` are article `i`'s entity mentions.
///
/// A panic on one article is recorded in `faults`; that article gets no key terms.
pub fn find(articles: &[Article], mentions: &[Vec<Mention>], faults: &Faults) -> Vec<Vec<KeyTerm>> {
    let candidates: Vec<Packed> = articles
        .par_iter()
        .enumerate()
        .map(|(a, article)| {
            let ms = mentions.get(a).map(Vec::as_slice).unwrap_or(&[]);
            faults.guard(a, || prune(candidates(&article.blocks, ms)))
        })
        .collect();
    let mut df: HashMap<&str, usize> = HashMap::default();
    for list in &candidates {
        for (key, _) in list.iter() {
            *df.entry(key).or_insert(0) += 1;
        }
    }
    let n = articles.len() as f64;
    candidates
        .par_iter()
        .map(|list| {
            let mut scored: Vec<KeyTerm> = list
                .iter()
                .map(|(key, c)| {
                    let d = df.get(key).copied().unwrap_or(1) as f64;
                    let idf = ((1.0 + n) / (1.0 + d)).ln() + 1.0;
                    KeyTerm {
                        term: if c.lower_seen {
                            key.to_string()
                        } else {
                            list.surface(c).to_string()
                        },
                        key: key.to_string(),
                        count: c.count as usize,
                        score: c.count as f64 * idf * phrase_weight(usize::from(c.words)),
                    }
                })
                .collect();
            scored.sort_by(|x, y| y.score.total_cmp(&x.score).then_with(|| x.key.cmp(&y.key)));
            choose(scored)
        })
        .collect()
}

fn phrase_weight(words: usize) -> f64 {
    match words {
        1 => 1.0,
        2 => 1.75,
        _ => 2.25,
    }
}

/// The best terms, skipping any that overlaps (as whole words) one already chosen.
fn choose(scored: Vec<KeyTerm>) -> Vec<KeyTerm> {
    let mut chosen: Vec<KeyTerm> = Vec::new();
    for term in scored {
        // A single word met once says little about an article.
        if term.count < 2 && !term.key.contains(' ') {
            continue;
        }
        let padded = format!(" {} ", term.key);
        let overlaps = chosen.iter().any(|c| {
            let other = format!(" {} ", c.key);
            other.contains(&padded) || padded.contains(&other)
        });
        if !overlaps {
            chosen.push(term);
        }
        if chosen.len() == TERMS_PER_ARTICLE {
            break;
        }
    }
    chosen
}

/// Keeps the locally strongest candidates (see [`CANDIDATES_PER_ARTICLE`]).
fn prune(map: HashMap<String, Candidate>) -> Packed {
    let mut list: Vec<(String, Candidate)> = map.into_iter().collect();
    if list.len() > CANDIDATES_PER_ARTICLE {
        list.sort_by(|x, y| {
            let sx = x.1.count as f64 * phrase_weight(x.1.words);
            let sy = y.1.count as f64 * phrase_weight(y.1.words);
            sy.total_cmp(&sx).then_with(|| x.0.cmp(&y.0))
        });
        list.truncate(CANDIDATES_PER_ARTICLE);
    }
    Packed::new(list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::stopwords::STOP_WORDS;

    fn article(text: &str) -> Article {
        Article {
            path: "a.txt".into(),
            slug: "a".into(),
            title: "A".into(),
            blocks: text.split('\n').map(str::to_string).collect(),
            word_count: text.split_whitespace().count(),
            ..Default::default()
        }
    }

    #[test]
    fn stop_words_are_sorted() {
        assert!(STOP_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn months_are_no_key_terms() {
        let articles = vec![
            article(
                "In June the reservoir fell. By June the reservoir was dry, and in June rain came.",
            ),
            article("Officials met."),
        ];
        let terms = find(&articles, &[Vec::new(), Vec::new()], &Faults::default());
        let first: Vec<&str> = terms[0].iter().map(|t| t.key.as_str()).collect();
        assert!(first.contains(&"reservoir"), "{first:?}");
        assert!(!first.iter().any(|t| t.contains("june")), "{first:?}");
    }

    #[test]
    fn phrases_beat_stop_words_and_common_words() {
        let articles = vec![
            article("The wind farm opened. The wind farm was said to be the largest wind farm.\nOfficials praised the project."),
            article("The project was delayed. Officials met on Monday."),
            article("Officials said the budget project was cut."),
        ];
        let terms = find(
            &articles,
            &[Vec::new(), Vec::new(), Vec::new()],
            &Faults::default(),
        );
        let first: Vec<&str> = terms[0].iter().map(|t| t.key.as_str()).collect();
        assert_eq!(first.first(), Some(&"wind farm"), "{first:?}");
        assert!(
            !first.contains(&"wind") && !first.contains(&"farm"),
            "sub-phrases are not repeated"
        );
        assert!(
            !first
                .iter()
                .any(|t| t.split(' ').any(|w| w == "the" || w == "said")),
            "{first:?}"
        );
    }

    #[test]
    fn entity_mentions_are_not_terms() {
        let text = "Gazprom pipeline talks stalled. Gazprom pipeline talks resumed.";
        let m = |start: u32| Mention {
            entity: 0,
            block: 0,
            start,
            end: start + 7,
            sentence: 0,
        };
        let terms = find(&[article(text)], &[vec![m(0), m(32)]], &Faults::default());
        let keys: Vec<&str> = terms[0].iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys.first(), Some(&"pipeline talks"), "{keys:?}");
        assert!(!keys.iter().any(|k| k.contains("gazprom")), "{keys:?}");
    }
}
