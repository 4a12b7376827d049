//! Outlets and copies (issue 15): a corpus of several outlets, named every
//! way a scraped corpus names them, with planted exact and near copies,
//! built and read back with an HTML parser.
//!
//! The corpus and its site are made in `fixture.rs`; `copies.rs` checks
//! how copies fold, `outlets.rs` how outlets are named and shown.

#[path = "../common/mod.rs"]
mod common;

mod copies;
mod fixture;
mod outlets;
