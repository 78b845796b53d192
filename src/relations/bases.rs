//! Where an organization is based (`based_in`, ORGANIZATION → COUNTRY): an organization named
//! after its country ("US Senate", "Russian Foreign Ministry"), "Z's ORG", "Z-based ORG",
//! "ORG, based in Z", "ORG, headquartered in City, Z", and an organization described by a
//! demonym ("ORG is a French company", "ORG, a German carmaker").

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::confidence;
use super::sentence::{
    after_possessive, is_list_gap, list_end_where, list_start, list_start_where, parenthesis_after, pattern_text, starts_with_possessive,
    Placed, SentenceView,
};
use crate::link::countries::{self, CountryRef};
use crate::link::EntityType;
use crate::text::normalize::surface;
use crate::text::roles::{is_organization_noun, is_party_name};

/// What opens an organization's description: a parenthesis, then a comma or a copula (the
/// alternatives end in a group for each pattern to close).
const DESCRIPTION_OPENING: &str = r"^(\s*\([^()]*\))?\s*(,";
const DESCRIPTION_COPULA: &str = r"(which\s+|that\s+)?(is|was|are|were|became|remains)";

/// From the organization to the demonym: " is a", ", a leading", " (founded 1990) was an".
static DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[DESCRIPTION_OPENING, r"\s*|,?\s*", DESCRIPTION_COPULA, r"\s+)(an?|the)\s+(\S+\s+){0,2}$"].concat()).expect("valid regex")
});

/// From the organization to a country named with a possessive: ", " ("Toyota, Japan's biggest
/// carmaker"), " is " ("Petrobras is Brazil's state oil company"), ", one of" ("Acme, one of
/// India's largest companies").
static DESCRIBED_BY_COUNTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[DESCRIPTION_OPENING, r"|,?\s*", DESCRIPTION_COPULA, r")\s*(one\s+of\s+)?$"].concat()).expect("valid regex")
});

/// From the organization to a place: ", headquartered in", " is based in", ", located in", " is
/// registered in", ",
/// a think tank based in the", ", in", " was a television station in the".
static LOCATED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*,?\s*((which|that)\s+)?((is|was|are|were)\s+)?(headquartered|based|located|registered|domiciled)\s+(in|at)\s+(the\s+)?$",
        // "has its headquarters in", ", whose headquarters are in", " was licensed to", ",
        // founded in 1950 in".
        r"|^\s*,?\s*((which|that)\s+)?(has|had)\s+(its|their)\s+(headquarters|head\s+office|seat)\s+(in|at)\s+(the\s+)?$",
        r"|^\s*,?\s*whose\s+(headquarters|head\s+office|seat)\s+(is|are|was|were)\s+(located\s+)?(in|at)\s+(the\s+)?$",
        // "Acme's headquarters are in", "moved its headquarters to".
        r"|^\s*('s|’s)\s+(headquarters|head\s+office|seat)\s+(is|are|was|were)\s+(located\s+)?(in|at)\s+(the\s+)?$",
        r"|^\s*,?\s*((which|that)\s+)?(later\s+)?(moved|moves|relocated|relocates)\s+(its|their)\s+(headquarters|head\s+office|seat)\s+(\S+\s+){0,2}?to\s+(the\s+)?$",
        r"|^\s*,?\s*((which|that)\s+)?((is|was|are|were)\s+)?(originally\s+)?(founded|established|formed|incorporated)\s+(in\s+\d{4}\s+)?(in|at)\s+(the\s+)?$",
        r"|^\s*,\s*(an?|the)\s+[^,;()]{0,100}\s(headquartered|based|located)\s+(in|at)\s+(the\s+)?$",
        // "is an independent record label, founded in 1995 and based in".
        r"|^\s*(,\s*|(is|was|are|were)\s+)(an?|the)\s+[^,;()]{0,100},\s+((founded|established|formed|created)\s+in\s+\d{4}\s+and\s+)?(headquartered|based|located)\s+(in|at)\s+(the\s+)?$",
        r"|^\s*,\s*in\s+(the\s+)?$",
        // "the Lok Sabha of independent India", "a bank of post-war Germany": one lower-case
        // word may qualify the country.
        r"|^\s*of\s+([a-z][a-z-]+\s+)?$",
        // (A school's description may say whom it serves first: "is a four-year public high
        // school serving students in ninth through twelfth grades from".)
        r"|^\s*,?\s*(is|was|are|were)\s+(an?|the|one)\s+[^,;()]{0,60}?\s(serv(ing|es)\s+[^,;()]{0,60}?\s)?(in|of|from|licensed\s+to|(headquartered|based|located|situated)\s+at)\s+(the\s+)?([a-z]+\s+)?$",
    ))
    .expect("valid regex")
});

/// From the organization to a place after a description by comma: ", the first telecom
/// operator in", ", a private bank of the", ", a band from"; the noun must be a kind of
/// organization.
static DESCRIBED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,\s*((the|an?)\s+)?([a-z-]+\s+){0,3}?(?P<noun>[a-z-]+)\s+(in|of|from)\s+(the\s+)?$").expect("valid regex")
});

/// Between two places of a chain that ends in their country: ", ", ", capital of ",
/// ", a town in the ", " in " ("Schiphol Airport in Amsterdam, Netherlands").
static PLACE_LIST_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*,\s*((the|an?)\s+)?([a-z]+\s+){0,2}?((capital|city|town|village|county|province|state|region)\s+(of|in)\s+(the\s+)?)?$|^\s+in\s+(the\s+)?$",
    )
    .expect("valid regex")
});

/// From a country to the organizations it lists: " such as ", ", including the ".
static SUCH_AS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,?\s*(such\s+as|including|like)\s+(the\s+)?$").expect("valid regex"));

/// Before the country: a kind of organization in the plural, then "in" ("club teams in the ").
static KINDS_IN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?P<noun>[a-z-]+s)\s+(based\s+)?in\s+(the\s+)?$").expect("valid regex"));

/// "several domestic club teams in Brazil such as A, B, C": the country of organizations listed
/// after a plural kind of organization in it; gives the country's entity.
fn listed_in_country(view: &SentenceView, index: usize) -> Option<usize> {
    let (text, placed) = (view.text, &view.placed);
    let first = list_start(view, index);
    let country = &placed[first.checked_sub(1)?];
    if country.kind != EntityType::Country || countries::by_name(country.text, false).is_none() {
        return None;
    }
    let listed = SUCH_AS.is_match(&text[country.span.end..placed[first].span.start].to_lowercase());
    let before = text[..country.span.start].to_lowercase();
    let kinds = KINDS_IN.captures(&before).is_some_and(|c| is_organization_noun(&c["noun"]));
    (listed && kinds).then_some(country.entity)
}

/// Other names set off by commas right after a name: ", more commonly known as A or simply B,".
static KNOWN_AS_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    // (", whose members are known as Hanoverians (),": its members' name, read past too.)
    Regex::new(concat!(
        r"^\s*(\([^()]*\)\s*)?,\s*(whose\s+[a-z]+\s+(are|were)\s+)?((also|more\s+commonly|commonly|better|formerly|simply|officially)\s+)?",
        r"(known|called)\s+as\s+[^,;()]*(\([^()]*\)\s*)?,"
    ))
    .expect("valid regex")
});

/// Before another name of an organization in the parenthesis after its name: "(formerly ",
/// "(; formerly known as ", "(also known as ".
static OTHER_NAME_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[;,\s]*((formerly|previously|originally)(\s+(known|called|named)\s+as)?|(also\s+)?(known|called)\s+as)\s*$")
        .expect("valid regex")
});

/// The organizations the parenthesis right after `view.placed[index]` gives as its other names
/// ("Ooredoo QSC (formerly Qtel)", "Acme School (formerly known as INT Management from 1979 to
/// 2009)"): one organization under two names, so they share its base.
pub fn other_names(view: &SentenceView, index: usize) -> Vec<usize> {
    let text = view.text;
    let Some(parenthesis) = parenthesis_after(text, view.placed[index].span.end) else { return Vec::new() };
    let (mut from, close) = (parenthesis.start + 1, parenthesis.end);
    let mut names = Vec::new();
    for p in view.placed[index + 1..].iter().take_while(|p| p.span.end <= close) {
        if p.kind == EntityType::Organization && OTHER_NAME_CUE.is_match(&text[from..p.span.start].to_lowercase()) {
            names.push(p.entity);
        }
        from = p.span.end;
    }
    names
}

/// Before the name of an organization's members: ", whose members are known as ".
static MEMBERS_KNOWN_AS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r",\s*whose\s+[a-z]+\s+(are|were)\s+((also|commonly)\s+)?(known|called)\s+as\s+$").expect("valid regex"));

/// A description set off by commas right after a name: ", the world's largest food company,".
static DESCRIPTION_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"^\s*,\s*(the|an?|one\s+of\s+the)\s+[^,;()"]{1,80},"#).expect("valid regex"));

/// The word right before byte `at` of `text`.
fn word_before(text: &str, at: usize) -> Option<&str> {
    text[..at].split_whitespace().next_back()
}

/// The first mention after `placed[index]` that stands outside parentheses, and the lower-case
/// text between them with parenthesised asides left out, names and all ("Ooredoo QSC (;
/// formerly Qtel) is a company headquartered in", "is a fraternity (Studentenverbindung) in").
fn gap_past_parentheses(view: &SentenceView, index: usize) -> Option<(usize, String)> {
    let (text, placed) = (view.text, &view.placed);
    let (mut first, mut at) = (index + 1, placed[index].span.end);
    // The organization's other names set off by commas are read past like a parenthesis
    // ("IFK Norrköping, more commonly known as IFK or simply Norrköping, is a Swedish club").
    if let Some(aside) = KNOWN_AS_ASIDE.find(&text[at..]) {
        at += aside.end();
        while placed.get(first).is_some_and(|p| p.span.start < at) {
            first += 1;
        }
    } else if let Some(aside) = DESCRIPTION_ASIDE.find(&text[at..]) {
        // So is a description without names ("Nestle SA, the world's largest food company, is
        // based in Vevey") or whose names only own it ("Acme, a subsidiary of Volvo, is based
        // in"); one with another name is read as the description ("Acme, a French firm,").
        let end = at + aside.end();
        let inside = placed[first..].iter().take_while(|p| p.span.start < end).count();
        let owner = |p: &Placed| {
            p.kind != EntityType::Country
                && word_before(text, p.span.start).is_some_and(|w| matches!(w, "of" | "by" | "for" | "with" | "from" | "to"))
        };
        if placed[first..first + inside].iter().all(owner) {
            (at, first) = (end, first + inside);
        }
    }
    let (mut gap, mut depth) = (String::new(), 0usize);
    loop {
        let next = placed.get(first)?;
        for c in text.get(at..next.span.start)?.chars() {
            match c {
                '(' => depth += 1,
                ')' if depth > 0 => depth -= 1,
                _ if depth == 0 => gap.push(c),
                _ => {}
            }
        }
        // "Acme is a record label founded in 1995 by A and B and based in Lyon": the founders
        // (a list of people) are read past, the words around them kept.
        if depth == 0 && next.kind == EntityType::Person && FOUNDERS_BEFORE.is_match(&gap.to_lowercase()) {
            let last = list_end_where(view, first, crate::text::words::is_list_gap);
            (first, at) = (last + 1, placed[last].span.end);
            continue;
        }
        if depth == 0 {
            return Some((first, gap.to_lowercase()));
        }
        (first, at) = (first + 1, next.span.end);
    }
}

