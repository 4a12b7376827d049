//! The Markdown article format: YAML front matter, then CommonMark with
//! tables, footnotes, strikethrough and smart punctuation.
//!
//! Analysis needs the text as plain blocks and rendering needs HTML with
//! entity mentions linked at offsets into those blocks, so both walk the same
//! event stream with the same block boundaries (the private `BlockWalker`).
//!
//! Front matter is read in `front_matter.rs`; the HTML, with its links, is
//! made in `html.rs`.

mod front_matter;
mod html;

pub use front_matter::{
    parse_front_matter, split_front_matter, FrontMatter, FrontMatterError, OneOrMany,
};
pub use html::{escape_into, linked_html, linked_paragraph_html, render, LinkSpan};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, TextMergeStream};

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_follow_structure() {
        let md = "# Head\n\nPara with **bold** and `code`.\n\n- item one\n- item two\n\n```\nlet x = 1;\n```\n";
        let b = blocks(md);
        assert_eq!(b[0], "Head");
        assert_eq!(b[1], "Para with bold and code.");
        assert_eq!(b[2], "item one");
        assert_eq!(b[3], "item two");
    }
}
