//! One test per bug, named after it, each saying what broke (ripgrep's
//! habit) and, once it is fixed, what the test guards. Tests marked
//! `#[ignore = "bug: …"]` are bugs still open (none at present): run them
//! with `cargo test --test regression -- --ignored`.
//!
//! The bugs are grouped by where they were: the text layer, loading
//! articles, entity extraction, and the pages and exports; `helpers.rs`
//! holds what they share.

#[path = "../common/mod.rs"]
mod common;

mod entities;
mod helpers;
mod loading;
mod pages_and_exports;
mod text_layer;
