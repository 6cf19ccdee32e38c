//! What-if profits beside an order estimate: a ladder of prices around the order's price
//! (`priceLadder`), and the foreign goods cost at the FX rate ± 5 % (`fxScenarios`). Each is the
//! same order estimated again with one input changed, so every fee rule applies as at the price.

use super::order::{estimate_one, OrderInput};
use super::schedule::Registry;
use crate::error::{code, Error, Result};
use crate::money::{Percent, Rounding, Yen};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// `count` prices `stepPercent` apart, centred on the order's price.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PriceLadder {
    /// Odd, 3–21; default 5.
    #[serde(default = "five")]
    pub count: u32,
    /// Distance between rungs as a percent of the order's price (above 0, at most 20); default 5.
    #[serde(default = "five_percent")]
    pub step_percent: Percent,
}

fn five() -> u32 {
    5
}

fn five_percent() -> Percent {
    Percent(Decimal::from(5))
}

const MAX_RUNGS: u32 = 21;

/// The profit at one price.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rung {
    /// Tax-inclusive unit price: the order's price × (1 + k × step), rounded half-up to the yen.
    pub price: Yen,
    pub fees: Yen,
    pub payout: Yen,
    pub profit: Yen,
    pub margin: String,
    pub roi: String,
}

/// The profit with the FX rate moved by `changePercent`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FxScenario {
    pub change_percent: Decimal,
    /// Yen per unit of the foreign currency.
    pub rate: Decimal,
    /// The goods cost per unit in yen at that rate (rounded up, as the base case).
    pub cogs_per_unit: Yen,
    pub profit: Yen,
}

/// The FX moves reported whenever the goods cost is in a foreign currency.
const FX_MOVES: [i64; 2] = [-5, 5];

pub fn ladder(registry: &Registry, input: &OrderInput, spec: &PriceLadder) -> Result<Vec<Rung>> {
    let field = "priceLadder";
    if spec.count < 3 || spec.count > MAX_RUNGS || spec.count.is_multiple_of(2) {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            format!("{field}.count"),
            format!("count must be odd, 3–{MAX_RUNGS}"),
        ));
    }
    if spec.step_percent.0 <= Decimal::ZERO || spec.step_percent.0 > Decimal::from(20) {
        return Err(Error::new(
            code::INVALID_RATE,
            format!("{field}.stepPercent"),
            "the step must be above 0 and at most 20 %",
        ));
    }
    let center = match (&input.price, &input.items) {
        (Some(price), None) => *price,
        (None, Some(items)) if items.len() == 1 => items.first().map(|i| i.price).unwrap_or(Yen::ZERO),
        _ => {
            return Err(Error::new(
                code::INVALID_INPUT,
                field,
                "a price ladder needs a single-item order (use price)",
            ))
        }
    };
    let half = i64::from(spec.count / 2);
    (half.saturating_neg()..=half)
        .map(|k| {
            let factor = Decimal::ONE
                .checked_add(
                    spec.step_percent
                        .fraction()
                        .checked_mul(Decimal::from(k))
                        .ok_or_else(|| Error::overflow("price ladder"))?,
                )
                .ok_or_else(|| Error::overflow("price ladder"))?;
            let price = Decimal::from(center.0)
                .checked_mul(factor)
                .map(|p| Rounding::HalfUp.round(p))
                .and_then(|p| p.to_i64())
                .ok_or_else(|| Error::overflow("price ladder"))?;
            if price < 1 {
                return Err(Error::new(
                    code::OUT_OF_RANGE,
                    format!("{field}.stepPercent"),
                    "the lowest rung would be below ¥1: use a smaller step or fewer prices",
                ));
            }
            let e = estimate_one(registry, input.with_price(Yen(price))?).map_err(|e| e.within(field))?;
            Ok(Rung {
                price: Yen(price),
                fees: e.fees.gross,
                payout: e.payout,
                profit: e.profit,
                margin: e.margin,
                roi: e.roi,
            })
        })
        .collect()
}

pub fn fx_scenarios(registry: &Registry, input: &OrderInput) -> Result<Vec<FxScenario>> {
    let Some(fx) = &input.fx else { return Ok(Vec::new()) };
    let (Some(_), Some(rate)) = (fx.cogs_per_unit_foreign, fx.rate) else {
        return Ok(Vec::new());
    };
    FX_MOVES
        .iter()
        .map(|&change| {
            let moved = Decimal::from(change)
                .checked_div(Decimal::ONE_HUNDRED)
                .and_then(|c| Decimal::ONE.checked_add(c))
                .and_then(|f| rate.checked_mul(f))
                .ok_or_else(|| Error::overflow("FX scenario"))?
                .normalize();
            let mut changed = input.clone();
            if let Some(f) = changed.fx.as_mut() {
                f.rate = Some(moved);
            }
            let cogs = changed
                .fx
                .as_ref()
                .map(super::crossborder::foreign_cogs)
                .transpose()?
                .flatten()
                .unwrap_or(Yen::ZERO);
            let e = estimate_one(registry, changed).map_err(|e| e.within("fx"))?;
            Ok(FxScenario {
                change_percent: Decimal::from(change),
                rate: moved,
                cogs_per_unit: cogs,
                profit: e.profit,
            })
        })
        .collect()
}
