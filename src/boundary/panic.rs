//! The panic hook of every wasm instance. With `panic = "abort"` a panic traps right after the
//! hook returns, so the hook is the last moment the message exists: it hands the message to
//! `recordPanic` in the package's JS layer, which puts it in the `internal_error` it throws after
//! replacing the trapped instance (see `js/recovery.js`).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/recovery.js")]
extern "C" {
    #[wasm_bindgen(js_name = recordPanic)]
    fn record_panic(message: &str);
}

/// Runs once per instance as it is created (the JS layer's fresh instances run it again); `private`
/// keeps it out of the package's exports.
#[wasm_bindgen(start, private)]
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        record_panic(&info.to_string());
        previous(info);
    }));
}
