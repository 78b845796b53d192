//! Mentions: takes documents, their sentences and the NER word labels; gives [`Mention`]s,
//! each an exact span of its document.
//!
//! This is where a mention is born: a chunk of labelled words (see [`super::tags`]) becomes a
//! mention spanning from its first word's start to its last word's end. Its score is the mean,
//! over its words, of the probability the model gave each word's label (first subword).
//!
//! The stage also hands on the name-shaped words the model left outside every entity
//! ([`UntaggedWord`]), with the probability it gave "outside": linking may propose some of them
//! as garbled names (`crate::link::recovered`). Deciding that is linking's job, not this one's.

use serde::{Deserialize, Serialize};

use super::tags::{chunks, Chunk, Tag, WordLabel};
use crate::text::ingest::Document;
use crate::text::normalize::SURNAME_PARTICLES;
use crate::text::roles;
use crate::text::sentences::Sentence;
use crate::text::words::{is_all_capitals, is_capitalised, is_function_word};
use crate::text::Span;

/// The entity type a model gave a mention. CoNLL labels keep their names; the OntoNotes-style
/// `PERSON`, `ORGANIZATION`, `LOCATION`/`GPE` and `NORP` map onto the CoNLL four.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityLabel {
    Person,
    Organization,
    Location,
    Misc,
    /// Any other label, as the model names it (`DATE`, `PRODUCT`, ...).
    Other(String),
}

impl EntityLabel {
    /// The label of a tag's entity type: "PER", "B-ORG"'s "ORG", ...
    pub fn parse(kind: &str) -> Self {
        match kind {
            "PER" | "PERSON" => Self::Person,
            "ORG" | "ORGANIZATION" => Self::Organization,
            "LOC" | "LOCATION" | "GPE" => Self::Location,
            "MISC" | "NORP" => Self::Misc,
            other => Self::Other(other.to_string()),
        }
    }

    /// The name written in outputs: "PER", "ORG", "LOC", "MISC", or the model's own.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Person => "PER",
            Self::Organization => "ORG",
            Self::Location => "LOC",
            Self::Misc => "MISC",
            Self::Other(label) => label,
        }
    }
}

impl Serialize for EntityLabel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for EntityLabel {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Ok(Self::parse(&text))
    }
}

/// One entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Document path relative to the input folder.
    pub document: String,
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Byte offsets into the decoded document text.
    #[serde(flatten)]
    pub span: Span,
    /// Exactly `span` of the document's text.
    pub text: String,
    pub label: EntityLabel,
    /// Mean first-subword probability of the mention's words.
    pub score: f32,
    /// Canonical entity id, filled in by the linking stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// True for a name the model left untagged that linking proposed
    /// (`crate::link::recovered`); such a mention is kept only if linking joins it to a known
    /// person. Its score is the model's probability that the word is *not* outside an entity.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recovered: bool,
}

/// A capitalised word the model left outside every entity ("Roeside"), with the probability
/// it gave that "outside" label.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct UntaggedWord {
    pub sentence: usize,
    /// Byte offsets into the document text.
    #[serde(flatten)]
    pub span: Span,
    pub outside_score: f32,
}

/// A document after NER: its mentions, the untagged name-shaped words, and the sentences that
/// hold either (text kept for context and evidence; other sentences are dropped to keep
/// memory small). This is what the analyse half hands the link half.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysedDocument {
    pub path: String,
    pub sentences: Vec<SentenceText>,
    pub mentions: Vec<Mention>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub untagged: Vec<UntaggedWord>,
}

impl AnalysedDocument {
    /// The kept sentence with this index, if any.
    pub fn sentence(&self, index: usize) -> Option<&SentenceText> {
        self.sentences.binary_search_by_key(&index, |s| s.index).ok().map(|i| &self.sentences[i])
    }
}

/// A sentence with its text, offsets into the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceText {
    pub index: usize,
    #[serde(flatten)]
    pub span: Span,
    pub text: String,
}

/// Rounds a probability to four decimals, as outputs show it.
pub fn round_score(score: f32) -> f32 {
    (score * 10_000.0).round() / 10_000.0
}

/// Whether a word looks like a name the model may have missed: a capital, then at least three
/// lower-case letters and nothing else.
pub fn is_name_shaped(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && word.chars().count() >= 4 && chars.all(|c| c.is_lowercase() && c.is_alphabetic())
}

/// A chunk's words without the junk a model sometimes takes in at its ends: a lower-case
/// common noun before a capitalised name ("actor Tom Hanks"; not a particle, "de Gaulle", nor
/// an article), a weekday, an opening bracket or a dash after it ("Google Tuesday", "Li Wei (")
/// and a function word after it ("the Lok
/// Sabha of India" labelled up to "of": no name ends in a lower-case "of", "and" or "the").
/// Half-open word range in, half-open range out, never empty.
fn trimmed(words: &[Span], text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    // Kept: particles, and an article, which is how some gold spells a name ("the United
    // States") and which linking reads past anyway; "rue" opens French street names.
    let kept = |word: &str| SURNAME_PARTICLES.contains(&word) || ["the", "a", "an", "rue"].contains(&word);
    let word = |i: usize| words[i].slice(text);
    let capitalised = |i: usize| word(i).chars().next().is_some_and(char::is_uppercase);
    // A bracket opened or a dash after the name ("Li Wei (born 1962)", tokenized "Transvaal -
    // born") is the start of what follows it.
    let opens_what_follows = |w: &str| w.chars().all(|c| matches!(c, '(' | '[' | '{' | '-' | '–' | '—' | ',' | ';' | ':'));
    // A verb after a capitalised name is the sentence's next word ("Walt Disney co-founded",
    // read by an uncased model): a lower-case past form or a verb of saying or being. (Other
    // lower-case words may close a name: "Sweden women's national team", "Title II of the act";
    // "k.d. lang", all lower case, keeps its words.)
    const VERBS: &[&str] = &["said", "says", "told", "is", "was", "are", "were", "has", "had", "won", "became", "wrote", "made"];
    let verb_after_name = |i: usize| {
        let w = word(i);
        let lower = w.chars().all(|c| c.is_lowercase() || c == '-');
        let verb = (w.len() > 4 && w.ends_with("ed")) || VERBS.contains(&w);
        lower && verb && !kept(w) && (start..i).any(capitalised)
    };
    while end - start > 1
        && (WEEKDAYS.contains(&word(end - 1).to_lowercase().as_str()) || opens_what_follows(word(end - 1)) || verb_after_name(end - 1))
    {
        end -= 1;
    }
    // A name the sentence's end cuts ("Clyde v Queen of the" / "South" on the next line) keeps
    // its words: linking matches what is left against the full name.
    while end - start > 1 && end < words.len() && is_function_word(word(end - 1)) {
        end -= 1;
    }
    while end - start > 1 && {
        let first = word(start);
        // "post - Civil War South": the hyphen goes with the word before it.
        let junk = (first.chars().all(|c| c.is_lowercase()) && !kept(first)) || !first.chars().any(char::is_alphanumeric);
        junk && (start + 1..end).any(capitalised)
    } {
        start += 1;
    }
    (start, end)
}

