use super::number::{decimal_from_f64, parse_decimal, MAX_PERCENT_PLACES};
use crate::error::code;
use crate::input::coded;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A rate in percent (`"7"` = 7 %, `"0.1"` = 0.1 %), exact. Accepted as a decimal string or a
/// JS number (converted through its shortest decimal text, so `0.1` is exactly 0.1 %), in
/// `[0, 100]`. Serialized as a decimal string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Percent(pub Decimal);

impl Percent {
    /// The decimal grammar of [`super::number`], optionally followed by `%`, at most
    /// [`MAX_PERCENT_PLACES`] decimal places, in `[0, 100]`.
    pub fn from_str_checked(text: &str) -> Result<Percent, String> {
        let trimmed = text.strip_suffix('%').unwrap_or(text);
        let value = parse_decimal(trimmed, MAX_PERCENT_PLACES).map_err(|why| format!("{why} (a percentage, e.g. \"7\" or \"3.5%\")"))?;
        Percent::in_range(value, text)
    }

    fn in_range(value: Decimal, text: &str) -> Result<Percent, String> {
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(format!("{text} is outside 0–100 %"));
        }
        Ok(Percent(value.normalize()))
    }

    /// The rate as a fraction (7 % → 0.07).
    pub fn fraction(self) -> Decimal {
        // Exact for parsed rates: `from_str_checked` keeps at most MAX_PERCENT_PLACES (26) decimal
        // places, so the two-place shift stays within Decimal's 28. Dividing by a non-zero
        // constant cannot fail, so the default is never used.
        self.0.checked_div(Decimal::ONE_HUNDRED).unwrap_or_default()
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Percent, D::Error> {
        struct PercentVisitor;
        impl<'de> Visitor<'de> for PercentVisitor {
            type Value = Percent;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a percentage as a decimal string or number")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Percent, E> {
                Percent::from_str_checked(v).map_err(|why| coded(code::INVALID_RATE, why))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Percent, E> {
                if !v.is_finite() {
                    return Err(coded(code::INVALID_RATE, "must be a finite number"));
                }
                // Rust's f64 Display is the shortest round-trip text, like JS's Number#toString
                // (and never uses an exponent).
                let value = decimal_from_f64(v, MAX_PERCENT_PLACES).map_err(|why| coded(code::INVALID_RATE, why))?;
                Percent::in_range(value, &v.to_string()).map_err(|why| coded(code::INVALID_RATE, why))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Percent, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Percent, E> {
                self.visit_str(&v.to_string())
            }
        }
        d.deserialize_any(PercentVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn parses_strings_and_numbers_exactly() {
        assert_eq!(decode_json::<Percent>("0.1").unwrap().to_string(), "0.1");
        assert_eq!(decode_json::<Percent>("\"7%\"").unwrap().to_string(), "7");
        assert_eq!(decode_json::<Percent>("\"3.50\"").unwrap().to_string(), "3.5");
        for bad in ["-1", "100.5", "\"x\"", "\"\"", "null"] {
            assert!(decode_json::<Percent>(bad).is_err(), "{bad}");
        }
    }

    /// Issue 12: nothing is rounded or clamped into range, and only one grammar is read.
    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn unrepresentable_or_foreign_rates_are_invalid_rate_with_the_reason() {
        let why = |json: &str| {
            let e = decode_json::<Percent>(json).unwrap_err();
            assert_eq!(e.code, "invalid_rate", "{json}");
            e.message
        };
        // 27 and 29 places: the first would lose its last digit when divided by 100, the second
        // used to become 0 (a non-zero fee turning into none).
        assert!(why("\"0.000000000000000000000000001\"").contains("27 decimal places; at most 26"));
        assert!(why("\"0.00000000000000000000000000001\"").contains("29 decimal places"));
        // Used to pass the ≤ 100 check as exactly 100.
        assert!(why("\"100.00000000000000000000000000001\"").contains("29 decimal places"));
        // The JS number 5e-324 used to become 0 %.
        assert!(why("5e-324").contains("324 decimal places"));
        for foreign in ["\"1_0\"", "\"1e1\"", "\"+5\"", "\".5\"", "\"5.\"", "\" 5\"", "\"５\""] {
            assert!(why(foreign).contains("e.g. \"10\", \"3.5\""), "{foreign}");
        }
        // 26 places is the most a percentage keeps, and its fraction stays exact.
        let p = decode_json::<Percent>("\"0.00000000000000000000000001\"").unwrap();
        assert_eq!(p.fraction(), Decimal::new(1, 28));
        // A JS number with an exponent in its JS text (1e-7) is still exact.
        assert_eq!(decode_json::<Percent>("1e-7").unwrap().to_string(), "0.0000001");
    }
}
