//! The `run` job: documents → sentences → words → NER → mentions → entities → relations →
//! graph, with the outputs written atomically into the output folder.
//!
//! Memory does not grow with the folder: documents stream through the NER stage in chunks (a
//! chunk is enough sentences to fill batches well), and what the later stages need (mentions
//! and the sentences that hold them) is parked on disk ([`crate::spill`]). Linking then reads
//! the parked documents twice: once to count spellings into nodes, once to give each mention
//! its entity while mentions.jsonl and the relations are written.

use std::ops::Range;
use std::path::PathBuf;

use anyhow::{bail, Result};
use rayon::prelude::*;
use serde::Serialize;

use crate::ingest::{self, Document, FileNote, Loaded};
use crate::cache::NerCache;
use crate::graph::{GraphInfo, NodeLinkGraph};
use crate::link::{aliases::AliasRules, Linker};
use crate::mentions::{sentence_mentions, AnalysedDocument, Mention, SentenceText};
use crate::ner::{Ner, NerStats, Progress, WordInput};
use crate::output::{prepare_output_dir, write_atomic, write_json, write_jsonl, write_jsonl_row};
use crate::relations::Relations;
use crate::sentences::{split_document, Sentence};
use crate::spill::Spill;
use crate::words::split_words;

/// Sentences per NER call: enough to sort into well-filled batches, small enough to bound memory.
const SENTENCES_PER_CHUNK: usize = 4096;

#[derive(Debug, Clone)]
pub struct RunOptions {
    pub input: PathBuf,
    pub out: PathBuf,
    pub aliases: AliasRules,
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

/// Progress sinks for the two levels of a run.
pub struct RunProgress<'a> {
    pub documents: &'a dyn Progress,
    pub sentences: &'a dyn Progress,
}

/// Runs the whole job over `options.input`, writing into `options.out`. The model is dropped
/// once every document is labelled, so linking and output run without its memory.
pub fn run(ner: Ner, options: &RunOptions, progress: &RunProgress) -> Result<RunSummary> {
    prepare_output_dir(&options.out)?;
    let discovery = ingest::discover(&options.input);
    let mut summary = RunSummary { skipped: discovery.skipped, ..RunSummary::default() };
    if discovery.files.is_empty() {
        bail!("no .txt files found in {} (searched recursively; hidden entries are skipped)", options.input.display());
    }
    progress.documents.start(discovery.files.len() as u64);
    let mut linker = Linker::new(&options.aliases);
    let mut spill = Spill::create(&options.out)?;
    analyse_files(&ner, options, &discovery.files, progress, &mut summary, &mut |slot, document| {
        linker.learn_names(&document);
        spill.push(slot, &document)
    })?;
    let model_name = ner.spec.name.clone();
    drop(ner);
    crate::release_free_memory();
    for document in spill.documents()? {
        linker.add_document(&document?);
    }
    let linking = linker.finish();
    let mut relations = Relations::default();
    write_atomic(&options.out.join("mentions.jsonl"), |out| {
        for (index, document) in spill.documents()?.enumerate() {
            let mut document = document?;
            let entities = linking.entities_of(index, &document);
            for (mention, entity) in document.mentions.iter_mut().zip(&entities) {
                mention.entity = entity.map(|e| linking.entities[e].id.clone());
                // Proposed names that linking could not place are dropped.
                if !mention.recovered || mention.entity.is_some() {
                    write_jsonl_row(out, mention)?;
                    summary.mentions += 1;
                }
            }
            relations.add_document(&document, &entities, &linking);
        }
        Ok(())
    })?;
    summary.entities = linking.entities.len();
    write_json(&options.out.join("entities.json"), &linking.entities)?;
    write_jsonl(&options.out.join("links.jsonl"), &linking.links)?;
    let relations = relations.finish(&linking);
    summary.relations = relations.len();
    let info = GraphInfo::new(&model_name, &options.input.display().to_string(), summary.documents, summary.mentions);
    let graph = NodeLinkGraph::new(&linking.entities, &relations, info);
    graph.write_json(&options.out.join("graph.json"))?;
    graph.write_graphml(&options.out.join("graph.graphml"))?;
    graph.write_html(&options.out.join("graph.html"))?;
    Ok(summary)
}

/// What receives each analysed document, with its place in the file list (any order).
type DocumentSink<'a> = dyn FnMut(usize, AnalysedDocument) -> Result<()> + 'a;

/// Loads, splits and labels `files` in chunks, handing each analysed document to `sink`.
fn analyse_files(
    ner: &Ner,
    options: &RunOptions,
    files: &[PathBuf],
    progress: &RunProgress,
    summary: &mut RunSummary,
    sink: &mut DocumentSink,
) -> Result<()> {
    let cache = if options.use_cache { Some(NerCache::open(&options.out, &ner.spec.identity())?) } else { None };
    // Documents waiting for NER, with their place in `files` and their cache key.
    let mut pending: Vec<(usize, String, Document, Vec<Sentence>)> = Vec::new();
    let mut pending_sentences = 0;
    let flush = |pending: &mut Vec<(usize, String, Document, Vec<Sentence>)>, summary: &mut RunSummary, sink: &mut DocumentSink| -> Result<()> {
        let (places, chunk): (Vec<(usize, String)>, Vec<(Document, Vec<Sentence>)>) =
            pending.drain(..).map(|(slot, key, document, sentences)| ((slot, key), (document, sentences))).unzip();
        for ((slot, key), document) in places.into_iter().zip(analyse_chunk(ner, chunk, progress, summary)?) {
            if let Some(cache) = &cache {
                // A cache that cannot be written only costs time on the next run.
                let _ = cache.put(&key, &document);
            }
            sink(slot, document)?;
        }
        Ok(())
    };
    for (slot, file) in files.iter().enumerate() {
        match ingest::load(&options.input, file, options.max_file_bytes) {
            Loaded::Document { document, warnings } => {
                summary.warnings.extend(warnings);
                let key = NerCache::key(&document.text);
                if let Some(hit) = cache.as_ref().and_then(|c| c.get(&key, &document.path)) {
                    summary.cached += 1;
                    summary.documents += 1;
                    progress.documents.advance(1);
                    sink(slot, hit)?;
                    continue;
                }
                let sentences = split_document(&document);
                pending_sentences += sentences.len();
                pending.push((slot, key, document, sentences));
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
    let words: Vec<Vec<Vec<Range<usize>>>> = chunk
        .par_iter()
        .map(|(document, sentences)| sentences.iter().map(|s| split_words(s.text(&document.text))).collect())
        .collect();
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
        let mut mentions = Vec::new();
        for (sentence, sentence_words) in sentences.iter().zip(&words) {
            let sentence_labels = labels.next().unwrap_or_default();
            mentions.extend(sentence_mentions(&document, sentence, sentence_words, &sentence_labels, &ner.spec.tags));
        }
        let with_mentions: std::collections::BTreeSet<usize> = mentions.iter().map(|m: &Mention| m.sentence).collect();
        let sentences = sentences
            .iter()
            .filter(|s| with_mentions.contains(&s.index))
            .map(|s| SentenceText { index: s.index, start: s.start, end: s.end, text: s.text(&document.text).to_string() })
            .collect();
        summary.documents += 1;
        progress.documents.advance(1);
        analysed.push(AnalysedDocument { path: document.path, sentences, mentions });
    }
    Ok(analysed)
}
