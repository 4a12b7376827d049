//! Topics, relations, key terms, related articles, charts and the network,
//! checked on the built HTML with an HTML parser.

mod common;

use common::*;
use scraper::{Html, Selector};
use std::collections::HashSet;

const F000: &str = "000_f2de3465b80c222d.txt";
const F001: &str = "001_1d5390a35ac40c51.txt";
const F002: &str = "002_0a015e6bfc61684e.txt";

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel).collect()
}

fn text(e: &scraper::ElementRef<'_>) -> String {
    e.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The URL of the topic or relation named `name`, as linked from topics.html.
fn topic_url(site: &Built, name: &str) -> String {
    let index = site.page("topics.html");
    select(&index, "main a")
        .into_iter()
        .find(|a| text(a) == name)
        .and_then(|a| a.value().attr("href").map(str::to_string))
        .unwrap_or_else(|| panic!("topics.html does not link {name:?}"))
}

/// The article URLs listed under a topic or relation page's "Articles" heading.
fn listed_articles(site: &Built, url: &str) -> HashSet<String> {
    let page = site.page(url);
    let prefix = "../";
    // A relation page whose sentences come from every one of its articles
    // lists them there only.
    attrs(
        &page,
        "section[aria-labelledby=articles] .article-list a, section[aria-labelledby=sentences] li a",
        "href",
    )
    .into_iter()
    .map(|h| {
        let h = h.split('#').next().unwrap_or_default();
        h.strip_prefix(prefix).unwrap_or(h).to_string()
    })
    .collect()
}

#[test]
fn relations_between_countries_list_their_articles() {
    let site = build_samples();
    let nk_ru = topic_url(&site, "North Korea – Russia");
    assert!(nk_ru.starts_with("relations/"), "{nk_ru}");
    let listed = listed_articles(&site, &nk_ru);
    assert!(listed.contains(&site.article_url(F000)), "{listed:?}");
    assert!(listed.contains(&site.article_url(F001)), "{listed:?}");
    assert!(!listed.contains(&site.article_url(F002)), "{listed:?}");

    let cn_nk = topic_url(&site, "China – North Korea");
    assert!(listed_articles(&site, &cn_nk).contains(&site.article_url(F002)));

    // The relation page shows sentences naming both, each with both marked.
    let page = site.page(&nk_ru);
    let sentences = select(&page, "section[aria-labelledby=sentences] li");
    assert!(!sentences.is_empty());
    for s in &sentences {
        let marks: HashSet<String> = select_in(s, "mark").iter().map(text).collect();
        assert!(marks.len() >= 2, "{}", text(s));
    }
    // And the article pages link their relations.
    let article = site.page(&site.article_url(F001));
    let topics: Vec<String> = select(&article, "section[aria-labelledby=topics] a")
        .iter()
        .map(text)
        .collect();
    assert!(
        topics.contains(&"North Korea – Russia".to_string()),
        "{topics:?}"
    );
}

fn select_in<'a>(e: &scraper::ElementRef<'a>, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = Selector::parse(css).unwrap();
    e.select(&sel).collect()
}

#[test]
fn sample_topics_from_site_toml_have_pages_in_the_nav() {
    let site = build_samples();
    let home = site.page("index.html");
    let nav: Vec<String> = select(&home, "nav[aria-label=Site] a")
        .iter()
        .map(text)
        .collect();
    assert!(
        nav.contains(&"Topics".to_string()) && nav.contains(&"Network".to_string()),
        "{nav:?}"
    );
    let url = topic_url(&site, "Military cooperation");
    let listed = listed_articles(&site, &url);
    // 000 ("troops") and 001 ("arms deal", "army") are about arms.
    assert!(listed.contains(&site.article_url(F000)) && listed.contains(&site.article_url(F001)));
}

fn other_site() -> (tempfile::TempDir, Built) {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            (
                "site.toml",
                "title = \"Pitch and power\"\n\n[[topics]]\nname = \"Football\"\ndescription = \"The beautiful game.\"\nkeywords = [\"goal\", \"penalty kick\", \"striker\"]\n\n[[topics]]\nname = \"Energy policy\"\nkeywords = [\"wind farms\", \"grid\"]\n\n[[topics]]\nname = \"Franco-German\"\nentities = [\"France\", \"Germany\"]\n",
            ),
            ("seeds/a.txt", " date 2022-03-01\nThe striker scored a late goal after a penalty kick was saved.\n"),
            ("seeds/b.txt", " date 2022-05-02\nGoalkeepers trained while the grid operator announced new wind farms off the coast.\n"),
            ("seeds/c.txt", " date 2023-01-09\nGermany and France agreed to share power across the border.\n"),
            ("seeds/d.txt", " date 2023-02-10\nGermany opened a museum of trains in Berlin.\n"),
            (
                "seeds/e.md",
                "---\ntitle: Budget talks\ndate: 2024-02-03\ntags: [Economy, budget]\n---\nThe chancellor presented the budget.\n",
            ),
            (
                "seeds/f.md",
                "---\ntitle: Tax reform\ndate: 2024-03-03\ntags: [economy]\ntopics: [Energy policy]\n---\nA carbon tax was proposed.\n",
            ),
        ],
    );
    let site = build(dir.path());
    (dir, site)
}

