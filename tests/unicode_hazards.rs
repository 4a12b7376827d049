//! Real scraped news holds no-break, thin and ideographic spaces, zero-width
//! characters, byte order marks, bidi marks, soft hyphens, decomposed
//! accents, emoji sequences, mixed scripts, CRLF and Unicode line
//! separators, and Windows-1252 bytes. This builds a whole site from a corpus
//! written to hold every one of them in the places that broke before
//! (titles, date markers, datelines, quotes, sentence ends, names) and
//! inspects the result with an HTML parser.

mod common;

use common::*;
use dossier::text::is_invisible;
use scraper::{Html, Selector};
use std::path::Path;
use unicode_normalization::is_nfc;

/// Writes the hazard corpus under `dir` (site.toml and seeds/).
fn hazard_site(dir: &Path) {
    write_files(
        dir,
        &[
            // Every name gets a page, so that each hazard reaches one.
            (
                "site.toml",
                "title = \"Hazards\"\n[entities]\nmin_articles = 1\n",
            ),
            // UTF-8 BOM at the start, CRLF line endings, a no-break space
            // in the date marker, a thin space and curly quotes in the
            // headline, a zero-width space inside a name, a dateline with
            // a no-break and a thin space.
            (
                "seeds/dateline-reuters.txt",
                "\u{FEFF} date\u{a0}2024-03-01\r\n\
                 Kim\u{a0}Jong\u{a0}Un Opens “Peaceful\u{2009}Route” to Py\u{200B}ongyang\r\n\
                 \r\n\
                 SEOUL\u{a0}(Reuters)\u{2009}- North Korean leader Kim\u{a0}Jong\u{a0}Un toured a new rail link to Py\u{200B}ongyang on Friday, state media said.\r\n\
                 “We will finish the line this year,” Kim said.\r\n\
                 Officials at Seoul\u{2009}’s foreign ministry declined to comment.\r\n",
            ),
            // Markdown: decomposed é, bidi marks, a soft hyphen and a
            // no-break space in the front-matter title; a BOM mid-text;
            // U+2028 and U+2029 in the body; emoji ZWJ, Cyrillic and CJK.
            (
                "seeds/front-matter.md",
                "---\r\n\
                 title: \"Cafe\u{301} diplomacy:\u{a0}Kim\u{a0}Jong\u{a0}Un’s envoy\u{200E} in Mos\u{AD}cow\u{200F}\"\r\n\
                 date: 2024-03-02\r\n\
                 ---\r\n\
                 \u{FEFF}Russian and North Korean officials met in Mos\u{AD}cow on Saturday.\u{2028}The talks ran late.\u{2029}“We are brothers,” Kim said through an envoy.\r\n\
                 \r\n\
                 A developer 👩\u{200D}💻 streamed the event. Москва и Пхеньян подписали соглашение. 北朝鮮とロシアは協力を約束した。\r\n\
                 \r\n\
                 Jose\u{301} Alvarez, an analyst in Mos\u{AD}cow, said the\u{a0}deal mattered. Mos\u{2060}cow\u{200B} did not comment.\r\n",
            ),
            // Every kind of space at sentence ends and inside numbers and
            // names, a Unicode line separator in plain text.
            (
                "seeds/spaces.txt",
                " date 2024-03-03 The firm lost £5\u{a0}bn.\u{2009}Next quarter looks better, analysts in Seoul said.\u{202F}Trade fell 3\u{202F}%.\u{2002}Exports rose.\u{2003}Imports fell.\u{3000}Analysts in Py\u{200B}ongyang were silent.\u{2028}\
                 Vladimir\u{a0}Putin and Kim\u{a0}Jong\u{a0}Un spoke by phone, officials in Mos\u{AD}cow and\u{2002}Py\u{200B}ongyang said.\n\
                 \n\
                 “The line is open,” Kim\u{2009}Jong\u{202F}Un said.\u{200F} Seoul\u{2009}’s response was muted.\n",
            ),
            // Scripts without spaces or case; an ideographic space in a
            // capitalised date marker; a Cyrillic headline.
            (
                "seeds/scripts.txt",
                " Date:\u{3000}2024-03-05\n\
                 Путин\u{a0}и Ким обсудили\u{2009}сотрудничество\n\
                 \n\
                 Президент Путин встретился с Ким Чен Ыном в Пхеньяне.\u{a0}Переговоры длились\u{202F}два часа.\n\
                 北朝鮮とロシアは協力を約束した。\u{3000}Kim\u{a0}Jong\u{a0}Un met Vladimir Putin in Py\u{200B}ongyang.\n",
            ),
        ],
    );
    // Windows-1252: 0xA0 is a no-break space, 0x92 ’, 0x93 “, 0x94 ”.
    std::fs::write(
        dir.join("seeds/cp1252.txt"),
        b" date\xa02024-03-04\r\nCaf\xe9 owners in Li\xe8ge welcomed Kim\xa0Jong\xa0Un\x92s visit\r\n\r\n\x93We are ready,\x94 one owner said in Py\xadongyang.\xa0Trade rose.\r\n",
    )
    .unwrap();
}

