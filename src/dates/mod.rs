//! Dates shared by every engine: civil-date arithmetic and instants in JST (`civil`), and
//! Japanese public and bank holidays (`holidays`). Plain Rust; no date-time crate.

pub mod civil;
pub mod holidays;
