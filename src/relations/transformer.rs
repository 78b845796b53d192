//! A fine-tuned transformer as the relation model (needs the `model` feature): a BERT token
//! classifier that reads a sentence with one head and its candidate tails set off by typed
//! markers ([`learned::marked_input`]) and labels each tail's opening marker `B-REL` (the
//! sentence states the relation) or `O`. It is an ordinary Hugging Face
//! `BertForTokenClassification` folder, run by the NER stage's tagger, trained by
//! [`train_relations`] (`nergraph train-relations`, `scripts/train_relations.sh`). Its
//! config.json holds the thresholds under [`THRESHOLDS_KEY`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::learned::{self, Candidate, PairScorer};
use super::sentence::SentenceView;
use super::RelationKind;
use crate::error::{Error, Result};
use crate::ner::checkpoint::{Decoding, ModelSpec};
use crate::ner::{Ner, NerOptions, WordInput};
use crate::text::words::split_words;

/// config.json key of the per-kind thresholds.
pub const THRESHOLDS_KEY: &str = "nergraph_relation_thresholds";
/// The label of a stated relation.
pub const RELATION_LABEL: &str = "B-REL";

/// A transformer relation model, loaded.
pub struct TransformerPairModel {
    ner: Ner,
    related: u16,
    thresholds: HashMap<RelationKind, f64>,
    dir: PathBuf,
}

impl TransformerPairModel {
    pub fn load(dir: &Path, threads: usize) -> Result<Self> {
        let mut spec = ModelSpec::open(dir)?;
        let bad = |message: String| Error::RelationModel(format!("{}: {message}", dir.join("config.json").display()));
        let related = spec
            .labels
            .iter()
            .position(|l| l == RELATION_LABEL)
            .ok_or_else(|| bad(format!("no label {RELATION_LABEL:?} (labels {:?})", spec.labels)))? as u16;
        if spec.labels.len() != 2 {
            return Err(bad(format!("a relation model has two labels, O and {RELATION_LABEL}; this one has {:?}", spec.labels)));
        }
        let thresholds: HashMap<RelationKind, f64> = spec
            .config
            .get(THRESHOLDS_KEY)
            .cloned()
            .map(serde_json::from_value)
            .transpose()
            .map_err(|e| bad(format!("{THRESHOLDS_KEY}: {e}")))?
            .ok_or_else(|| bad(format!("no {THRESHOLDS_KEY}")))?;
        // Each marker's own probability, not a tag sequence.
        spec.decoding = Decoding::PerWord;
        let ner = Ner::load(spec, NerOptions::for_threads(threads))?;
        Ok(TransformerPairModel { ner, related, thresholds, dir: dir.to_path_buf() })
    }

    /// The probability of `B-REL` at each marked tail of each input.
    pub fn tail_probabilities(&self, inputs: &[learned::MarkedInput]) -> Result<Vec<Vec<f64>>> {
        let words: Vec<Vec<crate::text::Span>> = inputs.iter().map(|m| split_words(&m.text)).collect();
        let word_inputs: Vec<WordInput> = inputs.iter().zip(&words).map(|(m, w)| WordInput { text: &m.text, words: w }).collect();
        let (labels, _) = self.ner.label_words(&word_inputs, &())?;
        inputs
            .iter()
            .zip(&words)
            .zip(&labels)
            .map(|((input, words), labels)| {
                input
                    .tails
                    .iter()
                    .map(|&(_, at)| {
                        let word = words
                            .iter()
                            .position(|w| w.start == at)
                            .ok_or_else(|| Error::Inference(format!("relation marker at byte {at} is not a word of {:?}", input.text)))?;
                        let label = labels[word];
                        let score = label.score as f64;
                        Ok(if label.label == self.related { score } else { 1.0 - score })
                    })
                    .collect()
            })
            .collect()
    }
}

