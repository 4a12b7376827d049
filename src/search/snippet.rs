//! Chooses the compact text kept per document for result snippets.
//!
//! The full body is indexed, but only a short extract of it is shipped to the
//! browser, and a snippet can only show a query's terms if that extract holds
//! them. People search for distinctive words (names, places, things: "Kursk",
//! "sturgeon"), which are rare in the corpus. So the extract is the lead
//! sentence (it says what the page is about) plus the sentences that add the
//! most *new rare terms per character*: a greedy cover of the document's
//! vocabulary weighted by inverse document frequency. Sentences are kept in
//! document order; a gap between two kept sentences is marked with an
//! ellipsis so that the snippet never pretends to be continuous text.

use crate::text;
use rayon::prelude::*;
use std::borrow::Cow;

/// Hash maps of words, with a fast hasher: the keys are the corpus's own
/// words, and nothing depends on the maps' order.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// Characters of body text kept per document for snippets.
pub const TEXT_BUDGET: usize = 700;

/// Separator placed between two kept sentences that are not adjacent.
const GAP: &str = " … ";

/// Document frequencies of the words of a corpus, for weighting terms.
#[derive(Debug, Default)]
pub struct TermStats {
    df: HashMap<String, u32>,
    docs: usize,
}

impl TermStats {
    /// Counts, for every word, how many of `bodies` contain it.
    pub fn new<T: AsRef<str>>(bodies: impl IntoIterator<Item = T>) -> TermStats {
        bodies
            .into_iter()
            .fold(TermStats::default(), |stats, body| {
                stats.count(body.as_ref())
            })
    }

    /// [`TermStats::new`], the bodies counted in parallel and the counts
    /// then summed.
    pub fn par_new<T: AsRef<str> + Send>(bodies: impl IntoParallelIterator<Item = T>) -> TermStats {
        bodies
            .into_par_iter()
            .fold(TermStats::default, |stats, body| stats.count(body.as_ref()))
            .reduce(TermStats::default, TermStats::merge)
    }

    /// These counts with one more document, `body`.
    fn count(mut self, body: &str) -> TermStats {
        self.docs += 1;
        let words: HashSet<Cow<'_, str>> = words(body).collect();
        for w in words {
            match self.df.get_mut(w.as_ref()) {
                Some(n) => *n += 1,
                None => {
                    self.df.insert(w.into_owned(), 1);
                }
            }
        }
        self
    }

    /// The counts of two sets of documents together.
    fn merge(mut a: TermStats, mut b: TermStats) -> TermStats {
        if a.df.len() < b.df.len() {
            std::mem::swap(&mut a, &mut b);
        }
        a.docs += b.docs;
        for (w, n) in b.df {
            *a.df.entry(w).or_insert(0) += n;
        }
        a
    }

    /// Inverse document frequency of `word` (lower-cased); short words and
    /// words in most documents weigh nothing.
    fn idf(&self, word: &str) -> f64 {
        if word.chars().count() < 3 {
            return 0.0;
        }
        let df = self.df.get(word).copied().unwrap_or(0) as f64;
        (((self.docs as f64) + 1.0) / (df + 1.0)).ln().max(0.0) + 0.1
    }
}

/// The lower-cased words of `text` (borrowed when already lower case).
fn words(text: &str) -> impl Iterator<Item = Cow<'_, str>> + '_ {
    text.split(|c: char| {
        // The same test as `is_word_char`, without its table lookups for ASCII.
        if c.is_ascii() {
            !c.is_ascii_alphanumeric()
        } else {
            !text::is_word_char(c)
        }
    })
    .filter(|w| !w.is_empty())
    .map(|w| {
        if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            Cow::Borrowed(w)
        } else {
            Cow::Owned(w.to_lowercase())
        }
    })
}

/// Returns the snippet source text for `body`: at most about
/// [`TEXT_BUDGET`] characters, made of whole sentences where possible.
pub fn snippet_text(body: &str, stats: &TermStats) -> String {
    let sentences = split_sentences(body);
    if sentences.is_empty() {
        return String::new();
    }
    let lengths: Vec<usize> = sentences.iter().map(|s| s.chars().count()).collect();
    let total: usize = lengths.iter().map(|l| l + 1).sum();
    if total <= TEXT_BUDGET {
        return sentences.join(" ");
    }
    let vocabulary = Vocabulary::new(&sentences, stats);
    let keep = choose(&vocabulary, &lengths);
    text::shorten(&join_kept(&sentences, &keep), TEXT_BUDGET)
}

