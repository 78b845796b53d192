//! Reading mentions before clustering: each mention of a [`LinkDocument`] is read as a person,
//! organization, country, place, or nothing ([`read_mention`]), corrected with what the whole
//! corpus says about person names, and given its node ([`Reader`]).

use std::collections::BTreeSet;
use std::ops::{Deref, DerefMut};

use super::countries::{self, by_name, CountryRef};
use super::names;
use super::tally::NodeKey;
use super::{organizations, people, recovered};
use crate::ner::mentions::{AnalysedDocument, EntityLabel, Mention};
use crate::text::normalize::{comparison_key, fold, surface};
use crate::text::roles::{find_roles, is_occupation_word, is_organization_noun, is_role_word};

/// A document as linking reads it: the model's mentions together with the names linking
/// proposes for words the model left outside ([`recovered`]), in text order. Made once per
/// document by [`LinkDocument::new`]; every pass over a document reads the same mentions.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkDocument(AnalysedDocument);

impl LinkDocument {
    pub fn new(mut analysed: AnalysedDocument) -> Self {
        let proposed = recovered::propose_names(&analysed);
        analysed.untagged.clear();
        if !proposed.is_empty() {
            analysed.mentions.extend(proposed);
            analysed.mentions.sort_by_key(|m| m.span);
        }
        LinkDocument(analysed)
    }
}

impl Deref for LinkDocument {
    type Target = AnalysedDocument;
    fn deref(&self) -> &AnalysedDocument {
        &self.0
    }
}

impl DerefMut for LinkDocument {
    fn deref_mut(&mut self) -> &mut AnalysedDocument {
        &mut self.0
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
    "government",
    "administration",
    "officials",
    "official",
    "authorities",
    "envoy",
    "envoys",
    "diplomats",
    "diplomat",
    "ministry",
    "embassy",
    "leadership",
    "leaders",
    "leader",
    "counterpart",
    "counterparts",
    "state",
    "regime",
    "forces",
    "military",
    "army",
    "navy",
    "delegation",
    "side",
    "cabinet",
    "parliament",
    "congress",
    "senate",
];

/// A mention and its place in the documents.
pub struct MentionSite<'a> {
    pub document: usize,
    pub analysed: &'a LinkDocument,
    pub mention: &'a Mention,
}

impl MentionSite<'_> {
    /// The sentence text before and after the mention.
    pub(super) fn around(&self) -> (&str, &str) {
        match self.analysed.sentence(self.mention.sentence) {
            Some(sentence) if sentence.span.contains(self.mention.span) => {
                let text = sentence.text.as_str();
                let local = self.mention.span.relative_to(sentence.span.start);
                (&text[..local.start], &text[local.end..])
            }
            _ => ("", ""),
        }
    }
}

/// Prepositions that put something in a place: "in Rome", "born at Vienna".
const LOCATIVES: &[&str] = &["in", "at", "near", "outside", "inside", "around", "across", "throughout", "of"];

/// Whether a capital names the city rather than its government. News uses a capital for the
/// government ("Beijing said", "talks with Moscow", "Washington's approach"); it is the city
/// after a locative preposition ("a museum in London", "born in Paris"), in a dateline
/// ("PARIS, France:" or "LONDON 1996-08-30"), before a date or a country ("Rome, 1920",
/// "Paris, France"), or in a list of places in parentheses ("(Lucca, 1845 - Rome, 1920)").
fn capital_is_the_city(before: &str, after: &str) -> bool {
    let previous = before.split_whitespace().last().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let after = after.trim_start();
    let is_dateline = before.trim().is_empty() && (after.starts_with([',', ':']) || after.starts_with(|c: char| c.is_ascii_digit()));
    let next = after.strip_prefix(',').map(str::trim_start).unwrap_or("");
    let next_word = next.split(|c: char| !c.is_alphanumeric() && c != ' ').next().unwrap_or("");
    let before_date_or_country = next.starts_with(|c: char| c.is_ascii_digit()) || by_name(next_word, false).is_some();
    let in_dates = before.trim_end().ends_with([',', '(', '-', '–']) && before.contains('(');
    is_dateline || LOCATIVES.contains(&previous.as_str()) || before_date_or_country || in_dates
}