impl PairScorer for TransformerPairModel {
    fn score(&self, candidates: &[(&SentenceView, Candidate)]) -> Result<Vec<f64>> {
        // One input per (view, head): every candidate tail of that head is marked in it.
        let mut inputs: Vec<learned::MarkedInput> = Vec::new();
        let mut input_of: Vec<(usize, usize)> = Vec::with_capacity(candidates.len());
        let mut seen: HashMap<(*const SentenceView, usize), usize> = HashMap::new();
        for (view, candidate) in candidates {
            let key = (*view as *const SentenceView, candidate.head);
            let index = *seen.entry(key).or_insert_with(|| {
                inputs.push(learned::head_input(view, candidate.head));
                inputs.len() - 1
            });
            let position = inputs[index].tails.iter().position(|t| t.0 == candidate.tail).unwrap_or(0);
            input_of.push((index, position));
        }
        let probabilities = self.tail_probabilities(&inputs)?;
        Ok(input_of.iter().map(|&(input, tail)| probabilities[input].get(tail).copied().unwrap_or(0.0)).collect())
    }

    fn threshold(&self, kind: RelationKind) -> f64 {
        self.thresholds.get(&kind).copied().unwrap_or(f64::INFINITY)
    }

    fn dir(&self) -> &Path {
        &self.dir
    }
}

/// One training input of `nergraph train-relations`: a marked sentence
/// ([`learned::marked_input`]) and, per candidate tail, the byte offset of its opening marker,
/// whether the gold relates it to the head, and whether a pattern family already did (the
/// model is asked only about the others, so the thresholds are chosen on those). As
/// `scripts/relation_inputs.py` writes them, one JSON object a line.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct RelationExample {
    pub document: usize,
    pub kind: RelationKind,
    pub text: String,
    pub tails: Vec<(usize, bool, bool)>,
}

/// What `nergraph train-relations` was asked to do (recorded in config.json).
#[derive(Debug, Clone, serde::Serialize)]
pub struct RelationTrainOptions {
    pub from: PathBuf,
    pub out: PathBuf,
    pub train: PathBuf,
    /// Reported on only (the thresholds come from the training inputs, out of fold).
    pub dev: Option<PathBuf>,
    pub epochs: usize,
    pub learning_rate: f64,
    pub batch_tokens: usize,
    /// Folds of the training documents for the out-of-fold probabilities the thresholds are
    /// chosen from.
    pub folds: usize,
    /// The out-of-fold precision the thresholds keep.
    pub precision: f64,
    pub seed: u64,
    pub threads: usize,
}

/// Reads a JSONL file of [`RelationExample`]s, naming the file and line of a bad one.
pub fn read_examples(path: &Path) -> Result<Vec<RelationExample>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Input(format!("{}: {e}", path.display())))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| serde_json::from_str(line).map_err(|e| Error::Input(format!("{}:{}: {e}", path.display(), i + 1))))
        .collect()
}

/// Per kind: the threshold, and (true pairs taken, pairs taken, true pairs in all) at it.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct ThresholdFigures {
    pub thresholds: HashMap<RelationKind, f64>,
    pub found: HashMap<RelationKind, (usize, usize, usize)>,
}

/// The lowest probability whose pairs at or above it keep `precision` (counted from the
/// `least`-th pair on, so a lucky first few do not set it), with (true, taken) there; `None`
/// when no probability does.
pub fn choose_threshold(scored: &[(f64, bool)], precision: f64, least: usize) -> Option<(f64, usize, usize)> {
    let mut sorted = scored.to_vec();
    sorted.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut best = None;
    let mut true_count = 0;
    for (taken, &(p, truth)) in sorted.iter().enumerate() {
        true_count += truth as usize;
        let taken = taken + 1;
        if taken >= least && truth && true_count as f64 / taken as f64 >= precision {
            best = Some((p, true_count, taken));
        }
    }
    best
}

/// A threshold no probability reaches: the kind gets no model edges.
const NEVER: f64 = 1.01;

