//! The `nergraph` command line: `run` (the whole pipeline over a folder) and `eval` (NER
//! accuracy and speed on a CoNLL file). The only place that holds clap, indicatif and anyhow.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

use nergraph::link::aliases::AliasRules;
use nergraph::ner::checkpoint::{Decoding, Forward, ModelSpec};
use nergraph::ner::{Ner, NerOptions, Progress};
use nergraph::pipeline::analyse::RunProgress;
use nergraph::pipeline::link::LinkSettings;
use nergraph::pipeline::shards::{self, PlannedModel};
use nergraph::pipeline::{self, RunOptions, RunSummary};
use nergraph::relations::learned::PairScorer;
use nergraph::relations::transformer::TransformerPairModel;

/// Exit statuses (also in the README).
const EXIT_FAILED: u8 = 1;
const EXIT_SKIPPED_FILES: u8 = 3;
/// A shard command failed in a way no retry fixes (clap's usage errors exit 2 too).
const EXIT_NEVER_RETRY: u8 = 2;

const DEFAULT_MODEL: &str = "models/minilm-l6-wordcase-ner";

#[derive(Parser)]
#[command(
    name = "nergraph",
    version,
    about = "Find people, organizations and places in a folder of articles, link their spellings, and draw their relations",
    after_help = "Examples:\n  nergraph run seeds --out output\n  nergraph run ~/articles --out out --model models/conll03-minilm-l3-uncased --batch-tokens 4096\n  nergraph eval ../shared/data/conll2003/test.txt --json\n  nergraph plan articles --shards 8 --work work && nergraph analyse work --shard 0 && ... && nergraph link work --out out\n  nergraph view out/graph.json --out view.html\n\nExit status: 0 done; 1 failed (retry); 2 usage error, or a shard step no retry fixes; 3 done, but some files were skipped."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the pipeline over a folder of .txt articles and write the outputs.
    #[command(
        after_help = "Examples:\n  nergraph run seeds --out output\n  NERGRAPH_MODEL=models/conll03-minilm-l3-uncased nergraph run articles --out out --quiet"
    )]
    Run {
        /// Folder of articles (searched recursively for .txt files).
        input_dir: PathBuf,
        /// Output folder (created if missing).
        #[arg(long, short)]
        out: PathBuf,
        #[command(flatten)]
        link: LinkArgs,
        /// Do not reuse (or store) per-document NER results in OUT_DIR/.cache.
        #[arg(long)]
        no_cache: bool,
        /// Skip files larger than this many MB.
        #[arg(long, default_value_t = 16)]
        max_file_mb: u64,
        #[command(flatten)]
        model: ModelArgs,
    },
    /// Shard step 1: walk a folder once and fix the documents, their shards, the model and
    /// the options in WORK_DIR/plan.json.
    #[command(
        after_help = "Examples:\n  nergraph plan articles --shards 8 --work /shared/work\n\nExit status: 0 done; 1 failed, retry; 2 never retry (bad plan or model)."
    )]
    Plan {
        /// Folder of articles (searched recursively for .txt files).
        input_dir: PathBuf,
        /// How many shards to cut the documents into (balanced by bytes).
        #[arg(long)]
        shards: usize,
        /// Work folder shared by every shard (created if missing).
        #[arg(long)]
        work: PathBuf,
        /// Skip files larger than this many MB.
        #[arg(long, default_value_t = 16)]
        max_file_mb: u64,
        #[command(flatten)]
        model: ModelArgs,
    },
    /// Shard step 2: NER for one shard of a plan. Idempotent; safe to run twice at once.
    #[command(
        after_help = "Examples:\n  nergraph analyse /shared/work --shard 3\n  nergraph analyse /shared/work --shard $SLURM_ARRAY_TASK_ID --threads 4\n\nExit status: 0 done; 1 failed, retry; 2 never retry (no such shard, another model)."
    )]
    Analyse {
        /// Work folder holding plan.json.
        work_dir: PathBuf,
        /// Which shard (0-based).
        #[arg(long)]
        shard: usize,
        #[command(flatten)]
        model: ModelArgs,
    },
    /// Shard step 3: link every shard's documents and write the outputs, as `run` would.
    #[command(
        after_help = "Examples:\n  nergraph link /shared/work --out out\n\nExit status: 0 done; 1 failed or a shard is missing, retry; 2 never retry; 3 done, but some files were skipped."
    )]
    Link {
        /// Work folder holding plan.json and the shards.
        work_dir: PathBuf,
        /// Output folder (created if missing).
        #[arg(long, short)]
        out: PathBuf,
        #[command(flatten)]
        link: LinkArgs,
    },
    /// Render the offline viewer (graph.html) again from a graph.json, e.g. one you filtered.
    #[command(after_help = "Examples:\n  nergraph view output/graph.json --out people.html")]
    View {
        /// A node-link graph.json as `run` writes it.
        graph_json: PathBuf,
        /// The HTML file to write (replaced atomically).
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Fine-tune a BERT token classifier on CoNLL files and Re-DocRED documents; the epoch with
    /// the best mean dev F1 is written to OUT as a Hugging Face folder (see scripts/train_ner.sh).
    #[command(
        after_help = "Examples:\n  nergraph train --from models/conll03-minilm-l6-uncased --out models/mine --train ../shared/data/conll2003/train.txt --train ../shared/data/redocred:0-349 --dev ../shared/data/conll2003/dev.txt --dev ../shared/data/redocred:350-399 --word-case"
    )]
    Train {
        /// The checkpoint to start from (a BERT token classifier).
        #[arg(long)]
        from: PathBuf,
        /// Where the trained folder goes (replaced when training completes).
        #[arg(long)]
        out: PathBuf,
        /// Training data: a CoNLL file, or a Re-DocRED folder with documents as DIR:FIRST-LAST. Repeatable.
        #[arg(long, required = true)]
        train: Vec<String>,
        /// Dev data, same forms; the epoch with the best mean F1 over these is kept. Repeatable.
        #[arg(long, required = true)]
        dev: Vec<String>,
        /// Feed each subword's word capitalisation as its token type (grows type_vocab_size to 4).
        #[arg(long)]
        word_case: bool,
        #[arg(long, default_value_t = 3)]
        epochs: usize,
        #[arg(long, default_value_t = 5e-5)]
        learning_rate: f64,
        /// Rows x padded length of a batch, at most.
        #[arg(long, default_value_t = 2048)]
        batch_tokens: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also try the mean of the last N epochs' weights, kept if its dev F1 is best.
        #[arg(long, default_value_t = 0)]
        average_last: usize,
        /// Learning rate of the token-type embeddings as a multiple of --learning-rate.
        #[arg(long, default_value_t = 1.0)]
        type_lr_scale: f64,
        /// libtorch threads.
        #[arg(long, default_value_t = 2)]
        threads: usize,
    },
    /// Fine-tune a BERT token classifier into a relation model: it reads a sentence with one head
    /// and its candidate tails marked, and says which tails the sentence relates to the head
    /// (see scripts/train_relations.sh, which makes the data).
    #[command(
        after_help = "Example:\n  nergraph train-relations --from models/conll03-minilm-l6-uncased --train inputs.jsonl --out models/relations-minilm"
    )]
    TrainRelations {
        /// The checkpoint to start from (a BERT token classifier; its head is replaced).
        #[arg(long)]
        from: PathBuf,
        /// Where the trained folder goes (replaced when training completes).
        #[arg(long)]
        out: PathBuf,
        /// Marked training inputs, JSONL (scripts/relation_inputs.py writes them).
        #[arg(long)]
        train: PathBuf,
        /// Marked dev inputs, only reported on (the thresholds come from the training inputs).
        #[arg(long)]
        dev: Option<PathBuf>,
        #[arg(long, default_value_t = 4)]
        epochs: usize,
        #[arg(long, default_value_t = 5e-5)]
        learning_rate: f64,
        /// Rows x padded length of a batch, at most.
        #[arg(long, default_value_t = 2048)]
        batch_tokens: usize,
        /// Folds of the training documents: each is scored by a model trained on the others,
        /// and the thresholds are chosen on those out-of-fold probabilities.
        #[arg(long, default_value_t = 5)]
        folds: usize,
        /// The out-of-fold precision the thresholds keep.
        #[arg(long, default_value_t = 0.85)]
        precision: f64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// libtorch threads.
        #[arg(long, default_value_t = 2)]
        threads: usize,
    },
    /// Average the weights of several checkpoints of one architecture (a "model soup", e.g. two
    /// training runs with different seeds) into a new model folder.
    #[command(
        after_help = "Example:\n  nergraph average /tmp/run-seed1 /tmp/run-seed2 --out models/mine-soup && nergraph eval ../shared/data/redocred --docs 350-399 --model models/mine-soup"
    )]
    Average {
        /// Model folders (Hugging Face layout, same config.json).
        #[arg(required = true, num_args = 2..)]
        models: Vec<PathBuf>,
        /// Where the averaged folder goes (replaced once it is complete).
        #[arg(long)]
        out: PathBuf,
    },
    /// Score the NER model on a CoNLL file or a Re-DocRED folder (exact-match entity F1, as
    /// conlleval) and time it.
    #[command(
        after_help = "Examples:\n  nergraph eval ../shared/data/conll2003/test.txt\n  nergraph eval ../shared/data/redocred --docs 400-499\n  nergraph eval dev.txt --model models/conll03-minilm-l3-uncased --json"
    )]
    Eval {
        /// CoNLL file (`word POS chunk NER` or `word NER` a line, blank lines between
        /// sentences), or a Re-DocRED folder (gold.json + docs/: PER, ORG and LOC are scored,
        /// MISC predictions are not, since that gold has none).
        conll_file: PathBuf,
        /// With a Re-DocRED folder: the documents to score, FIRST-LAST (e.g. 400-499).
        #[arg(long)]
        docs: Option<String>,
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        /// Also label the file with rust-bert's FP32 forward pass, the reference (untimed), and
        /// report the share of word labels that agree with it: the cost of --int8 in labels,
        /// and a check of the native FP32 path.
        #[arg(long)]
        compare_fp32: bool,
        #[command(flatten)]
        model: ModelArgs,
    },
}

