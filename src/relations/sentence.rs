//! One sentence as the relation patterns see it: its text and its linked mentions, with spans
//! relative to the sentence, in text order.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::link::countries;
use crate::link::EntityType;
pub use crate::text::normalize::starts_with_possessive;
use crate::text::roles::is_organization_noun;
use crate::text::Span;

/// A linked mention in its sentence.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    /// Relative to the sentence.
    pub span: Span,
    /// Index of its entity in the linking.
    pub entity: usize,
    pub kind: EntityType,
    pub text: &'a str,
}

/// A sentence and its linked mentions, sorted by span.
#[derive(Debug, Clone)]
pub struct SentenceView<'a> {
    pub text: &'a str,
    pub placed: Vec<Placed<'a>>,
}

/// What a pattern found: the other end of the edge, the role, and how sure the pattern is.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub target: usize,
    pub role: Option<Cow<'static, str>>,
    pub confidence: f64,
}

impl Found {
    /// The same, with the role one person of a group holds ("composers" -> "composer"; see
    /// [`singular_role`]).
    pub fn held_by_one(self) -> Found {
        let role = self.role.map(|role| match singular_role(&role) {
            one if one.len() < role.len() => Cow::Owned(one.to_string()),
            _ => role,
        });
        Found { role, ..self }
    }
}

/// Words a title phrase may hold besides names and the role: "top", "foreign policy", "former".
const TITLE_FILLERS: &[&str] = &[
    "top",
    "chief",
    "foreign",
    "policy",
    "deputy",
    "joint",
    "honorary",
    "former",
    "acting",
    "senior",
    "then",
    "new",
    "outgoing",
    "incoming",
    "interim",
    "vice",
    "special",
    "his",
    "her",
    "their",
    "its",
    "and",
    "the",
    "a",
    "an",
    "of",
    "for",
    "state",
    "defence",
    "defense",
    "trade",
    "security",
    "health",
    "national",
    "general",
    "washington",
    "eu",
    "un",
    // "Kenya's first president, X": which one in a line.
    "first",
    "second",
    "third",
    "last",
    "current",
    "longtime",
    "long-serving",
    "female",
    "male",
    "woman",
    "late",
];

/// A sentence as the patterns read it: an empty parenthesis, where the source dropped what it
/// held ("Saint John Eudes () (1601 - 1680) was a French priest", Wikipedia text with the
/// pronunciation taken out), blanked to spaces of the same length. Offsets hold, and the
/// patterns see the one parenthesis a writer would have put. "( )", "(, )" and "(; )" too.
pub fn blank_empty_parentheses(text: &str) -> Cow<'_, str> {
    static EMPTY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(\s*[,;]?\s*\)").expect("valid regex"));
    // (Each byte becomes one space, a non-ASCII space's too, so offsets hold.)
    EMPTY.replace_all(text, |c: &regex::Captures| " ".repeat(c[0].len()))
}

/// Regex text (either case): what may follow a person's name before what is said of them, a
/// peerage or baronetcy set off by a comma (", 1st Baronet DSO", ", 3rd Earl of Derby") and
/// post-nominal letters (", OBE", " CBE FRS", ", QC", ", PhD,"). Matches the empty string too.
pub const NAME_SUFFIX: &str = concat!(
    r"(?i:(\s*,\s*(\d+(st|nd|rd|th)\s+)?(baronet|baronetess|earl|duke|duchess|marquess|viscount|baron|baroness|count|countess|prince|princess)(\s+of\s+[^,;()\x01]{1,40}?)?(\s+[a-z]{2,4})?)?",
    r"(\s*,?\s*(obe|mbe|cbe|kbe|dbe|gbe|qc|kc|frs|frse|fba|freng|phd|ph\.d\.|md)\b)*)",
);

/// Whether the name at `start..end` of `text` is a party of a court case or a fixture that
/// names it alone: right before or after "v." / "v" / "vs." ("the Court's Edwards v. Aguillard
/// decision", "Arsenal v Chelsea"). Not a party that the line goes on to place: a results line
/// gives each its country or city ("Larsson ( Sweden ) vs. Volkov ( Russia )", "Hapoel v
/// Constructorul Chisinau").
pub fn is_case_party(text: &str, start: usize, end: usize) -> bool {
    const VERSUS: &[&str] = &["v.", "v", "vs.", "vs"];
    let next = text.get(end..).and_then(|after| after.split_whitespace().next()).unwrap_or("");
    let previous = text.get(..start).and_then(|before| before.split_whitespace().next_back()).unwrap_or("");
    // (A line that ends with the party is a results line's: "Add Hapoel v Constructorul Chisinau".)
    let placed = next.is_empty() || next.starts_with('(') || next.starts_with(char::is_uppercase);
    VERSUS.contains(&next) || (VERSUS.contains(&previous) && !placed)
}

