//! `riskCalendar`: the high-risk windows of a year (year end, Golden Week, Obon, Rakuten Super
//! SALE, お買い物マラソン) and the public holidays that shipping deadlines skip.

use super::{user_entered, Guide};
use crate::dates::business::{self, ClosedDays};
use crate::dates::civil::{ClockTime, Date, Instant, Weekday};
use crate::dates::holidays::{self, Holiday};
use crate::error::{code, Error, Result};
use crate::provenance::{Label, Provenance, Status};
use serde::{Deserialize, Serialize};

const MAX_WINDOWS: usize = 1_000;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RiskCalendarInput {
    pub year: i32,
    /// Super SALE schedule; omitted = the usual pattern (Mar/Jun/Sep/Dec, 4th 20:00 – 11th 01:59).
    #[serde(default)]
    pub super_sale: Option<SaleSchedule>,
    /// Exact Super SALE periods, replacing the schedule when the dates are announced.
    #[serde(default)]
    pub super_sale_dates: Option<Vec<Period>>,
    /// お買い物マラソン periods (announced per event; no pattern is assumed).
    #[serde(default)]
    pub marathons: Vec<Period>,
    /// Extra windows of the seller's own (warehouse closures, Chinese New Year at the supplier, …).
    #[serde(default)]
    pub custom: Vec<Period>,
    /// Days of the week the shop does not ship. Default Saturday and Sunday.
    #[serde(default)]
    pub closed_weekdays: Option<Vec<String>>,
    /// Count shipping days from this date (JST) to get a deadline that skips closed days.
    #[serde(default)]
    pub ship_from: Option<Date>,
    #[serde(default)]
    pub shipping_days: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SaleSchedule {
    pub months: Vec<u32>,
    pub start_day: u32,
    pub start_time: ClockTime,
    pub end_day: u32,
    pub end_time: ClockTime,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Period {
    pub start: Instant,
    pub end: Instant,
    #[serde(default)]
    pub label: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WindowKind {
    YearEnd,
    GoldenWeek,
    Obon,
    SuperSale,
    Marathon,
    Custom,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RiskWindow {
    pub kind: WindowKind,
    pub label: String,
    pub start: Instant,
    pub end: Instant,
    /// Why the window is risky, as stable codes (the page translates them).
    pub reasons: Vec<&'static str>,
    /// Public holidays and closed weekdays inside the window (holidays are known for 2000–2099).
    pub closed_days: u32,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShippingDeadline {
    pub from: Date,
    pub shipping_days: u32,
    /// The `shippingDays`-th open day after `from` (weekends, closed weekdays and holidays skipped).
    pub deadline: Date,
    pub skipped: Vec<Date>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RiskCalendarOutput {
    pub year: i32,
    pub windows: Vec<RiskWindow>,
    pub holidays: Vec<Holiday>,
    pub holidays_provenance: Provenance,
    pub closed_weekdays: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shipping: Option<ShippingDeadline>,
}

fn super_sale_provenance() -> Provenance {
    Provenance::noted(
        Label::new(
            "乐天超级 SALE 的规律：每年 4 次（3、6、9、12 月），通常从 4 日 20:00 到 11 日 01:59（jericho-tokyo 2025-08-20 等；fees.md §1.3）——实际日期每次另行公布",
            "楽天スーパーSALE の傾向：年 4 回（3・6・9・12 月）、通常は 4 日 20:00〜11 日 01:59（jericho-tokyo 2025-08-20 ほか；fees.md §1.3）— 実際の日程は毎回発表されます",
            "Super SALE pattern: 4 times a year (Mar, Jun, Sep, Dec), usually the 4th 20:00 – 11th 01:59 (jericho-tokyo 2025-08-20 and others; fees.md §1.3) — the real dates are announced per event",
        ),
        "",
        "2025-08-20",
        Status::Secondary2,
    )
}

pub fn default_super_sale() -> SaleSchedule {
    SaleSchedule {
        months: vec![3, 6, 9, 12],
        start_day: 4,
        start_time: ClockTime(20 * 3600),
        end_day: 11,
        end_time: ClockTime(3600 + 59 * 60),
    }
}

fn date(year: i32, month: u32, day: u32, field: &str) -> Result<Date> {
    Date::from_ymd(year, month, day)
        .ok_or_else(|| Error::new(code::INVALID_DATE, field, format!("{year}-{month:02}-{day:02} does not exist")))
}

/// Whole days from the first to the last calendar day: `[start of first day, end of last day]`.
fn day_span(first: Date, last: Date) -> (Instant, Instant) {
    (first.start_jst(), last.add_days(1).start_jst().add_seconds(-1))
}

pub fn risk_calendar(input: RiskCalendarInput) -> Result<RiskCalendarOutput> {
    let year = input.year;
    let holidays = holidays::holidays(year)?;
    // holidays() accepted the year, so its neighbours exist; the error is for completeness.
    let bad_year = || Error::new(code::OUT_OF_RANGE, "year", format!("{year} has no neighbouring year"));
    let closed = ClosedDays::new(closed_weekdays(input.closed_weekdays.as_deref())?, Vec::new(), true);

    let mut windows = Vec::new();
    let guide = Guide::Complaint.provenance();
    let fixed = |kind, label: &str, first: Date, last: Date, reasons: Vec<&'static str>| {
        let (start, end) = day_span(first, last);
        (kind, label.to_string(), start, end, reasons, guide.clone())
    };
    let mut raw = vec![
        // The year-end window straddles two years: show both that touch this year.
        fixed(
            WindowKind::YearEnd,
            "年末年始",
            date(year.checked_sub(1).ok_or_else(bad_year)?, 12, 28, "year")?,
            date(year, 1, 5, "year")?,
            vec!["carrier_delays", "warehouse_closures", "slow_replies"],
        ),
        fixed(
            WindowKind::GoldenWeek,
            "ゴールデンウィーク",
            date(year, 5, 1, "year")?,
            date(year, 5, 7, "year")?,
            vec!["carrier_delays", "warehouse_closures", "slow_replies"],
        ),
        fixed(
            WindowKind::Obon,
            "お盆",
            date(year, 8, 10, "year")?,
            date(year, 8, 16, "year")?,
            vec!["carrier_delays", "warehouse_closures"],
        ),
        fixed(
            WindowKind::YearEnd,
            "年末年始",
            date(year, 12, 28, "year")?,
            date(year.checked_add(1).ok_or_else(bad_year)?, 1, 5, "year")?,
            vec!["carrier_delays", "warehouse_closures", "slow_replies"],
        ),
    ];
    let sale_reasons = || vec!["order_spike", "stock_outs", "reply_deadline_12h"];
    match (input.super_sale_dates, input.super_sale) {
        (Some(_), Some(_)) => {
            return Err(Error::new(
                code::INVALID_INPUT,
                "superSaleDates",
                "give superSale (a pattern) or superSaleDates, not both",
            ))
        }
        (Some(periods), None) => {
            for (i, p) in checked_periods(&periods, "superSaleDates")?.iter().enumerate() {
                let label = p
                    .label
                    .clone()
                    .unwrap_or_else(|| format!("楽天スーパーSALE #{}", crate::input::one_based(i)));
                raw.push((WindowKind::SuperSale, label, p.start, p.end, sale_reasons(), user_entered()));
            }
        }
        (None, schedule) => {
            let provenance = if schedule.is_some() {
                user_entered()
            } else {
                super_sale_provenance()
            };
            let schedule = schedule.unwrap_or_else(default_super_sale);
            if schedule.months.len() > 12 {
                return Err(Error::new(code::OUT_OF_RANGE, "superSale.months", "at most 12 months"));
            }
            for month in &schedule.months {
                let first = date(year, *month, schedule.start_day, "superSale.startDay")?;
                let last = date(year, *month, schedule.end_day, "superSale.endDay")?;
                let start = first.start_jst().add_seconds(schedule.start_time.0);
                // A clock time is under 86,400 s; +59 s makes the end minute inclusive.
                let end = last.start_jst().add_seconds(schedule.end_time.0.saturating_add(59));
                if end <= start {
                    return Err(Error::new(code::INVALID_INPUT, "superSale", "the sale must end after it starts"));
                }
                raw.push((
                    WindowKind::SuperSale,
                    format!("楽天スーパーSALE {month}月"),
                    start,
                    end,
                    sale_reasons(),
                    provenance.clone(),
                ));
            }
        }
    }
    for (i, p) in checked_periods(&input.marathons, "marathons")?.iter().enumerate() {
        let label = p
            .label
            .clone()
            .unwrap_or_else(|| format!("お買い物マラソン #{}", crate::input::one_based(i)));
        raw.push((
            WindowKind::Marathon,
            label,
            p.start,
            p.end,
            vec!["order_spike", "stock_outs", "reply_deadline_12h"],
            user_entered(),
        ));
    }
    for (i, p) in checked_periods(&input.custom, "custom")?.iter().enumerate() {
        let label = p.label.clone().unwrap_or_else(|| format!("#{}", crate::input::one_based(i)));
        raw.push((WindowKind::Custom, label, p.start, p.end, vec!["seller_defined"], user_entered()));
    }
    for (kind, label, start, end, reasons, provenance) in raw {
        let mut closed_days: u32 = 0;
        let mut day = start.date_jst();
        while day <= end.date_jst() {
            if !closed.is_open(day) {
                closed_days = closed_days.saturating_add(1); // ≤ 367 days per window, checked above
            }
            day = day.add_days(1);
        }
        windows.push(RiskWindow {
            kind,
            label,
            start,
            end,
            reasons,
            closed_days,
            provenance,
        });
    }
    windows.sort_by_key(|w| w.start);

    let shipping = match (input.ship_from, input.shipping_days) {
        (Some(from), Some(days)) => Some(shipping_deadline(from, days, &closed)?),
        (None, None) => None,
        _ => {
            return Err(Error::new(
                code::MISSING_FIELD,
                "shippingDays",
                "give both shipFrom and shippingDays",
            ))
        }
    };
    Ok(RiskCalendarOutput {
        year,
        windows,
        holidays,
        holidays_provenance: holidays::provenance(),
        closed_weekdays: closed.weekdays().iter().map(|d| d.name()).collect(),
        shipping,
    })
}

fn checked_periods<'a>(periods: &'a [Period], field: &str) -> Result<&'a [Period]> {
    if periods.len() > MAX_WINDOWS {
        return Err(Error::new(code::OUT_OF_RANGE, field, format!("at most {MAX_WINDOWS} periods")));
    }
    if let Some(i) = periods.iter().position(|p| p.end < p.start) {
        return Err(Error::new(
            code::INVALID_INPUT,
            format!("{field}[{i}].end"),
            "the period ends before it starts",
        ));
    }
    if let Some(i) = periods.iter().position(|p| p.end.0.saturating_sub(p.start.0) > 366 * 86_400) {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            format!("{field}[{i}].end"),
            "a period is at most 366 days",
        ));
    }
    Ok(periods)
}

pub fn closed_weekdays(names: Option<&[String]>) -> Result<Vec<Weekday>> {
    let Some(names) = names else {
        return Ok(vec![Weekday::Sat, Weekday::Sun]);
    };
    let mut days = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let day = Weekday::parse(name).ok_or_else(|| {
            Error::new(
                code::INVALID_INPUT,
                format!("closedWeekdays[{i}]"),
                format!("{name:?} is not a weekday (mon … sun)"),
            )
        })?;
        if !days.contains(&day) {
            days.push(day);
        }
    }
    if days.len() == 7 {
        return Err(Error::new(
            code::INVALID_INPUT,
            "closedWeekdays",
            "the shop must be open on at least one weekday",
        ));
    }
    days.sort();
    Ok(days)
}

