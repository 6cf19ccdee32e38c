//! Spend → GMV response curves with analytic derivatives and closed-form markers
//! (campaign-math.md §2.1): Hill `r(x) = β·xᵅ/(xᵅ + γᵅ)` with γ the half-saturation spend in yen,
//! and Michaelis–Menten (Hill with α = 1).

use crate::error::{code, Error, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CurveKind {
    Hill,
    MichaelisMenten,
}

/// A response curve on absolute yen: `beta` is the GMV the channel saturates at, `half_saturation`
/// the spend giving half of it, `alpha` the shape (> 1 is an S-curve, ≤ 1 concave).
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CurveSpec {
    pub kind: CurveKind,
    pub beta: f64,
    pub half_saturation: f64,
    /// Hill only; Michaelis–Menten is α = 1.
    #[serde(default)]
    pub alpha: Option<f64>,
}

/// A validated curve ready for evaluation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Curve {
    pub beta: f64,
    pub gamma: f64,
    pub alpha: f64,
}

impl CurveSpec {
    pub fn validate(&self) -> Result<Curve> {
        let positive = |v: f64, field: &str| -> Result<f64> {
            if v.is_finite() && v > 0.0 && v <= 1e15 {
                Ok(v)
            } else {
                Err(Error::new(code::OUT_OF_RANGE, field, "must be a number > 0 and ≤ 10^15"))
            }
        };
        let beta = positive(self.beta, "beta")?;
        let gamma = positive(self.half_saturation, "halfSaturation")?;
        let alpha = match (self.kind, self.alpha) {
            (CurveKind::MichaelisMenten, None | Some(1.0)) => 1.0,
            (CurveKind::MichaelisMenten, Some(_)) => {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    "alpha",
                    "Michaelis–Menten has α = 1; use kind \"hill\"",
                ))
            }
            (CurveKind::Hill, Some(a)) if a.is_finite() && a > 0.0 && a <= 20.0 => a,
            (CurveKind::Hill, _) => return Err(Error::new(code::OUT_OF_RANGE, "alpha", "Hill needs alpha in (0, 20]")),
        };
        Ok(Curve { beta, gamma, alpha })
    }
}

impl Curve {
    /// `t = (x/γ)^α`, the building block of every formula below.
    fn t(&self, x: f64) -> f64 {
        libm::pow(x / self.gamma, self.alpha)
    }

    /// r(x) = β·t/(1 + t).
    pub fn value(&self, x: f64) -> f64 {
        if x <= 0.0 {
            return 0.0;
        }
        let t = self.t(x);
        if t.is_infinite() {
            return self.beta;
        }
        self.beta * t / (1.0 + t)
    }

    /// r′(x) = β·α·t/(x·(1 + t)²); at x = 0: ∞ for α < 1, β/γ for α = 1, 0 for α > 1.
    pub fn slope(&self, x: f64) -> f64 {
        if x <= 0.0 {
            return match self.alpha {
                a if a < 1.0 => f64::INFINITY,
                1.0 => self.beta / self.gamma,
                _ => 0.0,
            };
        }
        let t = self.t(x);
        if t.is_infinite() {
            return 0.0;
        }
        self.beta * self.alpha * t / (x * (1.0 + t) * (1.0 + t))
    }

    /// r″(x) = β·α·t·[(α−1)(1+t) − 2αt]/(x²(1+t)³), with its limits at x = 0.
    pub fn curvature(&self, x: f64) -> f64 {
        if x <= 0.0 {
            return match self.alpha {
                a if a < 1.0 => f64::NEG_INFINITY,
                1.0 => -2.0 * self.beta / (self.gamma * self.gamma),
                a if a < 2.0 => f64::INFINITY,
                2.0 => 2.0 * self.beta / (self.gamma * self.gamma),
                _ => 0.0,
            };
        }
        let t = self.t(x);
        if t.is_infinite() {
            return 0.0;
        }
        let a = self.alpha;
        self.beta * a * t * ((a - 1.0) * (1.0 + t) - 2.0 * a * t) / (x * x * (1.0 + t) * (1.0 + t) * (1.0 + t))
    }

    /// True inflection (peak of r′): x = γ((α−1)/(α+1))^{1/α}; none for α ≤ 1 (r′ falls from 0).
    pub fn inflection(&self) -> Option<f64> {
        (self.alpha > 1.0).then(|| self.gamma * libm::pow((self.alpha - 1.0) / (self.alpha + 1.0), 1.0 / self.alpha))
    }

    /// Spend maximising average ROAS r(x)/x: x = γ(α−1)^{1/α}; none for α ≤ 1 (ROAS falls from 0).
    pub fn roas_max(&self) -> Option<f64> {
        (self.alpha > 1.0).then(|| self.gamma * libm::pow(self.alpha - 1.0, 1.0 / self.alpha))
    }

    /// Spend for a target response y < β: x = γ(y/(β−y))^{1/α}.
    pub fn inverse(&self, y: f64) -> Option<f64> {
        (y >= 0.0 && y < self.beta).then(|| self.gamma * libm::pow(y / (self.beta - y), 1.0 / self.alpha))
    }

