//! Words: what a word character is, whole-word matching, possessives,
//! function words and white space.

use std::collections::HashSet;
use std::sync::OnceLock;
use unicode_normalization::char::is_combining_mark;

/// A character that belongs to a word: a letter or digit of any script, a
/// combining mark (accents, Indic vowel signs) or a zero-width joiner or
/// non-joiner, which sit inside Persian and Indic words and emoji sequences.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || matches!(c, '\u{200C}' | '\u{200D}')
}

/// The dashes that join the parts of a compound word when no space flanks
/// them: the hyphen-minus, the Unicode hyphen and non-breaking hyphen, and
/// the en dash, which joins the names of "Mexican–American War" and
/// "Council on American–Islamic Relations" (spaced, it is punctuation).
pub const HYPHENS: [char; 4] = ['-', '‐', '‑', '–'];

/// A straight or curly apostrophe.
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Is `text[start..end]` a whole word or phrase: no word character glued on
/// either side? Offsets off a character boundary are never whole words.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let (Some(head), Some(tail)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    !head.chars().next_back().is_some_and(is_word_char)
        && !tail.chars().next().is_some_and(is_word_char)
}

/// Does `text` contain `word` as a whole word?
pub fn contains_word(text: &str, word: &str) -> bool {
    let Some(first) = word.chars().next() else {
        return false;
    };
    // Every occurrence, overlapping ones too: in "xa a a", the glued "a a"
    // at 1 must not hide the whole one at 3.
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.find(word)) {
        if is_whole_word(text, from + i, from + i + word.len()) {
            return true;
        }
        from += i + first.len_utf8();
    }
    false
}

/// Length in bytes of a possessive suffix ("'s", "’s") at the start of
/// `after`, when it is followed by no word character; 0 otherwise. A bare
/// apostrophe after a plural ("Farmers’ Union") is not counted here.
pub fn possessive_len(after: &str) -> usize {
    let mut chars = after.char_indices();
    match (chars.next(), chars.next()) {
        (Some((_, a)), Some((i, s))) if is_apostrophe(a) && matches!(s, 's' | 'S') => {
            let end = i + s.len_utf8();
            let glued = after.get(end..).and_then(|t| t.chars().next());
            if glued.is_some_and(is_word_char) {
                0
            } else {
                end
            }
        }
        _ => 0,
    }
}

/// The word without a trailing possessive, if it has one (and something
/// before it): "Korea's" and "Korea’s" give "Korea", the plural "Farmers'"
/// gives "Farmers".
pub fn strip_possessive(word: &str) -> Option<&str> {
    let mut it = word.char_indices().rev();
    let (last_at, last) = it.next()?;
    let (before_at, before) = it.next()?;
    if is_apostrophe(before) && before_at > 0 && is_letter_s(last) {
        word.get(..before_at)
    } else if is_apostrophe(last) && matches!(before, 's' | 'S') {
        word.get(..last_at)
    } else {
        None
    }
}

/// "s", or an "s" that scraped text gave a stray accent ("Kingdom'ś"): no
/// English word ends in an apostrophe and an accented "s".
fn is_letter_s(c: char) -> bool {
    use unicode_normalization::char::decompose_canonical;
    let mut base = None;
    decompose_canonical(c, |d| {
        base.get_or_insert(d);
    });
    matches!(base, Some('s' | 'S'))
}

/// `text` with its accents taken off: every letter decomposed and its
/// combining marks dropped ("José" gives "Jose", "Donaĺd" gives "Donald").
/// Letters with no decomposition ("ø", "ł") are kept.
pub fn without_accents(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd().filter(|&c| !is_combining_mark(c)).collect()
}

/// Runs of white space (any Unicode white space) made one ASCII space, and
/// the ends trimmed.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// English function words, capitalised as when they open a sentence.
const FUNCTION_WORDS: &str = "\
    A|An|The|And|But|Or|Nor|If|So|Yet|As|At|By|For|From|In|On|Of|To|With|Without|Within|After|\
    Before|During|Despite|Although|Though|While|Whilst|When|Whenever|Where|Whereas|Whether|Which|\
    Who|Whom|Whose|What|Why|How|That|This|These|Those|There|Here|Then|Thus|Hence|Also|Still|Even|\
    Just|Only|Not|No|Yes|It|Its|He|She|They|We|You|I|Me|My|Our|Ours|Your|His|Her|Hers|Their|Us|\
    Them|Some|Many|Most|Much|More|Less|Few|Several|All|Both|Each|Every|Any|Either|Neither|Other|\
    Others|Another|Such|Should|Would|Could|Can|Might|Must|Shall|Do|Does|Did|Am|Is|Are|Was|Were|Be|\
    Been|Being|Has|Have|Had|Because|Since|Until|Unless|Once|Meanwhile|However|Moreover|\
    Furthermore|Instead|Indeed|Already|Now|Today|Yesterday|Tomorrow|Tonight|Last|Next|According|\
    Among|Amid|Amidst|Against|Between|Under|Over|Through|Throughout|Around|About|Above|Below|\
    Across|Along|Behind|Beyond|Like|Unlike";

/// Calls `f` with `word` in lower case; a short ASCII word is lowered on the
/// stack, with no allocation (these lookups run for every capitalised word).
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if let Some(lowered) = buf.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        lowered.copy_from_slice(word.as_bytes());
        lowered.make_ascii_lowercase();
        if let Ok(lowered) = std::str::from_utf8(lowered) {
            return f(lowered);
        }
    }
    f(&word.to_lowercase())
}

/// Is `word` (capitalised as at a sentence start) an English function word:
/// an article, pronoun, conjunction, preposition, auxiliary or sentence
/// adverb? Such a word after "U.S." shows that a new sentence began.
pub fn is_function_word(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| word_list(FUNCTION_WORDS)).contains(word)
}

/// The words of a `|`-separated list.
pub fn word_list(list: &'static str) -> HashSet<&'static str> {
    list.split('|')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_in_any_script() {
        assert!(contains_word("Talks in Seoul\u{a0}today", "Seoul"));
        assert!(!contains_word("Seoulite", "Seoul"));
        assert!(!contains_word("Cafe\u{301}", "Cafe"));
        assert!(!is_whole_word("é", 1, 2));
        assert!(contains_word("北朝鮮 と", "北朝鮮"));
    }

    #[test]
    fn possessives() {
        assert_eq!(strip_possessive("Korea’s"), Some("Korea"));
        assert_eq!(strip_possessive("KIM'S"), Some("KIM"));
        assert_eq!(strip_possessive("'s"), None);
        assert_eq!(strip_possessive("Kim"), None);
        assert_eq!(strip_possessive("Farmers’"), Some("Farmers"));
        assert_eq!(strip_possessive("Kingdom'ś"), Some("Kingdom"));
        assert_eq!(possessive_len("’s view"), "’s".len());
        assert_eq!(possessive_len("'said"), 0);
    }

    #[test]
    fn accents_come_off() {
        assert_eq!(without_accents("José Mourinho"), "Jose Mourinho");
        assert_eq!(without_accents("donal\u{301}d"), "donald");
        assert_eq!(without_accents("Łódź"), "Łodz");
    }

    #[test]
    fn whitespace_of_every_kind_collapses() {
        assert_eq!(
            collapse_whitespace(" a\u{a0}\u{2009}b\u{202F}c\u{3000}d\n"),
            "a b c d"
        );
    }
}
