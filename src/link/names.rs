//! Person names: parsing ("Mr. Hans von der Berg's" -> first "hans", surname "von der berg") and the
//! token-by-token similarity that cross-document linking weighs.

use rphonetic::DoubleMetaphone;

/// Honorifics dropped from the front of a name.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "mme", "herr", "frau"];
/// Name suffixes that tell relatives apart.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];
/// Lower-case particles that belong to the surname ("von der Berg", "bin Salman").
const PARTICLES: &[&str] =
    &["von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "ter", "zu"];

/// A parsed person name, folded to lower-case ASCII.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonName {
    /// First given name, when the name has more than a surname.
    pub first: Option<String>,
    /// Middle names or initials.
    pub middle: Vec<String>,
    /// Surname with its particles ("von der berg").
    pub surname: String,
    /// Last token of the surname ("berg").
    pub last: String,
    pub suffix: Option<String>,
}

impl PersonName {
    /// Parses a name; `None` when nothing name-like is left.
    pub fn parse(text: &str) -> Option<Self> {
        let folded = fold(text);
        let mut tokens: Vec<&str> = folded.split(|c: char| c.is_whitespace()).filter(|t| !t.is_empty()).collect();
        while tokens.len() > 1 && HONORIFICS.contains(&tokens[0].trim_end_matches('.')) {
            tokens.remove(0);
        }
        let mut suffix = None;
        if tokens.len() > 1 {
            let last = tokens[tokens.len() - 1].trim_end_matches('.');
            if SUFFIXES.contains(&last) {
                suffix = Some(last.to_string());
                tokens.pop();
            }
        }
        let tokens: Vec<String> = tokens
            .iter()
            .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.').trim_end_matches('.').to_string())
            .filter(|t| !t.is_empty())
            .collect();
        if tokens.is_empty() {
            return None;
        }
        // The surname starts at the first particle after the first token, or is the last token.
        let surname_start = (1..tokens.len()).find(|&i| PARTICLES.contains(&tokens[i].as_str())).unwrap_or(tokens.len() - 1);
        let surname_start = if tokens.len() == 1 { 0 } else { surname_start.max(1) };
        let first = (surname_start > 0).then(|| tokens[0].clone());
        let middle = if surname_start > 1 { tokens[1..surname_start].to_vec() } else { Vec::new() };
        let surname = tokens[surname_start..].join(" ");
        let last = tokens[tokens.len() - 1].clone();
        Some(PersonName { first, middle, surname, last, suffix })
    }

    /// Whether the name has a given name as well as a surname.
    pub fn is_full(&self) -> bool {
        self.first.is_some()
    }
}

pub use crate::text::normalize::fold;

/// The parts of a name comparison, each in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct NameScore {
    /// Given names: 1 equal, 0.8 initial against a name with that initial, else Jaro-Winkler.
    pub first: f64,
    /// Jaro-Winkler of the surnames.
    pub surname: f64,
    /// 1 when the last surname tokens share a Double Metaphone key.
    pub phonetic: f64,
    /// Middle names or suffixes contradict each other (a father and son).
    pub conflict: bool,
}

impl NameScore {
    /// One figure for ranking: given name, surname and sound, weighted.
    pub fn combined(&self) -> f64 {
        0.35 * self.first + 0.5 * self.surname + 0.15 * self.phonetic
    }
}

/// Compares two full names token by token.
pub fn compare(a: &PersonName, b: &PersonName) -> NameScore {
    let first = match (&a.first, &b.first) {
        (Some(x), Some(y)) => given_name_similarity(x, y),
        _ => 0.0,
    };
    let surname = strsim::jaro_winkler(&a.surname, &b.surname);
    let phonetic = if sounds_alike(&a.last, &b.last) { 1.0 } else { 0.0 };
    let middles_differ =
        !a.middle.is_empty() && !b.middle.is_empty() && a.middle.iter().zip(&b.middle).any(|(x, y)| x.chars().next() != y.chars().next());
    let conflict = middles_differ || a.suffix != b.suffix;
    NameScore { first, surname, phonetic, conflict }
}

/// Whether a (folded) given name is an initial: "j" from "J." or "J".
pub(crate) fn is_initial(given: &str) -> bool {
    given.chars().count() == 1
}

fn given_name_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    if (is_initial(a) || is_initial(b)) && a.chars().next() == b.chars().next() {
        return 0.8;
    }
    // A name and its feminine form are two names, not one spelled two ways: Carl / Carla,
    // Paul / Paula, Daniel / Daniela, Jan / Jana.
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() >= 3 && long.strip_prefix(short).is_some_and(|rest| rest == "a" || rest == "e" || rest == "ine") {
        return 0.0;
    }
    strsim::jaro_winkler(a, b)
}

/// Whether two words share a Double Metaphone key (primary or alternate).
pub fn sounds_alike(a: &str, b: &str) -> bool {
    // rphonetic slices its input by bytes and panics inside multi-byte characters (found by
    // fuzzing), so it only ever sees ASCII letters.
    let letters = |s: &str| -> String { deunicode::deunicode(s).chars().filter(char::is_ascii_alphabetic).collect() };
    let (a, b) = (letters(a), letters(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let encoder = DoubleMetaphone::default();
    let (x, y) = (encoder.double_metaphone(&a), encoder.double_metaphone(&b));
    let keys_x = [x.primary(), x.alternate()];
    let keys_y = [y.primary(), y.alternate()];
    keys_x.iter().any(|k| !k.is_empty() && keys_y.contains(k))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feminine_forms_are_other_names() {
        assert_eq!(given_name_similarity("carl", "carla"), 0.0);
        assert_eq!(given_name_similarity("paula", "paul"), 0.0);
        assert!(given_name_similarity("antony", "anthony") > 0.9);
    }

    #[test]
    fn parses_particles_honorifics_and_suffixes() {
        let name = PersonName::parse("Mr. Hans von der Berg Jr.").unwrap();
        assert_eq!(name.first.as_deref(), Some("hans"));
        assert_eq!(name.surname, "von der berg");
        assert_eq!(name.last, "berg");
        assert_eq!(name.suffix.as_deref(), Some("jr"));
        let short = PersonName::parse("Müller's").unwrap();
        assert_eq!((short.first, short.surname.as_str()), (None, "muller"));
    }

    #[test]
    fn spelling_variants_score_high_and_relatives_conflict() {
        let a = PersonName::parse("Jon Smithson").unwrap();
        let b = PersonName::parse("John Smithson").unwrap();
        let score = compare(&a, &b);
        assert!(score.first > 0.9 && score.surname == 1.0 && !score.conflict);
        let father = PersonName::parse("George H. Walker").unwrap();
        let son = PersonName::parse("George W. Walker").unwrap();
        assert!(compare(&father, &son).conflict);
        let senior = PersonName::parse("Carl Mayer").unwrap();
        let junior = PersonName::parse("Carl Mayer Jr.").unwrap();
        assert!(compare(&senior, &junior).conflict);
    }

    #[test]
    fn phonetic_keys_survive_any_text() {
        assert!(sounds_alike("ANTO\u{FFFD}\u{FFFD}NY", "Antony"));
        assert!(!sounds_alike("🙂", "Antony"));
        assert!(sounds_alike("Müller", "Muller"));
    }

    #[test]
    fn different_given_names_score_low() {
        let a = PersonName::parse("Mary Jones").unwrap();
        let b = PersonName::parse("Peter Jones").unwrap();
        assert!(compare(&a, &b).first < 0.6);
    }
}