/// Chunks with a name cut after a function word joined to the chunk right after it: the model
/// labels "Queen of the" and "South", or "Bank of" and "England", as two names where the text
/// has one. The first chunk's kind is kept. (A function word ending a chunk with no capitalised
/// name right after it is trimmed instead: [`trimmed`]; "the Lok Sabha of" / "independent India"
/// stay two.)
fn joined_across_function_words(found: Vec<Chunk>, words: &[Span], text: &str) -> Vec<Chunk> {
    let mut joined: Vec<Chunk> = Vec::with_capacity(found.len());
    for chunk in found {
        match joined.last_mut() {
            // Not a function word labelled alone ("the" of "the United Kingdom"): that is dropped.
            Some(previous)
                if previous.end == chunk.start
                    && previous.end - previous.start > 1
                    && is_function_word(words[previous.end - 1].slice(text))
                    && words[chunk.start].slice(text).starts_with(char::is_uppercase) =>
            {
                previous.end = chunk.end;
            }
            // A country's name the model cut in two chunks of one kind ("Great" / "Britain",
            // "New" / "Zealand" after "competed for") is the one name: no two places written
            // side by side with nothing between spell a country's name.
            Some(previous)
                if previous.end == chunk.start
                    && previous.kind == chunk.kind
                    && chunk.kind == "LOC"
                    && !is_function_word(words[previous.start].slice(text))
                    && crate::link::countries::by_name(&text[words[previous.start].start..words[chunk.end - 1].end], false).is_some() =>
            {
                previous.end = chunk.end;
            }
            // An institution's name the model cut in two chunks of one kind ("Swedish" / "Social
            // Democratic Party", "Liberal" / "Democrats"): the second closes it with the kind of
            // institution or a party's plural, so the two are its one name. (Not after an
            // acronym, a whole name of its own: a poll's "FDP Greens".)
            Some(previous)
                if previous.end == chunk.start
                    && previous.kind == chunk.kind
                    && !is_acronym_chunk(words, text, previous)
                    && matches!(chunk.kind.as_str(), "ORG" | "MISC")
                    && words[chunk.start].slice(text).starts_with(char::is_uppercase)
                    && closes_an_institution(words[chunk.end - 1].slice(text)) =>
            {
                previous.end = chunk.end;
                previous.kind = "ORG".to_string();
            }
            // A person's name the model cut in two after an initial, a hyphen or a nickname's
            // bracket ("V.I." / "Pudovkin", "Pipe -" / "Wolferstan"): the name goes on. (Not
            // after a word: "Beatle" / "John Lennon" is a description and a name.)
            Some(previous)
                if previous.end == chunk.start
                    && previous.kind == "PER"
                    && chunk.kind == "PER"
                    && words[previous.end - 1].slice(text).ends_with(['.', '-', '(']) =>
            {
                previous.end = chunk.end;
            }
            // "The" labelled a name of its own right before the rest of one of the same kind
            // ("The" / "Hague" as two LOC chunks) is that name's article.
            Some(previous)
                if previous.end == chunk.start
                    && previous.end - previous.start == 1
                    && previous.kind == chunk.kind
                    && words[previous.start].slice(text) == "The" =>
            {
                previous.end = chunk.end;
            }
            _ => joined.push(chunk),
        }
    }
    joined
}

/// A sports club's closing abbreviation: "Hammarby IF", "Malmö FF", "Chelsea FC". An uncased
/// model reads "IF" as "if" and leaves it out ("Brøndby IF" labelled "Brøndby" alone, a
/// person); a name before one is the club. Upper case only, so "if" itself is never one.
const CLUB_SUFFIXES: &[&str] =
    &["IF", "FF", "BK", "IK", "FK", "SK", "GIF", "AIF", "FC", "AFC", "SC", "AC", "CF", "HC", "SV", "BC", "KV", "VV", "CD", "SFC"];

/// Capitalised last words of an institution's name: "Conservative Party", "Soviet Army",
/// "Catholic Church". Narrower than the organization nouns ("Channel", "House" and "Court"
/// close names of places and buildings too).
const INSTITUTION_KINDS: &[&str] = &[
    "Party",
    "Army",
    "Navy",
    "Church",
    "Union",
    "League",
    "Congress",
    "Assembly",
    "Parliament",
    "Federation",
    "Association",
    "Council",
    "Committee",
    "Front",
    "Movement",
    "Museum",
    "University",
    "Institute",
    "Academy",
    "Corps",
];

/// Words that close a performing company's name after its place or patron ("New York City
/// Ballet", "Paris Opera Ballet", "Vienna Philharmonic"), which as common nouns name works,
/// not groups ("Swan Lake is a ballet"), so they are no organization nouns elsewhere.
const ARTS_COMPANY_KINDS: &[&str] = &["Ballet", "Opera", "Philharmonic", "Symphony", "Chorus"];

/// Whether `chunk` is one word in capitals: an acronym ("FDP").
fn is_acronym_chunk(words: &[Span], text: &str, chunk: &Chunk) -> bool {
    chunk.end - chunk.start == 1 && crate::link::is_acronym(words[chunk.start].slice(text))
}

/// Whether `word` closes an institution's name: its kind ([`INSTITUTION_KINDS`]) or a party's
/// plural ("Democrats", "Greens").
fn closes_an_institution(word: &str) -> bool {
    INSTITUTION_KINDS.contains(&word)
        || matches!(word, "Democrats" | "Republicans" | "Socialists" | "Greens" | "Conservatives" | "Liberals")
}

/// Organization chunks with the capitalised word right after them that names a kind of
/// organization, when the model left that word outside every chunk: "The Esprit Orchestra is"
/// labelled "Esprit" alone. Names end in their kind more often than they are followed by one.
/// A MISC chunk before an institution's kind is that institution: "a Democratic Party
/// politician" labelled "Democratic" alone as MISC, "the Soviet Army". Any chunk before a club's
/// closing abbreviation is the club ([`CLUB_SUFFIXES`]).
fn extended_by_their_kind(mut found: Vec<Chunk>, words: &[Span], text: &str, word_tags: &[Tag]) -> Vec<Chunk> {
    for chunk in found.iter_mut().filter(|chunk| matches!(chunk.kind.as_str(), "ORG" | "MISC" | "PER" | "LOC")) {
        let Some(next) = words.get(chunk.end).map(|w| w.slice(text)) else { continue };
        if word_tags[chunk.end] != Tag::outside() {
            continue;
        }
        if CLUB_SUFFIXES.contains(&next) {
            chunk.end += 1;
            chunk.kind = "ORG".to_string();
        } else if chunk.kind == "ORG"
            && is_capitalised(next)
            && (crate::text::roles::is_organization_noun(next) || ARTS_COMPANY_KINDS.contains(&next))
        {
            chunk.end += 1;
        } else if chunk.kind == "MISC" && is_capitalised(next) && INSTITUTION_KINDS.contains(&next) {
            chunk.end += 1;
            chunk.kind = "ORG".to_string();
        }
    }
    found
}

/// Regex text: a sport, as a team's name gives it ("national football team").
const SPORT: &str = r"(football|soccer|rugby(\s+(union|league|sevens))?|cricket|basketball|((ice|field)\s+)?hockey|volleyball|handball|water\s+polo|baseball|softball|futsal|netball|lacrosse|polo)";

/// Regex text: an age group or a squad's standing ("under-21", "U17", "youth", "Olympic").
const SQUAD: &str = r"(national|under-?\d+|u-?\d+|youth|junior|olympic|amateur)";

/// The words right after a country's name or demonym that make it a team: "the Sweden women's
/// national football team", "the Brazil under-17 team", "the Irish national side".
static NATIONAL_TEAM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(&format!(r"(?i)^\s+((men|women)['’]s\s+)?({SQUAD}\s+)+({SPORT}\s+)?(team|squad|side|xi)\b")).expect("valid regex")
});

