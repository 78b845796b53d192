//! Nationality through a demonym (`affiliated_with`, PERSON → COUNTRY, the role being the
//! occupation): "X (born 1950) is an American chess player", "X was a French actress", "the
//! Australian singer X", "French-born X", "X from Venezuela.". Linking reads a demonym before an occupation as its
//! country, so the demonym is a country mention here.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::confidence;
use super::sentence::{self, is_plural_occupation, list_start, Found, Placed, SentenceView};
use crate::link::{countries, EntityType};
use crate::text::roles::{is_occupation_word, is_organization_noun, is_party_name, is_party_word, is_role_word, only_honorifics};

/// Stands for a person's name in a gap matched against [`COPULA`].
const NAME_MARK: char = '\u{1}';

/// From the subject to the demonym: "(born 1950) is an", ", who was a former", ", a", with the
/// subject's other names first (", known as NAME,", ", born NAME (or NAME),", " or NAME") and
/// a birthplace (" born in Marseille, France"); each other name is [`NAME_MARK`].
static COPULA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            "^",
            sentence::NAME_SUFFIX,
            r"(\s*\([^()]*\))*",
            r"(\s*,?\s*((also|better|commonly|professionally)\s+)?",
            ALIAS_CUES,
            // (A nickname in quotes, tagged as a name or not: ', also known as "The Hammer",'.)
            r"\s+([\x22“]?\x01[\x22”]?|[\x22“][^\x22“”\x01]{1,40}[\x22”])(\s*\([^()]*\))*)*",
            r"(\s*,?\s*born\s+(in|at)\s+[^;()\x01]{0,50}?)?",
            // "is one of the most prominent Polish poets": one of a nationality's people; "is one
            // of Norway's best-known painters": of a country's; "served as a Soviet diplomat": a
            // post held is a description too; "is widely regarded as one of the greatest Polish
            // poets": a description held of the person.
            // The copula before a bare comma, so that [`is_copula`] reads its article as the
            // article.
            r"\s*(,?\s*(who\s+)?((is|was|became|remains|has\s+been)(\s+((widely|generally|often|now)\s+)?(considered|regarded\s+as|described\s+as|recognized\s+as|recognised\s+as|seen\s+as))?|((also|later|then)\s+)?(served|serves|worked|works)\s+as)\s+(an?|the|one\s+of\s+the|one\s+of|among\s+the)\s+|,\s*(",
            ASIDE_ADVERBS,
            // (A base of several words counts as one modifier: "a New York City-based".)
            r"\s+)?((an?|the)\s+)?)(?P<modifiers>((\S+\s+){0,3}\S+-based\s+)?(\S+\s+){0,2})$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// Whether `gap` reaches the demonym through [`COPULA`] with modifiers only between its article
/// (or comma) and the demonym: an article there opens another noun phrase, after a verb or a
/// preposition ("The French president, X, met the German chancellor" is not X's).
fn is_copula(gap: &str) -> bool {
    // (Nor a relative pronoun: ", whose Russian wife" is the wife's.)
    COPULA
        .captures(gap)
        .is_some_and(|c| !c["modifiers"].split_whitespace().any(|w| matches!(w, "a" | "an" | "the" | "who" | "whose" | "which")))
}

/// After a demonym as a noun, the person's ancestry: " of Norwegian descent", " of Irish and
/// German ancestry".
static OF_DESCENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+of\s+(\S+\s+){1,4}?(descent|ancestry|origin|extraction|heritage|parentage)\b").expect("valid regex"));

/// After a demonym as a noun, what the person was first to do: " to win", " ever to be", "
/// woman to win" ("the first Indian woman to").
static FIRST_TO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+((woman|man|person|female|male)\s+)?(ever\s+)?to\s+[a-z]+").expect("valid regex"));

/// Words of rank before a demonym as a noun: "the first Kenyan to win".
const RANKS: &[&str] = &["first", "only", "youngest", "oldest", "last", "second", "third", "fastest"];

/// From the subject past a first description to a second one: " is a professor at the Acme
/// University and a ", " was an engineer and later a ".
static COORDINATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))*\s*,?\s*(who\s+)?(is|was|became|remains|has\s+been)\s+(an?|the)\s+(?P<first>[^,;()\x01]{1,80}?)\s+and\s+((later|also|then)\s+)?(an?|the)\s+(\S+\s+){0,2}$")
        .expect("valid regex")
});

/// Whether `gap` (see [`COPULA`]) reaches the demonym through a second description of the
/// subject coordinated with a first ("X is a professor at Y and a Peruvian politician"). Not
/// when the first says whose kin or partner the subject is: "the son of A and a French
/// actress" names the mother.
fn is_coordinated_description(gap: &str) -> bool {
    COORDINATED.captures(gap).is_some_and(|c| !c["first"].split_whitespace().any(|w| KIN_OR_PARTNER.contains(&w)))
}

/// Words by which a first description says whose kin or partner the subject is ("the son of").
const KIN_OR_PARTNER: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "child",
    "widow",
    "niece",
    "nephew",
    "cousin",
    "grandson",
    "granddaughter",
    "friend",
    "partner",
    "married",
    "between",
];

/// Regex text: the words that introduce another name of the subject: "known as", "known by
/// her stage name", "known in English as", "known to his fans as", "born", "née", "or",
/// "nicknamed".
const ALIAS_CUES: &str = r"(known\s+((in|to|among)\s+[^,;()\x01]{1,50}?\s+)?(as|by\s+(his|her|the)\s+(stage\s+name|pen\s+name|pseudonym|name))|born|née|nee|\bor|nicknamed)";

/// What comes right before another name of the subject: "known as", "born", "(or".
static ALIAS_CUE: LazyLock<Regex> = LazyLock::new(|| Regex::new(&[ALIAS_CUES, r"\s+[\x22“]?$"].concat()).expect("valid regex"));

/// From a demonym to the credit that names the people of a work: " romantic comedy television
/// series, starring ", " animated film directed by ", " novel by ".
static WORK_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[
        WORK_PHRASE,
        r"[^;:()\.]{0,80}?(^|\s|,)(?P<credit>directed\s+by|written\s+by|produced\s+by|created\s+by|composed\s+by|hosted\s+by|starring|featuring|by)\s+$",
    ]
    .concat())
    .expect("valid regex")
});

/// Regex text: from a demonym to the noun of a work ("2015 Canadian drama film", "American
/// animated musical comedy - drama film"), in group `work`.
pub(super) const WORK_PHRASE: &str = r"^[\s-]*([a-z0-9-]+\s+){0,4}?(?P<work>film|movie|series|sitcom|drama|album|song|novel|documentary|programme|program|opera|musical|comedy|thriller|anime|manga|book|play|video\s+game)s?\b";

/// Whether the demonym before `at` is one of a co-production's ("an Australian-American
/// film", "British and French"), which does not say whose the work is.
pub(super) fn is_co_production(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    before.ends_with(['-', '–', '/']) || before.ends_with(" and")
}

/// Before a demonym whose description a comma sets off from the one name it describes: "the",
/// maybe with up to two lower-case words ("the famous", "the well known"); or no article, after
/// a preposition, as news and credits write a description ("was provided by UK comic book
/// artist, X", "a cover by American artist, X").
static APPOSED_DESCRIPTION_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\bthe(\s+[a-z-]+){0,2}|\b(by|from|featuring|with))\s+$").expect("valid regex"));

/// Before a demonym, a part played: "as the ", "as the young " (of "X as the Palestinian
/// cashier").
static AS_THE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bas\s+(the|an?)(\s+[a-z-]+){0,2}\s+$").expect("valid regex"));

/// From a plural occupation to the names it includes: " including trumpeter ", ", such as ",
/// ", " ("two well known Polish painters, A and B"), " in the tournament were " ("Other Italian
/// players in the tournament were A and B").
static INCLUDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(,|,?\s*(including|such\s+as|like|among\s+them)\s+([a-z-]+\s+){0,2}|((in|at|of)\s+the\s+[a-z-]+\s+)?(were|are|include|included|includes))\s*$")
        .expect("valid regex")
});

/// Before a country, a body of its people: "the cabinet of ", "the team of the " (the country
/// then lists them: [`MADE_UP_OF`]).
static BODY_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(cabinet|government|team|squad|delegation|crew|side)\s+of\s+(the\s+)?$").expect("valid regex"));

/// From a country named after [`BODY_OF`] to the people of the body: " consisted of ", " included ".
static MADE_UP_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(consisted\s+of|consists\s+of|comprised|included|includes|was\s+made\s+up\s+of)\s+$").expect("valid regex")
});

/// From a demonym to the people who lead its country's body or make it up: " forces commanded
/// by ", " team coached by former ", " squad included ", " team of ".
static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(armed\s+|([a-z']+\s+){0,2}(football|soccer|hockey|basketball|baseball|rugby|cricket|volleyball|handball|polo|olympic|relay|chess|tennis|cycling|rowing|athletics|swimming|gymnastics|fencing|cup)\s+)?(?P<body>forces|troops|army|armies|soldiers|units|navy|fleet|delegation|team|squad|side|expedition)\s+(which\s+was\s+|were\s+|was\s+)?((?P<verb>commanded|led|headed|coached|captained)\s+by|(?P<under>under)(\s+the\s+(command|leadership)\s+of)?|included|includes|comprised|consisted\s+of|featured|features|of)\s+([a-z-]+\s+){0,2}$")
        .expect("valid regex")
});

/// From a country to the people who stood for it: " was represented by ", " were represented
/// at the Games by ".
static REPRESENTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(is|was|are|were|will\s+be)\s+represented\s+(at\s+(the\s+)?([^\s,;()]+\s+){1,4}?)?by\s+$").expect("valid regex")
});

/// Words that end the noun phrase after a demonym.
const PHRASE_ENDS: &[&str] = &[
    "and",
    "or",
    "who",
    "which",
    "that",
    "from",
    "of",
    "in",
    "at",
    "for",
    "with",
    "by",
    "born",
    "based",
    // "an American folk trio comprising singer X": what the group holds is no occupation.
    "comprising",
    "consisting",
    "including",
    "featuring",
];

/// The occupation phrase right after a demonym: up to three lower-case words, the last an
/// occupation or role ("chess player"); punctuation or a capitalised word ends the search.
/// With `any_noun`, a phrase of lower-case words that ends at punctuation or a phrase end also
/// counts ("art curator"): the copula frame already says it describes the person; there a
/// capitalised modifier may open the phrase ("Internet pioneer").
fn occupation_after(text: &str, any_noun: bool) -> Option<&str> {
    let rest = text.trim_start_matches([' ', '-']);
    // "a Spanish language name", "Argentine born": the language, or a birthplace, not a nationality
    // with an occupation.
    let first = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    // "the first Kenyan (ever) to appear in": an infinitive, not an occupation.
    if matches!(first, "language" | "born" | "name" | "word" | "cuisine" | "dialect" | "to" | "ever") {
        return None;
    }
    let mut end = 0;
    // Whether the phrase so far ends in a lower-case word (a capitalised one is a modifier).
    let mut previous_lower = true;
    // Capitalised modifiers read so far (all at the phrase's start), and whether the last
    // word was one.
    let (mut modifiers, mut previous_modifier) = (0usize, false);
    let mut words = 0;
    for word in rest.split(' ') {
        // Tokenized text sets a hyphen apart ("high - energy astrophysicist"): it joins words.
        if word == "-" && end > 0 {
            end += word.len() + 1;
            continue;
        }
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        // "a Canadian former professional ice hockey player": a career's standing is no
        // word of the occupation's.
        if !matches!(bare, "former" | "retired" | "professional" | "amateur" | "semi-professional") {
            words += 1;
        }
        if words > 4 {
            break;
        }
        if is_occupation_word(bare) || is_role_word(bare) {
            // "poet laureate": a second occupation word right after it belongs to the phrase.
            let phrase_end = end + bare.len();
            let next = rest[phrase_end..].strip_prefix(' ').and_then(|r| r.split(' ').next()).unwrap_or("");
            let next_bare = next.trim_end_matches(|c: char| !c.is_alphanumeric());
            let compound = bare.len() == word.len() && next_bare.chars().all(char::is_lowercase) && is_occupation_word(next_bare);
            return Some(&rest[..if compound { phrase_end + 1 + next_bare.len() } else { phrase_end }]);
        }
        // "an American Democratic politician": a party word is part of the description.
        if is_party_word(bare) && bare.len() == word.len() {
            end += word.len() + 1;
            continue;
        }
        let phrase_end = PHRASE_ENDS.contains(&bare);
        let punctuated = bare.len() != word.len();
        let lower = !bare.is_empty() && bare.chars().all(|c| c.is_lowercase() || c == '-');
        if any_noun && end > 0 && phrase_end && previous_lower {
            return Some(rest[..end].trim_end());
        }
        if any_noun && punctuated && lower {
            return Some(&rest[..end + bare.len()]);
        }
        // "an American Internet pioneer, who", "a French Roman Catholic priest": in the copula
        // frame the phrase may open with up to two capitalised modifiers of its lower-case noun
        // ("Internet", not "INTERNET", unless as short as an acronym).
        // An acronym is a modifier too: "a German SS officer", "an American NBC reporter".
        let acronym = (2..=5).contains(&bare.len()) && bare.chars().all(|c| c.is_ascii_uppercase());
        let capitalised = acronym || crate::text::words::is_capitalised(bare);
        // Another demonym is another nationality ("a French American actress"), not a modifier.
        let modifier = any_noun
            && modifiers < 2
            && (end == 0 || previous_modifier)
            && capitalised
            && !punctuated
            && countries::by_demonym(bare).is_none();
        if phrase_end || punctuated || !(lower || modifier) {
            return None;
        }
        previous_modifier = modifier && !lower;
        modifiers += usize::from(previous_modifier);
        previous_lower = lower;
        end += word.len() + 1;
    }
    None
}

/// The nationality of a work's people: "a 2009 South Korean television series starring A, B and
/// C", "a 2015 Canadian drama film directed by X", "an American novel by X". Encyclopedic text
/// states a person's nationality this way when the work is theirs; it is weaker than a
/// demonym on the person, so its confidence is lower. The role is the credit ("director").
pub fn credited_work(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let first = &view.placed[list_start(view, index)];
    let country =
        view.placed.iter().rev().filter(|p| p.span.end <= first.span.start).take_while(|p| p.kind != EntityType::Person).next()?;
    if country.kind != EntityType::Country || !is_demonym_or_name(country.text) {
        return None;
    }
    // A co-production ("an Australian-American film") does not say whose the people are.
    if is_co_production(text, country.span.start) {
        return None;
    }
    let gap = &text[country.span.end..first.span.start];
    let captures = WORK_CREDIT.captures(gap)?;
    // "a Swedish film company established by X": the work noun must head its phrase.
    let after_work = gap[captures.name("work")?.end()..].trim_start_matches('s');
    if after_work.split_whitespace().next().is_some_and(is_organization_noun) {
        return None;
    }
    let role = match captures.name("credit")?.as_str().split_whitespace().next()? {
        "directed" => Some("director"),
        "written" => Some("writer"),
        "produced" => Some("producer"),
        "created" => Some("creator"),
        "composed" => Some("composer"),
        "hosted" => Some("presenter"),
        "starring" => Some("actor"),
        _ => None,
    };
    Some(Found { target: country.entity, role: role.map(Cow::Borrowed), confidence: confidence::CREDITED_WORK })
}

