//! `--int8`'s linear layers: int8 weights with a scale per output row, int8 activations with a
//! scale per token, and the product in libtorch's integer kernels.
//!
//! Two products, chosen once per process by what the CPU has ([`Int8Product::for_this_cpu`]):
//!
//! - [`Int8Product::IntMm`], where the CPU has VNNI (AVX512-VNNI or AVX-VNNI): libtorch's
//!   `_int_mm` (int8 x int8 -> int32, oneDNN's VNNI kernels) between symmetric int8 weights and
//!   tokens, with one fused pass before it and one after it ([`rowscale::quantize_rows`],
//!   [`rowscale::dequantize_rows`]). Exact integer products; a token's result does not depend on
//!   its batch mates.
//! - [`Int8Product::Fbgemm`] elsewhere: fbgemm's per-tensor operator, with the per-row and
//!   per-token scales emulated around it ([`rowscale::normalize_rows`],
//!   [`rowscale::rescale_rows`]). Without VNNI, oneDNN multiplies int8 pairs with `vpmaddubsw`,
//!   whose 16-bit pair sums saturate on large weights and activations: measured with
//!   `ONEDNN_MAX_CPU_ISA=AVX2`, `_int_mm` kept 99.85% of CoNLL test's word labels equal to FP32
//!   against 99.905% with VNNI, and the recheck no longer held 99.9% on Re-DocRED, while fbgemm
//!   (which reads activations as unsigned) keeps the 99.9%.
//!
//! On a VNNI CPU the first ran a layer 1.2-1.4 times as fast as the second (`docs/speed.md`,
//! session 29); without VNNI both ran as fast.

use tch::{Kind, Scalar, Tensor};

use super::rowscale;

/// Which int8 product a process runs (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Int8Product {
    IntMm,
    Fbgemm,
}

impl Int8Product {
    /// `IntMm` where the CPU multiplies int8 with VNNI, else `Fbgemm`.
    pub fn for_this_cpu() -> Self {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx512vnni") || std::arch::is_x86_feature_detected!("avxvnni") {
            return Int8Product::IntMm;
        }
        Int8Product::Fbgemm
    }

    /// How it quantizes, for a model's identity (the two give slightly different labels).
    pub fn description(self) -> &'static str {
        match self {
            Int8Product::IntMm => "int8 _int_mm, symmetric scales per weight row and per token",
            Int8Product::Fbgemm => "int8 fbgemm, per-tensor affine over rows and tokens normalised to their largest magnitude",
        }
    }
}

/// An int8 linear layer, `[tokens, in]` -> `[tokens, out]`.
pub enum Int8Linear {
    IntMm(IntMmLinear),
    Fbgemm(FbgemmLinear),
}

impl Int8Linear {
    /// Quantizes `weight` (`[out, in]`) for this CPU's product.
    pub fn new(weight: &Tensor, bias: &Tensor) -> Result<Self, String> {
        Ok(match Int8Product::for_this_cpu() {
            Int8Product::IntMm => Int8Linear::IntMm(IntMmLinear::new(weight, bias)?),
            Int8Product::Fbgemm => Int8Linear::Fbgemm(FbgemmLinear::new(weight, bias)?),
        })
    }

    pub fn forward(&self, input: &Tensor) -> Tensor {
        match self {
            Int8Linear::IntMm(linear) => linear.forward(input),
            Int8Linear::Fbgemm(linear) => linear.forward(input),
        }
    }
}

/// Symmetric int8 weights (`round(w * 127 / m)`, `m` the row's largest magnitude) and tokens,
/// multiplied by `_int_mm`.
pub struct IntMmLinear {
    /// `[in, out]`, int8: the weight transposed, as `_int_mm` takes it.
    weight: Tensor,
    /// Each output row's scale: its largest weight magnitude / 127.
    row_scales: Vec<f32>,
    bias: Vec<f32>,
}

impl IntMmLinear {
    fn new(weight: &Tensor, bias: &Tensor) -> Result<Self, String> {
        let weight = weight.to_kind(Kind::Float);
        let row_magnitudes = weight.abs().amax([1i64].as_slice(), false).clamp_min(f64::from(rowscale::MIN_MAGNITUDE));
        let quantized = (&weight / row_magnitudes.unsqueeze(1) * 127.0).round().clamp(-127.0, 127.0).to_kind(Kind::Int8);
        Ok(IntMmLinear { weight: quantized.tr().contiguous(), row_scales: float_vec(&(row_magnitudes / 127.0))?, bias: float_vec(bias)? })
    }

