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

/// Issue 16: the page shows engine text in the seller's language. Every source (`source` +
/// `status`), warning and allocation diagnostic in any fixture's output carries the same text in
/// zh, ja and en, its `en` equal to the English field API users read.
#[wasm_bindgen_test(unsupported = test)]
fn every_source_warning_and_diagnostic_reads_in_zh_ja_and_en() {
    fn translated(note: &Value, english: &Value, at: &str, problems: &mut Vec<String>) {
        let text = |lang: &str| note.get(lang).and_then(Value::as_str).filter(|t| !t.is_empty());
        match (text("zh"), text("ja"), text("en")) {
            (Some(zh), Some(ja), Some(en)) if Some(en) == english.as_str() && zh != en && ja != en => {}
            _ => problems.push(format!("{at}: {english} has note {note}")),
        }
    }
    fn walk(value: &Value, at: &str, problems: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                if map.contains_key("source") && map.contains_key("status") {
                    translated(&map.get("note").cloned().unwrap_or_default(), &map["source"], at, problems);
                }
                for (field, note) in [("program", "programNote"), ("warning", "warningNote")] {
                    if let Some(english @ Value::String(_)) = map.get(field) {
                        translated(&map.get(note).cloned().unwrap_or_default(), english, at, problems);
                    }
                }
                if let Some(Value::Array(warnings)) = map.get("warnings") {
                    let details = map.get("warningDetails").and_then(Value::as_array).cloned().unwrap_or_default();
                    let messages: Vec<&Value> = details.iter().map(|d| &d["message"]).collect();
                    if messages != warnings.iter().collect::<Vec<_>>() {
                        problems.push(format!("{at}: warnings {warnings:?} without the same warningDetails"));
                    }
                }
                for list in ["diagnostics", "warningDetails"] {
                    for (i, notice) in map.get(list).and_then(Value::as_array).into_iter().flatten().enumerate() {
                        translated(&notice["note"], &notice["message"], &format!("{at}.{list}[{i}]"), problems);
                    }
                }
                for (key, child) in map {
                    walk(child, &format!("{at}.{key}"), problems);
                }
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, item)| walk(item, &format!("{at}[{i}]"), problems)),
            _ => {}
        }
    }
    let mut problems = Vec::new();
    let mut notices = 0;
    for (_, fixtures, _) in DOMAINS {
        for case in cases(fixtures) {
            let args: Vec<&str> = case.args.iter().map(String::as_str).collect();
            if let Ok(output) = api::call(&case.api, &args) {
                notices += output.matches("\"warningDetails\":[{").count() + output.matches("\"diagnostics\":[{").count();
                walk(
                    &serde_json::from_str(&output).expect("outputs are JSON"),
                    &format!("{} {}", case.api, case.name),
                    &mut problems,
                );
            }
        }
    }
    assert!(notices >= 3, "the fixtures show warnings and diagnostics ({notices})");
    assert_eq!(problems, Vec::<String>::new());
}
