//! Golden cases worked by hand. The shop below has 50 orders in June 2025 (window 06-01..06-30)
//! and 20 in May (previous window 05-02..05-31); every figure is derived in the comments.

use super::*;
use crate::input::decode_json;
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

/// June: C01..C50, ordered on 06-01 + (n − 1) mod 28, ship-by order + 2 days, shipped order + 1
/// day, except as patched below. May: P01..P20 ordered 05-10, shipped 05-11, P01 complained.
fn shop() -> Vec<Value> {
    let day = |offset: i64| Date::from_ymd(2025, 6, 1).unwrap().add_days(offset as i32).to_string();
    let mut rows = Vec::new();
    for n in 1..=50i64 {
        let d = (n - 1) % 28;
        let mut row =
            json!({"orderId": format!("C{n:02}"), "orderDate": day(d), "shipBy": day(d + 2), "shippedAt": day(d + 1), "delivered": true});
        let patch = |row: &mut Value, v: Value| {
            for (k, val) in v.as_object().unwrap() {
                row[k] = val.clone();
            }
        };
        match n {
            1 | 2 => patch(&mut row, json!({"shippedAt": day(d + 3)})), // a day late
            3 => {
                row.as_object_mut().unwrap().remove("shippedAt"); // never shipped, due 06-05
                row.as_object_mut().unwrap().remove("delivered");
            }
            4 => patch(
                &mut row,
                json!({"cancelled": true, "cancelReason": "在庫切れ", "shippedAt": null, "delivered": null}),
            ),
            5 => patch(&mut row, json!({"complaint": true})),
            7..=10 => patch(&mut row, json!({"returned": true, "returnReason": "サイズ違い"})),
            11 | 12 => patch(&mut row, json!({"delivered": false})),
            13 => patch(&mut row, json!({"reviewScore": 2})),
            14 => patch(&mut row, json!({"reviewScore": "5"})),
            15 => patch(&mut row, json!({"reviewScore": 4})),
            // Moved to 06-29 with ship-by 07-01 and no shipment: still pending on 06-30.
            50 => patch(
                &mut row,
                json!({"orderDate": "2025-06-29", "shipBy": "2025-07-01", "shippedAt": null, "delivered": null}),
            ),
            _ => {}
        }
        rows.push(row);
    }
    for n in 1..=20 {
        rows.push(json!({"orderId": format!("P{n:02}"), "orderDate": "2025-05-10", "shipBy": "2025-05-12", "shippedAt": "2025-05-11", "complaint": n == 1}));
    }
    // Outside both windows: April and July.
    rows.push(json!({"orderId": "OLD", "orderDate": "2025-04-01", "complaint": true}));
    rows.push(json!({"orderId": "FUTURE", "orderDate": "2025-07-01T00:00:00+09:00", "complaint": true}));
    rows
}

fn health(extra: Value) -> StoreHealthOutput {
    let mut input = json!({"orders": shop(), "evaluationDate": "2025-06-30"});
    for (k, v) in extra.as_object().unwrap() {
        input[k] = v.clone();
    }
    store_health(decode_json(&input.to_string()).unwrap()).unwrap()
}

