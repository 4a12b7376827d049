//! Real scraped news holds no-break, thin and ideographic spaces, zero-width
//! characters, byte order marks, bidi marks, soft hyphens, decomposed
//! accents, emoji sequences, mixed scripts, CRLF and Unicode line
//! separators, and Windows-1252 bytes. This builds a whole site from a corpus
//! written to hold every one of them in the places that broke before
//! (titles, date markers, datelines, quotes, sentence ends, names) and
//! inspects the result with an HTML parser.
//!
//! The corpus is written in `fixture.rs`, the site read with the helpers of
//! `inspect.rs`; the tests are grouped by what they look at: the articles,
//! the entities, the files and data.

#[path = "../common/mod.rs"]
mod common;

mod articles;
mod entities;
mod files_and_data;
mod fixture;
mod inspect;
