//! Tests of copy folding (`analyze/copies.rs`).

use super::*;
use chrono::NaiveDate;
use unicode_normalization::char::is_combining_mark;

fn article(path: &str, date: Option<(i32, u32, u32)>, text: &str) -> Article {
    let blocks: Vec<String> = text.split("\n\n").map(str::to_string).collect();
    Article {
        path: path.to_string(),
        slug: path.to_string(),
        title: path.to_string(),
        date: date.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        word_count: text.split_whitespace().count(),
        blocks,
        ..Default::default()
    }
}

/// A story of `n` distinct sentences about `subject`.
fn story(subject: &str, n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{subject} sentence number {i} tells part {} of the tale.",
                i * 7
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn exact_and_near_copies_fold_into_the_earliest() {
    let base = story("The harbour", 20);
    let near = format!("{base}\n\nSubscribe to our newsletter for more news like this today.");
    let articles = vec![
        article("a.txt", Some((2024, 3, 2)), &base),
        article(
            "b.txt",
            Some((2024, 3, 1)),
            &base.to_uppercase().replace("HARBOUR", "HA\u{301}RBOUR"),
        ),
        article("c.txt", Some((2024, 3, 4)), &near),
        article("d.txt", Some((2024, 3, 4)), &story("The mountain", 20)),
    ];
    let folded = fold(articles, &CopiesConfig::default());
    let kept: Vec<&str> = folded.articles.iter().map(|a| a.path.as_str()).collect();
    assert_eq!(kept, vec!["b.txt", "d.txt"]);
    let copies: Vec<(&str, usize, bool)> = folded
        .copies
        .iter()
        .map(|c| (c.article.path.as_str(), c.of, c.exact))
        .collect();
    assert_eq!(copies, vec![("a.txt", 0, true), ("c.txt", 0, false)]);
    assert_eq!(folded.counts(), (1, 1));
}

#[test]
fn near_copies_far_apart_in_time_and_short_texts_stay_apart() {
    let base = story("The harbour", 20);
    let later = format!("{base} One more line.");
    let short = "Kim sent greetings to the President of Laos.";
    let other = "Kim sent greetings to the President of Peru.";
    let articles = vec![
        article("a.txt", Some((2023, 3, 1)), &base),
        article("b.txt", Some((2024, 3, 1)), &later),
        article("c.txt", None, short),
        article("d.txt", None, other),
    ];
    let folded = fold(articles, &CopiesConfig::default());
    assert_eq!(folded.articles.len(), 4);
    let off = CopiesConfig {
        fold: false,
        ..CopiesConfig::default()
    };
    let same = vec![article("a.txt", None, &base), article("b.txt", None, &base)];
    assert_eq!(fold(same, &off).articles.len(), 2);
}

#[test]
fn jaccard_of_sorted_sets() {
    assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
    assert_eq!(jaccard(&[], &[]), 0.0);
}

/// The words as first defined: the text decomposed (NFD), combining marks
/// dropped, lower case, split at anything but letters and digits.
fn nfd_words(blocks: &[String]) -> Vec<String> {
    use unicode_normalization::UnicodeNormalization;
    let mut out = Vec::new();
    for block in blocks {
        let mut word = String::new();
        for c in block.nfd().filter(|c| !is_combining_mark(*c)) {
            if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            out.push(word);
        }
    }
    out
}

fn words_of(blocks: &[&str]) -> (Vec<String>, usize) {
    let a = Article {
        blocks: blocks.iter().map(|b| b.to_string()).collect(),
        ..Default::default()
    };
    let (text, hashes) = (text(&a), word_hashes(&a));
    let text = String::from_utf8(text).expect("words are UTF-8");
    let list = text
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string);
    (list.collect(), hashes.len())
}

#[test]
fn words_are_the_nfd_words() {
    for blocks in [
        vec!["Plain ASCII, words: 12 and more."],
        vec!["Cafe\u{301} CAFÉ café", "Ångström Ｆｕｌｌwidth"],
        vec!["a\u{323}\u{302}b e\u{302}\u{323} 한국어 ΣΊΣΥΦΟΣ İstanbul ǅemal"],
        vec!["", "  ", "x"],
    ] {
        let owned: Vec<String> = blocks.iter().map(|b| b.to_string()).collect();
        let expected = nfd_words(&owned);
        assert_eq!(words_of(&blocks), (expected.clone(), expected.len()));
    }
}

proptest::proptest! {
    #[test]
    fn words_are_the_nfd_words_on_any_text(a in "\\PC{0,40}", b in "[a-zA-Z\u{300}-\u{36f}\u{c0}-\u{17f}\u{ac00}-\u{ac10} ,.]{0,40}") {
        let owned = vec![a.clone(), b.clone()];
        let expected = nfd_words(&owned);
        proptest::prop_assert_eq!(words_of(&[&a, &b]), (expected.clone(), expected.len()));
    }
}
