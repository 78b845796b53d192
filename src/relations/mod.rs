//! The link half's second stage, relations: takes the linked documents, gives typed edges with
//! evidence sentences.
//!
//! | kind | from | pattern family |
//! |---|---|---|
//! | [`RelationKind::AffiliatedWith`] | PERSON → ORGANIZATION or COUNTRY | [`titles`] (before the name), [`apposition`] (after it), [`membership`] (verbs and roles), [`nationality`] (demonyms), [`party`] (party words); [`citizenship`] (a country's forces, legislature or party, inferred per document) |
//! | [`RelationKind::BasedIn`] | ORGANIZATION → COUNTRY | [`bases`] |
//! | [`RelationKind::CoMentioned`] | any two entities in one sentence | (here) |
//!
//! Merely sharing a sentence gives only `co_mentioned`. Each edge counts its supporting
//! sentences (`weight`), combines their confidences (one minus the product of the misses, see
//! [`confidence`]), and keeps its first sentences in document order ([`MAX_EVIDENCE`] for a
//! co-mention, [`MAX_TYPED_EVIDENCE`] for a typed edge).
//! Relations use linking only through its public API ([`Linking::entity`],
//! [`Linking::country_entity`]).

pub mod apposition;
pub mod bases;
pub mod citizenship;
pub mod learned;
pub mod membership;
pub mod nationality;
pub mod party;
pub mod pronoun;
pub mod sentence;
pub mod titles;
#[cfg(feature = "model")]
pub mod transformer;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, LazyLock};

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::link::{EntityType, LinkDocument, Linking, MentionLink};
use crate::text::roles::is_party_name;
use crate::text::Span;
use sentence::{Placed, SentenceView};

/// Longest sentence the relation patterns and co-mentions read whole. A longer one is a run-on
/// "sentence" (text without punctuation, which the splitter cuts only at its size limit); it is
/// read in pieces of about [`RUN_ON_PIECE`] bytes, cut between mentions, so a 64 KB line
/// neither co-mentions every pair of its hundreds of names nor copies itself into each edge's
/// evidence (a 1 MB one-line file gave 10 GB of graph before). Real sentences are shorter.
pub const MAX_RELATION_SENTENCE: usize = 1_000;

/// The length of a run-on sentence's pieces: about a news sentence (Reuters averages 150 bytes).
pub const RUN_ON_PIECE: usize = 200;

/// A sentence's pieces for relation reading: (span in the document, range of `mentions`, which
/// are in text order). One piece unless the sentence is longer than
/// [`MAX_RELATION_SENTENCE`]; then a piece ends where its next mention would take it past
/// [`RUN_ON_PIECE`] bytes, at that mention's start.
fn relation_pieces<T>(sentence: Span, mentions: &[(&crate::ner::mentions::Mention, T)]) -> Vec<(Span, std::ops::Range<usize>)> {
    if sentence.len() <= MAX_RELATION_SENTENCE || mentions.is_empty() {
        return vec![(sentence, 0..mentions.len())];
    }
    let mut pieces = Vec::new();
    let (mut start, mut first) = (sentence.start, 0);
    for (i, (mention, _)) in mentions.iter().enumerate() {
        if i > first && mention.span.end - start > RUN_ON_PIECE {
            pieces.push((Span::new(start, mention.span.start), first..i));
            (start, first) = (mention.span.start, i);
        }
    }
    pieces.push((Span::new(start, sentence.end), first..mentions.len()));
    pieces
}

/// Evidence sentences kept per `co_mentioned` edge.
pub const MAX_EVIDENCE: usize = 5;

/// Evidence sentences kept per typed edge: more than a co-mention keeps, so that an entity many
/// articles name ("the U.S. Navy" / "the United States Navy", one entity once linked) still shows
/// which articles state its relation; typed edges are few beside co-mentions.
pub const MAX_TYPED_EVIDENCE: usize = 20;

/// How sure one sentence makes each pattern, in 0..1.
pub mod confidence {
    /// "US Secretary of State X".
    pub const TITLE_BEFORE_NAME: f64 = 0.9;
    /// "NATO's chief, X".
    pub const TITLE_SET_OFF_BY_COMMA: f64 = 0.8;
    /// "Z's X", no role.
    pub const POSSESSIVE_OWNER: f64 = 0.75;
    /// "X, the Y of Z".
    pub const APPOSITION: f64 = 0.85;
    /// "US Senate".
    pub const NAMED_AFTER_COUNTRY: f64 = 0.8;
    /// "Moscow State University": named after a capital, which may be the city's own.
    pub const NAMED_AFTER_CAPITAL: f64 = 0.7;
    /// "Z's ORG", "Z-based ORG".
    pub const COUNTRY_BEFORE_ORGANIZATION: f64 = 0.85;
    /// "ORG, based in Z".
    pub const BASED_IN_PHRASE: f64 = 0.9;
    /// "Judge X of the Y".
    pub const PERSON_OF: f64 = 0.7;
    /// "X's PARTY": the organization named as the person's own.
    pub const PERSONS_ORGANIZATION: f64 = 0.7;
    /// "X joined Y", "X, a member of Y".
    pub const MEMBERSHIP: f64 = 0.8;
    /// "X is an American politician".
    pub const NATIONALITY: f64 = 0.85;
    /// "his successor, X from Venezuela.".
    pub const FROM_COUNTRY: f64 = 0.7;
    /// "X is an Iranian politician leading the Y Party": Y is based in Iran.
    pub const NATIONALS_PARTY: f64 = 0.7;
    /// "Z is a French company".
    pub const DESCRIBED_BY_DEMONYM: f64 = 0.8;
    /// "a 2015 Canadian film directed by X": the work's nationality, inferred for its people.
    pub const CREDITED_WORK: f64 = 0.6;
    /// A name in a list after a titled name: "ABBA composers A and B".
    pub const LISTED: f64 = 0.75;
    /// Two entities in one sentence.
    pub const CO_MENTION: f64 = 0.3;
    /// What a statement read through a subject pronoun keeps of its family's confidence: the
    /// pronoun may be someone else's.
    pub const THROUGH_PRONOUN: f64 = 0.8;
}

