//! From decoded text to an [`Article`], for each input form.

use super::boilerplate::Boilerplate;
use super::{markdown, outlet, text, Article, Body};
use crate::diagnostics::Warning;
use chrono::NaiveDate;

fn word_count(blocks: &[String]) -> usize {
    blocks.iter().map(|b| words_in(b)).sum()
}

/// The number of words of `text` split at white space, as
/// `split_whitespace` counts them: byte by byte, a character decoded only
/// where a byte is not ASCII.
fn words_in(text: &str) -> usize {
    // `char::is_whitespace` on ASCII: the vertical tab counts, unlike in
    // `u8::is_ascii_whitespace`.
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    if text.is_ascii() {
        // Most blocks: a word starts at each non-space byte after a space
        // (or at the start), counted over pairs of bytes without branches.
        let bytes = text.as_bytes();
        let first = bytes.first().is_some_and(|&b| !space(b));
        let starts = bytes
            .windows(2)
            .filter(|pair| space(pair[0]) && !space(pair[1]))
            .count();
        return usize::from(first) + starts;
    }
    let mut count = 0;
    let mut in_word = false;
    let mut i = 0;
    while let Some(&b) = text.as_bytes().get(i) {
        let (word, len) = if b.is_ascii() {
            (!space(b), 1)
        } else {
            let c = text.get(i..).and_then(|rest| rest.chars().next());
            (
                !c.is_some_and(char::is_whitespace),
                c.map_or(1, char::len_utf8),
            )
        };
        count += usize::from(word && !in_word);
        in_word = word;
        i += len;
    }
    count
}

/// Builds an article from a plain-text file. A text file may open with the
/// same YAML front matter as Markdown; its fields win over what the text
/// gives (title, date marker, dateline, byline).
pub(super) fn text_article(
    raw: &str,
    path: String,
    shown: &str,
    boilerplate: &Boilerplate,
    warnings: &mut Vec<Warning>,
) -> Option<Article> {
    let (front, raw) = front_matter(raw, shown, warnings)?;
    if front.draft {
        return None;
    }
    let parsed = text::parse(raw, boilerplate);
    let marker_date = match parsed.date {
        Some(Ok(d)) => Some(d),
        Some(Err(bad)) => {
            warnings.push(Warning::at(
                shown,
                Some(1),
                None,
                format!("date marker {bad:?} is not a real date: article treated as undated"),
            ));
            None
        }
        None => None,
    };
    if parsed.paragraphs.is_empty() {
        warnings.push(Warning::new(shown, "skipped: no article text"));
        return None;
    }
    let blocks = parsed.paragraphs;
    // A dateline or byline names the outlet that filed the story; trailing
    // boilerplate only the site that carried it.
    let opening = outlet::opening(&blocks);
    let mut article = from_front(front, path, shown, warnings);
    if article.title.is_empty() {
        article.title = parsed.title;
    }
    article.date = article.date.or(marker_date);
    article.source = article.source.or(opening.outlet).or(parsed.source);
    article.author = article.author.or(opening.author);
    article.word_count = word_count(&blocks);
    article.blocks = blocks;
    Some(article)
}

/// Builds an article from a Markdown file with optional YAML front matter.
pub(super) fn markdown_article(
    raw: &str,
    path: String,
    shown: &str,
    warnings: &mut Vec<Warning>,
) -> Option<Article> {
    let (front, body) = front_matter(raw, shown, warnings)?;
    if front.draft {
        return None;
    }
    let blocks = markdown::blocks(body);
    if blocks.iter().all(|b| b.trim().is_empty()) && front.title.is_none() {
        warnings.push(Warning::new(shown, "skipped: no article text"));
        return None;
    }
    let opening = outlet::opening(&blocks);
    let mut article = from_front(front, path, shown, warnings);
    if article.title.is_empty() {
        article.title = blocks
            .iter()
            .find(|b| !b.trim().is_empty())
            .map(|b| text::readable_title(text::first_sentence(b)))
            .unwrap_or_default();
    }
    article.source = article.source.or(opening.outlet);
    article.author = article.author.or(opening.author);
    article.word_count = word_count(&blocks);
    article.blocks = blocks;
    article.body = Body::Markdown(body.to_string());
    Some(article)
}

/// An article holding what front matter says of it, empty fields left out,
/// dates and the URL checked (with a warning naming the file when one is
/// refused); its body fills the rest.
fn from_front(
    front: markdown::FrontMatter,
    path: String,
    shown: &str,
    warnings: &mut Vec<Warning>,
) -> Article {
    let date = front_date("date", front.date.as_deref(), shown, warnings);
    let accessed = front_date("accessed", front.accessed.as_deref(), shown, warnings);
    let url = front.url.filter(|u| {
        let ok = is_web_url(u);
        if !ok {
            warnings.push(Warning::new(
                shown,
                format!("front matter url {u:?} is not an http(s) URL: ignored"),
            ));
        }
        ok
    });
    let clean = |v: Vec<String>| -> Vec<String> {
        v.into_iter()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect()
    };
    Article {
        path,
        title: front
            .title
            .map(|t| t.trim().to_string())
            .unwrap_or_default(),
        date,
        source: front.source.filter(|s| !s.trim().is_empty()),
        url,
        author: front.author.filter(|s| !s.trim().is_empty()),
        accessed,
        summary: front.summary.filter(|s| !s.trim().is_empty()),
        tags: clean(front.tags.0),
        topics: clean(front.topics.0),
        body: Body::Text,
        ..Article::default()
    }
}

