//! The files and data of the hazard site: file names, slugs and
//! `mentions.csv`.

use crate::common::*;
use crate::fixture::{built, SEEDS};
use crate::inspect::{assert_clean, entities};

#[test]
fn file_names_hold_no_invisible_characters_or_spaces() {
    let site = built();
    for file in tree(&site.out).keys() {
        assert_clean("file name", file);
        assert!(
            !file.chars().any(char::is_whitespace),
            "white space in {file:?}"
        );
    }
    for a in site.articles_json() {
        let slug = a["id"].as_str().unwrap();
        assert!(!slug.is_empty());
        assert!(
            slug.chars()
                .all(|c| dossier::content::slug::is_slug_char(c) || c == '-'),
            "{slug:?}"
        );
    }
    let urls: Vec<String> = SEEDS.iter().map(|s| site.article_url(s)).collect();
    assert!(
        urls.contains(&"articles/путин-и-ким-обсудили-сотрудничество.html".to_string()),
        "{urls:?}"
    );
    assert!(
        urls.contains(&"articles/café-diplomacy-kim-jong-uns-envoy-in-moscow.html".to_string()),
        "{urls:?}"
    );
}

#[test]
fn mentions_csv_parses_with_bounded_clean_context() {
    let site = built();
    let mentions = site.gunzip("data/mentions.csv.gz");
    let mut reader = csv::Reader::from_reader(mentions.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["article", "date", "entity", "type", "surface", "context"]
    );
    let names: Vec<String> = entities(&site)
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_string())
        .collect();
    let mut rows = 0;
    for record in reader.records() {
        let record = record.unwrap();
        assert_eq!(record.len(), 6, "{record:?}");
        let (entity, surface, context) = (&record[2], &record[4], &record[5]);
        assert!(names.iter().any(|n| n == entity), "{record:?}");
        assert!(
            !surface.is_empty() && context.contains(surface.split_whitespace().next().unwrap()),
            "{record:?}"
        );
        assert_clean("mentions.csv context", context);
        assert!(!context.contains('\n'), "{record:?}");
        // 100 characters each side, the mention, two ellipses.
        assert!(
            context.chars().count() <= 2 * 101 + surface.chars().count() + 2,
            "{record:?}"
        );
        rows += 1;
    }
    assert!(rows >= 20, "{rows} rows");
}
