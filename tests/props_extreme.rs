//! Issue 12: extreme decimals never trap. Every numeric leaf of every fixture in
//! `tests/regression/*.json` (every money amount, rate, count and threshold any API takes) is replaced
//! by each value of [`EXTREMES`] in turn — 1e-28, Decimal::MAX ≈ 7.9e28, 28 and 29 decimal
//! places, 5e-324, 1e308 — and the call must return a result or a coded error, never panic.
//! A property test then replaces several leaves of one case at once.
//!
//! Native only: a panic is caught with `catch_unwind` (wasm aborts instead, which is the bug this
//! test exists to prevent). The lint API takes no numbers and is owned elsewhere.
#![cfg(not(target_arch = "wasm32"))]

use jpseller::api;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::panic::{catch_unwind, AssertUnwindSafe};

const FIXTURES: &[&str] = &[
    include_str!("regression/tax.json"),
    include_str!("regression/fees.json"),
    include_str!("regression/health.json"),
    include_str!("regression/campaign.json"),
];

/// Each as a JSON string and, where JSON can carry it, as a JSON number.
fn extremes() -> Vec<Value> {
    let texts = [
        "0.0000000000000000000000000001",    // 1e-28, Decimal's smallest step
        "-0.0000000000000000000000000001",   // its negative
        "0.00000000000000000000000000001",   // 1e-29: not representable
        "79228162514264337593543950335",     // Decimal::MAX
        "79000000000000000000000000000",     // 7.9e28
        "0.1234567890123456789012345678",    // 28 decimal places
        "9.9999999999999999999999999999",    // 28 places, 29 digits
        "100.00000000000000000000000000001", // just above 100 %
        "99.99999999999999999999999999999",  // just below, too precise
        "1e-28",
        "7.9e28",
    ];
    let mut out: Vec<Value> = texts.iter().map(|t| json!(t)).collect();
    out.extend([
        json!(1e-28),
        json!(7.9e28),
        json!(5e-324),
        json!(1e308),
        json!(-1e308),
        json!(79228162514264337593543950335.0),
    ]);
    out
}

struct Case {
    api: String,
    name: String,
    args: Vec<Value>,
}

/// Inputs for numeric fields the fixtures leave out (every store-health line, the stock planner).
fn extra_cases() -> Vec<Value> {
    let lines = json!({"investigateAbove": "0.5", "riskAbove": "1", "highAbove": "2"});
    vec![json!({"api": "storeHealth", "case": "every line and the stock plan", "args": [{
        "evaluationDate": "2026-11-20",
        "plannedOrders": 10,
        "orders": [
            {"orderId": "A1", "orderDate": "2026-11-01", "shipBy": "2026-11-02", "shippedAt": "2026-11-05", "delivered": false, "complaint": true, "returned": true, "reviewScore": 1},
            {"orderId": "A2", "orderDate": "2026-11-02", "cancelled": true},
            {"orderId": "A3", "orderDate": "2026-11-03", "shipBy": "2026-11-04", "shippedAt": "2026-11-04", "delivered": true, "reviewScore": "4.5"}
        ],
        "thresholds": {
            "complaintRate": lines, "cancellationRate": lines, "lateShipmentRate": lines, "returnRate": lines,
            "nonDelivery": {"investigateAbove": 0, "riskAbove": 1, "highAbove": 3},
            "reviewScore": {"riskBelow": "3.5", "highBelow": "2"}
        },
        "stockPlan": {"multiplier": "2", "coverDays": 7, "items": [
            {"sku": "S1", "onHand": 9007199254740991u64, "dailyUnits": "3.5", "leadTimeDays": 3}
        ]}
    }]})]
}

fn cases() -> Vec<Case> {
    FIXTURES
        .iter()
        .flat_map(|text| serde_json::from_str::<Vec<Value>>(text).unwrap())
        .chain(extra_cases())
        .map(|item| Case {
            api: item["api"].as_str().unwrap().to_string(),
            name: item["case"].as_str().unwrap().to_string(),
            args: item["args"].as_array().unwrap().clone(),
        })
        .collect()
}

/// JSON-pointer paths of every leaf that is a number or a string holding one.
fn numeric_leaves(value: &Value, path: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => map.iter().for_each(|(k, v)| numeric_leaves(v, format!("{path}/{k}"), out)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| numeric_leaves(v, format!("{path}/{i}"), out)),
        Value::Number(_) => out.push(path),
        Value::String(s) if s.trim().parse::<f64>().is_ok() => out.push(path),
        _ => {}
    }
}

/// Ok, or an error with a snake_case code; `Err(description)` for a panic or an uncoded error.
fn call(api_name: &str, args: &[Value]) -> Result<(), String> {
    let texts: Vec<String> = args.iter().map(Value::to_string).collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    match catch_unwind(AssertUnwindSafe(|| api::call(api_name, &refs))) {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) if !e.code.is_empty() && e.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') => Ok(()),
        Ok(Err(e)) => Err(format!("uncoded error {e:?}")),
        Err(panic) => Err(format!(
            "panic: {}",
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default()
        )),
    }
}

#[test]
fn every_numeric_field_of_every_fixture_survives_every_extreme() {
    // Panics are expected to be caught; keep the default hook from printing thousands of them.
    std::panic::set_hook(Box::new(|_| {}));
    let extremes = extremes();
    let mut failures = Vec::new();
    let mut calls = 0;
    for case in cases() {
        let mut paths = Vec::new();
        for (i, arg) in case.args.iter().enumerate() {
            numeric_leaves(arg, format!("/{i}"), &mut paths);
        }
        for path in &paths {
            for extreme in &extremes {
                let mut args = Value::Array(case.args.clone());
                *args.pointer_mut(path).unwrap() = extreme.clone();
                calls += 1;
                if let Err(why) = call(&case.api, args.as_array().unwrap()) {
                    failures.push(format!("{} / {} {path} = {extreme}: {why}", case.api, case.name));
                }
            }
        }
    }
    let _ = std::panic::take_hook();
    assert!(calls > 3_000, "only {calls} calls: fixtures lost their numbers?");
    assert!(
        failures.is_empty(),
        "{} of {calls} calls failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Several leaves of one case at once, each set to an extreme or to a random decimal with up
    /// to 28 places.
    #[test]
    fn many_extremes_at_once_never_trap(
        case_pick in any::<prop::sample::Index>(),
        picks in prop::collection::vec((any::<prop::sample::Index>(), any::<prop::sample::Index>(), any::<i64>(), 0u32..=28), 1..6),
    ) {
        let cases = cases();
        let case = case_pick.get(&cases);
        let mut paths = Vec::new();
        for (i, arg) in case.args.iter().enumerate() {
            numeric_leaves(arg, format!("/{i}"), &mut paths);
        }
        prop_assume!(!paths.is_empty());
        let extremes = extremes();
        let mut args = Value::Array(case.args.clone());
        for (path, value, mantissa, scale) in &picks {
            let replacement = if mantissa % 2 == 0 {
                value.get(&extremes).clone()
            } else {
                json!(rust_decimal::Decimal::new(*mantissa, *scale).to_string())
            };
            let path: &String = path.get(&paths);
            *args.pointer_mut(path).unwrap() = replacement;
        }
        let outcome = call(&case.api, args.as_array().unwrap());
        prop_assert!(outcome.is_ok(), "{} / {}: {:?} with {}", case.api, case.name, outcome, args);
    }
}
