//! Word tokens of one block, with the facts discovery needs about each:
//! capitalisation, possessive suffix, sentence and sentence-initial position.

use super::{lexicon, places};
use crate::text::strip_possessive;
use crate::text::words::is_apostrophe;
use std::ops::Range;

/// One word of a block.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset past the word, possessive suffix excluded.
    pub end: usize,
    /// Byte offset past the possessive suffix ("'s"), equal to `end` if none.
    pub full_end: usize,
    /// Index of the block-local sentence holding the token.
    pub sentence: usize,
    /// First word of its sentence, or first after an opening quote or colon:
    /// its capital letter says nothing about it being a name.
    pub initial: bool,
}

impl Token {
    /// The word without its possessive suffix.
    pub(super) fn word<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when the word ends in a possessive "'s".
    pub(super) fn possessive(&self) -> bool {
        self.full_end > self.end
    }
}

/// The text between tokens `a` and `b` (from the end of `a`'s possessive)
/// when both exist and lie in one sentence.
pub(crate) fn gap<'t>(text: &'t str, tokens: &[Token], a: usize, b: usize) -> Option<&'t str> {
    match (tokens.get(a), tokens.get(b)) {
        (Some(x), Some(y)) if x.sentence == y.sentence => text.get(x.full_end..y.start),
        _ => None,
    }
}

/// Tokens `a` and `b` are next to each other in one line: only spaces
/// (of any kind) between them.
pub(crate) fn adjacent(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    gap(text, tokens, a, b).is_some_and(|g| {
        !g.is_empty()
            && g.chars()
                .all(|c| c.is_whitespace() && !matches!(c, '\n' | '\r'))
    })
}

/// A capitalised word, a name behind an Arabic article ("al-Assad",
/// "el-Sisi"), which is written in lower case inside a name, or a brand
/// written with a lower-case "i" or "e" ("iTunes", "eBay").
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        || behind_article(word).is_some()
        || is_lowercase_brand(word)
}

/// "iTunes", "iPod", "eBay": "i" or "e", a capital, then lower case.
pub(crate) fn is_lowercase_brand(word: &str) -> bool {
    let mut cs = word.chars();
    matches!(cs.next(), Some('i' | 'e'))
        && cs.next().is_some_and(|c| c.is_ascii_uppercase())
        && cs.next().is_some_and(|c| c.is_ascii_lowercase())
        && cs.all(|c| c.is_alphanumeric())
}

/// The name after an elided Romance article or particle: "Ettorre" of
/// "d'Ettorre", "Italia" of "Giro d'Italia"; `None` for any other word.
pub(crate) fn behind_elision(word: &str) -> Option<&str> {
    let name = ["d'", "d’", "l'", "l’"]
        .iter()
        .find_map(|a| word.strip_prefix(a))?;
    (name.chars().next().is_some_and(char::is_uppercase) && name.chars().all(char::is_alphabetic))
        .then_some(name)
}