/// The rest of a team's name after a chunk that already ends in its age group ("Brazilian U17"
/// labelled alone, then "football team").
static AGE_GROUP_TEAM: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(&format!(r"(?i)^\s+({SPORT}\s+)?(team|squad|side|xi)\b")).expect("valid regex"));

/// Place, organization or MISC chunks extended over the words that make them a national team,
/// when the model left those words outside every chunk: "played for the Sweden women's
/// national football team" labelled "Sweden" alone is the team, an organization (the country
/// is the team's base, not the player's club).
fn extended_to_national_teams(mut found: Vec<Chunk>, words: &[Span], text: &str, word_tags: &[Tag]) -> Vec<Chunk> {
    static AGE_GROUP: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(?i)^(under-?\d+|u-?\d+)$").expect("valid regex"));
    for chunk in found.iter_mut().filter(|chunk| matches!(chunk.kind.as_str(), "LOC" | "ORG" | "MISC")) {
        let after = &text[words[chunk.end - 1].end..];
        let team = if AGE_GROUP.is_match(words[chunk.end - 1].slice(text)) { &AGE_GROUP_TEAM } else { &NATIONAL_TEAM };
        let Some(found_team) = team.find(after) else { continue };
        let team_end = words[chunk.end - 1].end + found_team.end();
        let last = (chunk.end..words.len()).find(|&i| words[i].end == team_end);
        if let Some(last) = last.filter(|&last| word_tags[chunk.end..=last].iter().all(|t| *t == Tag::outside())) {
            chunk.end = last + 1;
            chunk.kind = "ORG".to_string();
        }
    }
    found
}

/// Whether a chunk of `found` takes in any of words `start..end`.
fn overlaps(found: &[Chunk], start: usize, end: usize) -> bool {
    found.iter().any(|chunk| chunk.start < end && start < chunk.end)
}

/// Names the model left outside every chunk that close with an institution's kind: "was a
/// Conservative Party politician". Two to four capitalised words, all outside, the last one of
/// [`INSTITUTION_KINDS`].
fn untagged_institutions(found: &[Chunk], words: &[Span], text: &str, word_tags: &[Tag]) -> Vec<Chunk> {
    let mut institutions = Vec::new();
    let mut start = 0;
    while start < words.len() {
        let mut end = start;
        while end < words.len() && is_untagged_name_word(words, text, word_tags, end) {
            end += 1;
        }
        let free = !overlaps(found, start, end);
        // ("The Party said": an article and the kind are no name.)
        let article = usize::from(matches!(words[start].slice(text), "The" | "A" | "An"));
        if (2..=4).contains(&(end - start - article.min(end - start))) && free && INSTITUTION_KINDS.contains(&words[end - 1].slice(text)) {
            institutions.push(Chunk { start, end, kind: "ORG".to_string() });
        }
        start = end.max(start + 1);
    }
    institutions
}

/// Party words the model left outside every chunk before a role or occupation: "a
/// Conservative politician", "a Conservative Member of Parliament", "Liberal MP". Labelled MISC,
/// as the model labels the party words it sees; linking reads them as the party.
fn untagged_party_words(found: &[Chunk], words: &[Span], text: &str, word_tags: &[Tag]) -> Vec<Chunk> {
    (1..words.len().saturating_sub(1))
        .filter(|&i| {
            let (word, next) = (words[i].slice(text), words[i + 1].slice(text));
            is_untagged_name_word(words, text, word_tags, i)
                && roles::is_party_word(word)
                && roles::is_role_or_occupation(&next.to_lowercase())
                && !overlaps(found, i, i + 1)
        })
        .map(|i| Chunk { start: i, end: i + 1, kind: "MISC".to_string() })
        .collect()
}

/// Countries' abbreviations in capitals ([`COUNTRY_ABBREVIATIONS`]) the model left outside
/// every chunk: "about US President X", where the uncased model reads the pronoun "us". Labelled
/// LOC, as the model labels the ones it sees. Not in a line written in capitals ("LET US
/// PRAY"): a neighbouring word in capitals leaves the word to the model.
fn untagged_country_abbreviations(found: &[Chunk], words: &[Span], text: &str, word_tags: &[Tag]) -> Vec<Chunk> {
    let shouted = |i: Option<usize>| i.and_then(|i| words.get(i)).is_some_and(|w| is_all_capitals(w.slice(text)));
    (0..words.len())
        .filter(|&i| {
            word_tags[i] == Tag::outside()
                && COUNTRY_ABBREVIATIONS.contains(&words[i].slice(text))
                && !shouted(i.checked_sub(1))
                && !shouted(Some(i + 1))
                && !overlaps(found, i, i + 1)
        })
        .map(|i| Chunk { start: i, end: i + 1, kind: "LOC".to_string() })
        .collect()
}

/// Abbreviations of countries' names that are never an English word when written in capitals
/// (the pronoun "us" aside, which [`untagged_country_abbreviations`] tells apart).
const COUNTRY_ABBREVIATIONS: &[&str] = &["US", "USA", "U.S.", "U.S.A.", "UK", "U.K.", "USSR", "U.S.S.R.", "UAE"];

/// Person chunks with the regnal number right after them, when the model left it outside:
/// "Margrethe II is Queen of Denmark" labelled "Margrethe" alone. "I" only before "of" or a
/// parenthesis ("Charles I of England", "Peter I (1672 - 1725)"), where it is no pronoun.
fn extended_by_regnal_numbers(mut found: Vec<Chunk>, words: &[Span], text: &str, word_tags: &[Tag]) -> Vec<Chunk> {
    for chunk in found.iter_mut().filter(|chunk| chunk.kind == "PER") {
        let Some(next) = words.get(chunk.end).map(|w| w.slice(text)) else { continue };
        let after = words.get(chunk.end + 1).map_or("", |w| w.slice(text));
        if is_regnal_number(next, after) && word_tags[chunk.end] == Tag::outside() {
            chunk.end += 1;
        }
    }
    found
}

/// A ruler's name and realm labelled as one chunk: "Louis XIV of France" (read as an
/// organization), "Mary I of England". The name to its regnal number is the person, the realm
/// after "of" (and "the") a place, which the relation patterns read as "X of Country" whatever
/// the model made of the whole.
fn split_ruler_and_realm(found: Vec<Chunk>, words: &[Span], text: &str) -> Vec<Chunk> {
    let word = |i: usize| words[i].slice(text);
    let capitalised = |range: std::ops::Range<usize>| range.into_iter().all(|k| is_capitalised(word(k)));
    found
        .into_iter()
        .flat_map(|chunk| {
            // (Past a function word the chunk opens with, which `trimmed` drops later.)
            let (start, _) = trimmed(words, text, chunk.start, chunk.end);
            let ruler = matches!(chunk.kind.as_str(), "PER" | "ORG");
            let numeral = (start + 1..chunk.end.saturating_sub(2))
                .find(|&i| ruler && word(i + 1) == "of" && is_regnal_number(word(i), "of") && capitalised(start..i));
            let split = numeral.and_then(|numeral| {
                let realm = numeral + 2 + usize::from(word(numeral + 2) == "the");
                (realm < chunk.end && capitalised(realm..chunk.end)).then(|| {
                    vec![
                        Chunk { start, end: numeral + 1, kind: "PER".to_string() },
                        Chunk { start: realm, end: chunk.end, kind: "LOC".to_string() },
                    ]
                })
            });
            split.unwrap_or_else(|| vec![chunk])
        })
        .collect()
}

