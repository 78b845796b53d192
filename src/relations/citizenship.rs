//! Citizenship through a country's own bodies: who serves in a country's armed forces, sits in
//! its legislature or government, or belongs to one of its parties is that country's citizen.
//!
//! "Halleck was a general in the United States Army", "Swinford is a member of the Texas House
//! of Representatives": the patterns give the person the organization and the organization its
//! country; this family gives the person the country, in the sentence that states the
//! membership. It is an inference, not a statement, so it is drawn only where the document
//! states no country of the person's own, the body has one base there, and the person would get
//! one country from it; its confidence is the membership's times [`THROUGH_STATE_BODY`].
//! A national team's players too (not its coach, who may be foreign); not a body of several
//! countries.

use std::sync::LazyLock;

use regex::Regex;

/// What an inferred citizenship keeps of the membership's confidence.
pub const THROUGH_STATE_BODY: f64 = 0.8;

/// A country's armed forces, legislature, government or party, by the words of its name.
static STATE_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\b(army|navy|air force|marine corps|marines|coast guard|national guard|armed forces|",
        r"parliament|senate|congress|house of (representatives|commons|lords|delegates|burgesses)|",
        r"legislative assembly|national assembly|state assembly|general assembly|legislature|legislative council|",
        r"government|cabinet|ministry|party|",
        r"bundestag|reichstag|duma|knesset|sejm|riksdag|storting|folketing|lok sabha|rajya sabha|dáil)\b"
    ))
    .expect("valid regex")
});

/// Bodies of several countries, whose members are of any of them ("the European Parliament",
/// "the United Nations General Assembly", "the Party of European Socialists").
static SEVERAL_COUNTRIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(united nations|european|international|world|nato|african union|commonwealth|allied|coalition|union of)\b")
        .expect("valid regex")
});

/// Whether a member of the organization named `name`, in `role`, is its country's citizen: a
/// state body's member, or a national team's player.
pub fn makes_its_member_a_citizen(name: &str, role: Option<&str>) -> bool {
    is_state_body(name) || (is_national_team(name) && is_players_role(role))
}

/// Whether an organization's name (any case) names a country's national team ("Ghana national
/// football team", "the England national side"), whose players are its citizens (its coach may
/// not be: see [`is_players_role`]).
fn is_national_team(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.contains("national")
        && ["team", "football", "squad", "side", "eleven"].iter().any(|w| lower.split_whitespace().any(|word| word == *w))
}

/// The roles a national team's member plays for it: a player's, not a coach's or an official's.
fn is_players_role(role: Option<&str>) -> bool {
    matches!(
        role,
        Some(
            "player"
                | "representative"
                | "captain"
                | "member"
                | "international"
                | "goalkeeper"
                | "striker"
                | "forward"
                | "defender"
                | "midfielder"
        )
    )
}

/// Whether an organization's name (any case) names one country's armed forces, legislature,
/// government or party.
pub fn is_state_body(name: &str) -> bool {
    let lower = name.to_lowercase();
    STATE_BODY.is_match(&lower) && !SEVERAL_COUNTRIES.is_match(&lower) && !lower.contains("national team")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_s_forces_legislature_government_and_parties_are_state_bodies() {
        for name in [
            "United States Army",
            "Royal Navy",
            "United States Marine Corps",
            "Texas House of Representatives",
            "Parliament of Finland",
            "Lok Sabha",
            "Democratic Party",
            "Government of India",
            "Soviet Navy",
            "Bundestag",
        ] {
            assert!(is_state_body(name), "{name}");
        }
    }

    #[test]
    fn a_national_team_s_players_are_its_country_s() {
        assert!(is_national_team("Ghana national football team") && is_national_team("England national side"));
        assert!(!is_national_team("Ghana Football Association") && !is_national_team("National Gallery"));
        assert!(is_players_role(Some("player")) && is_players_role(Some("captain")));
        assert!(!is_players_role(Some("coach")) && !is_players_role(Some("manager")) && !is_players_role(None));
    }

    #[test]
    fn other_organizations_and_bodies_of_several_countries_are_not() {
        for name in [
            "Acme Corporation",
            "Harvard University",
            "Romania national football team",
            "European Parliament",
            "United Nations General Assembly",
            "House of Hanover",
            "Party of European Socialists",
            "Celtic",
            "NATO",
        ] {
            assert!(!is_state_body(name), "{name}");
        }
    }
}
