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
pub(crate) use organizations::is_acronym;
use reading::{person_forms, sites_of, Reader};
pub use reading::{read_mention, LinkDocument, MentionSite, Reading};
use tally::{Cluster, Join, MiscScope, NodeKey, Tally};

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
    /// Acronyms of other named things and places given their article's longer name while
    /// reading ("CTBT" beside "Comprehensive Test Ban Treaty", "NYC" beside "New York City"), by
    /// that name's node: explained in `links.jsonl`.
    folded_acronyms: BTreeMap<NodeKey, BTreeSet<String>>,
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
                organization_names: BTreeSet::new(),
                team_nicknames: BTreeMap::new(),
                organization_sports: BTreeMap::new(),
            },
            documents: 0,
            tallies: BTreeMap::new(),
            people: people::Nodes::default(),
            organizations: organizations::Nodes::default(),
            folded_acronyms: BTreeMap::new(),
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
            .filter(|(site, reading)| **reading == Reading::Organization && !site.mention.recovered)
            .map(|(site, _)| comparison_key(&site.mention.text))
            .collect();
        // Full team names of a sports report ("Seattle Mariners").
        if let Some(sport) = analysed.sports.report {
            for key in &organizations {
                self.reader.organization_sports.entry(key.clone()).or_default().insert(sport);
                // Every split is kept; reading looks up only the cities the corpus names, so the
                // order documents come in does not matter.
                // A major-league city's teams are the table's ("Milwaukee County" is none).
                // A major-league nickname of two words is no city and nickname ("Blue Jays" is
                // not the "Jays" of a city "Blue").
                let nickname_alone = !teams::major_league_cities(key, sport).is_empty();
                let splits = reading::city_nickname_splits(key)
                    .filter(|(city, nickname)| !nickname_alone && teams::may_be_team(city, nickname, sport));
                for (city, nickname) in splits {
                    self.reader.team_nicknames.entry((city.to_string(), sport)).or_default().insert(nickname.to_string());
                }
            }
        }
        self.reader.organization_names.extend(organizations.iter().map(|key| reading::organization_name(key)));
        let hyphenated =
            organizations.iter().filter(|key| key.contains('-')).map(|key| reading::hyphens_as_spaces(key)).collect::<Vec<_>>();
        self.reader.organization_keys.extend(organizations.into_iter().chain(hyphenated));
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
        let order =
            (0..read.keys.len()).filter(|&m| read.folded[m].is_none()).chain((0..read.keys.len()).filter(|&m| read.folded[m].is_some()));
        for m in order {
            let Some(key) = read.keys[m].clone() else { continue };
            let site = &read.sites[m];
            match (&key, read.folded[m]) {
                (NodeKey::Person(..), Some(_)) => self.people.add_folded(&key, site, &contexts[m]),
                (NodeKey::Person(..), None) => self.people.add(&key, site, &contexts[m]),
                (NodeKey::Organization(org), Some(fold)) => self.organizations.add_folded(org, site, fold),
                (NodeKey::Organization(org), None) => self.organizations.add(org, site),
                (NodeKey::Misc(..) | NodeKey::Place(_), Some(reading::Fold::Acronym)) => {
                    self.folded_acronyms.entry(key.clone()).or_default().insert(surface(&site.mention.text));
                }
                (NodeKey::Place(place), _) => {
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
                    let mut joins = match &label {
                        Some(name) => tally.joins_to_label(name, "place-demonym", "demonym_table"),
                        None => BTreeMap::new(),
                    };
                    // "NYC" beside its article's "New York City".
                    if let Some(folded) = self.folded_acronyms.get(key) {
                        joins.extend(acronym_joins(tally, folded));
                    }
                    clusters.push(Cluster { kind: EntityType::Location, label, members: vec![key.clone()], joins })
                }
                NodeKey::CupTeam(country, cup) => {
                    let label = cup.team_label(&country.name());
                    let joins = tally.joins_to_label(&label, "team-cup-country", "team_cup");
                    clusters.push(Cluster { kind: EntityType::Organization, label: Some(label), members: vec![key.clone()], joins });
                }
                NodeKey::Team(city, sport) => {
                    // A major-league team is labelled with its full name ("Milwaukee Brewers"),
                    // which also says why its city and its nickname are one node.
                    let label = teams::major_league_label(city, *sport, &tally.sorted_variants());
                    let joins = match &label {
                        Some(name) => tally.joins_to_label(name, "major-league-team", "team_table"),
                        None => BTreeMap::new(),
                    };
                    clusters.push(Cluster { kind: EntityType::Organization, label, members: vec![key.clone()], joins })
                }
                _ => {}
            }
        }
        clusters.extend(misc_clusters(&self.tallies, &self.folded_acronyms));
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

