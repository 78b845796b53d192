//! Stage 4, entities: takes the analysed documents (mentions with their sentences), gives
//! canonical [`Entity`]s, the entity of each mention, and an explanation of every join.
//!
//! This is where a mention is linked. Each mention is first *read* as a person, organization,
//! country or other place ([`read_mention`]): country names, codes, demonyms before an office
//! ("Chinese Foreign Minister") and capitals used for a government ("Beijing said") become
//! countries. People are then clustered by [`people`], organizations by [`organizations`]
//! (acronyms, case variants), and places by name. User aliases ([`aliases`]) are applied first
//! and can forbid joins.

pub mod aliases;
pub mod countries;
pub mod names;
mod organizations;
mod people;
mod union;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::mentions::Mention;
use crate::mentions::AnalysedDocument;
use crate::roles::{find_roles, is_role_word};
use aliases::AliasRules;
use countries::CountryRef;

/// The kinds of canonical entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum EntityType {
    Person,
    Organization,
    Country,
    Location,
}

impl EntityType {
    pub fn id_prefix(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organization => "organization",
            Self::Country => "country",
            Self::Location => "location",
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
    /// Paths, shared between entities (a big folder has many entities in many documents).
    pub documents: Vec<Arc<str>>,
}

/// Why a variant belongs to its entity: the rule that joined it and the score parts it used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LinkRecord {
    pub entity: String,
    pub variant: String,
    pub count: usize,
    pub rule: String,
    /// The variant it was compared with, when the rule compares two.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined_to: Option<String>,
    pub score: f64,
    pub parts: BTreeMap<String, f64>,
}

/// The result of linking.
#[derive(Debug, Default)]
pub struct Linking {
    pub entities: Vec<Entity>,
    /// For each mention (documents in order, mentions in order), its entity's index; filled
    /// by [`link`] only (a streamed run asks [`Linking::entities_of`] per document).
    pub mention_entity: Vec<Option<usize>>,
    pub links: Vec<LinkRecord>,
    by_node: BTreeMap<NodeKey, usize>,
    reader: Reader,
}

impl Linking {
    /// The entity id of the mention with this index, after [`link`].
    pub fn entity_id(&self, mention: usize) -> Option<&str> {
        self.mention_entity.get(mention).copied().flatten().map(|e| self.entities[e].id.as_str())
    }

    /// The entity index of each mention of `analysed`, the `document`-th document given to
    /// [`Linker::add_document`].
    pub fn entities_of(&self, document: usize, analysed: &AnalysedDocument) -> Vec<Option<usize>> {
        self.reader.read(document, analysed).keys.into_iter().map(|key| key.and_then(|key| self.by_node.get(&key).copied())).collect()
    }
}

/// How one mention is read before clustering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    Person,
    Organization,
    Country(CountryRef),
    Location,
    Unlinked,
}

/// Nouns after a demonym that make it stand for the country: "Chinese government".
const STATE_NOUNS: &[&str] = &[
    "government", "administration", "officials", "official", "authorities", "envoy", "envoys", "diplomats", "diplomat",
    "ministry", "embassy", "leadership", "leaders", "leader", "counterpart", "counterparts", "state", "regime", "forces",
    "military", "army", "navy", "delegation", "side", "cabinet", "parliament", "congress", "senate",
];

/// A mention and its place in the documents.
pub struct MentionSite<'a> {
    pub document: usize,
    pub analysed: &'a AnalysedDocument,
    pub mention: &'a Mention,
}

impl MentionSite<'_> {
    /// The sentence text before and after the mention.
    fn around(&self) -> (&str, &str) {
        match self.analysed.sentence(self.mention.sentence) {
            Some(sentence) if sentence.start <= self.mention.start && self.mention.end <= sentence.end => {
                let text = sentence.text.as_str();
                (&text[..self.mention.start - sentence.start], &text[self.mention.end - sentence.start..])
            }
            _ => ("", ""),
        }
    }
}

