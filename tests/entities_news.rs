//! Scores entity discovery on a held-out set of news articles of varied beats
//! and outlet styles (`tests/data/news-gold/`), with the same rule as the
//! sample articles' gold: the folder is built as a site with no gazetteer and
//! its `data/entities.json` is scored per article.

mod common;

/// Builds the news articles as a site with a title-only site.toml.
fn build_news() -> common::Built {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    for entry in std::fs::read_dir(common::repo().join("tests/data/news-gold")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt" || x == "md") {
            std::fs::copy(&path, seeds.join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(dir.path().join("site.toml"), "title = \"News gold\"\n").unwrap();
    common::build(dir.path())
}

#[test]
fn discovery_generalises_to_unseen_news() {
    let site = build_news();
    let json = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    let entities: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    let score = common::gold::score(
        &common::repo().join("tests/data/news-gold/gold.yaml"),
        &entities,
    );
    let (precision, recall, typed) = (score.precision(), score.recall(), score.type_accuracy());
    assert!(precision >= 0.8, "precision {precision:.3}");
    assert!(recall >= 0.8, "recall {recall:.3}");
    assert!(typed >= 0.75, "type accuracy {typed:.3}");
}

/// Builds one article (`file` holding `text`) as a site with `toml` and
/// returns its `data/entities.json`.
fn entities_of_one_article(file: &str, text: &str, toml: &str) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir_all(&seeds).unwrap();
    std::fs::write(seeds.join(file), text).unwrap();
    std::fs::write(dir.path().join("site.toml"), toml).unwrap();
    let site = common::build(dir.path());
    let json = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    serde_json::from_str(&json).unwrap()
}

/// A name only in the headline is found: the entity lists the article,
/// with no mention (every mention is in a body block, quotable on pages).
#[test]
fn a_name_only_in_the_headline_is_found() {
    // No body mention: a page (or a row) only when the policy asks for none.
    let entities = entities_of_one_article(
        "harbour.txt",
        " date 2024-05-02\nZephyria Harbour Authority orders two tugs\n\nThe port operator said on Thursday that it had ordered two tugboats.\n\nThe boats will arrive next year, a spokeswoman said.\n",
        "title = \"Headline\"\n[entities]\nmin_mentions = 0\n",
    );
    let found = entities
        .iter()
        .find(|e| e["name"] == "Zephyria Harbour Authority")
        .unwrap_or_else(|| panic!("not found in {entities:?}"));
    assert_eq!(found["type"], "organization");
    assert_eq!(found["articles"].as_array().map(Vec::len), Some(1));
    assert_eq!(found["mentions"], 0);
}

/// A headline in title case is no name of its own: its capitals prove
/// nothing, so only the names the article gives elsewhere are found.
#[test]
fn a_title_case_headline_is_no_name_of_its_own() {
    let entities = entities_of_one_article(
        "visit.txt",
        " date 2024-05-02\nPak Tong Sun Visits Factory\n\nPyongyang, May 2 (KCNA) -- Premier Pak Tong Sun visited the factory.\n\nHe praised the workers of the Ryongsong Machine Complex.\n",
        "title = \"Headline\"\n",
    );
    let names: Vec<&str> = entities.iter().filter_map(|e| e["name"].as_str()).collect();
    assert!(names.contains(&"Pak Tong Sun"), "{names:?}");
    assert!(names.contains(&"Ryongsong Machine Complex"), "{names:?}");
    assert!(
        !names.iter().any(|n| n.contains("Visits")),
        "the headline is no name: {names:?}"
    );
}
