//! The entities of the hazard site: names split by invisible characters
//! found whole, quotes and their speakers, every mention on entity pages.

use crate::fixture::built;
use crate::inspect::{assert_clean, entities, entity, raw_text, raw_texts};

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
        [
            "cp1252.txt",
            "dateline-reuters.txt",
            "scripts.txt",
            "spaces.txt"
        ]
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
    assert_eq!(lines.len(), 5, "{lines:?}");
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
