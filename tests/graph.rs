//! Graph outputs through the real model and binary: the sample-article affiliations, networkx
//! and GraphML loading, the viewer in a real browser, and determinism (the relation patterns
//! alone, without libtorch, are in `relation_rules.rs`).
#![cfg(feature = "model")]

mod common;

use std::process::Command;

use common::*;

fn python(script: &str, args: &[&str]) -> String {
    let output = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .env("PYTHONPATH", repo().join(".deps/pytools"))
        .output()
        .expect("python3 runs");
    assert!(output.status.success(), "python failed (run scripts/setup.sh --test): {}", stderr(&output));
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

/// (person label, target label, role) of every affiliation in a graph.json.
fn affiliations(graph: &serde_json::Value) -> Vec<(String, String, Option<String>)> {
    let label = |id: &serde_json::Value| {
        graph["nodes"].as_array().unwrap().iter().find(|n| n["id"] == *id).unwrap()["label"].as_str().unwrap().to_string()
    };
    graph["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["relation"] == "affiliated_with")
        .map(|l| (label(&l["source"]), label(&l["target"]), l["role"].as_str().map(str::to_string)))
        .collect()
}

#[test]
fn sample_articles_give_the_expected_affiliations() {
    let graph = read_json(&seeds_run().join("graph.json"));
    let found = affiliations(&graph);
    let has = |person: &str, targets: &[&str], role: Option<&str>| {
        found.iter().any(|(p, t, r)| p == person && targets.contains(&t.as_str()) && (role.is_none() || r.as_deref() == role))
    };
    let expected: &[(&str, &[&str], Option<&str>)] = &[
        ("Antony Blinken", &["United States"], Some("Secretary of State")),
        ("Joe Biden", &["United States"], Some("President")),
        ("Jens Stoltenberg", &["NATO"], Some("Secretary-General")),
        ("Ursula von der Leyen", &["European Union", "European Commission"], None),
        ("Josep Borrell", &["European Union"], None),
        ("Heiko Maas", &["Germany"], None),
        ("Sophie Wilmes", &["Belgium"], None),
        ("Wang Yi", &["China"], None),
        ("Sergey Lavrov", &["Russia"], None),
        ("William Glucroft", &["DW"], None),
        ("Carolina Chinmoy", &["DW"], None),
    ];
    for (person, targets, role) in expected {
        assert!(has(person, targets, *role), "missing {person} -> {targets:?} ({role:?}); found {found:?}");
    }
    for (person, target) in [("Antony Blinken", "China"), ("Antony Blinken", "Russia"), ("Sergey Lavrov", "China"), ("Wang Yi", "Russia")] {
        assert!(!has(person, &[target], None), "unsupported {person} -> {target}");
    }
    // Each link carries its evidence sentences, with offsets into the document.
    for link in graph["links"].as_array().unwrap() {
        let evidence = link["evidence"].as_array().unwrap();
        let most = if link["relation"] == "co_mentioned" { 5 } else { 20 };
        assert!(!evidence.is_empty() && evidence.len() <= most);
        assert!(link["weight"].as_u64().unwrap() as usize >= evidence.len());
        for item in evidence {
            let text = std::fs::read_to_string(seeds().join(item["document"].as_str().unwrap())).unwrap();
            let (start, end) = (item["start"].as_u64().unwrap() as usize, item["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], item["text"].as_str().unwrap());
            // What read a typed edge there; a co-mention is read by nothing but the sentence.
            let families = ["titles", "apposition", "membership", "nationality", "party", "credited_work", "bases"];
            let inferences = ["whole_organization", "regional_office", "nationals_party", "citizenship", "model"];
            match (link["relation"].as_str(), item.get("found_by").and_then(|f| f.as_str())) {
                (Some("co_mentioned"), found_by) => assert_eq!(found_by, None),
                (_, Some(found_by)) => assert!(families.contains(&found_by) || inferences.contains(&found_by), "{found_by}"),
                (relation, None) => panic!("{relation:?} evidence without found_by: {item}"),
            }
        }
    }
}

#[test]
fn networkx_loads_graph_json_and_graphml() {
    let out = seeds_run();
    let graph = read_json(&out.join("graph.json"));
    let nodes = graph["nodes"].as_array().unwrap().len();
    let links = graph["links"].as_array().unwrap().len();
    let script = r#"
import json, sys
import networkx as nx
g = nx.node_link_graph(json.load(open(sys.argv[1])), edges="links")
h = nx.read_graphml(sys.argv[2])
assert g.is_directed() and g.is_multigraph()
print(g.number_of_nodes(), g.number_of_edges(), h.number_of_nodes(), h.number_of_edges())
"#;
    let counts = python(script, &[out.join("graph.json").to_str().unwrap(), out.join("graph.graphml").to_str().unwrap()]);
    assert_eq!(counts, format!("{nodes} {links} {nodes} {links}"));
}

#[test]
fn viewer_works_in_a_real_browser() {
    let out = seeds_run();
    let page = std::fs::canonicalize(out.join("graph.html")).unwrap();
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(!html.contains("<script src"), "the viewer must not load scripts from elsewhere");
    // A garbled spelling finds its entity: search, panel, focus and filters on the sample graph.
    let printed = drive_viewer(&page, &out.join("graph.json"), "seeds", Some(("Brinkinside", "person:antony-blinken")));
    eprintln!("{printed}");
}

#[test]
fn two_runs_give_identical_bytes() {
    let first = seeds_run();
    let second = tempfile::tempdir().unwrap();
    let output = nergraph(&["run", "seeds", "--out", second.path().to_str().unwrap(), "--quiet"]);
    assert!(output.status.success(), "{}", stderr(&output));
    for name in ["graph.json", "graph.graphml", "graph.html", "entities.json", "links.jsonl", "mentions.jsonl"] {
        let a = std::fs::read(first.join(name)).unwrap();
        let b = std::fs::read(second.path().join(name)).unwrap();
        assert!(a == b, "{name} differs between runs");
    }
}
