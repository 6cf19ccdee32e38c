//! Civil dates and instants without a date-time crate: days-from-civil arithmetic (Howard
//! Hinnant's algorithm) and ISO 8601 parsing with explicit time-zone handling.
//!
//! Every instant is stored as seconds since 1970-01-01T00:00:00Z. Text without an offset is read
//! as Japan Standard Time (UTC+09:00, no daylight saving), because every shop clock and
//! marketplace export these calculators read is in JST; outputs are written back in JST with an
//! explicit `+09:00`.

use crate::error::{code, Error, Result};
use crate::input::{coded, coded_string};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

/// JST is UTC+9 all year.
pub const JST_OFFSET_SECONDS: i64 = 9 * 3600;
pub const SECONDS_PER_DAY: i64 = 86_400;

/// Years accepted anywhere: wide enough for any order export, narrow enough that no arithmetic
/// can overflow.
const MIN_YEAR: i32 = 1900;
const MAX_YEAR: i32 = 2199;

/// A calendar date, stored as days since 1970-01-01 so it orders and subtracts: the one date
/// type of every engine (`asOf`, effective dates, order dates, deadlines).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

#[expect(
    clippy::arithmetic_side_effects,
    reason = "a Date is 1900–2199 (|days| < 120,000) and callers add offsets bounded by validated inputs (≤ 10^5 days), far inside i32"
)]
impl Date {
    /// 1900-01-01, the first date [`Date::parse`] accepts.
    pub const MIN: Date = Date(-25_567);
    /// 2199-12-31, the last date [`Date::parse`] accepts: an effective range without an end runs to it.
    pub const MAX: Date = Date(84_005);

    /// `None` when the month/day do not exist or the year is outside 1900–2199.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year.into(), month) {
            return None;
        }
        // In range for i32: 1900–2199 is within ±100,000 days of 1970.
        Some(Date(days_from_civil(year.into(), month, day) as i32))
    }

    pub fn from_days(days: i32) -> Date {
        Date(days)
    }

    pub fn days(self) -> i32 {
        self.0
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        let (year, month, day) = civil_from_days(self.0.into());
        (year as i32, month, day)
    }

    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// How many days this date's month has.
    pub fn days_in_month(self) -> u32 {
        let (year, month, _) = self.ymd();
        days_in_month(year.into(), month)
    }

    pub fn add_days(self, days: i32) -> Date {
        Date(self.0 + days)
    }

    pub fn sub_days(self, days: i32) -> Date {
        Date(self.0 - days)
    }

    /// The Monday on or before this date.
    pub fn monday_of_week(self) -> Date {
        self.sub_days(self.weekday() as i32 - Weekday::Mon as i32)
    }

    /// Whole days from `earlier` to `self` (negative when `self` is earlier).
    pub fn days_since(self, earlier: Date) -> i32 {
        self.0 - earlier.0
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        match (self.0 as i64 + 3).rem_euclid(7) {
            0 => Weekday::Mon,
            1 => Weekday::Tue,
            2 => Weekday::Wed,
            3 => Weekday::Thu,
            4 => Weekday::Fri,
            5 => Weekday::Sat,
            _ => Weekday::Sun,
        }
    }

    /// The `n`th (1-based) given weekday of a month, e.g. the 2nd Monday of January.
    pub fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> Option<Date> {
        let first = Date::from_ymd(year, month, 1)?;
        let offset = (weekday as i32 - first.weekday() as i32).rem_euclid(7);
        let date = first.add_days(offset + 7 * (n as i32 - 1));
        (date.ymd().1 == month).then_some(date)
    }

    /// Midnight JST at the start of this date.
    pub fn start_jst(self) -> Instant {
        Instant(self.0 as i64 * SECONDS_PER_DAY - JST_OFFSET_SECONDS)
    }

    /// The one date parser, for JSON fields and CSV cells alike: `YYYY-MM-DD` (also
    /// `YYYY/MM/DD`, and `YYYY/M/D` as spreadsheets write it), years 1900–2199.
    pub fn parse(text: &str) -> std::result::Result<Date, String> {
        let bad = || format!("{text:?} is not a date (expected YYYY-MM-DD)");
        let separator = if text.contains('/') { '/' } else { '-' };
        let mut parts = text.split(separator);
        let (Some(y), Some(m), Some(d), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        let number = |s: &str, max_len: usize| -> Option<u32> {
            (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (Some(y), Some(m), Some(d)) = (number(y, 4), number(m, 2), number(d, 2)) else {
            return Err(bad());
        };
        if y < 1000 {
            return Err(bad());
        }
        Date::from_ymd(y as i32, m, d).ok_or_else(|| format!("{text:?} is not a valid date between 1900 and 2199"))
    }
}

impl Weekday {
    pub fn parse(text: &str) -> Option<Weekday> {
        Some(match text.to_ascii_lowercase().as_str() {
            "mon" | "monday" => Weekday::Mon,
            "tue" | "tuesday" => Weekday::Tue,
            "wed" | "wednesday" => Weekday::Wed,
            "thu" | "thursday" => Weekday::Thu,
            "fri" | "friday" => Weekday::Fri,
            "sat" | "saturday" => Weekday::Sat,
            "sun" | "sunday" => Weekday::Sun,
            _ => return None,
        })
    }

    pub fn name(self) -> &'static str {
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }
}

pub fn is_leap_year(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant, "chrono-Compatible Low-Level
/// Date Algorithms"). Eras are 400-year cycles starting on March 1st.
#[expect(
    clippy::arithmetic_side_effects,
    reason = "Hinnant's algorithm on years 1900–9999 and day counts of that range; every intermediate stays below 10^7"
)]
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400; // [0, 399]
    let month_from_march = (month + 9) % 12; // March = 0
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1; // [0, 365]
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + i64::from(day_of_year); // [0, 146096]
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month, day).
#[expect(
    clippy::arithmetic_side_effects,
    reason = "Hinnant's algorithm on years 1900–9999 and day counts of that range; every intermediate stays below 10^7"
)]
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Date, D::Error> {
        let text = coded_string(d, code::INVALID_DATE, "must be a date string YYYY-MM-DD")?;
        Date::parse(&text).map_err(|why| coded(code::INVALID_DATE, why))
    }
}

