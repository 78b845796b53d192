//! Teams named by their city. Sports pages name a team by its city ("PHILADELPHIA 14 12 2",
//! "Chicago beat Boston 3-1"), and a city has a team in each sport: the hockey "Philadelphia"
//! of one article is not the basketball "Philadelphia" of another. An organization mention
//! whose spelling the corpus also uses for a place is read as a team of its article's sport
//! ([`document_sports`]), and teams join across articles only within one sport. In an article
//! with no clear sport it stays an ordinary organization.
//!
//! The sport comes from a short word list per team sport (hand-written: no crate classifies
//! a news article's sport, and these words are what sports reporting uses).
//!
//! Which nickname is which city's team comes from the corpus's full names ("Seattle
//! Mariners") and, for the four North American major leagues, from a table (`teams.tsv`):
//! an article may say only "Brewers" and another only "MILWAUKEE" in a standings table.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use super::tally::{NodeKey, Refusals, Tally};
use crate::ner::mentions::AnalysedDocument;

/// Team sports whose teams are named by their city.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sport {
    IceHockey,
    Basketball,
    Baseball,
    AmericanFootball,
    Football,
    Cricket,
    Rugby,
}

impl Sport {
    const ALL: [Sport; 7] =
        [Sport::IceHockey, Sport::Basketball, Sport::Baseball, Sport::AmericanFootball, Sport::Football, Sport::Cricket, Sport::Rugby];

    /// The sport of a name as [`Sport::name`] spells it.
    fn named(name: &str) -> Option<Sport> {
        Sport::ALL.into_iter().find(|sport| sport.name() == name)
    }

    pub fn name(self) -> &'static str {
        match self {
            Sport::IceHockey => "ice hockey",
            Sport::Basketball => "basketball",
            Sport::Baseball => "baseball",
            Sport::AmericanFootball => "American football",
            Sport::Football => "football",
            Sport::Cricket => "cricket",
            Sport::Rugby => "rugby",
        }
    }
}

/// Competitions between countries' teams that news names the countries for ("Spain beat
/// Japan 3-2"), and whose teams are organizations of their own (Wikipedia's "Spain Fed Cup
/// team"), unlike football's national sides, which are read as their country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TeamCup {
    DavisCup,
    FedCup,
}

impl TeamCup {
    pub fn name(self) -> &'static str {
        match self {
            TeamCup::DavisCup => "Davis Cup",
            TeamCup::FedCup => "Fed Cup",
        }
    }

    /// A country's team in this competition, as an entity label: "Spain Fed Cup team".
    pub fn team_label(self, country: &str) -> String {
        format!("{country} {} team", self.name())
    }
}

/// The names each team cup goes by (lower case).
const TEAM_CUP_NAMES: &[(TeamCup, &[&str])] =
    &[(TeamCup::DavisCup, &["davis cup"]), (TeamCup::FedCup, &["fed cup", "federation cup", "billie jean king cup"])];

/// The team cup an article reports: the only one its text names.
pub fn document_team_cup(document: &AnalysedDocument) -> Option<TeamCup> {
    let named = |names: &[&str]| {
        document.sentences.iter().any(|sentence| {
            let text = sentence.text.to_lowercase();
            names.iter().any(|name| text.contains(name))
        })
    };
    let mut cups = TEAM_CUP_NAMES.iter().filter(|(_, names)| named(names)).map(|(cup, _)| *cup);
    match (cups.next(), cups.next()) {
        (Some(cup), None) => Some(cup),
        _ => None,
    }
}

/// The teams of the North American major leagues (MLB, NBA, NHL, NFL), with the cities and
/// nicknames they have gone by since about 1990. A table, not a crate: no crate lists them,
/// and they are public league facts that change a few times a decade.
const MAJOR_LEAGUE_TEAMS: &str = include_str!("teams.tsv");

/// One major-league team: its sport, its city names (the current first) and its nicknames
/// (its own first), as written; compared with keys case-insensitively.
struct MajorLeagueTeam {
    sport: Sport,
    cities: Vec<&'static str>,
    nicknames: Vec<&'static str>,
}

impl MajorLeagueTeam {
    /// The city name of this team's that a key spells, as written.
    fn city(&self, key: &str) -> Option<&'static str> {
        self.cities.iter().copied().find(|city| city.eq_ignore_ascii_case(key))
    }

    fn goes_by(&self, nickname: &str) -> bool {
        self.nicknames.iter().any(|n| n.eq_ignore_ascii_case(nickname))
    }

    /// Its first nickname as a key: what stands for all of them.
    fn nickname_key(&self) -> String {
        self.nicknames[0].to_lowercase()
    }

    /// Its city names as keys.
    fn city_keys(&self) -> impl Iterator<Item = String> + '_ {
        self.cities.iter().map(|city| city.to_lowercase())
    }

    /// Its full names with a nickname key, as keys ("toronto blue jays").
    fn full_names<'a>(&'a self, nickname: &'a str) -> impl Iterator<Item = String> + 'a {
        self.city_keys().map(move |city| format!("{city} {nickname}"))
    }
}

