//! Property tests for consumption tax, through the same JSON path the wasm boundary uses
//! (`api::call`): splits reconcile to the yen, each rounding mode stays within its definition,
//! inclusive↔exclusive round trips, invoices reconcile per rate and ignore line order, and
//! extreme amounts give `overflow` errors instead of panics. Native only (proptest).
#![cfg(not(target_arch = "wasm32"))]

use jpseller::api;
use jpseller::money::MAX_YEN;
use proptest::prelude::*;
use serde_json::{json, Value};

const MODES: [&str; 4] = ["floor", "half_up", "ceil", "half_even"];

fn mode() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&MODES[..])
}

fn rate() -> impl Strategy<Value = i128> {
    prop::sample::select(&[10i128, 8][..])
}

fn amount() -> impl Strategy<Value = i64> {
    prop_oneof![0..=MAX_YEN, 0..=100_000i64, Just(MAX_YEN), Just(0)]
}

fn call(name: &str, input: Value) -> Result<Value, jpseller::error::Error> {
    api::call(name, &[&input.to_string()]).map(|text| serde_json::from_str(&text).unwrap())
}

fn yen(v: &Value) -> i128 {
    v.as_str().expect("yen crosses as a string").parse().expect("whole yen")
}

/// (excl, tax, incl) of `priceWithTax`.
fn split(price: i64, rate: i128, includes_tax: bool, rounding: &str) -> (i128, i128, i128) {
    let out = call(
        "priceWithTax",
        json!({ "price": price.to_string(), "rate": rate.to_string(), "includesTax": includes_tax, "rounding": rounding }),
    )
    .expect("every amount up to the maximum has a split");
    (yen(&out["excl"]), yen(&out["tax"]), yen(&out["incl"]))
}