/// Reads a mention as a person, organization, country or place.
pub fn read_mention(site: &MentionSite) -> Reading {
    let mention = site.mention;
    let label = mention.label.as_str();
    let (before, after) = site.around();
    match label {
        "PER" | "PERSON" if mention.text.chars().any(|c| c.is_ascii_digit()) => return Reading::Unlinked,
        "PER" | "PERSON" => return Reading::Person,
        "LOC" | "ORG" | "MISC" | "GPE" | "LOCATION" | "ORGANIZATION" | "NORP" => {}
        _ => return Reading::Unlinked,
    }
    let is_place_or_org = label != "MISC" && label != "NORP";
    if let Some(country) = countries::by_name(&mention.text, is_place_or_org) {
        return Reading::Country(country);
    }
    if let Some(country) = countries::by_demonym(&mention.text) {
        let next = after.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let next_two: Vec<&str> = after.split_whitespace().take(3).collect();
        // "Chinese Foreign Minister", "Chinese government", "the Russian Lavrov".
        let next_is_name = after.trim_start().chars().next().is_some_and(char::is_uppercase);
        let before_office = next_is_name
            || STATE_NOUNS.contains(&next.as_str())
            || is_role_word(&next)
            || find_roles(&next_two.join(" ")).first().is_some_and(|r| r.start == 0);
        return if before_office { Reading::Country(country) } else { Reading::Unlinked };
    }
    if is_place_or_org {
        if let Some(country) = countries::by_capital(&mention.text) {
            // News uses a capital for its government ("Beijing said"); a dateline
            // ("Paris, France:") is the one place where it is plainly the city.
            let is_dateline = before.trim().is_empty() && after.trim_start().starts_with([',', ':']);
            return if is_dateline { Reading::Location } else { Reading::Country(country) };
        }
    }
    match label {
        "ORG" | "ORGANIZATION" => Reading::Organization,
        "LOC" | "GPE" | "LOCATION" => Reading::Location,
        _ => Reading::Unlinked,
    }
}

/// Lower-case slug for ids: "Hans von der Berg" -> "hans-von-der-berg".
pub fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_lowercase();
    let mut slug = String::with_capacity(ascii.len());
    for ch in ascii.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() { "unnamed".into() } else { slug }
}

/// Possessive endings, with the apostrophes scraped text uses.
pub const POSSESSIVES: &[&str] = &["'s", "’s", "‘s", "`s", "'", "’"];

/// Cleans a mention for display and comparison: trims punctuation, a leading "the" and a
/// trailing possessive.
pub fn surface(text: &str) -> String {
    let mut text = text.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')' && c != '(');
    for suffix in POSSESSIVES {
        if let Some(stripped) = text.strip_suffix(suffix) {
            text = stripped;
        }
    }
    let text = match text.get(..4) {
        Some(article) if text.len() > 4 && article.eq_ignore_ascii_case("the ") => &text[4..],
        _ => text,
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The unit linking counts and clusters: a spelling in its scope, never a single mention, so
/// what linking holds grows with the names of a corpus, not with its length.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum NodeKey {
    /// The n-th entity of the user's aliases file.
    Pinned(usize),
    Country(CountryRef),
    /// Lower-case surface of a place.
    Place(String),
    /// Organization comparison key (lower case, dots dropped).
    Organization(String),
    /// Shared: one spelling's key is held by the tally, the person node and the entity index.
    Person(people::Scope, Arc<names::PersonName>),
}

/// What linking keeps about one node: counts, not mentions. Most nodes are one spelling in one
/// article, so the collections are sorted vectors (a B-tree would allocate a whole node each).
#[derive(Debug, Default)]
pub(crate) struct Tally {
    /// Mentions per surface spelling, sorted by spelling.
    pub variants: Vec<(String, usize)>,
    /// Sorted, distinct.
    pub documents: Vec<usize>,
    pub mentions: usize,
    /// Mentions the model tagged itself (not proposed by `recover_names`).
    pub tagged: usize,
    /// The first mention, as (document, mention in document): orders equal ids.
    pub first: (usize, usize),
}

impl Tally {
    /// The tally of a cluster: its members' counts added up.
    fn merged<'a>(members: impl IntoIterator<Item = &'a Tally>) -> Self {
        let mut variants: BTreeMap<&str, usize> = BTreeMap::new();
        let mut merged = Tally { first: (usize::MAX, usize::MAX), ..Tally::default() };
        for member in members {
            for (variant, count) in &member.variants {
                *variants.entry(variant).or_default() += count;
            }
            merged.documents.extend(&member.documents);
            merged.mentions += member.mentions;
            merged.tagged += member.tagged;
            merged.first = merged.first.min(member.first);
        }
        // Sorted once here: a person can have one bare-name member per article.
        merged.documents.sort_unstable();
        merged.documents.dedup();
        merged.variants = variants.into_iter().map(|(variant, count)| (variant.to_string(), count)).collect();
        merged
    }

    /// One more mention spelled `variant`.
    fn count_variant(&mut self, variant: &str) {
        match self.variants.binary_search_by(|(v, _)| v.as_str().cmp(variant)) {
            Ok(at) => self.variants[at].1 += 1,
            Err(at) => self.variants.insert(at, (variant.to_string(), 1)),
        }
    }

    /// For a node whose label is fixed (a pinned alias, a country): every other spelling
    /// joined to the label by `rule`.
    fn joins_to_label(&self, label: &str, rule: &str, part: &str) -> BTreeMap<String, Join> {
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

/// Reads the mentions of one document into node keys, with what the whole corpus says about
/// person names. Linking reads every document twice with it (to count, then to assign), and
/// both readings must agree.
#[derive(Debug, Default, Clone)]
struct Reader {
    /// Full person names and their surnames, folded (see [`correct_person_readings`]).
    person_forms: BTreeSet<String>,
    /// Alias keys of each pinned entity, in the aliases file's order.
    pinned: Vec<BTreeSet<String>>,
}

/// One document as linking sees it.
struct ReadDocument<'a> {
    sites: Vec<MentionSite<'a>>,
    readings: Vec<Reading>,
    keys: Vec<Option<NodeKey>>,
}

