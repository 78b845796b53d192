//! Person and organization in different clauses of one sentence: a fronted phrase ("With Acme,
//! X won"), a participle after the clause, a pronoun's clause, a succession ("succeeded Y as").

use super::verbs::{lead, verb_role, ORGANIZATION_KIND};
use super::*;

/// The end of a gap whose last clause is a participle of moving to an organization: " began
/// his career with Acme before moving to ", " played for Acme, before joining the ", " is a free
/// agent, having last played for ", " won the award while playing for ", " during his time at ",
/// " shortly after making his county debut for " (group `debut`).
pub(super) static PARTICIPLE_AFTER_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(\s(before|after|prior\s+to|then|later|and\s+later)\s+(joining|rejoining|moving\s+to|signing\s+(for|with)|transferring\s+to|(?P<founding>founding|co-founding|forming|establishing|setting\s+up)|(serving|working)\s+as\s+(an?\s+|the\s+)?([a-z-]+\s+){{0,2}}?(?P<role>[a-z-]+)\s+(at|for|with|of))|\s(while|when)\s+(playing|working|serving)\s+(for|with|at)|\sduring\s+(his|her|their)\s+(time|spell|tenure|stint|years)\s+(at|with)|\s(after|before|on|when)\s+making\s+(his|her|their)\s+([a-z-]+\s+){{0,2}}(?P<debut>debut)\s+(for|with)|,\s*having\s+((last|previously|most\s+recently|also|briefly)\s+)?(?P<having>played|worked|served)\s+(for|with|at))\s+(the\s+)?({kind})?$",
        kind = ORGANIZATION_KIND.as_str()
    ))
    .expect("valid regex")
});

/// "X began his career with A before moving to B": a participle after the clause is its
/// subject's, so the person must open the sentence (at most a short phrase before it: "In
/// 2005, "); the organization is the first one the participle reaches, before any other person.
pub(super) fn participle_after_clause(view: &SentenceView, index: usize) -> Vec<Found> {
    let person = view.placed[index].span;
    // ("After leaving school, X worked as a clerk at A before joining B": a fronted phrase
    // set off by a comma may be longer.)
    let opening = &view.text[..person.start];
    let set_off = opening.trim_end().ends_with(',');
    // ("Born in Aarhus, X began his career at A before moving to B": a fronted phrase that
    // names places only.)
    let places_only = view.placed[..index].iter().all(|p| matches!(p.kind, EntityType::Location | EntityType::Country | EntityType::Misc));
    // (A short opening without a comma is a phrase of time or place, "In 2005 X", not a
    // clause whose object the person is: "The coach praised X before joining Y".)
    let short_phrase = opening.trim().is_empty()
        || opening.split_whitespace().next().is_some_and(|w| {
            matches!(
                w,
                "In" | "On"
                    | "At"
                    | "By"
                    | "After"
                    | "Before"
                    | "During"
                    | "From"
                    | "Since"
                    | "Later"
                    | "Then"
                    | "Also"
                    | "Until"
                    | "Between"
            )
        });
    let opens = (index == 0 && ((opening.len() <= 20 && short_phrase) || (opening.len() <= 40 && set_off)))
        || (places_only && set_off && opening.len() <= 60 && !opening.contains([';', ':']));
    if !opens {
        return Vec::new();
    }
    // The organization the participle reaches, the role it names, if any, and its verb.
    let Some((at, named_role, having)) = view
        .placed
        .iter()
        .enumerate()
        .skip(index + 1)
        .take_while(|(_, p)| p.kind != EntityType::Person)
        .filter(|(_, p)| p.kind == EntityType::Organization)
        .find_map(|(at, p)| {
            let gap = view.text[person.end..p.span.start].to_lowercase();
            let captures = PARTICIPLE_AFTER_CLAUSE.captures(&gap)?;
            // ("before founding", "after setting up": a founder's verb, whichever is written.)
            let founded = captures.name("founding").map(|_| "founded".to_string());
            let having = captures.name("having").or(captures.name("debut")).map(|verb| verb.as_str().to_string()).or(founded);
            Some((at, captures.name("role").map(|r| r.as_str().to_string()), having))
        })
    else {
        return Vec::new();
    };
    let gap = &view.text[person.end..view.placed[at].span.start];
    // "after serving as a senior engineer at Y": that role; "having played for Y", "after making
    // his debut for Y": a player's; "having worked at Y": an employee's; else a member.
    let role = match (named_role, having.as_deref()) {
        (Some(role), _) if is_role_or_occupation(&role) => Cow::Owned(role),
        // ("after working as a fan of Y": no role.)
        (Some(_), _) => return Vec::new(),
        (None, Some("played" | "debut")) => Cow::Borrowed("player"),
        (None, Some("worked")) => Cow::Borrowed("employee"),
        // "before founding Y": its founder.
        (None, Some("founded")) => Cow::Borrowed("founder"),
        (None, _) => Cow::Borrowed("member"),
    };
    if gap.len() > 160 || gap.contains([';', '"', '“', '”']) {
        return Vec::new();
    }
    // "having played for A, B and C": every organization of the list.
    let last = list_end_where(view, at, is_list_gap);
    view.placed[at..=last]
        .iter()
        .map(|p| Found { target: p.entity, role: Some(role.clone()), confidence: confidence::MEMBERSHIP })
        .collect()
}