/// The name after an Arabic article joined by a hyphen ("Assad" of
/// "al-Assad", "Sisi" of "el-Sisi") or an elided one ([`behind_elision`]);
/// `None` for any other word.
pub(crate) fn behind_article(word: &str) -> Option<&str> {
    if word.starts_with(['d', 'l']) {
        if let Some(name) = behind_elision(word) {
            return Some(name);
        }
    }
    // Every article has two or three letters: its hyphen (ASCII, or a
    // Unicode one starting with the byte 0xE2) is the word's third or fourth byte.
    let hyphen_at = |i: usize| matches!(word.as_bytes().get(i), Some(b'-' | 0xE2));
    if !hyphen_at(2) && !hyphen_at(3) {
        return None;
    }
    let (article, name) = word.split_once(['-', '‐', '‑'])?;
    let is_article = matches!(
        article,
        "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "ud" | "ul"
    );
    (is_article
        && name.chars().next().is_some_and(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’')))
    .then_some(name)
}

/// At least two capitals, no lower-case letter ("KCNA", "U.S.", "G7", "AT&T").
pub(crate) fn is_acronym(word: &str) -> bool {
    !word.chars().any(char::is_lowercase) && word.chars().filter(|c| c.is_uppercase()).count() >= 2
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '&' | '.' | '‐' | '‑')
}

/// Lower-case second halves of hyphen compounds that make an adjective of a
/// name ("US-led", "Korea-related"), rather than a part of it ("Moo-jin").
fn is_adjective_tail(part: &str) -> bool {
    let len = part.chars().count();
    // "Korea-bashing", not "Wai-ching" or "Cheuk-ting": the stem of an
    // English verb has a vowel.
    let stem_has_vowel = |suffix: &str| {
        part.strip_suffix(suffix)
            .is_some_and(|s| s.contains(['a', 'e', 'i', 'o', 'u', 'y']))
    };
    (len >= 4
        && ((part.ends_with("ed") && stem_has_vowel("ed"))
            || (part.ends_with("ing") && stem_has_vowel("ing"))
            || part.ends_with("ly")))
        || matches!(
            part,
            "led"
                | "held"
                | "run"
                | "era"
                | "wide"
                | "style"
                | "like"
                | "born"
                | "made"
                | "free"
                | "level"
                | "old"
                | "year"
                | "type"
                | "class"
                | "bound"
                | "scale"
                | "area"
                | "zone"
                | "way"
                | "sized"
                | "centric"
                | "specific"
                | "only"
                | "first"
                | "linked"
                | "friendly"
                | "proof"
                | "ready"
                | "rich"
                | "poor"
                | "heavy"
                | "dominated"
                | "allied"
                | "wise"
                | "known"
                | "winner"
                | "winners"
                | "winning"
                | "shaped"
                | "owned"
                | "backed"
                | "positive"
                | "negative"
                | "compatible"
                | "resistant"
                | "dependent"
        )
}

/// A part of a hyphen compound that names a place, nation or known
/// organisation on its own, which makes the compound a pairing
/// ("Russia-Ukraine", "Israel-Hamas") rather than a name.
fn is_standalone_part(part: &str) -> bool {
    !is_prefix(part)
        && (places::is_place(part)
            || lexicon::alias(part).is_some()
            || lexicon::is_org(part)
            || lexicon::is_demonym(part)
            || is_acronym(part))
}

/// "Anti-Doping", "Pan-African", "Pro-Beijing": a prefix is no name of its own.
fn is_prefix(part: &str) -> bool {
    matches!(
        part,
        "Anti" | "Pro" | "Inter" | "Pan" | "Trans" | "Non" | "Post" | "Pre" | "Ex" | "Neo"
    )
}

/// The word at `start` continues a name begun by the capitalised word
/// before it ("Agence France-Presse"): a compound there is part of that
/// name, no pairing.
fn inside_name(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let prev = rest
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    is_capitalised(prev)
        && prev.chars().all(char::is_alphabetic)
        && !crate::text::words::is_function_word(prev)
        && !lexicon::is_demonym(prev)
}

/// A capitalised word after the compound ending at `end` continues the name
/// it opens ("Asia-Pacific Economic Cooperation", "Council on
/// American-Islamic Relations"): the compound of places or nations modifies
/// that name. Not when its last part opens a place with that word
/// ("U.S.-North Korea"); the caller leaves out compounds of firms and
/// acronyms ("NASA-SpaceX Crew").
fn before_name(text: &str, last_part: &str, end: usize) -> bool {
    let Some(after) = text.get(end..).and_then(|a| a.strip_prefix(' ')) else {
        return false;
    };
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    is_capitalised(next)
        && !crate::text::words::is_function_word(next)
        && !places::is_place(&format!("{last_part} {next}"))
}

/// Splits a raw word (which may contain hyphens) into the tokens it holds,
/// as byte ranges relative to the block.
fn split_compound(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let word = text.get(start..end).unwrap_or("");
    // The Unicode hyphens start with the byte 0xE2: most words have no hyphen byte at all.
    let hyphen_byte = word.bytes().any(|b| b == b'-' || b == 0xE2);
    if !hyphen_byte || !word.contains(['-', '‐', '‑']) || behind_article(word).is_some() {
        out.push(start..end);
        return;
    }
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for (i, c) in word.char_indices() {
        if matches!(c, '-' | '‐' | '‑') {
            parts.push((start + s, start + i));
            s = i + c.len_utf8();
        }
    }
    parts.push((start + s, end));
    let text_of = |p: &(usize, usize)| text.get(p.0..p.1).unwrap_or("");
    // "pro-Kremlin", "inter-Korean": the lower-case prefix is no part of a name.
    let first_cap = parts.iter().position(|p| is_capitalised(text_of(p)));
    let Some(first_cap) = first_cap else {
        out.push(start..end);
        return;
    };
    let mut parts: Vec<(usize, usize)> = parts.split_off(first_cap);
    // "US-led", "Korea-related": drop the adjective-forming tail.
    if let Some(pos) = parts
        .iter()
        .position(|p| !is_capitalised(text_of(p)) && is_adjective_tail(text_of(p)))
    {
        parts.truncate(pos);
    }
    let (Some(first), Some(last)) = (parts.first().copied(), parts.last().copied()) else {
        return;
    };
    let all_cap = parts.iter().all(|p| {
        let w = text_of(p);
        is_capitalised(w) || w.chars().next().is_some_and(char::is_numeric)
    });
    let numbered = parts
        .iter()
        .any(|p| text_of(p).starts_with(|c: char| c.is_numeric()));
    if parts.len() > 1
        && all_cap
        && !numbered
        && parts.iter().any(|p| is_standalone_part(text_of(p)))
        && !inside_name(text, start)
        && !(before_name(text, text_of(&last), end)
            && parts.iter().all(|p| {
                let w = text_of(p);
                !is_acronym(w) && !lexicon::is_org(w) && !is_prefix(w)
            }))
    {
        out.extend(parts.into_iter().map(|(s, e)| s..e));
    } else {
        out.push(first.0..last.1);
    }
}

/// The block so far is only a bracketed label ("((WN))", "[Reporter]"):
/// an interview's speaker, after which a sentence starts.
fn is_leading_label(before: &str) -> bool {
    let label = before.trim_start();
    label.starts_with(['(', '['])
        && label.ends_with([')', ']'])
        && !label.trim_end_matches([')', ']']).contains([')', ']'])
}

/// Tokenises one block. `sentences` are its sentence ranges from
/// [`crate::text::split_sentences`].
pub(crate) fn tokenize(text: &str, sentences: &[Range<usize>]) -> Vec<Token> {
    let raw = word_spans(text);
    let body = super::dateline::find(text).map(|d| d.body);
    let mut tokens = Vec::with_capacity(raw.len());
    let mut sentence = 0;
    let mut prev_sentence = usize::MAX;
    for Range {
        start,
        end: full_end,
    } in raw
    {
        while sentences.get(sentence).is_some_and(|s| s.end <= start)
            && sentence + 1 < sentences.len()
        {
            sentence += 1;
        }
        let word = text.get(start..full_end).unwrap_or("");
        let end = strip_possessive(word).map_or(full_end, |stem| start + stem.len());
        let before = text
            .get(..start)
            .unwrap_or("")
            .trim_end_matches([' ', '\u{a0}']);
        let after_opener = before.ends_with(['“', ':', '‘', '('])
            || (before.ends_with('"') && opens_quote(before))
            || is_leading_label(before);
        let initial = sentence != prev_sentence || after_opener || body == Some(start);
        prev_sentence = sentence;
        tokens.push(Token {
            start,
            end,
            full_end,
            sentence,
            initial,
        });
    }
    tokens
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
fn word_spans(text: &str) -> Vec<Range<usize>> {
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
        split_compound(text, begin, j, &mut raw);
        i = j;
    }
    raw
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

/// A straight double quote ending `before` opens a quotation (rather than
/// closing one) when a space, an opener or the start of text precedes it.
fn opens_quote(before: &str) -> bool {
    let mut rev = before.chars().rev();
    rev.next();
    rev.next()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | ':'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::split_sentences;

    fn words(text: &str) -> Vec<&str> {
        let s = split_sentences(text);
        tokenize(text, &s).iter().map(|t| t.word(text)).collect()
    }

    #[test]
    fn possessives_are_stripped_straight_and_curly() {
        assert_eq!(
            words("Russia's and China’s ties"),
            ["Russia", "and", "China", "ties"]
        );
    }

    #[test]
    fn hyphenated_names_stay_whole() {
        assert_eq!(
            words("Yang Moo-jin and Park Won-gon"),
            ["Yang", "Moo-jin", "and", "Park", "Won-gon"]
        );
    }

    #[test]
    fn place_pairs_and_adjective_tails_split() {
        assert_eq!(
            words("Russia-Ukraine talks"),
            ["Russia", "Ukraine", "talks"]
        );
        assert_eq!(words("US-led forces"), ["US", "forces"]);
        assert_eq!(
            words("North Korea-related talks"),
            ["North", "Korea", "talks"]
        );
        assert_eq!(words("U.S.-North Korea"), ["U.S.", "North", "Korea"]);
        assert_eq!(words("inter-Korean talks"), ["Korean", "talks"]);
        assert_eq!(
            words("the Gaza-Hamas truce"),
            ["the", "Gaza", "Hamas", "truce"]
        );
    }

    #[test]
    fn a_compound_before_the_rest_of_a_name_stays_whole() {
        assert_eq!(
            words("the Asia-Pacific Economic Cooperation forum"),
            ["the", "Asia-Pacific", "Economic", "Cooperation", "forum"]
        );
        assert_eq!(
            words("Council on American-Islamic Relations"),
            ["Council", "on", "American-Islamic", "Relations"]
        );
        assert_eq!(
            words("Russia-North Korea ties"),
            ["Russia", "North", "Korea", "ties"]
        );
    }

    #[test]
    fn a_compound_inside_a_longer_name_stays_whole() {
        assert_eq!(
            words("Agence France-Presse reported"),
            ["Agence", "France-Presse", "reported"]
        );
        assert_eq!(
            words("In Russia-Ukraine talks"),
            ["In", "Russia", "Ukraine", "talks"]
        );
    }

    #[test]
    fn acronyms_and_abbreviations_keep_their_dots() {
        assert_eq!(words("the U.S President"), ["the", "U.S", "President"]);
        assert_eq!(
            words("Dr. No met Mr. Bond in the U.S."),
            ["Dr.", "No", "met", "Mr.", "Bond", "in", "the", "U.S."]
        );
        assert!(is_acronym("KCNA") && is_acronym("U.S.") && !is_acronym("Kim"));
    }

    #[test]
    fn plural_possessives_and_prefixes() {
        assert_eq!(
            words("the National Farmers' Union and St James’ Park"),
            ["the", "National", "Farmers", "Union", "and", "St", "James", "Park"]
        );
        let text = "the Farmers' Union";
        let s = split_sentences(text);
        assert!(tokenize(text, &s).get(1).is_some_and(Token::possessive));
        assert_eq!(
            words("the World Anti-Doping Agency"),
            ["the", "World", "Anti-Doping", "Agency"]
        );
    }

    #[test]
    fn closing_straight_quote_opens_nothing_and_datelines_do() {
        let text = "\"He is special,\" Arsenal manager Mikel Arteta said.";
        let s = split_sentences(text);
        let t = tokenize(text, &s);
        assert!(t.iter().any(|t| t.word(text) == "Arsenal" && !t.initial));
        let text = "LONDON (Reuters) - Shares in Barclays rose.";
        let s = split_sentences(text);
        let t = tokenize(text, &s);
        assert!(t.iter().any(|t| t.word(text) == "Shares" && t.initial));
    }

    #[test]
    fn sentence_initial_flags() {
        let text = "Kim said: “We win.” Then Putin left.";
        let s = split_sentences(text);
        let flags: Vec<bool> = tokenize(text, &s).iter().map(|t| t.initial).collect();
        assert_eq!(flags, [true, false, true, false, true, false, false]);
    }
}