/// Whether a country mention is a demonym or the country's name, not a capital standing for
/// its government.
fn is_demonym_or_name(text: &str) -> bool {
    countries::by_demonym(text).or_else(|| countries::by_name(text, true)).or_else(|| countries::by_birth_demonym(text)).is_some()
}

/// "-born", "- born": a birthplace demonym.
fn is_born(between: &str) -> bool {
    between.split_whitespace().collect::<String>() == "-born"
}

/// "X was a Danish-born horn player": the occupation after a birthplace demonym that no other
/// nationality follows (`view.placed[next]`, the mention after the demonym, is not one right
/// after "born": "a German-born American painter" is American).
fn born_with_occupation<'a>(view: &SentenceView, next: usize, after: &'a str) -> Option<&'a str> {
    let rest = after.trim_start().strip_prefix('-')?.trim_start().strip_prefix("born ")?;
    let end_of_born = view.offset_of(rest);
    let other_nationality =
        view.placed.get(next).is_some_and(|p| p.kind == EntityType::Country && view.text[end_of_born..p.span.start].trim().is_empty());
    if other_nationality {
        return None;
    }
    occupation_after(rest, true)
}

/// The nationalities `view.placed[index]` (a person) is given in this sentence: one, or a
/// list ("a Soviet, Ukrainian, and Russian mathematician").
pub fn nationality(view: &SentenceView, index: usize) -> Vec<Found> {
    // "one of the most prominent Polish poets": one person holds the plural's role ("poet").
    let stated: Vec<Found> = subject_nationalities(view, index).into_iter().map(Found::held_by_one).collect();
    if !stated.is_empty() {
        return stated;
    }
    let apposed = apposed_nationalities(view, index);
    if !apposed.is_empty() {
        return apposed;
    }
    let listed = listed_subjects_nationalities(view, index);
    if !listed.is_empty() {
        return listed;
    }
    if let Some(found) = politician_in_country(view, index) {
        return vec![found];
    }
    let held = held_citizenships(view, index);
    if !held.is_empty() {
        return held;
    }
    other_nationality(view, index)
        .or_else(|| born_in_parenthesis(view, index))
        .or_else(|| born_in_clause(view, index))
        .or_else(|| fronted_description(view, index))
        .or_else(|| ranked_among_country_s_people(view, index))
        .or_else(|| heads_a_country_s_government(view, index))
        .or_else(|| in_a_country_s_body(view, index))
        .or_else(|| in_a_country_s_politics(view, index))
        .or_else(|| capped_by_a_country(view, index))
        .into_iter()
        .collect()
}

/// From a person to a country's caps: " won his one ", ", who earned his first ", " won 20 ".
static WON_CAPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(,\s*who\s+)?((has|had)\s+)?(won|earned|gained|collected|received|made)\s+((his|her|their)\s+)?([a-z0-9-]+\s+){0,2}$")
        .expect("valid regex")
});

/// "X won his one French cap against Italy", "X earned 20 Brazil caps": a national side's caps
/// are its country's ("cap" right after the country; the player represents it).
fn capped_by_a_country(view: &SentenceView, index: usize) -> Option<Found> {
    static CAPS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(international\s+)?caps?\b").expect("valid regex"));
    let country = view.placed.get(index + 1).filter(|p| p.kind == EntityType::Country)?;
    let gap = view.between(view.placed[index].span.end, country.span.start).to_lowercase();
    (WON_CAPS.is_match(&gap) && CAPS.is_match(&view.text[country.span.end..])).then_some(Found {
        target: country.entity,
        role: Some(Cow::Borrowed("representative")),
        confidence: confidence::NATIONALITY,
    })
}

/// From a person to a country whose body they served in, the body left untagged: " served in
/// the Cabinet of ", " was a member of the parliament of ", " sat in the Senate of the ".
static IN_A_BODY_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(\s*\([^()]*\))?\s*,?\s*(who\s+)?((later|also|then)\s+)?((served|serves|serving|sat|sits|sitting)\s+(in|on)|((is|was|became)\s+)?an?\s+member\s+of|(is|was|were)\s+((re-?)?elected|appointed)\s+to)\s+the\s+",
        r"(cabinet|government|parliament|senate|legislature|national\s+assembly|armed\s+forces|army|navy|air\s+force)\s+of\s+(the\s+)?$"
    ))
    .expect("valid regex")
});

/// "X served in the Cabinet of Japan", "X was a member of the parliament of Finland": a
/// country's own body, which the model left untagged (a tagged one is the citizenship family's).
fn in_a_country_s_body(view: &SentenceView, index: usize) -> Option<Found> {
    let country = view.placed.get(index + 1).filter(|p| p.kind == EntityType::Country && countries::by_name(p.text, false).is_some())?;
    let gap = view.between(view.placed[index].span.end, country.span.start).to_lowercase();
    IN_A_BODY_OF.is_match(&gap).then_some(Found {
        target: country.entity,
        role: Some(Cow::Borrowed("member")),
        confidence: confidence::NATIONALITY,
    })
}

/// From a person to the demonym of the politics they took part in: " was a leading figure in
/// ", ", who was active in ", " entered " (not " wrote a book on ", " was interested in ").
static IN_POLITICS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(\s*\([^()]*\))?\s*,?\s*(who\s+)?((later|also|then|long|briefly)\s+)?",
        r"(((is|was|became|remained)\s+)?(an?|the|one\s+of\s+the)\s+([a-z-]+\s+){0,3}?(figures?|forces?|players?|presences?)\s+in|",
        r"(is|was|were|became|remained)\s+((very|politically|highly)\s+)?(active|involved|prominent)\s+in|(entered|enters|entering)|(made|makes)\s+(his|her|their)\s+(name|mark)\s+in)\s+(the\s+)?$"
    ))
    .expect("valid regex")
});

/// "X was a leading figure in Norwegian politics", "X entered French politics in 1990": a
/// country's politics taken part in makes the person its citizen (a politician's).
fn in_a_country_s_politics(view: &SentenceView, index: usize) -> Option<Found> {
    let country = view.placed.get(index + 1).filter(|p| p.kind == EntityType::Country && countries::by_demonym(p.text).is_some())?;
    let gap = view.between(view.placed[index].span.end, country.span.start).to_lowercase();
    let politics = view.text[country.span.end..].trim_start().split(|c: char| !c.is_alphanumeric()).next() == Some("politics");
    (politics && IN_POLITICS.is_match(&gap)).then_some(Found {
        target: country.entity,
        role: Some(Cow::Borrowed("politician")),
        confidence: confidence::FROM_COUNTRY,
    })
}

/// Regex text: the title of a government's head before the name ("Prime Minister ").
const HEAD_OF_GOVERNMENT_TITLE: &str = r"((president|prime\s+minister|premier|chancellor|dictator|general|king|queen|emperor)\s+)?$";

/// From a country to the person heading its government: " government of ", " regime of
/// Prime Minister " ("the Indian government of Indira Gandhi").
static GOVERNMENT_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"^\s*(government|administration|regime|cabinet)\s+of\s+", HEAD_OF_GOVERNMENT_TITLE].concat()).expect("valid regex")
});

/// From a country (after "the government of ") to the person heading it: ", led by ", " under
/// ", ", headed by Prime Minister ".
static GOVERNMENT_LED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"^\s*(,\s*)?((then\s+)?(led|headed)\s+by|under)\s+", HEAD_OF_GOVERNMENT_TITLE].concat()).expect("valid regex")
});

/// "the Indian government of Indira Gandhi", "the government of Rhodesia, led by Ian Smith":
/// the person heads the country's government.
fn heads_a_country_s_government(view: &SentenceView, index: usize) -> Option<Found> {
    let country = view.placed.get(index.checked_sub(1)?).filter(|p| p.kind == EntityType::Country)?;
    let gap = view.between(country.span.end, view.placed[index].span.start).to_lowercase();
    let before = view.text[..country.span.start].to_lowercase();
    let demonym_first = before.trim_end().ends_with("the") && GOVERNMENT_OF.is_match(&gap);
    let government_first = GOVERNMENT_OF_COUNTRY.is_match(&before) && GOVERNMENT_LED_BY.is_match(&gap);
    (demonym_first || government_first).then_some(Found {
        target: country.entity,
        role: Some(Cow::Borrowed("leader")),
        confidence: confidence::NATIONALITY,
    })
}

/// Before a country: "the government of ", "the regime of ".
static GOVERNMENT_OF_COUNTRY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bthe\s+(government|administration|regime)\s+of\s+(the\s+)?$").expect("valid regex"));

/// From the person to a country's name: " was ", ", who is ", " (born 1950) became ", " is
/// widely regarded as ".
static COPULA_BEFORE_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))*\s*,?\s*(who\s+)?(is|was|became|remains)\s+(((widely|generally|often)\s+)?(considered|regarded\s+as|described\s+as|seen\s+as)\s+)?$")
        .expect("valid regex")
});

/// "X was Pakistan's first female pilot", "X is Kenya's youngest billionaire": ranked first
/// among a country's people in an occupation. (An office, "was Norway's first ambassador", the
/// apposition family reads as well.)
fn ranked_among_country_s_people(view: &SentenceView, index: usize) -> Option<Found> {
    let country = view.placed.get(index + 1).filter(|p| p.kind == EntityType::Country && countries::by_name(p.text, false).is_some())?;
    let gap = view.between(view.placed[index].span.end, country.span.start).to_lowercase();
    let after = &view.text[country.span.end..];
    let rank_at = sentence::starts_with_possessive(after, 0)?;
    let ranked = after[rank_at..].trim_start();
    let rank = ranked.split(' ').next()?;
    // A rank ("first") or a superlative ("greatest", "most celebrated").
    let rank_end = match RANKS.contains(&rank) {
        true => rank.len(),
        false => SUPERLATIVE.find(ranked)?.end(),
    };
    if !COPULA_BEFORE_COUNTRY.is_match(&gap) {
        return None;
    }
    let role = occupation_after(&ranked[rank_end..], false)?;
    Some(Found { target: country.entity, role: Some(owned(role)), confidence: confidence::NATIONALITY })
}

/// In the parenthesis right after a name, a birth and its place ending in a country: "(born
/// 1941, United States)", "(born 12 May 1950 in Lyon, France)", "(born in Lagos, Nigeria;
/// died 2001)"; or the birth date and place before the death's, "born" left out: "(13 September
/// 1890 in Monaco – 2 August 1978 in Monte Carlo)", "(1819 in Kassel, Germany – 1884)".
static BORN_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(\s*(born\s+[^;()]*?(,|\bin)|[^;()–-]*?\d{3,4}\s*,?\s+in\s+([^;()–-]*?,\s*)?)\s*$").expect("valid regex")
});

/// "Bill French (born 1941, United States) is a writer": an encyclopedia's opening gives the
/// country of birth in the parenthesis after the name; when the sentence states no other
/// nationality for the person, that country is theirs (weaker than a demonym).
fn born_in_parenthesis(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let parenthesis = sentence::parenthesis_after(text, view.placed[index].span.end)?;
    // The first country named in the parenthesis ends the birth's place: the parenthesis closes
    // there, or a death follows.
    let country = view.placed[index + 1..]
        .iter()
        .take_while(|p| p.span.end <= parenthesis.end)
        .find(|p| p.kind == EntityType::Country)
        .filter(|p| countries::by_name(p.text, false).is_some())?;
    let after = text[country.span.end..parenthesis.end].trim();
    let place_ends = after.is_empty() || after.starts_with(';') || after.starts_with(['–', '-']);
    (BORN_PLACE.is_match(&text[parenthesis.start..country.span.start]) && place_ends).then_some(Found {
        target: country.entity,
        role: None,
        confidence: confidence::FROM_COUNTRY,
    })
}

/// From the person to "born" in a clause of its own: " was born ", ", born ", ", who was born ",
/// " (1950 - 2001) was born " (not "was born to", a parent's; a birthplace in parentheses is
/// [`born_in_parenthesis`]'s).
static BORN_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\s*\([^()]*\))*\s*(,\s*(who\s+)?)?((was|is)\s+)?born\s+$").expect("valid regex"));

/// What may stand between "born" and the "in" or "at" of the birthplace: a date ("on 5 May
/// 1950", "in 1950", "c. 1520").
static BIRTH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((on|in|about|around|circa|c\.)\s+)?((\d{1,2}(st|nd|rd|th)?|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december),?\s+){0,3}$")
        .expect("valid regex")
});

/// Lower-case words a birthplace's description may hold before its country ("in a small
/// village near Lyon, France", "in the Basque region of France").
const BIRTHPLACE_WORDS: &[&str] = &[
    "the", "of", "a", "an", "small", "little", "village", "town", "city", "suburb", "hamlet", "near", "outside", "province", "region",
    "district", "county", "state", "de", "upon", "on", "northern", "southern", "eastern", "western", "central",
];

