//! Reading a Hugging Face token-classification checkpoint folder.
//!
//! Takes a directory with `config.json`, tokenizer files and weights; gives a [`ModelSpec`]
//! (what the folder holds, checked). [`super::backend`] builds the runnable model from it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use tch::{nn::VarStore, Device, Tensor};

use super::tags::Tag;
use super::tokenizer::{SubwordTokenizer, TokenTypes, TokenizerError};

/// Weight files we read, in order of preference.
pub const WEIGHT_FILES: &[&str] = &["model.safetensors", "pytorch_model.bin", "rust_model.ot"];

/// `model_type` values (config.json) with a token-classification head here.
pub const SUPPORTED_MODEL_TYPES: &[&str] =
    &["bert", "distilbert", "roberta", "xlm-roberta", "camembert", "electra", "deberta", "deberta-v2", "albert", "mobilebert"];

/// Problems with a model directory, each naming the file at fault.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("model directory {0} does not exist or is not a directory")]
    NotADirectory(PathBuf),
    #[error("{dir}: missing {what}; looked for {looked_for}")]
    MissingFile { dir: PathBuf, what: &'static str, looked_for: String },
    #[error("{file}: {message}")]
    BadFile { file: PathBuf, message: String },
    #[error("{file}: unsupported model_type {model_type:?}; supported: {}", SUPPORTED_MODEL_TYPES.join(", "))]
    UnsupportedArchitecture { file: PathBuf, model_type: String },
    #[error("{file}: --int8 runs BERT checkpoints (model_type \"bert\") only, this one is {model_type:?}")]
    Int8Unsupported { file: PathBuf, model_type: String },
    #[error("{file}: weights do not fit the model in config.json: {message}")]
    WeightMismatch { file: PathBuf, message: String },
    #[error(transparent)]
    Tokenizer(#[from] TokenizerError),
}

/// The architectures we can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Architecture {
    Bert,
    DistilBert,
    Roberta,
    Electra,
    Deberta,
    DebertaV2,
    Albert,
    MobileBert,
}

impl Architecture {
    fn from_model_type(model_type: &str) -> Option<Self> {
        Some(match model_type {
            "bert" => Self::Bert,
            "distilbert" => Self::DistilBert,
            "roberta" | "xlm-roberta" | "camembert" => Self::Roberta,
            "electra" => Self::Electra,
            "deberta" => Self::Deberta,
            "deberta-v2" => Self::DebertaV2,
            "albert" => Self::Albert,
            "mobilebert" => Self::MobileBert,
            _ => return None,
        })
    }

    /// Positions the embedding table reserves before the first real token (RoBERTa's padding
    /// offset).
    fn reserved_positions(self) -> usize {
        match self {
            Self::Roberta => 2,
            _ => 0,
        }
    }
}

/// A checked model directory: everything needed to build classifiers and tokenize.
#[derive(Debug, Clone)]
pub struct ModelSpec {
    pub dir: PathBuf,
    /// The directory's name, used in outputs ("conll03-minilm-l6-uncased").
    pub name: String,
    pub model_type: String,
    pub architecture: Architecture,
    /// Labels by id, as in `id2label`.
    pub labels: Vec<String>,
    pub tags: Vec<Tag>,
    /// Longest input (special tokens included) the model accepts.
    pub max_tokens: usize,
    pub weights: PathBuf,
    pub tokenizer: SubwordTokenizer,
    /// Run the encoder's linear layers in int8 ([`super::bert`]).
    pub int8: bool,
    /// Which FP32 forward pass runs (BERT checkpoints; others always run rust-bert's).
    pub forward: Forward,
    /// With `int8`: a window whose int8 logits put any token's best two labels closer than
    /// this is run again in FP32, so labels near a decision boundary are the FP32 ones.
    /// 0 keeps every int8 result.
    pub int8_recheck_margin: f32,
    /// How word labels are read from the model's label scores.
    pub decoding: Decoding,
    pub(crate) config: serde_json::Value,
    pub(super) config_path: PathBuf,
}

/// The code that runs a checkpoint's FP32 forward pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Forward {
    /// [`super::bert::NativeBert`]: the same arithmetic with fused attention, one QKV product
    /// and single-pass GELU; about 1.5x rust-bert's speed (README, "Throughput"). BERT only.
    #[default]
    Native,
    /// rust-bert's model classes: every supported architecture; the reference.
    RustBert,
}

impl Forward {
    pub fn name(self) -> &'static str {
        match self {
            Forward::Native => "native",
            Forward::RustBert => "rust-bert",
        }
    }
}

