//! Property tests for the health calculators over seeded pseudo-random inputs (SplitMix64, so a
//! failure reproduces from the printed seed).

use jpseller::dates::civil::{Date, Instant};
use jpseller::dates::holidays::{holidays, HolidayKind};
use jpseller::health::store::{absorbable, clean_orders_to_recover};
use jpseller::health::{reply_risk, rfm_segments, store_health};
use jpseller::input::decode_json;
use rust_decimal::Decimal;
use serde_json::{json, Value};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn day(offset: i64) -> String {
    Date::from_ymd(2025, 5, 1).unwrap().add_days(offset as i32).to_string()
}

fn random_orders(rng: &mut Rng, n: usize) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let d = rng.below(75) as i64;
            let mut row = json!({"orderId": format!("o{i}"), "customerId": format!("c{}", rng.below(40)), "orderDate": day(d), "amount": rng.below(30_000) + 1});
            if rng.chance(85) {
                row["shipBy"] = json!(day(d + 2));
            }
            if rng.chance(80) {
                row["shippedAt"] = json!(day(d + rng.below(5) as i64));
                row["delivered"] = json!(rng.chance(90));
            }
            row["cancelled"] = json!(rng.chance(5));
            row["returned"] = json!(rng.chance(8));
            row["complaint"] = json!(rng.chance(3));
            if rng.chance(30) {
                row["reviewScore"] = json!(rng.below(5) + 1);
            }
            row
        })
        .collect()
}

fn health(orders: &[Value], evaluation: &str, window: u64) -> Value {
    let input = json!({"orders": orders, "evaluationDate": evaluation, "windowDays": window, "maxDrivers": 10000});
    serde_json::to_value(store_health(decode_json(&input.to_string()).unwrap()).unwrap()).unwrap()
}

#[test]
fn rates_are_fractions_and_drivers_match_numerators() {
    for seed in 0..60 {
        let mut rng = Rng(seed);
        let n = rng.below(200) as usize;
        let orders = random_orders(&mut rng, n);
        let window = 1 + rng.below(40);
        let out = health(&orders, "2025-06-30", window);
        for m in out["metrics"].as_array().unwrap() {
            let (num, den) = (m["numerator"].as_u64().unwrap(), m["denominator"].as_u64().unwrap());
            assert!(num <= den, "seed {seed}: {m}");
            assert_eq!(m["drivers"].as_array().unwrap().len() as u64, num, "seed {seed}");
            if m["unit"] == "percent" {
                if let Some(v) = m["value"].as_str() {
                    let v: Decimal = v.parse().unwrap();
                    assert!(v >= Decimal::ZERO && v <= Decimal::ONE_HUNDRED, "seed {seed}: {v}");
                }
            }
        }
    }
}

#[test]
fn only_orders_inside_the_window_count() {
    for seed in 100..140 {
        let mut rng = Rng(seed);
        let orders = random_orders(&mut rng, 150);
        let window = 1 + rng.below(30);
        let base = health(&orders, "2025-06-30", window);
        // Orders far outside both windows (before the previous window, or after the evaluation
        // date) change nothing but the "outside" count.
        let mut more = orders.clone();
        more.push(json!({"orderDate": "2024-01-01", "complaint": true, "returned": true, "cancelled": true}));
        more.push(json!({"orderDate": "2025-07-01", "complaint": true}));
        let with_noise = health(&more, "2025-06-30", window);
        assert_eq!(base["metrics"], with_noise["metrics"], "seed {seed}");
        assert_eq!(
            with_noise["ordersOutsideWindows"].as_u64().unwrap(),
            base["ordersOutsideWindows"].as_u64().unwrap() + 2
        );
        // Every order is in exactly one of: window, previous window, outside.
        let total = base["ordersInWindow"].as_u64().unwrap()
            + base["ordersInPreviousWindow"].as_u64().unwrap()
            + base["ordersOutsideWindows"].as_u64().unwrap();
        assert_eq!(total, orders.len() as u64);
    }
}

#[test]
fn headroom_solver_is_exact_and_monotone() {
    let mut rng = Rng(7);
    for _ in 0..5_000 {
        let orders = rng.below(2_000);
        let bad = rng.below(orders + 1);
        let planned = rng.below(500);
        let line = Decimal::new(rng.below(1_000) as i64 + 1, 2); // 0.01 % … 10 %
        let k = absorbable(bad, orders, planned, line, false).unwrap();
        let total = Decimal::from(orders + planned);
        let rate = |b: u64| Decimal::from(b) * Decimal::ONE_HUNDRED;
        if k > 0 {
            assert!(rate(bad + k) <= line * total, "k too large: {bad}/{orders}+{planned} at {line}");
        }
        if rate(bad) <= line * total {
            assert!(rate(bad + k + 1) > line * total, "k too small: {bad}/{orders}+{planned} at {line}");
        }
        // More orders never shrink the room; more bad orders never grow it.
        assert!(absorbable(bad, orders + 1, planned, line, false).unwrap() >= k);
        assert!(absorbable(bad + 1, orders, planned, line, false).unwrap() <= k);
        // Recovery: the fewest clean orders that bring the rate back to ≤ line.
        let m = clean_orders_to_recover(bad, orders, line).unwrap().unwrap();
        assert!(rate(bad) <= line * Decimal::from(orders + m));
        if m > 0 {
            assert!(rate(bad) > line * Decimal::from(orders + m - 1));
        }
        assert!(clean_orders_to_recover(bad + 1, orders, line).unwrap().unwrap() >= m);
    }
    assert_eq!(clean_orders_to_recover(1, 10, Decimal::ZERO), Ok(None));
}

