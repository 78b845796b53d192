//! Party membership named by the party's word (`affiliated_with`, PERSON → ORGANIZATION, the
//! party): "X, a Republican, said", "X was elected as a Democrat to", "X is an American
//! Conservative politician", "Democrat X", "senior Republicans A, B and C". Linking reads a
//! party word ("Republican", "Labour", "Tories") as the party, so it is an organization
//! mention here.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::confidence;
use super::sentence::{list_start, Found, SentenceView, DESCRIPTION_WHO, NAME_SUFFIX};
use crate::link::EntityType;
use crate::text::roles::{is_party_word, is_role_or_occupation};

/// From the person to the party word, country mentions taken out (a peerage first: ", 1st
/// Baronet (1870 – 1938), was a"): ", a", " is a",
/// " was elected as a", ", who ran for the Senate as a", " (born 1950) is an American", " is an
/// American politician serving as a".
static PARTY_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[
        "^",
        NAME_SUFFIX,
        r"(\s*\([^()]*\))*\s*,?\s*(",
        DESCRIPTION_WHO,
        r")?(",
        r"(is|was|became|remains|remained|has\s+been)\s+((an?|the)\s+)?",
        // (" is an American politician serving as a ": a description, then the participle.)
        r"|((is|was|were|has\s+been)\s+|(is|was)\s+an?\s+[^,;()]{0,60}?\s)?(elected|re-elected|reelected|ran|runs|served|serves|sat|stood|won|running|serving)\s+([a-z0-9-]+\s+){0,4}?as\s+(an?\s+)?",
        // (", the Republican presidential nominee,": a definite description set off.)
        r"|(an?|the)\s+",
        r")((former|lifelong|moderate|prominent|leading|senior|veteran|staunch|longtime|conservative|liberal)\s+)?$",
    ]
    .concat())
    .expect("valid regex")
});

/// A series of occupations closing a description, up to the "and" before the last one: " was a
/// British soldier, financier and " (groups `lead`, up to the article, and `series`).
static OCCUPATION_SERIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<lead>.*\b(an?|the)\s+)(?P<series>([a-z-]+\s+){0,2}?[a-z-]+(\s*,\s*([a-z-]+\s+){0,2}?[a-z-]+)*\s*,?\s+and\s+)$")
        .expect("valid regex")
});

/// `gap` (lower case) without the occupations listed before the party word's own, so that "X
/// was a British soldier, financier and Conservative politician" reads as "X was a
/// Conservative politician". Each item must end in an occupation ("a friend, ally and
/// Conservative rival" is no series of occupations).
fn without_occupation_series(gap: &str) -> Cow<'_, str> {
    let Some(captures) = OCCUPATION_SERIES.captures(gap) else { return Cow::Borrowed(gap) };
    let series = captures["series"].trim_end().strip_suffix("and").unwrap_or(&captures["series"]);
    let occupations = series
        .split(',')
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .all(|item| item.split_whitespace().last().is_some_and(is_role_or_occupation));
    if occupations {
        Cow::Owned(captures["lead"].to_string())
    } else {
        Cow::Borrowed(gap)
    }
}

/// Words allowed between a party word and the name it stands before: "senior Republicans X".
const BEFORE_NAME_FILLERS: &[&str] = &["former", "senior", "fellow", "veteran", "then", "longtime", "leading", "prominent", "moderate"];

/// The party `view.placed[index]` (a person) is said to belong to in this sentence.
pub fn party(view: &SentenceView, index: usize) -> Option<Found> {
    after_name(view, index).or_else(|| before_name(view, index))
}

fn is_party(view: &SentenceView, at: usize) -> bool {
    let p = &view.placed[at];
    p.kind == EntityType::Organization && is_party_word(p.text)
}

