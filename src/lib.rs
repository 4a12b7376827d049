//! dossier: a static research-site generator.
//!
//! A one-way pipeline: [`content::load`] reads the corpus, [`analyze::analyze`]
//! finds entities, quotes and topics, [`plan`] gives every page its URL,
//! [`render`] produces every file's bytes and hands each to the write stage
//! ([`output::Staging`]) as soon as it is made, which writes it beside the old
//! site and swaps the new one in atomically. Only the first stage reads files
//! and only the write stage writes them.

pub mod analyze;
pub mod build;
pub(crate) mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod fault;
pub mod output;
pub mod plan;
pub mod preview;
pub mod render;
pub mod search;
pub(crate) mod serve;
pub mod text;

use std::path::PathBuf;

/// Errors that stop a build.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// site.toml is unusable.
    #[error(transparent)]
    Config(#[from] config::ConfigError),
    /// The content folder does not exist.
    #[error("{0}: content folder not found (set content_dir in site.toml)")]
    ContentDir(PathBuf),
    /// The gazetteer could not be read or parsed.
    #[error("{path}: cannot read gazetteer: {message}")]
    Gazetteer {
        /// The gazetteer file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A template could not be parsed or rendered.
    #[error("template error: {0}")]
    Template(String),
    /// The output folder is unsafe or could not be written.
    #[error(transparent)]
    Output(#[from] output::OutputError),
    /// `--strict` and there were warnings.
    #[error("{0} warning(s) and --strict is set: build failed, previous site left as it was")]
    Strict(usize),
    /// `--strict` and dossier failed on some article or page.
    #[error("{count} article(s) or page(s) failed inside dossier and --strict is set: build failed, previous site left as it was; first: {first}")]
    Failed {
        /// How many.
        count: usize,
        /// The first failure.
        first: String,
    },
    /// The site links to a page it does not contain.
    #[error("the build produced {count} broken internal link(s), first: {first}")]
    BrokenLinks {
        /// How many.
        count: usize,
        /// The first, as "page -> target".
        first: String,
    },
}
