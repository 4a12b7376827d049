//! Copies: the same story filed twice (a file scraped again, wire copy
//! carried under another headline or with other trailing boilerplate)
//! becomes one article that lists its copies, so that it counts once in
//! every statistic, topic, relation and search.
//!
//! An **exact** copy has the same words as its article (case, punctuation
//! and spacing aside; the headline may differ). A **near** copy shares at
//! least `threshold` of its five-word shingles with it (Jaccard similarity)
//! and was filed at most `near_days` from it. Near copies are found in
//! linear time: a MinHash signature per text, split into bands, and only
//! texts sharing a band are compared, by their exact shingle overlap.
//!
//! The article kept is, among a story's copies, the earliest dated (dated
//! before undated), then one with a known outlet, then the text filed most
//! often word for word, then the longest, then the first by path:
//! deterministic whatever order the files come in.
//! MinHash is a few lines here: the crates that offer it bring dozens of
//! dependencies (random-number generators among them) for those lines.

use crate::config::CopiesConfig;
use crate::content::Article;
use foldhash::HashMap;
use rayon::prelude::*;
use sketch::{hash_of, jaccard, shingles, signature, text, word_hashes};

#[path = "copies_sketch.rs"]
mod sketch;

/// Words per shingle.
const SHINGLE_WORDS: usize = 5;
/// Bands of the MinHash signature, and rows per band: texts with Jaccard
/// similarity 0.8 share a band with probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998 (0.7: 0.99).
const BANDS: usize = 16;
const ROWS: usize = 4;
/// Texts shorter than this are folded only when exact: a short notice and
/// another with one name changed share most of their shingles.
const MIN_NEAR_WORDS: usize = 50;
/// Texts sharing one band value beyond this many (boilerplate-heavy
/// templates) are not compared through that band, so that the work stays
/// linear.
const MAX_BUCKET: usize = 256;

/// An article folded into another.
#[derive(Debug, Clone)]
pub struct Copy {
    /// The copy as it was read (its slug keeps its page's URL).
    pub article: Article,
    /// The article it is a copy of (index into [`Folded::articles`]).
    pub of: usize,
    /// True for an exact copy, false for a near one.
    pub exact: bool,
    /// Shingle overlap with the article (1 for exact copies).
    pub similarity: f64,
}

/// The corpus with its copies folded.
#[derive(Debug, Clone, Default)]
pub struct Folded {
    /// The articles analysis sees, in corpus order.
    pub articles: Vec<Article>,
    /// The copies, in corpus order.
    pub copies: Vec<Copy>,
}

impl Folded {
    /// Exact and near copies folded.
    pub fn counts(&self) -> (usize, usize) {
        let exact = self.copies.iter().filter(|c| c.exact).count();
        (exact, self.copies.len() - exact)
    }
}

/// What each text is compared by.
struct Prepared {
    /// Hash of the text's word hashes in order: equal for exact copies
    /// (and, rarely, for others: [`exact_classes`] compares the texts).
    text_hash: u64,
    shingles: Vec<u64>,
    words: usize,
}

/// Folds the copies of `articles` (unchanged when `config.fold` is off).
pub fn fold(articles: Vec<Article>, config: &CopiesConfig) -> Folded {
    if !config.fold || articles.len() < 2 {
        return Folded {
            articles,
            copies: Vec::new(),
        };
    }
    let prepared: Vec<Prepared> = articles
        .par_iter()
        .map(|a| {
            let hashes = word_hashes(a);
            Prepared {
                text_hash: std::hash::BuildHasher::hash_one(
                    &foldhash::fast::FixedState::default(),
                    hashes.as_slice(),
                ),
                shingles: shingles(&hashes),
                words: hashes.len(),
            }
        })
        .collect();
    let class = exact_classes(&articles, &prepared);
    let mut filings = vec![0usize; articles.len()];
    for &c in &class {
        filings[c] += 1;
    }
    // Looked up once per text, not once per comparison of the sort.
    let filed: Vec<usize> = class.iter().map(|&c| filings[c]).collect();
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&x, &y| {
        preference(&articles[x], filed[x]).cmp(&preference(&articles[y], filed[y]))
    });
    let owners = find_owners(&articles, &prepared, &class, &order, config);
    split(articles, &owners)
}

/// Per text, the first text with the same words (itself when none before
/// it has them). Texts are grouped by [`Prepared::text_hash`] and only
/// texts sharing one are made and compared: the corpus's texts are never
/// all in memory at once.
fn exact_classes(articles: &[Article], prepared: &[Prepared]) -> Vec<usize> {
    let mut by_hash: HashMap<u64, Vec<usize>> = HashMap::default();
    by_hash.reserve(prepared.len());
    for (i, p) in prepared.iter().enumerate() {
        by_hash.entry(p.text_hash).or_default().push(i);
    }
    let mut class: Vec<usize> = (0..prepared.len()).collect();
    for same_hash in by_hash.values().filter(|g| g.len() > 1) {
        let texts: Vec<Vec<u8>> = same_hash.par_iter().map(|&i| text(&articles[i])).collect();
        for (k, &i) in same_hash.iter().enumerate() {
            // Members are in corpus order: the first equal text is the class.
            if let Some(first) = (0..k).find(|&j| texts[j] == texts[k]) {
                class[i] = class[same_hash[first]];
            }
        }
    }
    class
}

