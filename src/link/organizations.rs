//! Clustering organization mentions: case variants and dotted forms ("U.N." / "UN") are one
//! spelling; an acronym joins the expansion whose initials it spells ("EU" / "European
//! Union", "P&G" / "Procter & Gamble", "R-R" / "Rolls-Royce"), or the expansion it is defined
//! for in the text ("Deutsche Welle (DW)"); legal forms are dropped ("Siemens AG" / "Siemens");
//! a one-word name joins the one longer name it ends ("Dolphins" / "Miami Dolphins") and a cut
//! span the one longer name it begins. Anything with several possible partners stays apart.

use std::collections::{BTreeMap, BTreeSet};

use super::aliases::AliasRules;
use super::entity::EntityType;
use super::reading::{Fold, MentionSite};
use super::tally::{Cluster, Join, NodeKey, Refusals};
use super::union::{Clusters, Forbidden};
use crate::text::normalize::{organization_key, surface};
use crate::text::roles::party_word_root;
use crate::text::words::is_common_noun_word;

/// Words skipped when forming initials.
const MINOR_WORDS: &[&str] = &["of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&", "to", "at", "a"];

/// Whether every word of `text` is capitalised or one of the minor words a name's initials
/// pass over: a name, "Bank of Japan", not "the Bank's governor".
pub(crate) fn is_named_throughout(text: &str) -> bool {
    text.split_whitespace().all(|word| !word.starts_with(char::is_lowercase) || MINOR_WORDS.contains(&word))
}

/// Legal-form words that do not change which company a name means: "Siemens AG" is Siemens.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "ltd",
    "limited",
    "plc",
    "ag",
    "sa",
    "s.a",
    "nv",
    "bv",
    "gmbh",
    "llc",
    "spa",
    "ab",
    "asa",
    "oy",
    "oyj",
    "kk",
    "pty",
    "se",
];

/// Whether a name of two words or more ends in a legal form that only companies carry ("Kone
/// Oy", "Acme Holdings Ltd", "Baxter GmbH"): a company's name whatever the model tagged it.
/// Not the legal forms that are words or names too ("Co", "SA", "SE", "AB", "SpA", "KK").
pub fn ends_in_company_form(text: &str) -> bool {
    const COMPANY_ONLY: &[&str] = &[
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "ltd",
        "limited",
        "plc",
        "ag",
        "gmbh",
        "llc",
        "oy",
        "oyj",
        "nv",
        "bv",
        "pty",
        "asa",
    ];
    let mut words = text.split_whitespace().rev();
    let last = words.next().unwrap_or("");
    let key = last.trim_end_matches(['.', ',']).replace('.', "").to_lowercase();
    words.next().is_some() && last.starts_with(|c: char| c.is_uppercase()) && COMPANY_ONLY.contains(&key.as_str())
}

/// The name in an organization mention written with lower-case common nouns after it ("the
/// Macromedia board" -> "Macromedia"): the words before the first lower-case one, when there are
/// some and every word from there is a common noun ([`is_common_noun_word`]).
pub fn name_before_common_nouns(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let cut = words.iter().position(|word| word.starts_with(char::is_lowercase)).filter(|&cut| cut > 0)?;
    words[cut..].iter().all(|word| is_common_noun_word(word)).then(|| words[..cut].join(" "))
}

/// Whether `text` is only a company's legal form ("SA", "S.A. de C.V.", "plc"): the end of
/// a company's name cut off by the model, not a name (nor "SA" the country code).
pub fn is_legal_form(text: &str) -> bool {
    let tokens: Vec<String> = text.split_whitespace().map(|t| t.trim_end_matches(['.', ',']).to_lowercase()).collect();
    let legal = |t: &String| LEGAL_SUFFIXES.contains(&t.as_str()) || matches!(t.as_str(), "c.v" | "a/s" | "s.p.a" | "n.v" | "b.v");
    tokens.iter().any(legal) && tokens.iter().all(|t| legal(t) || t == "de")
}

/// Words after a company's name that say it is the parent of a group, not another company:
/// "Rolls-Royce Holdings plc" and "Volkswagen Group" are Rolls-Royce and Volkswagen. (Not legal
/// forms: "Group" alone is no cut-off end of a name.)
const GROUP_DESIGNATORS: &[&str] = &["holdings", "group"];