/// Thresholds per kind from scored pairs (see [`choose_threshold`]).
fn thresholds_for(scored: &[(RelationKind, f64, bool)], precision: f64) -> ThresholdFigures {
    let mut figures = ThresholdFigures::default();
    for kind in [RelationKind::AffiliatedWith, RelationKind::BasedIn] {
        let mine: Vec<(f64, bool)> = scored.iter().filter(|s| s.0 == kind).map(|s| (s.1, s.2)).collect();
        let total = mine.iter().filter(|s| s.1).count();
        let (threshold, found, taken) = choose_threshold(&mine, precision, 20).unwrap_or((NEVER, 0, 0));
        figures.thresholds.insert(kind, threshold);
        figures.found.insert(kind, (found, taken, total));
    }
    figures
}

/// What thresholds find on scored pairs: per kind (true taken, taken, true in all).
fn figures_at(scored: &[(RelationKind, f64, bool)], thresholds: &HashMap<RelationKind, f64>) -> ThresholdFigures {
    let mut figures = ThresholdFigures { thresholds: thresholds.clone(), ..Default::default() };
    for kind in [RelationKind::AffiliatedWith, RelationKind::BasedIn] {
        let threshold = thresholds.get(&kind).copied().unwrap_or(NEVER);
        let mine: Vec<&(RelationKind, f64, bool)> = scored.iter().filter(|s| s.0 == kind).collect();
        let taken: Vec<&&(RelationKind, f64, bool)> = mine.iter().filter(|s| s.1 >= threshold).collect();
        figures.found.insert(kind, (taken.iter().filter(|s| s.2).count(), taken.len(), mine.iter().filter(|s| s.2).count()));
    }
    figures
}

/// Every pair of the examples scored by the model in `folder`: (kind, probability, gold,
/// related by a pattern).
type ScoredPair = (RelationKind, f64, bool, bool);

/// The pairs no pattern related (kind, probability, gold): those the model decides at run time.
fn model_decided(scored: &[ScoredPair]) -> Vec<(RelationKind, f64, bool)> {
    scored.iter().filter(|s| !s.3).map(|&(kind, p, truth, _)| (kind, p, truth)).collect()
}

/// The pairs of the examples scored by the model in `folder` ([`ScoredPair`]).
fn score_examples(folder: &Path, examples: &[RelationExample], threads: usize) -> Result<Vec<ScoredPair>> {
    let model = TransformerPairModel::load(folder, threads)?;
    let inputs: Vec<learned::MarkedInput> = examples
        .iter()
        .map(|e| learned::MarkedInput { text: e.text.clone(), tails: e.tails.iter().map(|&(at, _, _)| (0, at)).collect() })
        .collect();
    let probabilities = model.tail_probabilities(&inputs)?;
    Ok(examples
        .iter()
        .zip(probabilities)
        .flat_map(|(example, probabilities)| {
            example.tails.iter().zip(probabilities).map(|(&(_, truth, by_pattern), p)| (example.kind, p, truth, by_pattern))
        })
        .collect())
}

/// The source checkpoint with a two-label head, and its config.
fn relation_source(options: &RelationTrainOptions) -> Result<(ModelSpec, serde_json::Value)> {
    let mut source = ModelSpec::open(&options.from)?;
    source.labels = vec!["O".into(), RELATION_LABEL.into()];
    let mut config = source.config.clone();
    config["id2label"] = serde_json::json!({"0": "O", "1": RELATION_LABEL});
    config["label2id"] = serde_json::json!({"O": 0, RELATION_LABEL: 1});
    config["nergraph_relation_training"] = serde_json::to_value(options).unwrap_or_default();
    // No kind gets edges until the thresholds are chosen.
    config[THRESHOLDS_KEY] = serde_json::json!({});
    Ok((source, config))
}

