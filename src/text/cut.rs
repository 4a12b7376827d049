//! Cutting text to a length at a word boundary, never inside a character
//! or a grapheme cluster (an accented letter, an emoji sequence).

use std::ops::Range;
use unicode_segmentation::GraphemeCursor;

/// The ellipsis that marks a cut.
pub const ELLIPSIS: char = '…';

/// The nearest grapheme-cluster boundary at or before byte `at`.
pub fn grapheme_floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let mut cursor = GraphemeCursor::new(at, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(false) => cursor.prev_boundary(text, 0).ok().flatten().unwrap_or(0),
        _ => at,
    }
}

/// The nearest grapheme-cluster boundary at or after byte `at`.
pub fn grapheme_ceil(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    let mut cursor = GraphemeCursor::new(at, text.len(), true);
    match cursor.is_boundary(text, 0) {
        Ok(false) => cursor
            .next_boundary(text, 0)
            .ok()
            .flatten()
            .unwrap_or(text.len()),
        _ => at,
    }
}

/// Byte offset just past the first `n` characters of `text` (its length
/// when it is shorter).
pub fn byte_offset_of_char(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

/// The longest start of `text` of at most `max_chars` characters that ends
/// just before a break character (`is_break`), when such a break lies in the
/// second half of that length; otherwise the longest start that ends between
/// two grapheme clusters. The break itself is left out.
pub fn prefix_at_break(text: &str, max_chars: usize, is_break: impl Fn(char) -> bool) -> &str {
    let limit = byte_offset_of_char(text, max_chars);
    if limit == text.len() {
        return text;
    }
    let (head, rest) = text.split_at(limit);
    // A break may sit inside a grapheme ("\u{11A84}\u{a0}": a prepended
    // mark joins the space after it): cut at the grapheme's start then.
    let end = if rest.starts_with(&is_break) {
        limit
    } else {
        match head.rfind(&is_break) {
            Some(i) if i >= limit / 2 => i,
            _ => limit,
        }
    };
    text.get(..grapheme_floor(text, end)).unwrap_or("")
}

fn is_trailing_punctuation(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '-' | '—' | '–' | '(' | '“' | '‘')
}

/// `text` (trimmed) when it has at most `max_chars` characters; otherwise
/// its start cut at a word boundary, with trailing punctuation dropped and an
/// ellipsis added, `max_chars` characters at most in all.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let text = text.trim();
    if byte_offset_of_char(text, max_chars) == text.len() {
        return text.to_string();
    }
    if max_chars == 0 {
        return String::new();
    }
    let mut head = prefix_at_break(text, max_chars.saturating_sub(1), char::is_whitespace);
    // Trimming may leave half a grapheme (a prepended mark without the
    // space it joins): back off to the grapheme's start and trim again.
    loop {
        let trimmed = head.trim_end_matches(is_trailing_punctuation);
        let end = grapheme_floor(text, trimmed.len());
        head = text.get(..end).unwrap_or("");
        if end == trimmed.len() {
            break;
        }
    }
    let mut out = head.to_string();
    out.push(ELLIPSIS);
    out
}

/// `text` when it has at most `max_chars` characters; otherwise an ellipsis
/// and its end, starting at a word boundary, `max_chars` characters at most
/// in all.
pub fn shorten_start(text: &str, max_chars: usize) -> String {
    let total = text.chars().count();
    if total <= max_chars {
        return text.to_string();
    }
    if max_chars == 0 {
        return String::new();
    }
    let keep = max_chars.saturating_sub(1);
    let start = byte_offset_of_char(text, total - keep);
    let tail = text.get(start..).unwrap_or("");
    let preceded_by_break = text
        .get(..start)
        .and_then(|h| h.chars().next_back())
        .is_some_and(char::is_whitespace);
    let from = if preceded_by_break {
        0
    } else {
        match tail.find(char::is_whitespace) {
            Some(i) if i <= tail.len() / 2 => i,
            _ => grapheme_ceil(text, start) - start,
        }
    };
    let mut out = String::from(ELLIPSIS);
    out.push_str(tail.get(from..).unwrap_or("").trim_start());
    out
}