/// A name without its trailing legal-form and group words, as written or as a key ("General
/// Motors Corp." -> "General Motors", "siemens ag" -> "siemens", "hsbc holdings plc" -> "hsbc").
pub(super) fn without_legal_suffix(name: &str) -> &str {
    let mut base = name.trim_end_matches([',', ' ']);
    while let Some((head, last)) = base.rsplit_once(' ') {
        let last = last.trim_end_matches(['.', ',']).to_lowercase();
        if !(LEGAL_SUFFIXES.contains(&last.as_str()) || GROUP_DESIGNATORS.contains(&last.as_str())) {
            break;
        }
        base = head.trim_end_matches([',', ' ']);
        // "Goldman Sachs & Co", "Smith and Company": the "&" or "and" that joined the form.
        if let Some(before) = base.strip_suffix(" &").or_else(|| base.strip_suffix(" and")).filter(|before| !before.trim().is_empty()) {
            base = before.trim_end_matches([',', ' ']);
        }
    }
    base
}

/// An acronym's letters only: "P&G" -> "pg", "R-R" -> "rr".
pub(crate) fn acronym_letters(key: &str) -> String {
    key.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// "NATO", "EU", "W.H.O.", "P&G", "R-R" — short and all capitals.
pub(crate) fn is_acronym(text: &str) -> bool {
    let letters: String = text.chars().filter(|c| !matches!(c, '.' | '&' | '-')).collect();
    (2..=7).contains(&letters.chars().count()) && letters.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A name's words and the parts of its hyphenated words: "Rolls-Royce" is "Rolls" "Royce"; so
/// are the parts of a word of three or more run together ("GlaxoSmithKline" is "Glaxo" "Smith"
/// "Kline"; not "McDonald" nor "JPMorgan", whose capitals do not each open a part).
fn name_parts(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '-').filter(|part| !part.is_empty()).flat_map(camel_case_parts)
}

/// A word's parts where each opens with a capital after a lower-case letter, when there are
/// three or more; else the word.
fn camel_case_parts(word: &str) -> Vec<&str> {
    let bytes = word.as_bytes();
    let starts: Vec<usize> = (1..bytes.len()).filter(|&i| bytes[i].is_ascii_uppercase() && bytes[i - 1].is_ascii_lowercase()).collect();
    if starts.len() < 2 {
        return vec![word];
    }
    let bounds: Vec<usize> = std::iter::once(0).chain(starts).chain(std::iter::once(word.len())).collect();
    bounds.windows(2).map(|pair| &word[pair[0]..pair[1]]).collect()
}

/// Initials of the major words: "World Health Organization" -> "who"; a dotted abbreviation
/// gives all its letters ("U.S. Navy" -> "usn", not the "un" of "United Nations").
pub(crate) fn initials(text: &str) -> String {
    initials_keeping(text, &[])
}

/// The letters an acronym of the name `text` may have: its [`initials`] without its legal
/// form ("General Motors Corp." is "GM"), and with an "of" counted ("Bank of Japan" is "BOJ"
/// as well as "BJ").
pub(crate) fn acronyms_of(text: &str) -> [String; 2] {
    let name = without_legal_suffix(text);
    [initials(name), initials_keeping(name, &["of"])]
}

/// [`initials`], with the minor words in `kept` counted too.
fn initials_keeping(text: &str, kept: &[&str]) -> String {
    name_parts(text)
        .filter(|w| {
            let lower = w.to_lowercase();
            kept.contains(&lower.as_str()) || !MINOR_WORDS.contains(&lower.as_str())
        })
        .flat_map(|w| {
            let dotted = w.len() > 2 && w.contains('.') && w.chars().all(|c| c == '.' || c.is_uppercase());
            let letters: Vec<char> = if dotted { w.chars().filter(|c| *c != '.').collect() } else { w.chars().take(1).collect() };
            letters
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// An acronym defined right after the mention: "World Health Organization (WHO)". A country
/// code in parentheses is a nationality ("Al Unser Jr (U.S.)", common in results), unless its
/// letters abbreviate the name ("National League for Democracy (NLD)"); other acronyms may
/// abbreviate the name in another language ("National Bank of Romania (BNR)"). News also writes
/// the acronym first and the name in parentheses: "PAN (National Action Party) candidate".
pub(super) fn defined_acronym(site: &MentionSite) -> Option<String> {
    let (before, after) = site.around();
    if let Some(inside) = after.trim_start().strip_prefix('(') {
        let acronym = inside[..inside.find(')')?].trim();
        let nationality = super::countries::by_name(acronym, true).is_some() && !abbreviates(acronym, &site.mention.text);
        return (is_acronym(acronym) && !nationality).then(|| acronym.to_string());
    }
    // The name wholly inside the parenthesis, the acronym right before it.
    let opened = before.trim_end().strip_suffix('(')?;
    let acronym = opened.trim_end().rsplit(char::is_whitespace).next()?;
    (after.trim_start().starts_with(')') && is_acronym(acronym)).then(|| acronym.to_string())
}

/// Whether an acronym's letters are, in order, initials of `name`'s words or its inner
/// capitals: "NLD" for "National League for Democracy", "GSK" for "GlaxoSmithKline", not "US"
/// for "Al Unser Jr".
fn abbreviates(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    let mut previous = ' ';
    let initials: Vec<char> = name
        .chars()
        .filter(|&c| {
            let initial = c.is_alphanumeric() && (!previous.is_alphanumeric() || (c.is_uppercase() && previous.is_lowercase()));
            previous = c;
            initial
        })
        .flat_map(char::to_lowercase)
        .collect();
    let mut rest = initials.iter();
    !letters.is_empty() && letters.iter().all(|letter| rest.any(|c| c == letter))
}

/// Whose an organization name says it is, written before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Owner {
    /// An organization's acronym: "U.N. Security Council", "U.S. State Department".
    Acronym,
    /// A country or its demonym: "the Russian Foreign Ministry", "Czech National Bank".
    Country,
}

/// The key of an organization name written after whose it is, and that owner's kind:
/// "U.N. Security Council" -> "security council", "the Russian Foreign Ministry" -> "foreign
/// ministry" (the rest a name of several capitalised words: not "U.S. Steel").
pub(crate) fn unqualified_key(text: &str) -> Option<(String, Owner)> {
    let text = text.trim_start_matches("the ");
    let (owner, rest) = text.split_once(' ')?;
    let country = || super::countries::by_name(owner, false).is_some() || super::countries::by_demonym(owner).is_some();
    let owner = if is_acronym(owner) {
        Owner::Acronym
    } else if country() {
        Owner::Country
    } else {
        return None;
    };
    let named = rest.contains(' ') && is_named_throughout(rest);
    named.then(|| (organization_key(rest), owner))
}

/// The node of an organization mention: its comparison key; none if nothing is left of it.
pub(crate) fn node_key(text: &str) -> Option<NodeKey> {
    Some(organization_key(text)).filter(|k| !k.is_empty()).map(NodeKey::Organization)
}

/// Organization nodes, gathered document by document.
#[derive(Default)]
pub(crate) struct Nodes {
    /// Display text (the first mention's surface) by comparison key.
    texts: BTreeMap<String, String>,
    /// Keys of the expansions each acronym is defined for in the text.
    defined: BTreeMap<String, BTreeSet<String>>,
    /// The spellings folded into each key while reading (`reading::fold_short_organization_names`
    /// and its siblings), with how.
    folded: BTreeMap<String, BTreeMap<String, Fold>>,
}

impl Nodes {
    /// Counts an organization mention whose node key is `key`.
    pub fn add(&mut self, key: &str, site: &MentionSite) {
        self.texts.entry(key.to_string()).or_insert_with(|| surface(&site.mention.text));
        if let Some(acronym) = defined_acronym(site) {
            self.defined.entry(acronym.replace('.', "").to_lowercase()).or_default().insert(key.to_string());
        }
    }

    /// Counts a short form its article's one longer name took in while reading.
    pub fn add_folded(&mut self, key: &str, site: &MentionSite, fold: Fold) {
        self.folded.entry(key.to_string()).or_default().entry(surface(&site.mention.text)).or_insert(fold);
    }
}

/// How a spelling folded into its article's name while reading (`reading::Fold`) is
/// explained in `links.jsonl`: the rule, `joined_to` that name.
pub(crate) fn folded_join(fold: Fold, joined_to: Option<String>) -> Join {
    let (rule, part) = match fold {
        // "Macromedia board" beside "Macromedia".
        Fold::NameAndCommonNoun => ("name-and-common-noun-in-article", "name_before_common_noun"),
        // "BOJ" beside "Bank of Japan", "CTBT" beside "Comprehensive Test Ban Treaty".
        Fold::Acronym => ("acronym-in-article", "initials_of_one_name_in_article"),
        Fold::ShortForm | Fold::BareName => ("short-form-in-article", "unique_longer_name_in_article"),
    };
    Join::new(rule, joined_to, 0.85, &[("same_document", 1.0), (part, 1.0)])
}

/// How one rule joins a name to what it stands for: the rule's name, its score and the part
/// that scored.
type JoinRule = (&'static str, f64, &'static str);

/// What the clustering rules decide, as they decide it: the clusters, each node's join, and
/// the joins turned down.
struct Decisions<'a> {
    clusters: Clusters,
    joins: BTreeMap<usize, Join>,
    refusals: Refusals,
    keys: &'a [String],
    texts: &'a [String],
}

impl Decisions<'_> {
    /// Records that `rule` did not join `short` to `candidates`, and why.
    fn refuse(&mut self, short: usize, rule: &'static str, candidates: &[usize], reason: &dyn Fn() -> String) {
        let node = |n: usize| NodeKey::Organization(self.keys[n].clone());
        let candidates = candidates.iter().map(|&n| (node(n), self.texts[n].clone()));
        self.refusals.add(&node(short), &self.texts[short], rule, candidates, reason);
    }

    /// Joins `short` to `target` by `rule`, or records why the clusters refused it (`candidates`
    /// are what the refusal lists).
    fn join(&mut self, short: usize, target: usize, candidates: &[usize], (rule, score, part): JoinRule) {
        match self.clusters.try_join(short, target) {
            Ok(()) => {
                self.joins.insert(short, Join::new(rule, Some(self.texts[target].clone()), score, &[(part, 1.0)]));
            }
            Err(why) => self.refuse(short, rule, candidates, &|| why.explain().to_string()),
        }
    }

    /// Joins `short` to the first of `candidates` when they belong to one organization
    /// (`owners` is how many distinct ones they name), else records the refusal, which
    /// `ambiguous` explains given `owners`; nothing happens without candidates.
    fn join_to_one(&mut self, short: usize, candidates: &[usize], owners: usize, rule: JoinRule, ambiguous: &dyn Fn(usize) -> String) {
        let Some(&target) = candidates.first() else { return };
        if owners == 1 {
            self.join(short, target, candidates, rule);
        } else {
            self.refuse(short, rule.0, candidates, &|| ambiguous(owners));
        }
    }
}

/// Clusters the organization nodes; also returns the joins the rules turned down.
pub(crate) fn cluster(nodes: &Nodes, rules: &AliasRules) -> (Vec<Cluster>, Refusals) {
    let keys: Vec<String> = nodes.texts.keys().cloned().collect();
    let texts: Vec<String> = nodes.texts.values().cloned().collect();
    let position: BTreeMap<&str, usize> = keys.iter().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
    let mut clusters = Clusters::new(keys.len());
    for (a, b) in rules.forbidden_pairs(&keys, organization_key) {
        clusters.forbid(a, b, Forbidden::ByUser);
    }
    let mut d = Decisions { clusters, joins: BTreeMap::new(), refusals: Refusals::default(), keys: &keys, texts: &texts };

    // Acronyms defined in the text.
    let defined: BTreeMap<&String, BTreeSet<usize>> = nodes
        .defined
        .iter()
        .map(|(acronym, expansions)| (acronym, expansions.iter().filter_map(|k| position.get(k.as_str()).copied()).collect()))
        .collect();
    for (acronym, expansions) in &defined {
        let Some(&short) = position.get(acronym.as_str()) else { continue };
        let expansions: Vec<usize> = expansions.iter().copied().collect();
        let rule = ("acronym-defined-in-text", 1.0, "defined_in_text");
        let ambiguous = |n| format!("defined in the text for {n} different names");
        d.join_to_one(short, &expansions, expansions.len(), rule, &ambiguous);
    }
    // Acronyms an article resolved ("BOJ" beside its "Bank of Japan"): the same acronym
    // alone elsewhere is that name, where no article resolved it to another ("SEC" for the
    // Securities and Exchange Commission in one article and the Southeastern Conference in
    // another stays apart).
    let mut resolved: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (long, variants) in &nodes.folded {
        let Some(&long) = position.get(long.as_str()) else { continue };
        for (variant, _) in variants.iter().filter(|(_, fold)| **fold == Fold::Acronym) {
            resolved.entry(organization_key(variant)).or_default().insert(long);
        }
    }
    for (acronym, expansions) in &resolved {
        let Some(&short) = position.get(acronym.as_str()).filter(|short| !d.joins.contains_key(short)) else { continue };
        let expansions: Vec<usize> = expansions.iter().copied().collect();
        let rule = ("acronym-resolved-in-corpus", 0.8, "one_expansion_in_articles");
        let ambiguous = |n| format!("articles expand it to {n} different names");
        d.join_to_one(short, &expansions, expansions.len(), rule, &ambiguous);
    }
    // Acronyms spelled by initials, without the legal form ("General Motors Corp." is "GM");
    // the spellings of one name (with and without the form, "Paris St Germain" / "Paris
    // Saint-Germain") count as one expansion, the first written.
    let one_name = |n: usize| spelling_key(without_legal_suffix(&keys[n]));
    let mut by_initials: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (n, text) in texts.iter().enumerate() {
        let name = without_legal_suffix(text);
        // A hyphenated name's parts are words here: "Rolls-Royce" is "R-R", "Hewlett-Packard" "HP".
        if !is_acronym(text) && name_parts(name).count() > 1 {
            let expansions = by_initials.entry(initials(name)).or_default();
            let this_name = one_name(n);
            if !expansions.iter().any(|&e| one_name(e) == this_name) {
                expansions.push(n);
            }
        }
    }
    for short in 0..keys.len() {
        if d.joins.contains_key(&short) || !is_acronym(&texts[short]) {
            continue;
        }
        let expansions = by_initials.get(&acronym_letters(&keys[short])).map(Vec::as_slice).unwrap_or(&[]);
        // An ampersand acronym ("P&G", "T&N") spells a name joined by "&" or "and", not any
        // name of those initials ("Taipei Newsroom").
        let ampersand_joined = |n: &usize| {
            let lower = texts[*n].to_lowercase();
            lower.contains('&') || lower.split_whitespace().any(|w| w == "and")
        };
        let ampersand = texts[short].contains('&');
        let expansions: Vec<usize> = expansions.iter().copied().filter(|n| !ampersand || ampersand_joined(n)).collect();
        let rule = ("acronym-initials", 0.9, "initials_match");
        let ambiguous = |n| format!("the initials of {n} different names");
        d.join_to_one(short, &expansions, expansions.len(), rule, &ambiguous);
    }

    // Spellings that name one organization, each group joined to its anchor by `rule`.
    let mut join_to_anchors = |groups: Vec<(usize, Vec<usize>)>, rule: JoinRule| {
        for (anchor, group) in groups {
            for n in group {
                if n == anchor || d.joins.contains_key(&n) {
                    continue;
                }
                d.join(n, anchor, &[anchor], rule);
            }
        }
    };
    // Legal forms: "Siemens AG", "Siemens" and "SIEMENS AG" are one company; the bare name if
    // there is one, else the first spelling, is what the others join.
    let mut by_base: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, key) in keys.iter().enumerate() {
        let base = without_legal_suffix(key);
        if base.len() >= 2 {
            by_base.entry(base).or_default().push(n);
        }
    }
    let anchored =
        |group: Vec<usize>, is_anchor: &dyn Fn(usize) -> bool| (group.iter().copied().find(|&n| is_anchor(n)).unwrap_or(group[0]), group);
    let legal = by_base.into_values().map(|group| anchored(group, &|n| without_legal_suffix(&keys[n]) == keys[n])).collect();
    join_to_anchors(legal, ("company-legal-form", 0.95, "same_name_without_legal_form"));
    // Spelling variants of one name: "Paris St Germain" / "Paris Saint-Germain", "Procter and
    // Gamble" / "Procter & Gamble", and words written together or apart ("ExxonMobil" / "Exxon
    // Mobil Corp.", "Wal-Mart" / "Walmart", "JP Morgan" / "JPMorgan"), legal form aside.
    let mut by_spelling: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for n in 0..keys.len() {
        by_spelling.entry(one_name(n).replace(' ', "")).or_default().push(n);
    }
    let spellings = by_spelling.into_values().filter(|group| group.len() > 1).map(|group| anchored(group, &|_| false)).collect();
    join_to_anchors(spellings, ("spelling-variant", 0.95, "same_words_spelled_differently"));
    // Party words: "Democrats", "Democratic" and "Democratic Party" name one party, the one
    // its full name names if the corpus spells it.
    let mut by_party: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, key) in keys.iter().enumerate() {
        if let Some(root) = party_word_root(key) {
            by_party.entry(root).or_default().push(n);
        }
    }
    let parties = by_party.into_values().map(|group| anchored(group, &|n| keys[n].ends_with(" party"))).collect();
    join_to_anchors(parties, ("party-word-forms", 0.9, "same_party_word"));
    // Short forms: a one-word name that ends exactly one longer name ("Dolphins" / "Miami
    // Dolphins"), and a name that begins exactly one longer name of at least three words (a
    // span the model cut short). Ambiguous short forms stay apart.
    let words = |n: usize| keys[n].split(' ').count();
    // The longer names by last word, and (three words or more) by each of their shorter
    // prefixes, so each short form looks up its candidates instead of scanning every name.
    let mut by_last_word: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut by_prefix: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, key) in keys.iter().enumerate() {
        // "University of Texas", "Bank of England": the word after "of" names what the
        // organization is of, and alone it is that place, not this short form.
        // The name without its legal form: "Santander" ends "Banco Santander S.A.".
        let name = without_legal_suffix(key);
        let of_something = name.rsplit(' ').nth(1) == Some("of");
        if let Some((_, last)) = name.rsplit_once(' ').filter(|_| is_long_form_of_last_word(name) && !of_something) {
            by_last_word.entry(last).or_default().push(n);
        }
        if words(n) >= 3 {
            for (at, _) in key.match_indices(' ').skip(1) {
                // "Kurdistan Democratic Party of Iran" names its country; "Kurdistan Democratic
                // Party" is no span cut from it, but may be another country's party.
                let of_country = key[at..].strip_prefix(" of ").is_some_and(|rest| super::countries::by_name(rest, false).is_some());
                if !of_country {
                    by_prefix.entry(&key[..at]).or_default().push(n);
                }
            }
        }
    }
    // "Harvard University", "Cedars-Sinai Medical Center": a name and the kind of institution
    // it names, by the name. Alone, the name is that institution; a company's "Mitsubishi" is
    // not "Mitsubishi Gas Chemical", so no other word may follow.
    let mut by_institution_name: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, key) in keys.iter().enumerate() {
        if let Some(name) = INSTITUTIONS_AFTER_A_NAME.iter().find_map(|kind| key.strip_suffix(kind)?.strip_suffix(' ')) {
            if !name.contains(' ') {
                by_institution_name.entry(name).or_default().push(n);
            }
        }
    }
    // The bare names of the companies the corpus writes with a legal form ("acme" of "Acme
    // Corp"), looked up once per short form below.
    let company_names: BTreeSet<&str> =
        keys.iter().filter_map(|key| Some(without_legal_suffix(key)).filter(|name| *name != key.as_str())).collect();
    for short in 0..keys.len() {
        // A short form is a name: capitalised ("health" is a common noun the model tagged).
        let capitalised = texts[short].chars().next().is_some_and(char::is_uppercase);
        if d.joins.contains_key(&short) || is_acronym(&texts[short]) || keys[short].len() < 4 || !capitalised {
            continue;
        }
        let one_word = words(short) == 1;
        // A party word alone ("Democratic", "Labour") ends the names of many countries'
        // parties ("Social Democratic", "Scottish Labour"); it joins a party only by the
        // party-word rule above.
        if one_word && party_word_root(&keys[short]).is_some() {
            continue;
        }
        let index = if one_word { &by_last_word } else { &by_prefix };
        let mut longer: Vec<usize> = index.get(keys[short].as_str()).map(Vec::as_slice).unwrap_or(&[]).to_vec();
        // (A known place's name is no institution's short form: "Boston", "Oxford".)
        if one_word && !super::reading::is_known_place(&texts[short]) {
            longer.extend(by_institution_name.get(keys[short].as_str()).into_iter().flatten());
        }
        // A major-league team's nickname of two words ends its full name ("White Sox" /
        // "Chicago White Sox") outside sports reports too, where no team node reads it.
        let full_names = super::teams::full_names_of_nickname(&keys[short]);
        longer.extend(full_names.iter().filter_map(|name| position.get(name.as_str()).copied()));
        let ends = one_word || !full_names.is_empty();
        let mut roots: BTreeSet<usize> = longer.iter().map(|&n| d.clusters.root(n)).collect();
        // "Acme" beside "Acme Corp" is that company's name already: "Acme Institute" is a
        // second owner, so the short form stays ambiguous.
        if company_names.contains(keys[short].as_str()) && !roots.is_empty() {
            roots.insert(d.clusters.root(short));
        }
        let rule = (if ends { "short-form-of-name" } else { "truncated-name" }, 0.8, "unique_longer_name");
        let how = if ends { "ends" } else { "begins" };
        let ambiguous = |owners| format!("{how} the names of {owners} different organizations");
        d.join_to_one(short, &longer, roots.len(), rule, &ambiguous);
    }

    // A name the corpus writes after one organization's acronym only: "Security Council" /
    // "U.N. Security Council" (not after a country, which is often part of the name: the
    // "Democratic Party" of one country is not "the Indonesian Democratic Party").
    let mut by_unqualified: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (n, text) in texts.iter().enumerate() {
        if let Some((rest, Owner::Acronym)) = unqualified_key(text) {
            by_unqualified.entry(rest).or_default().push(n);
        }
    }
    for (short, key) in keys.iter().enumerate() {
        let Some(qualified) = by_unqualified.get(key).filter(|_| !d.joins.contains_key(&short)) else { continue };
        let roots: BTreeSet<usize> = qualified.iter().map(|&n| d.clusters.root(n)).collect();
        let rule = ("qualified-name", 0.8, "one_owner_in_corpus");
        let ambiguous = |owners| format!("written after {owners} different owners");
        d.join_to_one(short, qualified, roots.len(), rule, &ambiguous);
    }

    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for node in 0..keys.len() {
        by_root.entry(d.clusters.root(node)).or_default().push(node);
    }
    let clusters = by_root
        .into_values()
        .map(|members| {
            let mut joins: BTreeMap<String, Join> =
                members.iter().filter_map(|n| d.joins.get(n).map(|j| (texts[*n].clone(), j.clone()))).collect();
            for &n in &members {
                for (variant, fold) in nodes.folded.get(&keys[n]).into_iter().flatten() {
                    joins.entry(variant.clone()).or_insert_with(|| folded_join(*fold, Some(texts[n].clone())));
                }
            }
            // A party is labelled with its full name ("Democratic Party", not "Democrats").
            let label =
                members.iter().find(|&&n| keys[n].ends_with(" party") && party_word_root(&keys[n]).is_some()).map(|&n| texts[n].clone());
            let members = members.iter().map(|&n| NodeKey::Organization(keys[n].clone())).collect();
            Cluster { kind: EntityType::Organization, label, members, joins }
        })
        .collect();
    (clusters, d.refusals)
}