impl<'a> SentenceView<'a> {
    /// The first mention that starts at or after `from`, and the text between: what a role or
    /// an owner written there runs into ("Minister of Finance A , Minister of Trade B").
    pub fn next_mention_after(&self, from: usize) -> Option<(&Placed<'a>, &'a str)> {
        let next = self.placed.iter().find(|p| p.span.start >= from)?;
        Some((next, &self.text[from..next.span.start]))
    }

    /// The view of `text` with these mentions (any order).
    /// Mentions that overlap an earlier one are dropped (the NER stage never makes them, but
    /// analysed documents can come from elsewhere), so the patterns' gaps never run backwards.
    pub fn new(text: &'a str, mut placed: Vec<Placed<'a>>) -> Self {
        placed.sort_by_key(|p| p.span);
        let mut end = 0;
        placed.retain(|p| {
            let keep = p.span.start >= end && p.span.end <= text.len();
            if keep {
                end = p.span.end;
            }
            keep
        });
        SentenceView { text, placed }
    }

    /// Where `part`, a slice of this sentence's text, starts in it. (The standard library's
    /// `str::substr_range` is not stable yet; the distance between the two is the offset.)
    pub fn offset_of(&self, part: &str) -> usize {
        let offset = (part.as_ptr() as usize).wrapping_sub(self.text.as_ptr() as usize);
        assert!(offset.checked_add(part.len()).is_some_and(|end| end <= self.text.len()), "a slice of the sentence's text");
        offset
    }

    /// The text between two offsets.
    pub fn between(&self, from: usize, to: usize) -> &'a str {
        &self.text[from..to]
    }

    /// The mention a predicate that ends right before `self.placed[at]` is said of, and where
    /// that predicate starts: past a comma aside the mention opens when the aside holds every
    /// mention in between and no person ("Acme, a software company based in Lyon, France, was
    /// founded by X": Acme, from "was"; "Acme, a unit of Beta, is led by X": Acme, not Beta);
    /// else the mention right before, from its end.
    pub fn subject_before(&self, at: usize) -> Option<(&Placed<'a>, usize)> {
        let start = self.placed[at].span.start;
        for (i, p) in self.placed[..at].iter().enumerate().rev() {
            if p.kind == EntityType::Person && i + 1 < at {
                break;
            }
            let aside = comma_aside_after(self.text, p.span.end).filter(|aside| aside.end <= start);
            if let Some(aside) = aside.filter(|aside| self.placed[i + 1..at].iter().all(|q| aside.contains(&q.span.start))) {
                return Some((p, aside.end));
            }
        }
        let before = self.placed.get(at.checked_sub(1)?)?;
        Some((before, before.span.end))
    }
}

/// Text as the patterns read it: lower case, with a hyphen tokenized text sets apart joined
/// again ("co - founded" reads "co-founded").
pub fn pattern_text(text: &str) -> String {
    text.to_lowercase().replace(" - ", "-")
}

/// Organizations and countries are what a person is affiliated with.
pub fn is_affiliate(kind: EntityType) -> bool {
    matches!(kind, EntityType::Organization | EntityType::Country)
}

/// The text from `from` to `to` without the possessive ending it starts with, if any
/// ("'s top " -> " top ").
pub fn after_possessive(text: &str, from: usize, to: usize) -> &str {
    let gap = &text[from..to];
    starts_with_possessive(text, from).and_then(|n| gap.get(n..)).unwrap_or(gap)
}

/// Whether `gap` (text between an affiliate and a role, or a role and a name) is title filler.
pub fn is_title_filler(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 4
        && words.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            bare.is_empty() || TITLE_FILLERS.contains(&bare.as_str())
        })
}

