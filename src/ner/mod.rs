//! The analyse half's model stage: sentences split into words in, a label per word and the
//! [`mentions::Mention`]s they make out.
//!
//! | file | job |
//! |---|---|
//! | [`checkpoint`] | read and check a Hugging Face token-classification folder |
//! | [`tokenizer`] | subword tokens with byte offsets |
//! | [`backend`] | the forward pass behind one trait: rust-bert's (every architecture) and [`bert`]'s |
//! | [`bert`] | BERT's forward pass over tch ops: the fast FP32 path and `--int8` |
//! | [`rowscale`] | the per-row scaling around `--int8`'s products, one pass each |
//! | [`windows`] | long sentences as overlapping model inputs; a word's label from its first subword |
//! | [`tagger`] | batches over worker replicas, the int8 recheck: [`tagger::Ner::label_words`] |
//! | [`tags`] | label sets (IOB1/IOB2/IOBES) and conlleval's chunk rules |
//! | [`mentions`] | labelled words → mentions, each an exact span of its document |
//! | [`eval`] | CoNLL scoring and timing of the tagger |
//! | [`train`] | fine-tuning a BERT checkpoint (`nergraph train`), optionally case-aware |
//! | [`redocred`] | Re-DocRED's gold as NER sentences (eval's second domain, training data) |
//!
//! Only [`tags`], [`windows`] and [`mentions`] build without the `model` feature: the link half
//! reads mentions and never needs libtorch.

#[cfg(feature = "model")]
pub mod backend;
#[cfg(feature = "model")]
pub mod bert;
#[cfg(feature = "model")]
pub mod checkpoint;
#[cfg(feature = "model")]
pub mod eval;
#[cfg(feature = "model")]
pub mod int8;
pub mod mentions;
#[cfg(feature = "model")]
pub mod redocred;
pub mod rowscale;
#[cfg(feature = "model")]
pub mod tagger;
pub mod tags;
#[cfg(feature = "model")]
pub mod tokenizer;
#[cfg(feature = "model")]
pub mod train;
pub mod windows;

#[cfg(feature = "model")]
pub use tagger::{Ner, NerOptions, NerStats, Progress, WordInput};
