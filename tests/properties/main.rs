//! Property tests: random bytes and random structured articles never make a
//! parser panic, and what comes out keeps its invariants. The text layer
//! (`dossier::text`) and everything built on it (slugs, titles, the
//! plain-text parser, search snippets) is fed full Unicode mixed with the
//! characters that broke real scraped news: no-break, thin and ideographic
//! spaces, zero-width characters, byte order marks, bidi marks, soft hyphens,
//! combining accents, emoji sequences, CR/CRLF and Unicode line separators.
//!
//! The inputs are made in `strategies.rs`; `parsers.rs` feeds them to the
//! parsers and entity extraction, `text_layer.rs` to `dossier::text`, and
//! `built_on_text.rs` to what is built on it.
//!
//! Failing cases proptest found are kept in
//! `tests/proptest-regressions/<module>.txt` (where proptest looks for a
//! module of a crate with a `main.rs`) and tried first.

mod built_on_text;
mod parsers;
mod strategies;
mod text_layer;
