//! Titles before a name: "US Secretary of State X", "NATO's Secretary-General X", "Chinese
//! Foreign Minister X", "DW's Washington correspondent X" (a possessive owner wins over a
//! place), "Secretary of State of Z X", a title set off by a comma ("NATO's chief, X"), and a
//! bare possessive ("Z's X", no role).
//!
//! The title phrase ends at a clause break or at another person, so a neighbour's title is
//! never borrowed.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::confidence;
use super::sentence::{
    after_possessive, gap_is_names, is_affiliate, is_title_filler, its_antecedent, starts_with_possessive, Found, Placed, SentenceView,
};
use crate::link::countries;
use crate::link::EntityType;
use crate::text::roles::{find_roles, is_occupation_word, is_role_word, only_honorifics, RoleMatch};

/// What may follow a role in a title before the name: the capitalised portfolio it is of
/// (" of War ", " of Foreign Affairs ", " of Finance and Economy ").
static PORTFOLIO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*of\s+(the\s+)?\p{Lu}[\p{L}-]*(\s+(and\s+|&\s+)?\p{Lu}[\p{L}-]*){0,3}\s*$").expect("valid regex"));

/// Whether `gap` (after a role) is the capitalised portfolio the role is of: " of Foreign
/// Affairs ".
pub(super) fn is_portfolio(gap: &str) -> bool {
    PORTFOLIO.is_match(gap)
}

/// From an organization or a country to its own role before a name, through "its": " said
/// its ", " and its ", " announced on Monday that its " ("Acme said its chairman, X, would
/// retire", "France said its ambassador, X, ...").
static ITS_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*(said|says|announced|announces|reported|reports|confirmed|confirms|added|adds|and)\s+((on|late|early)\s+\p{L}+\s+)?(that\s+)?its\s+([a-z-]+\s+)?$")
        .expect("valid regex")
});

/// A copula right before the name: " is ", " was ", " has been ".
static COPULA_BEFORE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s(is|was|has\s+been|had\s+been|remains|became)\s+$").expect("valid regex"));

/// Affiliations that a title before `view.placed[index]` (a person) states.
pub fn title_before_name(view: &SentenceView, index: usize) -> Option<Found> {
    let name_start = view.placed[index].span.start;
    title_ending_at(view, index, name_start).or_else(|| {
        // "Another Acme employee, attorney X": a second, bare title of the person after the
        // comma; the first is the one with an owner.
        let before = view.text[..name_start].trim_end();
        let comma = before.rfind(',')?;
        let second = before[comma + 1..].trim();
        let words: Vec<&str> = second.split_whitespace().collect();
        let bare_title = (1..=3).contains(&words.len())
            && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            && words.last().is_some_and(|w| is_occupation_word(w) || find_roles(w).len() == 1);
        bare_title.then(|| title_ending_at(view, index, comma + 1)).flatten()
    })
}

/// "Acme chairman A and chief executive B", "Stones guitarist A and drummer B": the next name of
/// a list (`gap` after the previous one, whose title is `previous`) with a role of its own
/// written before it shares the owner when the role is a post there, or a band's instrument
/// after another's (not "and actor B").
pub fn owner_shared_with_own_post(gap: &str, previous: &Found) -> Option<Found> {
    let first = previous.role.as_deref()?;
    let trimmed = gap.trim_end();
    let post = find_roles(trimmed).into_iter().find(|m| m.span.end == trimmed.len());
    let role = post
        .map(|m| (m.role, &trimmed[..m.span.start]))
        .or_else(|| super::sentence::role_before_name(gap).map(|role| (role, super::sentence::without_role_before_name(gap))))
        .filter(|(_, rest)| super::sentence::is_list_gap(rest))
        .map(|(role, _)| role)?;
    let a_post = role.rsplit(' ').next().is_some_and(is_role_word);
    let instruments = super::membership::is_musician(role) && super::membership::is_musician(first);
    (a_post || instruments).then(|| Found { role: Some(Cow::Owned(role.to_string())), confidence: confidence::LISTED, ..previous.clone() })
}

/// The organizations listed right before the owner of `title` (the title before
/// `view.placed[index]`): "Former Arsenal and Chelsea goalkeeper X" holds the role at each
/// (`Some`, the others' edges). A title in the plural ("Acme and Beta chief executives A and
/// B") does not say who holds it where: `None`, the title is not read.
pub fn listed_title_owners(view: &SentenceView, index: usize, title: &Found) -> Option<Vec<Found>> {
    let person_start = view.placed[index].span.start;
    let Some(at) = view.placed[..index].iter().rposition(|p| p.entity == title.target && p.span.end <= person_start) else {
        return Some(Vec::new());
    };
    let owner = &view.placed[at];
    let first = super::sentence::list_start_where(view, at, |gap| super::sentence::is_list_gap(gap) && !gap.contains('\''));
    if first == at || owner.kind != EntityType::Organization || starts_with_possessive(view.text, owner.span.end).is_some() {
        return Some(Vec::new());
    }
    if title.role.as_deref().is_none_or(super::sentence::is_plural_occupation) {
        return None;
    }
    Some(view.placed[first..at].iter().map(|p| Found { target: p.entity, confidence: confidence::LISTED, ..title.clone() }).collect())
}

/// Regex text: a region's office (group `office`; group `mayor`, the one office of a city).
const REGIONAL_OFFICES: &str = r"(?P<office>(lieutenant\s+|lt\.\s+)?governor(-elect)?|(state\s+)?senator|attorney\s+general|secretary\s+of\s+state|premier|(state\s+)?representative|congress(wo)?man|assembly(wo)?man|(?P<mayor>mayor))";

/// A region's office right before a name ("Alabama Governor George Wallace", "Ontario's Premier
/// X", "Texas state senator X"), or a city's mayor ("Chicago Mayor X"): maybe "then-" or
/// "former" before the office.
static REGIONAL_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"(?i)^(\s*'s|’s)?\s+((then-|former\s+|then\s+)?", REGIONAL_OFFICES, r")\s+$"].concat()).expect("valid regex")
});

