//! `eval`: reads a CoNLL file, labels its sentences with the model, and scores the entities
//! exactly as conlleval does (exact-match chunks; precision, recall and F1 overall and per type).

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::{Context, Error, Result};
use crate::text::Span;
use serde::Serialize;

use super::tagger::{Ner, NerStats, Progress, WordInput};
use super::tags::{chunks, Chunk, Tag, WordLabel};

/// One CoNLL sentence: words and gold labels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConllSentence {
    pub words: Vec<String>,
    pub gold: Vec<String>,
}

impl ConllSentence {
    /// The words joined by single spaces, and each word's byte range in that text.
    pub fn text_and_words(&self) -> (String, Vec<Span>) {
        let mut text = String::new();
        let mut ranges = Vec::with_capacity(self.words.len());
        for word in &self.words {
            if !text.is_empty() {
                text.push(' ');
            }
            ranges.push(Span::new(text.len(), text.len() + word.len()));
            text.push_str(word);
        }
        (text, ranges)
    }
}

/// A sentence with gold labels, from either source: its text, its words as byte ranges of that
/// text, and a label per word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldSentence {
    pub text: String,
    pub words: Vec<Span>,
    pub gold: Vec<String>,
    /// The document it came from (Re-DocRED's index; 0 for CoNLL files).
    pub document: usize,
}

impl From<&ConllSentence> for GoldSentence {
    fn from(sentence: &ConllSentence) -> Self {
        let (text, words) = sentence.text_and_words();
        GoldSentence { text, words, gold: sentence.gold.clone(), document: 0 }
    }
}

/// Reads gold sentences from a CoNLL file, or from a Re-DocRED folder (documents `documents`,
/// all when None).
pub fn read_gold(path: &Path, documents: Option<&std::ops::RangeInclusive<usize>>) -> Result<Vec<GoldSentence>> {
    if super::redocred::is_redocred(path) {
        return super::redocred::read_redocred(path, documents.unwrap_or(&(0..=usize::MAX)));
    }
    if documents.is_some() {
        return Err(Error::Input(format!("--docs needs a Re-DocRED folder (one with gold.json), not {}", path.display())));
    }
    let text = std::fs::read_to_string(path).context(|| format!("cannot read CoNLL file {}", path.display()))?;
    let sentences = parse_conll(&text, &path.display().to_string())?;
    if sentences.is_empty() {
        return Err(Error::Input(format!("{}: no sentences found", path.display())));
    }
    Ok(sentences.iter().map(GoldSentence::from).collect())
}