/// The label of a chunk: a team of honour ("the All-NBA First Team", "an All-Star", "All-Pro")
/// is a distinction, not an organization one plays for, whatever the model made of it.
fn honour_or_label(text: &str, kind: &str) -> EntityLabel {
    // ("All-England Club" is a club: a team's or a star's name, or a league's acronym, only.)
    let honour = text.strip_prefix("All-").or_else(|| text.strip_prefix("All - ")).is_some_and(|rest| {
        let last = rest.rsplit(' ').next().unwrap_or(rest);
        let acronym = !rest.contains(' ') && rest.len() >= 2 && rest.chars().all(|c| c.is_ascii_uppercase());
        acronym || matches!(last, "Team" | "Teams" | "Star" | "Stars" | "Pro" | "American" | "Americans")
    });
    if honour && kind == "ORG" {
        return EntityLabel::Misc;
    }
    EntityLabel::parse(kind)
}

/// A ministry's portfolio and its realm labelled as one chunk: "Minister of [Defence of
/// Estonia]", "Secretary of [State of Ohio]", "[Ministry of Finance of Norway]" (the model
/// reads the portfolio as part of a name). The realm after the portfolio's "of" is a place,
/// which the title patterns read as the office's ("Minister of Defence of Estonia"); a
/// ministry before it stays an organization, and an office's title inside the chunk is no name.
fn split_portfolio_and_realm(found: Vec<Chunk>, words: &[Span], text: &str) -> Vec<Chunk> {
    let word = |i: usize| words.get(i).map_or("", |w| w.slice(text));
    let is_office = |w: &str| matches!(w, "Minister" | "Ministers" | "Secretary" | "Commissioner");
    let is_ministry = |w: &str| matches!(w, "Ministry" | "Department");
    // Capitalised words, with "and" between ("Foreign Affairs", "Trade and Industry").
    let portfolio = |range: std::ops::Range<usize>| {
        (1..=4).contains(&range.len()) && range.into_iter().all(|k| is_capitalised(word(k)) || word(k) == "and")
    };
    let realm_shaped = |range: std::ops::Range<usize>| {
        !range.is_empty()
            && is_capitalised(word(range.start))
            && range.into_iter().all(|k| is_capitalised(word(k)) || is_function_word(word(k)))
    };
    found
        .into_iter()
        .flat_map(|chunk| {
            let (start, end) = trimmed(words, text, chunk.start, chunk.end);
            // The office's title right before the chunk ("Minister of "), or opening it.
            let title_before = start >= 2 && word(start - 1) == "of" && is_office(word(start - 2));
            let opens_with_title = (is_office(word(start)) || is_ministry(word(start))) && word(start + 1) == "of";
            let portfolio_start = if opens_with_title { start + 2 } else { start };
            let of = (portfolio_start + 1..end).find(|&i| word(i) == "of").filter(|_| title_before || opens_with_title);
            let split = of.and_then(|of| {
                let realm = of + 1 + usize::from(word(of + 1) == "the");
                (portfolio(portfolio_start..of) && realm_shaped(realm..end)).then(|| {
                    let ministry = is_ministry(word(start)).then(|| Chunk { start, end: of, kind: "ORG".to_string() });
                    ministry.into_iter().chain([Chunk { start: realm, end, kind: "LOC".to_string() }]).collect::<Vec<_>>()
                })
            });
            split.unwrap_or_else(|| vec![chunk])
        })
        .collect()
}

/// A person chunk opening the sentence with the name's last word left outside, right before
/// the copula or a parenthesis: "Omar Said is a Moroccan footballer" labelled "Omar" alone (the
/// model reads "Said" as the verb). An encyclopedia opens an article so; the word is then part
/// of the subject's name.
fn extended_opening_person(mut found: Vec<Chunk>, words: &[Span], text: &str, word_tags: &[Tag]) -> Vec<Chunk> {
    if let Some(chunk) = found.first_mut().filter(|chunk| chunk.start == 0 && chunk.kind == "PER") {
        let word = |i: usize| words.get(i).map_or("", |w| w.slice(text));
        let next = word(chunk.end);
        let copula = matches!(word(chunk.end + 1), "is" | "was" | "(");
        if copula && is_capitalised(next) && word_tags[chunk.end] == Tag::outside() {
            chunk.end += 1;
        }
    }
    found
}

/// Whether `word`, with `next` after it, is a ruler's number: "II" to "XXXIX", or "I" before
/// "of" or a parenthesis ("Charles I of England", "Peter I (1672 - 1725)"), where it is no
/// pronoun.
fn is_regnal_number(word: &str, next: &str) -> bool {
    match word {
        "I" => next == "of" || next == "(",
        _ => is_roman_numeral(word),
    }
}

/// "II" to "XXXIX": the numbers rulers and popes are counted by.
fn is_roman_numeral(word: &str) -> bool {
    static ROMAN: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"^X{0,3}(IX|IV|VI{0,3}|I{1,3})?$").expect("valid regex"));
    (word.len() >= 2 || word == "V" || word == "X") && ROMAN.is_match(word)
}

/// Words that open a sentence as its subject without being a name: "It is a band".
const NOT_A_NAME: &[&str] = &["It", "This", "That", "These", "Those", "They", "He", "She", "There", "Here", "Its", "Their", "Our", "We"];

/// Whether word `i` may be part of a name the model left outside every chunk: outside,
/// capitalised, neither a function word nor a subject word ([`NOT_A_NAME`]).
fn is_untagged_name_word(words: &[Span], text: &str, word_tags: &[Tag], i: usize) -> bool {
    let word = words[i].slice(text);
    word_tags[i] == Tag::outside()
        && word.chars().next().is_some_and(char::is_uppercase)
        && !is_function_word(word)
        && !NOT_A_NAME.contains(&word)
}

/// A name the model left outside every chunk where it opens a sentence that calls it a kind of
/// group: "Slowdive are an English rock band", "The Wombats are a band", "ProSieben (...) is a
/// German television network". An encyclopedia opens its article so, and the model, which
/// reads a sentence-initial capital as weak evidence, misses some of these subjects. Up to
/// four capitalised words (after "The"), all outside; the description's head is one of
/// [`roles::GROUP_KIND_NOUNS`] (not "company" nouns people share: "producer").
fn opening_group_subject(found: &[Chunk], words: &[Span], text: &str, word_tags: &[Tag]) -> Option<Chunk> {
    // "The Wombats": the article is kept, as the model keeps it in names it tags.
    let start = usize::from(words.first()?.slice(text) == "The");
    let end = (start..words.len().min(start + 5)).take_while(|&i| is_untagged_name_word(words, text, word_tags, i)).last()? + 1;
    if end - start > 4 || found.iter().any(|chunk| chunk.start < end) {
        return None;
    }
    let description = roles::opening_description("", &text[words[end - 1].end..])?;
    roles::GROUP_KIND_NOUNS.contains(&description.head).then(|| Chunk { start: 0, end, kind: "ORG".to_string() })
}

/// Capitalised common nouns for a body, which a sentence names without naming which one ("a
/// member of the Board", "joined the Army").
const GENERIC_BODIES: &[&str] = &[
    "Board",
    "Council",
    "Committee",
    "Commission",
    "Parliament",
    "Senate",
    "House",
    "Assembly",
    "Congress",
    "Party",
    "Cabinet",
    "Government",
    "Court",
    "Army",
    "Navy",
    "Church",
    "Academy",
    "Society",
    "Club",
    "Union",
    "League",
    "Band",
    "Group",
    "Team",
    "Order",
    "Faculty",
    "Bar",
    "Guild",
    "Department",
    "Ministry",
];

