//! `nergraph train`: fine-tunes a BERT token classifier on libtorch (tch, rust-bert's BERT), on
//! CoNLL-style files and Re-DocRED documents, and writes a standard Hugging Face folder.
//!
//! With `word_case`, the checkpoint learns the capitalisation its uncased tokenizer erases: the
//! token-type embedding grows to one row per [`WordCase`] (each new row starting as the old row
//! 0, so training starts from the source model's exact behaviour) and `config.json` records
//! `"nergraph_token_types": "word_case"`, which makes nergraph feed those ids
//! ([`super::tokenizer::TokenTypes`]). Any tool can still load the folder as a
//! `BertForTokenClassification`.
//!
//! Re-DocRED's gold has no MISC (and calls demonyms LOC where CoNLL calls them MISC), so on its
//! sentences the loss is masked where the source model says MISC and the gold says `O` or
//! `LOC`, rather than teaching those there; where the gold says PER or ORG, it is taught.
//!
//! After each epoch the model is written to a staging folder and scored on the dev sets with
//! the same code as `nergraph eval`; the epoch with the best mean dev F1 becomes `out`.

use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rust_bert::bert::{BertConfig, BertForTokenClassification};
use serde::Serialize;
use tch::nn::{OptimizerConfig, VarStore};
use tch::{Device, Kind, Tensor};

use super::checkpoint::{read_weights, Architecture, ModelSpec, TOKEN_TYPES_KEY};
use super::eval::{evaluate, read_gold, GoldSentence};
use super::redocred::MISC;
use super::tags::Tag;
use super::tokenizer::TokenTypes;
use super::windows::first_subwords;
use super::{Ner, NerOptions, WordInput};
use crate::error::{Context, Error, Result};

/// Label id that the loss ignores (PyTorch's convention).
pub(crate) const IGNORED: i64 = -100;
/// Files copied from the source folder besides config and weights.
const TOKENIZER_FILES: [&str; 4] = ["tokenizer.json", "vocab.txt", "tokenizer_config.json", "special_tokens_map.json"];

/// Gold sentences from a CoNLL file or a Re-DocRED folder (narrowed to some documents).
#[derive(Debug, Clone, Serialize)]
pub struct GoldSource {
    pub path: PathBuf,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub documents: Option<RangeInclusive<usize>>,
}

impl GoldSource {
    fn read(&self) -> Result<Vec<GoldSentence>> {
        read_gold(&self.path, self.documents.as_ref())
    }

    fn name(&self) -> String {
        match &self.documents {
            Some(range) => format!("{} {}-{}", self.path.display(), range.start(), range.end()),
            None => self.path.display().to_string(),
        }
    }
}

/// What `nergraph train` was asked to do (recorded in the output's `training.json`).
#[derive(Debug, Clone, Serialize)]
pub struct TrainOptions {
    pub from: PathBuf,
    pub out: PathBuf,
    pub train: Vec<GoldSource>,
    pub dev: Vec<GoldSource>,
    pub word_case: bool,
    pub epochs: usize,
    pub learning_rate: f64,
    /// Rows × padded length of one batch, at most.
    pub batch_tokens: usize,
    pub max_batch_rows: usize,
    pub warmup_share: f64,
    /// Also try the mean of the last this many epochs' weights as a candidate (0 or 1: no).
    pub average_last: usize,
    /// Learning rate of the token-type embeddings, as a multiple of `learning_rate`: with
    /// `word_case` their rows start as copies of row 0 and have the case signal to learn.
    pub type_lr_scale: f64,
    pub seed: u64,
    pub threads: usize,
}

/// One epoch's figures.
#[derive(Debug, Clone, Serialize)]
pub struct EpochReport {
    pub epoch: usize,
    pub loss: f64,
    pub seconds: f64,
    /// Overall F1 per dev set, in the order of [`TrainOptions::dev`].
    pub dev_f1: Vec<f64>,
    /// Per-type F1 per dev set.
    pub dev_per_type: Vec<std::collections::BTreeMap<String, f64>>,
}

/// The whole run, written to `OUT/training.json`.
#[derive(Debug, Clone, Serialize)]
pub struct TrainReport {
    pub options: TrainOptions,
    pub examples: usize,
    pub masked_words: usize,
    pub epochs: Vec<EpochReport>,
    /// With `average_last`: the averaged weights' dev F1 (overall per dev set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub averaged_dev_f1: Option<Vec<f64>>,
    /// The candidate written to `out`: "epoch-N" or "average".
    pub chosen: String,
    pub seconds: f64,
}