#[test]
fn bands_never_improve_when_complaints_are_added() {
    let severity = |b: &Value| match b.as_str().unwrap() {
        "unrated" => 0,
        "ok" => 1,
        "investigate" => 2,
        "risk" => 3,
        _ => 4,
    };
    for seed in 200..230 {
        let mut rng = Rng(seed);
        let mut orders = random_orders(&mut rng, 120);
        let mut last = 0;
        for i in 0..orders.len() {
            orders[i]["complaint"] = json!(true);
            if i % 10 == 0 {
                let out = health(&orders, "2025-06-30", 30);
                let band = severity(&out["metrics"][0]["band"]);
                assert!(band >= last, "seed {seed}");
                last = band;
            }
        }
    }
}

#[test]
fn substitute_holidays_follow_every_sunday_holiday() {
    for year in 2007..=2099 {
        let list = holidays(year).unwrap();
        let national: Vec<Date> = list.iter().filter(|h| h.kind == HolidayKind::National).map(|h| h.date).collect();
        for sunday in national.iter().filter(|d| d.weekday() == jpseller::dates::civil::Weekday::Sun) {
            let mut next = sunday.add_days(1);
            while national.contains(&next) {
                next = next.add_days(1);
            }
            if next.year() == year {
                assert!(
                    list.iter().any(|h| h.date == next && h.kind == HolidayKind::Substitute),
                    "{year}: {next}"
                );
            }
        }
    }
}

#[test]
fn instants_round_trip_through_text() {
    let mut rng = Rng(99);
    for _ in 0..20_000 {
        // Any second between 1990 and 2150.
        let seconds = 631_152_000 + rng.below(5_048_000_000) as i64;
        let instant = Instant(seconds);
        assert_eq!(Instant::parse(&instant.to_string()).unwrap(), instant);
    }
}

#[test]
fn business_deadlines_are_never_earlier_than_calendar_ones() {
    let mut rng = Rng(5);
    for _ in 0..300 {
        let received = format!("{}T{:02}:{:02}", day(rng.below(400) as i64), rng.below(24), rng.below(60));
        let hours = 1 + rng.below(72);
        let input = |business: bool| {
            let mut v = json!({"now": "2025-05-01", "rules": {"inquiryHours": hours}, "messages": [{"channel": "rakuten_inquiry", "receivedAt": received}]});
            if business {
                v["businessHours"] = json!({"opens": "09:00", "closes": "18:00"});
            }
            reply_risk(decode_json(&v.to_string()).unwrap()).unwrap().items[0].deadline
        };
        let (calendar, business) = (input(false), input(true));
        assert!(business >= calendar, "{received} +{hours}h");
        // A business deadline always lands inside open hours on an open day.
        let seconds = business.seconds_of_day_jst();
        assert!((9 * 3600..=18 * 3600).contains(&seconds), "{business}");
    }
}

#[test]
fn rfm_segments_partition_customers_and_revenue() {
    for seed in 300..330 {
        let mut rng = Rng(seed);
        let orders = random_orders(&mut rng, 300);
        let input = json!({"orders": orders, "asOf": "2025-06-30"});
        let out = serde_json::to_value(rfm_segments(decode_json(&input.to_string()).unwrap()).unwrap()).unwrap();
        let segments = out["segments"].as_array().unwrap();
        let customers: u64 = segments.iter().map(|s| s["customers"].as_u64().unwrap()).sum();
        let revenue: i64 = segments
            .iter()
            .map(|s| s["revenue"].as_str().unwrap().parse::<i64>().unwrap())
            .sum();
        assert_eq!(customers, out["customers"].as_u64().unwrap(), "seed {seed}");
        assert_eq!(revenue.to_string(), out["revenue"].as_str().unwrap(), "seed {seed}");
        assert_eq!(out["csv"].as_str().unwrap().lines().count() as u64, customers + 1);
    }
}

#[test]
fn csv_reader_round_trips_quoted_cells() {
    use jpseller::health::csv::parse;
    let alphabet = ["a", "注", ",", "\"", "\n", "\r\n", " ", "1", ";"];
    for seed in 400..700 {
        let mut rng = Rng(seed);
        let columns = 1 + rng.below(5) as usize;
        let rows: Vec<Vec<String>> = (0..1 + rng.below(6))
            .map(|_| {
                (0..columns)
                    .map(|c| {
                        let mut cell: String = (0..rng.below(6))
                            .map(|_| alphabet[rng.below(alphabet.len() as u64) as usize])
                            .collect();
                        if c == 0 {
                            cell.insert(0, 'x'); // no record is entirely blank
                        }
                        cell
                    })
                    .collect()
            })
            .collect();
        let quote = |cell: &String| {
            if cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') {
                format!("\"{}\"", cell.replace('"', "\"\""))
            } else {
                cell.clone()
            }
        };
        let newline = if rng.chance(50) { "\r\n" } else { "\n" };
        let header: Vec<String> = (0..columns).map(|c| format!("h{c}")).collect();
        let mut text = header.join(",");
        for row in &rows {
            text.push_str(newline);
            text.push_str(&row.iter().map(quote).collect::<Vec<_>>().join(","));
        }
        if rng.chance(50) {
            text.push_str(newline);
        }
        let table = parse(&text, ',').unwrap();
        assert_eq!(table.headers, header, "seed {seed}");
        let parsed: Vec<Vec<String>> = table.records.into_iter().map(|r| r.cells).collect();
        assert_eq!(parsed, rows, "seed {seed}: {text:?}");
    }
}
