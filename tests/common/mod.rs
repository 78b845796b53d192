//! Shared helpers for the integration tests that run the real default model and binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use nergraph::ner::checkpoint::ModelSpec;
use nergraph::ner::{Ner, NerOptions};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The default model: nergraph's case-aware checkpoint (in git).
pub fn default_model_dir() -> PathBuf {
    repo().join("models/minilm-l6-wordcase-ner")
}

/// The CoNLL-2003 checkpoint from ../shared/models the default was trained from, whose
/// figures the transformers reference reproduces.
pub fn conll_model_dir() -> PathBuf {
    repo().join("models/conll03-minilm-l6-uncased")
}

pub fn shared() -> PathBuf {
    repo().join("../shared")
}

pub fn seeds() -> PathBuf {
    repo().join("seeds")
}

/// The real default model, loaded once per test binary.
pub fn ner() -> &'static Ner {
    static NER: OnceLock<Ner> = OnceLock::new();
    NER.get_or_init(|| load_ner(256))
}

pub fn load_ner(batch_tokens: usize) -> Ner {
    let spec = ModelSpec::open(&default_model_dir()).expect("default model installed by scripts/setup.sh");
    let mut options = NerOptions::for_threads(2);
    options.batch_tokens = batch_tokens;
    Ner::load(spec, options).expect("model loads")
}

/// Runs the real `nergraph` binary with extra environment variables (the test hooks).
pub fn nergraph_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_nergraph"));
    command.args(args).current_dir(repo());
    for (key, value) in env {
        command.env(key, value);
    }
    command.output().expect("nergraph binary runs")
}

/// Runs the real `nergraph` binary.
pub fn nergraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nergraph")).args(args).current_dir(repo()).output().expect("nergraph binary runs")
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .lines()
        .map(|line| serde_json::from_str(line).expect("valid JSON line"))
        .collect()
}

pub fn read_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).expect("valid JSON")
}

/// Output of one `nergraph run seeds`, shared by the tests of a binary.
pub fn seeds_run() -> &'static Path {
    static OUT: OnceLock<PathBuf> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = std::env::temp_dir().join(format!("nergraph-seeds-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let output = nergraph(&["run", "seeds", "--out", out.to_str().unwrap(), "--quiet"]);
        assert!(output.status.success(), "run failed: {}", stderr(&output));
        out
    })
}

/// Drives a viewer page in headless Chromium with tests/viewer/drive.cjs (Playwright), which
/// checks what the page draws against `graph_json`; screenshots go to
/// target/viewer-artifacts/NAME. Returns what the driver printed (its timings).
pub fn drive_viewer(page: &Path, graph_json: &Path, name: &str, search: Option<(&str, &str)>) -> String {
    let driver = repo().join("tests/viewer/drive.cjs");
    assert!(
        repo().join(".deps/node/node_modules/playwright-core").exists() && Path::new("/usr/bin/chromium").exists(),
        "playwright-core or Debian's chromium is missing: run scripts/setup.sh --test"
    );
    let artifacts = repo().join("target/viewer-artifacts").join(name);
    let mut command = Command::new("node");
    command.arg(driver).arg(page).arg(graph_json).arg(&artifacts);
    if let Some((alias, id)) = search {
        command.args([alias, id]);
    }
    let output = command.output().expect("node runs (Node.js is needed for the viewer tests)");
    let printed = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(output.status.success(), "viewer checks failed:\n{printed}{}", stderr(&output));
    printed
}
