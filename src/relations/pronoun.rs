//! A subject pronoun read as the article's subject. An article that opens by describing one
//! person ("X (born 1950) is an American chess player ...", an encyclopedia's or an obituary's
//! lead) goes on about that person as "he" or "she": a later sentence whose subject is such a
//! pronoun ("He joined Acme in 1990.", "In 1995, she moved to Beta.") states that person's
//! affiliations, which the pattern families then read as if the name stood there.
//!
//! Only a pronoun that opens its sentence, or a short fronted phrase's main clause, and only
//! before any other person is named in the sentence: "His father, X, ... He" and "X met Y, and
//! he" are left alone, as is every article that does not open with a person's description
//! (news opens with a dateline or an event).
//!
//! Likewise an article that opens by describing an organization ("Slowdive are an English rock
//! band") goes on about it as "the band", or "it" before its founding or base: such a subject
//! is read as the organization ([`OrganizationReference`]), and so is "the band" as what a
//! person joined or left, "the band's" anywhere, and "its" before a post ("Its current CEO is
//! X"). An article about a work ("Blue Skies is the second album by American rock band The
//! Owls") calls the group it is by so too ([`group_a_work_is_by`]).
//!
//! ```
//! use nergraph::relations::pronoun::{describes_its_opening_name, subject_pronoun};
//!
//! assert!(describes_its_opening_name("Jane Roe (born 1950) is an American chess player.", 8));
//! assert!(!describes_its_opening_name("Jane Roe said on Monday that talks failed.", 8));
//! let he = subject_pronoun("In 1990, he joined Acme.").unwrap();
//! assert_eq!((he.start, he.end), (9, 11));
//! assert_eq!(subject_pronoun("The company hired him."), None);
//! ```

use std::sync::LazyLock;

use regex::Regex;

use crate::text::Span;

/// After the opening name: its asides in parentheses or between commas, then a copula ("
/// (born 1950) is an", ", OBE, was a", " was the").
static OPENING_DESCRIPTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*\([^()]*\))*\s*(,[^,;.]{1,80},)?\s*(is|was|has\s+been)\s+(an?|the|one)\s").expect("valid regex"));

/// A subject pronoun opening the sentence, or a short fronted phrase's main clause ("In 1990,
/// he ", "After the war she "); group `pronoun`.
static SUBJECT_PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*((In|By|After|Before|From|During|Later\s+in|Early\s+in|On|Following|Born|As|At|Upon|While|Since|Throughout|Under)\s+[^,;()]{1,40}?,?\s+",
        r"|(Later|Then|Subsequently|Afterwards|Eventually|Soon\s+after|Shortly\s+after)\s*,?\s+)?(?P<pronoun>[Hh]e|[Ss]he)\s+[a-z]"
    ))
    .expect("valid regex")
});

/// The gender a third-person pronoun marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The gender of a third-person pronoun ("he", "His", "herself"), if it is one.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    match word.to_lowercase().as_str() {
        "he" | "his" | "him" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// The gender of the pronouns the article uses most (strictly): an article about a woman says
/// "she" and "her" more than "he" and "his", whoever else it names.
pub fn article_gender<'t>(sentences: impl IntoIterator<Item = &'t str>) -> Option<Gender> {
    let (mut male, mut female) = (0usize, 0usize);
    for word in sentences.into_iter().flat_map(|s| s.split(|c: char| !c.is_alphabetic())) {
        match pronoun_gender(word) {
            Some(Gender::Male) => male += 1,
            Some(Gender::Female) => female += 1,
            None => {}
        }
    }
    match male.cmp(&female) {
        std::cmp::Ordering::Greater => Some(Gender::Male),
        std::cmp::Ordering::Less => Some(Gender::Female),
        std::cmp::Ordering::Equal => None,
    }
}

/// Whether a sentence opens with someone else the next sentence's pronoun may stand for: "His
/// father ...", "Her husband ...", "Their son ...".
pub fn opens_with_a_relative(sentence: &str) -> bool {
    let first = sentence.split_whitespace().next().unwrap_or("");
    matches!(first, "His" | "Her" | "Their")
}

