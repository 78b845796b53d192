//! The counting model: linking counts spellings into nodes ([`NodeKey`] → [`Tally`]), never
//! single mentions, so what it holds grows with the names of a corpus, not with its length;
//! clustering stages then group nodes into [`Cluster`]s, each join with its [`Join`] reason.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::countries::CountryRef;
use super::entity::EntityType;
use super::names::PersonName;
use super::people::Scope;
use super::teams::{Sport, TeamCup};

/// The unit linking counts and clusters: a spelling in its scope, never a single mention, so
/// what linking holds grows with the names of a corpus, not with its length.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum NodeKey {
    Country(CountryRef),
    /// Lower-case surface of a place.
    Place(String),
    /// Organization comparison key (lower case, dots dropped).
    Organization(String),
    /// A team named by its city in an article about one sport: the place's comparison key
    /// and the sport ([`super::teams`]).
    Team(String, Sport),
    /// A country's team in a team cup, in an article reporting that cup ([`super::teams::TeamCup`]).
    CupTeam(CountryRef, TeamCup),
    /// Shared: one spelling's key is held by the tally, the person node and the entity index.
    Person(Scope, Arc<PersonName>),
    /// Another named thing's comparison key ([`super::EntityType::Misc`]), with where it joins
    /// ([`super::reading::misc_key`]).
    Misc(MiscScope, String),
}

/// Where another named thing's spellings join: across the corpus, or for a name of generic
/// event words ("World Cup"), within one sport's reports or within its document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MiscScope {
    Corpus,
    Sport(Sport),
    Document(usize),
}

/// What linking keeps about one node: counts, not mentions. Most nodes are one spelling in one
/// article, so the collections are sorted vectors (a B-tree would allocate a whole node each).
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// Mentions per surface spelling, sorted by spelling.
    pub variants: Vec<(String, usize)>,
    pub mentions: usize,
    /// Mentions the model tagged itself (not proposed by `recover_names`).
    pub tagged: usize,
    /// The first mention, as (document, mention in document): orders equal ids.
    pub first: (usize, usize),
}

impl Tally {
    /// The tally of a cluster: its members' counts added up.
    pub(super) fn merged<'a>(members: impl IntoIterator<Item = &'a Tally>) -> Self {
        let mut variants: BTreeMap<&str, usize> = BTreeMap::new();
        let mut merged = Tally { first: (usize::MAX, usize::MAX), ..Tally::default() };
        for member in members {
            for (variant, count) in &member.variants {
                *variants.entry(variant).or_default() += count;
            }
            merged.mentions += member.mentions;
            merged.tagged += member.tagged;
            merged.first = merged.first.min(member.first);
        }
        merged.variants = variants.into_iter().map(|(variant, count)| (variant.to_string(), count)).collect();
        merged
    }

    /// One more mention spelled `variant`.
    pub(super) fn count_variant(&mut self, variant: &str) {
        match self.variants.binary_search_by(|(v, _)| v.as_str().cmp(variant)) {
            Ok(at) => self.variants[at].1 += 1,
            Err(at) => self.variants.insert(at, (variant.to_string(), 1)),
        }
    }

    /// For a node whose label is fixed (a pinned alias, a country): every other spelling
    /// joined to the label by `rule`.
    pub(super) fn joins_to_label(&self, label: &str, rule: &str, part: &str) -> BTreeMap<String, Join> {
        self.variants
            .iter()
            .map(|(variant, _)| variant)
            .filter(|variant| *variant != label)
            .map(|variant| (variant.clone(), Join::new(rule, Some(label.to_string()), 1.0, &[(part, 1.0)])))
            .collect()
    }

    /// Distinct surface variants with counts, most frequent first.
    pub fn sorted_variants(&self) -> Vec<(String, usize)> {
        let mut counted: Vec<(String, usize)> = self.variants.iter().map(|(v, c)| (v.clone(), *c)).collect();
        counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        counted
    }
}

/// A cluster of nodes that will become one entity, before ids are assigned.
pub(crate) struct Cluster {
    pub kind: EntityType,
    /// Preferred label, if the clustering stage chose one (countries, pinned aliases).
    pub label: Option<String>,
    pub members: Vec<NodeKey>,
    /// Join explanations by variant text (`surface`), where a rule joined them.
    pub joins: BTreeMap<String, Join>,
}

/// One explanation, before the entity id is known.
#[derive(Debug, Clone)]
pub(crate) struct Join {
    pub rule: String,
    pub joined_to: Option<String>,
    pub score: f64,
    pub parts: BTreeMap<String, f64>,
}

impl Join {
    pub fn new(rule: &str, joined_to: Option<String>, score: f64, parts: &[(&str, f64)]) -> Self {
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        Join {
            rule: rule.to_string(),
            joined_to,
            score: round(score),
            parts: parts.iter().map(|(k, v)| (k.to_string(), round(*v))).collect(),
        }
    }
}

/// A join a rule considered and turned down, before entity ids are known: the node it would
/// have joined and the candidates it could have joined. Kept once per node and rule (the
/// candidates gathered), so refusals grow with the names of a corpus, not with pairs of them.
#[derive(Debug, Clone)]
pub(crate) struct Refusal {
    pub variant: String,
    pub reason: String,
    /// Candidate nodes and their display text.
    pub candidates: BTreeMap<NodeKey, String>,
}

/// The refusals of one linking run, by (node, rule).
#[derive(Debug, Default)]
pub(crate) struct Refusals(pub BTreeMap<(NodeKey, &'static str), Refusal>);

impl Refusals {
    /// Records that `rule` did not join `node` (spelled `variant`) to the `candidates` because
    /// of `reason` (the first reason given for a node and rule is kept).
    pub fn add(
        &mut self,
        node: &NodeKey,
        variant: &str,
        rule: &'static str,
        candidates: impl IntoIterator<Item = (NodeKey, String)>,
        reason: impl FnOnce() -> String,
    ) {
        let refusal = self.0.entry((node.clone(), rule)).or_insert_with(|| Refusal {
            variant: variant.to_string(),
            reason: reason(),
            candidates: BTreeMap::new(),
        });
        refusal.candidates.extend(candidates);
    }

    pub fn extend(&mut self, other: Refusals) {
        for (key, refusal) in other.0 {
            match self.0.get_mut(&key) {
                Some(kept) => kept.candidates.extend(refusal.candidates),
                None => {
                    self.0.insert(key, refusal);
                }
            }
        }
    }
}