#[derive(Args)]
struct ModelArgs {
    /// Hugging Face token-classification checkpoint folder [default: models/minilm-l6-wordcase-ner].
    #[arg(long, env = "NERGRAPH_MODEL")]
    model: Option<PathBuf>,
    /// Most subword tokens per forward pass (inputs of equal length are grouped; no padding).
    #[arg(long, default_value_t = nergraph::ner::tagger::DEFAULT_BATCH_TOKENS, hide_short_help = true)]
    batch_tokens: usize,
    /// CPU threads to use [default: all cores].
    #[arg(long)]
    threads: Option<usize>,
    /// Model replicas run side by side [default: one per thread].
    #[arg(long, hide_short_help = true)]
    workers: Option<usize>,
    /// libtorch intra-op threads [default: threads / workers].
    #[arg(long, hide_short_help = true)]
    intra_op_threads: Option<usize>,
    /// Run the encoder's linear layers in int8 (BERT checkpoints; faster). Inputs where int8
    /// leaves a label in doubt are rerun in FP32 (see --int8-recheck-margin and the README).
    #[arg(long)]
    int8: bool,
    /// With --int8: rerun in FP32 any input where two labels of a token are closer than this
    /// many logits, so labels near a decision boundary are FP32's; 0 trusts int8 throughout
    /// [default: 0.5 on CPUs with VNNI, 1 without].
    #[arg(long, value_name = "LOGITS", requires = "int8")]
    int8_recheck_margin: Option<f32>,
    /// How word labels are read from the model's scores: the likeliest well-formed tag
    /// sequence, or each word's best label alone (as the transformers pipeline does).
    #[arg(long, value_enum, default_value_t = DecodingArg::WellFormed)]
    decode: DecodingArg,
    /// The FP32 forward pass of BERT checkpoints: nergraph's own (fused attention; faster) or
    /// rust-bert's (the reference; other architectures always use it). Labels are the same.
    #[arg(long, value_enum, default_value_t = ForwardArg::Native, hide_short_help = true)]
    forward: ForwardArg,
    /// No progress bars.
    #[arg(long, short)]
    quiet: bool,
}

