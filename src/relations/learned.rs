//! The learned pair classifier: for two mentions of one sentence that the pattern families left
//! unrelated, how likely the sentence states that one belongs to (or is based in) the other.
//!
//! Candidates ([`candidates`]) are kept apart from scoring ([`PairModel::score`]), as in
//! spaCy's EntityLinker. A candidate is a person and an organization or country
//! ([`RelationKind::AffiliatedWith`]) or an organization and a country
//! ([`RelationKind::BasedIn`]), in either order. Its features ([`pair_features`]) are the
//! sentence's words around and between the two mentions, with every mention replaced by its
//! type ("<per>", "<org>", "<cty>", "<loc>"), so the model learns constructions ("<per> , a
//! member of the <org>"), never names. The model is logistic regression over those features,
//! trained by `scripts/train_relations.sh` and kept as a model folder (`config.json`,
//! `vocab.json`, `model.safetensors`, a README), swapped with `--relation-model DIR`.
//!
//! ```
//! use nergraph::link::EntityType;
//! use nergraph::relations::learned::{candidates, pair_features};
//! use nergraph::relations::sentence::{Placed, SentenceView};
//! use nergraph::relations::RelationKind;
//! use nergraph::text::Span;
//!
//! let text = "Ann Lee joined Acme in 2005.";
//! let placed = vec![
//!     Placed { span: Span::new(0, 7), entity: 0, kind: EntityType::Person, text: "Ann Lee" },
//!     Placed { span: Span::new(15, 19), entity: 1, kind: EntityType::Organization, text: "Acme" },
//! ];
//! let view = SentenceView::new(text, placed);
//! let pairs = candidates(&view);
//! assert_eq!(pairs.len(), 1);
//! assert_eq!(pairs[0].kind, RelationKind::AffiliatedWith);
//! let features = pair_features(&view, &pairs[0]);
//! assert!(features.contains(&"po|B=joined|ht".to_string()));
//! ```

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::sentence::SentenceView;
use super::RelationKind;
use crate::error::{Error, Result};
use crate::link::EntityType;

/// The feature set a model folder was trained on (its config.json's `features`).
pub const FEATURES: &str = "lexical-v1";

/// The `model_type` of a relation model folder's config.json.
pub const MODEL_TYPE: &str = "nergraph-relation-pairs";

/// Two mentions of one sentence that could hold a typed relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Candidate {
    /// Index in the view's `placed`: the person (affiliated_with) or organization (based_in).
    pub head: usize,
    /// Index in the view's `placed`: the organization or country.
    pub tail: usize,
    pub kind: RelationKind,
}

/// Which relation a head of one type and a tail of another could hold.
fn kind_of(head: EntityType, tail: EntityType) -> Option<RelationKind> {
    match (head, tail) {
        (EntityType::Person, EntityType::Organization | EntityType::Country) => Some(RelationKind::AffiliatedWith),
        (EntityType::Organization, EntityType::Country) => Some(RelationKind::BasedIn),
        _ => None,
    }
}

/// Every pair of the view's mentions that could hold a typed relation, between distinct
/// entities, in text order of the head then the tail.
pub fn candidates(view: &SentenceView) -> Vec<Candidate> {
    let mut found = Vec::new();
    for (head, h) in view.placed.iter().enumerate() {
        for (tail, t) in view.placed.iter().enumerate() {
            if h.entity == t.entity {
                continue;
            }
            if let Some(kind) = kind_of(h.kind, t.kind) {
                found.push(Candidate { head, tail, kind });
            }
        }
    }
    found
}

/// A sentence as the features read it: lower-cased words and punctuation marks, numbers as
/// "<num>", each mention one token naming its type.
struct Tokens {
    tokens: Vec<String>,
    /// The token index of each placed mention.
    mention_at: Vec<usize>,
}

fn type_token(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "<per>",
        EntityType::Organization => "<org>",
        EntityType::Country => "<cty>",
        EntityType::Location => "<loc>",
    }
}

