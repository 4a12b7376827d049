//! The Markdown article format: YAML front matter, then CommonMark with
//! tables, footnotes, strikethrough and smart punctuation.
//!
//! Analysis needs the text as plain blocks and rendering needs HTML with
//! entity mentions linked at offsets into those blocks, so both walk the same
//! event stream with the same block boundaries ([`BlockWalker`]).

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, TextMergeStream};
use serde::Deserialize;

/// Front matter fields dossier understands; others are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FrontMatter {
    /// Article title.
    pub title: Option<String>,
    /// Publication date, `YYYY-MM-DD` (a time after it is ignored).
    pub date: Option<String>,
    /// Outlet that published it.
    pub source: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Who wrote it.
    pub author: Option<String>,
    /// When the researcher read or saved it, `YYYY-MM-DD` (`retrieved` too).
    #[serde(alias = "retrieved")]
    pub accessed: Option<String>,
    /// Free tags.
    pub tags: OneOrMany,
    /// Topics it belongs to.
    pub topics: OneOrMany,
    /// A short summary.
    pub summary: Option<String>,
    /// Drafts are not published.
    pub draft: bool,
}

/// A YAML value that may be one string or a list of strings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(from = "OneOrManyRaw")]
pub struct OneOrMany(pub Vec<String>);

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrManyRaw {
    One(String),
    Many(Vec<String>),
}

impl From<OneOrManyRaw> for OneOrMany {
    fn from(raw: OneOrManyRaw) -> Self {
        match raw {
            OneOrManyRaw::One(s) => OneOrMany(
                s.split(',')
                    .map(|t| t.trim().to_string())
                    .filter(|t| !t.is_empty())
                    .collect(),
            ),
            OneOrManyRaw::Many(v) => OneOrMany(v),
        }
    }
}

/// Why front matter could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrontMatterError {
    /// 1-based line in the whole file, when known.
    pub line: Option<u64>,
    /// 1-based column, when known.
    pub column: Option<u64>,
    /// What is wrong.
    pub message: String,
}

/// Splits `--- yaml ---` front matter from the body. Returns the YAML text,
/// the body, and the 1-based line on which the YAML starts.
pub fn split_front_matter(text: &str) -> Option<(&str, &str, u64)> {
    let rest = text.strip_prefix("---")?;
    let rest = rest
        .strip_prefix('\n')
        .or_else(|| rest.strip_prefix(" \n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" || line.trim_end() == "..." {
            let yaml = rest.get(..offset)?;
            let body = rest.get(offset + line.len()..)?;
            return Some((yaml, body, 2));
        }
        offset += line.len();
    }
    None
}

/// Parses front matter YAML within tight resource budgets, so that hostile
/// YAML (deep nesting, alias bombs) fails fast instead of exhausting memory.
pub fn parse_front_matter(yaml: &str, first_line: u64) -> Result<FrontMatter, FrontMatterError> {
    if yaml.trim().is_empty() {
        return Ok(FrontMatter::default());
    }
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = 32;
    budget.max_aliases = 64;
    budget.max_anchors = 64;
    budget.max_nodes = 20_000;
    budget.max_total_scalar_bytes = 1 << 20;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    serde_saphyr::from_str_with_options::<FrontMatter>(yaml, options).map_err(|e| {
        let location = e.location();
        let message = e.to_string();
        let message = message
            .lines()
            .next()
            .unwrap_or("malformed YAML")
            .to_string();
        FrontMatterError {
            line: location.map(|l| l.line() + first_line - 1),
            column: location.map(|l| l.column()),
            message,
        }
    })
}

/// The Markdown events, with adjacent text merged: smart punctuation splits
/// "Korea’s" into several text events, and a mention must lie in one event
/// to be linked.
fn parser(markdown: &str) -> TextMergeStream<'_, Parser<'_>> {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION;
    TextMergeStream::new(Parser::new_ext(markdown, options))
}

/// Tracks which text block the walk is in. A block is a paragraph, heading,
/// table cell, or the loose text of a list item.
#[derive(Default)]
struct BlockWalker {
    current: Option<usize>,
    count: usize,
    /// Depth inside links and images, where no mention link may go.
    in_link: usize,
    in_code_block: bool,
}

impl BlockWalker {
    fn start_block(&mut self) {
        self.current = Some(self.count);
        self.count += 1;
    }

    fn observe(&mut self, event: &Event<'_>) {
        match event {
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell | Tag::Item) => {
                self.start_block()
            }
            Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::FootnoteDefinition(_)) => {
                self.current = None
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell | TagEnd::Item,
            ) => self.current = None,
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => self.in_link += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => {
                self.in_link = self.in_link.saturating_sub(1)
            }
            Event::Start(Tag::CodeBlock(_)) => self.in_code_block = true,
            Event::End(TagEnd::CodeBlock) => self.in_code_block = false,
            _ => {}
        }
    }
}

