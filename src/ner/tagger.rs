//! Stage 3a, NER: takes sentences split into words, gives each word a label and a score.
//!
//! Every word is labelled by its first subword, as the models were trained. Sentences are
//! tokenized in parallel, cut into overlapping windows when longer than the model's limit (a
//! word takes its label from the window where it sits most centrally; nothing is truncated),
//! deduplicated (identical windows run once), sorted by length and cut into batches of at most
//! `batch_tokens` tokens, grouped by length inside a batch so nothing is padded. Batches run on
//! a pool of model replicas: `workers` threads, each with its own copy of the weights, pulling
//! batches from a shared counter. libtorch's intra-op threads are set once for the process.
//! Only each word's first subword gets logits ([`super::backend::EncoderInput::keep`]).
//!
//! With `--int8` the batches run in int8 first; a window where some word's first subword has
//! its two best labels within the recheck margin is run again in FP32 in a second pass, so the
//! labels int8 could flip are FP32's.
//!
//! This replaces rust-bert's `TokenClassificationModel::predict`, whose batch loop decodes
//! every batch after the first against the first batch's sentences (see
//! `tests/ner_stage.rs` for the regression test).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;
use tch::{Device, Kind, Tensor};

use super::backend::Classifier;
use super::backend::EncoderInput;
use super::checkpoint::{Decoding, ModelSpec};
use super::tags::WordLabel;
use super::tokenizer::{Subwords, TokenTypes};
use super::windows::{best_window_label, first_subwords, plan_windows, Window};
use crate::error::{Error, Result};
use crate::text::Span;

/// How inference is run.
#[derive(Debug, Clone)]
pub struct NerOptions {
    /// Most tokens per forward pass (special tokens included; there is no padding).
    pub batch_tokens: usize,
    /// Model replicas run side by side, each on its own thread.
    pub workers: usize,
    /// libtorch intra-op threads (shared by all workers).
    pub intra_op_threads: usize,
    pub device: Device,
}

impl NerOptions {
    /// Defaults for `threads` cores: measured on 2 cores, one replica per core with one
    /// intra-op thread each beats one replica with two threads (see README, "Throughput").
    pub fn for_threads(threads: usize) -> Self {
        let threads = threads.max(1);
        NerOptions { batch_tokens: DEFAULT_BATCH_TOKENS, workers: threads, intra_op_threads: 1, device: Device::Cpu }
    }
}

/// A sentence to label: its text and its words as byte ranges of that text.
#[derive(Debug, Clone, Copy)]
pub struct WordInput<'a> {
    pub text: &'a str,
    pub words: &'a [Span],
}

/// Figures of one labelling call.
#[derive(Debug, Clone, Copy, Default)]
pub struct NerStats {
    pub sentences: usize,
    /// Subword tokens the model ran on, special tokens included, padding not (the figure the
    /// transformers baseline counts).
    pub subword_tokens: usize,
    /// Windows actually run (more than `sentences` when long sentences were windowed).
    pub windows: usize,
    /// Windows the model ran: identical windows run once.
    pub distinct_windows: usize,
    /// Windows run again in FP32 because int8 left a label in doubt.
    pub rechecked_windows: usize,
    /// Wall time of tokenization plus model, seconds.
    pub seconds: f64,
}

/// Receives progress: the total number of windows, then how many are done.
pub trait Progress: Sync {
    fn start(&self, _total: u64) {}
    fn advance(&self, _done: u64) {}
    /// More work than `start` announced (windows rerun in FP32).
    fn grow(&self, _more: u64) {}
}

impl Progress for () {}

/// A loaded NER model, ready to label words.
pub struct Ner {
    pub spec: ModelSpec,
    pub options: NerOptions,
    replicas: Vec<Mutex<Classifier>>,
}

/// Default of [`NerOptions::batch_tokens`]: measured in README, "Throughput" (larger batches
/// feed the matrix products better; the activations of one pass stay a few MB).
pub const DEFAULT_BATCH_TOKENS: usize = 1_024;

/// What makes two windows the same model input: token ids, token types, first-subword marks.
type WindowKey<'a> = (&'a [u32], &'a [u32], &'a [bool]);

/// How many windows the model ran, and how many of those again in FP32.
struct WindowCounts {
    distinct: usize,
    rechecked: usize,
}

