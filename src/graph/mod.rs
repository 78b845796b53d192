//! The link half's last stage, graph: takes entities and relations, gives the files users load:
//! `graph.json` (networkx node-link form, also read by D3 and force-graph), `graph.graphml`
//! (Gephi, yEd, Cytoscape) and `graph.html` (a self-contained offline viewer).
//!
//! This is where an entity is drawn. Everything is sorted and carries no clock time, so the
//! same input gives byte-identical files.

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use crate::error::Result;
use serde::Serialize;

use crate::link::{AliasCount, Entity, EntityType};
use crate::relations::{Evidence, Relation, RelationKind};
use crate::store::output::write_atomic;

pub mod viewer;

/// Graph-level attributes.
#[derive(Debug, Clone, Serialize)]
pub struct GraphInfo {
    pub generator: String,
    pub version: String,
    pub model: String,
    pub input: String,
    pub documents: usize,
    pub mentions: usize,
    /// Counted by [`NodeLinkGraph::new`].
    pub nodes: usize,
    pub links: usize,
}

impl GraphInfo {
    /// What a run says about itself; node and link counts are filled in with the graph.
    pub fn new(model: &str, input: &str, documents: usize, mentions: usize) -> Self {
        GraphInfo {
            generator: "nergraph".into(),
            version: env!("CARGO_PKG_VERSION").into(),
            model: model.into(),
            input: input.into(),
            documents,
            mentions,
            nodes: 0,
            links: 0,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Node<'a> {
    pub id: &'a str,
    pub label: &'a str,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub aliases: &'a [AliasCount],
    pub mentions: usize,
    /// How many documents mention it; `documents` lists at most
    /// [`crate::link::MAX_LISTED_DOCUMENTS`] of them.
    pub document_count: usize,
    pub documents: &'a [Arc<str>],
}

#[derive(Debug, Clone, Serialize)]
pub struct Link<'a> {
    pub source: &'a str,
    pub target: &'a str,
    /// Distinguishes parallel edges: the relation, and the role when there is one.
    pub key: String,
    pub relation: RelationKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<&'a str>,
    pub weight: usize,
    pub confidence: f64,
    pub evidence: &'a [Evidence],
}

/// networkx node-link JSON: `node_link_graph(data, edges="links")` loads it as a MultiDiGraph.
#[derive(Debug, Clone, Serialize)]
pub struct NodeLinkGraph<'a> {
    pub directed: bool,
    pub multigraph: bool,
    pub graph: GraphInfo,
    pub nodes: Vec<Node<'a>>,
    pub links: Vec<Link<'a>>,
}

impl<'a> NodeLinkGraph<'a> {
    pub fn new(entities: &'a [Entity], relations: &'a [Relation], mut info: GraphInfo) -> Self {
        // The graph is of people, organizations and places; other named things (events, works)
        // are linked in the mentions and entities files only.
        let drawn = || entities.iter().filter(|e| e.kind != EntityType::Misc);
        info.nodes = drawn().count();
        info.links = relations.len();
        let nodes = drawn()
            .map(|e| Node {
                id: &e.id,
                label: &e.label,
                kind: e.kind,
                aliases: &e.aliases,
                mentions: e.mentions,
                document_count: e.document_count,
                documents: &e.documents,
            })
            .collect();
        let links = relations
            .iter()
            .map(|r| Link {
                source: &r.source,
                target: &r.target,
                key: match &r.role {
                    Some(role) => format!("{}/{role}", r.relation.as_str()),
                    None => r.relation.as_str().to_string(),
                },
                relation: r.relation,
                role: r.role.as_deref(),
                weight: r.weight,
                confidence: r.confidence,
                evidence: &r.evidence,
            })
            .collect();
        NodeLinkGraph { directed: true, multigraph: true, graph: info, nodes, links }
    }

    pub fn write_json(&self, path: &Path) -> Result<()> {
        crate::store::output::write_json(path, self)
    }

