//! Exact money: whole-yen amounts, percentage rates and explicit rounding.
//!
//! Yen are `i64` whole yen; intermediate products use `i128` or `rust_decimal::Decimal` with
//! checked arithmetic, so overflow becomes an `overflow` error instead of a wrong number.
//! Nothing here uses floating point.

mod rate;
mod rounding;
mod yen;

pub use rate::Percent;
pub use rounding::{div_round, Rounding};
pub use yen::{Yen, MAX_YEN};
