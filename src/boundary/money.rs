use super::js_error;
use crate::error::{code, Error};
use crate::money::number::{self, MAX_NUMBER_CHARS};
use wasm_bindgen::prelude::*;

/// What people type or spreadsheets write (`"¥3,980"`, `"３９８０円"`, `"12.5％"`) as the plain
/// decimal text every API accepts (`"3980"`, `"12.5"`). Throws `invalid_input` with the reason.
#[wasm_bindgen(js_name = normalizeNumber)]
pub fn normalize_number(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<String, JsValue> {
    let string = text
        .dyn_ref::<js_sys::JsString>()
        .ok_or_else(|| js_error(Error::new(code::INVALID_TYPE, "text", "expected a string")))?;
    // Checked before the copy into wasm memory: a character is at most two UTF-16 units.
    if string.length() as usize > MAX_NUMBER_CHARS.saturating_mul(2) {
        return Err(js_error(Error::new(
            code::INVALID_INPUT,
            "text",
            format!("longer than {MAX_NUMBER_CHARS} characters; a number is never that long"),
        )));
    }
    number::normalize_number(&String::from(string)).map_err(js_error)
}
