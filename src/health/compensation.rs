//! `compensation`: what goodwill coupons cost — a delay coupon (loyalty guide: +3 % of the order
//! per day of delay, capped), the ¥300 return-screen coupon and the ¥500 unboxing-video reward —
//! and that cost as a share of the order's margin. The margin is the fee engine's profit for the
//! order (`order`, an `estimateOrder` input) or a figure the caller supplies; nothing here
//! guesses it.

use super::{jpseller_default, percent, user_entered, Guide};
use crate::error::{code, Error, Result};
use crate::fees::{estimate_order, OrderInput};
use crate::money::{div_round, Percent, Rounding, Yen};
use crate::provenance::Provenance;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompensationInput {
    /// Order total the delay coupon is a percentage of. Default with `order`: its revenue total.
    #[serde(default)]
    pub order_amount: Option<Yen>,
    /// Whole days of delivery delay (0–365).
    #[serde(default)]
    pub delay_days: u32,
    /// Preset 3 % per day (loyalty guide).
    #[serde(default)]
    pub per_day_percent: Option<Percent>,
    /// Preset 30 % (jpseller default: the guide says "capped" but names no cap).
    #[serde(default)]
    pub cap_percent: Option<Percent>,
    /// Return-screen thank-you coupons issued for this order (preset ¥300 each).
    #[serde(default)]
    pub return_coupons: u32,
    #[serde(default)]
    pub return_coupon_value: Option<Yen>,
    /// Unboxing-video (UGC) rewards for this order (preset ¥500 each).
    #[serde(default)]
    pub ugc_rewards: u32,
    #[serde(default)]
    pub ugc_reward_value: Option<Yen>,
    /// Share of coupons expected to be redeemed; default 100 % (worst case).
    #[serde(default)]
    pub redemption_percent: Option<Percent>,
    /// The order's margin before compensation, if known. May be negative.
    #[serde(default, deserialize_with = "signed_opt")]
    pub margin: Option<Yen>,
    /// The order as `estimateOrder` takes it: the fee engine's profit becomes the margin.
    #[serde(default)]
    pub order: Option<OrderInput>,
    /// Rounding of each coupon to whole yen; default floor.
    #[serde(default)]
    pub rounding: Rounding,
}

