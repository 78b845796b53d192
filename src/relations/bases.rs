//! Where an organization is based (`based_in`, ORGANIZATION → COUNTRY): an organization named
//! after its country ("US Senate", "Russian Foreign Ministry"), "Z's ORG", "Z-based ORG",
//! "ORG, based in Z", "ORG headquartered in Z".

use super::confidence;
use super::sentence::{starts_with_possessive, SentenceView};
use crate::link::countries::{self, CountryRef};
use crate::link::EntityType;
use crate::text::normalize::surface;

/// The country `view.placed[index]` (an organization) is based in, with the confidence;
/// `country_entity` finds a country's entity.
pub fn based_in(view: &SentenceView, index: usize, country_entity: &dyn Fn(CountryRef) -> Option<usize>) -> Option<(usize, f64)> {
    let text = view.text;
    let placed = &view.placed;
    let org = &placed[index];
    // Named after its country: "US Senate", "Russian Foreign Ministry".
    let name = surface(org.text);
    let mut words = name.split_whitespace();
    if let (Some(first_word), Some(_)) = (words.next(), words.next()) {
        let country = countries::by_name(first_word, false).or_else(|| countries::by_demonym(first_word));
        if let Some(entity) = country.and_then(country_entity) {
            return Some((entity, confidence::NAMED_AFTER_COUNTRY));
        }
    }
    // "Z's ORG" and "Z-based ORG".
    if let Some(previous) = index.checked_sub(1).map(|i| &placed[i]) {
        if previous.kind == EntityType::Country {
            let gap = &text[previous.span.end..org.span.start];
            let possessive = starts_with_possessive(gap).is_some_and(|n| gap[n..].trim().is_empty());
            let based = gap.trim().eq_ignore_ascii_case("-based");
            if possessive || based {
                return Some((previous.entity, confidence::COUNTRY_BEFORE_ORGANIZATION));
            }
        }
    }
    // "ORG, based in Z" / "ORG headquartered in Z".
    let next = placed.get(index + 1).filter(|next| next.kind == EntityType::Country)?;
    let gap = text[org.span.end..next.span.start].trim().trim_start_matches(',').trim().to_lowercase();
    ["based in", "headquartered in", "is based in", "is headquartered in"]
        .contains(&gap.as_str())
        .then_some((next.entity, confidence::BASED_IN_PHRASE))
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::view;
    use super::*;
    use EntityType::{Country, Organization};

    const FRANCE: usize = 9;

    fn found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Option<usize> {
        let v = view(text, mentions);
        let org = v.placed.iter().position(|p| p.kind == Organization).unwrap();
        let france = |country: CountryRef| (country.alpha2 == "FR").then_some(FRANCE);
        based_in(&v, org, &france).map(|(country, _)| country)
    }

    #[test]
    fn stated_bases() {
        assert_eq!(found("the French Foreign Ministry said", &[("French Foreign Ministry", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("France's Acme said", &[("France", FRANCE, Country), ("Acme", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the France-based Acme said", &[("France", FRANCE, Country), ("Acme", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("Acme, based in France, said", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), Some(FRANCE));
    }

    #[test]
    fn mere_neighbours_are_not_bases() {
        assert_eq!(found("Acme sold cars in France", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), None);
        assert_eq!(found("France and Acme agreed", &[("France", FRANCE, Country), ("Acme", 0, Organization)]), None);
        // A country name no entity holds.
        assert_eq!(found("the German Foreign Ministry said", &[("German Foreign Ministry", 0, Organization)]), None);
    }
}
