//! Japanese public holidays (国民の祝日に関する法律, 祝日法) for 2000–2099.
//!
//! Fixed-date and happy-Monday holidays follow the law as amended over time; 春分の日/秋分の日 use
//! the standard equinox approximation (valid 1980–2099) — the official dates are published by the
//! National Astronomical Observatory in February of the previous year, so years beyond that are
//! forecasts. Substitute holidays (振替休日, 祝日法3条2項) and 国民の休日 (3条3項) are derived, and
//! the one-off changes of 2019 (enthronement) and 2020/2021 (Olympic moves) are data.

use super::civil::{Date, Weekday};
use crate::error::{code, Error, Result};
use crate::provenance::{Label, Provenance, Status};
use serde::Serialize;

pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2099;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HolidayKind {
    /// A 国民の祝日 named in the law (or a one-off day made one by special law).
    National,
    /// 振替休日: the first non-holiday after a holiday falling on a Sunday.
    Substitute,
    /// 国民の休日: an ordinary day sandwiched between two 国民の祝日.
    Citizens,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Holiday {
    pub date: Date,
    /// Japanese name as the Cabinet Office lists it (振替休日 and 国民の休日 appear as 休日).
    pub name: &'static str,
    pub name_en: &'static str,
    pub kind: HolidayKind,
}

pub fn provenance() -> Provenance {
    Provenance {
        effective_to: Some("2099-12-31".into()),
        ..Provenance::noted(
            Label::new(
                "《国民の祝日に関する法律》（含历次修订，包括平成30年法律第57号和 2020、2021 年的东京奥运特别措施法）及内閣府「国民の祝日について」；春分日、秋分日在国立天文台公布之前按标准近似公式推算",
                "国民の祝日に関する法律（平成30年法律第57号や 2020・2021 年の東京オリンピック特別措置法による改正を含む）と内閣府「国民の祝日について」。春分の日・秋分の日は国立天文台が公表するまで標準の近似式で算出",
                "国民の祝日に関する法律 (as amended, incl. 平成30年法律第57号 and the Olympic special measures laws for 2020/2021) and 内閣府「国民の祝日について」; equinox days by the standard approximation until 国立天文台 publishes them",
            ),
            "https://www8.cao.go.jp/chosei/shukujitsu/gaiyou.html",
            "2000-01-01",
            Status::Official,
        )
    }
}

/// Every public holiday of `year`, in date order.
pub fn holidays(year: i32) -> Result<Vec<Holiday>> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "year",
            format!("holidays are computed for {FIRST_YEAR}–{LAST_YEAR}, got {year}"),
        ));
    }
    let mut national = national_holidays(year);
    national.sort_by_key(|h| h.date);
    let is_national = |d: Date| national.iter().any(|h| h.date == d);

    let mut extra = Vec::new();
    // 振替休日. Before 2007 only the Monday after a Sunday holiday; since 2007 the nearest
    // following day that is not itself a 国民の祝日 (平成17年法律第43号).
    for holiday in national.iter().filter(|h| h.date.weekday() == Weekday::Sun) {
        let mut day = holiday.date.add_days(1);
        if year >= 2007 {
            while is_national(day) {
                day = day.add_days(1);
            }
        } else if is_national(day) {
            continue;
        }
        extra.push(Holiday {
            date: day,
            name: "休日",
            name_en: "Substitute holiday",
            kind: HolidayKind::Substitute,
        });
    }
    // 国民の休日: both neighbours are 国民の祝日 and the day itself is not one. Before 2007 the
    // law also excluded Sundays and substitute holidays.
    for holiday in &national {
        let day = holiday.date.add_days(1);
        if is_national(day) || !is_national(day.add_days(1)) || day.year() != year {
            continue;
        }
        let excluded_before_2007 = day.weekday() == Weekday::Sun || extra.iter().any(|h| h.date == day);
        if year < 2007 && excluded_before_2007 {
            continue;
        }
        if !extra.iter().any(|h| h.date == day) {
            extra.push(Holiday {
                date: day,
                name: "休日",
                name_en: "Citizens' holiday",
                kind: HolidayKind::Citizens,
            });
        }
    }
    national.extend(extra.into_iter().filter(|h| h.date.year() == year));
    national.sort_by_key(|h| h.date);
    Ok(national)
}