fn metric(out: &StoreHealthOutput, id: MetricId) -> &Metric {
    out.metrics.iter().find(|m| m.id == id).unwrap()
}

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[wasm_bindgen_test(unsupported = test)]
fn windows_and_counts() {
    let out = health(json!({}));
    assert_eq!(
        (out.window.from.to_string(), out.window.to.to_string()),
        ("2025-06-01".into(), "2025-06-30".into())
    );
    assert_eq!(
        (out.previous_window.from.to_string(), out.previous_window.to.to_string()),
        ("2025-05-02".into(), "2025-05-31".into())
    );
    assert_eq!(
        (out.orders_in_window, out.orders_in_previous_window, out.orders_outside_windows),
        (50, 20, 2)
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn complaint_rate_on_the_risk_line() {
    let out = health(json!({}));
    let m = metric(&out, MetricId::ComplaintRate);
    // 1 complaint (C05) / 50 orders = 2 %: above 1 % (risk) but not above 2 % (high).
    assert_eq!(
        (m.current.numerator, m.current.denominator, m.current.value),
        (1, 50, Some(dec("2")))
    );
    assert_eq!(m.band, Band::Risk);
    assert_eq!(m.drivers, ["C05"]);
    // May: 1 / 20 = 5 % → June is better; change 2 − 5 = −3 points.
    assert_eq!((m.trend, m.change), (Trend::Better, Some(dec("-3"))));
    // Headroom to high (2 %): floor(2 × 50 / 100) − 1 = 0 more complaints.
    let h = m.headroom.as_ref().unwrap();
    assert_eq!((h.next_band, h.additional_bad_orders), (Band::High, 0));
    // Back under 1 %: ceil(1 × 100 / 1) − 50 = 50 more clean orders (1 / 100 = 1 %).
    let r = m.recovery.as_ref().unwrap();
    assert_eq!((r.to_band, r.clean_orders_needed), (Band::Ok, 50));
    assert_eq!(
        m.actions,
        ["review_complaints_30_days", "reply_within_24h", "apologise_without_blame"]
    );
    // With 50 more orders expected: floor(2 × 100 / 100) − 1 = 1.
    let out = health(json!({"plannedOrders": 50}));
    assert_eq!(
        metric(&out, MetricId::ComplaintRate)
            .headroom
            .as_ref()
            .unwrap()
            .additional_bad_orders,
        1
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn late_shipment_rate_is_high() {
    let out = health(json!({}));
    let m = metric(&out, MetricId::LateShipmentRate);
    // Late: C01, C02 (shipped a day after ship-by) and C03 (unshipped, due 06-05) = 3.
    // Denominator: 50 − C04 (cancelled) − C50 (due 07-01, pending) = 48. 3 / 48 = 6.25 % > 5 %.
    assert_eq!(
        (m.current.numerator, m.current.denominator, m.current.value),
        (3, 48, Some(dec("6.25")))
    );
    assert_eq!((m.band, m.excluded), (Band::High, 2));
    assert_eq!(m.drivers, ["C01", "C02", "C03"]);
    // May had 0 / 20 late → worse.
    assert_eq!(m.trend, Trend::Worse);
    assert!(m.headroom.is_none());
    // Back to the risk band (≤ 5 %): ceil(3 × 100 / 5) − 48 = 60 − 48 = 12.
    let r = m.recovery.as_ref().unwrap();
    assert_eq!((r.to_band, r.clean_orders_needed), (Band::Risk, 12));
}

#[wasm_bindgen_test(unsupported = test)]
fn returns_non_delivery_reviews_and_cancellations() {
    let out = health(json!({}));
    let m = metric(&out, MetricId::ReturnRate);
    // C07..C10 returned / 49 non-cancelled = 8.1632… % → 8.16, above 8 % → investigate.
    assert_eq!(
        (m.current.numerator, m.current.denominator, m.current.value, m.band),
        (4, 49, Some(dec("8.16")), Band::Investigate)
    );
    // Under 8 %: ceil(4 × 100 / 8) − 49 = 50 − 49 = 1.
    assert_eq!(m.recovery.as_ref().unwrap().clean_orders_needed, 1);

    let m = metric(&out, MetricId::NonDelivery);
    // C11, C12 shipped 06-12/06-13, not delivered after 7 days → 2 ≤ 3 → ok; 1 more allowed.
    // Denominator: shipped orders = 50 − C03 − C04 − C50 = 47.
    assert_eq!((m.current.numerator, m.current.denominator, m.band), (2, 47, Band::Ok));
    assert_eq!(m.headroom.as_ref().unwrap().additional_bad_orders, 1);

    let m = metric(&out, MetricId::ReviewScore);
    // Scores 2, 5, 4 → mean 11 / 3 = 3.666… → 3.67; one review ≤ 2 (C13). No line set → unrated.
    assert_eq!(
        (m.current.numerator, m.current.denominator, m.current.value, m.band),
        (1, 3, Some(dec("3.67")), Band::Unrated)
    );

    let m = metric(&out, MetricId::CancellationRate);
    // C04 / 50 = 2 %; the guide sets no line → unrated.
    assert_eq!((m.current.value, m.band), (Some(dec("2")), Band::Unrated));
    assert_eq!(out.overall_band, Band::High);
}

#[wasm_bindgen_test(unsupported = test)]
fn user_lines_replace_presets() {
    let out = health(
        json!({"thresholds": {"complaintRate": {"riskAbove": "2.5", "highAbove": 5}, "reviewScore": {"riskBelow": "4", "highBelow": 3}}}),
    );
    let m = metric(&out, MetricId::ComplaintRate);
    // 2 % is under 2.5 % → ok; headroom to risk: floor(2.5 × 50 / 100) − 1 = floor(1.25) − 1 = 0.
    assert_eq!(
        (m.band, m.lines_provenance.status),
        (Band::Ok, crate::provenance::Status::Unverified)
    );
    assert_eq!(m.headroom.as_ref().unwrap().additional_bad_orders, 0);
    // Mean 3.67 < 4 (risk) but not < 3 (high).
    assert_eq!(metric(&out, MetricId::ReviewScore).band, Band::Risk);
    // Grace of 30 days: nothing shipped in June has waited 30 days → 0 non-delivered.
    let out = health(json!({"thresholds": {"nonDeliveryAfterDays": 30}}));
    assert_eq!(metric(&out, MetricId::NonDelivery).current.numerator, 0);
}

#[wasm_bindgen_test(unsupported = test)]
fn warning_adds_the_24_hour_plan() {
    let out = health(json!({"warnedAt": "2025-06-30T10:00:00+09:00"}));
    let first = &out.actions[0];
    assert_eq!(first.code, "improvement_plan_within_24h");
    assert_eq!(first.deadline.unwrap().to_string(), "2025-07-01T10:00:00+09:00");
    let codes: Vec<&str> = out.actions.iter().map(|a| a.code).collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "review_complaints_30_days").count(),
        1,
        "deduplicated"
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn csv_matches_the_array_form() {
    // Same facts as a Japanese export: Shift_JIS already decoded by the page, はい/空 flags.
    let csv = "注文番号,注文日時,出荷期限,出荷日,配達完了,キャンセル理由,返品,クレーム,レビュー評価\n\
        A1,2025-06-10 09:15:00,2025-06-12,2025-06-13,はい,,,はい,\n\
        A2,2025/06/11,2025/06/13,2025/06/12,はい,,1,,5\n\
        A3,2025-06-12,2025-06-14,,,在庫切れ,,,\n\
        A4,2025-06-12,2025-06-14,2025-06-13,いいえ,,,,\"2\"\n";
    let input = json!({"csv": {"text": csv}, "evaluationDate": "2025-06-30"});
    let out = store_health(decode_json(&input.to_string()).unwrap()).unwrap();
    let value = |id| metric(&out, id).current.clone();
    // Complaints 1/4 = 25 %; late: A1 shipped after ship-by, A3 cancelled (reason column) → 1/3.
    assert_eq!(
        (value(MetricId::ComplaintRate).numerator, value(MetricId::ComplaintRate).denominator),
        (1, 4)
    );
    assert_eq!(
        (
            value(MetricId::LateShipmentRate).numerator,
            value(MetricId::LateShipmentRate).denominator
        ),
        (1, 3)
    );
    assert_eq!(value(MetricId::CancellationRate).numerator, 1);
    // A4 shipped 06-13, not delivered by 06-30 (> 7 days) → 1.
    assert_eq!(value(MetricId::NonDelivery).numerator, 1);
    // Returns: A2 / 3 non-cancelled = 33.33 %.
    assert_eq!(value(MetricId::ReturnRate).value, Some(dec("33.33")));
    assert_eq!(metric(&out, MetricId::LateShipmentRate).drivers, ["A1"]);
    assert!(out.columns.iter().any(|c| c.field == "orderDate" && c.header == "注文日時"));

    // A header mapping for non-standard names.
    let csv = "id,when,flag\nX,2025-06-01,yes\n";
    let input = json!({"csv": {"text": csv, "columns": {"orderId": "id", "orderDate": "when", "complaint": "flag"}}, "evaluationDate": "2025-06-30"});
    let out = store_health(decode_json(&input.to_string()).unwrap()).unwrap();
    assert_eq!(metric(&out, MetricId::ComplaintRate).drivers, ["X"]);
}

#[wasm_bindgen_test(unsupported = test)]
fn bad_input_is_a_structured_error() {
    let err = |input: Value| decode_json(&input.to_string()).and_then(store_health).unwrap_err();
    let e = err(json!({"evaluationDate": "2025-06-30"}));
    assert_eq!((e.code, e.field.as_str()), ("missing_field", "orders"));
    let e = err(json!({"orders": [], "evaluationDate": "2025-06-31"}));
    assert_eq!((e.code, e.field.as_str()), ("invalid_date", "evaluationDate"));
    let e = err(json!({"orders": [{"orderDate": "2025-06-01", "reviewScore": 6}], "evaluationDate": "2025-06-30"}));
    assert_eq!(e.field, "orders[0].reviewScore");
    let e = err(json!({"orders": [], "evaluationDate": "2025-06-30", "windowDays": 0}));
    assert_eq!((e.code, e.field.as_str()), ("out_of_range", "windowDays"));
    let e = err(json!({"orders": [], "evaluationDate": "2025-06-30", "thresholds": {"complaintRate": {"riskAbove": 3, "highAbove": 2}}}));
    assert_eq!(e.field, "thresholds.complaintRate");
    let e = err(json!({"csv": {"text": "注文番号\nA1\n"}, "evaluationDate": "2025-06-30"}));
    assert_eq!((e.code, e.field.as_str()), ("missing_field", "csv.columns.orderDate"));
    let e = err(json!({"csv": {"text": "注文日\n2025-13-01\n"}, "evaluationDate": "2025-06-30"}));
    assert_eq!((e.code, e.field.as_str()), ("invalid_date", "csv line 2.注文日"));
    let e = err(json!({"csv": {"text": "注文日,クレーム\n2025-06-01,maybe\n"}, "evaluationDate": "2025-06-30"}));
    assert_eq!(e.field, "csv line 2.クレーム");
}

#[wasm_bindgen_test(unsupported = test)]
fn stock_plan_for_super_sale() {
    // SKU A: 3.5 units/day × 7 days × 2 = 49 → order 49 − 20 = 29; alert = ceil(3.5 × 2 × 3) = 21;
    // cover = floor(20 / 7) = 2 days. SKU B: 0.3 × 7 × 2 = 4.2 → ceil 5, on hand 10 → order 0.
    let out = health(json!({"stockPlan": {"items": [
        {"sku": "A", "onHand": 20, "dailyUnits": "3.5", "leadTimeDays": 3},
        {"sku": "B", "onHand": 10, "dailyUnits": 0.3}
    ]}}));
    let plan = out.stock_plan.unwrap();
    let a = &plan.items[0];
    assert_eq!((a.target, a.to_order, a.alert_at, a.days_of_cover), (49, 29, 21, Some(2)));
    let b = &plan.items[1];
    assert_eq!((b.target, b.to_order, b.alert_at), (5, 0, 0));
    assert_eq!(plan.multiplier, Decimal::TWO);
    assert_eq!(plan.cover_days_provenance.status, crate::provenance::Status::Unverified);
}

/// Issue 12: each of these trapped with rust_decimal's "Division overflowed" / "Multiplication
/// overflowed" panic; now each is a coded error naming the field.
#[wasm_bindgen_test(unsupported = test)]
fn extreme_lines_and_stock_speeds_are_coded_errors() {
    let err = |extra: Value| {
        let mut input = json!({"orders": shop(), "evaluationDate": "2025-06-30"});
        for (k, v) in extra.as_object().unwrap() {
            input[k] = v.clone();
        }
        decode_json(&input.to_string()).and_then(store_health).unwrap_err()
    };
    // Every rate metric has a bad order in June, so a line of 1e-28 % is crossed and the recovery
    // solver needs 1 × 100 / 1e-28 = 1e30 clean orders (> Decimal::MAX ≈ 7.9e28).
    let tiny = "0.0000000000000000000000000001";
    for metric in ["complaintRate", "cancellationRate", "lateShipmentRate", "returnRate"] {
        for line in ["investigateAbove", "riskAbove", "highAbove"] {
            let e = err(json!({"thresholds": {metric: {line: tiny}}}));
            assert_eq!(
                (e.code, e.field.as_str()),
                ("overflow", format!("thresholds.{metric}.{line}").as_str()),
                "{metric}.{line}: {}",
                e.message
            );
        }
    }
    // 20 on hand / (1e-28 × 2 a day) = 1e29 days.
    for daily in [json!(tiny), json!(1e-28)] {
        let e = err(json!({"stockPlan": {"items": [{"sku": "A", "onHand": 20, "dailyUnits": daily}]}}));
        assert_eq!(
            (e.code, e.field.as_str()),
            ("overflow", "stockPlan.items[0].dailyUnits"),
            "{}",
            e.message
        );
    }
    // (2^53 − 1) / (1 × 1e-13) ≈ 9.007e28 days > Decimal::MAX.
    let e = err(
        json!({"stockPlan": {"multiplier": "0.0000000000001", "items": [{"sku": "A", "onHand": 9007199254740991u64, "dailyUnits": 1}]}}),
    );
    assert_eq!(
        (e.code, e.field.as_str()),
        ("overflow", "stockPlan.items[0].dailyUnits"),
        "{}",
        e.message
    );
    // 1e-28 × 0.5 needs 29 decimal places: refused, not rounded.
    let e = err(json!({"stockPlan": {"multiplier": "0.5", "items": [{"sku": "A", "onHand": 1, "dailyUnits": tiny}]}}));
    assert_eq!(
        (e.code, e.field.as_str()),
        ("out_of_range", "stockPlan.items[0].dailyUnits"),
        "{}",
        e.message
    );
    let e = err(json!({"plannedOrders": 1_000_000_000_001u64}));
    assert_eq!((e.code, e.field.as_str()), ("out_of_range", "plannedOrders"));
    // A small line that still solves: 1 complaint (C05) at 1e-9 % needs 1 × 100 / 1e-9 = 10^11
    // orders in total; the shop has 50.
    let out = health(json!({"thresholds": {"complaintRate": {"riskAbove": "0.000000001"}}}));
    let recovery = metric(&out, MetricId::ComplaintRate).recovery.as_ref().unwrap();
    assert_eq!(recovery.clean_orders_needed, 100_000_000_000 - 50);
}
