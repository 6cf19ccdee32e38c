//! Campaign budget / ROAS simulator for creator, affiliate and ad campaigns on TikTok Shop JP and
//! Rakuten: profit after the full fee stack, uncertainty, allocation, reverse solving and
//! sensitivity (campaign-math.md).
//!
//! Statistics run in f64 (`libm` math and a portable PRNG, so a seed gives the same bits natively
//! and in wasm); every yen figure in an output is that statistic rounded half-to-even to whole yen.
//! Entry points: [`simulate_campaign`], [`allocator::allocate_budget`], [`sensitivity::sensitivity`],
//! [`response::response_curve`], [`vetting::vet_creator`] and the Robyn transforms in
//! [`transforms`].

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
pub mod allocator;
pub mod curve;
pub mod economics;
pub mod notice;
pub mod platform_fees;
pub mod presets;
pub mod response;
pub mod rng;
pub mod scenario;
pub mod sensitivity;
pub mod simulate;
pub mod stats;
pub mod transforms;
pub mod vetting;

mod report;

#[cfg(test)]
mod tests;

pub use report::{simulate_campaign, SimulationOutput};