/// What "its" before a role at `at` refers to: the one organization or country the sentence
/// names before `view.placed[before]` (not where two are named: "Iran asked Germany to
/// extradite its former president X"; a demonym is no antecedent: "the French and its leader").
pub fn its_antecedent<'v, 'a>(view: &'v SentenceView<'a>, before: usize, at: usize) -> Option<&'v Placed<'a>> {
    let mut named = view.placed[..before].iter().filter(|p| is_affiliate(p.kind) && p.span.end <= at);
    let only = named.next().filter(|_| named.next().is_none())?;
    crate::link::countries::by_demonym(only.text).is_none().then_some(only)
}

/// Whether `gap` (between an owner's possessive and a role) only modifies the role: title
/// filler, or lower-case common nouns and adjectives of the role's field ("Iran's oil
/// minister", "Acme's chief financial officer").
pub fn is_role_modifier_gap(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    words.len() <= 4 && words.iter().all(|w| is_title_filler(w) || crate::text::words::is_common_noun_word(w))
}

/// The byte range of the parenthesis that opens right after `at` (spaces between), if it closes.
pub fn parenthesis_after(text: &str, at: usize) -> Option<std::ops::Range<usize>> {
    let open = at + text[at..].find(|c: char| c != ' ')?;
    if !text[open..].starts_with('(') {
        return None;
    }
    let close = open + text[open..].find(')')?;
    Some(open..close)
}

/// An aside set off by commas right after a person's name (after its dates' parenthesis, if
/// any), then the clause's next word (group
/// `next`, lower case: the predicate the aside's person is the subject of): a description (",
/// a graduate of the Sorbonne, ", ", then a young lawyer, "), help (", with the help of A and
/// B, "), kin (", the daughter of Jane Roe, ", ", son of X, ") or a
/// relative clause (", who was born in Lyon in 1970, ", ", who married X in 1950, "). A comma
/// before a capital stays inside: ", a company based in Lyon, France, ".
pub static COMMA_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<dates>\s*\([^()]*\))?\s*,\s*((who|whose|which)\s+|((then|now|once|formerly|previously|still)\s+)?(an?|the)\s+|((together\s+)?with\s+the\s+(help|support|assistance|backing|aid)\s+of\s+)|(son|daughter|wife|husband|widow|brother|sister|father|mother|grandson|granddaughter|nephew|niece)\s+of\s+)",
        r"([^,;()]|,\s*\p{Lu}){1,120}?,\s*(?P<next>[a-z]+)\b"
    ))
    .expect("valid regex")
});

/// The aside ([`COMMA_ASIDE`]) right after the name ending at `name_end`: from its comma (past
/// the dates' parenthesis) to the predicate's first word. Not when a second description
/// follows instead of a predicate ("X, the sister of Y, the founder of Z": the founder is Y).
pub fn comma_aside_after(text: &str, name_end: usize) -> Option<std::ops::Range<usize>> {
    let captures = COMMA_ASIDE.captures(&text[name_end..])?;
    let next = captures.name("next")?;
    let description =
        matches!(next.as_str(), "the" | "a" | "an" | "who" | "whose" | "which" | "his" | "her" | "its" | "their" | "one" | "both");
    let start = captures.name("dates").map_or(0, |dates| dates.end());
    (!description).then(|| name_end + start..name_end + next.start())
}

/// The aside an earlier person's name opens that `view.placed[index]` stands in ("X, the
/// daughter of Y, was ..."): its range. The predicate after it is that earlier person's, not
/// this one's.
pub fn inside_an_earlier_aside(view: &SentenceView, index: usize) -> Option<std::ops::Range<usize>> {
    let start = view.placed[index].span.start;
    view.placed[..index]
        .iter()
        .filter(|p| p.kind == EntityType::Person)
        .filter_map(|p| comma_aside_after(view.text, p.span.end))
        .find(|aside| aside.contains(&start))
}

/// An age set off by commas right after the name: ", 61,", ", aged 30,", ", 45 years old,".
pub static AGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,\s*(aged\s+)?\d{1,3}(\s+years\s+old)?\s*,").expect("valid regex"));

/// Whether `target` is a demonym that opens the description of an organization, the lower-case
/// words after it holding a kind of organization ("Peruvian silver mining company", "Ivorian
/// newspaper"): the demonym is that organization's and no one's affiliation. A country's name
/// is not ("the Zimbabwe national soccer team" is the country's team).
pub fn describes_an_organization(text: &str, target: &Placed) -> bool {
    target.kind == EntityType::Country
        && countries::by_name(target.text, false).is_none()
        && text[target.span.end..]
            .split_whitespace()
            .take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            .any(is_organization_noun)
}

