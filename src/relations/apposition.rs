//! Appositions after a name: "X, the Y of Z", "X, Z's Y", "X, Y of Z", "X, Y at Z" — the role
//! and its owner in the clause that follows the comma, before the next person.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::confidence;
use super::sentence::{
    describes_an_organization, is_affiliate, is_misread_field, is_role_modifier_gap, is_title_filler, last_word_written_lower,
    starts_with_possessive, Found, Placed, SentenceView, AGE, NAME_SUFFIX,
};
use crate::link::{countries, EntityType};
use crate::text::roles::{find_roles, is_occupation_word, is_organization_noun, is_party_name, only_honorifics};

/// A copula after the name (past its parentheses: "(born 1950)"), which a role phrase may
/// follow as an apposition would.
static COPULA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[
        // A peerage first: "X, 1st Baronet (1870 – 1938), was".
        "^",
        NAME_SUFFIX,
        // "X is a diplomat who served as Monaco's ambassador": the subject's description, then
        // its relative clause (group `described`, checked to hold no preposition).
        r"(\s*\([^()]*\))*\s*,?\s*(who\s+|(is|was)\s+(?P<described>an?\s+([A-Za-z-]+\s+){1,4}?)who\s+)?((later|then|also|briefly|previously|formerly|currently|subsequently)\s+)?",
        // News gives the day first: "X on Tuesday resigned as Acme's chairman".
        r"((?i:on|last)\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?",
        // "served as Monaco's ambassador", "was appointed Acme's chief executive".
        // "took over as Acme's chief executive", "stayed on as chairman of Acme".
        // "worked as a BBC journalist", "came on as a Milan substitute", "joined as an IBM
        // engineer": a post taken up or held.
        r"(((is|was|has\s+been|had\s+been)\s+(appointed|named|elected)|served|serves|serving|acted|acts|took\s+over|takes\s+over|taking\s+over|stayed\s+on|stays\s+on|continued|continues|worked|works|working|started|starts|began|begins|returned|returns|joined|joins)\s+as|(came|comes)\s+on\s+([a-z-]+\s+){0,6}?as|",
        // A role left: "resigned as Acme's chairman", "stepped down as chief executive of Acme".
        r"(resigned|resigns|retired|retires|stepped\s+down|steps\s+down|quit|quits|((was|were|has\s+been)\s+(sacked|fired|dismissed|ousted)))\s+as|",
        // "rose to become chairman of Acme", "went on to become Acme's president".
        r"(is|was|has\s+been|had\s+been)\s+(appointed|named|elected)|is|was|became|remains|(had|has)\s+(also\s+|since\s+)?been|(rose|went\s+on)\s+to\s+(become|be)",
        // "will become Acme's chief executive in May", "is set to be named Acme's chairman".
        r"|(will|would|is\s+to|was\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(become|be|be\s+named|be\s+appointed))\s+(also\s+)?",
    ]
    .concat())
    .expect("valid regex")
});

/// The affiliations that an apposition after `view.placed[index]` (a person) states: its role
/// and owner, and a second role coordinated with the first ("X, director of A and a member of
/// B").
pub fn apposition_after_name(view: &SentenceView, index: usize) -> Vec<Found> {
    let Some((clause_start, clause, described)) = apposition_clause(view, index) else { return Vec::new() };
    let first = clause_role(view, index, clause_start, clause);
    // The second role opens after an "and" past the first owner, or anywhere in the clause
    // when the first role has none ("leader of Bosnian Serbs and president of the Union of
    // Serb Writers", "a former footballer and former head coach of the Y").
    let clause_end = clause_start + clause.len();
    let from = first.as_ref().map_or(clause_start, |(_, end)| *end);
    // (Not an "and" that opens the clause: "X, and Acme founder Y".)
    let second = view.text[from..clause_end]
        .find(" and ")
        .filter(|&and| first.is_some() || !view.text[from..from + and].trim().is_empty())
        .and_then(|and| {
            let second_start = from + and + " and ".len();
            // "X was a member of A and later became president of B": past when and the verb.
            let second_start = second_start + SECOND_ROLE_LEAD.find(&view.text[second_start..clause_end]).map_or(0, |m| m.end());
            clause_role(view, index, second_start, &view.text[second_start..clause_end])
        });
    // "X, a former Democratic member of the Clover Town Council": a party modifying the role,
    // then the body the role is of.
    let party_end = first
        .as_ref()
        .map(|(_, end)| *end)
        .filter(|&end| view.placed.iter().any(|p| p.span.end == end && p.kind == EntityType::Organization && is_party_name(p.text)));
    let of_body = party_end
        .and_then(|end| clause_role(view, index, end, &view.text[end..clause_end]))
        .filter(|(body, _)| first.as_ref().is_some_and(|(party, _)| party.target != body.target));
    // "X is an American businessman, the founder of Acme": a description naming no one but
    // demonyms, then a second one after its comma.
    let further = if first.is_none() && second.is_none() { described_further(view, index, clause_start, clause_end) } else { Vec::new() };
    // "X was a British Army officer who served as Chief of the Y": the subject's description the
    // copula passed may name an organization with an occupation.
    let occupation = described.and_then(|d| organization_occupation(view, index, d.start, &view.text[d]));
    first.into_iter().chain(occupation).chain(of_body).chain(second).chain(further).map(|(found, _)| found).collect()
}

