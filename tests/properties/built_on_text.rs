//! What is built on the text layer, on hazard text: slugs, readable
//! titles, the plain-text parser, date markers and datelines, decoding, and
//! search snippets.

use dossier::content::boilerplate::Boilerplate;
use dossier::content::decode;
use dossier::content::slug::{slugify, SlugSet};
use dossier::content::text;
use dossier::search::snippet::{snippet_text, TermStats, TEXT_BUDGET};
use dossier::text::{first_sentence, is_invisible, normalize};
use proptest::prelude::*;

use crate::strategies::{config, config_cases, hazard_text, one_of, text_input};
use crate::text_layer::needs_fixing;

proptest! {
    #![proptest_config(config())]

    #[test]
    fn slugs_are_clean_bounded_and_stable(text in hazard_text()) {
        let text = normalize(&text);
        let slug = slugify(&text);
        prop_assert!(slug.chars().count() <= 80);
        prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"), "{:?}", slug);
        prop_assert!(!slug.contains(|c: char| is_invisible(c) || c.is_whitespace() || c.is_control()), "{:?}", slug);
        prop_assert_eq!(slugify(&slug), slug.clone());
        let mut set = SlugSet::default();
        let first = set.unique(&text, "fallback");
        prop_assert_ne!(set.unique(&text, "fallback"), first);
    }

    #[test]
    fn readable_titles_are_bounded_prefixes(text in text_input()) {
        let sentence = first_sentence(&text);
        let title = text::readable_title(sentence);
        prop_assert!(title.chars().count() <= 111, "{} chars", title.chars().count());
        // The end may keep white space before a full stop (see tests/regression/loading.rs).
        prop_assert_eq!(title.trim_start(), title.as_str());
        let head = title.strip_suffix('…').unwrap_or(&title);
        prop_assert!(sentence.trim().starts_with(head), "{:?} / {:?}", head, sentence);
    }

    #[test]
    fn plain_text_parser_keeps_clean_text_clean(input in text_input()) {
        let input = normalize(&input);
        let parsed = text::parse(&input, &Boilerplate::new(true, &[]));
        prop_assert!(parsed.title.chars().count() <= 112);
        prop_assert!(!parsed.title.contains('\n'));
        prop_assert!(!parsed.title.contains(needs_fixing));
        for p in &parsed.paragraphs {
            prop_assert!(!p.is_empty() && p.trim() == p && !p.contains('\n'), "{:?}", p);
            prop_assert!(!p.contains(needs_fixing));
        }
        if let Some(source) = &parsed.source {
            prop_assert!(!source.is_empty() && source.trim() == source);
        }
    }

    #[test]
    fn date_markers_and_datelines_accept_any_space(
        space in one_of(&["\u{a0}", "\u{2009}", "\u{202F}", "\u{2002}", "\u{2003}", "\u{3000}", " ", "\t"]),
        space2 in one_of(&["\u{a0}", "\u{2009}", "\u{202F}", "\u{2002}", "\u{2003}", "\u{3000}", " "]),
        body in hazard_text(),
    ) {
        // On the dateline's line: a blank line after it would make it a
        // headline (see tests/regression/loading.rs).
        let body = normalize(&body).replace('\n', " ");
        let input = format!(" date{space}2024-03-01\nSEOUL{space2}(Reuters){space}- North Korea fired a missile. {body}\nMore text.");
        let parsed = text::parse(&input, &Boilerplate::new(true, &[]));
        prop_assert_eq!(parsed.date, Some(Ok(chrono::NaiveDate::from_ymd_opt(2024, 3, 1).unwrap_or_default())));
        let opening = dossier::content::outlet::opening(&parsed.paragraphs);
        prop_assert_eq!(opening.outlet.as_deref(), Some("Reuters"));
    }

    #[test]
    fn decode_output_is_already_normalised(text in hazard_text()) {
        if let Ok((decoded, _)) = decode::decode(text.as_bytes()) {
            let again = normalize(&decoded);
            prop_assert_eq!(again.as_ref(), decoded.as_str());
        }
    }
}

proptest! {
    #![proptest_config(config_cases(64))]

    #[test]
    fn snippets_are_bounded_and_taken_from_the_body(bodies in proptest::collection::vec(text_input(), 1..4)) {
        let bodies: Vec<String> = bodies.iter().map(|b| normalize(b).into_owned()).collect();
        let stats = TermStats::new(bodies.iter().map(String::as_str));
        for body in &bodies {
            let snippet = snippet_text(body, &stats);
            prop_assert!(snippet.chars().count() <= TEXT_BUDGET);
            prop_assert!(!snippet.contains('\n'));
            for word in snippet.split_whitespace().filter(|w| *w != "…") {
                let word = word.trim_end_matches('…');
                prop_assert!(body.contains(word), "{:?} not in the body", word);
            }
        }
    }
}