    /// Where r′ is largest (the inflection for S-curves, 0 for concave curves).
    pub fn slope_peak(&self) -> f64 {
        self.inflection().unwrap_or(0.0)
    }

    /// Solves `r′(x) = slope` on the falling branch (x ≥ slope peak). `None` when the slope is never
    /// that high. Safeguarded Newton inside a bisection bracket; converges to machine precision.
    pub fn spend_at_slope(&self, slope: f64) -> Option<f64> {
        let peak = self.slope_peak();
        if slope.is_nan() || slope <= 0.0 || slope > self.slope(peak) {
            return None;
        }
        let mut lo = peak;
        let mut hi = if peak > 0.0 { peak * 2.0 } else { self.gamma };
        while self.slope(hi) > slope {
            lo = hi;
            hi *= 2.0;
            if hi > 1e300 {
                return None;
            }
        }
        let mut x = 0.5 * (lo + hi);
        for _ in 0..200 {
            let g = self.slope(x) - slope;
            if g > 0.0 {
                lo = x;
            } else {
                hi = x;
            }
            let d = self.curvature(x);
            let newton = x - g / d;
            let next = if d < 0.0 && newton > lo && newton < hi {
                newton
            } else {
                0.5 * (lo + hi)
            };
            if next == x || hi - lo <= f64::EPSILON * hi {
                return Some(next);
            }
            x = next;
        }
        Some(x)
    }

    /// Profit-maximising spend for contribution margin m: where m·r′(x) = 1 on the falling branch,
    /// if that beats spending nothing. Returns 0 when no spend is profitable.
    pub fn profit_max(&self, margin: f64) -> f64 {
        if margin <= 0.0 {
            return 0.0;
        }
        match self.spend_at_slope(1.0 / margin) {
            Some(x) if margin * self.value(x) - x > 0.0 => x,
            _ => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn hill(beta: f64, gamma: f64, alpha: f64) -> Curve {
        Curve { beta, gamma, alpha }
    }

    fn rel(a: f64, b: f64) -> f64 {
        (a - b).abs() / b.abs().max(1e-300)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn derivatives_match_central_differences() {
        // T10: every analytic derivative against a central difference, relative error ≤ 1e-6.
        for c in [hill(1e6, 2e5, 2.5), hill(5e5, 1e5, 1.0), hill(8e5, 3e5, 0.7), hill(1.2e6, 6e5, 0.9)] {
            for x in [1e3, 5e4, 1.5e5, 2e5, 7e5, 2e6] {
                let h = x * 1e-5;
                let fd1 = (c.value(x + h) - c.value(x - h)) / (2.0 * h);
                let fd2 = (c.slope(x + h) - c.slope(x - h)) / (2.0 * h);
                assert!(rel(c.slope(x), fd1) < 1e-6, "r' {c:?} {x}");
                if c.curvature(x).abs() > 1e-9 * c.slope(x) / x {
                    assert!(rel(c.curvature(x), fd2) < 1e-6, "r'' {c:?} {x}: {} vs {fd2}", c.curvature(x));
                }
            }
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn slope_at_zero_for_michaelis_menten_is_beta_over_k() {
        // The bug campaign-math.md §4.6 warns about: r′(0) for α = 1 is β/k, not 0.
        let c = hill(300_000.0, 50_000.0, 1.0);
        assert_eq!(c.slope(0.0), 6.0);
        assert_eq!(hill(1.0, 1.0, 2.0).slope(0.0), 0.0);
        assert!(hill(1.0, 1.0, 0.5).slope(0.0).is_infinite());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn closed_form_markers() {
        // α = 3, γ = 100: inflection 100·(2/4)^{1/3} = 79.370052598…, ROAS max 100·2^{1/3} = 125.992104989…
        let c = hill(1.0, 100.0, 3.0);
        assert!(rel(c.inflection().unwrap(), 79.370_052_598_409_97) < 1e-14);
        assert!(rel(c.roas_max().unwrap(), 125.992_104_989_487_3) < 1e-14);
        // The slope peaks at the inflection and average ROAS equals the slope at its maximum.
        let x = c.inflection().unwrap();
        assert!(c.curvature(x).abs() < 1e-12 * c.slope(x) / x);
        let x = c.roas_max().unwrap();
        assert!(rel(c.value(x) / x, c.slope(x)) < 1e-13);
        // Inverse: r(x) = 0.25β at x = γ·(1/3)^{1/3}.
        assert!(rel(c.value(c.inverse(0.25).unwrap()), 0.25) < 1e-14);
        // MM profit max: x* = √(mβk) − k = √(0.3·300000·50000) − 50000 = 17082.039325…
        let mm = hill(300_000.0, 50_000.0, 1.0);
        assert!(rel(mm.profit_max(0.3), 17_082.039_324_993_69) < 1e-12);
        assert_eq!(mm.profit_max(0.1), 0.0); // m·β/k = 0.6 < 1: never profitable.
    }
}
