//! Sports' own ways of naming a club's people: results lines' scorers, squads, drafts, moves
//! between clubs, and the players and coach of the club a sentence opens with.

use super::verbs::lead;
use super::*;

/// From the person to a team's name: " was included in ", " was called up to the ".
pub(super) static SQUAD_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        &[
            lead().as_str(),
            r"(is|was|were|has\s+been|had\s+been)\s+(included|named|selected|picked|called\s+up)\s+(in|into|to|for)\s+(the\s+)?$",
        ]
        .concat(),
    )
    .expect("valid regex")
});

/// After the team's name: "'s squad", " squad", " senior team".
pub(super) static SQUAD_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^('s|’s)?\s+([a-z0-9-]+\s+){0,2}?(squad|team|roster|side|line-up|lineup)\b").expect("valid regex"));

/// From a player to the team that drafted them, in words that also say other things: " was
/// selected by the ", ", who was picked by ".
pub(super) static SELECTED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*,?\s*(who\s+)?(is|was|were)\s+((originally|first|later)\s+)?(selected|picked|chosen|taken)\s+by\s+(the\s+)?$")
        .expect("valid regex")
});

/// After the team: the draft that makes [`SELECTED_BY`] a player's ("in the second round",
/// "with the 45th overall pick", "in the 1999 NHL Entry Draft").
pub(super) static IN_THE_DRAFT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\(\s*)?(in|with|as)\s+(the\s+)?(\S+\s+){0,3}?(round|overall|pick|draft)\b").expect("valid regex"));

/// Before a club's players listed as examples, or its coach: " with players like ", " and with
/// such star players as ", " under the Hungarian coach " (group `coach` for the coach).
pub(super) static CLUB_PEOPLE_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\bwith\s+(such\s+)?((star|top|great|famous|notable|key|young|talented|international)\s+)*players\s+(like|such\s+as|including|as)\s+$",
        r"|(?P<coach>\bunder\s+(the\s+)?([a-z-]+\s+)?(head\s+)?(coach|manager|trainer)\s+)$",
    ))
    .expect("valid regex")
});

/// "IFK Norrköping won five championships under the Hungarian coach A and with players like B
/// and C", "Barcelona, under X and with such star players as B and C, reached the final": the
/// club that opens the sentence, its subject, and no other organization named before the
/// people (a country may be: "won the Swedish title"). Organizations only: a country's
/// coach is no citizen of it.
pub(super) fn the_subject_club_s_people(view: &SentenceView, index: usize) -> Option<Found> {
    let first = list_start(view, index);
    let club = view.placed.first().filter(|p| p.kind == EntityType::Organization)?;
    let opens = matches!(view.text[..club.span.start].trim(), "" | "The" | "the");
    let others = view.placed[1..first].iter().any(|p| p.kind == EntityType::Organization);
    let lead = view.text[..view.placed[first].span.start].to_lowercase();
    let captures = CLUB_PEOPLE_LEAD.captures(&lead)?;
    let clause_break = view.between(club.span.end, view.placed[first].span.start).contains([';', ':']);
    // A coach is one person, not a list's.
    let coach = captures.name("coach").is_some();
    if !opens || others || clause_break || first == 0 || (coach && first != index) {
        return None;
    }
    let role = if coach { "coach" } else { "player" };
    Some(Found { target: club.entity, role: Some(Cow::Borrowed(role)), confidence: confidence::LISTED })
}

/// Between a team and the parenthesis of its scorers in a results line: its score ("Metz 3 (",
/// "Sussex 285-6 (", "Durham 326 for eight declared (").
pub(super) static TEAM_SCORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d+(-\d+)?(\s+for\s+\w+)?(\s+declared)?\s*\(\s*$").expect("valid regex"));

/// Inside a scorers' parenthesis, between two names: minutes and runs ("35th , 48th ,", "95
/// not out ,", "pen", "and"). Not a semicolon: a cricket card's bowlers after it ("( A 100 not
/// out ; B 4-31 )") bowled for the other side.
pub(super) static SCORERS_GAP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\s,]*((\d+(st|nd|rd|th)?|not|out|and|pen|penalty|min|minute|minutes|\+\d+)[\s,]*)*$").expect("valid regex")
});

/// A goal's minute in parentheses right after the name: " ( 5th )", " ( 24th , pen )".
pub(super) static MINUTE_IN_PARENTHESES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[r"^\s*", MINUTE, ""].concat()).expect("valid regex"));

/// Regex text: a goal's minute in parentheses ("( 5th )", "( 24th , pen )").
pub(super) const MINUTE: &str = r"\(\s*\d+(st|nd|rd|th)\b[^()]{0,20}\)";

