//! The link half's first stage, entities: takes the analysed documents (mentions with their
//! sentences), gives canonical [`Entity`]s, the entity of each mention, and an explanation of
//! every join.
//!
//! This is where a mention is linked, in this order:
//!
//! | step | file |
//! |---|---|
//! | names the model missed are proposed | [`recovered`] ([`LinkDocument::new`]) |
//! | each mention is read as person, organization, team, country, place | [`reading`] (+ [`countries`], [`teams`]) |
//! | spellings are counted into nodes | [`tally`] |
//! | nodes are clustered: user aliases first, then people, organizations, places | [`aliases`], [`people`], [`organizations`] |
//! | clusters become entities with labels, ids, join records and refusal records | [`assemble`], [`entity`] |
//!
//! Candidates are apart from scoring: each clustering module gathers its nodes first (a pass
//! over every document), then scores pairs of candidates once the corpus is known.
//!
//! ```
//! use nergraph::link::{link, aliases::AliasRules, LinkDocument};
//! let linking = link(&[] as &[LinkDocument], &AliasRules::default());
//! assert!(linking.entities.is_empty());
//! ```

pub mod aliases;
mod assemble;
pub mod countries;
mod entity;
pub mod names;
mod organizations;
mod people;
mod reading;
pub mod recovered;
mod tally;
pub mod teams;
mod union;

use std::collections::{BTreeMap, BTreeSet};

use crate::text::normalize::{comparison_key, surface};
use aliases::AliasRules;
pub use entity::{AliasCount, Decision, Entity, EntityType, LinkRecord, Linking, MentionLink, MAX_LISTED_CANDIDATES, MAX_LISTED_DOCUMENTS};
use reading::{person_forms, sites_of, Reader};
pub use reading::{read_mention, LinkDocument, MentionSite, Reading};
use tally::{Cluster, NodeKey, Tally};

/// Links documents streamed through it in two passes: [`Linker::learn_names`] over every
/// document (any order), then [`Linker::add_document`] over every document in a fixed order;
/// [`Linking::entities_of`] must then see the documents in that same order.
pub struct Linker<'r> {
    rules: &'r AliasRules,
    reader: Reader,
    /// Documents added so far (the next one's ordinal).
    documents: usize,
    tallies: BTreeMap<NodeKey, Tally>,
    people: people::Nodes,
    organizations: organizations::Nodes,
    /// The name of each place read from a demonym ("European" → "Europe"), by node key: its
    /// entity's label.
    place_names: BTreeMap<String, String>,
}

impl<'r> Linker<'r> {
    pub fn new(rules: &'r AliasRules) -> Self {
        let pinned = rules
            .entities
            .iter()
            .map(|entity| std::iter::once(&entity.label).chain(&entity.aliases).map(|t| comparison_key(t)).collect())
            .collect();
        Linker {
            rules,
            reader: Reader {
                person_forms: BTreeSet::new(),
                pinned,
                pinned_keys: rules.entities.iter().map(reading::label_key).collect(),
                fold_bare_names: rules.forbid.is_empty(),
                place_keys: BTreeSet::new(),
                organization_keys: BTreeSet::new(),
                team_nicknames: BTreeMap::new(),
                organization_sports: BTreeMap::new(),
            },
            documents: 0,
            tallies: BTreeMap::new(),
            people: people::Nodes::default(),
            organizations: organizations::Nodes::default(),
            place_names: BTreeMap::new(),
        }
    }

    /// Pass 1: the person names a document vouches for, and the spellings it uses for places.
    pub fn learn_names(&mut self, analysed: &LinkDocument) {
        let sites = sites_of(0, analysed);
        let readings: Vec<Reading> = sites.iter().map(read_mention).collect();
        self.reader.person_forms.extend(person_forms(&sites, &readings));
        let places = sites.iter().zip(&readings).filter(|(_, reading)| matches!(reading, Reading::Location | Reading::Capital(_)));
        self.reader.place_keys.extend(places.map(|(site, _)| comparison_key(&site.mention.text)));
        let organizations: Vec<String> = sites
            .iter()
            .zip(&readings)
            .filter(|(_, reading)| **reading == Reading::Organization)
            .map(|(site, _)| comparison_key(&site.mention.text))
            .collect();
        // Full team names of a sports report ("Seattle Mariners").
        if let Some(sport) = analysed.sports.report {
            for key in &organizations {
                self.reader.organization_sports.entry(key.clone()).or_default().insert(sport);
                // Every split is kept; reading looks up only the cities the corpus names, so the
                // order documents come in does not matter.
                for (city, nickname) in reading::city_nickname_splits(key) {
                    self.reader.team_nicknames.entry((city.to_string(), sport)).or_default().insert(nickname.to_string());
                }
            }
        }
        self.reader.organization_keys.extend(organizations);
    }