/// The office right after a region, in a description of the person after their name: "X, 60,
/// is a three-term Colorado governor", "X, a former Texas state senator,".
static OFFICE_AFTER_REGION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[r"(?i)^\s+", REGIONAL_OFFICES, r"\b"].concat()).expect("valid regex"));

/// A region's office right before a name that the region follows after "of": "Senator X of
/// North Carolina", "then-Governor X of Texas", "Mayor X of Chicago" (the end of what comes
/// before the name).
static OFFICE_BEFORE_NAME_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[r"(?i)(^|[\s(])((then-|former\s+|then\s+)?", REGIONAL_OFFICES, r")\s+$"].concat()).expect("valid regex"));

/// From the person to the region in their description: ", a former ", " , 60 , is a
/// three-term ".
static DESCRIPTION_BEFORE_REGION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*,\s*\d{1,3}\s*,)?\s*(,\s*|,?\s*(who\s+)?(is|was|became)\s+)(an?|the)\s+([a-z0-9-]+\s+){0,2}$").expect("valid regex")
});

/// The country of the region (or city) whose office `view.placed[index]` (a person) holds, by
/// the title right before the name or the description right after it, with the office:
/// "Alabama Governor George Wallace" and "Lamm is a three-term Colorado governor" are of the
/// United States. A region is no country, so the patterns that read owners do not.
pub fn regional_office_held(view: &SentenceView, index: usize) -> Option<(countries::CountryRef, String)> {
    let person = view.placed[index].span;
    let before = view.placed[..index].iter().rev().find(|p| p.span.end <= person.start).and_then(|place| {
        let captures = REGIONAL_OFFICE.captures(view.between(place.span.end, person.start))?;
        Some((place, captures))
    });
    let after = || {
        let place = view.placed.get(index + 1)?;
        DESCRIPTION_BEFORE_REGION.is_match(view.between(person.end, place.span.start)).then_some(())?;
        Some((place, OFFICE_AFTER_REGION.captures(&view.text[place.span.end..])?))
    };
    // "Senator X of North Carolina": the office before the name, the region after "of".
    let office_then_of = || {
        let place = view.placed.get(index + 1)?;
        (view.between(person.end, place.span.start) == " of ").then_some(())?;
        let lead_start = view.placed[..index].last().map_or(0, |p| p.span.end);
        Some((place, OFFICE_BEFORE_NAME_OF.captures(&view.text[lead_start..person.start])?))
    };
    let (place, captures) = before.or_else(after).or_else(office_then_of)?;
    if place.kind != EntityType::Location {
        return None;
    }
    let country = if captures.name("mayor").is_some() {
        countries::country_of_city(place.text).filter(|_| countries::country_of_region(place.text).is_none())
    } else {
        countries::country_of_region(place.text)
    }?;
    let office = captures["office"].split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    Some((country, office))
}