fn sites_of(document: usize, analysed: &AnalysedDocument) -> Vec<MentionSite<'_>> {
    analysed.mentions.iter().map(|mention| MentionSite { document, analysed, mention }).collect()
}

impl Reader {
    fn read<'a>(&self, document: usize, analysed: &'a AnalysedDocument) -> ReadDocument<'a> {
        let sites = sites_of(document, analysed);
        let mut readings: Vec<Reading> = sites.iter().map(read_mention).collect();
        correct_person_readings(&sites, &mut readings, &self.person_forms);
        let keys = sites.iter().zip(&readings).enumerate().map(|(m, (site, reading))| self.node_key(m, site, reading)).collect();
        ReadDocument { sites, readings, keys }
    }

    /// The node of mention `m` (index in its document); pinned aliases come before any rule.
    fn node_key(&self, m: usize, site: &MentionSite, reading: &Reading) -> Option<NodeKey> {
        let alias_key = AliasRules::key(&site.mention.text);
        if let Some(entity) = self.pinned.iter().position(|keys| keys.contains(&alias_key)) {
            return Some(NodeKey::Pinned(entity));
        }
        match reading {
            Reading::Country(country) => Some(NodeKey::Country(*country)),
            Reading::Location => Some(NodeKey::Place(surface(&site.mention.text).to_lowercase())),
            Reading::Person => people::node_key(site, m),
            Reading::Organization => organizations::node_key(&site.mention.text),
            Reading::Unlinked => None,
        }
    }
}

/// Links documents streamed through it in two passes: [`Linker::learn_names`] over every
/// document (any order), then [`Linker::add_document`] over every document in a fixed order;
/// [`Linking::entities_of`] must then see the documents in that same order.
pub struct Linker<'r> {
    rules: &'r AliasRules,
    reader: Reader,
    paths: Vec<Arc<str>>,
    tallies: BTreeMap<NodeKey, Tally>,
    people: people::Nodes,
    organizations: organizations::Nodes,
}

impl<'r> Linker<'r> {
    pub fn new(rules: &'r AliasRules) -> Self {
        let pinned = rules
            .entities
            .iter()
            .map(|entity| std::iter::once(&entity.label).chain(&entity.aliases).map(|t| AliasRules::key(t)).collect())
            .collect();
        Linker {
            rules,
            reader: Reader { person_forms: BTreeSet::new(), pinned },
            paths: Vec::new(),
            tallies: BTreeMap::new(),
            people: people::Nodes::default(),
            organizations: organizations::Nodes::default(),
        }
    }

    /// Pass 1: the person names a document vouches for.
    pub fn learn_names(&mut self, analysed: &AnalysedDocument) {
        let sites = sites_of(0, analysed);
        let readings: Vec<Reading> = sites.iter().map(read_mention).collect();
        self.reader.person_forms.extend(person_forms(&sites, &readings));
    }

    /// Pass 2: counts a document's mentions into their nodes.
    pub fn add_document(&mut self, analysed: &AnalysedDocument) {
        let document = self.paths.len();
        self.paths.push(analysed.path.as_str().into());
        let read = self.reader.read(document, analysed);
        let contexts = people::context_keys(&read.sites, &read.readings);
        for (m, key) in read.keys.into_iter().enumerate() {
            let Some(key) = key else { continue };
            let site = &read.sites[m];
            match &key {
                NodeKey::Person(..) => self.people.add(&key, site, &contexts[m]),
                NodeKey::Organization(org) => self.organizations.add(org, site),
                _ => {}
            }
            let tally = self.tallies.entry(key).or_insert_with(|| Tally { first: (document, m), ..Tally::default() });
            tally.count_variant(&surface(&site.mention.text));
            // Documents arrive in order.
            if tally.documents.last() != Some(&document) {
                tally.documents.push(document);
            }
            tally.mentions += 1;
            tally.tagged += usize::from(!site.mention.recovered);
        }
    }

