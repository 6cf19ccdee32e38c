//! Fee and profit engine: every marketplace fee, tax and cross-border cost, exact to the yen,
//! with provenance on every line.
//!
//! # Data
//! Rates live in `data/<platform>.json` (compiled in): each rule has an id, a calculation
//! ([`calc::Calc`]: fixed, rate, marginal bands, whole steps, table), min/max, scope, rounding,
//! tax treatment and [`Provenance`](crate::provenance::Provenance) with its effective dates. A
//! rule id can have several dated versions; [`schedule::Platform::rule`] picks the one in force.
//! SEC1/UNV presets mark their output lines `unverified`; callers replace any preset's numbers
//! with `overrides: { "<rule id>": { rate | amount | bands | steps, min, max, rounding } }`.
//!
//! # Rust API for other modules (the campaign simulator builds on these; do not re-derive fees)
//! - [`estimate_order`]`(OrderInput) -> Result<OrderEstimate>` — one order: `lines` (platform
//!   charges: sales fees, points, affiliate, ads, allocated fixed fees; each with `net`, `tax`,
//!   `gross`, rule id, label, provenance), `fees` totals, `costs`, `payout`, `seller_tax`,
//!   `profit`, `margin`. Build the input in code or with `input::decode_json`:
//!   `{"platform":"rakuten","plan":"standard","price":3980,"rakuten":{"affiliateRate":"4"}}`.
//! - [`OrderInput::new`]`(platform, price)` then set fields (`plan`, `as_of`, `rakuten`, …), and
//!   [`OrderInput::with_price`] to re-price a template: `estimate_order(input)?.fees.gross` is
//!   the platform fee + tax stack at that price; `.payout`, `.profit` follow.
//! - [`rakuten::affiliate_lines`] — reward + affiliate system fee placed in the month's bands.
//! - [`lines::with_invoice_tax`] — rounds consumption tax once per rate over any set of lines.
//! - [`estimate_month`] for a month's P&L (month-scoped tiers, fixed fees once); [`solve_price`],
//!   [`compare_marketplaces`], [`estimate_batch`], [`import_tax`] as named.
//! - [`Registry::builtin`]`()?.platform(id)?.rule(id, plan, category, day)` — a raw rule with
//!   provenance. Every estimate takes the [`Registry`] it reads: the compiled-in one, or a clone
//!   with fee-data files added by [`Registry::register_json`] (`registerFeeSchedules`).
//!
//! # Rounding
//! Each rule rounds at its own scope (per unit, line, order or month; see the rule's `scope` and
//! `rounding`). Fee tax is rounded once per tax rate over the invoice (here: the order's or the
//! month's fee lines) and shared back to lines by largest remainder, so lines sum to totals.

// Issue 12: domain code never panics on input. Arithmetic is checked (`overflow` /
// `out_of_range` errors), slices are read with `get`, and nothing unwraps; an exception that is
// provably bounded says why in an `#[expect(…, reason = …)]`. Tests may do all of these.
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used
    )
)]
pub mod amazon;
pub mod batch;
pub mod calc;
pub mod compare;
pub mod costs;
pub mod crossborder;
pub mod csv;
pub mod lines;
pub mod month;
pub mod order;
pub mod package;
pub mod parcel;
pub mod qoo10;
pub mod rakuten;
pub mod scenarios;
pub mod schedule;
pub mod shipping;
pub mod solve;
pub mod tiktok;
pub mod yahoo;

#[cfg(test)]
mod registry_tests;
#[cfg(test)]
mod tests;

pub use batch::{estimate_batch, BatchInput, BatchResult};
pub use compare::{compare_marketplaces, CompareInput, Comparison};
pub use crossborder::{import_tax, ImportInput, ImportTax};
pub use lines::{Line, LineKind, Overrides, RuleOverride};
pub use month::{estimate_month, MonthEstimate, MonthInput};
pub use order::{estimate_order, OrderEstimate, OrderInput, PlatformId};
pub use schedule::{FeeDataFile, Label, Platform, Registered, Registry, Rule, Scope, TaxTreatment};
pub use solve::{solve_price, SolveInput, SolveResult};

use crate::dates::civil::Date;
use crate::error::Result;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SchedulesInput {
    #[serde(default)]
    pub as_of: Option<Date>,
    /// Only this platform (default: all).
    #[serde(default)]
    pub platform: Option<String>,
    /// Every dated version instead of the ones in force on `asOf`.
    #[serde(default)]
    pub history: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedules {
    /// The fee data listed: the compiled-in version, then each registered file.
    pub data_version: String,
    /// The newest review date of that data (the page's "rates as of").
    pub rates_as_of: Date,
    /// The day the rules are in force (absent with `history`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    pub platforms: Vec<Platform>,
}

/// `feeSchedules`: every platform and plan with the rules in force on `asOf`, with provenance.
pub fn fee_schedules(registry: &schedule::Registry, input: SchedulesInput) -> Result<Schedules> {
    let day = input.as_of.unwrap_or_else(order::default_day);
    let mut platforms = Vec::new();
    for platform in registry.platforms() {
        if input.platform.as_deref().is_some_and(|p| p != platform.platform) {
            continue;
        }
        platforms.push(if input.history { platform.clone() } else { platform.as_of(day) });
    }
    if platforms.is_empty() {
        if let Some(p) = input.platform {
            return Err(crate::error::Error::new(
                crate::error::code::INVALID_INPUT,
                "platform",
                format!("unknown platform {p:?}"),
            ));
        }
    }
    Ok(Schedules {
        data_version: registry.data_version().into(),
        rates_as_of: registry.rates_as_of(),
        as_of: (!input.history).then_some(day),
        platforms,
    })
}
