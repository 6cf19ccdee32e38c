use crate::error::{code, Error, Result};
use crate::input::coded;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// Largest amount accepted in an input: ¥10^15 (a thousand trillion yen). Keeps every product
/// with a quantity ≤ 10^9 inside `i128` and every sum of 10^6 lines inside `Decimal`.
pub const MAX_YEN: i64 = 1_000_000_000_000_000;

/// A whole-yen amount. Crosses to JS as a decimal string (`"1234"`, `"-50"`); accepted from JS
/// as a string of digits or a safe integer. Inputs must be non-negative — use
/// [`Yen::deserialize_signed`] for fields that may be negative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Yen(pub i64);

impl Yen {
    pub const ZERO: Yen = Yen(0);

    pub fn checked_add(self, other: Yen) -> Result<Yen> {
        self.0.checked_add(other.0).map(Yen).ok_or_else(overflow)
    }

    pub fn checked_sub(self, other: Yen) -> Result<Yen> {
        self.0.checked_sub(other.0).map(Yen).ok_or_else(overflow)
    }

    /// `self × count` (a unit amount times a number of units, orders or days), exactly.
    pub fn times(self, count: u64) -> Result<Yen> {
        Yen::from_i128(super::mul_i128(i128::from(self.0), i128::from(count))?)
    }

    /// Converts an exact integer result (e.g. from [`crate::money::div_round`]) back to yen.
    pub fn from_i128(value: i128) -> Result<Yen> {
        i64::try_from(value).map(Yen).map_err(|_| overflow())
    }

    /// Parses a whole-yen string: optional `-`, ASCII digits, at most [`MAX_YEN`] in size.
    pub fn parse(text: &str) -> std::result::Result<Yen, (&'static str, String)> {
        let digits = text.strip_prefix('-').unwrap_or(text);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            let why = if digits.contains('.') {
                "must be whole yen (no fraction)".to_string()
            } else {
                format!(
                    "{text:?} is not a whole number of yen; write ASCII digits, e.g. \"3980\" (normalizeNumber turns \"¥3,980\" into that)"
                )
            };
            return Err((code::INVALID_AMOUNT, why));
        }
        // Leading zeros are not magnitude: "000…0001" is ¥1 however long.
        let significant = digits.trim_start_matches('0');
        let value: i128 = match significant.len() {
            0 => 0,
            // 18 digits fit an i64, whose parser is much cheaper than i128's in wasm.
            1..=18 => significant.parse::<i64>().map_or(i128::MAX, i128::from),
            19 => significant.parse().unwrap_or(i128::MAX),
            _ => i128::MAX,
        };
        if value > MAX_YEN as i128 {
            return Err((code::OVERFLOW, format!("amount exceeds the maximum of {MAX_YEN} yen")));
        }
        let value = if text.starts_with('-') { value.wrapping_neg() } else { value };
        // |value| ≤ MAX_YEN < i64::MAX, checked above.
        Yen::from_i128(value).map_err(|e| (e.code, e.message))
    }

    /// `deserialize_with` helper for input fields that may be negative (adjustments, refunds).
    pub fn deserialize_signed<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Yen, D::Error> {
        d.deserialize_any(YenVisitor { allow_negative: true })
    }
}

fn overflow() -> Error {
    Error::new(code::OVERFLOW, "", "the result does not fit in the supported yen range")
}