/// The kinds of edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    AffiliatedWith,
    BasedIn,
    CoMentioned,
}

impl RelationKind {
    /// The name in outputs: `affiliated_with`, `based_in`, `co_mentioned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AffiliatedWith => "affiliated_with",
            Self::BasedIn => "based_in",
            Self::CoMentioned => "co_mentioned",
        }
    }
}

/// What read a typed edge in its sentence: a pattern family (in the order the families are
/// read and ranked: an earlier one's target is kept where a later one finds the same), the
/// inferences drawn from their edges, or the relation model. Each typed edge's evidence says
/// which (`found_by`), so that a reader can tell a stated title from an inferred citizenship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// [`titles`]: the title before the name ("US Secretary of State X").
    Titles,
    /// [`apposition`]: the role after the name ("X, the chairman of Y").
    Apposition,
    /// [`membership`]: a verb or role in one clause ("X joined Y").
    Membership,
    /// [`nationality`]: a demonym or a country named for the person ("an American actor").
    Nationality,
    /// [`party`]: a party word ("X, a Republican").
    Party,
    /// [`nationality::credited_work`]: a national work's credit ("a Canadian film directed by X").
    CreditedWork,
    /// A part's people are its whole's ("a professor at Queens College of the City University").
    WholeOrganization,
    /// A region's office makes its holder of the region's country ("Alabama Governor X").
    RegionalOffice,
    /// [`bases`]: an organization's country ("a French company").
    Bases,
    /// A party whose member the sentence gives one nationality is based there.
    NationalsParty,
    /// [`citizenship`]: a member of a country's body is its citizen (inferred per document).
    Citizenship,
    /// The opt-in relation model ([`learned`]).
    Model,
}

/// A sentence that supports an edge. Document path and text are shared between the edges of
/// one sentence (a sentence naming five entities supports ten co-mention edges).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Evidence {
    pub document: Arc<str>,
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub text: Arc<str>,
    /// What read the edge here; none for a co-mention.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found_by: Option<Family>,
}

/// One edge of the relation graph.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Relation {
    pub source: String,
    pub target: String,
    pub relation: RelationKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub weight: usize,
    pub confidence: f64,
    pub evidence: Vec<Evidence>,
}

/// One edge while documents stream past: its weight, the product of its misses, and its
/// first evidence sentences (bounded, so memory does not grow with the corpus).
/// Kept small: a large corpus has millions of edges, most of them one sentence strong.
struct EdgeAcc {
    weight: usize,
    miss: f64,
    /// The last sentence counted, as (document ordinal, sentence index).
    last: (usize, usize),
    /// Sorted, at most [`MAX_EVIDENCE`], grown one slot at a time.
    evidence: Vec<Evidence>,
}

/// (source entity, target entity, kind, role).
type EdgeKey = (usize, usize, RelationKind, Option<Cow<'static, str>>);

/// Collects relations document by document; [`Relations::finish`] gives the edges.
#[derive(Default)]
pub struct Relations<'m> {
    edges: BTreeMap<EdgeKey, EdgeAcc>,
    documents: usize,
    /// Scores the candidate pairs the patterns leave unrelated ([`learned`]).
    model: Option<&'m dyn learned::PairScorer>,
    /// With [`Relations::record_pairs`]: every candidate pair seen, for training a model.
    pairs: Option<Vec<PairRecord>>,
}

/// A candidate pair as `relation-pairs.jsonl` records it, for training a relation model: where
/// its two mentions are (byte offsets in the document), whether a pattern already related
/// them, and the marked sentence the model reads for it.
#[derive(Debug, Clone, Serialize)]
pub struct PairRecord {
    pub document: Arc<str>,
    pub sentence: usize,
    pub kind: RelationKind,
    pub head: (usize, usize),
    pub tail: (usize, usize),
    pub head_text: String,
    pub tail_text: String,
    /// A pattern family gave this (head entity, tail entity) in this sentence.
    pub by_pattern: bool,
    /// The model's probability, when one ran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The sentence as a transformer relation model reads it for this head
    /// ([`learned::marked_input`]), and the byte offset of this tail's opening marker in it.
    pub input: String,
    pub tail_marker: usize,
}

