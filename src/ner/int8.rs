//! Int8 BERT, the opt-in `--int8` path: BERT's forward pass written over tch ops so that its
//! linear layers can run as fbgemm int8 matrix products.
//!
//! Takes the weights rust-bert loaded for a BERT token-classification checkpoint; gives the
//! same logits as [`crate::model::Classifier`] up to quantization error. Weights are quantized
//! once, per tensor (as `torch.fbgemm_linear_quantize_weight` does); activations are quantized
//! per call from their range (as PyTorch's dynamic quantization does), so a sentence's labels
//! can depend slightly on its batch mates. The classifier layer stays in FP32: it is tiny and
//! decides the labels. The NER stage reruns in FP32 the inputs whose int8 labels are in doubt
//! (`crate::ner`, [`crate::model::ModelSpec::int8_recheck_margin`]); the speed gain and the
//! label agreement are measured in the README.

use std::collections::HashMap;

use tch::{Kind, Scalar, Tensor};

/// The two ways a linear layer runs.
enum Linear {
    Float { weight: Tensor, bias: Tensor },
    Int8 { weight: Tensor, packed: Tensor, col_offsets: Tensor, scale: f64, zero_point: i64, bias: Tensor },
}

impl Linear {
    fn float(weight: &Tensor, bias: &Tensor) -> Self {
        Linear::Float { weight: weight.shallow_clone(), bias: bias.shallow_clone() }
    }

    /// Per-tensor affine int8 weights, with fbgemm's choice of scale and zero point.
    fn int8(weight: &Tensor, bias: &Tensor) -> Self {
        let weight = weight.contiguous();
        let (qmin, qmax) = (-128.0f64, 127.0f64);
        let min = weight.min().double_value(&[]).min(0.0);
        let max = weight.max().double_value(&[]).max(0.0);
        let mut scale = (max - min) / (qmax - qmin);
        if scale as f32 == 0.0 || (1.0 / scale as f32).is_infinite() {
            scale = 0.1;
        }
        let scale = scale as f32 as f64;
        let from_min = qmin - min / scale;
        let from_max = qmax - max / scale;
        let initial = if qmin.abs() - (min / scale).abs() < qmax.abs() - (max / scale).abs() { from_min } else { from_max };
        let zero_point = initial.round_ties_even().clamp(qmin, qmax);
        let quantized = (&weight * (1.0 / scale) + zero_point).round().clamp(qmin, qmax).to_kind(Kind::Int8);
        // fbgemm adds these to correct for the weights' zero point: per output row,
        // sum(q) - zero_point * K.
        let k = weight.size()[1] as f64;
        let col_offsets = (quantized.to_kind(Kind::Int).sum_dim_intlist(1, false, Kind::Int) - (zero_point * k) as i64).to_kind(Kind::Int);
        let packed = quantized.fbgemm_pack_quantized_matrix();
        Linear::Int8 { weight: quantized, packed, col_offsets, scale, zero_point: zero_point as i64, bias: bias.shallow_clone() }
    }

    fn forward(&self, input: &Tensor) -> Tensor {
        match self {
            Linear::Float { weight, bias } => input.linear(weight, Some(bias)),
            Linear::Int8 { weight, packed, col_offsets, scale, zero_point, bias } => {
                // The op wants a floating scale and an integral zero point.
                let (scale, zero_point) = (Scalar::float(*scale), Scalar::int(*zero_point));
                input.contiguous().fbgemm_linear_int8_weight_fp32_activation(weight, packed, col_offsets, scale, zero_point, bias)
            }
        }
    }
}

struct LayerNorm {
    weight: Tensor,
    bias: Tensor,
}

impl LayerNorm {
    fn forward(&self, input: &Tensor) -> Tensor {
        let hidden = *input.size().last().unwrap_or(&0);
        input.layer_norm([hidden], Some(&self.weight), Some(&self.bias), 1e-12, false)
    }
}

struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
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

/// A BERT token classifier whose encoder's linear layers run in int8 (or, for checking this
/// forward pass against rust-bert's, in FP32).
pub struct QuantizedBert {
    word_embeddings: Tensor,
    position_embeddings: Tensor,
    token_type_embeddings: Tensor,
    embedding_norm: LayerNorm,
    layers: Vec<Layer>,
    classifier: Linear,
    heads: i64,
    activation: Activation,
}