/// "X was born in Lyon, France, in 1950", "X, who was born in a village near Lyon, France,
/// joined", "Born on 5 May 1950 in Oslo, Norway, X": a birthplace in a clause of its own that
/// ends at a named country gives that country, as the encyclopedia's parenthesis does
/// ([`born_in_parenthesis`]), when the sentence states no other nationality; not "born in
/// Germany to American parents" (the parents' nationality is stated instead).
fn born_in_clause(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = view.placed[index].span;
    let named_country = |p: &&Placed| p.kind == EntityType::Country && countries::by_name(p.text, false).is_some();
    // The birth's words from after "born" up to the country.
    let (country, birth) = match text[..person.start].trim_start().strip_prefix("Born ") {
        // "Born in Oslo, Norway, X moved": the fronted birth, the person right after it.
        Some(fronted) => {
            let country = view.placed[..index].last().filter(named_country)?;
            if text[country.span.end..person.start].trim() != "," {
                return None;
            }
            (country, &text[view.offset_of(fronted)..country.span.start])
        }
        None => {
            let country = view.placed[index + 1..].iter().find(|p| p.kind == EntityType::Country).filter(named_country)?;
            let gap = &text[person.end..country.span.start];
            let born_at = gap.find("born ")? + "born ".len();
            if !BORN_LEAD.is_match(&gap[..born_at].to_lowercase()) {
                return None;
            }
            (country, &gap[born_at..])
        }
    };
    // Only places (or an institution: "born at St Mary's Hospital in London") between.
    let birth_start = view.offset_of(birth);
    let others_between = view.placed.iter().any(|p| {
        p.span.start >= birth_start
            && p.span.end <= country.span.start
            && !matches!(p.kind, EntityType::Location | EntityType::Organization)
    });
    // The last "in" or "at" opens the place; a date may come before it.
    let words: Vec<&str> = birth.split_whitespace().collect();
    let at = words.iter().rposition(|w| matches!(*w, "in" | "at"))?;
    let date: String = words[..at].iter().map(|w| format!("{} ", w.to_lowercase())).collect();
    let place_words = words[at + 1..].iter().all(|w| {
        let bare = w.trim_end_matches(',');
        bare.is_empty() || bare.starts_with(|c: char| c.is_uppercase()) || BIRTHPLACE_WORDS.contains(&bare) || bare == "-"
    });
    // The birth's clause ends at the country: "in 1950", ", and", "." (not "to American
    // parents", "of Italian descent").
    let after = text[country.span.end..].trim_start();
    let next_word = after.split_whitespace().next().unwrap_or("");
    let clause_ends = after.is_empty()
        || after.starts_with([',', '.', ';', ')', ':'])
        || matches!(next_word, "in" | "on" | "and" | "as" | "where" | "during" | "before" | "after" | "while" | "but" | "to" | "into");
    let parents_named = matches!(after.trim_start_matches([',', ' ']).split_whitespace().next(), Some("to" | "of" | "into"))
        && view
            .placed
            .iter()
            .any(|p| p.kind == EntityType::Country && p.span.start > country.span.end && p.span.start <= country.span.end + 30);
    (!others_between && BIRTH_DATE.is_match(&date) && place_words && clause_ends && !parents_named).then_some(Found {
        target: country.entity,
        role: None,
        confidence: confidence::FROM_COUNTRY,
    })
}

/// Regex text: from the person to what they hold, " holds dual ", ", who was granted ", "
/// acquired ".
const HOLDS: &str = concat!(
    r"^\s*,?\s*(who\s+)?((also|later|then|now|still)\s+)?",
    r"(holds|held|has|had|have|acquired|acquires|obtained|obtains|received|receives|took|takes|",
    // "renounced her German citizenship" (held until then), "was naturalised as a British
    // subject".
    r"renounced|renounces|relinquished|gave\s+up|lost|",
    r"(is|was|were|has\s+been|had\s+been)\s+(granted|naturali[sz]ed\s+as))\s+(both\s+|dual\s+|an?\s+|his\s+|her\s+|their\s+)?"
);

/// From the person to the demonyms of a citizenship held: " holds dual ", ", who was granted ".
static HOLDS_CITIZENSHIP: LazyLock<Regex> = LazyLock::new(|| Regex::new(&[HOLDS, "$"].concat()).expect("valid regex"));

/// From the person to the countries of a citizenship named before them: " holds dual
/// citizenship of ", " was granted the nationality of both ".
static CITIZENSHIP_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[HOLDS, r"(the\s+)?(citizenship|nationality|citizenships|nationalities)\s+(of|in)\s+(both\s+)?(the\s+)?$"].concat())
        .expect("valid regex")
});

/// From the person past a first predicate to the demonym of a citizenship a second one takes:
/// "... and became a ", "... and later took ", "... and was granted " (no relative clause's:
/// "X met the man who ... and took").
static COORDINATED_CITIZENSHIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+[a-z][^,]*?\s+and\s+((later|then|eventually|subsequently|also)\s+)?(became\s+an?(\s+naturali[sz]ed)?|took|acquired|obtained|received|(was|were)\s+granted)\s+$")
        .expect("valid regex")
});

/// "X holds dual British and Irish citizenship", "X, who holds a Canadian passport", "X was
/// granted French nationality": the countries of a citizenship the person holds.
fn held_citizenships(view: &SentenceView, index: usize) -> Vec<Found> {
    let person = view.placed[index].span;
    // The first demonym or country after the person; or, past other places, one a second
    // predicate of the person's reaches ("X emigrated to Canada in 1950 and became a Canadian
    // citizen", "X moved to France and took French citizenship").
    let coordinated = |at: usize| {
        let gap = view.between(person.end, view.placed[at].span.start);
        let relative = gap.split_whitespace().any(|w| matches!(w, "who" | "whom" | "whose" | "which" | "that"));
        at > index + 1
            && gap.len() <= 120
            && !relative
            && !gap.contains([';', '(', ')'])
            && COORDINATED_CITIZENSHIP.is_match(&gap.to_lowercase())
    };
    let Some(at) = (index + 1..view.placed.len()).take_while(|&at| view.placed[at].kind != EntityType::Person).find(|&at| {
        // (The gap is read only for the mention right after the person.)
        let right_after = || {
            at == index + 1 && {
                let gap = view.between(person.end, view.placed[at].span.start).to_lowercase();
                HOLDS_CITIZENSHIP.is_match(&gap) || CITIZENSHIP_OF.is_match(&gap)
            }
        };
        view.placed[at].kind == EntityType::Country && (right_after() || coordinated(at))
    }) else {
        return Vec::new();
    };
    let country = &view.placed[at];
    let gap = view.between(person.end, country.span.start).to_lowercase();
    // (The second predicate read as the first: " became a ", " took ".)
    let gap = if at > index + 1 { COORDINATED_CITIZENSHIP.replace(&gap, " took ").into_owned() } else { gap };
    let listed = demonym_list(view, at);
    // "X holds dual citizenship of Italy and Argentina", "X was granted the nationality of
    // France": the countries named after the citizenship.
    if CITIZENSHIP_OF.is_match(&gap) {
        return listed
            .iter()
            .filter(|c| countries::by_name(c.text, false).is_some())
            .map(|c| Found { target: c.entity, role: Some(Cow::Borrowed("citizen")), confidence: confidence::NATIONALITY })
            .collect();
    }
    if !HOLDS_CITIZENSHIP.is_match(&gap) {
        return Vec::new();
    }
    let after = view.text[listed[listed.len() - 1].span.end..].trim_start().to_lowercase();
    // ("... and became a Canadian citizen": the citizen's word.)
    let held = ["citizenship", "nationality", "passport", "citizenships", "nationalities", "passports", "citizen", "subject"];
    if !after.split(|c: char| !c.is_alphabetic()).next().is_some_and(|word| held.contains(&word)) {
        return Vec::new();
    }
    listed
        .iter()
        .filter(|c| countries::by_demonym(c.text).is_some())
        .map(|c| Found { target: c.entity, role: Some(Cow::Borrowed("citizen")), confidence: confidence::NATIONALITY })
        .collect()
}

/// The demonyms of a list that opens at `view.placed[at]`: "Soviet, Ukrainian, and Russian",
/// "Paraguayan-American".
fn demonym_list<'v, 'a>(view: &'v SentenceView<'a>, at: usize) -> Vec<&'v Placed<'a>> {
    let mut listed = vec![&view.placed[at]];
    while let Some(next) = view.placed.get(at + listed.len()).filter(|p| p.kind == EntityType::Country) {
        let gap = view.between(listed[listed.len() - 1].span.end, next.span.start);
        // ("a Soviet and later Russian actress": a nationality that followed another.)
        let later = matches!(gap.trim(), "and later" | "and then" | "then" | "later" | ", later" | "and subsequently");
        if !sentence::is_list_gap(gap) && gap.trim() != "-" && !later {
            break;
        }
        listed.push(next);
    }
    listed
}

/// From a name (or the last of a list) to the demonym of its apposition: ", a ", ", two
/// notable ", ", both former ".
static APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            r"^\s*,\s*(\d{1,3}\s*,\s*)?((",
            ASIDE_ADVERBS,
            r")\s+)?((an?|the|both|all|two|three|four|five|six)\s+)?(?P<words>([a-z-]+\s+){0,2})$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// From a name (or the last of a list) to the demonym of a relative clause describing it: ",
/// who was a ", " who became one of the first ", ", who were both ".
static RELATIVE_DESCRIPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*,?\s*who\s+((also|later|then)\s+)?(is|was|are|were|became|remains|remained|has\s+been|had\s+been)\s+((both|all)\s+)?(an?\s+|the\s+|(?P<one_of>one\s+of\s+(the\s+)?))?(?P<words>([a-z-]+\s+){0,2})$",
    )
    .expect("valid regex")
});

/// Regex text: adverbs an apposition may open with before its article ("X, now a German
/// citizen,", "X, formerly the French ambassador,"), which are no modifiers of the occupation.
const ASIDE_ADVERBS: &str = r"(now|himself|herself|also|later|then|once|still|currently|formerly|previously|originally|eventually|as|arguably|perhaps|probably|reportedly)";

/// Whether `role`, an occupation phrase [`occupation_after`] read off the sentence (a slice of
/// `view.text`), is the title of the name right after it ("A, current U.S. poet laureate B"),
/// not a description of the name before.
fn is_title_of_next_name(view: &SentenceView, role: &str) -> bool {
    view.next_mention_after(view.offset_of(role) + role.len())
        .is_some_and(|(next, gap)| next.kind == EntityType::Person && gap.trim().is_empty())
}

/// "John Doe met Jane Roe, a French diplomat, on Monday", "A and B, two notable Indian
/// choreographers": an apposition after the name, or after the list of names it is in (whose
/// occupation is then plural), with a demonym and an occupation.
fn apposed_nationalities(view: &SentenceView, index: usize) -> Vec<Found> {
    // "A and his granddaughter B, two notable Indian choreographers": kin named in the list.
    let listed = |gap: &str| sentence::is_list_gap(gap) || sentence::is_kin_in_list(gap);
    let (first, last) = (sentence::list_start_where(view, index, listed), sentence::list_end_where(view, index, listed));
    let Some(at) = Some(last + 1).filter(|&at| view.placed.get(at).is_some_and(|p| p.kind == EntityType::Country)) else {
        return Vec::new();
    };
    let country = &view.placed[at];
    let gap = view.between(view.placed[last].span.end, country.span.start).to_lowercase();
    // Modifiers only: "notable", not "an expert on Russian history". A name itself set off by
    // commas ends its apposition with the second comma: "The French president, X, met the German
    // chancellor" (an article after the predicate's verb) is not X's.
    let set_off = view.text[..view.placed[first].span.start].trim_end().ends_with(',');
    let not_a_modifier =
        |w: &str| PHRASE_ENDS.contains(&w) || matches!(w, "on" | "to" | "about") || (set_off && matches!(w, "a" | "an" | "the"));
    let apposed = APPOSED.captures(&gap);
    let relative = if apposed.is_none() { RELATIVE_DESCRIPTION.captures(&gap) } else { None };
    let modifiers_only = apposed.as_ref().or(relative.as_ref()).is_some_and(|c| !c["words"].split_whitespace().any(not_a_modifier));
    if !modifiers_only || !is_demonym_or_name(country.text) {
        return Vec::new();
    }
    let listed = demonym_list(view, at);
    let tail = &view.text[listed[listed.len() - 1].span.end..];
    // "X, Australia's greatest player": a country's name with its possessive.
    let possessive = countries::by_name(country.text, false).and_then(|_| sentence::starts_with_possessive(tail, 0));
    let tail = possessive.map_or(tail, |n| &tail[n..]);
    let Some(role) = occupation_after(tail, false) else { return Vec::new() };
    if is_title_of_next_name(view, role) {
        return Vec::new();
    }
    let plural = role.split_whitespace().last().is_some_and(is_plural_occupation);
    let described = match &relative {
        // A relative clause describes the name right before it ("A and B, who was a Polish
        // actress": B; "A, B who became one of the first German professors": B), or the whole
        // list when its occupation is plural ("A and B, who were Polish actors"). Not the
        // object of "of": "the wife of A, who was a Polish actress" may be the wife's.
        Some(clause) => {
            let one_of = clause.name("one_of").is_some();
            let object_of = view.text[..view.placed[first].span.start].trim_end().to_lowercase().ends_with(" of");
            !object_of && if plural && !one_of { last > first } else { index == last && (!plural || one_of) }
        }
        None => plural == (last > first),
    };
    if !described {
        return Vec::new();
    }
    listed.iter().map(|c| Found { target: c.entity, role: Some(one_of(role)), confidence: confidence::NATIONALITY }).collect()
}

/// "X is an American chess player", "X (1950-2001), known as Y, was a Soviet, Ukrainian and
/// Russian mathematician": the subject is the first person of the sentence (or one of its
/// other names), the demonyms the first ones the construction reaches (a birthplace in
/// parentheses may come before them).
fn subject_nationalities(view: &SentenceView, index: usize) -> Vec<Found> {
    let text = view.text;
    let placed = &view.placed;
    let Some(subject) = placed.iter().position(|p| p.kind == EntityType::Person) else { return Vec::new() };
    // "X (born 1950), the daughter of Y, is a French actress": the copula after an aside that
    // names someone is X's (an aside naming no one is read as before: "X, a German, met Y").
    let aside = sentence::comma_aside_after(text, placed[subject].span.end);
    let start = aside
        .clone()
        .filter(|aside| placed.iter().any(|p| p.kind == EntityType::Person && aside.contains(&p.span.start)))
        .map_or(placed[subject].span.end, |aside| aside.end);
    let found = nationalities_after(view, index, subject, start);
    // "X, who also holds Russian citizenship, is a French actor": past a relative clause that
    // states none the copula reads, and then the clause's own citizenship too
    // ([`held_citizenships`]).
    let relative = aside.filter(|aside| {
        let opening = text[aside.clone()].trim_start_matches(|c: char| c == ',' || c.is_whitespace());
        aside.end > start && (opening.starts_with("who ") || opening.starts_with("whose "))
    });
    match relative {
        Some(aside) if found.is_empty() => {
            let mut found = nationalities_after(view, index, subject, aside.end);
            if !found.is_empty() {
                let held: Vec<Found> =
                    held_citizenships(view, index).into_iter().filter(|held| found.iter().all(|f| f.target != held.target)).collect();
                found.extend(held);
            }
            found
        }
        _ => found,
    }
}