    /// Clusters the nodes into entities.
    pub fn finish(self) -> Linking {
        let mut clusters: Vec<Cluster> = Vec::new();
        for (index, entity) in self.rules.entities.iter().enumerate() {
            let key = NodeKey::Pinned(index);
            let Some(tally) = self.tallies.get(&key) else { continue };
            let joins = tally.joins_to_label(&entity.label, "user-alias", "user_alias");
            clusters.push(Cluster { kind: entity.kind, label: Some(entity.label.clone()), members: vec![key], joins });
        }
        for (key, tally) in &self.tallies {
            match key {
                NodeKey::Country(country) => {
                    let name = country.name();
                    let joins = tally.joins_to_label(&name, "country-table", "country_table");
                    clusters.push(Cluster { kind: EntityType::Country, label: Some(name), members: vec![key.clone()], joins });
                }
                NodeKey::Place(_) => {
                    clusters.push(Cluster { kind: EntityType::Location, label: None, members: vec![key.clone()], joins: BTreeMap::new() })
                }
                _ => {}
            }
        }
        clusters.extend(people::cluster(&self.people, self.rules));
        clusters.extend(organizations::cluster(&self.organizations, self.rules));
        finish(&self.tallies, &self.paths, clusters, self.reader)
    }
}

/// Links all mentions of `documents` held in memory (the streaming [`Linker`] in one call),
/// filling [`Linking::mention_entity`].
pub fn link(documents: &[AnalysedDocument], rules: &AliasRules) -> Linking {
    let mut linker = Linker::new(rules);
    for document in documents {
        linker.learn_names(document);
    }
    for document in documents {
        linker.add_document(document);
    }
    let mut linking = linker.finish();
    linking.mention_entity = documents.iter().enumerate().flat_map(|(index, document)| linking.entities_of(index, document)).collect();
    linking
}

/// Forms a corpus vouches for as person names: full names tagged as people, and their
/// surnames.
fn person_forms<'a>(sites: &'a [MentionSite], readings: &'a [Reading]) -> impl Iterator<Item = String> + 'a {
    sites.iter().zip(readings).filter(|(site, reading)| **reading == Reading::Person && !site.mention.recovered).flat_map(|(site, _)| {
        names::PersonName::parse(&site.mention.text)
            .filter(names::PersonName::is_full)
            .map(|name| [names::fold(&surface(&site.mention.text)), name.surname, name.last])
            .into_iter()
            .flatten()
    })
}

/// Fixes readings with what the whole corpus says about names (`person_forms`). The model
/// often tags a bare surname as an organization ("Roe said", uncased models especially); a
/// mention whose text is a person's full name or the surname of one tagged as a person
/// elsewhere is read as that person. Conversely a one-word "person" that is a country or
/// capital and nobody's surname ("Washington's approach") is read as the country.
fn correct_person_readings(sites: &[MentionSite], readings: &mut [Reading], person_forms: &BTreeSet<String>) {
    for (site, reading) in sites.iter().zip(readings.iter_mut()) {
        let form = names::fold(&surface(&site.mention.text));
        match reading {
            Reading::Organization | Reading::Location | Reading::Unlinked if person_forms.contains(&form) => {
                if site.mention.text.chars().next().is_some_and(char::is_uppercase) {
                    *reading = Reading::Person;
                }
            }
            Reading::Person if !person_forms.contains(&form) && !form.contains(' ') => {
                let country = countries::by_name(&site.mention.text, false).or_else(|| countries::by_capital(&site.mention.text));
                if let Some(country) = country {
                    *reading = Reading::Country(country);
                }
            }
            _ => {}
        }
    }
}

/// Whether every word starts with a capital (particles aside) and holds no digits.
fn well_formed(text: &str) -> bool {
    text.split_whitespace().all(|word| {
        let first = word.chars().next().unwrap_or(' ');
        (first.is_uppercase() || names::fold(word).split('-').all(|p| ["von", "van", "der", "den", "de", "del", "di", "da", "bin", "al", "la", "le"].contains(&p)))
            && !word.chars().any(|c| c.is_ascii_digit())
    })
}

