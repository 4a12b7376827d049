//! Sentence splitting: byte ranges of the sentences of one block.

use super::lexicon;

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

/// Abbreviations after which a period never ends a sentence: they are almost
/// always followed by a name or a number.
fn is_fixed_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "St"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Lt"
            | "Col"
            | "Sgt"
            | "Capt"
            | "Adm"
            | "Cmdr"
            | "Rev"
            | "Hon"
            | "Jr"
            | "Sr"
            | "Mt"
            | "Ft"
            | "No"
            | "Nos"
            | "vs"
            | "Jan"
            | "Feb"
            | "Apr"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Mme"
            | "approx"
            | "Fig"
            | "fig"
            | "pp"
            | "p"
            | "Vol"
            | "vol"
            | "Ald"
            | "Pres"
    ) || (word.contains('.')
        && word
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_lowercase))
}

/// Abbreviations that end a sentence only when a sentence-opening word follows:
/// dotted acronyms ("U.S."), company forms ("Inc."), "etc.".
fn is_soft_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Inc" | "Corp" | "Ltd" | "Co" | "etc" | "Bros" | "Mass" | "Calif"
    ) || (word.contains('.') && word.chars().any(|c| c.is_uppercase()))
}

/// The word that ends just before byte `dot` (letters, digits and inner dots).
fn word_before(text: &str, dot: usize) -> &str {
    let head = text.get(..dot).unwrap_or("");
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head.get(start..).unwrap_or("")
}

/// The word that starts at byte `at`, skipping opening punctuation.
fn word_after(text: &str, at: usize) -> &str {
    let tail = text.get(at..).unwrap_or("");
    let tail = tail.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = tail
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(tail.len(), |(i, _)| i);
    tail.get(..end).unwrap_or("")
}

/// Splits `text` into sentences, as byte ranges without surrounding spaces.
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = chars
        .iter()
        .find(|(_, c)| !c.is_whitespace())
        .map_or(text.len(), |&(i, _)| i);
    let mut i = 0;
    while i < chars.len() {
        let Some(&(pos, c)) = chars.get(i) else { break };
        if !matches!(c, '.' | '!' | '?' | '…') || pos < start {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while chars.get(j).is_some_and(|&(_, c)| is_closer(c)) {
            j += 1;
        }
        let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
        if !chars.get(j).is_some_and(|&(_, c)| c.is_whitespace()) {
            i = j.max(i + 1);
            continue;
        }
        let mut k = j;
        while chars.get(k).is_some_and(|&(_, c)| c.is_whitespace()) {
            k += 1;
        }
        let Some(&(next_pos, next)) = chars.get(k) else {
            break;
        };
        let opens = next.is_uppercase() || next.is_numeric() || is_opener(next);
        let mut split_here = opens;
        if split_here && c == '.' && j == i + 1 {
            let before = word_before(text, pos);
            let single_initial =
                before.chars().count() == 1 && before.chars().all(|c| c.is_uppercase());
            if is_fixed_abbreviation(before) || single_initial {
                split_here = false;
            } else if is_soft_abbreviation(before) {
                split_here = lexicon::is_stopword(word_after(text, next_pos));
            }
        }
        if split_here {
            out.push((start, end));
            start = next_pos;
        }
        i = k;
    }
    let tail_end = text.trim_end().len();
    if start < tail_end {
        out.push((start, tail_end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::split;

    fn pieces(text: &str) -> Vec<&str> {
        split(text)
            .into_iter()
            .filter_map(|(a, b)| text.get(a..b))
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
}
