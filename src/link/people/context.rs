//! What surrounds a person mention: the other mentions of its sentence, the organizations or
//! countries that modify it ("US Secretary of State ..."), and the roles in front of it.
//! Shared context is the evidence that two similar spellings name one person.

use std::collections::BTreeSet;

use super::super::names::PersonName;
use super::super::reading::{MentionSite, Reading};
use crate::text::normalize::comparison_key;
use crate::text::roles::find_roles;

/// What surrounds one mention: keys of the other mentions in its sentence, the organizations
/// or countries that modify it ("US Secretary of State ..."), and the roles in front of it.
#[derive(Debug, Clone, Default)]
pub(crate) struct MentionContext {
    pub sentence: BTreeSet<String>,
    pub modifiers: BTreeSet<String>,
    pub roles: BTreeSet<String>,
}

/// Longest gap, in bytes, between a modifier and the person it modifies.
const MODIFIER_REACH: usize = 48;

fn context_key(site: &MentionSite, reading: &Reading) -> Option<String> {
    match reading {
        // A capital for its government says the same about a person as the country's name.
        Reading::Country(country) | Reading::Capital(country) => Some(format!("country:{}", country.alpha2)),
        Reading::Organization => Some(format!("org:{}", comparison_key(&site.mention.text))),
        Reading::Location => Some(format!("place:{}", comparison_key(&site.mention.text))),
        Reading::Place(name) => Some(format!("place:{}", comparison_key(name))),
        Reading::Person => PersonName::parse(&site.mention.text).map(|n| format!("person:{}", n.last)),
        Reading::Misc | Reading::Unlinked => None,
    }
}

/// Context of every person mention (indexed like `sites`; empty for the others).
pub(crate) fn context_keys(sites: &[MentionSite], readings: &[Reading]) -> Vec<MentionContext> {
    let keys: Vec<Option<String>> = sites.iter().zip(readings).map(|(s, r)| context_key(s, r)).collect();
    let mut contexts = vec![MentionContext::default(); sites.len()];
    let mut group_start = 0;
    while group_start < sites.len() {
        let same_sentence =
            |m: usize| sites[m].document == sites[group_start].document && sites[m].mention.sentence == sites[group_start].mention.sentence;
        let group_end = (group_start..sites.len()).find(|&m| !same_sentence(m)).unwrap_or(sites.len());
        for m in group_start..group_end {
            // Only people are clustered by context; other mentions keep an empty one.
            if readings[m] != Reading::Person {
                continue;
            }
            let context = &mut contexts[m];
            for (other, key) in keys.iter().enumerate().take(group_end).skip(group_start) {
                if let (true, Some(key)) = (other != m, key) {
                    context.sentence.insert(key.clone());
                }
            }
            let (before, _) = sites[m].around();
            let gap_start = before.len().saturating_sub(MODIFIER_REACH);
            let mut gap_start = gap_start;
            while !before.is_char_boundary(gap_start) {
                gap_start += 1;
            }
            let gap = &before[gap_start..];
            // Stop at a clause break: modifiers sit in the same noun phrase.
            let phrase_start = gap
                .char_indices()
                .rfind(|(_, c)| matches!(c, ',' | ';' | '.' | ':' | '“' | '"' | '('))
                .map(|(i, c)| i + c.len_utf8())
                .unwrap_or(0);
            let phrase = &gap[phrase_start..];
            for role in find_roles(phrase) {
                context.roles.insert(role.role.to_lowercase());
            }
            let sentence_start = sites[m].mention.span.start - before.len();
            let phrase_from = sentence_start + gap_start + phrase_start;
            for other in (group_start..m).rev() {
                let mention = sites[other].mention;
                if mention.span.start >= sites[m].mention.span.start {
                    continue;
                }
                if mention.span.end < phrase_from {
                    break;
                }
                if readings[other] == Reading::Person {
                    break;
                }
                if matches!(readings[other], Reading::Country(_) | Reading::Capital(_) | Reading::Organization) {
                    if let Some(key) = &keys[other] {
                        context.modifiers.insert(key.clone());
                    }
                }
            }
            context.sentence.extend(context.roles.iter().map(|r| format!("role:{r}")));
        }
        group_start = group_end;
    }
    contexts
}