impl<'m> Relations<'m> {
    /// Relations that also score the pairs the patterns leave unrelated with `model`.
    pub fn with_model(model: Option<&'m dyn learned::PairScorer>) -> Self {
        Relations { model, ..Relations::default() }
    }

    /// Keeps every candidate pair ([`Relations::take_pairs`]).
    pub fn record_pairs(&mut self) {
        self.pairs = Some(Vec::new());
    }

    /// The candidate pairs recorded so far.
    pub fn take_pairs(&mut self) -> Vec<PairRecord> {
        self.pairs.as_mut().map(std::mem::take).unwrap_or_default()
    }

    /// Adds the relations of one document, given where linking put its mentions
    /// ([`Linking::mention_links`]); a mention counts as the entity it acts as (a capital for
    /// its government is its country).
    pub fn add_document(&mut self, document: &LinkDocument, links: &[MentionLink], linking: &Linking) -> Result<()> {
        let ordinal = self.documents;
        self.documents += 1;
        let path: Arc<str> = document.path.as_str().into();
        let mut by_sentence: BTreeMap<usize, Vec<(&crate::ner::mentions::Mention, usize)>> = BTreeMap::new();
        for (mention, link) in document.mentions.iter().zip(links) {
            // Relations are between people, organizations and places, not other named things.
            if let Some(entity) = link.acts_as.filter(|&entity| linking.entity(entity).kind != EntityType::Misc) {
                by_sentence.entry(mention.sentence).or_default().push((mention, entity));
            }
        }
        // Each sentence is read whole, a run-on one in pieces: (sentence, piece span, piece
        // text, its mentions).
        let pieces = by_sentence.iter().filter_map(|(&index, mentions)| document.sentence(index).map(|s| (s, mentions))).flat_map(
            |(sentence, mentions)| {
                relation_pieces(sentence.span, mentions).into_iter().map(move |(span, range)| {
                    (sentence.index, span, span.relative_to(sentence.span.start).slice(&sentence.text), &mentions[range])
                })
            },
        );
        // The countries the document names (or stands for by a capital), which a base read
        // from a city in a name must be one of.
        let document_countries: BTreeSet<usize> =
            by_sentence.values().flatten().map(|&(_, entity)| entity).filter(|&e| linking.entity(e).kind == EntityType::Country).collect();
        // The person whose name opens a sentence, and where the name ends in it.
        // A sentence's first mention: its entity and where it stands in the sentence.
        let first_mention = |sentence: &crate::ner::mentions::SentenceText| {
            let &(mention, entity) = by_sentence.get(&sentence.index)?.first()?;
            Some((entity, mention.span.relative_to(sentence.span.start)))
        };
        let opening_person = |sentence: &crate::ner::mentions::SentenceText| {
            let (entity, name) = first_mention(sentence)?;
            let opens = sentence.text[..name.start].trim().is_empty();
            (opens && linking.entity(entity).kind == EntityType::Person).then_some((entity, name.end))
        };
        // The person the article opens by describing, whom a later sentence's subject pronoun
        // stands for ([`pronoun`]).
        let article_subject = document
            .sentence(0)
            .and_then(|first| {
                opening_person(first)
                    .filter(|&(_, name_end)| pronoun::describes_its_opening_name(&sentence::blank_empty_parentheses(&first.text), name_end))
            })
            .map(|(entity, _)| entity);
        // The sentences whose subject pronoun stands for that person: of the gender the article
        // uses most (counted only in an article that has a subject), while no one else has taken
        // over.
        let about_subject = article_subject
            .and_then(|subject| Some((subject, pronoun::article_gender(document.sentences.iter().map(|s| s.text.as_str()))?)))
            .map(|(subject, gender)| {
                let later = document.sentences.iter().filter(|s| s.index > 0);
                let sentences = later.map(|s| (s.index, s.text.as_str(), opening_person(s).map(|(entity, _)| entity)));
                pronoun::sentences_about_subject(subject, gender, sentences)
            })
            .unwrap_or_default();
        // The organization the article opens by describing ("Slowdive are an English rock
        // band") and the kind it is called, which a later sentence's "the band" or "it" stands
        // for ([`pronoun::OrganizationReference`]).
        let described_organization = |first: &crate::ner::mentions::SentenceText| {
            let (entity, name) = first_mention(first)?;
            let description = crate::text::roles::opening_description(&first.text[..name.start], &first.text[name.end..])?;
            let described =
                linking.entity(entity).kind == EntityType::Organization && crate::text::roles::is_organization_noun(description.head);
            let reference = described.then(|| pronoun::OrganizationReference::new(&description.head.to_lowercase())).flatten()?;
            Some((entity, reference))
        };
        // Or the group an article about one of its works opens by naming ("Blue Skies is the
        // second album by American rock band The Owls": "the band" later is The Owls).
        let work_s_group = |first: &crate::ner::mentions::SentenceText| {
            by_sentence.get(&first.index)?.iter().find_map(|&(mention, entity)| {
                let local = mention.span.relative_to(first.span.start);
                let kind = pronoun::group_a_work_is_by(&first.text[..local.start])?;
                (linking.entity(entity).kind == EntityType::Organization).then_some(())?;
                Some((entity, pronoun::OrganizationReference::new(kind)?))
            })
        };
        let article_organization = document.sentence(0).and_then(|first| described_organization(first).or_else(|| work_s_group(first)));
        // The patterns, piece by piece; then the model over every candidate pair they left
        // unrelated, for the whole document in one call; then the edges, in piece order.
        // The patterns read each piece with its empty parentheses blanked; evidence quotes it
        // as written.
        let pieces: Vec<_> = pieces.collect();
        let read_texts: Vec<Cow<str>> = pieces.iter().map(|piece| sentence::blank_empty_parentheses(piece.2)).collect();
        let mut read: Vec<ReadPiece> = Vec::new();
        for (&(sentence_index, span, written, mentions), sentence_text) in pieces.iter().zip(&read_texts) {
            let sentence_text: &str = sentence_text;
            // In cased text, an organization mention with no capital is a common noun the
            // model tagged ("a horn player", "the architecture department"), no name: nothing
            // belongs to it or is based anywhere; unless it ends in an organization's noun
            // ("former communist party official X"). All-lower-case text keeps its mentions.
            let cased = sentence_text.chars().any(char::is_uppercase);
            let is_common_noun = |mention: &crate::ner::mentions::Mention, kind| {
                let mut words = mention.text.split_whitespace().rev();
                let names_a_kind = words.next().is_some_and(crate::text::roles::is_organization_noun) && words.next().is_some();
                cased && kind == EntityType::Organization && !mention.text.chars().any(char::is_uppercase) && !names_a_kind
            };
            // "Edwards v. Aguillard", "Arsenal v Chelsea": the parties of a case or a fixture
            // name it, and state nothing of themselves.
            let in_a_case_name = |mention: &crate::ner::mentions::Mention| {
                let local = mention.span.relative_to(span.start);
                sentence::is_case_party(sentence_text, local.start, local.end)
            };
            let mut placed: Vec<Placed> = mentions
                .iter()
                .filter(|&&(mention, entity)| !is_common_noun(mention, linking.entity(entity).kind) && !in_a_case_name(mention))
                .map(|&(mention, entity)| {
                    let kind = linking.entity(entity).kind;
                    // "the Ukrainian police authority" read as Ukraine: the patterns see the
                    // demonym, and the kind of organization after it as text ("an American
                    // Internet pioneer": the modifier too).
                    let local = mention.span.relative_to(span.start);
                    let (before, after) = (&sentence_text[..local.start], &sentence_text[local.end..]);
                    let tagged_misc = mention.label == crate::ner::mentions::EntityLabel::Misc;
                    let demonym = kind == EntityType::Country
                        && crate::link::countries::demonym_opens_the_name(&mention.text, before, after, tagged_misc);
                    let text = if demonym { mention.text.split(' ').next().unwrap_or(&mention.text) } else { &mention.text };
                    let start = local.start;
                    Placed { span: crate::text::Span::new(start, start + text.len()), entity, kind, text }
                })
                .collect();
            // "He joined Acme in 1990": the article's subject, before any person named.
            let pronoun = article_subject.filter(|_| about_subject.contains(&sentence_index)).and_then(|subject| {
                let at = pronoun::subject_pronoun(sentence_text)?;
                let index = placed.iter().position(|p| p.span.start > at.start).unwrap_or(placed.len());
                if placed[..index].iter().any(|p| p.kind == EntityType::Person) {
                    return None;
                }
                placed.insert(index, Placed { span: at, entity: subject, kind: EntityType::Person, text: at.slice(sentence_text) });
                Some(index)
            });
            // "The band was formed in 1989 by X": the article's organization, named before
            // anything else in the sentence (but the founders of an opening "Founded by X,");
            // or as what a person joined or left ("X left the band in 1995").
            let pronoun = pronoun.or_else(|| {
                let (subject, reference) = article_organization.as_ref().filter(|_| sentence_index > 0)?;
                let (at, after_names) = match reference.find(sentence_text) {
                    Some(at) => (at, pronoun::OrganizationReference::opens_with_founding(sentence_text)),
                    None => (reference.find_object(sentence_text).or_else(|| reference.find_possessive(sentence_text))?, true),
                };
                if placed.iter().any(|p| p.span.start < at.end && (!after_names || p.span.end > at.start)) {
                    return None;
                }
                let index = placed.iter().position(|p| p.span.start > at.start).unwrap_or(placed.len());
                placed.insert(index, Placed { span: at, entity: *subject, kind: EntityType::Organization, text: at.slice(sentence_text) });
                Some(index)
            });
            let view = SentenceView::new(sentence_text, placed);
            let mut found = pattern_edges(&view, linking, &document_countries);
            // What the sentence states of the pronoun's person alone is read less surely.
            if let Some(at) = pronoun {
                let subject = view.placed[at].entity;
                let named_too = view.placed.iter().enumerate().any(|(i, p)| i != at && p.entity == subject);
                for edge in found.iter_mut().filter(|e| !named_too && (e.source == subject || e.target == subject)) {
                    edge.confidence *= confidence::THROUGH_PRONOUN;
                }
            }
            read.push(ReadPiece { sentence_index, span, written, view, found, pronoun });
        }
        if self.model.is_some() || self.pairs.is_some() {
            self.add_model_edges(&path, &mut read)?;
        }
        citizenship_through_state_bodies(&mut read, linking);
        for piece in read {
            let ReadPiece { sentence_index, span, written, view, found, pronoun } = piece;
            let text: Arc<str> = written.into();
            let mut accumulate = |(source, target, kind): (usize, usize, RelationKind),
                                  role: Option<Cow<'static, str>>,
                                  confidence: f64,
                                  found_by: Option<Family>| {
                let acc = self.edges.entry((source, target, kind, role)).or_insert(EdgeAcc {
                    weight: 0,
                    miss: 1.0,
                    last: (usize::MAX, usize::MAX),
                    evidence: Vec::new(),
                });
                if acc.last == (ordinal, sentence_index) {
                    return;
                }
                acc.last = (ordinal, sentence_index);
                acc.weight += 1;
                acc.miss *= 1.0 - confidence;
                let evidence = Evidence {
                    document: path.clone(),
                    sentence: sentence_index,
                    start: span.start,
                    end: span.end,
                    text: text.clone(),
                    found_by,
                };
                // The first few in (document, sentence) order, as a sorted set would keep.
                let most = if kind == RelationKind::CoMentioned { MAX_EVIDENCE } else { MAX_TYPED_EVIDENCE };
                if let Err(at) = acc.evidence.binary_search(&evidence) {
                    if at < most {
                        if acc.evidence.len() == most {
                            acc.evidence.pop();
                        } else {
                            acc.evidence.reserve_exact(1);
                        }
                        acc.evidence.insert(at, evidence);
                    }
                }
            };
            for edge in found {
                accumulate((edge.source, edge.target, edge.kind), edge.role, edge.confidence, Some(edge.found_by));
            }
            // (A pronoun gives typed edges only: co-mentions are of names.)
            let entities: BTreeSet<usize> =
                view.placed.iter().enumerate().filter(|&(i, _)| Some(i) != pronoun).map(|(_, p)| p.entity).collect();
            let entities: Vec<usize> = entities.into_iter().collect();
            for (i, &a) in entities.iter().enumerate() {
                for &b in &entities[i + 1..] {
                    // Undirected in meaning: stored from the smaller id to the larger.
                    let (source, target) = if linking.entity(a).id <= linking.entity(b).id { (a, b) } else { (b, a) };
                    accumulate((source, target, RelationKind::CoMentioned), None, confidence::CO_MENTION, None);
                }
            }
        }
        Ok(())
    }