    /// Pass 2: counts a document's mentions into their nodes.
    pub fn add_document(&mut self, analysed: &LinkDocument) {
        let document = self.documents;
        self.documents += 1;
        let read = self.reader.read(document, analysed);
        let contexts = people::context_keys(&read.sites, &read.readings);
        // "Jane Roe, also known as Jenny Smith": the text says two names are one person.
        for &(first, second) in &read.stated_aliases {
            if let (Some(first), Some(second)) = (&read.keys[first], &read.keys[second]) {
                self.people.add_stated_alias(first, second);
            }
        }
        // Folded bare names last, so the full name they belong to already has its node.
        let order = (0..read.keys.len()).filter(|&m| !read.folded[m]).chain((0..read.keys.len()).filter(|&m| read.folded[m]));
        for m in order {
            let Some(key) = read.keys[m].clone() else { continue };
            let site = &read.sites[m];
            match &key {
                NodeKey::Person(..) if read.folded[m] => self.people.add_folded(&key, site, &contexts[m]),
                NodeKey::Person(..) => self.people.add(&key, site, &contexts[m]),
                NodeKey::Organization(org) if read.folded[m] => self.organizations.add_folded(org, site),
                NodeKey::Organization(org) => self.organizations.add(org, site),
                NodeKey::Place(place) => {
                    if let Reading::Place(name) = &read.readings[m] {
                        self.place_names.entry(place.clone()).or_insert_with(|| name.clone());
                    }
                }
                _ => {}
            }
            let tally = self.tallies.entry(key).or_insert_with(|| Tally { first: (document, m), ..Tally::default() });
            tally.first = tally.first.min((document, m));
            tally.count_variant(&surface(&site.mention.text));
            tally.mentions += 1;
            tally.tagged += usize::from(!site.mention.recovered);
        }
    }

    /// Clusters the nodes into entities.
    pub fn finish(self) -> Linking {
        let mut clusters: Vec<Cluster> = Vec::new();
        for (key, tally) in &self.tallies {
            match key {
                NodeKey::Country(country) => {
                    let name = country.name();
                    let joins = tally.joins_to_label(&name, "country-table", "country_table");
                    clusters.push(Cluster { kind: EntityType::Country, label: Some(name), members: vec![key.clone()], joins });
                }
                NodeKey::Place(place) => {
                    // A place named by a demonym is labelled with its name, and its other
                    // spellings are joined to it by the demonym table.
                    let label = self.place_names.get(place).cloned();
                    let joins = match &label {
                        Some(name) => tally.joins_to_label(name, "place-demonym", "demonym_table"),
                        None => BTreeMap::new(),
                    };
                    clusters.push(Cluster { kind: EntityType::Location, label, members: vec![key.clone()], joins })
                }
                NodeKey::CupTeam(country, cup) => {
                    let label = cup.team_label(&country.name());
                    let joins = tally.joins_to_label(&label, "team-cup-country", "team_cup");
                    clusters.push(Cluster { kind: EntityType::Organization, label: Some(label), members: vec![key.clone()], joins });
                }
                NodeKey::Team(..) => clusters.push(Cluster {
                    kind: EntityType::Organization,
                    label: None,
                    members: vec![key.clone()],
                    joins: BTreeMap::new(),
                }),
                // Another named thing: its spellings with one comparison key, across the corpus;
                // a currency's symbol is labelled with its name ("US$": "US dollar").
                NodeKey::Misc(_, name) => {
                    let label = name.strip_suffix('$').map(|prefix| format!("{} dollar", prefix.to_uppercase()));
                    clusters.push(Cluster { kind: EntityType::Misc, label, members: vec![key.clone()], joins: BTreeMap::new() })
                }
                _ => {}
            }
        }
        let (people, mut refusals) = people::cluster(&self.people, self.rules);
        let (organizations, organization_refusals) = organizations::cluster(&self.organizations, self.rules);
        clusters.extend(people);
        clusters.extend(organizations);
        refusals.extend(organization_refusals);
        refusals.extend(teams::refusals(&self.tallies));
        // A pinned entity is the cluster its label's node ended in: it keeps the user's label
        // and type, and the pinned spellings record the user's alias as their reason.
        for (entity, key) in self.rules.entities.iter().zip(&self.reader.pinned_keys) {
            let Some(key) = key else { continue };
            let Some(tally) = self.tallies.get(key) else { continue };
            let Some(cluster) = clusters.iter_mut().find(|c| c.members.contains(key)) else { continue };
            let pinned: BTreeSet<String> = entity.aliases.iter().map(|a| comparison_key(a)).collect();
            for (variant, join) in tally.joins_to_label(&entity.label, "user-alias", "user_alias") {
                if pinned.contains(&comparison_key(&variant)) {
                    cluster.joins.insert(variant, join);
                }
            }
            cluster.label = Some(entity.label.clone());
            cluster.kind = entity.kind;
        }
        let warnings = self.unused_forbidden_names();
        let mut linking = assemble::finish(&self.tallies, clusters, refusals, self.reader);
        linking.warnings = warnings;
        linking
    }

    /// `forbid` names that no mention of the corpus spells, as warnings naming the entry.
    fn unused_forbidden_names(&self) -> Vec<String> {
        if self.rules.forbid.is_empty() {
            return Vec::new();
        }
        let spelled: BTreeSet<String> = self.tallies.values().flat_map(|t| t.variants.iter().map(|(v, _)| comparison_key(v))).collect();
        let mut warnings = Vec::new();
        for (index, pair) in self.rules.forbid.iter().enumerate() {
            for name in [&pair.0, &pair.1] {
                if !spelled.contains(&comparison_key(name)) {
                    warnings.push(format!("aliases forbid[{index}]: {name:?} names nothing in these documents"));
                }
            }
        }
        warnings
    }
}

/// Links all mentions of `documents` held in memory (the streaming [`Linker`] in one call),
/// filling [`Linking::mention_entity`].
pub fn link(documents: &[LinkDocument], rules: &AliasRules) -> Linking {
    let mut linker = Linker::new(rules);
    for document in documents {
        linker.learn_names(document);
    }
    for document in documents {
        linker.add_document(document);
    }
    let mut linking = linker.finish();
    for (index, document) in documents.iter().enumerate() {
        let links = linking.mention_links(index, document);
        linking.count_document(&document.path.as_str().into(), &links);
        linking.mention_entity.extend(links.iter().map(|link| link.entity));
    }
    linking
}
