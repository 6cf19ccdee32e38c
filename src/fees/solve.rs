//! Reverse solvers on the exact order estimate: the lowest price that meets a profit or margin
//! target, and the most ad spend or commission an order can carry at a given price. Each answer
//! is exact to the step (¥1, or 0.01 pt for rates): the target holds at the answer and fails one
//! step beyond it.

use super::order::{estimate_order, OrderEstimate, OrderInput, PlatformId};
use super::schedule::Registry;
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
    /// `solve: "price"`: the unit prices searched — the requested range narrowed to the prices
    /// the order's own inputs allow.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price_range: Option<PriceRange>,
    pub notes: Vec<String>,
}

/// The unit prices a price search may try.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceRange {
    pub min: Yen,
    pub max: Yen,
    /// The input fields that narrowed the range (e.g. `order.rakuten.monthlySales`); empty when
    /// it is the requested (or default) range.
    pub limited_by: Vec<String>,
}

/// Units of the order's single item (re-pricing needs one item line).
fn units(order: &OrderInput) -> Result<u64> {
    match &order.items {
        Some(items) => match items.as_slice() {
            [item] => Ok(item.quantity.0),
            _ => Err(Error::new(
                code::INVALID_INPUT,
                "order.items",
                "re-pricing needs a single-item order (use price)",
            )),
        },
        None => Ok(order.quantity.map_or(1, |q| q.0)),
    }
}

/// The requested range narrowed to unit prices the order accepts: the items must cover the
/// discount (price ≥ ⌈discount ÷ units⌉), Rakuten's `monthlySales` must include the order
/// (price ≤ ⌊(monthlySales + discount − shippingCharged) ÷ units⌋), and the items must fit the
/// yen range. Prices outside would be rejected by `estimateOrder`, so the search never tries them.
pub fn allowed_prices(input: &SolveInput) -> Result<PriceRange> {
    let order = &input.order;
    // units ≥ 1 (Quantity is 1..=10^9), so the divisions below cannot fail.
    let units = i64::try_from(units(order)?).map_err(|_| Error::overflow("too many units"))?;
    let mut limited_by = Vec::new();
    let mut min = input.min_price.map_or(1, |y| y.0.max(1));
    let mut max = input.max_price.map_or(DEFAULT_MAX_PRICE, |y| y.0);
    let narrow_max = |max: &mut i64, limit: i64, field: &str, limited_by: &mut Vec<String>| {
        if limit < *max {
            *max = limit;
            limited_by.push(field.to_string());
        }
    };
    narrow_max(
        &mut max,
        MAX_YEN.checked_div(units).unwrap_or(MAX_YEN),
        "order.quantity",
        &mut limited_by,
    );
    if order.discount.0 > 0 {
        let covering = order
            .discount
            .0
            .checked_add(units.checked_sub(1).unwrap_or(0))
            .and_then(|n| n.checked_div(units))
            .ok_or_else(|| Error::overflow("the discount is too large"))?;
        if covering > min {
            min = covering;
            limited_by.push("order.discount".into());
        }
    }
    if let Some(month) = order.rakuten.as_ref().and_then(|r| r.monthly_sales) {
        if order.platform == PlatformId::Rakuten {
            let room = month
                .0
                .checked_add(order.discount.0)
                .and_then(|n| n.checked_sub(order.shipping_charged.0))
                .ok_or_else(|| Error::overflow("monthly sales are too large"))?;
            let per_unit = room
                .checked_div_euclid(units)
                .ok_or_else(|| Error::overflow("monthly sales are too large"))?;
            narrow_max(&mut max, per_unit, "order.rakuten.monthlySales", &mut limited_by);
        }
    }
    if min > max {
        let field = limited_by.last().cloned().unwrap_or_else(|| "minPrice".into());
        let why = if limited_by.iter().any(|f| f == "order.rakuten.monthlySales") {
            format!(
                "no unit price fits: rakuten.monthlySales (¥{}) must include this order (items + shipping charged ¥{})",
                order.rakuten.as_ref().and_then(|r| r.monthly_sales).unwrap_or(Yen::ZERO),
                order.shipping_charged
            )
        } else {
            format!("no unit price fits: the lowest allowed is ¥{min}, the highest ¥{max}")
        };
        return Err(Error::new(code::OUT_OF_RANGE, field, why));
    }
    Ok(PriceRange {
        min: Yen(min),
        max: Yen(max),
        limited_by,
    })
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
pub fn solve_price(registry: &Registry, input: SolveInput) -> Result<SolveResult> {
    match input.solve {
        Solve::Price => lowest_price(registry, &input),
        Solve::MaxAdSpend => max_ad_spend(registry, &input),
        Solve::MaxCommissionRate => max_commission(registry, &input),
    }
}

fn lowest_price(registry: &Registry, input: &SolveInput) -> Result<SolveResult> {
    let at = |p: i64| -> Result<OrderEstimate> { estimate_order(registry, input.order.with_price(Yen(p))?) };
    let range = allowed_prices(input)?;
    let (lo, hi) = (range.min.0, range.max.0);
    let top = at(hi)?;
    if !meets(input.target, &top) {
        let (field, limit) = match range.limited_by.iter().find(|f| f.as_str() != "order.discount") {
            Some(f) => (f.clone(), format!(", the highest unit price {f} allows")),
            None => ("target".to_string(), String::new()),
        };
        return Err(Error::new(
            UNREACHABLE,
            field,
            format!("the target is not met even at ¥{hi}{limit} (profit ¥{})", top.profit),
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
            price_range: Some(range),
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
        price_range: Some(range),
        notes,
    })
}

fn max_ad_spend(registry: &Registry, input: &SolveInput) -> Result<SolveResult> {
    let at = |spend: i64| -> Result<OrderEstimate> {
        let mut order = input.order.clone();
        order.ad_spend = Yen(spend);
        estimate_order(registry, order)
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
        price_range: None,
        notes: vec![],
    })
}

fn max_commission(registry: &Registry, input: &SolveInput) -> Result<SolveResult> {
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
        estimate_order(registry, order)
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
            price_range: None,
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
        price_range: None,
        notes: vec![],
    })
}
