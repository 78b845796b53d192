//! Stage 5, relations: takes the analysed documents and the linking, gives typed edges with
//! evidence sentences.
//!
//! - `affiliated_with` (PERSON → ORGANIZATION or COUNTRY), from title and apposition patterns
//!   over the mention spans and the role list ([`crate::roles`]):
//!   - title before the name: "US Secretary of State X", "NATO's Secretary-General X",
//!     "Chinese Foreign Minister X", "DW's Washington correspondent X" (a possessive owner wins
//!     over a place), "Z's X" (possessive, no role);
//!   - apposition after the name: "X, the Y of Z", "X, Z's Y", "X, Y of Z";
//!   - apposition before the name: "Z's Y, X".
//!
//!   The title phrase ends at a clause break or at another person, so a neighbour's title is
//!   never borrowed; merely sharing a sentence gives only `co_mentioned`.
//! - `based_in` (ORGANIZATION → COUNTRY): "Z's ORG", an organization named after its country
//!   ("US Senate"), "ORG, based in Z", "Z-based ORG", "ORG headquartered in Z".
//! - `co_mentioned`: two entities in one sentence.
//!
//! Each edge counts its supporting sentences (`weight`) and keeps up to
//! [`MAX_EVIDENCE`] of them, the first in document order.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::link::{countries, surface, EntityType, Linking, POSSESSIVES};
use crate::mentions::AnalysedDocument;
use crate::roles::{find_roles, RoleMatch};

/// Evidence sentences kept per edge.
pub const MAX_EVIDENCE: usize = 5;

/// Words a title phrase may hold besides names and the role: "top", "foreign policy", "former".
const TITLE_FILLERS: &[&str] = &[
    "top", "chief", "foreign", "policy", "deputy", "former", "acting", "senior", "then", "new", "outgoing", "incoming",
    "interim", "vice", "special", "his", "her", "their", "its", "and", "the", "a", "an", "of", "for", "state", "defence",
    "defense", "trade", "security", "health", "national", "general", "washington", "eu", "un",
];

/// A sentence that supports an edge.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Evidence {
    pub document: String,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One edge of the relation graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    pub relation: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub weight: usize,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
}

/// A mention in a sentence with its entity.
#[derive(Debug, Clone, Copy)]
struct Placed<'a> {
    start: usize,
    end: usize,
    entity: usize,
    kind: EntityType,
    text: &'a str,
}

/// One edge while documents stream past: its weight, the product of its misses, and its
/// first evidence sentences (bounded, so memory does not grow with the corpus).
struct EdgeAcc {
    weight: usize,
    miss: f64,
    /// The last sentence counted, as (document ordinal, sentence index).
    last: Option<(usize, usize)>,
    evidence: BTreeSet<Evidence>,
}

type EdgeKey = (usize, usize, &'static str, Option<&'static str>);

/// Collects relations document by document; [`Relations::finish`] gives the edges.
#[derive(Default)]
pub struct Relations {
    edges: BTreeMap<EdgeKey, EdgeAcc>,
    documents: usize,
}

impl Relations {
    /// Adds the relations of one document; `entities` holds each mention's entity index.
    pub fn add_document(&mut self, document: &AnalysedDocument, entities: &[Option<usize>], linking: &Linking) {
        let ordinal = self.documents;
        self.documents += 1;
        let mut by_sentence: BTreeMap<usize, Vec<Placed>> = BTreeMap::new();
        for (mention, entity) in document.mentions.iter().zip(entities) {
            if let Some(entity) = *entity {
                by_sentence.entry(mention.sentence).or_default().push(Placed {
                    start: mention.start,
                    end: mention.end,
                    entity,
                    kind: linking.entities[entity].kind,
                    text: &mention.text,
                });
            }
        }
        for (sentence_index, mut placed) in by_sentence {
            let Some(sentence) = document.sentence(sentence_index) else { continue };
            placed.sort_by_key(|p| (p.start, p.end));
            let local = |p: &Placed| (p.start - sentence.start, p.end - sentence.start);
            let text = sentence.text.as_str();
            let mut add = |source: usize, target: usize, relation: &'static str, role: Option<&'static str>, confidence: f64| {
                let acc = self.edges.entry((source, target, relation, role)).or_insert(EdgeAcc { weight: 0, miss: 1.0, last: None, evidence: BTreeSet::new() });
                if acc.last == Some((ordinal, sentence.index)) {
                    return;
                }
                acc.last = Some((ordinal, sentence.index));
                acc.weight += 1;
                acc.miss *= 1.0 - confidence;
                acc.evidence.insert(Evidence {
                    document: document.path.clone(),
                    sentence: sentence.index,
                    start: sentence.start,
                    end: sentence.end,
                    text: sentence.text.clone(),
                });
                if acc.evidence.len() > MAX_EVIDENCE {
                    acc.evidence.pop_last();
                }
            };
            for (i, person) in placed.iter().enumerate() {
                if person.kind != EntityType::Person {
                    continue;
                }
                for (target, role, confidence) in affiliations(text, &placed, i, &local) {
                    if target != person.entity {
                        add(person.entity, target, "affiliated_with", role, confidence);
                    }
                }
            }
            for (i, org) in placed.iter().enumerate() {
                if org.kind == EntityType::Organization {
                    if let Some((country, confidence)) = based_in(text, &placed, i, &local, linking) {
                        add(org.entity, country, "based_in", None, confidence);
                    }
                }
            }
            let entities: BTreeSet<usize> = placed.iter().map(|p| p.entity).collect();
            let entities: Vec<usize> = entities.into_iter().collect();
            for (i, &a) in entities.iter().enumerate() {
                for &b in &entities[i + 1..] {
                    // Undirected in meaning: stored from the smaller id to the larger.
                    let (source, target) = if linking.entities[a].id <= linking.entities[b].id { (a, b) } else { (b, a) };
                    add(source, target, "co_mentioned", None, 0.3);
                }
            }
        }
    }