/// Kinds of institution that follow the name they are known by alone ("Harvard University" is
/// "Harvard"), as comparison keys.
const INSTITUTIONS_AFTER_A_NAME: &[&str] =
    &["university", "college", "institute", "hospital", "clinic", "medical center", "medical centre"];

/// An organization key with the spellings of one word made one: hyphens as spaces, "saint"
/// and "st" as "st", "&" as "and", written abbreviations as their words ("utd" as "united"), a
/// country that opens the name as its code ("u.s. army" and "united states army")
/// ("paris saint-germain" -> "paris st germain").
fn spelling_key(key: &str) -> String {
    let mut words: Vec<String> = key
        .replace('-', " ")
        .replace('&', " and ")
        .split_whitespace()
        .map(|word| match word.trim_end_matches('.') {
            "saint" => "st",
            // Written abbreviations of a name's words: "Manchester Utd", "Warner Bros.".
            "utd" => "united",
            "bros" => "brothers",
            "intl" => "international",
            "natl" => "national",
            "assn" => "association",
            "dept" => "department",
            "univ" => "university",
            "mfg" => "manufacturing",
            // British and American spellings of one name's word.
            "organisation" => "organization",
            "centre" => "center",
            "defence" => "defense",
            "programme" => "program",
            word => word,
        })
        .map(str::to_string)
        .collect();
    if let Some((n, country)) = (1..=3).rev().filter(|&n| n < words.len()).find_map(|n| country_opening(&words[..n]).map(|c| (n, c))) {
        words.splice(..n, [country.alpha2.to_lowercase()]);
    }
    // "Department of Justice" is the "Justice Department", "Ministry of Defence" the "Defence
    // Ministry": the portfolio before the body's word.
    let body = words.iter().position(|word| matches!(word.as_str(), "department" | "ministry"));
    match body {
        Some(at) if words.get(at + 1).is_some_and(|word| word == "of") && (1..=4).contains(&(words.len() - at - 2)) => {
            let portfolio = &words[at + 2..];
            [&words[..at], portfolio, &words[at..=at]].concat().join(" ")
        }
        _ => words.join(" "),
    }
}