thread_local! {
    /// Holiday dates per year, computed on first use (wasm and each native test thread have one).
    static YEARS: std::cell::RefCell<std::collections::BTreeMap<i32, Vec<Date>>> = Default::default();
}

/// Whether `date` is a public holiday (祝日, 振替休日 or 国民の休日). Years outside 2000–2099 have
/// no holiday data and report none (callers say so in their documentation).
pub fn is_holiday(date: Date) -> bool {
    let year = date.year();
    YEARS.with_borrow_mut(|years| {
        years
            .entry(year)
            .or_insert_with(|| {
                holidays(year)
                    .map(|list| list.into_iter().map(|h| h.date).collect())
                    .unwrap_or_default()
            })
            .contains(&date)
    })
}

/// Day of March of 春分の日 for 1980–2099: floor(20.8431 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4)),
/// evaluated in millionths so no floating point is involved.
pub fn vernal_equinox_day(year: i32) -> u32 {
    equinox(20_843_100, year)
}

/// Day of September of 秋分の日: floor(23.2488 + 0.242194 (Y − 1980) − floor((Y − 1980) / 4)).
pub fn autumnal_equinox_day(year: i32) -> u32 {
    equinox(23_248_800, year)
}

#[expect(
    clippy::arithmetic_side_effects,
    reason = "years are 1900–2199 (Date's range), so n is within ±300 and the sum within ±10^9"
)]
fn equinox(base_millionths: i64, year: i32) -> u32 {
    let n = (year - 1980) as i64;
    let millionths = base_millionths + 242_194 * n - 1_000_000 * n.div_euclid(4);
    millionths.div_euclid(1_000_000) as u32
}