#[test]
fn configured_topics_select_the_right_articles() {
    let (_dir, site) = other_site();
    let url = |f: &str| site.article_url(f);
    let football = listed_articles(&site, &topic_url(&site, "Football"));
    assert_eq!(
        football,
        HashSet::from([url("a.txt")]),
        "'Goalkeepers' is not 'goal'"
    );
    let energy = listed_articles(&site, &topic_url(&site, "Energy policy"));
    assert_eq!(
        energy,
        HashSet::from([url("b.txt"), url("f.md")]),
        "front matter joins the configured topic"
    );
    let both = listed_articles(&site, &topic_url(&site, "Franco-German"));
    assert_eq!(
        both,
        HashSet::from([url("c.txt")]),
        "all entities are needed"
    );
    let page = site.page(&topic_url(&site, "Football"));
    assert_eq!(text_of(&page, "h1").as_deref(), Some("Football"));
    assert_eq!(
        text_of(&page, ".lede").as_deref(),
        Some("The beautiful game.")
    );
}

#[test]
fn front_matter_tags_make_topics() {
    let (_dir, site) = other_site();
    let economy = listed_articles(&site, &topic_url(&site, "Economy"));
    assert_eq!(
        economy,
        HashSet::from([site.article_url("e.md"), site.article_url("f.md")])
    );
    let budget = listed_articles(&site, &topic_url(&site, "budget"));
    assert_eq!(budget, HashSet::from([site.article_url("e.md")]));
    let article = site.page(&site.article_url("f.md"));
    let topics: Vec<String> = select(&article, "section[aria-labelledby=topics] a")
        .iter()
        .map(text)
        .collect();
    assert_eq!(
        topics,
        vec!["Energy policy".to_string(), "Economy".to_string()]
    );
}

#[test]
fn every_inline_svg_is_xml_with_a_title() {
    for site in [build_samples(), other_site().1] {
        let mut seen = 0;
        for page in site.html_pages() {
            let doc = site.page(&page);
            for svg in select(&doc, "svg") {
                let xml = svg.html();
                let parsed = roxmltree::Document::parse(&xml)
                    .unwrap_or_else(|e| panic!("{page}: SVG is not XML: {e}\n{xml}"));
                let root = parsed.root_element();
                assert!(
                    root.children()
                        .any(|n| n.has_tag_name("title")
                            && !n.text().unwrap_or("").trim().is_empty()),
                    "{page}: SVG without a <title>"
                );
                assert!(root.attribute("aria-labelledby").is_some(), "{page}");
                assert!(!xml.contains("style="), "{page}: inline style in SVG");
                seen += 1;
            }
        }
        assert!(seen > 3, "only {seen} SVGs");
    }
}

#[test]
fn timeline_chart_counts_months_and_undated_apart() {
    let site = build_samples();
    let page = site.page("timeline.html");
    let chart = select(&page, "main svg[role=img]");
    assert_eq!(chart.len(), 1);
    // July 2021 to September 2023 with gaps: two bars, one per dated article.
    assert_eq!(select_in(&chart[0], "rect").len(), 2);
    let caption = text_of(&page, ".timeline-chart figcaption").unwrap();
    assert_eq!(caption, "1 undated article not plotted.");
}

#[test]
fn articles_show_key_terms_and_explained_related_articles() {
    let site = build_samples();
    let page = site.page(&site.article_url(F001));
    let terms: Vec<String> = select(&page, "section[aria-labelledby=terms] li")
        .iter()
        .map(text)
        .collect();
    assert!(!terms.is_empty());
    let related = select(&page, "section[aria-labelledby=related] li .why");
    assert!(!related.is_empty());
    for why in related {
        let why = text(&why);
        assert!(why.starts_with("Shared "), "{why}");
    }
}

#[test]
fn network_nodes_link_to_entity_pages() {
    let site = build_samples();
    let page = site.page("network.html");
    let links = attrs(&page, "svg.network a", "href");
    assert!(links.len() > 5, "{links:?}");
    for l in links {
        assert!(
            l.starts_with("entities/") && site.out.join(&l).is_file(),
            "{l}"
        );
    }
}

/// The sample articles under the default `[relations] min_articles` (3):
/// "North Korea – Russia", named together in two articles, has no page, and
/// where it is listed it links to the search filtered by both parties.
#[test]
fn a_pair_in_two_articles_links_to_the_search_for_both_parties() {
    let dir = tempfile::tempdir().unwrap();
    let repo = repo();
    let config = format!(
        "title = \"Pairs\"\ncontent_dir = {:?}\ngazetteer = {:?}\n",
        repo.join("seeds").display().to_string(),
        repo.join("gazetteer.yaml").display().to_string(),
    );
    write_files(dir.path(), &[("site.toml", &config)]);
    let site = build(dir.path());
    let search = "search.html?entity=North%20Korea&entity=Russia";
    assert_eq!(topic_url(&site, "North Korea – Russia"), search);
    let article = site.page(&site.article_url(F001));
    // Dotted, like a name without a page.
    let links = attrs(&article, "section[aria-labelledby=topics] a.find", "href");
    assert!(links.contains(&format!("../{search}")), "{links:?}");
    // No page for it, and no link to a relation page that is not there.
    assert!(!site.out.join("relations/north-korea-russia.html").exists());
    for page in site.html_pages() {
        let dir = site.out.join(&page);
        let dir = dir.parent().unwrap();
        for href in attrs(&site.page(&page), "a", "href") {
            if href.contains("relations/") {
                let file = dir.join(href.split('#').next().unwrap());
                assert!(file.is_file(), "{page} links {}", file.display());
            }
        }
    }
}
