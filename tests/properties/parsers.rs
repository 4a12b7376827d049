//! Parsers never panic, whatever the input: decoding, the plain-text and
//! Markdown formats, front matter and gazetteer YAML, slugs; and entity
//! extraction keeps its invariants on news-like text.

use dossier::analyze::entities::{extract, Gazetteer};
use dossier::content::boilerplate::Boilerplate;
use dossier::content::slug::{slugify, SlugSet};
use dossier::content::{decode, markdown, text};
use proptest::prelude::*;
use std::path::Path;

use crate::strategies::{any_text, article_text, config};

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
                let block = &articles[a][m.block()];
                let span = m.range();
                prop_assert!(span.start < span.end && span.end <= block.len());
                prop_assert!(block.is_char_boundary(span.start) && block.is_char_boundary(span.end));
                prop_assert!(m.entity < ex.entities.len());
                prop_assert!(m.sentence() < ex.sentences[a].len());
                prop_assert!((m.block(), span.start) >= last, "mentions sorted and not overlapping");
                last = (m.block(), span.end);
            }
            for s in &ex.sentences[a] {
                let block = &articles[a][s.block()];
                let span = s.range();
                prop_assert!(span.start <= span.end && span.end <= block.len());
                prop_assert!(block.is_char_boundary(span.start) && block.is_char_boundary(span.end));
            }
        }
    }
}