/// Before a party named as a candidacy's or a ticket's: " as the ", " as a ", " on the ".
static CANDIDACY_BEFORE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s(as|on)\s+(the|an?)\s+$").expect("valid regex"));

/// After it: " candidate", " nominee", " ticket" (group `word`).
static CANDIDACY_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+(?P<word>candidate|nominee|ticket)\b").expect("valid regex"));

/// "X ran for governor as the Acme Party candidate", "X was elected on the Acme Party ticket":
/// the party a clause of the person's stands for, before any other person (a nominee's role,
/// else a candidate's, as the verb table's "elected on the Y ticket").
///
/// So does ", representing the Law and Justice party" (a party's name; a member's role).
pub(super) fn party_candidacy(view: &SentenceView, index: usize) -> Option<Found> {
    let mut next =
        view.placed[index + 1..].iter().take_while(|p| p.kind != EntityType::Person).filter(|p| p.kind == EntityType::Organization);
    let before = |p: &Placed| view.text[view.placed[index].span.end..p.span.start].to_lowercase();
    let (party, role) = next.find_map(|p| {
        if CANDIDACY_BEFORE.is_match(&before(p)) {
            let word = &CANDIDACY_AFTER.captures(&view.text[p.span.end..])?["word"];
            return Some((p, if word == "nominee" { "nominee" } else { "candidate" }));
        }
        // (The clause ends with the party: not "representing the Acme Party in court", a lawyer's.)
        let closes = view.text[p.span.end..].trim_start().chars().next().is_none_or(|c| matches!(c, '.' | ',' | ';'));
        (REPRESENTING.is_match(&before(p)) && roles::is_party_name(p.text) && closes).then_some((p, "member"))
    })?;
    Some(Found { target: party.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::MEMBERSHIP })
}

/// Before a party the person's clause says they represent: ", representing the ".
static REPRESENTING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r",\s*representing\s+(the\s+)?$").expect("valid regex"));

/// From the successor to the predecessor: " replaced ", " who succeeded ", " took over from ";
/// or the other way, in the passive: " was replaced by " (both held the role).
pub(super) static SUCCEEDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[lead().as_str(), r"((is|was|were|has\s+been|had\s+been)\s+(replaced|succeeded)\s+by|replaced|succeeded|replacing|succeeding|replaces|succeeds|(took|takes|taking)\s+over\s+from)\s+$"].concat()).expect("valid regex")
});

/// From the predecessor to the organization: " as the drummer of ", " as chief executive at ",
/// " as CEO of " (an abbreviated role in capitals).
pub(super) static AS_ROLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*as\s+(the\s+|its\s+)?([a-z-]+\s+){0,3}?(?P<role>[a-z-]+|[A-Z]{2,4})\s+(of|at|for|with)\s+(the\s+)?$")
        .expect("valid regex")
});