/// The front matter of a Markdown file (empty when it has none) and the
/// body after it; `None`, with a warning, when the front matter is malformed.
fn front_matter<'a>(
    raw: &'a str,
    shown: &str,
    warnings: &mut Vec<Warning>,
) -> Option<(markdown::FrontMatter, &'a str)> {
    match markdown::split_front_matter(raw) {
        Some((yaml, body, first_line)) => match markdown::parse_front_matter(yaml, first_line) {
            Ok(fm) => Some((fm, body)),
            Err(e) => {
                warnings.push(Warning::at(
                    shown,
                    e.line,
                    e.column,
                    format!("skipped: malformed front matter: {}", e.message),
                ));
                None
            }
        },
        None => Some((markdown::FrontMatter::default(), raw)),
    }
}

/// The front matter's date; a warning when it is not a YYYY-MM-DD date.
fn front_date(
    field: &str,
    date: Option<&str>,
    shown: &str,
    warnings: &mut Vec<Warning>,
) -> Option<NaiveDate> {
    date.and_then(|d| {
        let day = d.trim().get(..10).unwrap_or(d.trim());
        let parsed = NaiveDate::parse_from_str(day, "%Y-%m-%d").ok();
        if parsed.is_none() {
            let fallback = if field == "date" {
                "article treated as undated"
            } else {
                "ignored"
            };
            warnings.push(Warning::new(
                shown,
                format!("front matter {field} {d:?} is not a YYYY-MM-DD date: {fallback}"),
            ));
        }
        parsed
    })
}

/// True for absolute http(s) URLs, the only ones an article may link out to.
pub(super) fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        for text in [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\x0bvertical\x0cfeed\r\nend",
            "no-break\u{a0}space and\u{2003}em space",
            "x\u{1c}y",
        ] {
            assert_eq!(words_in(text), text.split_whitespace().count(), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_counts_as_split_whitespace_counts_it(
            a in "\\PC{0,60}",
            b in "[ \t\n\u{b}\u{c}\r\u{85}\u{a0}\u{2003}\u{3000}a-zé]{0,60}",
        ) {
            proptest::prop_assert_eq!(words_in(&a), a.split_whitespace().count());
            proptest::prop_assert_eq!(words_in(&b), b.split_whitespace().count());
        }
    }

    #[test]
    fn javascript_urls_are_refused() {
        let mut w = Vec::new();
        let a = markdown_article(
            "---\ntitle: T\nurl: javascript:alert(1)\n---\nText.\n",
            "a.md".into(),
            "seeds/a.md",
            &mut w,
        )
        .unwrap();
        assert_eq!(a.url, None);
        assert!(w[0].message.contains("not an http(s) URL"));
    }

    #[test]
    fn drafts_are_not_published() {
        let mut w = Vec::new();
        let a = markdown_article("---\ndraft: true\n---\nx\n", "a.md".into(), "a.md", &mut w);
        assert!(a.is_none() && w.is_empty());
    }

    #[test]
    fn datetime_front_matter_keeps_the_day() {
        let mut w = Vec::new();
        let a = markdown_article(
            "---\ndate: 2024-03-05T10:00:00Z\n---\nText here.\n",
            "a.md".into(),
            "a.md",
            &mut w,
        )
        .unwrap();
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2024, 3, 5));
        assert_eq!(a.title, "Text here");
    }

    #[test]
    fn malformed_front_matter_is_skipped_with_position() {
        let mut w = Vec::new();
        let a = markdown_article(
            "---\ntitle: [oops\n---\nText.\n",
            "a.md".into(),
            "seeds/a.md",
            &mut w,
        );
        assert!(a.is_none());
        assert!(w[0].line.is_some(), "{:?}", w[0]);
        assert!(w[0].to_string().starts_with("seeds/a.md:"));
    }

    #[test]
    fn a_text_file_may_open_with_front_matter() {
        let mut w = Vec::new();
        let raw = "---\ntitle: \"Talks collapse\"\ndate: 2019-02-28\nsource: Wire Service\n---\n\n\
                   HANOI (AP) — The summit ended early.\n\nBoth sides left.\n";
        let a = text_article(
            raw,
            "a.txt".into(),
            "a.txt",
            &Boilerplate::new(true, &[]),
            &mut w,
        )
        .expect("an article");
        assert_eq!(a.title, "Talks collapse");
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2019, 2, 28));
        assert_eq!(a.source.as_deref(), Some("Wire Service"));
        assert_eq!(a.blocks.len(), 2, "{:?}", a.blocks);
        assert!(w.is_empty(), "{w:?}");
        let bad = "---\ntitle: [oops\n---\nText.\n";
        let mut w = Vec::new();
        let skipped = text_article(
            bad,
            "b.txt".into(),
            "seeds/b.txt",
            &Boilerplate::new(true, &[]),
            &mut w,
        );
        assert!(skipped.is_none());
        assert!(w[0].to_string().starts_with("seeds/b.txt:"), "{:?}", w[0]);
    }
}
