//! Stage 3b, mentions: takes documents, their sentences and the NER word labels; gives
//! [`Mention`]s, each an exact slice of its document.
//!
//! This is where a mention is born: a chunk of labelled words (see [`crate::tags`]) becomes a
//! mention spanning from its first word's start to its last word's end. Its score is the mean,
//! over its words, of the probability the model gave each word's label (first subword).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::ingest::Document;
use crate::sentences::Sentence;
use crate::roles::is_role_word;
use crate::tags::{chunks, Chunk, Tag, WordLabel};

/// One entity mention found by the model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Document path relative to the input folder.
    pub document: String,
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// Byte offsets into the decoded document text.
    pub start: usize,
    pub end: usize,
    /// Exactly `text[start..end]` of the document.
    pub text: String,
    /// The model's entity type (PER, ORG, LOC, MISC for CoNLL models).
    pub label: String,
    /// Mean first-subword probability of the mention's words.
    pub score: f32,
    /// Canonical entity id, filled in by the linking stage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entity: Option<String>,
    /// True for a name the model left untagged that [`recover_names`] proposed; such a mention
    /// is kept only if linking joins it to a known person. Its score is the model's
    /// probability that the word is *not* outside an entity.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recovered: bool,
}

/// A document after NER: its mentions, and the sentences that hold them (text kept for
/// context and evidence; sentences without mentions are dropped to keep memory small).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnalysedDocument {
    pub path: String,
    pub sentences: Vec<SentenceText>,
    pub mentions: Vec<Mention>,
}

impl AnalysedDocument {
    /// The kept sentence with this index, if any.
    pub fn sentence(&self, index: usize) -> Option<&SentenceText> {
        self.sentences.binary_search_by_key(&index, |s| s.index).ok().map(|i| &self.sentences[i])
    }
}

/// A sentence with its text, offsets into the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceText {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// The mentions of one sentence, from its words (relative to the sentence) and their labels.
pub fn sentence_mentions(
    document: &Document,
    sentence: &Sentence,
    words: &[Range<usize>],
    labels: &[WordLabel],
    tags: &[Tag],
) -> Vec<Mention> {
    let word_tags: Vec<Tag> =
        labels.iter().map(|l| tags.get(l.label as usize).cloned().unwrap_or_else(Tag::outside)).collect();
    let found = chunks(&word_tags);
    let recovered_from = found.len();
    let recovered = recover_names(sentence.text(&document.text), words, &word_tags, &found);
    let mut mentions = found
        .into_iter()
        .chain(recovered)
        .map(|chunk| {
            let start = sentence.start + words[chunk.start].start;
            let end = sentence.start + words[chunk.end - 1].end;
            let scores = &labels[chunk.start..chunk.end];
            let score = scores.iter().map(|l| l.score).sum::<f32>() / scores.len() as f32;
            Mention {
                document: document.path.clone(),
                sentence: sentence.index,
                start,
                end,
                text: document.text[start..end].to_string(),
                label: chunk.kind,
                score: (score * 10_000.0).round() / 10_000.0,
                entity: None,
                recovered: false,
            }
        })
        .enumerate()
        .map(|(i, mut mention)| {
            if i >= recovered_from {
                mention.recovered = true;
                mention.score = ((1.0 - mention.score) * 10_000.0).round() / 10_000.0;
            }
            mention
        })
        .collect::<Vec<_>>();
    mentions.sort_by_key(|m| (m.start, m.end));
    mentions
}

/// Proposes a person-name chunk for a capitalised word the model left outside any entity,
/// when it sits right after a modifier entity or a role word and before a lower-case word:
/// "the US Roeside is expressing" (a name garbled past the model's recognition). The
/// linking stage keeps such a proposal only if it can join it to a person.
pub fn recover_names(text: &str, words: &[Range<usize>], tags: &[Tag], found: &[Chunk]) -> Vec<Chunk> {
    let mut proposals = Vec::new();
    for i in 1..words.len().saturating_sub(1) {
        if tags[i] != Tag::outside() {
            continue;
        }
        let word = &text[words[i].clone()];
        let mut chars = word.chars();
        let name_like = chars.next().is_some_and(char::is_uppercase)
            && word.chars().count() >= 4
            && chars.all(|c| c.is_lowercase() && c.is_alphabetic());
        if !name_like || is_role_word(word) {
            continue;
        }
        let after_modifier = found.iter().any(|c| c.end == i && c.kind != "PER") || is_role_word(&text[words[i - 1].clone()]);
        let next = &text[words[i + 1].clone()];
        let before_lower = next.chars().next().is_some_and(char::is_lowercase);
        if after_modifier && before_lower {
            proposals.push(Chunk { start: i, end: i + 1, kind: "PER".to_string() });
        }
    }
    proposals
}