/// The link half's options (`run` and `link`).
#[derive(clap::Args, Debug)]
struct LinkArgs {
    /// JSON file pinning aliases to entities or forbidding links (see README).
    #[arg(long)]
    aliases: Option<PathBuf>,
    /// Relation model folder: a pair classifier that adds typed relations the patterns miss
    /// (e.g. models/relations-minilm; see README, "Relations"). Without it (or with `none`),
    /// typed relations come from the patterns only.
    #[arg(long, env = "NERGRAPH_RELATION_MODEL", value_name = "DIR")]
    relation_model: Option<PathBuf>,
    /// Also write relation-pairs.jsonl: every candidate pair with the marked sentence the
    /// relation model reads for it (the training data of scripts/train_relations.sh).
    #[arg(long, hide_short_help = true)]
    write_relation_pairs: bool,
}

impl LinkArgs {
    fn settings(&self) -> Result<LinkSettings> {
        let aliases = match &self.aliases {
            Some(path) => AliasRules::from_file(path)?,
            None => AliasRules::default(),
        };
        let relation_model = match &self.relation_model {
            Some(dir) if dir.as_os_str() == "none" => None,
            Some(dir) => {
                let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
                Some(std::sync::Arc::new(TransformerPairModel::load(dir, threads)?) as std::sync::Arc<dyn PairScorer>)
            }
            None => None,
        };
        Ok(LinkSettings { aliases, relation_model, write_pairs: self.write_relation_pairs })
    }
}