/// [`subject_nationalities`] read from `start` on, the subject `placed[subject]`.
fn nationalities_after(view: &SentenceView, index: usize, subject: usize, start: usize) -> Vec<Found> {
    let text = view.text;
    let placed = &view.placed;
    for (at, country) in placed.iter().enumerate().skip(subject + 1).filter(|(_, p)| p.kind == EntityType::Country && p.span.start >= start)
    {
        // The gap with every other name marked: only the subject's other names may stand in it.
        let mut gap = String::new();
        let mut from = start;
        let mut names = vec![subject];
        for (i, p) in placed.iter().enumerate().take(at).skip(subject + 1) {
            if p.kind == EntityType::Person && p.span.start >= start {
                // Only a name after a cue is another name ("known as X"); a name inside the
                // dates' parenthesis is a misread place ("(1906, Paris - 1987, Créteil)").
                if !ALIAS_CUE.is_match(&text[from..p.span.start].to_lowercase()) {
                    continue;
                }
                gap.push_str(&text[from..p.span.start]);
                gap.push(NAME_MARK);
                from = p.span.end;
                names.push(i);
            }
        }
        gap.push_str(&text[from..country.span.start]);
        let gap = gap.to_lowercase().replace(" - born", "-born");
        if !names.contains(&index) || !(is_copula(&gap) || is_coordinated_description(&gap)) {
            continue;
        }
        // The demonyms of a list, then the occupation after the last one.
        let listed = demonym_list(view, at);
        let last = listed[listed.len() - 1];
        let after = &text[last.span.end..];
        // "X (1948), a Filipino-born Australian, is": the demonym as a noun; "X was the first
        // Kenyan to win": a rank, the demonym, then what they were first to do.
        let ranked = FIRST_TO.is_match(after) && gap.trim_end().rsplit(' ').next().is_some_and(|w| RANKS.contains(&w));
        // ("X, a Kenyan by birth, moved": the demonym as a noun too.)
        let by_birth = after.trim_start().strip_prefix("by birth").is_some_and(|rest| rest.trim_start().starts_with([',', '.', ';', ')']));
        // ("X was a Frenchman who served": a relative clause after the noun.)
        let relative = ["who ", "whose "].iter().any(|w| after.trim_start().starts_with(w));
        // ("X was an American of Norwegian descent": an ancestry after the noun.)
        let of_descent = OF_DESCENT.is_match(after);
        let noun = (after.trim_start().starts_with([',', '.', ';', ')'])
            || after.trim().is_empty()
            || ranked
            || by_birth
            || relative
            || of_descent)
            && countries::by_demonym(last.text).is_some();
        // "one of Norway's best-known painters": a country's name with its possessive, among
        // "one of" only (a copula before a country's name states nothing: "was Norway's
        // ambassador" is read as an office).
        let one_of = gap.contains("one of ") || gap.contains("among the ");
        let possessive =
            (one_of && countries::by_name(last.text, false).is_some()).then(|| sentence::starts_with_possessive(after, 0)).flatten();
        let after = possessive.map_or(after, |n| SUPERLATIVE.find(&after[n..]).map_or(&after[n..], |m| &after[n + m.end()..]));
        // "one of the most prominent Polish poets": a plural occupation, not any noun ("one of
        // the best Polish films" is no person's).
        // (What the ranked one was first to do is no occupation: "the first Indian woman to".)
        let role = (!ranked)
            .then(|| occupation_after(past_organization_at_start(view, after), !one_of))
            .flatten()
            .or_else(|| born_with_occupation(view, at + listed.len(), after));
        let role = role.filter(|role| !one_of || role.rsplit(' ').next().is_some_and(is_plural_occupation));
        if role.is_some_and(|role| is_title_of_next_name(view, role)) {
            continue;
        }
        if role.is_some() || noun {
            return listed.iter().map(|c| Found { target: c.entity, role: role.map(owned), confidence: confidence::NATIONALITY }).collect();
        }
    }
    Vec::new()
}

/// `after` (a slice of the sentence) past an organization named at its start: "a Taiwanese
/// Kuomintang politician" is a politician (of the party, which the party families read), "a
/// Swedish Centre Party politician" too, not a "centre".
fn past_organization_at_start<'a>(view: &SentenceView<'a>, after: &'a str) -> &'a str {
    let trimmed = after.trim_start();
    if trimmed.is_empty() {
        return after;
    }
    let start = view.offset_of(trimmed);
    view.placed.iter().find(|p| p.kind == EntityType::Organization && p.span.start == start).map_or(after, |p| &view.text[p.span.end..])
}

/// A superlative after a country's possessive, which ranks the person among its people and is
/// no word of the occupation: "Norway's most famous painters", "Poland's greatest poets",
/// "Canada's best-known authors".
static SUPERLATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*((most|least)\s+[a-z-]+|best-known|best - known|well-known|[a-z]+est|leading|foremost|top|prominent|notable|celebrated)\b",
    )
    .expect("valid regex")
});

/// Before a demonym that names one more of a nationality: "another ", "a fellow ".
static ANOTHER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b(another|(a\s+)?fellow)\s+$").expect("valid regex"));

/// The years of a title between a demonym and its occupation: " 1984 and 1988 ", " 2004 ".
static YEARS_BEFORE_A_TITLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d{4}((\s*,\s*|\s+and\s+|\s*[-–]\s*)\d{4})*\s+").expect("valid regex"));

/// From the person to where they hold a political office: " is a politician in ", ", a former
/// Member of Parliament in the ".
static POLITICIAN_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))*\s*(,\s*|,?\s*(who\s+)?(is|was|became|has\s+been)\s+)(an?|the)\s+((former|retired|longtime|veteran|prominent|leading|local|provincial|regional)\s+)?(\x02\s+)?(?P<role>politician|legislator|statesman|parliamentarian|member\s+of\s+(the\s+)?parliament|mp|senator)\s+in\s+(the\s+)?$")
        .expect("valid regex")
});

/// "X is a politician in Ontario, Canada", "X, a former Member of Parliament in Ghana": a
/// political office held in a country is held by its national (not "a lawyer in France" nor
/// "a missionary in China", where a foreigner may work).
fn politician_in_country(view: &SentenceView, index: usize) -> Option<Found> {
    let person = &view.placed[index];
    // "X is a Labour Party politician in the United Kingdom": the party (marked) before the role.
    let party = view.placed.get(index + 1).filter(|p| p.kind == EntityType::Organization && is_party_name(p.text));
    let at = index + 1 + usize::from(party.is_some());
    let place = view.placed.get(at).filter(|p| matches!(p.kind, EntityType::Location | EntityType::Country))?;
    let gap = match party {
        Some(party) => [view.between(person.span.end, party.span.start), "\u{2}", view.between(party.span.end, place.span.start)].concat(),
        None => view.between(person.span.end, place.span.start).to_string(),
    }
    .to_lowercase();
    let captures = POLITICIAN_IN.captures(&gap)?;
    let (country, _) = super::bases::chain_country(view, at, false, &|_| None)?;
    let role = captures["role"].split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Found { target: country, role: Some(Cow::Owned(role)), confidence: confidence::NATIONALITY })
}

/// From a list of subjects to their demonym: " are ", " were both ".
static PLURAL_COPULA: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(are|were)\s+(both\s+|all\s+)?$").expect("valid regex"));

/// "A and B are Canadian actors", "A, B and C were all French painters": the sentence opens
/// with a list of people, then a plural copula, a demonym and an occupation in the plural,
/// which each of them holds.
fn listed_subjects_nationalities(view: &SentenceView, index: usize) -> Vec<Found> {
    let Some(subject) = view.placed.iter().position(|p| p.kind == EntityType::Person) else { return Vec::new() };
    let last = sentence::list_end_where(view, subject, sentence::is_list_gap);
    let country = last + 1;
    let is_country = view.placed.get(country).is_some_and(|p| p.kind == EntityType::Country);
    if last == subject || !(subject..=last).contains(&index) || !is_country {
        return Vec::new();
    }
    if !PLURAL_COPULA.is_match(view.between(view.placed[last].span.end, view.placed[country].span.start)) {
        return Vec::new();
    }
    let listed = demonym_list(view, country);
    let after = &view.text[listed[listed.len() - 1].span.end..];
    let Some(role) = occupation_after(after, true).filter(|role| role.rsplit(' ').next().is_some_and(is_plural_occupation)) else {
        return Vec::new();
    };
    let role = sentence::singular_role(role).to_string();
    listed.iter().map(|c| Found { target: c.entity, role: Some(Cow::Owned(role.clone())), confidence: confidence::LISTED }).collect()
}

/// Between a person and a country: ", a native of ", " is a native of ".
/// Also where the person comes from: " hails from ", ", originally from ", " is a singer
/// originally from the ".
static NATIVE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^((,\s*|(is|was)\s+)(an?\s+)?native\s+of",
        r"|(,\s*)?(hails|hailed|hailing)\s+from",
        r"|(,\s*|(is|was)\s+(an?\s+[a-z-]+(\s+[a-z-]+)?\s+)?)originally\s+from)(\s+the)?$"
    ))
    .expect("valid regex")
});

/// "A French painter, X moved to Rome", "The first South African to appear in an NFL game, X
/// played": a description fronted before the sentence's subject, with the demonym after its
/// article (and a rank or one modifier), then an occupation or what they were first to do.
fn fronted_description(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = view.placed[index].span;
    let description = text[..person.start].trim_end().strip_suffix(',')?;
    let demonym = view.placed.first().filter(|p| p.kind == EntityType::Country && countries::by_demonym(p.text).is_some())?;
    let lead = text[..demonym.span.start].to_lowercase();
    let lead: Vec<&str> = lead.split_whitespace().collect();
    // ("As a Brazilian citizen, X could not vote": the description the subject acts as.)
    let lead = if lead.len() == 2 && lead[0] == "as" { &lead[1..] } else { &lead[..] };
    let ranked = lead.len() == 2 && RANKS.contains(&lead[1]);
    let opens = matches!(lead.first(), Some(&("a" | "an" | "the"))) && lead.len() <= 2;
    // The subject of the sentence: a lower-case verb follows the name; no one else named before.
    let subject = text[person.end..].trim_start().starts_with(|c: char| c.is_lowercase());
    let alone = view.placed[..index].iter().all(|p| p.kind != EntityType::Person);
    if !opens || !subject || !alone || demonym.span.end > description.len() {
        return None;
    }
    let after = &description[demonym.span.end..];
    let role = occupation_after(after, false).filter(|role| after.trim_start().len() == role.len());
    let first_to = ranked && FIRST_TO.is_match(after);
    (role.is_some() || first_to).then(|| Found { target: demonym.entity, role: role.map(owned), confidence: confidence::NATIONALITY })
}

/// From the person to a demonym that is the predicate: "is", ", who is", "(born 1950) was" (one
/// person's: a list's "are Canadian" is left to the list families).
static PREDICATE_DEMONYM_LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\([^()]*\)\s*)?,?\s*(who\s+)?(is|was|became)(\s+(also|originally|now|still))?$").expect("valid regex"));

/// Before or after a doubles pair in a results line, the match's word: "beat", "def.", "v".
const MATCH_WORDS: &[&str] = &["beat", "bt", "def", "def.", "defeated", "v", "v.", "vs", "vs."];

/// "Luke Jensen and Murphy Jensen ( U.S. ) beat A ( Russia ) and B ( Netherlands )": a doubles
/// pair in a results line shares the country in parentheses after the second partner (the
/// match's verb right after it or right before the pair).
fn doubles_partner_s_country(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let placed = &view.placed;
    let (first, partner, country) = (&placed[index], placed.get(index + 1)?, placed.get(index + 2)?);
    let pair = matches!(text[first.span.end..partner.span.start].trim(), "and" | "/" | "&");
    let in_parentheses = text[partner.span.end..country.span.start].trim() == "(" && text[country.span.end..].trim_start().starts_with(')');
    if !(pair && in_parentheses && partner.kind == EntityType::Person && country.kind == EntityType::Country) {
        return None;
    }
    let after = text[country.span.end..].trim_start().strip_prefix(')')?.trim_start().to_lowercase();
    let before = text[..first.span.start].trim_end().to_lowercase();
    let is_match_word = |word: Option<&str>| word.is_some_and(|w| MATCH_WORDS.contains(&w));
    let matched = is_match_word(after.split_whitespace().next())
        || after.starts_with("lost to ")
        || is_match_word(before.rsplit(char::is_whitespace).next());
    matched.then_some(Found { target: country.entity, role: None, confidence: confidence::FROM_COUNTRY })
}

