//! Outlets and copies (issue 15): a corpus of several outlets, named every
//! way a scraped corpus names them, with planted exact and near copies,
//! built and read back with an HTML parser.

mod common;

use common::*;
use scraper::Html;
use std::path::Path;

const SITE: &str = r#"title = "Harbour Watch"
gazetteer = "gazetteer.yaml"

[outlets.aliases]
"Daily Planet" = ["The Planet"]
"#;

const GAZETTEER: &str = "entities:
  - name: Korean Central News Agency
    type: organization
    aliases: [KCNA]
  - name: Port Alder
    type: place
";

/// Fixture stories, one per subject, each long enough for near copies to
/// be recognised and different enough from the others not to be one.
fn story(what: &str) -> String {
    let text = match what {
        "grain" => "Officials in Port Alder said on Monday that the new grain terminal would open in the autumn, after three years of delays blamed on rising steel prices.\n\n\
            Mayor Lena Strand told reporters that farmers from the valley had waited long enough and that the first ships were already booked.\n\n\
            Tomas Berg, who chairs the fishing cooperative, welcomed the news but asked for a second quay so that trawlers are not crowded out.",
        "breakwater" => "The council of Port Alder approved an extension of the northern breakwater on Tuesday, voting nine to four after a stormy debate that ran past midnight.\n\n\
            Engineers say the longer wall will shelter the inner harbour from winter swells that sank two moored boats last January.\n\n\
            Opponents, led by Tomas Berg, argue that the work will silt up the channel and that the cost, put at forty million crowns, is far too high.\n\n\
            Construction should begin in March and last about eighteen months, the harbour master said.",
        "ferry" => "A ferry line between Port Alder and the islands of the outer archipelago opened on Wednesday with a crossing that took just under two hours.\n\n\
            Islanders crowded the deck, many of them making the trip to the mainland for the first time without changing boats at the old pier.\n\n\
            Tomas Berg said the timetable suited the fishermen, who can now send their catch to market on the morning boat.",
        "lighthouse" => "Restoration of the Port Alder lighthouse, dark since a lightning strike in 2019, will start next month, the maritime museum announced on Thursday.\n\n\
            Volunteers have raised half of the money by selling postcards and guided walks along the cliffs, said the museum's director.\n\n\
            Tomas Berg, whose grandfather kept the light for thirty years, called the decision long overdue.",
        "market" => "The fish market of Port Alder will move from the old customs house to a new hall on the eastern quay, traders were told on Friday.\n\n\
            The hall has cold rooms, a loading bay for lorries and space for forty stalls, twice as many as the customs house could hold.\n\n\
            Some traders, Tomas Berg among them, worry that tourists will not walk the extra kilometre from the town centre.",
        "bridge" => "Repairs to the swing bridge over the Alder river have been put off until the summer because the contractor went bankrupt, the county said on Saturday.\n\n\
            Drivers face a detour of twenty kilometres through the hills while the bridge stays closed to traffic heavier than a van.\n\n\
            Tomas Berg said the delay would cost the fishermen dearly, since their lorries can no longer reach the quay directly.",
        _ => "Dredging of the Port Alder canal resumed on Sunday after a court lifted an order won by residents who complained about noise at night.\n\n\
            The dredger will now work only between seven in the morning and seven in the evening, under the terms of a settlement.\n\n\
            Tomas Berg said the cooperative was glad that boats would soon be able to reach the upper basin again at low tide.",
    };
    text.to_string()
}

/// The corpus: (path, text).
fn corpus() -> Vec<(String, String)> {
    let kcna = format!(
        " date 2024-06-10\nKim Jong Un Sends Greetings\n\nPyongyang, June 10 (KCNA) -- {}",
        story("grain")
    );
    let reuters = format!(
        " date 2024-06-11\nSEOUL (Reuters) - {}",
        story("breakwater")
    );
    // The same wire story carried by a paper: another headline, a donation
    // appeal cut as boilerplate, and an extra closing line of its own.
    let syndicated = format!(
        " date 2024-06-12\nHarbour breakwater approved\n\nSEOUL (Reuters) - {}\n\nThe Planet will follow the story.\n\nA Message from The Daily Planet:\nDear readers, please give.\nRemind me later.",
        story("breakwater")
    );
    // The same story again a year later: a new article, not a copy.
    let a_year_later = format!(
        " date 2025-06-11\nSEOUL (Reuters) - {} Officials repeated the plan.",
        story("breakwater")
    );
    vec![
        ("kcna-greetings.txt".into(), kcna.clone()),
        ("scraped-again/kcna-greetings.txt".into(), kcna),
        (
            "kcna-ferry.md".into(),
            format!(
                "---\ntitle: Ferry line opens\ndate: 2024-06-12\nsource: KCNA (Korean Central News Agency)\n---\n{}",
                story("ferry")
            ),
        ),
        ("reuters-breakwater.txt".into(), reuters),
        ("planet-breakwater.txt".into(), syndicated),
        ("reuters-breakwater-2025.txt".into(), a_year_later),
        (
            "ap-lighthouse.txt".into(),
            format!(
                " date 2024-06-13\nLighthouse to be restored\n\n(AP) — {}",
                story("lighthouse")
            ),
        ),
        (
            "planet-market.md".into(),
            format!(
                "---\ntitle: Fish market moves\ndate: 2024-06-14\nsource: The Planet\n---\n{}",
                story("market")
            ),
        ),
        (
            "planet-byline.txt".into(),
            format!(
                " date 2024-06-15\nBridge repairs delayed\n\nBy Jane Doe, The Daily Planet\n\n{}",
                story("bridge")
            ),
        ),
        (
            "unsourced.txt".into(),
            format!(" date 2024-06-16\nCanal dredging\n\n{}", story("canal")),
        ),
    ]
}