/// A title that ends right before `name_start`, where `view.placed[index]` (a person) starts
/// or a second title of theirs does.
fn title_ending_at(view: &SentenceView, index: usize, name_start: usize) -> Option<Found> {
    let text = view.text;
    let placed = &view.placed;
    let before = &text[..name_start];
    let before_trimmed = before.trim_end();
    // "The principal of Overbrook is X", "Acme's chairman was X": the title as the subject of
    // a copula is set off as by a comma.
    let copula = COPULA_BEFORE_NAME.find(before).map(|m| m.start());
    let comma_apposition = before_trimmed.ends_with(',') || copula.is_some();
    let phrase_end = match copula {
        Some(start) => start,
        None if comma_apposition => before_trimmed.len() - 1,
        None => before.len(),
    };
    let (clause_start, read_through) = title_clause_start(text, placed, phrase_end);
    // The phrase also ends at the previous person: a neighbour's title is not ours.
    let previous_person_end = placed[..index]
        .iter()
        .filter(|p| p.kind == EntityType::Person)
        .map(|p| p.span.end)
        .filter(|&end| end <= phrase_end)
        .max()
        .unwrap_or(0);
    let phrase_start = clause_start.max(previous_person_end);
    if phrase_start >= phrase_end {
        return None;
    }
    let phrase = &text[phrase_start..phrase_end];
    // "The film stars A as the IDF soldier, B as the cashier": a cast list's role right after a
    // person and "as" is that person's part, not the next name's title.
    let as_after_person = previous_person_end > 0 && phrase_start == previous_person_end && phrase.trim_start().starts_with("as ");
    if as_after_person {
        return None;
    }
    let roles: Vec<RoleMatch> = find_roles(phrase);
    // "the spokesperson of the Chinese foreign ministry X": a demonym's state body after the
    // owner, which stands for the country (not a party: "chairman of the Russian liberal
    // democratic party X" chairs the party).
    // ("The Speaker of Bangladesh's parliament, X": a country's possessive, too.)
    let demonym_s_body = |p: &Placed| {
        let possessive = starts_with_possessive(text, p.span.end).filter(|_| p.kind == EntityType::Country);
        let words: Vec<&str> = text[p.span.end + possessive.unwrap_or(0)..phrase_end].split_whitespace().collect();
        (countries::by_demonym(p.text).is_some() || possessive.is_some())
            && (1..=3).contains(&words.len())
            && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            && crate::text::roles::ends_with_state_body(&words)
    };
    // The role must close the phrase: only filler may follow it before the name, or the
    // portfolio it is of ("United States Secretary of War X", "Minister of Finance and Economy X").
    // A rank or honorific may stand between ("Coast Guard spokesman Lt. X"), or the
    // organization the role is of may close the phrase ("The president of the Bosnian
    // Association for Refugees, X").
    let of_named_owner = |at: usize| {
        placed[..index].iter().any(|p| {
            is_affiliate(p.kind)
                // ("Prime Minister of Japan (Count) X": a title of address may follow it.)
                && (only_honorifics(&text[p.span.end..phrase_end]) || demonym_s_body(p))
                && p.span.start >= at
                && is_role_to_owner_gap(&text[at..p.span.start], comma_apposition)
        })
    };
    let role = roles
        .last()
        .filter(|r| {
            let rest = &phrase[r.span.end..];
            rest.trim().is_empty() || PORTFOLIO.is_match(rest) || only_honorifics(rest) || of_named_owner(phrase_start + r.span.end)
        })
        .cloned();
    // A name in a parenthesis read through is the owner's acronym or a code ("Labor Party (PT)").
    let in_read_through = |p: &Placed| read_through.iter().any(|r| r.contains(&p.span.start));
    let candidates: Vec<&Placed> = placed[..index]
        .iter()
        .filter(|p| is_affiliate(p.kind) && p.span.start >= phrase_start && p.span.end <= phrase_end)
        .filter(|p| !in_read_through(p))
        .collect();
    match (&role, occupation_head(phrase)) {
        (Some(role), _) => {
            let role_span = role.span.shifted(phrase_start);
            let role_as_written = role_span.slice(text);
            // The words between an owner and the role, without a parenthesis the title reads
            // through.
            let owner_gap = |p: &Placed| {
                let gap = after_possessive(text, p.span.end, role_span.start);
                read_through
                    .iter()
                    .find(|r| r.start >= p.span.end && r.end <= role_span.start)
                    .map_or(Cow::Borrowed(gap), |r| Cow::Owned(format!("{}{}", &text[p.span.end..r.start], &text[r.end..role_span.start])))
            };
            // Owners before the role: a possessive one wins (past a demonym: "Acme's French
            // chief executive X"), else the nearest.
            let past_demonym = possessor_past_demonym(text, &candidates, role_span.start)
                .filter(|(_, demonym_end)| text[*demonym_end..role_span.start].split_whitespace().all(is_title_filler))
                .map(|(organization, _)| organization);
            let owner = past_demonym.or_else(|| {
                candidates
                    .iter()
                    .filter(|p| p.span.end <= role_span.start)
                    .filter(|p| {
                        let gap = owner_gap(p);
                        // A capital read as its country takes no modifier: "Belgrade airport General
                        // Director X" directs the airport.
                        let capital = countries::by_capital(p.text).is_some();
                        let fits = if capital {
                            is_title_filler(&gap)
                        } else {
                            is_owner_to_role_gap(&gap) || capitalised_portfolio(&gap, role_as_written).is_some()
                        };
                        let its = ITS_OWNER.is_match(&gap);
                        // (Not "Prime Minister A of Canada and President B": an "and" right after
                        // the owner joins another person's title.)
                        let joins_another = matches!(gap.split_whitespace().next(), Some("and" | "&"));
                        (fits || its || gap_is_names(view, p.span.end, role_span.start)) && !joins_another
                    })
                    .max_by_key(|p| (starts_with_possessive(text, p.span.end).is_some(), p.span.start))
                    .copied()
            });
            // "Iraqi Oil Minister X": the portfolio is part of the role's name.
            let portfolio = owner
                .filter(|p| countries::by_capital(p.text).is_none())
                .and_then(|p| capitalised_portfolio(&owner_gap(p), role_as_written).map(str::to_string));
            let role_label = match portfolio {
                Some(portfolio) => Cow::Owned(format!("{portfolio} {role_as_written}")),
                None => Cow::Borrowed(role.role),
            };
            // "Secretary of State of Z X", "Prime Minister of Z X".
            let after_role = candidates
                .iter()
                .find(|p| p.span.start >= role_span.end && is_role_to_owner_gap(&text[role_span.end..p.span.start], comma_apposition));
            // "the Shining Path, weakened since the capture of its leader X": "its" right before
            // the role is the one organization or country the sentence names before it, past
            // the clause (not where two are named: "Iran asked Germany to extradite its former
            // president X").
            let its_antecedent = || {
                let lead = text[..role_span.start].trim_end().to_lowercase();
                let its = lead.ends_with(" its") || lead.rsplit_once(" its ").is_some_and(|(_, modifier)| !modifier.contains(' '));
                its.then(|| its_antecedent(view, index, role_span.start)).flatten()
            };
            owner.or(after_role.copied()).or_else(its_antecedent).map(|owner| Found {
                target: owner.entity,
                role: Some(role_label),
                confidence: if comma_apposition { confidence::TITLE_SET_OFF_BY_COMMA } else { confidence::TITLE_BEFORE_NAME },
            })
        }
        (None, Some((occupation_start, occupation))) => {
            // "ABBA composers X", "fellow PPGE activists X": an organization, then the
            // occupation its people share, right before the name.
            let occupation_start = phrase_start + occupation_start;
            let (owner, gap) = match possessor_past_demonym(text, &candidates, occupation_start) {
                Some((organization, demonym_end)) => (organization, &text[demonym_end..occupation_start]),
                None => {
                    let owner = *candidates.iter().rev().find(|p| p.span.end <= occupation_start)?;
                    (owner, after_possessive(text, owner.span.end, occupation_start))
                }
            };
            // At most one modifier ("lead singer"), never a verb or an article.
            let words: Vec<&str> = gap.split_whitespace().collect();
            let modifiers = words.len() <= 1 && words.iter().all(|w| is_role_modifier(w));
            (owner.kind == EntityType::Organization && modifiers).then(|| Found {
                target: owner.entity,
                role: Some(Cow::Owned(occupation.to_lowercase())),
                confidence: confidence::TITLE_BEFORE_NAME,
            })
        }
        (None, None) => {
            // "Z's X": a possessive owner right before the name.
            let owner = candidates.last()?;
            let gap = &text[owner.span.end..phrase_end];
            let n = starts_with_possessive(text, owner.span.end)?;
            (gap.get(n..)?.trim().is_empty() && !comma_apposition).then_some(Found {
                target: owner.entity,
                role: None,
                confidence: confidence::POSSESSIVE_OWNER,
            })
        }
    }
}

/// Words of a post's standing before a demonym: "Milan's new Uruguayan coach".
const STANDING_BEFORE_A_DEMONYM: &[&str] =
    &["new", "former", "veteran", "longtime", "interim", "caretaker", "current", "then", "young", "experienced"];

