//! The one list of abbreviations that keep their period: a word splitter keeps "Mr." whole, and
//! the sentence splitter does not end a sentence after it.

/// Titles and other abbreviations, lower case, without their period.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "st", "jr", "sr", "lt", "col", "capt", "sgt", "maj", "adm", "cmdr", "mt",
    "ft", "vs", "etc", "inc", "corp", "ltd", "co", "no", "nos", "vol", "fig", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "hon", "pres", "supt", "messrs", "mme", "mlle", "e.g", "i.e", "cf", "al",
    "ave", "blvd", "rd",
    // In dates: "c." / "ca." (circa), "fl." (floruit), "b." / "d." (born, died): "(born c. 1980)",
    // "Velislav the Canon (d. 1367)".
    "c", "ca", "fl", "b", "d",
    // A court case's "v." ("Edwards v. Aguillard"), "Warner Bros. Records".
    "v", "bros",
];

/// Whether `stem` (a word without its final period, any case) is a known abbreviation.
pub fn is_abbreviation(stem: &str) -> bool {
    let lower = stem.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_latin_abbreviations() {
        assert!(is_abbreviation("Mr") && is_abbreviation("GEN") && is_abbreviation("e.g"));
        assert!(is_abbreviation("c") && is_abbreviation("ca"), "circa");
        assert!(is_abbreviation("d") && is_abbreviation("v") && is_abbreviation("Bros"), "died, versus, brothers");
        assert!(!is_abbreviation("end") && !is_abbreviation(""));
    }
}
