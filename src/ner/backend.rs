//! The runnable model behind one trait: [`Encoder`] maps token ids and an attention mask to
//! logits. Two backends implement it: rust-bert's FP32 token-classification heads ([`RustBert`],
//! every supported architecture, the reference) and this crate's BERT forward pass
//! ([`NativeBert`], FP32 or int8). A [`Classifier`] is what a worker holds: the exact FP32
//! backend and, with `--int8`, the fast one beside it.

use rust_bert::albert::{AlbertConfig, AlbertForTokenClassification};
use rust_bert::bert::{BertConfig, BertForTokenClassification};
use rust_bert::deberta::{DebertaConfig, DebertaForTokenClassification};
use rust_bert::deberta_v2::{DebertaV2Config, DebertaV2ForTokenClassification};
use rust_bert::distilbert::{DistilBertConfig, DistilBertForTokenClassification};
use rust_bert::electra::{ElectraConfig, ElectraForTokenClassification};
use rust_bert::mobilebert::{MobileBertConfig, MobileBertForTokenClassification};
use rust_bert::roberta::RobertaForTokenClassification;
use tch::{nn::VarStore, Device, Tensor};

use super::bert::{NativeBert, Precision};
use super::checkpoint::{load_weights, Architecture, Forward, ModelError, ModelSpec};

/// One batch as the model reads it: model inputs (framed windows) in groups of equal length,
/// their tokens concatenated without padding. Linear layers see every token of the batch at
/// once; attention runs per group.
pub struct EncoderInput {
    /// Token ids `[tokens]`: group after group, row after row.
    pub ids: Tensor,
    /// Token type ids `[tokens]`, for models that read them ([`super::tokenizer::TokenTypes`]);
    /// None means zeros.
    pub type_ids: Option<Tensor>,
    /// `(rows, length)` of each group, in order.
    pub groups: Vec<(i64, i64)>,
    /// The flat token positions whose logits are wanted (each word's first subword), `[kept]`.
    pub keep: Tensor,
}

impl EncoderInput {
    /// Each group's `(first token, rows, length)`.
    pub fn group_spans(&self) -> impl Iterator<Item = (i64, i64, i64)> + '_ {
        self.groups.iter().scan(0, |first, &(rows, length)| {
            let span = (*first, rows, length);
            *first += rows * length;
            Some(span)
        })
    }
}

/// A token classifier's forward pass: an [`EncoderInput`] in, logits `[kept, labels]` (the
/// positions `keep` names, in its order) out, in inference mode (no dropout, no autograd).
pub trait Encoder: Send {
    fn logits(&self, input: &EncoderInput) -> Result<Tensor, String>;
}

/// rust-bert's FP32 token-classification models, one variant per architecture.
// One per worker, built once and never moved about: boxing the large variants buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum RustBert {
    Bert(BertForTokenClassification),
    DistilBert(DistilBertForTokenClassification),
    Roberta(RobertaForTokenClassification),
    Electra(ElectraForTokenClassification),
    Deberta(DebertaForTokenClassification),
    DebertaV2(DebertaV2ForTokenClassification),
    Albert(AlbertForTokenClassification),
    MobileBert(MobileBertForTokenClassification),
}

impl Encoder for RustBert {
    fn logits(&self, input: &EncoderInput) -> Result<Tensor, String> {
        // rust-bert's models read padded [rows, length] batches: one call per group.
        let mut per_group = Vec::with_capacity(input.groups.len());
        for (first, rows, length) in input.group_spans() {
            let rows_of = |flat: &Tensor| flat.narrow(0, first, rows * length).view([rows, length]);
            let ids = rows_of(&input.ids);
            let attention = ids.ones_like();
            let type_ids = input.type_ids.as_ref().map(rows_of);
            let (ids, attention) = (Some(&ids), Some(&attention));
            let output = match self {
                // Only BERT checkpoints may declare token types (checked when the folder is opened).
                RustBert::Bert(m) => m.forward_t(ids, attention, type_ids.as_ref(), None, None, false).logits,
                RustBert::Roberta(m) => m.forward_t(ids, attention, None, None, None, false).logits,
                RustBert::Electra(m) => m.forward_t(ids, attention, None, None, None, false).logits,
                RustBert::Albert(m) => m.forward_t(ids, attention, None, None, None, false).logits,
                RustBert::DistilBert(m) => m.forward_t(ids, attention, None, false).map_err(|e| e.to_string())?.logits,
                RustBert::Deberta(m) => m.forward_t(ids, attention, None, None, None, false).map_err(|e| e.to_string())?.logits,
                RustBert::DebertaV2(m) => m.forward_t(ids, attention, None, None, None, false).map_err(|e| e.to_string())?.logits,
                RustBert::MobileBert(m) => m.forward_t(ids, None, None, None, attention, false).map_err(|e| e.to_string())?.logits,
            };
            let labels = *output.size().last().unwrap_or(&0);
            per_group.push(output.view([rows * length, labels]));
        }
        Ok(Tensor::cat(&per_group, 0).index_select(0, &input.keep))
    }
}

impl Encoder for NativeBert {
    fn logits(&self, input: &EncoderInput) -> Result<Tensor, String> {
        Ok(NativeBert::logits(self, input))
    }
}

/// A loaded model as one worker holds it.
pub struct Classifier {
    /// The FP32 model ([`ModelSpec::effective_forward`]).
    exact: Box<dyn Encoder>,
    /// With `--int8`, the same weights as int8 matrix products.
    fast: Option<Box<dyn Encoder>>,
    recheck_margin: Option<f32>,
    // The weights live here; the heads only hold handles to them.
    _var_store: VarStore,
}

