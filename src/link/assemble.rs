//! Assembling entities: clusters become [`Entity`]s with a chosen label and a unique id, every
//! spelling gets its [`LinkRecord`], and so does every join a rule turned down.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::entity::{AliasCount, Decision, Entity, EntityType, LinkRecord, Linking, MAX_LISTED_CANDIDATES};
use super::reading::Reader;
use super::tally::{Cluster, Join, NodeKey, Refusals, Tally};
use super::{names, organizations};
use crate::text::normalize::{slug, SURNAME_PARTICLES};

/// Whether every word starts with a capital (particles aside) and holds no digits.
fn well_formed(text: &str) -> bool {
    text.split_whitespace().all(|word| {
        let first = word.chars().next().unwrap_or(' ');
        (first.is_uppercase() || names::fold(word).split('-').all(|p| SURNAME_PARTICLES.contains(&p)))
            && !word.chars().any(|c| c.is_ascii_digit())
    })
}

/// Whether a person's name has a given name as well as a surname.
fn is_full_name(text: &str) -> bool {
    names::PersonName::parse(text).is_some_and(|name| name.is_full())
}

/// The fullest well-formed variant, preferring the most frequent spelling; a person's without
/// the post-nominal letters written after the name ("Oliver Longley CBE MC" is labelled "Oliver
/// Longley"; the spelling stays among the aliases).
fn choose_label(kind: EntityType, variants: &[(String, usize)], targets: &BTreeSet<String>) -> String {
    let words = |t: &str| t.split_whitespace().count();
    let label = variants
        .iter()
        .max_by(|a, b| {
            let key = |(text, count): &(String, usize)| {
                let full = match kind {
                    // "Di Maria" is two words and still a bare surname; so is "Van Doorn"
                    // where "Gert Jan Van Doorn" ends with it.
                    EntityType::Person => {
                        let ending = format!(" {text}");
                        is_full_name(text) && !variants.iter().any(|(other, _)| other.ends_with(&ending) && is_full_name(other))
                    }
                    // Not an organization's short form of another spelling ("Dolphins" of "Miami
                    // Dolphins", "Harvard" of "Harvard University"), but a name whose other
                    // spelling only adds its legal form ("Siemens" of "Siemens AG").
                    EntityType::Organization => {
                        (words(text) >= 2 || text.len() > 6) && !variants.iter().any(|(other, _)| is_short_form_of(text, other))
                    }
                    _ => words(text) >= 2 || text.len() > 6,
                };
                // Not a name with a common noun after it: "NATO" over the "NATO alliance"
                // folded into it (a person's name may end in lower case: "Joh Keun - shik").
                let described =
                    kind != EntityType::Person && text.split_whitespace().last().is_some_and(|word| word.starts_with(char::is_lowercase));
                (!described, full, well_formed(text), *count, targets.contains(text), words(text))
            };
            key(a).cmp(&key(b)).then_with(|| b.0.cmp(&a.0))
        })
        .map(|(text, _)| text.as_str())
        .unwrap_or_default();
    match kind {
        EntityType::Person => names::without_post_nominals(label).to_string(),
        _ => label.to_string(),
    }
}

/// Whether `short` is the first or last words of the longer spelling `long`, other than `long`
/// without its legal form.
fn is_short_form_of(short: &str, long: &str) -> bool {
    let opens = long.strip_prefix(short).is_some_and(|rest| rest.starts_with(' '));
    let ends = long.strip_suffix(short).is_some_and(|rest| rest.ends_with(' '));
    (opens || ends) && organizations::without_legal_suffix(long) != organizations::without_legal_suffix(short)
}

