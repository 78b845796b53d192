//! Person names: parsing ("Mr. Hans von der Berg's" -> first "hans", surname "von der berg") and the
//! token-by-token similarity that cross-document linking weighs.

use rphonetic::DoubleMetaphone;

/// Honorifics dropped from the front of a name.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "mme", "herr", "frau"];
/// Post-nominal letters (British and Commonwealth honours, degrees, offices) that may end a
/// person's name as written: "Oliver Longley CBE MC". Read only in capitals.
const POST_NOMINALS: &[&str] = &[
    "VC", "GC", "KG", "KT", "OM", "CH", "GCB", "KCB", "CB", "GBE", "KBE", "DBE", "CBE", "OBE", "MBE", "BEM", "DSO", "MC", "DFC", "AFC",
    "DSC", "MM", "QPM", "FRS", "FRSE", "FBA", "FRCP", "FRCS", "RA", "QC", "KC", "MP", "MEP", "MSP", "PC", "PhD", "DPhil", "ADC",
];

/// Whether `text` is a title of address alone ("Lord", "Mr."): the NER model cut the name
/// off it, and it names nobody.
pub fn is_honorific_alone(text: &str) -> bool {
    let word = fold(text.trim()).to_lowercase();
    // An abbreviated rank as written ("Lt.", "Sgt"): the model tags it a person before a name.
    // A monarch's or pope's title ("Queen" beside "Elizabeth II", where the model split them).
    let title = TITLES_THAT_NAME_NOBODY.contains(&word.as_str());
    HONORIFICS.contains(&word.trim_end_matches('.')) || title || crate::text::roles::is_honorific_abbreviation(text.trim())
}

/// Whether `text` is post-nominal letters alone ("DSO", "CBE MC"): no person's name.
pub fn is_post_nominals(text: &str) -> bool {
    let mut words = text.split([' ', ',']).filter(|w| !w.is_empty()).peekable();
    words.peek().is_some() && words.all(|w| POST_NOMINALS.contains(&w.trim_end_matches('.')))
}

/// `text` without the post-nominal letters that end it ("Oliver Longley CBE MC" -> "Oliver
/// Longley"); two words stay at least.
pub fn without_post_nominals(text: &str) -> &str {
    let mut text = text.trim_end();
    loop {
        let Some((rest, last)) = text.rsplit_once([' ', ',']) else { return text };
        let rest = rest.trim_end_matches([' ', ',']);
        if !POST_NOMINALS.contains(&last.trim_end_matches('.')) || rest.split_whitespace().count() < 2 {
            return text;
        }
        text = rest;
    }
}

/// `text` without a lower-case word after its capitalised name: a span the NER model ran on
/// into the next word ("Leon Czolgosz croons"). Not a particle or a word that cut an epithet
/// ("Alexander the", "Saint Malo of": the name is unfinished, not over), and not after a hyphen
/// or a lower-case word ("Lee Hyo - ri", "Léon la lune" are whole names).
fn without_trailing_lower_case(text: &str) -> &str {
    const CUT_WORDS: &[&str] = &["the", "of", "and", "y", "e", "i"];
    let text = text.trim_end();
    let Some((rest, last)) = text.rsplit_once(char::is_whitespace) else { return text };
    let rest = rest.trim_end();
    let plain_lower = last.chars().all(|c| c.is_alphabetic() && c.is_lowercase());
    let after_capital = rest.rsplit(char::is_whitespace).next().and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
    if plain_lower && after_capital && !PARTICLES.contains(&last) && !CUT_WORDS.contains(&last) {
        rest
    } else {
        text
    }
}

/// Particles that join a given name to the rest of an Arabic or South Asian name written as
/// one word ("Inzamam-ul-Haq", "Shams-ud-Din", "Abd-al-Rahman").
const JOINING_PARTICLES: &[&str] = &["ul", "ud", "ur", "us", "al", "el", "ad", "ar", "as", "az", "bin", "ibn"];

/// One word that is a whole name: a given name, a particle and the rest, joined by hyphens
/// ("inzamam-ul-haq" -> "inzamam", "ul-haq"). Such a name is a full name, not a bare surname.
fn joined_by_particle(word: &str) -> Option<(String, String)> {
    let (given, rest) = word.split_once('-')?;
    let (particle, after) = rest.split_once('-')?;
    (!given.is_empty() && !after.is_empty() && JOINING_PARTICLES.contains(&particle)).then(|| (given.to_string(), rest.to_string()))
}