/// `--decode` values.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum DecodingArg {
    WellFormed,
    PerWord,
}

/// `--forward` values.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
enum ForwardArg {
    Native,
    RustBert,
}

impl From<ForwardArg> for Forward {
    fn from(arg: ForwardArg) -> Self {
        match arg {
            ForwardArg::Native => Forward::Native,
            ForwardArg::RustBert => Forward::RustBert,
        }
    }
}

impl From<DecodingArg> for Decoding {
    fn from(arg: DecodingArg) -> Self {
        match arg {
            DecodingArg::WellFormed => Decoding::WellFormed,
            DecodingArg::PerWord => Decoding::PerWord,
        }
    }
}

impl ModelArgs {
    fn model_dir(&self) -> PathBuf {
        if let Some(dir) = &self.model {
            return dir.clone();
        }
        let local = PathBuf::from(DEFAULT_MODEL);
        if local.is_dir() {
            return local;
        }
        Path::new(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_MODEL)
    }

    fn load(&self) -> Result<Ner> {
        self.load_from(self.spec(None)?)
    }

    /// The checked model folder (`default` when no --model or NERGRAPH_MODEL names one), with
    /// the precision options.
    fn spec(&self, default: Option<&Path>) -> Result<ModelSpec> {
        let dir = match (&self.model, default) {
            (None, Some(default)) => default.to_path_buf(),
            _ => self.model_dir(),
        };
        if self.model.is_none() && default.is_none() && !dir.is_dir() {
            anyhow::bail!(
                "the default model {} is not installed: run scripts/setup.sh, or name a model folder with --model DIR or NERGRAPH_MODEL",
                dir.display()
            );
        }
        let mut spec = ModelSpec::open(&dir).with_context(|| format!("cannot use model {}", dir.display()))?;
        spec.int8 = self.int8;
        spec.int8_recheck_margin = self.int8_recheck_margin.unwrap_or_else(nergraph::ner::int8::default_recheck_margin).max(0.0);
        spec.decoding = self.decode.into();
        spec.forward = self.forward.into();
        Ok(spec)
    }

