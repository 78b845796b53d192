//! Linking's public output: canonical [`Entity`]s, the [`LinkRecord`] that explains each
//! spelling, and [`Linking`], which answers "which entity is this mention / this country".

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::countries::{self, CountryRef};
use super::reading::{LinkDocument, Reader, Reading};
use super::tally::NodeKey;

/// The kinds of canonical entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Organization,
    Country,
    Location,
    /// Another named thing the model tagged MISC: an event, a work, a product, a religion
    /// ("World Cup", "Windows 95", "Islamic"). Linked like the others, so each mention has its
    /// canonical entity in `mentions.jsonl`, but not drawn: the graph is of people,
    /// organizations and places.
    Misc,
}

impl EntityType {
    pub fn id_prefix(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Country => "country",
            Self::Location => "location",
            Self::Misc => "misc",
        }
    }
}

/// A spelling of an entity and how often it occurs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AliasCount {
    pub text: String,
    pub count: usize,
}

/// A canonical entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable slug such as `person:jane-roe`.
    pub id: String,
    pub label: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub aliases: Vec<AliasCount>,
    pub mentions: usize,
    /// How many documents mention it.
    #[serde(default)]
    pub document_count: usize,
    /// Their paths, sorted: all of them up to [`MAX_LISTED_DOCUMENTS`], else the first that
    /// many in corpus order (`document_count` stays exact; `mentions.jsonl` has every mention).
    /// Paths are shared between entities.
    pub documents: Vec<Arc<str>>,
}

/// The most documents an entity lists. Without a cap a country named in a million articles
/// would hold a million paths in `link`'s memory and in every output that lists them.
pub const MAX_LISTED_DOCUMENTS: usize = 1_000;

/// Whether a record of `links.jsonl` is a join or a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// The variant belongs to `entity` by `rule`.
    Joined,
    /// `rule` could have joined the variant to one of `candidates` and did not, for `reason`.
    Refused,
}

/// One line of `links.jsonl`: why a variant belongs to its entity (the rule that joined it and
/// the score parts it used), or why a rule did not join it to names it could have joined.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkRecord {
    pub decision: Decision,
    /// The variant's entity; none for a refused variant left out of every entity (a bare
    /// surname two people could own).
    pub entity: Option<String>,
    pub variant: String,
    pub count: usize,
    pub rule: String,
    /// The variant it was compared with, when the rule compares two.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined_to: Option<String>,
    /// Refused: the spellings it could have joined (at most [`MAX_LISTED_CANDIDATES`], sorted).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
    /// Refused: how many candidates there were.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub candidate_count: Option<usize>,
    /// Refused: why not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    pub score: f64,
    pub parts: BTreeMap<String, f64>,
}

/// The most candidates a refusal lists (`candidate_count` stays exact).
pub const MAX_LISTED_CANDIDATES: usize = 10;

/// Where linking put one mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MentionLink {
    /// The entity the mention names (none when linking left it out).
    pub entity: Option<usize>,
    /// The entity relations read it as: the same, except for a capital standing for its
    /// country's government ("Moscow said"), which names the city and acts as the country
    /// (when the corpus names that country; else the city).
    pub acts_as: Option<usize>,
}

/// The result of linking: the entities, why each spelling joined its entity, and the lookups
/// later stages use (they never rebuild an id by hand).
#[derive(Debug, Default)]
pub struct Linking {
    pub entities: Vec<Entity>,
    /// For each mention (documents in order, mentions in order), its entity's index; filled
    /// by [`super::link`] only (a streamed run asks [`Linking::entities_of`] per document).
    pub mention_entity: Vec<Option<usize>>,
    pub links: Vec<LinkRecord>,
    /// Problems with the user's aliases that did not stop the run (a forbidden name nobody
    /// uses), one line each.
    pub warnings: Vec<String>,
    pub(super) by_node: BTreeMap<NodeKey, usize>,
    pub(super) reader: Reader,
}

impl Linking {
    /// The entity id of the mention with this index, after [`super::link`].
    pub fn entity_id(&self, mention: usize) -> Option<&str> {
        self.mention_entity.get(mention).copied().flatten().map(|e| self.entities[e].id.as_str())
    }