/// The roles of further descriptions after a first that holds no role
/// ([`apposition_after_name`]): the first opens with an article and names only demonyms; the
/// second follows its comma, and each later one that opens with an article after a comma (and
/// maybe "and") too ("X was a French physicist, a professor at A, and a member of B"). The
/// chain ends at a clause that is no description.
fn described_further(view: &SentenceView, index: usize, clause_start: usize, clause_end: usize) -> Vec<(Found, usize)> {
    const MOST: usize = 4;
    let text = view.text;
    let opens_described = |at: usize| ["a ", "an ", "the "].iter().any(|article| text[at..].starts_with(article));
    let only_demonyms = view.placed[index + 1..]
        .iter()
        .filter(|p| p.span.start < clause_end)
        .all(|p| p.kind == EntityType::Country && countries::by_demonym(p.text).is_some());
    let mut found = Vec::new();
    if !(opens_described(clause_start) && only_demonyms) {
        return found;
    }
    let mut end = clause_end;
    for step in 0..MOST {
        let Some(rest) = text[end..].strip_prefix(',') else { break };
        let mut start = end + 1 + (rest.len() - rest.trim_start().len());
        // (The third and later may follow "and": ", and a member of B".)
        if step > 0 {
            start += text[start..].strip_prefix("and ").map_or(0, |_| "and ".len());
            if !opens_described(start) {
                break;
            }
        }
        let clause = clause_from(text, start);
        let Some(role) = clause_role(view, index, start, clause) else { break };
        end = start + clause.len();
        found.push(role);
    }
    found
}

/// Before a second role coordinated with the first: "later ", "then became ", "subsequently
/// served as ", "as ".
static SECOND_ROLE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((later|then|also|subsequently|afterwards|eventually|briefly|finally)\s+)?((became|was|served\s+as|acted\s+as|as)\s+)?")
        .expect("valid regex")
});

/// Where the apposition or copula clause after `view.placed[index]` starts, its text (to the
/// next clause break), and where the subject's description stands when the copula reaches the
/// clause through it ("X was a British Army officer who served as": "a British Army officer").
fn apposition_clause<'a>(view: &SentenceView<'a>, index: usize) -> Option<(usize, &'a str, Option<std::ops::Range<usize>>)> {
    let text = view.text;
    let person_end = view.placed[index].span.end;
    // After a comma, or a copula: "X, Z's chairman", "X was Monaco's first ambassador"; news
    // may give the age first ("X, 58, was acting comptroller at", "X, 53, a former Y professor").
    let age = AGE.find(&text[person_end..]).map_or(0, |m| m.end());
    // "X, who is well-known as an investor, is chairman of Y": a relative clause naming no one
    // stands between the name and its copula.
    let aside = RELATIVE_ASIDE.find(&text[person_end + age..]).map(|m| age + m.end()).filter(|&end| {
        let names_inside = view.placed.iter().any(|p| p.span.start >= person_end && p.span.end <= person_end + end);
        !names_inside && COPULA.is_match(&text[person_end + end..])
    });
    let age = aside.unwrap_or(age);
    // (Tokenized text sets the comma off by a space: "X , head of".)
    // (Not "X is a son of a man who was Acme's chairman": the relative clause is another's.)
    let copula = COPULA.captures(&text[person_end + age..]).filter(|c| {
        let preposition = |w: &str| matches!(w, "of" | "in" | "on" | "at" | "to" | "for" | "by" | "with" | "from" | "the");
        c.name("described").is_none_or(|d| !d.as_str().split_whitespace().any(preposition))
    });
    let described = copula.as_ref().and_then(|c| c.name("described")).map(|d| person_end + age + d.start()..person_end + age + d.end());
    let opening = copula.map(|c| age + c.get(0).map_or(0, |m| m.end())).or_else(|| {
        if age > 0 {
            Some(age)
        } else {
            let spaces = text[person_end..].len() - text[person_end..].trim_start_matches(' ').len();
            text[person_end + spaces..].starts_with(',').then_some(spaces + 1)
        }
    })?;
    // "X, then Oxfam's director", "X, now a Microsoft engineer": a word of time before the
    // role says when, not what.
    let opening = opening + WHEN.find(&text[person_end + opening..]).map_or(0, |m| m.end());
    Some((person_end + opening, clause_from(text, person_end + opening), described))
}

/// The text from `start` to the next clause break. An abbreviation in parentheses is no break:
/// "X is a member of the Social Democratic Party (SPD) and a member of the Bundestag".
fn clause_from(text: &str, start: usize) -> &str {
    static ABBREVIATION: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\(\s*[A-Z][A-Za-z0-9&.-]{1,11}\s*\)").expect("valid regex"));
    let rest = &text[start..];
    let mut from = 0;
    loop {
        let Some(at) = rest[from..].find([',', ';', '.', '(', '“', '"']).map(|at| from + at) else { return rest };
        let abbreviation = ABBREVIATION.find(&rest[at..]).filter(|m| m.as_str().chars().filter(char::is_ascii_uppercase).count() >= 2);
        match abbreviation {
            Some(m) => from = at + m.end(),
            None => return &rest[..at],
        }
    }
}

/// The affiliation of `view.placed[index]` that a role phrase opening at `start` states, to the
/// next clause break ("X issued an order, when he was commander-in-chief of the Y").
pub(super) fn role_in_clause_at(view: &SentenceView, index: usize, start: usize) -> Option<Found> {
    clause_role(view, index, start, clause_from(view.text, start)).map(|(found, _)| found)
}

/// A relative clause set off by commas: ", who is well-known as a long-term investor,".
static RELATIVE_ASIDE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,\s*(who|which)\s+[^,;()]{1,80},").expect("valid regex"));

/// A word of time opening an apposition: "then", "now", "at the time".
static WHEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(then|now|formerly|currently|still|later|at\s+the\s+time|by\s+then)\s+").expect("valid regex"));

