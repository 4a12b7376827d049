//! Corpus-wide capitalisation counts: the evidence that tells a name opening
//! a sentence ("Trump said") from an ordinary word doing so ("Reports say").

use super::hash::HashMap;
use super::tokens::{is_capitalised, Token};

/// Counts `word` once more, allocating its key only the first time.
fn bump(counts: &mut HashMap<String, u32>, word: &str) {
    match counts.get_mut(word) {
        Some(n) => *n += 1,
        None => {
            counts.insert(word.to_string(), 1);
        }
    }
}

/// How often each word is seen capitalised inside a sentence and in lower
/// case, over the whole corpus.
#[derive(Debug, Default)]
pub(crate) struct Stats {
    cap_mid: HashMap<String, u32>,
    lower: HashMap<String, u32>,
}

impl Stats {
    /// Counts the words of one block's tokens.
    pub(super) fn add_block(&mut self, text: &str, tokens: &[Token]) {
        for t in tokens {
            let w = t.word(text);
            if is_capitalised(w) {
                if !t.initial {
                    bump(&mut self.cap_mid, w);
                }
            } else if w.chars().next().is_some_and(char::is_lowercase) {
                bump(&mut self.lower, w);
            }
        }
    }

    /// Sums two counts.
    pub(super) fn merge(mut self, other: Stats) -> Stats {
        for (k, v) in other.cap_mid {
            *self.cap_mid.entry(k).or_default() += v;
        }
        for (k, v) in other.lower {
            *self.lower.entry(k).or_default() += v;
        }
        self
    }

    pub(crate) fn cap_mid(&self, word: &str) -> u32 {
        self.cap_mid.get(word).copied().unwrap_or(0)
    }

    pub(crate) fn lower(&self, word: &str) -> u32 {
        if word.chars().any(char::is_uppercase) {
            self.lower.get(&word.to_lowercase()).copied().unwrap_or(0)
        } else {
            self.lower.get(word).copied().unwrap_or(0)
        }
    }

    /// More often an ordinary lower-case word than a capitalised one.
    pub(crate) fn common(&self, word: &str) -> bool {
        self.lower(word) > self.cap_mid(word)
    }
}