    /// The entity index of each mention of `document` (as [`super::LinkDocument`] gives
    /// them), the `ordinal`-th document given to [`super::Linker::add_document`].
    pub fn entities_of(&self, ordinal: usize, document: &LinkDocument) -> Vec<Option<usize>> {
        self.mention_links(ordinal, document).into_iter().map(|link| link.entity).collect()
    }

    /// How each mention of `document` is linked (see [`Linking::entities_of`]): the entity it
    /// names and the one relations read it as.
    pub fn mention_links(&self, ordinal: usize, document: &LinkDocument) -> Vec<MentionLink> {
        let read = self.reader.read(ordinal, document);
        read.keys
            .into_iter()
            .zip(read.readings.iter().zip(&read.sites))
            .map(|(key, (reading, site))| {
                let entity = key.as_ref().and_then(|key| self.by_node.get(key).copied());
                let acts_as = match (reading, &key) {
                    // Only a capital counted as its own place (not one a user pinned elsewhere).
                    (Reading::Capital(country), Some(NodeKey::Place(_))) => self.country_entity(*country).or(entity),
                    // "an English footballer", "a club in Scotland": a home nation, by demonym or
                    // by name, acts as its state (the place stays the entity named).
                    (Reading::Place(_) | Reading::Location, Some(NodeKey::Place(_))) => {
                        let name = if let Reading::Place(name) = reading { name.as_str() } else { site.mention.text.as_str() };
                        countries::state_of_home_nation(name).and_then(|state| self.country_entity(state)).or(entity)
                    }
                    _ => entity,
                };
                MentionLink { entity, acts_as }
            })
            .collect()
    }

    /// The entity of a country, wherever linking put it (its own entity, or a user's pinned one
    /// that took its name); none when the corpus never names it.
    pub fn country_entity(&self, country: CountryRef) -> Option<usize> {
        if let Some(&entity) = self.by_node.get(&NodeKey::Country(country)) {
            return Some(entity);
        }
        let name = country.name();
        self.entities.iter().position(|e| e.kind == EntityType::Country && e.label == name)
    }

    /// Counts one document into the document lists of the entities its mentions name (each
    /// document once, in corpus order: the pass that reads the documents after linking calls
    /// this), so that linking itself keeps no per-document lists.
    pub fn count_document(&mut self, path: &Arc<str>, links: &[MentionLink]) {
        let mut named: Vec<usize> = links.iter().filter_map(|link| link.entity).collect();
        named.sort_unstable();
        named.dedup();
        for entity in named {
            let entity = &mut self.entities[entity];
            entity.document_count += 1;
            if entity.documents.len() < MAX_LISTED_DOCUMENTS {
                if let Err(at) = entity.documents.binary_search(path) {
                    entity.documents.insert(at, path.clone());
                }
            }
        }
    }

    /// The entity with this index.
    pub fn entity(&self, index: usize) -> &Entity {
        &self.entities[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_lists_count_every_document_and_list_the_first_ones_sorted() {
        let entity = Entity {
            id: "person:jane-roe".into(),
            label: "Jane Roe".into(),
            kind: EntityType::Person,
            aliases: Vec::new(),
            mentions: 0,
            document_count: 0,
            documents: Vec::new(),
        };
        let mut linking = Linking { entities: vec![entity], ..Linking::default() };
        let named = MentionLink { entity: Some(0), acts_as: Some(0) };
        let unlinked = MentionLink { entity: None, acts_as: None };
        // Corpus order is not path order here; a document naming her twice counts once.
        let total = MAX_LISTED_DOCUMENTS + 5;
        for n in (0..total).rev() {
            linking.count_document(&format!("doc{n:05}.txt").into(), &[named, unlinked, named]);
        }
        linking.count_document(&"other.txt".into(), &[unlinked]);
        let jane = &linking.entities[0];
        assert_eq!(jane.document_count, total);
        assert_eq!(jane.documents.len(), MAX_LISTED_DOCUMENTS);
        assert!(jane.documents.windows(2).all(|w| w[0] < w[1]), "sorted, distinct");
        assert_eq!(&*jane.documents[0], "doc00005.txt", "the first documents in corpus order are kept");
    }
}
