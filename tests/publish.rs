//! Publishing: sitemap, feed, exports, citations, `dossier check`, and a crawl
//! of the site served under a subpath.

mod common;

use common::*;
use std::collections::{BTreeSet, HashSet, VecDeque};

fn xml(site: &Built, rel: &str) -> String {
    std::fs::read_to_string(site.out.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn sitemap_and_feed_parse_and_list_every_article() {
    let site = build_samples();
    let urls: Vec<String> = site
        .articles_json()
        .iter()
        .map(|a| a["url"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(urls.len(), 3);

    let text = xml(&site, "sitemap.xml");
    let doc = roxmltree::Document::parse(&text).expect("sitemap parses");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    for u in &urls {
        assert!(
            locs.iter().any(|l| l.ends_with(u.as_str())),
            "sitemap lacks {u}"
        );
    }

    let text = xml(&site, "feed.xml");
    let doc = roxmltree::Document::parse(&text).expect("feed parses");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    for required in ["id", "title", "updated"] {
        assert!(
            feed.children().any(|c| c.has_tag_name(required)),
            "feed lacks <{required}>"
        );
    }
    let has_author = feed.children().any(|c| c.has_tag_name("author"));
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), 3);
    for e in &entries {
        for required in ["id", "title", "updated", "link"] {
            assert!(
                e.children().any(|c| c.has_tag_name(required)),
                "entry lacks <{required}>"
            );
        }
        assert!(has_author || e.children().any(|c| c.has_tag_name("author")));
        let updated = e
            .children()
            .find(|c| c.has_tag_name("updated"))
            .unwrap()
            .text()
            .unwrap();
        assert!(
            chrono::DateTime::parse_from_rfc3339(updated).is_ok(),
            "{updated}"
        );
    }
    let links: Vec<&str> = entries
        .iter()
        .filter_map(|e| {
            e.children()
                .find(|c| c.has_tag_name("link"))
                .and_then(|l| l.attribute("href"))
        })
        .collect();
    for u in &urls {
        assert!(
            links.iter().any(|l| l.ends_with(u.as_str())),
            "feed lacks {u}"
        );
    }
}

#[test]
fn base_url_makes_sitemap_and_canonical_absolute() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    dossier::build::build_site(&dossier::build::BuildOptions {
        root: repo(),
        output: Some(out.clone()),
        base_url: Some("https://user.github.io/dossier/".into()),
        ..Default::default()
    })
    .unwrap();
    let text = std::fs::read_to_string(out.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    for loc in doc.descendants().filter(|n| n.has_tag_name("loc")) {
        assert!(loc
            .text()
            .unwrap()
            .starts_with("https://user.github.io/dossier/"));
    }
    let page =
        scraper::Html::parse_document(&std::fs::read_to_string(out.join("index.html")).unwrap());
    assert_eq!(
        attrs(&page, "link[rel=canonical]", "href"),
        vec!["https://user.github.io/dossier/index.html"]
    );
    let missing =
        scraper::Html::parse_document(&std::fs::read_to_string(out.join("404.html")).unwrap());
    let styles = attrs(&missing, "link[rel=stylesheet]", "href");
    assert_eq!(
        styles,
        vec!["https://user.github.io/dossier/static/style.css"],
        "404.html works at any depth"
    );
    let robots = std::fs::read_to_string(out.join("robots.txt")).unwrap();
    assert!(robots.contains("Sitemap: https://user.github.io/dossier/sitemap.xml"));
}

#[test]
fn gexf_nodes_equal_entities_and_exports_are_complete() {
    let site = build_samples();
    let entities: Vec<serde_json::Value> =
        serde_json::from_str(&xml(&site, "data/entities.json")).unwrap();
    let text = site.gunzip("data/network.gexf.gz");
    let doc = roxmltree::Document::parse(&text).expect("gexf parses");
    let nodes = doc.descendants().filter(|n| n.has_tag_name("node")).count();
    let with_page = entities.iter().filter(|e| e["url"].is_string()).count();
    assert_eq!(nodes, with_page);
    assert!(
        with_page < entities.len(),
        "names in one article have no page"
    );
    assert!(nodes > 0);
    let ids: HashSet<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("node"))
        .filter_map(|n| n.attribute("id"))
        .collect();
    for edge in doc.descendants().filter(|n| n.has_tag_name("edge")) {
        assert!(ids.contains(edge.attribute("source").unwrap()));
        assert!(ids.contains(edge.attribute("target").unwrap()));
    }

    let entities_csv = site.gunzip("data/entities.csv.gz");
    let mut csv = csv::Reader::from_reader(entities_csv.as_bytes());
    assert_eq!(csv.records().count(), entities.len());
    let mentions_csv = site.gunzip("data/mentions.csv.gz");
    let mut mentions = csv::Reader::from_reader(mentions_csv.as_bytes());
    let headers = mentions.headers().unwrap().clone();
    assert_eq!(&headers[0], "article");
    assert!(mentions.records().count() > 10);
    let quotes: Vec<serde_json::Value> =
        serde_json::from_str(&site.gunzip("data/quotes.json.gz")).unwrap();
    assert!(quotes
        .iter()
        .all(|q| q["text"].is_string() && q["article"].is_string()));
    let csl: Vec<serde_json::Value> =
        serde_json::from_str(&xml(&site, "data/citations.json")).unwrap();
    assert_eq!(csl.len(), 3);
    assert!(csl
        .iter()
        .all(|c| c["type"] == "article-newspaper" && c.get("accessed").is_none()));
    let readme = site.page("data/README.html");
    let described: BTreeSet<String> = attrs(&readme, "dt a", "href").into_iter().collect();
    for f in [
        "articles.json",
        "entities.json",
        "entities.csv.gz",
        "mentions.csv.gz",
        "quotes.json.gz",
        "network.gexf.gz",
        "citations.json",
    ] {
        assert!(
            described.contains(f),
            "data/README.html does not describe {f}"
        );
    }
}

#[test]
fn article_pages_carry_citations_and_meta() {
    let site = build_samples();
    let url = site.article_url("000_f2de3465b80c222d.txt");
    let page = site.page(&url);
    let bib = text_of(&page, "#cite-bibtex").unwrap();
    assert!(bib.starts_with("@article{"), "{bib}");
    assert!(bib.contains("publisher = {The Moscow Times}"), "{bib}");
    let ris = text_of(&page, "#cite-ris").unwrap();
    assert!(
        ris.contains("TY - NEWS") && ris.contains("PB - The Moscow Times"),
        "{ris}"
    );
    assert_eq!(
        attrs(&page, "button[data-copy]", "data-copy"),
        vec!["cite-bibtex", "cite-ris"]
    );
    assert_eq!(
        attrs(&page, "meta[property='og:type']", "content"),
        vec!["article"]
    );
    assert!(!attrs(&page, "meta[name=description]", "content")[0].is_empty());
}

#[test]
fn citations_give_the_access_date_of_the_front_matter_and_never_the_build_date() {
    let dir = tempfile::tempdir().unwrap();
    write_files(
        dir.path(),
        &[
            ("site.toml", "title = \"Cite\"\n"),
            (
                "seeds/saved.md",
                "---\ntitle: Port reopens\ndate: 2023-09-13\nurl: https://example.org/port\naccessed: 2024-02-03\n---\nThe port of Lagos reopened on Monday.\n",
            ),
            (
                "seeds/plain.md",
                "---\ntitle: Port closes\ndate: 2023-09-10\nurl: https://example.org/shut\n---\nThe port of Lagos closed on Friday.\n",
            ),
        ],
    );
    let site = build(dir.path());
    let bib = |path: &str| text_of(&site.page(&site.article_url(path)), "#cite-bibtex").unwrap();
    let saved = bib("saved.md");
    assert!(saved.contains("urldate = {2024-02-03}"), "{saved}");
    assert!(saved.contains("note = {Accessed 2024-02-03}"), "{saved}");
    let plain = bib("plain.md");
    assert!(
        !plain.contains("urldate") && !plain.contains("Accessed"),
        "{plain}"
    );
    let csl: Vec<serde_json::Value> =
        serde_json::from_str(&xml(&site, "data/citations.json")).unwrap();
    let dated: Vec<&serde_json::Value> = csl.iter().filter_map(|c| c.get("accessed")).collect();
    assert_eq!(dated.len(), 1, "{csl:?}");
    assert_eq!(dated[0]["date-parts"][0], serde_json::json!([2024, 2, 3]));
}

#[test]
fn every_page_parses_without_errors() {
    let site = build_samples();
    for page in site.html_pages() {
        let doc = site.page(&page);
        assert!(doc.errors.is_empty(), "{page}: {:?}", doc.errors);
        assert!(
            text_of(&doc, "title").is_some_and(|t| !t.is_empty()),
            "{page} has no title"
        );
    }
    for f in ["404.html", ".nojekyll", "robots.txt"] {
        assert!(site.out.join(f).is_file(), "{f} missing");
    }
}

#[test]
fn check_names_a_planted_broken_link() {
    let site = build_samples();
    let bin = env!("CARGO_BIN_EXE_dossier");
    let ok = std::process::Command::new(bin)
        .args(["check", "--root"])
        .arg(repo())
        .arg("--output")
        .arg(&site.out)
        .output()
        .unwrap();
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );

    let page = site.out.join("timeline.html");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replace("</main>", "<a href=\"articles/missing-page.html\">x</a><a href=\"index.html#nowhere\">y</a></main>")).unwrap();
    let bad = std::process::Command::new(bin)
        .args(["check", "--root"])
        .arg(repo())
        .arg("--output")
        .arg(&site.out)
        .output()
        .unwrap();
    assert!(!bad.status.success());
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(
        stderr.contains("timeline.html") && stderr.contains("articles/missing-page.html"),
        "{stderr}"
    );
    assert!(stderr.contains("index.html#nowhere"), "{stderr}");
}