/// A founding before its founders' names, in the description of an organization: " is a
/// record label founded in 1995 by ", " was established by ".
static FOUNDERS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(founded|co-founded|established|formed|created|started)\s+((in|at)\s+[^,;()]{1,30}?\s+)?by\s+$").expect("valid regex")
});

/// After an organization a demonym names right before: the phrase's end, a possessive, or a
/// verb or preposition that opens what follows ("said", "voted", "in").
static AFTER_DEMONYM_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*($|[,.;:)]|'s\b|’s\b|(said|says|say|has|have|had|is|was|were|are|will|would|could|can|agreed|agrees|announced|announces|reported|reports|voted|votes|approved|approves|rejected|rejects|issued|issues|warned|warns|denied|denies|confirmed|confirms|in|on|at|from|to|for|with|by)\b)")
    .expect("valid regex")
});

/// A comma, then the main clause's verb: ", is headquartered in", ", was founded in".
static COMMA_THEN_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*,\s*(is|was|are|were|has|had|moved|relocated)\b").expect("valid regex"));

/// A rank before the kind of organization: "No. 2 ", "No.1 ", "number two ".
static RANK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(No\.?\s*\d+|number\s+(one|two|three|four|five|\d+))\s+").expect("valid regex"));

/// Whether up to four lower-case words after a demonym end in a kind of organization.
fn organization_noun_follows(text: &str) -> bool {
    // "free - to - air television network" and "indie / alternative rock band" are three words,
    // "indie rock / art rock band" four;
    // "- based EDM event company" a base.
    let text = text.replace(" - ", "-").replace(" / ", "/");
    let text = text.trim_start_matches([' ', '-']);
    let text = text.strip_prefix("based ").unwrap_or(text);
    // "Japan's No. 2 camera maker": a rank first.
    let text = RANK.find(text).map_or(text, |rank| &text[rank.end()..]);
    for word in text.split(' ').take(4) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if is_organization_noun(bare) {
            return true;
        }
        // A modifier: lower-case words, an acronym ("EDM event company"), or a capitalised word
        // ("state-funded Management School", "Bundesliga club").
        let acronym = word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        let lower = word.chars().all(|c| c.is_lowercase() || c == '-' || c == '/');
        // (Not another demonym: "a French and / or German firm" is no one country's.)
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && countries::by_demonym(bare).is_none()
            && countries::by_name(bare, false).is_none();
        let number = !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit());
        if bare.len() != word.len() || !(acronym || lower || capitalised || number) {
            return false;
        }
    }
    false
}

/// The country an organization's name opens with ("United States Census Bureau", "Russian
/// Foreign Ministry", after a word of state: "Royal Australian Navy") or ends with, after "of"
/// or not ("Government of India", "Communist Party of the Soviet Union", "Air France"); a home
/// nation's is the United Kingdom's ("Scottish Football Association", "Bank of Scotland").
fn country_in_name(name: &str) -> Option<CountryRef> {
    // "American University of Beirut", "British School at Rome": a name that closes with
    // another country's capital is based there, whatever country opens it (not a mission
    // abroad, "Italian Embassy in London", named after the country that sends it; not a city
    // that is also a country's name, "Chinese Football Association of Hong Kong").
    let words: Vec<&str> = name.split_whitespace().collect();
    let mission = names_a_mission(&words);
    let closing_capital = words.iter().rposition(|w| matches!(*w, "of" | "in" | "at")).filter(|_| !mission).and_then(|at| {
        let place = words[at + 1..].join(" ");
        countries::by_capital(&place).filter(|_| countries::by_name(&place, false).is_none())
    });
    // A home nation's name or demonym is its state's: "Scottish Football Association", "Bank
    // of Scotland", "Sport England".
    let home_nation = |words: &str| {
        countries::state_of_home_nation(words).or_else(|| countries::place_by_demonym(words).and_then(countries::state_of_home_nation))
    };
    let named = country_named_in(
        name,
        3,
        |words| countries::by_name(words, false).or_else(|| countries::by_demonym(words)).or_else(|| home_nation(words)),
        |words| countries::by_name(words, false).or_else(|| countries::state_of_home_nation(words)),
        true,
    );
    // ("Conservatory of Music in Vienna": a name closing in a capital, no country opening it.)
    match (named, closing_capital) {
        (Some(named), Some(capital)) if named != capital => Some(capital),
        (None, Some(capital)) => Some(capital),
        _ => named,
    }
}

/// The country an organization's name places it in, with the confidence of that reading: its
/// country ("US Senate", "Russian Foreign Ministry", "Government of India"), its capital
/// ("Moscow State University", "The Washington Post", "Congress of Vienna"), a seat of
/// government ("the Kremlin") or a region ("Texas House of Representatives", "Ontario Hydro").
/// An agreement is named after where it was signed, or after its parties, and is based in none
/// of them ("the Warsaw Pact", "the Anglo-Irish Agreement").
fn named_base(name: &str) -> Option<(CountryRef, f64)> {
    if names_an_agreement(name) {
        return None;
    }
    country_in_name(name)
        .map(|country| (country, confidence::NAMED_AFTER_COUNTRY))
        .or_else(|| capital_in_name(name).map(|country| (country, confidence::NAMED_AFTER_CAPITAL)))
        .or_else(|| countries::by_seat_of_government(name).map(|country| (country, confidence::NAMED_AFTER_CAPITAL)))
        .or_else(|| region_in_name(name).map(|country| (country, confidence::NAMED_AFTER_CAPITAL)))
}

/// Whether a name is an agreement's: its last word "Pact", "Treaty", "Accords" and the like.
fn names_an_agreement(name: &str) -> bool {
    const AGREEMENTS: &[&str] = &["pact", "treaty", "accord", "accords", "agreement", "protocol", "convention", "declaration"];
    name.split_whitespace().last().is_some_and(|last| AGREEMENTS.contains(&last.to_lowercase().as_str()))
}

/// Whether a name's words name a mission abroad ("Italian Embassy in London"), which is named
/// after the country that sends it, not where it is.
fn names_a_mission(words: &[&str]) -> bool {
    words.iter().any(|w| ["embassy", "consulate", "mission", "legation", "delegation"].contains(&w.to_lowercase().as_str()))
}

/// Whether a place's name is only a city's: no region's or country's name too ("Ontario" is a
/// Californian city and a Canadian province).
fn only_a_city(place: &str) -> bool {
    countries::country_of_region(place).is_none() && countries::by_name(place, false).is_none()
}

/// The country of the capital an organization's name opens with ("Moscow State University",
/// "Washington Post") or ends with after "of" ("University of Vienna"; a name closing with a
/// capital is not read: "Woodlands Wellington" plays in Singapore).
fn capital_in_name(name: &str) -> Option<CountryRef> {
    country_named_in(name, 2, countries::by_capital, countries::by_capital, false)
}

/// The country of the region (a US state, a Canadian province) an organization's name opens
/// with ("Texas House of Representatives", "Ontario Hydro") or ends with after "of"
/// ("University of Texas").
fn region_in_name(name: &str) -> Option<CountryRef> {
    country_named_in(name, 3, countries::country_of_region, countries::country_of_region, false)
}

/// The country of the large city an organization's name opens with ("Chicago Tribune") or ends
/// with after "of" ("University of Manchester"): a city no other country's city shares a name
/// with, and that is no region's or country's name ("Ontario" is a Californian city and a
/// Canadian province). Weaker than a capital ("Metro" is a city's name too):
/// [`based_in_document`] asks that the document name the country.
fn city_in_name(name: &str) -> Option<CountryRef> {
    let name = surface(name);
    let name = name.as_ref();
    let city = |words: &str| countries::country_of_city(words).filter(|_| only_a_city(words));
    country_named_in(name, 2, city, city, false)
}

/// The country of the capital or large city an organization's name closes with, without "of"
/// ("Dynamo Kyiv", "Bayern Munich", "Air Berlin"). Weaker still than a city that opens a name
/// ("Woodlands Wellington" plays in Singapore, not New Zealand): [`based_in_document`] asks that
/// the document name the country. A mission abroad is named after its sender, and a name that
/// closes with "in/at/of" and a place is read by [`country_in_name`] and [`city_in_name`].
fn closing_city_in_name(name: &str) -> Option<CountryRef> {
    let name = surface(name);
    let words: Vec<&str> = name.split_whitespace().skip_while(|w| w.eq_ignore_ascii_case("the")).collect();
    let (closing, before) = words.split_last()?;
    let opening = before.first()?;
    // Every word a capitalised name's: "Inter Milan", not "Acme's office Berlin" or "Hotel in Rome".
    let all_names = before.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    if names_a_mission(&words) || !all_names || countries::by_name(opening, false).is_some() || countries::by_demonym(opening).is_some() {
        return None;
    }
    let place = *closing;
    only_a_city(place).then(|| countries::by_capital(place).or_else(|| countries::country_of_city(place))).flatten()
}

/// The country an organization's name of two words or more points at: its opening words (up to
/// `opening_words`, the longest that `opening` reads), else the words after its last "of" (read
/// by `after_of`), else, when `closing`, its last one or two words (read the same way). A
/// mission abroad is named after the country that sends it, not where it is.
fn country_named_in(
    name: &str,
    opening_words: usize,
    opening: impl Fn(&str) -> Option<CountryRef>,
    after_of: impl Fn(&str) -> Option<CountryRef>,
    closing: bool,
) -> Option<CountryRef> {
    let words: Vec<&str> = name.split_whitespace().skip_while(|w| w.eq_ignore_ascii_case("the")).collect();
    if words.len() < 2 || ["embassy", "consulate", "mission", "ambassador"].contains(&words[0].to_lowercase().as_str()) {
        return None;
    }
    // "Royal Australian Navy", "Imperial Japanese Army", "All India Radio": the country after a
    // word of state.
    let prefixed = words.len() >= 3 && ["royal", "imperial", "all", "national", "federal"].contains(&words[0].to_lowercase().as_str());
    let opening_at = usize::from(prefixed);
    let opened =
        (opening_at + 1..words.len().min(opening_at + opening_words + 1)).rev().find_map(|n| opening(&words[opening_at..n].join(" ")));
    opened.or_else(|| {
        // The lookups drop a leading "the" themselves ("of the Soviet Union").
        match words.iter().rposition(|w| *w == "of") {
            Some(of) => (of > 0 && of + 1 < words.len()).then(|| after_of(&words[of + 1..].join(" "))).flatten(),
            // "Air France", "Statistics Canada", "Garuda Indonesia": a name that closes with its
            // country's name (not a code or a legal form: "Acme S.A." is not Saudi Arabia's).
            // Not the end of a longer place's name: "Southern New England", "New South Wales".
            None if closing => (1..words.len().min(3)).rev().find_map(|n| {
                let closing_words = words[words.len() - n..].join(" ");
                let a_code = closing_words.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
                let of_a_new_place = words[..words.len() - n].iter().rev().take(2).any(|w| *w == "New");
                (!a_code && !of_a_new_place).then(|| after_of(&closing_words)).flatten()
            }),
            None => None,
        }
    })
}