/// The text an event contributes to its block.
fn event_text<'a>(event: &'a Event<'_>) -> Option<&'a str> {
    match event {
        Event::Text(t) | Event::Code(t) => Some(t),
        Event::SoftBreak | Event::HardBreak => Some(" "),
        _ => None,
    }
}

/// The plain text of every block, in order (empty blocks kept so that indices
/// agree with [`render`]).
pub fn blocks(markdown: &str) -> Vec<String> {
    let mut walker = BlockWalker::default();
    let mut out: Vec<String> = Vec::new();
    for event in parser(markdown) {
        walker.observe(&event);
        if out.len() < walker.count {
            out.resize(walker.count, String::new());
        }
        if walker.in_code_block {
            continue;
        }
        if let (Some(b), Some(text)) = (walker.current, event_text(&event)) {
            if let Some(block) = out.get_mut(b) {
                block.push_str(text);
            }
        }
    }
    out
}

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
    let mut out = String::with_capacity(text.len() + spans.len() * 64);
    let mut pos = 0;
    for span in spans {
        let (Some(s), Some(e)) = (span.start.checked_sub(base), span.end.checked_sub(base)) else {
            continue;
        };
        if s < pos || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        escape_into(&mut out, text.get(pos..s).unwrap_or(""));
        out.push_str(&span.open);
        escape_into(&mut out, text.get(s..e).unwrap_or(""));
        out.push_str(span.close);
        pos = e;
    }
    escape_into(&mut out, text.get(pos..).unwrap_or(""));
    out
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

    #[test]
    fn front_matter_split_and_parsed() {
        let text = "---\ntitle: Hello\ndate: 2024-01-02\ntags: [a, b]\n---\nBody *here*.\n";
        let (yaml, body, line) = split_front_matter(text).unwrap();
        assert_eq!(line, 2);
        assert_eq!(body, "Body *here*.\n");
        let fm = parse_front_matter(yaml, line).unwrap();
        assert_eq!(fm.title.as_deref(), Some("Hello"));
        assert_eq!(fm.tags.0, vec!["a", "b"]);
    }

    #[test]
    fn comma_separated_tags() {
        let fm = parse_front_matter("tags: one, two\n", 2).unwrap();
        assert_eq!(fm.tags.0, vec!["one", "two"]);
    }

    #[test]
    fn malformed_front_matter_has_a_line() {
        let err = parse_front_matter("title: ok\ntags: [unclosed\n", 2).unwrap_err();
        assert!(err.line.is_some(), "{err:?}");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut yaml = String::from("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            yaml.push_str(&format!("l{i}: &l{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        assert!(parse_front_matter(&yaml, 2).is_err());
    }

    #[test]
    fn blocks_follow_structure() {
        let md = "# Head\n\nPara with **bold** and `code`.\n\n- item one\n- item two\n\n```\nlet x = 1;\n```\n";
        let b = blocks(md);
        assert_eq!(b[0], "Head");
        assert_eq!(b[1], "Para with bold and code.");
        assert_eq!(b[2], "item one");
        assert_eq!(b[3], "item two");
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
