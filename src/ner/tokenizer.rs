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

/// A sentence as subword tokens: ids (no special tokens), each token's byte range in the
/// sentence and, for models that take them, each token's type id ([`TokenTypes`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subwords {
    pub ids: Vec<u32>,
    pub offsets: Vec<(usize, usize)>,
    /// Empty unless the model reads token types other than zero.
    pub type_ids: Vec<u32>,
}

/// What a model reads in its token-type ids (BERT's segment embeddings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokenTypes {
    /// Zero everywhere: every ordinary checkpoint.
    #[default]
    Zeros,
    /// The capitalisation an uncased tokenizer erases, as the [`WordCase`] of the tokenizer's
    /// word (pre-token) each subword belongs to; special tokens and padding get 0. Declared by
    /// `"nergraph_token_types": "word_case"` in config.json.
    WordCase,
}

/// A word's capitalisation class: the token type id of its subwords under
/// [`TokenTypes::WordCase`]. Training (`nergraph train`) uses the same function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordCase {
    /// No letters: digits, punctuation (and special tokens).
    NoLetters = 0,
    /// The first letter is lower case ("the", "iPhone").
    Lower = 1,
    /// The first letter is upper case and the word is not all capitals ("Paris", "McDonald", "I").
    Capitalised = 2,
    /// Two or more letters, all upper case ("NATO").
    AllCaps = 3,
}

impl WordCase {
    pub fn of(word: &str) -> WordCase {
        let Some(first) = word.chars().find(|c| c.is_alphabetic()) else { return WordCase::NoLetters };
        if !first.is_uppercase() {
            WordCase::Lower
        } else if crate::text::words::is_all_capitals(word) {
            WordCase::AllCaps
        } else {
            WordCase::Capitalised
        }
    }
}

/// A tokenizer plus the special tokens that frame every model input.
#[derive(Debug, Clone)]
pub struct SubwordTokenizer {
    tokenizer: Tokenizer,
    /// What [`Subwords::type_ids`] holds for this model.
    pub token_types: TokenTypes,
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
        Ok(SubwordTokenizer {
            prefix: ids[..first_text].to_vec(),
            suffix: ids[last_text..].to_vec(),
            pad_id,
            tokenizer,
            token_types: TokenTypes::Zeros,
        })
    }

    pub fn special_token_count(&self) -> usize {
        self.prefix.len() + self.suffix.len()
    }

    /// Tokenizes `text` without special tokens.
    pub fn encode(&self, text: &str) -> Result<Subwords, String> {
        let encoding = self.tokenizer.encode(text, false).map_err(|e| e.to_string())?;
        let offsets = encoding.get_offsets().to_vec();
        let type_ids = match self.token_types {
            TokenTypes::Zeros => Vec::new(),
            TokenTypes::WordCase => word_case_ids(text, &offsets, encoding.get_word_ids()),
        };
        Ok(Subwords { ids: encoding.get_ids().to_vec(), offsets, type_ids })
    }
}

/// Each subword's [`WordCase`] id: the class of the text its word (the pre-tokenizer's unit,
/// from `word_ids`) spans.
fn word_case_ids(text: &str, offsets: &[(usize, usize)], word_ids: &[Option<u32>]) -> Vec<u32> {
    let mut ids = vec![WordCase::NoLetters as u32; offsets.len()];
    let mut start = 0;
    while start < offsets.len() {
        let word = word_ids[start];
        let mut end = start + 1;
        while end < offsets.len() && word.is_some() && word_ids[end] == word {
            end += 1;
        }
        let span = offsets[start].0..offsets[end - 1].1;
        let class = text.get(span).map_or(WordCase::NoLetters, WordCase::of) as u32;
        ids[start..end].fill(class);
        start = end;
    }
    ids
}

fn model_token_id(model: &WordPiece, token: &str) -> Option<u32> {
    tokenizers::Model::token_to_id(model, token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_case_classes() {
        use WordCase::*;
        let cases = [("the", Lower), ("iPhone", Lower), ("Paris", Capitalised), ("McDonald", Capitalised), ("I", Capitalised)];
        let more = [("NATO", AllCaps), ("G7", Capitalised), ("1999", NoLetters), ("-", NoLetters), ("ÉTAT", AllCaps)];
        for (word, class) in cases.into_iter().chain(more) {
            assert_eq!(WordCase::of(word), class, "{word}");
        }
    }

    #[test]
    fn subwords_take_their_words_case() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("models/conll03-minilm-l6-uncased");
        let mut tokenizer = SubwordTokenizer::from_dir(&dir, None).expect("default model installed by scripts/setup.sh");
        tokenizer.token_types = TokenTypes::WordCase;
        let text = "NATO met Kowalczykowski in Vendrasburg, 2021.";
        let subwords = tokenizer.encode(text).unwrap();
        let classes: Vec<(&str, u32)> = subwords.offsets.iter().zip(&subwords.type_ids).map(|(&(a, b), &t)| (&text[a..b], t)).collect();
        for (piece, class) in &classes {
            let expected = match *piece {
                "met" | "in" => 1,
                "," | "." | "2021" => 0,
                "NATO" => 3,
                _ => 2, // every piece of the long names takes its word's class
            };
            assert_eq!(*class, expected, "{piece} in {classes:?}");
        }
        assert!(classes.len() > 8, "{classes:?}");
    }
}
