//! Clustering organization mentions: case variants and dotted forms ("U.N." / "UN") are one
//! spelling; an acronym joins the expansion whose initials it spells ("EU" / "European
//! Union"), or the expansion it is defined for in the text ("Deutsche Welle (DW)"). An acronym
//! with several possible expansions and no definition stays apart.

use std::collections::{BTreeMap, BTreeSet};

use super::union::Clusters;
use super::{aliases::AliasRules, surface, Cluster, EntityType, Join, MentionSite};

/// Words skipped when forming initials.
const MINOR_WORDS: &[&str] = &["of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&", "to", "at", "a"];

/// Comparison key: lower-case, dots dropped.
fn key(text: &str) -> String {
    surface(text).replace('.', "").to_lowercase()
}

/// "NATO", "EU", "W.H.O." — short and all capitals.
pub(crate) fn is_acronym(text: &str) -> bool {
    let letters: String = text.chars().filter(|c| *c != '.' && *c != '&').collect();
    (2..=7).contains(&letters.chars().count()) && letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Initials of the major words: "World Health Organization" -> "who".
pub(crate) fn initials(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !MINOR_WORDS.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An acronym defined right after the mention: "World Health Organization (WHO)".
fn defined_acronym(site: &MentionSite) -> Option<String> {
    let sentence = site.analysed.sentence(site.mention.sentence)?;
    let after = sentence.text.get(site.mention.end.checked_sub(sentence.start)?..)?;
    let inside = after.trim_start().strip_prefix('(')?;
    let acronym = &inside[..inside.find(')')?];
    is_acronym(acronym.trim()).then(|| acronym.trim().to_string())
}

pub(crate) fn cluster(sites: &[MentionSite], orgs: &[usize], rules: &AliasRules) -> Vec<Cluster> {
    let mut nodes: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &m in orgs {
        let k = key(&sites[m].mention.text);
        if !k.is_empty() {
            nodes.entry(k).or_default().push(m);
        }
    }
    let keys: Vec<String> = nodes.keys().cloned().collect();
    let texts: Vec<String> = keys.iter().map(|k| surface(&sites[nodes[k][0]].mention.text)).collect();
    let position: BTreeMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
    let mut clusters = Clusters::new(keys.len());
    for (x, y) in &rules.forbid {
        let matching = |wanted: &str| -> Vec<usize> { (0..keys.len()).filter(|&n| keys[n] == key(wanted)).collect() };
        for a in matching(x) {
            for b in matching(y) {
                clusters.forbid(a, b);
            }
        }
    }
    let mut joins: BTreeMap<usize, Join> = BTreeMap::new();

    // Acronyms defined in the text.
    let mut defined: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for &m in orgs {
        if let Some(acronym) = defined_acronym(&sites[m]) {
            if let Some(&expansion) = position.get(key(&sites[m].mention.text).as_str()) {
                defined.entry(acronym.replace('.', "").to_lowercase()).or_default().insert(expansion);
            }
        }
    }
    for (acronym, expansions) in &defined {
        if let (Some(&short), 1) = (position.get(acronym.as_str()), expansions.len()) {
            let expansion = *expansions.iter().next().unwrap_or(&short);
            if clusters.join(short, expansion) {
                joins.insert(short, Join::new("acronym-defined-in-text", Some(texts[expansion].clone()), 1.0, &[("defined_in_text", 1.0)]));
            }
        }
    }
    // Acronyms spelled by initials.
    let mut by_initials: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (n, text) in texts.iter().enumerate() {
        if !is_acronym(text) && text.split_whitespace().count() > 1 {
            by_initials.entry(initials(text)).or_default().push(n);
        }
    }
    for short in 0..keys.len() {
        if joins.contains_key(&short) || !is_acronym(&texts[short]) {
            continue;
        }
        let expansions = by_initials.get(&keys[short]).map(Vec::as_slice).unwrap_or(&[]);
        if let [expansion] = expansions[..] {
            if clusters.join(short, expansion) {
                joins.insert(short, Join::new("acronym-initials", Some(texts[expansion].clone()), 0.9, &[("initials_match", 1.0)]));
            }
        }
    }

    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for node in 0..keys.len() {
        by_root.entry(clusters.root(node)).or_default().push(node);
    }
    by_root
        .into_values()
        .map(|members| {
            let mut mentions: Vec<usize> = members.iter().flat_map(|&n| nodes[&keys[n]].iter().copied()).collect();
            mentions.sort_unstable();
            let joins = members.iter().filter_map(|n| joins.get(n).map(|j| (texts[*n].clone(), j.clone()))).collect();
            Cluster { kind: EntityType::Organization, label: None, mentions, joins }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_and_initials() {
        assert!(is_acronym("WHO"));
        assert!(is_acronym("U.N."));
        assert!(!is_acronym("Reuters"));
        assert_eq!(initials("World Health Organization"), "who");
        assert_eq!(initials("North Atlantic Treaty Organization"), "nato");
        assert_eq!(initials("Bank for International Settlements"), "bis");
    }
}
