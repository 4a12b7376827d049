//! Readable, unique, file-system-safe slugs.

use std::collections::HashSet;

/// Longest slug, in characters, before the uniqueness suffix.
const MAX_SLUG_CHARS: usize = 80;

/// True for the characters a slug keeps: letters and digits of any script,
/// and the combining marks and vowel signs that belong to them ("İ"
/// lower-cases to "i" plus a combining dot; Hindi needs its vowel signs).
pub fn is_slug_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32,
            0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || (matches!(c as u32, 0x0900..=0x0DFF) && !matches!(c, '\u{0964}' | '\u{0965}'))
}

/// Turns `text` into a slug: lower case letters and digits of any script,
/// runs of anything else collapsed to one `-`, cut at a word boundary to
/// `MAX_SLUG_CHARS` characters. May return an empty string (see
/// [`SlugSet::unique`]).
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars() {
        if is_slug_char(c) {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.extend(c.to_lowercase().filter(|l| is_slug_char(*l)));
        } else if c == '\'' || c == '’' {
            // "Korea's" reads better as "koreas" than "korea-s".
        } else {
            pending_dash = true;
        }
    }
    crate::text::cut::prefix_at_break(&slug, MAX_SLUG_CHARS, |c| c == '-').to_string()
}

/// Hands out slugs that are unique within one namespace (one output folder).
#[derive(Debug, Default)]
pub struct SlugSet {
    taken: HashSet<String>,
}

impl SlugSet {
    /// A slug for `text`, falling back to `fallback` (then `"page"`) when
    /// `text` slugs to nothing, with `-2`, `-3`, … appended when taken.
    pub fn unique(&mut self, text: &str, fallback: &str) -> String {
        let mut base = slugify(text);
        if base.is_empty() {
            base = slugify(fallback);
        }
        if base.is_empty() {
            base = "page".to_string();
        }
        if is_reserved(&base) {
            base.push_str("-1");
        }
        let mut candidate = base.clone();
        let mut n = 2;
        while self.taken.contains(&candidate) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// Names Windows refuses as file names, whatever the extension.
fn is_reserved(slug: &str) -> bool {
    matches!(
        slug,
        "con" | "prn" | "aux" | "nul" | "com1" | "com2" | "com3" | "lpt1" | "lpt2" | "lpt3"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_ascii() {
        assert_eq!(
            slugify("Kim Jong Un visits Russia's Far East!"),
            "kim-jong-un-visits-russias-far-east"
        );
    }

    #[test]
    fn non_latin_kept() {
        assert_eq!(slugify("Путин и Ким"), "путин-и-ким");
        assert_eq!(slugify("北朝鮮とロシア"), "北朝鮮とロシア");
        assert_eq!(slugify("İstanbul"), "i\u{307}stanbul");
        assert_eq!(slugify("हिन्दी समाचार।"), "हिन्दी-समाचार");
    }

    #[test]
    fn hostile_paths_become_plain() {
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        assert_eq!(slugify("C:\\Windows\\x\0y"), "c-windows-x-y");
    }

    #[test]
    fn long_titles_cut_at_word() {
        let s = slugify(&"word ".repeat(40));
        assert!(s.chars().count() <= MAX_SLUG_CHARS);
        assert!(!s.ends_with('-'));
    }

    #[test]
    fn duplicates_and_empties() {
        let mut set = SlugSet::default();
        assert_eq!(set.unique("Same", "a"), "same");
        assert_eq!(set.unique("Same", "b"), "same-2");
        assert_eq!(set.unique("!!!", "file name"), "file-name");
        assert_eq!(set.unique("", ""), "page");
        assert_eq!(set.unique("CON", ""), "con-1");
    }
}
