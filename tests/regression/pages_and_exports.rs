//! Bugs seen in the built site: keyword-in-context on entity pages and in
//! `mentions.csv`, and exports that grew with the square of an article.

use crate::common::*;
use crate::helpers::{build_files, kwic_sides, raw_texts};

/// An entity mention preceded by a no-break space deep in a long sentence
/// panicked when the entity page cut the sentence to the words around the
/// mention (the tail of `render/format.rs` sliced at a byte offset inside
/// U+00A0). The cut must also stay bounded and marked with ellipses.
#[test]
fn entity_context_after_no_break_space_in_long_sentence_renders() {
    let filler = "the delegation reviewed rail links, port access, fishing quotas and fertiliser shipments while ";
    let sentence = format!(
        "{}officials said that\u{a0}Kim Jong Un and\u{2002}Vladimir Putin would meet again {}in the spring.",
        filler.repeat(6),
        filler.repeat(6)
    );
    assert!(sentence.len() > 1000);
    let (_root, site) = build_files(&[(
        "seeds/long-sentence.txt",
        &format!(" date 2024-05-01 {sentence} Nothing else was said.\n"),
    )]);
    for (page, name, before_end, after_start) in [
        (
            "entities/kim-jong-un.html",
            "Kim Jong Un",
            "said that ",
            " and",
        ),
        (
            "entities/vladimir-putin.html",
            "Vladimir Putin",
            "Kim Jong Un and ",
            " would",
        ),
    ] {
        let doc = site.page(page);
        assert_eq!(raw_texts(&doc, ".kwic li mark"), [name], "{page}");
        let (before, after) = kwic_sides(&doc);
        assert!(
            before.starts_with('…') && before.ends_with(before_end),
            "{page}: {before:?}"
        );
        assert!(
            after.starts_with(after_start) && after.ends_with('…'),
            "{page}: {after:?}"
        );
        assert!(before.chars().count() <= 95, "{page}: {before:?}");
        assert!(after.chars().count() <= 95, "{page}: {after:?}");
    }
    let mentions = site.gunzip("data/mentions.csv.gz");
    let mut reader = csv::Reader::from_reader(mentions.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let kim = rows.iter().find(|r| &r[2] == "Kim Jong Un").unwrap();
    assert!(kim[5].starts_with('…') && kim[5].ends_with('…'), "{kim:?}");
    assert!(
        kim[5].contains("said that Kim Jong Un and Vladimir Putin"),
        "{kim:?}"
    );
    assert!(kim[5].chars().count() <= 215, "{kim:?}");
}

/// Made-up two-part names, no sentence punctuation: the shape of a bad
/// scrape or a table dump. About `bytes` long, `distinct` different names.
fn names_paragraph(bytes: usize, distinct: usize) -> String {
    let mut seed: u64 = 5;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) as usize) % n
    };
    let onsets = [
        "B", "D", "F", "G", "H", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z", "Br", "Ch",
        "Dr", "Gr", "Kh", "Pr", "Sh", "St", "Tr",
    ];
    let vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou", "ia"];
    let codas = ["", "", "n", "r", "l", "s", "k", "m", "v", "sh", "nd", "rt"];
    let mut word = |syllables: usize| {
        let mut w = String::new();
        for i in 0..syllables {
            let onset = onsets[next(onsets.len())];
            w.push_str(&if i == 0 {
                onset.to_string()
            } else {
                onset.to_lowercase()
            });
            w.push_str(vowels[next(vowels.len())]);
            w.push_str(codas[next(codas.len())]);
        }
        w
    };
    let mut names = std::collections::BTreeSet::new();
    while names.len() < distinct {
        names.insert(format!("{} {}", word(1), word(2)));
    }
    let names: Vec<String> = names.into_iter().collect();
    let joins = [
        "said",
        "met",
        "told",
        "and",
        "with",
        "of the",
        "President",
        "Minister",
        "met President",
        "and the",
    ];
    let mut out = String::new();
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&names[(i * 7919) % names.len()]);
        out.push(' ');
        out.push_str(joins[i % joins.len()]);
        out.push(' ');
        i += 1;
    }
    out.push_str(&names[0]);
    out.push('\n');
    out
}

