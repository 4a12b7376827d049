//! Normalisation, done once when an article is loaded.

use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Characters that are invisible and carry no meaning in analysed text: they
/// only split words that a reader sees whole ("Py\u{200B}ongyang") or mark
/// where a line may break. Removed at load.
///
/// Kept on purpose: the zero-width joiner and non-joiner (U+200D, U+200C),
/// which shape emoji sequences and Persian or Indic words, and the bidi
/// embeddings and isolates, which change how mixed-direction text displays.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' // soft hyphen
            | '\u{180E}' // Mongolian vowel separator (was a space)
            | '\u{200B}' // zero-width space
            | '\u{200E}' // left-to-right mark
            | '\u{200F}' // right-to-left mark
            | '\u{061C}' // Arabic letter mark
            | '\u{2060}' // word joiner
            | '\u{FEFF}' // byte order mark / zero-width no-break space
            | '\u{FFFE}' // a byte order mark read the wrong way round
    )
}

/// Normalises text for analysis and display: Unicode NFC (so "é" is one
/// character whichever way it was typed), line endings to `\n` (CRLF, CR and
/// the Unicode line and paragraph separators U+2028 and U+2029), invisible
/// characters ([`is_invisible`]) removed, and control characters other than
/// tab and newline removed. Returns the input unchanged (borrowed) when there
/// is nothing to do, which is the common case.
pub fn normalize(text: &str) -> Cow<'_, str> {
    let needs_fixing = |c: char| {
        is_invisible(c)
            || matches!(c, '\r' | '\u{2028}' | '\u{2029}')
            || (c.is_control() && !matches!(c, '\n' | '\t'))
    };
    // ASCII is composed already; only its control characters need fixing.
    if text.is_ascii()
        && !text
            .bytes()
            .any(|b| b.is_ascii_control() && !matches!(b, b'\n' | b'\t'))
    {
        return Cow::Borrowed(text);
    }
    let clean = !text.contains(needs_fixing);
    let composed = clean && is_nfc_quick(text.chars()) == IsNormalized::Yes;
    if composed {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push('\n');
            }
            '\u{2028}' => out.push('\n'),
            '\u{2029}' => out.push_str("\n\n"),
            c if needs_fixing(c) => {}
            c => out.push(c),
        }
    }
    if is_nfc_quick(out.chars()) == IsNormalized::Yes {
        Cow::Owned(out)
    } else {
        let mut composed = String::with_capacity(out.len());
        composed.extend(out.nfc());
        Cow::Owned(composed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            normalize("Plain text, curly “quotes” and\u{a0}no-break spaces."),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn composes_and_removes_invisibles() {
        let text = "Cafe\u{301} Py\u{200B}ong\u{AD}yang\u{FEFF} \u{200E}Seoul\r\nnext\rline\u{2028}x\u{2029}y\u{7}";
        assert_eq!(normalize(text), "Café Pyongyang Seoul\nnext\nline\nx\n\ny");
    }

    #[test]
    fn keeps_joiners_and_spaces() {
        let text = "👩\u{200D}💻 می\u{200C}خواهم 5\u{202F}km\u{2009}x\u{3000}y\tz";
        assert_eq!(normalize(text), text);
    }
}