fn site_source(dir: &Path, extra_config: &str) {
    let config = format!("{SITE}{extra_config}");
    let mut files: Vec<(String, String)> = vec![
        ("site.toml".into(), config),
        ("gazetteer.yaml".into(), GAZETTEER.into()),
    ];
    files.extend(corpus().into_iter().map(|(p, t)| (format!("seeds/{p}"), t)));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    write_files(dir, &refs);
}

fn built(extra_config: &str) -> (tempfile::TempDir, Built) {
    let source = tempfile::tempdir().expect("temp dir");
    site_source(source.path(), extra_config);
    let site = build(source.path());
    (source, site)
}

fn texts(page: &Html, css: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(css).expect("selector");
    page.select(&selector)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

#[test]
fn copies_fold_into_one_article_and_count_once() {
    let (_source, site) = built("");
    let report = &site.report;
    assert_eq!(
        (report.exact_copies, report.near_copies),
        (1, 1),
        "{}",
        report.summary()
    );
    assert!(
        report
            .summary()
            .contains("2 copies folded: 1 exact, 1 near"),
        "{}",
        report.summary()
    );
    assert_eq!(report.articles, 8);
    let paths: Vec<String> = site
        .articles_json()
        .iter()
        .filter_map(|a| a["path"].as_str().map(str::to_string))
        .collect();
    assert!(paths.contains(&"kcna-greetings.txt".to_string()));
    assert!(!paths.contains(&"scraped-again/kcna-greetings.txt".to_string()));
    assert!(
        paths.contains(&"reuters-breakwater.txt".to_string()),
        "earliest copy kept"
    );
    assert!(!paths.contains(&"planet-breakwater.txt".to_string()));
    assert!(
        paths.contains(&"reuters-breakwater-2025.txt".to_string()),
        "a year apart: no copy"
    );

    // The article lists its copy, with file, outlet and date.
    let url = site.article_url("reuters-breakwater.txt");
    let page = site.page(&url);
    let copies = texts(&page, ".copies li");
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(copies[0].contains("planet-breakwater.txt"), "{}", copies[0]);
    assert!(copies[0].contains("Reuters"), "{}", copies[0]);
    assert!(copies[0].contains("near copy"), "{}", copies[0]);
    assert!(
        copies[0].contains("12 June 2024") || copies[0].contains("June 12, 2024"),
        "{}",
        copies[0]
    );

    // Entities count the story once: Tomas Berg is named in seven stories.
    let entities = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    let entities: Vec<serde_json::Value> = serde_json::from_str(&entities).unwrap();
    let berg = entities
        .iter()
        .find(|e| e["name"] == "Tomas Berg")
        .expect("Tomas Berg found");
    assert_eq!(berg["articles"].as_array().map(Vec::len), Some(8));

    // Search holds the article once.
    let manifest = std::fs::read_to_string(site.out.join("search_index.js")).unwrap();
    let articles = manifest.matches("\"article\"").count();
    assert!(articles >= 1);
    let kinds = manifest.split("\"kind\":\"").nth(1).unwrap_or("");
    let article_docs = kinds.split('"').next().unwrap_or("").matches('0').count();
    assert_eq!(article_docs, 8, "{manifest}");
}

#[test]
fn a_copy_keeps_its_url_as_a_pointer_to_the_article() {
    let (_source, site) = built("");
    let article = site.article_url("kcna-greetings.txt");
    let pointers: Vec<String> = site
        .html_pages()
        .into_iter()
        .filter(|p| p.starts_with("articles/") && *p != article)
        .filter(|p| !attrs(&site.page(p), "meta[http-equiv=refresh]", "content").is_empty())
        .collect();
    assert_eq!(pointers.len(), 2, "{pointers:?}");
    let kept = |url: &str| site.articles_json().iter().any(|a| a["url"] == url);
    for pointer in &pointers {
        let page = site.page(pointer);
        let target = attrs(&page, "link[rel=canonical]", "href");
        assert_eq!(target.len(), 1, "{pointer}");
        let article = target[0].strip_prefix("../").expect("relative to the root");
        assert!(kept(article), "{pointer} points to {article}, no article");
        assert_eq!(attrs(&page, "main a", "href"), target);
        let refresh = attrs(&page, "meta[http-equiv=refresh]", "content");
        assert_eq!(refresh, vec![format!("0; url={}", target[0])]);
    }
    let sitemap = std::fs::read_to_string(site.out.join("sitemap.xml")).unwrap();
    for pointer in &pointers {
        assert!(
            !sitemap.contains(pointer.as_str()),
            "{pointer} in the sitemap"
        );
    }
}

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

#[test]
fn folding_can_be_turned_off() {
    let (_source, site) = built("\n[copies]\nfold = false\n");
    assert_eq!(site.report.articles, 10);
    assert_eq!((site.report.exact_copies, site.report.near_copies), (0, 0));
    assert!(!site.report.summary().contains("folded"));
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
    use common::browser::{file_url, Browser, Scheme, Visit};
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
