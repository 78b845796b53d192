//! What the pipeline keeps on disk: the per-document NER [`cache`], the [`spill`] file that is
//! the persisted boundary between the analyse and link halves, atomic [`output`] files, and
//! the output folder's sets, lock and permissions ([`publish`]).

#[cfg(feature = "model")]
pub mod cache;
pub mod output;
pub mod publish;
pub mod spill;
