//! The per-row scaling around `--int8`'s matrix products, as single passes over plain slices.
//!
//! [`super::bert`]'s int8 layers divide each token's activations by its largest magnitude
//! before fbgemm's product and multiply each output by the token's and the weight row's
//! magnitudes after it, then add the bias. Written as libtorch ops that is six passes over the
//! activations and a temporary (`abs`, `amax`, the division, three in-place products and sums);
//! here it is three passes and no temporary. Hand-written because no crate fuses elementwise
//! work over tch's buffers.
//!
//! ```
//! use nergraph::ner::rowscale::{normalize_rows, rescale_rows};
//! let input = [2.0f32, -4.0, 1.0, 0.5];
//! let mut normalized = [0.0f32; 4];
//! let magnitudes = normalize_rows(&input, 2, &mut normalized);
//! assert_eq!(magnitudes, [4.0, 1.0]);
//! assert_eq!(normalized, [0.5, -1.0, 1.0, 0.5]);
//! let mut output = [1.0f32, 1.0, 1.0, 1.0];
//! rescale_rows(&mut output, &magnitudes, &[1.0, 2.0], &[0.0, 0.5]);
//! assert_eq!(output, [4.0, 8.5, 1.0, 2.5]);
//! ```

/// The smallest magnitude a row is divided by (an all-zero row stays zero).
pub const MIN_MAGNITUDE: f32 = 1e-8;

/// Divides each row of `input` (rows of `columns` values) by its largest magnitude into
/// `normalized`; gives those magnitudes (at least [`MIN_MAGNITUDE`]). Multiplies by the
/// inverse: a division per value was the pass's bottleneck (3% of an int8 run), and the
/// results differ from it by at most an ulp, far below the int8 grid.
pub fn normalize_rows(input: &[f32], columns: usize, normalized: &mut [f32]) -> Vec<f32> {
    assert_eq!(input.len(), normalized.len(), "normalize_rows: input and output differ in size");
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        return unsafe { normalize_rows_avx2(input, columns, normalized) };
    }
    normalize_rows_portable(input, columns, normalized)
}

/// `output[t][o] = output[t][o] * token[t] * row[o] + bias[o]`, in that order of operations.
pub fn rescale_rows(output: &mut [f32], token: &[f32], row: &[f32], bias: &[f32]) {
    assert_eq!(row.len(), bias.len(), "rescale_rows: row scales and bias differ in size");
    assert_eq!(output.len(), token.len() * row.len(), "rescale_rows: output is not tokens x rows");
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2.
        return unsafe { rescale_rows_avx2(output, token, row, bias) };
    }
    rescale_rows_portable(output, token, row, bias)
}

// AVX2 versions with explicit intrinsics: the iterator closures of the portable versions are
// not inlined into a `target_feature` function, so they would run as SSE2 code.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn normalize_rows_avx2(input: &[f32], columns: usize, normalized: &mut [f32]) -> Vec<f32> {
    use std::arch::x86_64::*;
    let columns = columns.max(1);
    let lanes = columns / 8 * 8;
    let mut magnitudes = Vec::with_capacity(input.len() / columns);
    for (values, out) in input.chunks_exact(columns).zip(normalized.chunks_exact_mut(columns)) {
        let sign_off = _mm256_set1_epi32(0x7fff_ffff);
        let mut most = _mm256_setzero_si256();
        for i in (0..lanes).step_by(8) {
            let bits = _mm256_loadu_si256(values.as_ptr().add(i) as *const __m256i);
            most = _mm256_max_epu32(most, _mm256_and_si256(bits, sign_off));
        }
        let mut lanes_most = [0u32; 8];
        _mm256_storeu_si256(lanes_most.as_mut_ptr() as *mut __m256i, most);
        let bits = values[lanes..].iter().fold(lanes_most.into_iter().fold(0, u32::max), |m, v| m.max(v.to_bits() & 0x7fff_ffff));
        let magnitude = f32::from_bits(bits).max(MIN_MAGNITUDE);
        let inverse = 1.0 / magnitude;
        let by_inverse = _mm256_set1_ps(inverse);
        for i in (0..lanes).step_by(8) {
            let x = _mm256_loadu_ps(values.as_ptr().add(i));
            _mm256_storeu_ps(out.as_mut_ptr().add(i), _mm256_mul_ps(x, by_inverse));
        }
        for (o, &v) in out[lanes..].iter_mut().zip(&values[lanes..]) {
            *o = v * inverse;
        }
        magnitudes.push(magnitude);
    }
    magnitudes
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn rescale_rows_avx2(output: &mut [f32], token: &[f32], row: &[f32], bias: &[f32]) {
    use std::arch::x86_64::*;
    let columns = row.len().max(1);
    let lanes = columns / 8 * 8;
    for (values, &t) in output.chunks_exact_mut(columns).zip(token) {
        let by_token = _mm256_set1_ps(t);
        for i in (0..lanes).step_by(8) {
            let x = _mm256_mul_ps(_mm256_loadu_ps(values.as_ptr().add(i)), by_token);
            let x = _mm256_add_ps(_mm256_mul_ps(x, _mm256_loadu_ps(row.as_ptr().add(i))), _mm256_loadu_ps(bias.as_ptr().add(i)));
            _mm256_storeu_ps(values.as_mut_ptr().add(i), x);
        }
        for ((v, &r), &b) in values[lanes..].iter_mut().zip(&row[lanes..]).zip(&bias[lanes..]) {
            *v = *v * t * r + b;
        }
    }
}

