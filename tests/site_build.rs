//! Builds the sample site and other small sites, and inspects the output with
//! an HTML parser.

mod common;

use common::*;
use std::collections::HashSet;

const F000: &str = "000_f2de3465b80c222d.txt";
const F001: &str = "001_1d5390a35ac40c51.txt";
const F002: &str = "002_0a015e6bfc61684e.txt";

#[test]
fn sample_site_has_three_dated_articles_with_sensible_titles() {
    let site = build_samples();
    assert_eq!(site.report.articles, 3);
    let expected = [
        (F000, None),
        (F001, Some("2023-09-13")),
        (F002, Some("2021-07-11")),
    ];
    for (file, date) in expected {
        let url = site.article_url(file);
        assert!(
            url.starts_with("articles/") && url.ends_with(".html"),
            "{url}"
        );
        let page = site.page(&url);
        let times = attrs(&page, "article header time", "datetime");
        match date {
            Some(d) => assert_eq!(times, vec![d.to_string()], "{file}"),
            None => {
                assert!(times.is_empty(), "{file} must be undated");
                assert_eq!(
                    text_of(&page, "article header .undated").as_deref(),
                    Some("Undated")
                );
            }
        }
        let title = text_of(&page, "h1").unwrap();
        let words = title.split_whitespace().count();
        assert!((4..=20).contains(&words), "{file}: title {title:?}");
        assert_eq!(
            text_of(&page, "title").unwrap(),
            format!("{title} · {}", site_title())
        );
    }
    let t002 = text_of(&site.page(&site.article_url(F002)), "h1").unwrap();
    assert!(t002.contains("pledge to strengthen ties"), "{t002}");
    let t001 = text_of(&site.page(&site.article_url(F001)), "h1").unwrap();
    assert!(t001.starts_with("Kim Jong Un expressed support"), "{t001}");
}

fn site_title() -> String {
    dossier::config::SiteConfig::load(&repo()).unwrap().title
}

#[test]
fn boilerplate_is_cut_and_names_the_source() {
    let site = build_samples();
    for page in site.html_pages() {
        let text = all_text(&site.page(&page));
        assert!(!text.contains("Remind me later"), "{page}");
        assert!(!text.contains("Dear readers"), "{page}");
        assert!(!text.contains("undesirable"), "{page}");
    }
    let page = site.page(&site.article_url(F000));
    assert_eq!(
        text_of(&page, "article header .source").as_deref(),
        Some("The Moscow Times")
    );
    let body = text_of(&page, "article .body").unwrap();
    assert!(body.contains("alongside Russian troops"));
    let paragraphs = scraper::Selector::parse("article .body > p").unwrap();
    assert_eq!(page.select(&paragraphs).count(), 12);
}

#[test]
fn timeline_lists_oldest_first_and_undated_last() {
    let site = build_samples();
    let page = site.page("timeline.html");
    assert_eq!(text_of(&page, "h1").as_deref(), Some("Timeline"));
    let links = attrs(&page, "main a", "href");
    let pos = |f: &str| {
        let url = site.article_url(f);
        links
            .iter()
            .position(|l| *l == url)
            .unwrap_or_else(|| panic!("{f} not on timeline"))
    };
    assert!(pos(F002) < pos(F001));
    assert!(pos(F001) < pos(F000));
    let undated = page
        .select(
            &scraper::Selector::parse(
                "section#undated li > a, section[aria-labelledby=undated] li > a",
            )
            .unwrap(),
        )
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect::<Vec<_>>();
    assert_eq!(undated, vec![site.article_url(F000)]);
}

#[test]
fn every_internal_link_and_src_resolves() {
    let site = build_samples();
    let mut checked = 0;
    for page in site.html_pages() {
        let doc = site.page(&page);
        let base = std::path::Path::new(&page).parent().unwrap().to_path_buf();
        let mut links = attrs(&doc, "[href]", "href");
        links.extend(attrs(&doc, "[src]", "src"));
        for link in links {
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            assert!(!link.starts_with('/'), "{page}: absolute link {link}");
            let path = link.split(['#', '?']).next().unwrap();
            if path.is_empty() {
                continue;
            }
            let target = site.out.join(&base).join(path);
            assert!(target.is_file(), "{page}: broken link {link}");
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} links checked");
}

#[test]
fn home_page_shows_counts_and_latest_articles() {
    let site = build_samples();
    let page = site.page("index.html");
    let stats = text_of(&page, ".stats").unwrap();
    assert!(stats.contains("3 articles"), "{stats}");
    let latest: HashSet<String> = attrs(&page, ".article-list a", "href")
        .into_iter()
        .collect();
    for f in [F000, F001, F002] {
        assert!(latest.contains(&site.article_url(f)));
    }
}

#[test]
fn minimal_site_with_title_only_builds() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"Harbour news\"\n"),
            ("seeds/a.txt", "The harbour master said on Monday that ferries would resume.\nShips queued outside the port of Dover.\n"),
            ("seeds/sub/b.txt", " date 2020-01-05\nCouncil approves budget\n\nThe council of Kent approved the budget on Tuesday.\n"),
        ],
    );
    let site = build(dir.path());
    assert_eq!(site.report.articles, 2);
    let home = site.page("index.html");
    assert_eq!(text_of(&home, "h1").as_deref(), Some("Harbour news"));
    let url = site.article_url("sub/b.txt");
    assert_eq!(
        text_of(&site.page(&url), "h1").as_deref(),
        Some("Council approves budget")
    );
}