/// "X, a Republican,", "X was elected as a Democrat", "X is an American Labour politician":
/// the first party word after the person, before anyone else, the gap being the construction.
fn after_name(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = view.placed[index].span;
    let at = (index + 1..view.placed.len()).take_while(|&i| view.placed[i].kind != EntityType::Person).find(|&i| is_party(view, i))?;
    let party = &view.placed[at];
    let mut gap = String::new();
    let mut from = person.end;
    for p in &view.placed[index + 1..at] {
        // ("a Scottish Liberal politician": a home nation's demonym is a place.)
        if !matches!(p.kind, EntityType::Country | EntityType::Location) {
            return None;
        }
        gap.push_str(&text[from..p.span.start]);
        from = p.span.end;
    }
    gap.push_str(&text[from..party.span.start]);
    if gap.contains([';', ':']) || gap.len() > 140 || !PARTY_LEAD.is_match(&without_occupation_series(&gap.to_lowercase())) {
        return None;
    }
    // What follows the party word is a clause break or a lower-case word ("politician", "to"),
    // not more of a name ("a Republican Party official" is read by the other families).
    let after = &text[party.span.end..];
    let next_word = after.trim_start().split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
    let ends = after.trim().is_empty() || after.trim_start().starts_with([',', '.', ';', ')', '—', '–']);
    if !ends && !next_word.chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    // ("X, the Republican presidential nominee": up to two lower-case words before the role; not
    // another's, "X, the Republican senator's aide".)
    let description: Vec<&str> = after.split([',', '.', ';', ')']).next().unwrap_or("").split_whitespace().take(3).collect();
    let role_word = description.iter().find(|w| is_role_or_occupation(w));
    if description.iter().any(|w| w.ends_with("'s") || w.ends_with("’s")) {
        return None;
    }
    let role = match role_word {
        Some(word) if !ends => word.to_lowercase(),
        _ => "member".to_string(),
    };
    Some(Found { target: party.entity, role: Some(Cow::Owned(role)), confidence: confidence::MEMBERSHIP })
}

