//! Constructions that name the organization before its people: taken on or led by it ("Acme
//! appointed X", "headed by X"), founded by them, its members listed, a show hosted on it, a
//! teacher where the subject studied.

use super::verbs::FOUNDING_VERB;
use super::*;

/// From the people to the organization they share with the subject: "a member of the group
/// Y, along with drummer A and organ player B" (each name may carry its role words).
pub(super) static ALONG_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*,\s*(along|together)\s+with\s+(the\s+)?([a-z0-9-]+\s+){0,3}$").expect("valid regex"));

/// Between two people of such a list: ", ", " and ", ", and organ player ".
pub(super) static ROLE_LIST_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(,|,?\s*and)\s+(the\s+)?([a-z0-9-]+\s+){0,3}$").expect("valid regex"));

/// Before the organization: "is a member of the group ", "members of ".
pub(super) static MEMBER_OF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bmembers?\s+of\s+(the\s+)?((band|group|club|team|party|trio|quartet)\s+)?$").expect("valid regex"));

/// "He is a member of the group Y, along with drummer A and organ player B": the people named
/// along with the subject are members of Y too.
pub(super) fn members_along_with(view: &SentenceView, index: usize) -> Option<Found> {
    let lower = |from: usize, to: usize| view.between(from, to).to_lowercase();
    let first = list_start_where(view, index, |gap| ROLE_LIST_GAP.is_match(&gap.to_lowercase()));
    let organization = &view.placed[first.checked_sub(1)?];
    let along = ALONG_WITH.is_match(&lower(organization.span.end, view.placed[first].span.start));
    let member = MEMBER_OF.is_match(&view.text[..organization.span.start].to_lowercase());
    (organization.kind == EntityType::Organization && along && member).then_some(Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("member")),
        confidence: confidence::LISTED,
    })
}

/// From an organization (or a country) to the people of a group it names: " duo of ", "'s
/// trio of ", " pairing of ".
static GROUP_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(('s|’s)\s+)?(new\s+|young\s+|veteran\s+|former\s+)?(duo|pair|pairing|trio|quartet|tandem)\s+of\s+$")
        .expect("valid regex")
});

/// "The Yamaha duo of A and B", "the Liverpool trio of A, B and C", "the Kenyan pair of A and
/// B": the people of a group named for an organization belong to it (for a country or its
/// demonym, they are its nationals), each maybe after their role ("the Dortmund trio of libero
/// A, midfielder B and defender C"). Not after an article ("Acme bought a pair of").
pub(super) fn group_of(view: &SentenceView, index: usize) -> Option<Found> {
    let first = list_start_where(view, index, is_list_gap_with_roles);
    let named_for = &view.placed[first.checked_sub(1)?];
    let gap = view.between(named_for.span.end, view.placed[first].span.start).to_lowercase();
    let gap = without_role_before_name(&gap);
    let before = view.text[..named_for.span.start].trim_end().to_lowercase();
    // (The possessive is the group's determiner: "Acme's pair of".)
    let definite = before.ends_with("the") || before.is_empty() || starts_with_possessive(gap, 0).is_some();
    let role = (named_for.kind == EntityType::Organization).then_some(Cow::Borrowed("member"));
    (is_affiliate(named_for.kind) && definite && GROUP_OF.is_match(gap)).then_some(Found {
        target: named_for.entity,
        role,
        confidence: confidence::LISTED,
    })
}

/// From an organization to the person it took on or who leads it: " appointed his successor,
/// ", " has named ", " said it has named ", " drafted ", ", under ", "'s board named ". Up to three lower-case words may come between
/// ("hired former coach"); the word is the verb's (group `verb`).
pub(super) static TOOK_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(('s|’s)\s+(board|directors|shareholders|members)\s+)?(,\s*)?((who|which)\s+)?((said|says|announced|announces)\s+(that\s+)?(it|they)\s+)?((has|had|have)\s+)?(?P<verb>appointed|appoints|named|names|elected|elects|hired|hires|employed|employs|recruited|recruits|poached|signed|signs|drafted|traded|acquired|under|sacked|sack|sacks|fired|dismissed)\s+(((his|her|its|their)\s+(successor|replacement)\s*,\s*)|(?P<words>([a-z-]+\s+){0,3}))$")
        .expect("valid regex")
});

/// From an organization to the person who leads it, in the passive: " headed by ", ", led by
/// its founder ", " which is chaired by ", " (coached by ", " is a rock band fronted by " (the
/// organization described first: group `kind`, its kind). Up to two lower-case words may name
/// the person's post (group `post`: "its director").
pub(super) static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[,(]?\s*(((is|was|are|were)\s+)?(an?|the)\s+([a-z-]+\s+){0,4}?(?P<kind>[a-z-]+)\s+)?(((which|that)\s+)?(is|was|are|were|has\s+been|had\s+been)\s+)?((then|now|currently|later|once)\s+)?(?P<verb>headed|led|chaired|run|managed|coached|captained|fronted|presided\s+over)\s+by\s+((its|their|the)\s+(?P<post>([a-z-]+\s+){1,2})|(?P<title>((former|then|ex-|acting)\s+)?([a-z-]+\s+){0,2}(?P<title_head>[a-z-]+)\s+))?$")
        .expect("valid regex")
});