/// The fullest well-formed variant, preferring the most frequent spelling.
fn choose_label(kind: EntityType, variants: &[(String, usize)], targets: &BTreeSet<String>) -> String {
    let words = |t: &str| t.split_whitespace().count();
    variants
        .iter()
        .max_by(|a, b| {
            let key = |(text, count): &(String, usize)| {
                let full = match kind {
                    EntityType::Person => words(text) >= 2,
                    _ => words(text) >= 2 || text.len() > 6,
                };
                (full, well_formed(text), *count, targets.contains(text), words(text))
            };
            key(a).cmp(&key(b)).then_with(|| b.0.cmp(&a.0))
        })
        .map(|(text, _)| text.clone())
        .unwrap_or_default()
}

/// Turns clusters into entities with unique ids, and fills in the node map and the
/// explanations.
fn finish(tallies: &BTreeMap<NodeKey, Tally>, paths: &[Arc<str>], clusters: Vec<Cluster>, reader: Reader) -> Linking {
    let mut prepared: Vec<(Entity, Cluster, (usize, usize))> = clusters
        .into_iter()
        .filter_map(|cluster| {
            let tally = Tally::merged(cluster.members.iter().filter_map(|key| tallies.get(key)));
            // A proposed (recovered) name becomes an entity only by joining a real one.
            if tally.tagged == 0 {
                return None;
            }
            let variants = tally.sorted_variants();
            let targets: BTreeSet<String> = cluster.joins.values().filter_map(|j| j.joined_to.clone()).collect();
            let label = cluster.label.clone().unwrap_or_else(|| choose_label(cluster.kind, &variants, &targets));
            let documents: BTreeSet<&Arc<str>> = tally.documents.iter().map(|&d| &paths[d]).collect();
            let entity = Entity {
                id: format!("{}:{}", cluster.kind.id_prefix(), slug(&label)),
                label,
                kind: cluster.kind,
                aliases: variants.into_iter().map(|(text, count)| AliasCount { text, count }).collect(),
                mentions: tally.mentions,
                documents: documents.into_iter().cloned().collect(),
            };
            Some((entity, cluster, tally.first))
        })
        .collect();
    // Deterministic order: by id, then by first mention; equal ids get -2, -3...
    prepared.sort_by(|a, b| a.0.id.cmp(&b.0.id).then_with(|| a.2.cmp(&b.2)));
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (entity, _, _) in prepared.iter_mut() {
        let n = seen.entry(entity.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            entity.id = format!("{}-{}", entity.id, n);
        }
    }
    let mut linking = Linking { reader, ..Linking::default() };
    for (index, (entity, cluster, _)) in prepared.into_iter().enumerate() {
        for key in cluster.members {
            linking.by_node.insert(key, index);
        }
        for alias in &entity.aliases {
            let join = match cluster.joins.get(&alias.text) {
                Some(join) => join.clone(),
                None if alias.text == entity.label => Join::new("canonical-label", None, 1.0, &[]),
                None => Join::new("same-name", Some(entity.label.clone()), 1.0, &[("exact_or_case_variant", 1.0)]),
            };
            linking.links.push(LinkRecord {
                entity: entity.id.clone(),
                variant: alias.text.clone(),
                count: alias.count,
                rule: join.rule,
                joined_to: join.joined_to,
                score: join.score,
                parts: join.parts,
            });
        }
        linking.entities.push(entity);
    }
    linking
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii_and_stable() {
        assert_eq!(slug("Hans von der Berg"), "hans-von-der-berg");
        assert_eq!(slug("José Müller-Lüdenscheidt"), "jose-muller-ludenscheidt");
        assert_eq!(slug("U.S."), "u-s");
        assert_eq!(slug("!!"), "unnamed");
    }

    #[test]
    fn surfaces_drop_articles_and_possessives() {
        assert_eq!(surface("the EU's"), "EU");
        assert_eq!(surface("“Navigate"), "Navigate");
        assert_eq!(surface("U.S."), "U.S.");
    }

    #[test]
    fn labels_prefer_full_then_frequent() {
        let variants = vec![("Roe".to_string(), 9), ("Jane Roe".to_string(), 3), ("Jayne Roe".to_string(), 1)];
        assert_eq!(choose_label(EntityType::Person, &variants, &BTreeSet::new()), "Jane Roe");
        let tied = vec![("Jon Doe".to_string(), 1), ("John Doe".to_string(), 1)];
        let targets: BTreeSet<String> = ["John Doe".to_string()].into();
        assert_eq!(choose_label(EntityType::Person, &tied, &targets), "John Doe");
    }
}