/// A monarch's or pope's name written as one given name and a Roman number in capitals
/// ("Alexander III", "Louis XIV", "Benedict XVI"): (given name, number). A single letter is not
/// taken ("Jerzy L." is an initial), nor a name in capitals throughout ("JET LI").
fn regnal_name(text: &str) -> Option<(&str, &str)> {
    let mut words = text.split_whitespace();
    let (Some(given), Some(numeral), None) = (words.next(), words.next(), words.next()) else { return None };
    let is_numeral = numeral.len() >= 2 && numeral.bytes().all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'));
    let given_is_a_word = given.chars().next().is_some_and(char::is_uppercase) && given.chars().skip(1).any(char::is_lowercase);
    (is_numeral && given_is_a_word).then_some((given, numeral))
}

/// Titles written before a monarch's or pope's name and number that alone name nobody.
const TITLES_THAT_NAME_NOBODY: &[&str] = &["pope", "queen", "emperor", "empress", "tsar", "czar", "sultan"];

/// Titles written before a monarch's or pope's name and number that alone may be a name:
/// Stephen King, the singer Prince.
const TITLES_THAT_ARE_NAMES: &[&str] = &["king", "prince", "princess", "saint"];

/// Whether a folded word is a title written before a monarch's or pope's name and number.
fn is_regnal_title(word: &str) -> bool {
    TITLES_THAT_NAME_NOBODY.contains(&word) || TITLES_THAT_ARE_NAMES.contains(&word)
}

/// Name suffixes that tell relatives apart.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];
use crate::text::normalize::SURNAME_PARTICLES as PARTICLES;

/// Whether a folded word is a surname particle ("van", "de", "di").
pub fn is_surname_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// Particles that open a surname said without the given name ("Di Maria", "de la Cruz", "Van
/// der Berg"). Not "al", "el", "van" or "del" alone: "Al Gore", "Van Morrison", "Del Piero"
/// open with a given name.
const SURNAME_OPENERS: &[&str] =
    &["von", "der", "den", "de", "della", "di", "da", "du", "la", "le", "bin", "ibn", "dos", "das", "ter", "zu"];