/// Reads a mention as a person, organization, country or place.
pub fn read_mention(site: &MentionSite) -> Reading {
    let mention = site.mention;
    let label = &mention.label;
    let (before, after) = site.around();
    match label {
        EntityLabel::Person if mention.text.chars().any(|c| c.is_ascii_digit()) => return Reading::Unlinked,
        EntityLabel::Person => return Reading::Person,
        EntityLabel::Organization | EntityLabel::Location | EntityLabel::Misc => {}
        EntityLabel::Other(_) => return Reading::Unlinked,
    }
    let is_place_or_org = *label != EntityLabel::Misc;
    if let Some(country) = countries::by_name(&mention.text, is_place_or_org) {
        return Reading::Country(country);
    }
    if let Some(country) = countries::by_demonym(&mention.text) {
        let next = after.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        let next_two: Vec<&str> = after.split_whitespace().take(3).collect();
        // "Chinese Foreign Minister", "Chinese government", "the Russian Lavrov".
        let next_is_name = after.trim_start().chars().next().is_some_and(char::is_uppercase);
        // "an American chess player", "French-born": a nationality; "a French company": a base.
        // "X is an American jurist": the copula frame says a nationality follows.
        let after_copula = {
            let words: Vec<String> =
                before.split_whitespace().rev().take(2).map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()).collect();
            matches!(words.first().map(String::as_str), Some("a" | "an"))
                && matches!(words.get(1).map(String::as_str), Some("is" | "was" | "became" | ""))
        };
        let before_occupation = after_copula
            || after.split_whitespace().collect::<String>().starts_with("-born")
            || after
                .split_whitespace()
                .take(3)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .any(|w| is_occupation_word(w) || is_organization_noun(w));
        let before_office = next_is_name
            || before_occupation
            || STATE_NOUNS.contains(&next.as_str())
            || is_role_word(&next)
            || find_roles(&next_two.join(" ")).first().is_some_and(|r| r.span.start == 0);
        return if before_office { Reading::Country(country) } else { Reading::Unlinked };
    }
    if is_place_or_org {
        if let Some(country) = countries::by_capital(&mention.text) {
            return if capital_is_the_city(before, after) { Reading::Location } else { Reading::Country(country) };
        }
    }
    match label {
        EntityLabel::Organization => Reading::Organization,
        EntityLabel::Location => Reading::Location,
        _ => Reading::Unlinked,
    }
}

/// Reads the mentions of one document into node keys, with what the whole corpus says about
/// person names. Linking reads every document twice with it (to count, then to assign), and
/// both readings must agree.
#[derive(Debug, Default, Clone)]
pub(super) struct Reader {
    /// Full person names and their surnames, folded (see [`correct_person_readings`]).
    pub(super) person_forms: BTreeSet<String>,
    /// Alias keys of each pinned entity, in the aliases file's order.
    pub(super) pinned: Vec<BTreeSet<String>>,
}

/// One document as linking sees it.
pub(super) struct ReadDocument<'a> {
    pub sites: Vec<MentionSite<'a>>,
    pub readings: Vec<Reading>,
    pub keys: Vec<Option<NodeKey>>,
}

pub(super) fn sites_of(document: usize, analysed: &LinkDocument) -> Vec<MentionSite<'_>> {
    analysed.mentions.iter().map(|mention| MentionSite { document, analysed, mention }).collect()
}

impl Reader {
    pub(super) fn read<'a>(&self, document: usize, analysed: &'a LinkDocument) -> ReadDocument<'a> {
        let sites = sites_of(document, analysed);
        let mut readings: Vec<Reading> = sites.iter().map(read_mention).collect();
        correct_person_readings(&sites, &mut readings, &self.person_forms);
        let keys = sites.iter().zip(&readings).enumerate().map(|(m, (site, reading))| self.node_key(m, site, reading)).collect();
        ReadDocument { sites, readings, keys }
    }

    /// The node of mention `m` (index in its document); pinned aliases come before any rule.
    fn node_key(&self, m: usize, site: &MentionSite, reading: &Reading) -> Option<NodeKey> {
        let alias_key = comparison_key(&site.mention.text);
        if let Some(entity) = self.pinned.iter().position(|keys| keys.contains(&alias_key)) {
            return Some(NodeKey::Pinned(entity));
        }
        match reading {
            Reading::Country(country) => Some(NodeKey::Country(*country)),
            Reading::Location => Some(NodeKey::Place(comparison_key(&site.mention.text))),
            Reading::Person => people::node_key(site, m),
            Reading::Organization => organizations::node_key(&site.mention.text),
            Reading::Unlinked => None,
        }
    }
}

/// Forms a corpus vouches for as person names: full names tagged as people, and their
/// surnames.
pub(super) fn person_forms<'a>(sites: &'a [MentionSite], readings: &'a [Reading]) -> impl Iterator<Item = String> + 'a {
    sites.iter().zip(readings).filter(|(site, reading)| **reading == Reading::Person && !site.mention.recovered).flat_map(|(site, _)| {
        names::PersonName::parse(&site.mention.text)
            .filter(names::PersonName::is_full)
            .map(|name| [fold(&surface(&site.mention.text)), name.surname, name.last])
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
        let form = fold(&surface(&site.mention.text));
        match reading {
            Reading::Organization | Reading::Location | Reading::Unlinked
                if person_forms.contains(&form) && site.mention.text.chars().next().is_some_and(char::is_uppercase) =>
            {
                *reading = Reading::Person;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capital_is_its_government_unless_placed() {
        for (before, after) in [
            ("", " said on Monday."),
            ("talks with ", "."),
            ("", "'s approach"),
            ("aggression from Beijing and ", "."),
            ("he returned to ", " to"),
        ] {
            assert!(!capital_is_the_city(before, after), "{before:?} … {after:?}");
        }
        for (before, after) in [
            ("a museum in ", "."),
            ("", ", France: talks"),
            ("", " 1996-08-30"),
            ("He died in ", ", 1920."),
            ("She moved to ", ", Italy, in 1900."),
            ("Jane Roe (Lucca, 1845 - ", ", 1920)"),
        ] {
            assert!(capital_is_the_city(before, after), "{before:?} … {after:?}");
        }
    }
}
