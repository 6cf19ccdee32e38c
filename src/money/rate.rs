use crate::error::code;
use crate::input::coded;
use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A rate in percent (`"7"` = 7 %, `"0.1"` = 0.1 %), exact. Accepted as a decimal string or a
/// JS number (converted through its shortest decimal text, so `0.1` is exactly 0.1 %), in
/// `[0, 100]`. Serialized as a decimal string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Percent(pub Decimal);

impl Percent {
    pub fn from_str_checked(text: &str) -> Result<Percent, String> {
        let trimmed = text.strip_suffix('%').unwrap_or(text);
        let value = Decimal::from_str(trimmed).map_err(|_| format!("{text:?} is not a percentage"))?;
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            return Err(format!("{text} is outside 0–100 %"));
        }
        Ok(Percent(value.normalize()))
    }

    /// The rate as a fraction (7 % → 0.07).
    pub fn fraction(self) -> Decimal {
        // Exact for parsed rates: `from_str_checked` keeps at most MAX_RATE_PLACES (26) decimal
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
                // Rust's f64 Display is the shortest round-trip text, like JS's Number#toString.
                self.visit_str(&v.to_string())
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
}