/// Words are runs of letters, digits, apostrophes and inner hyphens; any other non-space
/// character is a token of its own.
fn push_words(text: &str, tokens: &mut Vec<String>) {
    let mut word = String::new();
    let flush = |word: &mut String, tokens: &mut Vec<String>| {
        if !word.is_empty() {
            let token = if word.chars().any(|c| c.is_ascii_digit()) { "<num>".to_string() } else { word.to_lowercase() };
            tokens.push(token);
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() || (matches!(c, '\'' | '-' | '’') && !word.is_empty()) {
            word.push(c);
        } else {
            flush(&mut word, tokens);
            if !c.is_whitespace() {
                tokens.push(c.to_string());
            }
        }
    }
    flush(&mut word, tokens);
}

fn tokenize(view: &SentenceView) -> Tokens {
    let mut tokens = Vec::new();
    let mut mention_at = Vec::with_capacity(view.placed.len());
    let mut from = 0;
    for p in &view.placed {
        push_words(&view.text[from..p.span.start], &mut tokens);
        mention_at.push(tokens.len());
        tokens.push(type_token(p.kind).to_string());
        from = p.span.end;
    }
    push_words(&view.text[from..], &mut tokens);
    Tokens { tokens, mention_at }
}

fn distance_bucket(words: usize) -> &'static str {
    match words {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=8 => "6-8",
        9..=12 => "9-12",
        _ => "13+",
    }
}

/// The features of one candidate, as strings (`kind|name=value`). Between-words and their
/// order also appear without the kind (`*|…`), so what one kind learns helps the other.
pub fn pair_features(view: &SentenceView, candidate: &Candidate) -> Vec<String> {
    let Tokens { tokens, mention_at } = tokenize(view);
    let (head, tail) = (&view.placed[candidate.head], &view.placed[candidate.tail]);
    let prefix = match (candidate.kind, tail.kind) {
        (RelationKind::BasedIn, _) => "oc",
        (_, EntityType::Country) => "pc",
        _ => "po",
    };
    let (h, t) = (mention_at[candidate.head], mention_at[candidate.tail]);
    let (first, second) = (h.min(t), h.max(t));
    let order = if h < t { "ht" } else { "th" };
    let between = &tokens[first + 1..second];
    let at = |i: isize| -> &str {
        if i < 0 {
            "<s>"
        } else {
            tokens.get(i as usize).map(String::as_str).unwrap_or("</s>")
        }
    };
    let mut features = vec![
        format!("{prefix}|bias"),
        format!("{prefix}|order={order}"),
        format!("{prefix}|d={}|{order}", distance_bucket(between.len())),
        format!("*|d={}|{order}", distance_bucket(between.len())),
        format!("{prefix}|pre={}", at(first as isize - 1)),
        format!("{prefix}|post={}", at(second as isize + 1)),
        format!("{prefix}|hp={}", at(h as isize - 1)),
        format!("{prefix}|hn={}", at(h as isize + 1)),
        format!("{prefix}|tp={}", at(t as isize - 1)),
        format!("{prefix}|tn={}", at(t as isize + 1)),
        format!("{prefix}|tn2={} {}", at(t as isize + 1), at(t as isize + 2)),
    ];
    if between.len() <= 4 {
        features.push(format!("{prefix}|B={}|{order}", between.join(" ")));
        features.push(format!("*|B={}|{order}", between.join(" ")));
    }
    if let (Some(first_word), Some(last_word)) = (between.first(), between.last()) {
        features.push(format!("{prefix}|fb={first_word}|{order}"));
        features.push(format!("{prefix}|lb={last_word}|{order}"));
    }
    let words: BTreeSet<&str> = between.iter().map(String::as_str).collect();
    for word in &words {
        features.push(format!("{prefix}|b={word}"));
        features.push(format!("*|b={word}|{order}"));
    }
    for pair in between.windows(2) {
        features.push(format!("{prefix}|bb={} {}", pair[0], pair[1]));
    }
    // Word classes from the role tables, so an occupation or organization noun never seen in
    // training still counts: "an American <occupation>", "a <org-noun> based in".
    let class = |word: &str| {
        if crate::text::roles::is_occupation_word(word) || crate::text::roles::is_role_word(word) {
            Some("role")
        } else if crate::text::roles::is_organization_noun(word) {
            Some("orgnoun")
        } else if matches!(word, "is" | "was" | "are" | "were" | "became" | "becomes") {
            Some("copula")
        } else if matches!(word, "who" | "which" | "whose" | "that") {
            Some("relative")
        } else {
            None
        }
    };
    let classes: BTreeSet<&str> = between.iter().filter_map(|w| class(w)).collect();
    for c in &classes {
        features.push(format!("{prefix}|c={c}|{order}"));
        features.push(format!("*|c={c}|{order}"));
    }
    for (name, i) in [("tn", t as isize + 1), ("tp", t as isize - 1), ("hn", h as isize + 1), ("hp", h as isize - 1)] {
        if let Some(c) = class(at(i)) {
            features.push(format!("{prefix}|{name}c={c}"));
        }
    }
    // Parentheses opened and not closed between the two: one sits inside a bracket.
    let open = between.iter().filter(|w| *w == "(").count() as isize - between.iter().filter(|w| *w == ")").count() as isize;
    features.push(format!("{prefix}|paren={}|{order}", open.signum()));
    features.push(format!("{prefix}|commas={}", between.iter().filter(|w| *w == ",").count().min(3)));
    // Another person between (or nearer the tail) usually owns the relation instead.
    let persons_between = view.placed.iter().enumerate().filter(|(i, p)| {
        p.kind == EntityType::Person && mention_at[*i] > first && mention_at[*i] < second
    });
    features.push(format!("{prefix}|pb={}", persons_between.count().min(2)));
    let first_person = view.placed.iter().position(|p| p.kind == head.kind);
    if first_person == Some(candidate.head) {
        features.push(format!("{prefix}|hfirst"));
    }
    if crate::link::countries::by_demonym(tail.text).is_some() {
        features.push(format!("{prefix}|tdem|{order}"));
    }
    // The kind of organization a name ends with ("party", "university", "fc").
    let last_word = |text: &str| text.split_whitespace().last().map(|w| w.to_lowercase()).unwrap_or_default();
    if tail.kind == EntityType::Organization {
        features.push(format!("{prefix}|tl={}", last_word(tail.text)));
    }
    if head.kind == EntityType::Organization {
        features.push(format!("{prefix}|hl={}", last_word(head.text)));
    }
    features.sort();
    features.dedup();
    features
}

