//! The JSON-in, JSON-out form of every API function — what the wasm boundary runs after
//! `JSON.stringify`, and what native tests and fuzz targets call directly.

use crate::error::{code, Error, Result};
use crate::input::decode_json;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Decodes `json` into the function's input type, runs it and encodes the output as JSON text.
pub fn call_json<I, O>(json: &str, f: impl FnOnce(I) -> Result<O>) -> Result<String>
where
    I: DeserializeOwned,
    O: Serialize,
{
    let output = f(decode_json(json)?)?;
    serde_json::to_string(&output).map_err(|e| Error::new(code::INVALID_INPUT, "", format!("could not encode the result: {e}")))
}
