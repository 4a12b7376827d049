//! Search in a real browser: builds the sample site, opens `search.html?q=…`
//! in headless Chromium, once from `file://` and once over HTTP under the
//! subpath `/dossier/`, and checks the results in the dumped DOM.
//!
//! Without Chromium the tests print a notice and pass, except when `CI` is
//! `true`: there a missing browser is a failure.

mod chromium;
mod filters;
mod results;
mod search_page;
mod server;
mod sharded;
mod site;
