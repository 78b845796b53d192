//! The per-token quantization around `--int8`'s matrix products, as single passes over plain
//! slices.
//!
//! [`super::int8`]'s layers quantize each token's activations with its own scale before
//! libtorch's int8 product and turn each int32 result back into a float with the token's and
//! the weight row's scales, then add the bias. Written as libtorch ops that is several passes
//! over the activations and temporaries (`abs`, `amax`, the division, rounding, conversions,
//! two products and a sum); here it is one pass before the product and one after it, in place.
//! Hand-written because no crate fuses elementwise work over tch's buffers. The AVX2 versions
//! use explicit intrinsics: iterator closures are not inlined into a `target_feature`
//! function, so they would run as SSE2 code.
//!
//! ```
//! use nergraph::ner::rowscale::{dequantize_rows, quantize_rows};
//! let input = [2.0f32, -4.0, 1.0, 0.5];
//! let mut quantized = [0i8; 4];
//! let scales = quantize_rows(&input, 2, &mut quantized);
//! assert_eq!(scales, [4.0 / 127.0, 1.0 / 127.0]);
//! assert_eq!(quantized, [64, -127, 127, 64]); // 63.5 rounds to even
//! // Two tokens' products with one weight row of scale 0.5 and bias 1.
//! let mut products = [254i32, 127];
//! dequantize_rows(&mut products, &scales, &[0.5], &[1.0]);
//! let floats = products.map(|bits| f32::from_bits(bits as u32));
//! assert_eq!(floats, [254.0 * (4.0 / 127.0) * 0.5 + 1.0, 127.0 * (1.0 / 127.0) * 0.5 + 1.0]);
//! ```

/// The smallest magnitude a row is divided by (an all-zero row stays zero).
pub const MIN_MAGNITUDE: f32 = 1e-8;

/// Quantizes each row of `input` (rows of `columns` values) to int8 with its own symmetric
/// scale, into `quantized`: `round(x * 127 / m)` where `m` is the row's largest magnitude (at
/// least [`MIN_MAGNITUDE`]), ties to even. Gives each row's scale, `m / 127`. One pass: a row
/// is read twice while it sits in the L1 cache.
pub fn quantize_rows(input: &[f32], columns: usize, quantized: &mut [i8]) -> Vec<f32> {
    assert_eq!(input.len(), quantized.len(), "quantize_rows: input and output differ in size");
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        return unsafe { quantize_rows_avx2(input, columns, quantized) };
    }
    quantize_rows_portable(input, columns, quantized)
}

/// Turns int32 products into floats in place: `p * token[t] * row[o] + bias[o]`, in that order
/// of operations, written as `f32` bits into the same buffer (so the product's tensor can be
/// viewed as float without a copy).
pub fn dequantize_rows(products: &mut [i32], token: &[f32], row: &[f32], bias: &[f32]) {
    assert_eq!(row.len(), bias.len(), "dequantize_rows: row scales and bias differ in size");
    assert_eq!(products.len(), token.len() * row.len(), "dequantize_rows: products are not tokens x rows");
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        return unsafe { dequantize_rows_avx2(products, token, row, bias) };
    }
    dequantize_rows_portable(products, token, row, bias)
}

/// The largest magnitude of `values` as a float, at least [`MIN_MAGNITUDE`].
fn largest_magnitude(values: &[f32]) -> f32 {
    // As bits: a float without its sign bit orders like its bits as an integer, and an integer
    // maximum vectorizes (a float one does not without fast-math).
    let bits = values.iter().fold(0u32, |most, v| most.max(v.to_bits() & 0x7fff_ffff));
    f32::from_bits(bits).max(MIN_MAGNITUDE)
}

fn quantize_rows_portable(input: &[f32], columns: usize, quantized: &mut [i8]) -> Vec<f32> {
    let columns = columns.max(1);
    input
        .chunks_exact(columns)
        .zip(quantized.chunks_exact_mut(columns))
        .map(|(values, out)| {
            let magnitude = largest_magnitude(values);
            let inverse = 127.0 / magnitude;
            for (o, &v) in out.iter_mut().zip(values) {
                *o = (v * inverse).round_ties_even().clamp(-127.0, 127.0) as i8;
            }
            magnitude / 127.0
        })
        .collect()
}

