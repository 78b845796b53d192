//! `graph.html`: one self-contained offline page (template, D3 and the graph inlined) for
//! exploring a graph of thousands of entities: search by name or alias, focus on a
//! neighbourhood, filters, a corpus summary; drawn on a canvas with the layout computed in a
//! Web Worker. The page's behaviour lives in `viewer.html`; this module fills its slots.
//!
//! `nergraph view graph.json --out graph.html` renders the page again from a `graph.json`
//! (one written by nergraph, or one a user filtered), after checking the fields the page reads.

use std::io::Write;
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::store::output::write_atomic;

/// D3 v7.9.0 (ISC licence), from the npm package `d3`, bundled so the viewer works offline.
const D3_JS: &str = include_str!("d3.v7.min.js");
const VIEWER_HTML: &str = include_str!("viewer.html");

/// Node types and relation kinds the page knows how to draw (as written in `graph.json`).
const NODE_TYPES: [&str; 4] = ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"];
const RELATIONS: [&str; 3] = ["affiliated_with", "based_in", "co_mentioned"];

/// Writes the page for `graph` (anything serializing as node-link JSON). The graph is
/// serialized straight into the file (it can be tens of megabytes), not built as a string.
pub fn write_viewer(path: &Path, title: &str, graph: &impl Serialize) -> Result<()> {
    let (head, rest) = VIEWER_HTML.split_once("<!--TITLE-->").ok_or_else(|| slot_missing("title"))?;
    let (middle, rest) = rest.split_once("/*D3*/").ok_or_else(|| slot_missing("D3"))?;
    let (before_graph, tail) = rest.split_once("/*GRAPH*/null").ok_or_else(|| slot_missing("graph"))?;
    write_atomic(path, |out| {
        out.write_all(head.as_bytes())?;
        out.write_all(super::xml(&format!("nergraph: {title}")).as_bytes())?;
        out.write_all(middle.as_bytes())?;
        out.write_all(D3_JS.replace("</script", "<\\/script").as_bytes())?;
        out.write_all(before_graph.as_bytes())?;
        serde_json::to_writer(ScriptSafe { inner: &mut *out, after_lt: false }, graph)?;
        out.write_all(tail.as_bytes())?;
        Ok(())
    })
}

/// What `nergraph view` drew.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewerCounts {
    pub nodes: usize,
    pub links: usize,
}

/// Reads a node-link `graph.json`, checks every field the page reads, and writes the page.
/// Errors name the file and the first node or link at fault.
pub fn view_graph_file(graph_json: &Path, out: &Path) -> Result<ViewerCounts> {
    let text = std::fs::read(graph_json).map_err(|e| Error::from(e).doing(|| format!("reading {}", graph_json.display())))?;
    let graph: Value =
        serde_json::from_slice(&text).map_err(|e| Error::from(e).doing(|| format!("{} is not JSON", graph_json.display())))?;
    let counts = check_graph(&graph).map_err(|problem| Error::Input(format!("{}: {problem}", graph_json.display())))?;
    let title = graph.pointer("/graph/input").and_then(Value::as_str).unwrap_or("graph");
    write_viewer(out, title, &graph)?;
    Ok(counts)
}

