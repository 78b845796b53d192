//! What the pipeline keeps on disk: the per-document NER [`cache`], the [`spill`] file that is
//! the persisted boundary between the analyse and link halves, and atomic [`output`] files.

#[cfg(feature = "model")]
pub mod cache;
pub mod output;
pub mod spill;
