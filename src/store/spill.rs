//! Stage 3c, spill: analysed documents parked on disk between the NER stage and linking, so a
//! run's memory does not grow with the folder.
//!
//! Takes documents in any order, each with its place in the file list; gives them back in
//! file order, as many times as asked (linking reads them twice). The file is an unnamed
//! temporary file in the output folder, gone when the run ends, even if it fails.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::unix::fs::FileExt;
use std::path::Path;

use crate::error::{Context, Result};
use crate::ner::mentions::AnalysedDocument;

/// Analysed documents that linking reads back in file order, as many times as it asks: the
/// boundary between the analyse and link halves.
pub trait DocumentSource {
    fn documents(&mut self) -> Result<Box<dyn Iterator<Item = Result<AnalysedDocument>> + '_>>;
}

impl DocumentSource for Spill {
    fn documents(&mut self) -> Result<Box<dyn Iterator<Item = Result<AnalysedDocument>> + '_>> {
        Ok(Box::new(Spill::documents(self)?))
    }
}

pub struct Spill {
    writer: BufWriter<File>,
    reader: File,
    written: u64,
    /// (place in the file list, byte offset, byte length) of each document.
    index: Vec<(usize, u64, usize)>,
    sorted: bool,
}

impl Spill {
    /// A new, empty spill file in `dir`.
    pub fn create(dir: &Path) -> Result<Self> {
        let file = tempfile::tempfile_in(dir).context(|| format!("cannot create a temporary file in {}", dir.display()))?;
        let reader = file.try_clone().context(|| "cannot reopen the spill file".into())?;
        Ok(Spill { writer: BufWriter::new(file), reader, written: 0, index: Vec::new(), sorted: true })
    }

    /// Parks `document`, the `slot`-th of the file list.
    pub fn push(&mut self, slot: usize, document: &AnalysedDocument) -> Result<()> {
        let bytes = serde_json::to_vec(document).context(|| "cannot encode an analysed document".into())?;
        self.writer.write_all(&bytes).context(|| "cannot write the spill file (is the output disk full?)".into())?;
        self.sorted &= self.index.last().is_none_or(|&(last, _, _)| last < slot);
        self.index.push((slot, self.written, bytes.len()));
        self.written += bytes.len() as u64;
        Ok(())
    }

    /// The parked documents in file order.
    pub fn documents(&mut self) -> Result<impl Iterator<Item = Result<AnalysedDocument>> + '_> {
        self.writer.flush().context(|| "cannot write the spill file (is the output disk full?)".into())?;
        if !self.sorted {
            self.index.sort_unstable_by_key(|&(slot, _, _)| slot);
            self.sorted = true;
        }
        let reader = &self.reader;
        let mut buffer = Vec::new();
        Ok(self.index.iter().map(move |&(_, offset, length)| {
            buffer.resize(length, 0);
            reader.read_exact_at(&mut buffer, offset).context(|| "cannot read the spill file".into())?;
            serde_json::from_slice(&buffer).context(|| "spill file is corrupt".into())
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::mentions::SentenceText;
    use crate::text::Span;

    fn document(path: &str) -> AnalysedDocument {
        let sentence = SentenceText { index: 0, span: Span::new(0, 4), text: "Text".into() };
        AnalysedDocument { path: path.into(), sentences: vec![sentence], mentions: Vec::new(), untagged: Vec::new() }
    }

    #[test]
    fn gives_documents_back_in_file_order_as_often_as_asked() {
        let dir = tempfile::tempdir().unwrap();
        let mut spill = Spill::create(dir.path()).unwrap();
        for (slot, path) in [(2, "c.txt"), (0, "a.txt"), (1, "b.txt")] {
            spill.push(slot, &document(path)).unwrap();
        }
        for _ in 0..2 {
            let paths: Vec<String> = spill.documents().unwrap().map(|d| d.unwrap().path).collect();
            assert_eq!(paths, ["a.txt", "b.txt", "c.txt"]);
        }
        spill.push(3, &document("d.txt")).unwrap();
        assert_eq!(spill.documents().unwrap().last().unwrap().unwrap(), document("d.txt"));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "the spill file has no name");
    }
}