/// Right before a name: "joined " ("Topper Headon joined The Clash in 1977"). A name the model
/// left outside there is what was joined; one it tagged may be a person joined ("joined Jane Roe
/// on stage"), so this is no slot of [`roles::ORGANIZATION_SLOT`].
static JOINED: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"\b(joined|rejoined|joins|joining)\s+$").expect("valid regex"));

/// Names the model left outside every chunk right after words only an organization's name
/// follows ([`roles::ORGANIZATION_SLOT`], [`JOINED`]): "all six members of New Edition", "the band The
/// Farm", "plays for Enyimba". One to four capitalised words (after "The"), all outside, not
/// running on into a longer name ("member of the Order of Canada") nor before a possessive.
fn slot_organizations(found: &[Chunk], words: &[Span], text: &str, word_tags: &[Tag]) -> Vec<Chunk> {
    let capitalised = |i: usize| is_untagged_name_word(words, text, word_tags, i);
    let mut slots = Vec::new();
    let mut start = 1;
    while start < words.len() {
        let the = usize::from(words[start].slice(text) == "The" && word_tags[start] == Tag::outside());
        let mut end = start + the;
        while end < words.len() && capitalised(end) {
            end += 1;
        }
        let length = end - start - the;
        let next = |k: usize| words.get(end + k).map_or("", |w| w.slice(text));
        let runs_on = matches!(next(0), "of" | "and" | "&" | "de")
            && words.get(end + 1).is_some_and(|_| next(1).chars().next().is_some_and(char::is_uppercase));
        let possessive = matches!(next(0), "'s" | "’s" | "'") || text[words[end.min(words.len()) - 1].end..].starts_with(['\'', '’']);
        let free = !overlaps(found, start, end);
        // ("a member of the Board": one generic word is no name.)
        let generic = length == 1 && GENERIC_BODIES.contains(&words[end - 1].slice(text));
        // "former Police member Andy Summers": the name before "member" and a person, after a
        // lower-case word (not a sentence's capitalised first word).
        let member_before_person = matches!(next(0), "member" | "members")
            && found.iter().any(|chunk| chunk.start == end + 1 && chunk.kind == "PER")
            && words[start - 1].slice(text).starts_with(|c: char| c.is_lowercase());
        if (1..=4).contains(&length)
            && !runs_on
            && !possessive
            && !generic
            && free
            && (roles::ORGANIZATION_SLOT.is_match(&text[..words[start].start])
                || JOINED.is_match(&text[..words[start].start])
                || member_before_person)
        {
            slots.push(Chunk { start, end, kind: "ORG".to_string() });
            start = end;
        } else {
            start = end.max(start + 1);
        }
    }
    slots
}

/// What the model found in one sentence: mentions, and name-shaped words it left outside.
pub struct SentenceFindings {
    pub mentions: Vec<Mention>,
    pub untagged: Vec<UntaggedWord>,
}