fn signed_opt<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<Yen>, D::Error> {
    Yen::deserialize_signed(d).map(Some)
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Preset<T> {
    pub value: T,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DelayCoupon {
    /// min(perDayPercent × delayDays, capPercent).
    pub percent: Decimal,
    pub capped: bool,
    pub amount: Yen,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CouponLine {
    pub each: Yen,
    pub count: u32,
    pub total: Yen,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompensationOutput {
    pub delay_coupon: DelayCoupon,
    pub return_coupons: CouponLine,
    pub ugc_rewards: CouponLine,
    /// Face value of everything offered.
    pub face_value: Yen,
    /// faceValue × redemption, rounded with `rounding`.
    pub expected_cost: Yen,
    /// expectedCost ÷ margin in percent (2 decimals, half-up); `null` without a positive margin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin_share: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin_after: Option<Yen>,
    /// The margin used: "input", "fee_engine" or "none".
    pub margin_source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin_used: Option<Yen>,
    /// With `order`: the fee engine's view of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_engine: Option<FeeEngineSummary>,
    pub per_day_percent: Preset<Percent>,
    pub cap_percent: Preset<Percent>,
    pub return_coupon_value: Preset<Yen>,
    pub ugc_reward_value: Preset<Yen>,
    pub redemption_percent: Preset<Percent>,
    pub rounding: Rounding,
    pub rounding_scope: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeeEngineSummary {
    pub revenue: Yen,
    pub fees: Yen,
    pub profit: Yen,
    /// profit ÷ revenue, percent.
    pub margin: String,
    /// Some fee line used an unverified preset.
    pub unverified: bool,
}

fn preset<T>(given: Option<T>, default: T, provenance: Provenance) -> Preset<T> {
    match given {
        Some(value) => Preset {
            value,
            provenance: user_entered(),
        },
        None => Preset {
            value: default,
            provenance,
        },
    }
}

pub fn compensation(input: CompensationInput) -> Result<CompensationOutput> {
    if input.delay_days > 365 {
        return Err(Error::new(code::OUT_OF_RANGE, "delayDays", "must be from 0 to 365"));
    }
    if input.return_coupons > 1_000 || input.ugc_rewards > 1_000 {
        let field = if input.return_coupons > 1_000 {
            "returnCoupons"
        } else {
            "ugcRewards"
        };
        return Err(Error::new(code::OUT_OF_RANGE, field, "at most 1000 per order"));
    }
    let estimate = match input.order {
        Some(_) if input.margin.is_some() => return Err(Error::new(code::INVALID_INPUT, "margin", "give `margin` or `order`, not both")),
        Some(order) => Some(estimate_order(crate::fees::Registry::builtin()?, order).map_err(|e| e.within("order"))?),
        None => None,
    };
    let order_amount = match (input.order_amount, &estimate) {
        (Some(amount), _) => amount,
        (None, Some(estimate)) => estimate.revenue.total,
        (None, None) => {
            return Err(Error::new(
                code::MISSING_FIELD,
                "orderAmount",
                "`orderAmount` is required (or give `order`)",
            ))
        }
    };
    let (margin, margin_source) = match (&estimate, input.margin) {
        (Some(estimate), _) => (Some(estimate.profit), "fee_engine"),
        (None, Some(margin)) => (Some(margin), "input"),
        (None, None) => (None, "none"),
    };
    let guide = Guide::Loyalty.provenance();
    let per_day = preset(input.per_day_percent, Percent(Decimal::from(3)), guide.clone());
    let cap = preset(
        input.cap_percent,
        Percent(Decimal::from(30)),
        jpseller_default([
            "延迟补偿券的上限；指南只说有上限，没有给出数值",
            "遅延補償クーポンの上限。ガイドは上限ありとするだけで数値を示していません",
            "delay coupon cap; the guide says capped without a number",
        ]),
    );
    let return_value = preset(input.return_coupon_value, Yen(300), guide.clone());
    let ugc_value = preset(input.ugc_reward_value, Yen(500), guide);
    let redemption = preset(
        input.redemption_percent,
        Percent(Decimal::ONE_HUNDRED),
        jpseller_default([
            "假定所有优惠券都被使用：最坏情况",
            "クーポンがすべて使われる前提（最悪の場合）",
            "every coupon redeemed: the worst case",
        ]),
    );

    let uncapped = per_day
        .value
        .0
        .checked_mul(Decimal::from(input.delay_days))
        .ok_or_else(|| Error::new(code::OVERFLOW, "delayDays", "the per-day percentage × delay days is too large"))?;
    let capped = uncapped > cap.value.0;
    let coupon_percent = if capped { cap.value.0 } else { uncapped };
    // amount × percent / 100 as one exact fraction: percent has at most 28 decimals, so scale it
    // to an integer numerator first.
    let amount = percent_of(order_amount, coupon_percent, input.rounding).map_err(|e| e.within("orderAmount"))?;
    let line = |each: Yen, count: u32| -> Result<CouponLine> {
        Ok(CouponLine {
            each,
            count,
            total: each.times(u64::from(count))?,
        })
    };
    let return_coupons = line(return_value.value, input.return_coupons)?;
    let ugc_rewards = line(ugc_value.value, input.ugc_rewards)?;
    let face_value = amount.checked_add(return_coupons.total)?.checked_add(ugc_rewards.total)?;
    let expected_cost = percent_of(face_value, redemption.value.0, input.rounding)?;
    let (margin_share, margin_after) = match margin {
        Some(margin) => (
            (margin.0 > 0).then(|| percent(expected_cost.0 as u64, margin.0 as u64)).flatten(),
            Some(margin.checked_sub(expected_cost)?),
        ),
        None => (None, None),
    };
    Ok(CompensationOutput {
        delay_coupon: DelayCoupon {
            percent: coupon_percent.normalize(),
            capped,
            amount,
        },
        return_coupons,
        ugc_rewards,
        face_value,
        expected_cost,
        margin_share,
        margin_after,
        margin_source,
        margin_used: margin,
        fee_engine: estimate.map(|e| FeeEngineSummary {
            revenue: e.revenue.total,
            fees: e.fees.gross,
            profit: e.profit,
            margin: e.margin,
            unverified: e.unverified,
        }),
        per_day_percent: per_day,
        cap_percent: cap,
        return_coupon_value: return_value,
        ugc_reward_value: ugc_value,
        redemption_percent: redemption,
        rounding: input.rounding,
        rounding_scope: "per_coupon",
    })
}

/// `amount × pct / 100` rounded once with `mode`, exactly.
fn percent_of(amount: Yen, pct: Decimal, mode: Rounding) -> Result<Yen> {
    let pct = pct.normalize();
    let scale = pct.scale();
    let numerator = (amount.0 as i128)
        .checked_mul(pct.mantissa())
        .ok_or_else(|| Error::new(code::OVERFLOW, "", "amount too large"))?;
    // scale ≤ 28, so 100 × 10^scale ≤ 10^30 fits in i128.
    let denominator = 10i128
        .checked_pow(scale)
        .and_then(|power| power.checked_mul(100))
        .ok_or_else(|| Error::new(code::OVERFLOW, "", "percentage has too many decimal places"))?;
    Yen::from_i128(div_round(numerator, denominator, mode)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn run(json: &str) -> Result<CompensationOutput> {
        compensation(decode_json(json)?)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn delay_coupon_and_margin_share() {
        // ¥12,000 order, 4 days late: 4 × 3 % = 12 % → 12,000 × 0.12 = ¥1,440.
        // + 1 return coupon ¥300 + 1 UGC reward ¥500 → face value 2,240.
        // Margin ¥4,000: 2,240 / 4,000 = 56 %; margin after 1,760.
        let out = run(r#"{"orderAmount":"12000","delayDays":4,"returnCoupons":1,"ugcRewards":1,"margin":"4000"}"#).unwrap();
        assert_eq!(
            (out.delay_coupon.percent, out.delay_coupon.capped, out.delay_coupon.amount),
            (Decimal::from(12), false, Yen(1440))
        );
        assert_eq!((out.face_value, out.expected_cost), (Yen(2240), Yen(2240)));
        assert_eq!(out.margin_share, Some(Decimal::from(56)));
        assert_eq!(out.margin_after, Some(Yen(1760)));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn cap_rounding_and_redemption() {
        // 12 days × 3 % = 36 % > cap 30 % → 30 %; ¥1,999 × 30 % = 599.7 → floor 599, ceil 600.
        let out = run(r#"{"orderAmount":1999,"delayDays":12}"#).unwrap();
        assert_eq!(
            (out.delay_coupon.percent, out.delay_coupon.capped, out.delay_coupon.amount),
            (Decimal::from(30), true, Yen(599))
        );
        let out = run(r#"{"orderAmount":1999,"delayDays":12,"rounding":"ceil"}"#).unwrap();
        assert_eq!(out.delay_coupon.amount, Yen(600));
        // 2.5 % per day × 3 = 7.5 % of ¥999 = 74.925 → floor 74; redemption 40 % of 74 = 29.6 → floor 29.
        let out = run(r#"{"orderAmount":999,"delayDays":3,"perDayPercent":"2.5","redemptionPercent":40,"margin":"-100"}"#).unwrap();
        assert_eq!((out.delay_coupon.amount, out.expected_cost), (Yen(74), Yen(29)));
        assert_eq!((out.margin_share, out.margin_after), (None, Some(Yen(-129))));
        assert_eq!(out.per_day_percent.provenance.source, user_entered().source);
        assert_eq!(run(r#"{"orderAmount":1,"delayDays":400}"#).unwrap_err().field, "delayDays");
        assert_eq!(run(r#"{"delayDays":1}"#).unwrap_err().field, "orderAmount");
        assert_eq!(run(r#"{"orderAmount":"1.5"}"#).unwrap_err().code, "invalid_amount");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn margin_from_the_fee_engine() {
        // The margin is whatever the fee engine says the order earns: compare with estimateOrder.
        let order = r#"{"platform":"tiktok","price":12000,"costs":{"cogsPerUnit":4000,"shipping":800}}"#;
        let estimate = estimate_order(crate::fees::Registry::builtin().unwrap(), decode_json(order).unwrap()).unwrap();
        let out = run(&format!(r#"{{"delayDays":2,"order":{order}}}"#)).unwrap();
        // Order amount defaults to the order's revenue (¥12,000): 2 × 3 % = 6 % → ¥720.
        assert_eq!((out.delay_coupon.amount, out.margin_source), (Yen(720), "fee_engine"));
        assert_eq!(out.margin_used, Some(estimate.profit));
        assert_eq!(out.margin_after, Some(Yen(estimate.profit.0 - 720)));
        assert_eq!(out.fee_engine.unwrap().profit, estimate.profit);
        assert_eq!(run(&format!(r#"{{"margin":1,"order":{order}}}"#)).unwrap_err().field, "margin");
        assert_eq!(
            run(r#"{"order":{"platform":"tiktok"}}"#).unwrap_err().field.split('.').next(),
            Some("order")
        );
    }
}
