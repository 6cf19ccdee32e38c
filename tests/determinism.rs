//! Determinism: every API's JSON output for the committed fixture inputs must equal, byte for
//! byte, the golden output generated natively — natively, and compiled to wasm in Node and in
//! headless Chromium (the same test body, `wasm_bindgen_test(unsupported = test)`). The npm
//! consumer test `tests/js/consumer/determinism.test.mjs` replays the same fixtures through the
//! real package exports.
//!
//! Fixtures: `tests/golden/<domain>.json`, an array of `{ api, case, args }` where `args` are the
//! JS arguments. Goldens: `tests/golden/<domain>.out.jsonl`, one line per case, in order.
//! The goldens are outputs, not hand calculations: the hand-calculated values live in each
//! domain's own tests. After an intended output change, regenerate them natively with
//! `JPSELLER_BLESS=1 cargo test --test determinism` and review the diff.

use jpseller::api;
use serde_json::Value;
use wasm_bindgen_test::wasm_bindgen_test;

/// (domain, fixtures, goldens) — add a domain here and in `tests/golden/`.
const DOMAINS: &[(&str, &str, &str)] = &[
    ("tax", include_str!("golden/tax.json"), include_str!("golden/tax.out.jsonl")),
    ("fees", include_str!("golden/fees.json"), include_str!("golden/fees.out.jsonl")),
    (
        "health",
        include_str!("golden/health.json"),
        include_str!("golden/health.out.jsonl"),
    ),
    (
        "campaign",
        include_str!("golden/campaign.json"),
        include_str!("golden/campaign.out.jsonl"),
    ),
    ("lint", include_str!("golden/lint.json"), include_str!("golden/lint.out.jsonl")),
];

/// APIs whose only argument-free form cannot fail on input.
const TAKES_NO_INPUT: &[&str] = &["campaignPresets"];

struct Case {
    api: String,
    name: String,
    args: Vec<String>,
}

fn cases(fixtures: &str) -> Vec<Case> {
    let Value::Array(items) = serde_json::from_str(fixtures).expect("fixtures are a JSON array") else {
        panic!("fixtures must be a JSON array")
    };
    items
        .into_iter()
        .map(|item| Case {
            api: item["api"].as_str().expect("api").to_string(),
            name: item["case"].as_str().expect("case").to_string(),
            args: item["args"].as_array().expect("args").iter().map(Value::to_string).collect(),
        })
        .collect()
}

/// One golden line: the output text is embedded verbatim, so the comparison is byte for byte.
fn golden_line(case: &Case) -> String {
    let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
    let head = format!(
        "{{\"api\":{},\"case\":{}",
        Value::from(case.api.as_str()),
        Value::from(case.name.as_str())
    );
    match api::call(&case.api, &args) {
        Ok(output) => format!("{head},\"ok\":{output}}}"),
        Err(error) => format!("{head},\"error\":{}}}", serde_json::to_string(&error).expect("errors encode")),
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn outputs_match_the_goldens_byte_for_byte() {
    let bless = cfg!(not(target_arch = "wasm32")) && std::env::var_os("JPSELLER_BLESS").is_some();
    for (domain, fixtures, goldens) in DOMAINS {
        let actual: Vec<String> = cases(fixtures).iter().map(golden_line).collect();
        if bless {
            #[cfg(not(target_arch = "wasm32"))]
            std::fs::write(
                format!("{}/tests/golden/{domain}.out.jsonl", env!("CARGO_MANIFEST_DIR")),
                actual.join("\n") + "\n",
            )
            .expect("write goldens");
            continue;
        }
        let expected: Vec<&str> = goldens.lines().collect();
        assert_eq!(
            expected.len(),
            actual.len(),
            "{domain}: fixture and golden counts differ; regenerate with JPSELLER_BLESS=1"
        );
        for (expected, actual) in expected.iter().zip(&actual) {
            assert_eq!(
                *expected,
                actual.as_str(),
                "{domain}: output differs from tests/golden/{domain}.out.jsonl. If the change is intended, \
                 regenerate with `JPSELLER_BLESS=1 cargo test --test determinism` and review the diff"
            );
        }
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn every_api_has_a_result_case_and_an_error_case() {
    let all: Vec<Case> = DOMAINS.iter().flat_map(|(_, fixtures, _)| cases(fixtures)).collect();
    for case in &all {
        assert!(api::NAMES.contains(&case.api.as_str()), "fixture for unknown API {}", case.api);
    }
    for name in api::NAMES {
        let outcomes: Vec<bool> = all
            .iter()
            .filter(|case| case.api == *name)
            .map(|case| api::call(name, &case.args.iter().map(String::as_str).collect::<Vec<_>>()).is_ok())
            .collect();
        assert!(outcomes.contains(&true), "{name}: no fixture with a result");
        // An API without input has nothing to reject.
        assert!(
            outcomes.contains(&false) || TAKES_NO_INPUT.contains(name),
            "{name}: no fixture with an error"
        );
    }
}

/// Every fixture file in tests/golden/ must be listed in `DOMAINS` (files are not readable in wasm).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_fixture_file_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    for entry in std::fs::read_dir(dir).expect("tests/golden") {
        let file = entry.expect("entry").file_name().into_string().expect("utf-8 name");
        if let Some(domain) = file.strip_suffix(".json") {
            assert!(
                DOMAINS.iter().any(|(d, _, _)| *d == domain),
                "tests/golden/{file} is not listed in DOMAINS"
            );
        }
    }
}