/// Between two scorers of a team's list: the first's minute, then a comma (" ( 10th ) , ").
pub(super) static NEXT_SCORER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[r"^\s*", MINUTE, r"\s*,\s*$"].concat()).expect("valid regex"));

/// A bowler's figures right after the name: " 4-35".
pub(super) static BOWLING_FIGURES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\d+-\d+").expect("valid regex"));

/// "Metz 3 ( Pires 35th , 48th , 74th ) Strasbourg 1", "Sussex 285-6 ( W. Athey 111 )": a
/// results line's scorers or batsmen in the parenthesis after their team's score are that
/// team's players; not an own goal ("( X 35th og )"), which counts for the other side.
pub(super) fn scorer_in_results(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person = &view.placed[index];
    // "Shelbourne - Mark Rutherford ( 5th )", "Brann - A ( 10th ) , B ( 72nd )": a team, a dash,
    // its scorers each with the minute.
    if MINUTE_IN_PARENTHESES.is_match(&text[person.span.end..]) {
        let mut at = index;
        while let Some(previous) = at.checked_sub(1).map(|i| &view.placed[i]) {
            let gap = &text[previous.span.end..view.placed[at].span.start];
            if previous.kind == EntityType::Organization && matches!(gap.trim(), "-" | "–") {
                return Some(Found { target: previous.entity, role: Some(Cow::Borrowed("player")), confidence: confidence::MEMBERSHIP });
            }
            if previous.kind != EntityType::Person || !NEXT_SCORER.is_match(gap) {
                break;
            }
            at -= 1;
        }
    }
    let open = text[..person.span.start].rfind('(')?;
    if text[open..person.span.start].contains(')') {
        return None;
    }
    // The team right before the parenthesis, its score between.
    let team = view.placed[..index].iter().rev().find(|p| p.span.end <= open)?;
    if team.kind != EntityType::Organization || !TEAM_SCORE.is_match(&text[team.span.end..=open]) {
        return None;
    }
    // Only scorers and their figures between the parenthesis and the person.
    let mut from = open + 1;
    for p in view.placed[..index].iter().filter(|p| p.span.start > open) {
        if p.kind != EntityType::Person || !SCORERS_GAP.is_match(&text[from..p.span.start]) {
            return None;
        }
        from = p.span.end;
    }
    if !SCORERS_GAP.is_match(&text[from..person.span.start]) {
        return None;
    }
    let own_goal = text[person.span.end..]
        .split([',', ')'])
        .next()
        .is_some_and(|entry| entry.split_whitespace().any(|w| matches!(w.to_lowercase().trim_end_matches('.'), "og" | "o.g" | "own")));
    // "Somerset 83 ( D. Millns 4-35 )": wickets for runs are a bowler's, of the other side.
    let bowling = BOWLING_FIGURES.is_match(&text[person.span.end..]);
    // Scorers and batsmen have their minutes or runs; a name alone is no scorer
    // ("Eveningperformance 16-1 ( Chris Rutter )" is a horse, its odds and its jockey).
    let close = text[open..].find(')').map_or(text.len(), |at| open + at);
    let figures = text[open..close].chars().any(|c| c.is_ascii_digit());
    (!own_goal && !bowling && figures).then_some(Found {
        target: team.entity,
        role: Some(Cow::Borrowed("player")),
        confidence: confidence::MEMBERSHIP,
    })
}

/// A move from one organization to another, up to the one joined: " joined the ", " moved to ",
/// " signed for ", " was transferred to ".
pub(super) static MOVE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[lead().as_str(), r"(joined|joins|rejoined|moved\s+to|moves\s+to|signed\s+(for|with)|signs\s+(for|with)|((was|were|is)\s+)?(transferred|sold|loaned|traded)\s+to)\s+(the\s+)?$"].concat())
        .expect("valid regex")
});

/// From the person to the club they play for: "plays for the ", "is playing for ".
pub(super) static PLAY_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[lead().as_str(), r"((is|was)\s+)?(plays|played|playing)\s+for\s+(the\s+)?$"].concat()).expect("valid regex")
});

/// From the person to an organization they left for another: "X left Acme for Beta", "quit
/// the Acme for rivals Beta".
pub(super) static LEAVE_VERB: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&[lead().as_str(), r"(left|leaves|quit|quits|departed)\s+(the\s+)?$"].concat()).expect("valid regex"));

