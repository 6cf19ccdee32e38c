use crate::error::code;
use crate::input::coded;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// Japan's consumption-tax rates. Serialized as the percent string (`"10"`, `"8"`); accepted as
/// `"10"`, `"8"`, `10`, `8`, `"10%"`, `"standard"` or `"reduced"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TaxRate {
    /// 8 % (軽減税率): food and drink except alcohol and eating in; newspapers.
    Reduced,
    /// 10 % (標準税率).
    Standard,
}

impl TaxRate {
    pub fn percent(self) -> u32 {
        match self {
            TaxRate::Standard => 10,
            TaxRate::Reduced => 8,
        }
    }

    pub fn parse(text: &str) -> Option<TaxRate> {
        match text.strip_suffix('%').unwrap_or(text) {
            "10" | "standard" => Some(TaxRate::Standard),
            "8" | "reduced" => Some(TaxRate::Reduced),
            _ => None,
        }
    }
}

impl Serialize for TaxRate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.percent())
    }
}

impl<'de> Deserialize<'de> for TaxRate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<TaxRate, D::Error> {
        struct RateVisitor;
        const EXPECTED: &str = r#"rate must be "10", "8", "standard" or "reduced""#;
        impl<'de> Visitor<'de> for RateVisitor {
            type Value = TaxRate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTED)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TaxRate, E> {
                TaxRate::parse(v).ok_or_else(|| coded(code::INVALID_RATE, format_args!("{EXPECTED}, got {v:?}")))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<TaxRate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<TaxRate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<TaxRate, E> {
                self.visit_str(&v.to_string())
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<TaxRate, E> {
                Err(coded(code::INVALID_RATE, EXPECTED))
            }
            fn visit_unit<E: de::Error>(self) -> Result<TaxRate, E> {
                Err(coded(code::INVALID_RATE, EXPECTED))
            }
        }
        d.deserialize_any(RateVisitor)
    }
}
