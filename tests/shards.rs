//! The shard contract with the real binary and model: `plan` + `analyse` per shard + `link`
//! gives `run`'s outputs byte for byte, whatever the order, a killed shard is redone from its
//! cache, a second attempt changes nothing, and a missing or foreign shard is refused.
#![cfg(feature = "model")]

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

const OUTPUTS: [&str; 6] = ["mentions.jsonl", "entities.json", "links.jsonl", "graph.json", "graph.graphml", "graph.html"];

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn assert_same_outputs(a: &Path, b: &Path) {
    for name in OUTPUTS {
        let (x, y) = (std::fs::read(a.join(name)).unwrap(), std::fs::read(b.join(name)).unwrap());
        assert!(x == y, "{name} differs between {} and {}", a.display(), b.display());
    }
}

#[test]
fn sharded_run_equals_run_even_after_a_kill_and_a_duplicate_attempt() {
    let dir = tempfile::tempdir().unwrap();
    let (work, out, reference) = (dir.path().join("work"), dir.path().join("out"), dir.path().join("run"));
    let output = nergraph(&["run", "seeds", "--out", path(&reference), "--quiet", "--no-cache"]);
    assert!(output.status.success(), "{}", stderr(&output));

    let output = nergraph(&["plan", "seeds", "--shards", "3", "--work", path(&work)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let plan = read_json(&work.join("plan.json"));
    let with_two = (0..3).find(|k| plan["documents"].as_array().unwrap().iter().filter(|d| d["shard"] == *k).count() >= 2).unwrap();

    // A shard killed after its first document reached the cache leaves no completion marker.
    let killed =
        nergraph_env(&["analyse", path(&work), "--shard", &with_two.to_string(), "--quiet"], &[("NERGRAPH_TEST_ABORT_AFTER_CACHED", "1")]);
    assert!(!killed.status.success());
    assert!(!work.join(format!("shards/{with_two}/complete.json")).exists());
    let output = nergraph(&["link", path(&work), "--out", path(&out)]);
    assert_eq!(output.status.code(), Some(1), "a missing shard is retryable: {}", stderr(&output));
    assert!(stderr(&output).contains("shard"), "the error names the shard: {}", stderr(&output));

    // The other shards in scrambled order, then the killed one again: redone from its cache.
    let mut order: Vec<usize> = (0..3).rev().filter(|&k| k != with_two).collect();
    order.push(with_two);
    for k in order {
        let output = nergraph(&["analyse", path(&work), "--shard", &k.to_string(), "--quiet"]);
        assert!(output.status.success(), "{}", stderr(&output));
        if k == with_two {
            assert!(stderr(&output).contains("(1 from cache)"), "{}", stderr(&output));
        }
    }
    let marker = std::fs::read(work.join(format!("shards/{with_two}/complete.json"))).unwrap();
    // A duplicate attempt returns at once and changes nothing.
    let output = nergraph(&["analyse", path(&work), "--shard", &with_two.to_string(), "--quiet"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(std::fs::read(work.join(format!("shards/{with_two}/complete.json"))).unwrap(), marker);

    let output = nergraph(&["link", path(&work), "--out", path(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_same_outputs(&reference, &out);
}

#[test]
fn two_attempts_of_one_shard_racing_agree() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    let output = nergraph(&["plan", "seeds", "--shards", "1", "--work", path(&work)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_nergraph"))
            .args(["analyse", path(&work), "--shard", "0", "--quiet", "--threads", "1"])
            .current_dir(repo())
            .spawn()
            .unwrap()
    };
    let (mut a, mut b) = (spawn(), spawn());
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    let (first, second) = (dir.path().join("a"), dir.path().join("b"));
    for out in [&first, &second] {
        let output = nergraph(&["link", path(&work), "--out", path(out)]);
        assert!(output.status.success(), "{}", stderr(&output));
    }
    assert_same_outputs(&first, &second);
}

#[test]
fn bad_shard_requests_are_never_retried() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("work");
    let output = nergraph(&["plan", "seeds", "--shards", "2", "--work", path(&work)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = nergraph(&["analyse", path(&work), "--shard", "7", "--quiet"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("shard 7 does not exist"), "{}", stderr(&output));
    // Another model than the plan's.
    let other = repo().join("models/conll03-minilm-l3-uncased");
    let output = nergraph(&["analyse", path(&work), "--shard", "0", "--quiet", "--model", path(&other)]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("is not the plan's"), "{}", stderr(&output));
    // No plan at all.
    let output = nergraph(&["link", path(&dir.path().join("nowhere")), "--out", path(&dir.path().join("out"))]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
}