impl Classifier {
    /// Builds the classifier for `spec` on `device` and loads the weights into it.
    pub fn load(spec: &ModelSpec, device: Device) -> Result<Self, ModelError> {
        if spec.int8 && spec.architecture != Architecture::Bert {
            return Err(ModelError::Int8Unsupported { file: spec.config_path.clone(), model_type: spec.model_type.clone() });
        }
        let mut var_store = VarStore::new(device);
        // Built even when the native pass runs: its variables are what `load_weights` fills
        // and what the native pass reads.
        let reference = build_rust_bert(spec, &var_store)?;
        load_weights(&mut var_store, &spec.weights)?;
        let native = |precision| {
            NativeBert::new(&var_store.variables(), &spec.config, precision)
                .map_err(|message| ModelError::BadFile { file: spec.weights.clone(), message })
        };
        let exact: Box<dyn Encoder> = match spec.effective_forward() {
            Forward::Native => Box::new(native(Precision::Fp32)?),
            Forward::RustBert => Box::new(reference),
        };
        let fast: Option<Box<dyn Encoder>> = if spec.int8 { Some(Box::new(native(Precision::Int8)?)) } else { None };
        Ok(Classifier { exact, fast, recheck_margin: spec.int8_recheck(), _var_store: var_store })
    }

    /// The fast path's logits: int8 with `--int8`, else FP32.
    pub fn fast_logits(&self, input: &EncoderInput) -> Result<Tensor, String> {
        match &self.fast {
            Some(fast) => fast.logits(input),
            None => self.exact.logits(input),
        }
    }

    /// When the fast path is approximate: the logit gap below which a window is rerun in FP32.
    pub fn recheck_margin(&self) -> Option<f32> {
        self.recheck_margin
    }

    /// The FP32 reference logits.
    pub fn logits(&self, input: &EncoderInput) -> Result<Tensor, String> {
        self.exact.logits(input)
    }
}

fn build_rust_bert(spec: &ModelSpec, var_store: &VarStore) -> Result<RustBert, ModelError> {
    let root = var_store.root();
    let config_error = |e: String| ModelError::BadFile { file: spec.config_path.clone(), message: e };
    macro_rules! head {
        ($variant:ident, $model:ty, $config:ty) => {{
            let config: $config = serde_json::from_value(spec.config.clone())
                .map_err(|e| config_error(format!("not a valid {} config: {e}", spec.model_type)))?;
            RustBert::$variant(<$model>::new(root, &config).map_err(|e| config_error(e.to_string()))?)
        }};
    }
    Ok(match spec.architecture {
        Architecture::Bert => head!(Bert, BertForTokenClassification, BertConfig),
        Architecture::DistilBert => head!(DistilBert, DistilBertForTokenClassification, DistilBertConfig),
        Architecture::Roberta => head!(Roberta, RobertaForTokenClassification, BertConfig),
        Architecture::Electra => head!(Electra, ElectraForTokenClassification, ElectraConfig),
        Architecture::Deberta => head!(Deberta, DebertaForTokenClassification, DebertaConfig),
        Architecture::DebertaV2 => head!(DebertaV2, DebertaV2ForTokenClassification, DebertaV2Config),
        Architecture::Albert => head!(Albert, AlbertForTokenClassification, AlbertConfig),
        Architecture::MobileBert => head!(MobileBert, MobileBertForTokenClassification, MobileBertConfig),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The native BERT forward pass, in FP32, must give rust-bert's logits: for batches of one
    /// and several groups, with and without token types, for every position or a few.
    #[test]
    fn native_bert_forward_matches_rust_bert() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/conll03-minilm-l6-uncased");
        let mut spec = ModelSpec::open(&dir).expect("default model installed by scripts/setup.sh");
        spec.forward = Forward::RustBert;
        let reference = Classifier::load(&spec, Device::Cpu).unwrap();
        let native = NativeBert::new(&reference._var_store.variables(), &spec.config, Precision::Fp32).unwrap();
        // Two rows of 9 tokens, then three rows of 5.
        let ids: Vec<i64> = vec![
            101, 7592, 2088, 1010, 3000, 2003, 1999, 3956, 102, 101, 3956, 2758, 1999, 2088, 1010, 3000, 2003, 102, 101, 7592, 2088, 1010,
            102, 101, 3956, 2758, 1999, 102, 101, 2003, 1999, 3956, 102,
        ];
        let ids = Tensor::from_slice(&ids);
        // Token types as a case-aware checkpoint would have them (the default has two rows).
        let types = ids.remainder(2);
        let everything = Tensor::arange(ids.size()[0], (tch::Kind::Int64, Device::Cpu));
        let some = Tensor::from_slice(&[1i64, 4, 10, 19, 20, 30]);
        tch::no_grad(|| {
            for groups in [vec![(2, 9), (3, 5)], vec![(1, 9)]] {
                let tokens: i64 = groups.iter().map(|(r, l)| r * l).sum();
                for type_ids in [None, Some(types.narrow(0, 0, tokens))] {
                    for keep in [everything.narrow(0, 0, tokens), some.shallow_clone()] {
                        let keep = keep.masked_select(&keep.lt(tokens));
                        let input = EncoderInput {
                            ids: ids.narrow(0, 0, tokens),
                            type_ids: type_ids.as_ref().map(Tensor::shallow_clone),
                            groups: groups.clone(),
                            keep,
                        };
                        let expected = reference.logits(&input).unwrap();
                        let native = Encoder::logits(&native, &input).unwrap();
                        assert_eq!(native.size(), expected.size());
                        let largest = (&native - &expected).abs().max().double_value(&[]);
                        assert!(largest < 1e-4, "max difference {largest} with groups {groups:?}");
                    }
                }
            }
        });
    }
}