    /// The edges, sorted by (source, target, relation, role).
    pub fn finish(self, linking: &Linking) -> Vec<Relation> {
        let mut relations: Vec<Relation> = self
            .edges
            .into_iter()
            .map(|((source, target, relation, role), acc)| Relation {
                source: linking.entities[source].id.clone(),
                target: linking.entities[target].id.clone(),
                relation: relation.to_string(),
                role: role.map(str::to_string),
                weight: acc.weight,
                confidence: ((1.0 - acc.miss) * 1000.0).round() / 1000.0,
                evidence: acc.evidence.into_iter().collect(),
            })
            .collect();
        relations.sort_by(|a, b| (&a.source, &a.target, &a.relation, &a.role).cmp(&(&b.source, &b.target, &b.relation, &b.role)));
        relations
    }
}

/// Finds all relations of documents held in memory, after [`crate::link::link`].
pub fn extract(documents: &[AnalysedDocument], linking: &Linking) -> Vec<Relation> {
    let mut relations = Relations::default();
    let mut offset = 0;
    for document in documents {
        let end = (offset + document.mentions.len()).min(linking.mention_entity.len());
        relations.add_document(document, &linking.mention_entity[offset.min(end)..end], linking);
        offset += document.mentions.len();
    }
    relations.finish(linking)
}

fn is_affiliate(kind: EntityType) -> bool {
    matches!(kind, EntityType::Organization | EntityType::Country)
}

fn starts_with_possessive(text: &str) -> Option<usize> {
    POSSESSIVES.iter().filter(|p| p.len() > 1).find(|p| text.starts_with(**p)).map(|p| p.len())
}

/// Whether `gap` (text between an affiliate and a role, or a role and a name) is title filler.
fn is_title_filler(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 4
        && words.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            bare.is_empty() || TITLE_FILLERS.contains(&bare.as_str())
        })
}

