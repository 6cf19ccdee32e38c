//! Yahoo! Shopping: before 2026-09-01 (no monthly fee, 1.5 % campaign funding, PR option 3 %) and
//! after (¥10,000 a month, 2.5 % royalty, no campaign funding, PR option 2 %, LINE tab fee);
//! payment fee by method, store points (1 % mandatory), affiliate reward + 30 % fee.

use super::calc::Calc;
use super::lines::{Draft, LineKind, Resolved};
use super::month::Ctx;
use crate::error::{code, Error, Result};
use crate::money::{Percent, Yen};
use rust_decimal::Decimal;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// "paypay_balance", "card" (default) or "carrier".
    #[serde(default = "card")]
    pub payment: String,
    /// Store point rate (default 1 %, the mandatory minimum).
    #[serde(default)]
    pub points_rate: Option<Percent>,
    /// Affiliate reward rate for affiliate orders (≥ 1 %).
    #[serde(default)]
    pub affiliate_rate: Option<Percent>,
    /// The sale used the PR option.
    #[serde(default)]
    pub pr_option: bool,
    /// The sale came through the LINE Shopping tab (from 2026-09-01).
    #[serde(default)]
    pub line_tab: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            payment: card(),
            points_rate: None,
            affiliate_rate: None,
            pr_option: false,
            line_tab: false,
        }
    }
}

fn card() -> String {
    "card".into()
}

/// The amounts Yahoo's rates apply to, for one order or a month.
pub struct Bases {
    /// Items after coupons, tax-inclusive.
    pub items: Yen,
    /// Items + shipping: what the customer pays.
    pub gross: Yen,
    /// Σ per-line floor(tax-exclusive line × point rate), computed by the caller with [`points_rule`].
    pub points: Yen,
    pub points_base: Yen,
    /// Tax-exclusive items sold through affiliates, and the rewards on them (per order, floored).
    pub affiliate_sales: Yen,
    pub affiliate_reward: Yen,
}

pub fn points_rule(ctx: &Ctx, options: &Options) -> Result<Resolved> {
    let mut points = ctx.resolve("yahoo.points", None)?;
    if let Some(rate) = options.points_rate {
        if rate.0 < Decimal::ONE {
            return Err(Error::new(
                code::OUT_OF_RANGE,
                "yahoo.pointsRate",
                "Yahoo! requires at least 1 % store points",
            ));
        }
        points.rule.calc = Calc::Rate { rate };
    }
    Ok(points)
}

pub fn reward_rule(ctx: &Ctx, options: &Options) -> Result<Option<Resolved>> {
    let Some(rate) = options.affiliate_rate else { return Ok(None) };
    if rate.0 < Decimal::ONE {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "yahoo.affiliateRate",
            "Yahoo! requires an affiliate rate of at least 1 %",
        ));
    }
    let mut reward = ctx.resolve("yahoo.affiliate_reward", None)?;
    reward.rule.calc = Calc::Rate { rate };
    Ok(Some(reward))
}

/// Sales-linked lines (the monthly fee is added by the caller: charged or allocated).
pub fn lines(ctx: &Ctx, options: &Options, b: &Bases) -> Result<Vec<Draft>> {
    let mut out = Vec::new();
    let mut rate_line = |id: &str, category: Option<&str>, base: Yen, kind: LineKind| -> Result<()> {
        if let Some(r) = ctx.try_resolve(id, category)? {
            let exact = r.rule.calc.exact(base, None)?;
            out.push(r.line(kind, Some(base), r.finish(exact.amount)?, exact.weak_band));
        }
        Ok(())
    };
    rate_line("yahoo.royalty", None, b.items, LineKind::SalesFee)?;
    rate_line("yahoo.campaign_funding", None, b.items, LineKind::SalesFee)?;
    if options.pr_option {
        rate_line("yahoo.pr_option", None, b.items, LineKind::Advertising)?;
    }
    if options.line_tab {
        if ctx.try_resolve("yahoo.line_tab_fee", None)?.is_none() {
            return Err(Error::new(
                code::INVALID_INPUT,
                "yahoo.lineTab",
                "the LINE Shopping tab fee starts on 2026-09-01",
            ));
        }
        rate_line("yahoo.line_tab_fee", None, b.items, LineKind::SalesFee)?;
    }
    if !ctx.platform.categories.iter().any(|c| c.id == options.payment) {
        return Err(Error::new(
            super::schedule::UNKNOWN_CATEGORY,
            "yahoo.payment",
            format!("unknown payment method {:?}", options.payment),
        ));
    }
    rate_line("yahoo.payment_fee", Some(&options.payment), b.gross, LineKind::SalesFee)?;
    let points = points_rule(ctx, options)?;
    out.push(points.line(LineKind::Points, Some(b.points_base), b.points, false));
    if let Some(reward) = reward_rule(ctx, options)? {
        if b.affiliate_reward.0 > 0 {
            out.push(reward.line(LineKind::Affiliate, Some(b.affiliate_sales), b.affiliate_reward, false));
            let fee = ctx.resolve("yahoo.affiliate_fee", None)?;
            let exact = fee.rule.calc.exact(b.affiliate_reward, None)?;
            out.push(fee.line(LineKind::Affiliate, Some(b.affiliate_reward), fee.finish(exact.amount)?, false));
        }
    }
    Ok(out)
}
