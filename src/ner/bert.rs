//! BERT's forward pass written over tch ops: the fast path for BERT checkpoints, in FP32 (the
//! default) or with its linear layers as int8 matrix products (`--int8`).
//!
//! Takes the weights rust-bert loaded for a BERT token-classification checkpoint and computes
//! what rust-bert's `BertForTokenClassification` computes, with less work around the matrix
//! products (profiled on CoNLL-2003 test: rust-bert spends about 40% of its time outside them):
//!
//! - a batch is its tokens without padding ([`EncoderInput`]): linear layers run over all of
//!   them at once, attention per group of equal-length inputs;
//! - query, key and value are one matrix product, not three;
//! - attention is libtorch's CPU flash-attention kernel (no score tensor);
//! - bias and GELU are libtorch's single-pass kernels (rust-bert composes GELU from five
//!   elementwise ops), residual additions happen in place;
//! - the last layer computes only the positions whose labels are read.
//!
//! FP32 labels equal rust-bert's (`tests/eval.rs` compares them on a CoNLL slice; the README's
//! throughput section on the whole test set). int8 ([`super::int8`]) quantizes weights once, with
//! a scale per output row, and activations per call with a scale per token, and multiplies them
//! with libtorch's int8 matrix products. The classifier layer stays FP32: it is tiny and decides the
//! labels. The NER stage reruns in FP32 the inputs whose int8 labels are in doubt
//! ([`super::checkpoint::ModelSpec::int8_recheck_margin`]).

use std::collections::HashMap;

use tch::{Kind, Tensor};

use super::backend::EncoderInput;
use super::int8::Int8Linear;

/// The arithmetic of the encoder's linear layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Fp32,
    Int8,
}

/// The two ways a linear layer runs.
enum Linear {
    Float { weight: Tensor, bias: Tensor },
    Int8(Int8Linear),
}

impl Linear {
    fn float(weight: &Tensor, bias: &Tensor) -> Self {
        // Shared with rust-bert's variables (no copy): `[out, in]`, read transposed.
        Linear::Float { weight: weight.shallow_clone(), bias: bias.shallow_clone() }
    }

    /// `[tokens, in]` -> `[tokens, out]`.
    fn forward(&self, input: &Tensor) -> Tensor {
        match self {
            Linear::Float { weight, bias } => bias.addmm(input, &weight.tr()),
            Linear::Int8(linear) => linear.forward(input),
        }
    }
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
    eps: f64,
}

impl LayerNorm {
    fn forward(&self, input: &Tensor) -> Tensor {
        let hidden = *input.size().last().unwrap_or(&0);
        input.layer_norm([hidden], Some(&self.weight), Some(&self.bias), self.eps, false)
    }
}

struct Layer {
    /// Query, key and value as one `[3 * hidden, hidden]` product.
    projections: Linear,
    attention_output: Linear,
    attention_norm: LayerNorm,
    intermediate: Linear,
    output: Linear,
    output_norm: LayerNorm,
}

/// Activation functions BERT configs name.
#[derive(Debug, Clone, Copy)]
enum Activation {
    Gelu,
    GeluTanh,
    Relu,
}

/// A BERT token classifier run by this module's forward pass.
pub struct NativeBert {
    word_embeddings: Tensor,
    position_embeddings: Tensor,
    token_type_embeddings: Tensor,
    embedding_norm: LayerNorm,
    layers: Vec<Layer>,
    classifier: Linear,
    heads: i64,
    activation: Activation,
}