/// The sentences (after the first) whose subject pronoun stands for the article's `subject`:
/// those of the subject's `gender` while the article is still about the subject. It turns to
/// someone else at a sentence that opens with another person's name or a relative ("His
/// father ..."), and back at one that opens with the subject's name. Each sentence is (its
/// index, its text, the person entity whose name opens it, if any), in text order.
pub fn sentences_about_subject<'t>(
    subject: usize,
    gender: Gender,
    sentences: impl IntoIterator<Item = (usize, &'t str, Option<usize>)>,
) -> std::collections::BTreeSet<usize> {
    let mut about_subject = true;
    let mut found = std::collections::BTreeSet::new();
    for (index, text, opening_person) in sentences {
        let pronoun = subject_pronoun(text).map(|at| pronoun_gender(&text[at.start..at.end]));
        match (pronoun, opening_person) {
            (Some(Some(g)), _) if g == gender && about_subject => {
                found.insert(index);
            }
            (Some(Some(g)), _) if g == gender => {}
            (_, Some(person)) => about_subject = person == subject,
            _ if opens_with_a_relative(text) => about_subject = false,
            _ => {}
        }
    }
    found
}

/// Whether the article's first sentence describes the name that opens it (`name_end`: where
/// the name ends in `first_sentence`): "X (born 1950) is an American chess player".
pub fn describes_its_opening_name(first_sentence: &str, name_end: usize) -> bool {
    first_sentence.get(name_end..).is_some_and(|rest| OPENING_DESCRIPTION.is_match(rest))
}

/// Where the sentence's subject pronoun is, if it has one ([`SUBJECT_PRONOUN`]).
pub fn subject_pronoun(sentence: &str) -> Option<Span> {
    let pronoun = SUBJECT_PRONOUN.captures(sentence)?.name("pronoun")?;
    Some(Span::new(pronoun.start(), pronoun.end()))
}

/// What a sentence's "It" must go on with to stand for an organization: its founding or its
/// base ("It was founded in 1990 by", "It is headquartered in"); or "Its" its members ("Its
/// members included", "Its original line-up consisted of").
static IT_ORGANIZATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*((?P<reference>It)\s+(was|is|has\s+been)\s+((originally|first|later|now|currently|also)\s+)?(founded|formed|established|headquartered|based|owned|incorporated|created|launched)\b",
        r"|(?P<possessive>Its)\s+((original|classic|current|first|final|founding)\s+)?((members|membership|line\s*-?\s*up|lineup)\s",
        // "Its current CEO is X", "Its first president was X".
        r"|(?P<post>[A-Za-z-]+(\s+[a-z-]+)?)\s+(is|was|has\s+been)\s+[A-Z]",
        r"|(?P<people>[a-z-]+)\s+(were|are|included|include|includes)\s))"
    ))
    .expect("valid regex")
});

/// How a sentence names the article's subject organization, which its first sentence called a
/// kind ("Slowdive are an English rock band": "band"): by a definite description or "it" as the
/// sentence's subject: "The band was formed in 1989 by", "The band's singer", "In 1995, the
/// company moved to", "It was founded by". The description must open the sentence or a short
/// fronted phrase's main clause and go on with a verb or a possessive. Made once per article:
/// the description's pattern holds its kind.
pub struct OrganizationReference {
    description: Regex,
    /// The description as what a person joined or left: "X left the band in 1995".
    object: Regex,
    /// The description with its possessive anywhere: "produced by the band's guitarist X".
    possessive: Regex,
}

/// Before the name of the group a work is by, in an article's first sentence: " is the second
/// studio album by American rock band ", " was a 1998 single by the duo " (group `kind`, the
/// group's kind if written).
static WORK_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(is|was|are|were)\s+(the|an?)\s+([^,;()]{0,60}?\s)?(album|song|single|ep|record|soundtrack|compilation|mixtape|lp|release)\s+",
        r"((recorded|released|written|performed)\s+)?by\s+(the\s+)?([A-Za-z-]+\s+){0,4}?((?P<kind>band|group|duo|trio|quartet|quintet|ensemble|orchestra)\s+)?([Tt]he\s+)?$"
    ))
    .expect("valid regex")
});