/// A one-paragraph article of ~300 KB of capitalised names and no sentence
/// punctuation made `data/mentions.csv` and memory explode: every mention
/// copied its whole sentence (the whole article) into the CSV, and the
/// co-occurrence pairs grew with the square of the names in the article.
#[test]
fn one_paragraph_of_names_keeps_exports_small() {
    let names = names_paragraph(300_000, 1000);
    let (_root, site) = build_files(&[
        ("seeds/names.txt", &names),
        (
            "seeds/a.txt",
            " date 2024-01-02 Officials said Kim Jong Un met Vladimir Putin in Pyongyang. The talks ended.\n",
        ),
        (
            "seeds/b.txt",
            " date 2024-01-03 Officials in Seoul said Kim Jong Un would visit Moscow. Nothing more was said.\n",
        ),
    ]);
    assert_eq!(site.report.articles, 3);
    let mentions = site.gunzip("data/mentions.csv.gz");
    assert!(
        mentions.len() < 30_000_000,
        "mentions.csv is {} bytes",
        mentions.len()
    );
    let mut reader = csv::Reader::from_reader(mentions.as_bytes());
    let mut rows = 0;
    for record in reader.records() {
        let record = record.unwrap();
        assert!(record[5].chars().count() <= 2 * 101 + record[4].chars().count() + 2);
        rows += 1;
    }
    assert!(rows > 10_000, "{rows} mentions");
    for (file, bytes) in tree(&site.out) {
        if file.starts_with("entities/") {
            assert!(bytes.len() < 300_000, "{file} is {} bytes", bytes.len());
        }
    }
    // Co-occurrence stays capped per entity.
    let entities = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    let entities: Vec<serde_json::Value> = serde_json::from_str(&entities).unwrap();
    assert!(entities.len() > 500, "{} entities", entities.len());
    let kim = entities
        .iter()
        .find(|e| e["name"] == "Kim Jong Un")
        .unwrap();
    assert_eq!(kim["articles"], serde_json::json!(["a.txt", "b.txt"]));
    let page = site.page(kim["url"].as_str().unwrap());
    assert_eq!(raw_texts(&page, ".kwic ol li").len(), 2);
    for e in entities.iter().take(50) {
        let page = site.page(e["url"].as_str().unwrap());
        assert!(raw_texts(&page, "ol.ranked li").len() <= 12);
    }
}

/// A name only the headline gives was in the entity's article count but not
/// in the article's exported entities, nor in the search filter, so the
/// filter's link (a name in two articles) listed one of its two articles.
#[test]
fn a_name_only_in_the_headline_is_among_the_article_entities() {
    let (_root, site) = build_files(&[
        (
            "seeds/a.txt",
            " date 2024-05-01\nGrain ships leave Odesa\n\nThe first ships left the port on Monday, officials said.\n",
        ),
        (
            "seeds/b.txt",
            " date 2024-05-02\nCrews return\n\nCrews returned to Odesa on Tuesday, officials said.\n",
        ),
    ]);
    for article in site.articles_json() {
        let entities = article["entities"].as_array().unwrap();
        assert!(
            entities.iter().any(|e| e == "Odesa"),
            "{}: {entities:?}",
            article["path"]
        );
    }
}

/// An entity page charts mentions over time from three months with mentions
/// on: the bars of one or two months say no more than its first and last
/// dates.
#[test]
fn entity_pages_chart_three_months_or_more() {
    // Different stories, or they would be folded as copies of one.
    let article = |month: u32, story: &str| {
        format!(" date 2024-{month:02}-10\nTalks in month {month}\n\nOfficials met Olena Kovalenko on Monday. {story}\n")
    };
    let a = article(1, "The grain corridor reopened after a week of repairs.");
    let b = article(2, "Fishing quotas for the spring season were doubled.");
    let c = article(3, "Three new ferries will serve the islands from April.");
    let (_root, two) = build_files(&[("seeds/a.txt", &a), ("seeds/b.txt", &b)]);
    let chart = "section[aria-labelledby=over-time-h] svg";
    assert!(raw_texts(&two.page("entities/olena-kovalenko.html"), chart).is_empty());
    let (_root, three) = build_files(&[
        ("seeds/a.txt", &a),
        ("seeds/b.txt", &b),
        ("seeds/c.txt", &c),
    ]);
    assert_eq!(
        raw_texts(&three.page("entities/olena-kovalenko.html"), chart).len(),
        1
    );
}