    /// Scores every candidate pair the patterns left unrelated in one call to the model, adds
    /// those at or above its threshold to their piece's edges, and records the pairs when asked.
    fn add_model_edges(&mut self, path: &Arc<str>, read: &mut [ReadPiece]) -> Result<()> {
        let mut asked: Vec<(usize, learned::Candidate, bool)> = Vec::new();
        for (p, piece) in read.iter().enumerate() {
            // (The model was trained on names, not pronouns.)
            let named = |c: &learned::Candidate| piece.pronoun.is_none_or(|at| c.head != at && c.tail != at);
            for candidate in learned::candidates(&piece.view).into_iter().filter(named) {
                let (head, tail) = (&piece.view.placed[candidate.head], &piece.view.placed[candidate.tail]);
                let stated = piece.found.iter().any(|f| (f.source, f.target, f.kind) == (head.entity, tail.entity, candidate.kind));
                asked.push((p, candidate, stated));
            }
        }
        // (The model reads each piece as written, as it was trained.)
        let written: Vec<SentenceView> =
            read.iter().map(|piece| SentenceView { text: piece.written, placed: piece.view.placed.clone() }).collect();
        let unstated: Vec<(&SentenceView, learned::Candidate)> =
            asked.iter().filter(|a| !a.2).map(|&(p, candidate, _)| (&written[p], candidate)).collect();
        let scores = match (self.model, unstated.is_empty()) {
            (Some(model), false) => Some(model.score(&unstated)?),
            _ => None,
        };
        let mut unstated_scores = scores.iter().flatten().copied();
        // An organization has one base and a person mostly one nationality: where the patterns
        // state one in this document, the model adds no other (its country edges are the
        // least precise it proposes).
        let mut stated_country_of = BTreeSet::new();
        for piece in read.iter() {
            for edge in &piece.found {
                let to_country = piece.view.placed.iter().any(|p| p.entity == edge.target && p.kind == EntityType::Country);
                if to_country {
                    stated_country_of.insert(edge.source);
                }
            }
        }
        let mut new_edges: Vec<(usize, FoundEdge)> = Vec::new();
        let mut head_inputs: BTreeMap<(usize, usize), learned::MarkedInput> = BTreeMap::new();
        for &(p, candidate, stated) in &asked {
            let score = if stated { None } else { unstated_scores.next() };
            let view = &written[p];
            let (head, tail) = (&view.placed[candidate.head], &view.placed[candidate.tail]);
            let another_country = tail.kind == EntityType::Country && stated_country_of.contains(&head.entity);
            if let (Some(model), Some(score)) = (self.model, score) {
                if score >= model.threshold(candidate.kind) && !another_country {
                    let confidence = (score * 1000.0).round() / 1000.0;
                    let edge = FoundEdge {
                        source: head.entity,
                        target: tail.entity,
                        kind: candidate.kind,
                        role: None,
                        confidence,
                        found_by: Family::Model,
                    };
                    new_edges.push((p, edge));
                }
            }
            if let Some(pairs) = &mut self.pairs {
                let at = read[p].span.start;
                let absolute = |placed: &Placed| (placed.span.start + at, placed.span.end + at);
                // One marked input per (piece, head), shared by that head's pairs.
                let marked = head_inputs.entry((p, candidate.head)).or_insert_with(|| learned::head_input(view, candidate.head));
                let tail_marker = marked.tails.iter().find(|t| t.0 == candidate.tail).map(|t| t.1).unwrap_or(0);
                pairs.push(PairRecord {
                    document: path.clone(),
                    sentence: read[p].sentence_index,
                    kind: candidate.kind,
                    head: absolute(head),
                    tail: absolute(tail),
                    head_text: head.text.to_string(),
                    tail_text: tail.text.to_string(),
                    by_pattern: stated,
                    score,
                    input: marked.text.clone(),
                    tail_marker,
                });
            }
        }
        for (p, edge) in new_edges {
            read[p].found.push(edge);
        }
        Ok(())
    }

