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
    /// Keys read or written by this run, for [`NerCache::prune`].
    used: std::sync::Mutex<std::collections::BTreeSet<String>>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    sentences: Vec<SentenceText>,
    mentions: Vec<Mention>,
    #[serde(default)]
    untagged: Vec<UntaggedWord>,
    /// All sentences of the document, kept or not (for the run's summary).
    #[serde(default)]
    sentence_count: usize,
}

/// Bumped when [`Entry`] changes shape or the analyse half reads text differently (4: "c."
/// for circa no longer ends a sentence; 5: a function word labelled alone is no mention; 6: a
/// common noun before a name and a weekday after it are trimmed; 7: a function word after a
/// name is trimmed; 8: an organization takes in its kind right after it; 9: a person takes in
/// the regnal number right after it, and an untagged name opening a sentence that calls it a
/// kind of group is an organization; 10: an untagged name in an organization's slot is one; 11: and
/// before "member" and a person, "former Police member X"; 12: a MISC name before an
/// institution's kind, and an untagged name closing with one, is an organization; 13: "The"
/// labelled alone before a name of its kind is its article; 14: a country's name before the
/// words of a national team is the team, and an opening description ends before a participle
/// that opens its complement, "a station licensed to"; "the girl group X" and "a correspondent
/// for X" are organizations' slots; an opening person takes in a last word left before the
/// copula, "Omar Said is"; an untagged party word before a role is a name, "a Conservative
/// politician"; 15: an untagged country abbreviation in capitals is a place, "about US
/// President X"; 16: "b.", "d.", "v." and "Bros." end no sentence; 17: a player's tallies are organizations'
/// slots, "scored 20 goals for X", "on loan at X"; 18: a country's name cut in two places is
/// one, "Great" / "Britain", and "financier", "merchant", "landowner" are occupations; 19: "spent five seasons at X" and "the youth ranks at X" are
/// organizations' slots, and "the South Korean girl group X" and "a handball player for X"; 20: "made his
/// debut for X", "began his career at X" and "teammates at X" are organizations' slots, and a ruler
/// labelled with the realm is a person and a place, "Louis XIV of France"; "pope", "bandmates" and
/// "teammates" are roles), so old entries are never
/// misread or reused.
const FORMAT: u32 = 20;

impl NerCache {
    /// The cache for `model_identity` under the output folder `out`.
    pub fn open(out: &Path, model_identity: &str) -> Result<Self> {
        let version = env!("CARGO_PKG_VERSION");
        let dir = out.join(".cache").join("ner").join(format!("{model_identity}-v{version}-f{FORMAT}"));
        std::fs::create_dir_all(&dir).context(|| format!("cannot create cache folder {}", dir.display()))?;
        Ok(NerCache { dir, used: Default::default() })
    }

    pub fn key(text: &str) -> String {
        blake3::hash(text.as_bytes()).to_hex().to_string()
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("{key}.json"))
    }

    /// The cached analysis of a document with this content, under its current path, and the
    /// number of sentences the document has.
    pub fn get(&self, key: &str, document_path: &str) -> Option<(AnalysedDocument, usize)> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        self.mark_used(key);
        let mentions = entry
            .mentions
            .into_iter()
            .map(|mut m| {
                m.document = document_path.to_string();
                m
            })
            .collect();
        let analysed = AnalysedDocument { path: document_path.to_string(), sentences: entry.sentences, mentions, untagged: entry.untagged };
        Some((analysed, entry.sentence_count))
    }

    /// Stores a document's analysis; `sentence_count` counts all its sentences.
    pub fn put(&self, key: &str, analysed: &AnalysedDocument, sentence_count: usize) -> Result<()> {
        self.mark_used(key);
        let entry = Entry {
            sentences: analysed.sentences.clone(),
            mentions: analysed.mentions.clone(),
            untagged: analysed.untagged.clone(),
            sentence_count,
        };
        write_atomic(&self.path(key), |out| Ok(serde_json::to_writer(out, &entry)?))
    }

    fn mark_used(&self, key: &str) {
        self.used.lock().unwrap_or_else(|p| p.into_inner()).insert(key.to_string());
    }

    /// Removes what no input of this run used: entries of documents gone or changed, the
    /// temporary files of killed runs, and the folders of other program versions or formats
    /// (entries of other models are kept, for runs that switch models). Call only after a run
    /// that read its whole input. Returns how many entries were removed.
    pub fn prune(&self) -> usize {
        let used = self.used.lock().unwrap_or_else(|p| p.into_inner());
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let key = name.strip_suffix(".json").unwrap_or("");
            if !used.contains(key) && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        let current_suffix = format!("-v{}-f{FORMAT}", env!("CARGO_PKG_VERSION"));
        if let Some(models) = self.dir.parent() {
            for entry in std::fs::read_dir(models).into_iter().flatten().flatten() {
                if !entry.file_name().to_string_lossy().ends_with(&current_suffix) && std::fs::remove_dir_all(entry.path()).is_ok() {
                    removed += 1;
                }
            }
        }
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prune_keeps_what_this_run_used() {
        let out = tempfile::tempdir().unwrap();
        let cache = NerCache::open(out.path(), "model-a").unwrap();
        let document = AnalysedDocument { path: "a.txt".into(), sentences: vec![], mentions: vec![], untagged: vec![] };
        cache.put("kept", &document, 3).unwrap();
        std::fs::write(cache.dir.join("stale.json"), "{}").unwrap();
        std::fs::write(cache.dir.join(".kept.json.x1.tmp"), "").unwrap();
        std::fs::create_dir_all(out.path().join(".cache/ner/model-a-v0.0.1-f1")).unwrap();
        assert_eq!(cache.prune(), 3);
        let (_, sentences) = cache.get("kept", "b.txt").unwrap();
        assert_eq!(sentences, 3);
    }
}
