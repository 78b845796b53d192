//! The shard contract: `run` as three steps that an engine (Ray, Slurm, Kubernetes) can spread
//! over machines sharing one work folder.
//!
//! ```text
//! nergraph plan INPUT_DIR --shards N --work WORK_DIR   → WORK_DIR/plan.json
//! nergraph analyse WORK_DIR --shard K                  → WORK_DIR/shards/K/{analysed.jsonl, complete.json}
//! nergraph link WORK_DIR --out OUT_DIR                 → the outputs, as `run` writes them
//! ```
//!
//! - [`plan`] walks the input once and fixes the document list and its order (the order `run`
//!   uses), the model identity (by content), the options, and each document's shard (balanced
//!   by bytes).
//! - [`analyse_shard`] runs NER on one shard. A complete shard returns at once; a killed one
//!   is redone from the per-document cache in `WORK_DIR/.cache`. Both files of a shard are
//!   written to temporary names and renamed, the completion marker last, so two attempts of
//!   one shard racing each other leave one complete, identical result.
//! - [`link_shards`] is the reduce: it refuses a missing or incomplete shard or one made with
//!   another model or options, then reads the shards in plan order and links exactly as `run`
//!   does. NER labels do not depend on which documents share a batch (see
//!   [`crate::ner::tagger`]), so the outputs are byte-identical to `run` whatever the number of
//!   shards and the order they ran in.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::link::{link_and_publish, LinkSettings, Provenance};
use super::RunSummary;
use crate::error::{Context, Error, Result};
use crate::ner::mentions::AnalysedDocument;
use crate::store::output::write_json;
use crate::store::spill::DocumentSource;
use crate::text::ingest::{self, FileNote};

/// Bumped when the plan or shard files change shape.
pub const PLAN_VERSION: u32 = 1;

/// What `plan` fixed for every shard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub version: u32,
    /// The input folder as the user named it (written into graph.json, as `run` does).
    pub input: String,
    /// The input folder, absolute: where `analyse` reads.
    pub input_dir: PathBuf,
    pub shards: usize,
    pub model: PlannedModel,
    pub max_file_bytes: u64,
    /// Every `.txt` file, in the order `run` reads them.
    pub documents: Vec<PlannedDocument>,
    /// Entries the walk passed over (unreadable folders, special files).
    pub skipped: Vec<FileNote>,
}

/// The model every shard must use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedModel {
    pub dir: PathBuf,
    pub name: String,
    /// [`crate::ner::checkpoint::ModelSpec::identity`]: content and options, not file times.
    pub identity: String,
}

/// One input file and its shard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedDocument {
    /// Relative to the input folder.
    pub path: String,
    pub bytes: u64,
    pub shard: usize,
}

/// The marker a finished shard writes last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShardReport {
    pub shard: usize,
    pub model_identity: String,
    pub plan_digest: String,
    pub documents: usize,
    pub sentences: usize,
    pub cached: usize,
    pub skipped: Vec<FileNote>,
    pub warnings: Vec<FileNote>,
}

/// One line of a shard's `analysed.jsonl`.
#[derive(Debug, Serialize, Deserialize)]
struct ShardLine {
    slot: usize,
    document: AnalysedDocument,
}

/// A shard problem that retrying the same command will not fix (exit 2), as against a missing
/// or failed shard, which a retry of that shard fixes (exit 1).
pub fn is_permanent(error: &Error) -> bool {
    matches!(error, Error::Plan(_) | Error::RelationModel(_))
}

fn plan_path(work: &Path) -> PathBuf {
    work.join("plan.json")
}

fn shard_dir(work: &Path, shard: usize) -> PathBuf {
    work.join("shards").join(shard.to_string())
}

/// A digest of the plan, so a shard made for another plan in the same folder is refused.
fn plan_digest(plan: &Plan) -> String {
    let bytes = serde_json::to_vec(plan).unwrap_or_default();
    blake3::hash(&bytes).to_hex()[..16].to_string()
}

/// Assigns documents to `shards` shards, balanced by bytes: largest first onto the lightest
/// shard (ties to the lower shard), so the assignment is the same on every machine.
fn balance(bytes: &[u64], shards: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by(|&a, &b| bytes[b].cmp(&bytes[a]).then(a.cmp(&b)));
    let mut load = vec![0u64; shards];
    let mut assigned = vec![0; bytes.len()];
    for document in order {
        let lightest = (0..shards).min_by_key(|&s| (load[s], s)).unwrap_or(0);
        load[lightest] += bytes[document].max(1);
        assigned[document] = lightest;
    }
    assigned
}