/// Which model path a pass runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// int8 with `--int8`, else FP32.
    Fast,
    /// FP32, for windows the fast pass was unsure of.
    Exact,
}

/// What every batch of a call reads, and where its labels go.
struct LabelJob<'a> {
    encoded: &'a [Subwords],
    windows: &'a [Window],
    /// Per sentence and token: whether the token is a word's first subword (its label is used).
    decisive: &'a [Vec<bool>],
    results: &'a Mutex<Vec<Vec<WordLabel>>>,
    progress: &'a dyn Progress,
}

impl Ner {
    /// Loads one replica per worker from a checked model directory.
    pub fn load(spec: ModelSpec, options: NerOptions) -> Result<Self> {
        tch::set_num_threads(options.intra_op_threads.max(1) as i32);
        let replicas =
            (0..options.workers.max(1)).map(|_| Classifier::load(&spec, options.device).map(Mutex::new)).collect::<Result<Vec<_>, _>>()?;
        Ok(Ner { spec, options, replicas })
    }

    /// Text tokens per window (the model's limit less its special tokens).
    fn window_tokens(&self) -> usize {
        self.spec.max_tokens - self.spec.tokenizer.special_token_count()
    }

    /// Labels every word of every input. Results are in input order, one per word.
    pub fn label_words(&self, inputs: &[WordInput], progress: &dyn Progress) -> Result<(Vec<Vec<WordLabel>>, NerStats)> {
        let started = Instant::now();
        let tokenizer = &self.spec.tokenizer;
        let encoded: Vec<Subwords> = inputs
            .par_iter()
            .map(|input| tokenizer.encode(input.text))
            .collect::<Result<_, _>>()
            .map_err(|e| Error::Inference(format!("tokenizer failed: {e}")))?;
        let first_tokens: Vec<Vec<Option<usize>>> =
            inputs.par_iter().zip(&encoded).map(|(input, subwords)| first_subwords(input.words, &subwords.offsets)).collect();

        let token_counts: Vec<usize> = encoded.iter().map(|subwords| subwords.ids.len()).collect();
        let windows = plan_windows(&token_counts, self.window_tokens());
        progress.start(windows.len() as u64);
        let (token_labels, counts) = self.run_windows(&encoded, &first_tokens, &windows, progress)?;

        let labels = first_tokens
            .par_iter()
            .enumerate()
            .map(|(sentence, first_tokens)| {
                first_tokens
                    .iter()
                    .map(|token| match token {
                        Some(token) => best_window_label(&windows, &token_labels, sentence, *token),
                        None => WordLabel { label: self.outside_label(), score: 1.0 },
                    })
                    .collect()
            })
            .collect();
        let stats = NerStats {
            sentences: inputs.len(),
            subword_tokens: windows.iter().map(|w| w.end - w.start + tokenizer.special_token_count()).sum(),
            windows: windows.len(),
            distinct_windows: counts.distinct,
            rechecked_windows: counts.rechecked,
            seconds: started.elapsed().as_secs_f64(),
        };
        Ok((labels, stats))
    }

    fn outside_label(&self) -> u16 {
        self.spec.labels.iter().position(|l| l == "O").unwrap_or(0) as u16
    }