    fn load_from(&self, spec: ModelSpec) -> Result<Ner> {
        let threads = self.threads.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
        let mut options = NerOptions::for_threads(threads);
        options.batch_tokens = self.batch_tokens.max(1);
        if let Some(workers) = self.workers {
            options.workers = workers.max(1);
            options.intra_op_threads = (threads / options.workers).max(1);
        }
        if let Some(intra) = self.intra_op_threads {
            options.intra_op_threads = intra.max(1);
        }
        let dir = spec.dir.clone();
        Ner::load(spec, options).with_context(|| format!("cannot load model {}", dir.display()))
    }

    fn show_progress(&self) -> bool {
        !self.quiet && std::io::stderr().is_terminal()
    }
}

/// An indicatif bar as the library's progress sink.
struct Bar(ProgressBar);

impl Progress for Bar {
    fn start(&self, total: u64) {
        self.0.set_length(total);
        self.0.set_position(0);
    }
    fn advance(&self, done: u64) {
        self.0.inc(done);
    }
    fn grow(&self, more: u64) {
        self.0.inc_length(more);
    }
}

fn bar(multi: &MultiProgress, what: &str, visible: bool) -> Bar {
    if !visible {
        return Bar(ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()));
    }
    let style =
        ProgressStyle::with_template(&format!("{{elapsed_precise}} {what:>9} [{{bar:40}}] {{pos}}/{{len}} ({{per_sec}}, eta {{eta}})"))
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
    Bar(multi.add(ProgressBar::new(0).with_style(style)))
}

/// Warnings and skipped files of a run, one line each.
fn report_files(summary: &RunSummary) {
    for note in &summary.warnings {
        eprintln!("nergraph: warning: {}: {}", note.path, note.message);
    }
    for note in &summary.skipped {
        eprintln!("nergraph: skipped: {}: {}", note.path, note.message);
    }
}

/// Marks an error as one a retry will not fix (exit 2 for the shard commands).
fn permanent(error: anyhow::Error) -> anyhow::Error {
    anyhow::Error::new(nergraph::Error::Plan(format!("{error:#}")))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match execute(cli) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("nergraph: error: {error:#}");
            let permanent = error.downcast_ref::<nergraph::Error>().is_some_and(shards::is_permanent);
            ExitCode::from(if permanent { EXIT_NEVER_RETRY } else { EXIT_FAILED })
        }
    }
}