/// Whether `view.placed[at]` is the league in "plays for Eredivisie club Ajax" (an
/// organization, a word for a club, then the club's name) or the club's country in "plays for
/// Japanese club Kashima Antlers", "joined the Dutch second-division side Y" (a demonym, up to
/// two words of its standing, a word for an organization, then its name): what the person
/// joined is the club.
pub(super) fn is_league_or_country_before_its_club(view: &SentenceView, at: usize) -> bool {
    let (before, Some(club)) = (&view.placed[at], view.placed.get(at + 1)) else { return false };
    let gap = view.between(before.span.end, club.span.start).trim().to_lowercase();
    let words: Vec<&str> = gap.split_whitespace().collect();
    let league = before.kind == EntityType::Organization
        && matches!(words[..], ["club" | "side" | "team" | "franchise" | "outfit" | "giants" | "champions"]);
    let demonym = before.kind == EntityType::Country
        && countries::by_demonym(before.text).is_some()
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && words.last().is_some_and(|w| is_organization_noun(w));
    club.kind == EntityType::Organization && (league || demonym)
}

/// A player's feat in a game report: a hit, a homer, a pitching line, runs driven in, a goal
/// ("belted two-run homers", "scattered seven hits", "had RBI hits", "drove in three runs").
static FEAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(homered|homers?|home\s+runs?|grand\s+slams?|hits?|doubled|doubles?|tripled|triples?|singled|singles?|pitched|threw|scattered|drove\s+in|rbis?|struck\s+out|shutout|strikeouts?|scored|goals?|tries|wickets|runs?)\b")
        .expect("valid regex")
});

/// The end of a feat's clause before the side it won for: " as the ", " as the surging ", " to
/// lift the ", " to lead the red-hot ", " to put the " (up to two words of the side's form
/// between).
static AS_THE_SIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s(as|to\s+(lift|lead|help|carry|power|propel|spur|put))\s+(the\s+)?([a-z-]+\s+){0,2}?$").expect("valid regex")
});

/// After the side, its win: " beat ", " claimed a 10-3 win", " blanked ", " to a 3-2 victory",
/// " ahead to stay".
static SIDE_WON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(won|win|beat|defeated|blanked|edged|routed|downed|rallied|held\s+on|claimed|cruised|topped|whipped|crushed|outlasted|swept|trounced|thrashed|clinched|completed|extended|shut\s+out|ahead\s+to\s+stay|to\s+(an?|their|its)\s+([a-z0-9-]+\s+){0,2}?(win|victory|triumph|sweep))\b")
        .expect("valid regex")
});

/// "Ray Durham and Ozzie Guillen had RBI hits in the second inning as the Chicago White Sox
/// blanked the Brewers", "Kevin Brown scattered seven hits and Kurt Abbott snapped a tie with a
/// two-run double as the Florida Marlins defeated the Reds", "Royce Clayton had a run-scoring
/// single to lift the St. Louis Cardinals to a 3-2 victory": the players whose feats a game
/// report tells play for the side it then says won. Only a feat, no organization and no clause
/// break between, and other people only as coordinated subjects ("A and B", "..., and B").
/// A side that lost is not read: its players may be the winners' opponents.
pub(super) fn feat_before_a_side_s_win(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let person_end = view.placed[index].span.end;
    // (Not the report's dateline, "In Houston , A homered as the Astros won", whatever the
    // place's name was read as.)
    if matches!(text[..view.placed[index].span.start].trim(), "In" | "At") {
        return None;
    }
    let (at, side) = view.placed.iter().enumerate().skip(index + 1).find(|(_, p)| p.kind != EntityType::Person)?;
    if side.kind != EntityType::Organization {
        return None;
    }
    // Each person between opens a coordinated subject.
    let coordinated = view.placed[index + 1..at].iter().all(|p| {
        let before = text[..p.span.start].trim_end();
        before.ends_with(" and") || before.ends_with(',')
    });
    let gap = text[person_end..side.span.start].to_lowercase();
    // (Not an own goal, which counts for the other side.)
    let feat = FEAT.is_match(&gap) && !gap.contains("own goal") && !gap.contains("own-goal");
    let won = SIDE_WON.is_match(&text[side.span.end..].to_lowercase());
    (coordinated && feat && won && !gap.contains([';', ':', '(']) && AS_THE_SIDE.is_match(&gap)).then_some(Found {
        target: side.entity,
        role: Some(Cow::Borrowed("player")),
        confidence: confidence::LISTED,
    })
}

/// Regex text: a squad player's post in parentheses after the name ("( captain )", "(wk)").
const SQUAD_POST: &str = r"^\s*(\(\s*(captain|vice-captain|wicketkeeper|wicket-keeper|goalkeeper|c|wk|capt\.?)\s*\)\s*)?";