/// Common English given names and their nicknames (folded), both ways: "Bob" is "Robert".
/// Hand-written because no maintained crate carries such a table; it is data, not a rule
/// fitted to any corpus.
const NICKNAMES: &[(&str, &[&str])] = &[
    ("robert", &["bob", "bobby", "rob", "robbie", "bert"]),
    ("william", &["bill", "billy", "will", "willie", "liam"]),
    ("richard", &["dick", "rick", "ricky", "rich", "richie"]),
    ("james", &["jim", "jimmy", "jamie"]),
    ("john", &["jack", "johnny"]),
    ("joseph", &["joe", "joey"]),
    ("thomas", &["tom", "tommy"]),
    ("charles", &["charlie", "chuck", "chas"]),
    ("edward", &["ed", "eddie", "ted", "teddy", "ned"]),
    ("michael", &["mike", "mikey", "mick", "mickey"]),
    ("david", &["dave", "davy"]),
    ("daniel", &["dan", "danny"]),
    ("anthony", &["tony"]),
    ("antony", &["tony"]),
    ("christopher", &["chris", "kit"]),
    ("nicholas", &["nick", "nicky"]),
    ("stephen", &["steve", "stevie"]),
    ("steven", &["steve", "stevie"]),
    ("benjamin", &["ben", "benny"]),
    ("samuel", &["sam", "sammy"]),
    ("alexander", &["alex", "sandy", "sasha"]),
    ("andrew", &["andy", "drew"]),
    ("matthew", &["matt"]),
    ("patrick", &["pat", "paddy"]),
    ("peter", &["pete"]),
    ("gerald", &["gerry", "jerry"]),
    ("jeffrey", &["jeff"]),
    ("kenneth", &["ken", "kenny"]),
    ("lawrence", &["larry"]),
    ("leonard", &["len", "lenny", "leo"]),
    ("ronald", &["ron", "ronnie"]),
    ("donald", &["don", "donnie"]),
    ("timothy", &["tim", "timmy"]),
    ("gregory", &["greg"]),
    ("frederick", &["fred", "freddie"]),
    ("harold", &["harry", "hal"]),
    ("henry", &["harry", "hank"]),
    ("vincent", &["vince", "vinnie"]),
    ("philip", &["phil"]),
    ("phillip", &["phil"]),
    ("douglas", &["doug"]),
    ("raymond", &["ray"]),
    ("walter", &["walt", "wally"]),
    ("zachary", &["zach", "zack"]),
    ("nathaniel", &["nate", "nat"]),
    ("nathan", &["nate"]),
    ("elizabeth", &["liz", "lizzie", "beth", "betty", "betsy", "eliza", "libby"]),
    ("margaret", &["maggie", "meg", "peggy", "marge", "margie", "greta"]),
    ("katherine", &["kate", "katie", "kathy", "kat", "kitty"]),
    ("catherine", &["cathy", "kate", "katie", "cat"]),
    ("jennifer", &["jen", "jenny"]),
    ("susan", &["sue", "susie", "suzy"]),
    ("deborah", &["deb", "debbie"]),
    ("patricia", &["pat", "patty", "trish", "tricia"]),
    ("rebecca", &["becky", "becca"]),
    ("jessica", &["jess", "jessie"]),
    ("victoria", &["vicky", "tori"]),
    ("christine", &["chris", "chrissie", "tina"]),
    ("christina", &["chris", "tina"]),
    ("barbara", &["barb", "babs"]),
    ("dorothy", &["dot", "dottie"]),
    ("abigail", &["abby"]),
    ("alexandra", &["alex", "sandra", "sasha"]),
    ("samantha", &["sam"]),
    ("theodore", &["ted", "teddy", "theo"]),
    ("albert", &["al", "bert"]),
    ("alfred", &["al", "alf", "fred"]),
    ("eugene", &["gene"]),
    ("francis", &["frank"]),
    ("franklin", &["frank"]),
    ("maurice", &["mo", "maury"]),
    ("morris", &["mo", "morrie"]),
    ("joshua", &["josh"]),
    ("jonathan", &["jon", "jonny"]),
    ("jacob", &["jake"]),
    ("louis", &["lou"]),
    ("lewis", &["lew", "lou"]),
    ("arnold", &["arnie"]),
    ("bernard", &["bernie"]),
    ("gabriel", &["gabe"]),
    ("mitchell", &["mitch"]),
    ("oliver", &["ollie"]),
    ("randolph", &["randy"]),
    ("randall", &["randy"]),
    ("reginald", &["reggie", "reg"]),
    ("rodney", &["rod"]),
    ("russell", &["russ"]),
    ("terence", &["terry"]),
    ("terrence", &["terry"]),
    ("wesley", &["wes"]),
    ("dominic", &["dom"]),
    ("clifford", &["cliff"]),
    ("dennis", &["denny"]),
    ("herbert", &["herb", "herbie"]),
    ("howard", &["howie"]),
    ("norman", &["norm"]),
    ("stanley", &["stan"]),
    ("sidney", &["sid"]),
    ("montgomery", &["monty"]),
    ("archibald", &["archie"]),
    ("augustus", &["gus"]),
    ("mary", &["molly", "polly"]),
    ("judith", &["judy"]),
    ("pamela", &["pam"]),
    ("penelope", &["penny"]),
    ("stephanie", &["steph"]),
    ("theresa", &["terri", "tess"]),
    ("virginia", &["ginny"]),
    ("cynthia", &["cindy"]),
    ("jacqueline", &["jackie"]),
    ("eleanor", &["ellie", "nell"]),
    ("melissa", &["missy"]),
];

