//! Carryover and saturation transforms with Robyn 3.12.1 semantics (`R/R/transformation.R` @
//! 5915aa9, described in campaign-math.md §2.2a) and Meridian's decay weights (§1.2).
//!
//! Arithmetic follows R's order of operations so results agree with R to a few ulp: R's `^` squares
//! exactly for an exponent of 2 ([`r_pow`]), `pweibull`/`dweibull` are evaluated the way R's C code
//! does, and R's `round` is half-to-even.

use crate::error::{code, Error, Result};
use serde::{Deserialize, Serialize};

/// Largest series accepted by the transforms (the Weibull convolution is quadratic).
pub const MAX_SERIES: usize = 10_000;

/// R's `x ^ y`: `x * x` for `y == 2`, 1 for `x == 1` or `y == 0`, otherwise C `pow`.
pub fn r_pow(x: f64, y: f64) -> f64 {
    if y == 2.0 {
        x * x
    } else if x == 1.0 || y == 0.0 {
        1.0
    } else {
        libm::pow(x, y)
    }
}

/// The length check alone, so the wasm boundary can run it before copying a JS array in.
pub fn check_series_length(len: usize, field: &str) -> Result<()> {
    if len == 0 {
        return Err(Error::new(code::INVALID_INPUT, field, "the series is empty"));
    }
    if len > MAX_SERIES {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            field,
            format!("{len} periods; at most {MAX_SERIES} periods (shorten the series)"),
        ));
    }
    Ok(())
}

fn check_series(x: &[f64], field: &str) -> Result<()> {
    check_series_length(x.len(), field)?;
    for (i, v) in x.iter().enumerate() {
        if !v.is_finite() || *v < 0.0 {
            return Err(Error::new(
                code::INVALID_INPUT,
                format!("{field}[{i}]"),
                "must be a finite number ≥ 0",
            ));
        }
    }
    Ok(())
}

