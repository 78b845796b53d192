//! `nergraph eval` with the real binary and model.

mod common;

use common::*;

/// The first 500 sentences of CoNLL-2003 dev. Reference: Hugging Face transformers 4.46.3 on
/// torch 2.4.0 (CPU), same weights, first-subword labels, one sequence a sentence, scored with
/// conlleval rules (`scripts/reference_eval.py dev.txt 500`: f1 0.9536, 842 of 880 gold, 886 predicted).
const DEV_SLICE_SENTENCES: usize = 500;
const DEV_SLICE_REFERENCE_F1: f64 = 0.9536;

#[test]
fn eval_reproduces_the_reference_on_a_dev_slice() {
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
        if sentences == DEV_SLICE_SENTENCES {
            break;
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dev-slice.txt");
    std::fs::write(&path, slice).unwrap();
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