/// One framed model input with a label (or [`IGNORED`]) per token.
pub(crate) struct Example {
    ids: Vec<i64>,
    type_ids: Vec<i64>,
    labels: Vec<i64>,
}

/// Trains and writes `options.out`; `log` gets one line per step group and epoch.
pub fn train(options: &TrainOptions, log: &mut dyn FnMut(&str)) -> Result<TrainReport> {
    let began = Instant::now();
    tch::manual_seed(options.seed as i64);
    tch::set_num_threads(options.threads.max(1) as i32);
    let source = ModelSpec::open(&options.from)?;
    if source.architecture != Architecture::Bert {
        return Err(Error::Input(format!("{}: training needs a bert model, not {}", options.from.display(), source.model_type)));
    }
    let mut config = source.config.clone();
    let mut tokenizer = source.tokenizer.clone();
    if options.word_case {
        let rows = config.get("type_vocab_size").and_then(|v| v.as_u64()).unwrap_or(2).max(4);
        config["type_vocab_size"] = rows.into();
        config[TOKEN_TYPES_KEY] = "word_case".into();
        tokenizer.token_types = TokenTypes::WordCase;
    }

    // The data: every source's sentences; MISC masked where the gold cannot say.
    let mut sentences = Vec::new();
    let mut masks = Vec::new();
    let source_ner = Ner::load(source.clone(), NerOptions::for_threads(options.threads))?;
    for gold in &options.train {
        let read = gold.read()?;
        let mask = if read.iter().any(|s| s.gold.iter().any(|l| Tag::parse(l).kind == MISC)) {
            vec![Vec::new(); read.len()]
        } else {
            misc_mask(&source_ner, &read)?
        };
        log(&format!("train: {} sentences from {}", read.len(), gold.name()));
        sentences.extend(read);
        masks.extend(mask);
    }
    drop(source_ner);
    let masked_words = masks.iter().flatten().filter(|&&m| m).count();
    let examples = encode_examples(&source, &tokenizer, &sentences, &masks)?;
    log(&format!("train: {} examples, {masked_words} words masked (MISC by the source model where the gold has O or LOC)", examples.len()));

    let mut var_store = VarStore::new(Device::Cpu);
    let bert_config: BertConfig =
        serde_json::from_value(config.clone()).map_err(|e| Error::Input(format!("{}: not a bert config: {e}", options.from.display())))?;
    let model = BertForTokenClassification::new(var_store.root(), &bert_config).map_err(|e| Error::Inference(e.to_string()))?;
    load_growing_types(&mut var_store, &source.weights)?;

    let batches = plan_batches(&examples, options.batch_tokens, options.max_batch_rows);
    let total_steps = (batches.len() * options.epochs).max(1);
    let warmup = ((total_steps as f64) * options.warmup_share).ceil().max(1.0) as usize;
    let type_group = put_token_types_in_their_own_group(&var_store);
    let mut optimizer = tch::nn::AdamW::default().build(&var_store, options.learning_rate).map_err(|e| Error::Inference(e.to_string()))?;
    let staging = staging_dir(&options.out);
    let mut rng = SplitMix64(options.seed);
    let mut reports = Vec::new();
    let mut best: Option<(f64, usize)> = None;
    let mut step = 0;
    for epoch in 1..=options.epochs {
        let epoch_began = Instant::now();
        let mut order: Vec<usize> = (0..batches.len()).collect();
        rng.shuffle(&mut order);
        let (mut loss_sum, mut loss_count) = (0.0, 0usize);
        for (done, &b) in order.iter().enumerate() {
            step += 1;
            let lr = scheduled_learning_rate(options.learning_rate, step, warmup, total_steps);
            optimizer.set_lr(lr);
            optimizer.set_lr_group(type_group, lr * options.type_lr_scale);
            let (ids, type_ids, mask, labels) = batch_tensors(&examples, &batches[b], source.tokenizer.pad_id as i64);
            let logits = model.forward_t(Some(&ids), Some(&mask), Some(&type_ids), None, None, true).logits;
            let classes = *logits.size().last().unwrap_or(&1);
            let loss =
                logits.view([-1, classes]).cross_entropy_loss::<Tensor>(&labels.view([-1]), None, tch::Reduction::Mean, IGNORED, 0.0);
            optimizer.backward_step_clip_norm(&loss, 1.0);
            let value = loss.double_value(&[]);
            if value.is_finite() {
                loss_sum += value;
                loss_count += 1;
            }
            if (done + 1) % 100 == 0 {
                log(&format!(
                    "epoch {epoch}: {}/{} batches, loss {:.4}, {:.0} s",
                    done + 1,
                    batches.len(),
                    loss_sum / loss_count.max(1) as f64,
                    epoch_began.elapsed().as_secs_f64()
                ));
            }
        }
        let seconds = epoch_began.elapsed().as_secs_f64();
        let folder = staging.join(format!("epoch-{epoch}"));
        save_checkpoint(&var_store, &config, &options.from, &folder)?;
        let (dev_f1, dev_per_type) = score_dev(&folder, &options.dev, options.threads)?;
        let mean = mean_f1(&dev_f1);
        let report = EpochReport { epoch, loss: loss_sum / loss_count.max(1) as f64, seconds, dev_f1, dev_per_type };
        log(&format!(
            "epoch {epoch}: loss {:.4}, {:.0} s, dev F1 {:?} (mean {mean:.4}), per type {:?}",
            report.loss, seconds, report.dev_f1, report.dev_per_type
        ));
        reports.push(report);
        // Ties keep the earlier (less trained) epoch.
        if best.is_none_or(|(score, _)| mean > score) {
            best = Some((mean, epoch));
        }
    }
    let mut chosen = format!("epoch-{}", best.map_or(options.epochs, |(_, epoch)| epoch));
    let mut averaged_dev_f1 = None;
    if options.average_last >= 2 && options.epochs >= options.average_last {
        // Weight averaging of the last epochs (a "checkpoint soup"): often steadier than any one.
        let folders: Vec<PathBuf> =
            (options.epochs + 1 - options.average_last..=options.epochs).map(|e| staging.join(format!("epoch-{e}"))).collect();
        let folder = staging.join("average");
        average_checkpoints(&folders, &folder)?;
        let (dev_f1, _) = score_dev(&folder, &options.dev, options.threads)?;
        let mean = mean_f1(&dev_f1);
        log(&format!("average of the last {} epochs: dev F1 {dev_f1:?} (mean {mean:.4})", options.average_last));
        if best.is_none_or(|(score, _)| mean > score) {
            chosen = "average".into();
        }
        averaged_dev_f1 = Some(dev_f1);
    }
    let report = TrainReport {
        options: options.clone(),
        examples: examples.len(),
        masked_words,
        epochs: reports,
        averaged_dev_f1,
        chosen: chosen.clone(),
        seconds: began.elapsed().as_secs_f64(),
    };
    let folder = staging.join(&chosen);
    crate::store::output::write_json(&folder.join("training.json"), &report)?;
    publish(&folder, &options.out)?;
    let _ = std::fs::remove_dir_all(&staging);
    log(&format!("train: {chosen} chosen by mean dev F1 -> {}", options.out.display()));
    Ok(report)
}