/// The country that the opening words of an organization key name ("united states", "u.s.",
/// "us": keys are lower case, so a short code is looked up in capitals).
fn country_opening(words: &[String]) -> Option<super::countries::CountryRef> {
    let name = words.join(" ");
    let name = if name.len() <= 4 { name.to_uppercase() } else { name };
    super::countries::by_name(&name, false)
}

/// Whether a longer (comparison-key) name may be the long form of its last word, which then
/// joins it as a short form: not another place's name ([`is_other_place_name`]: "Melbourne" is
/// not "North Melbourne"), nor a name ending in a seat of government ("House" is not the White
/// House, nor "the Clinton White House").
pub(crate) fn is_long_form_of_last_word(name: &str) -> bool {
    !is_other_place_name(name) && !super::countries::ends_with_seat_of_government(name)
}

/// Whether a (comparison-key) name is a compass word or the like and one more name ("north
/// melbourne", "new york", "port talbot"): another place's name, and so another club's, not the
/// long form of its last word ("Melbourne" and "North Melbourne" play in one league).
fn is_other_place_name(key: &str) -> bool {
    const PLACE_QUALIFIERS: &[&str] = &[
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "port", "upper", "lower", "greater", "old",
    ];
    key.split_once(' ').is_some_and(|(qualifier, rest)| PLACE_QUALIFIERS.contains(&qualifier) && !rest.contains(' '))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legal_forms_alone() {
        for form in ["SA", "S.A.", "S.A. de C.V.", "plc", "AG", "Inc."] {
            assert!(is_legal_form(form), "{form}");
        }
        for name in ["Saudi Arabia", "de", "", "Siemens AG", "SAP"] {
            assert!(!is_legal_form(name), "{name}");
        }
    }

    #[test]
    fn spellings_of_one_name() {
        assert_eq!(spelling_key("paris saint-germain"), spelling_key("paris st germain"));
        assert_eq!(spelling_key("procter & gamble"), spelling_key("procter and gamble"));
        assert_eq!(spelling_key("duff&phelps"), "duff and phelps");
        assert_eq!(spelling_key("department of justice"), spelling_key("justice department"));
        assert_eq!(spelling_key("u.s. department of homeland security"), spelling_key("u.s. homeland security department"));
        assert_eq!(spelling_key("ministry of defence"), spelling_key("defense ministry"));
        assert_ne!(spelling_key("department of state"), spelling_key("department"));
        // A country that opens the name, by any of its names.
        assert_eq!(spelling_key("us army"), spelling_key("united states army"));
        assert_eq!(spelling_key("u.s. army"), spelling_key("united states army"));
        assert_eq!(spelling_key("uk border agency"), spelling_key("united kingdom border agency"));
        assert_ne!(spelling_key("us army"), spelling_key("uk army"));
    }

    #[test]
    fn a_name_s_parts_and_initials() {
        assert_eq!(initials("GlaxoSmithKline"), "gsk");
        assert_eq!(initials("Rolls-Royce"), "rr");
        assert_eq!(initials("McDonald's Corp"), "mc");
        assert_eq!(initials("JPMorgan Chase"), "jc");
        assert_eq!(spelling_key("united states"), "united states", "a country alone is no organization's opening");
        assert_ne!(spelling_key("saint gobain"), spelling_key("gobain"));
        assert_eq!(spelling_key("manchester utd"), spelling_key("manchester united"));
        assert_eq!(spelling_key("warner bros."), spelling_key("warner brothers"));
        assert_ne!(spelling_key("utd holdings"), spelling_key("holdings"));
        assert_eq!(spelling_key("world health organisation"), spelling_key("world health organization"));
    }

    #[test]
    fn acronyms_and_initials() {
        assert!(is_acronym("WHO"));
        assert!(is_acronym("U.N."));
        assert!(!is_acronym("Reuters"));
        assert_eq!(initials("World Health Organization"), "who");
        assert_eq!(initials("North Atlantic Treaty Organization"), "nato");
        assert_eq!(initials("Bank for International Settlements"), "bis");
        assert!(is_acronym("P&G") && is_acronym("R-R"));
        assert_eq!(acronym_letters("p&g"), "pg");
        assert_eq!(initials("Rolls-Royce"), "rr");
        assert_eq!(initials("U.S. Navy"), "usn");
        assert_eq!(initials("St. Louis Cardinals"), "slc", "an abbreviated word is one initial");
        assert_eq!(without_legal_suffix("siemens ag"), "siemens");
        assert_eq!(without_legal_suffix("tesco plc"), "tesco");
        assert_eq!(without_legal_suffix("acme co ltd"), "acme");
        assert_eq!(without_legal_suffix("rolls-royce holdings plc"), "rolls-royce");
        assert_eq!(without_legal_suffix("volkswagen group"), "volkswagen");
        assert_eq!(without_legal_suffix("group"), "group");
        assert_eq!(without_legal_suffix("goldman sachs & co"), "goldman sachs");
        assert_eq!(without_legal_suffix("merrill lynch and co."), "merrill lynch");
        assert_eq!(without_legal_suffix("procter & gamble"), "procter & gamble", "no legal form after the '&'");
        assert_eq!(without_legal_suffix("ag"), "ag");
    }

    #[test]
    fn an_acronym_abbreviates_a_name_when_its_letters_run_through_it() {
        assert!(abbreviates("NLD", "National League for Democracy"));
        assert!(abbreviates("GSK", "GlaxoSmithKline"));
        assert!(abbreviates("U.S.", "United States Steel"));
        assert!(!abbreviates("U.S.", "Al Unser Jr"));
        assert!(!abbreviates("NLD", "Nadal"));
    }
}
