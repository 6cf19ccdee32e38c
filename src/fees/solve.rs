//! Reverse solvers on the exact order estimate: the lowest price that meets a profit or margin
//! target, and the most ad spend or commission an order can carry at a given price. Each answer
//! is exact to the step (¥1, or 0.01 pt for rates): the target holds at the answer and fails one
//! step beyond it.

use super::order::{estimate_order, OrderEstimate, OrderInput, PlatformId};
use crate::error::{code, Error, Result};
use crate::money::{Percent, Yen, MAX_YEN};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// Profit ≥ 0.
    BreakEven,
    /// Profit ÷ revenue ≥ percent.
    Margin { percent: Percent },
    /// Profit ≥ amount per order.
    Profit { amount: Yen },
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Solve {
    /// The lowest unit price meeting the target.
    Price,
    /// The most ad spend per order (tax-exclusive) at the order's price.
    MaxAdSpend,
    /// The highest affiliate (Rakuten) or creator (TikTok) rate at the order's price, to 0.01 pt.
    MaxCommissionRate,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SolveInput {
    /// The order to solve on (as for `estimateOrder`; its price is the starting point or fixed).
    pub order: OrderInput,
    pub solve: Solve,
    #[serde(default = "break_even")]
    pub target: Target,
    /// Price search range for `solve: "price"`; default 1 to 100,000,000.
    #[serde(default)]
    pub min_price: Option<Yen>,
    #[serde(default)]
    pub max_price: Option<Yen>,
}

fn break_even() -> Target {
    Target::BreakEven
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SolveResult {
    pub solve: Solve,
    pub target: Target,
    /// The answer: yen for price and ad spend, a percent string for a rate.
    pub value: String,
    /// The estimate at the answer.
    pub at: OrderEstimate,
    /// Profit one step past the answer (below for price, above for spend/rate), which misses the
    /// target; absent when the answer is at the end of the range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profit_one_step_beyond: Option<Yen>,
    pub notes: Vec<String>,
}

pub const UNREACHABLE: &str = "target_unreachable";
const DEFAULT_MAX_PRICE: i64 = 100_000_000;

/// A point strictly between `lo` and `hi` (lo < hi, both ≥ 0), `None` once they are adjacent.
fn midpoint_between(lo: i64, hi: i64) -> Option<i64> {
    let gap = hi.checked_sub(lo)?;
    (gap > 1).then(|| lo.checked_add(gap / 2)).flatten()
}

fn meets(target: Target, e: &OrderEstimate) -> bool {
    match target {
        Target::BreakEven => e.profit.0 >= 0,
        Target::Profit { amount } => e.profit.0 >= amount.0,
        // profit / revenue ≥ p / 100  ⇔  100 × profit ≥ p × revenue (exact).
        // Both products fit: |profit| × 100 and 100 × revenue are far below Decimal::MAX.
        Target::Margin { percent } => {
            let scaled = Decimal::from(e.profit.0).checked_mul(Decimal::ONE_HUNDRED);
            let limit = percent.0.checked_mul(Decimal::from(e.revenue.total.0));
            matches!((scaled, limit), (Some(s), Some(l)) if s >= l)
        }
    }
}

/// `solvePrice`.
pub fn solve_price(input: SolveInput) -> Result<SolveResult> {
    match input.solve {
        Solve::Price => lowest_price(&input),
        Solve::MaxAdSpend => max_ad_spend(&input),
        Solve::MaxCommissionRate => max_commission(&input),
    }
}

fn lowest_price(input: &SolveInput) -> Result<SolveResult> {
    let at = |p: i64| -> Result<OrderEstimate> { estimate_order(input.order.with_price(Yen(p))?) };
    let lo = input.min_price.map_or(1, |y| y.0.max(1));
    let hi = input.max_price.map_or(DEFAULT_MAX_PRICE, |y| y.0).min(MAX_YEN);
    if lo > hi {
        return Err(Error::new(code::OUT_OF_RANGE, "minPrice", "minPrice is above maxPrice"));
    }
    let top = at(hi)?;
    if !meets(input.target, &top) {
        return Err(Error::new(
            UNREACHABLE,
            "target",
            format!("the target is not met even at ¥{hi} (profit ¥{})", top.profit),
        ));
    }
    let bottom = at(lo)?;
    if meets(input.target, &bottom) {
        return Ok(SolveResult {
            solve: input.solve,
            target: input.target,
            value: lo.to_string(),
            at: bottom,
            profit_one_step_beyond: None,
            notes: vec![],
        });
    }
    // Invariant: fails at lo, meets at hi.
    let (mut lo, mut hi, mut hi_estimate, mut lo_estimate) = (lo, hi, top, bottom);
    while let Some(mid) = midpoint_between(lo, hi) {
        let e = at(mid)?;
        if meets(input.target, &e) {
            hi = mid;
            hi_estimate = e;
        } else {
            lo = mid;
            lo_estimate = e;
        }
    }
    let mut notes = vec![];
    if input.order.platform == PlatformId::Amazon {
        notes.push("Amazon's whole-amount fee steps make profit dip at step edges; the answer is the crossing bisection found, with the target failing one yen below it".into());
    }
    Ok(SolveResult {
        solve: input.solve,
        target: input.target,
        value: hi.to_string(),
        at: hi_estimate,
        profit_one_step_beyond: Some(lo_estimate.profit),
        notes,
    })
}

fn max_ad_spend(input: &SolveInput) -> Result<SolveResult> {
    let at = |spend: i64| -> Result<OrderEstimate> {
        let mut order = input.order.clone();
        order.ad_spend = Yen(spend);
        estimate_order(order)
    };
    let zero = at(0)?;
    if !meets(input.target, &zero) {
        return Err(Error::new(
            UNREACHABLE,
            "target",
            format!("the target is not met even with no ad spend (profit ¥{})", zero.profit),
        ));
    }
    // Profit falls by at least ¥1 per yen of spend, so spend above the revenue can never meet it.
    let (mut lo, mut hi) = (
        0i64,
        zero.revenue
            .total
            .0
            .checked_add(1)
            .ok_or_else(|| Error::overflow("revenue is too large"))?,
    );
    let mut lo_estimate = zero;
    let mut hi_profit = at(hi)?.profit;
    while let Some(mid) = midpoint_between(lo, hi) {
        let e = at(mid)?;
        if meets(input.target, &e) {
            lo = mid;
            lo_estimate = e;
        } else {
            hi = mid;
            hi_profit = e.profit;
        }
    }
    Ok(SolveResult {
        solve: input.solve,
        target: input.target,
        value: lo.to_string(),
        at: lo_estimate,
        profit_one_step_beyond: Some(hi_profit),
        notes: vec![],
    })
}

fn max_commission(input: &SolveInput) -> Result<SolveResult> {
    // Rates in hundredths of a percent: 100 = 1 %, 10,000 = 100 %.
    let (min_step, platform) = match input.order.platform {
        PlatformId::Rakuten => (100i64, "rakuten"),
        PlatformId::Tiktok => (0, "tiktok"),
        PlatformId::Yahoo => (100, "yahoo"),
        PlatformId::Amazon | PlatformId::Qoo10 => {
            return Err(Error::new(
                code::INVALID_INPUT,
                "order.platform",
                "this platform has no seller-set commission",
            ))
        }
    };
    let at = |steps: i64| -> Result<OrderEstimate> {
        let rate = Percent(Decimal::new(steps, 2));
        let mut order = input.order.clone();
        match order.platform {
            PlatformId::Rakuten => order.rakuten.get_or_insert_with(Default::default).affiliate_rate = Some(rate),
            PlatformId::Yahoo => order.yahoo.get_or_insert_with(Default::default).affiliate_rate = Some(rate),
            _ => order.tiktok.get_or_insert_with(Default::default).creator_commission_rate = Some(rate),
        }
        estimate_order(order)
    };
    let first = at(min_step)?;
    if !meets(input.target, &first) {
        return Err(Error::new(
            UNREACHABLE,
            "target",
            format!(
                "the target is not met even at the lowest {platform} rate (profit ¥{})",
                first.profit
            ),
        ));
    }
    let last = at(10_000)?;
    if meets(input.target, &last) {
        return Ok(SolveResult {
            solve: input.solve,
            target: input.target,
            value: "100".into(),
            at: last,
            profit_one_step_beyond: None,
            notes: vec![],
        });
    }
    let (mut lo, mut hi, mut lo_estimate, mut hi_profit) = (min_step, 10_000i64, first, last.profit);
    while let Some(mid) = midpoint_between(lo, hi) {
        let e = at(mid)?;
        if meets(input.target, &e) {
            lo = mid;
            lo_estimate = e;
        } else {
            hi = mid;
            hi_profit = e.profit;
        }
    }
    Ok(SolveResult {
        solve: input.solve,
        target: input.target,
        value: Decimal::new(lo, 2).normalize().to_string(),
        at: lo_estimate,
        profit_one_step_beyond: Some(hi_profit),
        notes: vec![],
    })
}
