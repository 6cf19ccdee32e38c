//! Exact money: whole-yen amounts, percentage rates and explicit rounding.
//!
//! Yen are `i64` whole yen; intermediate products use `i128` or `rust_decimal::Decimal` with
//! checked arithmetic, so overflow becomes an `overflow` error instead of a wrong number.
//! Nothing here uses floating point.

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
pub mod number;
mod rate;
mod rounding;
mod yen;

pub use rate::Percent;
pub use rounding::{div_round, Rounding};
pub use yen::{group_thousands, Yen, MAX_YEN};

use crate::error::{Error, Result};

/// Exact `i128` sums and products of yen amounts and counts: overflow is an `overflow` error,
/// never a wrapped number.
pub fn add_i128(a: i128, b: i128) -> Result<i128> {
    a.checked_add(b).ok_or_else(too_large)
}

pub fn sub_i128(a: i128, b: i128) -> Result<i128> {
    a.checked_sub(b).ok_or_else(too_large)
}

/// `*total += value`, checked.
pub fn accumulate(total: &mut i128, value: i128) -> Result<()> {
    *total = add_i128(*total, value)?;
    Ok(())
}

pub fn mul_i128(a: i128, b: i128) -> Result<i128> {
    a.checked_mul(b).ok_or_else(too_large)
}

fn too_large() -> Error {
    Error::overflow("an intermediate amount does not fit in 128 bits")
}
