//! `dossier serve` after an edit: the quick preview of the edited article,
//! and the rebuild that follows, which must equal a clean build.

mod common;

use common::*;
use dossier::build::{render_site, BuildOptions};
use dossier::content::LoadCache;
use std::collections::BTreeMap;

const A: &str = " date 2024-05-01\nPort talks resume\n\nOlena Kovalenko met officials in Odesa on Monday. Kovalenko said the talks would go on.\n";
const B: &str = " date 2024-05-02\nShips leave Odesa\n\nOlena Kovalenko said the first ships left Odesa on Tuesday.\n";

fn files(rendered: &dossier::build::Rendered) -> BTreeMap<String, Vec<u8>> {
    rendered
        .files
        .iter()
        .map(|f| (f.path.clone(), f.bytes.clone()))
        .collect()
}

#[test]
fn an_edited_article_previews_at_once_and_the_rebuild_equals_a_clean_build() {
    let root = tempfile::tempdir().unwrap();
    write_files(
        root.path(),
        &[
            // Two articles: a name in both gets a page, however often it is
            // mentioned (the default asks for three articles, five mentions).
            (
                "site.toml",
                "title = \"Serve\"\n[entities]\nmin_articles = 2\nmin_mentions = 1\n",
            ),
            ("seeds/a.txt", A),
            ("seeds/b.txt", B),
        ],
    );
    let options = BuildOptions {
        root: root.path().canonicalize().unwrap(),
        ..Default::default()
    };
    let mut cache = LoadCache::default();
    let first = render_site(&options, Some(&mut cache), &|_| {}).unwrap();

    // The edit: new words, and a name the site has a page for.
    let edited = A.replace("on Monday.", "on Monday. Harbour pilots in Odesa cheered.");
    let path = options.root.join("seeds/a.txt");
    std::fs::write(&path, &edited).unwrap();

    let config = dossier::build::load_config(&options).unwrap();
    let theme = dossier::render::theme::Theme::load(&options.root).unwrap();
    let tera = dossier::render::compile(&theme).unwrap();
    let site = dossier::preview::Site {
        root: &options.root,
        config: &config,
        tera: &tera,
        gazetteer: None,
    };
    let page = dossier::preview::article_page(&site, &first.links, &path).expect("a preview");
    let old_url = first
        .files
        .iter()
        .find(|f| f.path.starts_with("articles/port-talks"))
        .map(|f| f.path.clone())
        .unwrap();
    assert_eq!(
        page.path, old_url,
        "the preview replaces the article's page"
    );
    let html = scraper::Html::parse_document(&String::from_utf8(page.bytes).unwrap());
    assert!(
        all_text(&html).contains("Harbour pilots in"),
        "the new words show"
    );
    let linked = attrs(&html, "article .body a.mention", "href");
    assert!(!linked.is_empty(), "names link to the built site's pages");
    for href in &linked {
        let target = href.trim_start_matches("../");
        let target = target.split('#').next().unwrap();
        assert!(
            first.files.iter().any(|f| f.path == target),
            "{href} is no page of the built site"
        );
    }

    // A new file has no page yet: no preview, the rebuild makes it.
    let new = options.root.join("seeds/c.txt");
    std::fs::write(&new, B.replace("Ships", "More ships")).unwrap();
    assert!(dossier::preview::article_page(&site, &first.links, &new).is_none());

    cache.forget(&[path, new]);
    let rebuilt = render_site(&options, Some(&mut cache), &|_| {}).unwrap();
    let clean = render_site(&options, None, &|_| {}).unwrap();
    let (rebuilt, clean) = (files(&rebuilt), files(&clean));
    assert_eq!(
        rebuilt.keys().collect::<Vec<_>>(),
        clean.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &clean {
        assert!(rebuilt[path] == *bytes, "{path} differs from a clean build");
    }
}