/// The kind a later sentence calls the group that a work is by, when `before` (the first
/// sentence up to the group's name) describes the work so ("the second album by American rock
/// band "): the kind written, else "band".
pub fn group_a_work_is_by(before: &str) -> Option<&'static str> {
    let captures = WORK_BY.captures(before)?;
    let kind = captures.name("kind").map_or("band", |k| k.as_str());
    ["band", "group", "duo", "trio", "quartet", "quintet", "ensemble", "orchestra"].into_iter().find(|k| *k == kind)
}

impl OrganizationReference {
    /// The reference to an organization the article called a `kind` (a lower-case noun).
    pub fn new(kind: &str) -> Option<Self> {
        // The kind, or the general noun it is one of ("a Norwegian bank ... The company was
        // founded", "an English rock trio ... The group").
        let kinds: Vec<String> = std::iter::once(kind).chain(general_kinds(kind).iter().copied()).map(regex::escape).collect();
        let pattern = format!(
            r"^\s*((In|By|After|Before|From|During|Later\s+in|Early\s+in|On|Following|In\s+the\s+\d{{4}}s|Since|Throughout|Under)\s+[^,;()]{{1,40}}?,?\s+|(Later|Then|Subsequently|Eventually)\s*,?\s+|(Founded|Formed|Established|Created|Launched|Started)\s+[^;()]{{1,60}}?,\s+)?(?P<reference>[Tt]he\s+({}))(\s+[a-z]|'s\s|’s\s)",
            kinds.join("|")
        );
        // (Not "left the band's studio": a thing of the organization's.)
        let object = format!(r"\b(joined|rejoined|re-joined|joins|left|leaves|quit|quits)\s+(?P<reference>the\s+({}))\b", kinds.join("|"));
        let possessive = format!(r"\b(?P<reference>[Tt]he\s+({}))('s|’s)\s", kinds.join("|"));
        Some(OrganizationReference {
            description: Regex::new(&pattern).ok()?,
            object: Regex::new(&object).ok()?,
            possessive: Regex::new(&possessive).ok()?,
        })
    }

    /// Where `sentence` names the organization by its kind's possessive anywhere ("It was
    /// produced by the band's guitarist X"), if it does.
    pub fn find_possessive(&self, sentence: &str) -> Option<Span> {
        let reference = self.possessive.captures(sentence)?.name("reference")?;
        Some(Span::new(reference.start(), reference.end()))
    }

    /// Whether `sentence` opens with a founding participle, whose founders are named before the
    /// organization ("Founded by Jane Roe in 1952, the company ...").
    pub fn opens_with_founding(sentence: &str) -> bool {
        ["Founded ", "Formed ", "Established ", "Created ", "Launched ", "Started "].iter().any(|w| sentence.trim_start().starts_with(w))
    }

    /// Where `sentence` names the organization as what a person joined or left ("Jane Roe left
    /// the band in 1995", "In 2003, X joined the group as drummer"), if it does.
    pub fn find_object(&self, sentence: &str) -> Option<Span> {
        let reference = self.object.captures(sentence)?.name("reference")?;
        // The noun phrase ends there: "left the band in 1995", "joined the group as drummer."
        // (not "left the group of fans", "joined the band's crew").
        let after = &sentence[reference.end()..];
        let next = after.trim_start().split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
        let ends = after.trim().is_empty()
            || after.trim_start().starts_with([',', '.', ';', ':', ')'])
            || next.starts_with(|c: char| c.is_ascii_digit())
            || (crate::text::words::follows_a_noun_phrase(next) && next != "of" && after.starts_with(' '));
        ends.then(|| Span::new(reference.start(), reference.end()))
    }

