#![cfg(feature = "model")]
//! `nergraph eval` with the real binary and model.

mod common;

use common::*;

/// The first 500 sentences of CoNLL-2003 dev. Reference for the CoNLL checkpoint ([`conll_model_dir`]): Hugging Face transformers 4.46.3 on
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
    // The reference reads each word's best label alone: so does `--decode per-word`.
    // `--compare-fp32` also labels the slice with rust-bert's forward pass: nergraph's own
    // (the default for BERT) must give the same label for every word.
    let model = conll_model_dir();
    let args = ["eval", path.to_str().unwrap(), "--json", "--decode", "per-word", "--compare-fp32", "--model", model.to_str().unwrap()];
    let output = nergraph(&args);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["sentences"], DEV_SLICE_SENTENCES as u64);
    let f1 = report["f1"].as_f64().unwrap();
    assert!((f1 - DEV_SLICE_REFERENCE_F1).abs() <= 0.002, "f1 {f1} vs reference {DEV_SLICE_REFERENCE_F1}");
    assert_eq!(report["reference_agreement"].as_f64(), Some(1.0), "native forward vs rust-bert: {report}");
    // The default reads well-formed tag sequences: on this slice no worse than the reference.
    let output = nergraph(&["eval", path.to_str().unwrap(), "--json", "--model", conll_model_dir().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let well_formed = serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap()["f1"].as_f64().unwrap();
    assert!(well_formed >= f1, "well-formed decoding {well_formed} vs per word {f1}");
    for key in ["precision", "recall", "subword_tokens", "seconds", "tokens_per_second"] {
        assert!(report.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn eval_prints_a_table_per_type() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tiny.txt");
    std::fs::write(
        &path,
        "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\nvisited VBD B-VP O\nGermany NNP B-NP B-LOC\n",
    )
    .unwrap();
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

/// `--int8` trusts int8 where its labels are clear and reruns in FP32 the inputs where a word's
/// two best labels are close: word labels stay as in FP32 (≥ 99.9%, the bar the speed work is
/// held to; the default model, with its case token types) and so does F1 (the CoNLL
/// checkpoint, against its reference). Without the recheck int8 alone still keeps most labels. Figures
/// are printed (`cargo test --release --test eval -- --nocapture`); the README's come from
/// full CoNLL test runs.
#[test]
fn int8_keeps_fp32_labels_and_f1() {
    use nergraph::ner::checkpoint::ModelSpec;
    use nergraph::ner::eval::{label_agreement, parse_conll};
    use nergraph::ner::{Ner, NerOptions, WordInput};

    let sentences = parse_conll(&dev_slice(DEV_SLICE_SENTENCES), "dev slice").unwrap();
    let prepared: Vec<_> = sentences.iter().map(|s| s.text_and_words()).collect();
    let inputs: Vec<WordInput> = prepared.iter().map(|(text, words)| WordInput { text, words }).collect();
    let (fp32_labels, _) = ner().label_words(&inputs, &()).unwrap();
    for (margin, bar) in [(nergraph::ner::int8::default_recheck_margin(), 0.999), (0.0, 0.99)] {
        let mut spec = ModelSpec::open(&default_model_dir()).unwrap();
        spec.int8 = true;
        spec.int8_recheck_margin = margin;
        let int8 = Ner::load(spec, NerOptions::for_threads(2)).unwrap();
        let (int8_labels, stats) = int8.label_words(&inputs, &()).unwrap();
        let agreement = label_agreement(&int8_labels, &fp32_labels);
        println!(
            "int8, recheck margin {margin}: {:.4}% of word labels equal to FP32, {} of {} inputs rerun",
            agreement * 100.0,
            stats.rechecked_windows,
            stats.windows
        );
        assert!(agreement >= bar, "int8 with recheck margin {margin}: agreement {agreement} < {bar}");
        assert_eq!(stats.rechecked_windows == 0, margin == 0.0, "{} inputs rerun", stats.rechecked_windows);
        if margin == 0.0 {
            // Each token has its own activation scale, so an input's int8 labels do not
            // depend on its batch mates: alone, it gets the labels it got in the batch.
            for (input, batched) in inputs.iter().zip(&int8_labels).take(40) {
                let (alone, _) = int8.label_words(std::slice::from_ref(input), &()).unwrap();
                let labels = |words: &[nergraph::ner::tags::WordLabel]| words.iter().map(|w| w.label).collect::<Vec<_>>();
                assert_eq!(labels(&alone[0]), labels(batched), "{}", input.text);
            }
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dev-slice.txt");
    std::fs::write(&path, dev_slice(DEV_SLICE_SENTENCES)).unwrap();
    let output =
        nergraph(&["eval", path.to_str().unwrap(), "--json", "--int8", "--compare-fp32", "--model", conll_model_dir().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap();
    let f1 = report["f1"].as_f64().unwrap();
    println!("int8 F1 on the dev slice: {f1:.4} (FP32 reference {DEV_SLICE_REFERENCE_F1})");
    // int8 may land a little either side of FP32; what it must not do is lose accuracy.
    assert!(f1 >= DEV_SLICE_REFERENCE_F1 - 0.002, "int8 f1 {f1} below FP32's {DEV_SLICE_REFERENCE_F1}");
    assert!(report["reference_agreement"].as_f64().unwrap() >= 0.999, "{report}");
}

#[test]
fn int8_refuses_architectures_it_does_not_implement() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("model");
    std::fs::create_dir(&model).unwrap();
    for entry in std::fs::read_dir(conll_model_dir()).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), model.join(entry.file_name())).unwrap();
    }
    let config =
        std::fs::read_to_string(model.join("config.json")).unwrap().replace("\"model_type\": \"bert\"", "\"model_type\": \"electra\"");
    std::fs::write(model.join("config.json"), config).unwrap();
    let conll = dir.path().join("tiny.txt");
    std::fs::write(&conll, "EU NNP B-NP B-ORG\n\n").unwrap();
    let output = nergraph(&["eval", conll.to_str().unwrap(), "--int8", "--model", model.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("--int8 runs BERT checkpoints"), "{}", stderr(&output));
}