/// Whether a demonym `target` names a country's team: up to three lower-case words after it
/// end in a word for a team ("the Soviet team", "the Japanese national team", "the Brazilian
/// squad"), which its members represent.
pub fn is_national_team(text: &str, target: &Placed) -> bool {
    let team = |w: &str| matches!(w.trim_end_matches(|c: char| !c.is_alphabetic()), "team" | "squad" | "side" | "eleven");
    target.kind == EntityType::Country
        && text[target.span.end..]
            .split_whitespace()
            .take(3)
            .take_while(|w| w.chars().all(|c| c.is_lowercase() || matches!(c, '-' | ',' | '.')))
            .position(team)
            .is_some_and(|at| text[target.span.end..].split_whitespace().take(at).all(|w| !w.ends_with([',', '.'])))
}

/// Words after a demonym that make it a people's origin, not a nationality: "of Italian
/// descent", "of Irish and German ancestry", "a Brazilian of Japanese origin".
static DESCENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*-\s*[a-z]+)?\s+(descent|ancestry|origin|origins|extraction|heritage|parentage|lineage|roots|background)\b")
        .expect("valid regex")
});

/// Whether the country `target` names an ancestry ("of Italian descent", "an ethnic Hungarian"),
/// which no person is a national of by it. Also the first of a list that ends in one: "of Irish
/// and German ancestry".
pub fn names_a_descent(view: &SentenceView, target: usize) -> bool {
    let mut at = target;
    loop {
        let mention = &view.placed[at];
        if mention.kind != EntityType::Country {
            return false;
        }
        // ("an ethnic Hungarian politician from Romania": a people, not a state.)
        let ethnic = view.text[..mention.span.start].trim_end().to_lowercase().ends_with("ethnic");
        if ethnic || DESCENT.is_match(&view.text[mention.span.end..].to_lowercase()) {
            return true;
        }
        match view.placed.get(at + 1).filter(|next| is_list_gap(view.between(mention.span.end, next.span.start))) {
            Some(_) => at += 1,
            None => return false,
        }
    }
}

/// Whether `target` is a field of study the NER model read as an organization, in a title
/// before where the title is held: "Professor of History at Y" (Y is the affiliation).
pub fn is_misread_field(text: &str, target: &Placed) -> bool {
    target.kind == EntityType::Organization
        && crate::text::roles::is_field_of_study(target.text)
        && matches!(text[..target.span.start].trim_end().rsplit(' ').next(), Some("of" | "in"))
        && text[target.span.end..].trim_start().starts_with("at ")
}

/// Whether the last word of `gap` is written without capitals: a modifier ("of the banned"),
/// not a word of a name the NER model cut short ("of the First [Allied] Army").
pub fn last_word_written_lower(gap: &str) -> bool {
    gap.split_whitespace().last().is_some_and(|w| w.chars().all(|c| !c.is_uppercase()))
}

/// Regex text: a description of the person, then "who", before what they do ("is a Brazilian
/// footballer who ", "is a Canadian politician, who ", set off by a comma: ", a Republican who
/// ", a list of occupations: "is an English singer, songwriter and record producer who "); the
/// description may be absent. Shared by the families that read past it.
pub const DESCRIPTION_WHO: &str = r"(((is|was)\s+)?an?\s+[^,;()]{0,60}?(,\s+[a-z-]+(\s+[a-z-]+){0,3}){0,4},?\s+)?who\s+";

pub use crate::text::roles::is_plural_occupation;
pub use crate::text::words::is_list_gap;

/// The role words that lead a name at the end of `gap`: up to two lower-case words, the last a
/// role or occupation ("vocalist " in "consisted of vocalist ", "lead guitarist "), returned
/// trimmed; none when `gap` does not end so.
pub fn role_before_name(gap: &str) -> Option<&str> {
    let trimmed = gap.trim_end();
    let is_lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    let (rest, last) = trimmed.rsplit_once(char::is_whitespace).unwrap_or(("", trimmed));
    if !is_lower(last) || !crate::text::roles::is_role_or_occupation(last) {
        return None;
    }
    let rest = rest.trim_end();
    let previous = rest.rsplit_once(char::is_whitespace).map_or(rest, |(_, word)| word);
    // `rest` is a prefix of `trimmed`, so offsets in it are offsets in `trimmed`.
    let start = if ROLE_MODIFIERS.contains(&previous) { rest.len() - previous.len() } else { trimmed.len() - last.len() };
    Some(&trimmed[start..])
}

