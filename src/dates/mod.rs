//! Dates shared by every engine: civil-date arithmetic and instants in JST (`civil`), and
//! Japanese public and bank holidays (`holidays`). Plain Rust; no date-time crate.

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
pub mod civil;
pub mod holidays;