static TEAM_TABLE: LazyLock<Vec<MajorLeagueTeam>> = LazyLock::new(|| {
    MAJOR_LEAGUE_TEAMS
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [sport, cities, nicknames] = fields[..] else { panic!("teams.tsv: three fields a line: {line:?}") };
            let sport = Sport::named(sport).unwrap_or_else(|| panic!("teams.tsv: unknown sport {sport:?}"));
            MajorLeagueTeam { sport, cities: cities.split('|').collect(), nicknames: nicknames.split('|').collect() }
        })
        .collect()
});

/// The major-league teams of a city key in a sport.
fn teams_of_city(city: &str, sport: Sport) -> impl Iterator<Item = &'static MajorLeagueTeam> + '_ {
    TEAM_TABLE.iter().filter(move |team| team.sport == sport && team.city(city).is_some())
}

/// The major-league teams that go by a nickname key, in any sport.
fn teams_going_by(nickname: &str) -> impl Iterator<Item = &'static MajorLeagueTeam> + '_ {
    TEAM_TABLE.iter().filter(move |team| team.goes_by(nickname))
}

/// The city keys whose major-league team in a sport goes by a nickname key ("angels":
/// "los angeles", "anaheim", "california").
pub fn major_league_cities(nickname: &str, sport: Sport) -> Vec<String> {
    teams_going_by(nickname).filter(|team| team.sport == sport).flat_map(MajorLeagueTeam::city_keys).collect()
}

/// The full names ("chicago white sox", "toronto blue jays") of the major-league teams that go
/// by a nickname key of two words, in any sport, as keys.
pub fn full_names_of_nickname(nickname: &str) -> Vec<String> {
    if nickname.split(' ').count() != 2 {
        return Vec::new();
    }
    teams_going_by(nickname).flat_map(|team| team.full_names(nickname)).collect()
}

/// A city key's major-league teams in a sport, each by its first nickname key.
pub fn major_league_teams(city: &str, sport: Sport) -> BTreeSet<String> {
    teams_of_city(city, sport).map(MajorLeagueTeam::nickname_key).collect()
}

/// The sports in which the major-league table pairs a city key and a nickname key ("toronto"
/// and "blue jays": baseball).
pub fn sports_of_team(city: &str, nickname: &str) -> BTreeSet<Sport> {
    TEAM_TABLE.iter().filter(|team| team.city(city).is_some() && team.goes_by(nickname)).map(|team| team.sport).collect()
}

/// The sport and full-name keys of the one major-league team that goes by a nickname key, in
/// any sport ("dolphins": American football, "miami dolphins"); none where two teams share it
/// ("giants").
pub fn one_team_going_by(nickname: &str) -> Option<(Sport, Vec<String>)> {
    let mut teams = teams_going_by(nickname);
    match (teams.next(), teams.next()) {
        (Some(team), None) => Some((team.sport, team.full_names(nickname).collect())),
        _ => None,
    }
}

/// Whether the major-league table pairs a city key and a nickname key in a sport.
pub fn is_major_league_team(city: &str, nickname: &str, sport: Sport) -> bool {
    teams_of_city(city, sport).any(|team| team.goes_by(nickname))
}

/// The nickname that stands for all of a team's: the table's first for a major-league team
/// ("indians" of Cleveland is "guardians"), any other as it is. Counting a city's teams
/// counts these.
pub fn team_nickname(city: &str, nickname: &str, sport: Sport) -> String {
    teams_of_city(city, sport).find(|team| team.goes_by(nickname)).map_or_else(|| nickname.to_string(), MajorLeagueTeam::nickname_key)
}

/// Whether a city key and a nickname key may name a team of a sport: any pair, unless the city
/// is a major-league city of that sport, whose teams are the table's ("Milwaukee County" in a
/// baseball report is no second Milwaukee team).
pub fn may_be_team(city: &str, nickname: &str, sport: Sport) -> bool {
    !is_major_league_city(city, sport) || is_major_league_team(city, nickname, sport)
}