/// The seed files of [`hazard_site`], relative to seeds/.
const SEEDS: &[&str] = &[
    "cp1252.txt",
    "dateline-reuters.txt",
    "front-matter.md",
    "scripts.txt",
    "spaces.txt",
];

/// Guards the fixture: every hazard is really in the corpus (an editor that
/// "cleans" the file would make the other tests vacuous).
#[test]
fn fixture_holds_every_hazard() {
    let root = tempfile::tempdir().unwrap();
    hazard_site(root.path());
    let mut utf8 = String::new();
    for seed in SEEDS.iter().filter(|s| **s != "cp1252.txt") {
        utf8.push_str(&std::fs::read_to_string(root.path().join("seeds").join(seed)).unwrap());
    }
    for hazard in [
        "\u{a0}",
        "\u{2009}",
        "\u{202F}",
        "\u{2002}",
        "\u{2003}",
        "\u{3000}",
        "\u{200B}",
        "\u{FEFF}",
        "\u{200E}",
        "\u{200F}",
        "\u{AD}",
        "\u{2060}",
        "e\u{301}",
        "👩\u{200D}💻",
        "\r\n",
        "\u{2028}",
        "\u{2029}",
        "“",
        "”",
        "’",
        "北朝鮮",
        "Путин",
    ] {
        assert!(utf8.contains(hazard), "fixture lost {hazard:?}");
    }
    let bom_first = std::fs::read(root.path().join("seeds/dateline-reuters.txt")).unwrap();
    assert!(bom_first.starts_with(b"\xEF\xBB\xBF"));
    let cp1252 = std::fs::read(root.path().join("seeds/cp1252.txt")).unwrap();
    assert!(std::str::from_utf8(&cp1252).is_err() && cp1252.contains(&0xA0));
}

/// The hazard site folder and the site built from it (both removed on drop).
struct Hazards {
    _root: tempfile::TempDir,
    site: Built,
}

impl std::ops::Deref for Hazards {
    type Target = Built;
    fn deref(&self) -> &Built {
        &self.site
    }
}

/// Writes the hazard corpus and builds it.
fn built() -> Hazards {
    let root = tempfile::tempdir().unwrap();
    hazard_site(root.path());
    let site = build(root.path());
    Hazards { _root: root, site }
}

/// The raw text of every element matching `css` (white space as written).
fn raw_texts(doc: &Html, css: &str) -> Vec<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel)
        .map(|e| e.text().collect::<String>())
        .collect()
}

/// The one element matching `css`, raw text.
fn raw_text(doc: &Html, css: &str) -> String {
    let all = raw_texts(doc, css);
    assert_eq!(all.len(), 1, "{css}: {all:?}");
    all.into_iter().next().unwrap_or_default()
}

/// Characters that must never reach a page, a file name or a data export.
fn hidden(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            is_invisible(c)
                || matches!(c, '\r' | '\u{2028}' | '\u{2029}')
                || (c.is_control() && !matches!(c, '\n' | '\t'))
        })
        .collect()
}

fn assert_clean(what: &str, text: &str) {
    assert!(
        hidden(text).is_empty(),
        "{what}: hidden characters {:?} in {text:?}",
        hidden(text)
    );
    assert!(is_nfc(text), "{what}: not NFC: {text:?}");
}

fn entities(site: &Built) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn entity<'a>(list: &'a [serde_json::Value], name: &str) -> &'a serde_json::Value {
    list.iter().find(|e| e["name"] == name).unwrap_or_else(|| {
        let names: Vec<_> = list.iter().map(|e| e["name"].to_string()).collect();
        panic!("no entity {name:?} among {names:?}")
    })
}