    /// Runs all windows, longest first, in batches over the replicas. Returns each window's
    /// per-token (label, probability), indexed like `windows`, and how many windows were rerun
    /// in FP32: with a recheck margin, the fast (int8) pass names the windows where a word's
    /// first subword has two labels within the margin, and a second, exact pass reruns those.
    fn run_windows(
        &self,
        encoded: &[Subwords],
        first_tokens: &[Vec<Option<usize>>],
        windows: &[Window],
        progress: &dyn Progress,
    ) -> Result<(Vec<Vec<WordLabel>>, WindowCounts)> {
        let decisive: Vec<Vec<bool>> = encoded
            .iter()
            .zip(first_tokens)
            .map(|(subwords, firsts)| {
                let mut decisive = vec![false; subwords.ids.len()];
                firsts.iter().flatten().for_each(|&token| decisive[token] = true);
                decisive
            })
            .collect();
        let longest_first = |mut order: Vec<usize>| {
            order.sort_by_key(|&w| std::cmp::Reverse(windows[w].end - windows[w].start));
            order
        };
        // Identical windows (the same tokens, types and first subwords: datelines, table
        // headers, boilerplate repeated across articles) run once and share their labels.
        // Exact in FP32, where a window's logits do not depend on its batch mates.
        let mut first_copy: HashMap<WindowKey, usize> = HashMap::new();
        let original: Vec<usize> = windows
            .iter()
            .enumerate()
            .map(|(w, window)| {
                let subwords = &encoded[window.sentence];
                let types = subwords.type_ids.get(window.start..window.end).unwrap_or(&[]);
                let key = (&subwords.ids[window.start..window.end], types, &decisive[window.sentence][window.start..window.end]);
                *first_copy.entry(key).or_insert(w)
            })
            .collect();
        let distinct: Vec<usize> = (0..windows.len()).filter(|&w| original[w] == w).collect();
        let distinct_count = distinct.len();
        let results = Mutex::new(vec![Vec::new(); windows.len()]);
        let job = LabelJob { encoded, windows, decisive: &decisive, results: &results, progress };
        let unsure = self.run_pass(&job, &longest_first(distinct), Pass::Fast)?;
        let rechecked = unsure.len();
        if rechecked > 0 {
            progress.grow(rechecked as u64);
            self.run_pass(&job, &longest_first(unsure), Pass::Exact)?;
        }
        let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
        for (w, &first) in original.iter().enumerate() {
            if first != w {
                results[w] = results[first].clone();
            }
        }
        progress.advance((windows.len() - distinct_count) as u64);
        Ok((results, WindowCounts { distinct: distinct_count, rechecked }))
    }

