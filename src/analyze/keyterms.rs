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
use super::stopwords::STOP_WORDS;
use crate::content::Article;
use crate::fault::Faults;
use foldhash::HashMap;
use rayon::prelude::*;
use std::borrow::Cow;

/// Key terms shown per article.
pub const TERMS_PER_ARTICLE: usize = 8;
/// Longest phrase, in words.
const MAX_WORDS: usize = 3;
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

/// A candidate phrase's occurrences in one article.
#[derive(Debug, Clone, Default)]
struct Candidate {
    count: usize,
    words: usize,
    surface: String,
    lower_seen: bool,
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

/// One article's candidates after pruning, packed for the wait until every
/// article's are known: their keys (and the surface of a phrase never seen
/// in lower case) in one string, with small numbers beside.
#[derive(Debug, Default)]
struct Packed {
    text: String,
    items: Vec<PackedCandidate>,
}

/// A [`Candidate`] in a [`Packed`] list.
#[derive(Debug, Clone, Copy)]
struct PackedCandidate {
    /// End of the key in the packed text (it starts where the previous
    /// item's text ends).
    key_end: u32,
    /// End of the surface, just after the key (empty unless needed).
    surface_end: u32,
    count: u32,
    words: u8,
    lower_seen: bool,
}

impl Packed {
    /// Packs candidates.
    fn new(list: Vec<(String, Candidate)>) -> Packed {
        let mut packed = Packed {
            text: String::with_capacity(list.iter().map(|(k, c)| k.len() + c.surface.len()).sum()),
            items: Vec::with_capacity(list.len()),
        };
        let at = |text: &String| u32::try_from(text.len()).unwrap_or(u32::MAX);
        for (key, c) in list {
            packed.text.push_str(&key);
            let key_end = at(&packed.text);
            if !c.lower_seen {
                packed.text.push_str(&c.surface);
            }
            packed.items.push(PackedCandidate {
                key_end,
                surface_end: at(&packed.text),
                count: u32::try_from(c.count).unwrap_or(u32::MAX),
                words: u8::try_from(c.words).unwrap_or(u8::MAX),
                lower_seen: c.lower_seen,
            });
        }
        packed
    }

    /// Each candidate with its key.
    fn iter(&self) -> impl Iterator<Item = (&str, &PackedCandidate)> {
        let starts = std::iter::once(0).chain(self.items.iter().map(|c| c.surface_end));
        self.items.iter().zip(starts).map(|(c, start)| {
            let key = self.text.get(start as usize..c.key_end as usize);
            (key.unwrap_or(""), c)
        })
    }

    /// The surface of a candidate never seen in lower case.
    fn surface(&self, c: &PackedCandidate) -> &str {
        self.text
            .get(c.key_end as usize..c.surface_end as usize)
            .unwrap_or("")
    }
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

/// Every candidate phrase of an article with its count.
fn candidates(blocks: &[String], mentions: &[Mention]) -> HashMap<String, Candidate> {
    let mut out: HashMap<String, Candidate> = HashMap::default();
    let mut by_block: Vec<Vec<(usize, usize)>> = vec![Vec::new(); blocks.len()];
    for m in mentions {
        if let Some(list) = by_block.get_mut(m.block()) {
            list.push((m.range().start, m.range().end));
        }
    }
    for (text, mut spans) in blocks.iter().zip(by_block) {
        spans.sort_unstable();
        // Words and spans both go left to right: one cursor keeps this linear
        // (a 5 MB paragraph has a hundred thousand mentions).
        let mut next_span = 0;
        // The current run of content words: (lower case, surface).
        let mut run: Vec<(Cow<'_, str>, &str)> = Vec::new();
        let mut last_end = 0;
        for (start, end) in words(text) {
            let gap = text.get(last_end..start).unwrap_or("");
            if gap.chars().any(|c| !c.is_whitespace()) {
                flush(&mut run, &mut out);
            }
            last_end = end;
            let word = text.get(start..end).unwrap_or("");
            let surface = crate::text::strip_possessive(word).unwrap_or(word);
            let lower = lower_case(surface);
            while spans.get(next_span).is_some_and(|&(_, e)| e <= start) {
                next_span += 1;
            }
            let in_mention = spans.get(next_span).is_some_and(|&(s, _)| s < end);
            if in_mention || !is_content_word(&lower) {
                flush(&mut run, &mut out);
                continue;
            }
            run.push((lower, surface));
        }
        flush(&mut run, &mut out);
    }
    out
}

/// `word` in lower case, borrowed when it is already.
fn lower_case(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else if word.is_ascii() {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Counts every 1–3-word phrase of a run, then empties it.
fn flush(run: &mut Vec<(Cow<'_, str>, &str)>, out: &mut HashMap<String, Candidate>) {
    let mut key = String::new();
    for i in 0..run.len() {
        for n in 1..=MAX_WORDS.min(run.len() - i) {
            let part = &run[i..i + n];
            if !noun_like(part) {
                continue;
            }
            key.clear();
            for (k, w) in part.iter().enumerate() {
                if k > 0 {
                    key.push(' ');
                }
                key.push_str(&w.0);
            }
            let capitalised = part
                .iter()
                .all(|w| w.1.chars().next().is_some_and(char::is_uppercase));
            // The key is allocated only the first time it is seen.
            let c = match out.get_mut(key.as_str()) {
                Some(c) => c,
                None => out.entry(key.clone()).or_insert_with(|| Candidate {
                    words: n,
                    surface: part.iter().map(|w| w.1).collect::<Vec<_>>().join(" "),
                    ..Default::default()
                }),
            };
            c.count += 1;
            c.lower_seen |= !capitalised;
        }
    }
    run.clear();
}

/// Without a part-of-speech tagger, word endings keep phrases noun-ish: an
/// adverb ("potentially") neither opens nor closes a phrase, and a phrase
/// does not end in a past form ("countries signed") or, when it is a single
/// word, in "-ing" ("expanding"). "Armed forces" and "nuclear talks" pass.
fn noun_like(part: &[(Cow<'_, str>, &str)]) -> bool {
    let (Some(first), Some(last)) = (part.first(), part.last()) else {
        return false;
    };
    let adverb = |w: &str| {
        [
            "ally", "ently", "antly", "ously", "ively", "ately", "edly", "ingly", "fully", "ibly",
            "ably",
        ]
        .iter()
        .any(|end| w.ends_with(end))
    };
    let past = |w: &str| w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed");
    let gerund = |w: &str| w.len() > 5 && w.ends_with("ing");
    !(adverb(&first.0) || adverb(&last.0) || past(&last.0) || (part.len() == 1 && gerund(&last.0)))
}

/// Byte ranges of the words of `text`: letters and digits, with inner hyphens
/// and apostrophes ("Moo-jin", "Korea's").
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let joiner = matches!(c, '-' | '\'' | '’')
            && start.is_some()
            && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || joiner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Three letters or more, not a number, not a stop word.
fn is_content_word(lower: &str) -> bool {
    lower.chars().count() >= 3
        && lower.chars().any(char::is_alphabetic)
        && !lower.chars().next().is_some_and(|c| c.is_ascii_digit())
        && STOP_WORDS.binary_search(&lower).is_err()
}

#[cfg(test)]
mod tests {
    use super::*;

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