/// The mentions of one sentence, from its words (relative to the sentence) and their labels.
pub fn sentence_mentions(document: &Document, sentence: &Sentence, words: &[Span], labels: &[WordLabel], tags: &[Tag]) -> SentenceFindings {
    let word_tags: Vec<Tag> = labels.iter().map(|l| tags.get(l.label as usize).cloned().unwrap_or_else(Tag::outside)).collect();
    let sentence_text = sentence.text(&document.text);
    let found = extended_by_their_kind(chunks(&word_tags), words, sentence_text, &word_tags);
    let found = extended_to_national_teams(found, words, sentence_text, &word_tags);
    let found = extended_opening_person(found, words, sentence_text, &word_tags);
    let mut found = extended_by_regnal_numbers(found, words, sentence_text, &word_tags);
    found.extend(opening_group_subject(&found, words, sentence_text, &word_tags));
    let slots = slot_organizations(&found, words, sentence_text, &word_tags);
    found.extend(slots);
    let institutions = untagged_institutions(&found, words, sentence_text, &word_tags);
    found.extend(institutions);
    let parties = untagged_party_words(&found, words, sentence_text, &word_tags);
    found.extend(parties);
    let abbreviations = untagged_country_abbreviations(&found, words, sentence_text, &word_tags);
    found.extend(abbreviations);
    found.sort_by_key(|chunk| chunk.start);
    let found = split_ruler_and_realm(joined_across_function_words(found, words, sentence_text), words, sentence_text);
    let mut mentions: Vec<Mention> = split_portfolio_and_realm(found, words, sentence_text)
        .into_iter()
        .map(|mut chunk| {
            (chunk.start, chunk.end) = trimmed(words, sentence_text, chunk.start, chunk.end);
            let span = Span::new(words[chunk.start].start, words[chunk.end - 1].end).shifted(sentence.span.start);
            let scores = &labels[chunk.start..chunk.end];
            let mut score = scores.iter().map(|l| l.score).sum::<f32>() / scores.len() as f32;
            // A chunk of words the model left outside (an opening subject): the model's
            // probability that they are not outside.
            if word_tags[chunk.start..chunk.end].iter().all(|t| *t == Tag::outside()) {
                score = 1.0 - score;
            }
            Mention {
                document: document.path.clone(),
                sentence: sentence.index,
                span,
                text: span.slice(&document.text).to_string(),
                label: honour_or_label(span.slice(&document.text), &chunk.kind),
                score: round_score(score),
                entity: None,
                recovered: false,
            }
        })
        // "the" of "in the United Kingdom" given a label of its own (a chunk of only a function
        // word) is no name.
        .filter(|mention| !is_function_word(&mention.text))
        .collect();
    mentions.sort_by_key(|m| m.span);
    // Not the first word (a sentence-initial capital says nothing) nor the last; not a word a
    // mention already takes in (a chunk made of words the model left outside, "plays in the
    // Serbian First League"), which linking would propose a second time.
    let inner = 1..words.len().saturating_sub(1);
    let in_a_mention = |i: usize| {
        let word = words[i].shifted(sentence.span.start);
        mentions.iter().any(|m| m.span.start <= word.start && word.end <= m.span.end)
    };
    let untagged = inner
        .filter(|&i| word_tags[i] == Tag::outside() && is_name_shaped(words[i].slice(sentence_text)) && !in_a_mention(i))
        .map(|i| UntaggedWord {
            sentence: sentence.index,
            span: words[i].shifted(sentence.span.start),
            outside_score: round_score(labels[i].score),
        })
        .collect();
    SentenceFindings { mentions, untagged }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_map_onto_the_conll_four_and_keep_others() {
        assert_eq!(EntityLabel::parse("PERSON"), EntityLabel::Person);
        assert_eq!(EntityLabel::parse("GPE"), EntityLabel::Location);
        assert_eq!(EntityLabel::parse("DATE").as_str(), "DATE");
        assert_eq!(serde_json::to_string(&EntityLabel::Organization).unwrap(), "\"ORG\"");
        assert_eq!(serde_json::from_str::<EntityLabel>("\"MISC\"").unwrap(), EntityLabel::Misc);
    }

    #[test]
    fn name_shape() {
        assert!(is_name_shaped("Roeside"));
        assert!(!is_name_shaped("Roe") && !is_name_shaped("NATO") && !is_name_shaped("roeside") && !is_name_shaped("Roe-side"));
    }

    /// What `sentence_mentions` finds in `text` (one sentence) with these tags and one label
    /// index per word.
    fn findings(text: &str, tags: &[&str], labels: &[u16]) -> SentenceFindings {
        let document = Document { path: "a.txt".into(), text: text.into(), content: vec![Span::new(0, text.len())] };
        let sentence = Sentence { index: 0, span: Span::new(0, text.len()) };
        let words = crate::text::words::split_words(text);
        assert_eq!(words.len(), labels.len(), "one label per word");
        let tags: Vec<Tag> = tags.iter().map(|t| Tag::parse(t)).collect();
        let labels: Vec<WordLabel> = labels.iter().map(|&label| WordLabel { label, score: 0.9 }).collect();
        sentence_mentions(&document, &sentence, &words, &labels, &tags)
    }

    fn spans<'t>(text: &'t str, found: &SentenceFindings) -> Vec<&'t str> {
        assert!(found.mentions.iter().all(|m| m.text == m.span.slice(text)), "a mention's text is its span's");
        found.mentions.iter().map(|m| m.span.slice(text)).collect()
    }

    #[test]
    fn mentions_are_exact_spans_and_untagged_names_are_kept_apart() {
        let text = "Jane Roe met Smithers in Paris.";
        // Jane Roe met Smithers in Paris .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-LOC"], &[1, 2, 0, 0, 0, 3, 0]);
        let labelled: Vec<(&str, &str)> = found.mentions.iter().map(|m| (m.span.slice(text), m.label.as_str())).collect();
        assert_eq!(labelled, [("Jane Roe", "PER"), ("Paris", "LOC")]);
        assert_eq!(found.untagged.len(), 1);
        assert_eq!(found.untagged[0].span.slice(text), "Smithers");
    }

    #[test]
    fn a_common_noun_before_and_a_weekday_after_a_name_are_trimmed() {
        let text = "The actor Tom Hanks met Google Tuesday and de Gaulle.";
        // The actor Tom Hanks met Google Tuesday and de Gaulle .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-ORG", "I-ORG"], &[0, 1, 2, 2, 0, 3, 4, 0, 1, 2, 0]);
        assert_eq!(spans(text, &found), ["Tom Hanks", "Google", "de Gaulle"]);
    }

    #[test]
    fn an_opening_bracket_or_a_dash_after_a_name_is_trimmed() {
        let text = "Li Wei ( born 1962 ) met Acme - Beta and Jane Roe - born staff.";
        // Li Wei ( born 1962 ) met Acme - Beta and Jane Roe - born staff .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-ORG", "I-ORG"], &[1, 2, 2, 0, 0, 0, 0, 3, 4, 4, 0, 1, 2, 2, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Li Wei", "Acme - Beta", "Jane Roe"], "a dash inside a name stays");
    }

    #[test]
    fn a_verb_after_a_capitalised_name_is_trimmed() {
        let text = "Walt Disney co-founded Acme said with bell hooks and Jane van.";
        // Walt Disney co-founded Acme said with bell hooks and Jane van .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-ORG", "I-ORG"], &[3, 4, 4, 3, 4, 0, 1, 2, 0, 1, 2, 0]);
        assert_eq!(spans(text, &found), ["Walt Disney", "Acme", "bell hooks", "Jane van"], "no capital to trim to; a particle stays");
    }

    #[test]
    fn a_person_s_name_cut_after_an_initial_is_one_name() {
        let text = "V.I. Pudovkin met Beatle John Lennon.";
        // V.I. Pudovkin met Beatle John Lennon .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[1, 1, 0, 1, 1, 2, 0]);
        assert_eq!(spans(text, &found), ["V.I. Pudovkin", "Beatle", "John Lennon"]);
    }

    #[test]
    fn an_institution_s_name_cut_in_two_is_one_name() {
        let text = "Jane Roe of the Swedish Social Democratic Party met Liberal Democrats and FDP Greens.";
        // Jane Roe of the Swedish Social Democratic Party met Liberal Democrats and FDP Greens .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-MISC"], &[1, 2, 0, 0, 3, 3, 4, 4, 0, 5, 5, 0, 3, 3, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Swedish Social Democratic Party", "Liberal Democrats", "FDP", "Greens"]);
        assert_eq!(found.mentions[2].label, EntityLabel::Organization, "a party");
    }

    #[test]
    fn a_club_s_closing_abbreviation_makes_the_name_before_it_the_club() {
        let text = "Jane Roe left Brøndby IF for Acme FC if paid.";
        // Jane Roe left Brøndby IF for Acme FC if paid .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-ORG"], &[1, 2, 0, 1, 0, 0, 3, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Brøndby IF", "Acme FC"]);
        assert_eq!(found.mentions[1].label, EntityLabel::Organization, "a person's label becomes a club's");
        let text = "Jane Roe left Acme if paid.";
        let found = findings(text, &["O", "B-PER", "I-PER", "B-ORG"], &[1, 2, 0, 3, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Acme"], "the word 'if'");
    }

    #[test]
    fn a_function_word_after_a_name_is_trimmed() {
        let text = "He sat in the Lok Sabha of India and met Bob the Builder and Of Mice.";
        // He sat in the Lok Sabha of India and met Bob the Builder and Of Mice .
        let found = findings(
            text,
            &["O", "B-ORG", "I-ORG", "B-LOC", "B-PER", "I-PER", "B-MISC", "I-MISC"],
            &[0, 0, 0, 0, 1, 2, 2, 0, 0, 0, 4, 5, 5, 0, 6, 7, 0],
        );
        assert_eq!(spans(text, &found), ["Lok Sabha", "Bob the Builder", "Of Mice"]);
    }

    #[test]
    fn a_name_cut_after_a_function_word_joins_the_name_right_after_it() {
        let text = "Queen of the South beat the Bank of England and Acme of Texas.";
        // Queen of the South beat the Bank of England and Acme of Texas .
        let found = findings(text, &["O", "B-ORG", "I-ORG", "B-LOC", "I-LOC"], &[1, 2, 2, 3, 0, 0, 1, 2, 3, 0, 1, 0, 3, 0]);
        assert_eq!(spans(text, &found), ["Queen of the South", "Bank of England", "Acme", "Texas"]);
        assert_eq!(found.mentions[0].label, EntityLabel::Organization, "the first chunk's kind");
    }

    #[test]
    fn a_country_s_name_cut_in_two_places_is_one_name() {
        let text = "She competed for Great Britain, met Paris London fans and New Zealand.";
        // She competed for Great Britain , met Paris London fans and New Zealand .
        let found = findings(text, &["O", "B-LOC"], &[0, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 0]);
        // Two places side by side that spell no country's name stay two.
        assert_eq!(spans(text, &found), ["Great Britain", "Paris", "London", "New Zealand"]);
    }

    #[test]
    fn an_organization_takes_in_its_kind_right_after_it() {
        let text = "The Esprit Orchestra met Acme orchestra members and Jane Roe Foundation staff.";
        // The Esprit Orchestra met Acme orchestra members and Jane Roe Foundation staff .
        let found = findings(text, &["O", "B-ORG", "B-PER", "I-PER"], &[0, 1, 0, 0, 1, 0, 0, 0, 2, 3, 0, 0, 0]);
        // A lower-case kind is a common noun; a person's name takes in nothing.
        assert_eq!(spans(text, &found), ["Esprit Orchestra", "Acme", "Jane Roe"]);
        let text = "Jane Roe joined the New York City Ballet and saw Acme ballet.";
        // Jane Roe joined the New York City Ballet and saw Acme ballet .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-ORG", "I-ORG"], &[1, 2, 0, 0, 3, 4, 4, 0, 0, 0, 3, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "New York City Ballet", "Acme"], "a company's kind in capitals");
    }

    #[test]
    fn a_person_takes_in_the_regnal_number_right_after_it() {
        let text = "Margrethe II met Charles I of Spain and Jane Roe I said, and Acme III.";
        // Margrethe II met Charles I of Spain and Jane Roe I said , and Acme III .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-LOC", "B-ORG"], &[1, 0, 0, 1, 0, 0, 3, 0, 1, 2, 0, 0, 0, 0, 4, 0, 0]);
        // "I" as a pronoun stays out; an organization takes in no numeral.
        assert_eq!(spans(text, &found), ["Margrethe II", "Charles I", "Spain", "Jane Roe", "Acme"]);
        assert!(["II", "V", "X", "XIV", "XXXIX", "IV"].iter().all(|w| is_roman_numeral(w)));
        assert!(["I", "IIII", "VV", "Xi", "MIX", "DC"].iter().all(|w| !is_roman_numeral(w)));
    }

    #[test]
    fn a_ruler_labelled_with_the_realm_is_a_person_and_a_place() {
        let text = "Louis XIV of France met Mary I of the United Kingdom and Acme of Spain.";
        // Louis XIV of France met Mary I of the United Kingdom and Acme of Spain .
        let tags = ["O", "B-ORG", "I-ORG", "B-PER", "I-PER"];
        let found = findings(text, &tags, &[1, 2, 2, 2, 0, 3, 4, 4, 4, 4, 4, 0, 1, 2, 2, 0]);
        let labelled: Vec<(&str, &str)> = found.mentions.iter().map(|m| (m.span.slice(text), m.label.as_str())).collect();
        assert_eq!(
            labelled,
            [("Louis XIV", "PER"), ("France", "LOC"), ("Mary I", "PER"), ("United Kingdom", "LOC"), ("Acme of Spain", "ORG")],
            "no numeral, no ruler"
        );
        // Nor a numeral of a lower-case realm or the end of the chunk.
        let text = "Title II of the act and Henry VIII ruled.";
        // Title II of the act and Henry VIII ruled .
        let found = findings(text, &tags, &[3, 4, 4, 4, 4, 0, 3, 4, 0, 0]);
        assert_eq!(spans(text, &found), ["Title II of the act", "Henry VIII"]);
    }

    #[test]
    fn a_team_of_honour_is_no_organization() {
        assert_eq!(honour_or_label("All-NBA First Team", "ORG"), EntityLabel::Misc);
        assert_eq!(honour_or_label("All - Star", "ORG"), EntityLabel::Misc);
        assert_eq!(honour_or_label("All-NBA", "ORG"), EntityLabel::Misc);
        assert_eq!(honour_or_label("Allianz", "ORG"), EntityLabel::Organization);
        assert_eq!(honour_or_label("All-England Club", "ORG"), EntityLabel::Organization, "a club");
        assert_eq!(honour_or_label("All-Ireland", "LOC"), EntityLabel::Location, "only what the model made an organization");
    }

    #[test]
    fn a_portfolio_labelled_with_its_realm_leaves_the_realm_a_place() {
        let tags = ["O", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];
        let labelled = |text: &str, labels: &[u16]| -> Vec<(String, String)> {
            let found = findings(text, &tags, labels);
            found.mentions.iter().map(|m| (m.span.slice(text).to_string(), m.label.as_str().to_string())).collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        // Jane was Minister of Defence of Estonia .
        assert_eq!(labelled("Jane was Minister of Defence of Estonia.", &[0, 0, 0, 0, 1, 2, 2, 0]), [pair("Estonia", "LOC")]);
        // Jane was Secretary of State of the Ohio Territory .
        assert_eq!(
            labelled("Jane was Secretary of State of the Ohio Territory.", &[0, 0, 0, 0, 3, 4, 4, 4, 4, 0]),
            [pair("Ohio Territory", "LOC")]
        );
        // Jane joined the Ministry of Trade and Industry of Japan .
        assert_eq!(
            labelled("Jane joined the Ministry of Trade and Industry of Japan.", &[0, 0, 0, 1, 2, 2, 2, 2, 2, 2, 0]),
            [pair("Ministry of Trade and Industry", "ORG"), pair("Japan", "LOC")]
        );
        // Not a name of its own after "of", nor one with no office before it.
        // Jane joined the Bank of England .
        assert_eq!(labelled("Jane joined the Bank of England.", &[0, 0, 0, 1, 2, 2, 0]), [pair("Bank of England", "ORG")]);
        // Jane was Minister of the University of Oslo .
        assert_eq!(
            labelled("Jane was Minister of the University of Oslo.", &[0, 0, 0, 0, 0, 1, 2, 2, 0]),
            [pair("University of Oslo", "ORG")]
        );
    }

    #[test]
    fn an_untagged_name_opening_a_sentence_that_calls_it_a_group_is_an_organization() {
        let text = "The Wombats are an English rock band.";
        // The Wombats are an English rock band .
        let found = findings(text, &["O", "B-MISC"], &[0, 0, 0, 0, 1, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["The Wombats", "English"]);
        assert_eq!(found.mentions[0].label, EntityLabel::Organization);
        assert!((found.mentions[0].score - 0.1).abs() < 1e-6, "the model's doubt, not its confidence");
        assert!(found.untagged.is_empty(), "a word the mention takes in is not proposed again");
        let text = "Acme (founded 1990) was a German record label.";
        // Acme ( founded 1990 ) was a German record label .
        let found = findings(text, &["O", "B-MISC"], &[0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Acme", "German"]);
        // Not a person's description, a pronoun, nor a name the model tagged.
        for (text, labels) in [
            ("Jane Roe is an English singer.", vec![0, 0, 0, 0, 1, 0, 0]),
            ("It is an English band.", vec![0, 0, 0, 1, 0, 0]),
            ("They were a band.", vec![0, 0, 0, 0, 0]),
        ] {
            let found = findings(text, &["O", "B-MISC"], &labels);
            assert!(found.mentions.iter().all(|m| m.label != EntityLabel::Organization), "{text}");
        }
    }

    #[test]
    fn an_untagged_name_in_an_organization_s_slot_is_an_organization() {
        let text = "Jane Roe played bass in Slowdive and joined members of New Edition.";
        // Jane Roe played bass in Slowdive and joined members of New Edition .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Slowdive", "New Edition"]);
        assert!(found.mentions[1..].iter().all(|m| m.label == EntityLabel::Organization));
        let text = "It features former Police member Jane Roe and the bass player of Slowdive.";
        // It features former Police member Jane Roe and the bass player of Slowdive .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Police", "Jane Roe", "Slowdive"]);
        assert_eq!(found.mentions[0].label, EntityLabel::Organization);
        let text = "Jane Roe is a member of the girl group Twice and a correspondent for Haaretz.";
        // Jane Roe is a member of the girl group Twice and a correspondent for Haaretz .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Twice", "Haaretz"]);
        assert!(found.mentions[1..].iter().all(|m| m.label == EntityLabel::Organization));
        let text = "Jane Roe is a member of the South Korean girl group Twice.";
        // Jane Roe is a member of the South Korean girl group Twice .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-MISC", "I-MISC"], &[1, 2, 0, 0, 0, 0, 0, 3, 4, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "South Korean", "Twice"]);
        assert_eq!(found.mentions[2].label, EntityLabel::Organization);
        let text = "After the breakup, Jane Roe formed Wings.";
        // After the breakup , Jane Roe formed Wings .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[0, 0, 0, 0, 1, 2, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Wings"]);
        assert_eq!(found.mentions[1].label, EntityLabel::Organization);
        let text = "Jane Roe joined The Clash in 1977.";
        // Jane Roe joined The Clash in 1977 .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[1, 2, 0, 0, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "The Clash"]);
        assert_eq!(found.mentions[1].label, EntityLabel::Organization);
        let text = "Jane Roe spent five seasons at Porto.";
        // Jane Roe spent five seasons at Porto .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[1, 2, 0, 0, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Porto"]);
        // Not a generic body, a name running on past "of", one before a possessive, nor a
        // capital outside the slot.
        for (text, labels) in [
            ("Jane Roe is a member of the Board.", vec![1, 2, 0, 0, 0, 0, 0, 0, 0]),
            ("Jane Roe is a member of the Order of Canada.", vec![1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
            ("Jane Roe played bass in Smith's band.", vec![1, 2, 0, 0, 0, 0, 0, 0, 0]),
            ("Jane Roe met Slowdive.", vec![1, 2, 0, 0, 0]),
            ("Jane Roe joined Bob on stage.", vec![1, 2, 0, 1, 0, 0, 0]),
            ("Jane Roe thanked Police members.", vec![1, 2, 0, 0, 0, 0]),
            ("Police member Jane Roe said so.", vec![0, 0, 1, 2, 0, 0, 0]),
        ] {
            let found = findings(text, &["O", "B-PER", "I-PER"], &labels);
            assert!(found.mentions.iter().all(|m| m.label != EntityLabel::Organization), "{text}: {:?}", spans(text, &found));
        }
    }

    #[test]
    fn an_institution_s_kind_after_a_misc_or_untagged_name_makes_an_organization() {
        let text = "Jane Roe was a Democratic Party politician and a Conservative Party member.";
        // Jane Roe was a Democratic Party politician and a Conservative Party member .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-MISC"], &[1, 2, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Democratic Party", "Conservative Party"]);
        assert!(found.mentions[1..].iter().all(|m| m.label == EntityLabel::Organization));
        // Not a kind alone or after an article, nor a MISC name before another noun.
        for (text, labels) in
            [("The Party said so.", vec![0, 0, 0, 0, 0]), ("Jane Roe crossed the English Channel.", vec![1, 2, 0, 0, 3, 0, 0])]
        {
            let found = findings(text, &["O", "B-PER", "I-PER", "B-MISC"], &labels);
            assert!(found.mentions.iter().all(|m| m.label != EntityLabel::Organization), "{text}: {:?}", spans(text, &found));
        }
    }

    #[test]
    fn a_country_before_the_words_of_a_national_team_is_the_team() {
        let text = "Jane Roe played for the Sweden women's national football team and the Brazil under-17 side.";
        // Jane Roe played for the Sweden women 's national football team and the Brazil under-17 side .
        let labels = [1, 2, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0];
        let found = findings(text, &["O", "B-PER", "I-PER", "B-LOC"], &labels);
        assert_eq!(spans(text, &found), ["Jane Roe", "Sweden women's national football team", "Brazil under-17 side"]);
        assert!(found.mentions[1..].iter().all(|m| m.label == EntityLabel::Organization));
        let text = "Jane Roe was part of the Brazilian U17 football team.";
        // Jane Roe was part of the Brazilian U17 football team .
        let found = findings(text, &["O", "B-PER", "I-PER", "B-MISC", "I-MISC"], &[1, 2, 0, 0, 0, 0, 3, 4, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Brazilian U17 football team"]);
        assert_eq!(found.mentions[1].label, EntityLabel::Organization);
        // Not a team without a squad's word, nor a national thing that is no team.
        for (text, labels) in [
            ("Jane Roe coached the Sweden team.", vec![1, 2, 0, 0, 3, 0, 0]),
            ("Jane Roe left Sweden on a national holiday.", vec![1, 2, 0, 3, 0, 0, 0, 0, 0]),
            ("Jane Roe praised Sweden's national team.", vec![1, 2, 0, 3, 0, 0, 0, 0]),
        ] {
            let found = findings(text, &["O", "B-PER", "I-PER", "B-LOC"], &labels);
            assert!(found.mentions.iter().all(|m| m.label != EntityLabel::Organization), "{text}: {:?}", spans(text, &found));
        }
    }

    #[test]
    fn an_opening_person_takes_in_a_last_word_left_before_the_copula() {
        let text = "Omar Said is a Moroccan footballer.";
        let found = findings(text, &["O", "B-PER", "I-PER", "B-MISC"], &[1, 0, 0, 0, 3, 0, 0]);
        assert_eq!(spans(text, &found), ["Omar Said", "Moroccan"]);
        // Not a verb in lower case, nor a name that does not open the sentence.
        let text = "Omar said it was fine.";
        assert_eq!(spans(text, &findings(text, &["O", "B-PER"], &[1, 0, 0, 0, 0, 0])), ["Omar"]);
        let text = "Then Omar Said is here.";
        assert_eq!(spans(text, &findings(text, &["O", "B-PER"], &[0, 1, 0, 0, 0, 0])), ["Omar"]);
    }

    #[test]
    fn an_untagged_party_word_before_a_role_is_a_name() {
        let text = "Jane Roe is a Conservative politician and a former Liberal MP.";
        // Jane Roe is a Conservative politician and a former Liberal MP .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["Jane Roe", "Conservative", "Liberal"]);
        // Not before a word that is no role, nor opening the sentence.
        let text = "Conservative members met the Liberal government.";
        let found = findings(text, &["O"], &[0, 0, 0, 0, 0, 0, 0]);
        assert!(found.mentions.is_empty(), "{:?}", spans(text, &found));
    }

    #[test]
    fn an_untagged_country_abbreviation_is_a_place() {
        let text = "A song about US President Jane Roe and the UK government.";
        // A song about US President Jane Roe and the UK government .
        let found = findings(text, &["O", "B-PER", "I-PER"], &[0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["US", "Jane Roe", "UK"]);
        assert!(found.mentions.iter().filter(|m| m.text != "Jane Roe").all(|m| m.label == EntityLabel::Location));
        // Not the pronoun in a line written in capitals, nor a word that is no abbreviation.
        let text = "LET US PRAY for Us.";
        assert!(findings(text, &["O"], &[0, 0, 0, 0, 0, 0]).mentions.is_empty());
        // One the model tagged keeps its chunk.
        let text = "The US State Department said so.";
        let found = findings(text, &["O", "B-ORG", "I-ORG"], &[0, 1, 2, 2, 0, 0, 0]);
        assert_eq!(spans(text, &found), ["US State Department"]);
    }

    #[test]
    fn a_function_word_labelled_alone_is_no_mention() {
        let text = "Acme is in the United Kingdom and The Hague.";
        // Acme is in the United Kingdom and The Hague .
        let found = findings(text, &["O", "B-ORG", "B-LOC", "I-LOC"], &[1, 0, 0, 2, 2, 3, 0, 2, 3, 0]);
        assert_eq!(spans(text, &found), ["Acme", "United Kingdom", "The Hague"]);
        // "The" and "Hague" labelled as two names of one kind are one.
        let found = findings(text, &["O", "B-ORG", "B-LOC", "I-LOC"], &[1, 0, 0, 2, 2, 3, 0, 2, 2, 0]);
        assert_eq!(spans(text, &found), ["Acme", "United Kingdom", "The Hague"]);
    }
}