/// Whether two folded given names are one name and its nickname ("robert" / "bob").
pub fn is_nickname_of(a: &str, b: &str) -> bool {
    NICKNAMES.iter().any(|(formal, short)| (*formal == a && short.contains(&b)) || (*formal == b && short.contains(&a)))
}

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
        let mut text = without_trailing_lower_case(without_post_nominals(text));
        // "Gen. Petraeus", "Sen. John McCain": an abbreviated rank the model took into the span
        // is no part of the name (written with its capital, so "gen." is no rank).
        while let Some((_, rest)) = text.split_once(' ').filter(|(rank, _)| crate::text::roles::is_honorific_abbreviation(rank)) {
            text = rest.trim_start();
        }
        // "Pope Benedict XVI", "King Henry VIII": the title does not change whose name it is.
        let after_title = text.split_once(' ').filter(|(title, _)| is_regnal_title(&fold(title))).map(|(_, rest)| rest);
        if let Some((given, numeral)) = regnal_name(text).or_else(|| after_title.and_then(regnal_name)) {
            // "Alexander III": a monarch's given name and number, no surname. The number
            // stands in the surname's place and is a suffix too, so "Robert II" and "Robert
            // III" are relatives, and a bare "Alexander" or "Henry" is nobody's surname here.
            let (given, numeral) = (fold(given), fold(numeral).to_lowercase());
            let suffix = Some(numeral.clone());
            return Some(PersonName { first: Some(given), middle: Vec::new(), surname: numeral.clone(), last: numeral, suffix });
        }
        // Tokenized text sets a hyphen apart: "Yann - Antony" is one given name.
        let folded = fold(text).replace(" - ", "-");
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
        if let [word] = tokens.as_slice() {
            if let Some((given, surname)) = joined_by_particle(word) {
                return Some(PersonName { first: Some(given), middle: Vec::new(), surname: surname.clone(), last: surname, suffix });
            }
        }
        // The surname starts at the first particle after the first token, or is the last token.
        let surname_start = (1..tokens.len()).find(|&i| PARTICLES.contains(&tokens[i].as_str())).unwrap_or(tokens.len() - 1);
        // "Di Maria", "de la Cruz": a surname said without the given name.
        let bare_with_particle = SURNAME_OPENERS.contains(&tokens[0].as_str());
        let surname_start = if tokens.len() == 1 || bare_with_particle { 0 } else { surname_start.max(1) };
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
    /// The given names agree only because one name's given name is the other's middle name
    /// ("Robert Smith" / "John Robert Smith"), which only one article can vouch for.
    pub middle_as_given: bool,
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
    // "Robert Smith" / "John Robert Smith", "J. Robert Smith": a person known by the middle name.
    // Any middle name: "Suu Kyi" / "Aung San Suu Kyi".
    let known_by_middle =
        |x: &PersonName, y: &PersonName| x.middle.is_empty() && x.first.as_ref().is_some_and(|first| y.middle.contains(first));
    let middle_as_given = first < MIDDLE_AS_GIVEN && (known_by_middle(a, b) || known_by_middle(b, a));
    let first = if middle_as_given { MIDDLE_AS_GIVEN } else { first };
    let surname = strsim::jaro_winkler(&a.surname, &b.surname);
    let phonetic = if sounds_alike(&a.last, &b.last) { 1.0 } else { 0.0 };
    let middles_differ =
        !a.middle.is_empty() && !b.middle.is_empty() && a.middle.iter().zip(&b.middle).any(|(x, y)| x.chars().next() != y.chars().next());
    let conflict = middles_differ || a.suffix != b.suffix;
    NameScore { first, surname, phonetic, conflict, middle_as_given }
}

/// The given-name score of an initial against a name with that initial ("J." / "John").
pub const INITIAL_OF_GIVEN_NAME: f64 = 0.8;

/// The given-name score of a person known by the middle name: just what a join needs.
const MIDDLE_AS_GIVEN: f64 = 0.85;

/// Whether two full names' given names could be one person's: the same initial, a nickname
/// ("Bob" / "Robert"), or one name's given name the other's middle name. Linking compares
/// only such pairs.
pub fn given_names_may_agree(a: &PersonName, b: &PersonName) -> bool {
    let (Some(x), Some(y)) = (&a.first, &b.first) else { return a.first.is_none() && b.first.is_none() };
    x.chars().next() == y.chars().next() || is_nickname_of(x, y) || a.middle.contains(y) || b.middle.contains(x)
}

/// Whether one name is the other's last words: its given name is the other's last middle name
/// ("Robert Smith" / "J. Robert Smith", "Suu Kyi" / "Aung San Suu Kyi"). A person known by the
/// name just before the surname is the common case of going by a middle name.
pub fn is_trailing_part_of(a: &PersonName, b: &PersonName) -> bool {
    let trailing = |x: &PersonName, y: &PersonName| x.middle.is_empty() && x.first.is_some() && y.middle.last() == x.first.as_ref();
    a.surname == b.surname && (trailing(a, b) || trailing(b, a))
}