    /// The edges, sorted by (source, target, relation, role).
    pub fn finish(self, linking: &Linking) -> Vec<Relation> {
        let mut relations: Vec<Relation> = self
            .edges
            .into_iter()
            .map(|((source, target, relation, role), acc)| Relation {
                source: linking.entity(source).id.clone(),
                target: linking.entity(target).id.clone(),
                relation,
                role: role.map(Cow::into_owned),
                weight: acc.weight,
                confidence: ((1.0 - acc.miss) * 1000.0).round() / 1000.0,
                evidence: acc.evidence,
            })
            .collect();
        relations.sort_by(|a, b| {
            (&a.source, &a.target, a.relation.as_str(), &a.role).cmp(&(&b.source, &b.target, b.relation.as_str(), &b.role))
        });
        relations
    }
}

/// A typed edge one piece states.
struct FoundEdge {
    source: usize,
    target: usize,
    kind: RelationKind,
    role: Option<Cow<'static, str>>,
    confidence: f64,
    found_by: Family,
}

/// A piece of a document as the relation stage reads it: where it is, its linked mentions,
/// and the typed edges found in it so far.
struct ReadPiece<'a> {
    sentence_index: usize,
    span: Span,
    /// The piece's text as written (`view.text` is as the patterns read it).
    written: &'a str,
    view: SentenceView<'a>,
    found: Vec<FoundEdge>,
    /// Where in `view.placed` a subject pronoun stands for the article's subject.
    pronoun: Option<usize>,
}