/// Parses CoNLL text: `word POS chunk NER` or `word NER` a line, blank lines between sentences,
/// `-DOCSTART-` lines skipped. The label is the last column.
pub fn parse_conll(text: &str, source: &str) -> Result<Vec<ConllSentence>> {
    let mut sentences = Vec::new();
    let mut current = ConllSentence { words: Vec::new(), gold: Vec::new() };
    for (number, line) in text.lines().enumerate() {
        let columns: Vec<&str> = line.split_whitespace().collect();
        if columns.is_empty() || columns[0] == "-DOCSTART-" {
            if !current.words.is_empty() {
                sentences.push(std::mem::replace(&mut current, ConllSentence { words: Vec::new(), gold: Vec::new() }));
            }
            continue;
        }
        if columns.len() < 2 {
            return Err(Error::Input(format!("{source}:{}: expected `word ... LABEL`, found {line:?}", number + 1)));
        }
        current.words.push(columns[0].to_string());
        current.gold.push(columns[columns.len() - 1].to_string());
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// Precision, recall and F1 of one entity type (or all).
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl Score {
    fn from_counts(gold: usize, predicted: usize, correct: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (precision, recall) = (ratio(correct, predicted), ratio(correct, gold));
        let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
        Score { precision, recall, f1, gold, predicted, correct }
    }
}

/// Entity scores of predicted against gold label sequences.
pub fn score(gold: &[Vec<String>], predicted: &[Vec<String>]) -> (Score, BTreeMap<String, Score>) {
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (gold, predicted) in gold.iter().zip(predicted) {
        let parse = |labels: &[String]| chunks(&labels.iter().map(|l| Tag::parse(l)).collect::<Vec<_>>());
        let (gold_chunks, predicted_chunks): (Vec<Chunk>, Vec<Chunk>) = (parse(gold), parse(predicted));
        for chunk in &gold_chunks {
            counts.entry(chunk.kind.clone()).or_default().0 += 1;
        }
        for chunk in &predicted_chunks {
            let entry = counts.entry(chunk.kind.clone()).or_default();
            entry.1 += 1;
            if gold_chunks.contains(chunk) {
                entry.2 += 1;
            }
        }
    }
    let total = counts.values().fold((0, 0, 0), |acc, c| (acc.0 + c.0, acc.1 + c.1, acc.2 + c.2));
    let per_type = counts.into_iter().map(|(kind, (g, p, c))| (kind, Score::from_counts(g, p, c))).collect();
    (Score::from_counts(total.0, total.1, total.2), per_type)
}

/// The result of `nergraph eval`.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub model: String,
    pub file: String,
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
    pub per_type: BTreeMap<String, Score>,
    pub sentences: usize,
    pub words: usize,
    pub subword_tokens: usize,
    pub seconds: f64,
    pub sentences_per_second: f64,
    pub tokens_per_second: f64,
    pub batch_tokens: usize,
    pub workers: usize,
    pub intra_op_threads: usize,
    /// "fp32", or "int8" with `--int8`.
    pub arithmetic: &'static str,
    /// "well-formed" or "per-word" (`--decode`).
    pub decoding: &'static str,
    /// With `--int8`: the logit margin below which a window is rerun in FP32 (0: never).
    pub int8_recheck_margin: f32,
    /// Model inputs (windows) run, and how many of them were rerun in FP32.
    pub windows: usize,
    /// Windows the model ran (identical windows run once).
    pub distinct_windows: usize,
    pub rechecked_windows: usize,
    /// With a reference model (`--compare-fp32`): the share of word labels equal to its labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_agreement: Option<f64>,
    /// Entity types the gold does not annotate, whose predictions were not scored.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unscored: Vec<String>,
    /// For a Re-DocRED folder: the documents scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents: Option<String>,
}

/// Labels every sentence of `path` (a CoNLL file, or a Re-DocRED folder narrowed to
/// `documents`) with `ner` and scores the result; with a `reference` model (untimed), also how
/// many word labels the two agree on. Re-DocRED's gold has no MISC, so predicted MISC chunks
/// are not scored there (the report's `unscored` says so).
pub fn evaluate(
    ner: &Ner,
    reference: Option<&Ner>,
    path: &Path,
    documents: Option<&std::ops::RangeInclusive<usize>>,
    progress: &dyn Progress,
) -> Result<EvalReport> {
    let sentences = read_gold(path, documents)?;
    let unscored: Vec<String> = if super::redocred::is_redocred(path) { vec![super::redocred::MISC.to_string()] } else { Vec::new() };
    let inputs: Vec<WordInput> = sentences.iter().map(|s| WordInput { text: &s.text, words: &s.words }).collect();
    let (labels, stats) = ner.label_words(&inputs, progress)?;
    let label_text = |w: &WordLabel| {
        let label = &ner.spec.labels[w.label as usize];
        if unscored.contains(&Tag::parse(label).kind) {
            "O".to_string()
        } else {
            label.clone()
        }
    };
    let predicted: Vec<Vec<String>> = labels.iter().map(|words| words.iter().map(label_text).collect()).collect();
    let gold: Vec<Vec<String>> = sentences.iter().map(|s| s.gold.clone()).collect();
    let (overall, per_type) = score(&gold, &predicted);
    let mut report = report(ner, path, overall, per_type, &stats, sentences.iter().map(|s| s.words.len()).sum());
    report.unscored = unscored;
    report.documents = documents.map(|r| format!("{}-{}", r.start(), r.end()));
    if let Some(reference) = reference {
        let (reference_labels, _) = reference.label_words(&inputs, &())?;
        report.reference_agreement = Some(label_agreement(&labels, &reference_labels));
    }
    Ok(report)
}

/// The share of word labels that are equal in `a` and `b` (same sentences, same words).
pub fn label_agreement(a: &[Vec<WordLabel>], b: &[Vec<WordLabel>]) -> f64 {
    let words: usize = a.iter().map(Vec::len).sum();
    let equal: usize = a.iter().zip(b).map(|(a, b)| a.iter().zip(b).filter(|(x, y)| x.label == y.label).count()).sum();
    if words == 0 {
        1.0
    } else {
        equal as f64 / words as f64
    }
}

fn report(ner: &Ner, path: &Path, overall: Score, per_type: BTreeMap<String, Score>, stats: &NerStats, words: usize) -> EvalReport {
    let per_second = |n: usize| if stats.seconds > 0.0 { n as f64 / stats.seconds } else { 0.0 };
    EvalReport {
        model: ner.spec.name.clone(),
        file: path.display().to_string(),
        f1: overall.f1,
        precision: overall.precision,
        recall: overall.recall,
        per_type,
        sentences: stats.sentences,
        words,
        subword_tokens: stats.subword_tokens,
        seconds: stats.seconds,
        sentences_per_second: per_second(stats.sentences),
        tokens_per_second: per_second(stats.subword_tokens),
        batch_tokens: ner.options.batch_tokens,
        workers: ner.options.workers,
        intra_op_threads: ner.options.intra_op_threads,
        arithmetic: if ner.spec.int8 { "int8" } else { "fp32" },
        decoding: ner.spec.decoding.name(),
        int8_recheck_margin: ner.spec.int8_recheck().unwrap_or(0.0),
        windows: stats.windows,
        distinct_windows: stats.distinct_windows,
        rechecked_windows: stats.rechecked_windows,
        reference_agreement: None,
        unscored: Vec::new(),
        documents: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_four_and_two_column_files() {
        let text = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter B-PER\nBlackburn I-PER\n";
        let sentences = parse_conll(text, "t").unwrap();
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].gold, ["B-ORG", "O"]);
        assert_eq!(sentences[1].text_and_words().0, "Peter Blackburn");
        assert_eq!(sentences[1].text_and_words().1, [Span::new(0, 5), Span::new(6, 15)]);
    }

    #[test]
    fn scores_exact_matches_only() {
        let to = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
        let gold = vec![to("B-PER I-PER O B-LOC")];
        let predicted = vec![to("B-PER O O B-LOC")];
        let (overall, per_type) = score(&gold, &predicted);
        assert_eq!((overall.gold, overall.predicted, overall.correct), (2, 2, 1));
        assert!((overall.f1 - 0.5).abs() < 1e-9);
        assert_eq!(per_type["LOC"].f1, 1.0);
        assert_eq!(per_type["PER"].f1, 0.0);
    }
}
