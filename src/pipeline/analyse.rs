//! The analyse half: a folder → documents → sentences → words → NER → analysed documents,
//! each handed to the link half's [`Spill`] as soon as its chunk is labelled.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{RunOptions, RunSummary};
use crate::error::{Error, Result};
use crate::ner::mentions::{sentence_mentions, AnalysedDocument, SentenceText};
use crate::ner::{Ner, NerStats, Progress, WordInput};
use crate::store::cache::NerCache;
use crate::store::spill::Spill;
use crate::text::ingest::{self, Document, Loaded};
use crate::text::sentences::{split_document, Sentence};
use crate::text::words::split_words;
use crate::text::Span;

/// A document waiting for NER: its place in the file list, its cache key, its sentences.
type Pending = (usize, String, Document, Vec<Sentence>);

/// Sentences per NER call: enough to sort into well-filled batches, small enough to bound memory.
const SENTENCES_PER_CHUNK: usize = 4096;

/// Progress sinks for the two levels of a run.
pub struct RunProgress<'a> {
    pub documents: &'a dyn Progress,
    pub sentences: &'a dyn Progress,
}

/// Analyses every `.txt` file under `options.input` into `spill`, counting into `summary`;
/// gives the model's name. The model is dropped when this returns.
pub fn analyse_folder(
    ner: Ner,
    options: &RunOptions,
    progress: &RunProgress,
    spill: &mut Spill,
    summary: &mut RunSummary,
) -> Result<String> {
    let discovery = ingest::discover(&options.input);
    summary.skipped = discovery.skipped;
    if discovery.files.is_empty() {
        return Err(Error::Input(format!(
            "no .txt files found in {} (searched recursively; hidden entries are skipped)",
            options.input.display()
        )));
    }
    progress.documents.start(discovery.files.len() as u64);
    let cache = if options.use_cache { Some(NerCache::open(&options.out, &ner.spec.identity())?) } else { None };
    let source =
        Source { root: &options.input, files: discovery.files.into_iter().enumerate().collect(), max_file_bytes: options.max_file_bytes };
    analyse_files(&ner, &source, cache.as_ref(), progress, summary, &mut |slot, document| spill.push(slot, &document))?;
    // The whole input was read: what the cache holds beyond it is stale.
    if let Some(cache) = &cache {
        cache.prune();
    }
    Ok(ner.spec.name.clone())
}

/// Files to analyse: each with its place (slot) in the whole input's file list.
pub struct Source<'a> {
    pub root: &'a Path,
    pub files: Vec<(usize, PathBuf)>,
    pub max_file_bytes: u64,
}

/// What receives each analysed document, with its place in the file list (any order).
pub type DocumentSink<'a> = dyn FnMut(usize, AnalysedDocument) -> Result<()> + 'a;

/// Test hook: `NERGRAPH_TEST_ABORT_AFTER_CACHED=N` aborts the process (as a kill would) right
/// after the N-th document of a call is stored in the cache, so tests can check that a killed
/// analysis is redone from its cache.
fn abort_after_cached() -> Option<usize> {
    std::env::var("NERGRAPH_TEST_ABORT_AFTER_CACHED").ok()?.parse().ok()
}

