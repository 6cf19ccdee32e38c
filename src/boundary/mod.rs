//! The wasm boundary: every `#[wasm_bindgen]` item lives under this module, one file per domain.
//!
//! JS passes plain objects. [`run`] turns them into JSON text with `JSON.stringify` and decodes
//! that with exactly the path native callers and fuzz targets use (`input::decode_json`), so
//! unknown keys, `NaN` (→ null) and `undefined` fields are judged identically everywhere; the
//! result goes back as JSON text through `JSON.parse`, so native and wasm outputs are the same
//! bytes. Every failure becomes a JS `Error` with `code`, `field` and `message`.
//!
//! A panic is a bug; if one happens anyway, [`panic`] hands its message to the package's JS layer
//! (`js/recovery.js`), which replaces the trapped instance and throws `internal_error` with it.

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
#[cfg(feature = "campaign")]
mod campaign;
#[cfg(feature = "fees")]
mod fees;
#[cfg(feature = "health")]
mod health;
#[cfg(feature = "lint")]
mod lint;
mod money;
mod panic;
mod tax;
#[cfg(feature = "trap-test")]
mod trap_test;

use crate::error::{code, Error, Result};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The crate version, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Decode `input`, run `f`, encode the result; all errors become JS `Error` objects.
pub(crate) fn run<I, O>(input: JsValue, f: impl FnOnce(I) -> Result<O>) -> std::result::Result<JsValue, JsValue>
where
    I: DeserializeOwned,
    O: Serialize,
{
    let output = from_js(&input).and_then(f).map_err(js_error)?;
    to_js(&output)
}

/// For functions with several parameters (e.g. `lint(text, options)`): decodes one JS value.
pub(crate) fn from_js<I: DeserializeOwned>(value: &JsValue) -> Result<I> {
    crate::input::decode_json(&input_json(value)?)
}

/// Encodes a result as a plain JS object (JSON text → `JSON.parse`).
pub(crate) fn to_js<O: Serialize>(output: &O) -> std::result::Result<JsValue, JsValue> {
    let text = serde_json::to_string(output)
        .map_err(|e| js_error(Error::new(code::INVALID_INPUT, "", format!("could not encode the result: {e}"))))?;
    js_sys::JSON::parse(&text)
}

pub(crate) fn input_json(input: &JsValue) -> Result<String> {
    let not_json = |why: &str| Error::new(code::INVALID_TYPE, "", format!("expected a plain input object: {why}"));
    if input.is_undefined() {
        return Err(not_json("got undefined"));
    }
    match js_sys::JSON::stringify(input) {
        Ok(text) => text.as_string().ok_or_else(|| not_json("it has no JSON form")),
        Err(_) => Err(not_json("JSON.stringify failed (a BigInt or a cycle?)")),
    }
}

/// The length of the array at `input[key]`, if it is one: read before the input is turned into
/// JSON and copied into wasm memory, so a count limit refuses a huge array at once.
#[cfg(feature = "fees")]
pub(crate) fn array_len(input: &JsValue, key: &str) -> Option<usize> {
    let value = js_sys::Reflect::get(input, &JsValue::from_str(key)).ok()?;
    js_sys::Array::is_array(&value).then(|| js_sys::Array::from(&value).length() as usize)
}

/// A JS `Error` whose `name` is `JpsellerError` and which carries `code` and `field`.
pub(crate) fn js_error(error: Error) -> JsValue {
    let message = if error.field.is_empty() {
        error.message.clone()
    } else {
        format!("{}: {}", error.field, error.message)
    };
    let js = js_sys::Error::new(&message);
    js.set_name("JpsellerError");
    let object: &JsValue = js.as_ref();
    // Reflect::set only fails on frozen or proxy objects; a fresh Error is neither.
    let _ = js_sys::Reflect::set(object, &"code".into(), &error.code.into());
    let _ = js_sys::Reflect::set(object, &"field".into(), &error.field.into());
    js.into()
}

#[wasm_bindgen(typescript_custom_section)]
const COMMON_TYPES: &str = r#"
/** A calendar date "YYYY-MM-DD", 1900–2199 (inputs also accept "YYYY/MM/DD" and "YYYY/M/D"). */
export type DateString = string;
/** Whole yen as a decimal string, e.g. "1980" or "-50". */
export type YenString = string;
/** Whole yen accepted as a decimal string of digits or a safe integer. */
export type YenInput = string | number;
export type Rounding = "floor" | "half_up" | "ceil" | "half_even";
/** A percentage as a decimal string or number: "3.5" or 3.5 means 3.5 %. */
export type PercentInput = string | number;
export type EvidenceStatus = "OFF" | "SEC2" | "SEC1" | "UNV";
/** A text in zh / ja / en. */
export interface Label { zh: string; ja: string; en: string; }
export interface Provenance {
  /** The note in English. */
  source: string;
  /** The same note in zh / ja / en (every built-in source; fee data may omit it). */
  note?: Label;
  url: string;
  /** ISO date from which the rule applies. */
  effectiveFrom: DateString;
  effectiveTo?: DateString;
  status: EvidenceStatus;
}
/** Every function throws this on bad input; branch on `code`, show `field`. */
export interface JpsellerError extends Error {
  name: "JpsellerError";
  /**
   * Stable snake_case code, e.g. "invalid_amount", "missing_field"; "internal_error" when a bug
   * trapped the engine (it was restarted: later calls work; the message says what happened).
   */
  code: string;
  /** Path of the offending input, e.g. "lines[1].amount"; "" when the whole input is at fault. */
  field: string;
}
"#;
