//! Outlets: named once with their aliases, an index and a page each, on
//! every article line, as a search filter; the pages checked in Chromium.

use crate::common::*;
use crate::fixture::{built, texts};

#[test]
fn outlets_are_named_once_with_their_aliases() {
    let (_source, site) = built("");
    assert_eq!(site.report.outlets, 4, "{}", site.report.summary());
    let index = site.page("outlets.html");
    let names = texts(&index, "table.outlets tbody th a");
    assert_eq!(
        names,
        vec![
            "Korean Central News Agency",
            "Reuters",
            "Daily Planet",
            "Associated Press"
        ]
    );
    let rows = texts(&index, "table.outlets tbody tr");
    assert!(rows[0].contains("also KCNA 2 1"), "{}", rows[0]);
    assert!(
        rows[2].contains("also The Daily Planet, The Planet 2 0"),
        "{}",
        rows[2]
    );
    assert!(rows[1].contains("Reuters 2 1"), "{}", rows[1]);
    assert!(texts(&index, "p.meta")[0]
        .contains("4 outlets, most articles first; 1 of 8 articles names none."));

    // KCNA's page: both its articles (dateline and front matter), its names.
    let url = attrs(&index, "table.outlets tbody th a", "href")[0].clone();
    let page = site.page(&url);
    assert_eq!(
        text_of(&page, "h1").as_deref(),
        Some("Korean Central News Agency")
    );
    assert!(text_of(&page, "header .meta").unwrap().contains("KCNA"));
    assert_eq!(texts(&page, "#articles ~ ol.article-list > li").len(), 2);
    let titles = texts(&page, "#articles ~ ol.article-list > li > a");
    assert_eq!(
        titles,
        vec!["Ferry line opens", "Kim Jong Un Sends Greetings"]
    );
    assert!(!attrs(&page, "svg.sparkline", "class").is_empty());
    // The outlet and the organisation the articles name link to each other.
    let entity = attrs(&page, "header .meta a", "href");
    assert_eq!(entity.len(), 1, "{entity:?}");
    let entity = site.page(entity[0].trim_start_matches("../"));
    let back = attrs(&entity, ".stats a", "href");
    assert!(back.contains(&format!("../{url}")), "{back:?}");
    let named = texts(&page, "#named ~ ul.chips li a");
    assert!(named.iter().any(|n| n == "Tomas Berg"), "{named:?}");
    assert!(
        !named.iter().any(|n| n == "Korean Central News Agency"),
        "{named:?}"
    );

    // Every article line names its outlet with a link to its page.
    let timeline = site.page("timeline.html");
    let outlets = texts(&timeline, ".article-list .outlet-link");
    assert_eq!(outlets.len(), 7, "{outlets:?}");
    let article = site.page(&site.article_url("planet-byline.txt"));
    assert_eq!(
        text_of(&article, "header .source a").as_deref(),
        Some("Daily Planet")
    );

    // The search offers the outlets as a filter.
    let facet = std::fs::read_to_string(site.out.join("search/outlet-names-0.js")).unwrap();
    for name in [
        "Daily Planet",
        "Reuters",
        "Korean Central News Agency",
        "Associated Press",
    ] {
        assert!(facet.contains(name), "{name} in {facet}");
    }
}

/// Waits (up to two seconds) for search results, then lists their links;
/// on any other page, lists nothing.
const RESULTS_PROBE: &str = r#"(async () => {
  const list = document.getElementById("results");
  if (!list) return [];
  for (let i = 0; i < 40 && !list.querySelector("li"); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return [...list.querySelectorAll("li.result h2 a")].map((a) => a.getAttribute("href"));
})()"#;

#[test]
fn outlet_pages_pass_axe_and_the_outlet_filter_works_in_chromium() {
    use crate::common::browser::{file_url, Browser, Scheme, Visit};
    let Some(browser) = Browser::find(true) else {
        return;
    };
    let (_source, site) = built("");
    let index = site.page("outlets.html");
    let outlet_pages = attrs(&index, "table.outlets tbody th a", "href");
    let mut pages: Vec<String> = vec!["outlets.html".to_string()];
    pages.extend(outlet_pages.iter().take(2).cloned());
    pages.push(site.article_url("reuters-breakwater.txt"));
    let mut visits = Vec::new();
    for page in &pages {
        let url = file_url(&site.out.join(page), "");
        visits.push(Visit::desktop(url.clone()).with_axe());
        visits.push(Visit::desktop(url.clone()).scheme(Scheme::Dark).with_axe());
        visits.push(Visit::phone(url).with_axe());
    }
    let search = file_url(&site.out.join("search.html"), "outlet=Reuters");
    visits.push(Visit::desktop(search));
    let reports = browser.run(&visits, Some(RESULTS_PROBE));

    let mut problems = Vec::new();
    for report in &reports {
        if let Some(error) = &report.error {
            problems.push(format!("{}: {error}", report.url));
        }
        for event in &report.events {
            problems.push(format!(
                "{}: {} {:?}",
                report.url, event.kind, event.details
            ));
        }
        for v in report.axe.iter().flatten().filter(|v| v.is_severe()) {
            problems.push(format!("{} ({}): {v}", report.url, report.scheme));
        }
        if report.width <= 375 && report.scroll_width > Some(f64::from(report.width)) {
            problems.push(format!("{}: scrolls sideways on a phone", report.url));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));

    // Filtering by outlet keeps Reuters' two articles (its copy is folded).
    let found: Vec<String> = reports
        .last()
        .and_then(|r| r.probe.clone())
        .and_then(|p| serde_json::from_value(p).ok())
        .unwrap_or_default();
    let mut expected = vec![
        site.article_url("reuters-breakwater.txt"),
        site.article_url("reuters-breakwater-2025.txt"),
    ];
    let mut found_sorted = found.clone();
    found_sorted.sort();
    expected.sort();
    assert_eq!(found_sorted, expected, "{found:?}");
}