/// The `days`-th open day after `from` (from itself counts as day 0).
fn shipping_deadline(from: Date, days: u32, closed: &ClosedDays) -> Result<ShippingDeadline> {
    if days > 60 {
        return Err(Error::new(code::OUT_OF_RANGE, "shippingDays", "must be at most 60"));
    }
    // At least one weekday is open, so 60 open days are found within 60 weeks and holidays.
    let count = business::nth_open_day_after(from, days, |day| closed.is_open(day))
        .ok_or_else(|| Error::new(code::OUT_OF_RANGE, "shippingDays", "no deadline within ten years"))?;
    Ok(ShippingDeadline {
        from,
        shipping_days: days,
        deadline: count.day,
        skipped: count.skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn calendar(json: &str) -> Result<RiskCalendarOutput> {
        risk_calendar(decode_json(json)?)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn default_windows_for_2026() {
        let out = calendar(r#"{"year":2026}"#).unwrap();
        let summary: Vec<String> = out.windows.iter().map(|w| format!("{:?} {} {}", w.kind, w.start, w.end)).collect();
        assert_eq!(summary[0], "YearEnd 2025-12-28T00:00:00+09:00 2026-01-05T23:59:59+09:00");
        assert!(summary.contains(&"SuperSale 2026-03-04T20:00:00+09:00 2026-03-11T01:59:59+09:00".to_string()));
        assert!(summary.contains(&"GoldenWeek 2026-05-01T00:00:00+09:00 2026-05-07T23:59:59+09:00".to_string()));
        assert_eq!(
            summary.last().unwrap(),
            "YearEnd 2026-12-28T00:00:00+09:00 2027-01-05T23:59:59+09:00"
        );
        assert_eq!(out.windows.len(), 8); // 2 year ends, GW, Obon, 4 Super SALEs
                                          // GW 2026, 5/1 (Fri) – 5/7 (Thu): closed = Sat 5/2, Sun 5/3, Mon 5/4 みどりの日, Tue 5/5, Wed 5/6 振替 → 5.
        let gw = out.windows.iter().find(|w| w.kind == WindowKind::GoldenWeek).unwrap();
        assert_eq!(gw.closed_days, 5);
        // Obon 2026, 8/10 (Mon) – 8/16 (Sun): closed = 8/11 山の日, Sat 8/15, Sun 8/16 → 3.
        let obon = out.windows.iter().find(|w| w.kind == WindowKind::Obon).unwrap();
        assert_eq!(obon.closed_days, 3);
        assert_eq!(out.holidays.len(), 18);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn shipping_deadline_skips_holidays() {
        // From Thu 2026-04-30, 3 shipping days: 5/1 Fri (1), skip 5/2–5/6, 5/7 Thu (2), 5/8 Fri (3).
        let out = calendar(r#"{"year":2026,"shipFrom":"2026-04-30","shippingDays":3}"#).unwrap();
        let shipping = out.shipping.unwrap();
        assert_eq!(shipping.deadline.to_string(), "2026-05-08");
        assert_eq!(shipping.skipped.len(), 5);
        // A shop that also ships on Saturdays: 5/1 (1), 5/2 Sat (2), skip 5/3–5/6, 5/7 (3).
        let out = calendar(r#"{"year":2026,"shipFrom":"2026-04-30","shippingDays":3,"closedWeekdays":["sun"]}"#).unwrap();
        assert_eq!(out.shipping.unwrap().deadline.to_string(), "2026-05-07");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn user_dates_and_errors() {
        let out = calendar(r#"{"year":2025,"superSaleDates":[{"start":"2025-06-04T20:00","end":"2025-06-11T01:59:59"}],"marathons":[{"start":"2025-07-04T20:00","end":"2025-07-11T01:59","label":"7月マラソン"}]}"#).unwrap();
        assert_eq!(out.windows.iter().filter(|w| w.kind == WindowKind::SuperSale).count(), 1);
        let marathon = out.windows.iter().find(|w| w.kind == WindowKind::Marathon).unwrap();
        assert_eq!(
            (marathon.label.as_str(), marathon.provenance.status),
            ("7月マラソン", Status::Unverified)
        );
        assert_eq!(calendar(r#"{"year":2100}"#).unwrap_err().code, "out_of_range");
        assert_eq!(
            calendar(r#"{"year":2025,"marathons":[{"start":"2025-07-11","end":"2025-07-04"}]}"#)
                .unwrap_err()
                .field,
            "marathons[0].end"
        );
        assert_eq!(
            calendar(r#"{"year":2025,"superSale":{"months":[2],"startDay":30,"startTime":"20:00","endDay":31,"endTime":"01:59"}}"#)
                .unwrap_err()
                .code,
            "invalid_date"
        );
        assert_eq!(
            calendar(r#"{"year":2025,"closedWeekdays":["funday"]}"#).unwrap_err().field,
            "closedWeekdays[0]"
        );
    }
}