fn normalize_rows_portable(input: &[f32], columns: usize, normalized: &mut [f32]) -> Vec<f32> {
    let columns = columns.max(1);
    input
        .chunks_exact(columns)
        .zip(normalized.chunks_exact_mut(columns))
        .map(|(values, out)| {
            // The largest magnitude as bits: a float without its sign bit orders like its
            // bits as an integer, and an integer maximum vectorizes (a float one does not
            // without fast-math). NaN ranks above infinity, as it propagates in libtorch.
            let bits = values.iter().fold(0u32, |most, v| most.max(v.to_bits() & 0x7fff_ffff));
            let magnitude = f32::from_bits(bits).max(MIN_MAGNITUDE);
            let inverse = 1.0 / magnitude;
            for (o, &v) in out.iter_mut().zip(values) {
                *o = v * inverse;
            }
            magnitude
        })
        .collect()
}

fn rescale_rows_portable(output: &mut [f32], token: &[f32], row: &[f32], bias: &[f32]) {
    for (values, &t) in output.chunks_exact_mut(row.len().max(1)).zip(token) {
        for ((v, &r), &b) in values.iter_mut().zip(row).zip(bias) {
            *v = *v * t * r + b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_divided_by_their_largest_magnitude() {
        let input = [3.0f32, -6.0, 1.5, 0.0, 0.0, 0.0, -0.25, 0.125, 0.0];
        let mut normalized = [9.0f32; 9];
        let magnitudes = normalize_rows(&input, 3, &mut normalized);
        assert_eq!(magnitudes, [6.0, MIN_MAGNITUDE, 0.25]);
        assert_eq!(normalized, [0.5, -1.0, 0.25, 0.0, 0.0, 0.0, -1.0, 0.5, 0.0]);
        assert_eq!(normalize_rows_portable(&input, 3, &mut normalized), magnitudes);
    }

    #[test]
    fn rescaling_multiplies_token_then_row_and_adds_bias() {
        let mut output: Vec<f32> = (0..6).map(|i| i as f32 * 0.1 + 0.3).collect();
        let (token, row, bias) = ([0.7f32, 3.1], [1.3f32, 0.9, 2.2], [0.01f32, -0.5, 1.0]);
        let expected: Vec<f32> = output.iter().enumerate().map(|(i, &v)| v * token[i / 3] * row[i % 3] + bias[i % 3]).collect();
        rescale_rows(&mut output, &token, &row, &bias);
        // Bit for bit: the same operations in the same order.
        assert_eq!(output.iter().map(|v| v.to_bits()).collect::<Vec<_>>(), expected.iter().map(|v| v.to_bits()).collect::<Vec<_>>());
    }

    #[test]
    fn vector_and_portable_versions_agree_bit_for_bit() {
        // 3 rows of 21 columns: two full vectors and a tail of 5, values of mixed sign and scale.
        let input: Vec<f32> = (0..63).map(|i| ((i * 37 % 101) as f32 - 50.0) * 0.013 * (1 + i % 4) as f32).collect();
        let (mut vector, mut portable) = (vec![0.0f32; 63], vec![0.0f32; 63]);
        let magnitudes = normalize_rows(&input, 21, &mut vector);
        assert_eq!(magnitudes, normalize_rows_portable(&input, 21, &mut portable));
        assert_eq!(vector, portable);
        let row: Vec<f32> = (0..21).map(|i| 0.5 + i as f32 * 0.07).collect();
        let bias: Vec<f32> = (0..21).map(|i| i as f32 * -0.01).collect();
        rescale_rows(&mut vector, &magnitudes, &row, &bias);
        rescale_rows_portable(&mut portable, &magnitudes, &row, &bias);
        assert_eq!(vector, portable);
    }

    #[test]
    #[should_panic(expected = "not tokens x rows")]
    fn rescaling_checks_shapes() {
        rescale_rows(&mut [0.0; 5], &[1.0, 1.0], &[1.0, 1.0], &[0.0, 0.0]);
    }
}
