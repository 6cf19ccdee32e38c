//! Amazon.co.jp: plan fee (大口 monthly, 小口 per item), referral fee per unit by category on
//! (tax-inclusive price + shipping) with its minimum, the media closing fee (カテゴリー成約料) per
//! unit, FBA fulfilment fee by size tier (lower at ≤ ¥1,000; tax-inclusive), and on request FBA
//! monthly storage by volume, size class and season with the aged-inventory surcharge
//! (tax-inclusive). JCT is added to referral, closing and plan fees.

use super::calc::Calc;
use super::lines::{Draft, LineKind, Resolved};
use super::month::Ctx;
use super::order::Order;
use super::schedule::{Label, Platform, UNKNOWN_CATEGORY};
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::money::Yen;
use crate::tax::Quantity;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
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
    /// FBA size tier key (see the amazon.fba_fee table); with `fulfilment: "fba"` give this or
    /// `package` (this wins when both are given).
    #[serde(default)]
    pub size_tier: Option<String>,
    /// FBA: the packed unit's measurements, from which the size tier is derived.
    #[serde(default)]
    pub package: Option<super::package::Package>,
    /// FBA storage per unit sold (FBA only; none when absent).
    #[serde(default)]
    pub storage: Option<Storage>,
}

/// The size tier an order uses and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SizeTier {
    pub key: String,
    pub label: Label,
    /// "package" (derived from `amazon.package`) or "size_tier" (given).
    pub from: &'static str,
    /// Derived tiers: the sides sorted longest first, their sum and the weight that decided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sides_cm: Option<[Decimal; 3]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sum_cm: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight_g: Option<Decimal>,
}

/// The FBA size tier: `sizeTier` when given, else the first row of the `amazon.fba_fee` table in
/// force that the package fits (sorted sides, sum of sides, packed weight; Amazon.co.jp's tiers
/// use no dimensional weight).
pub fn size_tier(ctx: &Ctx, options: &Options) -> Result<SizeTier> {
    let fba = ctx.resolve("amazon.fba_fee", None)?;
    let Calc::Table { rows, .. } = &fba.rule.calc else {
        return Err(Error::new(
            code::INVALID_INPUT,
            "amazon.sizeTier",
            "the FBA fee is not a size-tier table",
        ));
    };
    if let Some(key) = &options.size_tier {
        let row = rows.iter().find(|r| &r.key == key).ok_or_else(|| {
            let known: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
            Error::new(
                code::INVALID_INPUT,
                "amazon.sizeTier",
                format!("unknown size tier {key:?}; choose one of {known:?}"),
            )
        })?;
        return Ok(SizeTier {
            key: key.clone(),
            label: row.label.clone(),
            from: "size_tier",
            sides_cm: None,
            sum_cm: None,
            weight_g: None,
        });
    }
    let package = options.package.as_ref().ok_or_else(|| {
        Error::new(
            code::MISSING_FIELD,
            "amazon.package",
            "give the packed unit's size (package: lengthCm, widthCm, heightCm, weightG) or choose a sizeTier",
        )
    })?;
    let (sides, sum, weight) = package.measure("amazon.package")?;
    let row = super::package::first_fit(rows, &sides, sum, weight).ok_or_else(|| {
        Error::new(
            code::OUT_OF_RANGE,
            "amazon.package",
            format!(
                "a {}×{}×{} cm, {} g package is beyond the FBA size tiers in the data; choose a sizeTier",
                sides[0], sides[1], sides[2], weight
            ),
        )
    })?;
    Ok(SizeTier {
        key: row.key.clone(),
        label: row.label.clone(),
        from: "package",
        sides_cm: Some(sides),
        sum_cm: Some(sum),
        weight_g: Some(weight),
    })
}

/// How long each unit sold was stored at Amazon, for the storage fees.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Storage {
    /// Packed volume of one unit in cm³, as Amazon measures it.
    pub cubic_cm: Quantity,
    /// Days each unit spent in the fulfilment centre, charged at the rate of the `asOf` month
    /// (Amazon's formula: rate × volume ÷ 1,000 cm³ × days stored ÷ days in the month).
    pub days: Quantity,
    /// Monthly aged-inventory surcharges each unit paid (stock held over 365 days); none if absent.
    #[serde(default)]
    pub aged_months: Option<Quantity>,
    /// `estimateMonth` only: units held at Amazon this month. Storage is then charged once for
    /// them (a per-month cost) instead of for each unit sold.
    #[serde(default)]
    pub stock_units: Option<Quantity>,
}

/// The storage rules for an order: the monthly rate for the size class and season of `day`,
/// and the aged-inventory surcharge when units paid it.
pub struct StorageRules {
    storage: Resolved,
    aged: Option<Resolved>,
}

