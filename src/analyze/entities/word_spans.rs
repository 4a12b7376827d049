//! Word-span scanning of a block: the byte ranges of its words, with
//! abbreviation dots and plural possessive apostrophes kept, before the
//! tokenizer gives them their sentence facts.

use super::compounds::split_compound;
use crate::text::words::{is_apostrophe, HYPHENS};
use std::ops::Range;

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '&' | '.') || HYPHENS.contains(&c)
}

/// The character at byte offset `p` of `text`, if one starts there.
fn char_at(text: &str, p: usize) -> Option<char> {
    match text.as_bytes().get(p) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text.get(p..).and_then(|rest| rest.chars().next()),
        None => None,
    }
}

/// The byte offset past the character at `p` (`p` itself at the end).
fn after(text: &str, p: usize) -> usize {
    p + char_at(text, p).map_or(0, char::len_utf8)
}

/// The byte ranges of the words of `text`, hyphen compounds split where
/// they pair names, possessive suffixes included. Offsets are walked
/// character by character, decoded where they are read.
pub(super) fn word_spans(text: &str) -> Vec<Range<usize>> {
    let mut raw: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < text.len() {
        let alphanumeric = match text.as_bytes().get(i) {
            Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
            _ => char_at(text, i).is_some_and(char::is_alphanumeric),
        };
        if !alphanumeric {
            i = after(text, i).max(i + 1);
            continue;
        }
        let begin = i;
        let mut j = word_end(text, i);
        let word = text.get(begin..j).unwrap_or("");
        // A single capital ("J."), a dotted word ("U.S."), a title ("Dr.")
        // or a legal form ("Co."): looked at only when a full stop follows.
        let initial = || {
            let mut chars = word.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        };
        if char_at(text, j) == Some('.')
            && (word.contains('.')
                || initial()
                || crate::text::is_title_abbreviation(word)
                || crate::text::is_company_form(word))
        {
            j += 1;
        }
        // "Farmers' Union", "St James' Park": a plural possessive apostrophe.
        if char_at(text, j).is_some_and(is_apostrophe)
            && matches!(
                text.get(..j).and_then(|b| b.chars().next_back()),
                Some('s' | 'S')
            )
            && j > begin + 1
            && !char_at(text, after(text, j)).is_some_and(char::is_alphanumeric)
        {
            j = after(text, j);
        }
        // "Jo JorgensenImage: Jo Jorgensen for President.": a scraped
        // caption's label glued to the name before it is a word of its own.
        if let Some(label) = glued_caption_label(text, begin, j) {
            split_compound(text, begin, label, &mut raw);
            raw.push(label..j);
        } else {
            split_compound(text, begin, j, &mut raw);
        }
        i = j;
    }
    raw
}

/// Where a caption's label ("Image", "Photo") begins inside the word at
/// `begin..end`, glued after a lower-case letter and followed by a colon.
fn glued_caption_label(text: &str, begin: usize, end: usize) -> Option<usize> {
    if char_at(text, end) != Some(':') {
        return None;
    }
    let word = text.get(begin..end)?;
    ["Image", "Photo", "Video", "Picture"]
        .iter()
        .find_map(|label| {
            let stem = word.strip_suffix(label)?;
            stem.ends_with(|c: char| c.is_lowercase())
                .then_some(begin + stem.len())
        })
}

/// The byte offset past the word starting at byte `i`: letters and digits,
/// joined by hyphens, apostrophes, ampersands, and the inner dots of
/// dotted acronyms such as "U.S".
fn word_end(text: &str, i: usize) -> usize {
    let mut seg_start = i;
    let mut j = after(text, i);
    loop {
        let c = match text.as_bytes().get(j) {
            Some(b) if b.is_ascii_alphanumeric() => {
                j += 1;
                continue;
            }
            Some(_) => match char_at(text, j) {
                Some(c) => c,
                None => break,
            },
            None => break,
        };
        if c.is_alphanumeric() {
            j += c.len_utf8();
            continue;
        }
        let next_at = j + c.len_utf8();
        let Some(n) = char_at(text, next_at) else {
            break;
        };
        if c == '.' {
            // Inner dots only in dotted acronyms such as "U.S".
            let single = after(text, seg_start) == j
                && char_at(text, seg_start).is_some_and(char::is_uppercase);
            if !(single && n.is_uppercase()) {
                break;
            }
        } else if !(is_joiner(c) && n.is_alphanumeric()) {
            break;
        }
        seg_start = next_at;
        j = next_at + n.len_utf8();
    }
    j
}