/// `value` = numerator / denominator rounded by `mode`, checked by the definition.
fn is_rounding_of(value: i128, numerator: i128, denominator: i128, mode: &str) -> bool {
    let remainder = numerator - value * denominator; // numerator/denominator − value, scaled
    match mode {
        "floor" => 0 <= remainder && remainder < denominator,
        "ceil" => -denominator < remainder && remainder <= 0,
        // Amounts are non-negative: n/d − value ∈ [−½, ½) for half_up (ties go up), and
        // ∈ [−½, ½] with an even value on a tie for half_even.
        "half_up" => -denominator <= 2 * remainder && 2 * remainder < denominator,
        "half_even" => {
            (-denominator <= 2 * remainder && 2 * remainder <= denominator) && (2 * remainder.abs() != denominator || value % 2 == 0)
        }
        _ => unreachable!(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    /// excl + tax = incl exactly, and tax is the stated rounding of the exact tax.
    #[test]
    fn a_split_reconciles_and_rounds_as_stated(price in amount(), rate in rate(), includes_tax in any::<bool>(), rounding in mode()) {
        let (excl, tax, incl) = split(price, rate, includes_tax, rounding);
        prop_assert_eq!(excl + tax, incl);
        prop_assert!(tax >= 0 && excl >= 0);
        if includes_tax {
            prop_assert_eq!(incl, price as i128);
            // tax = round(incl × r / (100 + r))
            prop_assert!(is_rounding_of(tax, incl * rate, 100 + rate, rounding), "{} incl {}% {} → tax {}", price, rate, rounding, tax);
        } else {
            prop_assert_eq!(excl, price as i128);
            // tax = round(excl × r / 100)
            prop_assert!(is_rounding_of(tax, excl * rate, 100, rounding), "{} excl {}% {} → tax {}", price, rate, rounding, tax);
        }
    }

    /// Exclusive → inclusive → exclusive is exact for every mode. Hand derivation: with
    /// x·p = 100·t + e and |e| < 100 (e ∈ [0, 100) floor, (−100, 0] ceil, [−50, 50] nearest),
    /// (x + t)·p = t·(100 + p) + e, and |e| / (100 + p) < 100/108 < 1 (and ≤ 50/108 < ½ for the
    /// nearest modes), so rounding (x + t)·p / (100 + p) gives t back.
    #[test]
    fn exclusive_to_inclusive_round_trips(price in 0..=MAX_YEN / 2, rate in rate(), rounding in mode()) {
        let (excl, tax, incl) = split(price, rate, false, rounding);
        let (back_excl, back_tax, back_incl) = split(incl as i64, rate, true, rounding);
        prop_assert_eq!((back_excl, back_tax, back_incl), (excl, tax, incl));
    }

    /// Inclusive → exclusive → inclusive is within one yen: with incl·p/(100 + p) = t + f,
    /// (incl − t)·p/100 = t + f·(100 + p)/100, and |f|·(100 + p)/100 < 1.1 — the two exact taxes
    /// differ by less than 0.11 yen beyond f, so their roundings differ by at most one yen.
    #[test]
    fn inclusive_to_exclusive_is_within_one_yen(price in amount(), rate in rate(), rounding in mode()) {
        let (excl, tax, _) = split(price, rate, true, rounding);
        let (_, again_tax, again_incl) = split(excl as i64, rate, false, rounding);
        prop_assert!((again_tax - tax).abs() <= 1);
        prop_assert!((again_incl - price as i128).abs() <= 1);
    }

    /// More money never means less tax, and floor ≤ nearest ≤ ceil.
    #[test]
    fn tax_is_monotone_and_modes_are_ordered(price in 0..MAX_YEN - 1_000, step in 0i64..1_000, rate in rate(), includes_tax in any::<bool>(), rounding in mode()) {
        prop_assert!(split(price, rate, includes_tax, rounding).1 <= split(price + step, rate, includes_tax, rounding).1);
        let taxes = MODES.map(|m| split(price, rate, includes_tax, m).1);
        let [floor, half_up, ceil, half_even] = taxes;
        prop_assert!(floor <= half_up && half_up <= ceil && floor <= half_even && half_even <= ceil && ceil - floor <= 1);
    }

    /// An invoice reconciles to the yen: per rate, net + tax = gross and the rate's subtotal is
    /// exactly Σ amount × quantity, its tax is the split of that subtotal (rounded once); the
    /// totals are the sums over rates. Line order changes nothing.
    #[test]
    fn invoices_reconcile_and_ignore_line_order(
        lines in prop::collection::vec((0..=10_000_000i64, 1..=1_000u64, rate()), 0..40),
        prices_include_tax in any::<bool>(),
        rounding in mode(),
        rotate in 0usize..40,
    ) {
        let to_json = |lines: &[(i64, u64, i128)]| lines.iter().map(|(a, q, r)| json!({ "amount": a.to_string(), "quantity": q, "rate": r.to_string() })).collect::<Vec<_>>();
        let input = json!({ "lines": to_json(&lines), "pricesIncludeTax": prices_include_tax, "rounding": rounding });
        let out = call("invoiceTax", input).unwrap();
        let mut totals = (0, 0, 0);
        for entry in out["byRate"].as_array().unwrap() {
            let rate: i128 = entry["rate"].as_str().unwrap().parse().unwrap();
            let (net, tax, gross) = (yen(&entry["net"]), yen(&entry["tax"]), yen(&entry["gross"]));
            prop_assert_eq!(net + tax, gross);
            let subtotal: i128 = lines.iter().filter(|l| l.2 == rate).map(|(a, q, _)| *a as i128 * *q as i128).sum();
            prop_assert_eq!(if prices_include_tax { gross } else { net }, subtotal);
            prop_assert_eq!((net, tax, gross), split(subtotal as i64, rate, prices_include_tax, rounding));
            totals = (totals.0 + net, totals.1 + tax, totals.2 + gross);
        }
        prop_assert_eq!(totals, (yen(&out["net"]), yen(&out["tax"]), yen(&out["gross"])));
        let rates_present = [10, 8].iter().filter(|r| lines.iter().any(|l| l.2 == **r)).count();
        prop_assert_eq!(out["byRate"].as_array().unwrap().len(), rates_present);

        let mut shuffled = lines.clone();
        if !shuffled.is_empty() {
            let k = rotate % shuffled.len();
            shuffled.rotate_left(k);
            shuffled.reverse();
        }
        let again = call("invoiceTax", json!({ "lines": to_json(&shuffled), "pricesIncludeTax": prices_include_tax, "rounding": rounding })).unwrap();
        prop_assert_eq!(again, out);
    }

    /// `includeLines` gives each line's own split, which reconciles, and rounding once per rate
    /// differs from the sum of per-line roundings by less than one yen per line.
    #[test]
    fn per_line_reference_splits(lines in prop::collection::vec((0..=1_000_000i64, 1..=100u64, rate()), 1..30), prices_include_tax in any::<bool>(), rounding in mode()) {
        let input = json!({
            "lines": lines.iter().map(|(a, q, r)| json!({ "amount": a, "quantity": q.to_string(), "rate": *r as i64 })).collect::<Vec<_>>(),
            "pricesIncludeTax": prices_include_tax, "rounding": rounding, "includeLines": true,
        });
        let out = call("invoiceTax", input).unwrap();
        let splits = out["lines"].as_array().unwrap();
        prop_assert_eq!(splits.len(), lines.len());
        let mut per_line_tax = 0;
        for ((a, q, r), s) in lines.iter().zip(splits) {
            let extended = (*a as i128 * *q as i128) as i64;
            prop_assert_eq!((yen(&s["excl"]), yen(&s["tax"]), yen(&s["incl"])), split(extended, *r, prices_include_tax, rounding));
            per_line_tax += yen(&s["tax"]);
        }
        prop_assert!((per_line_tax - yen(&out["tax"])).abs() < lines.len() as i128 + 2);
    }

    /// Extreme amounts and quantities: a result that reconciles, or an `overflow` error — never a
    /// panic, never a wrapped number.
    #[test]
    fn extreme_invoices_overflow_cleanly(
        lines in prop::collection::vec((prop_oneof![Just(MAX_YEN), MAX_YEN / 2..=MAX_YEN, 0..=MAX_YEN], prop_oneof![Just(1_000_000_000u64), 1..=1_000_000_000u64], rate()), 1..20),
        prices_include_tax in any::<bool>(),
        rounding in mode(),
    ) {
        let input = json!({
            "lines": lines.iter().map(|(a, q, r)| json!({ "amount": a.to_string(), "quantity": q, "rate": r.to_string() })).collect::<Vec<_>>(),
            "pricesIncludeTax": prices_include_tax, "rounding": rounding, "includeLines": true,
        });
        let exact_total: i128 = lines.iter().map(|(a, q, _)| *a as i128 * *q as i128).sum();
        match call("invoiceTax", input) {
            Ok(out) => {
                prop_assert_eq!(yen(&out["net"]) + yen(&out["tax"]), yen(&out["gross"]));
                prop_assert_eq!(if prices_include_tax { yen(&out["gross"]) } else { yen(&out["net"]) }, exact_total);
            }
            Err(e) => {
                prop_assert_eq!(e.code, "overflow");
                // Only refused when something truly leaves the i64 yen range: inclusive prices are
                // the gross already; exclusive ones gain at most 10 % of tax.
                let gross = |net: i128| if prices_include_tax { net } else { net * 11 / 10 };
                prop_assert!(gross(exact_total) > i64::MAX as i128 || lines.iter().any(|(a, q, _)| gross(*a as i128 * *q as i128) > i64::MAX as i128));
            }
        }
    }
}
