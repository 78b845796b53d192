//! Teams named by their city. Sports pages name a team by its city ("PHILADELPHIA 14 12 2",
//! "Chicago beat Boston 3-1"), and a city has a team in each sport: the hockey "Philadelphia"
//! of one article is not the basketball "Philadelphia" of another. An organization mention
//! whose spelling the corpus also uses for a place is read as a team of its article's sport
//! ([`document_sports`]), and teams join across articles only within one sport. In an article
//! with no clear sport it stays an ordinary organization.
//!
//! The sport comes from a short word list per team sport (hand-written: no crate classifies
//! a news article's sport, and these words are what sports reporting uses).

use std::collections::BTreeMap;

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

/// Words that say which sport an article reports (lower case, whole words).
const SPORT_WORDS: &[(Sport, &[&str])] = &[
    (Sport::IceHockey, &["hockey", "nhl", "puck", "goaltender", "power-play"]),
    (Sport::Basketball, &["basketball", "nba", "rebounds", "three-pointer", "three-pointers", "slam-dunk"]),
    (Sport::Baseball, &["baseball", "homer", "homered", "homers", "pitcher", "rbi", "inning", "shortstop", "bullpen"]),
    (Sport::AmericanFootball, &["nfl", "touchdown", "touchdowns", "quarterback", "quarterbacks", "linebacker"]),
    (Sport::Football, &["soccer", "football", "goalkeeper", "midfielder", "uefa", "fifa"]),
    (Sport::Cricket, &["cricket", "wicket", "wickets", "batsman", "bowler", "bowled"]),
    (Sport::Rugby, &["rugby", "scrum", "fly-half", "lineout"]),
];

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
    fn an_article_without_a_clear_sport_has_none() {
        // No sport words; one passing word; a tie.
        assert_eq!(sport_of(&article(&["Chicago traders bought soybeans as Boston banks lent more."])), None);
        assert_eq!(sport_of(&article(&["The mayor of Chicago, a football fan, cut taxes."])), None);
        assert_eq!(sport_of(&article(&["Basketball and hockey arenas: the NBA and the NHL share one."])), None);
    }
}
