//! Citations for articles: BibTeX, RIS and CSL-JSON, with the source as
//! publisher, the date, the URL when known and the access date.

use crate::content::Article;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Escapes text for a BibTeX field value in braces.
fn bib_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '#' | '%' | '&' | '$' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\^{}"),
            '~' => out.push_str("\\~{}"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A BibTeX key: letters and digits of the slug, plus the year.
fn bib_key(article: &Article) -> String {
    let words: String = article
        .slug
        .split('-')
        .take(3)
        .collect::<Vec<_>>()
        .join("_")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    let year = article
        .date
        .map(|d| d.year().to_string())
        .unwrap_or_default();
    let key = format!("{words}{year}");
    if key.is_empty() {
        "article".to_string()
    } else {
        key
    }
}

/// One line of RIS: tag and value on one line (RIS has no escaping, so line
/// breaks in the value become spaces).
fn ris_line(out: &mut String, tag: &str, value: &str) {
    let value: String = value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    out.push_str(&format!("{tag}  - {}\n", value.trim()));
}

/// The BibTeX entry for an article. `url` is the best URL known for it.
pub(super) fn bibtex(article: &Article, url: Option<&str>) -> String {
    let mut fields: Vec<(&str, String)> = vec![("title", bib_escape(&article.title))];
    if let Some(author) = &article.author {
        fields.push(("author", bib_escape(author)));
    }
    if let Some(source) = &article.source {
        fields.push(("journal", bib_escape(source)));
        fields.push(("publisher", bib_escape(source)));
    }
    if let Some(d) = article.date {
        fields.push(("year", d.year().to_string()));
        fields.push(("month", d.format("%b").to_string().to_lowercase()));
        fields.push(("date", d.format("%Y-%m-%d").to_string()));
    }
    if let Some(u) = url {
        fields.push(("url", bib_escape(u)));
    }
    if let Some(accessed) = article.accessed {
        let day = accessed.format("%Y-%m-%d");
        if url.is_some() {
            fields.push(("urldate", day.to_string()));
        }
        fields.push(("note", format!("Accessed {day}")));
    }
    let body: Vec<String> = fields
        .iter()
        .map(|(k, v)| {
            if *k == "month" {
                format!("  {k} = {v}")
            } else {
                format!("  {k} = {{{v}}}")
            }
        })
        .collect();
    format!(
        "@article{{{},\n{}\n}}\n",
        bib_key(article),
        body.join(",\n")
    )
}

/// The RIS record for an article.
pub(super) fn ris(article: &Article, url: Option<&str>) -> String {
    let mut out = String::new();
    ris_line(&mut out, "TY", "NEWS");
    ris_line(&mut out, "TI", &article.title);
    if let Some(author) = &article.author {
        ris_line(&mut out, "AU", author);
    }
    if let Some(source) = &article.source {
        ris_line(&mut out, "T2", source);
        ris_line(&mut out, "PB", source);
    }
    if let Some(d) = article.date {
        ris_line(&mut out, "PY", &d.year().to_string());
        ris_line(&mut out, "DA", &d.format("%Y/%m/%d").to_string());
    }
    if let Some(u) = url {
        ris_line(&mut out, "UR", u);
    }
    if let Some(accessed) = article.accessed {
        ris_line(&mut out, "Y2", &accessed.format("%Y/%m/%d").to_string());
    }
    out.push_str("ER  - \n");
    out
}

/// A CSL-JSON item. Fields are in the order of their names (as `data/`
/// has always written them); an absent value leaves its field out, as CSL
/// readers expect.
#[derive(Serialize)]
pub(super) struct Csl<'a> {
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    accessed: Option<DateParts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<[Literal<'a>; 1]>,
    #[serde(rename = "container-title", skip_serializing_if = "Option::is_none")]
    container_title: Option<&'a str>,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<DateParts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'a str>,
    title: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// A CSL date: `{"date-parts": [[year, month, day]]}`.
#[derive(Serialize)]
struct DateParts {
    #[serde(rename = "date-parts")]
    parts: [(i32, u32, u32); 1],
}

impl DateParts {
    fn new(d: NaiveDate) -> DateParts {
        DateParts {
            parts: [(d.year(), d.month(), d.day())],
        }
    }
}

/// A name CSL takes as it is: `{"literal": name}`.
#[derive(Serialize)]
struct Literal<'a> {
    literal: &'a str,
}

/// The CSL-JSON item for an article.
pub(super) fn csl<'a>(article: &'a Article, url: Option<&str>) -> Csl<'a> {
    Csl {
        url: url.map(str::to_string),
        accessed: article.accessed.map(DateParts::new),
        author: article
            .author
            .as_deref()
            .map(|literal| [Literal { literal }]),
        container_title: article.source.as_deref(),
        id: &article.slug,
        issued: article.date.map(DateParts::new),
        publisher: article.source.as_deref(),
        title: &article.title,
        kind: "article-newspaper",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article {
            path: "a.txt".into(),
            slug: "budget-50-cut".into(),
            title: "Budget {50%} cut & more_".into(),
            date: NaiveDate::from_ymd_opt(2023, 9, 13),
            source: Some("The Ledger".into()),
            url: Some("https://e.org/a?x=1&y=2".into()),
            accessed: NaiveDate::from_ymd_opt(2026, 1, 2),
            ..Default::default()
        }
    }

    #[test]
    fn bibtex_is_escaped_and_complete() {
        let b = bibtex(&article(), Some("https://e.org/a?x=1&y=2"));
        assert!(b.starts_with("@article{budget_50_cut2023,"), "{b}");
        assert!(
            b.contains("title = {Budget \\{50\\%\\} cut \\& more\\_}"),
            "{b}"
        );
        assert!(b.contains("publisher = {The Ledger}"));
        assert!(b.contains("month = sep"));
        assert!(b.contains("urldate = {2026-01-02}"));
        assert_eq!(
            b.matches('{').count() - b.matches("\\{").count(),
            b.matches('}').count() - b.matches("\\}").count()
        );
    }

    #[test]
    fn ris_has_required_tags() {
        let r = ris(&article(), None);
        assert!(r.starts_with("TY  - NEWS\n"));
        assert!(r.contains("Y2  - 2026/01/02\n"));
        assert!(r.contains("DA  - 2023/09/13\n"));
        assert!(r.ends_with("ER  - \n"));
    }

    #[test]
    fn no_access_date_is_made_up() {
        let a = Article {
            accessed: None,
            ..article()
        };
        let b = bibtex(&a, a.url.as_deref());
        assert!(!b.contains("urldate") && !b.contains("Accessed"), "{b}");
        assert!(!ris(&a, None).contains("Y2  -"));
        let csl = serde_json::to_value(csl(&a, None)).unwrap();
        assert!(csl.get("accessed").is_none(), "{csl}");
    }
}