    /// Where `sentence` names the organization, if it does.
    pub fn find(&self, sentence: &str) -> Option<Span> {
        // ("Its founders were A and B": people in a role, not "Its songs were".)
        let people = |c: &regex::Captures| c.name("people").is_none_or(|p| crate::text::roles::is_plural_occupation(p.as_str()));
        // ("Its current CEO is X": a post, not "Its name is Y".)
        let post = |c: &regex::Captures| {
            c.name("post").is_none_or(|p| crate::text::roles::find_roles(p.as_str()).last().is_some_and(|r| r.span.end == p.as_str().len()))
        };
        let it = IT_ORGANIZATION
            .captures(sentence)
            .filter(|c| people(c) && post(c))
            .and_then(|c| c.name("reference").or_else(|| c.name("possessive")));
        let reference = it.or_else(|| self.description.captures(sentence)?.name("reference"))?;
        Some(Span::new(reference.start(), reference.end()))
    }
}

/// The general nouns an article may go on to call an organization of `kind` by: a bank, an
/// airline or a label is "the company"; a trio "the group" or "the band".
fn general_kinds(kind: &str) -> &'static [&'static str] {
    match kind {
        "bank" | "airline" | "carmaker" | "automaker" | "manufacturer" | "retailer" | "insurer" | "publisher" | "conglomerate"
        | "broadcaster" | "drugmaker" | "chipmaker" | "brewery" | "corporation" | "subsidiary" | "label" | "studio" | "firm"
        | "startup" | "developer" => &["company"],
        "duo" | "trio" | "quartet" | "quintet" | "ensemble" => &["group", "band"],
        "band" => &["group"],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subject_organization_joined_or_left_its_post_and_its_founding() {
        let band = OrganizationReference::new("band").unwrap();
        let object = |text: &'static str| band.find_object(text).map(|s| &text[s.start..s.end]);
        assert_eq!(object("Jane Roe left the band in 1995."), Some("the band"));
        assert_eq!(object("In 2003, Jane Roe joined the group as drummer."), Some("the group"));
        assert_eq!(object("Jane Roe quit the band."), Some("the band"));
        for text in [
            "Jane Roe left the group of fans.",
            "Jane Roe joined the band's crew.",
            "Jane Roe met the band in 1995.",
            "Jane Roe left the company in 1995.",
        ] {
            assert_eq!(object(text), None, "{text}");
        }
        let company = OrganizationReference::new("automaker").unwrap();
        let at = |text: &'static str| company.find(text).map(|s| &text[s.start..s.end]);
        assert_eq!(at("Its current CEO is Jane Roe."), Some("Its"));
        assert_eq!(at("Founded by Jane Roe in 1952, the company is a subsidiary of Acme."), Some("the company"));
        assert_eq!(at("Its name is Acme."), None, "no post");
        assert!(OrganizationReference::opens_with_founding("Founded by Jane Roe, the company grew."));
    }

    #[test]
    fn the_group_a_work_is_by() {
        assert_eq!(group_a_work_is_by("Blue Skies is the second studio album by American rock band "), Some("band"));
        assert_eq!(group_a_work_is_by("Blue Skies is the second studio album by American rock band The "), Some("band"));
        assert_eq!(group_a_work_is_by("\"Runaway\" is a song by the English duo "), Some("duo"));
        assert_eq!(group_a_work_is_by("Blue Skies is the debut album by "), Some("band"));
        assert_eq!(group_a_work_is_by("Blue Skies is a painting by "), None);
        assert_eq!(group_a_work_is_by("Jane Roe played a song by "), None, "no copula");
    }

    #[test]
    fn a_general_noun_for_the_subject_organization_s_kind() {
        let bank = OrganizationReference::new("bank").unwrap();
        assert!(bank.find("The company was founded in 1899 by Jane Roe.").is_some());
        assert!(bank.find("The bank was founded in 1899 by Jane Roe.").is_some());
        assert!(bank.find("The group was founded in 1899 by Jane Roe.").is_none(), "not a bank's general noun");
        let trio = OrganizationReference::new("trio").unwrap();
        assert!(trio.find("The group split in 1999.").is_some());
        assert!(trio.find("The company split in 1999.").is_none());
    }

    #[test]
    fn a_definite_description_or_it_stands_for_the_subject_organization() {
        let band = OrganizationReference::new("band").unwrap();
        let at = |text: &'static str| band.find(text).map(|s| &text[s.start..s.end]);
        assert_eq!(at("The band was formed in 1989 by Jane Roe."), Some("The band"));
        assert_eq!(at("The band's singer, Jane Roe, left."), Some("The band"));
        assert_eq!(at("In 1995, the band signed with Acme."), Some("the band"));
        assert_eq!(at("It was founded in 1989 by Jane Roe."), Some("It"));
        assert_eq!(at("Its members included Jane Roe and John Doe."), Some("Its"));
        assert_eq!(at("Its original line-up consisted of Jane Roe and John Doe."), Some("Its"));
        assert_eq!(at("Its founders were Jane Roe and John Doe."), Some("Its"));
        // Not another kind, a later mention, "it" before another verb, nor a name-like phrase.
        for text in [
            "The company was formed in 1989.",
            "Jane Roe left the band.",
            "It was a hit.",
            "The Band Aid single sold.",
            "Its songs included Yesterday.",
            "Its songs were written by Jane Roe.",
        ] {
            assert_eq!(at(text), None, "{text}");
        }
    }

    #[test]
    fn an_opening_description_of_the_name() {
        for text in [
            "Jane Roe (born 1950) is an American chess player.",
            "Jane Roe (1 May 1900 – 2 June 1980) was a Polish painter.",
            "Jane Roe, OBE, is a British journalist.",
            "Jane Roe was the first woman to fly.",
        ] {
            assert!(describes_its_opening_name(text, 8), "{text}");
        }
        for text in ["Jane Roe said on Monday that talks failed.", "Jane Roe and John Doe are founders.", "Jane Roe's book is a classic."] {
            assert!(!describes_its_opening_name(text, 8), "{text}");
        }
    }

    #[test]
    fn the_article_s_gender_and_a_relative_opening_a_sentence() {
        assert_eq!(
            article_gender(["Jane Roe is a player.", "She joined Acme.", "Her father, John, was a lawyer; he died."]),
            Some(Gender::Female)
        );
        assert_eq!(article_gender(["He joined Acme.", "His team won."]), Some(Gender::Male));
        assert_eq!(article_gender(["He met her.", "Acme won."]), None, "a tie");
        assert!(opens_with_a_relative("His father was a lawyer."));
        assert!(!opens_with_a_relative("He was a lawyer."));
    }

    #[test]
    fn the_pronoun_stands_for_the_subject_until_someone_else_opens_a_sentence() {
        let sentences = [
            (1, "He joined Acme in 1990.", None),
            (2, "His brother Jim was a lawyer.", Some(5)),
            (3, "He worked for Beta.", None),
            (4, "Later he joined Omega.", None),
            (5, "Tom Poe retired in 2001.", Some(0)),
            (6, "He died in 2010.", None),
            (7, "She was his wife.", None),
        ];
        assert_eq!(sentences_about_subject(0, Gender::Male, sentences).into_iter().collect::<Vec<_>>(), [1, 6]);
        let relative = [(1, "His father was a lawyer.", None), (2, "He worked for Beta.", None)];
        assert!(sentences_about_subject(0, Gender::Male, relative).is_empty());
    }

    #[test]
    fn a_subject_pronoun_opening_the_sentence_or_its_main_clause() {
        fn at(text: &str) -> Option<&str> {
            subject_pronoun(text).map(|s| &text[s.start..s.end])
        }
        assert_eq!(at("He joined Acme in 1990."), Some("He"));
        assert_eq!(at("In 1995, she moved to Beta."), Some("she"));
        assert_eq!(at("After the war he taught at Acme."), Some("he"));
        assert_eq!(at("Born in Paris in 1950, she studied at Acme."), Some("she"));
        assert_eq!(at("The company hired him."), None);
        assert_eq!(at("His father joined Acme."), None, "a possessive");
        assert_eq!(at("Then the board met, and he left."), None, "not the main clause's opening");
        assert_eq!(at("Hence the name."), None);
    }
}