fn execute(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Run { input_dir, out, link, no_cache, max_file_mb, model } => {
            let link = link.settings()?;
            if !input_dir.is_dir() {
                anyhow::bail!("input folder {} does not exist or is not a folder", input_dir.display());
            }
            // Fail on an unwritable output folder before loading the model.
            nergraph::store::output::prepare_output_dir(&out)?;
            let ner = model.load()?;
            let multi = MultiProgress::new();
            let visible = model.show_progress();
            let (documents, sentences) = (bar(&multi, "documents", visible), bar(&multi, "sentences", visible));
            let progress = RunProgress { documents: &documents, sentences: &sentences };
            let summary = pipeline::run(
                ner,
                &RunOptions {
                    input: input_dir.clone(),
                    out: out.clone(),
                    link,
                    use_cache: !no_cache,
                    max_file_bytes: max_file_mb.saturating_mul(1_048_576),
                },
                &progress,
            )?;
            documents.0.finish_and_clear();
            sentences.0.finish_and_clear();
            report_files(&summary);
            let rate = if summary.ner_seconds > 0.0 { summary.subword_tokens as f64 / summary.ner_seconds } else { 0.0 };
            eprintln!(
                "nergraph: {} documents ({} from cache), {} sentences, {} mentions, {} entities, {} relations -> {} ({} skipped; NER {:.1} s, {:.0} subword tokens/s; peak RSS {} MB)",
                summary.documents,
                summary.cached,
                summary.sentences,
                summary.mentions,
                summary.entities,
                summary.relations,
                out.display(),
                summary.skipped.len(),
                summary.ner_seconds,
                rate,
                nergraph::peak_rss_mb().map(|mb| mb.to_string()).unwrap_or_else(|| "?".into())
            );
            Ok(if summary.skipped.is_empty() { 0 } else { EXIT_SKIPPED_FILES })
        }
        Command::Plan { input_dir, shards: count, work, max_file_mb, model } => {
            let spec = model.spec(None).map_err(permanent)?;
            let planned = PlannedModel {
                dir: spec.dir.canonicalize().unwrap_or_else(|_| spec.dir.clone()),
                name: spec.name.clone(),
                identity: spec.identity(),
            };
            let label = input_dir.display().to_string();
            let plan = shards::plan(&input_dir, &label, count, &work, planned, max_file_mb.saturating_mul(1_048_576))?;
            let bytes: Vec<u64> = (0..plan.shards).map(|k| plan.documents.iter().filter(|d| d.shard == k).map(|d| d.bytes).sum()).collect();
            eprintln!(
                "nergraph: planned {} documents in {} shards ({} to {} bytes a shard) -> {}",
                plan.documents.len(),
                plan.shards,
                bytes.iter().min().unwrap_or(&0),
                bytes.iter().max().unwrap_or(&0),
                work.join("plan.json").display()
            );
            Ok(0)
        }
        Command::Analyse { work_dir, shard, model } => {
            let plan = shards::read_plan(&work_dir)?;
            let spec = model.spec(Some(&plan.model.dir)).map_err(permanent)?;
            let ner = model.load_from(spec).map_err(permanent)?;
            let multi = MultiProgress::new();
            let visible = model.show_progress();
            let (documents, sentences) = (bar(&multi, "documents", visible), bar(&multi, "sentences", visible));
            let report =
                shards::analyse_shard(ner, &work_dir, &plan, shard, &RunProgress { documents: &documents, sentences: &sentences })?;
            documents.0.finish_and_clear();
            sentences.0.finish_and_clear();
            eprintln!(
                "nergraph: shard {shard}: {} documents ({} from cache), {} sentences, {} skipped",
                report.documents,
                report.cached,
                report.sentences,
                report.skipped.len()
            );
            Ok(0)
        }
        Command::Link { work_dir, out, link } => {
            let link = link.settings().map_err(permanent)?;
            let summary = shards::link_shards(&work_dir, &out, &link)?;
            report_files(&summary);
            eprintln!(
                "nergraph: {} documents, {} mentions, {} entities, {} relations -> {} ({} skipped; peak RSS {} MB)",
                summary.documents,
                summary.mentions,
                summary.entities,
                summary.relations,
                out.display(),
                summary.skipped.len(),
                nergraph::peak_rss_mb().map(|mb| mb.to_string()).unwrap_or_else(|| "?".into())
            );
            Ok(if summary.skipped.is_empty() { 0 } else { EXIT_SKIPPED_FILES })
        }
        Command::Train {
            from,
            out,
            train,
            dev,
            word_case,
            epochs,
            learning_rate,
            batch_tokens,
            seed,
            average_last,
            type_lr_scale,
            threads,
        } => {
            let source = |text: &String| -> Result<nergraph::ner::train::GoldSource> {
                // DIR:FIRST-LAST names Re-DocRED documents; a plain path is read whole.
                match text.rsplit_once(':') {
                    Some((path, range)) if range.contains('-') || range.chars().all(|c| c.is_ascii_digit()) => {
                        Ok(nergraph::ner::train::GoldSource {
                            path: path.into(),
                            documents: Some(nergraph::ner::redocred::parse_range(range)?),
                        })
                    }
                    _ => Ok(nergraph::ner::train::GoldSource { path: text.into(), documents: None }),
                }
            };
            let options = nergraph::ner::train::TrainOptions {
                from,
                out,
                train: train.iter().map(source).collect::<Result<_>>()?,
                dev: dev.iter().map(source).collect::<Result<_>>()?,
                word_case,
                epochs,
                learning_rate,
                batch_tokens,
                max_batch_rows: 64,
                warmup_share: 0.06,
                average_last,
                type_lr_scale,
                seed,
                threads,
            };
            let report = nergraph::ner::train::train(&options, &mut |line| eprintln!("nergraph: {line}"))?;
            eprintln!("nergraph: trained in {:.0} s; {} kept", report.seconds, report.chosen);
            Ok(0)
        }
        Command::TrainRelations { from, out, train, dev, epochs, learning_rate, batch_tokens, folds, precision, seed, threads } => {
            let options = nergraph::relations::transformer::RelationTrainOptions {
                from,
                out,
                train,
                dev,
                epochs,
                learning_rate,
                batch_tokens,
                folds,
                precision,
                seed,
                threads,
            };
            nergraph::relations::transformer::train_relations(&options, &mut |line| eprintln!("nergraph: {line}"))?;
            Ok(0)
        }
        Command::View { graph_json, out } => {
            let counts = nergraph::graph::viewer::view_graph_file(&graph_json, &out)?;
            eprintln!("nergraph: {} nodes, {} links -> {}", counts.nodes, counts.links, out.display());
            Ok(0)
        }
        Command::Average { models, out } => {
            nergraph::ner::train::average_models(&models, &out)?;
            eprintln!("nergraph: averaged {} models -> {}", models.len(), out.display());
            Ok(0)
        }
        Command::Eval { conll_file, docs, json, compare_fp32, model } => {
            let documents = docs.as_deref().map(nergraph::ner::redocred::parse_range).transpose()?;
            let ner = model.load()?;
            let reference = if compare_fp32 {
                let mut fp32 = ner.spec.clone();
                fp32.int8 = false;
                fp32.forward = Forward::RustBert;
                Some(Ner::load(fp32, ner.options.clone())?)
            } else {
                None
            };
            let multi = MultiProgress::new();
            let sentences = bar(&multi, "sentences", model.show_progress());
            let report = nergraph::ner::eval::evaluate(&ner, reference.as_ref(), &conll_file, documents.as_ref(), &sentences)?;
            sentences.0.finish_and_clear();
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            } else {
                let scope = report.documents.as_ref().map(|d| format!(" (documents {d})")).unwrap_or_default();
                println!("model {}  file {}{scope}", report.model, report.file);
                if !report.unscored.is_empty() {
                    println!("not scored (absent from this gold): {}", report.unscored.join(", "));
                }
                println!("{:<8} {:>9} {:>9} {:>9} {:>7}", "type", "precision", "recall", "f1", "gold");
                for (kind, score) in &report.per_type {
                    println!("{kind:<8} {:>9.4} {:>9.4} {:>9.4} {:>7}", score.precision, score.recall, score.f1, score.gold);
                }
                println!("{:<8} {:>9.4} {:>9.4} {:>9.4}", "overall", report.precision, report.recall, report.f1);
                println!(
                    "{} sentences, {} subword tokens in {:.2} s: {:.1} sentences/s, {:.0} tokens/s ({}, {} decoding, {} tokens a batch, {} workers x {} threads)",
                    report.sentences,
                    report.subword_tokens,
                    report.seconds,
                    report.sentences_per_second,
                    report.tokens_per_second,
                    report.arithmetic,
                    report.decoding,
                    report.batch_tokens,
                    report.workers,
                    report.intra_op_threads
                );
                if report.arithmetic == "int8" {
                    println!(
                        "{} of {} inputs rerun in FP32 (a token's two best labels within {} logits)",
                        report.rechecked_windows, report.windows, report.int8_recheck_margin
                    );
                }
                if let Some(agreement) = report.reference_agreement {
                    println!("word labels equal to rust-bert's FP32 reference: {:.4}%", agreement * 100.0);
                }
            }
            Ok(0)
        }
    }
}
