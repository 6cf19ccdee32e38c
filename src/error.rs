//! One error type for every API: a stable snake_case `code`, the `field` path that caused it
//! (`lines[1].amount`, empty when the whole input is at fault) and an English message.
//! The wasm boundary turns it into a JS `Error` carrying the same three properties.

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
    /// The input is valid but would take more work than the documented limit of the export.
    pub const TOO_MUCH_WORK: &str = "too_much_work";
    /// House rules (`lint` options `dictionary`, `ignore`): a pattern or id that is empty or
    /// only symbols, one listed twice, a list over its limit, a pattern or message too long.
    pub const EMPTY_PATTERN: &str = "empty_pattern";
    pub const DUPLICATE_PATTERN: &str = "duplicate_pattern";
    pub const TOO_MANY_ENTRIES: &str = "too_many_entries";
    pub const PATTERN_TOO_LONG: &str = "pattern_too_long";
}

impl Error {
    pub fn new(code: &'static str, field: impl Into<String>, message: impl Into<String>) -> Self {
        Error {
            code,
            field: shorten(field.into(), MAX_FIELD_CHARS),
            message: shorten_echoes(message.into()),
        }
    }

    /// `overflow` for a result outside the supported range; `what` says which result.
    pub fn overflow(what: impl Into<String>) -> Self {
        Error::new(code::OVERFLOW, "", what)
    }

    /// `too_much_work` unless `work` ≤ `limit`. `measure` names the product being limited
    /// (e.g. "draws × (creators + ad channels)"), `reduce` says what to lower.
    pub fn check_work(measure: &str, work: u64, limit: u64, reduce: &str) -> Result<()> {
        if work <= limit {
            return Ok(());
        }
        Err(Error::new(
            code::TOO_MUCH_WORK,
            "",
            format!("{measure} is {work}; the limit is {limit} (about a second of work); {reduce}"),
        ))
    }

    /// Prefixes the field path, e.g. `amount` inside `lines[1]` becomes `lines[1].amount`.
    pub fn within(mut self, parent: &str) -> Self {
        self.field = join_path(parent, &self.field);
        self
    }
}

/// Messages quote the caller's input; a 10 MB string must not come back as a 10 MB message.
/// Each quoted echo keeps its first `MAX_ECHO_CHARS` characters, a field path its first
/// `MAX_FIELD_CHARS`.
const MAX_ECHO_CHARS: usize = 40;
const MAX_FIELD_CHARS: usize = 120;

fn shorten(text: String, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// Shortens every `"…"` or `` `…` `` segment longer than `MAX_ECHO_CHARS` (escapes inside `"…"`,
/// as Rust's `{:?}` writes them, are honoured).
fn shorten_echoes(message: String) -> String {
    if message.len() <= 4 * MAX_ECHO_CHARS {
        return message;
    }
    let mut out = String::with_capacity(4 * MAX_ECHO_CHARS);
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '"' && c != '`' {
            continue;
        }
        let mut escaped = false;
        for (kept, inner) in chars.by_ref().enumerate() {
            let closes = inner == c && !escaped;
            escaped = c == '"' && inner == '\\' && !escaped;
            if closes || kept < MAX_ECHO_CHARS {
                out.push(inner);
            } else if kept == MAX_ECHO_CHARS {
                out.push('…');
            }
            if closes {
                break;
            }
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_echoes_of_input_are_shortened() {
        let long = "x".repeat(1_000_000);
        let e = Error::new(code::INVALID_AMOUNT, "price", format!("{long:?} is not a whole number of yen"));
        assert_eq!(
            e.message,
            format!("\"{}…\" is not a whole number of yen", "x".repeat(MAX_ECHO_CHARS))
        );
        let e = Error::new(
            code::INVALID_INPUT,
            "k".repeat(500),
            format!("unknown variant `{long}`, expected one of `a`, `b`"),
        );
        assert_eq!(
            e.message,
            format!("unknown variant `{}…`, expected one of `a`, `b`", "x".repeat(MAX_ECHO_CHARS))
        );
        assert_eq!(e.field.chars().count(), MAX_FIELD_CHARS + 1);
        // Escaped quotes inside a Debug-formatted string do not end it early.
        let tricky = format!("{:?} is bad", format!("a\"b{}", "y".repeat(300)));
        assert!(Error::new(code::INVALID_INPUT, "", tricky).message.ends_with("…\" is bad"));
        // Short messages, and long ones without long echoes, are untouched.
        assert_eq!(Error::new(code::INVALID_INPUT, "", "`a` is required").message, "`a` is required");
        let list = format!(
            "expected one of {}",
            (0..40).map(|i| format!("`f{i}`")).collect::<Vec<_>>().join(", ")
        );
        assert_eq!(Error::new(code::INVALID_INPUT, "", list.clone()).message, list);
    }
}