/// From an organization or a country to the person who leads it, set off by a comma: ", under
/// the direction of ", ", under the leadership of its founder " (group `lead`).
pub(super) static UNDER_THE_LEAD_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,\s*under\s+the\s+(?P<lead>direction|leadership|command|guidance|presidency|chairmanship|stewardship)\s+of\s+((its|their|the)\s+([a-z-]+\s+){1,2}|(?P<title>[a-z-]+)\s+)?$")
        .expect("valid regex")
});

/// Words that make the verb's object something else than the person: "named after", "signed a
/// deal with", "under the leadership of" (read by [`UNDER_THE_LEAD_OF`] when set off by a
/// comma).
pub(super) const NOT_TAKEN_ON: &[&str] = &["after", "for", "by", "with", "to", "of", "a", "an", "from", "in", "on", "at", "as"];

/// "The Society of Jesus appointed his successor, Arturo Sosa", "the Bulls drafted Michael
/// Jordan", "Barcelona, under Johan Cruyff", "a foundation headed by X": the organization right
/// before the person took them on, or is led by them.
pub(super) fn taken_on_by(view: &SentenceView, index: usize) -> Option<Found> {
    // "the Bulls drafted A and B": each person of a list right after the verb (each may be
    // led by a title: "under the direction of Pope A and Cardinal B").
    let first = list_start_where(view, index, is_list_gap_with_titles);
    // ("Acme, a unit of Beta, is led by X": past its aside.)
    let (mut organization, mut from) = view.subject_before(first)?;
    // "Chelsea signed Italian international X": the demonym of the person's title is passed.
    let title_words = view.between(organization.span.end, view.placed[first].span.start).split_whitespace().collect::<Vec<_>>();
    let demonym_of_title = organization.kind == EntityType::Country
        && countries::by_demonym(organization.text).is_some()
        && (1..=2).contains(&title_words.len())
        && title_words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    if let Some(before) = first.checked_sub(2).map(|at| &view.placed[at]).filter(|p| demonym_of_title && p.kind == EntityType::Organization)
    {
        (organization, from) = (before, before.span.end);
    }
    let gap = view.between(from, view.placed[first].span.start).to_lowercase();
    // "the Vatican, under the direction of Pope X", "Acme, under the leadership of its founder
    // X": an organization or a country led (a post may be named before the person).
    // ("under the direction of Pope X": a title of the person's own, not "of rebel X".)
    let titled_lead = |c: &regex::Captures| {
        c.name("title").is_none_or(|t| is_role_or_occupation(t.as_str()) || crate::text::roles::only_honorifics(t.as_str()))
    };
    if let Some(captures) = UNDER_THE_LEAD_OF.captures(&gap).filter(|c| is_affiliate(organization.kind) && titled_lead(c)) {
        let role = if &captures["lead"] == "command" { "commander" } else { "leader" };
        return Some(Found { target: organization.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::MEMBERSHIP });
    }
    if organization.kind != EntityType::Organization {
        return None;
    }
    // "headed by former prime minister X": a title of the person's own (a role or an
    // occupation, else not read), the leader's role the verb's.
    let titled = |c: &regex::Captures| c.name("title_head").is_none_or(|head| is_role_or_occupation(head.as_str()));
    // (A description of the organization: "a rock band", not "the song" it wrote.)
    let titled =
        |c: &regex::Captures| titled(c) && c.name("kind").is_none_or(|kind| crate::text::roles::is_organization_noun(kind.as_str()));
    if let Some(captures) = LED_BY.captures(&gap).filter(titled) {
        // "led by its founder X": the post named; else the verb's ("coached by X": coach).
        let role: Cow<'static, str> = match (captures.name("post"), &captures["verb"]) {
            (Some(post), _) => Cow::Owned(post.as_str().trim().to_string()),
            (None, "coached") => Cow::Borrowed("coach"),
            (None, "captained") => Cow::Borrowed("captain"),
            (None, "managed") => Cow::Borrowed("manager"),
            (None, "chaired") => Cow::Borrowed("chair"),
            (None, "fronted") => Cow::Borrowed("frontman"),
            (None, _) => Cow::Borrowed("leader"),
        };
        return Some(Found { target: organization.entity, role: Some(role), confidence: confidence::MEMBERSHIP });
    }
    let captures = TOOK_ON.captures(&gap)?;
    let words = captures.name("words").map_or("", |w| w.as_str());
    if words.split_whitespace().any(|w| NOT_TAKEN_ON.contains(&w)) {
        return None;
    }
    // "Barcelona, under Johan Cruyff", "the team under coach X"; not "the CIA under Reagan",
    // the time of someone else's office.
    let set_off = gap.trim_start().starts_with(',');
    if &captures["verb"] == "under" && !set_off && !words.split_whitespace().any(is_role_word) {
        return None;
    }
    // "Nice sack coach X", "Acme fired its chief executive X": a dismissal names the post
    // (not "police fired X", nor "the army dismissed X's claims").
    let dismissed = matches!(&captures["verb"], "sacked" | "sack" | "sacks" | "fired" | "dismissed");
    if dismissed {
        let post = crate::text::roles::find_roles(words).last().map(|r| r.role);
        return post.map(|post| Found { target: organization.entity, role: Some(Cow::Borrowed(post)), confidence: confidence::MEMBERSHIP });
    }
    let role = match &captures["verb"] {
        "under" => Some("leader"),
        "signed" | "signs" | "drafted" | "traded" | "acquired" => Some("player"),
        "hired" | "hires" | "employed" | "employs" | "recruited" | "recruits" | "poached" => Some("employee"),
        _ => None,
    };
    // "Acme said it has named X as executive vice president": the role after "as"; "Acme
    // appointed X its chief executive": after "its" too.
    let role = role.or_else(|| {
        let after = view.text[view.placed[index].span.end..].trim_start();
        let after = after.strip_prefix("as ").or_else(|| after.strip_prefix("its "))?;
        // (At most 60 bytes, cut at a character's start: names may be written with accents.)
        let mut end = after.find([',', '.', ';']).unwrap_or(after.len()).min(60);
        while !after.is_char_boundary(end) {
            end -= 1;
        }
        let phrase = &after[..end];
        // (The first role phrase, headed by its last word: "executive vice president and ...".)
        let phrase = phrase.split(" and ").next().unwrap_or(phrase);
        crate::text::roles::find_roles(phrase).last().map(|r| r.role)
    });
    Some(Found { target: organization.entity, role: role.map(Cow::Borrowed), confidence: confidence::MEMBERSHIP })
}

