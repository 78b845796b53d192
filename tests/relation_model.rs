//! The learned relation model through the real binary: on the sample articles it only adds to
//! the patterns' typed edges, at or above its thresholds; reruns are byte-identical; the
//! candidate pairs it was asked about are written when asked (and unlinked when not); a bad
//! model folder is refused naming the file.
#![cfg(feature = "model")]

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::{nergraph, repo};

const RELATION_MODEL: &str = "models/relations-minilm";

fn run(out: &Path, extra: &[&str]) {
    let mut args = vec!["run", "seeds", "--out", out.to_str().unwrap(), "--quiet"];
    args.extend_from_slice(extra);
    let output = nergraph(&args);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
}

fn typed_edges(out: &Path) -> Vec<serde_json::Value> {
    let graph: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out.join("graph.json")).unwrap()).unwrap();
    graph["links"].as_array().unwrap().iter().filter(|l| l["relation"] != "co_mentioned").cloned().collect()
}

fn key(edge: &serde_json::Value) -> (String, String, String) {
    (edge["source"].to_string(), edge["target"].to_string(), edge["relation"].to_string())
}

#[test]
fn the_model_adds_to_the_patterns_above_its_thresholds_and_reruns_are_identical() {
    let dir = tempfile::tempdir().unwrap();
    let (patterns, model, again) = (dir.path().join("patterns"), dir.path().join("model"), dir.path().join("again"));
    run(&patterns, &["--relation-model", "none"]);
    run(&model, &["--relation-model", RELATION_MODEL, "--write-relation-pairs"]);
    run(&again, &["--relation-model", RELATION_MODEL]);

    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join(RELATION_MODEL).join("config.json")).unwrap()).unwrap();
    let thresholds = &config["nergraph_relation_thresholds"];
    let by_patterns: BTreeSet<_> = typed_edges(&patterns).iter().map(key).collect();
    let with_model = typed_edges(&model);
    let with_model_keys: BTreeSet<_> = with_model.iter().map(key).collect();
    assert!(by_patterns.is_subset(&with_model_keys), "the model took away a pattern edge");
    for edge in &with_model {
        if !by_patterns.contains(&key(edge)) {
            // The model's own edges: one sentence each here, no role, confidence its probability.
            let threshold = thresholds[edge["relation"].as_str().unwrap()].as_f64().unwrap();
            assert!(edge.get("role").is_none(), "{edge}");
            assert!(edge["confidence"].as_f64().unwrap() >= threshold - 0.001, "{edge} below {threshold}");
        }
    }
    let read = |out: &Path, name: &str| std::fs::read(out.join(name)).unwrap();
    for name in ["graph.json", "mentions.jsonl", "links.jsonl"] {
        assert_eq!(read(&model, name), read(&again, name), "{name} differs between two runs");
    }

    // Every candidate pair, with the marked sentence the model read for it.
    let pairs = std::fs::read_to_string(model.join("relation-pairs.jsonl")).unwrap();
    let mut rows = 0;
    for line in pairs.lines() {
        let row: serde_json::Value = serde_json::from_str(line).unwrap();
        let input = row["input"].as_str().unwrap();
        let at = row["tail_marker"].as_u64().unwrap() as usize;
        assert!(input.starts_with("@ * ") || input.contains(" @ * "), "{input}");
        assert_eq!(&input[at..at + 4], "# ^ ", "{input}");
        assert!(input[at..].contains(row["tail_text"].as_str().unwrap()), "{input}");
        // The model is asked only about the pairs no pattern related.
        assert_eq!(row["by_pattern"].as_bool().unwrap(), row.get("score").is_none(), "{row}");
        rows += 1;
    }
    assert!(rows > 20, "{rows} candidate pairs");
    // A later run that does not ask for them unlinks them.
    run(&model, &["--relation-model", RELATION_MODEL]);
    assert!(!model.join("relation-pairs.jsonl").exists());
}

#[test]
fn a_bad_relation_model_folder_is_refused_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output =
        nergraph(&["run", "seeds", "--out", out.to_str().unwrap(), "--quiet", "--relation-model", "models/no-such-relation-model"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-such-relation-model"), "{stderr}");
    // The NER model is a token classifier but not a relation model: refused, saying why.
    let output =
        nergraph(&["run", "seeds", "--out", out.to_str().unwrap(), "--quiet", "--relation-model", "models/minilm-l6-wordcase-ner"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("config.json") && stderr.contains("B-REL"), "{stderr}");
    assert!(!out.join("graph.json").exists(), "a refused run wrote outputs");
}
