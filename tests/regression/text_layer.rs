//! Bugs of the text layer (`dossier::text`): sentence ends, cuts at
//! boundaries, whole words.

use dossier::content::text::{self, readable_title};
use dossier::text::first_sentence;

use crate::helpers::{build_files, parse, pieces, raw_texts};

/// `first_sentence` cut the text at a byte offset inside the no-break space
/// of "£5\u{a0}bn." and panicked ("byte index is not a char boundary").
#[test]
fn first_sentence_after_no_break_space_did_not_panic() {
    let text = "The firm lost £5\u{a0}bn. Shares fell.";
    assert_eq!(first_sentence(text), "The firm lost £5\u{a0}bn.");
    assert_eq!(text::first_sentence(text), "The firm lost £5\u{a0}bn.");
    assert_eq!(
        readable_title(first_sentence(text)),
        "The firm lost £5\u{a0}bn"
    );
    assert_eq!(
        pieces("The firm lost £5\u{a0}bn.\u{2009}Shares fell.\u{202F}Bonds rose."),
        ["The firm lost £5\u{a0}bn.", "Shares fell.", "Bonds rose."]
    );

    let (_root, site) = build_files(&[(
        "seeds/pound.txt",
        "The firm lost £5\u{a0}bn. Shares fell.\n",
    )]);
    let page = site.page(&site.article_url("pound.txt"));
    assert_eq!(raw_texts(&page, "h1"), ["The firm lost £5\u{a0}bn"]);
}

/// "U.S. President" ended a sentence at "U.S.", cutting titles to "Talks
/// with the U.S" and splitting quotes; so did other abbreviations and
/// initials, and hard-wrapped lines that broke after "U.S.".
#[test]
fn abbreviations_and_hard_wraps_do_not_end_sentences() {
    assert_eq!(
        first_sentence("Talks with the U.S. President began. Then more."),
        "Talks with the U.S. President began."
    );
    assert_eq!(
        pieces(
            "Mr. Kim and Dr. Park met Gen. Lee at 9 a.m. on Sept. 9 in St. Petersburg. They talked. \
             He flew to the U.S. The talks began. J. R. R. Tolkien wrote. It cost 3.5 bn. Next."
        ),
        [
            "Mr. Kim and Dr. Park met Gen. Lee at 9 a.m. on Sept. 9 in St. Petersburg.",
            "They talked.",
            "He flew to the U.S.",
            "The talks began.",
            "J. R. R. Tolkien wrote.",
            "It cost 3.5 bn.",
            "Next."
        ]
    );
    assert_eq!(
        pieces("Talks with the U.S.\u{a0}President began.\u{2009}Then more."),
        ["Talks with the U.S.\u{a0}President began.", "Then more."]
    );
    let wrapped = "The talks with the U.S.\nPresident Joe Biden began on Monday in\nGeneva, officials said.\n\nNext paragraph here.\n";
    let p = parse(wrapped);
    assert_eq!(
        p.paragraphs,
        [
            "The talks with the U.S. President Joe Biden began on Monday in Geneva, officials said.",
            "Next paragraph here."
        ]
    );
    assert_eq!(
        p.title,
        "The talks with the U.S. President Joe Biden began on Monday in Geneva, officials said"
    );
}

/// `text::window` (keyword in context, used by the entity pages and
/// mentions.csv) moved its left edge to a word start only when a space fell
/// in the first half of the span; otherwise it kept the raw character
/// offset, which could lie inside a grapheme cluster: half a flag, an emoji
/// sequence without its first person, a lone combining mark. Fixed in
/// 2c92602 (the edge moves to the nearest grapheme boundary of the whole
/// text); guards that the left side never starts inside a flag.
#[test]
fn window_does_not_split_a_flag() {
    let text = "🇰🇷🇰🇷🇰🇷KIM";
    let at = text.find("KIM").unwrap();
    let (before, _) = dossier::text::window(text, at, at + 3, 2);
    // Two regional indicators make one flag: the cut must fall between
    // flags ("🇰🇷" or nothing), never between the two halves of one.
    let kept = text.get(before).unwrap();
    assert!(["", "🇰🇷"].contains(&kept), "{kept:?}");
}

/// `shorten` and `shorten_start` promise at most `max_chars` characters,
/// but with `max_chars` 0 they returned "…". Fixed in 2c92602; guards that
/// both give the empty string for 0.
#[test]
fn shorten_to_zero_is_empty() {
    assert_eq!(dossier::text::shorten("abc", 0), "");
    assert_eq!(dossier::text::shorten_start("abc", 0), "");
}

/// `contains_word` tried only the non-overlapping matches that
/// `str::match_indices` gives, so a glued match could hide an overlapping
/// whole-word one: "a a" is a whole phrase at byte 3 of "xa a a b", but the
/// glued match at byte 1 swallowed it. Fixed in 2c92602 (every occurrence
/// is tried, overlapping ones too); guards that the overlapped whole-word
/// match is found.
#[test]
fn contains_word_sees_overlapping_matches() {
    assert!(dossier::text::contains_word("xa a a b", "a a"));
}