    fn forward(&self, input: &Tensor) -> Tensor {
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

/// fbgemm's int8 product (per-tensor scales only) made to act as if weights had a scale per
/// output row and activations a scale per token: each weight row is divided by its largest
/// magnitude before quantization and each input row by its own before the product, and the
/// product is multiplied back by both. On CoNLL-2003 this lifted the share of word labels
/// equal to FP32 without a recheck from 99.54% to 99.87% (test).
pub struct FbgemmLinear {
    quantized: Tensor,
    packed: Tensor,
    /// Per output row: sum of its quantized weights - zero point * K (fbgemm's correction).
    col_offsets: Tensor,
    scale: f64,
    zero_point: i64,
    /// Each output row's largest weight magnitude: what the product is multiplied by.
    row_magnitudes: Vec<f32>,
    bias: Vec<f32>,
    /// The op adds its bias before the rescaling, so it gets zeros and the bias comes after.
    zero_bias: Tensor,
}

impl FbgemmLinear {
    fn new(weight: &Tensor, bias: &Tensor) -> Result<Self, String> {
        let weight = weight.to_kind(Kind::Float);
        let row_magnitudes = weight.abs().amax([1i64].as_slice(), false).clamp_min(f64::from(rowscale::MIN_MAGNITUDE));
        let weight = (&weight / row_magnitudes.unsqueeze(1)).contiguous();
        // Per-tensor affine int8 with fbgemm's choice of scale and zero point, over the
        // normalised weights (all within [-1, 1]).
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
        let k = weight.size()[1] as f64;
        let col_offsets = (quantized.to_kind(Kind::Int).sum_dim_intlist(1, false, Kind::Int) - (zero_point * k) as i64).to_kind(Kind::Int);
        let packed = quantized.fbgemm_pack_quantized_matrix();
        Ok(FbgemmLinear {
            quantized,
            packed,
            col_offsets,
            scale,
            zero_point: zero_point as i64,
            row_magnitudes: float_vec(&row_magnitudes)?,
            bias: float_vec(bias)?,
            zero_bias: bias.zeros_like(),
        })
    }

    fn forward(&self, input: &Tensor) -> Tensor {
        // Both buffers are fresh or contiguous float tensors on the CPU (fbgemm runs there only).
        let input = input.to_kind(Kind::Float).contiguous();
        let columns = *input.size().last().unwrap_or(&1);
        let mut normalized = input.empty_like();
        // SAFETY: `input` and `normalized` are contiguous CPU float tensors of `numel` values;
        // `normalized` is a fresh tensor nothing else reads while it is written.
        let token_magnitudes =
            unsafe { rowscale::normalize_rows(float_values(&input), columns as usize, float_values_mut(&mut normalized)) };
        // The op wants a floating scale and an integral zero point.
        let (scale, zero_point) = (Scalar::float(self.scale), Scalar::int(self.zero_point));
        let mut output = normalized
            .fbgemm_linear_int8_weight_fp32_activation(&self.quantized, &self.packed, &self.col_offsets, scale, zero_point, &self.zero_bias)
            .contiguous();
        // SAFETY: `output` is the op's fresh contiguous float result, `[tokens, out]`.
        unsafe { rowscale::rescale_rows(float_values_mut(&mut output), &token_magnitudes, &self.row_magnitudes, &self.bias) };
        output
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
/// As [`values_mut`], for a `Float` tensor.
unsafe fn float_values_mut(tensor: &mut Tensor) -> &mut [f32] {
    values_mut(tensor, Kind::Float)
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

    /// Both products agree with the FP32 layer to within int8's grid, on any CPU (the product
    /// this CPU would not pick is built directly).
    #[test]
    fn both_products_approximate_the_float_layer() {
        tch::manual_seed(7);
        let weight = Tensor::randn([48, 32], (Kind::Float, tch::Device::Cpu)) * 0.1;
        let bias = Tensor::randn([48], (Kind::Float, tch::Device::Cpu)) * 0.1;
        let input = Tensor::randn([5, 32], (Kind::Float, tch::Device::Cpu));
        let expected = bias.addmm(&input, &weight.tr());
        let scale = expected.abs().max().double_value(&[]);
        for output in
            [IntMmLinear::new(&weight, &bias).unwrap().forward(&input), FbgemmLinear::new(&weight, &bias).unwrap().forward(&input)]
        {
            assert_eq!(output.size(), [5, 48]);
            let error = (&output - &expected).abs().max().double_value(&[]);
            assert!(error < 0.03 * scale, "largest error {error} against values up to {scale}");
        }
        let empty = IntMmLinear::new(&weight, &bias).unwrap().forward(&Tensor::zeros([0, 32], (Kind::Float, tch::Device::Cpu)));
        assert_eq!(empty.size(), [0, 48]);
    }
}