/// A moment in time: seconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Instant(pub i64);

#[expect(
    clippy::arithmetic_side_effects,
    reason = "an Instant is a parsed date-time (|seconds| < 10^10) and callers add offsets bounded by validated inputs (≤ 10^14 s), far inside i64"
)]
impl Instant {
    /// The JST calendar date this instant falls on.
    pub fn date_jst(self) -> Date {
        Date(((self.0 + JST_OFFSET_SECONDS).div_euclid(SECONDS_PER_DAY)) as i32)
    }

    /// Seconds since JST midnight.
    pub fn seconds_of_day_jst(self) -> i64 {
        (self.0 + JST_OFFSET_SECONDS).rem_euclid(SECONDS_PER_DAY)
    }

    pub fn add_seconds(self, seconds: i64) -> Instant {
        Instant(self.0 + seconds)
    }

    /// Seconds from `earlier` to `self` (negative when `self` is earlier).
    pub fn seconds_since(self, earlier: Instant) -> i64 {
        self.0 - earlier.0
    }

    /// Parses ISO 8601: a date alone (`2025-06-04`, midnight JST), or a date and time joined by
    /// `T` or a space, `HH:MM[:SS[.fraction]]`, optionally followed by `Z`, `±HH:MM` or `±HHMM`.
    /// Without an offset the time is JST. Fractions of a second are truncated.
    pub fn parse(text: &str) -> std::result::Result<Instant, String> {
        let bad = || format!("{text:?} is not an ISO 8601 date-time (e.g. 2025-06-04T20:00:00+09:00)");
        let text = text.trim();
        let (date_part, rest) = match text.find(['T', 't', ' ']) {
            Some(at) => (&text[..at], Some(text[at + 1..].trim_start())),
            None => (text, None),
        };
        let date = Date::parse(date_part)?;
        let Some(rest) = rest else {
            return Ok(date.start_jst());
        };
        let (clock, offset) = split_offset(rest).ok_or_else(bad)?;
        let seconds_of_day = parse_clock(clock).ok_or_else(bad)?;
        let offset = offset.unwrap_or(JST_OFFSET_SECONDS);
        Ok(Instant(date.0 as i64 * SECONDS_PER_DAY + seconds_of_day - offset))
    }
}