impl QuantizedBert {
    /// Builds the model from rust-bert's BERT variables (`bert.…`, `classifier.…`) and the
    /// checkpoint's config.json; `int8` false keeps every layer in FP32.
    pub fn new(variables: &HashMap<String, Tensor>, config: &serde_json::Value, int8: bool) -> Result<Self, String> {
        let get = |name: &str| variables.get(name).map(Tensor::shallow_clone).ok_or_else(|| format!("no weight named {name}"));
        let linear = |prefix: &str, quantize: bool| -> Result<Linear, String> {
            let (weight, bias) = (get(&format!("{prefix}.weight"))?, get(&format!("{prefix}.bias"))?);
            Ok(if quantize { Linear::int8(&weight, &bias) } else { Linear::float(&weight, &bias) })
        };
        let norm = |prefix: &str| -> Result<LayerNorm, String> {
            Ok(LayerNorm { weight: get(&format!("{prefix}.weight"))?, bias: get(&format!("{prefix}.bias"))? })
        };
        let count = |key: &str| config.get(key).and_then(|v| v.as_i64()).ok_or_else(|| format!("config.json has no {key:?}"));
        let activation = match config.get("hidden_act").and_then(|v| v.as_str()).unwrap_or("gelu") {
            "gelu" => Activation::Gelu,
            "gelu_new" | "gelu_pytorch_tanh" => Activation::GeluTanh,
            "relu" => Activation::Relu,
            other => return Err(format!("hidden_act {other:?} is not supported by the int8 path")),
        };
        let layers = (0..count("num_hidden_layers")?)
            .map(|i| {
                let p = format!("bert.encoder.layer.{i}");
                Ok(Layer {
                    query: linear(&format!("{p}.attention.self.query"), int8)?,
                    key: linear(&format!("{p}.attention.self.key"), int8)?,
                    value: linear(&format!("{p}.attention.self.value"), int8)?,
                    attention_output: linear(&format!("{p}.attention.output.dense"), int8)?,
                    attention_norm: norm(&format!("{p}.attention.output.LayerNorm"))?,
                    intermediate: linear(&format!("{p}.intermediate.dense"), int8)?,
                    output: linear(&format!("{p}.output.dense"), int8)?,
                    output_norm: norm(&format!("{p}.output.LayerNorm"))?,
                })
            })
            .collect::<Result<Vec<Layer>, String>>()?;
        Ok(QuantizedBert {
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

    /// Logits `[batch, length, labels]` for token ids, token type ids (None: zeros) and
    /// attention mask `[batch, length]`.
    pub fn logits(&self, input_ids: &Tensor, type_ids: Option<&Tensor>, mask: &Tensor) -> Tensor {
        let (batch, length) = (input_ids.size()[0], input_ids.size()[1]);
        let positions = Tensor::arange(length, (Kind::Int64, input_ids.device()));
        let lookup = |table: &Tensor, ids: &Tensor| Tensor::embedding(table, ids, -1, false, false);
        let token_types = match type_ids {
            Some(type_ids) => lookup(&self.token_type_embeddings, type_ids),
            None => self.token_type_embeddings.get(0).view([1, 1, -1]),
        };
        let embedded = lookup(&self.word_embeddings, input_ids) + lookup(&self.position_embeddings, &positions).unsqueeze(0) + token_types;
        let mut hidden = self.embedding_norm.forward(&embedded);
        // Padding gets a large negative score before the softmax, as in BERT.
        let additive_mask = (mask.to_kind(Kind::Float).ones_like() - mask.to_kind(Kind::Float)).view([batch, 1, 1, length]) * -10000.0;
        let size = *hidden.size().last().unwrap_or(&0);
        let head_size = size / self.heads;
        let split = |x: Tensor| x.view([batch, length, self.heads, head_size]).transpose(1, 2);
        for layer in &self.layers {
            let query = split(layer.query.forward(&hidden)) / (head_size as f64).sqrt();
            let key = split(layer.key.forward(&hidden));
            let value = split(layer.value.forward(&hidden));
            let scores = query.matmul(&key.transpose(-1, -2)) + &additive_mask;
            let context = scores.softmax(-1, Kind::Float).matmul(&value).transpose(1, 2).contiguous().view([batch, length, size]);
            let attended = layer.attention_norm.forward(&(layer.attention_output.forward(&context) + &hidden));
            let inner = layer.intermediate.forward(&attended);
            let inner = match self.activation {
                Activation::Gelu => inner.gelu("none"),
                Activation::GeluTanh => inner.gelu("tanh"),
                Activation::Relu => inner.relu(),
            };
            hidden = layer.output_norm.forward(&(layer.output.forward(&inner) + &attended));
        }
        self.classifier.forward(&hidden)
    }
}
