//! Sentence splitting, the one splitter every stage uses.

use super::abbreviations;
use super::cut::grapheme_floor;
use super::words::is_function_word;
use std::ops::Range;

/// Longest sentence, in bytes, handed to analysis. A longer run without a
/// sentence end (a table dump, a list of names, a bad scrape) is cut at a
/// word boundary, so that no work or copy per sentence grows with the input.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// How far the abbreviation test looks around a full stop, in bytes.
const WORD_LOOK: usize = 48;
/// Most closing marks that may follow a sentence's final mark.
const MAX_CLOSERS: usize = 8;

/// Characters that may follow a sentence's final mark and still belong to it.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '.' | '!' | '?' | '…'
    )
}

/// Characters that may open a sentence besides a capital letter or digit.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '—' | '-')
}

/// Does a sentence start with `c`? Upper case, digits, opening quotes and
/// letters of scripts without case (Chinese, Arabic, Hindi …).
fn opens_sentence(c: char) -> bool {
    c.is_numeric() || is_opener(c) || (c.is_alphabetic() && !c.is_lowercase())
}

/// The word that ends just before byte `dot` (letters, digits and inner
/// dots), looking back at most [`WORD_LOOK`] bytes.
fn word_before(text: &str, dot: usize) -> &str {
    let from = grapheme_floor(text, dot.saturating_sub(WORD_LOOK));
    let head = text.get(from..dot).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head.get(start..).unwrap_or("")
}

/// The word that starts at byte `at`, skipping opening punctuation, looking
/// ahead at most [`WORD_LOOK`] bytes.
fn word_after(text: &str, at: usize) -> &str {
    let to = grapheme_floor(text, at.saturating_add(WORD_LOOK));
    let tail = text.get(at..to).unwrap_or("");
    let tail = tail.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = tail
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(tail.len(), |(i, _)| i);
    tail.get(..end).unwrap_or("")
}

/// The sentences of one block of text, as byte ranges without surrounding
/// white space, in order. Lazy: taking the first sentence of a long block
/// reads only that sentence.
#[derive(Debug, Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    start: usize,
}

impl<'a> Sentences<'a> {
    /// The sentences of `text`.
    pub fn new(text: &'a str) -> Sentences<'a> {
        Sentences { text, start: 0 }
    }

    /// Byte offset of the first non-space character at or after `at`.
    fn skip_space(&self, at: usize) -> usize {
        let rest = self.text.get(at..).unwrap_or("");
        at + (rest.len() - rest.trim_start().len())
    }

    /// The text's end of the sentence (trailing spaces dropped) that runs
    /// from `from` to at most `to`.
    fn trimmed_end(&self, from: usize, to: usize) -> usize {
        from + self.text.get(from..to).unwrap_or("").trim_end().len()
    }

    /// When the terminator `c` at byte `at` ends a sentence: the end of that
    /// sentence and the start of the next.
    fn sentence_break(&self, at: usize, c: char) -> Option<(usize, usize)> {
        let text = self.text;
        let mut end = at + c.len_utf8();
        let mut closers = 0;
        while let Some(q) = text.get(end..).and_then(|t| t.chars().next()) {
            if !is_closer(q) || closers == MAX_CLOSERS {
                break;
            }
            end += q.len_utf8();
            closers += 1;
        }
        let after = text.get(end..)?.chars().next()?;
        if !after.is_whitespace() {
            return None;
        }
        let next_start = self.skip_space(end);
        let next = text.get(next_start..)?.chars().next()?;
        if !opens_sentence(next) {
            return None;
        }
        if c == '.' && closers == 0 {
            let before = word_before(text, at);
            let initial = before.chars().count() == 1 && before.chars().all(char::is_uppercase);
            // "the drama Elizabeth I. The show …": an initial before a
            // function word ends a sentence; a surname or another initial
            // follows an initial ("Wayne A. I. Frederick").
            let next = word_after(text, next_start);
            let initial = initial && (next.chars().count() == 1 || !is_function_word(next));
            if abbreviations::is_fixed(before) || initial {
                return None;
            }
            if abbreviations::is_soft(before) && !is_function_word(word_after(text, next_start)) {
                return None;
            }
        }
        Some((end, next_start))
    }
}

impl Iterator for Sentences<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        let text = self.text;
        let start = self.skip_space(self.start);
        if start >= text.len() {
            self.start = text.len();
            return None;
        }
        let limit = grapheme_floor(text, start.saturating_add(MAX_SENTENCE_BYTES));
        let window = text.get(start..limit).unwrap_or("");
        for (i, c) in terminators(window) {
            if let Some((end, next_start)) = self.sentence_break(start + i, c) {
                self.start = next_start;
                return Some(start..end);
            }
        }
        if limit >= text.len() {
            self.start = text.len();
            return Some(start..self.trimmed_end(start, text.len()));
        }
        // Too long without an end: cut at the last white space, or anywhere
        // between graphemes when there is none.
        let cut = window
            .rfind(char::is_whitespace)
            .filter(|&i| i > 0)
            .map_or(limit, |i| start + i);
        self.start = cut;
        Some(start..self.trimmed_end(start, cut))
    }
}

