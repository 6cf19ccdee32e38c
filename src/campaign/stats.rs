//! Summary statistics of Monte Carlo draws: mean, type-7 quantiles (R's default), P(loss), VaR and
//! CVaR. Summation runs in draw order so results are reproducible bit for bit.

use serde::Serialize;

/// R type-7 quantile of **sorted** data: `h = (n−1)p`, linear between neighbours.
#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "n > 0 is checked first and p ∈ [0, 1], so lo ≤ hi ≤ n − 1"
)]
pub fn quantile_sorted(sorted: &[f64], p: f64) -> f64 {
    let n = sorted.len();
    if n == 0 {
        return f64::NAN;
    }
    let h = (n - 1) as f64 * p;
    let lo = libm::floor(h) as usize;
    let hi = (lo + 1).min(n - 1);
    let frac = h - lo as f64;
    if frac == 0.0 {
        sorted[lo]
    } else {
        sorted[lo] + frac * (sorted[hi] - sorted[lo])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub mean: f64,
    pub sd: f64,
    pub p5: f64,
    pub p50: f64,
    pub p95: f64,
    pub min: f64,
    pub max: f64,
}

/// Summarises draws (sorting them in place).
pub fn summarize(values: &mut [f64]) -> Summary {
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let var = if values.len() > 1 {
        values.iter().map(|v| (v - mean) * (v - mean)).sum::<f64>() / (n - 1.0)
    } else {
        0.0
    };
    values.sort_unstable_by(f64::total_cmp);
    Summary {
        mean,
        sd: libm::sqrt(var),
        p5: quantile_sorted(values, 0.05),
        p50: quantile_sorted(values, 0.50),
        p95: quantile_sorted(values, 0.95),
        min: values.first().copied().unwrap_or(f64::NAN),
        max: values.last().copied().unwrap_or(f64::NAN),
    }
}

/// Risk of a sorted profit sample at tail level `alpha` (e.g. 0.05): VaR is the type-7 α-quantile
/// of profit, CVaR the mean of the worst ⌈αn⌉ draws (both in yen of profit, negative = loss).
pub fn tail_risk(sorted: &[f64], alpha: f64) -> (f64, f64) {
    let var = quantile_sorted(sorted, alpha);
    let k = (libm::ceil(alpha * sorted.len() as f64) as usize).clamp(1, sorted.len().max(1));
    let cvar = sorted.iter().take(k).sum::<f64>() / k as f64;
    (var, cvar)
}

/// Equal-width histogram between the sample's min and max.
#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "bins > 0 and i is clamped to bins − 1; a count is at most the number of draws (≤ MAX_DRAWS)"
)]
pub fn histogram(sorted: &[f64], bins: usize) -> (Vec<f64>, Vec<u32>) {
    let (Some(&lo), Some(&hi)) = (sorted.first(), sorted.last()) else {
        return (vec![], vec![]);
    };
    let width = if hi > lo { (hi - lo) / bins as f64 } else { 1.0 };
    let edges = (0..=bins).map(|i| lo + width * i as f64).collect();
    let mut counts = vec![0u32; bins];
    for v in sorted {
        let i = (((v - lo) / width) as usize).min(bins - 1);
        counts[i] += 1;
    }
    (edges, counts)
}

/// FNV-1a over the bit patterns: a compact fingerprint for bit-identity checks across targets.
pub fn fingerprint(values: &[f64]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for v in values {
        for byte in v.to_bits().to_le_bytes() {
            hash ^= byte as u64;
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn type7_quantile_of_one_to_n_is_linear() {
        // T7: quantile of 1..n equals 1 + p(n−1).
        for n in [1usize, 2, 5, 10, 101, 1000] {
            let data: Vec<f64> = (1..=n).map(|i| i as f64).collect();
            for p in [0.0, 0.05, 0.25, 0.5, 0.9, 0.95, 1.0] {
                let expected = 1.0 + p * (n - 1) as f64;
                assert!((quantile_sorted(&data, p) - expected).abs() < 1e-12, "n={n} p={p}");
            }
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn tail_risk_and_histogram() {
        // Profits −10, −5, 0, 5, …, 85 (20 values): worst 5 % is ⌈1⌉ = 1 draw → CVaR −10;
        // VaR = type-7 quantile at h = 19·0.05 = 0.95 → −10 + 0.95·5 = −5.25.
        let data: Vec<f64> = (0..20).map(|i| -10.0 + 5.0 * i as f64).collect();
        let (var, cvar) = tail_risk(&data, 0.05);
        assert!((var + 5.25).abs() < 1e-12);
        assert_eq!(cvar, -10.0);
        let (edges, counts) = histogram(&data, 4);
        assert_eq!(edges, vec![-10.0, 13.75, 37.5, 61.25, 85.0]);
        assert_eq!(counts.iter().sum::<u32>(), 20);
        assert_eq!(counts, vec![5, 5, 5, 5]);
    }
}
