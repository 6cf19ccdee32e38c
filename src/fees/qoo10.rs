//! Qoo10 Japan: category commission on price + option price + shipping, + 10 % JCT; Mega割,
//! Qoo10-funded discount and pre-order surcharges; ¥150 per payout; delivery + 15 days then the
//! following Wednesday.

use super::lines::{Draft, LineKind};
use super::month::Ctx;
use crate::dates::civil::{Date, Weekday};
use crate::error::{code, Error, Result};
use crate::money::Yen;
use serde::Deserialize;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Commission category id (see feeSchedules → qoo10.categories). Required.
    #[serde(default)]
    pub category: Option<String>,
    /// Sold during Mega割 (+1 %).
    #[serde(default)]
    pub mega_wari: bool,
    /// Joined the Qoo10-funded discount (+0.5 %).
    #[serde(default)]
    pub funded_discount: bool,
    /// Pre-order or delayed shipping (+2 %).
    #[serde(default)]
    pub preorder: bool,
    /// Payouts withdrawn in the month (¥150 each; month estimates only).
    #[serde(default)]
    pub withdrawals: u32,
    /// Seller grade for settlement timing: "general" (15 days, default), "excellent" (10), "power" (5).
    #[serde(default)]
    pub seller_grade: Option<String>,
    /// Delivery completion day → `payoutOn`: grade days later, then the following Wednesday.
    #[serde(default)]
    pub delivered_on: Option<Date>,
}

pub fn category(ctx: &Ctx, options: &Options) -> Result<String> {
    let category = options
        .category
        .clone()
        .ok_or_else(|| Error::new(code::MISSING_FIELD, "qoo10.category", "choose a commission category"))?;
    if !ctx.platform.categories.iter().any(|c| c.id == category) {
        let known: Vec<&str> = ctx.platform.categories.iter().map(|c| c.id.as_str()).collect();
        return Err(Error::new(
            super::schedule::UNKNOWN_CATEGORY,
            "qoo10.category",
            format!("unknown category {category:?}; choose one of {known:?}"),
        ));
    }
    Ok(category)
}

/// Commission and surcharges on `base` (price + option price + shipping).
pub fn lines(ctx: &Ctx, options: &Options, base: Yen) -> Result<Vec<Draft>> {
    let category = category(ctx, options)?;
    let mut out = Vec::new();
    for (id, on, cat) in [
        ("qoo10.commission", true, Some(category.as_str())),
        ("qoo10.mega_wari", options.mega_wari, None),
        ("qoo10.funded_discount", options.funded_discount, None),
        ("qoo10.preorder", options.preorder, None),
    ] {
        if on {
            let r = ctx.resolve(id, cat)?;
            let exact = r.rule.calc.exact(base, None)?;
            out.push(r.line(LineKind::SalesFee, Some(base), r.finish(exact.amount)?, exact.weak_band));
        }
    }
    Ok(out)
}

pub fn withdrawal_line(ctx: &Ctx, count: u32) -> Result<Option<Draft>> {
    if count == 0 {
        return Ok(None);
    }
    let r = ctx.resolve("qoo10.withdrawal_fee", None)?;
    let each = r.amount(Yen::ZERO)?;
    Ok(Some(r.line(LineKind::Payout, None, each.times(u64::from(count))?, false)))
}

/// Delivery + grade days, then the next Wednesday (the same day counts if it is one).
pub fn payout_on(options: &Options) -> Result<Option<Date>> {
    let Some(delivered) = options.delivered_on else { return Ok(None) };
    let days = match options.seller_grade.as_deref().unwrap_or("general") {
        "general" => 15,
        "excellent" => 10,
        "power" => 5,
        other => {
            return Err(Error::new(
                code::INVALID_INPUT,
                "qoo10.sellerGrade",
                format!("unknown seller grade {other:?}; use general, excellent or power"),
            ))
        }
    };
    let due = delivered.add_days(days);
    // Weekdays are 0–6 (Monday = 0), so this is −4…2 before taking it mod 7.
    let until_wednesday = (Weekday::Wed as i32)
        .checked_sub(due.weekday() as i32)
        .map_or(0, |d| d.rem_euclid(7));
    Ok(Some(due.add_days(until_wednesday)))
}
