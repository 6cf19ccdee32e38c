//! Golden reply-deadline cases worked by hand; all times JST. `now` is Thu 2025-06-05 12:00 and a
//! sale runs from 06-04 20:00 to 06-11 01:59.

use super::*;
use crate::input::decode_json;
use serde_json::{json, Value};
use wasm_bindgen_test::wasm_bindgen_test;

fn run(input: Value) -> Result<ReplyRiskOutput> {
    reply_risk(decode_json(&input.to_string())?)
}

fn scenario() -> Value {
    json!({
        "now": "2025-06-05T12:00:00+09:00",
        "sales": [{"start": "2025-06-04T20:00", "end": "2025-06-11T01:59:59"}],
        "posts": [{"id": "p1", "postedAt": "2025-06-04T12:00"}, {"id": "p2", "postedAt": "2025-06-01T00:00"}],
        "messages": [
            {"id": "m1", "channel": "rakuten_inquiry", "receivedAt": "2025-06-04T10:00"},
            {"id": "m2", "channel": "rakuten_inquiry", "receivedAt": "2025-06-04T14:00", "answeredAt": "2025-06-05T09:00"},
            {"id": "m3", "channel": "creator_comment", "receivedAt": "2025-06-05T07:00", "postId": "p1"},
            {"id": "m4", "channel": "tiktok", "receivedAt": "2025-06-05T11:00"},
            {"id": "m5", "channel": "rakuten_inquiry", "receivedAt": "2025-06-04T21:00", "answeredAt": "2025-06-05T10:00"},
            {"id": "m6", "channel": "creator_comment", "receivedAt": "2025-06-04T13:00", "answeredAt": "2025-06-04T15:00", "postId": "p1"},
            {"id": "m7", "channel": "creator_comment", "receivedAt": "2025-06-04T18:00", "postId": "p1", "language": "zh"},
            {"id": "m8", "channel": "creator_comment", "receivedAt": "2025-06-05T08:00", "postId": "p1"},
            {"id": "m9", "channel": "creator_comment", "receivedAt": "2025-06-05T09:00", "postId": "p1"},
            {"id": "m10", "channel": "creator_comment", "receivedAt": "2025-06-04T01:00", "postId": "p2"}
        ]
    })
}

fn item<'a>(out: &'a ReplyRiskOutput, id: &str) -> &'a Item {
    out.items.iter().find(|i| i.id == id).unwrap()
}

#[wasm_bindgen_test(unsupported = test)]
fn calendar_deadlines() {
    let out = run(scenario()).unwrap();
    // m1: before the sale → 24 h → due 06-05 10:00; unanswered at 12:00 → 2 h overdue.
    let m1 = item(&out, "m1");
    assert_eq!(
        (m1.deadline.to_string().as_str(), m1.status, m1.seconds_left, m1.during_sale),
        ("2025-06-05T10:00:00+09:00", Status::Overdue, Some(-7_200), false)
    );
    // m2: 24 h → due 06-05 14:00; answered 09:00 after 19 h = 68,400 s.
    let m2 = item(&out, "m2");
    assert_eq!((m2.status, m2.response_seconds), (Status::AnsweredOnTime, Some(68_400)));
    // m3: creator comment, 4 h → due 11:00 → overdue by 1 h.
    assert_eq!(
        (item(&out, "m3").status, item(&out, "m3").seconds_left),
        (Status::Overdue, Some(-3_600))
    );
    // m4: TikTok during the sale → min(24, 12) = 12 h → due 23:00, 11 h left.
    let m4 = item(&out, "m4");
    assert_eq!((m4.limit_hours, m4.rule, m4.seconds_left), (12, "saleInquiryHours", Some(39_600)));
    // m5: Rakuten inquiry during the sale → 12 h → due 06-05 09:00; answered 10:00 → late.
    assert_eq!(item(&out, "m5").status, Status::AnsweredLate);
    // Overdue, most overdue first: m10 (comment 06-04 01:00 → due 05:00), m7 (18:00 → 22:00),
    // m1 (06-05 10:00), m3 (11:00). m8 is due exactly now (08:00 + 4 h) → still open.
    assert_eq!(out.overdue, ["m10", "m7", "m1", "m3"]);
    assert_eq!(item(&out, "m8").status, Status::Open);
    assert_eq!(out.clock, "calendar");
}

#[wasm_bindgen_test(unsupported = test)]
fn pause_rule() {
    let out = run(scenario()).unwrap();
    let p1 = out.pause.iter().find(|p| p.post_id == "p1").unwrap();
    // Within 72 h of p1 and up to now: m3, m8, m9 unanswered Japanese; m6 answered; m7 is Chinese.
    assert_eq!(p1.message_ids, ["m3", "m8", "m9"]);
    assert_eq!((p1.unanswered, p1.triggered, p1.remaining_before_pause), (3, true, 0));
    assert_eq!(p1.window_end.to_string(), "2025-06-07T12:00:00+09:00");
    // p2's window ended 06-04 00:00; m10 came after it.
    let p2 = out.pause.iter().find(|p| p.post_id == "p2").unwrap();
    assert_eq!((p2.unanswered, p2.triggered), (0, false));
    assert!(out.pause_triggered);
    // Raising the line to 4 (user-entered) clears the trigger.
    let mut input = scenario();
    input["rules"] = json!({"pauseUnanswered": 4});
    let out = run(input).unwrap();
    assert!(!out.pause_triggered);
    assert_eq!(out.pause[0].remaining_before_pause, 1);
}