/// A document's sentences as their distinct words, numbered per document,
/// with each word's weight computed once.
struct Vocabulary {
    /// Per sentence, its words' numbers, in first-seen order.
    sentences: Vec<Vec<usize>>,
    /// Per word, its weight ([`TermStats::idf`]).
    weights: Vec<f64>,
}

impl Vocabulary {
    /// Numbers the words in first-seen order, so that the gains (sums of
    /// floats) add up the same way on every build.
    fn new(sentences: &[String], stats: &TermStats) -> Vocabulary {
        let mut ids: HashMap<Cow<'_, str>, usize> = HashMap::default();
        let mut weights: Vec<f64> = Vec::new();
        let sentences = sentences
            .iter()
            .map(|s| {
                let mut list: Vec<usize> = Vec::new();
                for w in words(s) {
                    let next = ids.len();
                    let id = *ids.entry(w).or_insert_with_key(|w| {
                        weights.push(stats.idf(w));
                        next
                    });
                    if !list.contains(&id) {
                        list.push(id);
                    }
                }
                list
            })
            .collect();
        Vocabulary { sentences, weights }
    }
}

/// Which sentences to keep: the lead sentence, always (cut later if it
/// alone is over budget), then, greedily, the sentence adding the most new
/// rare terms per character, while one fits.
fn choose(vocabulary: &Vocabulary, lengths: &[usize]) -> Vec<bool> {
    let mut covered = vec![false; vocabulary.weights.len()];
    let mut keep = vec![false; lengths.len()];
    let take = |i: usize, keep: &mut [bool], covered: &mut [bool]| {
        keep[i] = true;
        for &w in &vocabulary.sentences[i] {
            covered[w] = true;
        }
    };
    take(0, &mut keep, &mut covered);
    let mut used = lengths[0];
    loop {
        let mut best: Option<(usize, f64)> = None;
        for (i, ws) in vocabulary.sentences.iter().enumerate() {
            if keep[i] || used + lengths[i] + GAP.len() > TEXT_BUDGET {
                continue;
            }
            let gain: f64 = ws
                .iter()
                .filter(|&&w| !covered[w])
                .map(|&w| vocabulary.weights[w])
                .sum();
            let value = gain / (lengths[i] as f64 + 20.0);
            if gain > 0.0 && best.is_none_or(|(_, v)| value > v) {
                best = Some((i, value));
            }
        }
        let Some((i, _)) = best else { break };
        take(i, &mut keep, &mut covered);
        used += lengths[i] + GAP.chars().count();
    }
    keep
}

/// The kept sentences in document order, a gap between two that are not
/// adjacent marked with [`GAP`], and a trailing ellipsis when text follows.
fn join_kept(sentences: &[String], keep: &[bool]) -> String {
    let mut out = String::new();
    let mut previous: Option<usize> = None;
    for (i, s) in sentences.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        match previous {
            Some(p) if p + 1 == i => out.push(' '),
            Some(_) => out.push_str(GAP),
            None => {}
        }
        out.push_str(s);
        previous = Some(i);
    }
    if previous.is_some_and(|p| p + 1 < sentences.len()) {
        out.push_str(" …");
    }
    out
}

/// The sentences of `text` (split at line breaks too), each with its white
/// space collapsed.
fn split_sentences(text: &str) -> Vec<String> {
    text.lines()
        .flat_map(|line| {
            text::split_sentences(line)
                .into_iter()
                .filter_map(move |r| line.get(r))
        })
        .map(text::collapse_whitespace)
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_body_is_kept_whole() {
        let stats = TermStats::default();
        assert_eq!(
            snippet_text("One. Two  words.\nThree", &stats),
            "One. Two words. Three"
        );
    }

    #[test]
    fn long_body_keeps_lead_and_named_sentences() {
        let filler = "The weather was mild and nothing much happened that day. ".repeat(30);
        let body = format!(
            "Lead sentence about talks. {filler}Kim Jong Un met Vladimir Putin in Vostok. {filler}"
        );
        let other = "the weather was mild in Vostok.";
        let stats = TermStats::new([body.as_str(), other]);
        let text = snippet_text(&body, &stats);
        assert!(text.starts_with("Lead sentence about talks."), "{text}");
        assert!(
            text.contains("… Kim Jong Un met Vladimir Putin in Vostok. …"),
            "{text}"
        );
        assert!(text.chars().count() <= TEXT_BUDGET);
    }

    #[test]
    fn abbreviations_do_not_split() {
        let s = split_sentences("U.S. President Trump spoke. Then Mr. Kim left.");
        assert_eq!(s, vec!["U.S. President Trump spoke.", "Then Mr. Kim left."]);
    }
}