/// The fields the page needs: nodes with a unique id, a label, a known type, mention count,
/// aliases and documents; links between known nodes with a known relation, a weight and
/// evidence.
fn check_graph(graph: &Value) -> std::result::Result<ViewerCounts, String> {
    let nodes = graph.get("nodes").and_then(Value::as_array).ok_or("no \"nodes\" list (not node-link JSON)")?;
    let links = graph.get("links").and_then(Value::as_array).ok_or("no \"links\" list (not node-link JSON)")?;
    let mut ids = std::collections::HashSet::with_capacity(nodes.len());
    for (index, node) in nodes.iter().enumerate() {
        let id = node.get("id").and_then(Value::as_str).ok_or_else(|| format!("node {index} has no string \"id\""))?;
        let at = || format!("node {index} ({id})");
        if !ids.insert(id) {
            return Err(format!("{} repeats an id", at()));
        }
        node.get("label").and_then(Value::as_str).ok_or_else(|| format!("{} has no string \"label\"", at()))?;
        let kind = node.get("type").and_then(Value::as_str).unwrap_or("");
        if !NODE_TYPES.contains(&kind) {
            return Err(format!("{} has type {kind:?}, not one of {NODE_TYPES:?}", at()));
        }
        node.get("mentions").and_then(Value::as_u64).ok_or_else(|| format!("{} has no whole \"mentions\" count", at()))?;
        for list in ["aliases", "documents"] {
            node.get(list).and_then(Value::as_array).ok_or_else(|| format!("{} has no \"{list}\" list", at()))?;
        }
    }
    for (index, link) in links.iter().enumerate() {
        for end in ["source", "target"] {
            let id = link.get(end).and_then(Value::as_str).ok_or_else(|| format!("link {index} has no string \"{end}\""))?;
            if !ids.contains(id) {
                return Err(format!("link {index}: {end} {id:?} is no node's id"));
            }
        }
        let relation = link.get("relation").and_then(Value::as_str).unwrap_or("");
        if !RELATIONS.contains(&relation) {
            return Err(format!("link {index} has relation {relation:?}, not one of {RELATIONS:?}"));
        }
        link.get("weight").and_then(Value::as_u64).ok_or_else(|| format!("link {index} has no whole \"weight\""))?;
        link.get("evidence").and_then(Value::as_array).ok_or_else(|| format!("link {index} has no \"evidence\" list"))?;
    }
    Ok(ViewerCounts { nodes: nodes.len(), links: links.len() })
}

/// Writes JSON into a `<script>` element: `</` would end the element, so it becomes `<\/`
/// (the same string to a JSON parser).
struct ScriptSafe<W: Write> {
    inner: W,
    /// Whether the last byte written was `<`, across calls.
    after_lt: bool,
}

impl<W: Write> Write for ScriptSafe<W> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        let mut start = 0;
        for (i, &byte) in bytes.iter().enumerate() {
            if byte == b'/' && self.after_lt {
                self.inner.write_all(&bytes[start..i])?;
                self.inner.write_all(b"\\")?;
                start = i;
            }
            self.after_lt = byte == b'<';
        }
        self.inner.write_all(&bytes[start..])?;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The bundled viewer template lacks a slot (a build defect, never the user's input).
fn slot_missing(slot: &str) -> Error {
    Error::Input(format!("viewer.html has no {slot} slot"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn script_safe_json_escapes_closing_tags_across_writes() {
        let mut written = Vec::new();
        let mut out = ScriptSafe { inner: &mut written, after_lt: false };
        for part in [&b"a</b><"[..], b"/script>", b"</"] {
            out.write_all(part).unwrap();
        }
        assert_eq!(String::from_utf8(written).unwrap(), r"a<\/b><\/script><\/");
    }

    fn node(id: &str) -> Value {
        json!({"id": id, "label": id, "type": "PERSON", "mentions": 1, "aliases": [], "documents": []})
    }

    fn link(source: &str, target: &str, relation: &str) -> Value {
        json!({"source": source, "target": target, "relation": relation, "weight": 1, "evidence": []})
    }

    #[test]
    fn a_well_formed_graph_passes_the_check() {
        let graph = json!({"nodes": [node("a"), node("b")], "links": [link("a", "b", "co_mentioned")]});
        assert_eq!(check_graph(&graph), Ok(ViewerCounts { nodes: 2, links: 1 }));
    }

    #[test]
    fn the_check_names_the_node_or_link_at_fault() {
        let cases = [
            (json!({"links": []}), "no \"nodes\" list"),
            (json!({"nodes": [node("a"), node("a")], "links": []}), "node 1 (a) repeats an id"),
            (json!({"nodes": [{"id": "a", "label": "a", "type": "THING"}], "links": []}), "node 0 (a) has type \"THING\""),
            (json!({"nodes": [node("a")], "links": [link("a", "z", "co_mentioned")]}), "link 0: target \"z\" is no node's id"),
            (json!({"nodes": [node("a"), node("b")], "links": [link("a", "b", "likes")]}), "link 0 has relation \"likes\""),
        ];
        for (graph, expected) in cases {
            let problem = check_graph(&graph).unwrap_err();
            assert!(problem.starts_with(expected), "{problem:?} should start with {expected:?}");
        }
    }
}
