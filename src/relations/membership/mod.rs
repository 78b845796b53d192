//! Membership and employment stated by a verb or a role between a person and an organization
//! (or a country they represent), in one clause: "X joined Y in 2005", "X plays for Y", "X, who
//! heads / founded Y", "X works for Y", "X served as treasurer of Y", "X is a member of the Y",
//! "X, a former Y executive", and a party or club in parentheses, "X (Y)".
//!
//! The text between the two must be the construction and nothing else (no other person, no
//! clause break), so a neighbour's organization is never taken.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::sentence::{
    self, comma_aside_after, describes_an_organization, is_affiliate, is_along_with, is_list_gap, is_list_gap_with_roles,
    is_list_gap_with_titles, is_misread_field, is_national_team, is_plural_occupation, last_word_written_lower, list_end, list_end_where,
    list_start, list_start_where, parenthesis_after, pattern_text, role_before_name, starts_with_possessive, without_role_before_name,
    Found, Placed, SentenceView, AGE, DESCRIPTION_WHO,
};
use super::{apposition, confidence};
use crate::link::{countries, EntityType};
use crate::text::results;
use crate::text::roles::{
    self, find_roles, is_occupation_word, is_organization_noun, is_party_name, is_role_or_occupation, is_role_word, only_honorifics,
};
use crate::text::words::follows_a_noun_phrase;

mod clauses;
mod organization_first;
mod sports;
mod verbs;

use clauses::{fronted, participle_after_clause, party_candidacy, post_after_possessive, preceded_as, pronoun_clause, succeeded_as};
use organization_first::{
    credited_musician, founded_by, founded_with, fronted_founding, group_of, hosted_by_on, listed_members, member_of_which,
    members_along_with, taken_on_by, taught_where_studied, whose_role_is, with_an_instrument, worked_where,
};
use sports::{
    feat_before_a_side_s_win, is_league_or_country_before_its_club, players_a_side_is_without, scorer_in_results, squad_list,
    the_subject_club_s_people, IN_THE_DRAFT, LEAVE_VERB, MOVE_VERB, PLAY_VERB, SELECTED_BY, SQUAD_AFTER, SQUAD_LEAD,
};
use verbs::{
    coordinated_predicate, coordinated_verb_role, is_learned_society, lead, verb_role, CONTRACT_GAP, INDUCTED_INTO, ORGANIZATION_KIND,
    ORGANIZATION_STANDING, WHEN,
};

/// Whether the words before "critic" (`lead`, lower case) make it an opinion held: an article
/// right before it, or a word of how fiercely ("a critic of", "an outspoken critic of").
fn is_opinion_critic(lead: &str) -> bool {
    let previous = lead.split_whitespace().next_back().unwrap_or("");
    matches!(
        previous,
        "a" | "an"
            | "the"
            | "vocal"
            | "outspoken"
            | "fierce"
            | "harsh"
            | "strong"
            | "leading"
            | "prominent"
            | "staunch"
            | "longtime"
            | "frequent"
            | "vehement"
            | "persistent"
            | "sharp"
            | "severe"
            | "bitter"
            | "major"
            | "notable"
            | "ardent"
            | "consistent"
    )
}

/// After a role's "of": the organization described by its kind, then its name set off by a
/// comma (" chairman of the strongest opposition party, the ", group `description` from the
/// article).
static DESCRIPTION_BEFORE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(of|at|for|with)\s+(?P<description>(the|an?)\s+([a-z-]+\s+){0,4}?(party|company|firm|group|band|club|team|organi[sz]ation|union|association|movement|newspaper|bank|institute|university|agency|network|broadcaster|label|airline|federation|council|foundation|charity|society|alliance|coalition|front)\s*,\s*(the\s+)?)$")
        .expect("valid regex")
});

/// Before a person who is the object of an appointment: "Acme named ", "was appointed by Y
/// and then made ".
static APPOINTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(named|names|appointed|appoints|made|makes|elected|elects|nominated|nominates|installed|installs|tapped|taps|picked|picks)\s+$",
    )
    .expect("valid regex")
});

/// From the person to the group their work is known with: " is an English drummer, best known
/// for his work with the band ", ", known for her tenure at ".
static KNOWN_FOR_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))*\s*(,\s*|,?\s*(who\s+)?(is|was)\s+(an?|the)\s+[^,;()]{0,60}?,?\s*)?((best|mainly|widely|primarily|well|also|most)\s+)?known\s+for\s+(his|her|their)\s+(work|time|tenure|stint|years)\s+(with|in|at|for)\s+(the\s+)?(([a-z-]+\s+){0,2}(band|group|orchestra|ensemble|club|team|company|firm)\s+)?$")
        .expect("valid regex")
});

/// From the person to an organization whose ticket or candidate they were: " was elected on
/// the ", " ran as the ", " stood as a ", " was elected to the House of Commons in 1997 as a "
/// (where and when between).
static TICKET_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[lead().as_str(), r"((was|were|is|has\s+been|had\s+been)\s+(re-?elected|elected|nominated)|ran|runs|stood|stands|is\s+running|was\s+running)(\s+(to|in|on|at|for|from)\s+[^;()]{1,60}?)?\s+(on|as)\s+(the|an?)\s+$"].concat())
        .expect("valid regex")
});

/// "is a member of the", ", the president of", "served as treasurer of": a role word (group
/// `role`, maybe "emeritus" after it) followed by of/at/for/with; an envoy "to" (group `envoy`);
/// a broadcaster "on" (group `broadcaster`: "a news anchor on"); a seat "on" a bench or council
/// (group `seat`: "a judge on the Supreme Court").
static ROLE_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[
        // ", a", "who was the", "is an American musician, best known as the", "is an English
        // musician, songwriter and producer, best known as the".
        r"^(\s*\([^()]*\))?\s*(,\s*|,?\s*(is|was)\s+an?\s+[^;()]{0,100}?,\s*((best|mainly|widely|primarily)\s+)?known\s+as\s+|,?\s*(",
        DESCRIPTION_WHO,
        r")?",
        WHEN,
        r"((later|then|also|subsequently|eventually|briefly|previously|formerly|currently|now)\s+)?((is|was|(?P<plural>are|were|have\s+been)|became|remains|serves|served|serving|has\s+been|will\s+be)\s+((formally|officially)\s+)?((appointed|named|elected|installed|sworn\s+in|inaugurated|confirmed|(best\s+)?known\s+as)\s+)?(as\s+)?|(holds|held|holding)\s+the\s+(post|position|office|title|rank)\s+of\s+|(to\s+be|to\s+become|as)\s+|(achieved|gained|found|won|rose\s+to)\s+((international|worldwide|national|early|initial|wider)\s+)?(fame|success|prominence|recognition)\s+as\s+))((an?|the)\s+)?(?P<coordinated>[^,;()]{1,60}?\s+and\s+((later|also)\s+)?(an?|the)\s+)?(\S+\s+){0,5}?((?P<role>[a-z-]+)\s+((emeritus|emerita|emeriti)\s+)?(?P<preposition>of|at|for|with|from|in)|(?P<envoy>ambassador|envoy|delegate|representative|emissary|attache|adviser|advisor|editor|contributor)\s+to|(?P<broadcaster>anchor|co-anchor|host|co-host|presenter|newsreader|newscaster|correspondent|commentator|reporter)\s+on|(?P<seat>judge|justice|magistrate|councillor|councilor|alderman|commissioner|trustee)\s+on)\s+(the\s+)?(both\s+(the\s+)?)?(([a-z-]+\s+){0,2}(department|division|section|unit|office|branch|faculty|school|college|institute|laboratory|centre|center)\s+((of|for)\s+([a-z-]+\s+){1,3}?)?(of|at)\s+(the\s+)?)?(",
        ORGANIZATION_STANDING,
        r"\s+)?(?P<kind>([a-z-]+\s+){0,4}?[a-z-]+\s+)?$",
    ]
    .concat())
    .expect("valid regex")
});

/// A time or manner set off by commas inside the clause: "has, since 2001, been", "who, in
/// 1995, joined", ", however,".
static INTERJECTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*,\s*((since|from|in|between|until|after|before|during|by)\s+[^,;()]{1,50}?|at\s+the\s+age\s+of\s+\d+|however|meanwhile|eventually|subsequently|later|then|though)\s*,\s*")
        .expect("valid regex")
});

/// `gap` (from a person to an organization) with the asides the clause's verb reads past left
/// out: [`COMMA_ASIDE`] and each [`INTERJECTION`], each replaced by a space. Names inside an
/// aside are text here; what the aside itself states is read with its own organization.
fn without_asides(gap: &str) -> Cow<'_, str> {
    let mut gap = Cow::Borrowed(gap);
    if let Some(aside) = comma_aside_after(&gap, 0) {
        gap = Cow::Owned(format!(" {}", &gap[aside.end..]));
    }
    match INTERJECTION.replace_all(&gap, " ") {
        Cow::Borrowed(_) => gap,
        Cow::Owned(replaced) => Cow::Owned(replaced),
    }
}

/// Whether `role` is a band musician's: "a guitarist in Y" names the band.
pub(super) fn is_musician(role: &str) -> bool {
    matches!(
        role,
        "guitarist"
            | "bassist"
            | "drummer"
            | "singer"
            | "vocalist"
            | "keyboardist"
            | "frontman"
            | "frontwoman"
            | "percussionist"
            | "saxophonist"
            | "trumpeter"
    )
}

/// Whether `word` names a legislator's seat after the party elected as: "as a Labour MP", "as
/// a Republican member", "as a Democratic senator".
fn is_seat_word(word: &str) -> bool {
    is_legislator(word) || matches!(word, "mp" | "mps" | "mep" | "mla" | "msp" | "td" | "member" | "representative")
}

/// Whether `role` is a legislator's or a councillor's, whose "in" names the body: "a senator in
/// the Senate", "a deputy in the National Assembly" (a judge's "in" may name a case).
fn is_legislator(role: &str) -> bool {
    matches!(
        role,
        "councillor"
            | "councilor"
            | "alderman"
            | "senator"
            | "deputy"
            | "legislator"
            | "assemblyman"
            | "assemblywoman"
            | "congressman"
            | "congresswoman"
    )
}

/// Someone who serves a role's holder, right before the role: "aide to the ", "senior adviser
/// to the " (group `aide`).
static AIDE_TO_THE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?P<aide>aide|adviser|advisor|assistant|secretary|counsel|counsellor|counselor|spokesman|spokeswoman|spokesperson|deputy|speechwriter|interpreter|physician)\s+to\s+the\s+$")
        .expect("valid regex")
});

/// A role's field before the organization it is held at: "professor of physics at the ",
/// "senior lecturer in economics and finance at ", "professor emeritus of history at ".
static FIELD_BEFORE_AT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<role>[a-z-]+)\s+((emeritus|emerita|emeriti)\s+)?(of|in)\s+(?P<field>[a-z-]+(\s+(and\s+)?[a-z-]+){0,2})\s+(?P<at>at\s+(the\s+)?)$")
        .expect("valid regex")
});

/// `gap` with a role's field left out ("an associate professor of physics at the " -> "an
/// associate professor at the "), so that the role reaches the organization; not where the
/// words after "of" name something with an article ("the head of the unit at the ").
fn without_field(gap: &str) -> Cow<'_, str> {
    let Some(captures) = FIELD_BEFORE_AT.captures(gap) else { return Cow::Borrowed(gap) };
    let role = &captures["role"];
    let field_is_a_subject =
        captures["field"].split_whitespace().all(|w| !matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their"));
    if !(is_role_or_occupation(role) && field_is_a_subject) {
        return Cow::Borrowed(gap);
    }
    let role_end = captures.name("role").map_or(0, |m| m.end());
    Cow::Owned(format!("{} {}", &gap[..role_end], &captures["at"]))
}

/// From the person past a description to a participle: " is an Iranian cleric and politician
/// leading the", " is an Indian politician belonging to the", " is a voice actress affiliated
/// with" (the noun before the participle must be an occupation: "a critic of the
/// government leading the" is the government's), " is a singer signed to", " is a singer,
/// songwriter and actress signed to" (a list of occupations).
static DESCRIBED_PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))?\s*,?\s*(is|was)\s+an?\s+([^,;()]|,\s*[a-z]){0,80}?\s(?P<noun>[a-z-]+)\s+((currently|now|later|previously|formerly)\s+)?(?P<verb>leading|heading|founding|representing|playing\s+(for|with)|working\s+(for|with|at)|coaching|managing|belonging\s+to|affiliated\s+(with|to)|signed\s+(to|under))\s+(the\s+)?$")
        .expect("valid regex")
});

/// ", a former", ", the", " was a senior": an apposition or a predicate that the organization
/// opens ("X, a former Y executive", "X was a senior Y commander").
static APPOSITION_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(,|(is|was|became|remains|remained)\s|(resigned|resigns|quit|quits|stepped\s+down|steps\s+down|retired|retires|sat|sits|stood|stands)\s+as\s)\s*((an?|the)\s+)?((former|longtime|senior|veteran|retired|leading|prominent|top)\s+)?$",
    )
    .expect("valid regex")
});

/// From the person to a side whose success they brought about: " helped ", " guided the ",
/// " steered " (group `verb`).
static BROUGHT_SUCCESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[lead().as_str(), r"(?P<verb>helped|helps|helping|guided|guides|guiding|steered|steers|steering)\s+(the\s+)?$"].concat())
        .expect("valid regex")
});

/// After the side, its success: " win the championship", " to promotion", " to the league
/// title", " to a 2-1 victory".
static SUCCESS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+((to\s+)?(win|clinch|capture|claim|secure|retain|reach)\b|to\s+((the|a|an|their|its|back-to-back|successive|consecutive)\s+)?([a-z0-9-]+\s+){0,3}?(promotion|title|titles|championship|championships|cup|victory|win|final|league|pennant|premiership|glory))")
        .expect("valid regex")
});

/// The plural kind that opens a list of examples, up to its first item: "several academies,
/// including the ", "companies such as ", "the three major Indian science academies, namely
/// the " (after the preposition or verb before it, up to six words before the noun; groups
/// `kind`, `noun`).
static EXAMPLES_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(of|for|with|at|in|to|on|by|joined)\s+(?P<kind>(the\s+)?([a-z0-9-]+\s+){0,6}?(?P<noun>[a-z-]+s)\s*,?\s*(including|such\s+as|namely|notably|among\s+them)\s*,?\s*(the\s+)?)$")
        .expect("valid regex")
});

/// `gap` (in pattern text) without a list's opening kind, so that the verb or role before it
/// reaches the first item as it would the kind's own name: "is a fellow of several academies,
/// including the " reads as "is a fellow of " (the kind a plural organization noun; not "of
/// several stars, including").
fn without_examples_lead(gap: String) -> String {
    match EXAMPLES_LEAD.captures(&gap) {
        Some(c) if is_organization_noun(&c["noun"]) => {
            let start = c.name("kind").map_or(gap.len(), |m| m.start());
            gap[..start].to_string()
        }
        _ => gap,
    }
}

/// The membership `view.placed[index]` (a person) states with the next organization.
pub fn membership(view: &SentenceView, index: usize) -> Vec<Found> {
    let mut found: Vec<Found> = founded_by(view, index)
        .into_iter()
        .chain(listed_members(view, index))
        .chain(credited_musician(view, index))
        .chain(with_an_instrument(view, index))
        .chain(pronoun_clause(view, index))
        .chain(fronted_founding(view, index))
        .chain(members_along_with(view, index))
        .chain(group_of(view, index))
        .chain(taken_on_by(view, index))
        .chain(member_of_which(view, index))
        .chain(founded_with(view, index))
        .chain(participle_after_clause(view, index))
        .chain(succeeded_as(view, index))
        .chain(preceded_as(view, index))
        .chain(scorer_in_results(view, index))
        .chain(feat_before_a_side_s_win(view, index))
        .chain(squad_list(view, index))
        .chain(players_a_side_is_without(view, index))
        .chain(fronted_list_s_others(view, index))
        .chain(post_after_possessive(view, index))
        .chain(hosted_by_on(view, index))
        .chain(the_subject_club_s_people(view, index))
        .chain(taught_where_studied(view, index))
        .chain(worked_where(view, index))
        .chain(whose_role_is(view, index))
        .chain(party_candidacy(view, index))
        .chain(musicians_listed_before_their_band(view, index))
        .collect();
    // "A, along with B and C, co-founded Y": the people of a list share the verb that follows
    // the list directly.
    let last = list_end(view, index);
    if last > index {
        let gap = view.between(view.placed[last].span.end, view.text.len()).trim_start();
        // ("A, along with B, founded Y": the comma closes the "along with" aside, which B and
        // C may stand in: "A, along with B and C, formed Y".)
        let first = list_start(view, index);
        // (Not "A, with the help of B and C, founded Y": only A founded it.)
        let along_before = first > 0
            && view.placed[first - 1].kind == view.placed[index].kind
            && is_along_with(view.between(view.placed[first - 1].span.end, view.placed[first].span.start));
        let along = along_before || is_along_with(view.between(view.placed[index].span.end, view.placed[index + 1].span.start));
        // ("A, B and C, all of whom played for Y", "A and B, who were both members of Y": the
        // whole list.)
        let gap_lower = gap.to_lowercase();
        let of_all = LISTED_RELATIVE.is_match(&gap_lower);
        // ("A, B who later joined Y, and C": a relative clause without its comma is the last
        // name's, as one after a comma is.)
        let opens_relative = gap_lower.starts_with("who ") || gap_lower.starts_with("whose ");
        if !(gap.starts_with([',', '(']) || opens_relative) || (along && gap.starts_with(',')) || of_all {
            found.extend(stated_membership(view, last).into_iter().map(|f| Found { confidence: confidence::LISTED, ..f.held_by_one() }));
        }
        return found;
    }
    found.extend(stated_membership(view, index).into_iter().map(Found::held_by_one));
    found
}

/// "A former player for A and B, X has coached C": the organizations a fronted phrase lists
/// after its first ([`fronted`] reads the first) share its role.
fn fronted_list_s_others(view: &SentenceView, index: usize) -> Vec<Found> {
    let Some(first) = fronted(view, index) else { return Vec::new() };
    let others = view.placed.get(1..index).unwrap_or_default();
    others.iter().filter(|p| p.kind == EntityType::Organization).map(|p| Found { target: p.entity, ..first.clone() }).collect()
}

/// Between the last of a list of musicians and their band: " of ", " from the band ".
static OF_THE_BAND: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s+(of|from)\s+(the\s+)?((band|group)\s+)?$").expect("valid regex"));

/// "guitarist A, bassist B and drummer C of Y": musicians listed each after their role share
/// the band named right after the last, each in their own role (not a list with someone of
/// another trade: "producer A and drummer B of Y"; the last is read by [`stated_membership`]).
fn musicians_listed_before_their_band(view: &SentenceView, index: usize) -> Option<Found> {
    let musician = |at: usize| {
        title_before(view.text, view.placed[at].span.start)
            .filter(|role| is_musician(&role.rsplit(' ').next().unwrap_or(role).to_lowercase()))
    };
    let role = musician(index)?;
    let last = list_end_where(view, index, is_list_gap_with_roles);
    if last == index || !(index + 1..=last).all(|at| musician(at).is_some()) {
        return None;
    }
    let band = view.placed.get(last + 1).filter(|p| p.kind == EntityType::Organization)?;
    OF_THE_BAND.is_match(&view.between(view.placed[last].span.end, band.span.start).to_lowercase()).then(|| Found {
        target: band.entity,
        role: Some(Cow::Owned(role.to_lowercase())),
        confidence: confidence::LISTED,
    })
}

/// The start of the text after a list of people when what follows is said of all of them: ",
/// all of whom ", ", who were " or " who were " (a plural verb), ", both members of ", " (
/// both ".
static LISTED_RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[r"^(,\s*(", verbs::OF_WHOM, r"|(both|all)\s)|,?\s*who\s+(were|are|have|had)\s|\s*\(\s*(both|all)\s)"].concat())
        .expect("valid regex")
});

/// The subject's description and its "who", opening a gap: " (born 1950) is an American
/// former professional basketball player who ".
static DESCRIBED_WHO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[r"^(\s*\([^()]*\))?\s*,?\s*", DESCRIPTION_WHO].concat()).expect("valid regex"));

/// Whether `target` is a demonym right before a state body it names: "the Serbian police", "the
/// Finnish Army", "the Soviet Navy".
fn is_national_body(text: &str, target: &Placed) -> bool {
    let words: Vec<String> = text[target.span.end..]
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    // The body closes its phrase: "the Finnish police station" is a station.
    let closes = |next: &str| next.is_empty() || !next.chars().all(char::is_lowercase) || crate::text::words::follows_a_noun_phrase(next);
    let body = crate::text::roles::state_body_at_start(&words);
    target.kind == EntityType::Country
        && countries::by_demonym(target.text).is_some()
        && body.is_some_and(|length| closes(words.get(length).copied().unwrap_or_default()))
}

/// From the person past a description to a parenthesis: " is a German politician (", ", a
/// Swiss footballer (" (group `noun`, the description's last word).
static DESCRIBED_THEN_PARENTHESIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\s*\([^()]*\))?\s*(,\s*|,?\s*(is|was)\s+)(an?|the)\s+[^,;()]{0,60}?(?P<noun>[a-z-]+)\s*\($").expect("valid regex")
});

/// What the construction after `view.placed[index]` (a person) states.
fn stated_membership(view: &SentenceView, index: usize) -> Vec<Found> {
    // The first affiliate the construction reaches: "X is an American actor who joined Y"
    // passes the demonym, and the subject's other names in a parenthesis right after it ("X
    // (Y; 1740 - 1814) was the ruler of Z").
    let aside = parenthesis_after(view.text, view.placed[index].span.end);
    // ("X, the daughter of Y, was a member of Z": the people of a comma aside too.)
    let comma_aside = comma_aside_after(view.text, view.placed[index].span.end);
    let in_an_aside = |p: &Placed| [&aside, &comma_aside].into_iter().flatten().any(|a| a.contains(&p.span.start));
    let Some((at, found)) = view
        .placed
        .iter()
        .enumerate()
        .skip(index + 1)
        .filter(|(_, p)| p.kind != EntityType::Person || !(in_an_aside(p) || names_a_chair(view.text, p)))
        .take_while(|(_, p)| p.kind != EntityType::Person)
        // ("works for Germany's Siemens": the company, not the country it belongs to. An
        // organization's unit is read as its own: "director of ARPA's Information Processing
        // Techniques Office" is ARPA's director too.)
        .filter(|(at, p)| {
            is_affiliate(p.kind)
                && !is_league_or_country_before_its_club(view, *at)
                && !is_misread_field(view.text, p)
                && (p.kind != EntityType::Country || possessed_organization_after(view, p).is_none())
        })
        .find_map(|(at, target)| Some((at, membership_with(view, index, target)?)))
    else {
        return fronted(view, index).into_iter().collect();
    };
    // "a pitcher for the Seattle Mariners and Montreal Expos": organizations listed after the
    // first share its role (not after a bare possessive: "X's Huskies and the Knicks" played
    // each other).
    let mut stated = vec![found];
    let mut last = &view.placed[at];
    for next in &view.placed[at + 1..] {
        // (Only a role is shared: an organization found without one lists nothing.)
        let gap = view.between(last.span.end, next.span.start);
        // "played for A (1990-1995), B (1995-1998) and C": each name's years in parentheses.
        let gap = YEARS_ASIDE.find(gap).map_or(gap, |aside| &gap[aside.end()..]);
        // ("for A and the club B": the kind of the next may be written before it.)
        let gap = KIND_BEFORE_NEXT.find(gap).map_or(gap, |kind| &gap[..kind.start() + 1]);
        let listed = is_list_gap(gap.trim_end().strip_suffix("the").unwrap_or(gap));
        // "the drummer of A as well as the band B", "played for A and later B": another
        // organization of the same role, not the subject of a clause of its own ("founded A,
        // and later B bought it").
        let added = !listed && ADDED_ORGANIZATION.is_match(&gap.to_lowercase()) && !opens_a_clause(view.text, next.span.end);
        // "a member of the Bundestag for the CDU": the party a legislator sits for (not a
        // constituency: "Member of Parliament for Bath").
        // ("a member of the National Assembly for the African National Congress": a party's name
        // may end in another word for a political group.)
        let party_like = || {
            const GROUP_WORDS: &[&str] = &["Congress", "Union", "Front", "Alliance", "League", "Movement", "Coalition", "Bloc"];
            next.text.split_whitespace().last().is_some_and(|w| GROUP_WORDS.contains(&w))
        };
        // ("elected to the Chamber of Deputies in 2006 for the Y": the year may come first.)
        let for_gap = super::sentence::is_sits_for_gap(gap);
        let sits_for = for_gap && (is_party_name(next.text) || is_acronym(next.text) || party_like());
        if sits_for && stated[0].role.as_deref() == Some("member") && next.kind == EntityType::Organization {
            stated.push(Found { target: next.entity, ..stated[0].clone() });
            break;
        }
        if stated[0].role.is_none() || next.kind != last.kind || !(listed || added) {
            break;
        }
        // "... of the Reform Party, CNN reported": the subject of the next clause.
        let verb = view.text[next.span.end..].split_whitespace().next().unwrap_or("");
        if REPORTING_VERBS.contains(&verb.trim_end_matches(|c: char| !c.is_alphabetic())) {
            break;
        }
        stated.push(Found { target: next.entity, ..stated[0].clone() });
        last = next;
    }
    // "X joined Acme from Beta", "moved to Acme from Beta": the organization left for it;
    // "X left Acme for Beta": the organization joined.
    let person_end = view.placed[index].span.end;
    if let Some(other) =
        view.placed.get(at + 1).filter(|p| p.kind == EntityType::Organization && view.placed[at].kind == EntityType::Organization)
    {
        let verb_gap = view.between(person_end, view.placed[at].span.start).to_lowercase();
        let between = view.between(view.placed[at].span.end, other.span.start).trim();
        // ("from the", "from rivals".)
        let between = ["the", "rival", "rivals"]
            .iter()
            .find_map(|w| between.strip_suffix(w).filter(|rest| rest.ends_with(' ')))
            .map_or(between, str::trim_end);
        // ("joined Acme in 2005 from Beta": a year between.)
        let between = YEAR_BEFORE_FROM.find(between).map_or(between, |year| &between[year.end()..]);
        let moved = match between {
            "from" => MOVE_VERB.is_match(&verb_gap),
            // "X plays for Acme on loan from Beta".
            "on loan from" => MOVE_VERB.is_match(&verb_gap) || PLAY_VERB.is_match(&verb_gap),
            // "X left Acme to join Beta", "quit Acme in 1990 to rejoin Beta", "left Acme in
            // 2014 to sign for Beta".
            "for" | "to join" | "to rejoin" | "to sign for" | "to sign with" | "to play for" => LEAVE_VERB.is_match(&verb_gap),
            _ => false,
        };
        if moved && stated.iter().all(|s| s.target != other.entity) {
            stated.push(Found { target: other.entity, ..stated[0].clone() });
        }
        // "X left Acme to form his own band, Beta": the organization founded.
        let founded_next = LEAVE_VERB.is_match(&verb_gap) && TO_FORM.is_match(&between.to_lowercase());
        if founded_next && stated.iter().all(|s| s.target != other.entity) {
            stated.push(Found { target: other.entity, role: Some(Cow::Borrowed("founder")), confidence: confidence::MEMBERSHIP });
        }
    }
    // "X, who had worked at Acme, was appointed chief executive of Beta": the aside's
    // organization first, then the main clause's.
    let main_clause = comma_aside.as_ref().map(|aside| aside.end);
    let first_in_aside = main_clause.filter(|&start| view.placed[at].span.end < start);
    // "X left Acme in 1990 and joined Beta": a second verb, after "and", reaches another.
    let second = view.placed[at + 1..].iter().take_while(|p| p.kind != EntityType::Person).filter(|p| is_affiliate(p.kind)).find_map(|p| {
        // "X was elected to the Assembly in 2018 as a member of the Y": the role the clause
        // ends with is the later organization's.
        let between = view.between(view.placed[at].span.end, p.span.start).to_lowercase();
        // ("... in 1997 as a Labour MP": a party before the seat.)
        let as_role = AS_ROLE.is_match(&between) || (is_party_name(p.text) && AS_A.is_match(&between));
        if as_role || first_in_aside.is_some_and(|start| p.span.start >= start) {
            if let Some(found) = membership_with(view, index, p) {
                return Some(found);
            }
        }
        let gap = pattern_text(view.between(person_end, p.span.start));
        // "X served in the Bundestag for the Y": the organization served there.
        // ("X was transferred from A to B": a verb whose pattern passes the first.)
        // (The subject's own description before "who" is not distance, as in `membership_with`.)
        let described = DESCRIBED_WHO.find(&gap).map_or(0, |m| m.end());
        let role = coordinated_verb_role(view, index, &gap, p, p.kind)
            .or_else(|| verb_role(&gap, p.kind))
            .filter(|_| gap.len() - described <= 120 && !gap.contains(';'))?;
        Some(Found { target: p.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::MEMBERSHIP })
    });
    stated.extend(second.filter(|second| stated.iter().all(|s| s.target != second.target)));
    // "Before joining Blur, X was in the band Seymour": the opening phrase's organization too.
    stated.extend(fronted(view, index).filter(|opening| stated.iter().all(|s| s.target != opening.target)));
    stated
}