/// Walks `input` and writes `work/plan.json`. `input_label` is the folder as the user named it.
pub fn plan(input: &Path, input_label: &str, shards: usize, work: &Path, model: PlannedModel, max_file_bytes: u64) -> Result<Plan> {
    if shards == 0 {
        return Err(Error::Plan("--shards must be at least 1".into()));
    }
    let discovery = ingest::discover(input);
    if discovery.files.is_empty() {
        return Err(Error::Plan(format!("no .txt files found in {} (searched recursively; hidden entries are skipped)", input.display())));
    }
    let bytes: Vec<u64> = discovery.files.iter().map(|f| std::fs::metadata(f).map(|m| m.len()).unwrap_or(0)).collect();
    let assigned = balance(&bytes, shards);
    let documents = discovery
        .files
        .iter()
        .zip(&bytes)
        .zip(assigned)
        .map(|((file, &bytes), shard)| PlannedDocument { path: ingest::relative_path(input, file), bytes, shard })
        .collect();
    let input_dir = input.canonicalize().context(|| format!("cannot read input folder {}", input.display()))?;
    let plan = Plan {
        version: PLAN_VERSION,
        input: input_label.to_string(),
        input_dir,
        shards,
        model,
        max_file_bytes,
        documents,
        skipped: discovery.skipped,
    };
    std::fs::create_dir_all(work).context(|| format!("cannot create work folder {}", work.display()))?;
    write_json(&plan_path(work), &plan)?;
    Ok(plan)
}

/// Reads `work/plan.json`.
pub fn read_plan(work: &Path) -> Result<Plan> {
    let path = plan_path(work);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Error::Plan(format!("cannot read {}: {e} (run `nergraph plan` first)", path.display())))?;
    let plan: Plan = serde_json::from_str(&text).map_err(|e| Error::Plan(format!("{}: not a plan: {e}", path.display())))?;
    if plan.version != PLAN_VERSION {
        return Err(Error::Plan(format!("{}: plan version {} is not {PLAN_VERSION}; plan again", path.display(), plan.version)));
    }
    Ok(plan)
}

/// The completion marker of `shard`, if it is there and readable.
pub fn shard_report(work: &Path, shard: usize) -> Option<ShardReport> {
    let text = std::fs::read_to_string(shard_dir(work, shard).join("complete.json")).ok()?;
    serde_json::from_str(&text).ok()
}

/// Runs NER for shard `shard` of `plan` (read from `work`), with a loaded model whose identity
/// must be the plan's. Returns the shard's report; a shard already complete returns at once.
#[cfg(feature = "model")]
pub fn analyse_shard(
    ner: crate::ner::Ner,
    work: &Path,
    plan: &Plan,
    shard: usize,
    progress: &super::analyse::RunProgress,
) -> Result<ShardReport> {
    use super::analyse::{analyse_files, Source};
    use crate::store::cache::NerCache;
    use crate::store::output::{write_atomic, write_jsonl_row};

    if shard >= plan.shards {
        return Err(Error::Plan(format!("shard {shard} does not exist: the plan has shards 0 to {}", plan.shards - 1)));
    }
    let identity = ner.spec.identity();
    if identity != plan.model.identity {
        return Err(Error::Plan(format!(
            "the model {} (identity {identity}) is not the plan's {} (identity {}); analyse with the plan's model and options",
            ner.spec.dir.display(),
            plan.model.dir.display(),
            plan.model.identity
        )));
    }
    let digest = plan_digest(plan);
    if let Some(report) = shard_report(work, shard).filter(|r| r.plan_digest == digest && r.model_identity == identity) {
        return Ok(report);
    }
    let files: Vec<(usize, PathBuf)> =
        plan.documents.iter().enumerate().filter(|(_, d)| d.shard == shard).map(|(slot, d)| (slot, plan.input_dir.join(&d.path))).collect();
    progress.documents.start(files.len() as u64);
    let cache = NerCache::open(work, &identity)?;
    let source = Source { root: &plan.input_dir, files, max_file_bytes: plan.max_file_bytes };
    let mut summary = RunSummary::default();
    let mut analysed: Vec<(usize, AnalysedDocument)> = Vec::new();
    analyse_files(&ner, &source, Some(&cache), progress, &mut summary, &mut |slot, document| {
        analysed.push((slot, document));
        Ok(())
    })?;
    drop(ner);
    analysed.sort_by_key(|(slot, _)| *slot);
    let dir = shard_dir(work, shard);
    std::fs::create_dir_all(&dir).context(|| format!("cannot create shard folder {}", dir.display()))?;
    write_atomic(&dir.join("analysed.jsonl"), |out| {
        for (slot, document) in analysed {
            write_jsonl_row(out, &ShardLine { slot, document })?;
        }
        Ok(())
    })?;
    let report = ShardReport {
        shard,
        model_identity: identity,
        plan_digest: digest,
        documents: summary.documents,
        sentences: summary.sentences,
        cached: summary.cached,
        skipped: summary.skipped,
        warnings: summary.warnings,
    };
    // Written last: a shard is complete only once this file stands.
    write_json(&dir.join("complete.json"), &report)?;
    Ok(report)
}