/// Affiliations of `placed[index]` (a person) in this sentence: (entity, role, confidence).
fn affiliations(
    text: &str,
    placed: &[Placed],
    index: usize,
    local: &dyn Fn(&Placed) -> (usize, usize),
) -> Vec<(usize, Option<&'static str>, f64)> {
    let mut found = Vec::new();
    let (person_start, person_end) = local(&placed[index]);

    // Title before the name, possibly set off by a comma ("NATO's chief, X").
    let before = &text[..person_start];
    let before_trimmed = before.trim_end();
    let comma_apposition = before_trimmed.ends_with(',');
    let phrase_end = if comma_apposition { before_trimmed.len() - 1 } else { before.len() };
    let clause_start = before[..phrase_end]
        .char_indices()
        .rfind(|(_, c)| matches!(c, ',' | ';' | ':' | '“' | '”' | '"' | '(' | ')' | '—' | '–'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    // The phrase also ends at the previous person: a neighbour's title is not ours.
    let previous_person_end = placed[..index]
        .iter()
        .filter(|p| p.kind == EntityType::Person)
        .map(|p| local(p).1)
        .filter(|&end| end <= phrase_end)
        .max()
        .unwrap_or(0);
    let phrase_start = clause_start.max(previous_person_end);
    if phrase_start < phrase_end {
        let phrase = &text[phrase_start..phrase_end];
        let roles: Vec<RoleMatch> = find_roles(phrase);
        // The role must close the phrase: only filler may follow it before the name.
        let role = roles.last().filter(|r| phrase[r.end..].trim().is_empty()).cloned();
        let candidates: Vec<&Placed> = placed[..index]
            .iter()
            .filter(|p| is_affiliate(p.kind) && local(p).0 >= phrase_start && local(p).1 <= phrase_end)
            .collect();
        match &role {
            Some(role) => {
                let role_start = phrase_start + role.start;
                let role_end = phrase_start + role.end;
                // Owners before the role: a possessive one wins, else the nearest.
                let owner = candidates
                    .iter()
                    .filter(|p| local(p).1 <= role_start)
                    .filter(|p| {
                        let gap = &text[local(p).1..role_start];
                        let gap = starts_with_possessive(gap).map(|n| &gap[n..]).unwrap_or(gap);
                        is_title_filler(gap) || gap_is_names(gap, placed, local, local(p).1, role_start)
                    })
                    .max_by_key(|p| (starts_with_possessive(&text[local(p).1..]).is_some(), local(p).0));
                // "Secretary of State of Z X", "Prime Minister of Z X".
                let after_role = candidates.iter().find(|p| {
                    local(p).0 >= role_end && {
                        let gap = text[role_end..local(p).0].trim().to_lowercase();
                        gap == "of" || gap == "of the"
                    }
                });
                if let Some(owner) = owner.or(after_role) {
                    let confidence = if comma_apposition { 0.8 } else { 0.9 };
                    found.push((owner.entity, Some(role.role), confidence));
                }
            }
            None => {
                // "Z's X": a possessive owner right before the name.
                if let Some(owner) = candidates.last() {
                    let gap = &text[local(owner).1..phrase_end];
                    if let Some(n) = starts_with_possessive(gap) {
                        if gap[n..].trim().is_empty() && !comma_apposition {
                            found.push((owner.entity, None, 0.75));
                        }
                    }
                }
            }
        }
    }

    // Apposition after the name: "X, the Y of Z" / "X, Z's Y" / "X, Y of Z".
    let after = &text[person_end..];
    if let Some(rest) = after.strip_prefix(',') {
        let clause_end = rest.find([',', ';', '.', '(', '“', '"']).unwrap_or(rest.len());
        let clause = &rest[..clause_end];
        let clause_start = person_end + 1;
        let roles = find_roles(clause);
        if let Some(role) = roles.first() {
            let lead = clause[..role.start].trim().to_lowercase();
            let targets: Vec<&Placed> = placed[index + 1..]
                .iter()
                .take_while(|p| p.kind != EntityType::Person)
                .filter(|p| is_affiliate(p.kind) && local(p).1 <= clause_start + clause_end)
                .collect();
            for target in targets {
                let (start, end) = local(target);
                let role_start = clause_start + role.start;
                let role_end = clause_start + role.end;
                let of_form = start >= role_end && {
                    let gap = text[role_end..start].trim().to_lowercase();
                    gap == "of" || gap == "of the" || gap == "at" || gap == "at the" || gap == "for" || gap == "for the"
                } && (lead.is_empty() || lead == "the" || lead == "a" || lead == "an" || is_title_filler(&lead));
                let possessive_form = end <= role_start
                    && text[clause_start..start].trim().to_lowercase().trim_start_matches("the").trim().is_empty()
                    && starts_with_possessive(&text[end..]).is_some()
                    && is_title_filler(&text[end..role_start].chars().skip(2).collect::<String>());
                if of_form || possessive_form {
                    found.push((target.entity, Some(role.role), 0.85));
                    break;
                }
            }
        }
    }
    found
}

/// Whether the gap between two positions holds only other mentions and filler
/// ("DW's Washington correspondent": "Washington" is a mention in the gap).
fn gap_is_names(gap: &str, placed: &[Placed], local: &dyn Fn(&Placed) -> (usize, usize), from: usize, to: usize) -> bool {
    let mut rest = gap.to_string();
    for p in placed {
        let (start, end) = local(p);
        if start >= from && end <= to {
            rest = rest.replacen(p.text, " ", 1);
        }
    }
    is_title_filler(&rest)
}

/// A country an organization is based in, from this sentence.
fn based_in(
    text: &str,
    placed: &[Placed],
    index: usize,
    local: &dyn Fn(&Placed) -> (usize, usize),
    linking: &Linking,
) -> Option<(usize, f64)> {
    let org = &placed[index];
    let (start, end) = local(org);
    // Named after its country: "US Senate", "Russian Foreign Ministry".
    let first_word = surface(org.text).split_whitespace().next().unwrap_or("").to_string();
    if surface(org.text).split_whitespace().count() > 1 {
        if let Some(country) = countries::by_name(&first_word, false).or_else(|| countries::by_demonym(&first_word)) {
            let id = format!("country:{}", crate::link::slug(&country.name()));
            if let Some(entity) = linking.entities.iter().position(|e| e.id == id) {
                return Some((entity, 0.8));
            }
        }
    }
    // "Z's ORG" and "Z-based ORG".
    if let Some(previous) = index.checked_sub(1).map(|i| &placed[i]) {
        if previous.kind == EntityType::Country {
            let gap = &text[local(previous).1..start];
            let possessive = starts_with_possessive(gap).is_some_and(|n| gap[n..].trim().is_empty());
            let based = gap.trim().eq_ignore_ascii_case("-based");
            if possessive || based {
                return Some((previous.entity, 0.85));
            }
        }
    }
    // "ORG, based in Z" / "ORG headquartered in Z".
    if let Some(next) = placed.get(index + 1) {
        if next.kind == EntityType::Country {
            let gap = text[end..local(next).0].trim().trim_start_matches(',').trim().to_lowercase();
            if ["based in", "headquartered in", "is based in", "is headquartered in"].contains(&gap.as_str()) {
                return Some((next.entity, 0.9));
            }
        }
    }
    None
}
