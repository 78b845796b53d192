//! Subword tokenization for any supported checkpoint, with byte offsets.
//!
//! Uses the Hugging Face `tokenizers` crate: `tokenizer.json` when the folder has one (the exact
//! tokenizer the model was trained with); otherwise a WordPiece tokenizer from `vocab.txt`
//! (honouring `do_lower_case` and `strip_accents` from `tokenizer_config.json`, where a null
//! `strip_accents` follows lower-casing as in transformers) or a byte-level BPE tokenizer from
//! `vocab.json` + `merges.txt`.

use std::path::Path;

use tokenizers::models::bpe::BPE;
use tokenizers::models::wordpiece::WordPiece;
use tokenizers::normalizers::bert::BertNormalizer;
use tokenizers::pre_tokenizers::bert::BertPreTokenizer;
use tokenizers::pre_tokenizers::byte_level::ByteLevel;
use tokenizers::processors::bert::BertProcessing;
use tokenizers::processors::roberta::RobertaProcessing;
use tokenizers::Tokenizer;

use std::path::PathBuf;

/// A tokenizer that cannot be built from a model folder, naming the file at fault.
#[derive(Debug, thiserror::Error)]
pub enum TokenizerError {
    #[error("{file}: {message}")]
    BadFile { file: PathBuf, message: String },
    #[error("{dir}: missing tokenizer; looked for {looked_for}")]
    Missing { dir: PathBuf, looked_for: String },
}

/// A sentence as subword tokens: ids (no special tokens) and each token's byte range in the
/// sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subwords {
    pub ids: Vec<u32>,
    pub offsets: Vec<(usize, usize)>,
}

/// A tokenizer plus the special tokens that frame every model input.
#[derive(Debug, Clone)]
pub struct SubwordTokenizer {
    tokenizer: Tokenizer,
    /// Special token ids before the text (`[CLS]`, `<s>`).
    pub prefix: Vec<u32>,
    /// Special token ids after the text (`[SEP]`, `</s>`).
    pub suffix: Vec<u32>,
    pub pad_id: u32,
}

const TOKENIZER_FILES: &str = "tokenizer.json, vocab.txt, or vocab.json + merges.txt";

impl SubwordTokenizer {
    pub fn from_dir(dir: &Path, tokenizer_config: Option<&serde_json::Value>) -> Result<Self, TokenizerError> {
        let tokenizer_json = dir.join("tokenizer.json");
        let vocab_txt = dir.join("vocab.txt");
        let (vocab_json, merges) = (dir.join("vocab.json"), dir.join("merges.txt"));
        let setting = |key: &str| tokenizer_config.and_then(|c| c.get(key)).and_then(|v| v.as_bool());
        let tokenizer = if tokenizer_json.is_file() {
            Tokenizer::from_file(&tokenizer_json)
                .map_err(|e| TokenizerError::BadFile { file: tokenizer_json.clone(), message: e.to_string() })?
        } else if vocab_txt.is_file() {
            let bad = |message: String| TokenizerError::BadFile { file: vocab_txt.clone(), message };
            let lower_case = setting("do_lower_case").unwrap_or(true);
            // transformers: strip_accents null means "strip when lower-casing".
            let strip_accents = setting("strip_accents").unwrap_or(lower_case);
            let vocab = vocab_txt.to_string_lossy().into_owned();
            let model = WordPiece::from_file(&vocab).build().map_err(|e| bad(e.to_string()))?;
            let id = |token: &str| model_token_id(&model, token).ok_or_else(|| bad(format!("vocabulary has no {token}")));
            let (cls, sep) = (id("[CLS]")?, id("[SEP]")?);
            let mut tokenizer = Tokenizer::new(model);
            tokenizer
                .with_normalizer(Some(BertNormalizer::new(true, true, Some(strip_accents), lower_case)))
                .with_pre_tokenizer(Some(BertPreTokenizer))
                .with_post_processor(Some(BertProcessing::new(("[SEP]".into(), sep), ("[CLS]".into(), cls))));
            tokenizer
        } else if vocab_json.is_file() && merges.is_file() {
            let bad = |message: String| TokenizerError::BadFile { file: vocab_json.clone(), message };
            let model = BPE::from_file(&vocab_json.to_string_lossy(), &merges.to_string_lossy()).build().map_err(|e| bad(e.to_string()))?;
            let vocab = tokenizers::Model::get_vocab(&model);
            let id = |token: &str| vocab.get(token).copied().ok_or_else(|| bad(format!("vocabulary has no {token}")));
            let (bos, eos) = (id("<s>")?, id("</s>")?);
            let add_prefix_space = setting("add_prefix_space").unwrap_or(true);
            let mut tokenizer = Tokenizer::new(model);
            tokenizer
                .with_pre_tokenizer(Some(ByteLevel::new(add_prefix_space, true, true)))
                .with_decoder(Some(ByteLevel::default()))
                .with_post_processor(Some(
                    RobertaProcessing::new(("</s>".into(), eos), ("<s>".into(), bos)).add_prefix_space(add_prefix_space),
                ));
            tokenizer
        } else {
            return Err(TokenizerError::Missing { dir: dir.to_path_buf(), looked_for: TOKENIZER_FILES.into() });
        };
        Self::framed(tokenizer, dir)
    }

    /// Finds the special tokens the post-processor puts around a text, and turns off any
    /// padding or truncation the file asks for (we window long inputs ourselves).
    fn framed(mut tokenizer: Tokenizer, dir: &Path) -> Result<Self, TokenizerError> {
        let bad = |message: String| TokenizerError::BadFile { file: dir.join("tokenizer.json"), message };
        tokenizer.with_padding(None);
        tokenizer.with_truncation(None).map_err(|e| bad(e.to_string()))?;
        let probe = tokenizer.encode("a", true).map_err(|e| bad(e.to_string()))?;
        let sequence_ids = probe.get_sequence_ids();
        let first_text = sequence_ids.iter().position(Option::is_some).unwrap_or(0);
        let last_text = sequence_ids.iter().rposition(Option::is_some).map(|i| i + 1).unwrap_or(first_text);
        let ids = probe.get_ids();
        let pad_id = tokenizer
            .get_padding()
            .map(|p| p.pad_id)
            .or_else(|| ["[PAD]", "<pad>"].iter().find_map(|t| tokenizer.token_to_id(t)))
            .unwrap_or(0);
        Ok(SubwordTokenizer { prefix: ids[..first_text].to_vec(), suffix: ids[last_text..].to_vec(), pad_id, tokenizer })
    }

    pub fn special_token_count(&self) -> usize {
        self.prefix.len() + self.suffix.len()
    }

    /// Tokenizes `text` without special tokens.
    pub fn encode(&self, text: &str) -> Result<Subwords, String> {
        let encoding = self.tokenizer.encode(text, false).map_err(|e| e.to_string())?;
        Ok(Subwords { ids: encoding.get_ids().to_vec(), offsets: encoding.get_offsets().to_vec() })
    }
}

fn model_token_id(model: &WordPiece, token: &str) -> Option<u32> {
    tokenizers::Model::token_to_id(model, token)
}
