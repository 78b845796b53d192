#![cfg(feature = "model")]
//! Bad inputs, model-folder problems and output safety, with the real binary and model.

mod common;

use std::path::Path;

use common::*;
use nergraph::ner::checkpoint::{ModelError, ModelSpec};
use nergraph::text::ingest::{self, Loaded};

fn run(input: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["run", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"];
    args.extend_from_slice(extra);
    nergraph(&args)
}

fn mentions_of(out: &Path) -> Vec<serde_json::Value> {
    read_jsonl(&out.join("mentions.jsonl"))
}

/// Every mention is the exact slice of its decoded document.
fn assert_offsets_exact(input: &Path, out: &Path) {
    for mention in mentions_of(out) {
        let bytes = std::fs::read(input.join(mention["document"].as_str().unwrap())).unwrap();
        let text = match ingest::decode_document("x".into(), &bytes) {
            Loaded::Document { document, .. } => document.text,
            Loaded::Skipped(note) => panic!("{}", note.message),
        };
        let (start, end) = (mention["start"].as_u64().unwrap() as usize, mention["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[start..end], mention["text"].as_str().unwrap());
    }
}

#[test]
fn odd_files_are_decoded_or_skipped_with_a_reason() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let dir = input.path();
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x7fELF\x02\x01\x01\0\0\0\0\0\x03\0>\0").unwrap();
    std::fs::write(dir.join("latin1.txt"), b"Angela Merkel visited Caf\xe9 Paris on Monday.\n").unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Angela Merkel met Emmanuel Macron in Paris.\r\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    std::fs::write(dir.join("utf16.txt"), utf16).unwrap();
    std::fs::write(dir.join("crlf.txt"), "Leaders met.\r\nAngela Merkel spoke in Berlin.\r\n\r\nSource link\r\n").unwrap();
    std::fs::write(dir.join("symbols.txt"), "!!! ??? ... ;;; 🙂🙂🙂 e\u{301}\u{301}\u{301} ◌̈ مرحبا بالعالم שלום\n").unwrap();
    std::fs::create_dir_all(dir.join("a/b/c")).unwrap();
    std::fs::write(dir.join("a/b/c/nested.txt"), "Joe Biden spoke in Washington.\n").unwrap();
    std::fs::write(dir.join(".hidden.txt"), "Joe Biden spoke.\n").unwrap();
    std::os::unix::fs::symlink(dir, dir.join("a/loop")).unwrap();
    std::os::unix::fs::symlink(dir.join("missing-target.txt"), dir.join("dangling.txt")).unwrap();

    let output = run(dir, out.path(), &[]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(3), "done with skipped files: {err}");
    assert!(err.contains("skipped: binary.txt: binary file"), "{err}");
    assert!(err.contains("warning: latin1.txt: invalid UTF-8"), "{err}");
    assert!(err.contains("symlink loop"), "{err}");
    assert!(err.contains("dangling.txt") && err.contains("cannot read"), "{err}");
    let mentions = mentions_of(out.path());
    let documents: std::collections::BTreeSet<&str> = mentions.iter().map(|m| m["document"].as_str().unwrap()).collect();
    for expected in ["utf16.txt", "crlf.txt", "latin1.txt", "a/b/c/nested.txt"] {
        assert!(documents.contains(expected), "no mentions from {expected}: {documents:?}");
    }
    assert!(!documents.contains(".hidden.txt"));
    assert_offsets_exact(dir, out.path());
    assert!(mentions.iter().any(|m| m["document"] == "utf16.txt" && m["text"] == "Emmanuel Macron"));
}

#[test]
fn a_sentence_of_5000_words_is_windowed_not_truncated() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let filler = "and the delegates talked about trade ".repeat(840);
    let text = format!("Angela Merkel met Emmanuel Macron {filler}before Joe Biden flew to Tokyo\n");
    assert!(text.split_whitespace().count() >= 5000);
    std::fs::write(input.path().join("long.txt"), &text).unwrap();
    let output = run(input.path(), out.path(), &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let mentions = mentions_of(out.path());
    let texts: Vec<&str> = mentions.iter().map(|m| m["text"].as_str().unwrap()).collect();
    assert!(texts.contains(&"Angela Merkel") && texts.contains(&"Tokyo"), "{texts:?}");
    // The last mention sits at the very end of the text: nothing was cut off.
    let last_end = mentions.iter().map(|m| m["end"].as_u64().unwrap() as usize).max().unwrap();
    assert_eq!(last_end, text.trim_end().len());
    assert_offsets_exact(input.path(), out.path());
}

#[test]
fn a_50_mb_file_without_newlines_is_skipped_quickly() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("ok.txt"), "Joe Biden spoke.\n").unwrap();
    let huge = "word ".repeat(10 * 1024 * 1024);
    std::fs::write(input.path().join("huge.txt"), huge).unwrap();
    let output = run(input.path(), out.path(), &[]);
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(3), "{err}");
    assert!(err.contains("huge.txt") && err.contains("--max-file-mb"), "{err}");
    assert!(!mentions_of(out.path()).is_empty());
}