    /// Runs `order`'s windows in batches over the replicas, writing labels into `job.results`;
    /// gives the windows the fast pass was unsure of.
    fn run_pass(&self, job: &LabelJob, order: &[usize], pass: Pass) -> Result<Vec<usize>> {
        // `order` is sorted by length, so a batch holds few distinct lengths: its windows are
        // grouped by length and run without padding (no padding work, and no window's logits
        // depend on which others share its batch, so a document's labels do not depend on
        // what else is analysed with it: shards agree with `run`, byte for byte).
        let framed = |w: usize| job.windows[w].end - job.windows[w].start + self.spec.tokenizer.special_token_count();
        let batch_tokens = match pass {
            Pass::Fast => self.options.batch_tokens,
            // The recheck is a few batches, run after all others: split evenly over the workers,
            // or one worker runs the last batch while the others wait (measured 2 to 3% of an
            // int8 run on CoNLL-2003 test; README, "Throughput").
            Pass::Exact => balanced_batch_tokens(order.iter().map(|&w| framed(w)).sum(), self.options.batch_tokens, self.replicas.len()),
        };
        let mut chunks: Vec<&[usize]> = Vec::new();
        let (mut start, mut tokens) = (0, 0);
        for (i, &w) in order.iter().enumerate() {
            if i > start && tokens + framed(w) > batch_tokens {
                chunks.push(&order[start..i]);
                (start, tokens) = (i, 0);
            }
            tokens += framed(w);
        }
        if start < order.len() {
            chunks.push(&order[start..]);
        }
        let next_batch = AtomicUsize::new(0);
        let unsure = Mutex::new(Vec::new());
        let first_error: Mutex<Option<Error>> = Mutex::new(None);

        std::thread::scope(|scope| {
            for replica in &self.replicas {
                scope.spawn(|| {
                    // Each worker owns its replica for the whole call: the lock is never contended.
                    let classifier = replica.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
                    loop {
                        let index = next_batch.fetch_add(1, Ordering::Relaxed);
                        let Some(batch) = chunks.get(index) else { break };
                        if first_error.lock().map(|e| e.is_some()).unwrap_or(true) {
                            break;
                        }
                        match self.run_batch(&classifier, job, batch, pass) {
                            Ok((batch_labels, batch_unsure)) => {
                                unsure.lock().unwrap_or_else(|p| p.into_inner()).extend(batch_unsure);
                                let mut results = job.results.lock().unwrap_or_else(|p| p.into_inner());
                                for (&window, labels) in batch.iter().zip(batch_labels) {
                                    results[window] = labels;
                                }
                                job.progress.advance(batch.len() as u64);
                            }
                            Err(error) => {
                                let mut slot = first_error.lock().unwrap_or_else(|p| p.into_inner());
                                slot.get_or_insert(error);
                                break;
                            }
                        }
                    }
                });
            }
        });
        if let Some(error) = first_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
            return Err(error);
        }
        Ok(unsure.into_inner().unwrap_or_else(|p| p.into_inner()))
    }

    /// One forward pass over a batch of windows; gives each window's token labels (each
    /// word's first subword labelled, other tokens "O") and, in the fast pass with a recheck
    /// margin, the windows to rerun exactly.
    fn run_batch(&self, classifier: &Classifier, job: &LabelJob, batch: &[usize], pass: Pass) -> Result<(Vec<Vec<WordLabel>>, Vec<usize>)> {
        let LabelJob { encoded, windows, decisive, .. } = *job;
        let tokenizer = &self.spec.tokenizer;
        let (prefix, suffix) = (&tokenizer.prefix, &tokenizer.suffix);
        let with_types = tokenizer.token_types != TokenTypes::Zeros;
        let mut ids = Vec::new();
        // Special tokens have type 0.
        let mut type_ids = Vec::new();
        let mut groups: Vec<(i64, i64)> = Vec::new();
        // Flat positions of the tokens whose labels are read, the text token of each, and each
        // row's share of them (`kept[rows[r]]` are row r's).
        let mut keep = Vec::new();
        let mut kept = Vec::new();
        let mut rows = Vec::with_capacity(batch.len());
        for &w in batch {
            let window = windows[w];
            let subwords = &encoded[window.sentence];
            let text = window.start..window.end;
            let length = (prefix.len() + text.len() + suffix.len()) as i64;
            match groups.last_mut() {
                Some((rows, last)) if *last == length => *rows += 1,
                _ => groups.push((1, length)),
            }
            let first = ids.len() + prefix.len();
            let row_start = kept.len();
            for (i, &decides) in decisive[window.sentence][text.clone()].iter().enumerate() {
                if decides {
                    keep.push((first + i) as i64);
                    kept.push(i);
                }
            }
            rows.push(row_start..kept.len());
            ids.extend(prefix.iter().chain(&subwords.ids[text.clone()]).chain(suffix.iter()).map(|&id| id as i64));
            if with_types {
                type_ids.extend(std::iter::repeat_n(0i64, prefix.len()));
                type_ids.extend(subwords.type_ids[text].iter().map(|&t| t as i64));
                type_ids.extend(std::iter::repeat_n(0i64, suffix.len()));
            }
        }
        let device = self.options.device;
        let forward = || {
            tch::no_grad(|| -> Result<(Vec<f32>, usize)> {
                let input = EncoderInput {
                    ids: Tensor::from_slice(&ids).to_device(device),
                    type_ids: with_types.then(|| Tensor::from_slice(&type_ids).to_device(device)),
                    groups: groups.clone(),
                    keep: Tensor::from_slice(&keep).to_device(device),
                };
                let logits = match pass {
                    Pass::Fast => classifier.fast_logits(&input),
                    Pass::Exact => classifier.logits(&input),
                };
                logit_values(&logits.map_err(|e| Error::Inference(format!("model forward pass failed: {e}")))?)
            })
        };
        // tch and rust-bert panic on libtorch errors (a tokenizer whose ids exceed the model's
        // vocabulary, say); turn that into an error the user can read.
        let (values, classes) = std::panic::catch_unwind(std::panic::AssertUnwindSafe(forward)).map_err(|panic| {
            let message =
                panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
            Error::Inference(format!("libtorch failed in the model forward pass: {}", message.lines().next().unwrap_or("")))
        })??;
        let scored: Vec<Scored> = values.chunks_exact(classes).map(score_logits).collect();
        if scored.len() != kept.len() {
            return Err(Error::Inference(format!("model returned {} positions for {} asked", scored.len(), kept.len())));
        }
        let outside = WordLabel { label: self.outside_label(), score: 1.0 };
        let mut labels: Vec<Vec<WordLabel>> = batch.iter().map(|&w| vec![outside; windows[w].end - windows[w].start]).collect();
        for (row, range) in rows.iter().enumerate() {
            let row_kept = &kept[range.clone()];
            if self.spec.decoding == Decoding::WellFormed {
                let log_probs: Vec<Vec<f32>> = range.clone().map(|k| log_softmax(&values[k * classes..(k + 1) * classes])).collect();
                let path = super::tags::best_well_formed(&self.spec.tags, &log_probs);
                for ((&i, &tag), log_prob) in row_kept.iter().zip(&path).zip(&log_probs) {
                    labels[row][i] = WordLabel { label: tag as u16, score: log_prob[tag].exp() };
                }
            } else {
                for (&i, s) in row_kept.iter().zip(&scored[range.clone()]) {
                    labels[row][i] = WordLabel { label: s.label, score: s.probability };
                }
            }
        }
        let unsure = match (pass, classifier.recheck_margin()) {
            (Pass::Fast, Some(margin)) => rows
                .iter()
                .enumerate()
                .filter(|(_, range)| scored[(*range).clone()].iter().any(|s| s.margin < margin))
                .map(|(row, _)| batch[row])
                .collect(),
            _ => Vec::new(),
        };
        Ok((labels, unsure))
    }
}

