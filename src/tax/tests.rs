//! Golden cases worked by hand (arithmetic beside each). These run natively, and compiled to wasm
//! in Node and headless Chromium (`wasm_bindgen_test(unsupported = test)`).

use super::*;
use crate::input::decode_json;
use wasm_bindgen_test::wasm_bindgen_test;

fn price(json: &str) -> PriceOutput {
    price_with_tax(decode_json(json).unwrap()).unwrap()
}

fn triple(out: &PriceOutput) -> (i64, i64, i64) {
    (out.excl.0, out.tax.0, out.incl.0)
}

#[wasm_bindgen_test(unsupported = test)]
fn exclusive_price_at_ten_percent() {
    // 1,980 × 10 % = 198.0 → tax 198; incl = 1,980 + 198 = 2,178.
    assert_eq!(triple(&price(r#"{"price":"1980","rate":"10"}"#)), (1980, 198, 2178));
    // 1,999 × 10 % = 199.9 → floor 199, half_up 200, ceil 200.
    assert_eq!(triple(&price(r#"{"price":1999,"rate":"10"}"#)), (1999, 199, 2198));
    assert_eq!(
        triple(&price(r#"{"price":1999,"rate":"10","rounding":"half_up"}"#)),
        (1999, 200, 2199)
    );
    assert_eq!(triple(&price(r#"{"price":1999,"rate":"10","rounding":"ceil"}"#)), (1999, 200, 2199));
}

#[wasm_bindgen_test(unsupported = test)]
fn exclusive_price_at_eight_percent_and_ties() {
    // 1,234 × 8 % = 98.72 → floor 98; incl 1,332.
    assert_eq!(triple(&price(r#"{"price":"1234","rate":"reduced"}"#)), (1234, 98, 1332));
    // 25 × 10 % = 2.5: floor 2, half_up 3, half_even 2, ceil 3.
    let tie = |mode: &str| price(&format!(r#"{{"price":25,"rate":10,"rounding":"{mode}"}}"#)).tax.0;
    assert_eq!([tie("floor"), tie("half_up"), tie("half_even"), tie("ceil")], [2, 3, 2, 3]);
    // 35 × 10 % = 3.5: half_even → 4 (4 is even).
    assert_eq!(tie_at(35), 4);
}

fn tie_at(price_yen: i64) -> i64 {
    price(&format!(r#"{{"price":{price_yen},"rate":"10","rounding":"half_even"}}"#))
        .tax
        .0
}

#[wasm_bindgen_test(unsupported = test)]
fn inclusive_price_back_calculates_tax() {
    // 1,100 incl: 1,100 × 10 / 110 = 100 exactly → excl 1,000.
    assert_eq!(
        triple(&price(r#"{"price":"1100","rate":"10","includesTax":true}"#)),
        (1000, 100, 1100)
    );
    // 1,000 incl: 1,000 × 10 / 110 = 90.909… → floor 90, excl 910; half_up 91, excl 909.
    assert_eq!(
        triple(&price(r#"{"price":"1000","rate":"10","includesTax":true}"#)),
        (910, 90, 1000)
    );
    assert_eq!(
        triple(&price(r#"{"price":"1000","rate":"10","includesTax":true,"rounding":"half_up"}"#)),
        (909, 91, 1000)
    );
    // 540 incl at 8 %: 540 × 8 / 108 = 40 exactly → excl 500.
    assert_eq!(triple(&price(r#"{"price":"540","rate":"8","includesTax":true}"#)), (500, 40, 540));
}

#[wasm_bindgen_test(unsupported = test)]
fn invoice_rounds_once_per_rate_not_per_line() {
    // Three 10 % lines of ¥105: per line 10.5 → floor 10 each = 30 (wrong method);
    // per invoice: 315 × 10 % = 31.5 → floor 31.
    // One 8 % line ¥198 × 2 = 396 × 8 % = 31.68 → floor 31.
    let out = invoice_tax(
        decode_json(
            r#"{"lines":[{"amount":"105","quantity":1,"rate":"10"},{"amount":"105","quantity":2,"rate":"10"},
                {"amount":"198","quantity":2,"rate":"8"}],"includeLines":true}"#,
        )
        .unwrap(),
    )
    .unwrap();
    let rates: Vec<_> = out
        .by_rate
        .iter()
        .map(|r| (r.rate.percent(), r.net.0, r.tax.0, r.gross.0))
        .collect();
    assert_eq!(rates, vec![(10, 315, 31, 346), (8, 396, 31, 427)]);
    // Totals: net 315 + 396 = 711; tax 31 + 31 = 62; gross 346 + 427 = 773.
    assert_eq!((out.net.0, out.tax.0, out.gross.0), (711, 62, 773));
    // The per-line reference splits: 105 → 10; 210 → 21; 396 → 31 (sum 62 here by coincidence of
    // the 8 % line; the 10 % lines sum to 31 only because 210's 21.0 is exact).
    let line_tax: Vec<_> = out.lines.unwrap().iter().map(|l| l.tax.0).collect();
    assert_eq!(line_tax, vec![10, 21, 31]);
}

#[wasm_bindgen_test(unsupported = test)]
fn invoice_with_tax_inclusive_prices() {
    // 10 %: 1,000 × 3 = 3,000 incl → 3,000 × 10 / 110 = 272.72… → floor 272, net 2,728.
    // 8 %: 324 × 1 = 324 incl → 324 × 8 / 108 = 24 exactly, net 300.
    let out = invoice_tax(
        decode_json(
            r#"{"lines":[{"amount":"324","quantity":"1","rate":"8"},{"amount":1000,"quantity":3,"rate":"standard"}],
                "pricesIncludeTax":true}"#,
        )
        .unwrap(),
    )
    .unwrap();
    let rates: Vec<_> = out
        .by_rate
        .iter()
        .map(|r| (r.rate.percent(), r.net.0, r.tax.0, r.gross.0))
        .collect();
    assert_eq!(rates, vec![(10, 2728, 272, 3000), (8, 300, 24, 324)]);
    assert_eq!((out.net.0, out.tax.0, out.gross.0), (3028, 296, 3324));
    assert!(out.lines.is_none());
}

#[wasm_bindgen_test(unsupported = test)]
fn bad_inputs_name_code_and_field() {
    let err = |json: &str| {
        let e = decode_json::<InvoiceInput>(json).and_then(invoice_tax).unwrap_err();
        (e.code, e.field)
    };
    let line = |body: &str| format!(r#"{{"lines":[{{"amount":"1","quantity":1,"rate":"10"}},{body}]}}"#);
    assert_eq!(
        err(&line(r#"{"amount":"-1","quantity":1,"rate":"10"}"#)),
        ("invalid_amount", "lines[1].amount".into())
    );
    assert_eq!(
        err(&line(r#"{"amount":"1.5","quantity":1,"rate":"10"}"#)),
        ("invalid_amount", "lines[1].amount".into())
    );
    assert_eq!(
        err(&line(r#"{"amount":"abc","quantity":1,"rate":"10"}"#)),
        ("invalid_amount", "lines[1].amount".into())
    );
    assert_eq!(
        err(&line(r#"{"amount":"1","quantity":0,"rate":"10"}"#)),
        ("invalid_quantity", "lines[1].quantity".into())
    );
    assert_eq!(
        err(&line(r#"{"amount":"1","quantity":1000000001,"rate":"10"}"#)),
        ("invalid_quantity", "lines[1].quantity".into())
    );
    assert_eq!(
        err(&line(r#"{"amount":"1","quantity":1,"rate":"5"}"#)),
        ("invalid_rate", "lines[1].rate".into())
    );
    assert_eq!(
        err(&line(r#"{"quantity":1,"rate":"10"}"#)),
        ("missing_field", "lines[1].amount".into())
    );
    assert_eq!(err(r#"{"lines":[],"rounding":"up"}"#), ("invalid_input", "rounding".into()));
    assert_eq!(err(r#"{}"#), ("missing_field", "lines".into()));
}

#[wasm_bindgen_test(unsupported = test)]
fn overflow_is_an_error_not_a_wrong_number() {
    // 10^15 × 10^9 = 10^24 yen: fits i128 while summing, not the i64 yen range of the result.
    let json = r#"{"lines":[{"amount":"1000000000000000","quantity":1000000000,"rate":"10"}]}"#;
    let e = invoice_tax(decode_json(json).unwrap()).unwrap_err();
    assert_eq!(e.code, "overflow");
    // The largest single price still computes: 10^15 × 1.1 = 1.1 × 10^15.
    assert_eq!(
        triple(&price(r#"{"price":"1000000000000000","rate":"10"}"#)),
        (1_000_000_000_000_000, 100_000_000_000_000, 1_100_000_000_000_000)
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn inclusive_and_exclusive_agree_on_round_trip() {
    // Write p = 10q + r (0 ≤ r ≤ 9): incl = p + floor(p/10) = 11q + r, and backing out
    // floor(incl × 10 / 110) = floor(q + r/11) = q, the original tax, so excl == p.
    for p in 0..5_000i64 {
        let fwd = split(Yen(p), TaxRate::Standard, false, Rounding::Floor).unwrap();
        let back = split(fwd.incl, TaxRate::Standard, true, Rounding::Floor).unwrap();
        assert_eq!(back.excl.0, p, "price {p}");
    }
}
