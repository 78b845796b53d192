//! Nationality through a demonym (`affiliated_with`, PERSON → COUNTRY, the role being the
//! occupation): "X (born 1950) is an American chess player", "X was a French actress", "the
//! Australian singer X", "French-born X", "X from Venezuela.". Linking reads a demonym before an occupation as its
//! country, so the demonym is a country mention here.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::confidence;
use super::sentence::{Found, SentenceView};
use crate::link::{countries, EntityType};
use crate::text::roles::{is_occupation_word, is_role_word};

/// From the subject to the demonym: "(born 1950) is an", ", who was a former", ", a".
static COPULA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))*\s*(,\s*(an?|the)\s+|,?\s*(who\s+)?(is|was|became|remains|has\s+been)\s+(an?|the)\s+)(\S+\s+){0,2}$")
        .expect("valid regex")
});

/// Words that end the noun phrase after a demonym.
const PHRASE_ENDS: &[&str] = &["and", "or", "who", "which", "that", "from", "of", "in", "at", "for", "with", "by", "born", "based"];

/// The occupation phrase right after a demonym: up to three lower-case words, the last an
/// occupation or role ("chess player"); punctuation or a capitalised word ends the search.
/// With `any_noun`, a phrase of lower-case words that ends at punctuation or a phrase end also
/// counts ("art curator"): the copula frame already says it describes the person.
fn occupation_after(text: &str, any_noun: bool) -> Option<&str> {
    let rest = text.trim_start_matches([' ', '-']);
    // "a Spanish language name", "Argentine born": the language, or a birthplace, not a nationality
    // with an occupation.
    let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if matches!(first, "language" | "born" | "name" | "word" | "cuisine" | "dialect") {
        return None;
    }
    let mut end = 0;
    for word in rest.split(' ').take(4) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if is_occupation_word(bare) || is_role_word(bare) {
            return Some(&rest[..end + bare.len()]);
        }
        let phrase_end = PHRASE_ENDS.contains(&bare);
        let punctuated = bare.len() != word.len();
        let lower = !bare.is_empty() && bare.chars().all(|c| c.is_lowercase() || c == '-');
        if any_noun && end > 0 && phrase_end {
            return Some(rest[..end].trim_end());
        }
        if any_noun && punctuated && lower {
            return Some(&rest[..end + bare.len()]);
        }
        if phrase_end || punctuated || !lower {
            return None;
        }
        end += word.len() + 1;
    }
    None
}

/// "-born", "- born": a birthplace demonym.
fn is_born(between: &str) -> bool {
    between.split_whitespace().collect::<String>() == "-born"
}

/// The nationality `view.placed[index]` (a person) is given in this sentence.
pub fn nationality(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let placed = &view.placed;
    let person = placed[index].span;
    // "X is an American chess player": the person is the first one of the sentence. The
    // demonym is the first country mention the construction reaches (a birthplace in
    // parentheses may come before it).
    if placed[..index].iter().all(|p| p.kind != EntityType::Person) {
        // Other names may stand in a parenthesis before it ("(1906, Paris - 1987, Créteil)"); the
        // copula pattern admits nothing else between the subject and the demonym.
        let countries = placed[index + 1..].iter().filter(|p| p.kind == EntityType::Country);
        for country in countries {
            let gap = text[person.end..country.span.start].to_lowercase();
            if COPULA.is_match(&gap) {
                if let Some(role) = occupation_after(&text[country.span.end..], true) {
                    return Some(Found { target: country.entity, role: Some(owned(role)), confidence: confidence::NATIONALITY });
                }
            }
        }
    }
    // "his successor, Arturo Sosa from Venezuela.": a country named right after the person, the
    // clause ending there ("Jane Roe from France arrived" is not read: "from" may be the route).
    if let Some(country) = placed.get(index + 1).filter(|p| p.kind == EntityType::Country) {
        let after = text[country.span.end..].trim_start();
        let clause_ends = after.is_empty() || after.starts_with([',', '.', ';', ')']) || after.starts_with("and ");
        if text[person.end..country.span.start].trim() == "from" && clause_ends && countries::by_name(country.text, true).is_some() {
            return Some(Found { target: country.entity, role: None, confidence: confidence::FROM_COUNTRY });
        }
    }
    // "the Australian singer X", "French-born X", "New Zealand singer X": the demonym or the
    // country's name right before the name. A capital does not say nationality here: "the
    // Washington correspondent X" is a posting.
    let country = placed[..index].iter().rev().take_while(|p| p.kind != EntityType::Person).find(|p| p.kind == EntityType::Country)?;
    countries::by_demonym(country.text).or_else(|| countries::by_name(country.text, true))?;
    let between = &text[country.span.end..person.start];
    if is_born(between) {
        return Some(Found { target: country.entity, role: None, confidence: confidence::NATIONALITY });
    }
    let role = occupation_after(between, false)?;
    let rest = &between[between.find(role)? + role.len()..];
    rest.trim().is_empty().then(|| Found { target: country.entity, role: Some(owned(role)), confidence: confidence::NATIONALITY })
}