/// The country `view.placed[index]` (an organization) is based in, with the confidence;
/// `country_entity` finds a country's entity.
pub fn based_in(view: &SentenceView, index: usize, country_entity: &dyn Fn(CountryRef) -> Option<usize>) -> Option<(usize, f64)> {
    stated_base(view, index, country_entity)
        .or_else(|| listed_subjects_base(view, index))
        .or_else(|| credited_work_base(view, index))
        .or_else(|| listed_kind_base(view, index))
        .or_else(|| released_in_country(view, index))
}

/// From the last organization of a list of subjects to a demonym: " are ", " were both ", "
/// are all state-owned ".
static PLURAL_COPULA_BEFORE_DEMONYM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+(are|were)\s+((both|all|two|three|four)\s+)?([a-z-]+\s+){0,2}$").expect("valid regex"));

/// From the last organization of a list of subjects to a country: " are banks in ", " were
/// both political parties of " (group `noun`).
static PLURAL_KIND_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(are|were)\s+((both|all|two|three|four)\s+)?([a-z-]+\s+){0,3}?(?P<noun>[a-z-]+)\s+(in|of|from)\s+(the\s+)?$")
        .expect("valid regex")
});

/// "Statoil and Telenor are Norwegian companies", "A, B and C are banks in Norway": every
/// organization of a list of subjects is based where the plural description after it says.
fn listed_subjects_base(view: &SentenceView, index: usize) -> Option<(usize, f64)> {
    let first = list_start_where(view, index, is_list_gap);
    let last = list_end_where(view, index, is_list_gap);
    if first == last || view.placed[index].kind != EntityType::Organization {
        return None;
    }
    let country = view.placed.get(last + 1).filter(|p| p.kind == EntityType::Country)?;
    let gap = view.between(view.placed[last].span.end, country.span.start).to_lowercase();
    let after = &view.text[country.span.end..];
    let demonym = countries::by_demonym(country.text).is_some()
        && PLURAL_COPULA_BEFORE_DEMONYM.is_match(&gap)
        && after.split_whitespace().next().is_some_and(|w| is_organization_noun(w.trim_end_matches(|c: char| !c.is_alphanumeric())));
    let named_in = countries::by_name(country.text, false).is_some()
        && PLURAL_KIND_IN.captures(&gap).is_some_and(|c| is_organization_noun(&c["noun"]));
    (demonym || named_in).then_some((country.entity, confidence::DESCRIBED_BY_DEMONYM))
}

/// [`based_in`], else what the sentence's text alone cannot settle: a large city in the
/// organization's name ("University of Manchester") whose country the document names
/// (`document_countries`, entities).
pub fn based_in_document(
    view: &SentenceView,
    index: usize,
    country_entity: &dyn Fn(CountryRef) -> Option<usize>,
    document_countries: &BTreeSet<usize>,
) -> Option<(usize, f64)> {
    based_in(view, index, country_entity).or_else(|| {
        let name = view.placed[index].text;
        if names_an_agreement(name) {
            return None;
        }
        let country = city_in_name(name)
            .or_else(|| closing_city_in_name(name))
            .and_then(country_entity)
            .filter(|c| document_countries.contains(c))?;
        Some((country, confidence::NAMED_AFTER_CAPITAL))
    })
}

/// Whether what stands between "Z-based" and an organization reads past: nothing, or a kind of
/// organization ("the Toronto-based gold miner Barrick").
fn nothing_or_a_kind(between: &str) -> bool {
    between.trim().is_empty() || kind_of_organization(between.trim()).is_some()
}

/// Plurals of trades whose firms news names by them: "U.S. bankers Merrill Lynch".
const FIRMS_OF_PEOPLE: &[&str] = &[
    "bankers",
    "brokers",
    "stockbrokers",
    "lawyers",
    "solicitors",
    "accountants",
    "auditors",
    "architects",
    "consultants",
    "engineers",
    "builders",
    "contractors",
    "developers",
    "publishers",
    "distillers",
    "traders",
    "jewellers",
    "jewelers",
    "auctioneers",
    "printers",
    "shipbuilders",
    "underwriters",
];

/// The words between a demonym and an organization when they are only modifiers ending in a
/// kind of organization ("indie rock band", "Glam metal band"; not "fans of the band"), and
/// that last word.
fn kind_of_organization(between: &str) -> Option<&str> {
    let words: Vec<&str> = between.split_whitespace().collect();
    // "stone and concrete business": an "and" may join two modifiers.
    let inner_and = |at: usize, w: &str| w == "and" && at > 0 && at + 2 < words.len();
    let lower_words = words.iter().enumerate().all(|(at, w)| {
        w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '/') && (!crate::text::words::is_function_word(w) || inner_and(at, w))
    });
    // "U.S. bankers Merrill Lynch", "British brokers Cazenove": a firm named by its people.
    let firm_of_people = |w: &str| FIRMS_OF_PEOPLE.contains(&w);
    let last = words.last().copied().filter(|w| is_organization_noun(w) || firm_of_people(w))?;
    // ("bus and passenger rail operator": up to five words with an "and".)
    let most = if words.contains(&"and") { 5 } else { 4 };
    ((1..=most).contains(&words.len()) && lower_words).then_some(last)
}

/// "the German companies Siemens, BASF and Bayer": the organizations listed after the first of
/// a list that a demonym and a kind of organization in the plural open.
fn listed_kind_base(view: &SentenceView, index: usize) -> Option<(usize, f64)> {
    let first = list_start(view, index);
    let demonym = first.checked_sub(1).map(|i| &view.placed[i]).filter(|p| p.kind == EntityType::Country && first != index)?;
    countries::by_demonym(demonym.text)?;
    let kind = kind_of_organization(view.between(demonym.span.end, view.placed[first].span.start))?;
    // A plural ("companies", "clubs"; not "congress"): the singular is the first name's alone.
    let plural = kind.ends_with('s') && !kind.ends_with("ss");
    plural.then_some((demonym.entity, confidence::DESCRIBED_BY_DEMONYM))
}

/// From a work's demonym to the organizations credited with it: " animated musical comedy -
/// drama film produced by ", " album released in 2002 by ".
static ORGANIZATION_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            super::nationality::WORK_PHRASE,
            r"[^;:()\.]{0,80}?(^|\s|,)(produced|released|published|developed|distributed)\s+by\s+(the\s+)?$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// "Oliver & Company is a 1988 American animated film produced by Walt Disney Feature
/// Animation": the organizations credited with a work its demonym describes are that
/// country's (weaker than a base stated of the organization itself, so confidence 0.6; not a
/// co-production, and not "a Swedish film company established by").
fn credited_work_base(view: &SentenceView, index: usize) -> Option<(usize, f64)> {
    let text = view.text;
    let first = &view.placed[list_start(view, index)];
    let country = view.placed.iter().rev().find(|p| p.span.end <= first.span.start)?;
    if country.kind != EntityType::Country
        || countries::by_demonym(country.text).is_none()
        || super::nationality::is_co_production(text, country.span.start)
    {
        return None;
    }
    let gap = pattern_text(&text[country.span.end..first.span.start]);
    let work = ORGANIZATION_CREDIT.captures(&gap)?.name("work")?.end();
    if gap[work..].trim_start_matches('s').split_whitespace().next().is_some_and(is_organization_noun) {
        return None;
    }
    Some((country.entity, confidence::CREDITED_WORK))
}

/// Before the country a work was released in: "It was released as a double album in the ",
/// "first issued in ".
/// A second country of the same release farther on: "released ... in the United Kingdom on 14
/// December 1979 by CBS Records, and in the ".
static RELEASED_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(released|issued|reissued|distributed|published)\b([^;:()]{0,60}?\b|[^;:()]{0,160}?,?\s+and\s+)in\s+(the\s+)?$")
        .expect("valid regex")
});

/// From that country to the label or publisher: " on 14 December 1979 by ", " through the ".
static THEN_BY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[^;:,()]{0,40}?\b(by|on|through|via)\s+(the\s+)?$").expect("valid regex"));

/// Before a broadcaster or label whose country follows: "It first aired on the ", "was
/// released on ".
static AIRED_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(aired|airs|broadcast|premiered|released|issued)\s+(\S+\s+){0,3}?(on|by|through)\s+(the\s+)?$").expect("valid regex")
});

/// From the broadcaster or label to the country: " network in the ", " in ".
static THEN_IN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+((network|channel|label|imprint|records)\s+)?in\s+(the\s+)?$").expect("valid regex"));

/// "It was released in the United Kingdom on 14 December 1979 by CBS Records", "It first aired
/// on the Fox network in the United States": a label, publisher or broadcaster that releases
/// or airs a work in a country is that country's (a country named, not a demonym).
fn released_in_country(view: &SentenceView, index: usize) -> Option<(usize, f64)> {
    let text = view.text;
    let org = &view.placed[index];
    let named = |p: &&super::sentence::Placed| p.kind == EntityType::Country && countries::by_name(p.text, false).is_some();
    let before = view.placed[..index].last().filter(named).filter(|country| {
        RELEASED_IN.is_match(&text[..country.span.start].to_lowercase())
            && THEN_BY.is_match(&text[country.span.end..org.span.start].to_lowercase())
    });
    let after = || {
        view.placed.get(index + 1).filter(named).filter(|country| {
            AIRED_ON.is_match(&text[..org.span.start].to_lowercase())
                && THEN_IN.is_match(&text[org.span.end..country.span.start].to_lowercase())
        })
    };
    before.or_else(after).map(|country| (country.entity, confidence::CREDITED_WORK))
}

