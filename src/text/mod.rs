//! The one text layer every stage uses: normalisation at load, sentences,
//! abbreviations, word-boundary cuts, whole-word matching, possessives and
//! white space.
//!
//! Real scraped text holds no-break and thin spaces, zero-width characters,
//! curly quotes, combining accents and mixed scripts. Every function here
//! takes and returns byte offsets that lie on character boundaries, treats
//! every Unicode white-space character as white space (`char::is_whitespace`
//! covers U+00A0, U+2009, U+202F, U+3000) and cuts only between grapheme
//! clusters, so that no caller needs to slice a string by hand.

mod abbreviations;
pub mod cut;
mod normalize;
pub mod sentences;
pub mod words;

pub(crate) use abbreviations::is_company_form;
pub(crate) use abbreviations::is_title as is_title_abbreviation;
pub use cut::{shorten, shorten_start, window};
pub use normalize::{is_invisible, normalize};
pub use sentences::{first_sentence, split_sentences, MAX_SENTENCE_BYTES};
pub use words::{
    collapse_whitespace, contains_word, is_whole_word, is_word_char, strip_possessive,
};