/// Words that make a musician's role more precise: "lead guitarist", "backing vocalist".
const ROLE_MODIFIERS: &[&str] = &["lead", "rhythm", "bass", "backing", "principal", "session", "touring"];

/// `gap` without the role words that lead the next name ([`role_before_name`]).
pub fn without_role_before_name(gap: &str) -> &str {
    role_before_name(gap).map_or(gap, |role| &gap[..gap.trim_end().len() - role.len()])
}

/// Whether `gap` separates two names of a list whose names may each be led by their role:
/// ", guitarist ", " and lead guitarist ".
pub fn is_list_gap_with_roles(gap: &str) -> bool {
    is_list_gap(without_role_before_name(gap))
}

/// Whether `gap` separates two names of a list whose names may each be led by their role or a
/// capitalised title: " and Cardinal ", ", guitarist ".
pub fn is_list_gap_with_titles(gap: &str) -> bool {
    let trimmed = gap.trim_end();
    let (rest, last) = trimmed.rsplit_once(char::is_whitespace).unwrap_or(("", trimmed));
    let title = last.starts_with(char::is_uppercase) && crate::text::roles::is_role_or_occupation(&last.to_lowercase());
    is_list_gap_with_roles(gap) || (title && is_list_gap(rest))
}

/// The first name of the list `view.placed[index]` closes or is in, names of its kind only
/// (people, or organizations: "club teams such as A, B and C"): "A, B and C" gives A's index
/// for C. A list is names separated by [`is_list_gap`] only.
pub fn list_start(view: &SentenceView, index: usize) -> usize {
    list_start_where(view, index, is_list_gap)
}

/// [`list_start`] with the gaps `is_gap` accepts between two names of the list.
pub fn list_start_where(view: &SentenceView, index: usize, is_gap: impl Fn(&str) -> bool) -> usize {
    let kind = view.placed[index].kind;
    let mut first = index;
    while first > 0
        && view.placed[first - 1].kind == kind
        && is_gap(view.between(view.placed[first - 1].span.end, view.placed[first].span.start))
    {
        first -= 1;
    }
    first
}

/// The last name of the list `view.placed[index]` opens, names of its kind only (as
/// [`list_start`]): "A and B", "A, B and C", "A, along with B and C", "A and his brother B".
pub fn list_end(view: &SentenceView, index: usize) -> usize {
    list_end_where(view, index, |gap| is_list_gap(gap) || is_along_with(gap) || is_kin_in_list(gap))
}

/// Between a legislature and the party a member sits for: " for the ", " in 2006 for the ".
static SITS_FOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*((in|from|since)\s+\d{4}\s+)?for(\s+the)?\s*$").expect("valid regex"));

/// Whether `gap` (after a legislature) leads to the party a member sits for ([`SITS_FOR`]).
pub fn is_sits_for_gap(gap: &str) -> bool {
    SITS_FOR.is_match(gap)
}

/// Between two people of a list, the second named as the first's kin: " and his grand
/// daughter ", ", her son ".
static KIN_IN_LIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(,\s*)?(and\s+)?(his|her|their)\s+(grand\s*)?(son|daughter|wife|husband|brother|sister|father|mother|child|nephew|niece|cousin)\s*$")
        .expect("valid regex")
});

/// Whether `gap` between two names adds the second as the first's kin ([`KIN_IN_LIST`]): "A
/// and his brother B founded Y" lists both.
pub fn is_kin_in_list(gap: &str) -> bool {
    KIN_IN_LIST.is_match(&gap.to_lowercase())
}

/// Whether `gap` between two names adds the second to the first: ", along with ", " together
/// with ", ", together with his brother ", ", along with fellow guitarist ".
pub fn is_along_with(gap: &str) -> bool {
    static ALONG_WITH: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^\s*,?\s*(along|together)\s+with\s+((his|her|their)\s+)?([a-z-]+\s+){0,2}$").expect("valid regex"));
    ALONG_WITH.is_match(&gap.to_lowercase())
}