fn check_param(value: f64, field: &str, low: f64, high: f64) -> Result<()> {
    if value.is_finite() && value >= low && value <= high {
        Ok(())
    } else {
        Err(Error::new(code::OUT_OF_RANGE, field, format!("must be between {low} and {high}")))
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HillOutput {
    pub x_saturated: Vec<f64>,
    /// γ·max(x) — Robyn ≥ 3.12 (older Robyn interpolated between min and max).
    pub inflexion: f64,
}

/// Robyn `saturation_hill(x, alpha, gamma, x_marginal)`: `x^α/(x^α + inflexion^α)` with
/// `inflexion = γ·max(x)`; with `x_marginal` the same curve (inflexion still from `x`) is evaluated
/// at those points instead.
pub fn saturation_hill(x: &[f64], alpha: f64, gamma: f64, x_marginal: Option<&[f64]>) -> Result<HillOutput> {
    check_series(x, "x")?;
    check_param(alpha, "alpha", 0.0, 100.0)?;
    check_param(gamma, "gamma", 0.0, 1.0)?;
    let inflexion = x.iter().copied().fold(f64::NEG_INFINITY, f64::max) * gamma;
    let points = match x_marginal {
        Some(points) => {
            check_series(points, "xMarginal")?;
            points
        }
        None => x,
    };
    let inflexion_pow = r_pow(inflexion, alpha);
    let x_saturated = points
        .iter()
        .map(|&v| {
            let p = r_pow(v, alpha);
            p / (p + inflexion_pow)
        })
        .collect();
    Ok(HillOutput { x_saturated, inflexion })
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdstockOutput {
    pub x_decayed: Vec<f64>,
    /// Geometric: θ, θ², …, θⁿ. Weibull: the lag weights applied at lag 0, 1, ….
    pub theta_vec_cum: Vec<f64>,
    /// The immediate part Robyn's decomposition uses (`x·w₁` for Weibull; raw `x` for geometric).
    pub x_imme: Vec<f64>,
    /// Σ decayed / Σ x (NaN when Σx = 0, as in R; serialized as null).
    pub inflation_total: Option<f64>,
}

fn inflation(decayed: &[f64], x: &[f64]) -> Option<f64> {
    let total: f64 = x.iter().sum();
    (total != 0.0).then(|| decayed.iter().sum::<f64>() / total)
}

/// Robyn `adstock_geometric(x, theta)`: `a₁ = x₁`, `aₜ = xₜ + θ·aₜ₋₁` (not normalised).
pub fn adstock_geometric(x: &[f64], theta: f64) -> Result<AdstockOutput> {
    check_series(x, "x")?;
    check_param(theta, "theta", 0.0, 1.0)?;
    let mut decayed = Vec::with_capacity(x.len());
    let mut cum = Vec::with_capacity(x.len());
    let mut previous = 0.0;
    let mut weight = theta;
    for (t, &v) in x.iter().enumerate() {
        previous = if t == 0 { v } else { v + theta * previous };
        decayed.push(previous);
        if t > 0 {
            // R: thetaVecCum[t] <- thetaVecCum[t - 1] * theta (repeated products, not theta^t).
            weight *= theta;
        }
        cum.push(weight);
    }
    let inflation_total = inflation(&decayed, x);
    Ok(AdstockOutput {
        x_decayed: decayed,
        theta_vec_cum: cum,
        x_imme: x.to_vec(),
        inflation_total,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeibullKind {
    Cdf,
    Pdf,
}

/// R's `round(quantile(1:n, p))`: type-7 quantile of 1..n, rounded half to even.
pub fn weibull_scale_transform(n: usize, scale: f64) -> f64 {
    let index = 1.0 + (n.saturating_sub(1)) as f64 * scale;
    let lo = libm::floor(index);
    let h = index - lo;
    let q = if h > 0.0 { (1.0 - h) * lo + h * (lo + 1.0) } else { lo };
    q.round_ties_even()
}

/// R `pweibull(q, shape, scale)` (lower tail): `-expm1(-(q/scale)^shape)`.
fn pweibull(q: f64, shape: f64, scale: f64) -> f64 {
    -libm::expm1(-libm::pow(q / scale, shape))
}

/// R `dweibull(x, shape, scale)` for x > 0: `shape·(x/scale)^(shape−1)·exp(−(x/scale)^shape)/scale`.
fn dweibull(x: f64, shape: f64, scale: f64) -> f64 {
    let tmp1 = libm::pow(x / scale, shape - 1.0);
    let tmp2 = tmp1 * (x / scale);
    shape * tmp1 * libm::exp(-tmp2) / scale
}

/// Robyn `adstock_weibull(x, shape, scale, windlen = length(x), type)`.
#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "the convolution indexes a series of n ≤ MAX_SERIES periods: s < n and lag < n − s"
)]
pub fn adstock_weibull(x: &[f64], shape: f64, scale: f64, kind: WeibullKind) -> Result<AdstockOutput> {
    check_series(x, "x")?;
    check_param(shape, "shape", 0.0, 100.0)?;
    check_param(scale, "scale", 0.0, 1.0)?;
    let n = x.len();
    if n == 1 {
        return Ok(AdstockOutput {
            x_decayed: x.to_vec(),
            theta_vec_cum: vec![1.0],
            x_imme: x.to_vec(),
            inflation_total: inflation(x, x),
        });
    }
    if shape == 0.0 || scale == 0.0 {
        return Ok(AdstockOutput {
            x_decayed: x.to_vec(),
            theta_vec_cum: vec![0.0; n],
            x_imme: x.to_vec(),
            inflation_total: inflation(x, x),
        });
    }
    let lambda = weibull_scale_transform(n, scale);
    let weights = match kind {
        WeibullKind::Cdf => {
            // thetaVec = (1, 1 − F(1), …, 1 − F(n−1)); weights = cumprod(thetaVec).
            let mut weights = Vec::with_capacity(n);
            let mut w = 1.0;
            weights.push(w);
            for j in 1..n {
                w *= 1.0 - pweibull(j as f64, shape, lambda);
                weights.push(w);
            }
            weights
        }
        WeibullKind::Pdf => {
            let density: Vec<f64> = (1..=n).map(|t| dweibull(t as f64, shape, lambda)).collect();
            min_max_normalize(&density)
        }
    };
    let mut decayed = vec![0.0; n];
    for (s, &spend) in x.iter().enumerate() {
        for (lag, &w) in weights[..n - s].iter().enumerate() {
            decayed[s + lag] += spend * w;
        }
    }
    let x_imme = x.iter().map(|v| v * weights[0]).collect();
    let inflation_total = inflation(&decayed, x);
    Ok(AdstockOutput {
        x_decayed: decayed,
        theta_vec_cum: weights,
        x_imme,
        inflation_total,
    })
}

/// Robyn `.normalize`: `(x − min)/(max − min)`, or `(1, 0, …, 0)` when all values are equal.
fn min_max_normalize(v: &[f64]) -> Vec<f64> {
    let min = v.iter().copied().fold(f64::INFINITY, f64::min);
    let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if max - min == 0.0 {
        let mut out = vec![0.0; v.len()];
        if let Some(first) = out.first_mut() {
            *first = 1.0;
        }
        return out;
    }
    v.iter().map(|x| (x - min) / (max - min)).collect()
}

/// Robyn `mic_men(x, Vmax, Km)`: `Vmax·x/(Km + x)`.
pub fn mic_men(x: f64, vmax: f64, km: f64) -> f64 {
    vmax * x / (km + x)
}

/// Meridian's decay kinds (`adstock_hill.py compute_decay_weights`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MeridianDecay {
    Geometric,
    Binomial,
}

/// Meridian decay weights before normalisation, oldest lag first (lag `L`, …, 1, 0), over a window
/// of `min(max_lag + 1, n_times)`: geometric `α^l`, binomial `(1 − l/W)^{1/α − 1}`.
pub fn meridian_decay_weights(kind: MeridianDecay, alpha: f64, max_lag: usize, n_times: usize) -> Result<Vec<f64>> {
    check_param(alpha, "alpha", 0.0, 1.0)?;
    if n_times == 0 || max_lag > MAX_SERIES || n_times > MAX_SERIES {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "nTimes",
            format!("1 to {MAX_SERIES} periods, maxLag ≤ {MAX_SERIES}"),
        ));
    }
    let window = max_lag.saturating_add(1).min(n_times); // max_lag ≤ MAX_SERIES
    Ok((0..window)
        .rev()
        .map(|lag| {
            let l = lag as f64;
            match kind {
                MeridianDecay::Geometric => libm::pow(alpha, l),
                // α = 0 means all weight on lag 0: 0^(+∞) = 0 except lag 0 where the base is 1.
                MeridianDecay::Binomial => libm::pow(1.0 - l / window as f64, 1.0 / alpha - 1.0),
            }
        })
        .collect())
}

/// The weights divided by their sum (Meridian's normalised adstock).
pub fn normalized(weights: &[f64]) -> Vec<f64> {
    let total: f64 = weights.iter().sum();
    weights.iter().map(|w| w / total).collect()
}

/// Robyn allocator response (`fx_objective`): `coeff/(1 + (inflexion/(x + c̄))^α)`.
pub fn robyn_fx_objective(x: f64, coeff: f64, alpha: f64, inflexion: f64, mean_carryover: f64) -> f64 {
    coeff / (1.0 + libm::pow(inflexion / (x + mean_carryover), alpha))
}

/// Robyn `fx_gradient`: the **negative** derivative of [`robyn_fx_objective`].
pub fn robyn_fx_gradient(x: f64, coeff: f64, alpha: f64, inflexion: f64, mean_carryover: f64) -> f64 {
    let z = x + mean_carryover;
    -coeff * alpha * libm::pow(inflexion, alpha) * libm::pow(z, alpha - 1.0) / r_pow(libm::pow(z, alpha) + libm::pow(inflexion, alpha), 2.0)
}