/// The learning rate at `step` (1-based) of `total` steps: a linear warm-up over the first
/// `warmup` steps to `peak`, then a linear decay to zero.
pub(crate) fn scheduled_learning_rate(peak: f64, step: usize, warmup: usize, total: usize) -> f64 {
    if step <= warmup {
        peak * step as f64 / warmup as f64
    } else {
        peak * (total - step) as f64 / (total - warmup).max(1) as f64
    }
}

/// Per sentence and word: whether its loss is masked, for gold without MISC: the source model
/// calls the word MISC and the gold has `O` (maybe an unannotated MISC) or LOC (a demonym, MISC
/// in CoNLL's scheme).
fn misc_mask(ner: &Ner, sentences: &[GoldSentence]) -> Result<Vec<Vec<bool>>> {
    let inputs: Vec<WordInput> = sentences.iter().map(|s| WordInput { text: &s.text, words: &s.words }).collect();
    let (labels, _) = ner.label_words(&inputs, &())?;
    let masked = |predicted: &super::tags::WordLabel, gold: &String| {
        let gold = Tag::parse(gold).kind;
        ner.spec.tags[predicted.label as usize].kind == MISC && (gold.is_empty() || gold == "LOC")
    };
    Ok(labels
        .iter()
        .zip(sentences)
        .map(|(words, sentence)| words.iter().zip(&sentence.gold).map(|(p, g)| masked(p, g)).collect())
        .collect())
}