/// The country of a "PLACE-based" right before the organization ("the Paris-based OECD") or
/// opening its description ("Acme, a Paris-based company"), when the place is a capital, a
/// region of a federal country or a large city no other country's city shares a name with.
fn place_based(view: &SentenceView, index: usize) -> Option<CountryRef> {
    let (text, placed) = (view.text, &view.placed);
    let org = &placed[index];
    // The place's name, "-based" in its mention or right after it.
    let based_place = |place: &Placed| -> Option<String> {
        let after: String = text[place.span.end..].chars().take(8).filter(|c| !c.is_whitespace()).collect();
        let in_mention = place.text.trim_end().strip_suffix("-based").or_else(|| place.text.trim_end().strip_suffix("- based"));
        let named = match in_mention {
            Some(name) => name.trim_end(),
            None if after.to_ascii_lowercase().starts_with("-based") => place.text.trim(),
            None => return None,
        };
        Some(named.to_string())
    };
    let country_of = |name: &str| {
        countries::by_capital(name).or_else(|| countries::country_of_region(name)).or_else(|| countries::country_of_city(name))
    };
    // Right before: "the Paris-based OECD"; without "-based", a kind of organization between:
    // "the Paris newspaper Le Monde", "the London auction house Christie's".
    if let Some(place) = index.checked_sub(1).map(|i| &placed[i]).filter(|p| p.kind == EntityType::Location) {
        let between = text[place.span.end..org.span.start].trim();
        let rest = between.trim_start_matches('-').trim_start();
        let rest = rest.strip_prefix("based").unwrap_or(rest).trim();
        if nothing_or_a_kind(rest) {
            if let Some(country) = based_place(place).as_deref().and_then(country_of) {
                return Some(country);
            }
        }
        if kind_of_organization(between).is_some() {
            if let Some(country) = country_of(place.text.trim()) {
                return Some(country);
            }
        }
    }
    // Opening its description: "Acme, a Paris-based company".
    let place = placed.get(index + 1).filter(|p| p.kind == EntityType::Location)?;
    let lead = text[org.span.end..place.span.start].trim().to_lowercase();
    if !matches!(lead.as_str(), ", a" | ", an" | ", the" | "is a" | "is an" | "was a" | "was an") {
        return None;
    }
    let name = based_place(place)?;
    let after = text[place.span.end..].trim_start().trim_start_matches('-').trim_start();
    let after = after.strip_prefix("based").unwrap_or(after);
    let description = after.split([',', '.', ';', '(']).next().unwrap_or("");
    let words: Vec<&str> = description.split_whitespace().take(4).collect();
    words.iter().any(|w| is_organization_noun(w)).then(|| country_of(&name)).flatten()
}

/// The country of the chain of places that starts at `view.placed[first]` ("Hollins, Virginia",
/// "Uyo, capital of Akwa Ibom State, Nigeria"), and the index of the chain's last place: a
/// country named in it, else a city and its federal country's region, else (when
/// `city_stated`: the text says the organization is based there) a large city alone.
pub(super) fn chain_country(
    view: &SentenceView,
    first: usize,
    city_stated: bool,
    country_entity: &dyn Fn(CountryRef) -> Option<usize>,
) -> Option<(usize, usize)> {
    let (text, placed) = (view.text, &view.placed);
    let mut at = first;
    while let Some(place) = placed.get(at) {
        // "NBA, in English: ..." is a language: a country is named, not a demonym.
        if place.kind == EntityType::Country {
            let demonym = countries::by_name(place.text, false).is_none()
                && (countries::by_demonym(place.text).is_some() || countries::place_by_demonym(place.text).is_some());
            return (!demonym).then_some((place.entity, at));
        }
        // "Uyo, capital of Akwa Ibom State, Nigeria": a comma, or a comma and what the place is.
        let next_is_listed = placed.get(at + 1).is_some_and(|n| {
            matches!(n.kind, EntityType::Location | EntityType::Country) && PLACE_LIST_GAP.is_match(&text[place.span.end..n.span.start])
        });
        if place.kind != EntityType::Location {
            return None;
        }
        if !next_is_listed {
            // "a private university in Hollins, Virginia": a city and its region of a federal
            // country end the chain (a region alone is left: names of regions are also cities'
            // elsewhere, "the Ontario airport" in California).
            // ("Cupertino, CA", "Sunnyvale, Calif.", "Redmond, Wash.": a state written any way.)
            let region = (at > first).then(|| countries::country_of_state_after_a_city(place.text)).flatten();
            // "Acme, headquartered in Nuremberg": a large city the organization is stated to be
            // based in (not any city after "in": "they beat Acme in Toronto").
            let city = || (city_stated && at == first).then(|| countries::country_of_city(place.text)).flatten();
            return region.or_else(city).and_then(country_entity).map(|country| (country, at));
        }
        at += 1;
    }
    None
}

/// The sentence opens with where the organization is based: "Based in ", "Headquartered in
/// the ", "Founded in 1946 in ".
static FRONTED_BASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(originally\s+)?(based|headquartered|located|founded|established|incorporated)\s+(in\s+\d{4}\s+)?(in|at)\s+(the\s+)?$")
        .expect("valid regex")
});

/// After the places, up to the organization: ", ", " in 1946, the ".
static FRONTED_BASE_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(,?\s*in\s+\d{4}\s*)?,\s*(the\s+)?$").expect("valid regex"));

/// "Based in Milan, Prada sells ...", "Founded in Tokyo in 1946, Sony ...": the places of the
/// opening participle, then the organization as the main clause's subject.
fn fronted_base(view: &SentenceView, index: usize, country_entity: &dyn Fn(CountryRef) -> Option<usize>) -> Option<(usize, f64)> {
    let first = view.placed.first().filter(|p| matches!(p.kind, EntityType::Location | EntityType::Country))?;
    if index == 0 || !FRONTED_BASE.is_match(&view.text[..first.span.start].to_lowercase()) {
        return None;
    }
    let (country, last) = chain_country(view, 0, true, country_entity)?;
    let rest = view.between(view.placed[last].span.end, view.placed[index].span.start).to_lowercase();
    (last + 1 == index && FRONTED_BASE_END.is_match(&rest)).then_some((country, confidence::BASED_IN_PHRASE))
}

/// A base the text states of the organization itself (see [`based_in`]).
/// From a club to the league it plays in: " plays in the ", ", which currently competes in the ",
/// " is a professional football club that plays in the " (a description of the club first, no
/// "of" in it: "is a rival of a club that plays in" describes another club).
static PLAYS_IN_THE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*((is|was)\s+an?\s+([a-z0-9-]+\s+){0,4}?(club|team|side|franchise)\s+)?((which|that|who)\s+)?((currently|now|still|also)\s+)?(plays|play|played|playing|competes|compete|competed|competing)\s+in\s+the\s+$")
        .expect("valid regex")
});

/// Whether a league's name follows (within four words, before any punctuation): "First League",
/// "Hockey League", "Premier Division", "Bundesliga".
fn league_follows(text: &str) -> bool {
    let is_league = |word: &str| {
        let word = word.to_lowercase();
        word.ends_with("league")
            || word.ends_with("liga")
            || matches!(word.as_str(), "ligue" | "division" | "championship" | "premiership" | "conference")
    };
    for word in text.split_whitespace().take(4) {
        let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
        if is_league(bare) {
            return true;
        }
        if bare.len() != word.len() {
            return false;
        }
    }
    false
}