#[test]
fn markdown_articles_render_and_raw_html_is_sanitised() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"T\"\n"),
            ("seeds/a.md", "---\ntitle: \"Budget <script>alert(1)</script> day\"\ndate: 2024-02-03\nsource: The Ledger\ntags: [economy, budget]\n---\n# Heading\n\nThe *chancellor* spoke.<script>alert(2)</script><img src=x onerror=alert(3)>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
            ("seeds/b.md", "---\ntitle: Same title\n---\nOne.\n"),
            ("seeds/c.md", "---\ntitle: Same title\n---\nTwo.\n"),
        ],
    );
    let site = build(dir.path());
    let url = site.article_url("a.md");
    let page = site.page(&url);
    assert_eq!(
        text_of(&page, "h1").as_deref(),
        Some("Budget <script>alert(1)</script> day")
    );
    assert!(attrs(&page, "script", "src").iter().all(|s| !s.is_empty()));
    assert_eq!(attrs(&page, "[onerror]", "onerror").len(), 0);
    assert_eq!(
        text_of(&page, "article .body em").as_deref(),
        Some("chancellor")
    );
    assert!(text_of(&page, "article .body table").is_some());
    assert_eq!(text_of(&page, ".source").as_deref(), Some("The Ledger"));
    let (b, c) = (site.article_url("b.md"), site.article_url("c.md"));
    assert_ne!(b, c);
}

/// The entity page policy: a name in one or two articles, or in three but
/// mentioned fewer than five times, gets no page; a name in three mentioned
/// five times, or in the gazetteer, gets one; a name in two links, in its
/// articles' lists, to the search for the articles naming it; all stay in
/// the data; `[entities] min_articles` and `min_mentions` move the bar.
#[test]
fn entity_pages_go_to_names_in_several_articles_or_the_gazetteer() {
    let files = [
        (
            "seeds/a.txt",
            " date 2024-05-01\nPort talks resume\n\nOlena Kovalenko met Marta Brandt in Odesa on Monday, officials said. Kovalenko said the Grain Board would help. Ivan Petrenko agreed.\n",
        ),
        (
            "seeds/b.txt",
            " date 2024-05-02\nShips leave port\n\nOlena Kovalenko said the first ships left on Tuesday. Kovalenko thanked the crews, Piotr Nowak said. Ivan Petrenko was there.\n",
        ),
        (
            "seeds/c.txt",
            " date 2024-05-03\nCrews return\n\nOlena Kovalenko welcomed the crews on Wednesday. Piotr Nowak said the port was busy again. Ivan Petrenko agreed.\n",
        ),
        (
            "gazetteer.yaml",
            "- name: Grain Board\n  type: organization\n",
        ),
    ];
    let entity_url = |site: &Built, name: &str| -> Option<String> {
        let text = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
        let list: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        let e = list
            .iter()
            .find(|e| e["name"] == name)
            .unwrap_or_else(|| panic!("{name} is not in entities.json"));
        e["url"].as_str().map(str::to_string)
    };

    let default = tempfile::tempdir().unwrap();
    write_files(
        default.path(),
        &[(
            "site.toml",
            "title = \"Policy\"\ngazetteer = \"gazetteer.yaml\"\n",
        )],
    );
    write_files(default.path(), &files);
    let site = build(default.path());
    let kovalenko = entity_url(&site, "Olena Kovalenko").expect("three articles: a page");
    assert_eq!(
        text_of(&site.page(&kovalenko), "h1").as_deref(),
        Some("Olena Kovalenko")
    );
    assert!(
        entity_url(&site, "Grain Board").is_some(),
        "gazetteer: a page"
    );
    assert_eq!(
        entity_url(&site, "Marta Brandt"),
        None,
        "one article: no page"
    );
    assert_eq!(
        entity_url(&site, "Piotr Nowak"),
        None,
        "two articles: no page"
    );
    assert_eq!(
        entity_url(&site, "Ivan Petrenko"),
        None,
        "three articles, three mentions: no page"
    );
    let article = site.page(&site.article_url("a.txt"));
    let linked = attrs(&article, "article .body a.mention", "href");
    assert!(linked.iter().any(|h| h.ends_with(&kovalenko)), "{linked:?}");
    let listed: Vec<String> = attrs(&site.page("entities.html"), "main a", "href");
    assert!(
        !listed
            .iter()
            .any(|h| h.contains("marta-brandt") || h.contains("piotr-nowak")),
        "{listed:?}"
    );
    assert!(all_text(&article).contains("Marta Brandt"));
    // In its articles' lists, a name in two articles leads to the search for
    // them; a name in one article (this one) is plain text.
    let chips = attrs(&article, "#named ~ ul.chips li a", "href");
    assert!(!chips.iter().any(|h| h.contains("Marta")), "{chips:?}");
    let second = site.page(&site.article_url("b.txt"));
    let chips = attrs(&second, "#named ~ ul.chips li a", "href");
    assert!(
        chips.contains(&"../search.html?entity=Piotr%20Nowak".to_string()),
        "{chips:?}"
    );

    let all = tempfile::tempdir().unwrap();
    write_files(
        all.path(),
        &[(
            "site.toml",
            "title = \"Policy\"\ngazetteer = \"gazetteer.yaml\"\n[entities]\nmin_articles = 1\nmin_mentions = 1\n",
        )],
    );
    write_files(all.path(), &files);
    let site = build(all.path());
    assert!(
        entity_url(&site, "Marta Brandt").is_some(),
        "min_articles = 1"
    );
    assert!(entity_url(&site, "Ivan Petrenko").is_some());
}
