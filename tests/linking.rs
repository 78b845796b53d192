//! Entity linking on the sample articles, through the real model and binary (the rules alone,
//! without libtorch, are in `linking_rules.rs`).
#![cfg(feature = "model")]

mod common;
mod fixtures;

use std::collections::BTreeMap;

use common::*;
use fixtures::assert_seed_clusters;

/// Entity id by alias text, from the seeds run.
fn seeds_entities() -> (Vec<serde_json::Value>, BTreeMap<String, Vec<String>>) {
    let entities = read_json(&seeds_run().join("entities.json")).as_array().unwrap().clone();
    let mut by_alias: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entity in &entities {
        for alias in entity["aliases"].as_array().unwrap() {
            by_alias.entry(alias["text"].as_str().unwrap().to_string()).or_default().push(entity["id"].as_str().unwrap().to_string());
        }
    }
    (entities, by_alias)
}

#[test]
fn sample_articles_give_the_expected_clusters() {
    let (_, by_alias) = seeds_entities();
    assert_seed_clusters(&by_alias);
}

#[test]
fn no_sample_entity_holds_two_people() {
    let (entities, _) = seeds_entities();
    let people = [
        "Blinken",
        "Biden",
        "Obama",
        "Trump",
        "Lavrov",
        "Stoltenberg",
        "Leyen",
        "Borrell",
        "Maas",
        "Wilmes",
        "Wang",
        "Glucroft",
        "Chinmoy",
        "Levine",
        "Navalny",
    ];
    for entity in entities.iter().filter(|e| e["type"] == "PERSON") {
        let aliases: Vec<&str> = entity["aliases"].as_array().unwrap().iter().map(|a| a["text"].as_str().unwrap()).collect();
        let held: Vec<&&str> = people.iter().filter(|p| aliases.iter().any(|a| a.contains(**p))).collect();
        assert!(held.len() <= 1, "{} holds {held:?}", entity["id"]);
    }
    let labels: Vec<&str> = entities.iter().map(|e| e["label"].as_str().unwrap()).collect();
    for label in ["Antony Blinken", "Jens Stoltenberg", "Ursula von der Leyen", "Josep Borrell", "European Union", "United States"] {
        assert!(labels.contains(&label), "no entity labelled {label:?}");
    }
}

#[test]
fn links_explain_every_variant() {
    let links = read_jsonl(&seeds_run().join("links.jsonl"));
    let stomberberg = links.iter().find(|l| l["variant"] == "Jens Stomberberg").expect("a link record for Jens Stomberberg");
    assert_eq!(stomberberg["entity"], "person:jens-stoltenberg");
    assert!(stomberberg["parts"]["first_name"].as_f64().unwrap() > 0.9);
    assert!(stomberberg["parts"]["surname"].as_f64().is_some());
    let mentions = read_jsonl(&seeds_run().join("mentions.jsonl"));
    let entities = read_json(&seeds_run().join("entities.json"));
    let ids: Vec<&str> = entities.as_array().unwrap().iter().map(|e| e["id"].as_str().unwrap()).collect();
    for mention in mentions.iter().filter(|m| m.get("entity").is_some()) {
        assert!(ids.contains(&mention["entity"].as_str().unwrap()), "{mention}");
    }
}