/// How a window's word labels are read from the model's per-word label scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Decoding {
    /// The likeliest well-formed tag sequence ([`super::tags::best_well_formed`]): a chunk keeps
    /// one type and starts with a begin tag. Chosen on dev data (Re-DocRED 350-399 F1 0.7497 ->
    /// 0.7693 with the default model); costs nothing measurable.
    #[default]
    WellFormed,
    /// Each word's best label on its own, as the transformers pipeline reads them (for
    /// comparisons with it).
    PerWord,
}

impl Decoding {
    pub fn name(self) -> &'static str {
        match self {
            Decoding::WellFormed => "well-formed",
            Decoding::PerWord => "per-word",
        }
    }
}

impl ModelSpec {
    /// Reads and checks `dir`: config, labels, tokenizer and the presence of weights.
    pub fn open(dir: &Path) -> Result<Self, ModelError> {
        if !dir.is_dir() {
            return Err(ModelError::NotADirectory(dir.to_path_buf()));
        }
        let config_path = dir.join("config.json");
        if !config_path.is_file() {
            return Err(ModelError::MissingFile { dir: dir.to_path_buf(), what: "model configuration", looked_for: "config.json".into() });
        }
        let bad_config = |message: String| ModelError::BadFile { file: config_path.clone(), message };
        let config_text = std::fs::read_to_string(&config_path).map_err(|e| bad_config(e.to_string()))?;
        let config: serde_json::Value = serde_json::from_str(&config_text).map_err(|e| bad_config(format!("invalid JSON: {e}")))?;
        let model_type =
            config.get("model_type").and_then(|v| v.as_str()).ok_or_else(|| bad_config("no \"model_type\" field".into()))?.to_string();
        let architecture = Architecture::from_model_type(&model_type)
            .ok_or_else(|| ModelError::UnsupportedArchitecture { file: config_path.clone(), model_type: model_type.clone() })?;
        let labels = read_labels(&config).map_err(bad_config)?;
        let tags = labels.iter().map(|label| Tag::parse(label)).collect();

        let positions = config.get("max_position_embeddings").and_then(|v| v.as_u64()).unwrap_or(512) as usize;
        let tokenizer_config = read_json_if_present(&dir.join("tokenizer_config.json"))?;
        let model_max_length = tokenizer_config
            .as_ref()
            .and_then(|c| c.get("model_max_length"))
            .and_then(|v| v.as_u64())
            .filter(|&n| n > 0 && n < 1_000_000)
            .map(|n| n as usize)
            .unwrap_or(usize::MAX);
        let max_tokens = positions.saturating_sub(architecture.reserved_positions()).min(model_max_length);

        let weights = WEIGHT_FILES.iter().map(|name| dir.join(name)).find(|p| p.is_file()).ok_or_else(|| ModelError::MissingFile {
            dir: dir.to_path_buf(),
            what: "weights",
            looked_for: WEIGHT_FILES.join(", "),
        })?;
        let mut tokenizer = SubwordTokenizer::from_dir(dir, tokenizer_config.as_ref())?;
        tokenizer.token_types = declared_token_types(&config, architecture).map_err(bad_config)?;
        if max_tokens <= tokenizer.special_token_count() + 1 {
            return Err(bad_config(format!("max_position_embeddings {positions} leaves no room for text")));
        }
        let name = dir
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| dir.display().to_string());
        Ok(ModelSpec {
            dir: dir.to_path_buf(),
            name,
            model_type,
            architecture,
            labels,
            tags,
            max_tokens,
            weights,
            tokenizer,
            int8: false,
            forward: Forward::default(),
            int8_recheck_margin: super::int8::default_recheck_margin(),
            decoding: Decoding::default(),
            config,
            config_path,
        })
    }

    /// A short identity for caches and shards: the name plus a hash of the content of
    /// everything that decides labels (config, tokenizer files, weights) and the options that
    /// change them. It does not depend on file times or paths, so two machines holding the
    /// same model agree; the weights' hash is computed once per file version and cached
    /// ([`weights_digest`]).
    pub fn identity(&self) -> String {
        let mut hasher = blake3::Hasher::new();
        hasher.update(self.config.to_string().as_bytes());
        for name in ["tokenizer.json", "vocab.txt", "vocab.json", "merges.txt", "tokenizer_config.json", "special_tokens_map.json"] {
            if let Ok(bytes) = std::fs::read(self.dir.join(name)) {
                hasher.update(name.as_bytes());
                hasher.update(blake3::hash(&bytes).as_bytes());
            }
        }
        hasher.update(weights_digest(&self.weights).as_bytes());
        hasher.update(self.max_tokens.to_string().as_bytes());
        hasher.update(self.decoding.name().as_bytes());
        hasher.update(self.effective_forward().name().as_bytes());
        if self.int8 {
            // int8 labels depend on how the layers quantize and multiply, which depends on the
            // CPU: labels of saturating products must not be served for exact ones.
            hasher.update(super::int8::arithmetic().as_bytes());
        }
        let digest = hasher.finalize();
        let precision = match (self.int8, self.int8_recheck()) {
            (false, _) => String::new(),
            (true, Some(margin)) => format!("-int8-recheck{margin}"),
            (true, None) => "-int8".to_string(),
        };
        format!("{}{precision}-{}", self.name, &digest.to_hex()[..16])
    }

    /// The FP32 forward pass that runs: the native one exists for BERT only.
    pub fn effective_forward(&self) -> Forward {
        match self.architecture {
            Architecture::Bert => self.forward,
            _ => Forward::RustBert,
        }
    }

    /// The recheck margin in effect: with `int8` and a positive margin.
    pub fn int8_recheck(&self) -> Option<f32> {
        (self.int8 && self.int8_recheck_margin > 0.0).then_some(self.int8_recheck_margin)
    }
}

