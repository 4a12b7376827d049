//! Word tokens of one block, with the facts discovery needs about each:
//! capitalisation, possessive suffix, sentence and sentence-initial position.

use super::hash::HashSet;
use super::lexicon;
use super::word_spans::word_spans;
use crate::text::strip_possessive;
use crate::text::words::HYPHENS;
use std::cell::OnceCell;
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

    /// A plural possessive such as "Farmers'" (an apostrophe without "s"
    /// after it) in `text`.
    pub(super) fn plural_possessive(&self, text: &str) -> bool {
        matches!(text.get(self.end..self.full_end), Some("'" | "’"))
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

/// A thing's noun in lower case follows token `last` in the same line,
/// which bears no possessive: the name before it is a make or a model
/// ("Eurofighter Typhoon jets", "the A380 jet"; not "JK Rowling's books").
pub(crate) fn thing_noun_after(text: &str, tokens: &[Token], last: usize) -> bool {
    let next = tokens.get(last + 1).map_or("", |t| t.word(text));
    !tokens.get(last).is_some_and(Token::possessive)
        && adjacent(text, tokens, last, last + 1)
        && next.starts_with(char::is_lowercase)
        && lexicon::is_thing_noun_or_plural(next)
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
/// written with a lower-case "i" or "e" ("iTunes", "eBay") or word
/// ("easyJet").
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        || behind_article(word).is_some()
        || is_lowercase_brand(word)
        || is_lower_camel_brand(word)
}

/// "easyJet", "easyGroup": a brand of two words run together, the first in
/// lower case (three letters or more), the second capitalised.
fn is_lower_camel_brand(word: &str) -> bool {
    let bytes = word.as_bytes();
    // Most words are shorter than a head of three and a tail of three.
    if bytes.len() < 6 {
        return false;
    }
    let Some(cap) = bytes.iter().position(u8::is_ascii_uppercase) else {
        return false;
    };
    let (head, tail) = bytes.split_at(cap);
    (3..=6).contains(&head.len())
        && head.iter().all(u8::is_ascii_lowercase)
        && tail.len() >= 3
        && tail.iter().skip(1).all(u8::is_ascii_lowercase)
}

/// "iTunes", "iPod", "eBay": "i" or "e", a capital, then lower case.
pub(crate) fn is_lowercase_brand(word: &str) -> bool {
    word.strip_prefix(['i', 'e']).is_some_and(is_brand_tail)
}

/// "ITunes", "EBay" opening a sentence: the brand "iTunes", "eBay" with
/// the sentence's capital; `None` for any other name.
pub(crate) fn brand_in_sentence_case(name: &str) -> Option<String> {
    let rest = name.strip_prefix(['I', 'E'])?;
    let tail = rest.split(' ').next().unwrap_or(rest);
    is_brand_tail(tail)
        .then(|| format!("{}{rest}", name.get(..1).unwrap_or("").to_ascii_lowercase()))
}

/// A brand's letters after its "i" or "e": a capital, then a small
/// letter, then letters or digits ("Tunes", "Bay").
fn is_brand_tail(tail: &str) -> bool {
    let mut cs = tail.chars();
    cs.next().is_some_and(|c| c.is_ascii_uppercase())
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
    let (article, name) = word.split_once(HYPHENS)?;
    let is_article = matches!(
        article,
        "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "ud" | "ul"
            // "Deir ez-Zor", "Sharm esh-Sheikh": the article's vowel as "e".
            | "ez" | "es" | "esh" | "ed" | "er" | "et" | "en" | "ath" | "eth" | "adh" | "edh"
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
    // The block's words without a possessive, gathered at the first need.
    let bare: OnceCell<HashSet<&str>> = OnceCell::new();
    for (
        i,
        &Range {
            start,
            end: full_end,
        },
    ) in raw.iter().enumerate()
    {
        while sentences.get(sentence).is_some_and(|s| s.end <= start)
            && sentence + 1 < sentences.len()
        {
            sentence += 1;
        }
        let word = text.get(start..full_end).unwrap_or("");
        let shop = || {
            let verb_next = raw.get(i + 1).is_some_and(|next| {
                text.get(full_end..next.start) == Some(" ")
                    && text.get(next.clone()).is_some_and(is_verb_after_shop)
            });
            // "bought at Christie's in London", "a sale at Sotheby's.": a
            // place of trade, the possessive governing nothing.
            // "a takeover of Ottakar's, the bookshop chain", "owns
            // Waterstone's.": a capitalised possessive before a comma, a
            // full stop or "and" and another name governs nothing either,
            // unless it compares ("higher than Germany's."), it is a
            // predicate ("the title was Federer's."), or its stem is a
            // place or a party, whose possessive an ellipsis leaves ("a
            // plan like Labour's.").
            let at_shop = || {
                let after = text.get(full_end..).unwrap_or("");
                let word_before = text
                    .get(..start)
                    .and_then(|b| b.strip_suffix(' '))
                    .and_then(|b| b.rsplit(' ').next())
                    .unwrap_or("");
                let place_before = matches!(word_before, "at" | "from" | "by");
                // "Booksellers Waterstone's and WH Smith are …": before
                // another name that is no possessive, as a list's item.
                let before_name = after
                    .strip_prefix(" and ")
                    .or_else(|| after.strip_prefix(" or "))
                    .and_then(|rest| rest.split(' ').next())
                    .is_some_and(|next| is_capitalised(next) && strip_possessive(next).is_none());
                let ends = after.starts_with([',', '.', ';']) || before_name;
                let stem = word.get(..end_of_stem(word)).unwrap_or(word);
                // "Navaratnam", then "a bracelet of Navaratnam's.": a
                // person's name, where a shop's always carries its "'s".
                let bare_elsewhere = || {
                    bare.get_or_init(|| {
                        raw.iter()
                            .filter_map(|r| text.get(r.clone()))
                            .filter(|w| strip_possessive(w).is_none())
                            .collect()
                    })
                    .contains(stem)
                };
                let named = is_capitalised(stem)
                    && stem.len() < word.len()
                    && !bare_elsewhere()
                    && !matches!(
                        word_before,
                        "than" | "to" | "with" | "like" | "as" | "is" | "was" | "are" | "were"
                    )
                    && !super::places::is_place(stem)
                    && !lexicon::is_demonym(stem)
                    && super::names::party(stem).is_none();
                (ends && (place_before || named))
                    || (place_before
                        && ["in ", "on ", "for "]
                            .iter()
                            .any(|p| after.strip_prefix(' ').is_some_and(|a| a.starts_with(p))))
            };
            verb_next || at_shop()
        };
        // "Sainsbury's said": the "'s" is the name's own.
        let end = strip_possessive(word)
            .filter(|_| !shop())
            .map_or(full_end, |stem| start + stem.len());
        let before = text
            .get(..start)
            .unwrap_or("")
            .trim_end_matches([' ', '\u{a0}']);
        let after_opener = before.ends_with(['“', ':', '‘', '('])
            || (before.ends_with('"') && opens_quote(before))
            || is_leading_label(before);
        let initial = sentence != prev_sentence || after_opener || body == Some(start);
        prev_sentence = sentence;
        // "the drama Elizabeth I." ending a sentence: the full stop is the
        // sentence's, not an initial's.
        let sentence_end = sentences.get(sentence).is_some_and(|s| s.end == full_end);
        let (end, full_end) = if sentence_end && is_initial_with_stop(word) {
            (full_end - 1, full_end - 1)
        } else {
            (end, full_end)
        };
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

/// The length of `word` before its "'s" (all of it when it has none: not
/// a plural's "s'", which no shop's name ends in).
fn end_of_stem(word: &str) -> usize {
    match strip_possessive(word) {
        Some(stem) if !word.ends_with(['\'', '’']) => stem.len(),
        _ => word.len(),
    }
}

/// "F.", "I.": one capital letter and a full stop.
fn is_initial_with_stop(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// A verb that no possessive governs, so that a name before it that ends
/// in "'s" ("Sainsbury's said", "Moody's has warned") keeps the "'s" as
/// part of the name: shops, auction houses and agencies named for their
/// founders. Not a word that is also a noun ("Russia's will", "Iran's
/// plans", "the firm's reports").
fn is_verb_after_shop(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "reported"
            | "announced"
            | "announces"
            | "warned"
            | "confirmed"
            | "denied"
            | "has"
            | "have"
            | "had"
            | "would"
            | "sells"
            | "employs"
            | "added"
    )
}

/// The character right before token `i` opens a quotation ('called
/// "Ashodaya Samithi"', "“Army-People Unity”").
pub(crate) fn after_opening_quote(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i)
        .and_then(|t| text.get(..t.start))
        .and_then(|before| before.chars().next_back())
        .is_some_and(|c| matches!(c, '“' | '"' | '‘'))
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
            words("the DPRK-China Friendship Year"),
            ["the", "DPRK-China", "Friendship", "Year"]
        );
        assert_eq!(
            words("Russia-North Korea ties"),
            ["Russia", "North", "Korea", "ties"]
        );
    }

    #[test]
    fn an_en_dash_joins_like_a_hyphen_and_pairs_names_before_no_name() {
        assert_eq!(
            words("the Mexican–American War"),
            ["the", "Mexican–American", "War"]
        );
        assert_eq!(
            words("Council on Baltic–Iberian Relations"),
            ["Council", "on", "Baltic–Iberian", "Relations"]
        );
        assert_eq!(
            words("the Ferris–Oduya ticket"),
            ["the", "Ferris", "Oduya", "ticket"]
        );
        assert_eq!(
            words("Mary Ferris–Oduya said"),
            ["Mary", "Ferris–Oduya", "said"]
        );
        assert_eq!(
            words("Mary Ferris-Oduya said"),
            ["Mary", "Ferris-Oduya", "said"]
        );
        assert_eq!(
            words("the Ferris-Oduya ticket"),
            ["the", "Ferris-Oduya", "ticket"]
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
