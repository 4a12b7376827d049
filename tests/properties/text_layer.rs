//! The text layer (`dossier::text`) on hazard text: normalisation,
//! sentences, cuts at word and grapheme boundaries, whole words and
//! possessives, white space.

use dossier::text::cut::{byte_offset_of_char, grapheme_ceil, grapheme_floor, prefix_at_break};
use dossier::text::sentences::Sentences;
use dossier::text::words::{is_apostrophe, is_function_word, possessive_len, word_list};
use dossier::text::{
    collapse_whitespace, contains_word, first_sentence, is_invisible, is_whole_word, is_word_char,
    normalize, shorten, shorten_start, split_sentences, strip_possessive, window,
    MAX_SENTENCE_BYTES,
};

use proptest::prelude::*;
use std::borrow::Cow;
use unicode_normalization::{is_nfc, UnicodeNormalization};
use unicode_segmentation::UnicodeSegmentation;

use crate::strategies::{config, hazard_text, hazard_token, text_input};

/// Characters [`normalize`] must remove or turn into line breaks.
pub(crate) fn needs_fixing(c: char) -> bool {
    is_invisible(c)
        || matches!(c, '\r' | '\u{2028}' | '\u{2029}')
        || (c.is_control() && !matches!(c, '\n' | '\t'))
}

/// Is byte `at` a boundary between grapheme clusters of `text`?
fn is_grapheme_boundary(text: &str, at: usize) -> bool {
    at == text.len() || text.grapheme_indices(true).any(|(i, _)| i == at)
}

