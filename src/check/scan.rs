//! Reading a page's links, ids and title with an HTML tokenizer.

use std::collections::HashSet;

/// The links and ids of one page, gathered in one pass over its HTML.
#[derive(Debug, Clone, Default)]
pub(crate) struct PageLinks {
    /// The page (relative to the site root).
    pub page: String,
    /// Every `href` and `src`, unescaped.
    pub links: Vec<String>,
    /// Every `id`.
    pub ids: HashSet<String>,
    /// Whether the page has a `<title>` with text in it.
    pub titled: bool,
}

/// Gathers the links and ids of an HTML page with an HTML tokenizer, so
/// that every way of writing an attribute (double, single or no quotes,
/// character references) is read as a browser reads it.
pub(crate) fn scan(page: &str, html: &[u8]) -> PageLinks {
    use html5gum::emitters::callback::{CallbackEmitter, CallbackEvent};
    /// What the tokenizer hands back: only what the check needs, borrowed
    /// until then (the callback emitter allocates no token per tag).
    enum Found {
        Link(String),
        Id(String),
        Title,
    }
    enum Attribute {
        Link,
        Id,
        Other,
    }
    let mut attribute = Attribute::Other;
    let mut in_title = false;
    let emitter = CallbackEmitter::new(
        move |event: CallbackEvent<'_>, _: html5gum::Span<()>| -> Option<Found> {
            let text = |v: &[u8]| String::from_utf8_lossy(v).into_owned();
            match event {
                CallbackEvent::OpenStartTag { name } => in_title = name == b"title",
                CallbackEvent::AttributeName { name } => {
                    attribute = match name {
                        b"href" | b"src" => Attribute::Link,
                        b"id" => Attribute::Id,
                        _ => Attribute::Other,
                    };
                }
                CallbackEvent::AttributeValue { value } => match attribute {
                    Attribute::Link => return Some(Found::Link(text(value))),
                    Attribute::Id => return Some(Found::Id(text(value))),
                    Attribute::Other => {}
                },
                CallbackEvent::String { value }
                    if in_title && value.iter().any(|b| !b.is_ascii_whitespace()) =>
                {
                    return Some(Found::Title);
                }
                CallbackEvent::EndTag { .. } => in_title = false,
                _ => {}
            }
            None
        },
    );
    let mut out = PageLinks {
        page: page.to_string(),
        ..PageLinks::default()
    };
    for Ok(found) in html5gum::Tokenizer::new_with_emitter(html, Quiet(emitter)) {
        match found {
            Found::Link(link) => out.links.push(link),
            Found::Id(id) => {
                out.ids.insert(id);
            }
            Found::Title => out.titled = true,
        }
    }
    out
}

/// An emitter that tells the tokenizer it wants no parse errors: the check
/// reads links and ids, never errors, and the tokenizer then skips checking
/// every byte of the page for characters HTML disallows.
struct Quiet<E>(E);

impl<E: html5gum::Emitter> html5gum::ForwardingEmitter for Quiet<E> {
    type Token = E::Token;

    fn inner(&mut self) -> &mut impl html5gum::Emitter<Token = Self::Token> {
        &mut self.0
    }

    fn should_emit_errors(&mut self) -> bool {
        false
    }
}
