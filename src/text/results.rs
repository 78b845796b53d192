//! Results lines of sports reports: "8. Martin Brundle ( Britain ) Jordan 1:52.977". A
//! competitor's country in parentheses, then their team, then the result. Linking reads the
//! team as a team even where a country's name spells it; relations tie the competitor to it.

use std::sync::LazyLock;

use regex::Regex;

/// A competitor's country in parentheses at the end of a text: " ( Britain ) ".
static COUNTRY_IN_PARENTHESES: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(\s*\p{Lu}[^()]{1,40}?\s*\)\s*$").expect("valid regex"));

/// After a results line's team: its result (a time, points, a gap, laps), or the line's end.
static RESULT_AFTER_TEAM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*($|\r?\n|[.;]|\d|\+|same\s+time|s\.t\.|at\s+\d|(one|two|three|\d+)\s+laps?\b|all\s+same\s+time)")
        .expect("valid regex")
});

/// Where the country in parentheses that ends `text` opens, if one does.
pub fn country_in_parentheses_at_end(text: &str) -> Option<usize> {
    COUNTRY_IN_PARENTHESES.find(text).map(|found| found.start())
}

/// Whether `text` (what follows a name) opens with a result.
pub fn opens_with_result(text: &str) -> bool {
    RESULT_AFTER_TEAM.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_results_line_s_country_and_result() {
        assert_eq!(country_in_parentheses_at_end("8. Martin Brundle ( Britain ) "), Some(18));
        assert_eq!(country_in_parentheses_at_end("Jane Roe (United States)"), Some(9));
        assert_eq!(country_in_parentheses_at_end("Jane Roe ( born 1950 ) "), None, "no capital: no country");
        assert_eq!(country_in_parentheses_at_end("Jane Roe ( Britain ) said "), None);
        for result in [" 1:52.977", " + 1.2", " 2 laps", " one lap", "", "\n", " same time", " s.t.", " at 2:10"] {
            assert!(opens_with_result(result), "{result:?}");
        }
        for other in [" won the race", " and Acme", " lap record"] {
            assert!(!opens_with_result(other), "{other:?}");
        }
    }
}