/// The reduce: checks every shard, then links their documents in plan order and writes the
/// outputs into `out`. Counts into the returned summary; its `skipped` lists the plan's and
/// the shards' skipped files.
pub fn link_shards(work: &Path, out: &Path, settings: &LinkSettings) -> Result<RunSummary> {
    let plan = read_plan(work)?;
    let digest = plan_digest(&plan);
    let mut summary = RunSummary { skipped: plan.skipped.clone(), ..RunSummary::default() };
    for shard in 0..plan.shards {
        let report = shard_report(work, shard).ok_or_else(|| {
            Error::Input(format!(
                "shard {shard} is missing or incomplete (no {}); run `nergraph analyse {} --shard {shard}`",
                shard_dir(work, shard).join("complete.json").display(),
                work.display()
            ))
        })?;
        if report.plan_digest != digest || report.model_identity != plan.model.identity {
            return Err(Error::Input(format!(
                "shard {shard} was made for another plan or model (identity {}, plan's {}); analyse it again",
                report.model_identity, plan.model.identity
            )));
        }
        summary.documents += report.documents;
        summary.sentences += report.sentences;
        summary.cached += report.cached;
        summary.skipped.extend(report.skipped);
        summary.warnings.extend(report.warnings);
    }
    crate::store::output::prepare_output_dir(out)?;
    let lock = crate::store::publish::OutputLock::acquire(out)?;
    let mut documents = ShardFiles { paths: (0..plan.shards).map(|k| shard_dir(work, k).join("analysed.jsonl")).collect() };
    let provenance = Provenance { model: plan.model.name.clone(), input: plan.input.clone() };
    link_and_publish(&mut documents, out, &lock, settings, &provenance, &mut summary)?;
    Ok(summary)
}

/// The shards' documents in plan order, read straight from their files: each file is sorted
/// by slot, so a k-way merge gives the order `run` uses without copying anything.
struct ShardFiles {
    paths: Vec<PathBuf>,
}

/// One shard file being merged: its next line, parsed.
struct ShardReader {
    shard: usize,
    lines: std::io::Lines<BufReader<std::fs::File>>,
    path: PathBuf,
}

impl ShardReader {
    fn next_line(&mut self) -> Option<Result<ShardLine>> {
        let shard = self.shard;
        let path = &self.path;
        self.lines.next().map(|line| {
            let line = line.context(|| format!("shard {shard}: cannot read {}", path.display()))?;
            serde_json::from_str(&line).context(|| format!("shard {shard}: {} is corrupt", path.display()))
        })
    }
}

impl DocumentSource for ShardFiles {
    fn documents(&mut self) -> Result<Box<dyn Iterator<Item = Result<AnalysedDocument>> + '_>> {
        use std::cmp::Reverse;
        use std::collections::BinaryHeap;

        let mut readers = Vec::with_capacity(self.paths.len());
        for (shard, path) in self.paths.iter().enumerate() {
            let file = std::fs::File::open(path).context(|| format!("shard {shard}: cannot read {}", path.display()))?;
            readers.push(ShardReader { shard, lines: BufReader::new(file).lines(), path: path.clone() });
        }
        // Heads of the shards by slot; each shard's next document waits in `heads`.
        let mut heads: Vec<Option<AnalysedDocument>> = (0..readers.len()).map(|_| None).collect();
        let mut queue = BinaryHeap::new();
        for (shard, reader) in readers.iter_mut().enumerate() {
            if let Some(line) = reader.next_line() {
                let line = line?;
                queue.push(Reverse((line.slot, shard)));
                heads[shard] = Some(line.document);
            }
        }
        Ok(Box::new(std::iter::from_fn(move || {
            let Reverse((_, shard)) = queue.pop()?;
            let document = heads[shard].take()?;
            match readers[shard].next_line() {
                Some(Ok(line)) => {
                    queue.push(Reverse((line.slot, shard)));
                    heads[shard] = Some(line.document);
                }
                Some(Err(error)) => return Some(Err(error)),
                None => {}
            }
            Some(Ok(document))
        })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_balance_bytes_and_are_stable() {
        let bytes = [100, 10, 60, 40, 5, 5];
        let assigned = balance(&bytes, 2);
        let load = |s: usize| bytes.iter().zip(&assigned).filter(|(_, &a)| a == s).map(|(b, _)| b).sum::<u64>();
        assert_eq!((load(0), load(1)), (110, 110));
        assert_eq!(balance(&bytes, 2), assigned, "the same on every call");
        assert!(balance(&bytes, 9).iter().all(|&s| s < 9));
    }
}
