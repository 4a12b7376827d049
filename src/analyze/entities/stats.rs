//! Corpus-wide capitalisation counts: the evidence that tells a name opening
//! a sentence ("Trump said") from an ordinary word doing so ("Reports say").

use super::hash::HashMap;
use super::tokens::{adjacent, is_capitalised, Token};
use super::trim_words::is_honorific;

/// Counts `word` once more, allocating its key only the first time.
fn bump(counts: &mut HashMap<String, u32>, word: &str) {
    match counts.get_mut(word) {
        Some(n) => *n += 1,
        None => {
            counts.insert(word.to_string(), 1);
        }
    }
}

/// How a counted word was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Seen {
    /// In lower case.
    Lower,
    /// Capitalised inside a sentence, beside another capitalised word
    /// ("Computer" of "Apple Computer").
    InName,
    /// Capitalised inside a sentence with no capitalised word beside it
    /// but a title ("shares in Shell", "Mr Blair").
    Alone,
}

/// The words of one block's tokens that the counts take, borrowed from
/// `text` (appended to `out`), each with how it was written.
pub(super) fn counted_words<'t>(text: &'t str, tokens: &[Token], out: &mut Vec<(&'t str, Seen)>) {
    let named = |i: usize| {
        tokens.get(i).is_some_and(|t| {
            let w = t.word(text);
            is_capitalised(w) && !super::lexicon::is_title(w) && !is_honorific(w)
        })
    };
    for (i, t) in tokens.iter().enumerate() {
        let w = t.word(text);
        if is_capitalised(w) {
            if !t.initial {
                let before = i.checked_sub(1).is_some_and(|p| {
                    named(p)
                        && adjacent(text, tokens, p, i)
                        && !tokens.get(p).is_some_and(Token::possessive)
                });
                // "Workers' Party": a plural possessive inside a name.
                let after = named(i + 1)
                    && adjacent(text, tokens, i, i + 1)
                    && (!t.possessive() || t.plural_possessive(text));
                // "World Festival of Youth and Students": past a connector
                // after an ordinary word, the last word of a longer name
                // (not "BP and Shell", a name of its own).
                let joined = i.checked_sub(2).is_some_and(|p| {
                    let word = |k: usize| tokens.get(k).map_or("", |t| t.word(text));
                    let (w0, link) = (word(p), word(p + 1));
                    matches!(link, "and" | "of" | "&")
                        && named(p)
                        && super::lexicon::is_english_word(w0)
                        && adjacent(text, tokens, p, p + 1)
                        && adjacent(text, tokens, p + 1, i)
                });
                out.push((
                    w,
                    if before || after || joined {
                        Seen::InName
                    } else {
                        Seen::Alone
                    },
                ));
            }
        } else if w.chars().next().is_some_and(char::is_lowercase) {
            out.push((w, Seen::Lower));
        }
    }
}

/// How often each word is seen capitalised inside a sentence (and how
/// often alone) and in lower case, over the whole corpus.
#[derive(Debug, Default)]
pub(crate) struct Stats {
    cap_mid: HashMap<String, u32>,
    alone: HashMap<String, u32>,
    lower: HashMap<String, u32>,
}

impl Stats {
    /// Counts the words [`counted_words`] listed.
    pub(super) fn add(&mut self, words: &[(&str, Seen)]) {
        for &(w, seen) in words {
            match seen {
                Seen::Lower => bump(&mut self.lower, w),
                Seen::InName => bump(&mut self.cap_mid, w),
                Seen::Alone => {
                    bump(&mut self.cap_mid, w);
                    bump(&mut self.alone, w);
                }
            }
        }
    }

    /// Sums two counts (the smaller into the larger).
    pub(super) fn merge(mut self, mut other: Stats) -> Stats {
        if self.cap_mid.len() + self.lower.len() < other.cap_mid.len() + other.lower.len() {
            std::mem::swap(&mut self, &mut other);
        }
        for (k, v) in other.cap_mid {
            *self.cap_mid.entry(k).or_default() += v;
        }
        for (k, v) in other.alone {
            *self.alone.entry(k).or_default() += v;
        }
        for (k, v) in other.lower {
            *self.lower.entry(k).or_default() += v;
        }
        self
    }

    pub(crate) fn cap_mid(&self, word: &str) -> u32 {
        self.cap_mid.get(word).copied().unwrap_or(0)
    }

    /// Capitalised inside a sentence with no other name word beside it.
    pub(crate) fn alone(&self, word: &str) -> u32 {
        self.alone.get(word).copied().unwrap_or(0)
    }

    pub(crate) fn lower(&self, word: &str) -> u32 {
        let count = |w: &str| self.lower.get(w).copied().unwrap_or(0);
        if !word.chars().any(char::is_uppercase) {
            return count(word);
        }
        crate::text::words::with_lowercase(word, count)
    }

    /// More often an ordinary lower-case word than a capitalised one.
    pub(crate) fn common(&self, word: &str) -> bool {
        self.lower(word) > self.cap_mid(word)
    }
}