/// Whether the major-league table has a team of a city key in a sport: for such a city the
/// table, not the corpus, says which nicknames are its teams ("Milwaukee County" in a baseball
/// report is no second Milwaukee team).
pub fn is_major_league_city(city: &str, sport: Sport) -> bool {
    teams_of_city(city, sport).next().is_some()
}

/// Whether a city key has a major-league team in any sport ("st louis", "kansas city").
pub fn has_major_league_team(city: &str) -> bool {
    // Written with or without the dot: "St Louis".
    let undotted = |name: &str| name.replace('.', "");
    TEAM_TABLE.iter().any(|team| team.cities.iter().any(|name| undotted(name).eq_ignore_ascii_case(&undotted(city))))
}

/// The full name of a city's one major-league team in a sport ("Milwaukee Brewers" for
/// "milwaukee" in baseball, "California Angels" for "california"), with the nickname its
/// spellings use most ("Cleveland Indians" where the articles say "Indians"): none where the
/// city has two teams in the sport (New York's baseball teams) or none in the table.
pub fn major_league_label(city: &str, sport: Sport, spellings: &[(String, usize)]) -> Option<String> {
    let mut of_city = teams_of_city(city, sport);
    let team = match (of_city.next(), of_city.next()) {
        (Some(only), None) => only,
        _ => return None,
    };
    let written = team.city(city)?;
    let uses = |nickname: &str| -> usize {
        let nickname = nickname.to_lowercase();
        spellings.iter().filter(|(text, _)| text.to_lowercase().ends_with(&nickname)).map(|(_, count)| count).sum()
    };
    // The first of the most used (max_by_key keeps the last of equals, so reversed).
    let nickname = team.nicknames.iter().rev().max_by_key(|nickname| uses(nickname)).unwrap_or(&team.nicknames[0]);
    Some(format!("{written} {nickname}"))
}

/// Words that say which sport an article reports (lower case, whole words).
const SPORT_WORDS: &[(Sport, &[&str])] = &[
    (Sport::IceHockey, &["hockey", "nhl", "puck", "goaltender", "power-play"]),
    (Sport::Basketball, &["basketball", "nba", "rebounds", "three-pointer", "three-pointers", "slam-dunk"]),
    // (Not "RBI", which is also the Reserve Bank of India.)
    (Sport::Baseball, &["baseball", "homer", "homered", "homers", "pitcher", "inning", "shortstop", "bullpen"]),
    (Sport::AmericanFootball, &["nfl", "touchdown", "touchdowns", "quarterback", "quarterbacks", "linebacker"]),
    (Sport::Football, &["soccer", "football", "goalkeeper", "midfielder", "uefa", "fifa"]),
    (Sport::Cricket, &["cricket", "wicket", "wickets", "batsman", "bowler", "bowled"]),
    (Sport::Rugby, &["rugby", "scrum", "fly-half", "lineout"]),
];

/// Abbreviations of a sport's statistics that read like names ("four RBI", "a 3.20 ERA"):
/// in that sport's reports they are no organization (not the Reserve Bank of India).
const STATISTICS: &[(Sport, &[&str])] = &[(Sport::Baseball, &["rbi", "rbis", "era"])];

/// Whether a mention's comparison key is a statistic of the sport an article reports.
pub fn is_statistic(key: &str, sport: Sport) -> bool {
    STATISTICS.iter().any(|(s, words)| *s == sport && words.contains(&key))
}

/// The least number of sport words that makes an article a sports report.
const MIN_SPORT_WORDS: usize = 2;

/// What an article's sport words say: the sport it reports, and the sport it leans to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DocumentSports {
    /// The sport with the most words, at least [`MIN_SPORT_WORDS`] and more than any other.
    pub report: Option<Sport>,
    /// The same with one word enough ("SOCCER - ... Manchester United ..."): too weak to make
    /// a city a team, enough to tell which sport's team a team's own name is.
    pub hint: Option<Sport>,
}

/// Reads an article's sport words once ([`DocumentSports`]).
pub fn document_sports(document: &AnalysedDocument) -> DocumentSports {
    let mut counts: BTreeMap<Sport, usize> = BTreeMap::new();
    for sentence in &document.sentences {
        for word in sentence.text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
            if word.is_empty() || word.len() > 14 {
                continue;
            }
            let word = word.to_lowercase();
            for (sport, words) in SPORT_WORDS {
                if words.contains(&word.as_str()) {
                    *counts.entry(*sport).or_default() += 1;
                }
            }
        }
    }
    let mut ranked: Vec<(usize, Sport)> = counts.into_iter().map(|(sport, count)| (count, sport)).collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let leading = |least: usize| match ranked[..] {
        [(top, sport), (second, _), ..] if top >= least && top > second => Some(sport),
        [(top, sport)] if top >= least => Some(sport),
        _ => None,
    };
    DocumentSports { report: leading(MIN_SPORT_WORDS), hint: leading(1) }
}