    pub fn write_graphml(&self, path: &Path) -> Result<()> {
        write_atomic(path, |out| {
            writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
            writeln!(out, r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns">"#)?;
            let keys = [
                ("n_label", "node", "label", "string"),
                ("n_type", "node", "type", "string"),
                ("n_mentions", "node", "mentions", "int"),
                ("n_document_count", "node", "document_count", "int"),
                ("n_documents", "node", "documents", "string"),
                ("n_aliases", "node", "aliases", "string"),
                ("e_key", "edge", "key", "string"),
                ("e_relation", "edge", "relation", "string"),
                ("e_role", "edge", "role", "string"),
                ("e_weight", "edge", "weight", "int"),
                ("e_confidence", "edge", "confidence", "double"),
                ("e_evidence", "edge", "evidence", "string"),
            ];
            for (id, domain, name, kind) in keys {
                writeln!(out, r#"  <key id="{id}" for="{domain}" attr.name="{name}" attr.type="{kind}"/>"#)?;
            }
            writeln!(out, r#"  <graph id="nergraph" edgedefault="directed">"#)?;
            for node in &self.nodes {
                writeln!(out, r#"    <node id="{}">"#, xml(node.id))?;
                data(out, "n_label", node.label)?;
                data(out, "n_type", type_name(node.kind))?;
                data(out, "n_mentions", &node.mentions.to_string())?;
                data(out, "n_document_count", &node.document_count.to_string())?;
                data(out, "n_documents", &node.documents.join("; "))?;
                data(out, "n_aliases", &serde_json::to_string(node.aliases)?)?;
                writeln!(out, "    </node>")?;
            }
            for (index, link) in self.links.iter().enumerate() {
                writeln!(out, r#"    <edge id="e{index}" source="{}" target="{}">"#, xml(link.source), xml(link.target))?;
                data(out, "e_key", &link.key)?;
                data(out, "e_relation", link.relation.as_str())?;
                if let Some(role) = link.role {
                    data(out, "e_role", role)?;
                }
                data(out, "e_weight", &link.weight.to_string())?;
                data(out, "e_confidence", &link.confidence.to_string())?;
                data(out, "e_evidence", &serde_json::to_string(link.evidence)?)?;
                writeln!(out, "    </edge>")?;
            }
            writeln!(out, "  </graph>\n</graphml>")?;
            Ok(())
        })
    }

    /// The viewer (`graph.html`): see [`viewer::write_viewer`].
    pub fn write_html(&self, path: &Path) -> Result<()> {
        viewer::write_viewer(path, &self.graph.input, self)
    }
}

fn type_name(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "PERSON",
        EntityType::Organization => "ORGANIZATION",
        EntityType::Country => "COUNTRY",
        EntityType::Location => "LOCATION",
        EntityType::Misc => "MISC",
    }
}

fn data(out: &mut dyn Write, key: &str, value: &str) -> Result<()> {
    writeln!(out, r#"      <data key="{key}">{}</data>"#, xml(value))?;
    Ok(())
}

/// Escapes text for XML, dropping characters XML 1.0 forbids.
pub fn xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\t' | '\n' | '\r' => escaped.push(ch),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_named_things_are_not_drawn() {
        let entity = |id: &str, kind| Entity {
            id: id.into(),
            label: id.into(),
            kind,
            aliases: Vec::new(),
            mentions: 1,
            document_count: 1,
            documents: Vec::new(),
        };
        let entities = [entity("person:jane-roe", EntityType::Person), entity("misc:world-cup", EntityType::Misc)];
        let graph = NodeLinkGraph::new(&entities, &[], GraphInfo::new("m", "in", 1, 2));
        let ids: Vec<&str> = graph.nodes.iter().map(|n| n.id).collect();
        assert_eq!(ids, ["person:jane-roe"]);
        assert_eq!(graph.graph.nodes, 1);
    }

    #[test]
    fn xml_escapes_markup_and_drops_control_characters() {
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
