//! Rakuten Ichiba: system usage fee on monthly marginal bands (PC and mobile rates), the 0.1 %
//! safety fee, Rakuten Pay, store-funded points (per line, floor, non-taxable), affiliate reward
//! plus the affiliate system fee on the month's rewards (marginal), RPP and fixed monthly lines.

use super::calc::Calc;
use super::lines::{Draft, LineKind};
use super::order::Order;
use crate::error::{code, Error, Result};
use crate::money::{Percent, Yen};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Device {
    Pc,
    #[default]
    Mobile,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Where the order was placed (system fee rate). Default mobile.
    #[serde(default)]
    pub device: Device,
    /// Expected sales for the month (system-fee base: tax-inclusive items + shipping). The order
    /// pays the month's average marginal rate; default: this order alone (first band).
    #[serde(default)]
    pub monthly_sales: Option<Yen>,
    /// Store point rate (default 1 %; raise it for ポイント変倍).
    #[serde(default)]
    pub points_rate: Option<Percent>,
    /// Affiliate reward rate when the order came through an affiliate link (store-set, ≥ 1 %).
    #[serde(default)]
    pub affiliate_rate: Option<Percent>,
    /// Affiliate rewards already earned this month, to place this order's reward in the bands.
    #[serde(default)]
    pub affiliate_rewards_before: Yen,
}

/// The system fee's exact month amount for `base` on one device's bands.
pub fn system_fee_exact(order: &Order, device: Device, base: Yen) -> Result<(super::lines::Resolved, super::calc::Exact)> {
    let id = match device {
        Device::Pc => "rakuten.system_fee.pc",
        Device::Mobile => "rakuten.system_fee.mobile",
    };
    let resolved = order.resolve(id, None)?;
    let exact = resolved.rule.calc.exact(base, None)?;
    Ok((resolved, exact))
}

pub fn order_lines(order: &Order, options: &Options) -> Result<Vec<Draft>> {
    let mut drafts = Vec::new();
    // System fee base: tax-inclusive items (after coupons) + shipping.
    let base = order.gross()?;
    let month = options.monthly_sales.unwrap_or(base);
    if month < base {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "rakuten.monthlySales",
            "monthly sales must include this order",
        ));
    }
    let (system, month_fee) = system_fee_exact(order, options.device, month)?;
    // This order's share of the month's marginal fee: fee(month) × base ÷ month (exact, one rounding).
    let share = super::calc::share_of(month_fee.amount, base, month)?;
    drafts.push(system.line(LineKind::SalesFee, Some(base), system.finish(share)?, month_fee.weak_band));

    let safety = order.resolve("rakuten.safety_fee", None)?;
    drafts.push(safety.line(LineKind::SalesFee, Some(base), safety.amount(base)?, false));

    let pay = order.resolve("rakuten.pay_fee", None)?;
    let pay_exact = pay.rule.calc.exact(base, None)?;
    drafts.push(pay.line(LineKind::SalesFee, Some(base), pay.finish(pay_exact.amount)?, pay_exact.weak_band));

    drafts.push(points_line(order, options.points_rate)?);

    if let Some(rate) = options.affiliate_rate {
        drafts.extend(affiliate_lines(order, rate, order.items_excl()?, options.affiliate_rewards_before)?);
    }
    if order.ad_spend.0 > 0 {
        let rpp = order.resolve("rakuten.rpp", None)?;
        drafts.push(rpp.line(LineKind::Advertising, None, order.ad_spend, false));
    }
    if let Some(plan_fee) = order.allocated("rakuten.plan_fee", LineKind::FixedFee)? {
        drafts.push(plan_fee);
    }
    Ok(drafts)
}

/// Points: per item line, floor(tax-exclusive line after coupons × rate), summed.
fn points_line(order: &Order, rate: Option<Percent>) -> Result<Draft> {
    let mut points = order.resolve("rakuten.points", None)?;
    if let Some(rate) = rate {
        points.rule.calc = Calc::Rate { rate };
    }
    let mut total = Yen::ZERO;
    for item in &order.items {
        total = total.checked_add(points.amount(item.excl)?)?;
    }
    Ok(points.line(LineKind::Points, Some(order.items_excl()?), total, false))
}

/// Reward on the affiliate sales and the system fee on it, placed after `before` in the month's
/// bands: fee = bands(before + reward) − bands(before).
pub fn affiliate_lines(order: &Order, rate: Percent, sales: Yen, before: Yen) -> Result<Vec<Draft>> {
    if rate.0 < Decimal::ONE {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "rakuten.affiliateRate",
            "Rakuten requires an affiliate rate of at least 1 %",
        ));
    }
    let mut reward_rule = order.resolve("rakuten.affiliate_reward", None)?;
    reward_rule.rule.calc = Calc::Rate { rate };
    let reward = reward_rule.amount(sales)?;
    let fee_rule = order.resolve("rakuten.affiliate_system_fee", None)?;
    let after = fee_rule.rule.calc.exact(before.checked_add(reward)?, None)?;
    let prior = fee_rule.rule.calc.exact(before, None)?;
    let fee = fee_rule.finish(
        after
            .amount
            .checked_sub(prior.amount)
            .ok_or_else(|| Error::overflow("the affiliate system fee overflowed"))?,
    )?;
    Ok(vec![
        reward_rule.line(LineKind::Affiliate, Some(sales), reward, false),
        fee_rule.line(LineKind::Affiliate, Some(reward), fee, after.weak_band),
    ])
}