/// Before a show's host: "a talk show that was hosted by ", "presented by " (lower case).
pub(super) static HOSTED_BY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(hosted|co-hosted|presented|anchored|fronted)\s+by\s+$").expect("valid regex"));

/// Between the host and the broadcaster: " on ", " for the ", ", on ".
pub(super) static ON_THE_AIR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,?\s*(on|for)\s+(the\s+)?$").expect("valid regex"));

/// "Larry King Live is a talk show that was hosted by Larry King on CNN": the host presents on
/// the broadcaster named right after them (not "hosted by X in Paris", a place).
pub(super) fn hosted_by_on(view: &SentenceView, index: usize) -> Option<Found> {
    let host = &view.placed[index];
    if !HOSTED_BY.is_match(&view.text[..host.span.start].to_lowercase()) {
        return None;
    }
    let (next, gap) = view.next_mention_after(host.span.end)?;
    (next.kind == EntityType::Organization && ON_THE_AIR.is_match(gap)).then_some(Found {
        target: next.entity,
        role: Some(Cow::Borrowed("presenter")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// Between an organization and a person in a relative clause of the organization's: ", of
/// which ", ", to which ".
pub(super) static OF_WHICH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,\s*(of|to|in)\s+which\s+$").expect("valid regex"));

/// After that person: " was a member", " had been president", " belonged" (group `post`,
/// the post held: a member's noun or a role; group `belonged`).
pub(super) static MEMBER_OF_WHICH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((is|was|were|had\s+been|has\s+been|became|remained)\s+((also|later|once|then|briefly|long)\s+)?(an?|the)\s+((founding|leading|prominent|active|honorary|life|senior|former|first|early)\s+)?(?P<post>[a-z-]+)|(?P<belonged>belonged|belongs))\b")
        .expect("valid regex")
});

/// "The Fabian Society, of which Jane Roe was a member, campaigned", "Acme, to which X
/// belonged": the organization right before a relative clause that gives the person a post in
/// it (a member's noun or a role: not "of which X was the subject").
pub(super) fn member_of_which(view: &SentenceView, index: usize) -> Option<Found> {
    let organization = view.placed.get(index.checked_sub(1)?).filter(|p| p.kind == EntityType::Organization)?;
    let person = &view.placed[index];
    let gap = view.between(organization.span.end, person.span.start).to_lowercase();
    if !OF_WHICH.is_match(&gap) {
        return None;
    }
    let after = view.text[person.span.end..].to_lowercase();
    let captures = MEMBER_OF_WHICH.captures(&after)?;
    // ("of which X was a member", "to which X belonged".)
    let role = match (captures.name("post"), gap.contains("to which")) {
        (Some(post), false) if matches!(post.as_str(), "member" | "founder" | "co-founder") || is_role_word(post.as_str()) => {
            post.as_str().to_string()
        }
        (None, true) => "member".to_string(),
        _ => return None,
    };
    Some(Found { target: organization.entity, role: Some(Cow::Owned(role)), confidence: confidence::MEMBERSHIP })
}

/// Before the organization, its founding by the clause's subject: "co-founded ", "founded
/// the ", "formed ".
pub(super) static FOUNDED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b({FOUNDING_VERB}|co - founded|started|launched)\s+(the\s+)?$")).expect("valid regex"));

/// Between the organization and its other founder: " with ", " in 1990 together with his
/// brother " (at most a year and two words naming the person's tie).
pub(super) static FOUNDED_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(in\s+\d{4}\s+)?(together\s+)?with\s+((his|her|their)\s+([a-z-]+\s+){1,2})?$").expect("valid regex"));

/// "Jane Roe co-founded Acme with John Doe": the person after "with" founded it too (a
/// person founds; "launched Acme with a loan" names no person), and so does each of a list
/// there ("formed Acme with John Doe, Ann Lee and Bob Ray"; not a list whose last name opens a
/// clause: "with John Doe, and Ann Lee joined later").
pub(super) fn founded_with(view: &SentenceView, index: usize) -> Option<Found> {
    let first = list_start(view, index);
    let last = list_end_where(view, first, is_list_gap);
    if first < index && opens_a_clause(view.text, view.placed[last].span.end) {
        return None;
    }
    let organization = view.placed.get(first.checked_sub(1)?).filter(|p| p.kind == EntityType::Organization)?;
    let founder = view.placed[..first - 1].iter().rev().find(|p| p.kind == EntityType::Person)?;
    let gap = view.between(organization.span.end, view.placed[first].span.start).to_lowercase();
    let verb = view.between(founder.span.end, organization.span.start).to_lowercase();
    // (The subject's own verb: nothing but adverbs or a year between them, in one clause.)
    let one_clause = !verb.contains([',', ';', '(']) && verb.split_whitespace().count() <= 4;
    (FOUNDED_WITH.is_match(&gap) && FOUNDED_BEFORE.is_match(&verb) && one_clause).then_some(Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("founder")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// From an organization to the person studied with there: ", where he studied with ", " in
/// Moscow in 1975, and studied there under the supervision of " (a place or a time may come
/// first; no clause break but the one before "where" / "and").
pub(super) static STUDIED_THERE_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(\s+(in|at)\s+[^,;()]{1,40}?)?\s*,?\s*(where\s+(he|she|they)|and)\s+((also|later|then|first)\s+)?",
        r"(studied|trained|worked|did\s+(his|her|their)\s+([a-z-]+\s+)?(research|doctorate|thesis))\s+(there\s+)?",
        r"(with|under)\s+((the\s+)?(supervision|direction|guidance)\s+of\s+)?((professor|prof\.|dr\.|the\s+([a-z-]+\s+)?(composer|painter|mathematician|physicist|scientist))\s+)?$",
    ))
    .expect("valid regex")
});