#[test]
fn empty_or_missing_input_folder_fails_clearly() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = run(input.path(), out.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no .txt files found"), "{}", stderr(&output));
    let output = run(&input.path().join("nope"), out.path(), &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("does not exist"), "{}", stderr(&output));
}

#[test]
fn unwritable_output_fails_before_model_work() {
    let blocker = tempfile::NamedTempFile::new().unwrap();
    let out = blocker.path().join("out");
    let output = nergraph(&["run", "seeds", "--out", out.to_str().unwrap(), "--model", "/nonexistent-model"]);
    assert_eq!(output.status.code(), Some(1));
    // The output folder is checked first: the error is about it, not about the (missing) model.
    assert!(stderr(&output).contains("cannot create output folder"), "{}", stderr(&output));
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(nergraph(&["run"]).status.code(), Some(2));
    assert_eq!(nergraph(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn a_failed_run_leaves_earlier_outputs_intact() {
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("graph.json"), "{\"earlier\": true}\n").unwrap();
    let output = nergraph(&["run", "seeds", "--out", out.path().to_str().unwrap(), "--model", "/nonexistent-model"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(out.path().join("graph.json")).unwrap(), "{\"earlier\": true}\n");
}

#[test]
fn a_file_that_vanishes_is_skipped_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("gone.txt"), "text").unwrap();
    let listed = ingest::discover(dir.path());
    std::fs::remove_file(dir.path().join("gone.txt")).unwrap();
    match ingest::load(dir.path(), &listed.files[0], u64::MAX) {
        Loaded::Skipped(note) => assert!(note.path == "gone.txt" && note.message.contains("cannot read"), "{note:?}"),
        Loaded::Document { .. } => panic!("vanished file was read"),
    }
}

#[test]
fn the_cache_reruns_only_new_articles() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(seeds()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, input.path().join(path.file_name().unwrap())).unwrap();
    }
    let summary = |output: &std::process::Output| {
        assert!(output.status.success(), "{}", stderr(output));
        stderr(output)
    };
    assert!(summary(&run(input.path(), out.path(), &[])).contains("5 documents (0 from cache)"));
    let first = std::fs::read(out.path().join("graph.json")).unwrap();
    // A cached document's sentences still count in the summary.
    assert!(summary(&run(input.path(), out.path(), &[])).contains("5 documents (5 from cache), 158 sentences"));
    assert_eq!(std::fs::read(out.path().join("graph.json")).unwrap(), first, "cached run gives the same graph");
    std::fs::write(input.path().join("new.txt"), "Angela Merkel met Emmanuel Macron in Paris.\n").unwrap();
    assert!(summary(&run(input.path(), out.path(), &[])).contains("6 documents (5 from cache), 159 sentences"));
    // The cache holds what the inputs use: removing an article removes its entry.
    std::fs::remove_file(input.path().join("new.txt")).unwrap();
    summary(&run(input.path(), out.path(), &[]));
    let entries: usize =
        std::fs::read_dir(out.path().join(".cache/ner")).unwrap().flatten().map(|d| std::fs::read_dir(d.path()).unwrap().count()).sum();
    assert_eq!(entries, 5);
    assert!(summary(&run(input.path(), out.path(), &["--no-cache"])).contains("5 documents (0 from cache)"));
}

fn model_copy(skip: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(default_model_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        if !skip.contains(&name.as_str()) {
            std::fs::copy(&path, dir.path().join(&name)).unwrap();
        }
    }
    dir
}

fn edit_config(dir: &Path, edit: impl FnOnce(&mut serde_json::Value)) {
    let path = dir.join("config.json");
    let mut config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    edit(&mut config);
    std::fs::write(path, serde_json::to_string(&config).unwrap()).unwrap();
}