/// A nationality stated next to the name: "X from Venezuela.", "the Australian singer X".
fn other_nationality(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let placed = &view.placed;
    let person = placed[index].span;
    if let Some(found) = doubles_partner_s_country(view, index) {
        return Some(found);
    }
    // "his successor, Arturo Sosa from Venezuela.": a country named right after the person, the
    // clause ending there ("Jane Roe from France arrived" is not read: "from" may be the route).
    if let Some(country) = placed.get(index + 1).filter(|p| p.kind == EntityType::Country) {
        let after = text[country.span.end..].trim_start();
        let clause_ends = after.is_empty() || after.starts_with([',', '.', ';', ')']) || after.starts_with("and ");
        let gap = text[person.end..country.span.start].trim();
        let named = countries::by_name(country.text, true).is_some();
        // "his successor, X from Venezuela.", "Bill Ward, of France, won", "X, a native of
        // Ghana, was held".
        let native_of = NATIVE_OF.is_match(&gap.to_lowercase());
        if (gap == "from" || gap == ", of" || native_of) && clause_ends && named {
            return Some(Found { target: country.entity, role: None, confidence: confidence::FROM_COUNTRY });
        }
        let demonym = countries::by_demonym(country.text).is_some();
        let lower_gap = gap.to_lowercase();
        // "Jane Roe is Canadian.", "Smith, who is British, said": a demonym as the predicate,
        // the clause ending there or "by birth" (not "is Polish-speaking").
        if demonym && PREDICATE_DEMONYM_LEAD.is_match(&lower_gap) && (clause_ends || after.starts_with("by birth")) {
            return Some(Found { target: country.entity, role: None, confidence: confidence::NATIONALITY });
        }
        // "X is of Ghanaian nationality" (not "of Italian descent": an ancestry).
        let of_nationality = lower_gap.strip_suffix(" of").is_some_and(|lead| PREDICATE_DEMONYM_LEAD.is_match(lead))
            && ["nationality", "citizenship"].iter().any(|noun| after.starts_with(noun));
        if demonym && of_nationality {
            return Some(Found { target: country.entity, role: Some(Cow::Borrowed("citizen")), confidence: confidence::NATIONALITY });
        }
        // "won by Jane Roe (France) ahead of", "1. Jane Roe (USA)": results name a competitor's
        // country in parentheses.
        if gap == "(" && after.starts_with(')') && named {
            return Some(Found { target: country.entity, role: None, confidence: confidence::FROM_COUNTRY });
        }
        // "King Haakon VII of Norway", "Marcel Witeczek of Germany": a person named with the
        // country they rule or represent.
        // ("King Haakon VII of Norway" with the number left out of the name.)
        let regnal_number = gap.strip_suffix(" of").is_some_and(|n| !n.is_empty() && n.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
        if (gap == "of" || gap == "of the" || regnal_number) && named {
            return Some(Found { target: country.entity, role: None, confidence: confidence::FROM_COUNTRY });
        }
    }
    // "the Australian singer X", "French-born X", "New Zealand singer X": the demonym or the
    // country's name right before the name. A capital does not say nationality here: "the
    // Washington correspondent X" is a posting. The people of a list share a plural occupation
    // only: "Swedish musicians including trumpeter A and B", "Indian singers A and B".
    let first = list_start(view, index);
    let country = placed[..first].iter().rev().take_while(|p| p.kind != EntityType::Person).find(|p| p.kind == EntityType::Country)?;
    if !is_demonym_or_name(country.text) {
        return None;
    }
    let between = &text[country.span.end..placed[first].span.start];
    // "German forces commanded by Erwin Rommel and Hans von Arnim", "the French team coached by X".
    if let Some(captures) = LED_BY.captures(&between.to_lowercase()) {
        let military = matches!(&captures["body"], "forces" | "troops" | "army" | "armies" | "soldiers" | "units" | "navy" | "fleet");
        let role = match captures.name("verb").map(|verb| verb.as_str()) {
            // "American forces under Andrew Jackson", "the French team under X".
            _ if captures.name("under").is_some() => {
                if military {
                    "commander"
                } else {
                    "leader"
                }
            }
            Some("commanded") => "commander",
            Some("coached") => "coach",
            Some("captained") => "captain",
            Some(_) => "leader",
            // "the Soviet team included A, B and C".
            None => "member",
        };
        return Some(Found { target: country.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::NATIONALITY });
    }
    // "Canada was represented by A, B and C" (a country's name, not a demonym).
    if REPRESENTED_BY.is_match(&between.to_lowercase()) && countries::by_name(country.text, true).is_some() {
        return Some(Found { target: country.entity, role: Some(Cow::Borrowed("representative")), confidence: confidence::NATIONALITY });
    }
    // "The cabinet of Sweden consisted of A, B and C": the body of a country's people.
    if BODY_OF.is_match(&text[..country.span.start].to_lowercase()) && MADE_UP_OF.is_match(&between.to_lowercase()) {
        return Some(Found { target: country.entity, role: Some(Cow::Borrowed("member")), confidence: confidence::NATIONALITY });
    }
    // "French-born X", "French - born X" (the demonym alone a mention, or with "born").
    let born = is_born(between) || (countries::by_birth_demonym(country.text).is_some() && between.trim().is_empty());
    if first == index && born {
        return Some(Found { target: country.entity, role: None, confidence: confidence::NATIONALITY });
    }
    // "Brazil international Roberto Carlos": a player capped by the country.
    if first == index && between.trim() == "international" {
        return Some(Found { target: country.entity, role: Some(Cow::Borrowed("representative")), confidence: confidence::NATIONALITY });
    }
    // "South Korean Huh Yoon-jung": a demonym right before the name; "another German, X", "a
    // fellow American, X": one more of a nationality, set off by a comma.
    let another = between.trim() == "," && ANOTHER.is_match(&text[..country.span.start].to_lowercase());
    // "Swedes Björn Borg and Mats Wilander": a people's plural is every listed person's.
    let people = country.text.ends_with('s') && !country.text.ends_with("ss") && between.trim().is_empty();
    // ("Italian Brother X", "Kenyan Dr. X": a title of address is part of the name.)
    if (first == index || people) && (only_honorifics(between) || another) && countries::by_demonym(country.text).is_some() {
        return Some(Found { target: country.entity, role: None, confidence: confidence::FROM_COUNTRY });
    }
    // ("American 1984 and 1988 champion X": the years of a title before the occupation.)
    let between = YEARS_BEFORE_A_TITLE.find(between).map_or(between, |years| &between[years.end()..]);
    let role = occupation_after(between, false)?;
    let rest = &between[between.find(role)? + role.len()..];
    let plural = role.split_whitespace().last().is_some_and(is_plural_occupation);
    // "the famous Spanish painter, Francisco Goya": one person, set off by a comma after a
    // definite description.
    // The name closes the phrase ("Unlike the Indian painter, X chose prose" is a clause).
    let name_closes = text[placed[index].span.end..].trim_start().chars().next().is_none_or(|c| matches!(c, ',' | '.' | ';' | ')'));
    // (Not a part played: "Noureen DeWulf as the Palestinian cashier, A.J." is a cast list.)
    let lead = text[..country.span.start].to_lowercase();
    let played = AS_THE.is_match(&lead);
    let description_apposed = !plural && rest.trim() == "," && name_closes && APPOSED_DESCRIPTION_LEAD.is_match(&lead) && !played;
    let stated = rest.trim().is_empty() || more_occupations(rest) || (plural && INCLUDING.is_match(rest)) || description_apposed;
    let role = one_of(role);
    (stated && (plural || first == index)).then_some(Found {
        target: country.entity,
        role: Some(role),
        confidence: confidence::NATIONALITY,
    })
}

/// Whether `rest` continues a list of occupations up to the name: ", composer, and bandleader "
/// in "American jazz trumpeter, composer, and bandleader X"; an occupation may be a place's
/// ("American artillery sergeant and San Francisco newspaperman X").
fn more_occupations(rest: &str) -> bool {
    let rest = rest.trim();
    let Some(listed) = rest.strip_prefix(',').or_else(|| rest.strip_prefix("and ")) else { return false };
    listed.split(',').all(|item| {
        let words: Vec<&str> = item.split_whitespace().skip_while(|w| *w == "and").collect();
        let Some((last, modifiers)) = words.split_last() else { return false };
        let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
        let capitalised = modifiers.iter().take_while(|w| !lower(w)).count();
        words.len() <= 3 + capitalised
            && (is_occupation_word(last) || is_role_word(last))
            && lower(last)
            && modifiers[capitalised..].iter().all(lower)
    })
}

fn owned(role: &str) -> Cow<'static, str> {
    Cow::Owned(role.to_lowercase())
}

