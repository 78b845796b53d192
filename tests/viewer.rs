//! The viewer at corpus scale, in headless Chromium: a synthetic graph of 5,000 entities and
//! 20,000 links (`scripts/synth_graph.py`) rendered by `nergraph view`, then driven by
//! `tests/viewer/drive.cjs` (Playwright): time to a usable page, the default view, search by
//! an alias and the side panel, focus on 1 and 2 hops, every filter, the whole graph drawn, and
//! no console errors. Screenshots are kept in target/viewer-artifacts/large.
#![cfg(feature = "model")]

mod common;

use std::process::Command;

use common::*;

#[test]
fn viewer_on_a_large_graph_is_searchable_focusable_and_filterable() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("graph.json");
    let made = Command::new("python3").arg(repo().join("scripts/synth_graph.py")).arg(&graph).args(["5000", "20000"]).output().unwrap();
    assert!(made.status.success(), "synth_graph.py failed: {}", stderr(&made));
    let page = dir.path().join("graph.html");
    let output = nergraph(&["view", graph.to_str().unwrap(), "--out", page.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("5000 nodes, 20000 links"), "{}", stderr(&output));
    let printed = drive_viewer(&page, &graph, "large", None);
    // The timings, for the test log (a figure to read, not a timed assertion).
    eprintln!("{printed}");
    assert!(printed.contains("all checks passed"), "{printed}");
}

#[test]
fn view_names_the_file_and_the_record_at_fault() {
    let dir = tempfile::tempdir().unwrap();
    let graph = dir.path().join("graph.json");
    let page = dir.path().join("graph.html");
    std::fs::write(&page, "old page").unwrap();
    let cases = [("{\"nodes\": [], \"links\": [{\"source\": \"a\"}]}", "link 0: source \"a\" is no node's id"), ("[1, 2", "is not JSON")];
    for (text, problem) in cases {
        std::fs::write(&graph, text).unwrap();
        let output = nergraph(&["view", graph.to_str().unwrap(), "--out", page.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(1));
        let message = stderr(&output);
        assert!(message.contains(graph.to_str().unwrap()) && message.contains(problem), "{message}");
        assert_eq!(std::fs::read_to_string(&page).unwrap(), "old page", "a failed view keeps the old page");
    }
}