/// The first role in `clause` (which starts at `clause_start`) and the organization or
/// country it is of, with where that owner ends; else an organization modifying an occupation.
fn clause_role(view: &SentenceView, index: usize, clause_start: usize, clause: &str) -> Option<(Found, usize)> {
    let text = view.text;
    let roles = find_roles(clause);
    let Some(mut role) = roles.first().cloned() else {
        return organization_occupation(view, index, clause_start, clause);
    };
    // "executive vice chairman", "executive assistant": a run of role words is headed by its last.
    for next in &roles[1..] {
        if !clause[role.span.end..next.span.start].split_whitespace().all(|w| w.eq_ignore_ascii_case("vice")) {
            break;
        }
        role = next.clone();
    }
    let lead = clause[..roles[0].span.start].trim().to_lowercase();
    // "one of the founders of Y": one founder.
    let one_of = ONE_OF_THE.is_match(&lead);
    // "the Acme Professor of Law at Beta": the donor's name is no affiliation, and the title is
    // held at Beta whatever names it first.
    let named_chair =
        is_named_chair(role.role, &clause[role.span.end..]) && matches!(lead.split_whitespace().next(), Some("the" | "a" | "an"));
    let role_span = role.span.shifted(clause_start);
    // "Acme said John Smith, its vice president, would retire": "its" names the one
    // organization or country the sentence names before the person.
    let its = lead.strip_prefix("its").is_some_and(|rest| rest.is_empty() || (rest.starts_with(' ') && is_title_filler(rest)));
    if its {
        let role = if one_of { super::sentence::singular_role(role.role) } else { role.role };
        return super::sentence::its_antecedent(view, index, view.placed[index].span.start).map(|owner| {
            (Found { target: owner.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::APPOSITION }, role_span.end)
        });
    }
    // A role right before a name is that person's title ("X, and Acme founder Y").
    let next_person = view.placed[index + 1..].iter().find(|p| p.kind == EntityType::Person && p.span.start >= role_span.end);
    // ("X, Minister of Foreign Affairs Y": the role and its portfolio are Y's title.)
    if next_person.is_some_and(|p| {
        let gap = &text[role_span.end..p.span.start];
        only_honorifics(gap) || super::titles::is_portfolio(gap)
    }) {
        return None;
    }
    let targets: Vec<&Placed> = view.placed[index + 1..]
        .iter()
        .take_while(|p| p.kind != EntityType::Person)
        // In the clause: not in the parentheses before the copula.
        .filter(|p| is_affiliate(p.kind) && p.span.start >= clause_start && p.span.end <= clause_start + clause.len())
        // "Professor of History at Y": the title is held at Y.
        .filter(|p| !is_misread_field(text, p))
        .collect();
    targets
        .into_iter()
        .find(|target| {
            let (start, end) = (target.span.start, target.span.end);
            // "attorney for the Peruvian silver mining company Minpeco": a demonym that opens an
            // organization's description is that organization's, not the role's owner.
            // (The first name after the role is its owner: "mayor of Havana and president of
            // Y" is no mayor of Y.)
            let named_between = view.placed.iter().any(|p| p.span.start >= role_span.end && p.span.end <= start);
            let of_form = start >= role_span.end
                && !named_between
                && !describes_an_organization(text, target)
                && {
                    // "of the", or a short lower-case phrase first: "chief of waste disposal for the".
                    let gap = text[role_span.end..start].trim().to_lowercase();
                    let words: Vec<&str> = gap.split_whitespace().collect();
                    let joins = |w: &str| matches!(w, "of" | "at" | "for");
                    // "of the banned": one lower-case modifier may follow the article (not a
                    // word of the name the NER model cut short: "of the First [Allied] Army").
                    let lower_case_last = last_word_written_lower(&text[role_span.end..start]);
                    let tail = match words.as_slice() {
                        [.., last, "the"] => Some(*last),
                        [.., last, "the", _] if lower_case_last => Some(*last),
                        [.., last] => Some(*last),
                        [] => None,
                    };
                    // "attorney for the Peruvian silver mining company Minpeco", "leader of the
                    // separatist organization ETA": the kind of organization, then its name.
                    // "manager of first division side Manchester City": or no article, the
                    // kind right after its league.
                    let kind_then_name =
                        words.last().is_some_and(|w| is_organization_noun(w) || matches!(*w, "side" | "outfit" | "franchise"))
                            && (words
                                .iter()
                                .rposition(|w| *w == "the")
                                .is_some_and(|the| the >= 1 && joins(words[the - 1]) && words.len() - the <= 6)
                                || (words.first().is_some_and(|w| joins(w)) && words.len() <= 5));
                    let lower_case = words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
                    // ("Labour MP for Leeds": a legislator's "for" names the constituency.)
                    let constituency = words.last() == Some(&"for") && super::membership::is_constituency_of(role.role, target.text);
                    lower_case && !constituency && ((tail.is_some_and(joins) && words.len() <= 6) || (kind_then_name && words.len() <= 9))
                }
                && (lead.is_empty()
                    || matches!(lead.as_str(), "the" | "a" | "an" | "another")
                    || is_title_filler(&lead)
                    || one_of
                    || named_chair);
            let possessive_form = end <= role_span.start
                && text[clause_start..start].trim().to_lowercase().trim_start_matches("the").trim().is_empty()
                && starts_with_possessive(text, end).is_some()
                && is_role_modifier_gap(&text[end..role_span.start].chars().skip(2).collect::<String>());
            // "X, the Daimler board member", "X, Reuters correspondent in Paris": an organization
            // as the role's modifier, at most two words between them (a demonym so placed is the
            // nationality rules' to read: "X, French audience members" is no affiliation).
            let modifier_form = target.kind == EntityType::Organization
                && !named_chair
                && end <= role_span.start
                && {
                    // ("X, another FAA spokesman", "X, a senior Acme engineer".)
                    let lead = text[clause_start..start].trim().to_lowercase();
                    lead.is_empty() || ARTICLE_AND_STANDING.is_match(&lead)
                }
                && {
                    let between = &text[end..role_span.start];
                    between.split_whitespace().count() <= 2 && between.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-')
                };
            of_form || possessive_form || modifier_form
        })
        .map(|target| {
            let role = if one_of { super::sentence::singular_role(role.role) } else { role.role };
            (Found { target: target.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::APPOSITION }, target.span.end)
        })
}

/// "the Ford Foundation Professor of Economics at MIT": a chair named for its donor (or a
/// fellowship) is held where the clause goes on to say, "at" a place after the `role` word
/// (`after` is the clause's text after it).
pub(super) fn is_named_chair(role: &str, after: &str) -> bool {
    matches!(role.to_lowercase().as_str(), "professor" | "chair" | "fellow" | "lecturer" | "scholar")
        && after.split_whitespace().any(|w| w == "at")
}

