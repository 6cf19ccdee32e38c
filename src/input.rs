//! Decoding API inputs with field paths and stable error codes.
//!
//! Every API input is a serde struct decoded from JSON text by `decode_json` — natively (tests,
//! fuzzing) and in the browser (the boundary passes `JSON.stringify(input)`), so both report
//! identical errors.
//! Custom deserializers signal a stable code by starting their message with `code: `
//! (see [`coded`]); serde's own messages are mapped to `missing_field`, `unknown_field` or
//! `invalid_type`.

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
use crate::error::{code, join_path, Error, Result};
use serde::de::{Deserialize, DeserializeOwned, Deserializer};

/// A serde error message carrying a stable code, decoded again by [`decode`].
pub fn coded<E: serde::de::Error>(code: &'static str, message: impl std::fmt::Display) -> E {
    E::custom(format_args!("{code}: {message}"))
}

/// A string field of a custom type (dates, times): anything but a string becomes `code` with
/// `message`, except a missing required field, which keeps serde's own error (→ `missing_field`
/// with the field's path).
pub fn coded_string<'de, D: Deserializer<'de>>(d: D, code: &'static str, message: &str) -> std::result::Result<String, D::Error> {
    String::deserialize(d).map_err(|e| {
        if e.to_string().starts_with("missing field") {
            e
        } else {
            coded(code, message)
        }
    })
}

/// The number a person reads for the item at `index` (rows, messages, periods count from 1).
/// Indexes come from enumerating a vector, so `index + 1` never reaches usize::MAX.
pub fn one_based(index: usize) -> usize {
    index.saturating_add(1)
}

pub fn decode<'de, D, T>(deserializer: D) -> Result<T>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let path = path_string(err.path());
        let message = err.inner().to_string();
        classify(path, message)
    })
}

/// Decodes a JSON text (native callers, tests and fuzz targets).
pub fn decode_json<T: DeserializeOwned>(json: &str) -> Result<T> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value = decode(&mut deserializer)?;
    deserializer
        .end()
        .map_err(|e| Error::new(code::INVALID_INPUT, "", format!("trailing characters: {e}")))?;
    Ok(value)
}

fn path_string(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

fn classify(path: String, message: String) -> Error {
    // serde_json appends " at line L column C"; the path already locates the problem.
    let message = match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    };
    if let Some((head, rest)) = message.split_once(": ") {
        if is_code(head) {
            return Error::new(static_code(head), path, rest);
        }
    }
    if let Some(name) = backticked_after(&message, "missing field ") {
        return Error::new(code::MISSING_FIELD, join_path(&path, &name), format!("`{name}` is required"));
    }
    if let Some(name) = backticked_after(&message, "unknown field ") {
        // serde_path_to_error already ends the path with the unknown key.
        let field = if path.ends_with(name.as_str()) {
            path
        } else {
            join_path(&path, &name)
        };
        return Error::new(code::UNKNOWN_FIELD, field, message);
    }
    if message.starts_with("unknown variant") {
        return Error::new(code::INVALID_INPUT, path, message);
    }
    if let Some((code, message)) = counting_number(&message) {
        return Error::new(code, path, message);
    }
    Error::new(code::INVALID_TYPE, path, message)
}

/// serde names Rust integer types (`expected u64`); JS callers need "a whole number ≥ 0". A value
/// of the right kind but outside the type's range is `out_of_range`.
fn counting_number(message: &str) -> Option<(&'static str, String)> {
    let (head, rust_type) = message.rsplit_once(", expected ")?;
    let wanted = match rust_type {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number ≥ 0",
        "i8" | "i16" | "i32" | "i64" | "isize" => "a whole number",
        _ => return None,
    };
    let max = match rust_type {
        "u8" => u64::from(u8::MAX),
        "u16" => u64::from(u16::MAX),
        "u32" => u64::from(u32::MAX),
        "usize" => usize::MAX as u64,
        _ => u64::MAX,
    };
    match head.strip_prefix("invalid value: integer ") {
        Some(value) if value.starts_with("`-") => Some((code::OUT_OF_RANGE, format!("{value} is negative; expected {wanted}"))),
        Some(value) if rust_type.starts_with('u') => Some((code::OUT_OF_RANGE, format!("{value} is too large; the maximum is {max}"))),
        Some(value) => Some((code::OUT_OF_RANGE, format!("{value} is out of range; expected {wanted}"))),
        None => Some((code::INVALID_TYPE, format!("{head}, expected {wanted}"))),
    }
}

fn backticked_after(message: &str, prefix: &str) -> Option<String> {
    let rest = message.strip_prefix(prefix)?.strip_prefix('`')?;
    Some(rest[..rest.find('`')?].to_string())
}

fn is_code(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// Codes travel through serde as text; map them back onto `'static` strings. Unknown codes
/// (a domain module's own) are leaked once each — the set is small and fixed at compile time.
fn static_code(s: &str) -> &'static str {
    use std::collections::BTreeMap;
    use std::sync::Mutex;
    static KNOWN: Mutex<BTreeMap<String, &'static str>> = Mutex::new(BTreeMap::new());
    let Ok(mut known) = KNOWN.lock() else { return code::INVALID_INPUT };
    if let Some(code) = known.get(s) {
        return code;
    }
    let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
    known.insert(s.to_string(), leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Line {
        amount: crate::money::Yen,
    }
    #[derive(Deserialize, Debug)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        lines: Vec<Line>,
    }

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn reports_paths_and_codes() {
        let e = decode_json::<Doc>(r#"{"lines":[{"amount":"1"},{"amount":"1.5"}]}"#).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("invalid_amount", "lines[1].amount"));
        let e = decode_json::<Doc>(r#"{"lines":[{}]}"#).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("missing_field", "lines[0].amount"));
        let e = decode_json::<Doc>(r#"{"lines":[],"extra":1}"#).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("unknown_field", "extra"));
        let e = decode_json::<Doc>(r#"{"lines":7}"#).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), ("invalid_type", "lines"));
    }

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Counts {
        posts: u32,
        #[serde(default)]
        offset: i32,
    }

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn integer_errors_speak_javascript() {
        let e = decode_json::<Counts>(r#"{"posts":-5}"#).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str(), e.message.as_str()),
            ("out_of_range", "posts", "`-5` is negative; expected a whole number ≥ 0")
        );
        let e = decode_json::<Counts>(r#"{"posts":4294967296}"#).unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            ("out_of_range", "`4294967296` is too large; the maximum is 4294967295")
        );
        let e = decode_json::<Counts>(r#"{"posts":1.5}"#).unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            ("invalid_type", "invalid type: floating point `1.5`, expected a whole number ≥ 0")
        );
        let e = decode_json::<Counts>(r#"{"posts":1,"offset":"3"}"#).unwrap_err();
        assert_eq!(
            (e.code, e.field.as_str(), e.message.as_str()),
            ("invalid_type", "offset", "invalid type: string \"3\", expected a whole number")
        );
        let e = decode_json::<Counts>(r#"{"posts":1,"offset":9999999999}"#).unwrap_err();
        assert_eq!(
            (e.code, e.message.as_str()),
            ("out_of_range", "`9999999999` is out of range; expected a whole number")
        );
    }
}