#[test]
fn hazard_corpus_builds_every_article_without_failure() {
    let site = built();
    assert!(
        site.report.failures.is_empty(),
        "{:#?}",
        site.report.failures
    );
    assert_eq!(site.report.articles, SEEDS.len());
    let warnings: Vec<String> = site.report.warnings.iter().map(|w| w.to_string()).collect();
    // The Windows-1252 file is the one thing worth a warning.
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].contains("seeds/cp1252.txt") && warnings[0].contains("Windows-1252"),
        "{warnings:#?}"
    );
    for seed in SEEDS {
        let url = site.article_url(seed);
        assert!(site.out.join(&url).is_file(), "{seed}: no page {url}");
        let page = site.page(&url);
        let body = raw_text(&page, "article .body");
        assert!(!body.trim().is_empty(), "{seed}: empty body");
        assert_clean(&format!("{seed} body"), &body);
    }
}

#[test]
fn titles_keep_visible_spaces_and_lose_invisible_characters() {
    let site = built();
    let expected = [
        (
            "dateline-reuters.txt",
            "Kim\u{a0}Jong\u{a0}Un Opens “Peaceful\u{2009}Route” to Pyongyang",
        ),
        (
            "front-matter.md",
            "Café diplomacy:\u{a0}Kim\u{a0}Jong\u{a0}Un’s envoy in Moscow",
        ),
        ("spaces.txt", "The firm lost £5\u{a0}bn"),
        (
            "scripts.txt",
            "Путин\u{a0}и Ким обсудили\u{2009}сотрудничество",
        ),
        (
            "cp1252.txt",
            "Café owners in Liège welcomed Kim\u{a0}Jong\u{a0}Un’s visit",
        ),
    ];
    for (seed, title) in expected {
        let page = site.page(&site.article_url(seed));
        assert_eq!(raw_text(&page, "h1"), title, "{seed}");
        assert!(
            raw_text(&page, "title").starts_with(title),
            "{seed}: {}",
            raw_text(&page, "title")
        );
    }
    // "Café" in the Markdown title was typed as e + U+0301.
    let md = site.page(&site.article_url("front-matter.md"));
    assert!(raw_text(&md, "h1").starts_with("Caf\u{e9} "));
    let body = raw_text(&md, "article .body");
    assert!(body.contains("Jos\u{e9} Alvarez"), "{body:?}");
    // The emoji sequence keeps its zero-width joiner.
    assert!(body.contains("👩\u{200D}💻"), "{body:?}");
    // U+2029 ended a paragraph, U+2028 a line, the mid-text BOM is gone.
    let paragraphs = raw_texts(&md, "article .body p");
    assert!(
        paragraphs[0].starts_with("Russian and North Korean officials met in Moscow on Saturday."),
        "{paragraphs:?}"
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p.starts_with("“We are brothers,” Kim said")),
        "{paragraphs:?}"
    );
    for json in site.articles_json() {
        assert_clean("articles.json title", json["title"].as_str().unwrap());
    }
    for page in site.html_pages() {
        let doc = site.page(&page);
        for css in ["title", "h1", "h2", "h3"] {
            for text in raw_texts(&doc, css) {
                assert_clean(&format!("{page} {css}"), &text);
            }
        }
    }
}

#[test]
fn date_markers_with_unicode_spaces_give_the_date() {
    let site = built();
    let expected = [
        ("dateline-reuters.txt", "2024-03-01"),
        ("front-matter.md", "2024-03-02"),
        ("spaces.txt", "2024-03-03"),
        ("cp1252.txt", "2024-03-04"),
        ("scripts.txt", "2024-03-05"),
    ];
    for (seed, date) in expected {
        let page = site.page(&site.article_url(seed));
        assert_eq!(
            attrs(&page, "article header time", "datetime"),
            vec![date.to_string()],
            "{seed}"
        );
        let body = raw_text(&page, "article .body");
        assert!(!body.contains(date), "{seed}: the marker leaked: {body:?}");
    }
}

#[test]
fn dateline_with_no_break_and_thin_spaces_names_the_outlet() {
    let site = built();
    let url = site.article_url("dateline-reuters.txt");
    let page = site.page(&url);
    assert_eq!(raw_text(&page, "article header .source"), "Reuters");
    let json = site
        .articles_json()
        .into_iter()
        .find(|a| a["path"] == "dateline-reuters.txt")
        .unwrap();
    assert_eq!(json["source"], "Reuters");
    let first = raw_texts(&page, "article .body p");
    assert!(
        first[0].starts_with("SEOUL\u{a0}(Reuters)\u{2009}- North Korean leader"),
        "{first:?}"
    );
}

