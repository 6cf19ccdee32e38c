//! Calendar dates for `asOf` and effective ranges: `YYYY-MM-DD`, validated, ordered, with day
//! arithmetic for the settlement and new-seller windows. No clock: callers pass the day.

use crate::error::code;
use crate::input::coded;
use serde::de::{Deserializer, Error as _};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// A proleptic Gregorian date, stored as days since 1970-01-01 so it orders and subtracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate(i64);

impl IsoDate {
    pub const MAX: IsoDate = IsoDate(i64::MAX);

    /// Parses `YYYY-MM-DD` (years 1900–9999).
    pub fn parse(text: &str) -> Result<IsoDate, String> {
        let bad = || format!("{text:?} is not a date in YYYY-MM-DD form");
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |s: &str| s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse::<i64>().ok()).flatten();
        let (y, m, d) = match (num(&text[0..4]), num(&text[5..7]), num(&text[8..10])) {
            (Some(y), Some(m), Some(d)) => (y, m, d),
            _ => return Err(bad()),
        };
        if !(1900..=9999).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            return Err(bad());
        }
        Ok(IsoDate(days_from_civil(y, m, d)))
    }

    pub fn plus_days(self, days: i64) -> IsoDate {
        IsoDate(self.0.saturating_add(days))
    }

    pub fn days_since(self, earlier: IsoDate) -> i64 {
        self.0 - earlier.0
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> i64 {
        (self.0 + 3).rem_euclid(7) // 1970-01-01 was a Thursday
    }

    /// The day `n` business days later, counting Monday–Friday only (public holidays are not
    /// modelled).
    pub fn plus_business_days(self, n: u32) -> IsoDate {
        let mut day = self;
        let mut left = n;
        while left > 0 {
            day = day.plus_days(1);
            if day.weekday() < 5 {
                left -= 1;
            }
        }
        day
    }

    fn civil(self) -> (i64, i64, i64) {
        civil_from_days(self.0)
    }
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's days_from_civil / civil_from_days.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + if m <= 2 { 1 } else { 0 }, m, d)
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.civil();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<IsoDate, D::Error> {
        let text = String::deserialize(d).map_err(|_| D::Error::custom(format_args!("{}: a date must be a \"YYYY-MM-DD\" string", code::INVALID_DATE)))?;
        IsoDate::parse(&text).map_err(|why| coded(code::INVALID_DATE, why))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_orders_and_counts() {
        let d = IsoDate::parse("2024-06-01").unwrap();
        assert_eq!(d.to_string(), "2024-06-01");
        assert!(IsoDate::parse("2024-05-31").unwrap() < d);
        assert_eq!(IsoDate::parse("2024-02-29").unwrap().plus_days(1).to_string(), "2024-03-01");
        for bad in ["2023-02-29", "2024-13-01", "2024-6-01", "20240601", "2024-06-0x", "1899-12-31"] {
            assert!(IsoDate::parse(bad).is_err(), "{bad}");
        }
        // 2026-11-20 is a Friday (weekday 4); 15 business days later skips three weekends:
        // Mon 23 … Fri 27 (5), Mon 30 … Fri 4 Dec (10), Mon 7 … Fri 11 Dec (15).
        let friday = IsoDate::parse("2026-11-20").unwrap();
        assert_eq!(friday.weekday(), 4);
        assert_eq!(friday.plus_business_days(15).to_string(), "2026-12-11");
    }
}
