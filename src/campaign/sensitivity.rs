//! `sensitivity`: a tornado of expected profit — each input moved down and up by the same relative
//! step with everything else fixed — plus its elasticity, and optionally P(loss) at both ends from
//! the seeded Monte Carlo (same seed, so the ends share their random numbers).

use super::report::yen;
use super::scenario::{CampaignInput, Model, Platform};
use super::simulate::{expected, monte_carlo, Plan};
use crate::error::{code, Error, Result};
use crate::money::{Percent, Yen};
use rust_decimal::prelude::ToPrimitive;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SensitivityInput {
    pub scenario: CampaignInput,
    /// Relative step, e.g. 20 = each input at −20 % and +20 % (rates capped at 100 %). Default 20.
    #[serde(default)]
    pub variation: Option<Percent>,
    /// Also estimate P(loss) at both ends (1,000 draws each, common random numbers). Default false.
    #[serde(default)]
    pub probability_of_loss: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Bar {
    pub id: String,
    pub label: String,
    pub base_value: f64,
    pub low_value: f64,
    pub high_value: f64,
    pub profit_at_low: Yen,
    pub profit_at_high: Yen,
    /// |profit at high − profit at low|.
    pub swing: Yen,
    /// (dΠ/dp)·(p/Π) at the base (central difference); null when Π = 0.
    pub elasticity: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prob_loss_at_low: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prob_loss_at_high: Option<f64>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SensitivityOutput {
    pub base_profit: Yen,
    pub variation: f64,
    /// Largest swing first.
    pub bars: Vec<Bar>,
}

/// One input the tornado can move.
#[derive(Debug, Clone, Copy)]
enum Param {
    Aov,
    Cogs,
    Returns,
    PerOrderCost,
    PlatformFee(Platform),
    Views(usize),
    Ctr(usize),
    Cvr(usize),
    Commission(usize),
    FlatFee(usize),
    AdBeta(usize),
    AdHalfSaturation(usize),
    AdSpend(usize),
}

#[expect(
    clippy::indexing_slicing,
    reason = "Param indices are built by enumerating model.creators and model.ads (plan.ad_spend has one entry per ad)"
)]
fn describe(model: &Model, plan: &Plan, p: Param) -> (String, String, f64, bool) {
    // (id, label, value, is a rate in [0, 1])
    let base = &model.base;
    match p {
        Param::Aov => ("product.aov".into(), "AOV".into(), model.aov, false),
        Param::Cogs => ("product.cogsRate".into(), "COGS rate".into(), base.cogs, true),
        Param::Returns => ("product.returnRate".into(), "Return rate".into(), model.returns_mean, true),
        Param::PerOrderCost => ("product.perOrderCost".into(), "Per-order cost".into(), base.per_order_cost, false),
        Param::PlatformFee(platform) => {
            let value = model
                .creators
                .iter()
                .find(|c| c.platform == platform)
                .map(|c| c.economics.platform_fee)
                .or_else(|| model.ads.iter().find(|a| a.platform == platform).map(|a| a.economics.platform_fee))
                .unwrap_or(0.0);
            let name = match platform {
                Platform::TiktokShopJp => "tiktokShopJp",
                Platform::Rakuten => "rakuten",
            };
            (format!("fees.{name}.take"), format!("Platform fees + tax ({name})"), value, true)
        }
        Param::Views(i) => (
            format!("creators[{i}].viewsPerPost"),
            format!("{}: views per post", model.creators[i].id),
            model.creators[i].views_per_post,
            false,
        ),
        Param::Ctr(i) => (
            format!("creators[{i}].ctr"),
            format!("{}: CTR", model.creators[i].id),
            model.creators[i].ctr,
            true,
        ),
        Param::Cvr(i) => (
            format!("creators[{i}].cvr"),
            format!("{}: CVR", model.creators[i].id),
            model.creators[i].cvr,
            true,
        ),
        Param::Commission(i) => (
            format!("creators[{i}].commissionRate"),
            format!("{}: commission", model.creators[i].id),
            model.creators[i].economics.commission,
            true,
        ),
        Param::FlatFee(i) => (
            format!("creators[{i}].flatFee"),
            format!("{}: flat fee", model.creators[i].id),
            model.creators[i].flat_fee,
            false,
        ),
        Param::AdBeta(j) => (
            format!("ads[{j}].curve.beta"),
            format!("{}: saturation GMV", model.ads[j].id),
            model.ads[j].curve.beta,
            false,
        ),
        Param::AdHalfSaturation(j) => (
            format!("ads[{j}].curve.halfSaturation"),
            format!("{}: half-saturation spend", model.ads[j].id),
            model.ads[j].curve.gamma,
            false,
        ),
        Param::AdSpend(j) => (
            format!("ads[{j}].spend"),
            format!("{}: spend", model.ads[j].id),
            plan.ad_spend[j],
            false,
        ),
    }
}