fn stated_base(view: &SentenceView, index: usize, country_entity: &dyn Fn(CountryRef) -> Option<usize>) -> Option<(usize, f64)> {
    let text = view.text;
    let placed = &view.placed;
    let org = &placed[index];
    // "X, whose members are known as Y (), is a German royal house": Y names X's members.
    if MEMBERS_KNOWN_AS.is_match(&text[..org.span.start]) {
        return None;
    }
    let name = surface(org.text);
    if let Some(named) = named_base(&name).and_then(|(country, confidence)| Some((country_entity(country)?, confidence))) {
        return Some(named);
    }
    if let Some(country) = listed_in_country(view, index) {
        return Some((country, confidence::BASED_IN_PHRASE));
    }
    if let Some(base) = fronted_base(view, index, country_entity) {
        return Some(base);
    }
    // What a country right before the organization says of it.
    if let Some(previous) = index.checked_sub(1).map(|i| &placed[i]).filter(|p| p.kind == EntityType::Country) {
        // "the Canadian indie rock band ORG": a demonym and a kind of organization before it;
        // "America's oldest magic company, ORG": a country's, and the kind set off by a comma.
        let between = after_possessive(text, previous.span.end, org.span.start).replace(" / ", "/");
        // "the American band the New Riders of the Purple Sage": the name's own article.
        let between = between.trim_end().strip_suffix(',').or_else(|| between.trim_end().strip_suffix(" the")).unwrap_or(&between);
        if kind_of_organization(between).is_some() {
            return Some((previous.entity, confidence::DESCRIBED_BY_DEMONYM));
        }
        // "an American Democratic politician", "the Soviet Communist Party": a party named right
        // after a demonym is that country's party.
        let gap = &text[previous.span.end..org.span.start];
        let adjacent_demonym = gap.chars().all(|c| c == ' ') && countries::by_demonym(previous.text).is_some();
        if is_party_name(org.text) && adjacent_demonym {
            return Some((previous.entity, confidence::DESCRIBED_BY_DEMONYM));
        }
        // "the Brazilian Senate voted", "the Dutch Ajax said": a demonym right before the name,
        // the name then the clause's subject or the phrase's end (not "a French Acme
        // politician", the person's, nor "the German Ford plant", the plant's).
        if adjacent_demonym && AFTER_DEMONYM_NAME.is_match(&text[org.span.end..]) {
            return Some((previous.entity, confidence::DESCRIBED_BY_DEMONYM));
        }
        // "Z's ORG" and "Z-based ORG".
        let possessive = starts_with_possessive(text, previous.span.end).is_some_and(|n| gap.get(n..).is_some_and(|r| r.trim().is_empty()));
        // "Z-based" in one mention ("U.S.-based", as the NER model tags it) or two.
        // "the U.S.-based drugmaker Acme" too: a kind of organization may follow.
        let gap_after_based = gap.trim_start().trim_start_matches('-').trim_start();
        let based = gap_after_based
            .to_ascii_lowercase()
            .strip_prefix("based")
            .is_some_and(|rest| gap.trim_start().starts_with('-') && nothing_or_a_kind(rest))
            || (previous.text.to_ascii_lowercase().trim_end().ends_with("-based") && nothing_or_a_kind(gap));
        if possessive || based {
            return Some((previous.entity, confidence::COUNTRY_BEFORE_ORGANIZATION));
        }
    }
    // "the Paris-based OECD", "Acme, a Texas-based company": a capital, or a region of a
    // federal country, before "-based" is the country's place.
    if let Some(entity) = place_based(view, index).and_then(country_entity) {
        return Some((entity, confidence::COUNTRY_BEFORE_ORGANIZATION));
    }
    // "ORG (Country)".
    // A code in parentheses defines an acronym ("Labor Party (PT)"), not a country; a name
    // does not, short ones included ("Labour Party (UK)").
    let next = placed.get(index + 1)?;
    let full_name = countries::by_name(next.text, false).is_some();
    let gap = &text[org.span.end..next.span.start];
    // (Tokenized text sets the parenthesis off by spaces: "Acme ( Poland ) 5".)
    if next.kind == EntityType::Country && full_name && gap.trim() == "(" && text[next.span.end..].trim_start().starts_with(')') {
        return Some((next.entity, confidence::BASED_IN_PHRASE));
    }
    // What the organization's description reads past: parenthesised asides, names and all.
    let (first, gap) = gap_past_parentheses(view, index)?;
    let next = &placed[first];
    // "Acme, a subsidiary of Volvo, is headquartered in Gothenburg": a name after a preposition
    // inside a description is not the subject the verb after the comma has (a relative clause
    // is that name's own: "a subsidiary of Volvo, which is based in").
    let after_preposition =
        || word_before(text, org.span.start).is_some_and(|w| matches!(w, "of" | "by" | "for" | "with" | "from" | "to" | "at"));
    if COMMA_THEN_VERB.is_match(&gap) && after_preposition() {
        return None;
    }
    // "ORG, based in Z" / "ORG headquartered in Z".
    if next.kind == EntityType::Country {
        let phrase = gap.trim().trim_start_matches(',').trim();
        if ["based in", "headquartered in", "is based in", "is headquartered in"].contains(&phrase) {
            return Some((next.entity, confidence::BASED_IN_PHRASE));
        }
    }
    // "Makerere University in Kampala, Uganda", "signed to Hungry Kid Records in the United
    // Kingdom": the organization right before its place. (It also reads "they beat Acme in
    // France" as Acme's base: no such misreading was found on the development set.)
    // "LA JORNADA in Spanish" is a language, so a country must be named, not a demonym.
    let place_named =
        next.kind == EntityType::Location || (next.kind == EntityType::Country && countries::by_name(next.text, false).is_some());
    let in_place = place_named && matches!(gap.trim(), "in" | "in the");
    // "ORG, headquartered in Paris, France": places, then their country, each after a comma.
    // "ORG, the first telecom operator in France": a kind of organization in the place.
    let described_in = DESCRIBED_IN.captures(&gap).and_then(|c| c.name("noun")).is_some_and(|noun| is_organization_noun(noun.as_str()));
    // "Toon City Animation, Inc., Manila, Philippines": a place set off by a comma, and its
    // country after it (a country right after the comma may be the next item of a list).
    let comma_place = gap.trim() == "," && next.kind == EntityType::Location;
    let located = LOCATED.is_match(&gap);
    if located || described_in || in_place || comma_place {
        if let Some((country, _)) = chain_country(view, first, located, country_entity) {
            return Some((country, confidence::BASED_IN_PHRASE));
        }
    }
    // "ORG, Japan's biggest carmaker", "ORG is Brazil's state oil company": a country's kind of
    // organization (a country named, not a demonym).
    if next.kind == EntityType::Country && countries::by_name(next.text, false).is_some() && DESCRIBED_BY_COUNTRY.is_match(&gap) {
        let possessive = starts_with_possessive(text, next.span.end);
        if possessive.is_some_and(|n| organization_noun_follows(&text[next.span.end + n..])) {
            return Some((next.entity, confidence::DESCRIBED_BY_DEMONYM));
        }
    }
    // "Acme FC plays in the Serbian First League", "Acme, which competes in the Swedish Hockey
    // League": a club plays in its country's league.
    if next.kind == EntityType::Country
        && countries::by_demonym(next.text).is_some()
        && PLAYS_IN_THE.is_match(&gap)
        && !gap.contains(" of ")
        && league_follows(&text[next.span.end..])
    {
        return Some((next.entity, confidence::DESCRIBED_BY_DEMONYM));
    }
    // "ORG is a French company", "ORG, a German carmaker".
    (next.kind == EntityType::Country && DESCRIBED.is_match(&gap) && organization_noun_follows(&text[next.span.end..]))
        .then_some((next.entity, confidence::DESCRIBED_BY_DEMONYM))
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
    fn the_kind_after_a_demonym_may_carry_capitalised_modifiers() {
        for text in
            ["Acme is a French state - funded Management School.", "Acme is a French Ligue 1 club.", "Acme is a French EDM event company."]
        {
            assert_eq!(found(text, &[("Acme", 0, Organization), ("French", FRANCE, Country)]), Some(FRANCE), "{text}");
        }
        for text in
            ["Acme is a French Open champion.", "Acme is a French Riviera resort town.", "Acme is a French, Italian and Spanish company."]
        {
            assert_eq!(found(text, &[("Acme", 0, Organization), ("French", FRANCE, Country)]), None, "{text}");
        }
    }

    #[test]
    fn founders_named_in_the_description_are_read_past() {
        let mentions = [
            ("Acme", 0, Organization),
            ("Jane Roe", 1, EntityType::Person),
            ("John Doe", 2, EntityType::Person),
            ("Lyon", 3, EntityType::Location),
            ("France", FRANCE, Country),
        ];
        let text = "Acme is an independent record label founded in 1995 by Jane Roe and John Doe and based in Lyon, France.";
        assert_eq!(found(text, &mentions), Some(FRANCE));
        // Not where a founder was born.
        let text = "Acme is a record label founded by Jane Roe and John Doe, who were born in Lyon, France.";
        assert_eq!(found(text, &mentions), None);
    }

    #[test]
    fn a_club_plays_in_its_country_s_league() {
        for text in [
            "Acme FC plays in the French Ligue 2.",
            "Acme FC, which currently competes in the French First League, was founded in 1901.",
            "Acme FC competes in the French Hockey League.",
            "Acme FC is a professional football club that plays in the French Ligue 2.",
        ] {
            assert_eq!(found(text, &[("Acme FC", 0, Organization), ("French", FRANCE, Country)]), Some(FRANCE), "{text}");
        }
        for text in [
            // A place, not a league; a country's name, not a demonym before the league.
            "Acme FC played in the French capital.",
            "Acme FC played in the French Open.",
            "Acme FC plays in the France League.",
            // A fan or a player of the club's plays in the league, not the club described.
            "Acme FC is a rival of a club that plays in the French Ligue 2.",
        ] {
            assert_eq!(
                found(text, &[("Acme FC", 0, Organization), (if text.contains("France") { "France" } else { "French" }, FRANCE, Country)]),
                None,
                "{text}"
            );
        }
    }

    #[test]
    fn organizations_credited_with_a_national_work() {
        let credited = |text: &str| {
            let v = view(text, &[("American", FRANCE, Country), ("Acme Pictures", 0, Organization), ("Beta Films", 1, Organization)]);
            let france = |country: CountryRef| (country.alpha2 == "FR").then_some(FRANCE);
            (based_in(&v, 1, &france).map(|(c, _)| c), based_in(&v, 2, &france).map(|(c, _)| c))
        };
        assert_eq!(
            credited("It is a 1988 American animated musical film produced by Acme Pictures and Beta Films."),
            (Some(FRANCE), Some(FRANCE))
        );
        assert_eq!(credited("It is a 1988 American animated film released by Acme Pictures, not Beta Films."), (Some(FRANCE), None));
        for text in [
            "It is a British-American film produced by Acme Pictures and Beta Films.",
            "It is an American film company established by Acme Pictures and Beta Films.",
            "An American critic praised Acme Pictures and Beta Films.",
        ] {
            let text = text.replace("British-American", "British - American");
            assert_eq!(credited(&text), (None, None), "{text}");
        }
    }

    #[test]
    fn a_city_and_its_region_end_the_place_chain() {
        let us = |country: CountryRef| (country.alpha2 == "US").then_some(FRANCE);
        let base = |text: &str, mentions: &[(&'static str, usize, EntityType)]| {
            let v = view(text, mentions);
            based_in(&v, 0, &us).map(|(c, _)| c)
        };
        let chain = [("Acme College", 0, Organization), ("Hollins", 2, EntityType::Location), ("Virginia", 3, EntityType::Location)];
        assert_eq!(base("Acme College is a private university in Hollins, Virginia.", &chain), Some(FRANCE));
        // A region alone is left.
        let alone = [("Acme College", 0, Organization), ("Virginia", 3, EntityType::Location)];
        assert_eq!(base("Acme College is a private university in Virginia.", &alone), None);
        let text = "Acme College is a comprehensive community four-year public high school serving students in ninth through twelfth grades from Hollins, Virginia.";
        assert_eq!(base(text, &chain), Some(FRANCE), "whom a school serves first");
        let text = "Acme College is a comprehensive community four-year public high school whose graduates attended colleges in particular from Hollins, Virginia.";
        assert_eq!(base(text, &chain), None, "a long description, no school's service");
        // A state by its postal code after the city.
        let postal = [("Acme Corp.", 0, Organization), ("Cupertino", 2, EntityType::Location), ("CA", 3, EntityType::Location)];
        assert_eq!(base("Acme Corp. is based in Cupertino, CA.", &postal), Some(FRANCE));
        for state in ["Calif.", "Wash.", "N.Y.", "Ga.", "Georgia"] {
            let abbreviated = [("Acme Corp.", 0, Organization), ("Redmond", 2, EntityType::Location), (state, 3, EntityType::Location)];
            assert_eq!(base(&format!("Acme Corp. is based in Redmond, {state}"), &abbreviated), Some(FRANCE), "{state}");
        }
        let not_a_state = [("Acme Corp.", 0, Organization), ("Cupertino", 2, EntityType::Location), ("XY", 3, EntityType::Location)];
        assert_eq!(base("Acme Corp. is based in Cupertino, XY.", &not_a_state), None);
    }

    #[test]
    fn a_kind_of_organization_from_a_country() {
        let mentions = [("Acme", 0, Organization), ("France", FRANCE, Country)];
        assert_eq!(found("Acme is a rock band from France.", &mentions), Some(FRANCE));
        assert_eq!(found("Acme were a four-piece band from the south of France.", &mentions), Some(FRANCE));
        assert_eq!(found("Acme, a rock band from France, toured.", &mentions), Some(FRANCE));
        assert_eq!(found("Acme bought a band from France.", &mentions), None);
    }

    #[test]
    fn other_names_set_off_by_commas_are_read_past() {
        let mentions = [("Acme Club", 0, Organization), ("Acme", 1, Organization), ("French", FRANCE, Country)];
        assert_eq!(found("Acme Club, more commonly known as Acme, is a French football club.", &mentions), Some(FRANCE));
        assert_eq!(found("Acme Club, also known as Acme, was a French company.", &mentions), Some(FRANCE));
        // Not an aside: the other organization's own description.
        assert_eq!(found("Acme Club, like Acme, is a French football club.", &mentions), None);
        // Its members' name: read past, and no subject of the description itself.
        let members = [("Acme House", 0, Organization), ("Acmeans", 1, Organization), ("French", FRANCE, Country)];
        let text = "Acme House (), whose members are known as Acmeans (), is a French royal house.";
        assert_eq!(found(text, &members), Some(FRANCE));
        assert_eq!(based_in(&view(text, &members), 1, &|c: CountryRef| (c.alpha2 == "FR").then_some(FRANCE)), None);
    }

    #[test]
    fn a_capital_or_federal_region_before_based() {
        let before = [("Paris-based", 1, EntityType::Location), ("Acme", 0, Organization)];
        assert_eq!(found("the Paris-based Acme said", &before), Some(FRANCE));
        let split = [("Paris", 1, EntityType::Location), ("Acme", 0, Organization)];
        assert_eq!(found("the Paris - based Acme said", &split), Some(FRANCE));
        let after = [("Acme", 0, Organization), ("Paris-based", 1, EntityType::Location)];
        assert_eq!(found("Acme, a Paris-based company, said", &after), Some(FRANCE));
        assert_eq!(found("Acme, a Paris-based rival, said", &after), None, "no kind of organization");
        // A large city no other country's city shares a name with is its country's place too.
        let city = [("Lyon-based", 1, EntityType::Location), ("Acme", 0, Organization)];
        assert_eq!(found("the Lyon-based Acme said", &city), Some(FRANCE));
        let shared = [("Valencia-based", 1, EntityType::Location), ("Acme", 0, Organization)];
        assert_eq!(found("the Valencia-based Acme said", &shared), None, "Spain's or Venezuela's");
        let town = [("Lisieux-based", 1, EntityType::Location), ("Acme", 0, Organization)];
        assert_eq!(found("the Lisieux-based Acme said", &town), None, "too small to know");
        assert_eq!(found("from Paris-based talks to Acme", &before), None);
    }

    #[test]
    fn a_kind_of_organization_may_stand_between_based_and_the_name() {
        let city = [("Lyon-based", 1, EntityType::Location), ("Acme", 0, Organization)];
        assert_eq!(found("the Lyon-based gold miner Acme rose", &city), Some(FRANCE));
        assert_eq!(found("a Lyon-based fan of Acme cheered", &city), None);
        let country = [("France", FRANCE, Country), ("Acme", 0, Organization)];
        assert_eq!(found("the France - based drugmaker Acme rose", &country), Some(FRANCE));
        assert_eq!(found("the France - based rival of Acme rose", &country), None);
    }

    #[test]
    fn other_names_in_the_parenthesis_after_the_name() {
        let names = |text: &str| {
            let v = view(text, &[("Acme", 0, Organization), ("Beta", 1, Organization)]);
            other_names(&v, 0)
        };
        assert_eq!(names("Acme (formerly Beta) is a French company."), [1]);
        assert_eq!(names("Acme (; formerly known as Beta from 1979 to 2009) is a French company."), [1]);
        assert_eq!(names("Acme (also known as Beta) is French."), [1]);
        assert_eq!(names("Acme (a rival of Beta) is a French company."), Vec::<usize>::new());
        assert_eq!(names("Acme is a French company (formerly Beta's unit)."), Vec::<usize>::new(), "not right after the name");
    }

    #[test]
    fn a_city_and_a_kind_of_organization_before_the_name() {
        let city = [("Lyon", 1, EntityType::Location), ("Acme", 0, Organization)];
        assert_eq!(found("the Lyon newspaper Acme reported", &city), Some(FRANCE));
        assert_eq!(found("the Lyon auction house Acme sold it", &city), Some(FRANCE));
        assert_eq!(found("a Lyon fan of Acme cheered", &city), None, "no kind of organization");
        assert_eq!(found("the Lyon office of Acme closed", &city), None, "the organization's office");
        assert_eq!(found("fans in Lyon cheered Acme", &city), None);
        let shared = [("Valencia", 1, EntityType::Location), ("Acme", 0, Organization)];
        assert_eq!(found("the Valencia club Acme won", &shared), None, "Spain's or Venezuela's");
    }

    #[test]
    fn headquarters_stated_with_a_possessive_or_a_move() {
        let after = [("Acme", 0, Organization), ("France", FRANCE, Country)];
        assert_eq!(found("Acme's headquarters are in France.", &after), Some(FRANCE));
        assert_eq!(found("Acme moved its headquarters to France in 1990.", &after), Some(FRANCE));
        assert_eq!(found("Acme later relocated its head office from Spain to France.", &after), Some(FRANCE));
        assert_eq!(found("Acme's rivals are in France.", &after), None);
        assert_eq!(found("Acme moved its staff to France.", &after), None);
    }

    #[test]
    fn a_large_city_the_organization_is_stated_to_be_based_in() {
        let after = [("Acme", 0, Organization), ("Lyon", 1, EntityType::Location)];
        assert_eq!(found("Acme, headquartered in Lyon, grew.", &after), Some(FRANCE));
        assert_eq!(found("Acme, based in Lyon, grew.", &after), Some(FRANCE));
        assert_eq!(found("Acme of Lyon grew.", &after), Some(FRANCE));
        assert_eq!(found("They beat Acme in Lyon.", &after), None, "a match's place, not a base");
        let shared = [("Acme", 0, Organization), ("Valencia", 1, EntityType::Location)];
        assert_eq!(found("Acme, based in Valencia, grew.", &shared), None);
    }

    #[test]
    fn a_description_without_names_set_off_by_commas_is_read_past() {
        let mentions = [("Acme SA", 0, Organization), ("Vevey", 1, EntityType::Location), ("Switzerland", FRANCE, Country)];
        let text = "Acme SA, the world's largest food company, is based in Vevey, Switzerland.";
        assert_eq!(found(text, &mentions), Some(FRANCE));
        assert_eq!(found("Acme SA, a food company, said prices in Vevey, Switzerland rose.", &mentions), None);
        // A description with a name is read as the description: Beta's, not a base.
        let mentions =
            [("Acme SA", 0, Organization), ("Beta", 2, Organization), ("Vevey", 1, EntityType::Location), ("Switzerland", FRANCE, Country)];
        assert_eq!(found("Acme SA, the firm that bought Beta, is based in Vevey, Switzerland.", &mentions), None);
        // Names that only own the description are read past with it.
        assert_eq!(found("Acme SA, a subsidiary of Beta, is based in Vevey, Switzerland.", &mentions), Some(FRANCE));
        let v = view("Acme SA, a subsidiary of Beta, is based in Vevey, Switzerland.", &mentions);
        let france = |country: CountryRef| (country.alpha2 == "CH").then_some(FRANCE);
        assert_eq!(based_in(&v, 1, &france), None, "the owner's base is not stated");
    }

    #[test]
    fn a_name_closing_with_a_city_abroad_is_based_there() {
        let base = |name: &'static str, alpha2: &'static str| {
            let text = format!("The {name} met.");
            let v = view(&text, &[(name, 0, Organization)]);
            based_in(&v, 0, &|country: CountryRef| (country.alpha2 == alpha2).then_some(FRANCE)).map(|(c, _)| c)
        };
        assert_eq!(base("American University of Beirut", "LB"), Some(FRANCE));
        assert_eq!(base("American University of Beirut", "US"), None);
        assert_eq!(base("British School at Rome", "IT"), Some(FRANCE));
        assert_eq!(base("Conservatory of Music in Vienna", "AT"), Some(FRANCE), "no country opens it");
        // A mission abroad is its sender's.
        assert_eq!(base("Italian Embassy in London", "GB"), None);
        assert_eq!(base("American Express", "US"), Some(FRANCE));
    }

    #[test]
    fn named_after_its_region() {
        let us = |country: CountryRef| (country.alpha2 == "US").then_some(FRANCE);
        let base = |name: &'static str| {
            let text = format!("The {name} met.");
            let v = view(&text, &[(name, 0, Organization)]);
            based_in(&v, 0, &us).map(|(c, _)| c)
        };
        assert_eq!(base("Texas House of Representatives"), Some(FRANCE));
        assert_eq!(base("New York Stock Exchange"), Some(FRANCE));
        assert_eq!(base("University of Texas"), Some(FRANCE));
        // Not a region's: one word, a region's name not at the start, a country's name.
        assert_eq!(base("Texas"), None);
        assert_eq!(base("Bank of Texas Holdings"), None);
        assert_eq!(base("Georgia Power"), None);
    }

    #[test]
    fn a_country_s_kind_of_organization() {
        let base = |text: &str| found(text, &[("Acme", 0, Organization), ("France", FRANCE, Country)]);
        assert_eq!(base("Acme, France's biggest carmaker, said."), Some(FRANCE));
        assert_eq!(base("Acme is France 's state oil company."), Some(FRANCE));
        assert_eq!(base("Acme (founded 1990) was France's largest drugmaker."), Some(FRANCE));
        assert_eq!(base("Acme, one of France's largest companies, said."), Some(FRANCE));
        assert_eq!(base("Acme is France's biggest multinational."), Some(FRANCE));
        assert_eq!(base("Acme, one of France's best players, said."), None, "players are no organization");
        // Not the organization's own description: a rival, a verb between, no kind of organization.
        assert_eq!(base("Acme beat France's biggest carmaker."), None);
        assert_eq!(base("Acme, France's president said, would grow."), None);
        assert_eq!(base("Acme, France's Jean Roe and others"), None);
    }

    #[test]
    fn a_demonym_and_a_plural_kind_before_a_list_base_every_name() {
        let listed = [("French", FRANCE, Country), ("Acme", 0, Organization), ("Beta", 1, Organization), ("Gamma", 2, Organization)];
        let v = view("The French companies Acme, Beta and Gamma grew.", &listed);
        let bases: Vec<Option<usize>> = (1..4).map(|i| based_in(&v, i, &|_| None).map(|(c, _)| c)).collect();
        assert_eq!(bases, [Some(FRANCE); 3]);
        let v = view("The French company Acme, Beta and Gamma grew.", &listed);
        let bases: Vec<Option<usize>> = (1..4).map(|i| based_in(&v, i, &|_| None).map(|(c, _)| c)).collect();
        assert_eq!(bases, [Some(FRANCE), None, None], "a singular kind is the first name's");
        let v = view("French fans of Acme, Beta and Gamma sang.", &listed);
        assert_eq!(based_in(&v, 2, &|_| None), None);
    }

    #[test]
    fn an_agreement_is_not_based_where_it_is_named_after() {
        let base = |name: &'static str| named_base(name).map(|(country, _)| country.alpha2);
        assert_eq!(base("Warsaw Pact"), None);
        assert_eq!(base("Anglo-Irish Agreement"), None);
        assert_eq!(base("Geneva Convention"), None);
        assert_eq!(base("Warsaw Stock Exchange"), Some("PL"));
        assert_eq!(base("University of Vienna"), Some("AT"));
        let text = "As a member of the Paris Pact, France sent troops.";
        assert_eq!(found(text, &[("Paris Pact", 0, Organization), ("France", FRANCE, Country)]), None);
        let text = "As a member of the Paris Stock Exchange, Acme is listed.";
        assert_eq!(found(text, &[("Paris Stock Exchange", 0, Organization)]), Some(FRANCE));
    }

    #[test]
    fn a_home_nation_in_a_name_is_the_united_kingdom() {
        let uk = |country: CountryRef| (country.alpha2 == "GB").then_some(7);
        let base = |text: &str, name: &'static str| based_in(&view(text, &[(name, 0, Organization)]), 0, &uk).map(|(c, _)| c);
        assert_eq!(base("the Scottish Football Association fined him", "Scottish Football Association"), Some(7));
        assert_eq!(base("the Bank of Scotland lent", "Bank of Scotland"), Some(7));
        assert_eq!(base("Sport England said", "Sport England"), Some(7));
        assert_eq!(base("the New England Patriots won", "New England Patriots"), None);
        assert_eq!(base("Southern New England closed higher", "Southern New England"), None);
        assert_eq!(base("Bank New South Wales lent", "Bank New South Wales"), None);
    }

    #[test]
    fn a_party_after_a_demonym_is_that_country_s() {
        let party =
            |text: &str, demonym: &'static str, name: &'static str| found(text, &[(demonym, FRANCE, Country), (name, 0, Organization)]);
        assert_eq!(party("X was a French Socialist politician.", "French", "Socialist"), Some(FRANCE));
        assert_eq!(party("the French Communist Party said", "French", "Communist Party"), Some(FRANCE));
        // Not a party, not adjacent, or a country's name rather than a demonym.
        assert_eq!(party("the French Acme politician", "French", "Acme"), None);
        // Any organization named right after a demonym, then the clause's verb or the end.
        assert_eq!(party("The French Acme said on Monday it would sell.", "French", "Acme"), Some(FRANCE));
        assert_eq!(party("He was elected to the French Acme in 1990.", "French", "Acme"), Some(FRANCE));
        assert_eq!(party("He toured the French Acme plant.", "French", "Acme"), None);
        assert_eq!(party("the French Acme engineers said", "French", "Acme"), None);
        assert_eq!(party("a French, Socialist politician", "French", "Socialist"), None);
        assert_eq!(party("France Socialist politicians", "France", "Socialist"), None);
    }

    #[test]
    fn a_list_of_subjects_described_in_the_plural() {
        let entity = |country: CountryRef| (country.alpha2 == "FR").then_some(FRANCE);
        let listed = [("Acme", 0, Organization), ("Beta", 1, Organization), ("French", FRANCE, Country)];
        for text in ["Acme and Beta are French companies.", "Acme and Beta were both French banks."] {
            let v = view(text, &listed);
            assert_eq!([0, 1].map(|at| based_in(&v, at, &entity).map(|(c, _)| c)), [Some(FRANCE); 2], "{text}");
        }
        let named = [("Acme", 0, Organization), ("Beta", 1, Organization), ("France", FRANCE, Country)];
        let v = view("Acme and Beta are banks in France.", &named);
        assert_eq!([0, 1].map(|at| based_in(&v, at, &entity).map(|(c, _)| c)), [Some(FRANCE); 2]);
        // Not a verb's object, nor a demonym without a kind, nor one organization.
        for (text, mentions) in [
            ("Acme and Beta sued French banks.", &listed),
            ("Acme and Beta are French.", &listed),
            ("Acme and Beta are fans in France.", &named),
        ] {
            let v = view(text, mentions);
            assert_eq!(based_in(&v, 0, &entity), None, "{text}");
        }
    }

    #[test]
    fn stated_bases() {
        assert_eq!(found("the French Foreign Ministry said", &[("French Foreign Ministry", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the Government of France said", &[("Government of France", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("France's Acme said", &[("France", FRANCE, Country), ("Acme", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the France-based Acme said", &[("France", FRANCE, Country), ("Acme", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the France - based Acme said", &[("France", FRANCE, Country), ("Acme", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the France-based Acme said", &[("France-based", FRANCE, Country), ("Acme", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("Acme, based in France, said", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), Some(FRANCE));
        assert_eq!(found("Acme is registered in France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), Some(FRANCE));
        // A description set off by a comma before the base, a founding year coordinated.
        let acme_france = [("Acme", 0, Organization), ("France", FRANCE, Country)];
        assert_eq!(found("Acme is an independent record label, founded in 1995 and based in France.", &acme_france), Some(FRANCE));
        assert_eq!(found("Acme is an independent record label, based in France.", &acme_france), Some(FRANCE));
        assert_eq!(found("Acme is a label that sued a rival, which is based in France.", &acme_france), None, "the rival's");
        assert_eq!(found("Acme, a France-based NGO, said.", &[("Acme", 0, Organization), ("France-based", FRANCE, Country)]), Some(FRANCE));
        assert_eq!(
            found("the French indie rock band Acme played", &[("French", FRANCE, Country), ("Acme", 0, Organization)]),
            Some(FRANCE)
        );
        assert_eq!(found("Acme (France) grew.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), Some(FRANCE));
        assert_eq!(found("He sat in the Acme of France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), Some(FRANCE));
        assert_eq!(
            found("He sat in the Acme of independent France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found("He sat in the Acme of the talks in France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            None,
            "more than one word between"
        );
        assert_eq!(found("the Acme Party (UK) used it.", &[("Acme Party", 0, Organization), ("UK", FRANCE, Country)]), Some(FRANCE));
        assert_eq!(
            found("They signed to Acme Records in France.", &[("Acme Records", 0, Organization), ("France", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found(
                "He taught at Acme University in Lyon, France, and Rome.",
                &[("Acme University", 0, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)]
            ),
            Some(FRANCE)
        );
        assert_eq!(
            found("In 1900, France's oldest magic company, Acme made one.", &[("France", FRANCE, Country), ("Acme", 0, Organization)]),
            Some(FRANCE)
        );
        assert_eq!(
            found("Acme, a think tank based in France, grew.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found(
                "They cited Acme, a fundamentalist Christian and politically conservative think tank based in France.",
                &[("Acme", 0, Organization), ("France", FRANCE, Country)]
            ),
            Some(FRANCE)
        );
        assert_eq!(
            found(
                "It is the second album by the French band the Acme Singers.",
                &[("French", FRANCE, Country), ("Acme Singers", 0, Organization)]
            ),
            Some(FRANCE)
        );
        assert_eq!(
            found("Acme was a private golf club in the northwest France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found(
                "Acme, in Lyon, Rhone, France, grew.",
                &[
                    ("Acme", 0, Organization),
                    ("Lyon", 3, EntityType::Location),
                    ("Rhone", 4, EntityType::Location),
                    ("France", FRANCE, Country)
                ]
            ),
            Some(FRANCE)
        );
        assert_eq!(found("Acme is a French company.", &[("Acme", 0, Organization), ("French", FRANCE, Country)]), Some(FRANCE));
        assert_eq!(found("Acme, in French: Nouvelle Acme, grew.", &[("Acme", 0, Organization), ("French", FRANCE, Country)]), None);
        // A parenthesised aside anywhere in the description, a name in it or not.
        assert_eq!(
            found(
                "Acme is a fraternity (Studentenverbindung) in Lyon, France.",
                &[
                    ("Acme", 0, Organization),
                    ("Studentenverbindung", 1, Organization),
                    ("Lyon", 3, EntityType::Location),
                    ("France", FRANCE, Country)
                ]
            ),
            Some(FRANCE)
        );
        assert_eq!(
            found("Acme (est. 1990) is a company based in France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(found("Acme, a French carmaker, grew.", &[("Acme", 0, Organization), ("French", FRANCE, Country)]), Some(FRANCE));
        // British usage takes a band or a team in the plural.
        assert_eq!(
            found("The Acmes were a new wave French group.", &[("Acmes", 0, Organization), ("French", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found("Acme United are a French football club.", &[("Acme United", 0, Organization), ("French", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found("Acme (founded 1990) is a French rock band.", &[("Acme", 0, Organization), ("French", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found(
                "Acme, headquartered in Lyon, France, grew.",
                &[("Acme", 0, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)]
            ),
            Some(FRANCE)
        );
        // After the name's apposed other name, a comma comes before the copula.
        let v = view(
            "The Acme Verein, or Acme Society, is an organisation based in Lyon, France.",
            &[
                ("Acme Verein", 1, Organization),
                ("Acme Society", 0, Organization),
                ("Lyon", 3, EntityType::Location),
                ("France", FRANCE, Country),
            ],
        );
        let france = |country: CountryRef| (country.alpha2 == "FR").then_some(FRANCE);
        assert_eq!(based_in(&v, 1, &france).map(|(country, _)| country), Some(FRANCE));
        assert_eq!(
            found(
                "Acme (formerly Qtel) is a company headquartered in Lyon, France.",
                &[("Acme", 0, Organization), ("Qtel", 1, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)]
            ),
            Some(FRANCE)
        );
        assert_eq!(
            found("the school of Acme, first telecom operator in France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found(
                "The Acme is located in Uyo, capital of Rhone State, France.",
                &[
                    ("Acme", 0, Organization),
                    ("Uyo", 3, EntityType::Location),
                    ("Rhone State", 4, EntityType::Location),
                    ("France", FRANCE, Country)
                ]
            ),
            Some(FRANCE)
        );
        assert_eq!(
            found(
                "sold to the Acme AB of Lyon, France, makers of presses.",
                &[("Acme AB", 0, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)]
            ),
            Some(FRANCE)
        );
        assert_eq!(
            found("Acme is a France - based event company.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            Some(FRANCE)
        );
        assert_eq!(
            found("Acme is a French free - to - air television network.", &[("Acme", 0, Organization), ("French", FRANCE, Country)]),
            Some(FRANCE)
        );
        let french = [("Acme", 0, Organization), ("French", FRANCE, Country)];
        assert_eq!(found("Acme is a French indie / alternative rock band.", &french), Some(FRANCE));
        assert_eq!(found("Acme is a French indie rock / art rock band.", &french), Some(FRANCE));
        assert_eq!(found("Acme is a French indie rock / art rock singer.", &french), None);
        // A firm named by its people; modifiers joined by "and".
        let before = [("French", FRANCE, Country), ("Acme", 0, Organization)];
        assert_eq!(found("The London office of French bankers Acme closed.", &before), Some(FRANCE));
        assert_eq!(found("He bought French stone and concrete maker Acme.", &before), Some(FRANCE));
        assert_eq!(found("French bus and passenger rail operator Acme said.", &before), Some(FRANCE));
        assert_eq!(found("French fans of the bus and rail operator Acme said.", &before), None);
        assert_eq!(found("The French players Acme lost.", &before), None);
        assert_eq!(found("He bought French and maker Acme.", &before), None);
        let edm = [("Acme", 0, Organization), ("France", FRANCE, Country), ("EDM", 1, Organization)];
        assert_eq!(found("Acme is a France - based EDM event company.", &edm), Some(FRANCE));
        for text in ["Acme is a French TV star.", "Acme is a French Open winner's company.", "Acme is a French and / or German firm."] {
            assert_eq!(found(text, &french), None, "{text}");
        }
        assert_eq!(
            found(
                "The Acme are a junior hockey team based in Lyon, France.",
                &[("Acme", 0, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)]
            ),
            Some(FRANCE)
        );
    }

    #[test]
    fn listed_organizations_and_place_chains() {
        let clubs = [("France", FRANCE, Country), ("Acme FC", 0, Organization), ("Acme United", 1, Organization)];
        let v = view("He played for several club teams in France such as Acme FC and Acme United.", &clubs);
        let france = |country: CountryRef| (country.alpha2 == "FR").then_some(FRANCE);
        for org in 1..3 {
            assert_eq!(based_in(&v, org, &france).map(|(c, _)| c), Some(FRANCE), "listed after the kind in the country");
        }
        let v = view("He played against teams in France such as Acme FC.", &clubs[..2]);
        assert_eq!(based_in(&v, 1, &france).map(|(c, _)| c), Some(FRANCE));
        let v = view("Fans in France such as Acme FC members sang.", &clubs[..2]);
        assert_eq!(based_in(&v, 1, &france), None, "fans are no kind of organization");
        assert_eq!(
            found(
                "animation by Acme Inc., Lyon, France and others",
                &[("Acme Inc.", 0, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)]
            ),
            Some(FRANCE)
        );
        assert_eq!(
            found("Acme, France and Spain signed.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            None,
            "a country right after a comma may be the next of a list"
        );
    }

    #[test]
    fn the_verb_after_a_description_is_the_subject_s_not_a_name_in_it() {
        let mentions = [("Beta", 1, Organization), ("Acme", 0, Organization), ("France", FRANCE, Country)];
        let v = view("Beta, a subsidiary of Acme, is headquartered in France.", &mentions);
        let france = |c: CountryRef| (c.alpha2 == "FR").then_some(FRANCE);
        assert_eq!(based_in(&v, 1, &france).map(|(c, _)| c), None, "Acme is not the subject");
        let v = view("Beta, a subsidiary of Acme, which is headquartered in France, grew.", &mentions);
        assert_eq!(based_in(&v, 1, &france).map(|(c, _)| c), Some(FRANCE), "a relative clause is the name's own");
    }

    #[test]
    fn a_country_in_a_tokenized_parenthesis() {
        let acme = [("Acme", 0, Organization), ("France", FRANCE, Country)];
        assert_eq!(found("In Lyon : Acme ( France ) 5 Beta 0", &acme), Some(FRANCE));
        assert_eq!(found("In Lyon : Acme ( France and Spain ) 5", &acme), None);
    }

    #[test]
    fn a_rank_before_a_country_s_kind_of_organization() {
        let france = |text: &str| found(text, &[("Acme", 0, Organization), ("France", FRANCE, Country)]);
        assert_eq!(france("Acme, France's No. 2 carmaker, cut jobs."), Some(FRANCE));
        assert_eq!(france("Acme, France's number two bank, cut jobs."), Some(FRANCE));
        assert_eq!(france("Acme, France's No. 2 official, cut jobs."), None);
    }

    #[test]
    fn an_opening_participle_states_the_base_of_the_main_clause_s_subject() {
        let lyon = |text: &str| found(text, &[("Lyon", 3, EntityType::Location), ("Acme", 0, Organization)]);
        let france = |text: &str| found(text, &[("France", FRANCE, Country), ("Acme", 0, Organization)]);
        assert_eq!(france("Based in France, Acme sells luxury goods."), Some(FRANCE));
        assert_eq!(lyon("Headquartered in Lyon, Acme employs 900 people."), Some(FRANCE));
        assert_eq!(lyon("Founded in Lyon in 1946, the Acme makes tyres."), Some(FRANCE));
        assert_eq!(lyon("Originally founded in 1946 in Lyon, Acme grew."), Some(FRANCE));
        let chain = [("Lyon", 3, EntityType::Location), ("France", FRANCE, Country), ("Acme", 0, Organization)];
        assert_eq!(found("Based in Lyon, France, Acme sells cars.", &chain), Some(FRANCE));
        assert_eq!(found("Founded in Lyon, France, in 1990, Acme sells cars.", &chain), Some(FRANCE));
        // Not a base: someone else's place, a visit, or the organization not the subject.
        assert_eq!(lyon("Born in Lyon, Acme's founder moved away."), None);
        assert_eq!(france("Based in France for a year, Acme's staff left."), None);
        assert_eq!(lyon("In Lyon, Acme opened a store."), None);
        let other = [("Lyon", 3, EntityType::Location), ("Beta", 1, Organization), ("Acme", 0, Organization)];
        let v = view("Based in Lyon, Beta bought Acme.", &other);
        assert_eq!(based_in(&v, 2, &|c: CountryRef| (c.alpha2 == "FR").then_some(FRANCE)), None);
    }

    #[test]
    fn a_label_or_broadcaster_releasing_a_work_in_a_country() {
        let country_first = |text: &str| found(text, &[("France", FRANCE, Country), ("Acme Records", 0, Organization)]);
        let label_first = |text: &str| found(text, &[("Acme Records", 0, Organization), ("France", FRANCE, Country)]);
        assert_eq!(country_first("It was released as a double album in France on 14 December 1979 by Acme Records."), Some(FRANCE));
        assert_eq!(label_first("It first aired on Acme Records in France on 5 December 1991."), Some(FRANCE));
        assert_eq!(label_first("It was released on Acme Records in France."), Some(FRANCE));
        // The second country of the same release.
        assert_eq!(
            country_first("It was released as a double album in Spain on 14 December 1979 by Beta Records, and in France in January 1980 by Acme Records."),
            Some(FRANCE)
        );
        assert_eq!(country_first("It was released in Spain in 1979 by Beta, and in France Acme Records bought it."), None);
        // Not a demonym, not a work not released there, not past a clause break.
        assert_eq!(
            found("It was released by Acme Records in French.", &[("Acme Records", 0, Organization), ("French", FRANCE, Country)]),
            None
        );
        assert_eq!(country_first("He was born in France by the sea near Acme Records."), None);
        assert_eq!(country_first("It was released in France; Acme Records sued."), None);
    }

    #[test]
    fn headquarters_licences_and_founding_places() {
        let place = |text: &str| {
            let mentions = [("Acme", 0, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)];
            found(text, &mentions)
        };
        for text in [
            "Acme has its headquarters in Lyon, France.",
            "Acme, whose headquarters are in Lyon, France, makes robots.",
            "Acme was a radio station licensed to Lyon, France.",
            "Acme, founded in 1950 in Lyon, France, builds cars.",
            "Acme is an airline headquartered at Orly Airport in Lyon, France.",
        ] {
            let text = text.replace("Orly Airport in ", "");
            assert_eq!(place(&text), Some(FRANCE), "{text}");
        }
        let chain = [
            ("Acme", 0, Organization),
            ("Orly Airport", 2, EntityType::Location),
            ("Lyon", 3, EntityType::Location),
            ("France", FRANCE, Country),
        ];
        assert_eq!(found("Acme is an airline headquartered at Orly Airport in Lyon, France.", &chain), Some(FRANCE));
        for text in [
            "Acme has its fans in Lyon, France.",
            "Acme, whose owner lives in Lyon, France, makes robots.",
            "Acme founded a plant in Lyon, France.",
        ] {
            assert_eq!(place(text), None, "{text}");
        }
    }

    #[test]
    fn mere_neighbours_are_not_bases() {
        assert_eq!(found("Acme sold cars in France", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), None);
        assert_eq!(found("Acme, a delegate from France, spoke.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), None);
        assert_eq!(found("They beat Acme at home in France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), None);
        assert_eq!(
            found("from the Acme Journal in French, 10 June", &[("Acme Journal", 0, Organization), ("French", FRANCE, Country)]),
            None,
            "a language"
        );
        assert_eq!(found("France and Acme agreed", &[("France", FRANCE, Country), ("Acme", 0, Organization)]), None);
        assert_eq!(found("Acme is a French wine importer.", &[("Acme", 0, Organization), ("French", FRANCE, Country)]), None);
        assert_eq!(found("French fans of the band Acme sang", &[("French", FRANCE, Country), ("Acme", 0, Organization)]), None);
        assert_eq!(
            found("France's team beat the visiting club, Acme said.", &[("France", FRANCE, Country), ("Acme", 0, Organization)]),
            None
        );
        assert_eq!(found("the Labor Party (PT) won", &[("Labor Party", 0, Organization), ("PT", FRANCE, Country)]), None);
        assert_eq!(
            found(
                "Acme sold cars in Lyon and France.",
                &[("Acme", 0, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)]
            ),
            None
        );
        assert_eq!(found("Acme was founded by Jane Roe of France.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), None);
        assert_eq!(found("Acme sold a French company.", &[("Acme", 0, Organization), ("French", FRANCE, Country)]), None);
        assert_eq!(found("the Acme of France ruled", &[("Acme of France", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the Royal French Navy sailed", &[("Royal French Navy", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("Air France flew", &[("Air France", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("Dynamo Paris won", &[("Dynamo Paris", 0, Organization)]), None, "a closing capital may be another city's name");
        assert_eq!(found("Acme French won", &[("Acme French", 0, Organization)]), None, "a demonym closes no name of a place");
        assert_eq!(found("the Imperial France Bank lent", &[("Imperial France Bank", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the Royal Acme Society met", &[("Royal Acme Society", 0, Organization)]), None);
        assert_eq!(found("the Royal Society met", &[("Royal Society", 0, Organization)]), None);
        assert_eq!(found("Acme S.A. said", &[("Acme S.A.", 0, Organization)]), None, "a legal form is no country code");
        assert_eq!(found("Acme FR said", &[("Acme FR", 0, Organization)]), None, "nor is a closing code");
        assert_eq!(found("the Embassy of France said", &[("Embassy of France", 0, Organization)]), None, "a mission abroad");
        assert_eq!(found("at Paris State University", &[("Paris State University", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the University of Paris said", &[("University of Paris", 0, Organization)]), Some(FRANCE));
        assert_eq!(found("the Paris said", &[("Paris", 0, Organization)]), None, "a capital alone is the city or its government");
        assert_eq!(
            found("the Acme of Belgium and France ruled", &[("Acme of Belgium and France", 0, Organization)]),
            None,
            "not one country after of"
        );
        assert_eq!(found("Acme (France) sold cars to Spain.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]), Some(FRANCE));
        assert_eq!(
            found("Acme (founded in France) sold cars.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            None,
            "a parenthesis is read past, not read"
        );
        assert_eq!(
            found(
                "Acme sold cars in Lyon, which exported them to France.",
                &[("Acme", 0, Organization), ("Lyon", 3, EntityType::Location), ("France", FRANCE, Country)]
            ),
            None
        );
        assert_eq!(
            found("Acme, the first visitor from France, came.", &[("Acme", 0, Organization), ("France", FRANCE, Country)]),
            None,
            "not a kind of organization"
        );
        // A country name no entity holds.
        assert_eq!(found("the German Foreign Ministry said", &[("German Foreign Ministry", 0, Organization)]), None);
    }
}