#[wasm_bindgen_test(unsupported = test)]
fn business_hours_skip_golden_week() {
    // Fri 2025-05-02 17:00, 24 open hours at 10:00–18:00 Mon–Fri: Fri 1 h; Sat 5/3, Sun 5/4,
    // 5/5 こどもの日 and 5/6 振替休日 closed; Wed 5/7 8 h (9), Thu 5/8 8 h (17), Fri 5/9 7 h → 17:00.
    let input = json!({
        "now": "2025-05-02T17:00:00+09:00",
        "businessHours": {"opens": "10:00", "closes": "18:00"},
        "messages": [
            {"id": "gw", "channel": "rakuten_inquiry", "receivedAt": "2025-05-02T17:00"},
            {"id": "early", "channel": "creator_comment", "receivedAt": "2025-06-02T08:00"}
        ]
    });
    let out = run(input.clone()).unwrap();
    assert_eq!(out.clock, "business");
    assert_eq!(item(&out, "gw").deadline.to_string(), "2025-05-09T17:00:00+09:00");
    // Received Mon 08:00 before opening: 4 h from 10:00 → 14:00.
    assert_eq!(item(&out, "early").deadline.to_string(), "2025-06-02T14:00:00+09:00");
    // Open on holidays: Fri 1 h, Mon 5/5 8 h (9), Tue 5/6 8 h (17), Wed 5/7 7 h → 17:00.
    let mut open = input;
    open["businessHours"]["closedOnHolidays"] = json!(false);
    assert_eq!(item(&run(open).unwrap(), "gw").deadline.to_string(), "2025-05-07T17:00:00+09:00");
}

#[wasm_bindgen_test(unsupported = test)]
fn bad_input() {
    let e = run(json!({"now": "2025-06-05", "messages": [{"channel": "rakuten_inquiry", "receivedAt": "2025-06-05T10:00", "answeredAt": "2025-06-05T09:00"}]})).unwrap_err();
    assert_eq!(e.field, "messages[0].answeredAt");
    let e = run(json!({"now": "2025-06-05", "messages": [{"channel": "creator_comment", "receivedAt": "2025-06-05", "postId": "nope"}]}))
        .unwrap_err();
    assert_eq!(e.field, "messages[0].postId");
    let e = run(json!({"now": "2025-06-05", "messages": [], "businessHours": {"opens": "18:00", "closes": "09:00"}})).unwrap_err();
    assert_eq!(e.field, "businessHours.closes");
    let e = run(json!({"now": "2025-06-05", "messages": [], "rules": {"inquiryHours": 0}})).unwrap_err();
    assert_eq!((e.code, e.field.as_str()), ("out_of_range", "rules.inquiryHours"));
    let e = run(json!({"now": "2025-06-05", "messages": [{"channel": "email", "receivedAt": "2025-06-05"}]})).unwrap_err();
    assert_eq!(e.field, "messages[0].channel");
    let e = run(json!({"now": "yesterday", "messages": []})).unwrap_err();
    assert_eq!((e.code, e.field.as_str()), ("invalid_date", "now"));
}

/// The day-by-day walk `add_open_time` used before issue 12, kept as the reference for the
/// counted-open-days version.
fn walk_open_time(s: &Schedule, start: Instant, seconds: i64) -> Option<Instant> {
    let mut t = start;
    let mut remaining = seconds;
    for _ in 0..MAX_SPAN_DAYS {
        let day = t.date_jst();
        if s.is_open_day(day) {
            let open = day.start_jst().add_seconds(s.opens);
            let close = day.start_jst().add_seconds(s.closes);
            let from = t.max(open);
            if from < close {
                let available = close.0 - from.0;
                if remaining <= available {
                    return Some(from.add_seconds(remaining));
                }
                remaining -= available;
            }
        }
        t = day.add_days(1).start_jst();
    }
    None
}

#[wasm_bindgen_test(unsupported = test)]
fn counted_open_days_match_the_day_walk() {
    let mut seed = 12u64;
    let mut next = |below: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % below
    };
    let base = Date::from_ymd(2025, 12, 20).unwrap();
    for round in 0..300 {
        let opens = next(20) as i64 * 3600;
        let closes = opens + 60 + next(86_400 - opens as u64 - 60) as i64;
        let weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        let closed: Vec<String> = weekdays.iter().filter(|_| next(3) == 0).map(|d| d.to_string()).collect();
        // Sometimes a long closed stretch, so deadlines run far or past the 10-year search.
        let closed_dates: Vec<Date> = (0..next(3) * 200).map(|i| base.add_days(i as i32 * (1 + (round % 3)))).collect();
        let hours = BusinessHours {
            opens: ClockTime(opens),
            closes: ClockTime(closes),
            closed_weekdays: Some(closed),
            closed_on_holidays: next(2) == 0,
            closed_dates,
        };
        let mut s = Schedule::from(&hours).unwrap();
        let starts: Vec<Instant> = (0..5).map(|_| base.start_jst().add_seconds(next(40 * 86_400) as i64)).collect();
        s.count_open_days(starts.iter().min().unwrap().date_jst(), starts.iter().max().unwrap().date_jst());
        for start in starts.iter().map(|t| Instant(t.0 - (t.0 % 60) * (round as i64 % 2))) {
            let start = start.max(*starts.iter().min().unwrap());
            for seconds in [0, 1, 3600, 24 * 3600, 720 * 3600, closes - opens, (closes - opens) * 3] {
                assert_eq!(
                    s.add_open_time(start, seconds).ok(),
                    walk_open_time(&s, start, seconds),
                    "round {round}: {start} + {seconds} s, open {opens}–{closes}"
                );
            }
        }
    }
}
