//! Property tests: random bytes and random structured articles never make a
//! parser panic, and what comes out keeps its invariants.

use dossier::analyze::entities::{extract, Gazetteer};
use dossier::content::boilerplate::Boilerplate;
use dossier::content::slug::{slugify, SlugSet};
use dossier::content::{decode, markdown, text};
use proptest::prelude::*;
use std::path::Path;

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(any::<u8>(), 0..400)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        "[A-Za-z \n.,'’\"“”:;()\\-—–#*_\\[\\]{}<>|`!?0-9]{0,400}",
    ]
}

/// News-like text: capitalised words, quotes, dates, odd punctuation.
fn article_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[A-Z][a-z]{1,9}",
        "[a-z]{1,9}",
        "[A-Z]{2,5}",
        Just("U.S.".to_string()),
        Just("the".to_string()),
        Just("of".to_string()),
        Just("said".to_string()),
        Just("’s".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("-".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        "[A-Z][a-z]+-[a-z]+",
        "[0-9]{1,4}",
    ];
    proptest::collection::vec(word, 0..120).prop_map(|w| w.join(" "))
}

/// Random inputs locally; under CI a fixed seed, so that a submission's
/// result does not depend on luck (new failures are found by local runs and
/// by the cargo-fuzz targets).
fn config() -> ProptestConfig {
    let mut config = ProptestConfig {
        cases: 300,
        ..ProptestConfig::default()
    };
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(0x0d05_51e2);
    }
    config
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        if let Ok((text, _)) = decode::decode(&bytes) {
            prop_assert!(!text.contains('\r'));
        }
    }

    #[test]
    fn plain_text_parser_never_panics(input in any_text()) {
        let parsed = text::parse(&input, &Boilerplate::new(true, &[]));
        prop_assert!(parsed.paragraphs.iter().all(|p| !p.trim().is_empty()));
        prop_assert!(parsed.title.chars().count() <= 112);
    }

    #[test]
    fn markdown_never_panics(input in any_text()) {
        let body = match markdown::split_front_matter(&input) {
            Some((yaml, body, line)) => {
                let _ = markdown::parse_front_matter(yaml, line);
                body
            }
            None => &input,
        };
        let blocks = markdown::blocks(body);
        let _ = markdown::render(body, &vec![Vec::new(); blocks.len()]);
    }

    #[test]
    fn front_matter_yaml_never_panics(yaml in any_text()) {
        let _ = markdown::parse_front_matter(&yaml, 2);
        let _ = Gazetteer::from_yaml(&yaml, Path::new("g.yaml"));
    }

    #[test]
    fn slugs_are_safe_and_unique(titles in proptest::collection::vec(any_text(), 1..8)) {
        let mut set = SlugSet::default();
        let mut seen = std::collections::HashSet::new();
        for t in &titles {
            let s = set.unique(t, "fallback");
            prop_assert!(!s.is_empty());
            prop_assert!(s.chars().all(|c| dossier::content::slug::is_slug_char(c) || c == '-'), "{s:?}");
            prop_assert!(!s.contains(['/', '\\', '.', ':', '\0']) && !s.chars().any(char::is_whitespace), "{s:?}");
            prop_assert!(seen.insert(s));
        }
        let _ = slugify("");
    }

    #[test]
    fn extraction_keeps_its_invariants(articles in proptest::collection::vec(
        proptest::collection::vec(article_text(), 1..4), 1..4)
    ) {
        let ex = extract(&articles, None);
        prop_assert_eq!(ex.mentions.len(), articles.len());
        for (a, mentions) in ex.mentions.iter().enumerate() {
            let mut last = (0usize, 0usize);
            for m in mentions {
                let block = &articles[a][m.block];
                prop_assert!(m.start < m.end && m.end <= block.len());
                prop_assert!(block.is_char_boundary(m.start) && block.is_char_boundary(m.end));
                prop_assert!(m.entity < ex.entities.len());
                prop_assert!(m.sentence < ex.sentences[a].len());
                prop_assert!((m.block, m.start) >= last, "mentions sorted and not overlapping");
                last = (m.block, m.end);
            }
            for s in &ex.sentences[a] {
                let block = &articles[a][s.block];
                prop_assert!(s.start <= s.end && s.end <= block.len());
                prop_assert!(block.is_char_boundary(s.start) && block.is_char_boundary(s.end));
            }
        }
    }
}
