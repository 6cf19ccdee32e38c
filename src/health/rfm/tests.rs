//! Golden RFM case worked by hand; hash vectors from a Python FNV-1a reference
//! (`h = 0xcbf29ce484222325; for b in data: h = ((h ^ b) * 0x100000001b3) % 2**64`).

use super::*;
use crate::input::decode_json;
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

fn orders() -> Value {
    json!([
        {"customerId": "u1", "orderDate": "2025-06-25", "amount": "20000"},
        {"customerId": "u1", "orderDate": "2025-06-28", "amount": 20000},
        {"customerId": "u1", "orderDate": "2025-06-29T23:30:00+09:00", "amount": "15000"},
        {"customerId": "u2", "orderDate": "2025-06-27", "amount": "60000"},
        {"customerId": "u2", "orderDate": "2025-06-28", "amount": "1000"},
        {"customerId": "u3", "orderDate": "2025-05-01", "amount": "5000"},
        {"customerId": "u4", "orderDate": "2025-05-31", "amount": "10000"},
        {"customerId": "u5", "orderDate": "2025-06-01", "amount": "8000"},
        {"customerId": "u5", "orderDate": "2025-06-02", "amount": "100000", "cancelled": true},
        {"customerId": "u6", "orderDate": "2025-07-01", "amount": "9999"}
    ])
}

fn run(extra: Value) -> Result<RfmOutput> {
    let mut input = json!({"orders": orders(), "asOf": "2025-06-30"});
    for (k, v) in extra.as_object().unwrap() {
        input[k] = v.clone();
    }
    rfm_segments(decode_json(&input.to_string())?)
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[wasm_bindgen_test(unsupported = test)]
fn guide_preset_segments() {
    let out = run(json!({})).unwrap();
    // u6 ordered after asOf (ignored); u5's ¥100,000 order was cancelled (excluded).
    assert_eq!(
        (out.customers, out.orders_counted, out.cancelled_excluded, out.after_as_of_ignored),
        (5, 8, 1, 1)
    );
    // Revenue: u1 55,000 + u2 61,000 + u3 5,000 + u4 10,000 + u5 8,000 = 139,000.
    assert_eq!(out.revenue, Yen(139_000));
    let seg = |id: &str| out.segments.iter().find(|s| s.id == id).unwrap();
    // high_value: u1 (R = 06-30 − 06-29 = 1 ≤ 7, F = 3, M = 55,000 ≥ 50,000).
    // 55,000 / 139,000 = 39.568…% → 39.57; 1 / 5 customers = 20 %.
    assert_eq!(
        (
            seg("high_value").customers,
            seg("high_value").revenue,
            seg("high_value").revenue_share
        ),
        (1, Yen(55_000), Some(dec("39.57")))
    );
    assert_eq!(seg("high_value").customer_share, Some(dec("20")));
    // dormant: u3 (R = 60) and u4 (R = 30, the bound is inclusive): 15,000 / 139,000 = 10.791…% → 10.79.
    assert_eq!((seg("dormant").customers, seg("dormant").revenue_share), (2, Some(dec("10.79"))));
    // other: u2 (F = 2 < 3 despite ¥61,000) and u5 (R = 29): 69,000 / 139,000 = 49.640…% → 49.64.
    assert_eq!(
        (seg("other").customers, seg("other").revenue, seg("other").revenue_share),
        (2, Yen(69_000), Some(dec("49.64")))
    );
    // Members, highest spend first, ids hashed (empty salt): u2 first.
    let members = out.members.as_ref().unwrap();
    assert_eq!(
        members.iter().map(|m| m.monetary.0).collect::<Vec<_>>(),
        [61_000, 55_000, 10_000, 8_000, 5_000]
    );
    let u1 = &members[1];
    assert_eq!(
        (u1.customer.as_str(), u1.recency_days, u1.frequency, u1.segment.as_str()),
        ("90a6c618d4521c10", 1, 3, "high_value")
    );
    assert!(u1.customer_id.is_none());
    assert_eq!(out.csv.lines().nth(2).unwrap(), "90a6c618d4521c10,high_value,2025-06-29,1,3,55000");
    assert!(!out.csv.contains("u1"));
}

#[wasm_bindgen_test(unsupported = test)]
fn salt_raw_ids_and_custom_segments() {
    let out = run(json!({"salt": "shop-2025", "includeRawIds": true, "segments": [{"id": "vip", "monetaryMin": 60000}]})).unwrap();
    let u1 = out
        .members
        .as_ref()
        .unwrap()
        .iter()
        .find(|m| m.customer_id.as_deref() == Some("u1"))
        .unwrap();
    assert_eq!(u1.customer, "f67cf60bf35217e6");
    // Only u2 (61,000) reaches ¥60,000.
    let vip = &out.segments[0];
    assert_eq!((vip.id.as_str(), vip.customers), ("vip", 1));
    assert!(out.csv.starts_with("customer,customer_id,segment"));
    assert_eq!(out.segments_provenance.status, crate::provenance::Status::Unverified);
    // FNV-1a of the bytes 0x1f 'a' (empty salt + separator + id).
    assert_eq!(customer_hash("", "a"), "087a4707b528b71d");
}

#[wasm_bindgen_test(unsupported = test)]
fn csv_input_and_errors() {
    let csv = "会員ID,注文日,合計金額\nu1,2025-06-29,\"¥12,800\"\nu1,2025-06-20,1200円\n\"=cmd\",2025-06-01,100\n";
    let out = rfm_segments(decode_json(&json!({"csv": {"text": csv}, "asOf": "2025-06-30", "includeRawIds": true}).to_string()).unwrap())
        .unwrap();
    assert_eq!(out.revenue, Yen(14_100));
    // A formula-looking id is neutralised in the CSV export.
    assert!(out.csv.contains(",'=cmd,"));
    let e = run(json!({"segments": [{"id": "other"}]})).unwrap_err();
    assert_eq!(e.field, "segments[0].id");
    let e = rfm_segments(decode_json(r#"{"orders":[{"orderDate":"2025-06-01","amount":1}],"asOf":"2025-06-30"}"#).unwrap()).unwrap_err();
    assert_eq!((e.code, e.field.as_str()), ("missing_field", "orders[0].customerId"));
    let e =
        rfm_segments(decode_json(&json!({"csv": {"text": "会員ID,注文日\nu1,2025-06-01\n"}, "asOf": "2025-06-30"}).to_string()).unwrap())
            .unwrap_err();
    assert_eq!(e.field, "csv.columns.amount");
}