/// Fine-tunes the source on `examples` for `options.epochs` and writes the checkpoint (with
/// `config`) to `folder`. Each tail's opening marker is taught; every other word is masked.
fn fit(
    options: &RelationTrainOptions,
    source: &ModelSpec,
    config: &serde_json::Value,
    examples: &[&RelationExample],
    folder: &Path,
    log: &mut dyn FnMut(&str),
) -> Result<()> {
    use crate::ner::eval::GoldSentence;
    use crate::ner::train::{batch_tensors, encode_examples, plan_batches, save_checkpoint, scheduled_learning_rate, SplitMix64, IGNORED};
    use rust_bert::bert::{BertConfig, BertForTokenClassification};
    use tch::nn::{OptimizerConfig, VarStore};
    use tch::{Device, Tensor};

    tch::manual_seed(options.seed as i64);
    // Scoring a fold loads the model for inference, which sets one intra-op thread per worker.
    tch::set_num_threads(options.threads.max(1) as i32);
    let mut sentences = Vec::with_capacity(examples.len());
    let mut masks = Vec::with_capacity(examples.len());
    for example in examples {
        let words = split_words(&example.text);
        let mut gold = vec!["O".to_string(); words.len()];
        let mut mask = vec![true; words.len()];
        for &(at, truth, _) in &example.tails {
            let word = words.iter().position(|w| w.start == at).ok_or_else(|| {
                Error::Input(format!("{}: marker at byte {at} is not a word of {:?}", options.train.display(), example.text))
            })?;
            mask[word] = false;
            if truth {
                gold[word] = RELATION_LABEL.into();
            }
        }
        sentences.push(GoldSentence { text: example.text.clone(), words, gold, document: example.document });
        masks.push(mask);
    }
    let encoded = encode_examples(source, &source.tokenizer, &sentences, &masks)?;
    let var_store = VarStore::new(Device::Cpu);
    let bert_config: BertConfig =
        serde_json::from_value(config.clone()).map_err(|e| Error::Input(format!("{}: not a bert config: {e}", options.from.display())))?;
    let model = BertForTokenClassification::new(var_store.root(), &bert_config).map_err(|e| Error::Inference(e.to_string()))?;
    // The encoder from the source; the head is new (its shape differs) and keeps its initial values.
    let weights = crate::ner::checkpoint::read_weights(&source.weights)?;
    tch::no_grad(|| {
        for (name, mut variable) in var_store.variables() {
            match weights.get(&name) {
                Some(value) if value.size() == variable.size() => {
                    variable.copy_(&value.to_kind(variable.kind()));
                }
                _ if name.starts_with("classifier.") => {}
                _ => return Err(Error::Input(format!("{}: no tensor {name} of shape {:?}", source.weights.display(), variable.size()))),
            }
        }
        Ok(())
    })?;
    let batches = plan_batches(&encoded, options.batch_tokens, 32);
    let total_steps = (batches.len() * options.epochs).max(1);
    let warmup = (total_steps / 10).max(1);
    let mut optimizer = tch::nn::AdamW::default().build(&var_store, options.learning_rate).map_err(|e| Error::Inference(e.to_string()))?;
    let mut rng = SplitMix64(options.seed);
    let mut step = 0;
    for epoch in 1..=options.epochs {
        let began = std::time::Instant::now();
        let mut order: Vec<usize> = (0..batches.len()).collect();
        rng.shuffle(&mut order);
        let (mut loss_sum, mut loss_count) = (0.0, 0usize);
        for &b in &order {
            step += 1;
            let lr = scheduled_learning_rate(options.learning_rate, step, warmup, total_steps);
            optimizer.set_lr(lr);
            let (ids, type_ids, mask, labels) = batch_tensors(&encoded, &batches[b], source.tokenizer.pad_id as i64);
            let logits = model.forward_t(Some(&ids), Some(&mask), Some(&type_ids), None, None, true).logits;
            let loss = logits.view([-1, 2]).cross_entropy_loss::<Tensor>(&labels.view([-1]), None, tch::Reduction::Mean, IGNORED, 0.0);
            optimizer.backward_step_clip_norm(&loss, 1.0);
            let value = loss.double_value(&[]);
            if value.is_finite() {
                loss_sum += value;
                loss_count += 1;
            }
        }
        log(&format!(
            "  epoch {epoch}/{}: loss {:.4}, {:.0} s",
            options.epochs,
            loss_sum / loss_count.max(1) as f64,
            began.elapsed().as_secs_f64()
        ));
    }
    save_checkpoint(&var_store, config, &options.from, folder)
}