/// "Manchester United's Dutch defender X": the last two candidates before `at` are an
/// organization with its possessive and, right after it, a demonym (the person's nationality,
/// which the nationality family reads); the organization and where the demonym ends.
fn possessor_past_demonym<'a>(text: &str, candidates: &[&'a Placed<'a>], at: usize) -> Option<(&'a Placed<'a>, usize)> {
    let before: Vec<&&Placed> = candidates.iter().filter(|p| p.span.end <= at).collect();
    let [.., organization, demonym] = before[..] else { return None };
    // ("Milan's new Uruguayan coach X": a word of standing may come first.)
    let standing = |words: &str| words.split_whitespace().all(|w| STANDING_BEFORE_A_DEMONYM.contains(&w));
    let possessed =
        starts_with_possessive(text, organization.span.end).is_some_and(|n| standing(&text[organization.span.end + n..demonym.span.start]));
    let is_demonym = demonym.kind == EntityType::Country && countries::by_demonym(demonym.text).is_some();
    (possessed && is_demonym && organization.kind == EntityType::Organization).then_some((*organization, demonym.span.end))
}

/// Whether `gap` leads from a role to its owner: "of", and in a title set off by a comma "for
/// the" ("A spokeswoman for Acme, X") or "at" (not "director for Rep. X", a role of someone
/// else's office before the name); a portfolio written in lower case may come first ("the
/// minister of foreign affairs of Russia X", as machine translation writes it).
fn is_role_to_owner_gap(gap: &str, set_off_by_comma: bool) -> bool {
    static LOWER_PORTFOLIO_THEN_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^of\s+(?P<portfolio>[a-z][a-z-]*(\s+(and\s+)?[a-z][a-z-]*){0,2})\s+of(\s+the)?$").expect("valid regex")
    });
    match gap.trim().to_lowercase().as_str() {
        "of" | "of the" => true,
        "for" | "for the" | "at" | "at the" => set_off_by_comma,
        // (Not a body with its article: "the president of the board of Acme" is the board's.)
        _ => LOWER_PORTFOLIO_THEN_OF
            .captures(gap.trim())
            .is_some_and(|c| !c["portfolio"].split_whitespace().any(|w| matches!(w, "the" | "a" | "an"))),
    }
}

/// Where the clause that ends at `end` starts: after the last clause break, except a
/// parenthesis that spells out or abbreviates the organization right before it, which the
/// title reads through ("PAN (National Action Party) candidate X", "CHP (Republican People's
/// Party) leader X"); with the parentheses read through, brackets included.
fn title_clause_start(text: &str, placed: &[Placed], end: usize) -> (usize, Vec<std::ops::Range<usize>>) {
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '“' | '”' | '"' | '(' | ')' | '—' | '–');
    // (A comma inside a name is no break: "BioVest Research, Inc's analyst X".)
    let inside_a_name = |at: usize| placed.iter().any(|p| p.span.start < at && at < p.span.end);
    let mut end = end;
    let mut read_through = Vec::new();
    loop {
        let Some((at, c)) = text[..end].char_indices().rfind(|&(at, c)| is_break(c) && !inside_a_name(at)) else {
            return (0, read_through);
        };
        let open = (c == ')').then(|| text[..at].rfind('(')).flatten();
        let named_before = open.and_then(|open| {
            // The parenthesis holds one name and nothing else: "(PT)", not "(a rival of Beta)".
            let inside = text[open + 1..at].trim();
            let one_name = placed.iter().any(|p| is_affiliate(p.kind) && &text[p.span.start..p.span.end] == inside);
            let before = text[..open].trim_end();
            placed.iter().find(|p| is_affiliate(p.kind) && p.span.end == before.len()).filter(|_| one_name)
        });
        // "Prime Minister of Japan (Count) X": a title of address in parentheses.
        if let Some(open) = open.filter(|&open| !text[open + 1..at].trim().is_empty() && only_honorifics(&text[open + 1..at])) {
            end = open;
            continue;
        }
        match (named_before, open) {
            (Some(organization), Some(open)) => {
                read_through.push(open..at + 1);
                end = organization.span.start;
            }
            _ => return (at + c.len_utf8(), read_through),
        }
    }
}

/// Whether `word` may modify a role or occupation between its organization and it ("lead" in
/// "ABBA lead singer", "press" in "White House press secretary"): a lower-case word that is no
/// article, preposition or verb ("Acme thanked spokesman X", "Acme says spokesman X").
fn is_role_modifier(word: &str) -> bool {
    const NOT_MODIFIERS: &[&str] = &[
        "the", "a", "an", "of", "and", "or", "but", "met", "with", "by", "for", "to", "from", "at", "in", "on", "as", "when", "saw",
        "told", "said", "hit", "beat", "let", "put", "quit", "named", "who", "that", "which", "whose", "his", "her", "its", "their",
    ];
    // A word in -s is a verb ("says", "thanks") unless it is one of these nouns.
    const PLURAL_MODIFIERS: &[&str] =
        &["arms", "news", "sales", "sports", "affairs", "operations", "communications", "relations", "press", "business", "overseas"];
    word.chars().all(|c| c.is_lowercase() || c == '-')
        && !word.ends_with("ed")
        && !NOT_MODIFIERS.contains(&word)
        && (!word.ends_with('s') || PLURAL_MODIFIERS.contains(&word))
}

/// Whether `gap` (between an owner and its role before the name) is title filler, with at most
/// one word that modifies the role: "'s deputy press ", " financial ".
fn is_owner_to_role_gap(gap: &str) -> bool {
    let words: Vec<&str> = gap.split_whitespace().collect();
    // "Acme Chairman and Chief Executive X": a role coordinated with the one before the name.
    let coordinated = words.contains(&"and");
    let unfilled: Vec<&str> = words.iter().copied().filter(|w| !(is_title_filler(w) || coordinated && is_role_word(w))).collect();
    // With a modifier or two, no preposition: "the Republican administration of President X"
    // is no title; "PKK central committee member X" is.
    // (Two are nouns or adjectives, not a clause: "as Treasury secretary if President X".)
    let plain = |w: &&str| is_role_modifier(w) && (unfilled.len() == 1 || !(crate::text::words::is_function_word(w) || is_role_word(w)));
    let modified = (1..=2).contains(&unfilled.len()) && unfilled.iter().all(plain) && !words.iter().any(|w| matches!(*w, "of" | "for"));
    words.len() <= 4 && (unfilled.is_empty() || modified)
}