/// Tokenizes every sentence into a framed model input, the label on each word's first subword.
pub(crate) fn encode_examples(
    spec: &ModelSpec,
    tokenizer: &super::tokenizer::SubwordTokenizer,
    sentences: &[GoldSentence],
    masks: &[Vec<bool>],
) -> Result<Vec<Example>> {
    let label_id = |label: &str| -> Result<i64> {
        spec.labels
            .iter()
            .position(|l| l == label)
            .map(|i| i as i64)
            .ok_or_else(|| Error::Input(format!("gold label {label:?} is not one of the model's labels {:?}", spec.labels)))
    };
    let room = spec.max_tokens - tokenizer.special_token_count();
    let mut examples = Vec::with_capacity(sentences.len());
    for (sentence, mask) in sentences.iter().zip(masks) {
        let subwords = tokenizer.encode(&sentence.text).map_err(Error::Inference)?;
        if subwords.ids.is_empty() {
            continue;
        }
        let length = subwords.ids.len().min(room);
        let mut labels = vec![IGNORED; length];
        for (word, first) in first_subwords(&sentence.words, &subwords.offsets).into_iter().enumerate() {
            match first {
                Some(token) if token < length && !mask.get(word).copied().unwrap_or(false) => {
                    labels[token] = label_id(&sentence.gold[word])?
                }
                _ => {}
            }
        }
        let types = if subwords.type_ids.is_empty() { vec![0; length] } else { subwords.type_ids[..length].to_vec() };
        let (prefix, suffix) = (&tokenizer.prefix, &tokenizer.suffix);
        let frame = |inner: Vec<i64>, edge: i64| -> Vec<i64> {
            std::iter::repeat_n(edge, prefix.len()).chain(inner).chain(std::iter::repeat_n(edge, suffix.len())).collect()
        };
        let mut ids: Vec<i64> = prefix.iter().map(|&i| i as i64).collect();
        ids.extend(subwords.ids[..length].iter().map(|&i| i as i64));
        ids.extend(suffix.iter().map(|&i| i as i64));
        examples.push(Example { ids, type_ids: frame(types.into_iter().map(i64::from).collect(), 0), labels: frame(labels, IGNORED) });
    }
    Ok(examples)
}