/// Every tensor of a weights file (safetensors, a PyTorch pickle or a libtorch archive), by name.
pub(crate) fn read_weights(path: &Path) -> Result<HashMap<String, Tensor>, ModelError> {
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let tensors: Vec<(String, Tensor)> = match extension {
        "safetensors" => Tensor::read_safetensors(path),
        "bin" | "pt" => Tensor::loadz_multi_with_device(path, Device::Cpu),
        _ => Tensor::load_multi_with_device(path, Device::Cpu),
    }
    .map_err(|e| ModelError::BadFile { file: path.to_path_buf(), message: format!("cannot read weights: {e}") })?;
    Ok(tensors.into_iter().collect())
}

/// Our config.json key for what a checkpoint reads in its token type ids.
pub const TOKEN_TYPES_KEY: &str = "nergraph_token_types";

/// What `config.json` declares under [`TOKEN_TYPES_KEY`]: absent for every ordinary checkpoint
/// (zeros), or `"word_case"` for a BERT with a type embedding row per [`super::tokenizer::WordCase`].
fn declared_token_types(config: &serde_json::Value, architecture: Architecture) -> Result<TokenTypes, String> {
    match config.get(TOKEN_TYPES_KEY) {
        None | Some(serde_json::Value::Null) => Ok(TokenTypes::Zeros),
        Some(serde_json::Value::String(kind)) if kind == "word_case" => {
            let rows = config.get("type_vocab_size").and_then(|v| v.as_u64()).unwrap_or(0);
            if architecture != Architecture::Bert {
                Err(format!("{TOKEN_TYPES_KEY} \"word_case\" needs a bert model"))
            } else if rows < 4 {
                Err(format!("{TOKEN_TYPES_KEY} \"word_case\" needs type_vocab_size of at least 4, not {rows}"))
            } else {
                Ok(TokenTypes::WordCase)
            }
        }
        Some(other) => Err(format!("{TOKEN_TYPES_KEY} is {other}; nergraph knows \"word_case\"")),
    }
}

