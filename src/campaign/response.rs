//! `responseCurve`: GMV, marginal ROAS, average ROAS and profit along a spend grid, with the
//! closed-form markers (half saturation, inflection, ROAS-max, profit-max) and the break-even line.

use super::curve::{Curve, CurveSpec};
use super::report::yen;
use super::scenario::{AdChannel, CampaignInput, FeeSettings, Platform, Product, Uncertainty};
use crate::error::{code, Error, Result};
use crate::money::Yen;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResponseCurveInput {
    pub curve: CurveSpec,
    /// Where the margin comes from: product economics on a platform (fees from the fee presets)…
    #[serde(default)]
    pub economics: Option<CurveEconomics>,
    /// …or a contribution margin per yen of GMV given directly (0 < m ≤ 1).
    #[serde(default)]
    pub margin: Option<f64>,
    /// Right end of the grid; default 3 × the larger of half saturation and profit-max spend.
    #[serde(default)]
    pub max_spend: Option<Yen>,
    /// Grid points including 0 (2 to 2001, default 101).
    #[serde(default)]
    pub points: Option<u32>,
    /// Also solve the spend for this ROAS (average and marginal).
    #[serde(default)]
    pub target_roas: Option<f64>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CurveEconomics {
    pub product: Product,
    pub platform: Platform,
    #[serde(default)]
    pub fees: FeeSettings,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CurvePoint {
    pub spend: Yen,
    pub gmv: Yen,
    pub marginal_roas: f64,
    pub roas: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profit: Option<Yen>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Markers {
    pub half_saturation: Yen,
    /// Peak of marginal ROAS, γ((α−1)/(α+1))^{1/α} (S-curves only).
    pub inflection: Option<Yen>,
    /// Peak of average ROAS, γ(α−1)^{1/α} (S-curves only).
    pub roas_max: Option<Yen>,
    /// m·r′(x) = 1 on the falling branch, if profitable.
    pub profit_max: Option<Yen>,
    /// Largest spend whose average ROAS still reaches 1/m (profit ≥ 0).
    pub break_even_spend: Option<Yen>,
    /// Largest spend with r(x)/x ≥ target (average) and the spend where r′(x) = target (marginal).
    pub target_roas_average: Option<Yen>,
    pub target_roas_marginal: Option<Yen>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseCurveOutput {
    pub points: Vec<CurvePoint>,
    pub markers: Markers,
    pub margin: Option<f64>,
    /// The break-even line: ROAS = 1/m.
    pub break_even_roas: Option<f64>,
    pub formulas: Formulas,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Formulas {
    pub gmv: &'static str,
    pub marginal_roas: &'static str,
    pub profit: &'static str,
}

/// Largest x with r(x)/x ≥ target on the falling side of average ROAS (bisection to 1e-12 relative).
pub fn spend_for_average_roas(curve: &Curve, target: f64) -> Option<f64> {
    if target.is_nan() || target <= 0.0 {
        return None;
    }
    let start = curve.roas_max().unwrap_or(0.0);
    let average = |x: f64| if x > 0.0 { curve.value(x) / x } else { curve.slope(0.0) };
    if average(start) < target {
        return None;
    }
    let mut lo = start;
    let mut hi = curve.gamma.max(start * 2.0);
    while average(hi) >= target {
        lo = hi;
        hi *= 2.0;
        if hi > 1e18 {
            return None;
        }
    }
    while hi - lo > 1e-12 * hi {
        let mid = 0.5 * (lo + hi);
        if average(mid) >= target {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Some(lo)
}

fn margin_of(input: &ResponseCurveInput) -> Result<Option<f64>> {
    match (&input.economics, input.margin) {
        (Some(_), Some(_)) => Err(Error::new(
            code::INVALID_INPUT,
            "margin",
            "give either economics or margin, not both",
        )),
        (None, Some(m)) if m.is_finite() && m > 0.0 && m <= 1.0 => Ok(Some(m)),
        (None, Some(_)) => Err(Error::new(code::OUT_OF_RANGE, "margin", "a margin must be in (0, 1]")),
        (None, None) => Ok(None),
        (Some(e), None) => {
            // Reuse the scenario compiler so the margin comes from the same fee presets and checks.
            let scenario = CampaignInput {
                engine_version: None,
                seed: None,
                draws: None,
                product: e.product.clone(),
                fees: e.fees.clone(),
                creators: vec![],
                ads: vec![AdChannel {
                    id: "curve".into(),
                    platform: e.platform,
                    spend: Yen(0),
                    curve: input.curve,
                    sigma_log: None,
                    min_spend: None,
                    max_spend: None,
                    locked: false,
                }],
                uncertainty: Uncertainty::default(),
                repeat: None,
                attribution: None,
                organic_sales: None,
            };
            let model = scenario.compile().map_err(|e| e.within("economics"))?;
            Ok(model.ads.first().map(|ad| ad.economics.margin()))
        }
    }
}

pub fn response_curve(input: ResponseCurveInput) -> Result<ResponseCurveOutput> {
    let curve = input.curve.validate().map_err(|e| e.within("curve"))?;
    let margin = margin_of(&input)?;
    let points = input.points.unwrap_or(101);
    if !(2..=2001).contains(&points) {
        return Err(Error::new(code::OUT_OF_RANGE, "points", "between 2 and 2001"));
    }
    let profit_max = margin.map(|m| curve.profit_max(m)).filter(|x| *x > 0.0);
    let max_spend = match input.max_spend {
        Some(Yen(0)) => return Err(Error::new(code::OUT_OF_RANGE, "maxSpend", "must be > 0")),
        Some(y) => y.0 as f64,
        None => 3.0 * curve.gamma.max(profit_max.unwrap_or(0.0)),
    };
    if let Some(t) = input.target_roas {
        if !(t.is_finite() && t > 0.0) {
            return Err(Error::new(code::OUT_OF_RANGE, "targetRoas", "must be > 0"));
        }
    }
    let grid = (0..points)
        .map(|i| {
            // points ≥ 2 is checked above.
            let spend = yen(max_spend * i as f64 / (points as f64 - 1.0))?;
            let x = spend.0 as f64;
            let gmv = curve.value(x);
            Ok(CurvePoint {
                spend,
                gmv: yen(gmv)?,
                marginal_roas: curve.slope(x),
                roas: (x > 0.0).then(|| gmv / x),
                profit: margin.map(|m| yen(m * gmv - x)).transpose()?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let opt_yen = |v: Option<f64>| v.map(yen).transpose();
    Ok(ResponseCurveOutput {
        points: grid,
        markers: Markers {
            half_saturation: yen(curve.gamma)?,
            inflection: opt_yen(curve.inflection())?,
            roas_max: opt_yen(curve.roas_max())?,
            profit_max: opt_yen(profit_max)?,
            break_even_spend: opt_yen(margin.and_then(|m| spend_for_average_roas(&curve, 1.0 / m)))?,
            target_roas_average: opt_yen(input.target_roas.and_then(|t| spend_for_average_roas(&curve, t)))?,
            target_roas_marginal: opt_yen(input.target_roas.and_then(|t| curve.spend_at_slope(t)))?,
        },
        margin,
        break_even_roas: margin.map(|m| 1.0 / m),
        formulas: Formulas {
            gmv: "r(x) = β·xᵅ/(xᵅ + γᵅ) (Michaelis–Menten: α = 1)",
            marginal_roas: "r′(x) = β·α·γᵅ·xᵅ⁻¹/(xᵅ + γᵅ)²",
            profit: "m·r(x) − x; maximal where m·r′(x) = 1",
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn markers_and_break_even_line() {
        // MM β = 300,000, k = 50,000, m = 0.3: profit max √(0.3·300000·50000) − 50000 = 17,082.04 → ¥17,082.
        // Break-even spend: r(x)/x = 1/0.3 ⇔ 300000/(50000 + x) = 10/3 ⇔ x = 40,000.
        // Target ROAS 4 (average): 300000/(50000 + x) = 4 ⇔ x = 25,000; marginal: 300000·50000/(50000+x)² = 4
        // ⇔ (50000 + x)² = 3.75·10⁹ ⇔ x = 61,237.24 − 50,000 = 11,237.24.
        let out = response_curve(
            decode_json(
                r#"{"curve":{"kind":"michaelis_menten","beta":300000,"halfSaturation":50000},"margin":0.3,"points":11,"targetRoas":4}"#,
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(out.markers.profit_max.unwrap().0, 17_082);
        assert_eq!(out.markers.break_even_spend.unwrap().0, 40_000);
        assert_eq!(out.markers.target_roas_average.unwrap().0, 25_000);
        assert_eq!(out.markers.target_roas_marginal.unwrap().0, 11_237);
        assert!(out.markers.inflection.is_none() && out.markers.roas_max.is_none());
        assert!((out.break_even_roas.unwrap() - 10.0 / 3.0).abs() < 1e-15);
        // Grid: 11 points to 3 × 50,000 = 150,000; at x = 15,000: GMV 300000·15/65 = 69,230.77 → 69,231.
        assert_eq!(out.points.len(), 11);
        assert_eq!(out.points[1].spend.0, 15_000);
        assert_eq!(out.points[1].gmv.0, 69_231);
        assert_eq!(out.points[0].roas, None);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn margin_from_economics_and_errors() {
        // Through the fee engine at ¥3,000 (JCT-registered): referral 7 % = 210 (tax-inclusive, input
        // tax floor(210·10/110) = 19); output tax floor(3,000·10/110) = 272; tax due 253.
        // Kept per order 3,000 − 210 − 253 = 2,537; m = 2,537/3,000 − 0.40 = 1,337/3,000.
        let out = response_curve(
            decode_json(
                r#"{"curve":{"kind":"hill","beta":1000000,"halfSaturation":200000,"alpha":2},
                "economics":{"product":{"aov":3000,"cogsRate":40,"returnRate":0},"platform":"tiktok_shop_jp"}}"#,
            )
            .unwrap(),
        )
        .unwrap();
        assert!((out.margin.unwrap() - 1337.0 / 3000.0).abs() < 1e-15);
        // α = 2: inflection γ/√3, ROAS max γ.
        assert_eq!(out.markers.roas_max.unwrap().0, 200_000);
        assert_eq!(out.markers.inflection.unwrap().0, 115_470);
        let e = response_curve(decode_json(r#"{"curve":{"kind":"hill","beta":1,"halfSaturation":1,"alpha":2},"margin":2}"#).unwrap())
            .unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("out_of_range", "margin"));
        let e = response_curve(decode_json(r#"{"curve":{"kind":"hill","beta":1,"halfSaturation":1},"margin":0.5}"#).unwrap()).unwrap_err();
        assert_eq!(e.field, "curve.alpha");
    }
}
