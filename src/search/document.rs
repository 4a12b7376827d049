//! What is indexed: one [`SearchDoc`] per page that search can find, with
//! its text ([`DocText`]).

use std::borrow::Cow;

/// One searchable document: an article, an entity page or a topic page.
#[derive(Debug, Clone)]
pub struct SearchDoc<'a> {
    /// What kind of page it is: "article", "entity" or "topic".
    pub kind: &'static str,
    /// Page title (entity or topic name for those pages).
    pub title: String,
    /// URL relative to the site root, e.g. "articles/kim-visits.html".
    pub url: String,
    /// ISO date (YYYY-MM-DD) when the page has one.
    pub date: Option<String>,
    /// The outlet that published the article.
    pub source: Option<String>,
    /// A short excerpt (about 200 characters) shown in results.
    pub excerpt: String,
    /// The page's plain text (article text; an entity's mention sentences; …).
    pub body: DocText<'a>,
    /// Names and aliases of the entities the page names (for an entity page: its own name and aliases).
    pub entities: Vec<String>,
    /// Names of the topics the page belongs to.
    pub topics: Vec<String>,
}

/// The plain text of a [`SearchDoc`]: made for it, or an article's blocks,
/// which are read where they are (one document's joined at a time while the
/// index is built) rather than copied for every article at once.
#[derive(Debug, Clone)]
pub enum DocText<'a> {
    /// Text of its own.
    Text(String),
    /// Blocks read as one text, joined by newlines.
    Blocks(&'a [String]),
}

impl DocText<'_> {
    /// The text, joined when it is blocks.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            DocText::Text(text) => Cow::Borrowed(text),
            DocText::Blocks(blocks) => Cow::Owned(blocks.join("\n")),
        }
    }
}

impl Default for DocText<'_> {
    fn default() -> Self {
        DocText::Text(String::new())
    }
}

impl From<String> for DocText<'_> {
    fn from(text: String) -> Self {
        DocText::Text(text)
    }
}