/// The model and plan with one input set to `value`.
#[expect(
    clippy::indexing_slicing,
    reason = "Param indices are built by enumerating model.creators and model.ads (plan.ad_spend has one entry per ad)"
)]
fn with_value(model: &Model, plan: &Plan, p: Param, value: f64) -> (Model, Plan) {
    let mut m = model.clone();
    let mut plan = plan.clone();
    let all_economics = |m: &mut Model, f: &dyn Fn(&mut super::economics::OrderEconomics)| {
        f(&mut m.base);
        m.creators.iter_mut().for_each(|c| f(&mut c.economics));
        m.ads.iter_mut().for_each(|a| f(&mut a.economics));
    };
    match p {
        Param::Aov => {
            let factor = value / model.aov;
            m.aov = value;
            all_economics(&mut m, &|e| e.aov *= factor);
        }
        Param::Cogs => all_economics(&mut m, &|e| e.cogs = value),
        Param::Returns => {
            m.returns_mean = value;
            all_economics(&mut m, &|e| e.returns = value);
        }
        Param::PerOrderCost => all_economics(&mut m, &|e| e.per_order_cost = value),
        Param::PlatformFee(platform) => {
            m.creators
                .iter_mut()
                .filter(|c| c.platform == platform)
                .for_each(|c| c.economics.platform_fee = value);
            m.ads
                .iter_mut()
                .filter(|a| a.platform == platform)
                .for_each(|a| a.economics.platform_fee = value);
        }
        Param::Views(i) => m.creators[i].views_per_post = value,
        Param::Ctr(i) => m.creators[i].ctr = value,
        Param::Cvr(i) => m.creators[i].cvr = value,
        Param::Commission(i) => m.creators[i].economics.commission = value,
        Param::FlatFee(i) => m.creators[i].flat_fee = value,
        Param::AdBeta(j) => m.ads[j].curve.beta = value,
        Param::AdHalfSaturation(j) => m.ads[j].curve.gamma = value,
        Param::AdSpend(j) => plan.ad_spend[j] = value,
    }
    (m, plan)
}

fn params(model: &Model) -> Vec<Param> {
    let mut list = vec![Param::Aov, Param::Cogs, Param::Returns, Param::PerOrderCost];
    for platform in [Platform::TiktokShopJp, Platform::Rakuten] {
        if model.creators.iter().any(|c| c.platform == platform) || model.ads.iter().any(|a| a.platform == platform) {
            list.push(Param::PlatformFee(platform));
        }
    }
    for (i, c) in model.creators.iter().enumerate() {
        if c.posts > 0 {
            list.extend([
                Param::Views(i),
                Param::Ctr(i),
                Param::Cvr(i),
                Param::Commission(i),
                Param::FlatFee(i),
            ]);
        }
    }
    for j in 0..model.ads.len() {
        list.extend([Param::AdBeta(j), Param::AdHalfSaturation(j), Param::AdSpend(j)]);
    }
    list
}

/// sensitivity's work limit: parameters × (creators + ad channels + 10) × evaluations, where an
/// expected-profit evaluation counts 4 (four per parameter: low, high and the two elasticity
/// points) and each Monte Carlo draw of probabilityOfLoss counts 1 (2 × 1,000 per parameter).
/// Measured in Node on a 2-core machine at 0.12 µs per unit idle, up to 0.2 µs with the other core
/// busy: 4,000,000 is 0.5–0.8 s (≈ 220 creators, or 14 with probabilityOfLoss). 1,000 creators
/// took 2.5 s before this limit.
pub const MAX_SENSITIVITY_WORK: u64 = 4_000_000;

fn check_sensitivity_work(model: &Model, probability_of_loss: bool, loss_draws: u64) -> Result<()> {
    let evaluations = if probability_of_loss {
        16u64.saturating_add(loss_draws.saturating_mul(2))
    } else {
        16
    };
    let work = (params(model).len() as u64)
        .saturating_mul(super::simulate::work_per_draw(model))
        .saturating_mul(evaluations);
    Error::check_work(
        "sensitivity's parameters × (creators + ad channels + 10) × evaluations",
        work,
        MAX_SENSITIVITY_WORK,
        "test fewer creators at a time, or leave probabilityOfLoss off",
    )
}

