//! Amazon.co.jp: plan fee (大口 monthly, 小口 per item), referral fee per unit by category on
//! (tax-inclusive price + shipping) with its minimum, FBA fulfilment fee by size tier (lower at
//! ≤ ¥1,000; tax-inclusive). JCT is added to referral and plan fees.

use super::lines::{Draft, LineKind};
use super::order::Order;
use crate::error::{code, Error, Result};
use crate::money::Yen;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Fulfilment {
    #[default]
    Merchant,
    Fba,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Referral-fee category id (see `feeSchedules` → amazon.categories). Required.
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub fulfilment: Fulfilment,
    /// FBA size tier key (see the amazon.fba_fee table); required with `fulfilment: "fba"`.
    #[serde(default)]
    pub size_tier: Option<String>,
}

pub fn order_lines(order: &Order, options: &Options) -> Result<Vec<Draft>> {
    let category = options
        .category
        .as_deref()
        .ok_or_else(|| Error::new(code::MISSING_FIELD, "amazon.category", "choose a referral-fee category"))?;
    if !order.platform.categories.iter().any(|c| c.id == category) {
        let known: Vec<&str> = order.platform.categories.iter().map(|c| c.id.as_str()).collect();
        return Err(Error::new(super::schedule::UNKNOWN_CATEGORY, "amazon.category", format!("unknown category {category:?}; choose one of {known:?}")));
    }
    // The referral fee is per unit on price + shipping; an order-level shipping charge can only
    // be placed on a unit when there is exactly one.
    if order.shipping_charged.0 > 0 && order.units() != 1 {
        return Err(Error::new(
            code::INVALID_INPUT,
            "shippingCharged",
            "Amazon charges its referral fee per unit on price + shipping: give one unit per order when shipping is charged",
        ));
    }
    let referral = order.resolve("amazon.referral_fee", Some(category))?;
    let mut referral_total = Yen::ZERO;
    let mut weak = false;
    let mut base_total = Yen::ZERO;
    for item in &order.items {
        // Per unit: a line's value (after its discount share) splits into units that differ by at
        // most ¥1 — `extra` units carry one more yen — so the per-unit fee is exact.
        let quantity = item.quantity as i64;
        let (low, extra) = (item.incl.0 / quantity, item.incl.0 % quantity);
        for (unit_value, units) in [(low, quantity - extra), (low + 1, extra)] {
            if units == 0 {
                continue;
            }
            let unit_base = Yen(unit_value).checked_add(order.shipping_charged)?;
            let exact = referral.rule.calc.exact(unit_base, None)?;
            weak |= exact.weak_band;
            let per_unit = referral.finish(exact.amount)?;
            referral_total = referral_total.checked_add(Yen::from_i128(per_unit.0 as i128 * units as i128)?)?;
            base_total = base_total.checked_add(Yen::from_i128(unit_base.0 as i128 * units as i128)?)?;
        }
    }
    let mut drafts = vec![referral.line(LineKind::SalesFee, Some(base_total), referral_total, weak)];

    if options.fulfilment == Fulfilment::Fba {
        let tier = options
            .size_tier
            .as_deref()
            .ok_or_else(|| Error::new(code::MISSING_FIELD, "amazon.sizeTier", "choose an FBA size tier"))?;
        let fba = order.resolve("amazon.fba_fee", None)?;
        let mut total = Yen::ZERO;
        for item in &order.items {
            let unit = fba.finish(fba.rule.calc.exact(item.unit_price, Some(tier)).map_err(|e| e.within("amazon"))?.amount)?;
            total = total.checked_add(Yen::from_i128(unit.0 as i128 * item.quantity as i128)?)?;
        }
        drafts.push(fba.line(LineKind::Fulfilment, None, total, false));
    } else if options.size_tier.is_some() {
        return Err(Error::new(code::INVALID_INPUT, "amazon.sizeTier", "sizeTier applies only with fulfilment \"fba\""));
    }

    if order.plan == "individual" {
        let per_item = order.resolve("amazon.per_item_fee", None)?;
        let unit = per_item.finish(per_item.rule.calc.exact(Yen::ZERO, None)?.amount)?;
        drafts.push(per_item.line(LineKind::FixedFee, None, Yen::from_i128(unit.0 as i128 * order.units() as i128)?, false));
    } else if let Some(plan_fee) = order.allocated("amazon.plan_fee", LineKind::FixedFee)? {
        drafts.push(plan_fee);
    }
    Ok(drafts)
}
