//! Key-term candidates: the runs of content words of an article, outside
//! entity mentions, and every phrase of one to three words in them, with
//! their counts and whether they were ever written in lower case.

use crate::analyze::entities::Mention;
use crate::analyze::stopwords::STOP_WORDS;
use foldhash::HashMap;
use std::borrow::Cow;

/// Longest phrase, in words.
const MAX_WORDS: usize = 3;

/// A candidate phrase's occurrences in one article.
#[derive(Debug, Clone, Default)]
pub(super) struct Candidate {
    /// Occurrences in the article.
    pub(super) count: usize,
    /// Length of the phrase, in words.
    pub(super) words: usize,
    /// The phrase as first written.
    pub(super) surface: String,
    /// Whether it was ever written with a word not capitalised.
    pub(super) lower_seen: bool,
}

/// Every candidate phrase of an article with its count.
pub(super) fn candidates(blocks: &[String], mentions: &[Mention]) -> HashMap<String, Candidate> {
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