/// Batches of examples of similar length (sorted by length), each within the token budget.
pub(crate) fn plan_batches(examples: &[Example], batch_tokens: usize, max_rows: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..examples.len()).collect();
    order.sort_by_key(|&i| (examples[i].ids.len(), i));
    let mut batches: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for i in order {
        let width = examples[i].ids.len();
        if !current.is_empty() && ((current.len() + 1) * width > batch_tokens || current.len() >= max_rows) {
            batches.push(std::mem::take(&mut current));
        }
        current.push(i);
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

/// ids, type ids, mask and labels `[rows, width]` for one batch, padded.
pub(crate) fn batch_tensors(examples: &[Example], batch: &[usize], pad_id: i64) -> (Tensor, Tensor, Tensor, Tensor) {
    let width = batch.iter().map(|&i| examples[i].ids.len()).max().unwrap_or(0);
    let rows = batch.len();
    let (mut ids, mut types, mut mask, mut labels) =
        (vec![pad_id; rows * width], vec![0i64; rows * width], vec![0i64; rows * width], vec![IGNORED; rows * width]);
    for (row, &i) in batch.iter().enumerate() {
        let example = &examples[i];
        let at = row * width;
        let n = example.ids.len();
        ids[at..at + n].copy_from_slice(&example.ids);
        types[at..at + n].copy_from_slice(&example.type_ids);
        mask[at..at + n].fill(1);
        labels[at..at + n].copy_from_slice(&example.labels);
    }
    let shape = [rows as i64, width as i64];
    let tensor = |values: &[i64]| Tensor::from_slice(values).view(shape);
    (tensor(&ids), tensor(&types), tensor(&mask), tensor(&labels))
}

/// Loads `path` into `var_store`, where a token-type table with more rows than the file's takes
/// the file's row 0 in every row (the source model only ever saw type 0).
fn load_growing_types(var_store: &mut VarStore, path: &Path) -> Result<()> {
    let tensors = read_weights(path)?;
    tch::no_grad(|| -> Result<()> {
        for (name, mut variable) in var_store.variables() {
            let source = tensors.get(&name).ok_or_else(|| Error::Input(format!("{}: no tensor {name}", path.display())))?;
            let target_shape = variable.size();
            let value = if source.size() == target_shape {
                source.shallow_clone()
            } else if name.ends_with("token_type_embeddings.weight") && source.size()[1..] == target_shape[1..] {
                source.get(0).unsqueeze(0).expand([target_shape[0], target_shape[1]], false).contiguous()
            } else {
                return Err(Error::Input(format!(
                    "{}: {name} has shape {:?}, the config implies {target_shape:?}",
                    path.display(),
                    source.size()
                )));
            };
            variable.copy_(&value.to_kind(variable.kind()));
        }
        Ok(())
    })
}

/// Moves the token-type embeddings to optimizer group 1 (everything else stays in group 0), so
/// they can have their own learning rate; returns that group. tch names no variable's group,
/// so the trainable variable is found by its storage.
fn put_token_types_in_their_own_group(var_store: &VarStore) -> usize {
    const GROUP: usize = 1;
    let Some(types) = var_store.variables().into_iter().find(|(name, _)| name.ends_with("token_type_embeddings.weight")).map(|(_, t)| t)
    else {
        return GROUP;
    };
    let mut variables = var_store.variables_.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    for var in variables.trainable_variables.iter_mut() {
        if var.tensor.data_ptr() == types.data_ptr() {
            var.group = GROUP;
        }
    }
    GROUP
}

/// Writes a Hugging Face folder: config.json, tokenizer files copied from `from`, and the
/// weights as float16 safetensors (nergraph and transformers widen them to float32 at load).
pub(crate) fn save_checkpoint(var_store: &VarStore, config: &serde_json::Value, from: &Path, folder: &Path) -> Result<()> {
    std::fs::create_dir_all(folder).context(|| format!("cannot create {}", folder.display()))?;
    crate::store::output::write_json(&folder.join("config.json"), config)?;
    for name in TOKENIZER_FILES {
        let source = from.join(name);
        if source.is_file() {
            std::fs::copy(&source, folder.join(name)).context(|| format!("cannot copy {}", source.display()))?;
        }
    }
    write_half_weights(var_store.variables(), folder)
}

/// Writes `folder/model.safetensors` in float16, tensors sorted by name.
fn write_half_weights(tensors: impl IntoIterator<Item = (String, Tensor)>, folder: &Path) -> Result<()> {
    let mut named: Vec<(String, Tensor)> = tensors.into_iter().map(|(name, tensor)| (name, tensor.to_kind(Kind::Half))).collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let path = folder.join("model.safetensors");
    Tensor::write_safetensors(&named, &path).map_err(|e| Error::Input(format!("cannot write {}: {e}", path.display())))
}

/// The mean of the dev sets' F1 (0 without dev sets): how candidates are compared.
fn mean_f1(dev_f1: &[f64]) -> f64 {
    if dev_f1.is_empty() {
        0.0
    } else {
        dev_f1.iter().sum::<f64>() / dev_f1.len() as f64
    }
}

/// Writes to `out` the element-wise mean of the weights in `folders` (same shapes), with the
/// first folder's config and tokenizer.
fn average_checkpoints(folders: &[PathBuf], out: &Path) -> Result<()> {
    let mut sums: Option<std::collections::BTreeMap<String, Tensor>> = None;
    for folder in folders {
        let tensors = read_weights(&folder.join("model.safetensors"))?;
        match &mut sums {
            None => sums = Some(tensors.into_iter().map(|(name, t)| (name, t.to_kind(Kind::Float))).collect()),
            Some(sums) => {
                for (name, sum) in sums.iter_mut() {
                    let tensor = tensors.get(name).ok_or_else(|| Error::Input(format!("{}: no tensor {name}", folder.display())))?;
                    *sum = &*sum + tensor.to_kind(Kind::Float);
                }
            }
        }
    }
    let sums = sums.ok_or_else(|| Error::Input("no checkpoints to average".into()))?;
    std::fs::create_dir_all(out).context(|| format!("cannot create {}", out.display()))?;
    for entry in std::fs::read_dir(&folders[0]).context(|| format!("cannot read {}", folders[0].display()))? {
        let path = entry.context(|| "reading a checkpoint folder".into())?.path();
        let name = path.file_name().map(|n| n.to_owned()).unwrap_or_default();
        // A README describes one model's making; the new folder's is the caller's to write.
        if name != "model.safetensors" && name != "training.json" && name != "README.md" {
            std::fs::copy(&path, out.join(&name)).context(|| format!("cannot copy {}", path.display()))?;
        }
    }
    let count = folders.len() as f64;
    write_half_weights(sums.into_iter().map(|(name, sum)| (name, sum / count)), out)
}

/// A "model soup": the element-wise mean of the weights of several fine-tuned checkpoints of one
/// architecture (runs from one starting point with different seeds), written to `out` as a
/// checkpoint folder (the first model's config and tokenizer) and published only once
/// complete. The result is measured like any other model (`nergraph eval`); averaging is known
/// to beat the single runs when they share a starting point, which is why the trainer offers it.
pub fn average_models(models: &[PathBuf], out: &Path) -> Result<()> {
    let [first, rest @ ..] = models else { return Err(Error::Input("average: no models given".into())) };
    if rest.is_empty() {
        return Err(Error::Input("average: give at least two models".into()));
    }
    let config = ModelSpec::open(first)?.config;
    for model in rest {
        if ModelSpec::open(model)?.config != config {
            return Err(Error::Input(format!(
                "{}: its config.json differs from {}'s; only one architecture can be averaged",
                model.display(),
                first.display()
            )));
        }
    }
    let staging = staging_dir(out);
    let _ = std::fs::remove_dir_all(&staging);
    average_checkpoints(models, &staging)?;
    publish(&staging, out)
}

/// Overall and per-type F1 of the checkpoint in `folder` on each dev set.
#[allow(clippy::type_complexity)]
fn score_dev(folder: &Path, dev: &[GoldSource], threads: usize) -> Result<(Vec<f64>, Vec<std::collections::BTreeMap<String, f64>>)> {
    let ner = Ner::load(ModelSpec::open(folder)?, NerOptions::for_threads(threads))?;
    let mut overall = Vec::new();
    let mut per_type = Vec::new();
    for set in dev {
        let report = evaluate(&ner, None, &set.path, set.documents.as_ref(), &())?;
        overall.push(report.f1);
        per_type.push(report.per_type.iter().map(|(kind, score)| (kind.clone(), score.f1)).collect());
    }
    Ok((overall, per_type))
}

pub(crate) fn staging_dir(out: &Path) -> PathBuf {
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "model".into());
    out.with_file_name(format!(".{name}.training"))
}

