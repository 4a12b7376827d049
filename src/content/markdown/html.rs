//! Markdown to HTML, with spans of its blocks (entity mentions) wrapped in
//! links where they fall inside one run of text.

use pulldown_cmark::{CowStr, Event};

use super::{event_text, parser, BlockWalker};

/// A span of a block to wrap in a link: byte range and the HTML to put
/// around it.
#[derive(Debug, Clone)]
pub struct LinkSpan {
    /// Byte offset in the block.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// Opening tag, e.g. `<a class="mention" id="m3" href="…">`.
    pub open: String,
    /// Closing tag.
    pub close: &'static str,
    /// The `id` the opening tag carries, if any: kept as an empty anchor
    /// where the span cannot be wrapped (it crosses inline markup, or lies
    /// inside a link or inline code), so links to it still resolve.
    pub id: Option<String>,
}

/// Renders Markdown to HTML, wrapping each span of `links[block]` that falls
/// inside one text event (and not inside a link) in its tags. The caller must
/// sanitise the result: raw HTML passes through here.
pub fn render(markdown: &str, links: &[Vec<LinkSpan>]) -> String {
    let mut walker = BlockWalker::default();
    let mut offsets: Vec<usize> = Vec::new();
    let events = parser(markdown).flat_map(|event| {
        walker.observe(&event);
        if offsets.len() < walker.count {
            offsets.resize(walker.count, 0);
        }
        let (Some(b), false) = (walker.current, walker.in_code_block) else {
            return vec![event];
        };
        let Some(text) = event_text(&event).map(str::to_string) else {
            return vec![event];
        };
        let start = offsets.get(b).copied().unwrap_or(0);
        let end = start + text.len();
        if let Some(o) = offsets.get_mut(b) {
            *o = end;
        }
        let spans = links.get(b).map(Vec::as_slice).unwrap_or(&[]);
        let starting: Vec<&LinkSpan> = spans
            .iter()
            .filter(|s| s.start >= start && s.start < end)
            .collect();
        if starting.is_empty() {
            return vec![event];
        }
        let linkable = walker.in_link == 0 && matches!(event, Event::Text(_));
        let (inside, crossing): (Vec<&LinkSpan>, Vec<&LinkSpan>) =
            starting.into_iter().partition(|s| linkable && s.end <= end);
        let mut out: Vec<Event> = crossing
            .iter()
            .filter_map(|s| s.id.as_ref())
            .map(|id| {
                let mut anchor = String::from("<span id=\"");
                escape_into(&mut anchor, id);
                anchor.push_str("\"></span>");
                Event::InlineHtml(CowStr::from(anchor))
            })
            .collect();
        if inside.is_empty() {
            out.push(event);
        } else {
            out.push(Event::InlineHtml(CowStr::from(linked_html(
                &text, start, &inside,
            ))));
        }
        out
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Escapes `text` (which starts at byte `base` of its block) for HTML,
/// wrapping each span in its tags. Spans must be sorted and not overlap.
pub fn linked_html(text: &str, base: usize, spans: &[&LinkSpan]) -> String {
    linked(text, base, spans, escape_text_into)
}

/// [`linked_html`] for a paragraph of plain text, where a browser shows a
/// run of white space as one space: the run is written as its first
/// character ("end.  Next" costs one byte less).
pub fn linked_paragraph_html(text: &str, spans: &[&LinkSpan]) -> String {
    linked(text, 0, spans, escape_collapsed_into)
}

/// [`linked_html`] with the escaping of the text between spans as a
/// parameter.
fn linked(text: &str, base: usize, spans: &[&LinkSpan], escape: fn(&mut String, &str)) -> String {
    let mut out = String::with_capacity(text.len() + spans.len() * 64);
    let mut pos = 0;
    for span in spans {
        let (Some(s), Some(e)) = (span.start.checked_sub(base), span.end.checked_sub(base)) else {
            continue;
        };
        if s < pos || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        escape(&mut out, text.get(pos..s).unwrap_or(""));
        out.push_str(&span.open);
        escape(&mut out, text.get(s..e).unwrap_or(""));
        out.push_str(span.close);
        pos = e;
    }
    escape(&mut out, text.get(pos..).unwrap_or(""));
    out
}

/// Appends `text` to `out`, escaped for HTML text between tags, where quotes
/// are plain characters: an article's apostrophes and quotation marks cost
/// one byte each, not five or six.
fn escape_text_into(out: &mut String, text: &str) {
    for c in text.chars() {
        push_text_char(out, c);
    }
}

/// Appends `c`, escaped for HTML text between tags.
fn push_text_char(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        c => out.push(c),
    }
}

/// [`escape_text_into`], each run of ASCII white space written as its
/// first character.
fn escape_collapsed_into(out: &mut String, text: &str) {
    let mut in_space = false;
    for c in text.chars() {
        let space = matches!(c, ' ' | '\t' | '\n' | '\r');
        if space && in_space {
            continue;
        }
        in_space = space;
        push_text_char(out, c);
    }
}

/// Appends `text` to `out`, escaped for HTML text and attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::markdown::blocks;

    #[test]
    fn a_paragraph_writes_each_white_space_run_as_one_character() {
        let span = LinkSpan {
            start: 6,
            end: 11,
            open: "<a>".to_string(),
            close: "</a>",
            id: None,
        };
        assert_eq!(
            linked_paragraph_html("End.  Zorba  met\u{a0}\u{a0}A & B.", &[&span]),
            "End. <a>Zorba</a> met\u{a0}\u{a0}A &amp; B."
        );
    }

    #[test]
    fn render_links_spans_and_escapes() {
        let md = "Kim met <Putin> today.\n";
        let b = blocks(md);
        let start = b[0].find("Kim").unwrap();
        let span = LinkSpan {
            start,
            end: start + 3,
            open: "<a href=\"k.html\">".into(),
            close: "</a>",
            id: None,
        };
        let html = render(md, &[vec![span]]);
        assert!(html.contains("<a href=\"k.html\">Kim</a>"), "{html}");
    }

    #[test]
    fn spans_across_markup_keep_an_anchor() {
        let md = "The man **Evil** Smith and `Code Name` here.\n";
        let b = blocks(md);
        let span = |word: &str, len: usize, id: &str| {
            let start = b[0].find(word).unwrap();
            LinkSpan {
                start,
                end: start + len,
                open: format!("<a id=\"{id}\" href=\"e.html\">"),
                close: "</a>",
                id: Some(id.to_string()),
            }
        };
        let spans = vec![
            span("Evil", "Evil Smith".len(), "m0"),
            span("Code", 9, "m1"),
        ];
        let html = render(md, &[spans]);
        assert!(html.contains("<span id=\"m0\"></span>"), "{html}");
        assert!(html.contains("<span id=\"m1\"></span>"), "{html}");
    }

    #[test]
    fn smart_quotes_do_not_split_mentions() {
        let md = "North Korea's army met \"Kim\" there.\n";
        let b = blocks(md);
        let start = b[0].find("North").unwrap();
        let end = b[0].find(" army").unwrap();
        let span = LinkSpan {
            start,
            end,
            open: "<a href=\"n.html\">".into(),
            close: "</a>",
            id: None,
        };
        let html = render(md, &[vec![span]]);
        assert!(
            html.contains("<a href=\"n.html\">North Korea’s</a>"),
            "{html}"
        );
    }

    #[test]
    fn smart_punctuation_and_tables() {
        let html = render("\"quoted\"\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", &[]);
        assert!(html.contains('“'));
        assert!(html.contains("<table>"));
    }
}