/// Turns clusters into entities with unique ids, and fills in the node map and the
/// explanations: joins, then refusals.
pub(super) fn finish(tallies: &BTreeMap<NodeKey, Tally>, clusters: Vec<Cluster>, refusals: Refusals, reader: Reader) -> Linking {
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
            let entity = Entity {
                id: format!("{}:{}", cluster.kind.id_prefix(), slug(&label)),
                label,
                kind: cluster.kind,
                aliases: variants.into_iter().map(|(text, count)| AliasCount { text, count }).collect(),
                mentions: tally.mentions,
                // Filled while the documents are read again (`Linking::count_document`).
                document_count: 0,
                documents: Vec::new(),
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
                // (The label may be the spelling without its post-nominal letters.)
                None if alias.text == entity.label
                    || (entity.kind == EntityType::Person && names::without_post_nominals(&alias.text) == entity.label) =>
                {
                    Join::new("canonical-label", None, 1.0, &[])
                }
                None => Join::new("same-name", Some(entity.label.clone()), 1.0, &[("exact_or_case_variant", 1.0)]),
            };
            linking.links.push(LinkRecord {
                decision: Decision::Joined,
                entity: Some(entity.id.clone()),
                variant: alias.text.clone(),
                count: alias.count,
                rule: join.rule,
                joined_to: join.joined_to,
                candidates: Vec::new(),
                candidate_count: None,
                reason: None,
                score: join.score,
                parts: join.parts,
            });
        }
        linking.entities.push(entity);
    }
    for ((node, rule), refusal) in refusals.0 {
        // Only names the model tagged, and only candidates that did not end in the same entity
        // by another rule.
        let Some(tally) = tallies.get(&node).filter(|t| t.tagged > 0) else { continue };
        let entity = linking.by_node.get(&node).copied();
        let mut candidates: Vec<String> = refusal
            .candidates
            .iter()
            .filter(|(candidate, _)| entity.is_none() || linking.by_node.get(*candidate).copied() != entity)
            .map(|(_, text)| text.clone())
            .collect();
        if candidates.is_empty() {
            continue;
        }
        candidates.sort();
        candidates.dedup();
        let candidate_count = candidates.len();
        candidates.truncate(MAX_LISTED_CANDIDATES);
        linking.links.push(LinkRecord {
            decision: Decision::Refused,
            entity: entity.map(|e| linking.entities[e].id.clone()),
            variant: refusal.variant,
            count: tally.mentions,
            rule: rule.to_string(),
            joined_to: None,
            candidates,
            candidate_count: Some(candidate_count),
            reason: Some(refusal.reason),
            score: 0.0,
            parts: BTreeMap::new(),
        });
    }
    linking
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_prefer_full_then_frequent() {
        let variants = vec![("Roe".to_string(), 9), ("Jane Roe".to_string(), 3), ("Jayne Roe".to_string(), 1)];
        assert_eq!(choose_label(EntityType::Person, &variants, &BTreeSet::new()), "Jane Roe");
        let tied = vec![("Jon Doe".to_string(), 1), ("John Doe".to_string(), 1)];
        let targets: BTreeSet<String> = ["John Doe".to_string()].into();
        assert_eq!(choose_label(EntityType::Person, &tied, &targets), "John Doe");
        let honoured = vec![("Oliver Longley CBE MC".to_string(), 1), ("Longley".to_string(), 2)];
        assert_eq!(choose_label(EntityType::Person, &honoured, &BTreeSet::new()), "Oliver Longley", "post-nominal letters dropped");
        // An organization's short form is no label however often it is written; a legal form
        // alone does not make a name fuller.
        let organization = |variants: &[(&str, usize)]| {
            let variants: Vec<(String, usize)> = variants.iter().map(|(text, count)| (text.to_string(), *count)).collect();
            choose_label(EntityType::Organization, &variants, &BTreeSet::new())
        };
        assert_eq!(organization(&[("Dolphins", 5), ("Miami Dolphins", 1)]), "Miami Dolphins");
        assert_eq!(organization(&[("Harvard", 3), ("Harvard University", 1)]), "Harvard University");
        assert_eq!(organization(&[("Siemens", 3), ("Siemens AG", 1)]), "Siemens");
        assert_eq!(organization(&[("News Corp", 3), ("News Corp Ltd", 1)]), "News Corp");
    }
}