#[derive(Deserialize)]
struct ModelConfig {
    model_type: String,
    features: String,
    thresholds: HashMap<RelationKind, f64>,
}

/// A trained pair classifier: a weight per known feature, and per kind the probability from
/// which a candidate becomes an edge.
#[derive(Debug, Clone)]
pub struct PairModel {
    /// The folder it was read from.
    pub dir: PathBuf,
    weights: HashMap<String, f32>,
    thresholds: HashMap<RelationKind, f64>,
}

impl PairModel {
    /// Reads a relation model folder: config.json, vocab.json (feature -> index) and
    /// model.safetensors (`weight`, F32, one per vocabulary entry).
    pub fn load(dir: &Path) -> Result<Self> {
        let read = |name: &str| std::fs::read(dir.join(name)).map_err(|e| Error::RelationModel(format!("{}: {e}", dir.join(name).display())));
        let bad = |name: &str, message: String| Error::RelationModel(format!("{}: {message}", dir.join(name).display()));
        let config: ModelConfig = serde_json::from_slice(&read("config.json")?).map_err(|e| bad("config.json", e.to_string()))?;
        if config.model_type != MODEL_TYPE || config.features != FEATURES {
            return Err(bad(
                "config.json",
                format!(
                    "model_type {:?} with features {:?} is not a relation model this build reads ({MODEL_TYPE:?}, {FEATURES:?})",
                    config.model_type, config.features
                ),
            ));
        }
        let vocab: HashMap<String, usize> = serde_json::from_slice(&read("vocab.json")?).map_err(|e| bad("vocab.json", e.to_string()))?;
        let bytes = read("model.safetensors")?;
        let tensors = safetensors::SafeTensors::deserialize(&bytes).map_err(|e| bad("model.safetensors", format!("{e:?}")))?;
        let weight = tensors.tensor("weight").map_err(|e| bad("model.safetensors", format!("{e:?}")))?;
        if weight.dtype() != safetensors::Dtype::F32 || weight.shape() != [vocab.len()] {
            return Err(bad("model.safetensors", format!("`weight` must be F32 of shape [{}]", vocab.len())));
        }
        let values: Vec<f32> = weight.data().chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect();
        let weights = vocab
            .into_iter()
            .map(|(feature, index)| match values.get(index) {
                Some(&w) => Ok((feature, w)),
                None => Err(bad("vocab.json", format!("index {index} of {feature:?} is past the weights"))),
            })
            .collect::<Result<_>>()?;
        Ok(PairModel { dir: dir.to_path_buf(), weights, thresholds: config.thresholds })
    }