/// Whether two full names carry two different given names: neither an initial, not equal, no
/// nickname of the other, spelled less alike than transliterations are (Jaro-Winkler under
/// 0.9) and not sounding alike: "Robert" / "Roger", not "Antony" / "Anthony" or "Muhammad" /
/// "Mohammed".
pub fn given_names_differ(a: &PersonName, b: &PersonName) -> bool {
    let (Some(x), Some(y)) = (&a.first, &b.first) else { return false };
    !is_initial(x) && !is_initial(y) && given_name_similarity(x, y) < 0.9 && !sounds_alike(x, y)
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
        return INITIAL_OF_GIVEN_NAME;
    }
    if is_nickname_of(a, b) {
        return 0.9;
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
    fn different_given_names_are_told_from_spelling_variants() {
        let name = |text: &str| PersonName::parse(text).unwrap();
        assert!(given_names_differ(&name("Robert Taylor"), &name("Roger Taylor")));
        for (a, b) in [
            ("Antony Brandt", "Anthony Brandt"),
            ("Muhammad Ali", "Mohammed Ali"),
            ("Bob Smith", "Robert Smith"),
            ("J. Smith", "John Smith"),
        ] {
            assert!(!given_names_differ(&name(a), &name(b)), "{a} / {b}");
        }
    }

    #[test]
    fn nicknames_middle_names_and_particles() {
        assert_eq!(given_name_similarity("bob", "robert"), 0.9);
        assert_eq!(given_name_similarity("liz", "elizabeth"), 0.9);
        assert_eq!(given_name_similarity("mo", "maurice"), 0.9, "Mo Cheeks is Maurice Cheeks");
        assert!(given_name_similarity("bob", "richard") < 0.85);
        let name = |text| PersonName::parse(text).unwrap();
        let by_middle = compare(&name("Robert Smith"), &name("John Robert Smith"));
        assert!(by_middle.middle_as_given && by_middle.first >= 0.85 && !by_middle.conflict);
        assert!(compare(&name("J. Robert Smith"), &name("Robert Smith")).middle_as_given);
        assert!(compare(&name("Aung San Suu Kyi"), &name("Suu Kyi")).middle_as_given);
        assert!(is_trailing_part_of(&name("Aung San Suu Kyi"), &name("Suu Kyi")));
        assert!(is_trailing_part_of(&name("Robert Smith"), &name("J. Robert Smith")));
        assert!(!is_trailing_part_of(&name("San Suu"), &name("Aung San Suu Kyi")), "not the surname");
        assert!(!is_trailing_part_of(&name("John Smith"), &name("John Robert Smith")), "the given name, not a middle one");
        assert!(!compare(&name("Robert Smith"), &name("Robert Smith")).middle_as_given);
        assert!(given_names_may_agree(&name("Bob Johnson"), &name("Robert Johnson")));
        assert!(!given_names_may_agree(&name("Bob Johnson"), &name("Anne Johnson")));
        let bare = name("Di Maria");
        assert!(!bare.is_full() && bare.surname == "di maria");
        assert_eq!(name("Angel Di Maria").surname, "di maria");
        assert!(name("Al Gore").is_full() && name("Van Morrison").is_full(), "given names that look like particles");
    }

    #[test]
    fn feminine_forms_are_other_names() {
        assert_eq!(given_name_similarity("carl", "carla"), 0.0);
        assert_eq!(given_name_similarity("paula", "paul"), 0.0);
        assert!(given_name_similarity("antony", "anthony") > 0.9);
    }

    #[test]
    fn post_nominal_letters_are_not_the_surname() {
        let name = PersonName::parse("Oliver Gyles Longley CBE MC").unwrap();
        assert_eq!((name.first.as_deref(), name.last.as_str()), (Some("oliver"), "longley"));
        assert_eq!(PersonName::parse("Jane Roe, QC").unwrap().last, "roe");
        // In lower case or alone they are words of the name.
        assert_eq!(PersonName::parse("Tom Mc").unwrap().last, "mc");
        assert_eq!(PersonName::parse("Lee MC").unwrap().last, "mc", "two words stay");
        assert!(is_post_nominals("DSO") && is_post_nominals("CBE MC"));
        assert!(!is_post_nominals("Dso") && !is_post_nominals("Lee MC") && !is_post_nominals(""));
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
    fn a_tokenized_hyphen_joins_a_double_given_name() {
        let name = PersonName::parse("Yann - Antony Noghès").unwrap();
        assert_eq!((name.first.as_deref(), name.middle.len(), name.surname.as_str()), (Some("yann-antony"), 0, "noghes"));
        assert!(!compare(&name, &PersonName::parse("Antony Noghès").unwrap()).middle_as_given);
    }

    #[test]
    fn one_word_joined_by_a_particle_is_a_full_name() {
        let name = PersonName::parse("Inzamam-ul-Haq").unwrap();
        assert_eq!((name.first.as_deref(), name.surname.as_str()), (Some("inzamam"), "ul-haq"));
        assert!(name.is_full());
        for one in ["Jean-Pierre", "Smith-Jones", "Ul-Haq", "Rahman-al-"] {
            assert!(!PersonName::parse(one).unwrap().is_full(), "{one}");
        }
    }

    #[test]
    fn a_title_alone_is_no_name() {
        assert!(is_honorific_alone("Lord") && is_honorific_alone("Mr.") && is_honorific_alone(" Sir "));
        assert!(is_honorific_alone("Lt.") && is_honorific_alone("Sgt") && !is_honorific_alone("Gene"));
        assert!(!is_honorific_alone("Lord Carrington") && !is_honorific_alone("Lordi") && !is_honorific_alone(""));
        // A monarch's or pope's title alone, but not a title that is also a name ("King", "Prince").
        assert!(is_honorific_alone("Queen") && is_honorific_alone("Pope") && is_honorific_alone("Emperor"));
        assert!(!is_honorific_alone("King") && !is_honorific_alone("Prince") && !is_honorific_alone("Queen Elizabeth"));
    }

    #[test]
    fn a_lower_case_word_after_a_name_is_not_its_surname() {
        let name = PersonName::parse("Leon Czolgosz croons").unwrap();
        assert_eq!((name.first.as_deref(), name.surname.as_str()), (Some("leon"), "czolgosz"));
        // Particles stay: they open the surname.
        assert_eq!(PersonName::parse("Hans von der Berg").unwrap().surname, "von der berg");
        assert_eq!(PersonName::parse("Hassan al-Turabi").unwrap().surname, "al-turabi");
        assert_eq!(PersonName::parse("Valéry d'Estaing").unwrap().surname, "d'estaing");
        assert_eq!(PersonName::parse("Lee Hyo - ri").unwrap().surname, "hyo-ri", "a tokenized hyphen joins its words");
        assert_eq!(PersonName::parse("Léon la lune").unwrap().surname, "la lune");
        assert_eq!(PersonName::parse("Alexander the").unwrap().surname, "the", "an epithet cut short stays unfinished");
        // A name in lower case throughout is what it is.
        assert_eq!(PersonName::parse("yoshiko").unwrap().surname, "yoshiko");
    }

    #[test]
    fn a_monarch_s_number_is_no_suffix_of_a_surname() {
        let king = PersonName::parse("Alexander III").unwrap();
        assert_eq!((king.first.as_deref(), king.surname.as_str()), (Some("alexander"), "iii"));
        assert!(king.is_full(), "a given name and a number, not the bare surname Alexander");
        assert!(compare(&PersonName::parse("Robert II").unwrap(), &PersonName::parse("Robert III").unwrap()).conflict);
        // Not a number: an initial, a surname in capitals, a longer name's suffix.
        assert_eq!(PersonName::parse("Jerzy L.").unwrap().surname, "l");
        assert_eq!(PersonName::parse("JET LI").unwrap().surname, "li");
        let name = PersonName::parse("Davis Love III").unwrap();
        assert_eq!((name.surname.as_str(), name.suffix.as_deref()), ("love", Some("iii")));
        // A title before the name and number: the same name ("Pope Benedict XVI" is "Benedict XVI").
        assert_eq!(PersonName::parse("Pope Benedict XVI"), PersonName::parse("Benedict XVI"));
        assert_eq!(PersonName::parse("King Henry VIII"), PersonName::parse("Henry VIII"));
        assert_ne!(PersonName::parse("Kingsley Henry VIII"), PersonName::parse("Henry VIII"), "no title");
        // An abbreviated rank before the name.
        assert_eq!(PersonName::parse("Gen. Petraeus"), PersonName::parse("Petraeus"));
        assert_eq!(PersonName::parse("Sen. John McCain"), PersonName::parse("John McCain"));
        assert_eq!(PersonName::parse("Lt. Gen. David Petraeus"), PersonName::parse("David Petraeus"));
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