/// Puts the chosen folder at `out`, replacing an older one only once the new one is complete.
pub(crate) fn publish(chosen: &Path, out: &Path) -> Result<()> {
    let old = out.with_file_name(format!(".{}.old", out.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()));
    let _ = std::fs::remove_dir_all(&old);
    if out.exists() {
        std::fs::rename(out, &old).context(|| format!("cannot move the old {} aside", out.display()))?;
    }
    std::fs::rename(chosen, out).context(|| format!("cannot move the trained model to {}", out.display()))?;
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// A small seeded generator for shuffling batches: the order must be reproducible from the
/// seed alone, and this is all the randomness training needs (tch seeds dropout itself).
pub(crate) struct SplitMix64(pub(crate) u64);

impl SplitMix64 {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Fisher–Yates.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(length: usize) -> Example {
        Example { ids: vec![1; length], type_ids: vec![0; length], labels: vec![IGNORED; length] }
    }

    #[test]
    fn batches_keep_to_the_token_budget_and_cover_every_example() {
        let examples: Vec<Example> = [5, 40, 7, 12, 40, 3, 9].iter().map(|&n| example(n)).collect();
        let batches = plan_batches(&examples, 40, 3);
        let mut seen: Vec<usize> = batches.iter().flatten().copied().collect();
        seen.sort();
        assert_eq!(seen, (0..examples.len()).collect::<Vec<_>>());
        for batch in &batches {
            let width = batch.iter().map(|&i| examples[i].ids.len()).max().unwrap();
            assert!(batch.len() <= 3 && (batch.len() == 1 || batch.len() * width <= 40), "{batch:?}");
        }
    }

    #[test]
    fn shuffles_are_reproducible_permutations() {
        let shuffled = |seed| {
            let mut items: Vec<usize> = (0..50).collect();
            SplitMix64(seed).shuffle(&mut items);
            items
        };
        assert_eq!(shuffled(7), shuffled(7));
        assert_ne!(shuffled(7), shuffled(8));
        let mut sorted = shuffled(7);
        sorted.sort();
        assert_eq!(sorted, (0..50).collect::<Vec<_>>());
    }
}
