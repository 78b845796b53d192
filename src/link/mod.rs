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
    pub documents: Vec<String>,
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
    /// For each mention (documents in order, mentions in order), its entity's index.
    pub mention_entity: Vec<Option<usize>>,
    pub links: Vec<LinkRecord>,
}

impl Linking {
    pub fn entity_id(&self, mention: usize) -> Option<&str> {
        self.mention_entity.get(mention).copied().flatten().map(|e| self.entities[e].id.as_str())
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

/// A cluster of mentions that will become one entity, before ids are assigned.
pub(crate) struct Cluster {
    pub kind: EntityType,
    /// Preferred label, if the clustering stage chose one (countries, pinned aliases).
    pub label: Option<String>,
    pub mentions: Vec<usize>,
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

/// Links all mentions of `documents`.
pub fn link(documents: &[AnalysedDocument], rules: &AliasRules) -> Linking {
    let sites: Vec<MentionSite> = documents
        .iter()
        .enumerate()
        .flat_map(|(document, analysed)| analysed.mentions.iter().map(move |mention| MentionSite { document, analysed, mention }))
        .collect();
    let mut readings: Vec<Reading> = sites.iter().map(read_mention).collect();
    correct_person_readings(&sites, &mut readings);

    let mut clusters: Vec<Cluster> = Vec::new();
    let pinned = rules.pin(&sites, &readings, &mut clusters);

    let mut by_country: BTreeMap<CountryRef, Vec<usize>> = BTreeMap::new();
    let mut by_place: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut people = Vec::new();
    let mut orgs = Vec::new();
    for (index, reading) in readings.iter().enumerate() {
        if pinned.contains(&index) {
            continue;
        }
        match reading {
            Reading::Country(country) => by_country.entry(*country).or_default().push(index),
            Reading::Location => by_place.entry(surface(&sites[index].mention.text).to_lowercase()).or_default().push(index),
            Reading::Person => people.push(index),
            Reading::Organization => orgs.push(index),
            Reading::Unlinked => {}
        }
    }
    for (country, mentions) in by_country {
        let name = country.name();
        let joins = variants(&sites, &mentions)
            .into_iter()
            .filter(|(variant, _)| *variant != name)
            .map(|(variant, _)| (variant, Join::new("country-table", Some(name.clone()), 1.0, &[("country_table", 1.0)])))
            .collect();
        clusters.push(Cluster { kind: EntityType::Country, label: Some(name), mentions, joins });
    }
    for (_, mentions) in by_place {
        clusters.push(Cluster { kind: EntityType::Location, label: None, mentions, joins: BTreeMap::new() });
    }
    let context = people::context_keys(&sites, &readings);
    clusters.extend(people::cluster(&sites, &people, &context, rules));
    clusters.extend(organizations::cluster(&sites, &orgs, rules));
    finish(&sites, clusters)
}

/// Fixes readings with what the whole corpus says about names. The model often tags a bare
/// surname as an organization ("Roe said", uncased models especially); a mention whose
/// text is a person's full name or the surname of one tagged as a person elsewhere is read as
/// that person. Conversely a one-word "person" that is a country or capital and nobody's
/// surname ("Washington's approach") is read as the country.
fn correct_person_readings(sites: &[MentionSite], readings: &mut [Reading]) {
    let mut person_forms: BTreeSet<String> = BTreeSet::new();
    for (site, reading) in sites.iter().zip(readings.iter()) {
        if *reading == Reading::Person && !site.mention.recovered {
            if let Some(name) = names::PersonName::parse(&site.mention.text) {
                if name.is_full() {
                    person_forms.insert(names::fold(&surface(&site.mention.text)));
                    person_forms.insert(name.surname.clone());
                    person_forms.insert(name.last.clone());
                }
            }
        }
    }
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

/// Distinct surface variants of `mentions`, with counts, most frequent first.
pub(crate) fn variants(sites: &[MentionSite], mentions: &[usize]) -> Vec<(String, usize)> {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for &m in mentions {
        *counts.entry(surface(&sites[m].mention.text)).or_default() += 1;
    }
    let mut counted: Vec<(String, usize)> = counts.into_iter().collect();
    counted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counted
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

/// Turns clusters into entities with unique ids, and fills in the mention map and the
/// explanations.
fn finish(sites: &[MentionSite], clusters: Vec<Cluster>) -> Linking {
    let mut prepared: Vec<(Entity, Cluster)> = clusters
        .into_iter()
        // A proposed (recovered) name becomes an entity only by joining a real one.
        .filter(|c| c.mentions.iter().any(|&m| !sites[m].mention.recovered))
        .map(|cluster| {
            let variants = variants(sites, &cluster.mentions);
            let targets: BTreeSet<String> = cluster.joins.values().filter_map(|j| j.joined_to.clone()).collect();
            let label = cluster.label.clone().unwrap_or_else(|| choose_label(cluster.kind, &variants, &targets));
            let documents: BTreeSet<String> = cluster.mentions.iter().map(|&m| sites[m].mention.document.clone()).collect();
            let entity = Entity {
                id: format!("{}:{}", cluster.kind.id_prefix(), slug(&label)),
                label,
                kind: cluster.kind,
                aliases: variants.into_iter().map(|(text, count)| AliasCount { text, count }).collect(),
                mentions: cluster.mentions.len(),
                documents: documents.into_iter().collect(),
            };
            (entity, cluster)
        })
        .collect();
    // Deterministic order: by id, then by first mention; equal ids get -2, -3...
    prepared.sort_by(|a, b| a.0.id.cmp(&b.0.id).then_with(|| a.1.mentions.iter().min().cmp(&b.1.mentions.iter().min())));
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (entity, _) in prepared.iter_mut() {
        let n = seen.entry(entity.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            entity.id = format!("{}-{}", entity.id, n);
        }
    }
    let mut linking = Linking { mention_entity: vec![None; sites.len()], ..Linking::default() };
    for (index, (entity, cluster)) in prepared.into_iter().enumerate() {
        for &m in &cluster.mentions {
            linking.mention_entity[m] = Some(index);
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