/// [`citizenship`]: to each person the document gives a membership of one country's body
/// ("a general in the United States Army", a player of its national team) and no country of
/// their own, that country, in the membership's sentence. The body must have one base in the
/// document, and the person's bodies one country between them.
fn citizenship_through_state_bodies(read: &mut [ReadPiece], linking: &Linking) {
    let edges = || read.iter().flat_map(|piece| &piece.found);
    let mut bases: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for edge in edges().filter(|e| e.kind == RelationKind::BasedIn) {
        bases.entry(edge.source).or_default().insert(edge.target);
    }
    let is_person = |entity: usize| linking.entity(entity).kind == EntityType::Person;
    let with_country: BTreeSet<usize> = edges()
        .filter(|e| e.kind == RelationKind::AffiliatedWith && linking.entity(e.target).kind == EntityType::Country)
        .map(|e| e.source)
        .collect();
    // The one base of a state body the person is affiliated with.
    let body_country = |edge: &FoundEdge| {
        let body = linking.entity(edge.target);
        let stated = edge.kind == RelationKind::AffiliatedWith && is_person(edge.source) && !with_country.contains(&edge.source);
        let base = bases.get(&edge.target).filter(|countries| countries.len() == 1)?.first().copied();
        let citizens_body = citizenship::makes_its_member_a_citizen(&body.label, edge.role.as_deref());
        (stated && body.kind == EntityType::Organization && citizens_body).then_some(base).flatten()
    };
    // (piece, inferred edge), in piece and edge order; then those of people with one country.
    let inferred: Vec<(usize, FoundEdge)> = read
        .iter()
        .enumerate()
        .flat_map(|(at, piece)| piece.found.iter().map(move |edge| (at, edge)))
        .filter_map(|(at, edge)| {
            let inferred = FoundEdge {
                source: edge.source,
                target: body_country(edge)?,
                kind: RelationKind::AffiliatedWith,
                role: edge.role.clone(),
                confidence: edge.confidence * citizenship::THROUGH_STATE_BODY,
                found_by: Family::Citizenship,
            };
            Some((at, inferred))
        })
        .collect();
    let mut countries: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (_, edge) in &inferred {
        countries.entry(edge.source).or_default().insert(edge.target);
    }
    for (at, edge) in inferred {
        if countries[&edge.source].len() == 1 {
            read[at].found.push(edge);
        }
    }
}