pub fn sensitivity(input: SensitivityInput) -> Result<SensitivityOutput> {
    let model = input.scenario.compile().map_err(|e| e.within("scenario"))?;
    let variation = input.variation.map_or(0.2, |p| p.fraction().to_f64().unwrap_or(0.2));
    if !(variation > 0.0 && variation <= 1.0) {
        return Err(Error::new(code::OUT_OF_RANGE, "variation", "must be > 0 and ≤ 100 %"));
    }
    let loss_draws: u32 = 1_000;
    check_sensitivity_work(&model, input.probability_of_loss, u64::from(loss_draws))?;
    let plan = Plan::of(&model);
    let base_profit = expected(&model, &plan)?.profit();
    let prob_loss = |m: &Model, p: &Plan| -> Result<f64> {
        let draws = monte_carlo(m, p, loss_draws, model.seed)?;
        Ok(draws.profit.iter().filter(|v| **v < 0.0).count() as f64 / loss_draws as f64)
    };
    let mut bars = Vec::new();
    for p in params(&model) {
        let (id, label, value, is_rate) = describe(&model, &plan, p);
        let cap = |v: f64| if is_rate { v.clamp(0.0, 1.0) } else { v.max(0.0) };
        let (low, high) = (cap(value * (1.0 - variation)), cap(value * (1.0 + variation)));
        // A half-saturation of 0 is not a curve; keep the curve valid at the low end.
        let low = if matches!(p, Param::AdHalfSaturation(_)) {
            low.max(f64::MIN_POSITIVE)
        } else {
            low
        };
        let profit_at = |v: f64| -> Result<f64> {
            let (m, pl) = with_value(&model, &plan, p, v);
            Ok(expected(&m, &pl)?.profit())
        };
        let (at_low, at_high) = (profit_at(low)?, profit_at(high)?);
        let h = value.abs() * 1e-6;
        let elasticity = if base_profit != 0.0 && h > 0.0 {
            Some((profit_at(value + h)? - profit_at(value - h)?) / (2.0 * h) * value / base_profit)
        } else {
            None
        };
        let (prob_loss_at_low, prob_loss_at_high) = if input.probability_of_loss {
            let (ml, pl) = with_value(&model, &plan, p, low);
            let (mh, ph) = with_value(&model, &plan, p, high);
            (Some(prob_loss(&ml, &pl)?), Some(prob_loss(&mh, &ph)?))
        } else {
            (None, None)
        };
        bars.push(Bar {
            id,
            label,
            base_value: value,
            low_value: low,
            high_value: high,
            profit_at_low: yen(at_low)?,
            profit_at_high: yen(at_high)?,
            swing: yen((at_high - at_low).abs())?,
            elasticity,
            prob_loss_at_low,
            prob_loss_at_high,
        });
    }
    bars.sort_by(|a, b| b.swing.cmp(&a.swing).then_with(|| a.id.cmp(&b.id)));
    Ok(SensitivityOutput {
        base_profit: yen(base_profit)?,
        variation,
        bars,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn tornado_moves_profit_by_hand_checked_amounts() {
        // One creator: 10,000 views × 2 % × 5 % = 10 orders at ¥4,000; COGS 30 %, fee 7 %, commission
        // 10 %, no returns, not JCT-registered (no output tax), flat fee ¥5,000.
        // Profit = 40,000·(1 − 0.07 − 0.10 − 0.30) − 5,000 = 16,200.
        let input: SensitivityInput = decode_json(
            r#"{"scenario":{"product":{"aov":4000,"cogsRate":30,"returnRate":0},"fees":{"jctRegistered":false},
                "creators":[{"id":"a","platform":"tiktok_shop_jp","viewsPerPost":10000,"ctr":2,"cvr":5,"commissionRate":10,"flatFee":5000}]},
                "variation":10,"probabilityOfLoss":true}"#,
        )
        .unwrap();
        let out = sensitivity(input).unwrap();
        assert_eq!(out.base_profit.0, 16_200);
        let bar = |id: &str| out.bars.iter().find(|b| b.id == id).unwrap();
        // CVR ±10 %: contribution 21,200 scales → 19,080 − 5,000 = 14,080 and 23,320 − 5,000 = 18,320.
        assert_eq!(
            (bar("creators[0].cvr").profit_at_low.0, bar("creators[0].cvr").profit_at_high.0),
            (14_080, 18_320)
        );
        // Elasticity of profit to CVR: 21,200/16,200 = 1.3086…
        assert!((bar("creators[0].cvr").elasticity.unwrap() - 21_200.0 / 16_200.0).abs() < 1e-6);
        // COGS 27 % / 33 %: ∓ 0.03 × 40,000 = ∓ 1,200.
        assert_eq!(
            (bar("product.cogsRate").profit_at_low.0, bar("product.cogsRate").profit_at_high.0),
            (17_400, 15_000)
        );
        // Flat fee ±500.
        assert_eq!(bar("creators[0].flatFee").swing.0, 1_000);
        // With no per-order cost, AOV ±10 % scales contribution exactly like CVR: swing 4,240.
        assert_eq!(bar("product.aov").swing.0, 4_240);
        assert!(out.bars.windows(2).all(|w| w[0].swing >= w[1].swing));
        assert!(bar("creators[0].cvr").prob_loss_at_low.is_some());
    }
}