/// [`list_end`] with the gaps `is_gap` accepts between two names of the list.
pub fn list_end_where(view: &SentenceView, index: usize, is_gap: impl Fn(&str) -> bool) -> usize {
    let kind = view.placed[index].kind;
    let mut last = index;
    while let Some(next) = view.placed.get(last + 1).filter(|p| p.kind == kind) {
        if !is_gap(view.between(view.placed[last].span.end, next.span.start)) {
            break;
        }
        last += 1;
    }
    last
}

/// The role one person of a group holds, as written: "chess player" for "chess players",
/// "member" for "members".
pub fn singular_role(role: &str) -> &str {
    let plural = role.rsplit(' ').next().is_some_and(is_plural_occupation);
    if plural {
        &role[..role.len() - 1]
    } else {
        role
    }
}

/// Whether the gap between two offsets holds only other mentions and filler
/// ("DW's Washington correspondent": "Washington" is a mention in the gap).
pub fn gap_is_names(view: &SentenceView, from: usize, to: usize) -> bool {
    let mut rest = view.between(from, to).to_string();
    for p in &view.placed {
        if p.span.start >= from && p.span.end <= to {
            rest = rest.replacen(p.text, " ", 1);
        }
    }
    is_title_filler(&rest)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn parties_of_a_case_or_a_fixture() {
        let at = |text: &str, name: &str| {
            let start = text.find(name).unwrap();
            is_case_party(text, start, start + name.len())
        };
        let text = "after the Court's Edwards v. Aguillard decision, Arsenal v Chelsea was played";
        assert!(["Edwards", "Aguillard", "Arsenal", "Chelsea"].iter().all(|name| at(text, name)));
        assert!(!at(text, "Court"));
        assert!(!at("Jane Roe visited Acme.", "Jane Roe"));
        // A results line places the second party: not a case's.
        let text = "Magnus Larsson ( Sweden ) vs. Alexander Volkov ( Russia ), Hapoel v Constructorul Chisinau";
        assert!(!at(text, "Alexander Volkov") && !at(text, "Constructorul") && !at(text, "Magnus Larsson"));
    }

    #[test]
    fn empty_parentheses_are_blanked_in_place() {
        let text = "Saint John Eudes () (1601 - 1680) was a priest ( ; ) of (Acme).";
        let read = blank_empty_parentheses(text);
        assert_eq!(read.len(), text.len());
        assert_eq!(read, "Saint John Eudes    (1601 - 1680) was a priest       of (Acme).");
        assert!(matches!(blank_empty_parentheses("No parenthesis (here)."), Cow::Borrowed(_)));
    }

    /// A view of `text` with the mentions named, each found left to right:
    /// (text, entity index, kind).
    pub fn view<'a>(text: &'a str, mentions: &[(&'a str, usize, EntityType)]) -> SentenceView<'a> {
        let mut from = 0;
        let placed = mentions
            .iter()
            .map(|&(name, entity, kind)| {
                let start = from + text[from..].find(name).unwrap_or_else(|| panic!("{name} not in {text}"));
                from = start + name.len();
                Placed { span: Span::new(start, start + name.len()), entity, kind, text: name }
            })
            .collect();
        SentenceView::new(text, placed)
    }

    /// (target, role) of a pattern whose roles come from the role table.
    pub fn target_and_table_role(found: Found) -> (usize, Option<&'static str>) {
        let role = match found.role {
            Some(Cow::Borrowed(role)) => Some(role),
            Some(Cow::Owned(role)) => panic!("role {role:?} is not from the role table"),
            None => None,
        };
        (found.target, role)
    }

    #[test]
    fn an_ancestry_is_no_nationality() {
        let kinds = [
            ("Jane Roe", 0, EntityType::Person),
            ("Brazilian", 1, EntityType::Country),
            ("Irish", 2, EntityType::Country),
            ("German", 3, EntityType::Country),
        ];
        let v = view("Jane Roe is a Brazilian actor of Irish and German ancestry.", &kinds);
        assert_eq!((1..4).map(|at| names_a_descent(&v, at)).collect::<Vec<_>>(), [false, true, true]);
        let v = view("Jane Roe, a Brazilian of Irish - American descent, met German officials.", &kinds);
        assert_eq!((1..4).map(|at| names_a_descent(&v, at)).collect::<Vec<_>>(), [false, true, false]);
        // Not a person, nor a country before another word.
        assert!(!names_a_descent(&v, 0));
        let v = view("Jane Roe is an Irish actor with German roots.", &[kinds[0], kinds[2], kinds[3]]);
        assert_eq!((1..3).map(|at| names_a_descent(&v, at)).collect::<Vec<_>>(), [false, true]);
        let v = view("Jane Roe is an ethnic Irish politician from Germany.", &[kinds[0], kinds[2], kinds[3]]);
        assert_eq!((1..3).map(|at| names_a_descent(&v, at)).collect::<Vec<_>>(), [true, false], "a people");
    }

    #[test]
    fn a_comma_aside_after_a_name() {
        let text = "Jane Roe (1950), the daughter of John Doe, was a member.";
        let aside = comma_aside_after(text, "Jane Roe".len()).unwrap();
        assert_eq!(&text[aside.clone()], ", the daughter of John Doe, ");
        let v = view(text, &[("Jane Roe", 0, EntityType::Person), ("John Doe", 1, EntityType::Person)]);
        assert_eq!(inside_an_earlier_aside(&v, 1), Some(aside));
        assert_eq!(inside_an_earlier_aside(&v, 0), None);
        // A second description is no predicate: the founder is the sister's brother.
        assert_eq!(comma_aside_after("Jane Roe, the sister of John Doe, the founder of Acme.", 8), None);
        assert_eq!(comma_aside_after("Jane Roe, who married John Doe in 1950, joined Acme.", 8).map(|r| r.end), Some(40));
        assert_eq!(comma_aside_after("Jane Roe, a lawyer.", 8), None, "no predicate after it");
        let text = "Jane Roe, with the help of John Doe and Max Poe, founded Acme.";
        assert_eq!(comma_aside_after(text, 8).map(|r| &text[r]), Some(", with the help of John Doe and Max Poe, "), "help");
        let text = "Jane Roe, then a young lawyer, was hired by Acme.";
        assert_eq!(comma_aside_after(text, 8).map(|r| &text[r]), Some(", then a young lawyer, "), "a word of time first");
    }

    #[test]
    fn roles_that_lead_a_name() {
        assert_eq!(role_before_name("consisted of vocalist "), Some("vocalist"));
        assert_eq!(role_before_name(", lead guitarist "), Some("lead guitarist"));
        assert_eq!(role_before_name(" and drummer "), Some("drummer"));
        assert_eq!(role_before_name(" and his brother "), None);
        assert_eq!(role_before_name(" and Drummer "), None, "a capitalised word may be a name's");
        assert_eq!(without_role_before_name(", lead guitarist "), ", ");
        assert!(is_list_gap_with_roles(", bassist "));
        assert!(is_list_gap_with_roles(" and "));
        assert!(!is_list_gap_with_roles(" met bassist "));
    }

    #[test]
    fn overlapping_mentions_are_dropped() {
        let placed = |start, end| Placed { span: Span::new(start, end), entity: 0, kind: EntityType::Person, text: "" };
        let v = SentenceView::new("Anzim met Anzim", vec![placed(0, 5), placed(0, 5), placed(2, 9), placed(10, 15), placed(12, 40)]);
        let spans: Vec<(usize, usize)> = v.placed.iter().map(|p| (p.span.start, p.span.end)).collect();
        assert_eq!(spans, [(0, 5), (10, 15)]);
    }

    #[test]
    fn filler_and_names_in_gaps() {
        assert!(is_title_filler(" top foreign policy "));
        assert!(!is_title_filler(" who met the "));
        let text = "Acme's Paris bureau correspondent Jane Roe";
        let v = view(text, &[("Acme", 0, EntityType::Organization), ("Paris", 1, EntityType::Location)]);
        let role = text.find("bureau").unwrap();
        assert!(!gap_is_names(&v, 6, role + "bureau ".len()));
        assert!(gap_is_names(&v, 6, role));
    }

    #[test]
    fn possessives_as_written_and_as_tokenized() {
        assert_eq!(starts_with_possessive("Acme's Jane", 4), Some(2));
        assert_eq!(starts_with_possessive("Everton 's Duncan", 7), Some(3), "tokenized text sets it off");
        assert_eq!(starts_with_possessive("Cuba ’s National", 4), Some(5));
        assert_eq!(starts_with_possessive("Acme 'simple' plan", 4), None);
        assert_eq!(starts_with_possessive("Acme sold", 4), None);
    }
}
