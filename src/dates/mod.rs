//! Dates shared by every engine: the one date type, its parser and instants in JST (`civil`),
//! Japanese public holidays (`holidays`), and open and bank business days counted forward
//! (`business`). Plain Rust; no date-time crate.

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
pub mod business;
pub mod civil;
pub mod holidays;