/// `HH:MM[:SS[.fff]]` → seconds since midnight; `24:00` is rejected (write the next day).
#[expect(
    clippy::arithmetic_side_effects,
    reason = "hours, minutes and seconds are at most two digits each, checked before this arithmetic"
)]
pub fn parse_clock(text: &str) -> Option<i64> {
    let (main, _fraction) = match text.split_once(['.', ',']) {
        Some((main, fraction)) if !fraction.is_empty() && fraction.bytes().all(|b| b.is_ascii_digit()) => (main, fraction),
        Some(_) => return None,
        None => (text, ""),
    };
    let two = |s: &str| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<i64>().ok())
            .flatten()
    };
    let mut parts = main.split(':');
    let hours = two(parts.next()?)?;
    let minutes = two(parts.next()?)?;
    let seconds = match parts.next() {
        Some(s) => two(s)?,
        None => 0,
    };
    if parts.next().is_some() || hours > 23 || minutes > 59 || seconds > 59 {
        return None;
    }
    Some(hours * 3600 + minutes * 60 + seconds)
}

/// Splits `12:00:00+09:00` into the clock and the offset in seconds (`None` = no offset given).
#[expect(
    clippy::arithmetic_side_effects,
    reason = "hours, minutes and seconds are at most two digits each, checked before this arithmetic"
)]
fn split_offset(text: &str) -> Option<(&str, Option<i64>)> {
    if let Some(clock) = text.strip_suffix(['Z', 'z']) {
        return Some((clock, Some(0)));
    }
    let Some(at) = text.rfind(['+', '-']) else {
        return Some((text, None));
    };
    let (clock, offset) = (&text[..at], &text[at..]);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let digits: String = offset[1..].chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i64 = digits[..2].parse().ok()?;
    let minutes: i64 = digits[2..].parse().ok()?;
    if hours > 14 || minutes > 59 {
        return None;
    }
    Some((clock, Some(sign * (hours * 3600 + minutes * 60))))
}

impl fmt::Display for Instant {
    /// Always JST with an explicit offset: `2025-06-04T20:00:00+09:00`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.seconds_of_day_jst();
        write!(
            f,
            "{}T{:02}:{:02}:{:02}+09:00",
            self.date_jst(),
            seconds / 3600,
            seconds % 3600 / 60,
            seconds % 60
        )
    }
}

impl Serialize for Instant {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Instant {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Instant, D::Error> {
        let text = coded_string(d, code::INVALID_DATE, "must be an ISO 8601 date-time string")?;
        Instant::parse(&text).map_err(|why| coded(code::INVALID_DATE, why))
    }
}

/// A shop clock time `HH:MM` (seconds since midnight JST).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime(pub i64);

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<ClockTime, D::Error> {
        let text = coded_string(d, code::INVALID_DATE, "must be a time HH:MM")?;
        if text == "24:00" {
            return Ok(ClockTime(SECONDS_PER_DAY));
        }
        parse_clock(&text)
            .map(ClockTime)
            .ok_or_else(|| coded(code::INVALID_DATE, format_args!("{text:?} is not a time HH:MM")))
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{:02}:{:02}", self.0 / 3600, self.0 % 3600 / 60))
    }
}