/// The batch size, in tokens, that cuts `total` tokens into a multiple of `workers` batches of
/// at most `most` tokens each, as even as they can be.
fn balanced_batch_tokens(total: usize, most: usize, workers: usize) -> usize {
    let workers = workers.max(1);
    let rounds = total.div_ceil(most.max(1) * workers).max(1);
    total.div_ceil(rounds * workers).max(1)
}

/// One token's best label, its probability, and how far (in logits) it leads the runner-up.
#[derive(Debug, Clone, Copy)]
struct Scored {
    label: u16,
    probability: f32,
    margin: f32,
}

/// The values of `[positions, labels]` logits, row-major, and the number of labels.
fn logit_values(logits: &Tensor) -> Result<(Vec<f32>, usize)> {
    let classes = *logits.size().last().unwrap_or(&0) as usize;
    if classes == 0 {
        return Err(Error::Inference("model returned logits without labels".into()));
    }
    let values: Vec<f32> = logits
        .to_kind(Kind::Float)
        .to_device(Device::Cpu)
        .flatten(0, -1)
        .try_into()
        .map_err(|e: tch::TchError| Error::Inference(e.to_string()))?;
    Ok((values, classes))
}

fn log_softmax(logits: &[f32]) -> Vec<f32> {
    let top = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let total = logits.iter().map(|&v| (v - top).exp()).sum::<f32>().ln() + top;
    logits.iter().map(|&v| v - total).collect()
}

fn score_logits(logits: &[f32]) -> Scored {
    let (mut best, mut second) = (0, usize::MAX);
    for (i, &value) in logits.iter().enumerate().skip(1) {
        if value > logits[best] {
            second = best;
            best = i;
        } else if second == usize::MAX || value > logits[second] {
            second = i;
        }
    }
    let top = logits[best];
    let total: f32 = logits.iter().map(|&v| (v - top).exp()).sum();
    let margin = if second == usize::MAX { f32::INFINITY } else { top - logits[second] };
    Scored { label: best as u16, probability: 1.0 / total, margin }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balanced_batches_share_the_tokens_evenly() {
        // 2,861 tokens, at most 1,024 a batch, 2 workers: 4 batches of about 716, not 1,024 + 1,024 + 813.
        assert_eq!(balanced_batch_tokens(2_861, 1_024, 2), 716);
        assert_eq!(balanced_batch_tokens(1_000, 1_024, 2), 500);
        assert_eq!(balanced_batch_tokens(100, 1_024, 1), 100);
        assert_eq!(balanced_batch_tokens(0, 1_024, 2), 1);
        assert!(balanced_batch_tokens(50_000, 1_024, 2) <= 1_024);
    }

    #[test]
    fn scores_give_label_probability_and_margin() {
        let scored = score_logits(&[1.0, 3.0, 2.5]);
        assert_eq!(scored.label, 1);
        assert!((scored.margin - 0.5).abs() < 1e-6);
        let expected = 1.0 / (1.0 + (-2.0f32).exp() + (-0.5f32).exp());
        assert!((scored.probability - expected).abs() < 1e-6);
        // The runner-up may come before the best.
        assert!((score_logits(&[4.0, 1.0, 5.0]).margin - 1.0).abs() < 1e-6);
        assert_eq!(score_logits(&[2.0]).margin, f32::INFINITY);
    }
}