/// Fine-tunes `options.from` (a BERT token classifier) into a relation model: a fresh
/// two-label head (`O`, `B-REL`) read at each candidate tail's opening marker. The thresholds
/// come from out-of-fold probabilities: the training inputs are split by document into
/// `folds`, each fold scored by a model trained on the others; per kind, the lowest
/// probability that keeps `precision` on them. Then one model is trained on all inputs and
/// written to `options.out` with those thresholds in config.json (and, with a dev file, what
/// they find there).
pub fn train_relations(options: &RelationTrainOptions, log: &mut dyn FnMut(&str)) -> Result<ThresholdFigures> {
    use crate::ner::train::{publish, staging_dir};
    tch::set_num_threads(options.threads.max(1) as i32);
    let train = read_examples(&options.train)?;
    let (source, mut config) = relation_source(options)?;
    let positives = train.iter().flat_map(|e| &e.tails).filter(|t| t.1).count();
    let pairs: usize = train.iter().map(|e| e.tails.len()).sum();
    log(&format!("train-relations: {} inputs, {pairs} pairs ({positives} related), {} folds", train.len(), options.folds));
    let staging = staging_dir(&options.out);
    let _ = std::fs::remove_dir_all(&staging);
    let mut out_of_fold = Vec::new();
    let folds = options.folds.max(2);
    for fold in 0..folds {
        let (inside, outside): (Vec<&RelationExample>, Vec<&RelationExample>) = train.iter().partition(|e| e.document % folds != fold);
        log(&format!("fold {}/{folds}: training on {} inputs, scoring {}", fold + 1, inside.len(), outside.len()));
        let folder = staging.join(format!("fold-{fold}"));
        fit(options, &source, &config, &inside, &folder, log)?;
        let outside: Vec<RelationExample> = outside.into_iter().cloned().collect();
        out_of_fold.extend(score_examples(&folder, &outside, options.threads)?);
        let _ = std::fs::remove_dir_all(&folder);
    }
    let decided = model_decided(&out_of_fold);
    let figures = thresholds_for(&decided, options.precision);
    log(&format!("out of fold at precision {}: {:?} (true taken, taken, true in all)", options.precision, figures.found));
    for kind in [RelationKind::AffiliatedWith, RelationKind::BasedIn] {
        let mut mine: Vec<(f64, bool)> = decided.iter().filter(|s| s.0 == kind).map(|s| (s.1, s.2)).collect();
        mine.sort_by(|a, b| b.0.total_cmp(&a.0));
        let curve: Vec<String> = [10, 20, 30, 50, 75, 100, 150, 200]
            .iter()
            .filter(|&&n| n <= mine.len())
            .map(|&n| format!("top {n}: {:.2} at {:.2}", mine[..n].iter().filter(|s| s.1).count() as f64 / n as f64, mine[n - 1].0))
            .collect();
        log(&format!("out of fold, {}: precision of the model's best pairs: {}", kind.as_str(), curve.join(", ")));
    }
    log(&format!("training on all {} inputs", train.len()));
    let folder = staging.join("all");
    fit(options, &source, &config, &train.iter().collect::<Vec<_>>(), &folder, log)?;
    config[THRESHOLDS_KEY] = serde_json::to_value(&figures.thresholds).unwrap_or_default();
    config["nergraph_relation_out_of_fold"] = serde_json::to_value(&figures.found).unwrap_or_default();
    if let Some(dev) = &options.dev {
        let dev_figures = figures_at(&model_decided(&score_examples(&folder, &read_examples(dev)?, options.threads)?), &figures.thresholds);
        log(&format!("dev at those thresholds: {:?} (true taken, taken, true in all)", dev_figures.found));
        config["nergraph_relation_dev"] = serde_json::to_value(&dev_figures.found).unwrap_or_default();
    }
    crate::store::output::write_json(&folder.join("config.json"), &config)?;
    // The out-of-fold probabilities, so another precision can be read off without training,
    // and what the model says of the pairs the patterns related ("pattern": true).
    let rows: Vec<serde_json::Value> = out_of_fold
        .iter()
        .map(|(kind, p, truth, by_pattern)| serde_json::json!({"kind": kind, "probability": p, "related": truth, "pattern": by_pattern}))
        .collect();
    crate::store::output::write_jsonl(&folder.join("out_of_fold.jsonl"), &rows)?;
    publish(&folder, &options.out)?;
    let _ = std::fs::remove_dir_all(&staging);
    log(&format!("train-relations: thresholds {:?} -> {}", figures.thresholds, options.out.display()));
    Ok(figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thresholds_keep_the_precision_from_enough_pairs() {
        // Best first: 12 true, then a false, then 7 true, then 5 false, then 1 true.
        let mut scored: Vec<(f64, bool)> = (0..12).map(|i| (0.99 - i as f64 * 0.01, true)).collect();
        scored.push((0.86, false));
        scored.extend((0..7).map(|i| (0.80 - i as f64 * 0.01, true)));
        scored.extend((0..5).map(|i| (0.60 - i as f64 * 0.01, false)));
        scored.push((0.40, true));
        // 19 of the top 20 are true (0.95); the last true pair at 0.40 brings 20 of 26 (0.77).
        assert_eq!(choose_threshold(&scored, 0.9, 10), Some((0.74, 19, 20)));
        assert_eq!(choose_threshold(&scored, 0.75, 10), Some((0.40, 20, 26)));
        // Too few pairs to trust, or never precise enough: no threshold.
        assert_eq!(choose_threshold(&scored[..5], 0.9, 10), None);
        assert_eq!(choose_threshold(&[(0.9, false); 30], 0.5, 10), None);
    }

    #[test]
    fn thresholds_per_kind_default_to_never() {
        let scored: Vec<(RelationKind, f64, bool)> =
            (0..30).map(|i| (RelationKind::AffiliatedWith, 1.0 - i as f64 / 100.0, i % 10 != 9)).collect();
        let figures = thresholds_for(&scored, 0.85);
        assert!((figures.thresholds[&RelationKind::AffiliatedWith] - 0.72).abs() < 1e-9);
        assert_eq!(figures.found[&RelationKind::AffiliatedWith], (27, 29, 27));
        assert_eq!(figures.thresholds[&RelationKind::BasedIn], NEVER);
        let at = figures_at(&scored, &figures.thresholds);
        assert_eq!(at.found[&RelationKind::AffiliatedWith], (27, 29, 27));
        assert_eq!(at.found[&RelationKind::BasedIn], (0, 0, 0));
    }

    #[test]
    fn bad_training_inputs_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("inputs.jsonl");
        std::fs::write(&path, "{\"document\": 1, \"kind\": \"based_in\", \"text\": \"x\", \"tails\": []}\n\n{\"document\": 2}\n").unwrap();
        let error = read_examples(&path).unwrap_err().to_string();
        assert!(error.contains("inputs.jsonl:3:") && error.contains("kind"), "{error}");
        std::fs::write(&path, "{\"document\": 1, \"kind\": \"based_in\", \"text\": \"x\", \"tails\": [[0, true, false]]}\n").unwrap();
        assert_eq!(read_examples(&path).unwrap()[0].tails, [(0, true, false)]);
    }
}