/// Between an organization and the person its relative clause names in a role: ", whose
/// chairman is ", ", whose current chief executive, ", ", whose chief executive " (group
/// `role`, up to three words).
static WHOSE_ROLE_IS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,\s*whose\s+((current|then|first|founding|former|new|late)\s+)?(?P<role>[a-z-]+(\s+[a-z-]+){0,2}?|[A-Z]{2,4})(\s+(is|was|has\s+been|had\s+been)|\s*,)?\s*$")
        .expect("valid regex")
});

/// "Acme Corp, whose chairman is John Smith, grew": the person holds the role the clause names.
pub(super) fn whose_role_is(view: &SentenceView, index: usize) -> Option<Found> {
    let organization = view.placed[..index].last().filter(|p| p.kind == EntityType::Organization)?;
    let captures = WHOSE_ROLE_IS.captures(view.between(organization.span.end, view.placed[index].span.start))?;
    let role = &captures["role"];
    let head = role.split_whitespace().last()?;
    // ("whose co-founder X": the role after its prefix.)
    let head = head.rsplit('-').next().unwrap_or(head);
    (is_role_word(head) || is_role_word(role)).then(|| Found {
        target: organization.entity,
        role: Some(Cow::Owned(role.to_string())),
        confidence: confidence::MEMBERSHIP,
    })
}

/// After an organization, its relative clause's subject pronoun: ", where she", " where he".
static WHERE_PRONOUN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,?\s*where\s+(he|she|they)\b").expect("valid regex"));

/// Between an organization and the person of its relative clause: ", where ", " where ".
static WHERE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*,?\s*where\s+$").expect("valid regex"));

/// After that person, their verb at the organization, with the role it implies: " worked for 20
/// years", " later taught", " had played" (group `verb`).
static WORKED_THERE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s+((later|also|then|first|once|briefly|eventually|subsequently|had|has|have|would)\s+)*(?P<verb>worked|taught|lectured|played|coached|served|was\s+employed",
        // "where he later became a professor", "where she was appointed head coach".
        r"|(became|becomes|was\s+(appointed|made|named|elected))\s+((an?|the|its)\s+)?(?P<post>[a-z-]+(\s+[a-z-]+)?))\b"
    ))
    .expect("valid regex")
});

/// "Acme Corp, where John Smith worked for 20 years, closed", "the Sorbonne, where she later
/// taught": the person of the organization's relative clause works there (not "where he
/// studied", a student's; not "where he met X", nobody's post).
///
/// So is the sentence's one person when the relative clause calls them "he" or "she": "X is a
/// graduate of Acme, where she later taught law".
pub(super) fn worked_where(view: &SentenceView, index: usize) -> Option<Found> {
    let named = || {
        let organization = view.placed[..index].last().filter(|p| p.kind == EntityType::Organization)?;
        let person = view.placed[index].span;
        WHERE.is_match(view.between(organization.span.end, person.start)).then_some((organization, person.end))
    };
    let pronoun = || {
        if view.placed.iter().filter(|p| p.kind == EntityType::Person).count() != 1 {
            return None;
        }
        let organization = view.placed[index + 1..]
            .iter()
            .filter(|p| p.kind == EntityType::Organization)
            .find(|p| WHERE_PRONOUN.is_match(&view.text[p.span.end..]))?;
        let clause = WHERE_PRONOUN.find(&view.text[organization.span.end..])?;
        // (Not "where she played college baseball for the Y": the clause's own organization.)
        let clause_start = organization.span.end + clause.end();
        let clause_end = view.text[clause_start..].find([',', ';', '.']).map_or(view.text.len(), |at| clause_start + at);
        let names_another = view.placed.iter().any(|p| p.span.start >= clause_start && p.span.end <= clause_end && is_affiliate(p.kind));
        (!names_another).then_some((organization, clause_start))
    };
    let (organization, clause_from) = named().or_else(pronoun)?;
    let captures = WORKED_THERE.captures(&view.text[clause_from..])?;
    // A post taken there: its last word a role or an occupation ("a professor", "head coach").
    if let Some(post) = captures.name("post") {
        let word = post.as_str().rsplit(' ').next().unwrap_or("");
        let whole = [post.as_str(), word].into_iter().find(|w| crate::text::roles::is_role_or_occupation(w))?;
        return Some(Found { target: organization.entity, role: Some(Cow::Owned(whole.to_string())), confidence: confidence::MEMBERSHIP });
    }
    let role = match captures.name("verb")?.as_str() {
        "taught" | "lectured" => "teacher",
        "played" => "player",
        "coached" => "coach",
        "served" => "member",
        _ => "employee",
    };
    Some(Found { target: organization.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::MEMBERSHIP })
}