/// The sentence terminators of `text` (".", "!", "?", "…") with their byte
/// offsets, found byte by byte: all are ASCII but "…", checked where a
/// character starts with its first byte.
fn terminators(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.bytes().enumerate().filter_map(move |(i, b)| match b {
        b'.' => Some((i, '.')),
        b'!' => Some((i, '!')),
        b'?' => Some((i, '?')),
        0xE2 => text
            .get(i..)
            .filter(|rest| rest.starts_with('…'))
            .map(|_| (i, '…')),
        _ => None,
    })
}

/// The sentences of `text` as byte ranges (see [`Sentences`]).
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    Sentences::new(text).collect()
}

/// The first sentence of `text` (all of it, trimmed, when it has one).
pub fn first_sentence(text: &str) -> &str {
    Sentences::new(text)
        .next()
        .and_then(|r| text.get(r))
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str) -> Vec<&str> {
        split_sentences(text)
            .into_iter()
            .filter_map(|r| text.get(r))
            .collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            pieces("One two. Three four! Five?"),
            ["One two.", "Three four!", "Five?"]
        );
    }

    #[test]
    fn keeps_abbreviations_and_initials() {
        let t = "Mr. Smith met U.S. President Joe Biden and J. R. Tolkien. It cost 3.5 million.";
        assert_eq!(
            pieces(t),
            [
                "Mr. Smith met U.S. President Joe Biden and J. R. Tolkien.",
                "It cost 3.5 million."
            ]
        );
    }

    #[test]
    fn an_initial_before_a_function_word_ends_a_sentence() {
        let t = "She played Elizabeth I. The film won. Wayne A. I. Frederick spoke.";
        assert_eq!(
            pieces(t),
            [
                "She played Elizabeth I.",
                "The film won.",
                "Wayne A. I. Frederick spoke."
            ]
        );
    }

    #[test]
    fn a_sum_with_a_unit_ends_a_sentence() {
        let t = "Profit fell to £1.5bn. Sales rose by 2.4m. Costs were cut, e.g. jobs.";
        assert_eq!(
            pieces(t),
            [
                "Profit fell to £1.5bn.",
                "Sales rose by 2.4m.",
                "Costs were cut, e.g. jobs."
            ]
        );
    }

    #[test]
    fn acronym_at_sentence_end_splits_before_function_word() {
        let t = "He flew to the U.S. The talks began.";
        assert_eq!(pieces(t), ["He flew to the U.S.", "The talks began."]);
    }

    #[test]
    fn closing_quote_stays_with_sentence() {
        let t = "They pledged a “new stage.” Kim wrote back. “Why?” he asked.";
        assert_eq!(
            pieces(t),
            [
                "They pledged a “new stage.”",
                "Kim wrote back.",
                "“Why?” he asked."
            ]
        );
    }

    #[test]
    fn unicode_spaces_and_caseless_scripts() {
        assert_eq!(
            first_sentence("The firm lost £5\u{a0}bn. Shares fell."),
            "The firm lost £5\u{a0}bn."
        );
        assert_eq!(
            pieces("Ends here.\u{2009}Next one.\u{3000}北朝鮮は発表した"),
            ["Ends here.", "Next one.", "北朝鮮は発表した"]
        );
        assert_eq!(pieces("\u{a0}\u{2009} "), Vec::<&str>::new());
    }

    #[test]
    fn long_runs_are_cut_at_words() {
        let text = "Kim Jong Un met Vladimir Putin ".repeat(1000);
        let parts = split_sentences(&text);
        assert!(parts.len() > 5);
        for r in &parts {
            assert!(r.len() <= MAX_SENTENCE_BYTES);
            let piece = text.get(r.clone()).unwrap_or_default();
            assert!(!piece.is_empty() && !piece.starts_with(' ') && !piece.ends_with(' '));
        }
        let unbroken = "é".repeat(5000);
        assert!(split_sentences(&unbroken)
            .iter()
            .all(|r| r.len() <= MAX_SENTENCE_BYTES));
    }
}
