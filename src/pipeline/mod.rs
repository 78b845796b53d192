//! The `run` job as two halves with a persisted boundary between them:
//!
//! - [`analyse`] (needs the `model` feature): a folder → documents → sentences → words → NER →
//!   [`AnalysedDocument`](crate::ner::mentions::AnalysedDocument)s, parked on disk in a
//!   [`Spill`] (and in the per-document cache);
//! - [`link`] (no libtorch): the parked documents → entities → relations → the outputs.
//!
//! Memory does not grow with the folder: documents stream through NER in chunks, and linking
//! reads the parked documents back three times (to learn the corpus's person names, to count
//! spellings into nodes, and to give each mention its entity while mentions.jsonl and the
//! relations are written).

#[cfg(feature = "model")]
pub mod analyse;
pub mod link;
pub mod shards;

use std::path::PathBuf;

use serde::Serialize;

#[cfg(feature = "model")]
use crate::store::spill::Spill;
use crate::text::ingest::FileNote;

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub input: PathBuf,
    pub out: PathBuf,
    pub link: link::LinkSettings,
    /// Reuse per-document NER results from earlier runs into the same output folder.
    pub use_cache: bool,
    /// Files larger than this are skipped.
    pub max_file_bytes: u64,
}

/// What a run did, for the summary line and the exit status.
#[derive(Debug, Default, Serialize)]
pub struct RunSummary {
    pub documents: usize,
    pub sentences: usize,
    pub mentions: usize,
    pub entities: usize,
    pub relations: usize,
    pub subword_tokens: usize,
    pub ner_seconds: f64,
    /// Documents whose NER results came from the cache.
    pub cached: usize,
    pub skipped: Vec<FileNote>,
    pub warnings: Vec<FileNote>,
}

/// Runs the whole job over `options.input`, writing into `options.out`: the analyse half, then
/// the link half over what it parked. The model is dropped between them, so linking and output
/// run without its memory.
#[cfg(feature = "model")]
pub fn run(ner: crate::ner::Ner, options: &RunOptions, progress: &analyse::RunProgress) -> crate::error::Result<RunSummary> {
    crate::store::output::prepare_output_dir(&options.out)?;
    let lock = crate::store::publish::OutputLock::acquire(&options.out)?;
    let mut spill = Spill::create(&options.out)?;
    let mut summary = RunSummary::default();
    let model_name = analyse::analyse_folder(ner, options, progress, &mut spill, &mut summary)?;
    crate::release_free_memory();
    let info = link::Provenance { model: model_name, input: options.input.display().to_string() };
    link::link_and_publish(&mut spill, &options.out, &lock, &options.link, &info, &mut summary)?;
    Ok(summary)
}

/// A run that read no document keeps the previous outputs and fails, saying why.
pub fn require_documents(summary: &RunSummary, out: &std::path::Path) -> crate::error::Result<()> {
    if summary.documents > 0 {
        return Ok(());
    }
    let reasons: Vec<String> = summary.skipped.iter().take(3).map(|note| format!("{}: {}", note.path, note.message)).collect();
    Err(crate::error::Error::Input(format!(
        "no document could be read ({} skipped: {}{}); the outputs in {} are left as they were",
        summary.skipped.len(),
        reasons.join("; "),
        if summary.skipped.len() > 3 { "; ..." } else { "" },
        out.display()
    )))
}