/// "He received his doctorate at Northwestern University, where he studied with X", "He was a
/// graduate student at the Steklov Institute in Moscow, and studied there under the
/// supervision of X": the teacher is the organization's (the organization the nearest before
/// the person, only places between).
pub(super) fn taught_where_studied(view: &SentenceView, index: usize) -> Option<Found> {
    // ("where he studied with A, B and C": each teacher of the list.)
    let first = list_start(view, index);
    let organization =
        view.placed[..first].iter().rev().find(|p| !matches!(p.kind, EntityType::Location | EntityType::Country | EntityType::Misc))?;
    if organization.kind != EntityType::Organization {
        return None;
    }
    let gap = view.between(organization.span.end, view.placed[first].span.start).to_lowercase();
    STUDIED_THERE_WITH.is_match(&gap).then_some(Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("teacher")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// From an organization to the people who founded it, in the passive: " was founded by ",
/// ", formed by ", " (established in 1901 by ".
pub(super) static FOUNDED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[r"^\s*[,(]?\s*((which|that)\s+)?((was|were|is|has\s+been|had\s+been)\s+)?(originally\s+)?", FOUNDED_IN_YEAR_BY, "$"].concat(),
    )
    .expect("valid regex")
});

/// Regex text: the founding participle and its agent's "by": "founded by ", "established in
/// 1901 by ", "founded in 1978 by a group led by ".
/// The founders may be described first: "formed in Reading in 1989 by childhood friends ".
pub(super) const FOUNDED_IN_YEAR_BY: &str = concat!(
    r"(founded|co-founded|formed|established)\s+((in|at)\s+[^,;()]{1,40}?\s+){0,2}by\s+(a\s+group\s+([a-z]+\s+){0,3}?(led|headed)\s+by\s+",
    r"|((two|three|four|five|several)\s+)?((childhood|school|high\s+school|college|university|longtime|former)\s+)?",
    r"(friends|classmates|schoolmates|brothers|sisters|siblings|cousins|bandmates|students)\s+)?"
);

/// From an organization described by a copula (or set off by a comma) and a noun phrase to its
/// founders: " is an American rock band formed in 1995 by ", " was a small publishing house,
/// founded by ", " is an American indie / alternative rock band founded by ", ", the label
/// co-founded by ". The
/// phrase holds words and demonyms only (no other organization, person or place named).
pub(super) static DESCRIBED_THEN_FOUNDED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[r"^\s*\)?\s*(\([^()]*\)\s*)?((is|was|are|were)\s+|,\s*)(an?|the)\s+[\w\s/-]{1,80}?,?\s+", FOUNDED_IN_YEAR_BY, "$"].concat(),
    )
    .expect("valid regex")
});

/// "The Acme Foundation was founded by X", "the Acme Quartet, formed by A and B in 1980",
/// "Acme is an American band formed in 1995 by A and B": the organization right before the
/// founders' names (the first of a list), or before its description (demonyms in it passed).
pub(super) fn founded_by(view: &SentenceView, index: usize) -> Option<Found> {
    // "formed in 1990 by bassist A and guitarist B": each founder may be led by their role;
    // "founded by A, along with B and C".
    let first = list_start_where(view, index, |gap| is_list_gap_with_roles(gap) || is_along_with(gap));
    let founder = view.placed[first].span.start;
    let gap = |from: usize| without_role_before_name(&pattern_text(view.between(from, founder))).to_string();
    let founded = |organization: &Placed| Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("founder")),
        confidence: confidence::MEMBERSHIP,
    };
    // Past the description's demonyms ("an American rap rock band") to the organization; one
    // word each ("a United States band" is not read). And past where it was founded: "formed
    // in Liverpool in 2003 by" (a place the model may have tagged as an organization).
    // ("an English rock band": a demonym of no country's, which linking reads as a place.)
    // (Not a place the description names: "a band from Dublin formed by".)
    let word_before = |p: &Placed| view.text[..p.span.start].trim_end().rsplit(' ').next().unwrap_or("");
    let founded_at = |p: &Placed| matches!(word_before(p), "in" | "at");
    let modifier = |p: &Placed| {
        p.text.chars().all(char::is_alphabetic)
            && !matches!(word_before(p), "from" | "of" | "by" | "with" | "for" | "to" | "on")
            && view.text[p.span.end..].strip_prefix(' ').is_some_and(|rest| rest.starts_with(char::is_lowercase))
    };
    // "an American indie rock band from Portland, Oregon, formed in 2004 by", "a social club
    // in Lake Placid, New York, founded by", "was founded in Oslo, Norway, in 1990 by": where
    // the organization is from, is or was founded, places after "from", "in" or "at" and each
    // after a comma (a country closing the chain), read out of the gap.
    let from_places: Vec<&Placed> = {
        let mut places: Vec<&Placed> = Vec::new();
        for p in view.placed[..first].iter() {
            let after_previous = places.last().is_some_and(|last| view.between(last.span.end, p.span.start).trim() == ",");
            let starts = matches!(word_before(p), "from" | "in" | "at");
            // (A city the model tagged as an organization too: "a band from Leeds".)
            let place = p.kind == EntityType::Location
                || (p.kind == EntityType::Organization && crate::link::countries::country_of_city(p.text).is_some())
                || (p.kind == EntityType::Country && after_previous && countries::by_name(p.text, false).is_some());
            if place && (starts || after_previous) {
                if starts {
                    places.clear();
                }
                places.push(p);
            } else {
                places.clear();
            }
        }
        places
    };
    let from_place = |p: &Placed| from_places.iter().any(|f| f.span == p.span);
    // The gap from `from` to the founders, the place chain cut out where it lies inside.
    let cut_gap = |from: usize| match (from_places.first(), from_places.last()) {
        (Some(first_place), Some(last_place)) if first_place.span.start > from => {
            let from_at = view.text[..first_place.span.start].trim_end().len() - word_before(first_place).len();
            let rest = &view.text[last_place.span.end..founder];
            let after = rest.trim_start().strip_prefix(',').unwrap_or(rest);
            without_role_before_name(&pattern_text(&format!("{}{}", view.between(from, from_at), after))).to_string()
        }
        _ => gap(from),
    };
    // ("Acme, a software company based in Lyon, was founded by X": past its aside.)
    let (organization, from) = view.subject_before(first)?;
    if organization.kind == EntityType::Organization && !from_place(organization) && FOUNDED_BY.is_match(&gap(from)) {
        return Some(founded(organization));
    }
    // ("Acme was founded in Leeds in 1990 by X": past where.)
    if let Some(organization) = view.placed[..first].iter().rev().find(|p| !from_place(p)) {
        if organization.kind == EntityType::Organization && FOUNDED_BY.is_match(&cut_gap(organization.span.end)) {
            return Some(founded(organization));
        }
    }
    let passed = |p: &Placed| (p.kind != EntityType::Organization && modifier(p)) || founded_at(p) || from_place(p);
    let described = view.placed[..first].iter().rev().find(|p| !passed(p))?;
    let demonyms_only = view.placed[..first].iter().rev().take_while(|p| p.kind == EntityType::Country || passed(p)).all(passed);
    (described.kind == EntityType::Organization && demonyms_only && DESCRIBED_THEN_FOUNDED_BY.is_match(&cut_gap(described.span.end)))
        .then(|| founded(described))
}

