//! Headlines in title case ("Kim Jong Il Inspects KPA Unit", "Tesco Profits
//! Beat Forecasts") capitalise every word, so their capitals say nothing
//! about names: read as they stand, the whole headline is one long name.
//! Such a headline is read in sentence case instead, each ordinary word
//! lowered unless the article's body writes it with its capital too.

use super::lexicon::is_english_word;
use crate::text::words::{contains_word, is_function_word};
use std::borrow::Cow;

/// The fewest capitalised ordinary words, after the first, that make a
/// headline title case: one could be a name ("Bush", "Banks").
const ORDINARY_CAPITALISED: usize = 2;

/// `title` in sentence case when it is written in title case (see the
/// module docs); otherwise `title` itself. `body` is the article's text.
pub(crate) fn in_sentence_case<'t>(title: &'t str, body: &[String]) -> Cow<'t, str> {
    let words: Vec<&str> = title.split(' ').collect();
    let ordinary = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().count() >= 4
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && is_english_word(w)
    };
    let lower_long = words
        .iter()
        .skip(1)
        .filter(|w| w.chars().count() >= 4 && w.starts_with(char::is_lowercase))
        .count();
    if lower_long > 0 || words.iter().skip(1).filter(|w| ordinary(w)).count() < ORDINARY_CAPITALISED
    {
        return Cow::Borrowed(title);
    }
    let bare: Vec<&str> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    // An ordinary word keeps its capital where the body writes it beside
    // the same neighbour ("KPA Unit"), not merely somewhere ("Care" in
    // "Affordable Care Act" says nothing of "Health Care Bill").
    let in_body = |phrase: &str| body.iter().any(|b| contains_word(b, phrase));
    let named_in_body = |i: usize| {
        let pair = |a: usize, b: usize| match (bare.get(a), bare.get(b)) {
            (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() => in_body(&format!("{x} {y}")),
            _ => false,
        };
        i.checked_sub(1).is_some_and(|p| pair(p, i)) || pair(i, i + 1)
    };
    let mut out = String::with_capacity(title.len());
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let w = bare.get(i).copied().unwrap_or("");
        let lower = i > 0 && (is_function_word(w) || (ordinary(word) && !named_in_body(i)));
        if lower {
            out.push_str(&word.to_lowercase());
        } else {
            out.push_str(word);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(text: &str) -> Vec<String> {
        vec![text.to_string()]
    }

    #[test]
    fn title_case_is_read_in_sentence_case() {
        let b = body("Marshal Oh Sang Gil inspected the Sunchon Cement Complex on Monday.");
        assert_eq!(
            in_sentence_case("Oh Sang Gil Inspects Sunchon Cement Complex", &b),
            "Oh Sang Gil inspects Sunchon Cement Complex"
        );
        assert_eq!(
            in_sentence_case(
                "Talks With Bravia Group Stall Over Prices",
                &body("Bravia Group said.")
            ),
            "Talks with Bravia Group stall over prices"
        );
    }

    #[test]
    fn sentence_case_and_short_headlines_stand() {
        let b = body("Nothing here.");
        for title in [
            "Henman crashes out in Rotterdam",
            "Bush Visits Ohio",
            "Kim Jong Il in Rason",
        ] {
            assert_eq!(in_sentence_case(title, &b), title);
        }
    }
}