/// "X replaced A as the drummer of Y", "X succeeded A as chairman of Y": the successor holds
/// the role (the predecessor's own reading gives it to A as well).
pub(super) fn succeeded_as(view: &SentenceView, index: usize) -> Option<Found> {
    let (person, predecessor) = (&view.placed[index], view.placed.get(index + 1)?);
    let target = view.placed.get(index + 2).filter(|t| is_affiliate(t.kind))?;
    let to_predecessor = view.between(person.span.end, predecessor.span.start).to_lowercase();
    let between = view.between(predecessor.span.end, target.span.start);
    // "X replaced A as Y's singer": the role after the organization's possessive.
    let possessed_role = || {
        let n = starts_with_possessive(view.text, target.span.end).filter(|_| matches!(between.trim(), "as" | "as the"))?;
        let after = &view.text[target.span.end + n..];
        after
            .split_whitespace()
            .take(3)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .find(|w| is_role_word(w) || is_occupation_word(w))
    };
    let role = match AS_ROLE_OF.captures(between) {
        Some(captures) => captures.name("role")?.as_str(),
        None => possessed_role()?,
    };
    (predecessor.kind == EntityType::Person && SUCCEEDED.is_match(&to_predecessor) && (is_role_word(role) || is_occupation_word(role)))
        .then(|| Found { target: target.entity, role: Some(Cow::Owned(role.to_string())), confidence: confidence::MEMBERSHIP })
}

/// "X replaced A as Y's drummer": the predecessor A held the role too (A's own reading finds
/// "A as the drummer of Y", not the possessive).
pub(super) fn preceded_as(view: &SentenceView, index: usize) -> Option<Found> {
    let successor = index.checked_sub(1).filter(|&s| view.placed[s].kind == EntityType::Person)?;
    let target = view.placed.get(index + 1)?;
    starts_with_possessive(view.text, target.span.end)?;
    succeeded_as(view, successor)
}

/// A clause whose subject is "he" or "she": ", where he ", " and she ", " after he ".
pub(super) static PRONOUN_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|[\s,;])(where|when|after|before|and|as|while|until|since|then|but)\s+(he|she)\s+").expect("valid regex")
});

/// "X was drafted out of A, where he played college baseball for B": a verb of a later
/// clause whose subject is "he" or "she" is the sentence's person's, when they are the only
/// person named before it (not after "X's": "X's father worked at A, where he" is the
/// father). The organization is the first one after the pronoun.
pub(super) fn pronoun_clause(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = &view.placed[index];
    let only_person = view.placed.iter().take_while(|p| p.span.start < person.span.start).all(|p| p.kind != EntityType::Person);
    if !only_person || starts_with_possessive(text, person.span.end).is_some() {
        return None;
    }
    // The sentence up to the next person.
    let end = view.placed[index + 1..].iter().find(|p| p.kind == EntityType::Person).map_or(text.len(), |p| p.span.start);
    let lower = text[person.span.end..end].to_lowercase();
    let clause = PRONOUN_CLAUSE.find_iter(&lower).last()?;
    // Nobody else the pronoun could be: no relative clause of another referent ("fouled the
    // Argentine, whose coach ... before he joined"), no demonym standing for a person.
    let before = &lower[..clause.start()];
    let relative = before.split(|c: char| !c.is_alphanumeric()).any(|w| matches!(w, "who" | "whose" | "whom"));
    let demonym_between = view.placed[index + 1..]
        .iter()
        .take_while(|p| p.span.start < person.span.end + clause.start())
        .any(|p| p.kind == EntityType::Country && countries::by_demonym(p.text).is_some());
    if relative || demonym_between {
        return None;
    }
    let clause_end = person.span.end + clause.end();
    let target = view.placed[index + 1..].iter().find(|p| p.span.start >= clause_end && p.span.end <= end && is_affiliate(p.kind))?;
    let gap = pattern_text(&text[clause_end..target.span.start]);
    if gap.len() > 80 || gap.contains([',', ';', ':', '(']) {
        return None;
    }
    if let Some(role) = verb_role(&gap, target.kind) {
        return Some(Found { target: target.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::LISTED });
    }
    // "..., when he was commander-in-chief of the Y": a role after a copula.
    let copula = PRONOUN_COPULA.find(&gap)?;
    apposition::role_in_clause_at(view, index, clause_end + copula.end()).map(|found| Found { confidence: confidence::LISTED, ..found })
}

/// A copula opening a pronoun's clause: "was ", "had been ", "became ".
pub(super) static PRONOUN_COPULA: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(is|was|became|had\s+been|has\s+been)\s+").expect("valid regex"));