    /// The probability that the candidate's sentence states its relation.
    pub fn score(&self, features: &[String]) -> f64 {
        let total: f64 = features.iter().filter_map(|f| self.weights.get(f)).map(|&w| w as f64).sum();
        1.0 / (1.0 + (-total).exp())
    }

    /// The probability from which a candidate of `kind` becomes an edge (never, without one).
    pub fn threshold(&self, kind: RelationKind) -> f64 {
        self.thresholds.get(&kind).copied().unwrap_or(f64::INFINITY)
    }
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::view;
    use super::*;

    #[test]
    fn candidates_pair_people_with_affiliates_and_organizations_with_countries() {
        let v = view(
            "Ann Lee of Acme met Bob in France.",
            &[("Ann Lee", 0, EntityType::Person), ("Acme", 1, EntityType::Organization), ("Bob", 2, EntityType::Person), ("France", 3, EntityType::Country)],
        );
        let pairs: Vec<(usize, usize, RelationKind)> = candidates(&v).iter().map(|c| (c.head, c.tail, c.kind)).collect();
        assert_eq!(
            pairs,
            [
                (0, 1, RelationKind::AffiliatedWith),
                (0, 3, RelationKind::AffiliatedWith),
                (1, 3, RelationKind::BasedIn),
                (2, 1, RelationKind::AffiliatedWith),
                (2, 3, RelationKind::AffiliatedWith)
            ]
        );
        // A mention never pairs with its own entity; places other than countries hold nothing.
        let v = view("Acme of Acme in Paris", &[("Acme", 0, EntityType::Organization), ("Acme", 0, EntityType::Organization), ("Paris", 1, EntityType::Location)]);
        assert!(candidates(&v).is_empty());
    }

    #[test]
    fn features_name_types_not_names() {
        let v = view(
            "Ann Lee, 45, a member of the Green Party since 2001, visited Bob.",
            &[("Ann Lee", 0, EntityType::Person), ("Green Party", 1, EntityType::Organization), ("Bob", 2, EntityType::Person)],
        );
        let features = pair_features(&v, &Candidate { head: 0, tail: 1, kind: RelationKind::AffiliatedWith });
        for expected in ["po|fb=,|ht", "po|lb=the|ht", "po|b=member", "po|b=<num>", "po|tl=party", "po|hfirst", "po|pb=0", "po|post=since", "po|pre=<s>"] {
            assert!(features.iter().any(|f| f == expected), "{expected} not in {features:?}");
        }
        assert!(!features.iter().any(|f| f.contains("ann") || f.contains("green")), "{features:?}");
        // Bob's pair sees a person... no: Ann is not between; Bob is not the first person.
        let features = pair_features(&v, &Candidate { head: 2, tail: 1, kind: RelationKind::AffiliatedWith });
        assert!(features.iter().any(|f| f == "po|order=th"));
        assert!(!features.iter().any(|f| f == "po|hfirst"));
    }

    #[test]
    fn words_split_punctuation_and_fold_numbers() {
        let mut tokens = Vec::new();
        push_words("(born 1950) is Hong Kong-based, O'Neil's", &mut tokens);
        assert_eq!(tokens, ["(", "born", "<num>", ")", "is", "hong", "kong-based", ",", "o'neil's"]);
    }
}