/// Keyword in context: for the span `start..end` of `text`, the ranges of
/// the words before it and after it, each at most about `radius` characters
/// and cut at a word boundary. The work is proportional to `radius`, not to
/// the length of `text`. A range that stops short of the text's start or end
/// is where a caller shows an ellipsis.
pub fn window(text: &str, start: usize, end: usize, radius: usize) -> (Range<usize>, Range<usize>) {
    let start = grapheme_floor(text, start);
    let end = grapheme_ceil(text, end.max(start));
    let before = text.get(..start).unwrap_or("");
    let mut from = before
        .char_indices()
        .rev()
        .nth(radius)
        .map_or(0, |(i, _)| i);
    if from > 0 {
        let span = before.get(from..).unwrap_or("");
        let word_start = span
            .char_indices()
            .find(|&(_, c)| c.is_whitespace())
            .map(|(i, c)| i + c.len_utf8());
        from = match word_start {
            // A joiner or mark after the space belongs to the space's
            // cluster: start at the next boundary.
            Some(i) if i < span.len() / 2 => grapheme_ceil(before, from + i),
            // No word boundary near: the nearest grapheme boundary, judged
            // in the whole text (a cluster may begin before `from`).
            _ => grapheme_ceil(before, from),
        };
    }
    let after = text.get(end..).unwrap_or("");
    let to = end + prefix_at_break(after, radius, char::is_whitespace).len();
    (from..start, end..to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_start_after_a_space_skips_a_joiner_bound_to_it() {
        // "Aaaaaaaaaa \u{200d}発表した。" then the mention: the space and the
        // ZWJ are one grapheme cluster, so the window cannot start between them.
        let text = "Aaaaaaaaaa \u{200d}発表した。mention";
        let start = text.find("mention").unwrap_or(0);
        let (before, _) = window(text, start, text.len(), 8);
        let mut cursor = GraphemeCursor::new(before.start, text.len(), true);
        assert_eq!(cursor.is_boundary(text, 0), Ok(true), "{before:?}");
    }

    #[test]
    fn shorten_keeps_a_prepended_mark_with_the_space_it_joins() {
        // U+11A84 is a prepended mark: with the no-break space after it,
        // one grapheme, which neither the cut nor the trim may split.
        let text = "\u{11A84}\u{a0}\u{201c}KimKimMr.\u{11A84}\u{a0}\u{201c}KimKimMr.";
        let out = shorten(text, 14);
        let head = out.strip_suffix('…').unwrap_or(&out);
        assert!(text.starts_with(head));
        assert_eq!(grapheme_floor(text, head.len()), head.len(), "{out:?}");
    }

    #[test]
    fn shortens_at_words() {
        assert_eq!(shorten("one two three", 7), "one…");
        assert_eq!(shorten("alpha beta gamma", 12), "alpha beta…");
        assert_eq!(shorten("short", 12), "short");
        assert_eq!(shorten_start("one two three", 7), "…three");
    }

    #[test]
    fn multibyte_spaces_and_graphemes() {
        assert_eq!(shorten("£5\u{a0}bn\u{a0}loss\u{a0}today", 9), "£5\u{a0}bn…");
        assert_eq!(shorten("e\u{301}e\u{301}e\u{301}e\u{301}", 3), "e\u{301}…");
        let s = shorten_start("x\u{2009}y\u{2009}zzzzzz", 4);
        assert!(s.starts_with('…'), "{s}");
    }

    #[test]
    fn window_is_bounded_and_on_words() {
        let text = "alpha beta gamma delta KIM epsilon zeta eta theta";
        let at = text.find("KIM").unwrap();
        let (b, a) = window(text, at, at + 3, 12);
        assert_eq!(text.get(b), Some("gamma delta "));
        assert_eq!(text.get(a), Some(" epsilon"));
        let (b, a) = window(text, 0, 5, 100);
        assert_eq!((b, a.end), (0..0, text.len()));
    }
}