/// Before a musician credited with a work, by their role in its group: " written by lead
/// singer ", ", produced by the band's guitarist " (group `role`).
static CREDITED_MUSICIAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(written|co-written|composed|co-composed|produced|co-produced|sung|arranged)\s+by\s+((the\s+)?(band|group)(\x27s|’s)\s+)?",
        r"(?P<role>((lead|rhythm|bass|backing)\s+)?(singer|vocalist|guitarist|bassist|drummer|keyboardist|frontman|frontwoman|pianist|saxophonist))\s+$"
    ))
    .expect("valid regex")
});

/// "Runaway is a song by English rock band Acme, written by lead singer A and guitarist B":
/// the musicians a work of a group is credited to, by their role in a group, are that group's
/// (the group the work is by, named in the sentence by [`pronoun::group_a_work_is_by`]).
pub(super) fn credited_musician(view: &SentenceView, index: usize) -> Option<Found> {
    let first = list_start_where(view, index, is_list_gap_with_roles);
    let before_first = view.text[..view.placed[first].span.start].to_lowercase();
    let credit = CREDITED_MUSICIAN.captures(&before_first)?;
    // The person's own role: the credit's for the list's first name, else the musician's word
    // right before the name ("and guitarist B").
    let role = if first == index {
        credit["role"].to_string()
    } else {
        let word = view.text[..view.placed[index].span.start].trim_end().rsplit(' ').next()?.to_lowercase();
        is_musician(&word).then_some(word)?
    };
    let group = view.placed[..first]
        .iter()
        .filter(|p| p.kind == EntityType::Organization)
        .find(|p| super::super::pronoun::group_a_work_is_by(&view.text[..p.span.start]).is_some())?;
    Some(Found { target: group.entity, role: Some(Cow::Owned(role)), confidence: confidence::MEMBERSHIP })
}

/// From an organization to the people it lists as its members: ", consisting of ", " (" (a
/// parenthesis of two names or more), "'s line - up consisted of ", "'s members were ", "
/// comprises ".
pub(super) static MEMBERS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*(\(|,?\s*((which|that)\s+)?((consisting|consisted|consists|comprising|comprised|composed)\s+of|comprises|comprised)\s+(the\s+)?",
        // ("Acme's squad for the season included", "Acme's roster for the 1995 tour was".)
        r"|('s|’s|')\s+((original|classic|current|first|final|founding|starting)\s+)?(line\s*-?\s*up|lineup|members|membership|squad|roster|team|side|eleven|xi)\s+((for|in)\s+the\s+([a-z0-9–-]+\s+){0,2}?(season|tournament|campaign|tour|championship|final|cup)\s+|(at\s+the\s+time|then|in\s+\d{4})\s+)?(consisted\s+of|consists\s+of|comprised|included|includes|was|were|are)\s+",
        // "Acme's classic line-up of A, B and C".
        r"|('s|’s|')\s+((original|classic|current|first|final|founding)\s+)?(line\s*-?\s*up|lineup)\s+of\s+)$"
    ))
    .expect("valid regex")
});