/// Between two players of a squad list: a comma or "and", maybe after the first's post
/// (" ( captain ) , ").
static SQUAD_GAP: LazyLock<Regex> = LazyLock::new(|| Regex::new(&[SQUAD_POST, r"(,|and|,\s*and)\s*$"].concat()).expect("valid regex"));

/// After the last player of a squad list: maybe the post, then the end ("( wicketkeeper ) .").
static SQUAD_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(&[SQUAD_POST, r"\.?\s*$"].concat()).expect("valid regex"));

/// Fewest names that make a squad list: fewer may be a results line's or a headline's.
const SQUAD_LEAST: usize = 4;

/// "Pakistan : Aamir Sohail , Saeed Anwar , ... , Saqlain Mushtaq .", "India - Sachin
/// Tendulkar ( captain ) , Anil Kumble , ...": a squad announced as its team's name opening
/// the line, a colon or a dash, then only its players (a post in parentheses may follow one),
/// to the end of the sentence. A country's squad represents it.
pub(super) fn squad_list(view: &SentenceView, index: usize) -> Option<Found> {
    let text = view.text;
    let team = view.placed.first().filter(|p| is_affiliate(p.kind))?;
    if !text[..team.span.start].trim().is_empty() || index == 0 {
        return None;
    }
    let people = &view.placed[1..];
    let opens = matches!(text[team.span.end..people.first()?.span.start].trim(), ":" | "-" | "–");
    let listed = people.iter().all(|p| p.kind == EntityType::Person)
        && people.windows(2).all(|pair| SQUAD_GAP.is_match(&text[pair[0].span.end..pair[1].span.start]));
    let closes = SQUAD_END.is_match(&text[people.last()?.span.end..]);
    let role = if team.kind == EntityType::Country { "representative" } else { "player" };
    (opens && listed && closes && people.len() >= SQUAD_LEAST).then_some(Found {
        target: team.entity,
        role: Some(Cow::Borrowed(role)),
        confidence: confidence::LISTED,
    })
}

/// From a side to the players it is without: ", without injured defenders ", " were without
/// suspended striker ", " will be without " (group `words`: adjectives of absence and the
/// players' roles).
static SIDE_WITHOUT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(,\s*|\s(are|were|is|was|will\s+be|would\s+be)\s+(again\s+|still\s+)?)without\s+(the\s+)?(?P<words>([a-z-]+\s+){0,4})$",
    )
    .expect("valid regex")
});

/// Words that say why a side is without a player: "injured", "suspended".
const ABSENCE: &[&str] = &[
    "injured",
    "suspended",
    "key",
    "influential",
    "regular",
    "first-choice",
    "star",
    "veteran",
    "ill",
    "sick",
    "unfit",
    "cup-tied",
    "and",
];

/// "Ajax, without injured defenders A and B and strikers C and D, stepped up the pace", "Acme
/// were without suspended striker X": the players a side is without are its own. Each person of
/// the list may be led by a role ("and strikers C and D"); the words before the first name are
/// only roles and words of absence (not "without the help of", "without telling").
pub(super) fn players_a_side_is_without(view: &SentenceView, index: usize) -> Option<Found> {
    let first = list_start_where(view, index, |gap| is_list_gap_with_roles(gap) || is_plural_roles_gap(gap));
    let side = view.placed.get(first.checked_sub(1)?).filter(|p| p.kind == EntityType::Organization)?;
    let gap = view.between(side.span.end, view.placed[first].span.start).to_lowercase();
    let captures = SIDE_WITHOUT.captures(&gap)?;
    let names_a_player = captures["words"].split_whitespace().all(|w| ABSENCE.contains(&w) || is_player_s_role(w));
    names_a_player.then_some(Found { target: side.entity, role: Some(Cow::Borrowed("player")), confidence: confidence::LISTED })
}

/// Whether `word` is a role or an occupation, singular or plural ("defender", "strikers";
/// [`is_occupation_word`] reads plurals itself).
fn is_player_s_role(word: &str) -> bool {
    is_occupation_word(word) || is_role_word(word.strip_suffix('s').unwrap_or(word))
}

/// Between two names of a list, a plural role before the second: " and strikers ".
fn is_plural_roles_gap(gap: &str) -> bool {
    let trimmed = gap.trim_end();
    let Some((rest, last)) = trimmed.rsplit_once(char::is_whitespace) else { return false };
    is_player_s_role(last) && is_list_gap(rest)
}
