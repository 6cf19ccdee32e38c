//! Property tests for exact money: whole-yen parsing and encoding, percent rates, and the four
//! rounding modes of `div_round`, checked against their definitions and against rust_decimal's
//! independent rounding. Native only (proptest needs an OS); `cargo test --test props_money`.
#![cfg(not(target_arch = "wasm32"))]

use jpseller::input::decode_json;
use jpseller::money::{div_round, Percent, Rounding, Yen, MAX_YEN};
use proptest::prelude::*;
use rust_decimal::Decimal;

const MODES: [Rounding; 4] = [Rounding::Floor, Rounding::HalfUp, Rounding::Ceil, Rounding::HalfEven];

fn any_mode() -> impl Strategy<Value = Rounding> {
    prop::sample::select(&MODES[..])
}

fn yen_amount() -> impl Strategy<Value = i64> {
    // Edges get extra weight: 0, ±1, the maximum and its neighbours.
    prop_oneof![Just(0i64), Just(1i64), Just(MAX_YEN), Just(MAX_YEN - 1), 0..=MAX_YEN, 0..=10_000i64,]
}

/// What decoding a string must give: its value, or the error code. Negative input is refused
/// (`invalid_amount`) unless its size alone is already out of range (`overflow`); "-0" is zero.
fn expected(text: &str) -> Result<i64, &'static str> {
    let negative = text.starts_with('-');
    let digits = text.strip_prefix('-').unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err("invalid_amount");
    }
    let significant = digits.trim_start_matches('0');
    let value = if significant.len() > 16 {
        None
    } else {
        significant.parse::<i64>().ok().or(Some(0))
    };
    match value {
        Some(v) if v <= MAX_YEN => match (negative, v) {
            (true, 0) | (false, _) => Ok(v),
            (true, _) => Err("invalid_amount"),
        },
        _ => Err("overflow"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Yen crosses as a decimal string and comes back unchanged, from a string or a JSON integer.
    #[test]
    fn yen_round_trips_through_json(v in yen_amount()) {
        let text = serde_json::to_string(&Yen(v)).unwrap();
        prop_assert_eq!(&text, &format!("\"{v}\""));
        prop_assert_eq!(decode_json::<Yen>(&text).unwrap(), Yen(v));
        prop_assert_eq!(decode_json::<Yen>(&v.to_string()).unwrap(), Yen(v));
    }

    /// Any string either decodes to exactly its digits or fails with `invalid_amount` / `overflow`;
    /// nothing panics and nothing is clamped.
    #[test]
    fn yen_strings_decode_or_fail_with_a_code(text in prop_oneof![
        "[-+ 0-9.,eE０-９]{0,24}",
        "\\PC{0,12}",
        "0{0,30}[0-9]{1,20}",
    ]) {
        let json = serde_json::to_string(&text).unwrap();
        match (decode_json::<Yen>(&json), expected(&text)) {
            (Ok(yen), Ok(v)) => prop_assert_eq!(yen.0, v),
            (Err(e), Err(code)) => prop_assert_eq!(e.code, code, "{:?}: {}", text, e.message),
            (got, want) => prop_assert!(false, "{:?}: got {:?}, expected {:?}", text, got, want),
        }
    }

    /// JS numbers: exact integers up to the maximum are accepted; fractions, negatives and
    /// anything past ¥10^15 are errors.
    #[test]
    fn yen_numbers(v in prop_oneof![any::<f64>(), (-2e15f64..2e15).prop_map(f64::trunc), -1e3f64..1e3]) {
        let json = serde_json::to_string(&v).unwrap(); // NaN/∞ become null
        let decoded = decode_json::<Yen>(&json);
        if v < 0.0 && v.is_finite() && v.fract() == 0.0 {
            // Refused either as negative or, past 2^53, as out of range.
            prop_assert!(["invalid_amount", "overflow"].contains(&decoded.unwrap_err().code));
        } else if !v.is_finite() || v.fract() != 0.0 {
            prop_assert_eq!(decoded.unwrap_err().code, "invalid_amount");
        } else if v > MAX_YEN as f64 {
            prop_assert_eq!(decoded.unwrap_err().code, "overflow");
        } else {
            // Includes -0.0, the integer zero.
            prop_assert_eq!(decoded.unwrap(), Yen(v as i64));
        }
    }

    /// A JS number crosses as its shortest round-trip text (what JSON.stringify writes, and what
    /// ryu writes here); the decoder must get the same f64 back bit for bit, or an exact integer
    /// such as 1972719489950995 would arrive a quarter-yen off (serde_json's `float_roundtrip`).
    #[test]
    fn js_numbers_arrive_bit_exact(v in any::<f64>().prop_filter("finite", |v| v.is_finite())) {
        let text = serde_json::to_string(&v).unwrap();
        prop_assert_eq!(decode_json::<f64>(&text).unwrap().to_bits(), v.to_bits());
    }

    /// Checked arithmetic never panics and agrees with i64's.
    #[test]
    fn yen_checked_arithmetic(a in any::<i64>(), b in any::<i64>()) {
        prop_assert_eq!(Yen(a).checked_add(Yen(b)).ok(), a.checked_add(b).map(Yen));
        prop_assert_eq!(Yen(a).checked_sub(Yen(b)).ok(), a.checked_sub(b).map(Yen));
        if let Err(e) = Yen(a).checked_add(Yen(b)) { prop_assert_eq!(e.code, "overflow"); }
        prop_assert_eq!(Yen::from_i128(a as i128 * 3).ok(), a.checked_mul(3).map(Yen));
    }

    /// Rates in [0, 100] round-trip as their normalized decimal; outside is `invalid_rate`.
    #[test]
    fn percent_strings(units in -1_000_000i64..=1_100_000, scale in 0u32..=4) {
        let value = Decimal::new(units, scale);
        let decoded = decode_json::<Percent>(&format!("\"{value}\""));
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            prop_assert_eq!(decoded.unwrap_err().code, "invalid_rate");
        } else {
            let percent = decoded.unwrap();
            prop_assert_eq!(percent.0, value);
            prop_assert_eq!(percent.to_string(), value.normalize().to_string());
            prop_assert_eq!(percent.fraction() * Decimal::ONE_HUNDRED, value);
        }
    }

    /// Each mode by its definition, for any numerator and a non-zero denominator of either sign.
    #[test]
    fn div_round_meets_each_definition(n in -(10i128.pow(30))..10i128.pow(30), d in prop_oneof![1i128..=1_000, -1_000i128..=-1, 1i128..=10i128.pow(12)]) {
        // Work with a positive denominator: n/d = sn/sd.
        let (sn, sd) = if d < 0 { (-n, -d) } else { (n, d) };
        let results = MODES.map(|mode| div_round(n, d, mode).unwrap());
        let [floor, half_up, ceil, half_even] = results;
        // floor: floor·d ≤ n < (floor+1)·d; ceil: (ceil−1)·d < n ≤ ceil·d.
        prop_assert!(floor * sd <= sn && sn < (floor + 1) * sd);
        prop_assert!((ceil - 1) * sd < sn && sn <= ceil * sd);
        prop_assert_eq!(ceil - floor, if sn % sd == 0 { 0 } else { 1 });
        // Nearest modes: within half a unit; ties away from zero (half_up) or to even (half_even).
        for r in [half_up, half_even] {
            prop_assert!((2 * (sn - r * sd)).abs() <= sd);
            prop_assert!(r == floor || r == ceil);
        }
        let tie = 2 * (sn - floor * sd) == sd;
        if tie {
            prop_assert_eq!(half_up, if sn > 0 { ceil } else { floor });
            prop_assert_eq!(half_even % 2, 0);
        } else {
            prop_assert_eq!(half_up, half_even);
        }
    }

    /// The same results as rust_decimal's rounding of the (exactly representable or far from a
    /// tie) quotient — an independent implementation.
    #[test]
    fn div_round_agrees_with_rust_decimal(n in -(10i128.pow(15))..10i128.pow(15), d in 1i128..=1_000_000, mode in any_mode()) {
        let quotient = Decimal::from_i128_with_scale(n, 0) / Decimal::from_i128_with_scale(d, 0);
        // |n/d| < 10^15 leaves ≥ 12 fractional digits; a non-tie is ≥ 1/(2d) ≥ 5·10^-7 from .5,
        // so the 28-digit quotient cannot round to the other side.
        let expected = mode.round(quotient);
        prop_assert_eq!(Decimal::from_i128_with_scale(div_round(n, d, mode).unwrap(), 0), expected);
    }

    /// Rounding is monotone in the numerator for every mode.
    #[test]
    fn div_round_is_monotone(a in -(10i128.pow(20))..10i128.pow(20), step in 0i128..1_000_000, d in 1i128..=10_000, mode in any_mode()) {
        prop_assert!(div_round(a, d, mode).unwrap() <= div_round(a + step, d, mode).unwrap());
    }
}

#[test]
fn division_by_zero_is_an_error_not_a_panic() {
    for mode in MODES {
        assert_eq!(div_round(1, 0, mode).unwrap_err().code, "invalid_input");
    }
}