/// The exact-spelling joins refused between teams of one city in different sports, one
/// refusal per team node naming the others.
pub(super) fn refusals(tallies: &BTreeMap<NodeKey, Tally>) -> Refusals {
    let mut by_place: BTreeMap<&str, Vec<(&NodeKey, Sport, String)>> = BTreeMap::new();
    for (key, tally) in tallies {
        if let NodeKey::Team(place, sport) = key {
            let spelling = tally.sorted_variants().into_iter().next().map(|(text, _)| text).unwrap_or_default();
            by_place.entry(place).or_default().push((key, *sport, spelling));
        }
    }
    let mut refusals = Refusals::default();
    for teams in by_place.values().filter(|teams| teams.len() > 1) {
        for (key, sport, spelling) in teams {
            let others = teams.iter().filter(|(other, ..)| other != key);
            let candidates = others.map(|(other, other_sport, text)| ((*other).clone(), format!("{text} ({})", other_sport.name())));
            refusals.add(key, spelling, "same-name", candidates, || {
                format!("a team named by its city is one team per sport, and this article reports {}", sport.name())
            });
        }
    }
    refusals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::mentions::SentenceText;
    use crate::text::Span;

    fn sport_of(document: &AnalysedDocument) -> Option<Sport> {
        document_sports(document).report
    }

    fn article(lines: &[&str]) -> AnalysedDocument {
        let mut start = 0;
        let sentences = lines
            .iter()
            .enumerate()
            .map(|(index, text)| {
                let sentence = SentenceText { index, span: Span::new(start, start + text.len()), text: text.to_string() };
                start += text.len() + 1;
                sentence
            })
            .collect();
        AnalysedDocument { path: "a.txt".into(), sentences, mentions: Vec::new(), untagged: Vec::new() }
    }

    #[test]
    fn an_article_reports_the_sport_its_words_name() {
        let hockey = article(&["NHL ICE HOCKEY - STANDINGS AFTER THURSDAY'S GAMES.", "PHILADELPHIA 14 12 2 75 75 30"]);
        assert_eq!(sport_of(&hockey), Some(Sport::IceHockey));
        let basketball = article(&["NBA BASKETBALL - STANDINGS.", "Chicago beat Boston with 14 rebounds from Rodman."]);
        assert_eq!(sport_of(&basketball), Some(Sport::Basketball));
        let cricket = article(&["Cricket: Akram took four wickets as Pakistan won."]);
        assert_eq!(sport_of(&cricket), Some(Sport::Cricket));
        let one_word = document_sports(&article(&["SOCCER - Manchester United face Juventus."]));
        assert_eq!(one_word, DocumentSports { report: None, hint: Some(Sport::Football) });
    }

    #[test]
    fn an_article_names_its_team_cup() {
        let fed = article(&["TENNIS - DRAW FOR 1997 FED CUP.", "Spain at Belgium"]);
        assert_eq!(document_team_cup(&fed), Some(TeamCup::FedCup));
        assert_eq!(TeamCup::FedCup.team_label("Spain"), "Spain Fed Cup team");
        let davis = article(&["Croatia lead Australia 2-1 in their Davis Cup tie."]);
        assert_eq!(document_team_cup(&davis), Some(TeamCup::DavisCup));
        // None, or both (a profile of a player of both): no cup to give countries to.
        assert_eq!(document_team_cup(&article(&["Spain won the World Cup."])), None);
        assert_eq!(document_team_cup(&article(&["She won the Fed Cup; he the Davis Cup."])), None);
    }

    #[test]
    fn a_statistic_is_its_sport_s() {
        assert!(is_statistic("rbi", Sport::Baseball));
        assert!(!is_statistic("rbi", Sport::Cricket));
        assert!(!is_statistic("nba", Sport::Basketball));
        // "RBI" alone does not make an article about the Reserve Bank of India a baseball report.
        assert_eq!(sport_of(&article(&["India RBI chief sees cut in rates.", "The RBI said on Thursday."])), None);
    }

    #[test]
    fn an_article_without_a_clear_sport_has_none() {
        // No sport words; one passing word; a tie.
        assert_eq!(sport_of(&article(&["Chicago traders bought soybeans as Boston banks lent more."])), None);
        assert_eq!(sport_of(&article(&["The mayor of Chicago, a football fan, cut taxes."])), None);
        assert_eq!(sport_of(&article(&["Basketball and hockey arenas: the NBA and the NHL share one."])), None);
    }
}
