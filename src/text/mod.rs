//! The text stages of the analyse half, and the text helpers every later stage shares.
//!
//! | file | takes | gives |
//! |---|---|---|
//! | [`ingest`] (+ [`boilerplate`]) | a folder | decoded [`ingest::Document`]s, content lines |
//! | [`sentences`] | a document | [`sentences::Sentence`] spans |
//! | [`words`] | a sentence | CoNLL-style word spans |
//!
//! Shared: [`Span`] (the one offset type), [`normalize`] (the one place text is normalised for
//! display, keys and ids), [`abbreviations`] (one list for words and sentences) and [`roles`]
//! (titles and jobs, read by linking and relations), [`results`] (sports results lines, read by
//! both).

pub mod abbreviations;
pub mod boilerplate;
pub mod ingest;
pub mod normalize;
pub mod results;
pub mod roles;
pub mod sentences;
mod span;
pub mod words;

pub use span::Span;
