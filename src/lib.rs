//! jpseller: exact fee, tax, campaign and compliance answers for cross-border sellers in Japan.
//!
//! Domain modules are plain Rust and never import wasm-bindgen; [`boundary`] is the only place
//! that talks to JS.

pub mod api;
pub mod campaign;
pub mod dates;
pub mod error;
pub mod fees;
pub mod health;
pub mod input;
pub mod lint;
pub mod money;
pub mod provenance;
pub mod tax;

mod boundary;