/// "Democrat X", "senior Republicans A, B and C": a party word right before the name, or a
/// plural one before the list the name is in.
fn before_name(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let first = list_start(view, index);
    let before = first.checked_sub(1)?;
    if !is_party(view, before) {
        return None;
    }
    let party = &view.placed[before];
    let gap = &text[party.span.end..view.placed[first].span.start];
    let filler = gap.split_whitespace().all(|w| BEFORE_NAME_FILLERS.contains(&w.to_lowercase().as_str()));
    // "The Republican presidential nominee X": lower-case words ending in a role.
    let words: Vec<&str> = gap.split_whitespace().collect();
    let titled = (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.last().is_some_and(|w| is_role_or_occupation(w));
    let plural = party.text.ends_with('s') || party.text.eq_ignore_ascii_case("tories");
    let role = if titled && !filler { Cow::Owned(words[words.len() - 1].to_string()) } else { Cow::Borrowed("member") };
    ((filler || titled) && gap.starts_with(' ') && (first == index || plural)).then_some(Found {
        target: party.entity,
        role: Some(role),
        confidence: if first == index { confidence::MEMBERSHIP } else { confidence::LISTED },
    })
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::view;
    use super::*;
    use EntityType::{Country, Location, Organization, Person};

    fn found(text: &str, mentions: &[(&'static str, usize, EntityType)], person: usize) -> Option<(usize, String)> {
        let v = view(text, mentions);
        party(&v, person).map(|f| (f.target, f.role.unwrap().into_owned()))
    }

    fn after(text: &str, party: &'static str) -> Option<(usize, String)> {
        found(text, &[("Jane Roe", 0, Person), (party, 1, Organization)], 0)
    }

    #[test]
    fn a_definite_description_and_a_title_of_lower_case_words() {
        assert_eq!(after("Jane Roe, the Republican presidential nominee, spoke.", "Republican"), Some((1, "nominee".to_string())));
        assert_eq!(after("Jane Roe, the Republican senator's aide, resigned.", "Republican"), None, "another's description");
        let before = [("Republican", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("The Republican presidential nominee Jane Roe spoke.", &before, 1), Some((1, "nominee".to_string())));
        assert_eq!(found("The Republican convention hall Jane Roe built.", &before, 1), None, "no role");
    }

    #[test]
    fn a_party_word_after_the_name() {
        assert_eq!(after("Jane Roe, a Republican, served two terms.", "Republican"), Some((1, "member".into())));
        assert_eq!(after("Jane Roe was elected as a Democrat to the 40th Congress.", "Democrat"), Some((1, "member".into())));
        assert_eq!(after("Jane Roe ran for the Senate as a Liberal in 1990.", "Liberal"), Some((1, "member".into())));
        assert_eq!(
            after("Jane Roe is an American politician serving as a Democratic member of the House.", "Democratic"),
            Some((1, "member".into()))
        );
        assert_eq!(
            found(
                "Jane Roe was a Scottish Liberal politician.",
                &[("Jane Roe", 0, Person), ("Scottish", 2, Location), ("Liberal", 1, Organization)],
                0
            ),
            Some((1, "politician".into()))
        );
        assert_eq!(after("Jane Roe (born 1950) is a Labour politician.", "Labour"), Some((1, "politician".into())));
        // After a series of occupations (not of other nouns).
        assert_eq!(after("Jane Roe was a soldier, financier and Conservative politician.", "Conservative"), Some((1, "politician".into())));
        assert_eq!(after("Jane Roe is a writer and Labour politician.", "Labour"), Some((1, "politician".into())));
        // Past a peerage and the dates.
        let text = "Sir Jane Roe, 1st Baronet DSO (1870 – 1938), was a soldier, financier and Conservative politician.";
        assert_eq!(after(text, "Conservative"), Some((1, "politician".into())));
        assert_eq!(after("Jane Roe, whose son was a Conservative politician, died.", "Conservative"), None, "another's description");
        assert_eq!(after("Jane Roe was a friend, ally and Conservative rival of Smith.", "Conservative"), None);
        assert_eq!(
            after("Jane Roe (born 1941) is a lobbyist who served as a Republican member of the House.", "Republican"),
            Some((1, "member".into()))
        );
        // A longer description first.
        assert_eq!(
            after(
                "Jane Roe (born June 28, 1941) is an agricultural consultant and lobbyist who served as a Republican member of the House.",
                "Republican"
            ),
            Some((1, "member".into()))
        );
        assert_eq!(
            found(
                "Jane Roe was an American Democratic politician.",
                &[("Jane Roe", 0, Person), ("American", 2, Country), ("Democratic", 1, Organization)],
                0
            ),
            Some((1, "politician".into()))
        );
    }

    #[test]
    fn a_party_word_before_the_name() {
        let people = [("Democrat", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("said Democrat Jane Roe on Monday.", &people, 1), Some((1, "member".into())));
        let list = [("Republicans", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Max Poe", 3, Person)];
        assert_eq!(found("favours to senior Republicans Jane Roe, John Doe and Max Poe.", &list, 3), Some((1, "member".into())));
        assert_eq!(found("favours to senior Republicans Jane Roe, John Doe and Max Poe.", &list, 2), Some((1, "member".into())));
    }

    #[test]
    fn other_constructions_are_not_membership() {
        assert_eq!(after("Jane Roe criticised the Republican plan.", "Republican"), None, "a verb between them");
        assert_eq!(after("Jane Roe met a Republican Party official.", "Republican"), None);
        assert_eq!(after("Jane Roe, a Republican Party official, spoke.", "Republican"), None, "more of a name follows");
        assert_eq!(
            found(
                "Jane Roe met John Doe, a Republican.",
                &[("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Republican", 1, Organization)],
                0
            ),
            None,
            "the party word is the other person's"
        );
        let list = [("Democrat", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        assert_eq!(found("said Democrat Jane Roe and John Doe.", &list, 2), None, "a singular party word names one person");
        assert_eq!(found("the Democrats and Jane Roe agreed.", &[("Democrats", 1, Organization), ("Jane Roe", 0, Person)], 1), None);
        assert_eq!(after("Jane Roe, a Acme member, spoke.", "Acme"), None, "not a party word");
    }
}
