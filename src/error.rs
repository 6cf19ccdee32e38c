//! One error type for every API: a stable snake_case `code`, the `field` path that caused it
//! (`lines[1].amount`, empty when the whole input is at fault) and an English message.
//! The wasm boundary turns it into a JS `Error` carrying the same three properties.

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Error {
    pub code: &'static str,
    pub field: String,
    pub message: String,
}

pub type Result<T> = std::result::Result<T, Error>;

/// Stable codes shared by every module. Domain modules may add their own snake_case codes;
/// JS callers branch on these strings, so never rename one.
pub mod code {
    pub const INVALID_INPUT: &str = "invalid_input";
    pub const INVALID_TYPE: &str = "invalid_type";
    pub const MISSING_FIELD: &str = "missing_field";
    pub const UNKNOWN_FIELD: &str = "unknown_field";
    pub const INVALID_AMOUNT: &str = "invalid_amount";
    pub const INVALID_RATE: &str = "invalid_rate";
    pub const INVALID_ROUNDING: &str = "invalid_rounding";
    pub const INVALID_QUANTITY: &str = "invalid_quantity";
    pub const INVALID_DATE: &str = "invalid_date";
    pub const OUT_OF_RANGE: &str = "out_of_range";
    pub const OVERFLOW: &str = "overflow";
}

impl Error {
    pub fn new(code: &'static str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Error { code, field: field.into(), message: message.into() }
    }

    /// Prefixes the field path, e.g. `amount` inside `lines[1]` becomes `lines[1].amount`.
    pub fn within(mut self, parent: &str) -> Self {
        self.field = join_path(parent, &self.field);
        self
    }
}

pub(crate) fn join_path(parent: &str, child: &str) -> String {
    match (parent.is_empty(), child.is_empty()) {
        (true, _) => child.to_string(),
        (_, true) => parent.to_string(),
        _ if child.starts_with('[') => format!("{parent}{child}"),
        _ => format!("{parent}.{child}"),
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.code, self.message)
        } else {
            write!(f, "{} at {}: {}", self.code, self.field, self.message)
        }
    }
}

impl std::error::Error for Error {}