#[test]
fn names_split_by_invisible_characters_are_found_whole() {
    let site = built();
    let list = entities(&site);
    let articles = |name: &str| -> Vec<String> {
        entity(&list, name)["articles"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_string())
            .collect()
    };
    // Py\u{200B}ongyang (UTF-8), Py\xADongyang (Windows-1252 soft hyphen).
    assert_eq!(
        articles("Pyongyang"),
        ["cp1252.txt", "dateline-reuters.txt", "spaces.txt"]
    );
    assert_eq!(entity(&list, "Pyongyang")["type"], "place");
    // Mos\u{AD}cow, Mos\u{2060}cow\u{200B}.
    assert_eq!(articles("Moscow"), ["front-matter.md", "spaces.txt"]);
    // Kim\u{a0}Jong\u{a0}Un.
    assert_eq!(entity(&list, "Kim Jong Un")["type"], "person");
    assert!(articles("Kim Jong Un").contains(&"dateline-reuters.txt".to_string()));
    // Jose + U+0301.
    assert_eq!(entity(&list, "José Alvarez")["type"], "person");
    for e in &list {
        assert_clean("entity name", e["name"].as_str().unwrap());
    }

    let page = site.page(&site.article_url("dateline-reuters.txt"));
    let links: Vec<String> = raw_texts(&page, "article .body a.mention[href$='/pyongyang.html']");
    assert_eq!(links, ["Pyongyang"]);
    let kim = raw_texts(&page, "article .body a.mention[href$='/kim-jong-un.html']");
    assert_eq!(kim, ["Kim\u{a0}Jong\u{a0}Un", "Kim"]);
    // A possessive after a thin space: "Seoul\u{2009}’s".
    let seoul = raw_texts(&page, "article .body a.mention[href$='/seoul.html']");
    assert_eq!(seoul.last().map(String::as_str), Some("Seoul"), "{seoul:?}");
}

#[test]
fn quotes_with_curly_marks_and_unicode_spaces_find_their_speaker() {
    let site = built();
    let text = site.gunzip("data/quotes.json.gz");
    let quotes: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let said = |q: &str| {
        quotes
            .iter()
            .find(|x| x["text"] == q)
            .unwrap_or_else(|| panic!("no quote {q:?} in {quotes:#?}"))["speaker"]
            .clone()
    };
    assert_eq!(said("We will finish the line this year"), "Kim Jong Un");
    assert_eq!(said("The line is open"), "Kim Jong Un");
    for q in &quotes {
        assert_clean("quote", q["text"].as_str().unwrap());
    }
}

#[test]
fn entity_pages_list_every_mention_in_context() {
    let site = built();
    for e in entities(&site) {
        let name = e["name"].as_str().unwrap();
        // Every name has a page here, but one named only in a headline:
        // it has no mention to show.
        let Some(url) = e["url"].as_str() else {
            assert_eq!(e["mentions"], 0, "{name} has mentions but no page");
            continue;
        };
        let page = site.page(url);
        assert_eq!(raw_text(&page, "h1"), name);
        let marks = raw_texts(&page, ".kwic ol li mark");
        let mentions = e["mentions"].as_u64().unwrap() as usize;
        // Each mention is shown, or counted in its article's "N more".
        let more: usize = raw_texts(&page, ".kwic ol li.meta a")
            .iter()
            .filter_map(|t| t.split_whitespace().next()?.parse::<usize>().ok())
            .sum();
        assert_eq!(marks.len() + more, mentions, "{name}: {marks:?}");
        for line in raw_texts(&page, ".kwic ol li:not(.meta)") {
            assert_clean(&format!("{url} context"), &line);
            assert!(line.chars().count() <= 2 * 90 + 80, "{url}: {line:?}");
        }
        assert!(marks.iter().all(|m| !m.trim().is_empty()), "{url}");
    }
    let page = site.page("entities/pyongyang.html");
    let lines = raw_texts(&page, ".kwic ol li:not(.meta)");
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(raw_texts(&page, ".kwic ol li mark")
        .iter()
        .all(|m| m == "Pyongyang"));
    assert!(
        lines.contains(&"“We are ready,” one owner said in Pyongyang.".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"Analysts in Pyongyang were silent.".to_string()),
        "{lines:?}"
    );
}

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
