//! Search in a real browser: builds the sample site, opens `search.html?q=…`
//! in headless Chromium, once from `file://` and once over HTTP under the
//! subpath `/dossier/`, and checks the results in the DOM the page leaves.
//! Chromium, the HTTP server and the site builds are the shared helpers of
//! `tests/common` (`browser.rs`, `server.rs`).
//!
//! Without Chromium (or Node.js, which drives it) the tests print a notice
//! and pass, except when `CI` is `true`: there a missing browser is a
//! failure.

#[path = "../common/mod.rs"]
mod common;

mod filters;
mod results;
mod search_page;
mod server;
mod sharded;
