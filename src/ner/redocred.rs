//! Re-DocRED's gold (`gold.json` beside `docs/`, as in `../shared/data/redocred`) read as NER
//! sentences, so one reader serves `nergraph eval` (the encyclopedic domain beside CoNLL) and
//! `nergraph train` (its first 400 documents as training data).
//!
//! Each line of a document is a sentence; its words are split as the pipeline splits article
//! text ([`crate::text::words::split_words`]); a word takes `B-`/`I-` of the gold mention it
//! overlaps (PER, ORG, LOC), else `O`. Re-DocRED leaves MISC, TIME and NUM entities out of
//! this gold, so a MISC label cannot be scored or taught from it (see [`MISC`]).

use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::path::Path;

use serde::Deserialize;

use super::eval::GoldSentence;
use crate::error::{Context, Error, Result};
use crate::text::words::split_words;
use crate::text::Span;

/// The CoNLL type Re-DocRED's gold does not annotate.
pub const MISC: &str = "MISC";

#[derive(Deserialize)]
struct Gold {
    documents: BTreeMap<String, Document>,
}

#[derive(Deserialize)]
struct Document {
    index: usize,
    file: String,
    sentences: Vec<(usize, usize)>,
    entities: Vec<Entity>,
}

#[derive(Deserialize)]
struct Entity {
    #[serde(rename = "type")]
    kind: String,
    mentions: Vec<GoldMention>,
}

#[derive(Deserialize)]
struct GoldMention {
    start: usize,
    end: usize,
    sentence: usize,
}

/// Whether `path` is a Re-DocRED folder (it holds `gold.json`).
pub fn is_redocred(path: &Path) -> bool {
    path.join("gold.json").is_file()
}

/// Parses "400-499" (inclusive) or "7".
pub fn parse_range(text: &str) -> Result<RangeInclusive<usize>> {
    let bad = || Error::Input(format!("--docs {text:?}: expected FIRST-LAST, e.g. 400-499"));
    let (first, last) = text.split_once('-').unwrap_or((text, text));
    let (first, last) = (first.trim().parse().map_err(|_| bad())?, last.trim().parse().map_err(|_| bad())?);
    if first > last {
        return Err(bad());
    }
    Ok(first..=last)
}

/// The sentences of documents `documents` (by index), in index order.
pub fn read_redocred(dir: &Path, documents: &RangeInclusive<usize>) -> Result<Vec<GoldSentence>> {
    let gold_path = dir.join("gold.json");
    let text = std::fs::read_to_string(&gold_path).context(|| format!("cannot read {}", gold_path.display()))?;
    let gold: Gold = serde_json::from_str(&text).map_err(|e| Error::Input(format!("{}: not Re-DocRED gold: {e}", gold_path.display())))?;
    let mut chosen: Vec<&Document> = gold.documents.values().filter(|d| documents.contains(&d.index)).collect();
    chosen.sort_by_key(|d| d.index);
    let mut sentences = Vec::new();
    for document in chosen {
        let path = dir.join(&document.file);
        let text = std::fs::read_to_string(&path).context(|| format!("cannot read {}", path.display()))?;
        for (number, &(start, end)) in document.sentences.iter().enumerate() {
            let line =
                text.get(start..end).ok_or_else(|| Error::Input(format!("{}: sentence {number} is out of range", path.display())))?;
            let words = split_words(line);
            let mut gold = vec!["O".to_string(); words.len()];
            let mentions = document.entities.iter().flat_map(|e| e.mentions.iter().map(move |m| (e, m)));
            for (entity, mention) in mentions.filter(|(_, m)| m.sentence == number) {
                let span = Span::new(mention.start.saturating_sub(start), mention.end.saturating_sub(start));
                let mut inside = false;
                for (word, label) in words.iter().zip(gold.iter_mut()) {
                    if word.start < span.end && span.start < word.end && label == "O" {
                        *label = format!("{}-{}", if inside { "I" } else { "B" }, entity.kind);
                        inside = true;
                    }
                }
            }
            sentences.push(GoldSentence { text: line.to_string(), words, gold, document: document.index });
        }
    }
    if sentences.is_empty() {
        return Err(Error::Input(format!("{}: no documents in {documents:?}", gold_path.display())));
    }
    Ok(sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("400-499").unwrap(), 400..=499);
        assert_eq!(parse_range("7").unwrap(), 7..=7);
        assert!(parse_range("9-1").is_err() && parse_range("a-b").is_err());
    }

    #[test]
    fn gold_mentions_become_word_labels() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("docs")).unwrap();
        let text = "Angela Merkel led the CDU in Germany.\nShe retired.\n";
        std::fs::write(dir.path().join("docs/0000.txt"), text).unwrap();
        let gold = r#"{"documents": {"0000": {"index": 0, "file": "docs/0000.txt", "sentences": [[0, 37], [38, 50]],
            "entities": [{"type": "PER", "mentions": [{"start": 0, "end": 13, "sentence": 0}]},
                         {"type": "ORG", "mentions": [{"start": 22, "end": 25, "sentence": 0}]},
                         {"type": "LOC", "mentions": [{"start": 29, "end": 36, "sentence": 0}]}]}}}"#;
        std::fs::write(dir.path().join("gold.json"), gold).unwrap();
        assert!(is_redocred(dir.path()));
        let sentences = read_redocred(dir.path(), &(0..=0)).unwrap();
        assert_eq!(sentences.len(), 2);
        assert_eq!(sentences[0].gold, ["B-PER", "I-PER", "O", "O", "B-ORG", "O", "B-LOC", "O"]);
        assert_eq!(sentences[1].gold, ["O", "O", "O"]);
        assert!(read_redocred(dir.path(), &(5..=9)).is_err());
    }
}
