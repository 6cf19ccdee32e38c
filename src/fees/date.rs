//! Calendar dates for `asOf` and effective ranges: `YYYY-MM-DD`, validated, ordered, with day
//! arithmetic for the settlement and new-seller windows. No clock: callers pass the day.

use crate::dates::civil::{civil_from_days, days_from_civil, days_in_month, Date};
use crate::dates::holidays;
use crate::error::code;
use crate::input::{coded, coded_string};
use serde::de::Deserializer;
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
        if b.len() != 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return Err(bad());
        }
        let num = |s: &str| s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse::<u32>().ok()).flatten();
        let (y, m, d) = match (num(&text[0..4]), num(&text[5..7]), num(&text[8..10])) {
            (Some(y), Some(m), Some(d)) => (y, m, d),
            _ => return Err(bad()),
        };
        if !(1900..=9999).contains(&y) || !(1..=12).contains(&m) || d < 1 || d > days_in_month(y.into(), m) {
            return Err(bad());
        }
        Ok(IsoDate(days_from_civil(y.into(), m, d)))
    }

    pub fn plus_days(self, days: i64) -> IsoDate {
        IsoDate(self.0.saturating_add(days))
    }

    pub fn days_since(self, earlier: IsoDate) -> i64 {
        // Parsed dates are years 1900–9999; only IsoDate::MAX ("no end") is far away, and the
        // distance to it saturates at "never".
        self.0.saturating_sub(earlier.0)
    }

    /// The month (1–12) and how many days it has.
    pub fn month_and_length(self) -> (u32, u32) {
        let (year, month, _) = civil_from_days(self.0);
        (month, days_in_month(year, month))
    }

    /// Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> i64 {
        // 1970-01-01 (day 0) was a Thursday.
        match self.0.rem_euclid(7) {
            0 => 3,
            1 => 4,
            2 => 5,
            3 => 6,
            4 => 0,
            5 => 1,
            _ => 2,
        }
    }

    /// The day `n` business days later, counting Japanese bank business days
    /// ([`holidays::is_bank_business_day`]; public holidays are known for 2000–2099).
    pub fn plus_business_days(self, n: u32) -> IsoDate {
        let mut day = self;
        let mut left = n;
        while left > 0 {
            day = day.plus_days(1);
            // Parsed dates (years up to 9999) are well inside i32 days.
            if i32::try_from(day.0).map_or(true, |days| holidays::is_bank_business_day(Date::from_days(days))) {
                left = left.saturating_sub(1); // left > 0 here
            }
        }
        day
    }

    fn civil(self) -> (i64, u32, u32) {
        civil_from_days(self.0)
    }
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
        let text = coded_string(d, code::INVALID_DATE, "a date must be a \"YYYY-MM-DD\" string")?;
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
        // 2026-11-20 is a Friday (weekday 4). 15 bank business days later skips three weekends
        // and 勤労感謝の日 (Mon 23 Nov): Tue 24 … Fri 27 (4), Mon 30 … Fri 4 Dec (9),
        // Mon 7 … Fri 11 (14), Mon 14 Dec (15).
        let friday = IsoDate::parse("2026-11-20").unwrap();
        assert_eq!(friday.weekday(), 4);
        assert_eq!(friday.plus_business_days(15).to_string(), "2026-12-14");
        // Year end: from Mon 2026-12-28, the 29th and 30th count; 31 Dec – 3 Jan do not (3 Jan
        // is a Sunday anyway); Mon 4 Jan counts; Mon 11 Jan 2027 is 成人の日 (2nd Monday).
        let monday = IsoDate::parse("2026-12-28").unwrap();
        assert_eq!(monday.plus_business_days(3).to_string(), "2027-01-04");
        assert_eq!(monday.plus_business_days(7).to_string(), "2027-01-08");
        assert_eq!(monday.plus_business_days(8).to_string(), "2027-01-12");
    }
}