#[test]
fn model_folder_problems_name_the_file() {
    let error = |dir: &Path| {
        ModelSpec::open(dir).and_then(|spec| nergraph::ner::backend::Classifier::load(&spec, tch::Device::Cpu).map(|_| ())).unwrap_err()
    };

    let no_config = model_copy(&["config.json"]);
    assert!(matches!(error(no_config.path()), ModelError::MissingFile { looked_for, .. } if looked_for == "config.json"));

    let no_tokenizer = model_copy(&["tokenizer.json", "vocab.txt"]);
    let message = error(no_tokenizer.path()).to_string();
    assert!(message.contains("tokenizer.json, vocab.txt, or vocab.json + merges.txt"), "{message}");

    let no_weights = model_copy(&["model.safetensors"]);
    let message = error(no_weights.path()).to_string();
    assert!(message.contains("model.safetensors, pytorch_model.bin, rust_model.ot"), "{message}");

    let unsupported = model_copy(&[]);
    edit_config(unsupported.path(), |c| c["model_type"] = "gpt2".into());
    let message = error(unsupported.path()).to_string();
    assert!(message.contains("config.json") && message.contains("\"gpt2\"") && message.contains("deberta-v2"), "{message}");

    let wrong_shape = model_copy(&[]);
    edit_config(wrong_shape.path(), |c| {
        c["id2label"] = serde_json::json!({"0": "O", "1": "B-PER", "2": "I-PER"});
    });
    let message = error(wrong_shape.path()).to_string();
    assert!(message.contains("model.safetensors") && message.contains("classifier"), "{message}");

    let bad_json = model_copy(&[]);
    std::fs::write(bad_json.path().join("config.json"), "{ not json").unwrap();
    assert!(error(bad_json.path()).to_string().contains("invalid JSON"));
}

#[test]
fn labels_without_an_iob_prefix_work() {
    let model = model_copy(&[]);
    edit_config(model.path(), |c| {
        c["id2label"] =
            serde_json::json!({"0": "O", "1": "PER", "2": "PER", "3": "ORG", "4": "ORG", "5": "LOC", "6": "LOC", "7": "MISC", "8": "MISC"});
    });
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("a.txt"), "Angela Merkel met NATO leaders in Brussels.\n").unwrap();
    let output = run(input.path(), out.path(), &["--model", model.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let texts: Vec<String> =
        mentions_of(out.path()).iter().map(|m| format!("{}/{}", m["text"].as_str().unwrap(), m["label"].as_str().unwrap())).collect();
    assert!(texts.contains(&"Angela Merkel/PER".to_string()), "{texts:?}");
}

#[test]
fn a_model_without_tokenizer_json_uses_vocab_txt() {
    let model = model_copy(&["tokenizer.json"]);
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    std::fs::write(input.path().join("a.txt"), "António Guterres spoke at the United Nations in New York.\n").unwrap();
    let output = run(input.path(), out.path(), &["--model", model.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let with_json = tempfile::tempdir().unwrap();
    let output = run(input.path(), with_json.path(), &[]);
    assert!(output.status.success());
    assert_eq!(mentions_of(out.path()), mentions_of(with_json.path()), "vocab.txt and tokenizer.json give the same mentions");
}

#[test]
fn special_files_links_and_undecodable_names_are_listed_once() {
    use std::os::unix::ffi::OsStrExt;
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let seed = std::fs::read_dir(seeds()).unwrap().next().unwrap().unwrap().path();
    std::fs::copy(&seed, input.path().join("a.txt")).unwrap();
    std::os::unix::fs::symlink(input.path().join("a.txt"), input.path().join("b.txt")).unwrap();
    let fifo = std::ffi::CString::new(input.path().join("pipe.txt").as_os_str().as_bytes()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    std::fs::copy(&seed, input.path().join(std::ffi::OsStr::from_bytes(b"bad\xff.txt"))).unwrap();
    let output = run(input.path(), out.path(), &[]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let log = stderr(&output);
    assert!(log.contains("skipped: pipe.txt: a FIFO, not a regular file"), "{log}");
    assert!(log.contains("skipped: b.txt: the same file as a.txt (reached through a link): read once"), "{log}");
    assert!(log.contains("not valid UTF-8"), "{log}");
    assert!(log.contains("nergraph: 1 documents"), "the article is read once: {log}");
}

#[test]
fn a_tokenizer_edit_is_a_new_model_for_the_cache() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let seed = std::fs::read_dir(seeds()).unwrap().next().unwrap().unwrap().path();
    std::fs::copy(&seed, input.path().join("a.txt")).unwrap();
    let model = model_copy(&[]);
    let with_model = ["--model", model.path().to_str().unwrap()];
    let first = run(input.path(), out.path(), &with_model);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(stderr(&run(input.path(), out.path(), &with_model)).contains("(1 from cache)"));
    let config = model.path().join("tokenizer_config.json");
    let mut text = std::fs::read_to_string(&config).unwrap_or_else(|_| "{}".into());
    text.push(' ');
    std::fs::write(&config, text).unwrap();
    let edited = run(input.path(), out.path(), &with_model);
    assert!(stderr(&edited).contains("(0 from cache)"), "{}", stderr(&edited));
}
