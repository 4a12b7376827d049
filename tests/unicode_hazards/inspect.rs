//! Reading the built hazard site: raw element texts, characters that must
//! never show, the entities of `data/entities.json`.

use crate::common::*;
use dossier::text::is_invisible;
use scraper::{Html, Selector};
use unicode_normalization::is_nfc;

/// The raw text of every element matching `css` (white space as written).
pub(crate) fn raw_texts(doc: &Html, css: &str) -> Vec<String> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel)
        .map(|e| e.text().collect::<String>())
        .collect()
}

/// The one element matching `css`, raw text.
pub(crate) fn raw_text(doc: &Html, css: &str) -> String {
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

/// Asserts that `text` (described by `what`) holds no [`hidden`] character
/// and is NFC.
pub(crate) fn assert_clean(what: &str, text: &str) {
    assert!(
        hidden(text).is_empty(),
        "{what}: hidden characters {:?} in {text:?}",
        hidden(text)
    );
    assert!(is_nfc(text), "{what}: not NFC: {text:?}");
}

/// The entities of `data/entities.json`.
pub(crate) fn entities(site: &Built) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(site.out.join("data/entities.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// The entity named `name` in `list` (a failure when there is none).
pub(crate) fn entity<'a>(list: &'a [serde_json::Value], name: &str) -> &'a serde_json::Value {
    list.iter().find(|e| e["name"] == name).unwrap_or_else(|| {
        let names: Vec<_> = list.iter().map(|e| e["name"].to_string()).collect();
        panic!("no entity {name:?} among {names:?}")
    })
}
