//! The link half: parked analysed documents → entities, relations and every output file.
//! Builds and runs without libtorch.

use std::path::Path;

use super::RunSummary;
use crate::error::Result;
use crate::graph::{GraphInfo, NodeLinkGraph};
use crate::link::{aliases::AliasRules, LinkDocument, Linker};
use crate::relations::learned::PairScorer;
use crate::relations::Relations;
use crate::store::output::{write_atomic, write_json, write_jsonl, write_jsonl_row};
use crate::store::publish::{OutputLock, Staging};
use crate::store::spill::DocumentSource;

/// What the link half reads besides the documents.
#[derive(Debug, Clone, Default)]
pub struct LinkSettings {
    /// The user's pinned and forbidden aliases (`--aliases`).
    pub aliases: AliasRules,
    /// The pair classifier (`--relation-model`); None reads typed relations by patterns only.
    pub relation_model: Option<std::sync::Arc<dyn PairScorer>>,
    /// Also write `relation-pairs.jsonl`: every candidate pair with the marked sentence a
    /// relation model reads for it, the training data of `scripts/train_relations.sh`.
    pub write_pairs: bool,
}

/// Where the documents came from, as graph.json records it.
#[derive(Debug, Clone)]
pub struct Provenance {
    /// The model's name.
    pub model: String,
    /// The input folder as the user gave it.
    pub input: String,
}

/// The link half as a run ends it: refuses a run that read no document, then links into a new
/// output set and publishes it (see [`crate::store::publish`]).
pub fn link_and_publish(
    documents: &mut dyn DocumentSource,
    out: &Path,
    lock: &OutputLock,
    settings: &LinkSettings,
    provenance: &Provenance,
    summary: &mut RunSummary,
) -> Result<()> {
    super::require_documents(summary, out)?;
    let staging = Staging::begin(out, lock)?;
    link_and_write(documents, staging.dir(), settings, provenance, summary)?;
    staging.publish()
}

/// Links the documents of `spill` (read three times, in file order) and writes mentions.jsonl, entities.json,
/// links.jsonl, graph.json, graph.graphml and graph.html (and, when asked, relation-pairs.jsonl)
/// into `out`, counting into `summary`.
pub fn link_and_write(
    spill: &mut dyn DocumentSource,
    out: &Path,
    settings: &LinkSettings,
    provenance: &Provenance,
    summary: &mut RunSummary,
) -> Result<()> {
    let mut linker = Linker::new(&settings.aliases);
    for document in spill.documents()? {
        linker.learn_names(&LinkDocument::new(document?));
    }
    for document in spill.documents()? {
        linker.add_document(&LinkDocument::new(document?));
    }
    let mut linking = linker.finish();
    summary.warnings.extend(
        linking.warnings.iter().map(|message| crate::text::ingest::FileNote { path: "--aliases".into(), message: message.clone() }),
    );
    let mut relations = Relations::with_model(settings.relation_model.as_deref());
    if settings.write_pairs {
        relations.record_pairs();
    }
    summary.mentions = 0;
    write_atomic(&out.join("mentions.jsonl"), |writer| {
        for (index, document) in spill.documents()?.enumerate() {
            let mut document = LinkDocument::new(document?);
            let links = linking.mention_links(index, &document);
            linking.count_document(&document.path.as_str().into(), &links);
            for (mention, link) in document.mentions.iter_mut().zip(&links) {
                mention.entity = link.entity.map(|e| linking.entity(e).id.clone());
                // Proposed names that linking could not place are dropped.
                if !mention.recovered || mention.entity.is_some() {
                    write_jsonl_row(writer, mention)?;
                    summary.mentions += 1;
                }
            }
            relations.add_document(&document, &links, &linking)?;
        }
        Ok(())
    })?;
    if settings.write_pairs {
        write_jsonl(&out.join("relation-pairs.jsonl"), &relations.take_pairs())?;
    }
    summary.entities = linking.entities.len();
    write_json(&out.join("entities.json"), &linking.entities)?;
    write_jsonl(&out.join("links.jsonl"), &linking.links)?;
    let relations = relations.finish(&linking);
    summary.relations = relations.len();
    let info = GraphInfo::new(&provenance.model, &provenance.input, summary.documents, summary.mentions);
    let graph = NodeLinkGraph::new(&linking.entities, &relations, info);
    graph.write_json(&out.join("graph.json"))?;
    graph.write_graphml(&out.join("graph.graphml"))?;
    graph.write_html(&out.join("graph.html"))?;
    Ok(())
}
