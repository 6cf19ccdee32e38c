//! Test builds only (`--features trap-test`, see scripts/trap-test.sh): an export that traps on
//! purpose, so tests can prove that a trap loses nothing — the next call of any export works.

use super::js_error;
use crate::error::{code, Error};
use wasm_bindgen::prelude::*;

/// `"panic"` panics (the message must reach the thrown error); `"abort"` traps without a panic
/// message (`unreachable`); `"throw"` throws a JS exception through the instance's frames, as a
/// JS import that throws does. Each first takes 32 KB of the 1 MB stack and 32 KB of heap, which
/// none of them gives back: an instance kept after them fails every call from the 15th on
/// ("memory access out of bounds").
#[wasm_bindgen(js_name = trapForTest)]
pub fn trap_for_test(
    #[wasm_bindgen(unchecked_param_type = "\"panic\" | \"abort\" | \"throw\"")] kind: JsValue,
) -> Result<JsValue, JsValue> {
    match kind.as_string().as_deref() {
        Some("panic") => trap_deep(8, &mut Vec::new(), || panic!("trap-test: deliberate panic")),
        Some("abort") => trap_deep(8, &mut Vec::new(), || std::process::abort()),
        Some("throw") => trap_deep(8, &mut Vec::new(), || wasm_bindgen::throw_str("trap-test: deliberate JS exception")),
        _ => Err(js_error(Error::new(
            code::INVALID_INPUT,
            "kind",
            "kind must be \"panic\", \"abort\" or \"throw\"",
        ))),
    }
}

#[inline(never)]
fn trap_deep(depth: u8, held: &mut Vec<Vec<u8>>, trap: fn() -> !) -> ! {
    let frame = std::hint::black_box([depth; 4096]);
    held.push(frame.to_vec());
    if depth == 0 {
        trap();
    }
    trap_deep(depth.saturating_sub(1), std::hint::black_box(held), trap)
}