/// The rate key of `amazon.fba_storage`: size class (large and extra-large tiers; large apparel and shoes kept
/// their own rate in 2025) and season (January–September, October–December).
fn storage_key(tier: &str, category: &str, day: Date) -> String {
    let class = match (tier.starts_with("large") || tier.starts_with("extra_large"), category) {
        (false, _) => "standard",
        (true, "apparel" | "shoes_bags") => "large_apparel_shoes",
        (true, _) => "large",
    };
    let season = if day.ymd().1 <= 9 { "jan_sep" } else { "oct_dec" };
    format!("{class}_{season}")
}

pub fn storage_rules(ctx: &Ctx, options: &Options, category: &str) -> Result<Option<StorageRules>> {
    let Some(storage) = &options.storage else { return Ok(None) };
    if options.fulfilment != Fulfilment::Fba {
        return Err(Error::new(
            code::INVALID_INPUT,
            "amazon.storage",
            "storage applies only with fulfilment \"fba\"",
        ));
    }
    let key = storage_key(&size_tier(ctx, options)?.key, category, ctx.day);
    let rule = ctx
        .resolve("amazon.fba_storage", Some(&key))
        .map_err(|e| e.within("amazon.storage"))?;
    if rule.rule.calc == Calc::Input && !rule.overridden {
        return Err(Error::new(
            code::MISSING_FIELD,
            "overrides.amazon.fba_storage",
            format!("no {key} storage rate was found in the sources: give yours as overrides.amazon.fba_storage.rate (percent: ¥3.278 per 1,000 cm³ is \"0.3278\")"),
        ));
    }
    let aged = match storage.aged_months {
        None => None,
        Some(_) => Some(
            ctx.resolve("amazon.fba_aged_surcharge", None)
                .map_err(|e| e.within("amazon.storage"))?,
        ),
    };
    Ok(Some(StorageRules { storage: rule, aged }))
}

/// Storage and aged surcharge for `units` units: each rounded per unit with its rule's rounding.
pub fn storage_for_units(rules: &StorageRules, storage: &Storage, units: u64, day: Date) -> Result<(Yen, Yen)> {
    let overflow = || Error::new(code::OVERFLOW, "amazon.storage", "storage arithmetic overflowed");
    let volume = i64::try_from(storage.cubic_cm.0).map_err(|_| overflow())?;
    // The rate is a percent of the volume in cm³: ¥3.278 per 1,000 cm³ = 0.3278 % per cm³.
    let month = rules.storage.rule.calc.exact(Yen(volume), None)?.amount;
    let exact = month
        .checked_mul(Decimal::from(storage.days.0))
        .and_then(|v| v.checked_div(Decimal::from(day.days_in_month())))
        .ok_or_else(overflow)?;
    let per_unit = rules.storage.finish(exact)?;
    let aged = match (&rules.aged, storage.aged_months) {
        (Some(rule), Some(months)) => rule.amount(Yen::ZERO)?.times(months.0)?,
        _ => Yen::ZERO,
    };
    Ok((per_unit.times(units)?, aged.times(units)?))
}

/// The storage lines for totals over a set of units.
pub fn storage_lines(rules: StorageRules, storage: Yen, aged: Yen) -> Vec<Draft> {
    let mut out = vec![rules.storage.line(LineKind::Fulfilment, None, storage, false)];
    if let Some(rule) = rules.aged {
        out.push(rule.line(LineKind::Fulfilment, None, aged, false));
    }
    out
}

pub const SHIPPING_PER_UNIT: &str =
    "Amazon charges its referral fee per unit on price + shipping: give one unit per order when shipping is charged";

pub fn check_category<'a>(platform: &Platform, options: &'a Options) -> Result<&'a str> {
    let category = options
        .category
        .as_deref()
        .ok_or_else(|| Error::new(code::MISSING_FIELD, "amazon.category", "choose a referral-fee category"))?;
    if !platform.categories.iter().any(|c| c.id == category) {
        let known: Vec<&str> = platform.categories.iter().map(|c| c.id.as_str()).collect();
        return Err(Error::new(
            UNKNOWN_CATEGORY,
            "amazon.category",
            format!("unknown category {category:?}; choose one of {known:?}"),
        ));
    }
    Ok(category)
}

pub struct Referral {
    pub fee: Yen,
    pub base: Yen,
    pub weak_band: bool,
}

