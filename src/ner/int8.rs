//! `--int8`'s linear layers: int8 weights with a scale per output row, int8 activations with a
//! scale per token, and the product in libtorch's integer kernels.
//!
//! The product is libtorch's `_int_mm` (int8 x int8 -> int32, oneDNN underneath) between
//! symmetric int8 weights and tokens, with one fused pass before it and one after it
//! ([`rowscale::quantize_rows`], [`rowscale::dequantize_rows`]); a token's result does not
//! depend on its batch mates. On a CPU with VNNI (AVX512-VNNI or AVX-VNNI) the products are
//! exact. Without VNNI, oneDNN (like fbgemm, which nergraph used before) multiplies bytes with
//! `vpmaddubsw`, whose 16-bit pair sums saturate on large weights and activations, so int8
//! leaves more labels in doubt there and the recheck needs a wider margin to keep 99.9% of
//! labels FP32's ([`default_recheck_margin`]; measured with `ONEDNN_MAX_CPU_ISA=AVX2`,
//! `docs/speed.md`, session 29).

use tch::{Kind, Tensor};

use super::rowscale;

/// Whether the CPU multiplies int8 with VNNI (AVX512-VNNI or AVX-VNNI), where the int8
/// products are exact.
pub fn has_vnni() -> bool {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx512vnni") || std::arch::is_x86_feature_detected!("avxvnni") {
        return true;
    }
    false
}

/// The recheck margin (logits) that keeps at least 99.9% of word labels equal to FP32's on
/// both development domains (CoNLL-2003 and Re-DocRED 0-199, both models): 0.5 with VNNI; 1
/// without, where saturated products leave more labels in doubt (Re-DocRED, CoNLL checkpoint:
/// 99.838% at 0.5, 99.903% at 0.75, 99.940% at 1).
pub fn default_recheck_margin() -> f32 {
    if has_vnni() {
        0.5
    } else {
        1.0
    }
}

/// How int8 multiplies on this CPU, for a model's identity (saturating products give other
/// labels than exact ones).
pub fn arithmetic() -> &'static str {
    if has_vnni() {
        "int8 _int_mm, symmetric scales per weight row and per token, VNNI"
    } else {
        "int8 _int_mm, symmetric scales per weight row and per token, without VNNI"
    }
}

/// An int8 linear layer, `[tokens, in]` -> `[tokens, out]`: symmetric int8 weights
/// (`round(w * 127 / m)`, `m` the row's largest magnitude) and tokens, multiplied by `_int_mm`.
pub struct Int8Linear {
    /// `[in, out]`, int8: the weight transposed, as `_int_mm` takes it.
    weight: Tensor,
    /// Each output row's scale: its largest weight magnitude / 127.
    row_scales: Vec<f32>,
    bias: Vec<f32>,
}

impl Int8Linear {
    pub fn new(weight: &Tensor, bias: &Tensor) -> Result<Self, String> {
        let weight = weight.to_kind(Kind::Float);
        let row_magnitudes = weight.abs().amax([1i64].as_slice(), false).clamp_min(f64::from(rowscale::MIN_MAGNITUDE));
        let quantized = (&weight / row_magnitudes.unsqueeze(1) * 127.0).round().clamp(-127.0, 127.0).to_kind(Kind::Int8);
        Ok(Int8Linear { weight: quantized.tr().contiguous(), row_scales: float_vec(&(row_magnitudes / 127.0))?, bias: float_vec(bias)? })
    }

    pub fn forward(&self, input: &Tensor) -> Tensor {
        let input = input.to_kind(Kind::Float).contiguous();
        let (tokens, columns) = input.size2().expect("an int8 layer's input is [tokens, in]");
        if tokens == 0 {
            return Tensor::zeros([0, self.row_scales.len() as i64], (Kind::Float, input.device()));
        }
        let mut quantized = Tensor::empty([tokens, columns], (Kind::Int8, input.device()));
        // SAFETY: `input` is a contiguous CPU float tensor; `quantized` a fresh contiguous int8
        // tensor of the same shape that nothing else reads while it is written.
        let token_scales = unsafe { rowscale::quantize_rows(float_values(&input), columns as usize, int8_values_mut(&mut quantized)) };
        let mut products = quantized.internal_int_mm(&self.weight);
        // SAFETY: `products` is `_int_mm`'s fresh contiguous int32 result, `[tokens, out]`.
        unsafe { rowscale::dequantize_rows(int32_values_mut(&mut products), &token_scales, &self.row_scales, &self.bias) };
        // The buffer now holds the floats' bits.
        products.view_dtype(Kind::Float)
    }
}

/// A float tensor's values, flattened.
fn float_vec(tensor: &Tensor) -> Result<Vec<f32>, String> {
    Vec::<f32>::try_from(&tensor.to_kind(Kind::Float).flatten(0, -1)).map_err(|e| format!("int8 layer: {e}"))
}

/// The values of a contiguous CPU tensor of element type `T` and kind `kind`, to read.
///
/// # Safety
/// `tensor` must be contiguous, of kind `kind` (whose elements are `T`), on the CPU, and not
/// written while the slice lives.
unsafe fn values<T>(tensor: &Tensor, kind: Kind) -> &[T] {
    debug_assert!(tensor.kind() == kind && tensor.is_contiguous() && tensor.device() == tch::Device::Cpu);
    match tensor.numel() {
        0 => &[],
        count => std::slice::from_raw_parts(tensor.data_ptr() as *const T, count),
    }
}

/// The values of a contiguous CPU tensor, to write.
///
/// # Safety
/// As [`values`], and no other tensor may share the storage while the slice lives.
unsafe fn values_mut<T>(tensor: &mut Tensor, kind: Kind) -> &mut [T] {
    debug_assert!(tensor.kind() == kind && tensor.is_contiguous() && tensor.device() == tch::Device::Cpu);
    match tensor.numel() {
        0 => &mut [],
        count => std::slice::from_raw_parts_mut(tensor.data_ptr() as *mut T, count),
    }
}

/// # Safety
/// As [`values`], for a `Float` tensor.
unsafe fn float_values(tensor: &Tensor) -> &[f32] {
    values(tensor, Kind::Float)
}

/// # Safety
/// As [`values_mut`], for an `Int8` tensor.
unsafe fn int8_values_mut(tensor: &mut Tensor) -> &mut [i8] {
    values_mut(tensor, Kind::Int8)
}

/// # Safety
/// As [`values_mut`], for an `Int` (int32) tensor.
unsafe fn int32_values_mut(tensor: &mut Tensor) -> &mut [i32] {
    values_mut(tensor, Kind::Int)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_int8_layer_approximates_the_float_layer() {
        tch::manual_seed(7);
        let weight = Tensor::randn([48, 32], (Kind::Float, tch::Device::Cpu)) * 0.1;
        let bias = Tensor::randn([48], (Kind::Float, tch::Device::Cpu)) * 0.1;
        let input = Tensor::randn([5, 32], (Kind::Float, tch::Device::Cpu));
        let expected = bias.addmm(&input, &weight.tr());
        let scale = expected.abs().max().double_value(&[]);
        let layer = Int8Linear::new(&weight, &bias).unwrap();
        let output = layer.forward(&input);
        assert_eq!(output.size(), [5, 48]);
        let error = (&output - &expected).abs().max().double_value(&[]);
        assert!(error < 0.03 * scale, "largest error {error} against values up to {scale}");
        let empty = layer.forward(&Tensor::zeros([0, 32], (Kind::Float, tch::Device::Cpu)));
        assert_eq!(empty.size(), [0, 48]);
    }
}
