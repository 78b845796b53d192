//! nergraph: transformer NER over a folder of news articles, entity linking, and a
//! person–organization–country relation graph.
//!
//! The pipeline is two halves with a persisted boundary ([`pipeline`]), each a chain of stages
//! with plain, typed data between them:
//!
//! | half | stage | module | takes | gives |
//! |---|---|---|---|---|
//! | analyse | documents, sentences, words | [`text`] | a folder | [`text::ingest::Document`]s, [`text::Span`]s |
//! | analyse | NER, mentions | [`ner`] | words | [`ner::mentions::AnalysedDocument`]s |
//! | boundary | spill, cache | [`store`] | analysed documents | the same, from disk, in file order |
//! | link | entities | [`link`] | analysed documents | canonical [`link::Entity`]s, [`link::Linking`] |
//! | link | relations | [`relations`] | linked sentences | typed edges with evidence |
//! | link | graph | [`graph`] | entities and relations | graph.json, graph.graphml, graph.html |
//!
//! Only the analyse half's model stages need the default `model` feature (rust-bert and
//! libtorch); text, linking, relations and outputs build and test without it
//! (`cargo test --no-default-features`).
//!
//! ```
//! use nergraph::link::{aliases::AliasRules, link, LinkDocument};
//! use nergraph::ner::mentions::{AnalysedDocument, EntityLabel, Mention, SentenceText};
//! use nergraph::relations::{extract, RelationKind};
//! use nergraph::text::Span;
//!
//! // An analysed document, as the analyse half would hand it over.
//! let text = "US Secretary of State Jane Roe arrived.";
//! let mention = |start: usize, end: usize, label: EntityLabel| Mention {
//!     document: "a.txt".into(), sentence: 0, span: Span::new(start, end),
//!     text: text[start..end].into(), label, score: 0.99, entity: None, recovered: false,
//! };
//! let analysed = AnalysedDocument {
//!     path: "a.txt".into(),
//!     sentences: vec![SentenceText { index: 0, span: Span::new(0, text.len()), text: text.into() }],
//!     mentions: vec![mention(0, 2, EntityLabel::Location), mention(22, 30, EntityLabel::Person)],
//!     untagged: vec![],
//! };
//! let documents = [LinkDocument::new(analysed)];
//! let linking = link(&documents, &AliasRules::default());
//! let relations = extract(&documents, &linking);
//! let affiliation = relations.iter().find(|r| r.relation == RelationKind::AffiliatedWith).unwrap();
//! assert_eq!((affiliation.source.as_str(), affiliation.target.as_str()), ("person:jane-roe", "country:united-states"));
//! assert_eq!(affiliation.role.as_deref(), Some("Secretary of State"));
//! ```

pub mod error;
pub mod graph;
pub mod link;
pub mod ner;
pub mod pipeline;
pub mod relations;
pub mod store;
pub mod text;

pub use error::{Error, Result};

/// Peak resident memory of this process in MB (Linux `VmHWM`), for benchmark figures.
pub fn peak_rss_mb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

/// Hands memory the allocator holds but no longer uses back to the system (glibc's
/// `malloc_trim`; elsewhere nothing). The NER stage's worker threads leave freed tensors in
/// their own malloc arenas, which later stages on the main thread cannot reuse; without this,
/// linking's memory would sit on top of the model's high-water mark.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages to the kernel; it touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}