/// A role set before the subject: "As a member of the Vikings in 1998, Anderson became ...",
/// "A former player for Marseille and Monaco, Emon has coached Nice".
pub(super) static FRONTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(as\s+)?(an?|the)\s+((former|longtime|new)\s+)?(?P<role>[a-z-]+)\s+(of|for|with|at)\s+(the\s+)?$")
        .expect("valid regex")
});

/// A sentence's opening phrase that places its subject at the organization after it: "With ",
/// "While playing for ", "During his time at ", "After a loan spell with ", "In his first
/// season with ", "After leaving ", "Signed by ", "A product of the " (group `verb` where the
/// phrase says how: playing, signed, working).
pub(super) static FRONTED_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*(with|while\s+(at|with|(?P<verb>playing|working|serving)\s+(for|with|at|in))|during\s+(his|her|their)\s+",
        r"(time|spell|tenure|stint|years|days)\s+(at|with)|(after|following)\s+(an?|his|her|their)\s+([a-z0-9-]+\s+){0,2}?(spell|stint)\s+(at|with)",
        r"|in\s+(his|her|their)\s+([a-z0-9-]+\s+){0,2}?(season|seasons|campaign)\s+(at|with)",
        // "After three seasons at Y," (seasons, a player's; "after three years at Y" may be a
        // student's).
        r"|(after|following)\s+([a-z0-9-]+\s+){1,2}?seasons\s+(at|with)",
        r"|after\s+(leaving|joining)|before\s+joining|(?P<signed>signed)\s+by|a\s+product\s+of)\s+(the\s+)?$"
    ))
    .expect("valid regex")
});

/// After the person of a fronted "Under": the possessive and the lead, then what comes before
/// the organization ("'s leadership, the "; groups `lead`, `rest`).
static POSSESSED_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^('s|’s|')\s+(?P<lead>management|leadership|guidance|captaincy|stewardship|direction|presidency|chairmanship|command)\s*(?P<rest>,.*)$")
        .expect("valid regex")
});

/// A sentence's opening phrase before the person who led the organization after them: "Under
/// the management of ", "Under the leadership of coach " (group `lead`); "Led by quarterback ",
/// "Coached by ", "Under coach " (group `verb`, and `post`, the person's, if named).
pub(super) static FRONTED_UNDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*(under\s+(the\s+)?(?P<lead>management|leadership|guidance|captaincy|stewardship|direction|presidency|chairmanship|command)\s+of\s+((coach|manager|chairman|president|captain)\s+)?",
        r"|(?P<verb>led|headed|coached|captained|managed|fronted)\s+by\s+((its|their|the)\s+)?((?P<post>[a-z-]+)\s+)?",
        r"|under\s+((its|their|the)\s+)?(?P<under>coach|manager|captain|head\s+coach|chairman|chairwoman|president|ceo|chief\s+executive|director|founder|owner)\s+",
        // "Following the departure of bassist X, Acme": a member who left.
        r"|(following|after)\s+the\s+(?P<departure>departure|exit|resignation|dismissal|sacking|firing)\s+of\s+((its|their|the)\s+)?((?P<left>[a-z-]+)\s+)?)$"
    ))
    .expect("valid regex")
});

/// The role of a person who led as a `lead` says: "management" a manager, "leadership" a leader.
fn lead_role(lead: &str) -> &'static str {
    match lead {
        "management" => "manager",
        "captaincy" => "captain",
        "command" => "commander",
        "presidency" => "president",
        "chairmanship" => "chairman",
        _ => "leader",
    }
}

/// The role a [`FRONTED_UNDER`] opening gives its person: the post named ("Led by quarterback
/// X", a role or an occupation, else none: "Led by the great X"), else the verb's ("Coached by
/// X": coach), the title after "Under" ("Under coach X"), or the lead's ("Under the management
/// of X": manager).
fn fronted_lead_role(captures: &regex::Captures) -> Option<Cow<'static, str>> {
    if let Some(post) = captures.name("post").map(|p| p.as_str()) {
        return is_role_or_occupation(post).then(|| Cow::Owned(post.to_string()));
    }
    // ("Following the departure of bassist X": that role, else a member's.)
    if captures.name("departure").is_some() {
        return match captures.name("left").map(|p| p.as_str()) {
            Some(role) => is_role_or_occupation(role).then(|| Cow::Owned(role.to_string())),
            None => Some(Cow::Borrowed("member")),
        };
    }
    let role = match (captures.name("verb").map(|v| v.as_str()), captures.name("under")) {
        (Some("coached"), _) => "coach",
        (Some("captained"), _) => "captain",
        (Some("managed"), _) => "manager",
        (Some("fronted"), _) => "frontman",
        (Some(_), _) => "leader",
        (None, Some(under)) => return Some(Cow::Owned(under.as_str().to_string())),
        (None, None) => lead_role(&captures["lead"]),
    };
    Some(Cow::Borrowed(role))
}