/// Referral fee for one item line: per unit on (unit value + shipping). A line's value (after its
/// discount share) splits into units that differ by at most ¥1 — `extra` units carry one more
/// yen — so the per-unit fee is exact.
pub fn referral_for_line(referral: &Resolved, incl: Yen, quantity: u64, shipping_per_unit: Yen) -> Result<Referral> {
    let mut out = Referral {
        fee: Yen::ZERO,
        base: Yen::ZERO,
        weak_band: false,
    };
    // Units at floor(incl / quantity) and, for the remainder, one yen more.
    let quantity = i64::try_from(quantity).map_err(|_| Error::overflow("the quantity is too large"))?;
    let (Some(low), Some(extra)) = (incl.0.checked_div_euclid(quantity), incl.0.checked_rem_euclid(quantity)) else {
        return Err(Error::new(code::INVALID_QUANTITY, "quantity", "must be at least 1"));
    };
    let (Some(plain_units), Some(high)) = (quantity.checked_sub(extra), low.checked_add(1)) else {
        return Err(Error::overflow("the per-unit split overflowed"));
    };
    for (unit_value, units) in [(low, plain_units), (high, extra)] {
        let units = units.unsigned_abs();
        if units == 0 {
            continue;
        }
        let unit_base = Yen(unit_value).checked_add(shipping_per_unit)?;
        let exact = referral.rule.calc.exact(unit_base, None)?;
        out.weak_band |= exact.weak_band;
        let per_unit = referral.finish(exact.amount)?;
        out.fee = out.fee.checked_add(per_unit.times(units)?)?;
        out.base = out.base.checked_add(unit_base.times(units)?)?;
    }
    Ok(out)
}

/// The closing fee (カテゴリー成約料) for `units` units: a fixed amount per unit.
pub fn closing_for_units(closing: &Resolved, units: u64) -> Result<Yen> {
    closing.amount(Yen::ZERO)?.times(units)
}

/// FBA fee for `quantity` units listed at `unit_price` (the ≤ ¥1,000 discount is on the price).
pub fn fba_for_line(fba: &Resolved, unit_price: Yen, quantity: u64, tier: &str) -> Result<Yen> {
    let unit = fba.finish(fba.rule.calc.exact(unit_price, Some(tier)).map_err(|e| e.within("amazon"))?.amount)?;
    unit.times(quantity)
}

/// The order's fee lines and, for FBA, the size tier used.
pub fn order_lines(order: &Order, options: &Options) -> Result<(Vec<Draft>, Option<SizeTier>)> {
    let category = check_category(order.platform, options)?;
    if order.shipping_charged.0 > 0 && order.units()? != 1 {
        return Err(Error::new(code::INVALID_INPUT, "shippingCharged", SHIPPING_PER_UNIT));
    }
    let referral = order.resolve("amazon.referral_fee", Some(category))?;
    let (mut fee, mut base, mut weak) = (Yen::ZERO, Yen::ZERO, false);
    for item in &order.items {
        let r = referral_for_line(&referral, item.incl, item.quantity, order.shipping_charged)?;
        fee = fee.checked_add(r.fee)?;
        base = base.checked_add(r.base)?;
        weak |= r.weak_band;
    }
    let mut drafts = vec![referral.line(LineKind::SalesFee, Some(base), fee, weak)];
    // Only media categories have a closing fee (books, music/DVD/video, PC software).
    if let Some(closing) = order.ctx().try_resolve("amazon.closing_fee", Some(category))? {
        drafts.push(closing.line(LineKind::SalesFee, None, closing_for_units(&closing, order.units()?)?, false));
    }

    let mut tier_used = None;
    if options.fulfilment == Fulfilment::Fba {
        let tier = size_tier(&order.ctx(), options)?;
        let fba = order.resolve("amazon.fba_fee", None)?;
        let mut total = Yen::ZERO;
        for item in &order.items {
            total = total.checked_add(fba_for_line(&fba, item.unit_price, item.quantity, &tier.key)?)?;
        }
        tier_used = Some(tier);
        drafts.push(fba.line(LineKind::Fulfilment, None, total, false));
        if options.storage.as_ref().is_some_and(|s| s.stock_units.is_some()) {
            return Err(Error::new(
                code::INVALID_INPUT,
                "amazon.storage.stockUnits",
                "stock held over the month is a monthly cost: use estimateMonth (an order is charged for its own units)",
            ));
        }
        if let (Some(rules), Some(storage)) = (storage_rules(&order.ctx(), options, category)?, &options.storage) {
            let (fee, aged) = storage_for_units(&rules, storage, order.units()?, order.day)?;
            drafts.extend(storage_lines(rules, fee, aged));
        }
    } else if options.size_tier.is_some() || options.package.is_some() {
        let field = if options.size_tier.is_some() {
            "amazon.sizeTier"
        } else {
            "amazon.package"
        };
        return Err(Error::new(
            code::INVALID_INPUT,
            field,
            "sizeTier and package apply only with fulfilment \"fba\"",
        ));
    } else {
        // A merchant-fulfilled order with storage is an error there.
        storage_rules(&order.ctx(), options, category)?;
    }

    if order.plan == "individual" {
        let per_item = order.resolve("amazon.per_item_fee", None)?;
        let unit = per_item.finish(per_item.rule.calc.exact(Yen::ZERO, None)?.amount)?;
        drafts.push(per_item.line(LineKind::FixedFee, None, unit.times(order.units()?)?, false));
    } else if let Some(plan_fee) = order.allocated("amazon.plan_fee", LineKind::FixedFee)? {
        drafts.push(plan_fee);
    }
    Ok((drafts, tier_used))
}