/// Sort key of the copy to keep: earliest dated, with an outlet, filed
/// most often word for word (the text others added to or cut is the
/// original), longest, first by path.
fn preference(a: &Article, filed: usize) -> impl Ord + '_ {
    (
        a.date.is_none(),
        a.date,
        a.source.is_none(),
        std::cmp::Reverse(filed),
        std::cmp::Reverse(a.word_count),
        a.path.as_str(),
    )
}

/// The MinHash bands of some texts: which texts share each band value.
struct Bands {
    buckets: HashMap<(usize, u64), Vec<usize>>,
    of_text: HashMap<usize, Vec<(usize, u64)>>,
}

impl Bands {
    /// Signs `texts` (in parallel) and files each under its band values.
    fn of(texts: &[usize], prepared: &[Prepared]) -> Bands {
        let signatures: Vec<(usize, Vec<u64>)> = texts
            .par_iter()
            .map(|&i| (i, signature(&prepared[i].shingles)))
            .collect();
        let mut bands = Bands {
            buckets: HashMap::default(),
            of_text: HashMap::default(),
        };
        for (i, sig) in &signatures {
            for (b, rows) in sig.chunks(ROWS).enumerate() {
                let band = (b, hash_of(rows));
                bands.buckets.entry(band).or_default().push(*i);
                bands.of_text.entry(*i).or_default().push(band);
            }
        }
        bands
    }

    /// The texts sharing a band value with text `i` (with repeats), through
    /// bands no fuller than [`MAX_BUCKET`].
    fn sharing(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.of_text
            .get(&i)
            .into_iter()
            .flatten()
            .filter_map(|band| self.buckets.get(band))
            .filter(|members| members.len() <= MAX_BUCKET)
            .flatten()
            .copied()
    }
}

/// Per article: the article it is a copy of (itself when kept), exact or
/// not, and the similarity.
type Owner = (usize, bool, f64);

fn find_owners(
    articles: &[Article],
    prepared: &[Prepared],
    class: &[usize],
    order: &[usize],
    config: &CopiesConfig,
) -> Vec<Owner> {
    // Per class of exact copies (indexed by its first text), its texts in
    // order of preference; texts without words are in none.
    let mut exact: Vec<Vec<usize>> = vec![Vec::new(); articles.len()];
    for &i in order {
        if prepared[i].words > 0 {
            exact[class[i]].push(i);
        }
    }
    let group_of = |i: usize| Some(exact[class[i]].as_slice()).filter(|g| !g.is_empty());
    // One text per exact group (its preferred copy) goes into the bands.
    let reps: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| {
            let p = &prepared[i];
            p.words >= MIN_NEAR_WORDS && exact[class[i]].first() == Some(&i)
        })
        .collect();
    let bands = Bands::of(&reps, prepared);
    let mut owner: Vec<Option<Owner>> = vec![None; articles.len()];
    for &i in order {
        if owner[i].is_some() {
            continue;
        }
        owner[i] = Some((i, true, 1.0));
        for &j in group_of(i).unwrap_or(&[]) {
            if owner[j].is_none() {
                owner[j] = Some((i, true, 1.0));
            }
        }
        let mut candidates: Vec<usize> = bands
            .sharing(i)
            .filter(|&r| r != i && owner[r].is_none())
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for r in candidates {
            if !within_days(&articles[i], &articles[r], config.near_days) {
                continue;
            }
            let similarity = jaccard(&prepared[i].shingles, &prepared[r].shingles);
            if similarity < config.threshold {
                continue;
            }
            for &j in group_of(r).unwrap_or(&[r]) {
                if owner[j].is_none() {
                    owner[j] = Some((i, false, similarity));
                }
            }
        }
    }
    owner
        .into_iter()
        .enumerate()
        .map(|(i, o)| o.unwrap_or((i, true, 1.0)))
        .collect()
}

/// True when two articles were filed at most `days` apart (or either is undated).
fn within_days(a: &Article, b: &Article, days: u32) -> bool {
    match (a.date, b.date) {
        (Some(x), Some(y)) => (x - y).num_days().unsigned_abs() <= u64::from(days),
        _ => true,
    }
}

/// Splits the corpus into the articles kept and their copies.
fn split(articles: Vec<Article>, owners: &[Owner]) -> Folded {
    let mut new_index = vec![usize::MAX; articles.len()];
    let mut kept = Vec::new();
    let mut pending = Vec::new();
    for (i, article) in articles.into_iter().enumerate() {
        let (of, exact, similarity) = owners[i];
        if of == i {
            new_index[i] = kept.len();
            kept.push(article);
        } else {
            pending.push((article, of, exact, similarity));
        }
    }
    let copies = pending
        .into_iter()
        .map(|(article, of, exact, similarity)| Copy {
            article,
            of: new_index[of],
            exact,
            similarity,
        })
        .collect();
    Folded {
        articles: kept,
        copies,
    }
}

#[cfg(test)]
#[path = "copies_tests.rs"]
mod tests;
