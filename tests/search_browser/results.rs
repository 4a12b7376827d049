//! Queries on the sample site: what they find, what finds nothing, how
//! snippets mark the terms, and titles that hold markup.

use scraper::{Html, Selector};

use crate::common::browser::{file_url, Browser};
use crate::common::{build, build_samples};
use crate::search_page::{finds_article, for_both_origins, parse, search_doms};

#[test]
fn kursk_finds_the_kursk_article() {
    finds_article("Kursk", "000_f2de3465b80c222d.txt");
}

#[test]
fn sturgeon_finds_the_summit_menu_article() {
    finds_article("sturgeon", "001_1d5390a35ac40c51.txt");
}

#[test]
fn mao_finds_the_china_article() {
    finds_article("Mao", "002_0a015e6bfc61684e.txt");
}

#[test]
fn kim_puts_kim_jong_uns_entity_page_in_the_top_three() {
    for_both_origins("Kim", |outcome, _, url| {
        let top: Vec<&(String, String, String)> = outcome.results.iter().take(3).collect();
        assert!(
            top.iter()
                .any(|(href, kind, text)| href.starts_with("entities/")
                    && kind == "entity"
                    && text.contains("Kim Jong Un")),
            "{url}: Kim Jong Un's entity page not in the top 3: {top:#?}"
        );
    });
}

#[test]
fn a_query_without_match_shows_no_results() {
    for_both_origins("zzqxv", |outcome, _, url| {
        assert!(
            outcome.results.is_empty(),
            "{url}: unexpected results {outcome:#?}"
        );
        assert!(outcome.no_results_visible, "{url}: #no-results hidden");
        assert!(
            outcome.status.contains("No results"),
            "{url}: {:?}",
            outcome.status
        );
    });
}

#[test]
fn a_query_of_stop_words_shows_no_results() {
    for_both_origins("the and of", |outcome, _, url| {
        assert!(
            outcome.results.is_empty(),
            "{url}: unexpected results {outcome:#?}"
        );
        assert!(outcome.no_results_visible, "{url}: #no-results hidden");
    });
}

#[test]
fn snippets_highlight_the_matched_terms() {
    for_both_origins("sturgeon", |outcome, _, url| {
        assert!(
            outcome
                .results
                .iter()
                .any(|(_, _, text)| text.contains("sturgeon")),
            "{url}: {outcome:#?}"
        );
    });
    let Some(browser) = Browser::find(false) else {
        return;
    };
    let site = build_samples();
    let dom = search_doms(
        &browser,
        &[file_url(&site.out.join("search.html"), "q=sturgeon")],
    )
    .remove(0);
    let html = Html::parse_document(&dom);
    let marks: Vec<String> = html
        .select(&Selector::parse("li.result .result-snippet mark").expect("selector"))
        .map(|m| m.text().collect())
        .collect();
    assert!(
        marks.iter().any(|m| m.eq_ignore_ascii_case("sturgeon")),
        "no highlighted term: {marks:?}"
    );
}

#[test]
fn hostile_titles_are_shown_as_text() {
    let Some(browser) = Browser::find(false) else {
        return;
    };
    let src = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(src.path().join("seeds")).expect("seeds dir");
    std::fs::write(
        src.path().join("site.toml"),
        "title = \"Test\"\ncontent_dir = \"seeds\"\n",
    )
    .expect("site.toml");
    std::fs::write(
        src.path().join("seeds/001.txt"),
        "Kursk </script><script>alert(1)</script> <img src=x id=pwned>\n\n\
         The Kursk region saw fighting. Troops from the north arrived in spring.\n",
    )
    .expect("seed");
    let site = build(src.path());
    let dom = search_doms(
        &browser,
        &[file_url(&site.out.join("search.html"), "q=Kursk")],
    )
    .remove(0);
    let outcome = parse(&dom);
    assert!(
        outcome
            .results
            .iter()
            .any(|(_, _, text)| text.contains("</script><script>alert(1)</script>")),
        "{outcome:#?}"
    );
    let html = Html::parse_document(&dom);
    let injected = Selector::parse("#results img, #results script, #pwned").expect("selector");
    assert!(
        html.select(&injected).next().is_none(),
        "markup injected: {dom}"
    );
}