/// From an organization to the people a relative clause of its lists: ", which included ",
/// ", whose members were " (read only when the list closes the clause: `listed_members`).
pub(super) static MEMBERS_IN_A_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\s*,\s*((which|that)\s+(included|includes|include|featured|features)",
        r"|whose\s+((original|classic|current|first|final|founding)\s+)?(line\s*-?\s*up|lineup|members|membership)\s+(included|includes|include|were|are|was|comprised|consisted\s+of))\s+$"
    ))
    .expect("valid regex")
});

/// From an organization to the people of a list in its role: "'s candidates were ", "'s
/// founding editors included " (group `plural`, the role in the plural).
pub(super) static ROLE_HOLDERS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*('s|’s|')\s+((original|current|first|founding|other|leading|senior|main|principal|early)\s+)?(?P<plural>[a-z-]+)\s+(were|are|included|include|includes)\s+$")
        .expect("valid regex")
});

/// Before an organization, the people of it a list names: "notable former players of the ".
pub(super) static PEOPLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(^|\s)((notable|famous|prominent|former|past|current|other)\s+){0,2}(?P<people>players|members|alumni|employees|coaches|managers|founders)\s+(of|at|for)\s+(the\s+)?$")
        .expect("valid regex")
});

/// From that organization to the list: " include ", " have included ", " were ".
/// ("Notable players for Acme in this period included": a time between.)
pub(super) static INCLUDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((in|during)\s+(this|that|the)\s+(period|era|time|decade|season|years)\s+|in\s+the\s+\d{4}s\s+|at\s+the\s+time\s+)?(include|included|includes|have\s+included|has\s+included|are|were)\s+$")
        .expect("valid regex")
});

/// Between two listed members: a comma or "and", maybe after what the first one plays ("A
/// (vocals), B (guitar) and C").
pub(super) static MEMBER_LIST_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\([^()]{1,40}\)\s*)?(,|and|,\s*and|&)\s*$").expect("valid regex"));

/// "Acme, consisting of A, B and C", "the Acme Quartet (A, B, C and D)", "Acme's line - up
/// consisted of A (vocals), B (guitar) and C (drums)": the organization right before the list
/// of its members.
pub(super) fn listed_members(view: &SentenceView, index: usize) -> Option<Found> {
    // "Acme consisted of vocalist A, guitarist B and drummer C": each member may be led by
    // their role, which is then theirs.
    let is_member_gap = |gap: &str| MEMBER_LIST_GAP.is_match(without_role_before_name(gap));
    let first = list_start_where(view, index, is_member_gap);
    if let Some(found) = described_group_members(view, index, first) {
        return Some(found);
    }
    let organization = view.placed.get(first.checked_sub(1)?).filter(|p| p.kind == EntityType::Organization)?;
    let lead = view.between(organization.span.end, view.placed[first].span.start).to_lowercase();
    // "Its members included A and B": the article's organization as "its" (its possessive).
    let lead = if organization.text.eq_ignore_ascii_case("its") { format!("'s{lead}") } else { lead };
    let gap = without_role_before_name(&lead);
    // "Notable former players of Acme include A, B and C".
    let before = view.text[..organization.span.start].to_lowercase();
    if let Some(people) = PEOPLE_OF.captures(&before).filter(|_| INCLUDE.is_match(gap)) {
        let role = match &people["people"] {
            "alumni" => "alumnus",
            people => sentence::singular_role(people),
        };
        return Some(Found { target: organization.entity, role: Some(Cow::Owned(role.to_string())), confidence: confidence::LISTED });
    }
    // "The Acme Party's candidates were A, B and C": the organization's people in a role.
    if let Some(plural) = ROLE_HOLDERS_LISTED.captures(gap).and_then(|c| c.name("plural")).filter(|p| is_plural_occupation(p.as_str())) {
        let role = sentence::singular_role(plural.as_str());
        return Some(Found { target: organization.entity, role: Some(Cow::Owned(role.to_string())), confidence: confidence::LISTED });
    }
    let in_a_clause = MEMBERS_IN_A_CLAUSE.is_match(gap);
    if !MEMBERS_LISTED.is_match(gap) && !in_a_clause {
        return None;
    }
    // A parenthesis lists members when it holds two names or more and nothing else; "which
    // included" its members when the list closes the clause (not "which included Jane Roe
    // among its clients").
    if gap.trim() == "(" {
        let last = list_end_where(view, first, is_member_gap);
        let closes = view.text[view.placed[last].span.end..].trim_start().starts_with(')');
        if last == first || !closes {
            return None;
        }
    } else if in_a_clause {
        let last = list_end_where(view, first, is_member_gap);
        let after = view.text[view.placed[last].span.end..].trim_start();
        if !(after.is_empty() || after.starts_with([',', '.', ';', ')'])) {
            return None;
        }
    }
    let before_member = view.between(view.placed[index - 1].span.end, view.placed[index].span.start);
    let role = role_before_name(before_member).map_or(Cow::Borrowed("member"), |role| Cow::Owned(role.to_string()));
    Some(Found { target: organization.entity, role: Some(role), confidence: confidence::LISTED })
}

/// After a person, the instrument they play in the group named before them: " on drums", " on
/// lead guitar and vocals" (group `instrument`).
static ON_AN_INSTRUMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+on\s+((?P<kind>lead|rhythm|bass|backing|acoustic|electric)\s+)?(?P<instrument>vocals|guitars?|bass|drums|keyboards?|piano|saxophone|trumpet|violin|percussion|organ)\b")
        .expect("valid regex")
});

