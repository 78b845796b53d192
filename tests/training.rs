#![cfg(feature = "model")]
//! `nergraph train` end to end with the real binary: a short case-aware fine-tune on a slice of
//! CoNLL-2003 train and a few Re-DocRED documents gives a Hugging Face folder that declares its
//! token types, loads, evaluates on both domains and runs the pipeline. (The real training run
//! is `scripts/train_ner.sh`, not a test.)

mod common;

use common::*;

/// The first `count` sentences of a CoNLL file, as a CoNLL file's text.
fn conll_head(path: &std::path::Path, count: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let blocks: Vec<&str> =
        text.split("\n\n").filter(|b| !b.trim().is_empty() && !b.trim().starts_with("-DOCSTART-")).take(count).collect();
    blocks.join("\n\n") + "\n"
}

#[test]
fn a_short_case_aware_fine_tune_gives_a_working_model_folder() {
    let dir = tempfile::tempdir().unwrap();
    let train = dir.path().join("train.txt");
    std::fs::write(&train, conll_head(&shared().join("data/conll2003/train.txt"), 60)).unwrap();
    let dev = dir.path().join("dev.txt");
    std::fs::write(&dev, conll_head(&shared().join("data/conll2003/dev.txt"), 40)).unwrap();
    let out = dir.path().join("model");
    let redocred = shared().join("data/redocred");
    let output = nergraph(&[
        "train",
        "--from",
        conll_model_dir().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--train",
        train.to_str().unwrap(),
        "--train",
        &format!("{}:0-2", redocred.display()),
        "--dev",
        dev.to_str().unwrap(),
        "--dev",
        &format!("{}:3-4", redocred.display()),
        "--word-case",
        "--epochs",
        "2",
        "--average-last",
        "2",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let log = stderr(&output);
    assert!(log.contains("epoch 2:") && log.contains("words masked"), "{log}");

    let config = read_json(&out.join("config.json"));
    assert_eq!(config["nergraph_token_types"], "word_case");
    assert_eq!(config["type_vocab_size"], 4);
    let training = read_json(&out.join("training.json"));
    assert_eq!(training["epochs"].as_array().unwrap().len(), 2);
    assert!(training["averaged_dev_f1"].is_array(), "{training}");
    assert!(["epoch-1", "epoch-2", "average"].contains(&training["chosen"].as_str().unwrap()), "{training}");
    assert!(!dir.path().join(".model.training").exists(), "staging folder removed");

    // The folder evaluates on both domains and runs the pipeline.
    for args in [vec![dev.to_str().unwrap()], vec![redocred.to_str().unwrap(), "--docs", "400-404"]] {
        let mut all = vec!["eval"];
        all.extend(args);
        all.extend(["--model", out.to_str().unwrap(), "--json"]);
        let output = nergraph(&all);
        assert!(output.status.success(), "{}", stderr(&output));
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert!(report["f1"].as_f64().unwrap() > 0.5, "{report}");
    }
    let run = dir.path().join("run");
    let output = nergraph(&["run", "seeds", "--out", run.to_str().unwrap(), "--model", out.to_str().unwrap(), "--quiet"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(read_json(&run.join("graph.json"))["nodes"].as_array().unwrap().len() > 20);
}

#[test]
fn eval_scores_a_redocred_slice_without_misc() {
    let output = nergraph(&["eval", shared().join("data/redocred").to_str().unwrap(), "--docs", "400-409", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["documents"], "400-409");
    assert_eq!(report["unscored"][0], "MISC");
    let types: Vec<&String> = report["per_type"].as_object().unwrap().keys().collect();
    assert_eq!(types, ["LOC", "ORG", "PER"], "MISC is neither gold nor scored");
}

#[test]
fn docs_needs_a_redocred_folder() {
    let output = nergraph(&["eval", shared().join("data/conll2003/dev.txt").to_str().unwrap(), "--docs", "1-2"]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("--docs needs a Re-DocRED folder"), "{}", stderr(&output));
}

#[test]
fn averaging_a_model_with_itself_gives_the_same_model_and_mismatches_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let model = default_model_dir();
    let out = dir.path().join("soup");
    let output = nergraph(&["average", model.to_str().unwrap(), model.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    // The default model is stored in float16, so the mean of two copies is exactly the same.
    assert_eq!(std::fs::read(out.join("config.json")).unwrap(), std::fs::read(model.join("config.json")).unwrap());
    let weights = |folder: &std::path::Path| std::fs::read(folder.join("model.safetensors")).unwrap();
    assert!(weights(&out) == weights(&model), "averaged weights differ from the model's");
    assert!(!out.join("README.md").exists(), "a soup does not inherit one model's README");

    // Another architecture is refused, naming it; one model is not enough.
    let other = conll_model_dir();
    let output = nergraph(&["average", model.to_str().unwrap(), other.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("config.json differs"), "{}", stderr(&output));
    assert!(weights(&out) == weights(&model), "a refused average keeps the old folder");
    let output = nergraph(&["average", model.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(!output.status.success());
}