/// The sentence ranges' invariants, for any input.
fn check_sentences(text: &str) -> Result<(), TestCaseError> {
    let ranges = split_sentences(text);
    prop_assert_eq!(&ranges, &Sentences::new(text).collect::<Vec<_>>());
    let mut last = 0;
    for r in &ranges {
        let piece = text.get(r.clone());
        prop_assert!(piece.is_some(), "{:?} off a char boundary of {:?}", r, text);
        let piece = piece.unwrap_or_default();
        prop_assert!(r.start >= last, "{:?} overlaps or is out of order", ranges);
        let gap = text.get(last..r.start).unwrap_or("x");
        prop_assert!(gap.trim().is_empty(), "text {:?} between sentences", gap);
        prop_assert!(!piece.is_empty(), "empty sentence {:?}", r);
        prop_assert_eq!(piece, piece.trim());
        // A cut sentence may keep up to eight closing marks past the limit.
        prop_assert!(r.len() <= MAX_SENTENCE_BYTES + 32, "{} bytes", r.len());
        last = r.end;
    }
    prop_assert!(text.get(last..).unwrap_or("x").trim().is_empty());
    let first = first_sentence(text);
    prop_assert_eq!(
        first,
        ranges
            .first()
            .and_then(|r| text.get(r.clone()))
            .unwrap_or("")
    );
    prop_assert!(text.contains(first));
    prop_assert_eq!(dossier::content::text::first_sentence(text), first);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn normalize_is_idempotent_clean_and_nfc(text in hazard_text()) {
        let once = normalize(&text);
        prop_assert!(!once.contains(needs_fixing), "{:?}", once);
        prop_assert!(is_nfc(&once), "{:?}", once);
        let twice = normalize(&once);
        prop_assert_eq!(twice.as_ref(), once.as_ref());
        if let Cow::Borrowed(b) = &once {
            prop_assert_eq!(*b, text.as_str());
        }
        // Nothing else changes: the same text with line breaks made `\n`,
        // the unwanted characters dropped, composed.
        let expected: String = text
            .replace("\r\n", "\n")
            .replace(['\r', '\u{2028}'], "\n")
            .replace('\u{2029}', "\n\n")
            .chars()
            .filter(|&c| !needs_fixing(c))
            .nfc()
            .collect();
        prop_assert_eq!(once.as_ref(), expected.as_str());
    }

    #[test]
    fn invisible_characters_are_exactly_what_normalize_drops(c in any::<char>()) {
        if is_invisible(c) {
            prop_assert!(!c.is_alphanumeric() && !is_word_char(c) && !c.is_whitespace());
            let glued = format!("a{c}b");
            let clean = normalize(&glued);
            prop_assert_eq!(clean.as_ref(), "ab");
        }
        let (zwj, zwnj) = ('\u{200D}', '\u{200C}');
        prop_assert!(!is_invisible(zwj) && !is_invisible(zwnj));
        if c.is_alphanumeric() {
            prop_assert!(is_word_char(c));
        }
        if c.is_whitespace() {
            prop_assert!(!is_word_char(c));
        }
    }

    #[test]
    fn sentences_are_ordered_trimmed_and_bounded(text in text_input()) {
        check_sentences(&text)?;
        check_sentences(&normalize(&text))?;
    }

    #[test]
    fn shorten_gives_a_bounded_prefix(text in text_input(), max in 1usize..160) {
        let out = shorten(&text, max);
        let trimmed = text.trim();
        prop_assert!(out.chars().count() <= max, "{:?} has more than {} chars", out, max);
        if trimmed.chars().count() <= max {
            prop_assert_eq!(out.as_str(), trimmed);
        } else {
            let head = out.strip_suffix('…');
            prop_assert!(head.is_some(), "{:?} cut without an ellipsis", out);
            let head = head.unwrap_or_default();
            prop_assert!(trimmed.starts_with(head), "{:?} is no prefix of {:?}", head, trimmed);
            prop_assert!(is_grapheme_boundary(trimmed, head.len()), "{:?} splits a grapheme", head);
            prop_assert!(!head.ends_with(char::is_whitespace));
        }
    }

    #[test]
    fn shorten_start_gives_a_bounded_suffix(text in text_input(), max in 1usize..160) {
        let out = shorten_start(&text, max);
        prop_assert!(out.chars().count() <= max, "{:?} has more than {} chars", out, max);
        if text.chars().count() <= max {
            prop_assert_eq!(&out, &text);
        } else {
            let tail = out.strip_prefix('…');
            prop_assert!(tail.is_some(), "{:?} cut without an ellipsis", out);
            let tail = tail.unwrap_or_default();
            prop_assert!(text.ends_with(tail), "{:?} is no suffix of {:?}", tail, text);
            prop_assert!(!tail.starts_with(char::is_whitespace));
        }
    }

    #[test]
    fn window_is_bounded_and_on_char_boundaries(
        text in text_input(),
        start in 0usize..20_000,
        len in 0usize..40,
        radius in 0usize..120,
    ) {
        let start = start % (text.len() + 2);
        let end = start.saturating_add(len);
        let (before, after) = window(&text, start, end, radius);
        let (b, a) = (text.get(before.clone()), text.get(after.clone()));
        prop_assert!(b.is_some() && a.is_some(), "{:?} {:?} in {} bytes", before, after, text.len());
        prop_assert!(before.start <= before.end && before.end <= after.start && after.start <= after.end);
        prop_assert!(before.end <= start.min(text.len()));
        prop_assert!(after.start >= end.min(text.len()));
        prop_assert!(after.end <= text.len());
        prop_assert!(b.unwrap_or_default().chars().count() <= radius + 1);
        prop_assert!(a.unwrap_or_default().chars().count() <= radius);
    }

    #[test]
    fn window_never_splits_a_grapheme(
        text in hazard_text(),
        start in 0usize..2_000,
        len in 0usize..40,
        radius in 0usize..60,
    ) {
        let text = normalize(&text);
        let start = grapheme_floor(&text, start % (text.len() + 1));
        let end = grapheme_ceil(&text, start + len);
        let (before, after) = window(&text, start, end, radius);
        for at in [before.start, before.end, after.start, after.end] {
            prop_assert!(is_grapheme_boundary(&text, at), "{} in {:?} ({:?} {:?})", at, text, before, after);
        }
    }

    #[test]
    fn grapheme_floor_and_ceil_are_the_nearest_boundaries(text in hazard_text(), at in 0usize..1_000) {
        let floor = grapheme_floor(&text, at);
        let ceil = grapheme_ceil(&text, at);
        let at = at.min(text.len());
        prop_assert!(floor <= at && at <= ceil && ceil <= text.len());
        prop_assert!(is_grapheme_boundary(&text, floor) && is_grapheme_boundary(&text, ceil));
        prop_assert!((floor + 1..ceil).all(|i| i == at || !is_grapheme_boundary(&text, i)));
    }

    #[test]
    fn byte_offset_of_char_counts_chars(text in hazard_text(), n in 0usize..200) {
        let at = byte_offset_of_char(&text, n);
        let head = text.get(..at);
        prop_assert!(head.is_some());
        prop_assert_eq!(head.unwrap_or_default().chars().count(), n.min(text.chars().count()));
    }

    #[test]
    fn prefix_at_break_is_a_bounded_prefix(text in text_input(), max in 0usize..200, dash in any::<bool>()) {
        let out = if dash {
            prefix_at_break(&text, max, |c| c == '-')
        } else {
            prefix_at_break(&text, max, char::is_whitespace)
        };
        prop_assert!(text.starts_with(out));
        prop_assert!(out.chars().count() <= max);
        if text.chars().count() <= max {
            prop_assert_eq!(out, text.as_str());
        }
        let clean = normalize(&text);
        let out = prefix_at_break(&clean, max, char::is_whitespace);
        prop_assert!(is_grapheme_boundary(&clean, out.len()), "{:?} of {:?}", out, clean);
    }

    #[test]
    fn words_and_possessives_keep_their_invariants(
        text in hazard_text(),
        word in hazard_token(),
        start in 0usize..400,
        len in 0usize..20,
    ) {
        let end = start + len;
        if is_whole_word(&text, start, end) {
            prop_assert!(text.get(start..end).is_some());
        }
        if contains_word(&text, &word) {
            prop_assert!(!word.is_empty() && text.contains(word.as_str()));
        }
        prop_assert!(!contains_word(&text, ""));
        // A word of word characters, set off by spaces, is always found.
        let plain: String = word.chars().filter(|&c| is_word_char(c)).collect();
        if !plain.is_empty() {
            let padded = format!("{text} {plain} {text}");
            prop_assert!(contains_word(&padded, &plain), "{:?} in {:?}", plain, padded);
            let glued = format!("x{plain}");
            prop_assert!(!is_whole_word(&glued, 1, glued.len()));
        }
        for w in [text.as_str(), word.as_str()] {
            if let Some(stem) = strip_possessive(w) {
                prop_assert!(!stem.is_empty() && stem.len() < w.len() && w.starts_with(stem));
                let rest = w.get(stem.len()..).unwrap_or_default();
                prop_assert!(
                    ["'s", "’s", "ʼs", "'S", "’S", "ʼS", "'", "’", "ʼ"].contains(&rest),
                    "{:?}", rest
                );
            }
            let n = possessive_len(w);
            if n > 0 {
                let suffix = w.get(..n).unwrap_or_default();
                prop_assert!(["'s", "’s", "ʼs", "'S", "’S", "ʼS"].contains(&suffix), "{:?}", suffix);
                prop_assert!(!w.get(n..).unwrap_or_default().starts_with(is_word_char));
            }
            let _ = is_function_word(w);
        }
        for c in text.chars() {
            if is_apostrophe(c) {
                prop_assert!(!is_word_char(c));
            }
        }
        // Leaked on purpose: word_list takes a &'static str (a few bytes a case).
        let list: &'static str = Box::leak(text.clone().into_boxed_str());
        for item in word_list(list) {
            prop_assert!(!item.is_empty() && item.trim() == item && !item.contains('|'));
        }
    }

    #[test]
    fn collapse_whitespace_leaves_single_ascii_spaces(text in text_input()) {
        let out = collapse_whitespace(&text);
        prop_assert_eq!(out.trim(), out.as_str());
        prop_assert!(!out.contains("  "));
        prop_assert!(!out.chars().any(|c| c.is_whitespace() && c != ' '));
        prop_assert_eq!(collapse_whitespace(&out), out.clone());
        prop_assert_eq!(out, text.split_whitespace().collect::<Vec<_>>().join(" "));
    }
}