impl NativeBert {
    /// Builds the model from rust-bert's BERT variables (`bert.…`, `classifier.…`) and the
    /// checkpoint's config.json.
    pub fn new(variables: &HashMap<String, Tensor>, config: &serde_json::Value, precision: Precision) -> Result<Self, String> {
        let get = |name: &str| variables.get(name).map(Tensor::shallow_clone).ok_or_else(|| format!("no weight named {name}"));
        let int8 = precision == Precision::Int8;
        let linear = |prefix: &str, quantize: bool| -> Result<Linear, String> {
            let (weight, bias) = (get(&format!("{prefix}.weight"))?, get(&format!("{prefix}.bias"))?);
            Ok(if quantize { Linear::Int8(Int8Linear::new(&weight, &bias)?) } else { Linear::float(&weight, &bias) })
        };
        let eps = config.get("layer_norm_eps").and_then(|v| v.as_f64()).unwrap_or(1e-12);
        let norm = |prefix: &str| -> Result<LayerNorm, String> {
            Ok(LayerNorm { weight: get(&format!("{prefix}.weight"))?, bias: get(&format!("{prefix}.bias"))?, eps })
        };
        let count = |key: &str| config.get(key).and_then(|v| v.as_i64()).ok_or_else(|| format!("config.json has no {key:?}"));
        let activation = match config.get("hidden_act").and_then(|v| v.as_str()).unwrap_or("gelu") {
            "gelu" => Activation::Gelu,
            "gelu_new" | "gelu_pytorch_tanh" => Activation::GeluTanh,
            "relu" => Activation::Relu,
            other => return Err(format!("hidden_act {other:?} is not supported by the native BERT forward pass")),
        };
        let layers = (0..count("num_hidden_layers")?)
            .map(|i| {
                let p = format!("bert.encoder.layer.{i}");
                let names = ["query", "key", "value"].map(|part| format!("{p}.attention.self.{part}"));
                let weights = names.iter().map(|n| get(&format!("{n}.weight"))).collect::<Result<Vec<_>, _>>()?;
                let biases = names.iter().map(|n| get(&format!("{n}.bias"))).collect::<Result<Vec<_>, _>>()?;
                let (weight, bias) = (Tensor::cat(&weights, 0), Tensor::cat(&biases, 0));
                let projections = if int8 { Linear::Int8(Int8Linear::new(&weight, &bias)?) } else { Linear::float(&weight, &bias) };
                Ok(Layer {
                    projections,
                    attention_output: linear(&format!("{p}.attention.output.dense"), int8)?,
                    attention_norm: norm(&format!("{p}.attention.output.LayerNorm"))?,
                    intermediate: linear(&format!("{p}.intermediate.dense"), int8)?,
                    output: linear(&format!("{p}.output.dense"), int8)?,
                    output_norm: norm(&format!("{p}.output.LayerNorm"))?,
                })
            })
            .collect::<Result<Vec<Layer>, String>>()?;
        Ok(NativeBert {
            word_embeddings: get("bert.embeddings.word_embeddings.weight")?,
            position_embeddings: get("bert.embeddings.position_embeddings.weight")?,
            token_type_embeddings: get("bert.embeddings.token_type_embeddings.weight")?,
            embedding_norm: norm("bert.embeddings.LayerNorm")?,
            layers,
            classifier: linear("classifier", false)?,
            heads: count("num_attention_heads")?,
            activation,
        })
    }

    /// Logits `[kept, labels]` of a batch ([`EncoderInput`]): linear layers over all its
    /// tokens at once, attention per group of equal-length rows. The last layer computes its
    /// attention output and feed-forward block only at the kept positions: the other tokens'
    /// last states are never read.
    pub fn logits(&self, input: &EncoderInput) -> Tensor {
        let device = input.ids.device();
        // Each token's position within its row.
        let positions: Vec<i64> = input.groups.iter().flat_map(|&(rows, length)| (0..rows).flat_map(move |_| 0..length)).collect();
        let positions = Tensor::from_slice(&positions).to_device(device);
        let lookup = |table: &Tensor, ids: &Tensor| Tensor::embedding(table, ids, -1, false, false);
        let mut embedded = lookup(&self.word_embeddings, &input.ids);
        embedded += lookup(&self.position_embeddings, &positions);
        match &input.type_ids {
            Some(type_ids) => embedded += lookup(&self.token_type_embeddings, type_ids),
            None => embedded += self.token_type_embeddings.get(0),
        }
        let mut hidden = self.embedding_norm.forward(&embedded);
        let size = *hidden.size().last().unwrap_or(&0);
        let head_size = size / self.heads;
        // No padding anywhere, so nothing to mask; the kernel still wants a mask tensor (through
        // tch, "no mask" arrives as an undefined tensor it rejects): zeros, one per group.
        let no_masks: Vec<Tensor> =
            input.groups.iter().map(|&(_, length)| Tensor::zeros([1, 1, 1, length], (Kind::Float, device))).collect();
        let layer_count = self.layers.len();
        for (index, layer) in self.layers.iter().enumerate() {
            let projected = layer.projections.forward(&hidden).split(size, -1);
            let mut contexts = Vec::with_capacity(input.groups.len());
            for ((first, rows, length), no_mask) in input.group_spans().zip(&no_masks) {
                // [tokens, hidden] -> this group's [rows, heads, length, head_size], as a strided view.
                let heads = |x: &Tensor| x.narrow(0, first, rows * length).view([rows, length, self.heads, head_size]).transpose(1, 2);
                let (context, _) = Tensor::internal_scaled_dot_product_flash_attention_for_cpu(
                    &heads(&projected[0]),
                    &heads(&projected[1]),
                    &heads(&projected[2]),
                    0.0,
                    false,
                    Some(no_mask),
                    None,
                );
                contexts.push(context.transpose(1, 2).reshape([rows * length, size]));
            }
            let mut context =
                if contexts.len() == 1 { contexts.pop().unwrap_or_else(|| hidden.zeros_like()) } else { Tensor::cat(&contexts, 0) };
            if index + 1 == layer_count {
                context = context.index_select(0, &input.keep);
                hidden = hidden.index_select(0, &input.keep);
            }
            let mut attended = layer.attention_output.forward(&context);
            attended += &hidden;
            let attended = layer.attention_norm.forward(&attended);
            let mut inner = layer.intermediate.forward(&attended);
            let _ = match self.activation {
                Activation::Gelu => inner.gelu_("none"),
                Activation::GeluTanh => inner.gelu_("tanh"),
                Activation::Relu => inner.relu_(),
            };
            let mut output = layer.output.forward(&inner);
            output += &attended;
            hidden = layer.output_norm.forward(&output);
        }
        if layer_count == 0 {
            hidden = hidden.index_select(0, &input.keep);
        }
        self.classifier.forward(&hidden)
    }
}