/// Whether `name` is written as an acronym: "CDU", "SPD", "AfD" (two capitals or more, no
/// space).
fn is_acronym(name: &str) -> bool {
    name.chars().all(char::is_alphanumeric) && name.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// Years in parentheses right after a name in a list: " (1990-1995)", " (1995 – 98)".
static YEARS_ASIDE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\(\s*\d{4}\s*(-|–|—|to)?\s*(\d{2,4}|present)?\s*\)").expect("valid regex"));

/// A year before the "from" of a move: "in 2005 " (of "joined Acme in 2005 from Beta").
static YEAR_BEFORE_FROM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^in\s+\d{4}\s+").expect("valid regex"));

/// Between an organization left and the one founded: "to form his own band,", "to found".
static TO_FORM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^to\s+(form|found|co-found|start|launch|set\s+up|create|establish)(\s+(his|her|their)\s+own)?(\s+[a-z-]+)?(\s+(band|group|company|firm|party|label|club|team))?\s*,?$")
        .expect("valid regex")
});

/// The kind of organization written at the end of a gap, before the next name: " the club ",
/// " club " (from its space on).
static KIND_BEFORE_NEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\s(the\s+)?({})\s+$", roles::KINDS_BEFORE_A_NAME.join("|"))).expect("valid regex"));

/// Between two organizations of one role, after the first: " as well as the band ", " and later ",
/// " and later for the " (the verb's preposition again); or the first one's time, then "and" and
/// maybe the preposition again (" in 1972 and to the ", " from 1990 to 1995 and for ", " in 1990
/// and ", " and of the ").
static ADDED_ORGANIZATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        concat!(
            r"^\s*,?\s*((as\s+well\s+as|and\s+(later|then|subsequently|eventually|afterwards|also))\s+((for|with|at)\s+)?(the\s+)?({kind})?",
            r"|((in|from|until|between|during)\s+(the\s+)?\d{{4}}s?((\s*[–-]\s*|\s+(to|and|until)\s+)\d{{2,4}}s?)?\s*)?,?\s*and\s+((later|then|also)\s+)?(to|for|of|with|at)?\s*(the\s+)?",
            // "rejoined A in 2010 after spells with B and C": the spells before are the person's too
            // ("after years in the top flight with B").
            r"|(in\s+\d{{4}}\s+)?,?\s*(after|following)\s+((an?|two|three|four|several|brief|short|successful|loan)\s+){{0,2}}(spells?|stints?|seasons|years)(\s+in\s+the(\s+[a-z-]+){{1,2}}?)?\s+(at|with)\s+(the\s+)?)$"
        ),
        kind = ORGANIZATION_KIND.as_str()
    ))
    .expect("valid regex")
});

/// Whether a lower-case word other than a preposition follows `at`, or a possessive: the name
/// there is the subject of a clause ("and later Acme bought it") or another's owner ("as well
/// as Acme's manager"), not one more object.
fn opens_a_clause(text: &str, at: usize) -> bool {
    if starts_with_possessive(text, at).is_some() {
        return true;
    }
    let word = text[at..].split_whitespace().next().unwrap_or("");
    let word = word.trim_end_matches(|c: char| !c.is_alphabetic());
    word.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            word,
            "in" | "from"
                | "until"
                | "before"
                | "after"
                | "for"
                | "between"
                | "during"
                | "at"
                | "on"
                | "to"
                | "as"
                | "and"
                | "where"
                | "with"
                | "since"
                | "by"
                | "of"
        )
}

/// Verbs a news source reports with: an organization right before one opens a clause.
const REPORTING_VERBS: &[&str] = &["said", "says", "reported", "reports", "told", "added", "announced", "quoted", "stated", "wrote"];

/// Between a person and the organization they are of: "of", "from the", ", of the", "from the
/// musical group", "of the smaller" (groups `preposition`; `modifier`, one word after the
/// article; `kind`, the kind of organization).
static PERSON_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(,\s*|(?P<parenthesis>\(\s*))?((formerly|previously|once|latterly|originally|later|then|now)\s+)?(?P<preposition>of|from|at)(\s+the(\s+(?P<modifier>[a-z0-9-]+))??)?(?P<kind>\s+((musical|rock|pop|jazz|folk|punk)\s+)?(band|group|club|team|party|trio|quartet|duo))?$")
        .expect("valid regex")
});

/// The title right before a name that ends at `name_start`: lower-case role words ("analyst ",
/// "lead guitarist ") or one capitalised role word opening the sentence or set off by a comma
/// or quote ("Judge X", "Analyst X"), as written.
fn title_before(text: &str, name_start: usize) -> Option<&str> {
    let before = &text[..name_start];
    role_before_name(before).or_else(|| {
        let trimmed = before.trim_end();
        let (rest, word) = trimmed.rsplit_once(char::is_whitespace).unwrap_or(("", trimmed));
        let opens = rest.trim_end().is_empty() || rest.trim_end().ends_with([',', '"', '“', ':']);
        (opens && word.starts_with(char::is_uppercase) && is_role_or_occupation(&word.to_lowercase())).then_some(word)
    })
}

/// Whether `role` "for" `target` names a legislator's constituency, a place, not an
/// organization: "a Labour MP for Leeds", "the member for Bath" (not the party a legislator
/// sits for: "a member for the CDU").
pub(super) fn is_constituency_of(role: &str, target: &str) -> bool {
    const LEGISLATORS: &[&str] = &[
        "mp",
        "mps",
        "mep",
        "meps",
        "mla",
        "msp",
        "mpp",
        "td",
        "member",
        "members",
        "senator",
        "congressman",
        "congresswoman",
        "deputy",
        "candidate",
        "candidates",
    ];
    LEGISLATORS.contains(&role.to_lowercase().as_str()) && !(is_party_name(target) || is_acronym(target))
}

/// Words after "of the" that make the organization something other than the person's own:
/// "X of the rival Acme" is still of Acme, "X of the former Acme" too; these are not.
const NOT_PERSON_OF_MODIFIERS: &[&str] = &["anti", "pro", "ex"];

/// The end of a gap before a party named as the seat's: " in 1997 as a ".
static AS_A: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(^|\s)as\s+an?\s+$").expect("valid regex"));

/// A role at the end of the clause: " as a member of the", " as the head coach of", " took
/// over as manager of".
static AS_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    // ("as well as the president of" names another person.)
    // ("as a member of the girl group the Y": the kind of organization may come first.)
    Regex::new(&[r"(^|\s)(?P<well>well\s+)?as\s+((an?|the|its|their)\s+)?((former|longtime|new|first|head|chief|senior|founding)\s+)?(?P<role>[a-z-]+)\s+(of|for|with|at)\s+(the\s+)?(", &ORGANIZATION_KIND, ")?$"].concat())
        .expect("valid regex")
});

/// The organization that the organization `part` (an entity) is part of, as the sentence names
/// it right around it: "Queens College of the City University of New York", "the Kennedy
/// School at Harvard University", "Harvard University's Kennedy School". Not a league its club
/// plays in ("the Boston Celtics of the National Basketball Association").
pub fn whole_organization(view: &SentenceView, part: usize) -> Option<usize> {
    let at = view.placed.iter().position(|p| p.entity == part && p.kind == EntityType::Organization)?;
    let is_whole = |p: &Placed| {
        p.kind == EntityType::Organization
            && p.entity != part
            && !p
                .text
                .split_whitespace()
                .any(|w| matches!(w, "League" | "Association" | "Conference" | "Division" | "Championship" | "Series" | "Tour" | "Cup"))
    };
    if let Some(next) = view.placed.get(at + 1).filter(|p| is_whole(p)) {
        let gap = view.between(view.placed[at].span.end, next.span.start).trim().to_lowercase();
        if matches!(gap.as_str(), "of" | "of the" | "at" | "at the") {
            return Some(next.entity);
        }
    }
    let previous = view.placed.get(at.checked_sub(1)?).filter(|p| is_whole(p))?;
    possessed_organization_after(view, previous).is_some_and(|p| p.span == view.placed[at].span).then_some(previous.entity)
}

/// The organization right after `owner` and its possessive ("Harvard University's Kennedy
/// School"), if any; its kind may come between ("Britain's top rock group Oasis": up to four
/// lower-case words, the last a kind of organization).
fn possessed_organization_after<'v>(view: &'v SentenceView, owner: &Placed) -> Option<&'v Placed<'v>> {
    let text = view.text;
    let n = starts_with_possessive(text, owner.span.end)?;
    let next = view.placed.iter().find(|p| p.span.start >= owner.span.end)?;
    let kind_between = |rest: &str| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        words.len() <= 4
            && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
            && words.last().is_none_or(|kind| is_organization_noun(kind))
    };
    let adjacent = text.get(owner.span.end + n..next.span.start).is_some_and(kind_between);
    (adjacent && next.kind == EntityType::Organization).then_some(next)
}

/// Whether `person` names an endowed chair, the title right after the name: "the Robert
/// Johnson Professor of Economics at Y" (the subject holds it; the person it honours is no
/// one else the sentence is about).
fn names_a_chair(text: &str, person: &Placed) -> bool {
    let after = text[person.span.end..].trim_start();
    ["Professor ", "Professorship ", "Chair ", "Distinguished Professor "].iter().any(|title| after.starts_with(title))
}