/// "As a member of Y ..., X": the sentence opens with the role and its organization, and the
/// person opens the main clause.
pub(super) fn fronted(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = &view.placed[index];
    let found = |organization: &Placed, role: Cow<'static, str>| Found {
        target: organization.entity,
        role: Some(role),
        confidence: confidence::MEMBERSHIP,
    };
    // "Under the management of X, Acme won": the person first, the organization opening the
    // main clause.
    // "Under X's leadership, Acme grew": the lead after the person's possessive.
    if index == 0 {
        let organization = view.placed.get(1).filter(|p| p.kind == EntityType::Organization)?;
        let opening = text[..person.span.start].to_lowercase();
        let rest = text[person.span.end..organization.span.start].trim().to_lowercase();
        let (role, rest) = match POSSESSED_LEAD.captures(&rest) {
            Some(captures) if opening.trim() == "under" => (Cow::Borrowed(lead_role(&captures["lead"])), captures["rest"].to_string()),
            _ => (fronted_lead_role(&FRONTED_UNDER.captures(&opening)?)?, rest),
        };
        return matches!(rest.as_str(), "," | ", the").then(|| found(organization, role));
    }
    // The organization is the sentence's first mention, the person the first after it or
    // after the list it opens ("A former player for A and B, X").
    let organization = view.placed.first().filter(|p| p.kind == EntityType::Organization)?;
    let last = super::list_end(view, 0);
    if index != last + 1 {
        return None;
    }
    let opening = text[..organization.span.start].to_lowercase();
    let rest = &text[view.placed[last].span.end..person.span.start];
    let clause = rest.trim_end().strip_suffix(',').is_some_and(|before| before.len() <= 40 && !before.contains([',', ';', ':']));
    if !clause {
        return None;
    }
    // "With Acme, X won two titles", "Signed by Acme in 1995, X", "A product of the Acme
    // academy, X" (a year or the part of a club between, not "With Acme gone, X").
    let part_or_year = rest.trim_end().trim_end_matches(',').split_whitespace().all(|w| {
        matches!(w, "in" | "academy" | "youth" | "system" | "ranks" | "setup" | "team" | "squad" | "side" | "reserves")
            || (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()))
    });
    if let Some(captures) = FRONTED_PLACE.captures(&opening).filter(|_| part_or_year) {
        let role = match (captures.name("verb").map(|v| v.as_str()), captures.name("signed")) {
            (Some("playing"), _) | (_, Some(_)) => "player",
            (Some("working"), _) => "employee",
            _ => "member",
        };
        return Some(found(organization, Cow::Borrowed(role)));
    }
    let captures = FRONTED.captures(&opening)?;
    let word = captures.name("role")?.as_str();
    is_role_or_occupation(word).then(|| found(organization, Cow::Owned(word.to_string())))
}

/// After a person's name, the possessive of a post taken, held or left, up to its role: "'s
/// reappointment as ", "'s debut as ", "'s first season as ", "' tenure as ".
static POST_AFTER_POSSESSIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*('s|’s|'|’)\s+((first|second|third|final|last|brief|short|long|new|full)\s+)?(appointment|reappointment|nomination|renomination|election|re-election|debut|tenure|term|stint|spell|time|role|career|season|resignation|retirement|confirmation|promotion|installation|inauguration)\s+as\s+")
        .expect("valid regex")
});

/// "Alan Greenspan's reappointment as chairman of the Federal Reserve", "Bobby Valentine's
/// debut as Mets' manager": the post the possessive names is the person's (read as an
/// apposition from "as" on).
pub(super) fn post_after_possessive(view: &SentenceView, index: usize) -> Option<Found> {
    let end = view.placed[index].span.end;
    let lead = POST_AFTER_POSSESSIVE.find(&view.text[end..])?;
    apposition::role_in_clause_at(view, index, end + lead.end())
}
