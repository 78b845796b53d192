//! The learned relation model's side of the relation stage: which pairs of mentions it is asked
//! about, how a sentence is shown to it, and the trait it answers through.
//!
//! Candidates ([`candidates`]) are kept apart from scoring ([`PairScorer::score`]), as in
//! spaCy's EntityLinker. A candidate is a person and an organization or country
//! ([`RelationKind::AffiliatedWith`]) or an organization and a country
//! ([`RelationKind::BasedIn`]), in either order, in one sentence. The pattern families run
//! first; the model is asked only about the candidates they left unrelated, and a candidate at
//! or above the model's threshold for its kind becomes an edge. The model reads the sentence
//! with the head and its candidate tails set off by typed markers ([`marked_input`]); the one
//! nergraph ships is a fine-tuned transformer ([`super::transformer`], `--relation-model`).
//!
//! ```
//! use nergraph::link::EntityType;
//! use nergraph::relations::learned::{candidates, marked_input};
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
//! let marked = marked_input(&view, pairs[0].head, &[pairs[0].tail]);
//! assert_eq!(marked.text, "@ * person * Ann Lee @ joined # ^ organization ^ Acme # in 2005.");
//! assert_eq!(marked.tails, [(1, 30)]);
//! ```

use std::fmt;
use std::path::Path;

use super::sentence::SentenceView;
use super::RelationKind;
use crate::link::EntityType;

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

/// A relation model: scores candidates of one document at once and says from which
/// probability a candidate of each kind becomes an edge. Implemented, with the `model`
/// feature, by a fine-tuned transformer (`super::transformer::TransformerPairModel`).
pub trait PairScorer: Send + Sync {
    /// The probability of each candidate, in order: `(sentence view, candidate)`.
    fn score(&self, candidates: &[(&SentenceView, Candidate)]) -> crate::error::Result<Vec<f64>>;
    /// The probability from which a candidate of `kind` becomes an edge (never, without one).
    fn threshold(&self, kind: RelationKind) -> f64;
    /// The folder the model was read from.
    fn dir(&self) -> &Path;
}

impl fmt::Debug for dyn PairScorer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PairScorer({})", self.dir().display())
    }
}

/// A sentence as a transformer relation model reads it for one head: the head set off as
/// "@ * person * NAME @" and every candidate tail as "# ^ country ^ NAME #" (typed entity
/// markers in punctuation, after Zhou and Chen 2021, "An Improved Baseline for Sentence-level
/// Relation Extraction"), so one forward pass scores all of the head's tails at their
/// opening "#".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedInput {
    pub text: String,
    /// Per candidate tail: its index in the view's `placed` and the byte offset of its
    /// opening "#" in `text`.
    pub tails: Vec<(usize, usize)>,
}

fn marker_type(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "person",
        EntityType::Organization => "organization",
        EntityType::Country => "country",
        EntityType::Location => "location",
        EntityType::Misc => "misc",
    }
}

/// The marked text of `view` for the head `head`, with `tails` (indices into `placed`)
/// marked as candidates.
pub fn marked_input(view: &SentenceView, head: usize, tails: &[usize]) -> MarkedInput {
    let mut text = String::with_capacity(view.text.len() + 32 * (tails.len() + 1));
    let mut marks = Vec::new();
    let mut from = 0;
    for (i, p) in view.placed.iter().enumerate() {
        let is_tail = tails.contains(&i);
        if i != head && !is_tail {
            continue;
        }
        text.push_str(&view.text[from..p.span.start]);
        if !text.is_empty() && !text.ends_with(char::is_whitespace) {
            text.push(' ');
        }
        let (open, close) = if i == head { ("@ *", "@") } else { ("# ^", "#") };
        if is_tail {
            marks.push((i, text.len()));
        }
        let star = if i == head { "*" } else { "^" };
        text.push_str(&format!("{open} {} {star} {} {close}", marker_type(p.kind), p.text));
        from = p.span.end;
        if view.text[from..].starts_with(|c: char| !c.is_whitespace()) {
            text.push(' ');
        }
    }
    text.push_str(&view.text[from..]);
    MarkedInput { text, tails: marks }
}

/// The input a relation model reads for `head`: the view with the head and every candidate
/// tail of that head marked, whichever of them the model is asked about.
pub fn head_input(view: &SentenceView, head: usize) -> MarkedInput {
    let tails: Vec<usize> = candidates(view).iter().filter(|c| c.head == head).map(|c| c.tail).collect();
    marked_input(view, head, &tails)
}

#[cfg(test)]
mod tests {
    use super::super::sentence::tests::view;
    use super::*;

    #[test]
    fn candidates_pair_people_with_affiliates_and_organizations_with_countries() {
        let v = view(
            "Ann Lee of Acme met Bob in France.",
            &[
                ("Ann Lee", 0, EntityType::Person),
                ("Acme", 1, EntityType::Organization),
                ("Bob", 2, EntityType::Person),
                ("France", 3, EntityType::Country),
            ],
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
        let v = view(
            "Acme of Acme in Paris",
            &[("Acme", 0, EntityType::Organization), ("Acme", 0, EntityType::Organization), ("Paris", 1, EntityType::Location)],
        );
        assert!(candidates(&v).is_empty());
    }

    #[test]
    fn marked_inputs_set_off_the_head_and_its_candidate_tails() {
        let v = view(
            "Ann Lee, a member of the Green Party, met Bob (France).",
            &[
                ("Ann Lee", 0, EntityType::Person),
                ("Green Party", 1, EntityType::Organization),
                ("Bob", 2, EntityType::Person),
                ("France", 3, EntityType::Country),
            ],
        );
        let marked = marked_input(&v, 0, &[1, 3]);
        assert_eq!(
            marked.text,
            "@ * person * Ann Lee @ , a member of the # ^ organization ^ Green Party # , met Bob ( # ^ country ^ France # )."
        );
        let opening: Vec<&str> = marked.tails.iter().map(|&(_, at)| &marked.text[at..at + 1]).collect();
        assert_eq!(opening, ["#", "#"]);
        assert_eq!(marked.tails.iter().map(|t| t.0).collect::<Vec<_>>(), [1, 3]);
        // Every tail's "#" is a word of its own for the word splitter.
        let words = crate::text::words::split_words(&marked.text);
        for &(_, at) in &marked.tails {
            assert!(words.iter().any(|w| w.start == at && w.end == at + 1), "{at}");
        }
    }
}
