//! nergraph: transformer NER over a folder of news articles, entity linking, and a
//! person–organization–country relation graph.
//!
//! The pipeline is a chain of stages with plain data between them:
//!
//! | stage | module | takes | gives |
//! |---|---|---|---|
//! | documents | [`ingest`] (+ [`boilerplate`]) | a folder | decoded [`ingest::Document`]s |
//! | sentences | [`sentences`] | a document | [`sentences::Sentence`] offsets |
//! | words | [`words`] | a sentence | CoNLL-style word offsets |
//! | NER | [`ner`] (+ [`model`], [`quantized`], [`subwords`], [`tags`]) | words | a label per word |
//! | mentions | [`mentions`] | labelled words | [`mentions::Mention`]s |
//! | spill | [`spill`] | analysed documents | the same, from disk, in file order |
//! | entities | [`link`] (+ [`roles`]) | mentions | canonical [`link::Entity`]s |
//! | relations | [`relations`] | entities in sentences | typed edges with evidence |
//! | graph | [`graph`] | entities and relations | graph.json, graph.graphml, graph.html |
//!
//! The model stages (and [`pipeline`], [`eval`]) need the default `model` feature (rust-bert and
//! libtorch); the text stages build without it, which is how the fuzz targets use them.
//!
//! [`pipeline`] runs the chain for `nergraph run`; [`eval`] scores the NER stage on CoNLL.

pub mod boilerplate;
#[cfg(feature = "model")]
pub mod cache;
#[cfg(feature = "model")]
pub mod eval;
pub mod graph;
pub mod ingest;
pub mod link;
pub mod mentions;
#[cfg(feature = "model")]
pub mod model;
#[cfg(feature = "model")]
pub mod ner;
pub mod output;
#[cfg(feature = "model")]
pub mod pipeline;
#[cfg(feature = "model")]
pub mod quantized;
pub mod relations;
pub mod roles;
pub mod sentences;
pub mod spill;
#[cfg(feature = "model")]
pub mod subwords;
pub mod tags;
pub mod words;

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