/// The capitalised portfolio between an owner and a capitalised role, one or two words: "Oil"
/// in "Iraqi Oil Minister X", "Colonial" in "British Colonial Secretary Lord X", "Supreme
/// Allied" in "NATO Supreme Allied Commander X". Trimmed; none when the role is written in lower
/// case ("Acme Board chairman") or a word is not capitalised.
fn capitalised_portfolio<'t>(gap: &'t str, role_as_written: &str) -> Option<&'t str> {
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.all(|c| c.is_lowercase() || c == '-')
    };
    let words = gap.split_whitespace().count();
    let fits = (1..=2).contains(&words) && gap.split_whitespace().all(capitalised) && role_as_written.starts_with(char::is_uppercase);
    fits.then(|| gap.trim())
}

/// The occupation noun that closes a title phrase ("ABBA composers "), with its offset.
fn occupation_head(phrase: &str) -> Option<(usize, &str)> {
    let trimmed = phrase.trim_end();
    let start = trimmed.rfind(' ').map(|i| i + 1).unwrap_or(0);
    let word = &trimmed[start..];
    // ("California Highway Patrol Officer X": capitalised as a title before the name.)
    let written_as_a_word = word.chars().all(|c| c.is_lowercase() || c == '-') || crate::text::words::is_capitalised(word);
    (is_occupation_word(word) && written_as_a_word).then_some((start, word))
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::{target_and_table_role, view};
    use super::*;
    use EntityType::{Country, Organization, Person};

    fn found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Option<(usize, Option<&'static str>)> {
        let v = view(text, mentions);
        let person = v.placed.iter().rposition(|p| p.kind == Person).unwrap();
        title_before_name(&v, person).map(target_and_table_role)
    }

    #[test]
    fn a_cast_list_s_part_is_the_previous_actor_s() {
        let cast = [("Ann Lee", 2, Person), ("Acme", 1, Organization), ("Jane Roe", 0, Person)];
        let v = view("The film stars Ann Lee as the Acme soldier, Jane Roe as the cashier.", &cast);
        assert_eq!(title_before_name(&v, 2), None);
        let v = view("The talks began; the Acme soldier, Jane Roe, spoke.", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(title_before_name(&v, 1).is_some(), "no cast list");
    }

    #[test]
    fn a_club_s_position_or_a_firm_s_analyst_before_the_name() {
        let title = |text: &str, name: &'static str| {
            let v = view(text, &[(name, 1, Organization), ("Jane Roe", 0, Person)]);
            title_before_name(&v, 1).map(|f| (f.target, f.role.unwrap_or_default().into_owned()))
        };
        assert_eq!(title("Acme Cubs right fielder Jane Roe had surgery.", "Acme Cubs"), Some((1, "fielder".into())));
        assert_eq!(title("Acme Braves left-hander Jane Roe won.", "Acme Braves"), Some((1, "left-hander".into())));
        // A comma inside the firm's name is no clause break.
        assert_eq!(title("Acme Research , Inc 's analyst Jane Roe said.", "Acme Research , Inc"), Some((1, "analyst".into())));
        assert_eq!(title("Acme Research , and analyst Jane Roe said.", "Acme Research"), None);
        // An occupation capitalised as a title before the name; not one inside a longer name.
        assert_eq!(
            title("Trucks overturned, said Acme Highway Patrol Officer Jane Roe.", "Acme Highway Patrol"),
            Some((1, "officer".into()))
        );
        assert_eq!(title("Trucks overturned, said Acme Corp Agent Jane Roe.", "Acme Corp"), Some((1, "agent".into())));
        assert_eq!(title("Trucks overturned, said Acme Corp OFFICER Jane Roe.", "Acme Corp"), None, "not a word as written");
    }

    #[test]
    fn a_region_s_office_before_the_name_is_of_its_country() {
        let office = |text: &str, place: &'static str| {
            let v = view(text, &[(place, 1, EntityType::Location), ("Jane Roe", 0, Person)]);
            regional_office_held(&v, 1).map(|(country, office)| (country.alpha2, office))
        };
        assert_eq!(office("Alabama Governor Jane Roe spoke.", "Alabama"), Some(("US", "governor".into())));
        assert_eq!(office("Then Texas state senator Jane Roe spoke.", "Texas"), Some(("US", "state senator".into())));
        assert_eq!(office("Ontario's Premier Jane Roe spoke.", "Ontario"), Some(("CA", "premier".into())));
        assert_eq!(office("Chicago Mayor Jane Roe spoke.", "Chicago"), Some(("US", "mayor".into())));
        // Not a city's governor or senator, nor a region's mayor, nor a place without an office.
        assert_eq!(office("Chicago Governor Jane Roe spoke.", "Chicago"), None);
        assert_eq!(office("Texas Mayor Jane Roe spoke.", "Texas"), None);
        assert_eq!(office("In Alabama Jane Roe spoke.", "Alabama"), None);
        assert_eq!(office("Alabama fan Jane Roe spoke.", "Alabama"), None);
        // The description after the name.
        let after = |text: &str| {
            let v = view(text, &[("Jane Roe", 0, Person), ("Colorado", 1, EntityType::Location)]);
            regional_office_held(&v, 0).map(|(country, office)| (country.alpha2, office))
        };
        assert_eq!(after("Jane Roe , 60 , is a three-term Colorado governor who left office."), Some(("US", "governor".into())));
        assert_eq!(after("Jane Roe, a former Colorado state senator, spoke."), Some(("US", "state senator".into())));
        assert_eq!(after("Jane Roe met a Colorado governor."), None);
        // The office before the name, the region after "of".
        assert_eq!(after("It was blocked by Senator Jane Roe of Colorado, who held a powerful position."), Some(("US", "senator".into())));
        assert_eq!(after("Then-Governor Jane Roe of Colorado spoke."), Some(("US", "governor".into())));
        assert_eq!(after("Jane Roe of Colorado spoke."), None, "no office");
        assert_eq!(after("The senator met Jane Roe of Colorado."), None, "another's office");
        assert_eq!(after("Jane Roe is a Colorado native."), None);
    }

    #[test]
    fn a_role_with_its_portfolio_before_the_name() {
        let found_role = |text| found(text, &[("US", 1, Country), ("Jane Roe", 0, Person)]).map(|(target, _)| target);
        assert_eq!(found_role("Talks with US Secretary of War Jane Roe began."), Some(1));
        assert_eq!(found_role("Talks with US Minister of Finance and Economy Jane Roe began."), Some(1));
        assert_eq!(found_role("US Secretary of the peace talks Jane Roe spoke."), None, "not a capitalised portfolio");
    }

    #[test]
    fn a_title_as_the_subject_of_a_copula() {
        let acme = [("Acme", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("The chairman of Acme is Jane Roe.", &acme), Some((1, Some("chairman"))));
        assert_eq!(found("The current head of the Acme was Jane Roe, a lawyer.", &acme), Some((1, Some("head"))));
        assert_eq!(found("Acme's chief executive has been Jane Roe since 1990.", &acme), Some((1, Some("chief executive"))));
        assert_eq!(found("The fan of Acme is Jane Roe.", &acme), None, "no role");
        assert_eq!(found("Acme Chairman and Chief Executive Jane Roe said.", &acme), Some((1, Some("chief executive"))));
        assert_eq!(found("Acme central committee member Jane Roe said.", &acme), Some((1, Some("member"))));
        assert_eq!(found("Acme is Jane Roe's company.", &acme), None);
    }

    #[test]
    fn a_capitalised_portfolio_between_owner_and_role() {
        let title = |text: &'static str, owner: &'static str| {
            let v = view(text, &[(owner, 1, Country), ("Jane Roe", 0, Person)]);
            title_before_name(&v, 1).map(|f| (f.target, f.role.map(|r| r.into_owned())))
        };
        assert_eq!(title("Iraqi Oil Minister Jane Roe said", "Iraqi"), Some((1, Some("Oil Minister".into()))));
        assert_eq!(title("British Colonial Secretary Lord Jane Roe replied", "British"), Some((1, Some("Colonial Secretary".into()))));
        // Not a portfolio: a role in lower case, three words.
        assert_eq!(title("the Iraqi Oil minister Jane Roe said", "Iraqi"), None);
        assert_eq!(title("Iraqi State Oil Company Minister Jane Roe", "Iraqi"), None);
        // A capital read as its country takes no portfolio: "Belgrade Airport General Director X".
        assert_eq!(title("Belgrade Airport General Director Jane Roe said", "Belgrade"), None);
        // A lower-case modifier, as before, is no part of the role's name.
        assert_eq!(title("Iraqi oil Minister Jane Roe said", "Iraqi"), Some((1, Some("Minister".into()))));
    }

    #[test]
    fn law_officers_and_nobility_are_titles() {
        let people = |owner| [(owner, 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(found("US Attorney General Jane Roe arrived.", &people("US")), Some((1, Some("Attorney General"))));
        assert_eq!(found("the Spanish Solicitor General Jane Roe said", &people("Spanish")), Some((1, Some("Solicitor General"))));
        assert_eq!(found("the home of the Russian prince Jane Roe", &people("Russian")), Some((1, Some("prince"))));
        let party = [("Labour", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("Labour MP Jane Roe said", &party), Some((1, Some("MP"))));
        assert_eq!(found("Labour lawmaker Jane Roe said", &party), Some((1, Some("lawmaker"))));
        // An organization's possessive, then the person's demonym: the title is the
        // organization's (the nationality family reads the demonym).
        let owned = [("Acme United", 1, Organization), ("Dutch", 2, Country), ("Jane Roe", 0, Person)];
        let v = view("Acme United's Dutch defender Jane Roe was injured.", &owned);
        assert_eq!(title_before_name(&v, 2).map(|f| (f.target, f.role.map(|r| r.into_owned()))), Some((1, Some("defender".to_string()))));
        assert_eq!(found("Acme United's Dutch chief executive Jane Roe resigned.", &owned), Some((1, Some("chief executive"))));
        assert_eq!(found("Acme United's new Dutch coach Jane Roe was unveiled.", &owned), Some((1, Some("coach"))));
        assert_eq!(found("Acme United's rich Dutch coach Jane Roe left.", &owned), Some((2, Some("coach"))), "only a post's standing");
        assert_eq!(
            found("Acme United and Dutch chief executive Jane Roe agreed.", &owned),
            Some((2, Some("chief executive"))),
            "no possessive"
        );
        // Owners listed before a title: each one's when one person holds it; nobody's known in
        // the plural.
        let clubs = [("Acme", 1, Organization), ("Beta Rovers", 2, Organization), ("Jane Roe", 0, Person)];
        let listed = |text: &str| {
            let v = view(text, &clubs);
            let title = title_before_name(&v, 2)?;
            listed_title_owners(&v, 2, &title).map(|others| others.iter().map(|f| f.target).chain([title.target]).collect::<Vec<_>>())
        };
        assert_eq!(listed("Former Acme and Beta Rovers goalkeeper Jane Roe retired."), Some(vec![1, 2]));
        assert_eq!(listed("Acme and Beta Rovers managers Jane Roe and others met."), None);
        assert_eq!(listed("Acme beat Beta Rovers goalkeeper Jane Roe."), Some(vec![2]), "no list");
        // A plural title before a list (`relations::pattern_edges` shares it with the others).
        let pair = [("Labour", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        for text in ["Labour senators Jane Roe and John Doe voted no.", "Labour legislators Jane Roe and John Doe voted no."] {
            assert_eq!(title_before_name(&view(text, &pair), 1).map(|f| f.target), Some(1), "{text}");
        }
        // Not a title: the general's attorney, a prince-like word.
        assert_eq!(found("US attorneys general and Jane Roe met.", &people("US")), None);
        assert_eq!(found("a Russian princely family hosted Jane Roe", &people("Russian")), None);
    }

    #[test]
    fn a_title_of_address_in_parentheses() {
        let people = |owner| [(owner, 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(found("talks with Prime Minister of Japan (Count) Jane Roe", &people("Japan")), Some((1, Some("Prime Minister"))));
        assert_eq!(found("the Japan Prime Minister (Count) Jane Roe", &people("Japan")), Some((1, Some("Prime Minister"))));
        assert_eq!(found("Japan beat the Prime Minister (of old) Jane Roe", &people("Japan")), None, "not a title of address");
    }

    #[test]
    fn a_lower_case_portfolio_between_the_role_and_its_owner() {
        let people = |owner| [(owner, 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(found("The minister of foreign affairs of Russia Jane Roe said", &people("Russia")), Some((1, Some("Minister"))));
        assert_eq!(found("the head of research of the Acme Jane Roe", &people("Acme")), Some((1, Some("head"))));
        // (A body with its article is the owner's part, not a portfolio: "the president of the
        // board of Acme" is the board's.)
        // A demonym's kind of organization stands for the country.
        let chinese = [("Chinese", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(found("The spokesperson of the Chinese foreign ministry Jane Roe said", &chinese), Some((1, Some("spokesperson"))));
        assert_eq!(found("A spokesman for the Chinese government, Jane Roe, said", &chinese), Some((1, Some("spokesman"))));
        assert_eq!(found("The spokesperson of the Chinese films star Jane Roe said", &chinese), None, "no state body");
        assert_eq!(found("The chairman of the Chinese liberal party Jane Roe said", &chinese), None, "the party's, not the country's");
        let china = [("China", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(found("The Speaker of China 's parliament , Jane Roe , said", &china), Some((1, Some("speaker"))));
        assert_eq!(found("The chairman of China 's liberal party , Jane Roe , said", &china), None, "a party's");
        // Not a clause between: the owner of another's role.
        assert_eq!(found("the minister who spoke of the plans of Russia Jane Roe", &people("Russia")), None);
    }

    #[test]
    fn a_role_for_or_at_its_owner_set_off_before_the_name() {
        let acme = [("Acme", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("A spokeswoman for Acme, Jane Roe, declined to comment.", &acme), Some((1, Some("spokeswoman"))));
        assert_eq!(found("The managing director at Acme, Jane Roe, said.", &acme).map(|(t, _)| t), Some(1));
        assert_eq!(found("A lawsuit for Acme, Jane Roe said, failed.", &acme), None);
        assert_eq!(found("She was a director for Acme Jane Roe.", &acme), None, "not set off by a comma");
        assert_eq!(found("Jailed Acme founder Sheikh Jane Roe was freed.", &acme), Some((1, Some("founder"))), "a religious title");
        assert_eq!(found("A spokeswoman for the rival of Acme, Jane Roe, said.", &acme), None);
    }

    #[test]
    fn titles_with_an_owner() {
        // An owner: "Eagles owner X", "the Yankees' owner, X".
        assert_eq!(
            found("said Eagles owner Jane Roe .", &[("Eagles", 1, Organization), ("Jane Roe", 0, Person)]),
            Some((1, Some("owner")))
        );
        assert_eq!(
            found("The Yankees' owner, Jane Roe, spoke.", &[("Yankees", 1, Organization), ("Jane Roe", 0, Person)]),
            Some((1, Some("owner")))
        );
        assert_eq!(
            found("US Secretary of State Jane Roe arrived.", &[("US", 1, Country), ("Jane Roe", 0, Person)]),
            Some((1, Some("Secretary of State")))
        );
        assert_eq!(
            found("NATO's Secretary-General Jane Roe said.", &[("NATO", 1, Organization), ("Jane Roe", 0, Person)]),
            Some((1, Some("Secretary-General")))
        );
        assert_eq!(
            found(
                "DW's Washington correspondent Jane Roe wrote.",
                &[("DW", 1, Organization), ("Washington", 2, Country), ("Jane Roe", 0, Person)]
            ),
            Some((1, Some("correspondent"))),
            "a possessive owner wins over a place"
        );
        assert_eq!(
            found("said Coast Guard spokesman Lt. Jane Roe.", &[("Coast Guard", 1, Organization), ("Jane Roe", 0, Person)]),
            Some((1, Some("spokesman"))),
            "a rank between the role and the name"
        );
        for text in [
            "U.N. financial spokesman Jane Roe said.",
            "the U.N.'s deputy press spokesman Jane Roe said.",
            "U.N. overseas coverage spokesman Jane Roe said.",
        ] {
            assert_eq!(
                found(text, &[("U.N.", 1, Organization), ("Jane Roe", 0, Person)]),
                Some((1, Some("spokesman"))),
                "a modifier between the owner and the role: {text}"
            );
        }
        assert_eq!(
            found(
                "Votes went to PAN (National Action Party) candidate Jane Roe.",
                &[("PAN", 2, Organization), ("National Action Party", 1, Organization), ("Jane Roe", 0, Person)]
            ),
            Some((2, Some("candidate"))),
            "a title reads through the organization's spelled-out name (linking makes them one)"
        );
        assert_eq!(
            found(
                "Votes went to Labor Party (PT) candidate Jane Roe.",
                &[("Labor Party", 1, Organization), ("PT", 2, Country), ("Jane Roe", 0, Person)]
            ),
            Some((1, Some("candidate"))),
            "a code in the parenthesis is the party's acronym, not a country"
        );
        assert_eq!(
            found(
                "Votes went to Labor Party (PT) candidate Jane Roe.",
                &[("Labor Party", 1, Organization), ("PT", 2, Organization), ("Jane Roe", 0, Person)]
            ),
            Some((1, Some("candidate"))),
            "the owner is the name before the parenthesis"
        );
        let acme = [("Acme", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("Another Acme spokesman, attorney Jane Roe, said so.", &acme), Some((1, Some("spokesman"))));
        assert_eq!(found("Acme's chairman, attorney Jane Roe, said so.", &acme), Some((1, Some("chairman"))));
        assert_eq!(found("Acme sued, lawyer Jane Roe said.", &acme), None, "a clause, then the title");
        assert_eq!(found("He met Acme, and attorney Jane Roe said so.", &acme), None);
        assert_eq!(
            found(
                "Acme (a rival of Beta) spokesman Jane Roe said.",
                &[("Acme", 1, Organization), ("Beta", 2, Organization), ("Jane Roe", 0, Person)]
            ),
            None,
            "not a parenthesis with more than a name"
        );
        assert_eq!(
            found("Acme Corp chief executive officer Jane Roe said.", &[("Acme Corp", 1, Organization), ("Jane Roe", 0, Person)]),
            Some((1, Some("chief executive officer")))
        );
        assert_eq!(
            found("Everton 's Jane Roe scored .", &[("Everton", 1, Organization), ("Jane Roe", 0, Person)]),
            Some((1, None)),
            "a tokenized possessive"
        );
        assert_eq!(
            found(
                "The president of the Acme Association for Refugees , Jane Roe says .",
                &[("Acme Association for Refugees", 1, Organization), ("Jane Roe", 0, Person)]
            ),
            Some((1, Some("President"))),
            "the organization the role is of closes the phrase"
        );
        assert_eq!(
            found("The president of the board of Acme , Jane Roe says .", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]),
            None,
            "not the organization of something else the role is of"
        );
        assert_eq!(
            found("in the Acme administration of President Jane Roe.", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]),
            None,
            "a modifier and a preposition make no title"
        );
        assert_eq!(
            found("said Belgrade airport General Director Jane Roe.", &[("Belgrade", 1, Country), ("Jane Roe", 0, Person)]),
            None,
            "a capital read as its country takes no modifier"
        );
        for text in [
            "U.N. thanked spokesman Jane Roe.",
            "U.N. says spokesman Jane Roe quit.",
            "U.N. financial and legal staff spokesman Jane Roe said.",
        ] {
            assert_eq!(found(text, &[("U.N.", 1, Organization), ("Jane Roe", 0, Person)]), None, "{text}");
        }
        let un = [("U.N.", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("U.N. financial and legal spokesman Jane Roe said.", &un), Some((1, Some("spokesman"))), "two modifiers");
        assert_eq!(found("a term as U.N. secretary if President Jane Roe wins.", &un), None, "another role and a clause");
        let canada = [("Canada", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(
            found("signed by Prime Minister John Doe of Canada and President Jane Roe of Mexico", &canada),
            None,
            "another's country"
        );
        assert_eq!(found("Acme's Jane Roe", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]), Some((1, None)));
        assert_eq!(found("the Acme Seeds' Jane Roe", &[("Acme Seeds", 1, Organization), ("Jane Roe", 0, Person)]), Some((1, None)));
        assert_eq!(
            found("an album by Acme members Jane Roe", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]),
            Some((1, Some("members")))
        );
        assert_eq!(
            found("Former Acme bandmates Jane Roe and John Doe met.", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]),
            Some((1, Some("bandmates")))
        );
        assert_eq!(
            found("the inauguration of Kenya's first president, Jane Roe, in May", &[("Kenya", 1, Country), ("Jane Roe", 0, Person)]),
            Some((1, Some("President"))),
            "an ordinal before the role"
        );
    }

    #[test]
    fn an_organization_and_an_occupation_before_the_name() {
        let v = view("a song by ABBA composers Jane Roe and others", &[("ABBA", 1, Organization), ("Jane Roe", 0, Person)]);
        let found = title_before_name(&v, 1).unwrap();
        assert_eq!((found.target, found.role.as_deref()), (1, Some("composers")));
        let v = view("ABBA met the composers Jane Roe", &[("ABBA", 1, Organization), ("Jane Roe", 0, Person)]);
        assert_eq!(title_before_name(&v, 1), None, "a verb between them");
        let v = view("ABBA hired composers Jane Roe", &[("ABBA", 1, Organization), ("Jane Roe", 0, Person)]);
        assert_eq!(title_before_name(&v, 1), None, "a verb between them");
    }

    #[test]
    fn an_organization_s_own_role_through_its() {
        let acme = [("Acme", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("Acme said its chairman, Jane Roe, would retire.", &acme), Some((1, Some("chairman"))));
        assert_eq!(found("Acme and its chairman Jane Roe agreed.", &acme), Some((1, Some("chairman"))));
        assert_eq!(found("Acme announced on Monday that its new president, Jane Roe, would start.", &acme), Some((1, Some("President"))));
        assert_eq!(found("Acme said its chairman would meet Jane Roe.", &acme), None, "the role is not the name's");
        let france = [("France", 1, Country), ("Jane Roe", 0, Person)];
        assert_eq!(found("France said its ambassador, Jane Roe, would go.", &france), Some((1, Some("ambassador"))));
    }

    #[test]
    fn no_title_no_borrowing() {
        // Mere co-occurrence.
        assert_eq!(found("In France, Jane Roe spoke.", &[("France", 1, Country), ("Jane Roe", 0, Person)]), None);
        // A neighbour's title is not ours.
        assert_eq!(
            found("US President John Doe and Jane Roe met.", &[("US", 1, Country), ("John Doe", 2, Person), ("Jane Roe", 0, Person)]),
            None
        );
        assert_eq!(found("the 'Acme' Jane Roe", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]), None, "a quote, not a possessive");
        // The role must close the phrase.
        assert_eq!(found("the US minister who met Jane Roe", &[("US", 1, Country), ("Jane Roe", 0, Person)]), None);
    }

    #[test]
    fn its_role_goes_to_the_one_owner_named_before() {
        let acme = |text: &str| found(text, &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert_eq!(acme("The Acme, weakened since the 1992 capture of its leader Jane Roe, struck again."), Some((1, Some("leader"))));
        assert_eq!(acme("An Acme statement said its former leader Jane Roe met them."), Some((1, Some("leader"))));
        assert_eq!(acme("The Acme, weakened since the capture of their leader Jane Roe, struck again."), None);
        let two = [("Iran", 1, Country), ("Germany", 2, Country), ("Jane Roe", 0, Person)];
        assert_eq!(found("Iran has asked Germany to extradite its former president Jane Roe.", &two), None, "two owners named");
        // A rank after the role.
        let brigade = [("Acme Brigade", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(found("Acme Brigade Commander Major Jane Roe said so.", &brigade), Some((1, Some("commander"))));
    }
}