fn dequantize_rows_portable(products: &mut [i32], token: &[f32], row: &[f32], bias: &[f32]) {
    for (values, &t) in products.chunks_exact_mut(row.len().max(1)).zip(token) {
        for ((v, &r), &b) in values.iter_mut().zip(row).zip(bias) {
            *v = ((*v as f32) * t * r + b).to_bits() as i32;
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn quantize_rows_avx2(input: &[f32], columns: usize, quantized: &mut [i8]) -> Vec<f32> {
    use std::arch::x86_64::*;
    let columns = columns.max(1);
    let lanes = columns / 16 * 16;
    let mut scales = Vec::with_capacity(input.len() / columns);
    let sign_off = _mm256_set1_epi32(0x7fff_ffff);
    for (values, out) in input.chunks_exact(columns).zip(quantized.chunks_exact_mut(columns)) {
        let mut most = _mm256_setzero_si256();
        for i in (0..columns / 8 * 8).step_by(8) {
            let bits = _mm256_loadu_si256(values.as_ptr().add(i) as *const __m256i);
            most = _mm256_max_epu32(most, _mm256_and_si256(bits, sign_off));
        }
        let mut lanes_most = [0u32; 8];
        _mm256_storeu_si256(lanes_most.as_mut_ptr() as *mut __m256i, most);
        let tail = largest_magnitude(&values[columns / 8 * 8..]).to_bits();
        let magnitude = f32::from_bits(lanes_most.into_iter().fold(tail, u32::max)).max(MIN_MAGNITUDE);
        let inverse = 127.0 / magnitude;
        let by_inverse = _mm256_set1_ps(inverse);
        for i in (0..lanes).step_by(16) {
            // Rounds to nearest, ties to even (the default rounding mode); the values are
            // within [-127, 127], so the saturating packs only narrow them.
            let low = _mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(values.as_ptr().add(i)), by_inverse));
            let high = _mm256_cvtps_epi32(_mm256_mul_ps(_mm256_loadu_ps(values.as_ptr().add(i + 8)), by_inverse));
            // packs works within 128-bit halves: [l0-3 h0-3 l4-7 h4-7] -> reorder the quarters.
            let words = _mm256_permute4x64_epi64(_mm256_packs_epi32(low, high), 0b11_01_10_00);
            let bytes = _mm_packs_epi16(_mm256_castsi256_si128(words), _mm256_extracti128_si256(words, 1));
            _mm_storeu_si128(out.as_mut_ptr().add(i) as *mut __m128i, bytes);
        }
        for (o, &v) in out[lanes..].iter_mut().zip(&values[lanes..]) {
            *o = (v * inverse).round_ties_even().clamp(-127.0, 127.0) as i8;
        }
        scales.push(magnitude / 127.0);
    }
    scales
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn dequantize_rows_avx2(products: &mut [i32], token: &[f32], row: &[f32], bias: &[f32]) {
    use std::arch::x86_64::*;
    let columns = row.len().max(1);
    let lanes = columns / 8 * 8;
    for (values, &t) in products.chunks_exact_mut(columns).zip(token) {
        let by_token = _mm256_set1_ps(t);
        for i in (0..lanes).step_by(8) {
            let x = _mm256_cvtepi32_ps(_mm256_loadu_si256(values.as_ptr().add(i) as *const __m256i));
            let x = _mm256_mul_ps(x, by_token);
            let x = _mm256_add_ps(_mm256_mul_ps(x, _mm256_loadu_ps(row.as_ptr().add(i))), _mm256_loadu_ps(bias.as_ptr().add(i)));
            _mm256_storeu_si256(values.as_mut_ptr().add(i) as *mut __m256i, _mm256_castps_si256(x));
        }
        for ((v, &r), &b) in values[lanes..].iter_mut().zip(&row[lanes..]).zip(&bias[lanes..]) {
            *v = ((*v as f32) * t * r + b).to_bits() as i32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_quantized_by_their_largest_magnitude() {
        let input = [3.0f32, -6.0, 1.5, 0.0, 0.0, 0.0, -0.25, 0.125, 0.0];
        let mut quantized = [9i8; 9];
        let scales = quantize_rows(&input, 3, &mut quantized);
        assert_eq!(scales, [6.0 / 127.0, MIN_MAGNITUDE / 127.0, 0.25 / 127.0]);
        // 63.5 rounds to 64 (even); an all-zero row stays zero.
        assert_eq!(quantized, [64, -127, 32, 0, 0, 0, -127, 64, 0]);
        let mut portable = [9i8; 9];
        assert_eq!(quantize_rows_portable(&input, 3, &mut portable), scales);
        assert_eq!(portable, quantized);
    }

    #[test]
    fn dequantizing_multiplies_token_then_row_and_adds_bias() {
        let mut products: Vec<i32> = (0..6).map(|i| i * 1000 - 2500).collect();
        let (token, row, bias) = ([0.007f32, 0.031], [0.013f32, 0.009, 0.022], [0.01f32, -0.5, 1.0]);
        let expected: Vec<f32> = products.iter().enumerate().map(|(i, &p)| p as f32 * token[i / 3] * row[i % 3] + bias[i % 3]).collect();
        dequantize_rows(&mut products, &token, &row, &bias);
        // Bit for bit: the same operations in the same order.
        assert_eq!(products.iter().map(|&p| p as u32).collect::<Vec<_>>(), expected.iter().map(|v| v.to_bits()).collect::<Vec<_>>());
    }

    #[test]
    fn vector_and_portable_versions_agree_bit_for_bit() {
        // 3 rows of 37 columns: two full vectors of 16 and a tail of 5, values of mixed sign and
        // scale. The second row's largest magnitude is 127, so its grid is the integers and
        // 2.5, -3.5 and 0.5 lie exactly halfway between two points (ties go to even).
        let mut input: Vec<f32> = (0..111).map(|i| ((i * 37 % 101) as f32 - 50.0) * 0.013 * (1 + i % 4) as f32).collect();
        input[40..44].copy_from_slice(&[127.0, 2.5, -3.5, 0.5]);
        let (mut vector, mut portable) = (vec![0i8; 111], vec![0i8; 111]);
        let scales = quantize_rows(&input, 37, &mut vector);
        assert_eq!(scales, quantize_rows_portable(&input, 37, &mut portable));
        assert_eq!(vector, portable);
        assert_eq!(vector[40..44], [127, 2, -4, 0]);
        let row: Vec<f32> = (0..37).map(|i| 0.5 + i as f32 * 0.07).collect();
        let bias: Vec<f32> = (0..37).map(|i| i as f32 * -0.01).collect();
        let mut products: Vec<i32> = (0..111).map(|i| (i * 7919 % 20011) - 10005).collect();
        let mut products_portable = products.clone();
        dequantize_rows(&mut products, &scales, &row, &bias);
        dequantize_rows_portable(&mut products_portable, &scales, &row, &bias);
        assert_eq!(products, products_portable);
    }

    #[test]
    #[should_panic(expected = "not tokens x rows")]
    fn dequantizing_checks_shapes() {
        dequantize_rows(&mut [0; 5], &[1.0, 1.0], &[1.0, 1.0], &[0.0, 0.0]);
    }
}