/// The BLAKE3 hash of a weights file's content, hex. Hashing a large file takes a moment, so
/// the result is kept in the user's cache folder (`$XDG_CACHE_HOME/nergraph/weights`, else
/// `~/.cache/...`), keyed by the file's path, size and modification time; a stale or missing
/// entry is simply recomputed. An unreadable file hashes as empty, so the identity still
/// changes when it is fixed.
pub fn weights_digest(path: &Path) -> String {
    let meta = std::fs::metadata(path).ok();
    let stamp = meta.as_ref().map(|m| {
        let modified = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map(|d| d.as_nanos()).unwrap_or(0);
        format!("{}|{}|{}", path.canonicalize().unwrap_or_else(|_| path.to_path_buf()).display(), m.len(), modified)
    });
    let cache_dir = std::env::var_os("XDG_CACHE_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| std::path::PathBuf::from(home).join(".cache")))
        .map(|dir| dir.join("nergraph").join("weights"));
    let entry = stamp.as_ref().zip(cache_dir.as_ref()).map(|(stamp, dir)| dir.join(blake3::hash(stamp.as_bytes()).to_hex().as_str()));
    if let Some(cached) = entry.as_ref().and_then(|e| std::fs::read_to_string(e).ok()) {
        if cached.len() == 64 && cached.bytes().all(|b| b.is_ascii_hexdigit()) {
            return cached;
        }
    }
    let digest = match std::fs::File::open(path) {
        Ok(file) => {
            let mut hasher = blake3::Hasher::new();
            match hasher.update_reader(file) {
                Ok(_) => hasher.finalize().to_hex().to_string(),
                Err(_) => blake3::hash(b"").to_hex().to_string(),
            }
        }
        Err(_) => blake3::hash(b"").to_hex().to_string(),
    };
    if let Some(entry) = entry {
        // A cache that cannot be written only costs the hash next time.
        if let Some(dir) = entry.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = crate::store::output::write_atomic(&entry, |out| Ok(out.write_all(digest.as_bytes())?));
    }
    digest
}

fn read_json_if_present(path: &Path) -> Result<Option<serde_json::Value>, ModelError> {
    if !path.is_file() {
        return Ok(None);
    }
    let bad = |message: String| ModelError::BadFile { file: path.to_path_buf(), message };
    let text = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
    serde_json::from_str(&text).map(Some).map_err(|e| bad(format!("invalid JSON: {e}")))
}

/// `id2label` as a dense list; ids must run 0..n.
fn read_labels(config: &serde_json::Value) -> Result<Vec<String>, String> {
    let map = config.get("id2label").and_then(|v| v.as_object()).ok_or("no \"id2label\" map")?;
    let mut by_id: HashMap<usize, String> = HashMap::new();
    for (id, label) in map {
        let id: usize = id.parse().map_err(|_| format!("id2label key {id:?} is not a number"))?;
        let label = label.as_str().ok_or(format!("id2label[{id}] is not a string"))?;
        by_id.insert(id, label.to_string());
    }
    (0..by_id.len()).map(|id| by_id.remove(&id).ok_or(format!("id2label has no id {id} (ids must run from 0)"))).collect()
}

/// Loads `path` into `var_store`, checking that every variable is present with its shape.
///
/// tch's own `VarStore::load` would broadcast a wrongly shaped tensor into place silently, so
/// the names and shapes are checked here first.
pub(super) fn load_weights(var_store: &mut VarStore, path: &Path) -> Result<(), ModelError> {
    let mismatch = |message: String| ModelError::WeightMismatch { file: path.to_path_buf(), message };
    let bad = |message: String| ModelError::BadFile { file: path.to_path_buf(), message };
    let tensors = read_weights(path)?;
    let variables = var_store.variables();
    let mut names: Vec<&String> = variables.keys().collect();
    names.sort();
    let mut missing = Vec::new();
    for name in &names {
        match tensors.get(*name) {
            None => missing.push(name.as_str()),
            Some(source) => {
                let expected = variables[*name].size();
                if source.size() != expected {
                    return Err(mismatch(format!("{name} has shape {:?}, config.json implies {expected:?}", source.size())));
                }
            }
        }
    }
    if !missing.is_empty() {
        let shown: Vec<&str> = missing.iter().take(5).copied().collect();
        return Err(mismatch(format!("{} tensors missing, e.g. {}", missing.len(), shown.join(", "))));
    }
    tch::no_grad(|| -> Result<(), ModelError> {
        for (name, mut variable) in variables {
            let source = &tensors[&name];
            variable.f_copy_(&source.to_kind(variable.kind()).to_device(variable.device())).map_err(|e| bad(format!("{name}: {e}")))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn token_types_are_declared_by_our_config_key() {
        let bert = Architecture::Bert;
        assert_eq!(declared_token_types(&json!({"type_vocab_size": 2}), bert), Ok(TokenTypes::Zeros));
        let case = json!({"type_vocab_size": 4, "nergraph_token_types": "word_case"});
        assert_eq!(declared_token_types(&case, bert), Ok(TokenTypes::WordCase));
        let too_few = json!({"type_vocab_size": 2, "nergraph_token_types": "word_case"});
        assert!(declared_token_types(&too_few, bert).unwrap_err().contains("type_vocab_size of at least 4"));
        assert!(declared_token_types(&case, Architecture::Roberta).unwrap_err().contains("needs a bert model"));
        let unknown = json!({"type_vocab_size": 4, "nergraph_token_types": "shape"});
        assert!(declared_token_types(&unknown, bert).unwrap_err().contains("nergraph knows"));
    }
}