fn owned(role: &str) -> Cow<'static, str> {
    Cow::Owned(role.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::view;
    use super::*;
    use EntityType::{Country, Organization, Person};

    fn found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Option<(usize, Option<String>)> {
        let v = view(text, mentions);
        let person = v.placed.iter().position(|p| p.kind == Person).unwrap();
        nationality(&v, person).map(|f| (f.target, f.role.map(|r| r.into_owned())))
    }

    #[test]
    fn demonyms_give_nationality_and_occupation() {
        assert_eq!(
            found("Jane Roe (born 1950) is an American chess player.", &[("Jane Roe", 0, Person), ("American", 1, Country)]),
            Some((1, Some("chess player".into())))
        );
        assert_eq!(
            found("Jane Roe was a French actress and singer.", &[("Jane Roe", 0, Person), ("French", 1, Country)]),
            Some((1, Some("actress".into())))
        );
        assert_eq!(
            found("The Australian singer Jane Roe toured.", &[("Australian", 1, Country), ("Jane Roe", 0, Person)]),
            Some((1, Some("singer".into())))
        );
        assert_eq!(found("French-born Jane Roe toured.", &[("French", 1, Country), ("Jane Roe", 0, Person)]), Some((1, None)));
        assert_eq!(
            found("They named her successor, Jane Roe from Venezuela.", &[("Jane Roe", 0, Person), ("Venezuela", 1, Country)]),
            Some((1, None))
        );
        assert_eq!(
            found("It is a song by New Zealand singer Jane Roe.", &[("New Zealand", 1, Country), ("Jane Roe", 0, Person)]),
            Some((1, Some("singer".into())))
        );
        assert_eq!(
            found(
                "Jane Roe (5 May 1906, Paris - 1987) was a French poet.",
                &[("Jane Roe", 0, Person), ("Paris", 1, Country), ("French", 1, Country)]
            ),
            Some((1, Some("poet".into())))
        );
        assert_eq!(
            found("They met Jane Roe, a UK national.", &[("Jane Roe", 0, Person), ("UK", 1, Country)]),
            Some((1, Some("national".into())))
        );
    }

    #[test]
    fn no_nationality_without_the_construction() {
        // Visiting a country, a country's organization, a non-occupation noun.
        assert_eq!(found("Jane Roe visited France last year.", &[("Jane Roe", 0, Person), ("France", 1, Country)]), None);
        assert_eq!(found("Then Jane Roe from France arrived.", &[("Jane Roe", 0, Person), ("France", 1, Country)]), None);
        assert_eq!(
            found("Jane Roe is an American Express director.", &[("Jane Roe", 0, Person), ("American Express", 1, Organization)]),
            None
        );
        assert_eq!(found("Jose is a Spanish language given name.", &[("Jose", 0, Person), ("Spanish", 1, Country)]), None);
        assert_eq!(found("Jane Roe bought a French car.", &[("Jane Roe", 0, Person), ("French", 1, Country)]), None);
        assert_eq!(found("DW's Washington correspondent Jane Roe wrote.", &[("Washington", 1, Country), ("Jane Roe", 0, Person)]), None);
        assert_eq!(found("The French wine Jane Roe sold was good.", &[("French", 1, Country), ("Jane Roe", 0, Person)]), None);
        // Not the subject: the nationality belongs to the first person.
        assert_eq!(
            found(
                "John Doe met Jane Roe, an American singer.",
                &[("John Doe", 2, Person), ("Jane Roe", 0, Person), ("American", 1, Country)]
            ),
            None
        );
    }
}