/// `text` without what stands in parentheses.
fn without_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// The membership `view.placed[index]` (a person) states with `target`.
fn membership_with(view: &SentenceView, index: usize, target: &Placed) -> Option<Found> {
    let text = view.text;
    let person = view.placed[index].span;
    // "a scholar at New York City's Columbia University": the place (or organization) whose
    // possessive opens the target's name is read with it.
    let possessive_owner =
        view.placed.iter().rev().find(|p| p.span.start > person.end && p.span.end <= target.span.start).filter(|owner| {
            owner.kind != EntityType::Person && possessed_organization_after(view, owner).is_some_and(|p| p.span == target.span)
        });
    let target_start = possessive_owner.map_or(target.span.start, |owner| owner.span.start);
    // "Carl Finn, 61, president of Acme": news gives the age first.
    let gap_text = AGE
        .find(&text[person.end..target_start])
        .map_or(&text[person.end..target_start], |age| &text[person.end + age.end() - 1..target_start]);
    if without_parentheses(gap_text).contains([';', ':']) || gap_text.len() > 200 {
        return None;
    }
    // "is set to join Dutch international Patrick Kluivert": a demonym that describes the next
    // person is theirs.
    let describes_next_person = target.kind == EntityType::Country
        && view.next_mention_after(target.span.end).is_some_and(|(next, gap)| {
            next.kind == EntityType::Person
                && gap.split_whitespace().count() <= 3
                && gap.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-')
        });
    if describes_next_person {
        return None;
    }
    // "X, a graduate of the Sorbonne, worked for Y", "X has, since 2001, been a member of Y".
    let gap_text = &*without_asides(gap_text);
    // (The subject's own description before "who" is not distance: "X is an American former
    // professional basketball player who played twelve seasons in the NBA for the Y".)
    let described = DESCRIBED_WHO.find(&gap_text.to_lowercase()).map_or(0, |m| m.end());
    if gap_text.len().saturating_sub(described) > 160 {
        return None;
    }
    // "X played four seasons (1946-1950) in the NBA as a member of the Y": a role the clause
    // ends with, whatever the person did first (no clause break between).
    if let Some(captures) = AS_ROLE.captures(&gap_text.to_lowercase()).filter(|c| c.name("well").is_none()) {
        let word = &captures["role"];
        let unbroken = without_parentheses(gap_text).chars().all(|c| !matches!(c, ',' | '"' | '“' | '”'));
        // "called up by X to serve as members of": a plural role is a plural subject's.
        if unbroken && is_role_word(word) && !is_plural_occupation(word) && !text[person.end..].trim_start().starts_with("'s") {
            return Some(Found { target: target.entity, role: Some(Cow::Owned(word.to_string())), confidence: confidence::MEMBERSHIP });
        }
    }
    // "co - founded" as tokenized text spells "co-founded".
    let gap = without_examples_lead(pattern_text(gap_text));
    // The last of a series of the subject's predicates ("X began to paint, and in 1870 was
    // appointed professor at Y"), read by the verb and role patterns below; farther than 120
    // bytes, only it reaches the organization.
    let predicate = coordinated_predicate(view, index, &gap, target);
    if gap_text.len().saturating_sub(described) > 120 && predicate.is_none() {
        return None;
    }
    let found = |role: Cow<'static, str>| Some(Found { target: target.entity, role: Some(role), confidence: confidence::MEMBERSHIP });
    // "1. Jane Roe ( France ) Acme 1:55.385": a results table names a competitor's country in
    // parentheses, then their team, then the result.
    let country_in_parentheses =
        view.placed.iter().any(|p| p.kind == EntityType::Country && p.span.start > person.end && p.span.end < target.span.start)
            && results::country_in_parentheses_at_end(gap_text).is_some_and(|at| gap_text[..at].trim().is_empty());
    if target.kind == EntityType::Organization && country_in_parentheses && results::opens_with_result(&text[target.span.end..]) {
        return Some(Found { target: target.entity, role: None, confidence: confidence::MEMBERSHIP });
    }
    // "X (Y)": a party or club in parentheses. Not a dateline: "WASHINGTON (AP)" opening a
    // story is a place and a news agency.
    let dateline = text[..person.start].trim().is_empty() && !view.placed[index].text.chars().any(char::is_lowercase);
    // ("A, B ( both Y )": the whole list's club.)
    let in_parentheses = gap.trim().strip_prefix('(').is_some_and(|inside| matches!(inside.trim(), "" | "both" | "all"));
    if target.kind == EntityType::Organization && in_parentheses && text[target.span.end..].trim_start().starts_with(')') && !dateline {
        return Some(Found { target: target.entity, role: None, confidence: confidence::MEMBERSHIP });
    }
    // "X is a German politician (CDU)": the party or club in parentheses right after the
    // occupation that describes the person.
    if let Some(captures) = DESCRIBED_THEN_PARENTHESIS.captures(&gap).filter(|c| is_role_or_occupation(&c["noun"])) {
        if target.kind == EntityType::Organization && text[target.span.end..].trim_start().starts_with(')') {
            return found(Cow::Owned(captures["noun"].to_string()));
        }
    }
    // "Robert Mugabe's Zimbabwe African National Union", "the Sneaker Pimps' Kelli Ali" is the
    // other way round (`titles`): a party or band named as the person's own.
    if target.kind == EntityType::Organization && matches!(gap.trim(), "'s" | "’s") {
        return Some(Found { target: target.entity, role: None, confidence: confidence::PERSONS_ORGANIZATION });
    }
    // "Judge X of the Y", "X of Y said", "guest musicians A and B from the Y", "Dean and Gene
    // from the musical group Y": a person named with the organization they are of.
    // ", formerly of the Y", "(of Y)": a parenthesis must close right after the organization.
    let closes_after = |c: &regex::Captures| c.name("parenthesis").is_none() || text[target.span.end..].trim_start().starts_with(')');
    if let Some(captures) = PERSON_OF.captures(gap.trim()).filter(|c| target.kind == EntityType::Organization && closes_after(c)) {
        // The modifier is lower-case as written: "of the First Acme" is a name cut short.
        let modifier_written_lower = captures.name("modifier").is_none_or(|_| {
            last_word_written_lower(gap_text) && gap_text.split_whitespace().last().is_some_and(|w| !NOT_PERSON_OF_MODIFIERS.contains(&w))
        });
        // "X of Harvard University's Kennedy School": the person is the inner organization's.
        // ("met X at the Beatles' concert": where X was, the organization's.)
        let at_its_thing = &captures["preposition"] == "at"
            && captures.name("modifier").is_none()
            && captures.name("kind").is_none()
            && starts_with_possessive(text, target.span.end).is_some();
        if modifier_written_lower && possessed_organization_after(view, target).is_none() && !at_its_thing {
            // "analyst Jane Roe of Merrill Lynch", "Judge X of the Y": the title before the name.
            let role = title_before(text, person.start).map(|role| Cow::Owned(role.to_string()));
            return Some(Found { target: target.entity, role, confidence: confidence::PERSON_OF });
        }
    }
    // "Jeffrey Laitman of New York's Mount Sinai School of Medicine": a place's organization;
    // "X of Harvard University's Kennedy School": an organization's.
    if let Some(owner) = possessive_owner {
        let lead = text[person.end..owner.span.start].trim().to_lowercase();
        if matches!(lead.as_str(), "of" | "from" | "at" | ", of" | ", from") {
            return Some(Found { target: target.entity, role: None, confidence: confidence::PERSON_OF });
        }
    }
    // "X is an English drummer, best known for his work with the band Y".
    // (Not "known for her work with Acme's rivals".)
    if target.kind == EntityType::Organization && KNOWN_FOR_WORK.is_match(&gap) && starts_with_possessive(text, target.span.end).is_none() {
        return found(Cow::Borrowed("member"));
    }
    // "helped Acme win the championship", "guided Acme to the league title": a side's success
    // the person brought about (a win or a title after the organization, not any help).
    if let Some(captures) = BROUGHT_SUCCESS.captures(&gap).filter(|_| target.kind == EntityType::Organization) {
        if SUCCESS_AFTER.is_match(&text[target.span.end..].to_lowercase()) {
            // (A side is guided or steered by its coach; helped by anyone of it.)
            let role = if captures["verb"].starts_with("help") { "member" } else { "coach" };
            return found(Cow::Borrowed(role));
        }
    }
    // "was selected by the Boston Bruins in the second round of the 1999 draft".
    if target.kind == EntityType::Organization
        && SELECTED_BY.is_match(&gap)
        && IN_THE_DRAFT.is_match(&text[target.span.end..].to_lowercase())
    {
        return found(Cow::Borrowed("player"));
    }
    // "was included in Italy's squad for Euro 2012", "was named in the Acme team": a squad
    // the person was picked for (a country's is its national team).
    if SQUAD_LEAD.is_match(&gap) && SQUAD_AFTER.is_match(&text[target.span.end..]) {
        let role = if target.kind == EntityType::Country { "representative" } else { "player" };
        return found(Cow::Borrowed(role));
    }
    // "was inducted into the American Academy of Arts and Sciences", "was admitted to the Royal
    // Society": a learned society's member (not "admitted to St Mary's Hospital", "inducted
    // into the Hall of Fame").
    if target.kind == EntityType::Organization && INDUCTED_INTO.is_match(&gap) {
        return is_learned_society(target.text).then(|| found(Cow::Borrowed("member"))).flatten();
    }
    // "served in the Serbian police": a demonym before a state body is that body, which the
    // organization verbs may reach ("moved to France" stays a journey).
    // (A contract with the Peruvian government is trade, not a player's.)
    let verb_kind = if is_national_body(text, target) && !CONTRACT_GAP.is_match(&gap) { EntityType::Organization } else { target.kind };
    if let Some(role) = verb_role(&gap, verb_kind).or_else(|| verb_role(predicate?, verb_kind)) {
        return found(Cow::Borrowed(role));
    }
    // "was elected on the Acme Party ticket", "ran as the Acme Party candidate", "was elected
    // on the Acme Party list": the organization's ticket, candidacy or party list.
    let next_word = text[target.span.end..].split_whitespace().next().unwrap_or("").trim_end_matches(|c: char| !c.is_alphabetic());
    if target.kind == EntityType::Organization
        && TICKET_LEAD.is_match(&gap)
        && matches!(next_word, "ticket" | "candidate" | "nominee" | "list" | "slate")
    {
        return found(Cow::Borrowed("candidate"));
    }
    // "was elected to the House of Commons in 1997 as a Labour MP": the party sat for.
    if target.kind == EntityType::Organization
        && is_party_name(target.text)
        && TICKET_LEAD.is_match(&gap)
        && is_seat_word(&next_word.to_lowercase())
    {
        return found(Cow::Borrowed("member"));
    }
    // "scoring 522 goals during his Celtic career", "scored on his Porto debut": the subject's
    // career (or debut, or spell) at the organization.
    let theirs = gap.split_whitespace().last().is_some_and(|w| w == "his" || w == "her");
    let own = match next_word {
        "career" | "tenure" | "spell" | "stint" | "contract" => Some("member"),
        "debut" => Some("player"),
        _ => None,
    };
    if let Some(role) = own.filter(|_| target.kind == EntityType::Organization && theirs) {
        return found(Cow::Borrowed(role));
    }
    // "X is an Iranian cleric and politician leading the Y": a description, then a participle.
    if let Some(captures) = DESCRIBED_PARTICIPLE.captures(&gap).filter(|c| is_occupation_word(&c["noun"]) || is_role_word(&c["noun"])) {
        let role = match &captures["verb"] {
            "founding" => "founder",
            "representing" => "representative",
            verb if verb.starts_with("belonging") || verb.starts_with("affiliated") || verb.starts_with("signed") => "member",
            verb if verb.starts_with("playing") => "player",
            verb if verb.starts_with("working") => "employee",
            verb if verb.starts_with("coach") || verb.starts_with("manag") => "coach",
            _ => "leader",
        };
        return found(Cow::Borrowed(role));
    }
    // The kind of organization before its name ends in such a noun: "for the investment firm Y".
    // (Where it is based is no kind: "director of the Gaza-based Y"; a kind after the name
    // makes the words before it its modifiers: "leader of the fundamentalist Hamas group".)
    let kind_after =
        text[target.span.end..].split_whitespace().next().is_some_and(|w| is_organization_noun(w.trim_end_matches([',', '.'])));
    let kind_or_none = |c: &regex::Captures| match c.name("kind").map(|k| k.as_str()) {
        None => true,
        Some(kind) => {
            let modifiers_only = kind.split_whitespace().all(|w| !crate::text::words::is_function_word(w));
            let mut words = kind.split_whitespace().filter(|w| !w.ends_with("-based")).peekable();
            (kind_after && modifiers_only) || words.peek().is_none() || words.last().is_some_and(is_organization_noun)
        }
    };
    // "attorney for the Peruvian silver mining company Y": the demonym is the company's.
    // "the Russian Ambassador to OSCE": an envoy to an organization (to a country is the host).
    // "a news anchor on NBC": a broadcaster's (not "a commentator on France" nor "on Acme's
    // finances").
    let on_the_air = |c: &regex::Captures| {
        c.name("broadcaster").is_none()
            || (target.kind == EntityType::Organization && starts_with_possessive(text, target.span.end).is_none())
    };
    let envoy_to_an_organization =
        |c: &regex::Captures| (c.name("envoy").is_none() || target.kind == EntityType::Organization) && on_the_air(c);
    // "X, Minister of Foreign Affairs Y": a role and its owner right before the next name are
    // that name's title.
    let next_name_s_title =
        view.next_mention_after(target.span.end).is_some_and(|(next, gap)| next.kind == EntityType::Person && only_honorifics(gap));
    // "X was a member of the Soviet team": a demonym's team, which its members represent.
    let national_team = is_national_team(text, target);
    // "X served as the mayor of Toronto, Canada": the office of a place in the country; the
    // places named before it, each set off by a comma, are read past.
    let places_before_country = || {
        let mut end = target.span.start;
        let places: Vec<&Placed> = view
            .placed
            .iter()
            .filter(|p| p.kind == EntityType::Location && p.span.end <= target.span.start && p.span.start > person.end)
            .collect();
        for place in places.iter().rev() {
            let between = &text[place.span.end..end];
            if between.trim() != "," {
                break;
            }
            end = place.span.start;
        }
        (target.kind == EntityType::Country && end < target.span.start)
            .then(|| pattern_text(&text[person.end..end]))
            .filter(|g| ROLE_OF.is_match(g))
    };
    // The gap as the role patterns read it: else the gap past those places; else, "X began to
    // paint, and in 1870 was appointed professor at Y", the last of the subject's predicates.
    let gap_or_predicate = || {
        let field_removed = without_field(&gap);
        if ROLE_OF.is_match(&field_removed) {
            return field_removed;
        }
        // "X, chairman of the strongest opposition party, the Y": the organization's
        // description before its name, read past.
        if let Some(described) = DESCRIPTION_BEFORE_NAME.captures(&field_removed) {
            let past = format!("{}the ", &field_removed[..described.name("description").map_or(0, |d| d.start())]);
            if ROLE_OF.is_match(&past) {
                return Cow::Owned(past);
            }
        }
        // "Acme named X publisher of the Y": the object of an appointment, the post right
        // after the name, read as "X as publisher of the Y".
        // (Not "named X after the founder of Y": the post opens right after the name.)
        let appointed = APPOINTED_BEFORE.is_match(&text[..person.start].to_lowercase());
        let post_first =
            field_removed.split_whitespace().next().is_some_and(|w| matches!(w, "the" | "a" | "an") || !follows_a_noun_phrase(w));
        let as_post = format!(" as{field_removed}");
        if appointed && post_first && field_removed.starts_with(' ') && ROLE_OF.is_match(&as_post) {
            return Cow::Owned(as_post);
        }
        if let Some(gap) = places_before_country() {
            return Cow::Owned(gap);
        }
        predicate.map_or(field_removed, |predicate| Cow::Owned(predicate.trim_start().trim_start_matches("and ").to_string()))
    };
    let field_removed = gap_or_predicate();
    if let Some(captures) =
        // ("X as well as the president of Y" names two people.)
        ROLE_OF.captures(&field_removed).filter(|c| {
            kind_or_none(c)
                && envoy_to_an_organization(c)
                && (national_team || !describes_an_organization(text, target))
                && !gap.trim_start().starts_with("as well")
                && !next_name_s_title
                // "X is a French priest and the founder of Y": a second description's
                // organization (a country's the nationality reads).
                && (c.name("coordinated").is_none() || target.kind == EntityType::Organization)
                // "a Labour MP for Leeds", "the member for Bath": a legislator's "for" names the
                // constituency, a place, unless it is the party ("member for the CDU").
                // ("a Member of Parliament for Bath": "for" closes the gap.)
                && !(field_removed.trim_end().ends_with(" for")
                    && c.name("role").is_some_and(|r| is_constituency_of(r.as_str(), target.text)))
                // "an invited speaker at the Congress": a talk, not the chair ("Speaker of").
                && !(c.name("role").is_some_and(|r| r.as_str() == "speaker") && c.name("preposition").is_some_and(|p| p.as_str() != "of"))
                // "a critic of the Guardian Council", "an outspoken critic of Y": an opinion,
                // not a post ("the architecture critic of the Guardian" is one).
                && !c.name("role").is_some_and(|r| r.as_str() == "critic" && is_opinion_critic(&field_removed[..r.start()]))
                // "the bassist in the band Y": "in" with the kind of organization named (not "a
                // lawyer in France", a place of work; not "a leader in the Acme community" or
                // "an officer in the Acme Navy", which the development sets' gold files under
                // no affiliation).
                // "a guitarist in Jane's Addiction": a musician's band.
                // "a deputy in the National Assembly", "a judge on the Supreme Court": a seat in
                // a body ("in" and "on" name where else: "a lawyer in France", "a host on Y").
                && match c.name("preposition").map(|p| p.as_str()) {
                    Some("in") => {
                        target.kind == EntityType::Organization
                            && (c.name("kind").is_some() || c.name("role").is_some_and(|r| is_musician(r.as_str()) || is_legislator(r.as_str())))
                    }
                    _ => c.name("seat").is_none() || target.kind == EntityType::Organization,
                }
        })
    {
        let role =
            captures.name("role").or_else(|| captures.name("envoy")).or_else(|| captures.name("broadcaster")).or_else(|| captures.name("seat"));
        let word = role.map_or("", |m| m.as_str());
        // "the Secretary General of A and B": the whole role phrase the word ends.
        let phrase = role.and_then(|r| find_roles(&field_removed).into_iter().find(|m| m.span.end == r.end() && m.span.start < r.start()));
        let word = phrase.map_or(word, |m| m.role);
        // "X has been Aide to the President of Y": the aide's role, not the president's.
        let aide = role.and_then(|r| AIDE_TO_THE.captures(&field_removed[..r.start()])).and_then(|c| c.name("aide"));
        let word = aide.map_or(word, |a| a.as_str());
        // "X, ex-member of Y": a former holder of the role.
        let word = word.strip_prefix("ex-").unwrap_or(word);
        // "A and B were members of Y": one of them is a member (not "X, representatives of Y
        // and Z", a list).
        let plural_subject = captures.name("plural").is_some();
        // "X was among the founders of Y", "one of the members of Y": one of them.
        let one_among = role.is_some_and(|r| {
            let before = &field_removed[..r.start()];
            before.contains("among the ") || before.contains("one of the ")
        });
        let word = word.strip_suffix('s').filter(|one| (plural_subject || one_among) && is_role_word(one)).unwrap_or(word);
        // A member of a country's team represents it; its coach or captain keeps that role.
        if national_team && matches!(word, "member" | "part") {
            return found(Cow::Borrowed("representative"));
        }
        // "X, singer from Y": someone from an organization is of it.
        if is_role_or_occupation(word) {
            return found(Cow::Owned(word.to_string()));
        }
        // "X was a defensive end for Y": a playing position of two words (not "the end of Y").
        if let Some(position) = role.and_then(|r| roles::playing_position_ending(&field_removed[..r.end()])) {
            return found(Cow::Borrowed(position));
        }
    }
    // "X, a former Y executive".
    if target.kind == EntityType::Organization && APPOSITION_LEAD.is_match(&gap) {
        let after = text[target.span.end..].trim_start();
        let word = after.split(|c: char| !c.is_alphanumeric() && c != '-').next().unwrap_or("");
        // (Not "the Y chairman's wife": someone else's role.)
        let possessed = starts_with_possessive(after, word.len()).is_some();
        // (Nor "the Ford Foundation Professor of Economics at MIT": a chair named for its
        // donor, held at MIT.)
        let named_chair = apposition::is_named_chair(word, &after[word.len()..]);
        if !word.is_empty() && is_role_or_occupation(word) && !possessed && !named_chair {
            return found(Cow::Owned(word.to_lowercase()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::view;
    use super::*;
    use EntityType::{Country, Organization, Person};

    fn found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Option<(usize, Option<String>)> {
        all_found(text, mentions).into_iter().next()
    }

    /// Every (target, role) the person at 0 states in `text`, in order.
    fn all_found(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Vec<(usize, Option<String>)> {
        membership(&view(text, mentions), 0).into_iter().map(|f| (f.target, f.role.map(|r| r.into_owned()))).collect()
    }

    /// The targets alone of [`all_found`].
    fn all_targets(text: &str, mentions: &[(&'static str, usize, EntityType)]) -> Vec<usize> {
        all_found(text, mentions).into_iter().map(|(target, _)| target).collect()
    }

    fn org(text: &str, name: &'static str) -> Option<(usize, Option<String>)> {
        found(text, &[("Jane Roe", 0, Person), (name, 1, Organization)])
    }

    /// Each of `stated` makes Jane Roe a member of Acme in that role; none of `not_stated` does.
    fn assert_acme_roles(stated: &[(&str, &str)], not_stated: &[&str]) {
        for (text, role) in stated {
            assert_eq!(org(text, "Acme"), Some((1, Some(role.to_string()))), "{text}");
        }
        for text in not_stated {
            assert_eq!(org(text, "Acme"), None, "{text}");
        }
    }

    #[test]
    fn named_chairs_show_hosts_and_lists_opened_by_their_kind() {
        assert_acme_roles(
            &[
                ("Jane Roe is an Acme professor of law.", "professor"),
                ("The Late Show is a talk show hosted by Jane Roe on Acme.", "presenter"),
                ("It was hosted by Jane Roe, for the Acme network.", "presenter"),
                ("Jane Roe is a fellow of several academies, including the Acme.", "fellow"),
                ("Jane Roe is a fellow of three major academies namely, the Acme.", "fellow"),
                ("Jane Roe worked for companies such as Acme.", "employee"),
                ("Jane Roe was recruited to play lead guitar for Acme.", "member"),
                ("Jane Roe played drums and percussion with Acme from 1990.", "member"),
                ("Jane Roe sang backing vocals for Acme.", "member"),
                ("Jane Roe was selected by Acme in the second round of the 1999 NHL Entry Draft.", "player"),
                ("Jane Roe was picked by the Acme with the 45th overall pick.", "player"),
                ("Jane Roe was drafted 45th overall by Acme.", "player"),
                ("Jane Roe was drafted in the second round by the Acme.", "player"),
                ("Jane Roe is an English musician, songwriter and producer, best known as the frontman of Acme.", "frontman"),
            ],
            &[
                // A chair named for its donor, held at Beta.
                "Jane Roe is the Acme Professor of Law at Beta.",
                "The gala was hosted by Jane Roe on behalf of Acme.",
                "The show, created by Jane Roe on Acme.",
                // No kind of organization; no role or verb.
                "Jane Roe is a fan of several stars, including the Acme.",
                "Jane Roe praised several companies, including Acme.",
                // An instrument's maker.
                "Jane Roe played a guitar made by Acme.",
                // Chosen for something else than a team's draft.
                "Jane Roe was selected by Acme to lead the project.",
                "Jane Roe was chosen by Acme in 1990 as its auditor.",
            ],
        );
    }

    #[test]
    fn a_group_with_its_players_on_their_instruments() {
        let two = [("Acme", 0, Organization), ("Jane Roe", 1, Person), ("John Doe", 2, Person)];
        let roles = |text: &str, person: usize| -> Vec<(usize, Option<String>)> {
            membership(&view(text, &two), person).into_iter().map(|f| (f.target, f.role.map(|r| r.into_owned()))).collect()
        };
        let one = [("Acme", 0, Organization), ("Jane Roe", 1, Person)];
        let v = view("The album was recorded by Acme, with Jane Roe on bass guitar.", &one);
        assert_eq!(
            membership(&v, 1).into_iter().map(|f| f.role.map(|r| r.into_owned())).collect::<Vec<_>>(),
            [Some("bassist".to_string())]
        );
        let text = "The album was recorded by Acme, with Jane Roe on drums and John Doe on lead guitar.";
        assert_eq!(roles(text, 1), [(0, Some("drummer".to_string()))]);
        assert_eq!(roles(text, 2), [(0, Some("guitarist".to_string()))]);
        assert_eq!(
            roles("Acme recorded the album, with Jane Roe on vocals, and John Doe produced it.", 1),
            [(0, Some("vocalist".to_string()))]
        );
        // A guest, a person without an instrument, or a place between: none.
        for text in [
            "The album was recorded by Acme, with guest Jane Roe on vocals and John Doe.",
            "The album was recorded by Acme, with Jane Roe and John Doe on drums.",
            "Acme met the press, with Jane Roe on hand and John Doe.",
        ] {
            assert!(roles(text, 1).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_second_verb_after_and_reaches_its_organization() {
        let acme_beta = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let targets = |text: &str| all_found(text, &acme_beta);
        let member = |target| (target, Some("member".to_string()));
        assert_eq!(targets("Jane Roe left Acme in 1990 and joined Beta."), [member(1), member(2)]);
        assert_eq!(targets("Jane Roe became a major Acme shareholder and joined Beta."), [member(2)]);
        // A series of verbs set off by a comma, the first right after the name.
        assert_eq!(targets("Jane Roe retired from Acme in 1990, joined Beta and then left."), [member(1), member(2)]);
        // (An aside after the name is read past: the series is the person's.)
        assert_eq!(targets("Jane Roe, a lawyer, met Acme staff, joined Beta."), [member(2)]);
        assert_eq!(targets("Jane Roe's lawyer met Acme staff, joined Beta."), Vec::new());
        assert_eq!(org("Jane Roe became a major shareholder and joined the Acme board.", "Acme"), Some((1, Some("member".into()))));
        // Not another subject's verb, nor across a clause break.
        assert_eq!(targets("Jane Roe met the man who ran Acme and joined Beta."), []);
        assert_eq!(targets("Jane Roe's son sued Acme and joined Beta."), []);
        assert_eq!(targets("Jane Roe sued Acme, and Bob joined Beta."), []);
        // A list's plural membership after "all of whom".
        let two_people = [("Jane Roe", 0, Person), ("Bob Lee", 1, Person), ("Acme", 2, Organization)];
        let v = view("Jane Roe and Bob Lee, both of whom were members of the Acme, were arrested.", &two_people);
        for person in [0, 1] {
            assert!(membership(&v, person).iter().any(|f| f.target == 2), "{person}");
        }
        // Not a verb of a person the clause's subject took as object.
        let three = [("Bob Lee", 0, Person), ("Jane Roe", 1, Person), ("Acme", 2, Organization), ("Beta", 3, Organization)];
        let v = view("Bob Lee met Jane Roe at Acme and joined Beta.", &three);
        assert!(!membership(&v, 1).iter().any(|f| f.target == 3));
        for text in [
            "Bob Lee and Jane Roe met at Acme and joined Beta.",
            "Bob Lee and his wife Jane Roe left Acme and joined Beta.",
            "Bob Lee's wife Jane Roe left Acme and joined Beta.",
        ] {
            assert!(membership(&view(text, &three), 1).iter().any(|f| f.target == 3), "{text}");
        }
    }

    #[test]
    fn the_last_of_a_series_of_predicates_and_its_time() {
        assert_acme_roles(
            &[
                ("Jane Roe in 1990 joined the Acme.", "member"),
                ("Jane Roe studied law, and in February 1870 was appointed professor at the Acme.", "professor"),
                ("Jane Roe began to paint, in 1859 received a medal, and was appointed professor at the Acme.", "professor"),
                (
                    "Jane Roe began to produce her early works, in 1859 received the Legion of Honour, and in February 1870 was appointed professor at the Acme.",
                    "professor",
                ),
                ("Jane Roe studied law and later became the chairman of Acme.", "chairman"),
                ("Jane Roe signed a two-year contract with Acme.", "player"),
                ("Jane Roe will be formally installed as head of the ruling Acme next Tuesday.", "head"),
                ("Jane Roe was sworn in as president of the Acme.", "president"),
                ("Jane Roe, director of the Gaza-based Acme, said.", "director"),
                ("Jane Roe, a trader at Acme, said.", "trader"),
                ("Jane Roe is an aid worker with Acme.", "worker"),
                ("Jane Roe was famous for her coaching in Acme, winning medals.", "coach"),
                ("Jane Roe is an English drummer, best known for his work with the band Acme.", "member"),
                ("Jane Roe, known for her tenure at Acme, retired.", "member"),
                ("Jane Roe was a French priest and the founder of both the Acme and the Beta.", "founder"),
                ("Jane Roe is the spiritual leader of the fundamentalist Acme group.", "leader"),
                ("Jane Roe resigned as Acme chairman on Monday.", "chairman"),
                ("Jane Roe, the architecture critic of the Acme, wrote.", "critic"),
            ],
            &[
                // Not a piece that opens with a name (another subject), nor a talk at an event.
                "Jane Roe began to paint, Paris received a medal, and was appointed professor at the Acme.",
                "Jane Roe won a prize, and was an invited speaker at the Acme.",
                "Jane Roe is known for her work with Acme's rivals.",
                "Jane Roe is a critic of the Acme.",
                "Jane Roe has been an outspoken critic of Acme since 1990.",
            ],
        );
        // A list of places or a place's country between the predicates; not a place opening a
        // piece after something else.
        let (lyon, paris, france) = (("Lyon", 2, EntityType::Location), ("Paris", 3, EntityType::Location), ("France", 4, Country));
        let (jane, acme) = (("Jane Roe", 0, Person), ("Acme", 1, Organization));
        for (text, mentions) in [
            (
                "Jane Roe exhibited in Lyon, Paris and France in the 1850s, and was elected to the Acme.",
                vec![jane, lyon, paris, france, acme],
            ),
            ("Jane Roe was born in Lyon, France, and joined the Acme in 1990.", vec![jane, lyon, france, acme]),
        ] {
            let v = view(text, &mentions);
            assert_eq!(membership(&v, 0).first().map(|f| f.target), Some(1), "{text}");
        }
        let v = view("Jane Roe began to paint, Paris received a medal, and was appointed professor at the Acme.", &[jane, paris, acme]);
        assert!(membership(&v, 0).is_empty(), "{:?}", membership(&v, 0));
        let canada =
            [("Jane Roe", 0, Person), ("Toronto", 2, EntityType::Location), ("Ontario", 3, EntityType::Location), ("Canada", 1, Country)];
        assert_eq!(found("Jane Roe served as the mayor of Toronto, Ontario, Canada.", &canada), Some((1, Some("mayor".into()))));
        assert_eq!(found("Jane Roe was a lawyer in Toronto, Ontario, Canada.", &canada), None);
        let headline = [("JANE ROE", 0, Person), ("ACME", 1, Organization)];
        assert_eq!(found("CRICKET - JANE ROE SIGNS FOR ACME .", &headline), Some((1, Some("player".into()))));
        assert_eq!(found("SOCCER - JANE ROE RESIGNS AS ACME MANAGER .", &headline), Some((1, Some("manager".into()))));
        let people = [("Jane Roe", 0, Person), ("Bob Poe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe began to paint, met Bob Poe, and was appointed professor at the Acme.", &people);
        assert!(membership(&v, 0).is_empty(), "someone else named among the predicates");
        // A contract with a government is trade, not a player's club.
        let v =
            view("Jane Roe signed a major contract with the Peruvian government.", &[("Jane Roe", 0, Person), ("Peruvian", 1, Country)]);
        assert!(membership(&v, 0).is_empty(), "{:?}", membership(&v, 0));
    }

    /// Each text names the people at `people` (indices into `mentions`) founders of entity 1.
    fn assert_founders(texts: &[&str], mentions: &[(&'static str, usize, EntityType)], people: std::ops::Range<usize>) {
        for text in texts {
            let v = view(text, mentions);
            for person in people.clone() {
                assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))), "{text}");
            }
        }
    }

    #[test]
    fn an_organization_took_on_someone_named_with_a_demonym() {
        let mentions = [("Acme", 1, Organization), ("Italian", 3, Country), ("Jane Roe", 2, Person)];
        let v = view("Acme signed Italian international Jane Roe from Beta.", &mentions);
        assert_eq!(membership(&v, 2).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("player"))));
        let v = view("Acme beat Italian champions Jane Roe.", &mentions);
        assert!(membership(&v, 2).iter().all(|f| f.target != 1), "no verb of taking on");
        let v = view("Acme signed an Italian deal with Jane Roe.", &mentions);
        assert!(membership(&v, 2).iter().all(|f| f.target != 1), "not the title's demonym");
    }

    #[test]
    fn an_organization_that_took_someone_on_or_is_led_by_them() {
        for (text, role) in [
            ("The Society of Jesus appointed his successor, Jane Roe from Venezuela.", None),
            ("Acme drafted Jane Roe in 1984.", Some("player")),
            ("Acme traded Jane Roe to the Beta in 1984.", Some("player")),
            ("Acme acquired Jane Roe from the Beta.", Some("player")),
            ("Acme hired former coach Jane Roe.", Some("employee")),
            ("Acme employs Jane Roe as a senior fellow.", Some("employee")),
            ("Acme poached Jane Roe from Beta in 2019.", Some("employee")),
            ("Acme signs Jane Roe on a three-year deal.", Some("player")),
            ("Acme, under Jane Roe, won the cup.", Some("leader")),
            ("Acme has named Jane Roe chief executive.", None),
            ("A study by Acme headed by Jane Roe says so.", Some("leader")),
            ("Acme, led by its founder Jane Roe, opened.", Some("founder")),
            ("Acme, which is chaired by Jane Roe, met.", Some("chair")),
            ("Acme (coached by Jane Roe) won.", Some("coach")),
            ("Acme was fronted by Jane Roe until 1990.", Some("frontman")),
            ("Acme is a rock band fronted by Jane Roe.", Some("frontman")),
            ("Acme, a charity headed by Jane Roe, opened.", Some("leader")),
            ("Acme was then managed by Jane Roe.", Some("manager")),
            ("Acme, under the leadership of its founder Jane Roe, grew.", Some("leader")),
            ("Acme, under the command of Jane Roe, attacked.", Some("commander")),
            ("Activists from the Acme, headed by former prime minister Jane Roe, fought.", Some("leader")),
            ("Acme sack coach Jane Roe.", Some("coach")),
            ("Acme fired its chief executive Jane Roe.", Some("chief executive")),
            ("Acme's board named Jane Roe on Monday.", None),
        ] {
            let organization = if text.contains("Society") { "Society of Jesus" } else { "Acme" };
            let v = view(text, &[(organization, 1, Organization), ("Jane Roe", 2, Person)]);
            assert_eq!(membership(&v, 1).first().map(|f| (f.target, f.role.as_deref())), Some((1, role)), "{text}");
        }
        for text in [
            "Acme, led by example, Jane Roe said.",
            "Acme fired Jane Roe a warning.",
            "Acme, named after Jane Roe, opened.",
            "Acme signed a deal with Jane Roe.",
            "Acme signs a deal with Jane Roe.",
            "Acme employs a team of Jane Roe's students.",
            "Acme was praised under Jane Roe's rival.",
            // Led by someone else's act, or a thing of the organization led.
            "Acme's bid, led by Jane Roe, failed.",
            "Acme was led by a team of Jane Roe's students.",
            "Acme beat the side led by Jane Roe.",
            "Acme is a song led by Jane Roe's guitar.",
            "Acme, the song led by Jane Roe, charted.",
        ] {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 2, Person)]);
            assert!(membership(&v, 1).is_empty(), "{text}");
        }
    }

    #[test]
    fn people_named_along_with_a_member_are_members() {
        let v = view(
            "He is a member of the group Acme Trio, along with drummer Jane Roe and B3 organ player John Doe.",
            &[("Acme Trio", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person)],
        );
        for person in [1, 2] {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("member"))));
        }
        // Not a membership: beside the organization, or along with it as a guest.
        for text in ["He played Acme Trio songs, along with drummer Jane Roe.", "He toured with Acme Trio, along with Jane Roe."] {
            let v = view(text, &[("Acme Trio", 1, Organization), ("Jane Roe", 2, Person)]);
            assert!(membership(&v, 1).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_later_clause_of_he_or_she() {
        let mentions = [("Jane Roe", 0, Person), ("Acme University", 1, Organization), ("Beta Huskies", 2, Organization)];
        let text = "Jane Roe was drafted out of Acme University, where she played college baseball for the Beta Huskies.";
        let v = view(text, &mentions);
        let mut targets: Vec<usize> = membership(&v, 0).into_iter().map(|f| f.target).collect();
        targets.sort_unstable();
        assert_eq!(targets, [1, 2]);
        for text in [
            "Jane Roe's father studied at Acme University, where he played college baseball for the Beta Huskies.",
            "Jane Roe met Acme University, where she watched the Beta Huskies.",
        ] {
            let v = view(text, &mentions);
            assert!(membership(&v, 0).iter().all(|f| f.target != 2), "{text}");
        }
        let argentine = [("Jane Roe", 0, Person), ("Argentine", 4, Country), ("Beta Huskies", 2, Organization)];
        let v = view("Jane Roe fouled the Argentine, whose coach before he joined the Beta Huskies was Bob.", &argentine);
        assert!(membership(&v, 0).is_empty(), "the pronoun may be another's");
        let v = view("Jane Roe fouled the Argentine before he joined the Beta Huskies.", &argentine);
        assert!(membership(&v, 0).is_empty(), "a demonym may stand for a person");
        // A role after a copula: "..., when she was commander-in-chief of the Y".
        let text = "An order issued by Jane Roe in 1776, when she was commander-in-chief of the Beta Huskies, said so.";
        let v = view(text, &[("Jane Roe", 0, Person), ("Beta Huskies", 2, Organization)]);
        let found: Vec<(usize, String)> = membership(&v, 0).into_iter().map(|f| (f.target, f.role.unwrap().into_owned())).collect();
        assert_eq!(found, [(2, "commander-in-chief".to_string())]);
        let v =
            view("Jane Roe left, when she was a fan of the Beta Huskies.", &[("Jane Roe", 0, Person), ("Beta Huskies", 2, Organization)]);
        assert!(membership(&v, 0).is_empty(), "no role");
        let others = [("Jane Roe", 0, Person), ("John Doe", 3, Person), ("Beta Huskies", 2, Organization)];
        let v = view("Jane Roe met John Doe, and he played for the Beta Huskies.", &others);
        assert!(membership(&v, 0).is_empty(), "another person is named before the clause");
    }

    /// The (target, role) pairs [`membership`] finds for the person at `index` of `mentions`.
    fn targets_and_roles(text: &str, mentions: &[(&str, usize, EntityType)], index: usize) -> Vec<(usize, Option<String>)> {
        let v = view(text, mentions);
        membership(&v, index).into_iter().map(|f| (f.target, f.role.map(|r| r.to_string()))).collect()
    }

    #[test]
    fn an_organization_s_relative_clause_gives_the_person_a_post() {
        let post = |text: &str| targets_and_roles(text, &[("Acme", 1, Organization), ("Jane Roe", 2, Person)], 1);
        assert_eq!(post("The Acme, of which Jane Roe was a member, campaigned for reform."), [(1, Some("member".to_string()))]);
        assert_eq!(post("The Acme, of which Jane Roe was later the president, grew."), [(1, Some("president".to_string()))]);
        assert_eq!(post("The Acme, to which Jane Roe belonged, grew."), [(1, Some("member".to_string()))]);
        for text in [
            "The Acme, of which Jane Roe was the subject, grew.",
            "The Acme, of which Jane Roe wrote, grew.",
            "The Acme, to which Jane Roe was a visitor, grew.",
        ] {
            assert!(post(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_list_of_people_that_makes_up_a_group() {
        let people = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe and John Doe make up the Acme.", &people);
        for index in 0..2 {
            assert_eq!(membership(&v, index).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("member"))), "{index}");
        }
        let v = view("Jane Roe and John Doe made up stories about the Acme.", &people);
        assert!(membership(&v, 0).is_empty() && membership(&v, 1).is_empty());
    }

    #[test]
    fn a_role_fronted_before_the_subject_with_its_organizations() {
        let people = [("Acme", 1, Organization), ("Beta", 2, Organization), ("Jane Roe", 0, Person)];
        let found = |text: &str| {
            let mut found = targets_and_roles(text, &people, 2);
            found.sort();
            found
        };
        let player = Some("player".to_string());
        assert_eq!(
            found("A former player for Acme and Beta, Jane Roe, 43, has coached Nice since 1992."),
            [(1, player.clone()), (2, player)]
        );
        assert!(found("A goal for Acme and Beta, Jane Roe said, was enough.").is_empty(), "no role");
        assert!(found("A critic of Acme, Beta and Jane Roe met.").is_empty());
    }

    #[test]
    fn the_players_a_side_is_without() {
        let people =
            [("Acme", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Ann Lee", 3, Person), ("Bob Ray", 4, Person)];
        let text = "Acme , without injured defenders Jane Roe and John Doe and strikers Ann Lee and Bob Ray , stepped up the pace .";
        let v = view(text, &people);
        for index in 1..5 {
            assert_eq!(membership(&v, index).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("player"))), "{index}");
        }
        let two = [("Acme", 1, Organization), ("Jane Roe", 0, Person)];
        assert!(membership(&view("Acme were without suspended striker Jane Roe .", &two), 1).iter().any(|f| f.target == 1));
        for text in ["Acme , without the help of Jane Roe , grew .", "Acme , without telling Jane Roe , left ."] {
            assert!(membership(&view(text, &two), 1).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_squad_announced_after_its_team_s_name() {
        let squad =
            [("Acme", 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Ann Lee", 3, Person), ("Bob Ray", 4, Person)];
        for text in [
            "Acme : Jane Roe , John Doe , Ann Lee , Bob Ray .",
            "Acme - Jane Roe ( captain ) , John Doe , Ann Lee , Bob Ray ( wicketkeeper )",
            "Acme: Jane Roe, John Doe, Ann Lee and Bob Ray.",
        ] {
            let v = view(text, &squad);
            for index in 1..5 {
                assert_eq!(
                    membership(&v, index).first().map(|f| (f.target, f.role.as_deref())),
                    Some((1, Some("representative"))),
                    "{text} {index}"
                );
            }
        }
        for text in [
            "Acme : Jane Roe , John Doe , Ann Lee , Bob Ray said so .",
            "Acme beat Jane Roe , John Doe , Ann Lee , Bob Ray .",
            "Yesterday Acme : Jane Roe , John Doe , Ann Lee , Bob Ray .",
            "Acme : Jane Roe 57 , John Doe 12 , Ann Lee 4 , Bob Ray 1 .",
        ] {
            let v = view(text, &squad);
            assert!((1..5).all(|index| membership(&v, index).iter().all(|f| f.target != 1)), "{text}");
        }
    }

    #[test]
    fn a_list_s_club_in_parentheses() {
        let people = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        for text in ["Midfielders : Jane Roe , John Doe ( both Acme ) .", "Jane Roe and John Doe (all Acme) played."] {
            let v = view(text, &people);
            for index in 0..2 {
                assert_eq!(membership(&v, index).first().map(|f| f.target), Some(1), "{text} {index}");
            }
        }
        let v = view("Jane Roe , John Doe ( Acme ) .", &people);
        assert!(membership(&v, 0).is_empty(), "the club of the name before the parenthesis only");
    }

    #[test]
    fn a_post_named_after_the_person_s_possessive() {
        let post = |text: &str| targets_and_roles(text, &[("Jane Roe", 0, Person), ("Acme", 1, Organization)], 0);
        assert_eq!(post("Jane Roe's reappointment as chairman of the Acme was welcomed."), [(1, Some("chairman".to_string()))]);
        assert_eq!(post("It spoiled Jane Roe's debut as Acme's manager."), [(1, Some("manager".to_string()))]);
        assert_eq!(post("Jane Roe's first season as coach of Acme ended."), [(1, Some("coach".to_string()))]);
        for text in [
            "Jane Roe's debut album was released by Acme.",
            "Jane Roe's role as a critic of Acme grew.",
            "Jane Roe's view as Acme's chairman saw it.",
        ] {
            assert!(post(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn players_whose_feats_a_game_report_tells_before_their_side_won() {
        let people = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme Sox", 1, Organization), ("Beta", 3, Organization)];
        let sides = |text: &str, index: usize| {
            let v = view(text, &people);
            membership(&v, index).into_iter().map(|f| f.target).collect::<Vec<_>>()
        };
        for text in [
            "Jane Roe scattered five hits and John Doe had an RBI hit in the second inning as the Acme Sox blanked the Beta 2-0.",
            "Jane Roe and John Doe hit solo home runs as the surging Acme Sox won their third straight over the Beta.",
            "Jane Roe allowed two runs and John Doe had a run-scoring single to lift the Acme Sox to a 3-2 victory over the Beta.",
            "Jane Roe delivered a double and John Doe scored to put the Acme Sox ahead to stay against the Beta.",
        ] {
            assert_eq!(sides(text, 0), [1], "{text}");
            assert_eq!(sides(text, 1), [1], "{text}");
        }
        for text in [
            "Jane Roe struck out John Doe as the Acme Sox lost to the Beta.",
            "Jane Roe praised John Doe as the Acme Sox beat the Beta.",
            "Jane Roe hit a homer; John Doe watched as the Acme Sox beat the Beta.",
        ] {
            assert!(sides(text, 0).is_empty() && sides(text, 1).is_empty(), "{text}");
        }
        let dateline = "In Jane Roe , John Doe homered as the Acme Sox beat the Beta.";
        assert_eq!((sides(dateline, 0), sides(dateline, 1)), (vec![], vec![1]), "the dateline's place is no player");
    }

    #[test]
    fn musicians_listed_by_role_share_the_band_after_the_last() {
        let people = [("Jane Roe", 1, Person), ("John Doe", 2, Person), ("Ann Lee", 3, Person), ("Acme", 4, Organization)];
        let band = |text: &str, index: usize| targets_and_roles(text, &people, index);
        let text = "The album was recorded by guitarist Jane Roe, bassist John Doe and drummer Ann Lee of Acme.";
        assert_eq!(band(text, 0), [(4, Some("guitarist".to_string()))], "{text}");
        assert_eq!(band(text, 1), [(4, Some("bassist".to_string()))], "{text}");
        assert_eq!(band(text, 2), [(4, Some("drummer".to_string()))], "{text}");
        let text = "It features lead vocalist Jane Roe, drummer John Doe and bassist Ann Lee from the band Acme.";
        assert_eq!(band(text, 0), [(4, Some("lead vocalist".to_string()))], "{text}");
        for text in [
            "The album was recorded by producer Jane Roe, bassist John Doe and drummer Ann Lee of Acme.",
            "The album was recorded by guitarist Jane Roe, John Doe and drummer Ann Lee of Acme.",
            "The album was recorded by guitarist Jane Roe, bassist John Doe and drummer Ann Lee, who left Acme.",
        ] {
            assert!(band(text, 0).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_founder_named_after_with_founded_it_too() {
        let founders =
            |text: &str| targets_and_roles(text, &[("Jane Roe", 2, Person), ("Acme", 1, Organization), ("John Doe", 3, Person)], 2);
        for text in [
            "Jane Roe co-founded Acme with John Doe.",
            "Jane Roe founded the Acme in 1990 together with her brother John Doe.",
            "Jane Roe later formed Acme with John Doe.",
        ] {
            assert_eq!(founders(text), [(1, Some("founder".to_string()))], "{text}");
        }
        let people =
            [("Jane Roe", 2, Person), ("Acme", 1, Organization), ("John Doe", 3, Person), ("Ann Lee", 4, Person), ("Bob Ray", 5, Person)];
        let listed = |text: &str, index: usize| targets_and_roles(text, &people, index);
        let text = "Jane Roe formed Acme with John Doe, Ann Lee and Bob Ray in 1968.";
        for index in 2..5 {
            assert_eq!(listed(text, index), [(1, Some("founder".to_string()))], "{text} {index}");
        }
        let text = "Jane Roe formed Acme with John Doe, Ann Lee, and Bob Ray joined them in 1970.";
        assert_eq!(listed(text, 2), [(1, Some("founder".to_string()))], "{text}");
        assert!(listed(text, 3).is_empty() && listed(text, 4).is_empty(), "{text}");
        for text in [
            "Jane Roe joined Acme with John Doe.",
            "Jane Roe, who founded Acme, met with John Doe.",
            "Jane Roe founded Acme and met with John Doe.",
        ] {
            assert!(founders(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn an_organization_listing_its_members() {
        let members = |text: &str| -> Vec<Vec<usize>> {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person), ("Ann Lee", 4, Person)]);
            (1..4).map(|person| membership(&v, person).into_iter().map(|f| f.target).collect()).collect()
        };
        for text in [
            "Acme, consisting of Jane Roe, John Doe and Ann Lee, released three albums.",
            "The Acme (Jane Roe, John Doe and Ann Lee) toured Europe.",
            "Acme's line - up consisted of Jane Roe (vocals), John Doe (guitar) and Ann Lee (drums).",
            "Acme's original members were Jane Roe, John Doe, and Ann Lee.",
            "The Acme comprises Jane Roe, John Doe and Ann Lee.",
            "Acme's squad included Jane Roe, John Doe and Ann Lee.",
            "Notable former players of Acme include Jane Roe, John Doe and Ann Lee.",
            "Notable players for Acme in this period included Jane Roe, John Doe and Ann Lee.",
            // The sentence's subject, a group, its description, then the members it lists.
            "Acme is a rock band formed in 1985, consisting of Jane Roe, John Doe and Ann Lee.",
            "The Acme was a folk trio comprising singer Jane Roe, John Doe and Ann Lee.",
            "Acme, which included Jane Roe, John Doe and Ann Lee, formed in 1985.",
            "Acme, whose members were Jane Roe, John Doe and Ann Lee, formed in 1985.",
            "Acme's classic line - up of Jane Roe, John Doe and Ann Lee toured Europe.",
        ] {
            assert_eq!(members(text), [vec![1], vec![1], vec![1]], "{text}");
        }
        for text in [
            "Acme, against Jane Roe, John Doe and Ann Lee, won.",
            "Acme is a company consisting of Jane Roe, John Doe and Ann Lee.",
            "They beat Acme, a band consisting of Jane Roe, John Doe and Ann Lee.",
            "Acme (Jane Roe) met John Doe and Ann Lee.",
            "Acme, which included Jane Roe, John Doe and Ann Lee among its clients, grew.",
            "Notable rivals of Acme include Jane Roe, John Doe and Ann Lee.",
            "The Acme (Jane Roe, John Doe and Ann Lee 's rivals) toured Europe.",
        ] {
            assert!(members(text).iter().all(Vec::is_empty), "{text}");
        }
        let v = view(
            "Jane Roe and John Doe were members of the Acme.",
            &[("Jane Roe", 2, Person), ("John Doe", 3, Person), ("Acme", 1, Organization)],
        );
        for person in [0, 1] {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("member"))));
        }
    }

    #[test]
    fn a_place_of_service_then_the_organization_served_there() {
        let acme_beta = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let targets = |text: &str| all_found(text, &acme_beta);
        let role = |target, role: &str| (target, Some(role.to_string()));
        assert_eq!(targets("Jane Roe served in the Acme for the Beta from 1969 to 1983."), [role(1, "member"), role(2, "member")]);
        assert_eq!(targets("Jane Roe played in the Acme for the Beta."), [role(2, "player")]);
        assert_eq!(org("Jane Roe was elected to parliament for the Acme Party in 1997.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe sat in the upper house for Acme.", "Acme"), Some((1, Some("member".into()))));
        // Not a country served; not a clause break or a purpose between.
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe served in the army for France.", &france), None);
        assert_eq!(org("Jane Roe played in the final, a win for Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe sat in the stands cheering for Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe played in the game he scored for Acme.", "Acme"), None);
    }

    #[test]
    fn the_subject_club_s_players_and_coach() {
        let people = [("Acme", 0, Organization), ("Jane Roe", 1, Person), ("John Doe", 2, Person), ("Ann Poe", 3, Person)];
        let roles = |text: &str| -> Vec<Option<(usize, Option<String>)>> {
            let v = view(text, &people);
            (1..4).map(|i| membership(&v, i).first().map(|f| (f.target, f.role.as_deref().map(str::to_string)))).collect()
        };
        let club = |role: &str| Some((0, Some(role.to_string())));
        assert_eq!(
            roles("Acme won five titles under the Hungarian coach Jane Roe and with players like John Doe and Ann Poe."),
            [club("coach"), club("player"), club("player")]
        );
        assert_eq!(
            roles("Acme, under Jane Roe and with such star players as John Doe and Ann Poe, reached the final."),
            [club("leader"), club("player"), club("player")]
        );
        // Not where the club does not open the sentence, nor past another organization.
        let none = [None, None, None];
        assert_eq!(roles("Fans of Acme cheered Jane Roe, with players like John Doe and Ann Poe."), none);
        let past = [("Acme", 0, Organization), ("Beta", 1, Organization), ("Jane Roe", 2, Person)];
        let v = view("Acme beat Beta with players like Jane Roe.", &past);
        assert_eq!(membership(&v, 2).first().map(|f| f.target), None);
    }

    #[test]
    fn the_teacher_studied_with_at_the_organization() {
        let acme = [("Acme", 0, Organization), ("Jane Roe", 1, Person)];
        let teacher = |text: &str| {
            let v = view(text, &acme);
            membership(&v, 1).first().map(|f| (f.target, f.role.as_deref().map(str::to_string)))
        };
        for text in [
            "He received his doctorate at Acme, where he studied with Jane Roe.",
            "He was a graduate student at Acme in Moscow in 1975, and studied there under the supervision of Jane Roe.",
            "She trained at Acme, where she studied under the composer Jane Roe.",
        ] {
            assert_eq!(teacher(text), Some((0, Some("teacher".into()))), "{text}");
        }
        let list = [("Acme", 0, Organization), ("John Doe", 1, Person), ("Jane Roe", 2, Person)];
        let v = view("He attended Acme, where he studied with John Doe and Jane Roe.", &list);
        assert_eq!(membership(&v, 2).first().map(|f| f.target), Some(0), "each of a list");
        for text in [
            "He left Acme, where he had met Jane Roe.",
            "He studied at Acme; later he studied with Jane Roe.",
            "Acme studied with Jane Roe the plan.",
        ] {
            assert_eq!(teacher(text), None, "{text}");
        }
    }

    #[test]
    fn taken_into_a_learned_society_or_a_leading_figure_of_a_body() {
        let member = Some((1, Some("member".to_string())));
        assert_eq!(org("Jane Roe was inducted into the Acme Academy of Sciences in 1990.", "Acme Academy of Sciences"), member);
        assert_eq!(org("Jane Roe was admitted as a foreign member to the Acme Society.", "Acme Society"), member);
        assert_eq!(org("Jane Roe was admitted to Acme Hospital.", "Acme Hospital"), None);
        assert_eq!(org("Jane Roe was inducted into the Acme Hall of Fame.", "Acme Hall of Fame"), None);
        assert_acme_roles(
            &[
                ("Jane Roe was a prominent figure in the Acme Party.", "member"),
                ("Jane Roe was one of the leading figures of the Acme Society.", "member"),
                ("Jane Roe was a delegate to the Acme Congress.", "delegate"),
            ],
            &["Jane Roe was a prominent critic of the Acme Party.", "Jane Roe was a leading figure against the Acme."],
        );
    }

    #[test]
    fn a_party_s_candidate_or_ticket() {
        let party = [("Jane Roe", 0, Person), ("Acme Party", 1, Organization)];
        for (text, role) in [
            ("Jane Roe ran for governor as the Acme Party candidate in 1998.", "candidate"),
            ("In 1990 Jane Roe was the Senate's youngest member, elected as an Acme Party nominee.", "nominee"),
            ("Jane Roe was elected mayor on the Acme Party ticket.", "candidate"),
        ] {
            assert_eq!(org(text, "Acme Party"), Some((1, Some(role.into()))), "{text}");
            assert!(membership(&view(text, &party), 0).iter().any(|f| f.target == 1), "{text}");
        }
        let text = "Jane Roe has been a member of the Sejm since 2005, representing the Acme Party.";
        let v = view(text, &[("Jane Roe", 0, Person), ("Sejm", 2, Organization), ("Acme Party", 1, Organization)]);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("member")), "{text}");
        for text in [
            "Jane Roe ran against the Acme Party candidate.",
            "Jane Roe spoke on the Acme Party website.",
            "Jane Roe won the case, representing the Acme Party in court.",
        ] {
            assert!(membership(&view(text, &party), 0).is_empty(), "{text}");
        }
        let other = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme Party", 1, Organization)];
        let v = view("Jane Roe defeated John Doe, who ran as the Acme Party candidate.", &other);
        assert!(membership(&v, 0).is_empty(), "another's candidacy");
    }

    #[test]
    fn a_group_named_for_an_organization_or_a_country() {
        let duo = [("Acme", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        for text in [
            "The Acme duo of Jane Roe and John Doe finished first.",
            "He beat Acme's young pair of Jane Roe and John Doe.",
            "He lost the Acme duo of libero Jane Roe and defender John Doe.",
        ] {
            let v = view(text, &duo);
            for person in 1..3 {
                let found = membership(&v, person);
                assert_eq!(found.first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("member"))), "{text}: {person}");
            }
        }
        let kenyan = [("Kenyan", 1, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        let v = view("The Kenyan trio of Jane Roe and John Doe won.", &kenyan);
        assert_eq!(membership(&v, 2).first().map(|f| (f.target, f.role.as_deref())), Some((1, None)));
        for text in ["Acme bought a pair of Jane Roe and John Doe paintings.", "Acme sold a duo of Jane Roe and John Doe."] {
            let v = view(text, &duo);
            assert!(membership(&v, 1).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_clause_said_of_a_whole_list() {
        let list = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Max Poe", 3, Person), ("Acme Party", 1, Organization)];
        for text in [
            "Jane Roe, John Doe and Max Poe, all of whom later played for the Acme Party, attended.",
            "Jane Roe, John Doe and Max Poe, who were members of the Acme Party, resigned.",
            "Jane Roe, John Doe and Max Poe, both members of the Acme Party, resigned.",
        ] {
            let v = view(text, &list);
            for person in 0..3 {
                let found = membership(&v, person);
                assert_eq!(
                    found.first().map(|f| (f.target, f.role.as_deref())),
                    Some((1, Some(if text.contains("played") { "player" } else { "member" }))),
                    "{text}: {person}"
                );
            }
        }
        // Kin named in the list share its verb.
        let kin = [("Jane Roe", 0, Person), ("John Roe", 2, Person), ("Acme Party", 1, Organization)];
        for text in ["Jane Roe and her brother John Roe founded the Acme Party.", "Jane Roe and her son John Roe joined the Acme Party."] {
            let v = view(text, &kin);
            assert_eq!(membership(&v, 0).first().map(|f| f.target), Some(1), "{text}");
        }
        let v = view("Jane Roe met her brother John Roe, who founded the Acme Party.", &kin);
        assert!(membership(&v, 0).is_empty(), "not a list");
        // A singular clause is the last name's only.
        for text in [
            "Jane Roe, John Doe and Max Poe, who was a member of the Acme Party, resigned.",
            "Jane Roe, John Doe and Max Poe, a member of the Acme Party, resigned.",
            "Students included Jane Roe, John Doe and Max Poe who later joined the Acme Party.",
        ] {
            let v = view(text, &list);
            assert!(membership(&v, 0).is_empty(), "{text}");
            assert_eq!(membership(&v, 2).first().map(|f| f.target), Some(1), "{text}");
        }
        let v = view("Students included Jane Roe, John Doe and Max Poe who were members of the Acme Party.", &list);
        assert_eq!(membership(&v, 0).first().map(|f| f.target), Some(1), "a plural verb: the list's");
    }

    #[test]
    fn the_person_an_organization_s_relative_clause_names() {
        let acme = [("Acme", 0, Organization), ("Jane Roe", 1, Person)];
        let role = |text: &str| {
            let v = view(text, &acme);
            membership(&v, 1).first().map(|f| (f.target, f.role.as_deref().map(str::to_string)))
        };
        assert_eq!(role("Acme, where Jane Roe worked for 20 years, closed."), Some((0, Some("employee".into()))));
        assert_eq!(role("Acme, whose chairman is Jane Roe, grew."), Some((0, Some("chairman".into()))));
        assert_eq!(role("Acme, whose CEO is Jane Roe, grew."), Some((0, Some("CEO".into()))));
        assert_eq!(role("Acme, whose UK is Jane Roe, grew."), None);
        assert_eq!(role("Acme, whose chief executive was Jane Roe, grew."), Some((0, Some("chief executive".into()))));
        assert_eq!(role("Acme, whose chief executive Jane Roe praised the deal, grew."), Some((0, Some("chief executive".into()))));
        assert_eq!(role("Acme, whose co-founder Jane Roe wrote the story, grew."), Some((0, Some("co-founder".into()))));
        assert_eq!(role("Acme, whose biggest fan is Jane Roe, grew."), None, "no role");
        // The sentence's one person as the relative clause's pronoun.
        let v = view("Jane Roe is a graduate of Acme, where she later taught law.", &[("Jane Roe", 1, Person), ("Acme", 0, Organization)]);
        assert!(membership(&v, 0).iter().any(|f| f.target == 0 && f.role.as_deref() == Some("teacher")));
        let two = [("Jane Roe", 1, Person), ("John Doe", 2, Person), ("Acme", 0, Organization)];
        let v = view("Jane Roe met John Doe at Acme, where he taught law.", &two);
        assert!(membership(&v, 0).iter().all(|f| f.role.as_deref() != Some("teacher")), "two people: whose pronoun is unsaid");
        assert_eq!(role("Acme, whose rival Jane Roe praised the deal, grew."), None, "no role");
        assert_eq!(role("She moved to Acme, where Jane Roe later taught."), Some((0, Some("teacher".into()))));
        for text in
            ["Acme, where Jane Roe studied, closed.", "Acme, where Jane Roe met her husband, closed.", "Acme said Jane Roe worked hard."]
        {
            assert_eq!(role(text), None, "{text}");
        }
    }

    #[test]
    fn an_athlete_s_event_then_the_side() {
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        for text in [
            "Jane Roe competed in the women's singles event for France.",
            "Jane Roe competed at the 1912 Summer Olympics for France.",
            "Jane Roe won a bronze medal in the K-4 500 m event for France.",
            "Jane Roe competed in the women's 100 metres at the 1996 Summer Olympics, representing France.",
        ] {
            assert_eq!(found(text, &france), Some((1, Some("representative".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe competed in the relay for Acme.", "Acme"), Some((1, Some("representative".into()))));
        // Not another side's, nor a prize: "won by", "against", a win without a medal.
        for text in [
            "Jane Roe competed in the race won by Beta for France.",
            "Jane Roe competed in the final against Beta for France.",
            "Jane Roe won in the final for France.",
            "Jane Roe competed in the final, a win for France.",
        ] {
            assert_eq!(found(text, &france), None, "{text}");
        }
    }

    #[test]
    fn sports_moves_loans_and_goals() {
        assert_acme_roles(
            &[
                ("Jane Roe netted her 20th goal of the season for Acme.", "player"),
                ("Jane Roe hit a consolation goal for Acme.", "player"),
                ("Jane Roe hit her 30th homer for the Acme.", "player"),
                ("Jane Roe, on loan from Acme, scored twice.", "player"),
                ("Jane Roe completed her move to Acme on Friday.", "player"),
                ("Jane Roe rode for Acme in the Tour de France.", "rider"),
                ("Jane Roe drives for Acme in Formula One.", "driver"),
            ],
            &[
                "Jane Roe scored her first goal against Acme.",
                "Jane Roe rode past Acme fans.",
                "Jane Roe drove to Acme's stadium.",
                "Jane Roe headed for Acme's offices.",
                "Jane Roe hit the ball for Acme's fans.",
            ],
        );
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe, on loan from France, scored.", &france), None, "organizations only");
    }

    #[test]
    fn a_results_table_names_the_competitor_s_team_after_their_country() {
        let row = [("Jane Roe", 0, Person), ("France", 2, Country), ("Acme", 1, Organization)];
        for text in [
            "1. Jane Roe ( France ) Acme 1:55.385",
            "4. Jane Roe (France) Acme",
            "10. Jane Roe ( France ) Acme same time",
            "Jane Roe (France) Acme one lap",
        ] {
            let v = view(text, &row);
            assert!(membership(&v, 0).iter().any(|f| f.target == 1), "{text}");
        }
        for text in ["Jane Roe (France) Acme said on Monday.", "Jane Roe (France) beat Acme 2-1."] {
            let v = view(text, &row);
            assert!(membership(&v, 0).iter().all(|f| f.target != 1), "{text}");
        }
    }

    #[test]
    fn a_role_before_the_next_name_is_that_name_s_title() {
        let row = [("Jane Roe", 0, Person), ("Finance", 1, Organization), ("John Doe", 2, Person)];
        let v = view("He met Jane Roe , Minister of Finance John Doe and others.", &row);
        assert!(membership(&v, 0).is_empty());
        let v = view("He met Jane Roe , Minister of Finance , and John Doe.", &row);
        assert_eq!(membership(&v, 0).first().map(|f| f.target), Some(1));
    }

    #[test]
    fn squads_academies_and_a_career_s_clubs() {
        assert_acme_roles(
            &[
                ("Jane Roe came through the youth ranks at Acme.", "player"),
                ("Jane Roe moved on a free transfer to Acme in 2004.", "player"),
                ("Jane Roe started her career in the youth teams of Acme.", "player"),
                ("Jane Roe featured for Acme in the 1996 final.", "member"),
                ("Jane Roe now plays for English premier league Acme.", "player"),
                ("Jane Roe joined Bundesliga Acme in 2001.", "member"),
                ("Jane Roe was appointed to the faculty of Acme in 1950.", "member"),
                ("Jane Roe went on a season-long loan to Acme.", "player"),
                ("Jane Roe spent the 2005-06 season on loan at Acme.", "member"),
                ("Jane Roe is a former footballer who played as a striker, most notably for Acme.", "player"),
                ("Jane Roe was named in the Acme squad for the final.", "player"),
                ("Jane Roe is a Canadian ice hockey defenceman currently playing with the Acme.", "player"),
            ],
            // Not a squad picked for: a report, a match against it.
            &["Jane Roe was named in the Acme report.", "Jane Roe scored against the Acme squad.", "Jane Roe moved the deal to Acme."],
        );
        let italy = [("Jane Roe", 0, Person), ("Italy", 1, Country)];
        assert_eq!(found("Jane Roe was included in Italy's squad for Euro 2012.", &italy), Some((1, Some("representative".into()))));
        assert_eq!(found("Jane Roe was included in Italy's history books.", &italy), None);
    }

    #[test]
    fn a_role_s_field_before_the_organization_it_is_held_at() {
        assert_acme_roles(
            &[
                ("Jane Roe is an associate professor of physics at the Acme.", "professor"),
                ("Jane Roe is a senior lecturer in economics and finance at the Acme.", "lecturer"),
                ("Jane Roe, head of research at Acme, said the trial failed.", "head"),
                ("Jane Roe did most of her work at the Acme.", "member"),
                ("Jane Roe carried out much of her research at Acme.", "member"),
            ],
            // Not a role: a prize of a field; not a subject with an article: a visit at the end.
            &[
                "Jane Roe is a winner of physics prizes at the Acme.",
                "Jane Roe is a critic of the war at the Acme.",
                "Jane Roe did most of her shopping at Acme.",
            ],
        );
    }

    #[test]
    fn a_description_set_off_by_a_comma_before_who() {
        assert_acme_roles(
            &[
                ("Jane Roe is a Canadian politician, who was elected to the Acme in 1999.", "member"),
                ("Jane Roe is a former manager, who is an assistant coach of the Acme.", "coach"),
                ("Jane Roe, a lawyer who joined Acme in 1990, spoke.", "member"),
                ("Jane Roe, a Republican who served 24 years in the Acme, spoke.", "member"),
            ],
            // "who" after a clause break, or another's description: another's clause.
            &[
                "Jane Roe is a Canadian politician; who joined the Acme is unknown.",
                "Jane Roe met a man who joined Acme.",
                "Jane Roe, whose son is a lawyer who joined Acme, spoke.",
            ],
        );
    }

    #[test]
    fn a_broadcaster_s_presenter_and_the_leader_an_organization_is_under() {
        assert_acme_roles(
            &[
                ("Jane Roe hosted a talk show on Acme from 1985.", "presenter"),
                ("Jane Roe anchored the evening news on Acme.", "presenter"),
            ],
            &["Jane Roe hosted a dinner on Friday for Acme.", "Jane Roe appeared in a show on Acme."],
        );
        let led = |text: &str| {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
            membership(&v, 1).into_iter().next().map(|f| f.role.map(|r| r.into_owned()))
        };
        assert_eq!(led("Acme, under Jane Roe, won the title."), Some(Some("leader".to_string())));
        assert_eq!(led("The Acme under coach Jane Roe won."), Some(Some("leader".to_string())));
        assert_eq!(led("He ran the Acme under Jane Roe in 1985."), None, "the time of another's office");
    }

    #[test]
    fn a_youth_academy_a_debut_s_goal_and_a_last_club() {
        assert_acme_roles(
            &[
                ("Jane Roe joined the youth academy of Acme at nine.", "player"),
                ("Jane Roe scored on her debut for Acme.", "player"),
                ("Jane Roe scored twice in the final for Acme.", "player"),
                ("Jane Roe is a free agent, having last played for Acme.", "player"),
                ("Jane Roe is a free agent, having last worked for Acme.", "employee"),
                ("Jane Roe joined the staff at Acme.", "member"),
                ("Jane Roe joined Beta after serving as a senior engineer at Acme.", "engineer"),
            ],
            &[
                "Jane Roe scored in the match against Acme.",
                "Jane Roe, having played against Acme, retired.",
                "Jane Roe left after working as a fan of Acme.",
            ],
        );
    }

    #[test]
    fn a_participle_clause_s_list_of_clubs() {
        let mentions = [("Jane Roe", 0, Person), ("Beta", 1, Organization), ("Acme", 2, Organization), ("Gamma", 3, Organization)];
        let mut found = all_found("Jane Roe plays for Beta, having previously played for Acme and Gamma.", &mentions);
        found.sort();
        assert_eq!(found, [(1, Some("player".into())), (2, Some("player".into())), (3, Some("player".into()))]);
        // Not a list: the next organization stands in a clause of its own.
        let mut targets = all_targets("Jane Roe plays for Beta, having played for Acme when Gamma won.", &mentions);
        targets.sort();
        assert_eq!(targets, [1, 2]);
    }

    #[test]
    fn a_former_member_named_with_the_organization() {
        for text in [
            "Jane Roe, formerly of the Acme, released an album.",
            "Jane Roe (of Acme) produced it.",
            "Jane Roe, once of Acme, sang.",
            "The group included Jane Roe, later of the Acme.",
            "Jane Roe, then of Acme, and John Doe sang.",
        ] {
            assert_eq!(org(text, "Acme"), Some((1, None)), "{text}");
        }
        assert_eq!(org("Jane Roe, ex-member of Acme, formed a band.", "Acme"), Some((1, Some("member".to_string()))));
        // The parenthesis goes on past the organization: not its person.
        assert_eq!(org("Jane Roe (of Acme fame and more) sang.", "Acme"), None);
    }

    #[test]
    fn an_aide_to_a_role_holder_holds_the_aide_s_role() {
        assert_acme_roles(
            &[
                ("Jane Roe has been Aide to the President of Acme since 2012.", "aide"),
                ("Jane Roe was a personal assistant to the chairman of Acme.", "assistant"),
                ("Jane Roe was the president of Acme.", "president"),
            ],
            &[],
        );
    }

    #[test]
    fn time_with_an_organization_and_a_scorer_s_side() {
        assert_acme_roles(
            &[
                ("Jane Roe assumed command of the Acme in 1943.", "commander"),
                ("Jane Roe was given command of Acme.", "commander"),
                ("Jane Roe began her football career in 1971 in the youth league with Acme.", "member"),
                ("Jane Roe has been with Acme since 1990.", "member"),
                ("Jane Roe ended his playing career at Acme.", "member"),
                ("Jane Roe was sold by Acme to Beta in 2004.", "player"),
                ("Jane Roe recorded for Acme in the 1960s.", "member"),
                ("Jane Roe recorded two albums for Acme.", "member"),
                ("Jane Roe was then at Acme.", "member"),
                ("Jane Roe, who was then at Acme, won the award.", "member"),
                ("Jane Roe had been with Acme for nearly five years.", "member"),
                ("Jane Roe scored twice in the second half to spur Acme to a 4-1 win.", "player"),
                ("Jane Roe struck in the 89th minute to give Acme a 2-1 win.", "player"),
                ("Jane Roe scored twice on Sunday as Acme came from behind to win.", "player"),
                ("Jane Roe scored the winning goal as Acme beat Beta.", "player"),
                ("Jane Roe helped Acme win the championship in 1995.", "member"),
                ("Jane Roe helped Acme to promotion.", "member"),
                ("Jane Roe guided Acme to the league title.", "coach"),
            ],
            &[
                "Jane Roe scored an own goal to give Acme the win.",
                "Jane Roe scored an own goal as Acme won.",
                "Jane Roe has been in talks with Acme.",
                "Jane Roe was at Acme's launch.",
                "Jane Roe recorded a message for the Acme's staff.",
                "Jane Roe ended his career at the hands of Acme.",
                "Jane Roe helped Acme develop a drug.",
                "Jane Roe guided Acme's visitors to the hall.",
            ],
        );
    }

    #[test]
    fn a_player_s_loans_releases_promotions_and_standing_in_the_side() {
        assert_acme_roles(
            &[
                ("Jane Roe was waived by the Acme in 2001.", "player"),
                ("Jane Roe was sent out on loan to Acme.", "player"),
                ("Jane Roe was sent on a season-long loan to Acme.", "player"),
                ("Jane Roe was promoted to the first team of Acme in 1990.", "player"),
                ("Jane Roe broke into the first team at Acme.", "player"),
                ("Jane Roe won promotion with Acme in 2006.", "player"),
                ("Jane Roe won promotion to the Premier League with Acme.", "player"),
                ("Jane Roe was a regular in the Acme side.", "player"),
                ("Jane Roe became a mainstay of the Acme defence.", "player"),
                ("Jane Roe was a key player for Acme.", "player"),
                ("Jane Roe returned to his first club, Acme, in 2010.", "member"),
                ("Jane Roe rejoined her former band, the Acme.", "member"),
            ],
            &[
                "Jane Roe was a key player in the Acme scandal.",
                "Jane Roe was released by the Acme in 2004.",
                "Jane Roe was sent on a mission to Acme.",
                "Jane Roe was promoted to the first team after a win over Acme.",
                "Jane Roe returned to his first love, music, after leaving the Acme's stage.",
            ],
        );
    }

    #[test]
    fn a_board_seat_a_membership_held_and_a_party_named_as_a_noun() {
        assert_acme_roles(
            &[
                ("Jane Roe is a member of the board of trustees of the Acme.", "board member"),
                ("Jane Roe was a founding member of the advisory board of Acme.", "board member"),
                ("Jane Roe holds membership in the Acme.", "member"),
                ("Jane Roe served as a Acme in the Senate.", "member"),
                ("Jane Roe ran as a Acme in 1990.", "member"),
            ],
            &[
                "Jane Roe is a member of the board that sued Acme.",
                "Jane Roe ran as a child through Acme's gardens.",
                "Jane Roe has membership cards from Acme.",
            ],
        );
    }

    #[test]
    fn news_asides_an_appointment_s_object_and_a_described_organization() {
        assert_acme_roles(
            &[
                ("Jane Roe, 70, who owned the failed Acme, had filed a petition.", "owner"),
                ("Jane Roe, 53, joined Acme from Beta.", "member"),
                ("The board has named Jane Roe publisher of the Acme.", "publisher"),
                ("The board appointed Jane Roe chief executive of Acme in 1990.", "chief executive"),
                ("Jane Roe, chairman of the strongest opposition party, the Acme, said.", "chairman"),
                ("Jane Roe, chairman of the company, Acme, said.", "chairman"),
            ],
            &[
                "The board named Jane Roe after the founder of Acme.",
                "Jane Roe, 70, met the owners of Acme.",
                "Jane Roe, chairman of the party, and John Doe, leader of the Acme, met.",
                "Jane Roe, another critic, said Acme failed.",
            ],
        );
    }

    #[test]
    fn a_rider_s_first_team_a_club_represented_and_work_done_mainly_for() {
        assert_acme_roles(
            &[
                ("Jane Roe turned professional in 2008 with Acme.", "player"),
                ("Jane Roe turned pro with Acme.", "player"),
                ("Jane Roe, representing the club Acme, won.", "representative"),
                ("Jane Roe competed for years, representing the club Acme.", "representative"),
                ("Jane Roe has worked mainly for Acme.", "employee"),
                ("Jane Roe played 40 times for Acme.", "player"),
                ("Jane Roe appeared twelve times for Acme.", "player"),
            ],
            &[
                "Jane Roe turned to Acme for help.",
                "Jane Roe worked mainly against Acme.",
                "Jane Roe was a lawyer representing clients against Acme.",
            ],
        );
        let sweden = [("Jane Roe", 0, Person), ("Sweden", 1, Country)];
        assert_eq!(found("Jane Roe finished 12th in the 10 km event for Sweden.", &sweden), Some((1, Some("representative".into()))));
        assert_eq!(found("Jane Roe finished 12th in the race won by a rival for Sweden.", &sweden), None, "another's clause");
        assert_eq!(found("Jane Roe finished her studies in Oslo for Sweden.", &sweden), None, "no place taken");
    }

    #[test]
    fn a_participle_after_the_clause_of_a_subject_after_a_fronted_place() {
        let two = [("Aarhus", 3, EntityType::Location), ("Jane Roe", 0, Person), ("Beta", 2, Organization), ("Acme", 1, Organization)];
        let targets = |text: &str| membership(&view(text, &two), 1).into_iter().map(|f| f.target).collect::<Vec<_>>();
        assert!(targets("Born in Aarhus, Jane Roe began her career at Beta before moving to Acme in 1994.").contains(&1));
        assert!(!targets("Born in Aarhus; Jane Roe began her career at Beta before moving to Acme in 1994.").contains(&1), "not a phrase");
        let other = [("John Doe", 3, Person), ("Jane Roe", 0, Person), ("Beta", 2, Organization), ("Acme", 1, Organization)];
        let v = view("Helped by John Doe, Jane Roe began her career at Beta before moving to Acme.", &other);
        assert!(membership(&v, 1).iter().all(|f| f.target != 1), "another person in the fronted phrase");
        let object = [("Jane Roe", 0, Person), ("Acme", 1, Organization)];
        let v = view("The coach praised Jane Roe before joining Acme.", &object);
        assert!(membership(&v, 0).iter().all(|f| f.target != 1), "the person is the clause's object");
        let v = view("In 2005 Jane Roe left school before joining Acme.", &object);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1), "a phrase of time");
    }

    #[test]
    fn a_second_predicate_with_its_verb_left_out() {
        let mentions = [
            ("Jane Roe", 0, Person),
            ("England", 3, Country),
            ("Beta", 2, Organization),
            ("Germany", 4, Country),
            ("Acme", 1, Organization),
        ];
        let targets = |text: &str| membership(&view(text, &mentions), 0).into_iter().map(|f| f.target).collect::<Vec<_>>();
        assert!(targets("Jane Roe played in England for Beta and in Germany for Acme.").contains(&1));
        assert!(!targets("Jane Roe played in England for Beta and in Germany against Acme.").contains(&1), "an opponent");
        assert!(!targets("Jane Roe played in England for Beta, and in Germany the fans of Acme cheered.").contains(&1));
    }

    #[test]
    fn the_musicians_a_group_s_work_is_credited_to() {
        let mentions = [("English", 3, Country), ("Acme", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        let roles = |text: &str| {
            let v = view(text, &mentions);
            [2, 3].map(|at| membership(&v, at).into_iter().find(|f| f.target == 1).and_then(|f| f.role.map(|r| r.into_owned())))
        };
        assert_eq!(
            roles("Runaway is a song by English rock band Acme, written by lead singer Jane Roe and guitarist John Doe."),
            [Some("lead singer".to_string()), Some("guitarist".to_string())]
        );
        // Not a work of no group's, no credit, or someone the credit names without a role.
        assert_eq!(
            roles("Runaway is a painting by English rock band Acme, written by lead singer Jane Roe and guitarist John Doe."),
            [None, None]
        );
        assert_eq!(
            roles("Runaway is a song by English rock band Acme, sung with lead singer Jane Roe and guitarist John Doe."),
            [None, None]
        );
        assert_eq!(roles("Runaway is a song by English rock band Acme, written by Jane Roe and John Doe."), [None, None]);
    }

    #[test]
    fn a_departed_member_before_the_group_and_a_line_up_at_the_time() {
        let first = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("John Doe", 2, Person)];
        let role_of = |text: &str| {
            membership(&view(text, &first), 0).into_iter().find(|f| f.target == 1).and_then(|f| f.role.map(|r| r.into_owned()))
        };
        assert_eq!(role_of("Following the departure of Jane Roe, Acme recruited John Doe."), Some("member".to_string()));
        assert_eq!(role_of("After the resignation of chairman Jane Roe, Acme appointed John Doe."), Some("chairman".to_string()));
        assert_eq!(role_of("After the death of Jane Roe, Acme appointed John Doe."), None);
        let listed = [("Acme", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        let v = view("Acme's lineup at the time consisted of Jane Roe and John Doe.", &listed);
        assert_eq!(membership(&v, 1).first().map(|f| f.target), Some(1));
    }

    #[test]
    fn a_verb_carried_by_an_auxiliary() {
        assert_acme_roles(
            &[
                ("Jane Roe went on to play for Acme.", "player"),
                ("Jane Roe continued to play for Acme until 1990.", "player"),
                ("Jane Roe will join Acme next month.", "member"),
                ("Jane Roe is set to join Acme.", "member"),
                ("Jane Roe would later coach Acme.", "coach"),
                ("Jane Roe later went on to found Acme.", "founder"),
            ],
            &["Jane Roe refused to join Acme.", "Jane Roe will face Acme.", "Jane Roe went on to beat Acme."],
        );
    }

    #[test]
    fn a_person_of_an_organization_s_organization_is_the_inner_one_s() {
        let acme_beta = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta School", 2, Organization)];
        assert_eq!(all_targets("Jane Roe of Acme's Beta School said so.", &acme_beta), [2]);
        assert_eq!(all_targets("Jane Roe of Acme said Beta School would close.", &acme_beta), [1]);
        let acme = &acme_beta[..2];
        assert_eq!(all_targets("They met Jane Roe at the Acme's concert.", acme), Vec::<usize>::new());
        assert_eq!(all_targets("They met Jane Roe of the Acme's board.", acme), [1]);
        let place = [("Jane Roe", 0, Person), ("Boston", 1, Country), ("Beta School", 2, Organization)];
        assert_eq!(all_targets("Jane Roe of Boston's Beta School said so.", &place), [2]);
        assert_eq!(all_targets("Jane Roe, who met Boston's Beta School staff, said so.", &place), Vec::<usize>::new());
    }

    #[test]
    fn a_role_of_several_words_is_whole_for_every_organization_listed() {
        let two = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let roles = |text: &str| all_found(text, &two).into_iter().map(|(_, role)| role.unwrap_or_default()).collect::<Vec<_>>();
        assert_eq!(roles("Jane Roe is the Secretary General of Acme and Beta."), ["Secretary General", "Secretary General"]);
        assert_eq!(roles("Jane Roe is the general manager of Acme and Beta."), ["manager", "manager"]);
    }

    #[test]
    fn a_career_s_clubs_with_years_a_league_and_the_club_left() {
        let clubs = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization), ("Gamma", 3, Organization)];
        let targets = |text: &str| all_targets(text, &clubs);
        let acme_beta = &clubs[..3];
        assert_eq!(targets("Jane Roe played for Acme (1990–1995), Beta (1995 - 98) and Gamma."), [1, 2, 3]);
        assert_eq!(targets("Jane Roe played for Acme (1990–1995) against Beta and Gamma."), [1]);
        // The first one's time, then "and" and maybe the preposition again.
        for text in [
            "Jane Roe was elected to the Acme in 1972 and to the Beta in 1980.",
            "Jane Roe played for Acme from 1990 to 1995 and for Beta from 1995 to 1999.",
            "Jane Roe joined Acme in 1990 and Beta in 1995.",
            "Jane Roe was a member of the Acme and of the Beta.",
        ] {
            assert_eq!(all_targets(text, acme_beta), [1, 2], "{text}");
        }
        for text in ["Jane Roe played for Acme in 1990 and Beta won the league.", "Jane Roe played for Acme in 1990 and against Beta."] {
            assert_eq!(all_targets(text, acme_beta), [1], "{text}");
        }
        assert_eq!(targets("Jane Roe served on the boards of Acme, Beta and Gamma."), [1, 2, 3]);
        // A league between the seasons and the club.
        let league_first = [("Jane Roe", 0, Person), ("Beta League", 2, Organization), ("Acme", 1, Organization)];
        for text in [
            "Jane Roe spent parts of seven seasons in the Beta League with the Acme.",
            "Jane Roe played 12 seasons in the Beta League, mostly with the Acme.",
        ] {
            assert!(all_targets(text, &league_first).contains(&1), "{text}");
        }
        let text = "Jane Roe played in the Beta League with the Acme.";
        assert!(all_targets(text, &league_first).contains(&1), "{text}");
        let text = "Jane Roe played 12 seasons in the Beta League, mostly against the Acme.";
        assert!(!all_targets(text, &league_first).contains(&1));

        let targets = |text: &str| all_targets(text, acme_beta);
        assert_eq!(targets("Jane Roe joined Acme from Beta in 2003."), [1, 2]);
        assert_eq!(targets("Jane Roe signed for Acme from rivals Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe beat Acme from Beta."), Vec::<usize>::new());
        assert_eq!(targets("Jane Roe heads Acme from Beta's old offices."), [1]);
        assert_eq!(targets("Jane Roe left Acme for Beta in 2003."), [1, 2]);
        assert_eq!(targets("Jane Roe left Acme to join Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe left Acme in 2014 to sign for Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe rejoined Acme in 2010 after spells with Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe now plays for Acme after years in the top flight with Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe joined Acme after two seasons at the Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe joined Acme after talks with Beta."), [1]);
        assert_eq!(targets("Jane Roe beat Acme in 2014 to sign for Beta."), Vec::<usize>::new());
        assert_eq!(targets("Jane Roe joined Acme to join Beta."), [1]);
        assert_eq!(targets("Jane Roe plays for Acme on loan from Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe joined Acme on loan from the Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe plays against Acme on loan from Beta."), Vec::<usize>::new());
        assert_eq!(targets("Jane Roe quit the Acme for rivals Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe left Acme after a row with Beta."), [1]);
        assert_eq!(targets("Jane Roe beat Acme for Beta."), Vec::<usize>::new());
        let only_beta = [("Jane Roe", 0, Person), ("Beta", 1, Organization)];
        assert_eq!(all_targets("Jane Roe left a note for Beta.", &only_beta), Vec::<usize>::new());
        assert_acme_roles(
            &[
                ("Jane Roe played 10 seasons in the National Hockey League with the Acme.", "player"),
                ("Jane Roe played in the National Hockey League (NHL) for the Acme.", "player"),
                ("Jane Roe played 10 seasons in the National Hockey League (NHL) with the Acme.", "player"),
                ("Jane Roe played in the NHL with the Acme.", "player"),
                ("Jane Roe played 300 games in the NHL for the Acme.", "player"),
                ("Jane Roe played 450 games in the NHL with the Acme.", "player"),
                ("Jane Roe played 450 games with the Acme.", "player"),
                ("Jane Roe had spells at Acme.", "member"),
                ("Jane Roe had a brief loan spell with the Acme.", "member"),
                ("Jane Roe had a two-year stint at Acme.", "member"),
                ("Jane Roe was on loan at the Acme.", "player"),
                ("Jane Roe scored 20 goals in her first season with the Acme.", "player"),
                ("Jane Roe netted 12 league goals in her debut campaign at Acme.", "player"),
            ],
            &[
                "Jane Roe played in a band with the Acme.",
                "Jane Roe played 300 games in the stadium he built for the Acme.",
                "Jane Roe had a spell of bad luck against the Acme.",
                "Jane Roe played 450 games against the Acme.",
                "Jane Roe was on loan to a bank that owns the Acme.",
                "Jane Roe scored 20 goals in her first season against the Acme.",
            ],
        );
    }

    #[test]
    fn a_country_s_team_is_represented_by_its_members() {
        let representative = Some((1, Some("representative".to_string())));
        let soviet = [("Jane Roe", 0, Person), ("Soviet", 1, Country)];
        assert_eq!(found("Jane Roe was a member of the Soviet team that won gold.", &soviet), representative);
        assert_eq!(found("Jane Roe was a member of the Soviet national team.", &soviet), representative);
        assert_eq!(found("Jane Roe was a fan of the Soviet team.", &soviet), None);
        // A demonym's organization is no national team.
        assert_eq!(found("Jane Roe was a member of the Soviet trading company in Paris.", &soviet), None);
        let bulgaria = [("Jane Roe", 0, Person), ("Bulgaria", 1, Country)];
        assert_eq!(found("Jane Roe played in the 1994 World Cup for Bulgaria.", &bulgaria), representative);
        assert_eq!(found("Jane Roe served in the army for Bulgaria.", &bulgaria), None);
    }

    #[test]
    fn organizations_added_after_the_first_share_its_role() {
        let acme_beta = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let targets = |text: &str| all_targets(text, &acme_beta);
        assert_eq!(targets("Jane Roe is the drummer of Acme as well as the band Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe was the bassist for Acme and later Beta."), [1, 2]);
        assert_eq!(targets("Jane Roe played for Acme and later Beta before retiring."), [1, 2]);
        // The next name opens a clause of its own.
        assert_eq!(targets("Jane Roe founded Acme, and later Beta bought it."), [1]);
        assert_eq!(targets("Jane Roe is the drummer of Acme as well as Beta's manager."), [1]);
    }

    #[test]
    fn a_word_for_the_organization_s_standing_before_its_name() {
        assert_acme_roles(
            &[
                ("Jane Roe, who heads the opposition Acme Party, said so.", "leader"),
                ("Jane Roe joined the ruling Acme Party in 1990.", "member"),
                ("Jane Roe, leader of the main opposition Acme Party, spoke.", "leader"),
            ],
            &["Jane Roe heads the opposition to Acme Party rule."],
        );
    }

    #[test]
    fn a_role_in_an_organization() {
        assert_acme_roles(
            &[
                ("Jane Roe was the bassist in the band Acme from 1977.", "bassist"),
                ("Jane Roe is a violinist in the orchestra Acme.", "violinist"),
            ],
            &["Jane Roe was a guest in the Acme studio's show.", "Jane Roe was a leader in the Acme community."],
        );
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe is a lawyer in France.", &france), None, "a place of work");
        for text in ["Queen Jane Roe reigned over France for 70 years.", "Jane Roe ruled France from 1815."] {
            assert_eq!(found(text, &france), Some((1, Some("ruler".into()))), "{text}");
        }
        assert_eq!(found("Jane Roe ruled out France as a venue.", &france), None, "another verb");
    }

    #[test]
    fn a_job_taken_or_a_board_seat() {
        assert_acme_roles(
            &[
                ("Jane Roe took a job with Acme in 1990.", "employee"),
                ("Jane Roe later landed a teaching post at Acme.", "employee"),
                ("Jane Roe went to work for Acme.", "employee"),
                ("Jane Roe obtained a research position at Acme.", "employee"),
                ("Jane Roe spent two decades at Acme.", "member"),
                ("Jane Roe was appointed to the board of Acme.", "board member"),
                ("Jane Roe was elected to the board of directors of Acme.", "board member"),
                ("Jane Roe resigned from Acme in 2001.", "member"),
            ],
            &[],
        );
        for text in [
            "Jane Roe took a job offer from Acme.",
            "Jane Roe spent two decades fighting Acme.",
            "Jane Roe took a photo at Acme.",
            "Jane Roe got a position paper from Acme.",
        ] {
            assert_eq!(org(text, "Acme"), None, "{text}");
        }
        let france = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe took a job with France.", &france), None, "organizations only");
    }

    #[test]
    fn verbs_and_roles_state_membership() {
        assert_eq!(org("Jane Roe joined Acme in 2005.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe is a Scottish footballer who last played for Acme.", "Acme"), Some((1, Some("player".into()))));
        let all = [("Jane Roe", 2, Person), ("John Doe", 3, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe and John Doe all played for Acme.", &all);
        assert_eq!(membership(&v, 0).first().map(|f| f.target), Some(1));
        assert_eq!(org("Jane Roe most recently worked for Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe once worked for Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe became player-manager of Acme in 1990.", "Acme"), Some((1, Some("player-manager".into()))));
        let chair = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme University", 1, Organization)];
        let v = view("Jane Roe is the John Doe Professor of History at Acme University.", &chair);
        assert_eq!(membership(&v, 0).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("professor"))), "an endowed chair");
        let v = view("Jane Roe met John Doe at Acme University.", &chair);
        assert!(membership(&v, 0).iter().all(|f| f.target != 1), "another person");
        assert_eq!(org("Jane Roe reportedly joined Acme in 2005.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe never worked for Acme.", "Acme"), None, "a negation");
        // A place's possessive before the organization.
        let owned = [("Jane Roe", 0, Person), ("Lyon", 2, EntityType::Location), ("Acme University", 1, Organization)];
        let v = view("Jane Roe is a prominent scholar at Lyon's Acme University.", &owned);
        assert_eq!(membership(&v, 0).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("scholar"))));
        let country = [("Jane Roe", 0, Person), ("France", 2, Country), ("Acme", 1, Organization)];
        let v = view("Jane Roe works for France's Acme.", &country);
        assert_eq!(
            membership(&v, 0).first().map(|f| (f.target, f.role.as_deref())),
            Some((1, Some("employee"))),
            "the company, not its country"
        );
        let v = view("Jane Roe, singer of France's top rock group Acme, left.", &country);
        assert_eq!(membership(&v, 0).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("singer"))), "its kind between");
        let v = view("Jane Roe, singer of France's top rock and Acme, left.", &country);
        assert!(membership(&v, 0).iter().all(|f| f.target != 1), "no kind between");
        assert_eq!(org("Jane Roe is a voice actress affiliated with Acme.", "Acme"), Some((1, Some("member".into()))));
        let party = |text: &str, name: &'static str| {
            let v = view(text, &[("Jane Roe", 0, Person), ("Bundestag", 1, Organization), (name, 2, Organization)]);
            membership(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>()
        };
        assert_eq!(party("Jane Roe is a member of the Bundestag for the CDU.", "CDU"), [1, 2]);
        assert_eq!(party("Jane Roe was a member of the Bundestag for the Acme Party.", "Acme Party"), [1, 2]);
        assert_eq!(party("Jane Roe was a member of the Bundestag for Acme.", "Acme"), [1], "a constituency");
        assert_eq!(org("Jane Roe is currently affiliated with Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe is a Brazilian politician affiliated to the Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe is a singer, songwriter and actress signed to Acme.", "Acme"), Some((1, Some("member".into()))));
        for text in [
            "Jane Roe now plays for English second division leaders Acme.",
            "Jane Roe joined Bundesliga champions Acme in 2010.",
            "Jane Roe signed for rivals Acme.",
        ] {
            assert!(org(text, "Acme").is_some(), "{text}");
        }
        assert_eq!(org("Jane Roe met party leaders at Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe is a singer, and Acme's critics signed to it.", "Acme"), None);
        assert_eq!(org("Jane Roe said a man affiliated with Acme fled.", "Acme"), None, "someone else");
        // A manner between the verb and the side.
        assert_eq!(org("Jane Roe played professionally for Acme.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe rode professionally for Acme.", "Acme"), Some((1, Some("rider".into()))));
        // A label's or an agency's artist.
        assert_eq!(org("Jane Roe is a South Korean singer signed to Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe signed under Acme in 2010.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe said a singer signed to Acme left.", "Acme"), None, "someone else");
        assert_eq!(org("Jane Roe scored 522 goals during her Acme career.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe scored on her Acme debut.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe was sacked by Acme in 2011.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe made her Acme debut in 2004.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe watched the Acme debut of John.", "Acme"), None, "not hers");
        assert_eq!(org("Jane Roe served on the Acme Council from 1990 to 1994.", "Acme Council"), Some((1, Some("member".into()))));
        assert_eq!(
            org("Jane Roe, a staff member of the comprehensive development department at Acme, said so.", "Acme"),
            Some((1, Some("member".into())))
        );
        assert_eq!(org("Jane Roe, who served 24 years in Congress, denied it.", "Congress"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe, 54, has been on the Acme since last year.", "Acme"), Some((1, Some("member".into()))));
        let served = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe served in France during the war.", &served), None, "a posting, not a nationality");
        assert_eq!(org("Jane Roe praised the Acme career path.", "Acme"), None);
        assert_eq!(org("Jane Roe was the Russian Ambassador to Acme.", "Acme"), Some((1, Some("ambassador".into()))));
        assert_eq!(org("Jane Roe was the first visitor to Acme.", "Acme"), None, "only an envoy is to it");
        let host = [("Jane Roe", 0, Person), ("Monaco", 2, Country), ("France", 1, Country)];
        assert_ne!(found("Jane Roe was Monaco's first ambassador to France.", &host).map(|f| f.0), Some(1), "the host is no affiliation");
        assert_eq!(org("Jane Roe, later to become president of Acme, spoke.", "Acme"), Some((1, Some("president".into()))));
        assert_eq!(org("They elected Jane Roe to be chairman of the Acme.", "Acme"), Some((1, Some("chairman".into()))));
        let place = [("Jane Roe", 0, Person), ("Lyon", 2, EntityType::Location), ("Acme School", 1, Organization)];
        assert_eq!(found("Anatomist Jane Roe of Lyon's Acme School disputed it.", &place), Some((1, None)));
        assert_eq!(found("Jane Roe of Lyon 's Acme School disputed it.", &place), Some((1, None)), "tokenized");
        assert_eq!(found("Jane Roe left Lyon's Acme School.", &place), Some((1, Some("member".into()))), "as 'left Acme School'");
        assert_eq!(found("Jane Roe of Lyon said Acme School won.", &place), None);
        assert_eq!(org("The board appointed Jane Roe as chief executive of Acme.", "Acme"), Some((1, Some("executive".into()))));
        assert_eq!(org("Jane Roe as well as the president of Acme came.", "Acme"), None, "not the object of an appointment");
        let source = [("Jane Roe", 0, Person), ("Acme Party", 1, Organization), ("Beta News", 2, Organization)];
        let v = view("They endorsed Jane Roe as the candidate of the Acme Party, Beta News reported.", &source);
        assert_eq!(membership(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1], "the news source opens a clause");
        assert_eq!(
            org("Jane Roe held the post of director of the architecture department of the Acme.", "Acme"),
            Some((1, Some("director".into())))
        );
        assert_eq!(org("Jane Roe is an artist who belongs to the Acme School.", "Acme School"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe took the helm at Acme in 2007.", "Acme"), Some((1, Some("leader".into()))));
        assert_eq!(org("Jane Roe was appointed to the Acme Court in 1990.", "Acme Court"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was appointed to the post of envoy by Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe scored twice for Acme in the final.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe scored 12 goals for Acme.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe scored an own goal for Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe scored a consolation goal for Acme.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe scored against Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe played college basketball at Acme University.", "Acme University"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe won three league titles with Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe earned 20 caps for Acme.", "Acme"), Some((1, Some("player".into()))));
        let league = [("Jane Roe", 0, Person), ("Beta League", 2, Organization), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe plays as a goalkeeper for Beta League club Acme.", &league), Some((1, Some("player".into()))));
        // A club's country before it is the club's, not the player's.
        let club_country = [("Jane Roe", 0, Person), ("Japanese", 2, Country), ("Acme", 1, Organization)];
        assert_eq!(all_found("Jane Roe plays for Japanese club Acme.", &club_country), [(1, Some("player".into()))]);
        assert_eq!(all_found("Jane Roe joined the Japanese second-division side Acme.", &club_country), [(1, Some("member".into()))]);
        assert_eq!(all_found("Jane Roe works for Japanese carmaker Acme.", &club_country), [(1, Some("employee".into()))]);
        assert_eq!(all_targets("Jane Roe plays for the Japanese national team against Acme.", &club_country), [2]);
        assert_eq!(org("Jane Roe was named to lead Acme.", "Acme"), Some((1, Some("leader".into()))));
        assert_eq!(org("Jane Roe was named to lead the talks with Acme.", "Acme"), None, "another object");
        assert_eq!(org("Jane Roe sat on the board of directors of Acme.", "Acme"), Some((1, Some("board member".into()))));
        assert_eq!(org("Jane Roe sat on the board that sued Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe was part of the Acme Quartet.", "Acme Quartet"), Some((1, Some("member".into()))));
        // A fronted founding: the organization opens the main clause.
        let fronted = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme Society", 1, Organization)];
        assert_founders(
            &[
                "Founded by Jane Roe and John Doe in 1912, the Acme Society is one of the oldest.",
                "Established in 1912 by Jane Roe and John Doe, Acme Society grew.",
            ],
            &fronted,
            0..2,
        );
        let led = [("Acme Society", 1, Organization), ("Jane Roe", 0, Person)];
        assert_founders(&["Acme Society was founded in 1978 by a group led by Jane Roe."], &led, 1..2);
        let two = [("Acme", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        assert_founders(
            &[
                "Acme was formed by childhood friends Jane Roe and John Doe.",
                "Acme is a rock band formed in Leeds in 1989 by brothers Jane Roe and John Doe.",
            ],
            &two,
            1..3,
        );
        let placed = [
            ("Acme", 1, Organization),
            ("English", 3, Country),
            ("Leeds", 4, EntityType::Location),
            ("Jane Roe", 0, Person),
            ("John Doe", 2, Person),
        ];
        assert_founders(&["Acme are an English rock band formed in Leeds in 1989 by Jane Roe and John Doe."], &placed, 3..5);
        let v = view("Acme are an English rock band formed in Leeds in 1989 by Jane Roe and John Doe.", &placed);
        assert_eq!(membership(&v, 3).iter().filter(|f| f.target == 4).count(), 0, "the place is no founding's");
        let v = view("Acme was formed by fans of Jane Roe and John Doe.", &two);
        assert_eq!(membership(&v, 1), vec![], "not the founders' idols");
        let v = view("Acme Society was founded in 1978 by a group that fought Jane Roe.", &led);
        assert_eq!(membership(&v, 1), vec![], "not the founders' leader");
        let v = view("Praised by Jane Roe and John Doe in 1912, the Acme Society grew.", &fronted);
        assert_eq!(membership(&v, 0), vec![], "not a founding");
        let v = view("Founded by Jane Roe and John Doe in 1912, it later merged with Acme Society.", &fronted);
        assert_eq!(membership(&v, 0), vec![], "another main clause");
        assert_eq!(org("Jane Roe from the musical group Acme also sang.", "Acme"), Some((1, None)));
        assert_eq!(org("Jane Roe of the band Acme spoke.", "Acme"), Some((1, None)));
        assert_eq!(org("Jane Roe from the city near Acme spoke.", "Acme"), None);
        assert_eq!(org("Jane Roe sold the house that belongs to Acme.", "Acme"), None, "another subject");
        assert_eq!(org("Jane Roe spoke at an event that was part of the Acme Festival.", "Acme Festival"), None);
        assert_eq!(org("Jane Roe (born 1980) plays for Acme United.", "Acme United"), Some((1, Some("player".into()))));
        for text in [
            "Jane Roe was drafted by Acme United in 1999.",
            "Jane Roe was loaned to Acme United.",
            "Jane Roe was sold to Acme United in 1992.",
            "Jane Roe transferred from Beta Rovers to Acme United in 1995.",
            "Jane Roe was capped 24 times for Acme United.",
            "Jane Roe was acquired by Acme United in 2007.",
            "Jane Roe earned a call-up to Acme United in 2010.",
            "Jane Roe was called up by Acme United.",
            "Jane Roe re-signed with Acme United.",
        ] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe competed for Acme United at the games.", "Acme United"), Some((1, Some("representative".into()))));
        // A share of a group, a current or former group set off by a comma.
        assert_eq!(
            org("Jane Roe is an American rapper and one third of the hip hop group Acme.", "Acme"),
            Some((1, Some("member".into())))
        );
        assert_eq!(org("Jane Roe is one half of the duo Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe is an American guitarist, currently with the band Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe spent one third of her life with Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe is a tourist, currently with her family at Acme.", "Acme"), None);
        // A playing position of two words, whose last word alone is none.
        assert_eq!(org("Jane Roe was a defensive end for Acme United.", "Acme United"), Some((1, Some("defensive end".into()))));
        assert_eq!(org("Jane Roe was a centre-back for Acme United.", "Acme United"), Some((1, Some("centre-back".into()))));
        assert_eq!(org("Jane Roe was at the end of Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe was the end of Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe transferred from Acme United to Beta Rovers in 1995.", "Acme United"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe sold the club to Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe transferred the money from Acme United.", "Acme United"), None);
        for text in ["Jane Roe was also capped 15 times for Acme United.", "Jane Roe was later drafted by Acme United."] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("player".into()))), "{text}");
        }
        for text in ["Jane Roe won a silver medal for Acme United.", "Jane Roe took two Olympic gold medals with Acme United."] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("representative".into()))), "{text}");
        }
        let medal = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe won the bronze medal for France in 1992.", &medal), Some((1, Some("representative".into()))));
        assert_eq!(found("Jane Roe won a medal for bravery in France.", &medal), None, "a prize, not a team");
        assert_eq!(org("Jane Roe won a medal for her work with Acme United.", "Acme United"), None, "a prize, not a team");
        for text in ["Jane Roe played 20 seasons with Acme United.", "Jane Roe played three years for Acme United."] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe played 20 seasons before joining the staff of Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe resigned with Acme United in debt.", "Acme United"), None, "resigned");
        assert_eq!(org("Jane Roe called up Acme United.", "Acme United"), None, "a telephone call");
        assert_eq!(org("Jane Roe sat in the Acme Council for ten years.", "Acme Council"), Some((1, Some("member".into()))));
        let sat = [("Jane Roe", 0, Person), ("France", 1, Country)];
        assert_eq!(found("Jane Roe sat in France for a year.", &sat), None, "a stay, not a seat");
        for text in [
            "Jane Roe made her senior debut for Acme United in 2004.",
            "Jane Roe made 120 league appearances for Acme United.",
            "Jane Roe started 20 games for Acme United.",
            "Jane Roe played over 300 league matches for Acme United.",
        ] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe watched his debut for Acme United.", "Acme United"), None, "another's debut");
        assert_eq!(org("Jane Roe began her football career in 1971 with Acme United.", "Acme United"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe ended her career with Acme United.", "Acme United"), None, "the end is no affiliation stated");
        for text in [
            "Jane Roe spent five seasons with Acme United.",
            "Jane Roe spent most of her career at Acme United.",
            "Jane Roe moved to Acme United in 1995.",
        ] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("member".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe spent the money on Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe transferred to Acme United in 2010.", "Acme United"), Some((1, Some("player".into()))));
        for text in [
            "Jane Roe stood for the Acme Party in 2010.",
            "Jane Roe stood as a parliamentary candidate for the Acme Party.",
            "Jane Roe ran as the candidate of the Acme Party.",
        ] {
            assert_eq!(org(text, "Acme Party"), Some((1, Some("candidate".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe stood for hours outside the Acme Party offices.", "Acme Party"), None, "not a candidacy");
        assert_eq!(org("Jane Roe won the league with Acme United.", "Acme United"), Some((1, Some("member".into()))));
        assert_eq!(
            org("Jane Roe played her entire professional career with Acme United.", "Acme United"),
            Some((1, Some("player".into())))
        );
        for text in ["Jane Roe taught at Acme United.", "Jane Roe taught applied mathematics at Acme United."] {
            assert_eq!(org(text, "Acme United"), Some((1, Some("teacher".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe transferred the funds to Acme United.", "Acme United"), None, "money, not a move");
        let country = [("Jane Roe", 0, Person), ("France", 1, Country)];
        for text in [
            "Jane Roe moved to France in 1950.",
            "Jane Roe began her career in France.",
            "Jane Roe was transferred to France.",
            "Jane Roe transferred to France in 1944.",
        ] {
            assert_eq!(found(text, &country), None, "{text}: no nationality");
        }
        assert_eq!(org("Jane Roe writes for the Acme Times.", "Acme Times"), Some((1, Some("writer".into()))));
        assert_eq!(org("Jane Roe has written for the Acme Times.", "Acme Times"), Some((1, Some("writer".into()))));
        assert_eq!(org("Jane Roe sang with the Acme Choir as a child.", "Acme Choir"), Some((1, Some("singer".into()))));
        assert_eq!(org("Jane Roe sang in the Acme Choir.", "Acme Choir"), Some((1, Some("singer".into()))));
        assert_eq!(org("Jane Roe sang a song for the Acme Choir.", "Acme Choir"), None);
        // A long description of the subject before "who" is not distance to the organization.
        let text = "Jane Roe (born 1970) is an American former professional basketball player who played twelve seasons in the National Basketball Association for the Acme Huskies.";
        let v = view(
            text,
            &[
                ("Jane Roe", 0, Person),
                ("American", 2, Country),
                ("National Basketball Association", 3, Organization),
                ("Acme Huskies", 1, Organization),
            ],
        );
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("player")), "{text}");
        let text = "Jane Roe (born 1965) is a Canadian former politician who represented the riding of Ottawa Centre in the Acme House from 1997 to 2006 as a member of the Beta Party.";
        let mentions = [
            ("Jane Roe", 0, Person),
            ("Canadian", 4, Country),
            ("Ottawa Centre", 5, EntityType::Location),
            ("Acme House", 1, Organization),
            ("Beta Party", 2, Organization),
        ];
        let reached: Vec<usize> = membership(&view(text, &mentions), 0).iter().map(|f| f.target).collect();
        assert_eq!(reached, [1, 2], "{text}");
        assert_eq!(org("Jane Roe played in the 1950s and 1960s for the Acme Huskies.", "Acme Huskies"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe played in the final and scored for the Acme Huskies.", "Acme Huskies"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe played in the 1950s and then coached against the Acme Huskies.", "Acme Huskies"), None);
        let text = "Jane Roe played as a midfielder in the Football League for the Acme Huskies.";
        let v = view(text, &[("Jane Roe", 0, Person), ("Football League", 3, Organization), ("Acme Huskies", 1, Organization)]);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("player")), "{text}");
        assert_eq!(org("Jane Roe chairs the board of the Acme Exchange.", "Acme Exchange"), Some((1, Some("chair".into()))));
        assert_eq!(org("Jane Roe stepped down from the board of Acme Exchange.", "Acme Exchange"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe held senior roles at Acme Exchange.", "Acme Exchange"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe held talks at Acme Exchange.", "Acme Exchange"), None);
        let moved = [("Jane Roe", 0, Person), ("Acme", 2, Organization), ("Beta", 1, Organization)];
        let v = view("Jane Roe joined Acme in 2005 from Beta.", &moved);
        assert_eq!(membership(&v, 0).iter().map(|f| f.target).collect::<Vec<_>>(), [2, 1]);
        assert_eq!(org("Jane Roe was under contract to Acme Pictures in the 1930s.", "Acme Pictures"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe broke her contract with Acme Pictures.", "Acme Pictures"), None);
        let v = view(
            "Jane Roe served as a member of the National Assembly for the Acme Congress.",
            &[("Jane Roe", 0, Person), ("National Assembly", 2, Organization), ("Acme Congress", 1, Organization)],
        );
        assert!(membership(&v, 0).iter().any(|f| f.target == 1), "a party named as a congress");
        let v = view(
            "Jane Roe is a member of the Chamber of Representatives for the Acme Interest party.",
            &[("Jane Roe", 0, Person), ("Chamber of Representatives", 2, Organization), ("Acme Interest party", 1, Organization)],
        );
        assert!(membership(&v, 0).iter().any(|f| f.target == 1), "a party's name in lower case");
        let v = view(
            "Jane Roe was chief executive of Beta, having previously worked at Acme.",
            &[("Jane Roe", 0, Person), ("Beta", 2, Organization), ("Acme", 1, Organization)],
        );
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("employee")));
        // A legislator's party after the year; a first cap; a move to join a club; a band formed.
        let v = view(
            "Jane Roe was first elected to the Chamber of Deputies in 2006 for the Acme Party.",
            &[("Jane Roe", 0, Person), ("Chamber of Deputies", 2, Organization), ("Acme Party", 1, Organization)],
        );
        assert_eq!(membership(&v, 0).iter().map(|f| f.target).collect::<Vec<_>>(), [2, 1]);
        assert_eq!(org("Jane Roe earned her first cap for the Acme Huskies in 2010.", "Acme Huskies"), Some((1, Some("player".into()))));
        let v = view(
            "Jane Roe returned to Lyon to join the Acme Huskies.",
            &[("Jane Roe", 0, Person), ("Lyon", 2, EntityType::Location), ("Acme Huskies", 1, Organization)],
        );
        assert!(membership(&v, 0).iter().any(|f| f.target == 1));
        let bands = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta Road", 2, Organization)];
        let v = view("In 1990, Jane Roe left Acme to form her own band, Beta Road.", &bands);
        assert_eq!(
            membership(&v, 0).iter().map(|f| (f.target, f.role.as_deref())).collect::<Vec<_>>(),
            [(1, Some("member")), (2, Some("founder"))]
        );
        let v = view("Jane Roe left Acme to watch Beta Road.", &bands);
        assert_eq!(membership(&v, 0).iter().map(|f| f.target).collect::<Vec<_>>(), [1]);
        let squad = [("Acme United", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        let v = view("Acme United's squad for the 1995 season included goalkeeper Jane Roe and defender John Doe.", &squad);
        for person in 1..3 {
            assert_eq!(membership(&v, person).first().map(|f| f.target), Some(1));
        }
        let v = view("Acme United's starting eleven included Jane Roe and John Doe.", &squad);
        assert_eq!(membership(&v, 2).first().map(|f| f.target), Some(1));
        let v = view("Acme United's squad for the season beat Jane Roe and John Doe.", &squad);
        assert!(membership(&v, 1).is_empty());
        let v = view("Acme United's starting eleven beat Jane Roe and John Doe.", &squad);
        assert!(membership(&v, 1).is_empty());
        // Box scores and a substitute's appearance.
        for text in [
            "Jane Roe had two hits, helping the Acme Padres to a win.",
            "Jane Roe homered and drove in two runs for the Acme Padres.",
            "Jane Roe homered for the Acme Padres.",
            "Jane Roe came on late in the game as a substitute for the Acme Padres.",
        ] {
            assert_eq!(org(text, "Acme Padres"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe had two hits against the Acme Padres.", "Acme Padres"), None);
        assert_eq!(
            org("Jane Roe, shortly after making her county debut for the Acme Padres, scored.", "Acme Padres"),
            Some((1, Some("player".into())))
        );
        let sides = [("Jane Roe", 0, Person), ("Acme Party", 1, Organization), ("Beta Party", 2, Organization)];
        for text in
            ["Jane Roe switched from the Acme Party to the Beta Party in 2003.", "Jane Roe defected from the Acme Party to the Beta Party."]
        {
            let reached: Vec<usize> = membership(&view(text, &sides), 0).iter().map(|f| f.target).collect();
            assert_eq!(reached, [1, 2], "{text}");
        }
        assert_eq!(org("Jane Roe covers the White House for the Acme Times.", "Acme Times"), Some((1, Some("correspondent".into()))));
        assert_eq!(org("Jane Roe wrote a letter for the Acme Times.", "Acme Times"), None, "a piece, not a post");
        assert_eq!(org("Jane Roe voted for Acme.", "Acme"), None);
        // Not the subject's move: a ball, a title, another person.
        assert_eq!(org("Jane Roe said the ball was signed by Acme United.", "Acme United"), None);
        assert_eq!(org("Jane Roe competed with Acme United for the title.", "Acme United"), None);
        assert_eq!(org("Jane Roe, who founded Acme, spoke.", "Acme"), Some((1, Some("founder".into()))));
        assert_eq!(org("Jane Roe is a member of the Acme Party.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe served as treasurer of Acme.", "Acme"), Some((1, Some("treasurer".into()))));
        // The subject's other name in a parenthesis after it is passed; another person is not.
        let other_name = [("Jane Roe", 0, Person), ("Janie R", 2, Person), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe (Janie R; 1740 - 1814) was the ruler of Acme.", &other_name), Some((1, Some("ruler".into()))));
        let other_person = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe met John Doe (1740 - 1814), the ruler of Acme.", &other_person), None);
        assert_eq!(org("Jane Roe served as bridesmaid of Acme.", "Acme"), None, "bridesmaid is in neither table");
        assert_eq!(org("Jane Roe, the chairman of Acme, spoke.", "Acme"), Some((1, Some("chairman".into()))));
        assert_eq!(org("Jane Roe, a former Acme executive, spoke.", "Acme"), Some((1, Some("executive".into()))));
        assert_eq!(org("Jane Roe was a senior Acme commander.", "Acme"), Some((1, Some("commander".into()))));
        assert_eq!(org("Jane Roe is an Acme executive.", "Acme"), Some((1, Some("executive".into()))));
        assert_eq!(org("Jane Roe is the Acme chairman's wife.", "Acme"), None, "another's role");
        assert_eq!(org("Jane Roe beat a senior Acme player.", "Acme"), None, "no copula");
        assert_eq!(org("Jane Roe (Acme) voted.", "Acme"), Some((1, None)));
        assert_eq!(
            org("Jane Roe (born 1937) is an Iranian cleric and reformist politician leading the Acme Party.", "Acme Party"),
            Some((1, Some("leader".into())))
        );
        assert_eq!(
            org("Jane Roe (born 1973) is an American singer who is best known as the lead vocalist of the band Acme.", "Acme"),
            Some((1, Some("vocalist".into())))
        );
        assert_eq!(
            org("Jane Roe (born 1973) is an American musician, best known as the lead guitarist of the rock band Acme.", "Acme"),
            Some((1, Some("guitarist".into())))
        );
        assert_eq!(org("Jane Roe is a musician, known for the lead guitar of Acme.", "Acme"), None);
        assert_eq!(
            org("Jane Roe is a Canadian ice hockey player currently playing for the Acme of the National Hockey League.", "Acme"),
            Some((1, Some("player".into())))
        );
        assert_eq!(org("Jane Roe is a critic of the government currently leading the Acme.", "Acme"), None);
        assert_eq!(
            org("Jane Roe (born 1975) is a former Major League Baseball relief pitcher for the Acme Mariners.", "Acme Mariners"),
            Some((1, Some("pitcher".into())))
        );
        assert_eq!(
            org("Jane Roe played four seasons (1946-1950) in the league as a member of the Acme Huskies.", "Acme Huskies"),
            Some((1, Some("member".into())))
        );
        // The clause's closing role is the later organization's, after one reached first.
        let assembly = [("Jane Roe", 0, Person), ("Acme Assembly", 1, Organization), ("Beta Party", 2, Organization)];
        let targets = |text: &str| {
            membership(&view(text, &assembly), 0).into_iter().map(|f| (f.target, f.role.map(|r| r.into_owned()))).collect::<Vec<_>>()
        };
        assert_eq!(
            targets("Jane Roe was elected to the Acme Assembly in 2018 as a member of the Beta Party."),
            [(1, Some("member".to_string())), (2, Some("member".to_string()))]
        );
        assert_eq!(
            targets("Jane Roe was elected to the Acme Assembly, and John Doe as a member of the Beta Party."),
            [(1, Some("member".to_string()))]
        );
        let list = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Max Poe", 3, Person), ("Acme School", 1, Organization)];
        for text in [
            "Jane Roe, along with John Doe and Max Poe co - founded the Acme School.",
            "Jane Roe, along with John Doe and Max Poe, co - founded the Acme School.",
            "Jane Roe, together with her brother John Doe and Max Poe, founded the Acme School.",
        ] {
            let v = view(text, &list);
            for person in 0..3 {
                assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))), "{text}");
            }
        }
        let founded = [("Acme School", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Max Poe", 3, Person)];
        let v = view("The Acme School was founded by Jane Roe, along with John Doe and Max Poe.", &founded);
        for person in 1..4 {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))));
        }
        let v = view("Jane Roe, together with the help of John Doe and Max Poe, founded the Acme School.", &list);
        assert!(membership(&v, 1).iter().all(|f| f.target != 1), "help is no founder");
        let v = view("Jane Roe, with the help of John Doe and Max Poe, founded the Acme School.", &list);
        assert!(membership(&v, 1).iter().all(|f| f.target != 1), "help is no founder");
        // Not a list set off by commas before another's verb.
        let v = view("Jane Roe met John Doe and Max Poe, who co - founded the Acme School.", &list);
        assert!(membership(&v, 0).is_empty());
        let v = view("As a member of the Acme in 1998, Jane Roe became famous.", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert_eq!(membership(&v, 1).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("member"))));
        assert_eq!(
            org("Jane Roe is a businessman who was the chief financial officer of Acme.", "Acme"),
            Some((1, Some("chief financial officer".into())))
        );
        assert_eq!(org("In 1870 Jane Roe was appointed professor at the Acme.", "Acme"), Some((1, Some("professor".into()))));
        assert_eq!(org("Jane Roe, a research fellow at the Acme Institute, spoke.", "Acme Institute"), Some((1, Some("fellow".into()))));
        assert_eq!(org("Jane Roe was the founder of both the Acme and others.", "Acme"), Some((1, Some("founder".into()))));
        assert_eq!(org("It was founded by Jane Roe, singer from Acme.", "Acme"), Some((1, Some("singer".into()))));
        assert_eq!(org("Jane Roe is the lead singer of the band Acme.", "Acme"), Some((1, Some("singer".into()))));
        let v = view(
            "Jane Roe is a former relief pitcher for the Acme Mariners and Acme Expos.",
            &[("Jane Roe", 0, Person), ("Acme Mariners", 1, Organization), ("Acme Expos", 2, Organization)],
        );
        let targets: Vec<usize> = membership(&v, 0).iter().map(|f| f.target).collect();
        assert_eq!(targets, [1, 2], "listed organizations share the role");
        assert_eq!(
            found(
                "Jane Roe (born 1990) is a Brazilian footballer who plays as a central midfielder for Acme.",
                &[("Jane Roe", 0, Person), ("Brazilian", 2, Country), ("Acme", 1, Organization)]
            ),
            Some((1, Some("player".into())))
        );
        assert_eq!(org("Jane Roe held a chair in physics at Acme University.", "Acme University"), Some((1, Some("professor".into()))));
        assert_eq!(org("Jane Roe took up a research fellowship at Acme University.", "Acme University"), Some((1, Some("fellow".into()))));
        assert_eq!(org("Jane Roe held a press conference at Acme University.", "Acme University"), None, "an event, not a post");
        assert_eq!(org("Jane Roe enlisted in the Acme Corps in 1942.", "Acme Corps"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was commissioned into the Acme Artillery in 1940.", "Acme Artillery"), Some((1, Some("officer".into()))));
        assert_eq!(org("Jane Roe enlisted the help of Acme Corps.", "Acme Corps"), None, "help, not service");
        assert_eq!(org("Jane Roe was commissioned by Acme Corps to paint it.", "Acme Corps"), None, "a commission of work");
        assert_eq!(org("Jane Roe was an agent of the Acme Bureau.", "Acme Bureau"), Some((1, Some("agent".into()))));
        // A part of the organization between: "dean of the Faculty of Law at Y", "the dean of
        // the law school at Y".
        for text in [
            "Jane Roe was dean of the law school at Acme University.",
            "Jane Roe was the dean of the faculty of law at Acme University.",
            "Jane Roe was dean of the faculty of law at Acme University.",
            "Jane Roe was the dean of the law school at Acme University.",
        ] {
            assert_eq!(org(text, "Acme University"), Some((1, Some("dean".into()))), "{text}");
        }
        // A legislator's "for" names the constituency, unless it is the party.
        assert_eq!(org("Jane Roe was a Labour MP for Leeds.", "Leeds"), None);
        assert_eq!(org("Jane Roe is the member for Acme Central.", "Acme Central"), None);
        assert_eq!(org("Jane Roe was a Member of Parliament for Acme Central.", "Acme Central"), None);
        assert_eq!(org("Jane Roe was an MP for the Acme Party.", "Acme Party"), Some((1, Some("mp".into()))));
        assert_eq!(org("Jane Roe was the Liberal candidate for Acme Central in 1992.", "Acme Central"), None);
        assert_eq!(org("Jane Roe was the candidate for the Acme Party.", "Acme Party"), Some((1, Some("candidate".into()))));
        // The title before the name is the role.
        assert_eq!(org("Judge Jane Roe of the Acme Court ruled.", "Acme Court"), Some((1, Some("Judge".into()))));
        assert_eq!(org("Spokesman Jane Roe of the smaller Acme company said.", "Acme"), Some((1, Some("Spokesman".into()))));
        assert_eq!(org("Shares fell, said analyst Jane Roe of Acme.", "Acme"), Some((1, Some("analyst".into()))));
        assert_eq!(org("Shares fell, said Jane Roe of Acme.", "Acme"), Some((1, None)));
        assert_eq!(org("Yesterday Jane Roe of Acme said so.", "Acme"), Some((1, None)), "no title");
        assert_eq!(org("Jane Roe at the Acme Institute found it.", "Acme Institute"), Some((1, None)));
        assert_eq!(org("Jane Roe taught at Acme College.", "Acme College"), Some((1, Some("teacher".into()))));
        assert_eq!(org("Jane Roe captained Acme United in 1990.", "Acme United"), Some((1, Some("captain".into()))));
        assert_eq!(org("Jane Roe was hired by Acme in 1999.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe was employed as a chemist by Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe retired from Acme in 2001.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe fronted the band Acme.", "Acme"), Some((1, Some("frontman".into()))));
        assert_eq!(
            org("Jane Roe is an English footballer who plays for Premier League club Acme United.", "Acme United"),
            Some((1, Some("player".into())))
        );
        assert_eq!(org("Jane Roe moved to Ligue 1 side Acme in 2010.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was loaned out to Acme for the 2008 season.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe has played for clubs including Acme and others.", "Acme"), Some((1, Some("player".into()))));
        assert_eq!(org("Jane Roe was elected on the Acme Party ticket in 1990.", "Acme Party"), Some((1, Some("candidate".into()))));
        assert_eq!(org("Jane Roe ran as the Acme Party candidate.", "Acme Party"), Some((1, Some("candidate".into()))));
        assert_eq!(org("Jane Roe was elected on the Acme Party list in 1990.", "Acme Party"), Some((1, Some("candidate".into()))));
        assert_eq!(org("Jane Roe was elected in 1997 as a Labour MP.", "Labour"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was elected in 1997 as a Labour supporter.", "Labour"), None, "no seat");
        let seat = [("Jane Roe", 0, Person), ("House of Commons", 1, Organization), ("Labour", 2, Organization)];
        let v = view("Jane Roe, who was elected to the House of Commons in 1997 as a Labour MP, later quit.", &seat);
        let targets: Vec<usize> = membership(&v, 0).iter().map(|f| f.target).collect();
        assert_eq!(targets, [1, 2], "the body and the party");
        assert_eq!(org("Jane Roe sat as an Acme Party member from 1990.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe sat as a guest of the Acme Party.", "Acme Party"), None);
        assert_eq!(org("Jane Roe took over as manager of Acme United in 1990.", "Acme United"), Some((1, Some("manager".into()))));
        assert_eq!(org("Jane Roe later became the president of Acme.", "Acme"), Some((1, Some("president".into()))));
        assert_eq!(org("Jane Roe returned to Acme United in 2003.", "Acme United"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe stepped down as chairman of Acme in 2001.", "Acme"), Some((1, Some("chairman".into()))));
        let succession = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe replaced John Doe as the drummer of Acme in 1990.", &succession);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("drummer")));
        let v = view("Jane Roe met John Doe as the drummer of Acme played.", &succession);
        assert!(membership(&v, 0).is_empty(), "no succession");
        let v = view("Jane Roe replaced John Doe as Acme's lead singer in 1990.", &succession);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("singer")));
        assert!(membership(&v, 1).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("singer")), "the predecessor too");
        let v = view("Jane Roe met John Doe at Acme's concert.", &succession);
        assert!(membership(&v, 1).is_empty());
        let v = view("Jane Roe replaces John Doe as Acme's chairman.", &succession);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("chairman")), "the present tense");
        let v = view("Jane Roe replaced John Doe as Acme's opponent.", &succession);
        assert!(membership(&v, 0).is_empty(), "no role after the possessive");
        let v = view("Jane Roe was replaced by John Doe as Acme's keyboardist in 2002.", &succession);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("keyboardist")), "the passive");
        assert!(membership(&v, 1).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("keyboardist")), "the passive's successor");
        let v = view("Jane Roe succeeded John Doe as CEO of Acme in 2015.", &succession);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("CEO")), "a role in capitals");
        let v = view("Jane Roe took over from John Doe as chief executive of Acme.", &succession);
        assert!(membership(&v, 0).iter().any(|f| f.target == 1 && f.role.as_deref() == Some("executive")), "took over from");
        let v = view("Jane Roe took over from John Doe as the game went on at Acme.", &succession);
        assert!(membership(&v, 0).is_empty(), "no role");
        let v = view("Jane Roe was replaced by John Doe as Acme's opponent.", &succession);
        assert!(membership(&v, 0).is_empty() && membership(&v, 1).is_empty(), "no role after the possessive");
        let career = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let v = view("Jane Roe began her career with Acme before moving to Beta in 2005.", &career);
        let targets: Vec<usize> = membership(&v, 0).iter().map(|f| f.target).collect();
        assert!(targets.contains(&2), "{targets:?}");
        // A longer fronted phrase, set off by a comma.
        let v = view("After leaving school, Jane Roe worked at Acme before joining Beta.", &career);
        assert!(membership(&v, 0).iter().any(|f| f.target == 2));
        let v = view("After years of study in the great city of Rome Jane Roe worked at Acme before joining Beta.", &career);
        assert!(!membership(&v, 0).iter().any(|f| f.target == 2), "no comma: no fronted phrase");
        // "before founding Beta": its founder.
        for text in ["Jane Roe was a lawyer at Acme before founding Beta.", "Jane Roe ran Acme for years before setting up Beta."] {
            let v = view(text, &career);
            assert!(membership(&v, 0).iter().any(|f| f.target == 2 && f.role.as_deref() == Some("founder")), "{text}");
        }
        let v = view("Jane Roe sued Acme before leaving Beta.", &career);
        assert!(!membership(&v, 0).iter().any(|f| f.target == 2));
        assert_eq!(org("Jane Roe worked as a staff writer for Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe joined the faculty of Acme University in 1990.", "Acme University"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe is the editor-in-chief of the Acme Times.", "Acme Times"), Some((1, Some("editor-in-chief".into()))));
        assert_eq!(org("Jane Roe was an employee of Acme.", "Acme"), Some((1, Some("employee".into()))));
        assert_eq!(org("Jane Roe, a partner at Acme, said.", "Acme"), Some((1, Some("partner".into()))));
        assert_eq!(org("Jane Roe left Acme in 1995.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was expelled from the Acme Party in 1937.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe defected to the Acme Party.", "Acme Party"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe played bass in Acme until 1990.", "Acme"), Some((1, Some("member".into()))));
        let described = [("Jane Roe", 0, Person), ("Peruvian", 2, Country), ("Acme", 1, Organization)];
        assert_eq!(
            found("Jane Roe, attorney for the Peruvian silver mining company Acme, said.", &described),
            Some((1, Some("attorney".into()))),
            "the demonym describes the company; the company is the role's"
        );
        assert_eq!(org("Jane Roe, an analyst for the investment firm Acme, said.", "Acme"), Some((1, Some("analyst".into()))));
        assert_eq!(org("Jane Roe, an analyst for the investment of Acme, said.", "Acme"), None, "no kind of organization before the name");
        assert_eq!(org("Jane Roe, who heads the research division at Acme, said.", "Acme"), Some((1, Some("leader".into()))));
        assert_eq!(org("Jane Roe, who heads the research group with Acme, said.", "Acme"), None, "with is no part's owner");
        assert_eq!(org("Jane Roe was elected as a Republican to the Acme Congress.", "Acme Congress"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was elected to the Acme Congress.", "Acme Congress"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was elected mayor by the Acme Congress.", "Acme Congress"), None);
        assert_eq!(org("Jane Roe, who owned Acme, died.", "Acme"), Some((1, Some("owner".into()))));
        assert_eq!(org("Jane Roe of the First Acme Army spoke.", "Acme Army"), None, "a capital is the name's, cut short");
        assert_eq!(org("Jane Roe of the anti Acme league spoke.", "Acme"), None);
        assert_eq!(org("Jane Roe (Acme) voted no.", "Acme"), Some((1, None)));
        assert_eq!(org("Goalkeepers - Jane Roe ( Acme ) , John Doe .", "Acme"), Some((1, None)), "tokenized parentheses");
        assert_eq!(found("WASHINGTON (AP)", &[("WASHINGTON", 0, Person), ("AP", 1, Organization)]), None, "a dateline");
        assert_eq!(org("Jane Roe joined the band Acme Rockers in 1995.", "Acme Rockers"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe established the Acme Institute in 1901.", "Acme Institute"), Some((1, Some("founder".into()))));
        let pair = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme Singers", 1, Organization)];
        let v = view("In 1990 Jane Roe and John Doe formed the Acme Singers in Leeds.", &pair);
        for person in 0..2 {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))));
        }
        let founded = [("Acme Quartet", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        assert_founders(
            &[
                "The Acme Quartet was founded by Jane Roe and John Doe.",
                "The Acme Quartet, formed in 1980 by Jane Roe and John Doe, toured.",
            ],
            &founded,
            1..3,
        );
        // Past the organization's aside (a comma before a capital stays inside it); the aside's
        // own organization is not the subject.
        let aside = [("Acme", 1, Organization), ("Lyon", 2, EntityType::Location), ("France", 3, Country), ("Jane Roe", 0, Person)];
        for (text, role) in [
            ("Acme, a software company based in Lyon, France, was founded by Jane Roe.", "founder"),
            ("Acme, a rugby club based in Lyon, France, was coached by Jane Roe.", "coach"),
            ("Acme, which is based in Lyon, France, is led by Jane Roe.", "leader"),
        ] {
            let v = view(text, &aside);
            assert_eq!(membership(&v, 3).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some(role))), "{text}");
        }
        let unit = [("Acme", 1, Organization), ("Beta Corp", 2, Organization), ("Jane Roe", 0, Person)];
        let v = view("Acme, a unit of Beta Corp, is led by Jane Roe.", &unit);
        assert_eq!(membership(&v, 2).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("leader"))));
        let v = view("Acme sued Beta Corp, a firm founded by Jane Roe.", &unit);
        assert!(membership(&v, 2).iter().all(|f| f.target != 1), "the founded firm is Beta Corp");
        assert_eq!(membership(&v, 2).first().map(|f| (f.target, f.role.as_deref())), Some((2, Some("founder"))));
        // Described first, then founded: demonyms may stand in the description.
        let described = [("Acme Quartet", 1, Organization), ("American", 4, Country), ("Jane Roe", 0, Person), ("John Doe", 2, Person)];
        assert_founders(
            &[
                "The Acme Quartet is an American rock band formed in 1980 by Jane Roe and John Doe.",
                "The Acme Quartet was a small American publishing house, founded by Jane Roe and John Doe.",
                "It was released on the Acme Quartet, the American label co-founded by Jane Roe and John Doe.",
            ],
            &described,
            2..4,
        );
        let abbreviated = [("Acme Quartet", 1, Organization), ("AQ", 3, Organization), ("American", 4, Country), ("Jane Roe", 0, Person)];
        let v = view("Acme Quartet (also AQ) is an American rap band, formed in 1995 by Jane Roe.", &abbreviated);
        assert_eq!(membership(&v, 3).first().map(|f| (f.target, f.role.as_deref())), Some((3, Some("founder"))));
        // Where the organization is from: places after "from", each after a comma.
        let with_place = [("Acme Quartet", 1, Organization), ("Dublin", 5, EntityType::Location), ("Jane Roe", 0, Person)];
        let v = view("The Acme Quartet is a band from Dublin formed by Jane Roe.", &with_place);
        assert_eq!(membership(&v, 2).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))));
        let places = [
            ("Acme Quartet", 1, Organization),
            ("American", 4, Country),
            ("Portland", 5, EntityType::Location),
            ("Oregon", 6, EntityType::Location),
            ("Jane Roe", 0, Person),
        ];
        let v = view("The Acme Quartet is an American indie rock band from Portland, Oregon, formed in 2004 by Jane Roe.", &places);
        assert_eq!(membership(&v, 4).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))));
        // Not a place reached otherwise, nor an organization named in the description.
        let v = view("The Acme Quartet is an American indie rock band that toured Portland, Oregon, formed in 2004 by Jane Roe.", &places);
        assert_eq!(membership(&v, 4), vec![], "a place the band toured");
        // Where it was founded, read past; a city tagged as an organization after "from" too.
        let founded_in =
            [("Acme Quartet", 1, Organization), ("Oslo", 5, EntityType::Location), ("Norway", 6, Country), ("Jane Roe", 0, Person)];
        let v = view("The Acme Quartet was founded in Oslo, Norway, in 1990 by Jane Roe.", &founded_in);
        assert_eq!(membership(&v, 3).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))));
        let city = [("Acme Quartet", 1, Organization), ("Leeds", 2, Organization), ("Jane Roe", 0, Person)];
        let v = view("The Acme Quartet is a band from Leeds formed in 1990 by Jane Roe.", &city);
        assert_eq!(membership(&v, 2).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("founder"))), "not the city's");
        let later = [("Acme Quartet", 1, Organization), ("Jane Roe", 0, Person)];
        let v = view("The Acme Quartet was founded in 1990, and acquired in 1995 by Jane Roe.", &later);
        assert!(membership(&v, 1).iter().all(|f| f.role.as_deref() != Some("founder")), "an acquirer");
        let signed = [("Acme Quartet", 1, Organization), ("Beta", 2, Organization), ("Jane Roe", 0, Person)];
        let v = view("The Acme Quartet is a band signed to Beta formed by Jane Roe.", &signed);
        assert!(membership(&v, 2).iter().all(|f| f.target != 1), "another organization in the description");
        let no_copula = [("Acme Quartet", 1, Organization), ("American", 4, Country), ("Jane Roe", 0, Person)];
        for text in [
            "The Acme Quartet played an American song written in 1980 by Jane Roe.",
            "The Acme Quartet sued an American rival formed in 1980 by Jane Roe.",
        ] {
            assert_eq!(membership(&view(text, &no_copula), 2), vec![], "{text}");
        }
        assert_eq!(org("Jane Roe, 61, of the Acme Bank, spoke.", "Acme Bank"), Some((1, None)), "an age first");
        assert_eq!(org("Jane Roe, aged 30, joined Acme.", "Acme"), Some((1, Some("member".into()))), "an age with 'aged'");
        assert_eq!(org("Jane Roe, 45 years old, joined Acme.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe, 52, president of Acme, resigned.", "Acme"), Some((1, Some("president".into()))));
        assert_eq!(org("Jane Roe, 33, joined Acme in May.", "Acme"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe played college baseball for the Acme Huskies.", "Acme Huskies"), Some((1, Some("player".into()))));
        for text in [
            "Jane Roe plays county cricket for the Acme Huskies.",
            "Jane Roe kept goal for the Acme Huskies.",
            "Jane Roe scored 20 goals in 50 appearances for the Acme Huskies.",
            "Jane Roe pitched for the Acme Huskies.",
            "Jane Roe bowled for the Acme Huskies in 1990.",
            "Jane Roe, who skated professionally for the Acme Huskies, retired.",
        ] {
            assert_eq!(org(text, "Acme Huskies"), Some((1, Some("player".into()))), "{text}");
        }
        assert_eq!(org("Jane Roe pitched an idea for the Acme Huskies.", "Acme Huskies"), None);
        let clubs = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta Rovers", 2, Organization)];
        for text in ["Jane Roe played for Acme and later for the Beta Rovers.", "Jane Roe worked at Acme and then at Beta Rovers."] {
            let reached: Vec<usize> = membership(&view(text, &clubs), 0).iter().map(|f| f.target).collect();
            assert_eq!(reached, [1, 2], "{text}");
        }
        let reached: Vec<usize> =
            membership(&view("Jane Roe played for Acme and later against Beta Rovers.", &clubs), 0).iter().map(|f| f.target).collect();
        assert_eq!(reached, [1], "an opponent");
        let reached: Vec<usize> =
            membership(&view("Jane Roe played for Acme and the club Beta Rovers.", &clubs), 0).iter().map(|f| f.target).collect();
        assert_eq!(reached, [1, 2], "the next one's kind before it");
        assert_eq!(org("Jane Roe ran for the Acme Huskies board.", "Acme Huskies"), None);
        assert_eq!(org("Jane Roe scored 20 goals in 50 minutes against the Acme Huskies.", "Acme Huskies"), None);
        assert_eq!(
            org("In 2001 Jane Roe signed a minor league contract with the Acme Orioles.", "Acme Orioles"),
            Some((1, Some("player".into())))
        );
        assert_eq!(org("Jane Roe was elected to the Acme Society in 1901.", "Acme Society"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was elected a fellow of the Acme Society.", "Acme Society"), Some((1, Some("member".into()))));
        assert_eq!(org("Jane Roe was active with the Acme Party.", "Acme Party"), Some((1, Some("member".into()))));
        let list = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme Dead", 1, Organization)];
        let v = view("It features guest musicians Jane Roe and John Doe from the Acme Dead.", &list);
        for person in 0..2 {
            assert_eq!(membership(&v, person).first().map(|f| f.target), Some(1), "from the organization");
        }
        assert_eq!(org("Jane Roe's Acme Party won the vote.", "Acme Party"), Some((1, None)));
        assert_eq!(
            found("Jane Roe represented France at the games.", &[("Jane Roe", 0, Person), ("France", 1, Country)]),
            Some((1, Some("representative".into())))
        );
    }

    #[test]
    fn other_verbs_and_other_people_do_not() {
        assert_eq!(org("Jane Roe criticised Acme in 2005.", "Acme"), None);
        assert_eq!(org("Jane Roe was hired by a firm that Acme owns.", "Acme"), None, "the hirer is not named");
        assert_eq!(org("Jane Roe was praised by Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe spoke as part of the Acme.", "Acme"), None);
        assert_eq!(org("They were called up by Jane Roe to serve as members of Acme.", "Acme"), None, "a plural role");
        assert_eq!(org("Jane Roe was elected on the Acme Party platform.", "Acme Party"), None, "a platform is anyone's to run on");
        let v = view(
            "The fans of John Doe cheered Jane Roe before moving to Beta.",
            &[("John Doe", 3, Person), ("Jane Roe", 0, Person), ("Beta", 2, Organization)],
        );
        assert!(membership(&v, 1).is_empty(), "not the sentence's subject");
        assert_eq!(found("Jane Roe left France in 1995.", &[("Jane Roe", 0, Person), ("France", 1, Country)]), None, "leaving a country");
        assert_eq!(org("Jane Roe left the stage before Acme played.", "Acme"), None);
        assert_eq!(org("Jane Roe said that she had joined Acme.", "Acme"), None, "the verb must follow the person directly");
        assert_eq!(
            found(
                "Jane Roe met John Doe, who joined Acme.",
                &[("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)]
            ),
            None
        );
        assert_eq!(org("Jane Roe visited the headquarters of Acme.", "Acme"), None);
        assert_eq!(org("Jane Roe's speech at Acme was long.", "Acme"), None, "the possessive owns the speech, not Acme");
        assert_eq!(
            found("Jane Roe of France won.", &[("Jane Roe", 0, Person), ("France", 1, Country)]),
            None,
            "of a country is where from"
        );
        assert_eq!(org("Jane Roe visited the director of Acme.", "Acme"), None, "a role after another verb is someone else's");
        assert_eq!(org("Jane Roe; Acme said nothing.", "Acme"), None);
        assert_eq!(org("Jane Roe is a critic of the government leading the Acme.", "Acme"), None, "a clause after the role");
        assert_eq!(org("They met Jane Roe, representatives of Acme and others.", "Acme"), None, "a list, not a plural subject");
        assert_eq!(org("Jane Roe wrote a book, which served as a guide for the Acme.", "Acme"), None, "another clause's role");
        assert_eq!(org("Jane Roe's son played as a member of the Acme.", "Acme"), None, "the possessive's");
        let list = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe met John Doe, who joined Acme.", &list);
        assert!(membership(&v, 0).is_empty(), "met is no list");
        let v = view("Jane Roe and John Doe, who joined Acme, spoke.", &list);
        assert!(membership(&v, 0).is_empty(), "a relative clause after the list is the last name's");
        let v = view("As a fan of the Acme, Jane Roe spoke.", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(membership(&v, 1).is_empty(), "a fan is no member");
        let v = view(
            "As a member of the Acme, which was later renamed, Jane Roe spoke.",
            &[("Acme", 1, Organization), ("Jane Roe", 0, Person)],
        );
        assert!(membership(&v, 1).is_empty(), "another clause between");
        assert_eq!(org("Jane Roe, a guest from Acme, spoke.", "Acme"), None, "a guest is no member");
        assert_eq!(org("Jane Roe moved from Acme to the city.", "Acme"), None, "from must follow the name");
        let v = view("The Acme Quartet was praised by Jane Roe.", &[("Acme Quartet", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(membership(&v, 1).is_empty(), "praise founds nothing");
        let v = view("The Acme Quartet, which Jane Roe founded, toured.", &[("Acme Quartet", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(membership(&v, 1).is_empty(), "only the passive with by is read");
        assert_eq!(org("Jane Roe, 61, said of Acme that it grew.", "Acme"), None, "an age, then another verb");
        assert_eq!(org("Jane Roe played a concert for Acme.", "Acme"), None, "a concert is no sport");
        assert_eq!(org("Jane Roe signed a letter with Acme.", "Acme"), None, "a letter is no contract");
        assert_eq!(org("Jane Roe was elected chairman after Acme left.", "Acme"), None);
        let v = view(
            "Jane Roe plays for Acme United against Acme City.",
            &[("Jane Roe", 0, Person), ("Acme United", 1, Organization), ("Acme City", 2, Organization)],
        );
        assert_eq!(membership(&v, 0).len(), 1, "an opponent is not listed");
        let v = view(
            "a game between Jane Roe's Acme and the Acme Knicks",
            &[("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Acme Knicks", 2, Organization)],
        );
        assert_eq!(membership(&v, 0).len(), 1, "a possessive names one organization");
        assert_eq!(
            found(
                "Jane Roe is a Brazilian footballer whose son plays for Acme.",
                &[("Jane Roe", 0, Person), ("Brazilian", 2, Country), ("Acme", 1, Organization)]
            ),
            None
        );
    }

    #[test]
    fn session_25_memberships() {
        assert_acme_roles(
            &[
                ("Jane Roe is an Indian politician belonging to the Acme.", "member"),
                ("Jane Roe is closely affiliated with the Acme.", "member"),
                ("Jane Roe is a German politician (Acme) and a member of parliament.", "politician"),
                ("Jane Roe is a distinguished professor emeritus at Acme.", "professor"),
                ("Jane Roe is a professor emerita of physics at the Acme.", "professor"),
                ("Jane Roe was a news anchor on Acme from 1990 to 2001.", "anchor"),
                ("Jane Roe plays at fly-half for the Acme.", "player"),
                ("Jane Roe plays at lock for the Acme.", "player"),
                ("Jane Roe played at second base for the Acme.", "player"),
                ("Jane Roe, who had joined the club from Acme in 1995, retired.", "member"),
                ("Jane Roe's tenure at Acme ended in 1990.", "member"),
                ("Jane Roe's brief time with the Acme was a failure.", "member"),
                ("Jane Roe played in goal for Acme.", "player"),
                ("Jane Roe rose to fame as a member of the girl group Acme.", "member"),
                ("Jane Roe was a guitarist in Acme.", "guitarist"),
                ("Jane Roe is an English singer who achieved international success as the guitarist of the band Acme.", "guitarist"),
                ("Jane Roe is an English musician, songwriter and record producer who founded Acme.", "founder"),
                ("Jane Roe spent 30 years as a researcher with the Acme.", "member"),
                ("Jane Roe held research positions at Acme.", "employee"),
                ("Jane Roe was on the faculty of Acme from 1950 to 1970.", "member"),
                ("Jane Roe rose through the ranks at Acme.", "member"),
                ("Jane Roe won the seat for the Acme in 1992.", "member"),
                ("Jane Roe has been a contributing editor to Acme since 1992.", "editor"),
                ("Jane Roe anchors the evening news for Acme.", "presenter"),
                ("Jane Roe was among the founders of the Acme.", "founder"),
                ("Jane Roe danced with the Acme for twenty years.", "dancer"),
                ("Jane Roe became teammates on the Acme with John Doe in 1990.", "player"),
                ("The resolutions were drafted by Jane Roe and other members of the Acme in 1834.", "member"),
                ("Jane Roe and fellow members of Acme left.", "member"),
            ],
            &[
                "Jane Roe met her former teammates at Acme.",
                "Jane Roe's years at Acme were happy.",
                "Jane Roe's time at Acme was spent studying.",
                "Jane Roe met other members of Acme.",
                "Jane Roe and her friends met other members of Acme.",
                // A parenthesis that is not right after the description, or holds more.
                "Jane Roe is a German politician (born 1950, Acme).",
                "Jane Roe is a fan of Germany (Acme).",
                // A commentator on a country or a subject is no broadcaster's.
                "Jane Roe was a commentator on Acme's finances.",
                "Jane Roe played in a band with Acme.",
                // "in" names no organization for a role other than a musician's.
                "Jane Roe was an officer in Acme.",
                "Jane Roe spent 30 years as a critic of Acme.",
                "Jane Roe won the seat from the Acme in 1992.",
                "Jane Roe was on the side of Acme.",
            ],
        );
        assert_eq!(found("Jane Roe was a commentator on France.", &[("Jane Roe", 0, Person), ("France", 1, Country)]), None);
        // Each of two teammates.
        let teammates = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe and John Doe were teammates at Acme.", &teammates);
        for person in [0, 1] {
            assert_eq!(membership(&v, person).first().map(|f| (f.target, f.role.as_deref())), Some((1, Some("player"))));
        }
        // A description that names others is no list of occupations: "who" is theirs.
        let mentions = [("Jane Roe", 0, Person), ("Bob", 2, Person), ("Jim", 3, Person), ("Acme", 1, Organization)];
        assert_eq!(found("Jane Roe is a friend of Bob, a banker, and Jim who founded Acme.", &mentions), None);
        // "Professor of History at Y": a field the NER model read as an organization is passed.
        let mentions = [("Jane Roe", 0, Person), ("History", 1, Organization), ("Acme University", 2, Organization)];
        assert_eq!(
            found("Jane Roe is a Professor Emeritus of History at the Acme University.", &mentions),
            Some((2, Some("professor".to_string())))
        );
        let mentions = [("Jane Roe", 0, Person), ("History", 1, Organization)];
        assert_eq!(
            found("Jane Roe is a professor at the History.", &mentions),
            Some((1, Some("professor".to_string()))),
            "no title before it"
        );
    }

    #[test]
    fn a_musician_s_band_named_as_one() {
        assert_acme_roles(
            &[
                ("Jane Roe was in the band Acme.", "member"),
                ("Jane Roe was briefly in the punk group Acme.", "member"),
                ("Jane Roe played in the band Acme.", "member"),
                ("Jane Roe and her band Acme toured Europe.", "leader"),
                ("Jane Roe and her backing band, the Acme, toured Europe.", "leader"),
                ("Jane Roe's band, Acme, released two albums.", "member"),
                ("Jane Roe later reunited with the Acme.", "member"),
            ],
            &[
                "Jane Roe was in the Acme.",
                "Jane Roe was in the band when she met Acme.",
                "Jane Roe and her brother founded a band with Acme.",
                "Jane Roe's band played at Acme.",
            ],
        );
        // The opening phrase's organization and the main clause's.
        let mentions = [("Acme", 1, Organization), ("Jane Roe", 0, Person), ("Beta", 2, Organization)];
        let v = view("Before joining Acme, Jane Roe was in the band Beta.", &mentions);
        let mut targets: Vec<usize> = membership(&v, 1).into_iter().map(|f| f.target).collect();
        targets.sort();
        assert_eq!(targets, [1, 2]);
    }

    #[test]
    fn members_and_founders_led_by_their_roles() {
        let mentions = [("Acme", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person), ("Ann Lee", 4, Person)];
        let v = view("Acme consisted of vocalist Jane Roe, lead guitarist John Doe and drummer Ann Lee.", &mentions);
        let roles: Vec<(usize, String)> =
            (1..4).flat_map(|person| membership(&v, person)).map(|f| (f.target, f.role.unwrap().into_owned())).collect();
        assert_eq!(roles, [(1, "vocalist".to_string()), (1, "lead guitarist".to_string()), (1, "drummer".to_string())]);
        // Kin is no role: the list ends there.
        let v = view("Acme consisted of Jane Roe, John Doe and his brother Ann Lee.", &mentions);
        assert!(membership(&v, 3).is_empty());
        let founders = |text: &str| -> Vec<(usize, String)> {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person)]);
            (1..3).flat_map(|person| membership(&v, person)).map(|f| (f.target, f.role.unwrap().into_owned())).collect()
        };
        let both = [(1, "founder".to_string()), (1, "founder".to_string())];
        assert_eq!(founders("Acme is an American rock band formed in 1990 by bassist Jane Roe and guitarist John Doe."), both);
        assert_eq!(founders("Acme is an American indie / alternative rock band founded by Jane Roe and John Doe."), both);
        assert!(founders("Acme is an American rock band formed in 1990 by Jane Roe's brother John Doe.").len() < 2);
    }

    #[test]
    fn asides_and_fronted_phrases() {
        assert_acme_roles(
            &[
                ("Jane Roe, a graduate of the Sorbonne, worked for Acme for twenty years.", "employee"),
                ("Jane Roe, who was born in Lyon in 1970 and educated in Paris, joined Acme in 1995.", "member"),
                ("Jane Roe, the daughter of a miner, later became the first chief executive of Acme.", "chief executive"),
                ("Jane Roe has, since 2001, been a member of the Acme.", "member"),
                ("Jane Roe was, from 1990 until her death, a member of the Acme.", "member"),
                ("Jane Roe is a French footballer who, since 2010, has played for Acme.", "player"),
                ("Jane Roe won the award while playing for Acme.", "member"),
                ("Jane Roe was transferred from Acme in 1996.", "player"),
            ],
            &[
                // An aside that ends in a clause of someone else's.
                "Jane Roe, whose father played for Acme, said so.",
                "Jane Roe, in an interview, criticised Acme.",
                "Jane Roe scored against Acme.",
            ],
        );
        // A demonym that describes the next person is theirs.
        let mentions = [("Jane Roe", 0, Person), ("Dutch", 1, Country), ("Bob Doe", 2, Person)];
        assert_eq!(found("Jane Roe, who signed from Acme, is set to join Dutch international Bob Doe.", &mentions), None);
        // The aside's organization, then the main clause's.
        let mentions = [("Jane Roe", 0, Person), ("Acme", 1, Organization), ("Beta", 2, Organization)];
        let text = "Jane Roe, who had previously worked at Acme, was appointed chief executive of Beta in 2005.";
        assert_eq!(all_found(text, &mentions), [(1, Some("employee".to_string())), (2, Some("chief executive".to_string()))]);
        let text = "Jane Roe was transferred from Acme to Beta in 1996.";
        assert_eq!(all_targets(text, &mentions), [1, 2]);
        assert_eq!(all_targets("Jane Roe, who played for Acme, scored against Beta.", &mentions), [1]);
        // A sentence that opens by placing the person at the organization.
        for (text, role) in [
            ("With Acme, Jane Roe won two league titles.", "member"),
            ("Signed by Acme in 1995, Jane Roe made 200 appearances.", "player"),
            ("A product of the Acme youth system, Jane Roe made her debut in 1990.", "member"),
            ("During her time at Acme, Jane Roe designed three turbines.", "member"),
            ("While working at Acme, Jane Roe met her husband.", "employee"),
            ("After a loan spell at Acme, Jane Roe retired.", "member"),
            ("Following a brief stint with Acme, Jane Roe retired.", "member"),
            ("In her first season with Acme, Jane Roe scored 20 goals.", "member"),
            ("After three successful seasons at Acme, Jane Roe signed with Beta.", "member"),
        ] {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
            assert_eq!(membership(&v, 1).into_iter().map(|f| f.role.unwrap().into_owned()).collect::<Vec<_>>(), [role], "{text}");
        }
        for text in [
            "With the help of Acme, Jane Roe built a plant.",
            "With Acme and Beta gone, Jane Roe left.",
            // A year at a university is a student's; a spell against a club is a match.
            "In her first year at Acme, Jane Roe met her husband.",
            "After a spell against Acme, Jane Roe retired.",
            "After three years at Acme, Jane Roe retired.",
            "After three seasons against Acme, Jane Roe retired.",
        ] {
            let v = view(text, &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
            assert!(membership(&v, 1).is_empty(), "{text}");
        }
        let under = |text: &str| {
            let v = view(text, &[("Jane Roe", 0, Person), ("Acme", 1, Organization)]);
            membership(&v, 0).into_iter().map(|f| f.role.unwrap().into_owned()).collect::<Vec<_>>()
        };
        assert_eq!(under("Under the management of Jane Roe, Acme won three titles."), ["manager"]);
        assert_eq!(under("Under the leadership of Jane Roe, the Acme won."), ["leader"]);
        assert_eq!(under("Under Jane Roe's leadership, Acme grew."), ["leader"]);
        assert_eq!(under("Under Jane Roe's management, the Acme won."), ["manager"]);
        assert!(under("Under Jane Roe's window, Acme fans sang.").is_empty());
        assert!(under("Under pressure from Jane Roe, Acme resigned.").is_empty());
        assert_eq!(under("Led by quarterback Jane Roe, the Acme won the division."), ["quarterback"]);
        assert_eq!(under("Coached by Jane Roe, Acme won the title."), ["coach"]);
        assert_eq!(under("Under coach Jane Roe, Acme won the title."), ["coach"]);
        assert_eq!(under("Under CEO Jane Roe, Acme expanded."), ["ceo"]);
        assert_eq!(under("Under its founder Jane Roe, Acme grew."), ["founder"]);
        assert!(under("Under Jane Roe, Acme cut taxes.").is_empty(), "a time, no post");
        assert!(under("Led by the great Jane Roe, Acme fans sang.").is_empty(), "no post");
        assert!(under("Inspired by Jane Roe, Acme won.").is_empty());
    }

    #[test]
    fn an_organization_takes_on_a_list_and_names_its_people() {
        let mentions = [("Acme", 1, Organization), ("Jane Roe", 2, Person), ("John Doe", 3, Person)];
        let roles = |text: &str| -> Vec<Option<String>> {
            let v = view(text, &mentions);
            (1..3).map(|person| membership(&v, person).into_iter().next().and_then(|f| f.role.map(|r| r.into_owned()))).collect()
        };
        let both = |role: &str| vec![Some(role.to_string()), Some(role.to_string())];
        assert_eq!(roles("Acme signed Jane Roe and John Doe in 1995."), both("player"));
        assert_eq!(roles("It caught the eye of Acme, who signed Jane Roe and John Doe in 1995."), both("player"));
        assert_eq!(roles("Acme, under the direction of Pope Jane Roe and Cardinal John Doe, spoke."), both("leader"));
        assert_eq!(roles("Acme employed Jane Roe and John Doe as engineers."), both("employee"));
        assert_eq!(roles("The Acme's candidates were Jane Roe and John Doe."), both("candidate"));
        assert_eq!(roles("Acme's founding engineers included Jane Roe and John Doe."), both("engineer"));
        assert_eq!(roles("Acme's rivals were Jane Roe and John Doe."), vec![None, None]);
        // News: "Acme said it has named X as ...", the role after "as".
        let v = view("Acme said it has named Jane Roe as executive vice president and chief financial officer.", &mentions[..2]);
        assert_eq!(
            membership(&v, 1).into_iter().map(|f| f.role.map(|r| r.into_owned())).collect::<Vec<_>>(),
            [Some("Vice President".to_string())]
        );
        let v = view("Acme appointed Jane Roe its chief executive on Tuesday.", &mentions[..2]);
        assert_eq!(
            membership(&v, 1).into_iter().map(|f| f.role.map(|r| r.into_owned())).collect::<Vec<_>>(),
            [Some("chief executive".to_string())]
        );
        // Accented words across the 60th byte: the phrase is cut at a character's start.
        let v = view("Acme said it has named Jane Roe as president and chief executive of Société Générale in Québec.", &mentions[..2]);
        assert_eq!(membership(&v, 1).len(), 1);
        let v = view("Acme said it will sue Jane Roe.", &mentions[..2]);
        assert!(membership(&v, 1).is_empty());
    }

    #[test]
    fn a_part_s_whole_organization() {
        let whole = |text: &str, mentions: &[(&'static str, usize, EntityType)]| whole_organization(&view(text, mentions), 1);
        let part_whole = [("Jane Roe", 0, Person), ("Queens College", 1, Organization), ("Acme University", 2, Organization)];
        assert_eq!(whole("Jane Roe, a professor at Queens College of the Acme University, died.", &part_whole), Some(2));
        assert_eq!(whole("Jane Roe is a lecturer at the Queens College at Acme University.", &part_whole), Some(2));
        assert_eq!(
            whole(
                "Jane Roe of Acme University's Queens College said so.",
                &[("Jane Roe", 0, Person), ("Acme University", 2, Organization), ("Queens College", 1, Organization)]
            ),
            Some(2)
        );
        assert_eq!(whole("Jane Roe left Queens College for Acme University.", &part_whole), None);
        let league = [("Jane Roe", 0, Person), ("Acme Celtics", 1, Organization), ("National Basketball Association", 2, Organization)];
        assert_eq!(
            whole("Jane Roe plays for the Acme Celtics of the National Basketball Association.", &league),
            None,
            "a league is no employer"
        );
    }

    #[test]
    fn scorers_and_batsmen_in_results_lines() {
        let teams = |text: &str, people: &[&'static str]| -> Vec<Vec<usize>> {
            let mut mentions = vec![("Acme", 1, Organization)];
            mentions.extend(people.iter().enumerate().map(|(i, p)| (*p, 10 + i, Person)));
            if text.contains("Beta") {
                mentions.push(("Beta", 2, Organization));
            }
            let v = view(text, &mentions);
            (1..=people.len()).map(|at| membership(&v, at).into_iter().map(|f| f.target).collect()).collect()
        };
        assert_eq!(
            teams("Acme 3 ( Jane Roe 35th , 48th , John Doe 74th penalty ) Beta 1 .", &["Jane Roe", "John Doe"]),
            [vec![1], vec![1]]
        );
        assert_eq!(
            teams("Acme 285-6 declared ( Jane Roe 111 not out , John Doe 58 ) v Beta", &["Jane Roe", "John Doe"]),
            [vec![1], vec![1]]
        );
        // Not an own goal, a bowler's figures, a name without figures, a bowler after ";".
        assert_eq!(teams("Acme 1 ( Jane Roe 20th og ) .", &["Jane Roe"]), [Vec::<usize>::new()]);
        assert_eq!(teams("Acme 83 ( Jane Roe 4-35 ) .", &["Jane Roe"]), [Vec::<usize>::new()]);
        assert_eq!(teams("1. Acme 16-1 ( Jane Roe ) .", &["Jane Roe"]), [Vec::<usize>::new()]);
        assert_eq!(teams("Acme 238 ( Jane Roe 100 not out ; John Doe 4-31 ) .", &["Jane Roe", "John Doe"]), [vec![1], vec![]]);
        assert_eq!(teams("Acme said ( Jane Roe 20 ) so.", &["Jane Roe"]), [Vec::<usize>::new()], "no score");
    }

    #[test]
    fn a_scorer_after_a_dash_and_a_demonym_s_state_body() {
        let v = view("Acme - Jane Roe ( 5th )", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert_eq!(membership(&v, 1).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1]);
        let v = view(
            "Acme - Jane Roe ( 5th ) , John Doe ( 72nd minute )",
            &[("Acme", 1, Organization), ("Jane Roe", 0, Person), ("John Doe", 2, Person)],
        );
        assert_eq!(membership(&v, 2).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1]);
        let v = view("Acme - Jane Roe ( 1990 )", &[("Acme", 1, Organization), ("Jane Roe", 0, Person)]);
        assert!(membership(&v, 1).is_empty(), "a year, not a minute");
        let finnish = [("Jane Roe", 0, Person), ("Finnish", 1, Country)];
        assert_eq!(found("Jane Roe served in the Finnish Army during the war.", &finnish), Some((1, Some("member".to_string()))));
        assert_eq!(found("Jane Roe served in the Finnish capital.", &finnish), None);
        assert_eq!(found("Jane Roe moved to the Finnish police station.", &finnish), None, "a station");
    }

    #[test]
    fn the_predicate_after_an_aside_naming_someone_is_the_subject_s() {
        let mentions = [("Jane Roe", 0, Person), ("John Doe", 2, Person), ("Acme", 1, Organization)];
        let v = view("Jane Roe, along with John Doe, founded Acme.", &mentions);
        assert_eq!(membership(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1], "along with, set off by commas");
        for text in [
            "Jane Roe, the daughter of John Doe, was a member of the Acme.",
            "Jane Roe, who married John Doe in 1950, joined Acme in 1955.",
            "Jane Roe, son of John Doe, played for Acme.",
        ] {
            let v = view(text, &mentions);
            assert_eq!(membership(&v, 0).into_iter().map(|f| f.target).collect::<Vec<_>>(), [1], "{text}");
        }
    }

    #[test]
    fn a_seat_in_a_body_and_the_first_elected_to_it() {
        assert_acme_roles(
            &[
                ("Jane Roe was a judge on the Acme Court.", "judge"),
                ("Jane Roe is a councillor on the Acme City Council.", "councillor"),
                ("Jane Roe was a deputy in the Acme Assembly from 1990 to 1995.", "deputy"),
                ("Jane Roe was a senator in the Acme Senate.", "senator"),
                ("Jane Roe was the first woman elected to the Acme Congress.", "member"),
                ("Jane Roe became the youngest person ever appointed to the Acme Court.", "member"),
            ],
            &[
                // "in" and "on" a place, a subject or a broadcaster's programme.
                "Jane Roe was a lawyer in Acme.",
                "Jane Roe was a judge in the Acme case.",
                "Jane Roe was a commentator on Acme's finances.",
                "Jane Roe was the first woman elected to lead the Acme.",
            ],
        );
        // A seat is in an organization, not a place.
        let place = found("Jane Roe was a judge on Acme.", &[("Jane Roe", 0, Person), ("Acme", 1, EntityType::Location)]);
        assert_eq!(place, None);
    }
}
