//! Per-document NER cache, so a rerun after adding one article runs the model on that article
//! only.
//!
//! Takes a document's text and gives back its sentences and mentions from the last run, keyed
//! by the BLAKE3 hash of the text and the model's identity (name, config, weights file size
//! and time, window size) plus this program's version, under `OUT/.cache/ner/`. Entries are
//! written atomically; an unreadable entry is treated as a miss.

use std::path::{Path, PathBuf};

use crate::error::{Context, Result};
use serde::{Deserialize, Serialize};

use super::output::write_atomic;
use crate::ner::mentions::{AnalysedDocument, Mention, SentenceText, UntaggedWord};

pub struct NerCache {
    dir: PathBuf,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    sentences: Vec<SentenceText>,
    mentions: Vec<Mention>,
    #[serde(default)]
    untagged: Vec<UntaggedWord>,
}

/// Bumped when [`Entry`] changes shape, so old entries are never misread.
const FORMAT: u32 = 2;

impl NerCache {
    /// The cache for `model_identity` under the output folder `out`.
    pub fn open(out: &Path, model_identity: &str) -> Result<Self> {
        let version = env!("CARGO_PKG_VERSION");
        let dir = out.join(".cache").join("ner").join(format!("{model_identity}-v{version}-f{FORMAT}"));
        std::fs::create_dir_all(&dir).context(|| format!("cannot create cache folder {}", dir.display()))?;
        Ok(NerCache { dir })
    }

    pub fn key(text: &str) -> String {
        blake3::hash(text.as_bytes()).to_hex().to_string()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The cached analysis of a document with this content, under its current path.
    pub fn get(&self, key: &str, document_path: &str) -> Option<AnalysedDocument> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        let mentions = entry
            .mentions
            .into_iter()
            .map(|mut m| {
                m.document = document_path.to_string();
                m
            })
            .collect();
        Some(AnalysedDocument { path: document_path.to_string(), sentences: entry.sentences, mentions, untagged: entry.untagged })
    }

    pub fn put(&self, key: &str, analysed: &AnalysedDocument) -> Result<()> {
        let entry =
            Entry { sentences: analysed.sentences.clone(), mentions: analysed.mentions.clone(), untagged: analysed.untagged.clone() };
        write_atomic(&self.path(key), |out| Ok(serde_json::to_writer(out, &entry)?))
    }
}
