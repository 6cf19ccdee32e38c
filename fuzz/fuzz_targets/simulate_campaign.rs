#![no_main]
//! `simulateCampaign`: arbitrary bytes as its JSON arguments (NUL-separated), through `api::call`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| jpseller::api::exercise("simulateCampaign", data));