/// Other named things (MISC): their spellings with one comparison key, in its scope; a
/// currency's symbol is labelled with its name ("US$": "US dollar"). A corpus-wide name of two
/// words or more that opens exactly one longer such name of the corpus is a span cut short and
/// joins it ("Major League" / "Major League Baseball", "U.S. Open" / "U.S. Open Tennis
/// Championships"); a name that opens two stays apart.
fn misc_clusters(tallies: &BTreeMap<NodeKey, Tally>, acronyms: &BTreeMap<NodeKey, BTreeSet<String>>) -> Vec<Cluster> {
    // Sorted, so the longer names a short one opens are one range, not a scan of every name.
    let corpus_names: BTreeSet<&str> = tallies
        .keys()
        .filter_map(|key| if let NodeKey::Misc(MiscScope::Corpus, name) = key { Some(name.as_str()) } else { None })
        .collect();
    // The words a longer name adds are a name's ("Baseball", "Tennis Championships"), not a
    // part of the thing ("American League Central", "Pan Am flight 103").
    const PART_WORDS: &[&str] = &[
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "division",
        "conference",
        "group",
        "zone",
    ];
    // A corpus-wide name as written most often.
    let written = |name: &str| {
        tallies
            .get(&NodeKey::Misc(MiscScope::Corpus, name.to_string()))
            .and_then(|t| t.sorted_variants().into_iter().next())
            .map(|(text, _)| text)
    };
    let adds_name_words = |long: &str, short: &str| {
        let written = written(long).unwrap_or_default();
        let added: Vec<&str> = written.split_whitespace().skip(short.split_whitespace().count()).collect();
        !added.is_empty()
            && added.iter().all(|w| {
                // A Roman number is a sequel or an edition ("Mortal Kombat II").
                let roman = w.chars().all(|c| "IVXLC".contains(c));
                w.starts_with(|c: char| c.is_uppercase()) && !roman && !PART_WORDS.contains(&w.to_lowercase().as_str())
            })
    };
    let longer_of = |short: &str| -> Option<&str> {
        let prefix = format!("{short} ");
        let mut longer = corpus_names
            .range::<str, _>((std::ops::Bound::Included(prefix.as_str()), std::ops::Bound::Unbounded))
            .take_while(|name| name.starts_with(&prefix))
            .filter(|name| adds_name_words(name, short));
        match (longer.next(), longer.next()) {
            (Some(long), None) => Some(*long),
            _ => None,
        }
    };
    let empty = || Cluster { kind: EntityType::Misc, label: None, members: Vec::new(), joins: BTreeMap::new() };
    let mut clusters: BTreeMap<&str, Cluster> = BTreeMap::new();
    let mut scoped = Vec::new();
    for (key, tally) in tallies {
        let NodeKey::Misc(scope, name) = key else { continue };
        let label = name.strip_suffix('$').map(|prefix| format!("{} dollar", prefix.to_uppercase()));
        // (A longer name opens no other: the short one would open both.)
        let long = (*scope == MiscScope::Corpus && name.contains(' ')).then(|| longer_of(name)).flatten();
        match long {
            // The longer name's cluster, which its own key opens below if it comes later.
            Some(long) => {
                let cluster = clusters.entry(long).or_insert_with(empty);
                cluster.members.push(key.clone());
                let join = Join::new("truncated-name", written(long), 0.8, &[("unique_longer_name", 1.0)]);
                for (variant, _) in &tally.variants {
                    cluster.joins.insert(variant.clone(), join.clone());
                }
            }
            None if *scope == MiscScope::Corpus => {
                let cluster = clusters.entry(name.as_str()).or_insert_with(empty);
                cluster.label = label;
                cluster.members.push(key.clone());
            }
            None => scoped.push(Cluster { label, members: vec![key.clone()], ..empty() }),
        }
    }
    let mut clusters: Vec<Cluster> = clusters.into_values().chain(scoped).collect();
    for cluster in &mut clusters {
        for member in &cluster.members {
            let (Some(folded), Some(tally)) = (acronyms.get(member), tallies.get(member)) else { continue };
            for (acronym, join) in acronym_joins(tally, folded) {
                cluster.joins.entry(acronym).or_insert(join);
            }
        }
    }
    clusters
}

/// How each acronym an article gave its node's longer name is explained: joined to that name,
/// as the node writes it most often.
fn acronym_joins<'a>(tally: &Tally, folded: &'a BTreeSet<String>) -> impl Iterator<Item = (String, Join)> + 'a {
    let name = tally.sorted_variants().into_iter().map(|(text, _)| text).find(|text| !folded.contains(text));
    folded.iter().map(move |acronym| (acronym.clone(), organizations::folded_join(reading::Fold::Acronym, name.clone())))
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