/// An integer written in ASCII digits (a leading `-` allowed) with a comma between thousands, as
/// zh, ja and en all write yen: "7800" → "7,800", "-1234567" → "-1,234,567". Anything that is not
/// such an integer (a decimal point, a letter) comes back unchanged.
pub fn group_thousands(integer: &str) -> String {
    let (sign, digits) = match integer.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", integer),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return integer.to_string();
    }
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && digits.len().saturating_sub(i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl Yen {
    /// The amount with thousands separators, for text people read: ¥7800 → "7,800".
    pub fn grouped(self) -> String {
        group_thousands(&self.0.to_string())
    }
}

impl fmt::Display for Yen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for Yen {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Yen {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Yen, D::Error> {
        d.deserialize_any(YenVisitor { allow_negative: false })
    }
}

struct YenVisitor {
    allow_negative: bool,
}

impl YenVisitor {
    fn check<E: de::Error>(&self, yen: Yen) -> std::result::Result<Yen, E> {
        if yen.0 < 0 && !self.allow_negative {
            return Err(coded(code::INVALID_AMOUNT, "must not be negative"));
        }
        if yen.0.unsigned_abs() > MAX_YEN as u64 {
            return Err(coded(code::OVERFLOW, format_args!("amount exceeds the maximum of {MAX_YEN} yen")));
        }
        Ok(yen)
    }
}

impl<'de> Visitor<'de> for YenVisitor {
    type Value = Yen;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("whole yen as a decimal string or an integer")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Yen, E> {
        self.check(Yen(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Yen, E> {
        match i64::try_from(v) {
            Ok(v) => self.check(Yen(v)),
            Err(_) => Err(coded(code::OVERFLOW, format_args!("amount exceeds the maximum of {MAX_YEN} yen"))),
        }
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Yen, E> {
        // JS numbers arrive as f64. Accept only exact integers that a double represents exactly.
        const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
        if !v.is_finite() {
            return Err(coded(code::INVALID_AMOUNT, "must be a finite number"));
        }
        if v.fract() != 0.0 {
            return Err(coded(code::INVALID_AMOUNT, "must be whole yen (no fraction)"));
        }
        if v.abs() > MAX_SAFE {
            return Err(coded(
                code::OVERFLOW,
                "numbers above 2^53 lose precision; pass the amount as a string",
            ));
        }
        self.check(Yen(v as i64))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Yen, E> {
        let yen = Yen::parse(v).map_err(|(code, why)| coded::<E>(code, why))?;
        self.check(yen)
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Yen, E> {
        Err(coded(
            code::INVALID_AMOUNT,
            "must be whole yen (null, NaN and Infinity are not amounts)",
        ))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<Yen, E> {
        Err(coded(code::INVALID_AMOUNT, "must be whole yen, not a boolean"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn accepts_strings_and_integers() {
        assert_eq!(decode_json::<Yen>("\"1200\"").unwrap(), Yen(1200));
        assert_eq!(decode_json::<Yen>("1200").unwrap(), Yen(1200));
        assert_eq!(decode_json::<Yen>("1200.0").unwrap(), Yen(1200));
        assert_eq!(serde_json::to_string(&Yen(-5)).unwrap(), "\"-5\"");
        // 20 characters, but ¥1: leading zeros are not magnitude (found by tests/props_money.rs).
        assert_eq!(decode_json::<Yen>("\"00000000000000000001\"").unwrap(), Yen(1));
    }

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn groups_thousands_for_text() {
        // By hand: 7800 → 7,800; 999 has no group; 1,000,000 has two; the sign stays in front.
        assert_eq!(Yen(7800).grouped(), "7,800");
        assert_eq!(Yen(999).grouped(), "999");
        assert_eq!(Yen(1_000_000).grouped(), "1,000,000");
        assert_eq!(Yen(-1_234_567).grouped(), "-1,234,567");
        assert_eq!(Yen(0).grouped(), "0");
        assert_eq!(group_thousands("999999999999"), "999,999,999,999");
        assert_eq!(group_thousands("12.5"), "12.5");
        assert_eq!(group_thousands("-"), "-");
    }

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn rejects_fractions_negatives_and_garbage() {
        for bad in [
            "\"12.5\"",
            "12.5",
            "-1",
            "\"-1\"",
            "\"１２\"",
            "\" 12\"",
            "\"\"",
            "\"1e3\"",
            "null",
            "true",
        ] {
            assert_eq!(decode_json::<Yen>(bad).unwrap_err().code, "invalid_amount", "{bad}");
        }
        for big in ["\"1000000000000001\"", "\"99999999999999999999999\"", "1e300"] {
            assert_eq!(decode_json::<Yen>(big).unwrap_err().code, "overflow", "{big}");
        }
    }
}