fn national_holidays(year: i32) -> Vec<Holiday> {
    let mut out = Vec::with_capacity(20);
    let mut add = |date: Option<Date>, name: &'static str, name_en: &'static str| {
        if let Some(date) = date {
            out.push(Holiday {
                date,
                name,
                name_en,
                kind: HolidayKind::National,
            });
        }
    };
    let on = |m, d| Date::from_ymd(year, m, d);
    let monday = |m, n| Date::nth_weekday(year, m, Weekday::Mon, n);

    add(on(1, 1), "元日", "New Year's Day");
    add(monday(1, 2), "成人の日", "Coming of Age Day");
    add(on(2, 11), "建国記念の日", "National Foundation Day");
    match year {
        ..=2018 => add(on(12, 23), "天皇誕生日", "Emperor's Birthday"),
        2019 => {} // 12/23 ceased with the abdication; 2/23 starts in 2020.
        _ => add(on(2, 23), "天皇誕生日", "Emperor's Birthday"),
    }
    add(on(3, vernal_equinox_day(year)), "春分の日", "Vernal Equinox Day");
    if year >= 2007 {
        add(on(4, 29), "昭和の日", "Showa Day");
        add(on(5, 4), "みどりの日", "Greenery Day");
    } else {
        add(on(4, 29), "みどりの日", "Greenery Day");
    }
    add(on(5, 3), "憲法記念日", "Constitution Memorial Day");
    add(on(5, 5), "こどもの日", "Children's Day");
    if year == 2019 {
        add(on(5, 1), "即位の日", "Enthronement Day");
        add(on(10, 22), "即位礼正殿の儀の行われる日", "Enthronement Ceremony Day");
    }
    let marine = match year {
        ..=2002 => on(7, 20),
        2020 => on(7, 23),
        2021 => on(7, 22),
        _ => monday(7, 3),
    };
    add(marine, "海の日", "Marine Day");
    let mountain = match year {
        ..=2015 => None,
        2020 => on(8, 10),
        2021 => on(8, 8),
        _ => on(8, 11),
    };
    add(mountain, "山の日", "Mountain Day");
    add(
        if year <= 2002 { on(9, 15) } else { monday(9, 3) },
        "敬老の日",
        "Respect for the Aged Day",
    );
    add(on(9, autumnal_equinox_day(year)), "秋分の日", "Autumnal Equinox Day");
    match year {
        ..=2019 => add(monday(10, 2), "体育の日", "Health and Sports Day"),
        2020 => add(on(7, 24), "スポーツの日", "Sports Day"),
        2021 => add(on(7, 23), "スポーツの日", "Sports Day"),
        _ => add(monday(10, 2), "スポーツの日", "Sports Day"),
    }
    add(on(11, 3), "文化の日", "Culture Day");
    add(on(11, 23), "勤労感謝の日", "Labour Thanksgiving Day");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn listed(year: i32) -> Vec<String> {
        holidays(year).unwrap().iter().map(|h| format!("{} {}", h.date, h.name)).collect()
    }

    /// 内閣府「国民の祝日について」, syukujitsu.csv (https://www8.cao.go.jp/chosei/shukujitsu/syukujitsu.csv),
    /// 令和7年 rows; 休日 = 振替休日 (2/24 for Sun 2/23, 5/6 for Sun 5/4, 11/24 for Sun 11/23).
    #[wasm_bindgen_test(unsupported = test)]
    fn matches_cabinet_office_list_2025() {
        let expected = [
            "2025-01-01 元日",
            "2025-01-13 成人の日",
            "2025-02-11 建国記念の日",
            "2025-02-23 天皇誕生日",
            "2025-02-24 休日",
            "2025-03-20 春分の日",
            "2025-04-29 昭和の日",
            "2025-05-03 憲法記念日",
            "2025-05-04 みどりの日",
            "2025-05-05 こどもの日",
            "2025-05-06 休日",
            "2025-07-21 海の日",
            "2025-08-11 山の日",
            "2025-09-15 敬老の日",
            "2025-09-23 秋分の日",
            "2025-10-13 スポーツの日",
            "2025-11-03 文化の日",
            "2025-11-23 勤労感謝の日",
            "2025-11-24 休日",
        ];
        assert_eq!(listed(2025), expected);
    }

    /// Same source, 令和8年 rows: 5/6 振替休日 (Sun 5/3) and 9/22 国民の休日 between 敬老の日 9/21
    /// and 秋分の日 9/23.
    #[wasm_bindgen_test(unsupported = test)]
    fn matches_cabinet_office_list_2026() {
        let expected = [
            "2026-01-01 元日",
            "2026-01-12 成人の日",
            "2026-02-11 建国記念の日",
            "2026-02-23 天皇誕生日",
            "2026-03-20 春分の日",
            "2026-04-29 昭和の日",
            "2026-05-03 憲法記念日",
            "2026-05-04 みどりの日",
            "2026-05-05 こどもの日",
            "2026-05-06 休日",
            "2026-07-20 海の日",
            "2026-08-11 山の日",
            "2026-09-21 敬老の日",
            "2026-09-22 休日",
            "2026-09-23 秋分の日",
            "2026-10-12 スポーツの日",
            "2026-11-03 文化の日",
            "2026-11-23 勤労感謝の日",
        ];
        assert_eq!(listed(2026), expected);
    }

    /// 内閣府 announcement of 2026-02-02 (after 国立天文台's 令和9年暦要項): 春分の日 3/21 (Sunday) with
    /// 3/22 振替休日 under 祝日法3条2項; 秋分の日 9/23.
    #[wasm_bindgen_test(unsupported = test)]
    fn matches_cabinet_office_list_2027() {
        let expected = [
            "2027-01-01 元日",
            "2027-01-11 成人の日",
            "2027-02-11 建国記念の日",
            "2027-02-23 天皇誕生日",
            "2027-03-21 春分の日",
            "2027-03-22 休日",
            "2027-04-29 昭和の日",
            "2027-05-03 憲法記念日",
            "2027-05-04 みどりの日",
            "2027-05-05 こどもの日",
            "2027-07-19 海の日",
            "2027-08-11 山の日",
            "2027-09-20 敬老の日",
            "2027-09-23 秋分の日",
            "2027-10-11 スポーツの日",
            "2027-11-03 文化の日",
            "2027-11-23 勤労感謝の日",
        ];
        assert_eq!(listed(2027), expected);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn special_years_2019_to_2021() {
        let y2019 = listed(2019);
        // Golden Week 2019: 4/30 and 5/2 are 国民の休日 around 即位の日 5/1; 5/6 substitutes Sun 5/5.
        for day in [
            "2019-04-30 休日",
            "2019-05-01 即位の日",
            "2019-05-02 休日",
            "2019-05-06 休日",
            "2019-10-22 即位礼正殿の儀の行われる日",
        ] {
            assert!(y2019.contains(&day.to_string()), "{day}");
        }
        assert!(!y2019.iter().any(|d| d.contains("天皇誕生日")));
        let y2020 = listed(2020);
        for day in [
            "2020-07-23 海の日",
            "2020-07-24 スポーツの日",
            "2020-08-10 山の日",
            "2020-02-24 休日",
        ] {
            assert!(y2020.contains(&day.to_string()), "{day}");
        }
        let y2021 = listed(2021);
        // 山の日 2021 on Sunday 8/8 → 8/9 振替休日.
        for day in [
            "2021-07-22 海の日",
            "2021-07-23 スポーツの日",
            "2021-08-08 山の日",
            "2021-08-09 休日",
        ] {
            assert!(y2021.contains(&day.to_string()), "{day}");
        }
        assert!(!y2021.iter().any(|d| d.starts_with("2021-10-")));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn older_rules_and_sandwich_days() {
        // 2009-09-22: 国民の休日 between 敬老の日 9/21 and 秋分の日 9/23 (the first "silver week").
        assert!(listed(2009).contains(&"2009-09-22 休日".to_string()));
        // 2003-05-04 was a Sunday: before 2007 a Sunday could not become a 国民の休日.
        assert!(!listed(2003).iter().any(|d| d.starts_with("2003-05-04")));
        // 2006-05-04 (Thursday) was a 国民の休日; 2006-04-29 was みどりの日.
        assert!(listed(2006).contains(&"2006-05-04 休日".to_string()));
        assert!(listed(2006).contains(&"2006-04-29 みどりの日".to_string()));
        // 2000: 体育の日 moved to the 2nd Monday (10/9); 海の日 still 7/20; 敬老の日 still 9/15.
        let y2000 = listed(2000);
        for day in [
            "2000-10-09 体育の日",
            "2000-07-20 海の日",
            "2000-09-15 敬老の日",
            "2000-12-23 天皇誕生日",
        ] {
            assert!(y2000.contains(&day.to_string()), "{day}");
        }
        assert_eq!(holidays(1999).unwrap_err().code, "out_of_range");
        assert_eq!(holidays(2100).unwrap_err().code, "out_of_range");
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn every_year_is_well_formed() {
        for year in FIRST_YEAR..=LAST_YEAR {
            let list = holidays(year).unwrap();
            assert!(list.windows(2).all(|w| w[0].date < w[1].date), "{year}: sorted and unique");
            assert!(list.iter().all(|h| h.date.year() == year));
            // Substitutes never land on a Sunday or on another holiday.
            for h in list.iter().filter(|h| h.kind == HolidayKind::Substitute) {
                assert_ne!(h.date.weekday(), Weekday::Sun, "{year}");
            }
            // Equinoxes stay on their known date ranges (March 19–21, September 22–24).
            assert!((19..=21).contains(&vernal_equinox_day(year)));
            assert!((22..=24).contains(&autumnal_equinox_day(year)));
        }
    }
}
