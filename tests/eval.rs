//! `nergraph eval` with the real binary and model.

mod common;

use common::*;

/// The first 500 sentences of CoNLL-2003 dev. Reference: Hugging Face transformers 4.46.3 on
/// torch 2.4.0 (CPU), same weights, first-subword labels, one sequence a sentence, scored with
/// conlleval rules (`scripts/reference_eval.py dev.txt 500`: f1 0.9536, 842 of 880 gold, 886 predicted).
const DEV_SLICE_SENTENCES: usize = 500;
const DEV_SLICE_REFERENCE_F1: f64 = 0.9536;

/// The first `count` sentences of CoNLL-2003 dev, as a CoNLL file's text.
fn dev_slice(count: usize) -> String {
    let dev = std::fs::read_to_string(shared().join("data/conll2003/dev.txt")).unwrap();
    let mut slice = String::new();
    let mut sentences = 0;
    for block in dev.split("\n\n") {
        if block.trim().is_empty() || block.trim().starts_with("-DOCSTART-") {
            continue;
        }
        slice.push_str(block.trim());
        slice.push_str("\n\n");
        sentences += 1;
        if sentences == count {
            break;
        }
    }
    slice
}

#[test]
fn eval_reproduces_the_reference_on_a_dev_slice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dev-slice.txt");
    std::fs::write(&path, dev_slice(DEV_SLICE_SENTENCES)).unwrap();
    let output = nergraph(&["eval", path.to_str().unwrap(), "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["sentences"], DEV_SLICE_SENTENCES as u64);
    let f1 = report["f1"].as_f64().unwrap();
    assert!((f1 - DEV_SLICE_REFERENCE_F1).abs() <= 0.002, "f1 {f1} vs reference {DEV_SLICE_REFERENCE_F1}");
    for key in ["precision", "recall", "subword_tokens", "seconds", "tokens_per_second"] {
        assert!(report.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn eval_prints_a_table_per_type() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tiny.txt");
    std::fs::write(&path, "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\nvisited VBD B-VP O\nGermany NNP B-NP B-LOC\n").unwrap();
    let output = nergraph(&["eval", path.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let table = String::from_utf8_lossy(&output.stdout);
    assert!(table.contains("overall") && table.contains("PER") && table.contains("tokens/s"), "{table}");
}

#[test]
fn malformed_conll_names_the_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.txt");
    std::fs::write(&path, "Peter B-PER\nlonely\n").unwrap();
    let output = nergraph(&["eval", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("bad.txt:2"), "{}", stderr(&output));
}

/// `--int8` is an opt-in trade: most word labels stay as in FP32 and F1 moves little. The
/// figures are printed (`cargo test --release --test eval -- --nocapture`); the README's come
/// from full CoNLL test runs.
#[test]
fn int8_keeps_most_labels_and_most_of_the_f1() {
    use nergraph::eval::parse_conll;
    use nergraph::model::ModelSpec;
    use nergraph::ner::{Ner, NerOptions, WordInput};

    let sentences = parse_conll(&dev_slice(DEV_SLICE_SENTENCES), "dev slice").unwrap();
    let prepared: Vec<_> = sentences.iter().map(|s| s.text_and_words()).collect();
    let inputs: Vec<WordInput> = prepared.iter().map(|(text, words)| WordInput { text, words }).collect();
    let mut spec = ModelSpec::open(&default_model_dir()).unwrap();
    spec.int8 = true;
    let int8 = Ner::load(spec, NerOptions::for_threads(2)).unwrap();
    let (fp32_labels, _) = ner().label_words(&inputs, &()).unwrap();
    let (int8_labels, _) = int8.label_words(&inputs, &()).unwrap();
    let words: usize = fp32_labels.iter().map(Vec::len).sum();
    let equal: usize = fp32_labels.iter().zip(&int8_labels).map(|(a, b)| a.iter().zip(b).filter(|(x, y)| x.label == y.label).count()).sum();
    let agreement = equal as f64 / words as f64;
    println!("int8 word labels equal to FP32: {equal} of {words} ({agreement:.4})");
    assert!(agreement >= 0.99, "int8 changed {} of {words} word labels", words - equal);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dev-slice.txt");
    std::fs::write(&path, dev_slice(DEV_SLICE_SENTENCES)).unwrap();
    let output = nergraph(&["eval", path.to_str().unwrap(), "--json", "--int8"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let f1 = serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap()["f1"].as_f64().unwrap();
    println!("int8 F1 on the dev slice: {f1:.4} (FP32 reference {DEV_SLICE_REFERENCE_F1})");
    assert!((f1 - DEV_SLICE_REFERENCE_F1).abs() <= 0.02, "int8 f1 {f1}");
}

#[test]
fn int8_refuses_architectures_it_does_not_implement() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model");
    std::fs::create_dir(&model).unwrap();
    for entry in std::fs::read_dir(default_model_dir()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), model.join(entry.file_name())).unwrap();
    }
    let config = std::fs::read_to_string(model.join("config.json")).unwrap().replace("\"model_type\": \"bert\"", "\"model_type\": \"electra\"");
    std::fs::write(model.join("config.json"), config).unwrap();
    let conll = dir.path().join("tiny.txt");
    std::fs::write(&conll, "EU NNP B-NP B-ORG\n\n").unwrap();
    let output = nergraph(&["eval", conll.to_str().unwrap(), "--int8", "--model", model.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("--int8 runs BERT checkpoints"), "{}", stderr(&output));
}