/// The role one person of a list holds: "chess player" for "chess players".
fn one_of(role: &str) -> Cow<'static, str> {
    owned(sentence::singular_role(role))
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::view;
    use super::*;
    use EntityType::{Country, Location, Organization, Person};

    fn found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Option<(usize, Option<String>)> {
        let v = view(text, mentions);
        let person = v.placed.iter().position(|p| p.kind == Person).unwrap();
        nationality(&v, person).into_iter().next().map(|f| (f.target, f.role.map(|r| r.into_owned())))
    }

    /// Every nationality of the person at `person` (an index into the mentions).
    fn all(text: &str, mentions: &[(&'static str, usize, EntityType)], person: usize) -> Vec<(usize, String)> {
        nationality(&view(text, mentions), person).into_iter().map(|f| (f.target, f.role.unwrap_or_default().into_owned())).collect()
    }

    #[test]
    fn the_first_of_a_nationality_to_do_something() {
        let kenyan = [("Jane Roe", 0, Person), ("Kenyan", 1, Country)];
        assert_eq!(all("Jane Roe was the first Kenyan to win an Olympic gold medal.", &kenyan, 0), [(1, String::new())]);
        assert_eq!(all("Jane Roe became the youngest Kenyan ever to win it.", &kenyan, 0), [(1, String::new())]);
        assert_eq!(all("Jane Roe became the first Kenyan woman to win it.", &kenyan, 0), [(1, String::new())]);
        let kenya = [("Jane Roe", 0, Person), ("Kenya", 1, Country)];
        assert_eq!(all("Jane Roe was Kenya's first female pilot.", &kenya, 0), [(1, "female pilot".to_string())]);
        assert_eq!(all("Jane Roe (born 1950) is Kenya's youngest pilot.", &kenya, 0), [(1, "pilot".to_string())]);
        // Not unranked, another's rank, or a thing.
        assert_eq!(all("Jane Roe was Kenya's pilot.", &kenya, 0), []);
        assert_eq!(all("Jane Roe met Kenya's first female pilot.", &kenya, 0), []);
        assert_eq!(all("Jane Roe was Kenya's first satellite.", &kenya, 0), []);
        assert_eq!(all("Jane Roe married a Kenyan man.", &kenyan, 0), []);
        // An infinitive is no occupation; without a rank it is not read.
        assert_eq!(all("Jane Roe is a Kenyan to watch.", &kenyan, 0), []);
        assert_eq!(all("Jane Roe was the first to beat a Kenyan runner.", &kenyan, 0), []);
    }

    #[test]
    fn a_doubles_pair_shares_the_country_after_the_second_partner() {
        let mentions = [("Jane Roe", 0, Person), ("Ann Lee", 2, Person), ("U.S.", 1, Country), ("Bob Ray", 3, Person)];
        for text in ["Jane Roe and Ann Lee ( U.S. ) beat Bob Ray 6-4 .", "Bob Ray beat Jane Roe and Ann Lee ( U.S. ) 6-4 ."] {
            let index = if text.starts_with("Jane") { 0 } else { 1 };
            let mentions: Vec<_> = if index == 0 { mentions.to_vec() } else { vec![mentions[3], mentions[0], mentions[1], mentions[2]] };
            assert_eq!(all(text, &mentions, index), [(1, String::new())], "{text}");
        }
        assert_eq!(all("Jane Roe and Ann Lee ( U.S. ) met Bob Ray on Monday .", &mentions, 0), [], "no match");
    }

    #[test]
    fn a_base_of_several_words_before_the_demonym() {
        let mentions = [("Jane Roe", 0, Person), ("New York City-based", 2, Location), ("Brazilian", 1, Country)];
        assert_eq!(all("Jane Roe is a New York City-based Brazilian painter.", &mentions, 0), [(1, "painter".to_string())]);
        assert_eq!(all("Jane Roe is a friend of a New York City-based Brazilian painter.", &mentions, 0), []);
    }

    #[test]
    fn the_copula_after_a_relative_clause_is_the_subject_s() {
        let mentions = [("Jane Roe", 0, Person), ("Russian", 1, Country), ("French", 2, Country)];
        let nationalities = |text: &str| all(text, &mentions, 0);
        for text in [
            "Jane Roe, who also holds Russian citizenship, is a French actress.",
            "Jane Roe, whose Russian wife died, is a French actress.",
        ] {
            assert_eq!(nationalities(text).first(), Some(&(2, "actress".to_string())), "{text}");
        }
        let text = "Jane Roe, who also holds Russian citizenship, is a French actress.";
        assert_eq!(nationalities(text), [(2, "actress".to_string()), (1, "citizen".to_string())], "the clause's own citizenship too");
        assert_eq!(nationalities("Jane Roe, whose Russian wife died, is a French actress."), [(2, "actress".to_string())]);
        assert_eq!(nationalities("Jane Roe, who met a Russian actress, married a French actor."), [], "no copula after the clause");
        assert_eq!(nationalities("Jane Roe, whose Russian wife died, married a French actor."), [], "the wife's");
        let lyon = [("Jane Roe", 0, Person), ("Lyon", 1, Location), ("French", 2, Country)];
        assert_eq!(all("Jane Roe, who was born in Lyon, is a French actress.", &lyon, 0), [(2, "actress".to_string())]);
    }

    #[test]
    fn a_member_of_a_country_s_untagged_body() {
        let japan = [("Jane Roe", 0, Person), ("Japan", 1, Country)];
        for text in [
            "Jane Roe served in the Cabinet of Japan from 1990.",
            "Jane Roe, who later sat in the Senate of Japan, died.",
            "Jane Roe was a member of the parliament of Japan.",
        ] {
            assert_eq!(all(text, &japan, 0), [(1, "member".to_string())], "{text}");
        }
        for text in [
            "Jane Roe served in the embassy of Japan.",
            "Jane Roe wrote about the Cabinet of Japan.",
            "Jane Roe served in the army of a friend of Japan.",
        ] {
            assert_eq!(all(text, &japan, 0), [], "{text}");
        }
    }

    #[test]
    fn the_head_of_a_country_s_government() {
        let indian = [("Indian", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(all("The Indian government of Jane Roe fell.", &indian, 1), [(1, "leader".to_string())]);
        assert_eq!(all("The Indian regime of President Jane Roe fell.", &indian, 1), [(1, "leader".to_string())]);
        let india = [("India", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(all("The government of India, led by Jane Roe, fell.", &india, 1), [(1, "leader".to_string())]);
        assert_eq!(all("The government of India under Jane Roe fell.", &india, 1), [(1, "leader".to_string())]);
        // Not another's government, a minister's, nor a critic.
        assert_eq!(all("An Indian critic of Jane Roe spoke.", &indian, 1), []);
        assert_eq!(all("The Indian government of the day hired Jane Roe.", &indian, 1), []);
        assert_eq!(all("The people of India, led by Jane Roe, marched.", &india, 1), []);
    }

    #[test]
    fn a_description_fronted_before_the_subject() {
        let french = |text: &str| all(text, &[("French", 1, Country), ("Jane Roe", 0, Person)], 1);
        assert_eq!(french("A French painter, Jane Roe moved to Rome in 1850."), [(1, "painter".to_string())]);
        assert_eq!(french("The first French to appear in the league, Jane Roe played ten seasons."), [(1, String::new())]);
        assert_eq!(french("As a French citizen, Jane Roe could not vote."), [(1, "citizen".to_string())]);
        assert_eq!(french("As a French court ruled, Jane Roe could not vote."), []);
        // Not a body, a possessive, or a name that is not the subject.
        assert_eq!(french("A French court, Jane Roe said, ruled."), []);
        assert_eq!(french("The French painter's friend, Jane Roe moved to Rome."), []);
        assert_eq!(french("A French painter, Jane Roe's friend, moved."), []);
    }

    #[test]
    fn one_more_of_a_nationality_and_a_title_s_years() {
        let another = [("John Doe", 2, Person), ("German", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(all("The bronze went to John Doe and another German, Jane Roe.", &another, 2), [(1, String::new())]);
        assert_eq!(all("John Doe met a fellow German, Jane Roe.", &another, 2), [(1, String::new())]);
        assert_eq!(all("John Doe met the German, Jane Roe.", &another, 2), []);
        // A people's plural before a list: every listed person's; a singular demonym: the first's.
        let swedes = |demonym: &'static str, at: usize| {
            let listed = [(demonym, 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
            all(&format!("The winners were {demonym} Jane Roe and John Doe."), &listed, at)
        };
        assert_eq!(swedes("Swedes", 2), [(1, String::new())]);
        assert_eq!(swedes("Swede", 1), [(1, String::new())]);
        assert_eq!(swedes("Swede", 2), []);
        let sprinter = [("American", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(all("They hoped to have American 1984 and 1988 sprinter Jane Roe.", &sprinter, 1), [(1, "sprinter".to_string())]);
        assert_eq!(all("They hoped to have American 1984 sprinter Jane Roe.", &sprinter, 1), [(1, "sprinter".to_string())]);
        assert_eq!(all("They hoped to have the American 1984 champion Jane Roe.", &sprinter[..], 1), [], "a title, no occupation");
    }

    #[test]
    fn a_nickname_in_quotes_before_the_copula() {
        let polish = [("Jane Roe", 0, Person), ("Polish", 1, Country)];
        assert_eq!(
            all("Jane Roe (1950 – 2010), also known as \"The Hammer\", was a Polish boxer.", &polish, 0),
            [(1, "boxer".to_string())]
        );
        assert_eq!(all("Jane Roe, nicknamed “Iron Jane”, was a Polish boxer.", &polish, 0), [(1, "boxer".to_string())]);
        assert_eq!(all("Jane Roe, who fought \"The Hammer\" twice, met a Polish boxer.", &polish, 0), []);
    }

    #[test]
    fn an_aside_s_modifiers_hold_no_article() {
        let german = [("Jane Roe", 0, Person), ("German", 1, Country)];
        assert_eq!(all("Jane Roe, a former German diplomat, died.", &german, 0), [(1, "diplomat".to_string())]);
        assert_eq!(all("Jane Roe, now a German citizen, lives in Rome.", &german, 0), [(1, "citizen".to_string())]);
        assert_eq!(all("Jane Roe, the then German chancellor, resigned.", &german, 0), [(1, "chancellor".to_string())]);
        // An article after a verb or a preposition opens another's description.
        let fronted = [("French", 2, Country), ("Jane Roe", 0, Person), ("German", 1, Country)];
        let text = "The French president, Jane Roe, met the German chancellor in Berlin.";
        assert_eq!(all(text, &fronted, 1), [(2, "president".to_string())], "the fronted description only");
        assert_eq!(all("Jane Roe, in Berlin, met the German chancellor.", &german, 0), []);
        assert_eq!(all("Jane Roe, speaking to a German journalist, denied it.", &german, 0), []);
    }

    #[test]
    fn an_acronym_before_the_occupation_is_a_modifier() {
        let german = [("Jane Roe", 0, Person), ("German", 1, Country)];
        assert_eq!(all("Jane Roe was a German SS officer.", &german, 0), [(1, "ss officer".to_string())]);
        assert_eq!(all("Jane Roe was a German BUNDESLIGA officer.", &german, 0), [], "not a word in capitals");
    }

    #[test]
    fn a_post_served_in_is_a_description() {
        let soviet = [("Jane Roe", 0, Person), ("Soviet", 1, Country)];
        assert_eq!(all("Jane Roe served as a Soviet diplomat in Paris.", &soviet, 0), [(1, "diplomat".to_string())]);
        assert_eq!(all("Jane Roe, who later worked as a Soviet trade official, died.", &soviet, 0), [(1, "trade official".to_string())]);
        // Not what she served against or as someone's.
        assert_eq!(all("Jane Roe served against a Soviet diplomat.", &soviet, 0), []);
        assert_eq!(all("Jane Roe served as a Soviet diplomat's aide.", &soviet, 0), []);
    }

    #[test]
    fn one_of_a_nationality_s_people() {
        let polish = [("Jane Roe", 0, Person), ("Polish", 1, Country)];
        assert_eq!(all("Jane Roe was one of the most prominent Polish poets of her time.", &polish, 0), [(1, "poet".to_string())]);
        assert_eq!(
            all("Jane Roe became one of the first Polish computer science professors.", &polish, 0),
            [(1, "computer science professor".to_string())]
        );
        // Not one of a nationality's works or of its people's doings.
        assert_eq!(all("Jane Roe was one of the most prominent Polish films.", &polish, 0), []);
        assert_eq!(all("Jane Roe met one of the Polish poets.", &polish, 0), []);
        // A description held of the person: "is considered", "was widely regarded as".
        assert_eq!(all("Jane Roe is considered one of the greatest Polish composers.", &polish, 0), [(1, "composer".to_string())]);
        assert_eq!(
            all("Jane Roe was widely regarded as one of the finest Polish painters of her generation.", &polish, 0),
            [(1, "painter".to_string())]
        );
        assert_eq!(all("Jane Roe is regarded as one of the best Polish films.", &polish, 0), []);
        // One of a country's people, by its name and possessive; the superlative ranks her.
        let poland = [("Jane Roe", 0, Person), ("Poland", 1, Country)];
        assert_eq!(all("Jane Roe is one of Poland's most famous painters.", &poland, 0), [(1, "painter".to_string())]);
        assert_eq!(all("Jane Roe is one of Poland's best-known authors.", &poland, 0), [(1, "author".to_string())]);
        assert_eq!(all("Jane Roe was one of Poland's leading architects.", &poland, 0), [(1, "architect".to_string())]);
        // Not its companies or its enemies, nor an office held of a country's ("was Poland's
        // ambassador" is read as the office elsewhere).
        assert_eq!(all("Jane Roe is one of Poland's largest companies.", &poland, 0), []);
        assert_eq!(all("Jane Roe was one of Poland's enemies.", &poland, 0), []);
        assert_eq!(all("Jane Roe met one of Poland's best painters.", &poland, 0), []);
    }

    #[test]
    fn a_career_s_standing_is_no_word_of_the_occupation() {
        let canadian = [("Jane Roe", 0, Person), ("Canadian", 1, Country)];
        let role = "former professional ice hockey player".to_string();
        assert_eq!(all("Jane Roe is a Canadian former professional ice hockey player.", &canadian, 0), [(1, role)]);
        // What a group holds is no occupation of the person's.
        let text = "Acme was an American folk trio comprising singer Jane Roe.";
        assert_eq!(all(text, &[("Acme", 2, Organization), ("American", 1, Country), ("Jane Roe", 0, Person)], 2), []);
        // Five words of the occupation's own are no occupation phrase.
        assert_eq!(all("Jane Roe is a Canadian big old red ice hockey player.", &canadian, 0), []);
    }

    #[test]
    fn post_nominal_letters_after_the_name() {
        let british = [("Jane Roe", 0, Person), ("British", 1, Country)];
        for text in [
            "Jane Roe, OBE (born 1961) is a British journalist.",
            "Jane Roe CBE FRS is a British chemist.",
            "Jane Roe, PhD, is a British economist.",
        ] {
            assert_eq!(
                found(text, &british),
                Some((1, Some(text.split(' ').next_back().unwrap().trim_end_matches('.').to_string()))),
                "{text}"
            );
        }
        assert_eq!(found("Jane Roe, Oxford is a British city.", &british), None);
    }

    #[test]
    fn a_political_office_held_in_a_country() {
        let chain = [("Jane Roe", 0, Person), ("Ontario", 1, Location), ("Canada", 2, Country)];
        assert_eq!(all("Jane Roe was a politician in Ontario, Canada.", &chain, 0), [(2, "politician".to_string())]);
        let ghana = [("Jane Roe", 0, Person), ("Ghana", 1, Country)];
        assert_eq!(all("Jane Roe is a former Member of Parliament in Ghana.", &ghana, 0), [(1, "member of parliament".to_string())]);
        assert_eq!(all("Jane Roe, a senator in Ghana, died.", &ghana, 0), [(1, "senator".to_string())]);
        // Work a foreigner may do there; a region alone names no country.
        assert_eq!(all("Jane Roe is a lawyer in Ghana.", &ghana, 0), []);
        assert_eq!(all("Jane Roe met a politician in Ghana.", &ghana, 0), []);
        let ontario = [("Jane Roe", 0, Person), ("Ontario", 1, Location)];
        assert_eq!(all("Jane Roe was a politician in Ontario.", &ontario, 0), []);
        // A party named before the role; not another organization.
        let party = |name: &'static str| [("Jane Roe", 0, Person), (name, 3, Organization), ("Ghana", 1, Country)];
        assert_eq!(all("Jane Roe is a Acme Party politician in Ghana.", &party("Acme Party"), 0), [(1, "politician".to_string())]);
        assert_eq!(all("Jane Roe is a Acme Bank politician in Ghana.", &party("Acme Bank"), 0), []);
    }

    #[test]
    fn a_list_of_subjects_shares_a_plural_occupation_s_nationality() {
        let two = [("Jane Roe", 0, Person), ("John Doe", 1, Person), ("Canadian", 2, Country)];
        let actor = [(2, "actor".to_string())];
        assert_eq!(all("Jane Roe and John Doe are Canadian actors.", &two, 0), actor);
        assert_eq!(all("Jane Roe and John Doe were both Canadian actors.", &two, 1), actor);
        // A singular occupation, a demonym alone, another verb: not read.
        assert_eq!(all("Jane Roe and John Doe were Canadian actor.", &two, 1), []);
        assert_eq!(all("Jane Roe and John Doe are Canadian.", &two, 1), []);
        assert_eq!(all("Jane Roe and John Doe met Canadian actors.", &two, 1), []);
        // Not a list: "with".
        assert_eq!(all("Jane Roe with John Doe are Canadian actors.", &two, 1), []);
    }

    #[test]
    fn a_demonym_as_the_predicate() {
        let polish = [("Jane Roe", 0, Person), ("Polish", 1, Country)];
        for text in [
            "Jane Roe is Polish.",
            "Jane Roe, who is Polish, said so.",
            "Jane Roe was Polish and lived in Paris.",
            "Jane Roe was Polish by birth.",
        ] {
            assert_eq!(all(text, &polish, 0), [(1, String::new())], "{text}");
        }
        assert_eq!(all("Jane Roe is of Polish nationality.", &polish, 0), [(1, "citizen".to_string())]);
        for text in [
            "Jane Roe is Polish-speaking.",
            "Jane Roe met Polish officers.",
            "Jane Roe said the film was Polish.",
            "Jane Roe is of Polish descent.",
        ] {
            assert_eq!(all(text, &polish, 0), [], "{text}");
        }
        // The demonym as a noun, then a relative clause.
        let frenchman = [("Jane Roe", 0, Person), ("Frenchman", 1, Country)];
        assert_eq!(all("Jane Roe was a Frenchman who served in the army.", &frenchman, 0), [(1, String::new())]);
        assert_eq!(all("Jane Roe was a Frenchman's wife.", &frenchman, 0), []);
    }

    #[test]
    fn a_native_of_a_country() {
        let ghana = [("Jane Roe", 0, Person), ("Ghana", 1, Country)];
        assert_eq!(all("Jane Roe, a native of Ghana, was held.", &ghana, 0), [(1, String::new())]);
        assert_eq!(all("Jane Roe is a native of Ghana.", &ghana, 0), [(1, String::new())]);
        assert_eq!(all("Jane Roe, a native of Ghana's north, was held.", &ghana, 0), [], "a region of it");
        assert_eq!(all("Jane Roe met a native of Ghana.", &ghana, 0), []);
        let ghanaian = [("Jane Roe", 0, Person), ("Ghanaian", 1, Country)];
        assert_eq!(all("Jane Roe, a Ghanaian by birth, moved to London.", &ghanaian, 0), [(1, String::new())]);
        assert_eq!(all("Jane Roe, a Ghanaian by birth rate, moved.", &ghanaian, 0), []);
        for text in [
            "Jane Roe hails from Ghana.",
            "Jane Roe, originally from Ghana, moved to London.",
            "Jane Roe is a singer originally from Ghana.",
        ] {
            assert_eq!(all(text, &ghana, 0), [(1, String::new())], "{text}");
        }
        for text in
            ["Jane Roe hails from Ghana's north.", "Jane Roe sold goods originally from Ghana.", "Jane Roe's wife hails from Ghana."]
        {
            assert_eq!(all(text, &ghana, 0), [], "{text}");
        }
    }

    #[test]
    fn a_citizenship_or_passport_held() {
        let two = [("Jane Roe", 0, Person), ("British", 1, Country), ("Irish", 2, Country)];
        let citizen = |n: usize| (n, "citizen".to_string());
        assert_eq!(all("Jane Roe holds dual British and Irish citizenship.", &two, 0), [citizen(1), citizen(2)]);
        let one = [("Jane Roe", 0, Person), ("Canadian", 1, Country)];
        assert_eq!(all("Jane Roe, who holds a Canadian passport, was held.", &one, 0), [citizen(1)]);
        assert_eq!(all("Jane Roe was granted Canadian citizenship in 1950.", &one, 0), [citizen(1)]);
        // The countries named after the citizenship.
        let named = [("Jane Roe", 0, Person), ("Italy", 1, Country), ("Argentina", 2, Country)];
        assert_eq!(all("Jane Roe holds dual citizenship of Italy and Argentina.", &named, 0), [citizen(1), citizen(2)]);
        assert_eq!(all("Jane Roe was granted the citizenship of both Italy and Argentina.", &named, 0), [citizen(1), citizen(2)]);
        // A citizenship renounced was held, as a member who "left Y" was one.
        assert_eq!(all("Jane Roe renounced the citizenship of Italy and Argentina.", &named, 0), [citizen(1), citizen(2)]);
        assert_eq!(all("Jane Roe criticised the citizenship of Italy and Argentina.", &named, 0), []);
        // A second predicate of the person's, past a place.
        let moved = [("Jane Roe", 0, Person), ("Canada", 1, Country), ("Canadian", 1, Country)];
        for text in [
            "Jane Roe emigrated to Canada in 1950 and became a Canadian citizen in 1955.",
            "Jane Roe moved to Canada and later took Canadian citizenship.",
        ] {
            assert_eq!(all(text, &moved, 0), [citizen(1)], "{text}");
        }
        for text in [
            "Jane Roe met a man who emigrated to Canada and became a Canadian citizen.",
            "Jane Roe moved to Canada; her son became a Canadian citizen.",
            "Jane Roe moved to Canada and became a Canadian icon.",
        ] {
            assert_eq!(all(text, &moved, 0), [], "{text}");
        }
        assert_eq!(all("Jane Roe has written on the citizenship of Italy and Argentina.", &named, 0), []);
        assert_eq!(all("Jane Roe has a Canadian wife.", &one, 0), []);
        assert_eq!(all("Jane Roe took Canadian lessons.", &one, 0), []);
        assert_eq!(all("Jane Roe met a man who holds Canadian citizenship.", &one, 0), [], "someone else's");
    }

    #[test]
    fn a_peerage_before_the_copula_and_a_tokenized_hyphen_in_the_occupation() {
        let people = [("Jane Roe", 0, Person), ("British", 1, Country)];
        let text = "Jane Roe, 1st Baronet DSO (3 June 1870 – 19 December 1938), was a British soldier.";
        assert_eq!(all(text, &people, 0), [(1, "soldier".to_string())]);
        let text = "Jane Roe, 3rd Earl of Acme (1800 – 1870), was a British statesman.";
        assert_eq!(all(text, &people, 0), [(1, "statesman".to_string())]);
        let text = "Jane Roe (born 1925) is a British high - energy astrophysicist.";
        assert_eq!(all(text, &people, 0), [(1, "high - energy astrophysicist".to_string())]);
        // Not the subject's: a comma then another clause (past a relative clause, the
        // subject's again).
        assert_eq!(all("Jane Roe, who met a baronet, was a British soldier.", &people, 0), [(1, "soldier".to_string())]);
        assert_eq!(all("Jane Roe, a friend of the Earl, met a British soldier.", &people, 0), []);
    }

    #[test]
    fn other_names_lists_and_birthplaces_before_the_copula() {
        let aliases = [("Jane Roe", 0, Person), ("Jenny Roe", 0, Person), ("Austrian", 1, Country)];
        let text = "Jane Roe (1473 - 1529), known as Jenny Roe, was an Austrian humanist.";
        assert_eq!(all(text, &aliases, 0), [(1, "humanist".to_string())]);
        assert_eq!(all(text, &aliases, 1), [(1, "humanist".to_string())], "the other name is the same person");
        let text = "Jane Roe (1473 - 1529), born Jenny Roe (or Jenny Rho), was an Austrian humanist.";
        assert_eq!(all(text, &aliases, 1), [(1, "humanist".to_string())]);
        let text = "Jane Roe, also known in the Latin versions of her name as Jenny Roe (1473 - 1529), was an Austrian humanist.";
        assert_eq!(all(text, &aliases, 0), [(1, "humanist".to_string())], "a name known in another language");
        let text = "Jane Roe, known for her work with Jenny Roe, was an Austrian humanist.";
        assert_eq!(all(text, &aliases, 1), [], "known for work with another person, not as another name");
        let place = [("Jane Roe", 0, Person), ("Paris", 2, Country), ("Jenny Roe", 3, Person), ("French", 1, Country)];
        assert_eq!(
            all("Jane Roe (1906, Paris - 1987, Jenny Roe) was a French poet.", &place, 2),
            [],
            "a name in the dates is not another name"
        );
        let text = "Jane Roe met Jenny Roe, who was an Austrian humanist.";
        assert_eq!(all(text, &aliases, 0), [], "another person, not another name");
        let list = [("Jane Roe", 0, Person), ("Soviet", 1, Country), ("Ukrainian", 2, Country), ("Russian", 3, Country)];
        assert_eq!(
            all("Jane Roe (1951 - 2001) was a Soviet, Ukrainian, and Russian mathematician.", &list, 0),
            [(1, "mathematician".to_string()), (2, "mathematician".to_string()), (3, "mathematician".to_string())]
        );
        let born = [("Jane Roe", 0, Person), ("Marseille", 2, EntityType::Location), ("France", 3, Country), ("French", 1, Country)];
        assert_eq!(all("Jane Roe born in Marseille, France is a French songwriter.", &born, 0), [(1, "songwriter".to_string())]);
        let party = [("Jane Roe", 0, Person), ("American", 1, Country), ("Democratic", 2, Organization)];
        // (The party is the party family's to read; the occupation is "politician".)
        assert_eq!(all("Jane Roe was an American Democratic politician.", &party, 0), [(1, "politician".to_string())]);
        let hyphen = [("Jane Roe", 0, Person), ("Paraguayan", 1, Country), ("American", 2, Country)];
        assert_eq!(
            all("Jane Roe (born 1943), Paraguayan - American feminist artist, writer", &hyphen, 0),
            [(1, "feminist artist".to_string()), (2, "feminist artist".to_string())]
        );
        let noun = [("Jane Roe", 0, Person), ("Filipino", 2, Country), ("Australian", 1, Country)];
        assert_eq!(all("Jane Roe (born 1948), a Filipino - born Australian, is known for it.", &noun, 0), [(1, String::new())]);
        let born = [("Jane Roe", 0, Person), ("German", 2, Country), ("American", 1, Country)];
        assert_eq!(all("Jane Roe (1819 - 1884) was a German - born American painter.", &born, 0), [(1, "painter".to_string())]);
        let born = [("Jane Roe", 0, Person), ("Danish", 2, Country)];
        assert_eq!(all("Jane Roe (1909 - 1991) was a Danish - born horn player.", &born, 0), [(2, "horn player".to_string())]);
        assert_eq!(all("Jane Roe was a Danish-born horn player.", &born, 0), [(2, "horn player".to_string())]);
        assert_eq!(all("Jane Roe was a Danish - born in 1909.", &born, 0), []);
    }

    #[test]
    fn a_second_coordinated_description() {
        let found = |text: &str| all(text, &[("Jane Roe", 0, Person), ("Acme University", 2, Organization), ("Peruvian", 1, Country)], 0);
        assert_eq!(found("Jane Roe is a professor at the Acme University and a Peruvian politician."), [(1, "politician".to_string())]);
        assert_eq!(found("Jane Roe is the son of a teacher at the Acme University and a Peruvian actress."), [], "kin");
        assert_eq!(found("Jane Roe met a dean at the Acme University and a Peruvian politician."), [], "no copula");
    }

    #[test]
    fn capitalised_modifiers_in_the_copula_frame() {
        let found = |text: &str| all(text, &[("Jane Roe", 0, Person), ("American", 1, Country)], 0);
        assert_eq!(found("Jane Roe (1932 - 2017) was an American Internet pioneer, who led teams."), [(1, "internet pioneer".to_string())]);
        assert_eq!(found("Jane Roe is an American Orthodox priest."), [(1, "orthodox priest".to_string())]);
        assert_eq!(found("Jane Roe is an American French actress."), [], "a demonym is not a modifier");
        assert_eq!(found("Jane Roe () (1601 - 1680) was an American Roman Catholic priest."), [(1, "roman catholic priest".to_string())]);
        assert_eq!(found("Jane Roe is an American Acme Steel Corp worker."), [], "two modifiers at most");
        assert_eq!(found("Jane Roe is an American lead Acme priest."), [], "modifiers open the phrase");
        // The phrase must end in a lower-case noun; capitals alone are a name, not a description.
        assert_eq!(found("Jane Roe was an American Acme Corp, who led teams."), []);
        assert_eq!(found("Jane Roe was an American NASA pioneer, who led teams."), [(1, "nasa pioneer".to_string())], "an acronym");
        // A party named between them is no word of the occupation (its families read it).
        let party = |name: &'static str| [("Jane Roe", 0, Person), ("Swedish", 1, Country), (name, 2, Organization)];
        assert_eq!(all("Jane Roe is a Swedish Centre Party politician.", &party("Centre Party"), 0), [(1, "politician".to_string())]);
        assert_eq!(all("Jane Roe is a Swedish Kuomintang politician.", &party("Kuomintang"), 0), [(1, "politician".to_string())]);
        // Outside the copula frame a capitalised word still ends the search.
        let apposed = [("Ann Lee", 2, Person), ("Jane Roe", 0, Person), ("American", 1, Country)];
        assert_eq!(all("Ann Lee met Jane Roe, an American Internet pioneer, on Monday.", &apposed, 1), []);
    }

    #[test]
    fn demonyms_give_nationality_and_occupation() {
        let two = [("Jane Roe", 0, Person), ("Soviet", 1, Country), ("Russian", 2, Country)];
        for text in ["Jane Roe was a Soviet and later Russian actress.", "Jane Roe was a Soviet and Russian actress."] {
            assert_eq!(all(text, &two, 0), [(1, "actress".to_string()), (2, "actress".to_string())], "{text}");
        }
        assert_eq!(all("Jane Roe was a Soviet spy and later Russian actress.", &two, 0), [(1, "spy".to_string())], "another description");
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
            found("In 1969 South Korean Jane Roe was called up.", &[("South Korean", 1, Country), ("Jane Roe", 0, Person)]),
            Some((1, None))
        );
        let capped = [("Jane Roe", 0, Person), ("French", 1, Country)];
        assert_eq!(
            found("Jane Roe, who won her one French cap against Italy, retired.", &capped),
            Some((1, Some("representative".into())))
        );
        assert_eq!(found("Jane Roe earned 20 French caps.", &capped), Some((1, Some("representative".into()))));
        assert_eq!(found("Jane Roe won the French cup.", &capped), None, "a cup");
        assert_eq!(found("Jane Roe wore a French cap.", &capped), None, "a hat");
        let italian = [("Italian", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(found("They held Italian Sister Jane Roe, 28.", &italian), Some((1, None)), "a title of address");
        assert_eq!(found("They held Italian Dr. Jane Roe.", &italian), Some((1, None)));
        assert_eq!(found("They held Italian fans of Jane Roe.", &italian), None);
        assert_eq!(found("named for King Jane Roe of Norway by him", &[("Jane Roe", 0, Person), ("Norway", 1, Country)]), Some((1, None)));
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
        assert_eq!(
            found(
                "an album by American jazz trumpeter, composer, and bandleader Jane Roe",
                &[("American", 1, Country), ("Jane Roe", 0, Person)]
            ),
            Some((1, Some("jazz trumpeter".into())))
        );
        let sergeant = [("American", 1, Country), ("San Francisco", 2, EntityType::Location), ("Jane Roe", 0, Person)];
        assert_eq!(
            found("a novel by American artillery sergeant and San Francisco newspaperman Jane Roe", &sergeant),
            Some((1, Some("artillery sergeant".into())))
        );
        assert_eq!(found("a novel by American artillery sergeant and San Francisco Giants fan Jane Roe", &sergeant), None);
    }

    fn credit(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Option<(usize, Option<String>)> {
        let v = view(text, mentions);
        let person = v.placed.iter().rposition(|p| p.kind == Person).unwrap();
        credited_work(&v, person).map(|f| (f.target, f.role.map(|r| r.into_owned())))
    }

    #[test]
    fn the_people_of_a_work_share_its_nationality() {
        assert_eq!(
            credit("It is a 2015 Canadian drama film directed by Jane Roe.", &[("Canadian", 1, Country), ("Jane Roe", 0, Person)]),
            Some((1, Some("director".into())))
        );
        assert_eq!(
            credit(
                "It is a 2009 South Korean romantic comedy television series, starring Max Poe, John Doe, and Jane Roe.",
                &[("South Korean", 1, Country), ("Max Poe", 2, Person), ("John Doe", 3, Person), ("Jane Roe", 0, Person)]
            ),
            Some((1, Some("actor".into())))
        );
        assert_eq!(credit("an American novel by Jane Roe", &[("American", 1, Country), ("Jane Roe", 0, Person)]), Some((1, None)));
    }

    #[test]
    fn other_works_and_other_people_do_not() {
        assert_eq!(credit("a French film about Jane Roe", &[("French", 1, Country), ("Jane Roe", 0, Person)]), None, "its subject");
        assert_eq!(
            credit("a French film. It was seen by Jane Roe", &[("French", 1, Country), ("Jane Roe", 0, Person)]),
            None,
            "another sentence"
        );
        assert_eq!(
            credit(
                "an American film starring John Doe, with Jane Roe",
                &[("American", 1, Country), ("John Doe", 2, Person), ("Jane Roe", 0, Person)]
            ),
            None,
            "a person between"
        );
        assert_eq!(
            credit("a French film company founded by Jane Roe", &[("French", 1, Country), ("Jane Roe", 0, Person)]),
            None,
            "a company, not a work"
        );
        assert_eq!(
            credit(
                "an Australian-American film directed by Jane Roe",
                &[("Australian", 2, Country), ("American", 1, Country), ("Jane Roe", 0, Person)]
            ),
            None,
            "a co-production"
        );
        assert_eq!(
            credit("a film shot in France directed by Jane Roe", &[("France", 1, Country), ("Jane Roe", 0, Person)]),
            None,
            "a place, not the work's nationality"
        );
    }

    #[test]
    fn appositions_and_lists_share_a_demonym() {
        let met = [("John Doe", 2, Person), ("Jane Roe", 0, Person), ("American", 1, Country)];
        assert_eq!(all("John Doe met Jane Roe, an American singer, on Monday.", &met, 1), [(1, "singer".to_string())]);
        assert!(all("John Doe met Jane Roe, an American singer, on Monday.", &met, 0).is_empty(), "the apposition is Jane's");
        assert_eq!(all("John Doe met Jane Roe, 45, an American singer, on Monday.", &met, 1), [(1, "singer".to_string())], "an age first");
        let pair = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Indian", 1, Country)];
        let text = "It is named after Jane Roe and John Doe, two notable Indian choreographers.";
        for person in 0..2 {
            assert_eq!(all(text, &pair, person), [(1, "choreographer".to_string())]);
        }
        let text = "It is named after Jane Roe and his grand daughter John Doe, two notable Indian choreographers.";
        for person in 0..2 {
            assert_eq!(all(text, &pair, person), [(1, "choreographer".to_string())], "kin named in the list");
        }
        let listed = [("Swedish", 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        let text = "He recorded with leading Swedish musicians including trumpeter Jane Roe and John Doe.";
        for person in 1..3 {
            assert_eq!(all(text, &listed, person), [(1, "musician".to_string())]);
        }
        assert_eq!(all("The Indian singers Jane Roe and John Doe sang.", &listed_as("Indian"), 2), [(1, "singer".to_string())]);
        assert_eq!(
            all("He studied under two well known Indian painters, Jane Roe and John Doe, in Delhi.", &listed_as("Indian"), 1),
            [(1, "painter".to_string())]
        );
        // One person after a comma: a definite description only.
        let one = [("Indian", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(all("It even shows the famous Indian painter, Jane Roe.", &one, 1), [(1, "painter".to_string())]);
        assert_eq!(all("The cover was drawn by Indian comic book artist, Jane Roe.", &one, 1), [(1, "comic book artist".to_string())]);
        assert_eq!(all("It shows Indian painter, Jane Roe and a dog.", &one, 1), [], "no article, no preposition");
        let cast = [("Ann Lee", 0, Person), ("Indian", 1, Country), ("Jane Roe", 2, Person)];
        assert_eq!(all("It stars Ann Lee as the Indian cashier, Jane Roe.", &cast, 2), [], "a part played, then the next actor");
        assert_eq!(all("It shows an Indian painter, Jane Roe and a dog.", &one, 1), [], "an indefinite one may be a list");
        assert_eq!(all("Unlike the Indian painter, Jane Roe chose prose.", &one, 1), [], "a comma after a clause");
        let titled = [("Ann Lee", 0, Person), ("American", 1, Country), ("Jane Roe", 2, Person)];
        let text = "It produced the authors Ann Lee, current American poet laureate Jane Roe, and John Doe.";
        assert_eq!(all(text, &titled, 0), [], "the description is the next name's title");
        assert_eq!(all(text, &titled, 2), [(1, "poet laureate".to_string())]);
        let described = [("Ann Lee", 0, Person), ("Indian", 1, Country), ("Jane Roe", 2, Person)];
        let text = "Ann Lee is an Indian astrophysicist and a former associate of Jane Roe.";
        assert_eq!(all(text, &described, 0), [(1, "astrophysicist".to_string())]);
    }

    #[test]
    fn a_relative_clause_describes_the_name_before_it() {
        let met = [("John Doe", 2, Person), ("Jane Roe", 0, Person), ("French", 1, Country)];
        let text = "John Doe met Jane Roe, who was a French diplomat, in Paris.";
        assert_eq!(all(text, &met, 1), [(1, "diplomat".to_string())]);
        assert_eq!(all(text, &met, 0), [], "the clause is Jane's");
        let pair = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Polish", 1, Country)];
        let text = "The film stars Jane Roe and John Doe, who was a Polish actor.";
        assert_eq!(all(text, &pair, 1), [(1, "actor".to_string())]);
        assert_eq!(all(text, &pair, 0), [], "a singular clause is the last name's");
        let text = "The film stars Jane Roe and John Doe, who were both Polish actors.";
        for person in 0..2 {
            assert_eq!(all(text, &pair, person), [(1, "actor".to_string())], "a plural one the list's");
        }
        let text = "His students were Jane Roe, John Doe who became one of the first Polish computer science professors.";
        assert_eq!(all(text, &pair, 1), [(1, "computer science professor".to_string())]);
        assert_eq!(all(text, &pair, 0), [], "one of them: the name before");
        let text = "Ann Lee met the wife of John Doe, who was a French diplomat.";
        let of = [("Ann Lee", 2, Person), ("John Doe", 0, Person), ("French", 1, Country)];
        assert_eq!(all(text, &of, 1), [], "the object of 'of' may not be the one described");
        let text = "John Doe met Jane Roe, who was with a French diplomat.";
        assert_eq!(all(text, &met, 1), [], "the demonym of another noun phrase");
    }

    fn listed_as(demonym: &'static str) -> [(&'static str, usize, EntityType); 3] {
        [(demonym, 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)]
    }

    #[test]
    fn the_leaders_of_a_countrys_forces_or_team() {
        let text = "His forces were defeated by German forces commanded by Jane Roe and John Doe in 1943.";
        let listed = [("German", 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        for person in 1..3 {
            assert_eq!(all(text, &listed, person), [(1, "commander".to_string())]);
        }
        let text = "The Indian team coached by former captain Jane Roe won.";
        assert_eq!(all(text, &listed_as("Indian")[..2], 1), [(1, "coach".to_string())]);
        assert!(all("German fans cheered by Jane Roe left.", &listed_as("German")[..2], 1).is_empty());
        let text = "In the meantime American forces under Jane Roe won the battle.";
        assert_eq!(all(text, &listed_as("American")[..2], 1), [(1, "commander".to_string())]);
        let text = "French troops under the command of General Jane Roe crossed the river.";
        assert_eq!(all(text, &listed_as("French")[..2], 1), [(1, "commander".to_string())]);
        assert!(all("American fans under Jane Roe's window sang.", &listed_as("American")[..2], 1).is_empty());
        let text = "The Soviet squad included Jane Roe and John Doe.";
        for person in 1..3 {
            assert_eq!(all(text, &listed_as("Soviet"), person), [(1, "member".to_string())]);
        }
        assert!(all("The Soviet squad included a game against Jane Roe.", &listed_as("Soviet")[..2], 1).is_empty());
        assert!(all("German fans included Jane Roe.", &listed_as("German")[..2], 1).is_empty());
    }

    #[test]
    fn a_country_in_parentheses_or_set_off_after_the_name() {
        let pair = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("The race was won by Jane Roe (France) ahead of others.", &pair), Some((1, None)));
        assert_eq!(found("Jane Roe, of France, won.", &pair), Some((1, None)));
        assert_eq!(found("Jane Roe (France and Spain) won.", &pair), None, "not the whole parenthesis");
        assert_eq!(found("Jane Roe, of France's team, won.", &pair), None);
    }

    #[test]
    fn lists_do_not_share_a_singular_description() {
        assert!(all("The Indian singer Jane Roe and John Doe sang.", &listed_as("Indian"), 2).is_empty());
        let pair = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Indian", 1, Country)];
        assert!(all("It is named after Jane Roe and John Doe, an Indian choreographer.", &pair, 0).is_empty());
        assert!(all("It thanks Jane Roe and John Doe, experts on Indian history.", &pair, 0).is_empty());
        assert!(all("Indian fans of singers such as Jane Roe and John Doe came.", &listed_as("Indian"), 2).is_empty());
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
        assert_eq!(found("Jane Roe of Acme arrived.", &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]), None);
        assert_eq!(
            found("Jane Roe met the French.", &[("Jane Roe", 0, Person), ("French", 1, Country)]),
            None,
            "an object, not a description"
        );
        assert_eq!(found("DW's Washington correspondent Jane Roe wrote.", &[("Washington", 1, Country), ("Jane Roe", 0, Person)]), None);
        assert_eq!(found("The French wine Jane Roe sold was good.", &[("French", 1, Country), ("Jane Roe", 0, Person)]), None);
        assert_eq!(
            found("the French singer, the band and Jane Roe", &[("French", 1, Country), ("Jane Roe", 0, Person)]),
            None,
            "a list that is not of occupations"
        );
        assert_eq!(found("the French singer, whom Jane Roe met", &[("French", 1, Country), ("Jane Roe", 0, Person)]), None);
        // Not the subject: the nationality belongs to the first person.
        assert_eq!(
            found(
                "John Doe met Jane Roe, an American singer.",
                &[("John Doe", 2, Person), ("Jane Roe", 0, Person), ("American", 1, Country)]
            ),
            None
        );
    }

    #[test]
    fn a_country_s_body_and_its_players_listed() {
        let sweden = [("Sweden", 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        let text = "The cabinet of Sweden consisted of Jane Roe and John Doe.";
        assert_eq!(all(text, &sweden, 1), [(1, "member".to_string())]);
        assert_eq!(all(text, &sweden, 2), [(1, "member".to_string())]);
        assert!(all("The government of Sweden criticised Jane Roe and John Doe.", &sweden, 1).is_empty());
        assert!(all("The people of Sweden included Jane Roe and John Doe.", &sweden, 1).is_empty(), "no body of the country's");
        let italian = [("Italian", 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        let text = "Other Italian players in the tournament were Jane Roe and John Doe.";
        assert_eq!(all(text, &italian, 2), [(1, "player".to_string())]);
        assert!(all("Italian fans in the stadium were Jane Roe and John Doe.", &italian, 2).is_empty(), "fans hold no occupation");
        // A country's team with its sport named, and a country represented by its people.
        for text in [
            "The 1980 Italian Olympic hockey team included Jane Roe and John Doe.",
            "The Italian national football team featured Jane Roe and John Doe.",
        ] {
            assert_eq!(all(text, &italian, 2), [(1, "member".to_string())], "{text}");
        }
        assert!(all("The Italian wine team included Jane Roe and John Doe.", &italian, 2).is_empty(), "no sport");
        for text in
            ["Sweden was represented by Jane Roe and John Doe.", "Sweden was represented at the 2012 Olympics by Jane Roe and John Doe."]
        {
            assert_eq!(all(text, &sweden, 2), [(1, "representative".to_string())], "{text}");
        }
        assert!(all("Sweden was represented in the talks by lawyers of Jane Roe and John Doe.", &sweden, 2).is_empty());
    }

    #[test]
    fn a_birth_country_in_the_opening_parenthesis_and_a_regnal_number() {
        let norway = |text: &str| all(text, &[("Jan Berg", 0, Person), ("Norway", 1, Country)], 0);
        let none: Vec<(usize, String)> = Vec::new();
        assert_eq!(norway("Jan Berg (born 1941, Norway) is a critic."), [(1, String::new())]);
        assert_eq!(norway("Jan Berg (born 12 May 1950 in Oslo, Norway; died 2001) was a painter."), [(1, String::new())]);
        // The birth date and place before the death's, "born" left out.
        assert_eq!(norway("Jan Berg (13 September 1890 in Norway – 2 August 1978 in Paris) was a painter."), [(1, String::new())]);
        assert_eq!(norway("Jan Berg (1890 in Bergen, Norway – 1978) was a painter."), [(1, String::new())]);
        assert_eq!(norway("Jan Berg (1890 – 1978 in Norway) was a painter."), none, "the death's place");
        assert_eq!(norway("Jan Berg (a 1990 tour in Norway) was a painter."), none, "no date of birth");
        assert_eq!(norway("Jan Berg (born 1941) moved to Norway."), none, "not in the parenthesis");
        assert_eq!(norway("Jan Berg (died 1941, Norway) was a painter."), none, "a death's place");
        assert_eq!(norway("Jan Berg (born 1941, Norway and Sweden) was a painter."), none, "the place goes on");
        // Another nationality stated wins.
        let both = [("Jan Berg", 0, Person), ("Norway", 1, Country), ("Swedish", 2, Country)];
        assert_eq!(all("Jan Berg (born 1950, Norway) is a Swedish painter.", &both, 0), [(2, "painter".to_string())]);
        assert_eq!(norway("The bay was named for King Jan Berg VII of Norway."), [(1, String::new())]);
    }

    #[test]
    fn a_country_s_greatest_its_parliament_its_politics_and_a_noun_of_descent() {
        let norway = [("Jan Berg", 0, Person), ("Norway", 1, Country)];
        let none: Vec<(usize, String)> = Vec::new();
        assert_eq!(all("Jan Berg is widely regarded as Norway's greatest composer.", &norway, 0), [(1, "composer".to_string())]);
        assert_eq!(all("Jan Berg was Norway's most celebrated painter.", &norway, 0), [(1, "painter".to_string())]);
        assert_eq!(all("Jan Berg was elected to the Parliament of Norway in 1965.", &norway, 0), [(1, "member".to_string())]);
        assert_eq!(all("Jan Berg met Norway's greatest composer.", &norway, 0), none, "another's");
        assert_eq!(all("Jan Berg was elected to the board of Norway's bank.", &norway, 0), none);
        let norwegian = [("Jan Berg", 0, Person), ("Norwegian", 1, Country)];
        for text in [
            "Jan Berg was a prominent figure in Norwegian politics.",
            "Jan Berg entered Norwegian politics in 1990.",
            "Jan Berg, who was active in Norwegian politics, died in 1990.",
        ] {
            assert_eq!(all(text, &norwegian, 0).len(), 1, "{text}");
        }
        for text in [
            "Jan Berg wrote a book on Norwegian politics.",
            "Jan Berg was interested in Norwegian politics.",
            "Jan Berg was a leading figure in Norwegian music.",
        ] {
            assert_eq!(all(text, &norwegian, 0), none, "{text}");
        }
        let descent = [("Jan Berg", 0, Person), ("American", 1, Country), ("Norwegian", 2, Country)];
        let v = view("Jan Berg was an American of Norwegian descent.", &descent);
        assert_eq!(nationality(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1]);
        assert_eq!(all("Jan Berg was an American of the old school.", &descent[..2], 0), none, "no ancestry");
    }

    #[test]
    fn a_citizenship_renounced_or_naturalised_and_among_a_nationality_s_people() {
        let german = [("Jane Roe", 0, Person), ("German", 1, Country)];
        assert_eq!(all("Jane Roe renounced her German citizenship in 1935.", &german, 0), [(1, "citizen".to_string())]);
        assert_eq!(all("Jane Roe was naturalised as a German subject in 1905.", &german, 0), [(1, "citizen".to_string())]);
        assert_eq!(all("Jane Roe is among the best-known German writers.", &german, 0), [(1, "writer".to_string())]);
        assert!(all("Jane Roe lost her German passport in Rome.", &german, 0).len() == 1, "a passport held");
        assert!(all("Jane Roe renounced her German accent.", &german, 0).is_empty());
        assert!(all("Jane Roe was naturalised as a German shepherd breeder.", &german, 0).iter().all(|(_, role)| role != "citizen"));
        assert!(all("Jane Roe is among the German visitors to Rome.", &german, 0).is_empty(), "no occupation");
    }

    #[test]
    fn a_birthplace_in_a_clause_of_its_own() {
        let norway = |text: &str| all(text, &[("Jan Berg", 0, Person), ("Bergen", 2, Location), ("Norway", 1, Country)], 0);
        let none: Vec<(usize, String)> = Vec::new();
        for text in [
            "Jan Berg was born in Bergen, Norway, in 1950.",
            "Jan Berg was born on 5 May 1950 in Bergen, Norway.",
            "Jan Berg, born in a small village near Bergen, Norway, is a painter.",
            "Jan Berg, who was born in Bergen, Norway, moved to Paris.",
            "Jan Berg (1890 - 1978) was born in Bergen, Norway and trained in Paris.",
        ] {
            assert_eq!(norway(text), [(1, String::new())], "{text}");
        }
        let fronted = |text: &str| all(text, &[("Bergen", 2, Location), ("Norway", 1, Country), ("Jan Berg", 0, Person)], 2);
        for text in ["Born in Bergen, Norway, Jan Berg moved to Paris.", "Born on 5 May 1950 in Bergen, Norway, Jan Berg moved to Paris."] {
            assert_eq!(fronted(text), [(1, String::new())], "{text}");
        }
        assert_eq!(fronted("Born in Bergen, Norway, the young Jan Berg moved."), none, "not right after the birth");
        let country_only = [("Jan Berg", 0, Person), ("Norway", 1, Country)];
        assert_eq!(all("Jan Berg was born in Norway but grew up in Paris.", &country_only, 0), [(1, String::new())]);
        // Not a birth that goes on past the country, another's, the parents' stated instead, or a
        // place reached after the birth's clause.
        assert_eq!(norway("Jan Berg was born in 1950 and moved to Bergen, Norway."), none, "moved");
        assert_eq!(norway("Jan Berg was born in Bergen, Norway's second city."), none, "the place goes on");
        assert_eq!(norway("Jan Berg's son was born in Bergen, Norway."), none, "the son's birth");
        let parents = [("Jan Berg", 0, Person), ("Norway", 1, Country), ("American", 2, Country)];
        assert_eq!(all("Jan Berg was born in Norway to American parents.", &parents, 0), none);
        assert_eq!(all("Jan Berg was born in Norway, of American parents.", &parents, 0), none);
        // A nationality stated wins.
        let both = [("Jan Berg", 0, Person), ("Norway", 1, Country), ("Swedish", 2, Country)];
        assert_eq!(all("Jan Berg, born in Norway, is a Swedish painter.", &both, 0), [(2, "painter".to_string())]);
    }

    #[test]
    fn a_country_s_international_its_team_of_people_and_its_possessive() {
        let brazil = [("Brazil", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(all("Brazil international Jane Roe joined the club.", &brazil, 1), [(1, "representative".to_string())]);
        assert!(all("Brazil fans cheered Jane Roe.", &brazil, 1).is_empty());
        let team = [("Australian", 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        assert_eq!(all("The Australian team of Jane Roe and John Doe won.", &team, 2), [(1, "member".to_string())]);
        let australia = [("Jane Roe", 0, Person), ("Australia", 1, Country)];
        assert_eq!(all("Jane Roe, Australia's greatest player, retired.", &australia, 0), [(1, "greatest player".to_string())]);
        assert!(all("Jane Roe, Australia's ambassador to Spain, retired.", &australia, 0)
            .iter()
            .all(|(_, role)| role != "greatest player"));
    }
}