/// "Acme recorded the album, with Jane Roe on drums and John Doe on bass", "Acme, with Jane Roe
/// on vocals,": a group, then "with" and its players, each with the instrument they play in it
/// (no guest: "with guest Jane Roe on vocals" has a word before the name).
pub(super) fn with_an_instrument(view: &SentenceView, index: usize) -> Option<Found> {
    let on_instrument = |at: usize| ON_AN_INSTRUMENT.captures(&view.text[view.placed[at].span.end..]);
    let played = on_instrument(index)?;
    // ("on bass guitar": a bassist.)
    let instrument = if played.name("kind").is_some_and(|k| k.as_str() == "bass") { "bass" } else { played.name("instrument")?.as_str() };
    // The people before this one in the list, each with their own instrument: " on bass and ".
    let mut first = index;
    while first > 0 && view.placed[first - 1].kind == EntityType::Person {
        let gap = view.between(view.placed[first - 1].span.end, view.placed[first].span.start);
        let listed = on_instrument(first - 1).is_some_and(|c| matches!(gap[c[0].len()..].trim(), "," | "and" | ", and"));
        if !listed {
            break;
        }
        first -= 1;
    }
    let group = view.placed.get(first.checked_sub(1)?).filter(|p| p.kind == EntityType::Organization)?;
    let gap = view.between(group.span.end, view.placed[first].span.start);
    // ("Acme recorded the album, with": the group's clause may come between.)
    let with = gap.trim() == "with" || gap.split_once(',').is_some_and(|(_, rest)| rest.trim() == "with");
    let role = match instrument {
        "vocals" => "vocalist",
        "guitar" | "guitars" => "guitarist",
        "bass" => "bassist",
        "drums" => "drummer",
        "keyboard" | "keyboards" => "keyboardist",
        "piano" => "pianist",
        "saxophone" => "saxophonist",
        "trumpet" => "trumpeter",
        "violin" => "violinist",
        "percussion" => "percussionist",
        _ => "organist",
    };
    (with && !gap.contains([';', '(', ')'])).then_some(Found {
        target: group.entity,
        role: Some(Cow::Borrowed(role)),
        confidence: confidence::LISTED,
    })
}

/// From a group to the members its description lists: " is an English rock band formed in
/// 1985, consisting of ", " was a trio comprising ".
pub(super) static DESCRIBED_THEN_CONSISTING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*(is|was|are|were)\s+(an?|the)\s+[^,;()]{0,80}?\b(band|group|duo|trio|quartet|quintet|ensemble|act|outfit)\b[^;()]{0,60}?,?\s*((which|that)\s+)?((consisting|consists|consisted|composed|made\s+up)\s+of|comprising|comprises|comprised)\s+(the\s+)?$")
        .expect("valid regex")
});

/// "Acme is an English rock band formed in 1985, consisting of A, B and C": the sentence's
/// subject, a group, and the members its description lists (`first` opens the list that holds
/// `view.placed[index]`); only a place or a nationality may be named between.
pub(super) fn described_group_members(view: &SentenceView, index: usize, first: usize) -> Option<Found> {
    let group =
        view.placed[..first].iter().rposition(|p| !matches!(p.kind, EntityType::Country | EntityType::Location | EntityType::Misc))?;
    let organization = &view.placed[group];
    let opens_the_sentence = view.text[..organization.span.start].trim().trim_start_matches("The").trim().is_empty();
    if organization.kind != EntityType::Organization || !opens_the_sentence {
        return None;
    }
    let gap = view.between(organization.span.end, view.placed[first].span.start).to_lowercase();
    DESCRIBED_THEN_CONSISTING.is_match(without_role_before_name(&gap)).then(|| {
        let before_member = view.between(view.placed[index - 1].span.end, view.placed[index].span.start);
        let role = role_before_name(before_member).map_or(Cow::Borrowed("member"), |role| Cow::Owned(role.to_string()));
        Found { target: organization.entity, role: Some(role), confidence: confidence::LISTED }
    })
}

/// Before the founders: the sentence opens with the participle ("Founded by ", "Established
/// in 1912 by ", "Co-founded by the brothers ").
pub(super) static FRONTED_FOUNDING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"^\s*(originally\s+)?", FOUNDED_IN_YEAR_BY, r"(the\s+)?([a-z-]+\s+){0,2}$"].concat()).expect("valid regex")
});

/// After the founders, up to the organization: " in 1912, the ", ", ".
pub(super) static FRONTED_FOUNDING_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(in\s+\d{4}\s*)?,\s*(the\s+)?$").expect("valid regex"));

/// "Founded by Sir William Osler in 1912, the History of Medicine Society is ...", "Founded in
/// 1998 by A and B, Acme grew": the sentence opens with the founding; the organization opens
/// the main clause.
pub(super) fn fronted_founding(view: &SentenceView, index: usize) -> Option<Found> {
    let (first, last) = (list_start(view, index), list_end(view, index));
    let opening = pattern_text(&view.text[..view.placed[first].span.start]);
    let organization = view.placed.get(last + 1).filter(|p| p.kind == EntityType::Organization)?;
    let rest = view.between(view.placed[last].span.end, organization.span.start).to_lowercase();
    (FRONTED_FOUNDING.is_match(&opening) && FRONTED_FOUNDING_END.is_match(&rest)).then_some(Found {
        target: organization.entity,
        role: Some(Cow::Borrowed("founder")),
        confidence: confidence::MEMBERSHIP,
    })
}