/// After a name, the start of an owner of its own: " of ", ", from ", "'s ", " (".
static OWNER_AFTER_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(,\s*)?(of|from|at|with)\s|^\s*('s|’s|')\s|^\s*\(").expect("valid regex"));

/// "Alabama Governor George Wallace": the office of a region (or a city's mayor) before the
/// name makes the person of the region's country, when the corpus names that country.
fn regional_office(view: &SentenceView, index: usize, linking: &Linking) -> Option<sentence::Found> {
    let (country, office) = titles::regional_office_held(view, index)?;
    Some(sentence::Found {
        target: linking.country_entity(country)?,
        role: Some(Cow::Owned(office)),
        confidence: confidence::TITLE_BEFORE_NAME,
    })
}

/// The typed edges the pattern families find in one piece, in family order.
fn pattern_edges(view: &SentenceView, linking: &Linking, document_countries: &BTreeSet<usize>) -> Vec<FoundEdge> {
    let mut edges = Vec::new();
    // What the title patterns gave the previous person, for a list of names that
    // shares one title ("ABBA composers A and B", "directors A, B and C").
    let mut previous_title: Option<(usize, Option<sentence::Found>)> = None;
    // Per person, the party and country [`national_party`] reads from their edges.
    let mut parties_of_nationals = Vec::new();
    for (i, person) in view.placed.iter().enumerate() {
        if person.kind != EntityType::Person {
            continue;
        }
        let mut title = titles::title_before_name(view, i);
        if title.is_none() {
            if let Some((previous, inherited)) = &previous_title {
                let gap = view.between(view.placed[*previous].span.end, person.span.start);
                if let Some(own_post) = inherited.as_ref().and_then(|f| titles::owner_shared_with_own_post(gap, f)) {
                    title = Some(own_post);
                } else if sentence::is_list_gap(gap) {
                    // Only a plural title is shared ("composers A and B"); "Minister A
                    // and B" names one minister and someone else. A bare possessive owner is
                    // shared ("Acme's A and B"), unless the next name has an owner of its own
                    // after it ("Acme's A and B of Beta").
                    let owned_after = OWNER_AFTER_NAME.is_match(&view.text[person.span.end..]);
                    title = inherited
                        .as_ref()
                        .filter(|f| f.role.as_deref().map_or(!owned_after, sentence::is_plural_occupation))
                        .map(|f| sentence::Found { confidence: confidence::LISTED, ..f.clone() });
                }
            }
        }
        previous_title = Some((i, title.clone()));
        // "Arsenal and Chelsea goalkeeper X": the owners listed before a title one person holds
        // share it; in the plural ("Acme and Beta chief executives A and B") nobody's is known.
        let (title, listed_owners) = match title {
            Some(found) => match titles::listed_title_owners(view, i, &found) {
                Some(others) => (Some(found), others),
                None => (None, Vec::new()),
            },
            None => (None, Vec::new()),
        };
        // The title the list shares is plural; each person holds one ("composer").
        let title = title.map(sentence::Found::held_by_one);
        // (family, what it found), in family order; apposition, membership and nationality may
        // find several.
        let mut stated: Vec<(Family, sentence::Found)> =
            [(Family::Titles, title), (Family::Party, party::party(view, i)), (Family::CreditedWork, nationality::credited_work(view, i))]
                .into_iter()
                .chain(listed_owners.into_iter().map(|found| (Family::Titles, Some(found))))
                .chain(apposition::apposition_after_name(view, i).into_iter().map(|found| (Family::Apposition, Some(found))))
                .chain(membership::membership(view, i).into_iter().map(|found| (Family::Membership, Some(found))))
                .chain(nationality::nationality(view, i).into_iter().map(|found| (Family::Nationality, Some(found))))
                .chain(std::iter::once((Family::RegionalOffice, regional_office(view, i, linking))))
                .filter_map(|(family, found)| Some((family, found?)))
                .collect();
        // "a professor at Queens College of the City University of New York", "X of Harvard
        // University's Kennedy School": a part's people are its whole's too.
        let wholes: Vec<(Family, sentence::Found)> = stated
            .iter()
            .filter_map(|(_, found)| {
                let whole = membership::whole_organization(view, found.target)?;
                let found = sentence::Found { target: whole, confidence: found.confidence.min(confidence::PERSON_OF), ..found.clone() };
                Some((Family::WholeOrganization, found))
            })
            .collect();
        stated.extend(wholes);
        // "X, the daughter of Y, was a member of Z": what follows the aside is X's, not Y's.
        if let Some(aside) = sentence::inside_an_earlier_aside(view, i) {
            stated.retain(|(_, found)| view.placed.iter().any(|p| p.entity == found.target && p.span.start < aside.end));
        }
        // "a Brazilian footballer of Italian descent": an ancestry is no nationality, whatever
        // family read the demonym.
        stated.retain(|(_, found)| {
            let named: Vec<usize> = view.placed.iter().enumerate().filter(|(_, p)| p.entity == found.target).map(|(at, _)| at).collect();
            named.is_empty() || !named.iter().all(|&at| sentence::names_a_descent(view, at))
        });
        stated.sort_by_key(|(family, _)| *family);
        parties_of_nationals.push(national_party(view, &stated));
        // The newer families only add targets the title patterns did not find.
        let mut targets = Vec::new();
        for (family, found) in stated {
            if family >= Family::Membership && targets.contains(&found.target) {
                continue;
            }
            targets.push(found.target);
            if found.target != person.entity {
                edges.push(FoundEdge {
                    source: person.entity,
                    target: found.target,
                    kind: RelationKind::AffiliatedWith,
                    role: found.role,
                    confidence: found.confidence,
                    found_by: family,
                });
            }
        }
    }
    let country_entity = |country| linking.country_entity(country);
    for (i, org) in view.placed.iter().enumerate() {
        if org.kind == EntityType::Organization {
            if let Some((country, confidence)) = bases::based_in_document(view, i, &country_entity, document_countries) {
                // Its other names in the parenthesis after it share the base ("Ooredoo QSC
                // (formerly Qtel) is a Qatari company").
                for source in std::iter::once(org.entity).chain(bases::other_names(view, i)) {
                    edges.push(FoundEdge {
                        source,
                        target: country,
                        kind: RelationKind::BasedIn,
                        role: None,
                        confidence,
                        found_by: Family::Bases,
                    });
                }
            }
        }
    }
    // "X is an Iranian cleric and politician leading the National Trust Party": a party is
    // national, so one whose member the sentence gives one nationality is based there.
    for (party, country) in parties_of_nationals.into_iter().flatten() {
        if !edges.iter().any(|e| e.kind == RelationKind::BasedIn && e.source == party) {
            let confidence = confidence::NATIONALS_PARTY;
            let found_by = Family::NationalsParty;
            edges.push(FoundEdge { source: party, target: country, kind: RelationKind::BasedIn, role: None, confidence, found_by });
        }
    }
    edges
}

/// The (party, country) a person's stated edges give: the one country the nationality
/// family gives them and a party (an organization named as one) the membership or party
/// families give them.
fn national_party(view: &SentenceView, stated: &[(Family, sentence::Found)]) -> Option<(usize, usize)> {
    let placed = |entity: usize| view.placed.iter().find(|p| p.entity == entity);
    let mut countries = stated.iter().filter(|(family, _)| *family == Family::Nationality).map(|(_, f)| f.target);
    let country = countries.next().filter(|&c| countries.all(|other| other == c))?;
    let party = stated
        .iter()
        .filter(|(family, _)| matches!(family, Family::Membership | Family::Party))
        .map(|(_, f)| f.target)
        .find(|&target| placed(target).is_some_and(|p| p.kind == EntityType::Organization && is_party_name(p.text)))?;
    Some((party, country))
}

/// Finds all relations of documents held in memory, after [`crate::link::link`] (the same
/// documents in the same order).
pub fn extract(documents: &[LinkDocument], linking: &Linking) -> Vec<Relation> {
    let mut relations = Relations::default();
    for (ordinal, document) in documents.iter().enumerate() {
        // Without a model, reading relations cannot fail.
        if let Err(error) = relations.add_document(document, &linking.mention_links(ordinal, document), linking) {
            unreachable!("relations without a model failed: {error}");
        }
    }
    relations.finish(linking)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::mentions::{EntityLabel, Mention};

    fn mention_at(start: usize) -> Mention {
        Mention {
            document: "a.txt".into(),
            sentence: 0,
            span: Span::new(start, start + 5),
            text: "Name1".into(),
            label: EntityLabel::Person,
            score: 1.0,
            entity: None,
            recovered: false,
        }
    }

    #[test]
    fn a_real_sentence_is_one_piece() {
        let mentions = [mention_at(10), mention_at(400), mention_at(900)];
        let placed: Vec<(&Mention, usize)> = mentions.iter().map(|m| (m, 0)).collect();
        let sentence = Span::new(0, MAX_RELATION_SENTENCE);
        assert_eq!(relation_pieces(sentence, &placed), [(sentence, 0..3)]);
    }

    #[test]
    fn a_run_on_sentence_is_read_in_short_pieces_cut_at_mentions() {
        // 3,000 bytes, a mention every 90 bytes.
        let mentions: Vec<Mention> = (0..33).map(|i| mention_at(100 + 90 * i)).collect();
        let placed: Vec<(&Mention, usize)> = mentions.iter().map(|m| (m, 0)).collect();
        let pieces = relation_pieces(Span::new(50, 3_050), &placed);
        assert!(pieces.len() > 10, "{pieces:?}");
        // Pieces tile the sentence, each mention in exactly one, in order.
        assert_eq!(pieces[0].0.start, 50);
        assert_eq!(pieces.last().unwrap().0.end, 3_050);
        assert_eq!(pieces.last().unwrap().1.end, mentions.len());
        for pair in pieces.windows(2) {
            assert_eq!(pair[0].0.end, pair[1].0.start);
            assert_eq!(pair[0].1.end, pair[1].1.start);
        }
        for (span, range) in &pieces {
            let last = &mentions[range.end - 1];
            assert!(span.start <= mentions[range.start].span.start && last.span.end <= span.end);
            // A piece's mentions fit in RUN_ON_PIECE bytes from its start.
            assert!(last.span.end - span.start <= RUN_ON_PIECE, "{span:?}");
        }
    }
}
