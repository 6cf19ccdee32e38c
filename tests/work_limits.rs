//! Issue 12, bounded work: one step past each documented work limit (README "Limits") the call
//! is refused with `too_much_work` before any work starts, and the message names the limit and
//! what to reduce. The slowest accepted inputs are timed in `bench/limits.bench.mjs`.

use jpseller::api;
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

fn creators(n: usize, max_posts: u32) -> Vec<Value> {
    (0..n)
        .map(|i| {
            json!({"id": format!("c{i}"), "platform": "tiktok_shop_jp", "collaboration": "targeted", "posts": 1,
                   "maxPosts": max_posts, "viewsPerPost": 20_000 + i, "ctr": "1", "cvr": "2", "commissionRate": "10", "flatFee": 20_000})
        })
        .collect()
}

fn scenario(n: usize, draws: u32, max_posts: u32) -> Value {
    json!({"seed": 42, "draws": draws, "product": {"aov": 3500, "cogsRate": "40", "returnRate": "5", "perOrderCost": 500},
           "creators": creators(n, max_posts)})
}

fn refused(name: &str, input: Value) -> String {
    let e = api::call(name, &[&input.to_string()]).unwrap_err();
    assert_eq!(e.code, "too_much_work", "{name}: {e:?}");
    e.message
}

#[wasm_bindgen_test(unsupported = test)]
fn simulation_is_limited_by_draws_times_creators() {
    // 1 creator: 90,910 × (1 + 10) = 1,000,010 > 1,000,000; 90,909 draws would be 999,999.
    let why = refused("simulateCampaign", scenario(1, 90_910, 5));
    assert!(
        why.contains("draws × (creators + ad channels + 10) is 1000010; the limit is 1000000"),
        "{why}"
    );
    assert!(why.contains("lower draws"), "{why}");
    // 1,000 creators × 991 draws = 991 × 1,010 = 1,000,910.
    refused("simulateCampaign", scenario(1000, 991, 5));
    assert!(api::call("simulateCampaign", &[&scenario(10, 1000, 5).to_string()]).is_ok());
}

#[wasm_bindgen_test(unsupported = test)]
fn sensitivity_is_limited_by_parameters_times_creators() {
    // (4 + 1 platform fee + 5 × 230) parameters × (230 + 10) × 16 = 4,435,200 > 4,000,000.
    let why = refused("sensitivity", json!({"scenario": scenario(230, 1000, 5)}));
    assert!(why.contains("is 4435200; the limit is 4000000"), "{why}");
    // With probabilityOfLoss each parameter adds 2 × 1,000 draws: 17 creators is (5 + 85) × 27 × 2016.
    let why = refused("sensitivity", json!({"scenario": scenario(17, 1000, 5), "probabilityOfLoss": true}));
    assert!(why.contains("is 4898880"), "{why}");
    assert!(api::call("sensitivity", &[&json!({"scenario": scenario(5, 1000, 5)}).to_string()]).is_ok());
}

#[wasm_bindgen_test(unsupported = test)]
fn allocation_is_limited_by_options_times_grid() {
    // 1,000 creators × 3 options (0, 1 or 2 posts) × 5,001 cells = 15,003,000 > 15,000,000.
    let input = json!({"scenario": scenario(1000, 1000, 2), "budget": 50_000_000, "objective": "max_profit", "grid": 5000});
    let why = refused("allocateBudget", input);
    assert!(why.contains("is 15003000; the limit is 15000000"), "{why}");
    assert!(why.contains("lower maxPosts"), "{why}");
}

#[wasm_bindgen_test(unsupported = test)]
fn reply_risk_is_limited_by_messages() {
    let messages: Vec<Value> = (0..20_001)
        .map(|i| json!({"channel": "rakuten_inquiry", "receivedAt": format!("2026-11-{:02}T10:00", 1 + i % 19)}))
        .collect();
    let input = json!({"now": "2026-11-20T12:00", "messages": messages});
    let e = api::call("replyRisk", &[&input.to_string()]).unwrap_err();
    assert_eq!((e.code, e.field.as_str()), ("too_much_work", "messages"));
    assert!(e.message.contains("is 20001; the limit is 20000"), "{}", e.message);
}

#[wasm_bindgen_test(unsupported = test)]
fn row_limits_are_too_much_work() {
    let call = |name: &str, input: Value| api::call(name, &[&input.to_string()]).unwrap_err();
    // estimateBatch: 10,001 rows (each a full estimate).
    let csv = format!("price\n{}", "1000\n".repeat(10_001));
    let e = call(
        "estimateBatch",
        json!({"order": {"platform": "rakuten", "asOf": "2026-11-20"}, "ordersCsv": csv}),
    );
    assert_eq!((e.code, e.field.as_str()), ("too_much_work", "orders"), "{}", e.message);
    assert!(e.message.contains("10001 rows; the limit is 10000 rows"), "{}", e.message);
    // estimateMonth: 250,001 orders, given as an aggregate (refused before any row is made).
    let e = call(
        "estimateMonth",
        json!({"platform": "rakuten", "asOf": "2026-11-20", "aggregate": {"orders": 250_001, "sales": 1_000_000}}),
    );
    assert_eq!((e.code, e.field.as_str()), ("too_much_work", "aggregate.orders"), "{}", e.message);
    // storeHealth / rfmSegments: 50,001 CSV rows.
    let csv = format!("orderDate,customerId,amount\n{}", "2026-11-01,c1,1000\n".repeat(50_001));
    let e = call("storeHealth", json!({"csv": {"text": csv}, "evaluationDate": "2026-11-20"}));
    assert_eq!((e.code, e.field.as_str()), ("too_much_work", "csv"), "{}", e.message);
    let e = call("rfmSegments", json!({"csv": {"text": csv}, "asOf": "2026-11-20"}));
    assert_eq!(e.code, "too_much_work", "{}", e.message);
    // rfmSegments stops at 25,000 orders (members and the CSV export cost more per customer).
    let csv = format!("orderDate,customerId,amount\n{}", "2026-11-01,c1,1000\n".repeat(25_001));
    let e = call("rfmSegments", json!({"csv": {"text": csv}, "asOf": "2026-11-20"}));
    assert_eq!((e.code, e.field.as_str()), ("too_much_work", "csv"), "{}", e.message);
    assert!(e.message.contains("25001 orders; the limit is 25000"), "{}", e.message);
}
