#![no_main]
//! `lint`: arbitrary bytes as the text (lossy UTF-8) and, after a NUL, arbitrary options JSON;
//! checks spans slice the text exactly (see `api::exercise`).
libfuzzer_sys::fuzz_target!(|data: &[u8]| jpseller::api::exercise("lint", data));