/// A date-time in a CSV cell or a date-only field: parsed as an [`Instant`] with field context.
pub fn parse_instant_field(text: &str, field: &str) -> Result<Instant> {
    Instant::parse(text).map_err(|why| Error::new(code::INVALID_DATE, field, why))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn round_trips_every_day_of_four_centuries() {
        // Walk day by day from 1900-01-01 and compare with an independent month-length count.
        let (mut y, mut m, mut d) = (1900, 1, 1);
        let start = Date::from_ymd(1900, 1, 1).unwrap().days();
        // 1900-01-01 is 25,567 days before 1970-01-01 (70 years × 365 + 17 leap days).
        assert_eq!(start, -25_567);
        for days in start..start + 146_097 {
            assert_eq!(civil_from_days(days.into()), (y, m, d));
            assert_eq!(days_from_civil(y, m, d), i64::from(days));
            d += 1;
            if d > days_in_month(y, m) {
                d = 1;
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        }
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn weekdays_and_nth_weekday() {
        // 2025-01-01 was a Wednesday; 2000-01-01 a Saturday (published calendars).
        assert_eq!(Date::from_ymd(2025, 1, 1).unwrap().weekday(), Weekday::Wed);
        assert_eq!(Date::from_ymd(2000, 1, 1).unwrap().weekday(), Weekday::Sat);
        // 2nd Monday of January 2025: Mondays are 6, 13 → 13.
        assert_eq!(Date::nth_weekday(2025, 1, Weekday::Mon, 2).unwrap().to_string(), "2025-01-13");
        assert_eq!(Date::nth_weekday(2025, 2, Weekday::Mon, 5), None);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn parses_iso_8601_with_explicit_offsets() {
        let jst = Instant::parse("2025-06-04T20:00:00+09:00").unwrap();
        // Same moment written in UTC and in a no-offset JST local time.
        assert_eq!(Instant::parse("2025-06-04T11:00:00Z").unwrap(), jst);
        assert_eq!(Instant::parse("2025-06-04 20:00").unwrap(), jst);
        assert_eq!(Instant::parse("2025/06/04 20:00:00").unwrap(), jst);
        assert_eq!(Instant::parse("2025-06-04T12:00:00+0100").unwrap(), jst);
        assert_eq!(Instant::parse("2025-06-04T20:00:00.999+09:00").unwrap(), jst);
        assert_eq!(jst.to_string(), "2025-06-04T20:00:00+09:00");
        // 2025-06-04T20:00 JST = 11:00 UTC; 2025-06-04 is day 20,243 since 1970 → 20,243 × 86,400 + 39,600.
        assert_eq!(jst.0, 20_243 * 86_400 + 39_600);
        // A date alone is midnight JST, i.e. 15:00 UTC the day before.
        assert_eq!(Instant::parse("2025-06-04").unwrap().to_string(), "2025-06-04T00:00:00+09:00");
        // A UTC time late in the day lands on the next JST date.
        assert_eq!(Instant::parse("2025-12-31T15:30:00Z").unwrap().date_jst().to_string(), "2026-01-01");
        for bad in [
            "",
            "2025-13-01",
            "2025-02-29",
            "2025-06-04T25:00",
            "2025-06-04T20:00+09",
            "06/04/2025",
            "2025-06-04T20",
            "1899-12-31",
        ] {
            assert!(Instant::parse(bad).is_err(), "{bad}");
        }
        assert!(Date::parse("2024-02-29").is_ok());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn one_parser_for_every_engine() {
        let day = Date::parse("2024-06-01").unwrap();
        assert_eq!(day.to_string(), "2024-06-01");
        assert!(Date::parse("2024-05-31").unwrap() < day);
        assert_eq!(Date::parse("2024-02-29").unwrap().add_days(1).to_string(), "2024-03-01");
        // Spreadsheet forms read as the same day.
        assert_eq!(Date::parse("2024/06/01"), Ok(day));
        assert_eq!(Date::parse("2024/6/1"), Ok(day));
        assert_eq!(day.days_in_month(), 30);
        assert_eq!(Date::parse("2024-02-10").unwrap().days_in_month(), 29);
        // The range's ends are the constants, and one day past either is not a date.
        assert_eq!(Date::parse("1900-01-01"), Ok(Date::MIN));
        assert_eq!(Date::parse("2199-12-31"), Ok(Date::MAX));
        // A bad shape and a day that does not exist say different things.
        assert_eq!(
            Date::parse("20240601").unwrap_err(),
            "\"20240601\" is not a date (expected YYYY-MM-DD)"
        );
        for bad in ["2023-02-29", "2024-13-01", "1899-12-31", "2200-01-01"] {
            assert_eq!(
                Date::parse(bad).unwrap_err(),
                format!("{bad:?} is not a valid date between 1900 and 2199")
            );
        }
        for bad in [
            "2024-06-0x",
            "24-06-01",
            "2024-06-01-01",
            "2024-06/01",
            "2024-006-01",
            " 2024-06-01",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad}");
        }
    }
}