/// Before a role in the plural that one person holds: "one of the ", "one of the original ".
static ONE_OF_THE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^one\s+of\s+the(\s+(founding|original|first|leading|senior|key|principal|early|current|former))?$").expect("valid regex")
});

/// An article and up to two words of standing before an organization that modifies an
/// occupation: "a", "the former", "another former senior", "a right-wing"; or those words
/// alone, as a second description after "and" writes them ("and right-wing Likud party
/// politician").
static ARTICLE_AND_STANDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^((an?|the|another)(\s+(former|longtime|veteran|senior|retired|ex-|right-wing|left-wing|centre-right|center-right|centre-left|center-left|hardline)){0,2}|(former|longtime|veteran|senior|retired|right-wing|left-wing|centre-right|center-right|centre-left|center-left|hardline)(\s+(former|longtime|veteran|senior|retired|right-wing|left-wing|hardline))?)$")
        .expect("valid regex")
});

/// "X is a NASA astronaut", "X, a former CNN journalist", "X was a Union Army soldier": an
/// organization as the modifier of an occupation noun (at most one lower-case word between),
/// right after the article. Not a critic: "a Microsoft critic" is no affiliation.
fn organization_occupation(view: &SentenceView, index: usize, clause_start: usize, clause: &str) -> Option<(Found, usize)> {
    let text = view.text;
    // The first name of the clause, before any other person, past demonyms: "an American
    // NASA astronaut" (the nationality family reads the demonym).
    let is_demonym = |p: &&super::sentence::Placed| p.kind == EntityType::Country && countries::by_demonym(p.text).is_some();
    let in_clause = view.placed[index + 1..].iter().take_while(|p| p.kind != EntityType::Person).filter(|p| p.span.start >= clause_start);
    let demonyms: Vec<&super::sentence::Placed> = in_clause.clone().take_while(is_demonym).collect();
    let organization = in_clause.clone().find(|p| !is_demonym(p)).filter(|p| p.kind == EntityType::Organization)?;
    let lead_text = match demonyms.last() {
        // The lead is read before the first demonym and must reach it (nothing after the last).
        Some(last) if text.get(last.span.end..organization.span.start)?.trim().is_empty() => {
            text.get(clause_start..demonyms[0].span.start)?
        }
        Some(_) => return None,
        None => text.get(clause_start..organization.span.start)?,
    };
    let lead = lead_text.trim().to_lowercase();
    // "X, Midnight Oil's bassist,": the organization's, with no article before it.
    let possessive = starts_with_possessive(text, organization.span.end);
    // "X, Yorkshire cricketer, lives in": no article when the occupation closes the clause.
    let bare = possessive.is_none() && lead.is_empty();
    let lead_fits = match possessive {
        Some(_) => matches!(lead.as_str(), "" | "the" | "former"),
        None => bare || ARTICLE_AND_STANDING.is_match(&lead),
    };
    if !lead_fits {
        return None;
    }
    let clause_end = clause_start + clause.len();
    let after = text.get(organization.span.end + possessive.unwrap_or(0)..clause_end)?;
    let words: Vec<&str> = after.split_whitespace().take(2).collect();
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    let noun = words.iter().take_while(|w| lower(w)).position(|w| is_occupation_word(w) && !w.starts_with("critic"))?;
    // (A verb between is a clause of the organization's: "X, Acme recruited singer Y".)
    if words[..noun].iter().any(|w| w.ends_with("ed")) {
        return None;
    }
    if bare && after.split_whitespace().count() != noun + 1 {
        return None;
    }
    if is_named_chair(words[noun], &after[after.find(words[noun]).map_or(0, |at| at + words[noun].len())..]) {
        return None;
    }
    let role = words[..=noun].join(" ");
    Some((Found { target: organization.entity, role: Some(Cow::Owned(role)), confidence: confidence::APPOSITION }, organization.span.end))
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::{target_and_table_role, view};
    use super::*;
    use EntityType::{Country, Organization, Person};

    fn found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Option<(usize, Option<&'static str>)> {
        let v = view(text, mentions);
        apposition_after_name(&v, 0).into_iter().next().map(target_and_table_role)
    }

    #[test]
    fn a_party_member_of_a_body() {
        let all = |text: &str, mentions: &[(&'static str, usize, EntityType)]| -> Vec<usize> {
            apposition_after_name(&view(text, mentions), 0).into_iter().map(|f| f.target).collect()
        };
        let mentions = [("Jane Roe", 0, Person), ("Democratic", 1, Organization), ("Acme Town Council", 2, Organization)];
        assert_eq!(all("Jane Roe, a former Democratic member of the Acme Town Council, spoke.", &mentions), [1, 2]);
        // Not a party: the organization modifying the role is the one it is of.
        let mentions = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta Council", 2, Organization)];
        assert_eq!(all("Jane Roe, a former Acme member of the Beta Council, spoke.", &mentions), [1]);
    }

    #[test]
    fn a_legislator_s_for_names_the_constituency() {
        let all = |text: &str, mentions: &[(&'static str, usize, EntityType)]| -> Vec<usize> {
            apposition_after_name(&view(text, mentions), 0).into_iter().map(|f| f.target).collect()
        };
        let leeds = [("Jane Roe", 0, Person), ("Labour", 1, Organization), ("Leeds", 2, Organization)];
        assert_eq!(all("Jane Roe, Labour MP for Leeds, said so.", &leeds), [1]);
        let bath = [("Jane Roe", 0, Person), ("Bath", 1, Organization)];
        assert_eq!(all("Jane Roe was a Member of Parliament for Bath.", &bath), Vec::<usize>::new());
        let acme = [("Jane Roe", 0, Person), ("Acme", 1, Organization)];
        assert_eq!(all("Jane Roe, spokesman for Acme, said so.", &acme), [1], "not a legislator");
    }

    #[test]
    fn a_relative_clause_between_the_name_and_its_copula() {
        let acme = |text: &str| {
            let v = view(text, &[("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)]);
            apposition_after_name(&v, 0).into_iter().map(|f| (f.target, f.role.map(|r| r.into_owned()))).collect::<Vec<_>>()
        };
        assert_eq!(acme("Jane Roe, who is well-known as an investor, is chairman of Acme, not Beta."), [(1, Some("chairman".into()))]);
        // A clause that names someone else's organization is no aside to read past.
        assert_eq!(acme("Jane Roe, who met Acme staff, is chairman of Beta."), []);
    }

    #[test]
    fn an_abbreviation_in_parentheses_is_no_clause_break() {
        let two = [("Jane Roe", 0, Person), ("Acme Party", 1, Organization), ("AP", 3, Organization), ("Beta", 2, Organization)];
        let v = view("Jane Roe is a member of the Acme Party (AP) and a member of the Beta.", &two);
        let found: Vec<usize> = apposition_after_name(&v, 0).into_iter().map(|f| f.target).collect();
        assert_eq!(found, [1, 2]);
        let aside = [("Jane Roe", 0, Person), ("Acme Party", 1, Organization), ("Beta", 2, Organization)];
        let v = view("Jane Roe is a member of the Acme Party (since 1990) and of the Beta.", &aside);
        let found: Vec<usize> = apposition_after_name(&v, 0).into_iter().map(|f| f.target).collect();
        assert_eq!(found, [1], "a parenthesis of words still ends the clause");
    }

    #[test]
    fn a_peerage_letters_or_a_post_reached_before_the_role() {
        let acme = |text: &str| {
            let v = view(text, &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]);
            apposition_after_name(&v, 0).into_iter().map(|f| (f.target, f.role.map(|r| r.into_owned()))).collect::<Vec<_>>()
        };
        assert_eq!(acme("Sir Jane Roe, 2nd Baronet (1870 – 1938) was chairman of Acme."), [(1, Some("chairman".into()))]);
        assert_eq!(acme("Jane Roe, 3rd Earl of Derby, was chairman of Acme."), [(1, Some("chairman".into()))]);
        assert_eq!(acme("Jane Roe CBE FRS (born 1950) is the president of Acme."), [(1, Some("President".into()))]);
        assert_eq!(acme("Jane Roe rose to become chairman of Acme."), [(1, Some("chairman".into()))], "a post reached");
        assert_eq!(acme("Jane Roe on Tuesday resigned as Acme chairman."), [(1, Some("chairman".into()))], "the day first");
        assert_eq!(acme("Jane Roe went on to become the president of Acme."), [(1, Some("President".into()))]);
        assert_eq!(acme("Jane Roe, a friend of the Earl, was chairman of Acme."), [], "an apposition, not a peerage");
    }

    #[test]
    fn one_of_a_plural_role() {
        let acme = |text: &str| {
            let v = view(text, &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]);
            apposition_after_name(&v, 0).into_iter().next().map(|f| (f.target, f.role.map(|r| r.into_owned())))
        };
        assert_eq!(acme("Jane Roe is one of the founders of Acme."), Some((1, Some("founder".into()))));
        assert_eq!(acme("Jane Roe, one of the original members of the Acme, died."), Some((1, Some("member".into()))));
        assert_eq!(acme("Jane Roe has also been one of the Members of the Acme since 2005."), Some((1, Some("member".into()))));
        assert_eq!(acme("Jane Roe is one of the fans of Acme."), None);
        assert_eq!(acme("Jane Roe is one of the rivals of Acme."), None);
    }

    #[test]
    fn an_organization_modifies_an_occupation() {
        let acme = |text: &str, name: &'static str| {
            let v = view(text, &[("Jane Roe", 0, Person), (name, 1, Organization)]);
            apposition_after_name(&v, 0).into_iter().next().map(|f| (f.target, f.role.map(|r| r.into_owned())))
        };
        assert_eq!(acme("Jane Roe is a NASA astronaut.", "NASA"), Some((1, Some("astronaut".into()))));
        assert_eq!(acme("Jane Roe is a right-wing Acme politician.", "Acme"), Some((1, Some("politician".into()))));
        let envoy = [("Jane Roe", 0, Person), ("Israeli", 2, Country), ("Egypt", 3, Country), ("Acme", 1, Organization)];
        let v = view("Jane Roe , a former Israeli envoy to Egypt and right-wing Acme party politician .", &envoy);
        assert!(apposition_after_name(&v, 0).iter().any(|f| f.target == 1), "a second description without its article");
        assert_eq!(acme("Jane Roe praised right-wing Acme politicians .", "Acme"), None);
        assert_eq!(acme("Jane Roe is the Acme Professor of Law at Beta.", "Acme"), None, "a named chair, held at Beta");
        let chair = [("Jane Roe", 0, Person), ("Acme", 2, Organization), ("Beta", 1, Organization)];
        let v = view("Jane Roe is the Acme Professor of Law at the Beta.", &chair);
        assert_eq!(apposition_after_name(&v, 0).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("professor"))));
        assert_eq!(acme("Jane Roe is an Acme professor of law.", "Acme"), Some((1, Some("professor".into()))));
        let american = [("Jane Roe", 0, Person), ("American", 2, Country), ("NASA", 1, Organization)];
        let found = |text: &str| {
            apposition_after_name(&view(text, &american), 0)
                .into_iter()
                .map(|f| (f.target, f.role.map(|r| r.into_owned())))
                .collect::<Vec<_>>()
        };
        assert_eq!(found("Jane Roe is an American NASA astronaut."), [(1, Some("astronaut".to_string()))]);
        assert_eq!(found("Jane Roe is an American critic of NASA astronaut training."), []);
        assert_eq!(acme("Jane Roe, a former Acme sales engineer, said.", "Acme"), Some((1, Some("sales engineer".into()))));
        assert_eq!(acme("Jane Roe (1844 - 1906) was a Union Army soldier in the war.", "Union Army"), Some((1, Some("soldier".into()))));
        assert_eq!(acme("Jane Roe, Acme's bassist, wrote the song.", "Acme"), Some((1, Some("bassist".into()))));
        assert_eq!(acme("Jane Roe, the Acme's lead guitarist, said.", "Acme"), Some((1, Some("lead guitarist".into()))));
        assert_eq!(acme("Jane Roe, Acme cricketer, lives in Leeds.", "Acme"), Some((1, Some("cricketer".into()))));
        assert_eq!(acme("Jane Roe, another former senior Acme engineer, said.", "Acme"), Some((1, Some("engineer".into()))));
        assert_eq!(acme("Jane Roe, another Acme spokesman, said.", "Acme"), Some((1, Some("spokesman".into()))));
        assert_eq!(acme("After Jane Roe, Acme recruited singer John Doe.", "Acme"), None, "a verb of the organization's");
        assert_eq!(acme("Jane Roe, another spokesman for Acme, said.", "Acme"), Some((1, Some("spokesman".into()))));
        assert_eq!(acme("Jane Roe, a senior Acme spokesman, said.", "Acme"), Some((1, Some("spokesman".into()))));
        assert_eq!(acme("Jane Roe, another day, said the Acme spokesman.", "Acme"), None);
        assert_eq!(acme("Jane Roe, an Acme principal, said.", "Acme"), Some((1, Some("principal".into()))));
        let v = view("Jane Roe (born 1947, in Acme) is a career diplomat.", &[("Jane Roe", 0, Person), ("Acme", 1, Country)]);
        assert_eq!(apposition_after_name(&v, 0), vec![], "a place in the parentheses is before the clause");
        for text in [
            "Jane Roe is a Acme critic.",
            "Jane Roe is an Acme fan.",
            "Jane Roe is an Acme shareholder and engineer.",
            "Jane Roe met an Acme engineer.",
            "Jane Roe, Acme's critic, said.",
            "Jane Roe, an Acme's engineer, said.",
            "Jane Roe, Acme's new album, sold.",
            "Jane Roe, Acme engineers say, is right.",
        ] {
            assert_eq!(acme(text, "Acme"), None, "{text}");
        }
    }

    #[test]
    fn a_word_of_time_before_the_role() {
        let acme = [("Jane Roe", 0, Person), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe, then Acme's chairman, said.", &acme), Some((1, Some("chairman"))));
        assert_eq!(found("Jane Roe, at the time Acme's chairman, said.", &acme), Some((1, Some("chairman"))));
        let v = view("Jane Roe, now an Acme engineer, said.", &acme);
        assert_eq!(apposition_after_name(&v, 0).into_iter().next().and_then(|f| f.role).as_deref(), Some("engineer"));
        let britain = [("Jane Roe", 0, Person), ("Britain", 1, Country)];
        assert_eq!(found("Jane Roe, then Britain's finance minister, said.", &britain).map(|(t, _)| t), Some(1));
        // A field between the owner and the role; a future role.
        let iran = [("Jane Roe", 0, Person), ("Iran", 1, Country)];
        assert_eq!(found("Jane Roe, Iran's oil minister, said.", &iran).map(|(t, _)| t), Some(1));
        assert_eq!(found("Jane Roe, executive vice chairman of Acme, said.", &acme), Some((1, Some("chairman"))), "the run's head");
        let next = [("Jane Roe", 0, Person), ("Foreign Affairs", 1, Organization), ("John Doe", 2, Person)];
        assert_eq!(
            found("He met Minister of Finance Jane Roe , Minister of Foreign Affairs John Doe and others.", &next),
            None,
            "the next name's title"
        );
        assert_eq!(found("Jane Roe , head of border police at the Acme , said .", &acme), Some((1, Some("head"))), "tokenized text");
        assert_eq!(found("Jane Roe, who was Iran's oil minister until 2005, said.", &iran).map(|(t, _)| t), Some(1));
        assert_eq!(found("Jane Roe will become Acme's chief executive in May.", &acme), Some((1, Some("chief executive"))));
        assert_eq!(found("Jane Roe would be Acme's worst nightmare.", &acme), None);
        assert_eq!(found("Jane Roe, who resigned as Acme's chairman, denied it.", &acme), Some((1, Some("chairman"))));
        assert_eq!(found("Jane Roe stepped down as chairman of Acme.", &acme), Some((1, Some("chairman"))));
        assert_eq!(found("Jane Roe was sacked as Acme's manager.", &acme), Some((1, Some("manager"))));
        assert_eq!(found("Jane Roe took over as Acme's chief executive in May.", &acme), Some((1, Some("chief executive"))));
        assert_eq!(found("Jane Roe stayed on as chairman of Acme.", &acme), Some((1, Some("chairman"))));
        assert_eq!(found("Jane Roe took over as Acme's rivals faltered.", &acme), None);
        assert_eq!(found("Jane Roe resigned as manager of first division side Acme on Monday.", &acme), Some((1, Some("manager"))));
        assert_eq!(found("Jane Roe resigned as a protest against Acme's chairman.", &acme), None);
        assert_eq!(found("Jane Roe, Acme's rival company's chairman, said.", &acme), None);
        // Not a role: what the person did then.
        assert_eq!(found("Jane Roe, then at Acme's party, said.", &acme), None);
        assert_eq!(found("Jane Roe, then 45, met Acme's chairman.", &acme), None);
    }

    #[test]
    fn its_role_is_of_the_one_owner_named_before() {
        let of = |text: &str, mentions: &[(&'static str, usize, EntityType)], person: usize| {
            apposition_after_name(&view(text, mentions), person).into_iter().next().map(target_and_table_role)
        };
        let acme = [("Acme", 1, Organization), ("Jane Roe", 0, Person)];
        assert_eq!(of("Acme said Jane Roe, its vice president, would retire.", &acme, 1), Some((1, Some("Vice President"))));
        assert_eq!(of("Acme said on Monday that Jane Roe, its chief executive, would go.", &acme, 1), Some((1, Some("chief executive"))));
        let two = [("Iran", 1, Country), ("Germany", 2, Country), ("Jane Roe", 0, Person)];
        assert_eq!(of("Iran asked Germany to extradite Jane Roe, its former president.", &two, 2), None, "two antecedents");
        assert_eq!(of("Jane Roe, its vice president, said.", &[("Jane Roe", 0, Person)], 0), None, "none");
    }

    #[test]
    fn role_and_owner_after_the_comma() {
        assert_eq!(
            found("Jane Roe, the director of Acme, said.", &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]),
            Some((1, Some("director")))
        );
        assert_eq!(
            found("Jane Roe, Acme's chairman, said.", &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]),
            Some((1, Some("chairman")))
        );
        assert_eq!(
            found("Jane Roe, analyst at Acme, said.", &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]),
            Some((1, Some("analyst")))
        );
        assert_eq!(
            found("Jane Roe, chief of waste disposal for the NRC, said.", &[("Jane Roe", 0, Person), ("NRC", 1, Organization)]),
            Some((1, Some("chief")))
        );
        assert_eq!(
            found("His son, Jane Roe, was Monaco's first ambassador to Spain.", &[("Jane Roe", 0, Person), ("Monaco", 1, Country)]),
            Some((1, Some("ambassador")))
        );
        assert_eq!(
            found("Jane Roe, the last emperor of Russia, died.", &[("Jane Roe", 0, Person), ("Russia", 1, Country)]),
            Some((1, Some("emperor")))
        );
        assert_eq!(
            found(
                "It is Jane Roe, who is also the first female president of Ruritania.",
                &[("Jane Roe", 0, Person), ("Ruritania", 1, Country)]
            ),
            Some((1, Some("President")))
        );
    }

    #[test]
    fn a_role_after_served_as_or_an_appointment() {
        let monaco = |text: &str| found(text, &[("Jane Roe", 0, Person), ("Monaco", 1, Country)]);
        assert_eq!(monaco("Jane Roe served as Monaco's ambassador to Spain."), Some((1, Some("ambassador"))));
        assert_eq!(monaco("Jane Roe later served as the president of Monaco."), Some((1, Some("President"))));
        assert_eq!(monaco("Jane Roe is a diplomat who served as Monaco's ambassador to Spain."), Some((1, Some("ambassador"))));
        assert_eq!(monaco("Jane Roe is a lawyer and writer who was Monaco's ambassador."), Some((1, Some("ambassador"))));
        assert_eq!(monaco("Jane Roe is a son of a man who was Monaco's ambassador."), None, "another's relative clause");
        assert_eq!(monaco("Jane Roe was appointed Monaco's first ambassador in 1990."), Some((1, Some("ambassador"))));
        assert_eq!(monaco("Jane Roe served as a pilot, and Monaco's ambassador left."), None, "another clause");
        assert_eq!(monaco("Jane Roe served in Monaco's army as a pilot."), None, "no role right after the verb");
    }

    #[test]
    fn news_appositions_with_an_age_or_a_modifier() {
        let acme = |text: &str| found(text, &[("Jane Roe", 0, Person), ("Acme University", 1, Organization)]);
        assert_eq!(acme("Jane Roe, 58, was acting comptroller at the Acme University when it fell."), Some((1, Some("comptroller"))));
        assert_eq!(acme("Jane Roe, 53, a former Acme University law professor, spoke."), Some((1, Some("professor"))));
        assert_eq!(acme("Jane Roe, joint general secretary of the banned Acme University, spoke."), Some((1, Some("general secretary"))));
        // A capital after the article is the name's own word the NER model cut off.
        assert_eq!(acme("Jane Roe, deputy commander of the First Acme University, spoke."), None);
        assert_eq!(acme("Jane Roe, 58, said the Acme University was closed."), None);
        assert_eq!(
            acme("Jane Roe, leader of the militant group Acme University, spoke."),
            Some((1, Some("leader"))),
            "the kind, then the name"
        );
        assert_eq!(acme("Jane Roe, leader of the militant group and Acme University, spoke."), None);
    }

    #[test]
    fn a_second_role_coordinated_with_the_first() {
        let both = |text: &str| {
            let v = view(
                text,
                &[("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta Network", 2, Organization), ("John Doe", 3, Person)],
            );
            apposition_after_name(&v, 0).into_iter().map(target_and_table_role).collect::<Vec<_>>()
        };
        assert_eq!(
            both("Jane Roe, director of Acme and a member of the Beta Network, met John Doe."),
            vec![(1, Some("director")), (2, Some("member"))]
        );
        assert_eq!(
            both("Jane Roe, a critic of Acme and honorary president of the Beta Network, met John Doe."),
            vec![(2, Some("President"))],
            "the second role stands when the first has no owner"
        );
        assert_eq!(both("Jane Roe, director of Acme and the Beta Network, met John Doe."), vec![(1, Some("director"))]);
        let three = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta Network", 2, Organization)];
        for text in [
            "Jane Roe was director of Acme and later a member of the Beta Network.",
            "Jane Roe was director of Acme and then became a member of the Beta Network.",
            "Jane Roe served as director of Acme and later as a member of the Beta Network.",
        ] {
            let roles: Vec<_> = apposition_after_name(&view(text, &three), 0).into_iter().map(target_and_table_role).collect();
            assert_eq!(roles, vec![(1, Some("director")), (2, Some("member"))], "{text}");
        }
        // The first name after a role is its owner: a city's mayor is no mayor of the next.
        let city = [("Jane Roe", 0, Person), ("Lyon", 1, EntityType::Location), ("Beta Party", 2, Organization)];
        let roles = |text: &str| apposition_after_name(&view(text, &city), 0).into_iter().map(target_and_table_role).collect::<Vec<_>>();
        assert_eq!(roles("Jane Roe was mayor of Lyon and later president of the Beta Party."), vec![(2, Some("President"))]);
        assert_eq!(roles("Jane Roe was mayor of Lyon and the Beta Party."), vec![]);
        let v = view(
            "Others included Jane Roe, and Acme founder John Doe.",
            &[("Jane Roe", 0, Person), ("Acme", 1, Organization), ("John Doe", 2, Person)],
        );
        assert_eq!(apposition_after_name(&v, 0), vec![], "a role right before a name is that person's title");
    }

    #[test]
    fn a_post_taken_up_or_held_as_an_organization_s() {
        let mentions = [("Jane Roe", 0, Person), ("Acme", 1, Organization)];
        for (text, role) in [
            ("Jane Roe worked as an Acme journalist.", "journalist"),
            ("Jane Roe joined as an Acme engineer.", "engineer"),
            ("Jane Roe worked as director of Acme.", "director"),
        ] {
            let found: Vec<_> = apposition_after_name(&view(text, &mentions), 0)
                .into_iter()
                .map(|f| (f.target, f.role.unwrap_or_default().into_owned()))
                .collect();
            assert_eq!(found, vec![(1, role.to_string())], "{text}");
        }
        for text in ["Jane Roe worked as a critic of Acme policy.", "Jane Roe worked with an Acme journalist."] {
            assert!(apposition_after_name(&view(text, &mentions), 0).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_organization_s_occupation_before_a_later_role() {
        let mentions = [("Jane Roe", 0, Person), ("Acme Army", 1, Organization), ("Beta Staff", 2, Organization)];
        let text = "Jane Roe was an Acme Army officer who served as Chief of the Beta Staff during the war.";
        let found: Vec<_> = apposition_after_name(&view(text, &mentions), 0)
            .into_iter()
            .map(|f| (f.target, f.role.unwrap_or_default().into_owned()))
            .collect();
        assert_eq!(found, vec![(2, "chief".to_string()), (1, "officer".to_string())]);
        // Not a critic's description, nor one that names another's.
        let text = "Jane Roe was an Acme Army critic who served as Chief of the Beta Staff.";
        assert_eq!(apposition_after_name(&view(text, &mentions), 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), vec![2]);
    }

    #[test]
    fn a_second_description_after_the_first_s_comma() {
        let mentions = [("Jane Roe", 0, Person), ("American", 2, Country), ("Acme Systems", 1, Organization)];
        let roles =
            |text: &str| apposition_after_name(&view(text, &mentions), 0).into_iter().map(target_and_table_role).collect::<Vec<_>>();
        assert_eq!(roles("Jane Roe (born 1950) is an American businesswoman, the founder of Acme Systems."), vec![(1, Some("founder"))]);
        assert_eq!(roles("Jane Roe was an American physicist, a member of the Acme Systems board."), vec![(1, Some("member"))]);
        let three = [("Jane Roe", 0, Person), ("American", 3, Country), ("Beta", 2, Organization), ("Acme Systems", 1, Organization)];
        let chained = |text: &str| apposition_after_name(&view(text, &three), 0).into_iter().map(target_and_table_role).collect::<Vec<_>>();
        assert_eq!(
            chained("Jane Roe was an American physicist, a professor at Beta, and a member of the Acme Systems board."),
            vec![(2, Some("professor")), (1, Some("member"))],
            "a third description"
        );
        assert_eq!(
            chained("Jane Roe was an American physicist, a professor at Beta, and she chaired the Acme Systems board."),
            vec![(2, Some("professor"))],
            "a clause, no description"
        );
        // Not what the second clause says of someone or something else.
        assert_eq!(roles("Jane Roe is an American actress, best known as president of Acme Systems in a film."), vec![]);
        assert_eq!(roles("Jane Roe is an American actress, the daughter of the founder of Acme Systems."), vec![]);
        let named = [("Jane Roe", 0, Person), ("Beta", 2, Organization), ("Acme Systems", 1, Organization)];
        let v = view("Jane Roe is a Beta engineer, the founder of Acme Systems.", &named);
        assert_eq!(apposition_after_name(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), vec![2], "the first description's own");
    }

    #[test]
    fn the_owner_as_the_role_s_modifier() {
        assert_eq!(
            found("Karl Benz, the Acme board member in charge of sales, resigned.", &[("Karl Benz", 0, Person), ("Acme", 1, Organization)]),
            Some((1, Some("member")))
        );
        assert_eq!(
            found("Tom Klein, Reuters correspondent in Paris, reported it.", &[("Tom Klein", 0, Person), ("Reuters", 1, Organization)]),
            Some((1, Some("correspondent")))
        );
        // Not when more than a modifier stands between, or the owner is a place in the clause.
        assert_eq!(
            found("Tom Klein, Reuters and its rival's correspondent, left.", &[("Tom Klein", 0, Person), ("Reuters", 1, Organization)]),
            None
        );
        assert_eq!(found("Tom Klein, a visitor to Acme, left.", &[("Tom Klein", 0, Person), ("Acme", 1, Organization)]), None);
        assert_eq!(found("Tom Klein, French audience members said.", &[("Tom Klein", 0, Person), ("French", 1, Country)]), None);
    }

    #[test]
    fn nothing_without_role_or_past_the_clause() {
        assert_eq!(found("Jane Roe, who visited France, said.", &[("Jane Roe", 0, Person), ("France", 1, Country)]), None);
        assert_eq!(found("Jane Roe said the director of Acme left.", &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]), None);
        assert_eq!(
            found("Jane Roe was in France's capital with the director.", &[("Jane Roe", 0, Person), ("France", 1, Country)]),
            None,
            "no role after the possessive"
        );
        assert_eq!(
            found("Jane Roe was John's ambassador to Spain.", &[("Jane Roe", 0, Person), ("Spain", 1, Country)]),
            None,
            "the country is where to, not whose"
        );
        assert_eq!(
            found(
                "Jane Roe, John Doe's adviser at Acme, said.",
                &[("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)]
            ),
            None,
            "the clause belongs to the next person"
        );
    }
}
