//! Open and business days: which days a shop works (closed weekdays, its own closed dates,
//! public holidays), Japanese bank business days, and counting n such days forward — for
//! shipping deadlines, business-hours reply deadlines and marketplace settlement lags alike.

use super::civil::{Date, Weekday};
use super::holidays::is_holiday;

/// Counting forward never looks further ahead than this (ten years): a count that would need
/// more has no answer, rather than a loop as long as the count.
pub const MAX_SPAN_DAYS: i32 = 3_660;

/// The days a shop is closed: weekdays, dates of its own, and (optionally) public holidays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosedDays {
    weekdays: Vec<Weekday>,
    /// Sorted and deduplicated, so each day is a binary search (issue 12: 10,000 closed dates ×
    /// every day searched took seconds as a scan).
    dates: Vec<Date>,
    holidays: bool,
}

impl ClosedDays {
    pub fn new(weekdays: Vec<Weekday>, mut dates: Vec<Date>, holidays: bool) -> ClosedDays {
        dates.sort_unstable();
        dates.dedup();
        ClosedDays { weekdays, dates, holidays }
    }

    pub fn weekdays(&self) -> &[Weekday] {
        &self.weekdays
    }

    pub fn is_open(&self, day: Date) -> bool {
        !self.weekdays.contains(&day.weekday()) && self.dates.binary_search(&day).is_err() && !(self.holidays && is_holiday(day))
    }
}

/// Japanese bank business days (銀行法施行令5条): not a Saturday, Sunday, public holiday or
/// 12/31–1/3. Public holidays are known for 2000–2099; other years count only the rest.
pub fn is_bank_business_day(date: Date) -> bool {
    let (_, month, day) = date.ymd();
    let year_end = (month == 12 && day == 31) || (month == 1 && day <= 3);
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !year_end && !is_holiday(date)
}

/// The `n`-th open day after `from`, and the closed days passed on the way to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenDayCount {
    pub day: Date,
    pub skipped: Vec<Date>,
}

/// Counts `n` open days forward from `from` (which itself is day 0). `None` when the `n`-th open
/// day lies more than [`MAX_SPAN_DAYS`] after `from`.
pub fn nth_open_day_after(from: Date, n: u32, is_open: impl Fn(Date) -> bool) -> Option<OpenDayCount> {
    let mut day = from;
    let mut left = n;
    let mut skipped = Vec::new();
    let mut walked = 0;
    while left > 0 {
        if walked == MAX_SPAN_DAYS {
            return None;
        }
        walked = walked.saturating_add(1); // < MAX_SPAN_DAYS here
        day = day.add_days(1); // at most MAX_SPAN_DAYS past a valid date
        if is_open(day) {
            left = left.saturating_sub(1); // left > 0 here
        } else {
            skipped.push(day);
        }
    }
    Some(OpenDayCount { day, skipped })
}

/// The day `n` bank business days after `from` ([`is_bank_business_day`]); `None` past
/// [`MAX_SPAN_DAYS`].
pub fn add_bank_business_days(from: Date, n: u32) -> Option<Date> {
    nth_open_day_after(from, n, is_bank_business_day).map(|count| count.day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn bank_business_days_skip_weekends_holidays_and_the_year_end() {
        // 2026-11-20 is a Friday. 15 bank business days later skips three weekends and
        // 勤労感謝の日 (Mon 23 Nov): Tue 24 … Fri 27 (4), Mon 30 … Fri 4 Dec (9),
        // Mon 7 … Fri 11 (14), Mon 14 Dec (15).
        let friday = day("2026-11-20");
        assert_eq!(friday.weekday(), Weekday::Fri);
        assert_eq!(add_bank_business_days(friday, 15).unwrap().to_string(), "2026-12-14");
        assert_eq!(add_bank_business_days(friday, 0), Some(friday));
        // Year end: from Mon 2026-12-28, the 29th and 30th count; 31 Dec – 3 Jan do not (3 Jan
        // is a Sunday anyway); Mon 4 Jan counts; Mon 11 Jan 2027 is 成人の日 (2nd Monday).
        let monday = day("2026-12-28");
        assert_eq!(add_bank_business_days(monday, 3).unwrap().to_string(), "2027-01-04");
        assert_eq!(add_bank_business_days(monday, 7).unwrap().to_string(), "2027-01-08");
        assert_eq!(add_bank_business_days(monday, 8).unwrap().to_string(), "2027-01-12");
        // About 245 bank business days a year: ten years' span holds 2,000 of them, not 5,000.
        assert!(add_bank_business_days(monday, 2_000).is_some());
        assert_eq!(add_bank_business_days(monday, 5_000), None);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn a_shop_calendar_closes_its_weekdays_dates_and_holidays() {
        // Golden Week 2026: 5/2 Sat, 5/3 Sun, 5/4 みどりの日, 5/5 こどもの日, 5/6 振替休日.
        let closed = ClosedDays::new(vec![Weekday::Sun], vec![day("2026-05-08"), day("2026-05-08")], true);
        let count = nth_open_day_after(day("2026-04-30"), 3, |d| closed.is_open(d)).unwrap();
        // 5/1 Fri (1), 5/2 Sat (2), skip 5/3–5/6, 5/7 Thu (3).
        assert_eq!(count.day.to_string(), "2026-05-07");
        assert_eq!(
            count.skipped.iter().map(Date::to_string).collect::<Vec<_>>(),
            ["2026-05-03", "2026-05-04", "2026-05-05", "2026-05-06"]
        );
        // The shop's own closed date 5/8 is skipped; Sat 5/9 is open.
        let count = nth_open_day_after(day("2026-05-07"), 1, |d| closed.is_open(d)).unwrap();
        assert_eq!((count.day.to_string(), count.skipped.len()), ("2026-05-09".to_string(), 1));
        // Without holidays, Golden Week's weekdays are open.
        let open_on_holidays = ClosedDays::new(vec![Weekday::Sat, Weekday::Sun], vec![], false);
        assert!(open_on_holidays.is_open(day("2026-05-04")));
        assert!(!closed.is_open(day("2026-05-04")));
        assert_eq!(closed.weekdays(), [Weekday::Sun]);
    }
}
