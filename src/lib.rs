//! jpseller: exact fee, tax, campaign and compliance answers for cross-border sellers in Japan.
//!
//! Domain modules are plain Rust and never import wasm-bindgen; [`boundary`] is the only place
//! that talks to JS.

/// Native API table over every engine (tests, regression fixtures, fuzzing): needs the default features.
#[cfg(all(feature = "fees", feature = "health", feature = "campaign", feature = "lint"))]
pub mod api;
#[cfg(feature = "campaign")]
pub mod campaign;
pub mod csv;
pub mod dates;
pub mod error;
#[cfg(feature = "fees")]
pub mod fees;
#[cfg(feature = "health")]
pub mod health;
pub mod input;
#[cfg(feature = "lint")]
pub mod lint;
pub mod money;
pub mod provenance;
pub mod tax;

mod boundary;