#[test]
fn site_served_under_a_subpath_has_no_broken_link() {
    let site = build_samples();
    let server = server::serve(&site.out, "dossier");
    let mut seen: HashSet<String> = HashSet::new();
    let mut queue: VecDeque<String> = VecDeque::from([format!("{}index.html", server.base)]);
    let mut pages = 0;
    while let Some(url) = queue.pop_front() {
        if !seen.insert(url.clone()) {
            continue;
        }
        let (status, body) = server::get(&url);
        assert_eq!(status, 200, "{url} is broken");
        if !url.ends_with(".html") {
            continue;
        }
        pages += 1;
        let doc = scraper::Html::parse_document(&String::from_utf8_lossy(&body));
        let mut links = attrs(&doc, "[href]", "href");
        links.extend(attrs(&doc, "[src]", "src"));
        links.extend(attrs(&doc, "form[action]", "action"));
        for link in links {
            if link.contains("://") || link.starts_with("mailto:") || link.starts_with('#') {
                continue;
            }
            let path = link.split(['#', '?']).next().unwrap();
            let dir = url.rsplit_once('/').unwrap().0;
            let mut parts: Vec<&str> = dir.split('/').collect();
            for seg in path.split('/') {
                match seg {
                    ".." => {
                        parts.pop();
                    }
                    "." | "" => {}
                    s => parts.push(s),
                }
            }
            queue.push_back(parts.join("/"));
        }
    }
    let missed: Vec<String> = site
        .html_pages()
        .into_iter()
        .filter(|p| p != "404.html" && !seen.contains(&format!("{}{p}", server.base)))
        .collect();
    assert!(
        missed.is_empty(),
        "crawl from index.html did not reach {missed:?}"
    );
    assert_eq!(pages, site.html_pages().len() - 1);
}