/// Loads, splits and labels `source`'s files in chunks, handing each analysed document to
/// `sink` and storing it in `cache`.
pub fn analyse_files(
    ner: &Ner,
    source: &Source,
    cache: Option<&NerCache>,
    progress: &RunProgress,
    summary: &mut RunSummary,
    sink: &mut DocumentSink,
) -> Result<()> {
    let abort_after = abort_after_cached();
    let mut stored = 0;
    // Documents waiting for NER, with their place in `files` and their cache key.
    let mut pending: Vec<Pending> = Vec::new();
    let mut pending_sentences = 0;
    let mut flush = |pending: &mut Vec<Pending>, summary: &mut RunSummary, sink: &mut DocumentSink| -> Result<()> {
        let (places, chunk): (Vec<(usize, String, usize)>, Vec<_>) =
            pending.drain(..).map(|(slot, key, document, sentences)| ((slot, key, sentences.len()), (document, sentences))).unzip();
        for ((slot, key, sentence_count), document) in places.into_iter().zip(analyse_chunk(ner, chunk, progress, summary)?) {
            if let Some(cache) = cache {
                // A cache that cannot be written only costs time on the next run.
                let _ = cache.put(&key, &document, sentence_count);
                stored += 1;
                if abort_after == Some(stored) {
                    std::process::abort();
                }
            }
            sink(slot, document)?;
        }
        Ok(())
    };
    for (slot, file) in &source.files {
        match ingest::load(source.root, file, source.max_file_bytes) {
            Loaded::Document { document, warnings } => {
                summary.warnings.extend(warnings);
                let key = NerCache::key(&document.text);
                if let Some((hit, sentence_count)) = cache.and_then(|c| c.get(&key, &document.path)) {
                    summary.cached += 1;
                    summary.documents += 1;
                    summary.sentences += sentence_count;
                    progress.documents.advance(1);
                    sink(*slot, hit)?;
                    continue;
                }
                let sentences = split_document(&document);
                pending_sentences += sentences.len();
                pending.push((*slot, key, document, sentences));
            }
            Loaded::Skipped(note) => {
                summary.skipped.push(note);
                progress.documents.advance(1);
            }
        }
        if pending_sentences >= SENTENCES_PER_CHUNK {
            flush(&mut pending, summary, sink)?;
            pending_sentences = 0;
        }
    }
    if !pending.is_empty() {
        flush(&mut pending, summary, sink)?;
    }
    Ok(())
}

/// Splits, labels and builds the mentions of already loaded documents (one NER call).
pub fn analyse_documents(ner: &Ner, documents: Vec<Document>) -> Result<Vec<AnalysedDocument>> {
    let chunk = documents
        .into_iter()
        .map(|document| {
            let sentences = split_document(&document);
            (document, sentences)
        })
        .collect();
    let mut summary = RunSummary::default();
    analyse_chunk(ner, chunk, &RunProgress { documents: &(), sentences: &() }, &mut summary)
}

/// Runs NER over one chunk of documents and builds their mentions.
fn analyse_chunk(
    ner: &Ner,
    chunk: Vec<(Document, Vec<Sentence>)>,
    progress: &RunProgress,
    summary: &mut RunSummary,
) -> Result<Vec<AnalysedDocument>> {
    let words: Vec<Vec<Vec<Span>>> =
        chunk.par_iter().map(|(document, sentences)| sentences.iter().map(|s| split_words(s.text(&document.text))).collect()).collect();
    let inputs: Vec<WordInput> = chunk
        .iter()
        .zip(&words)
        .flat_map(|((document, sentences), words)| {
            sentences.iter().zip(words).map(|(s, w)| WordInput { text: s.text(&document.text), words: w })
        })
        .collect();
    let (labels, stats): (_, NerStats) = ner.label_words(&inputs, progress.sentences)?;
    summary.sentences += stats.sentences;
    summary.subword_tokens += stats.subword_tokens;
    summary.ner_seconds += stats.seconds;

    let mut labels = labels.into_iter();
    let mut analysed = Vec::with_capacity(chunk.len());
    for ((document, sentences), words) in chunk.into_iter().zip(words) {
        let (mut mentions, mut untagged) = (Vec::new(), Vec::new());
        for (sentence, sentence_words) in sentences.iter().zip(&words) {
            let sentence_labels = labels.next().unwrap_or_default();
            let found = sentence_mentions(&document, sentence, sentence_words, &sentence_labels, &ner.spec.tags);
            mentions.extend(found.mentions);
            untagged.extend(found.untagged);
        }
        // Sentences that hold neither a mention nor an untagged name are of no later use.
        let kept: BTreeSet<usize> = mentions.iter().map(|m| m.sentence).chain(untagged.iter().map(|w| w.sentence)).collect();
        let sentences = sentences
            .iter()
            .filter(|s| kept.contains(&s.index))
            .map(|s| SentenceText { index: s.index, span: s.span, text: s.text(&document.text).to_string() })
            .collect();
        summary.documents += 1;
        progress.documents.advance(1);
        analysed.push(AnalysedDocument { path: document.path, sentences, mentions, untagged });
    }
    Ok(analysed)
}
