//! `rfmSegments`: recency, frequency and monetary value per customer from order rows, segmented
//! by an editable preset (the loyalty guide's "high value" and "dormant"), with counts, revenue
//! share and a CSV of segment membership. Customer ids leave this function only as salted
//! hashes unless the caller asks for them.

use super::orders::{self, ColumnUse, CsvSource, OrderRow};
use super::{percent, user_entered, Guide};
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::money::Yen;
use crate::provenance::Provenance;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;

const MAX_SEGMENTS: usize = 50;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RfmInput {
    #[serde(default)]
    pub orders: Option<Vec<OrderRow>>,
    #[serde(default)]
    pub csv: Option<CsvSource>,
    /// Recency is counted in whole JST days up to this date; later orders are ignored.
    pub as_of: Date,
    /// Segments tried in order, first match wins; customers matching none are "other".
    /// Omitted = the guide's preset.
    #[serde(default)]
    pub segments: Option<Vec<SegmentRule>>,
    /// Mixed into the customer hash so keys from different exports cannot be linked.
    #[serde(default)]
    pub salt: String,
    /// List each customer (default true).
    #[serde(default = "yes")]
    pub include_members: bool,
    /// Also return the raw customer ids (for the seller's own CRM import). Default false.
    #[serde(default)]
    pub include_raw_ids: bool,
}

fn yes() -> bool {
    true
}

/// Every bound is optional and inclusive.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SegmentRule {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recency_max_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recency_min_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_min: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_max: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetary_min: Option<Yen>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monetary_max: Option<Yen>,
}

impl SegmentRule {
    fn matches(&self, c: &Customer) -> bool {
        self.recency_max_days.is_none_or(|v| c.recency_days <= v as i64)
            && self.recency_min_days.is_none_or(|v| c.recency_days >= v as i64)
            && self.frequency_min.is_none_or(|v| c.frequency >= v)
            && self.frequency_max.is_none_or(|v| c.frequency <= v)
            && self.monetary_min.is_none_or(|v| c.monetary >= v)
            && self.monetary_max.is_none_or(|v| c.monetary <= v)
    }
}

/// The loyalty guide's segments: high value = last order ≤ 7 days ago, ≥ 3 orders, ≥ ¥50,000;
/// dormant = last order ≥ 30 days ago.
pub fn preset_segments() -> Vec<SegmentRule> {
    vec![
        SegmentRule {
            id: "high_value".into(),
            label: Some("高价值 / 優良顧客 / High value".into()),
            recency_max_days: Some(7),
            frequency_min: Some(3),
            monetary_min: Some(Yen(50_000)),
            ..SegmentRule::default()
        },
        SegmentRule {
            id: "dormant".into(),
            label: Some("沉睡 / 休眠顧客 / Dormant".into()),
            recency_min_days: Some(30),
            ..SegmentRule::default()
        },
    ]
}

struct Customer {
    id: String,
    last: Date,
    recency_days: i64,
    frequency: u64,
    monetary: Yen,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SegmentSummary {
    pub id: String,
    pub label: Option<String>,
    pub customers: u64,
    pub revenue: Yen,
    /// Percent of all revenue, 2 decimals half-up (shares may not add up to exactly 100).
    pub revenue_share: Option<Decimal>,
    pub customer_share: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<SegmentRule>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    /// Salted 64-bit FNV-1a hash of the customer id, hex.
    pub customer: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    pub last_order: Date,
    pub recency_days: i64,
    pub frequency: u64,
    pub monetary: Yen,
    pub segment: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hashing {
    pub algorithm: &'static str,
    pub protects_against: &'static str,
    pub does_not_protect_against: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RfmOutput {
    pub as_of: Date,
    pub customers: u64,
    pub orders_counted: u64,
    pub cancelled_excluded: u64,
    pub after_as_of_ignored: u64,
    pub revenue: Yen,
    pub segments: Vec<SegmentSummary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<Member>>,
    /// `customer,segment,last_order,recency_days,frequency,monetary` (+ `customer_id` when raw ids
    /// were requested), one row per customer, highest spend first.
    pub csv: String,
    pub hashing: Hashing,
    pub segments_provenance: Provenance,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<ColumnUse>,
}

/// 64-bit FNV-1a over `salt`, a 0x1f separator and `id`: stable across runs and platforms.
pub fn customer_hash(salt: &str, id: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    for byte in salt.bytes().chain([0x1f]).chain(id.bytes()) {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(PRIME);
    }
    format!("{hash:016x}")
}

/// rfmSegments' work limit, below storeHealth's MAX_ROWS: with members and the CSV export each
/// customer costs more. 50,000 orders of 50,000 customers took 1.6 s in Node on a 2-core machine
/// at load 5, so the limit is 25,000 (also checked by the wasm boundary before `orders` is copied).
pub const MAX_RFM_ORDERS: usize = 25_000;

pub fn check_rfm_orders(orders: usize) -> Result<()> {
    if orders > MAX_RFM_ORDERS {
        return Err(Error::new(
            code::TOO_MUCH_WORK,
            "orders",
            format!("{orders} orders; the limit is {MAX_RFM_ORDERS} (about a second of work): split them by month or shop"),
        ));
    }
    Ok(())
}

pub fn rfm_segments(input: RfmInput) -> Result<RfmOutput> {
    let (rules, segments_provenance) = match input.segments {
        Some(rules) => (rules, user_entered()),
        None => (preset_segments(), Guide::Loyalty.provenance()),
    };
    if rules.len() > MAX_SEGMENTS {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "segments",
            format!("at most {MAX_SEGMENTS} segments"),
        ));
    }
    for (i, rule) in rules.iter().enumerate() {
        if rule.id.is_empty() || rule.id == "other" || rules.iter().take(i).any(|r| r.id == rule.id) {
            return Err(Error::new(
                code::INVALID_INPUT,
                format!("segments[{i}].id"),
                "segment ids must be non-empty, unique and not \"other\"",
            ));
        }
    }
    if let Some(rows) = &input.orders {
        check_rfm_orders(rows.len())?;
    }
    let (orders, columns) = orders::load(input.orders, input.csv.as_ref(), &["orderDate", "customerId", "amount"])?;
    check_rfm_orders(orders.len()).map_err(|e| {
        if columns.is_empty() {
            e
        } else {
            Error { field: "csv".into(), ..e }
        }
    })?;

    let mut by_customer: BTreeMap<String, Customer> = BTreeMap::new();
    let (mut counted, mut cancelled, mut later) = (0u64, 0u64, 0u64);
    for (i, order) in orders.iter().enumerate() {
        let row = &order.row;
        let at = || {
            if columns.is_empty() {
                format!("orders[{i}]")
            } else {
                order.label.clone()
            }
        };
        let id = row.customer_id.as_deref().ok_or_else(|| {
            Error::new(
                code::MISSING_FIELD,
                format!("{}.customerId", at()),
                "a customer id is required for RFM",
            )
        })?;
        let amount = row.amount.ok_or_else(|| {
            Error::new(
                code::MISSING_FIELD,
                format!("{}.amount", at()),
                "an order amount is required for RFM",
            )
        })?;
        let day = row.order_date.date_jst();
        if row.cancelled {
            cancelled = cancelled.saturating_add(1); // counts ≤ MAX_ROWS orders
            continue;
        }
        if day > input.as_of {
            later = later.saturating_add(1);
            continue;
        }
        counted = counted.saturating_add(1);
        let entry = by_customer.entry(id.to_string()).or_insert_with(|| Customer {
            id: id.to_string(),
            last: day,
            recency_days: 0,
            frequency: 0,
            monetary: Yen::ZERO,
        });
        entry.last = entry.last.max(day);
        entry.frequency = entry.frequency.saturating_add(1);
        entry.monetary = entry.monetary.checked_add(amount).map_err(|e| e.within(&at()))?;
    }
    let mut customers: Vec<Customer> = by_customer.into_values().collect();
    for c in &mut customers {
        c.recency_days = input.as_of.days_since(c.last) as i64;
    }
    // Highest spend first; ties by hash so the order does not reveal the raw ids.
    customers.sort_by_cached_key(|c| (std::cmp::Reverse(c.monetary), customer_hash(&input.salt, &c.id)));

    let segment_of = |c: &Customer| rules.iter().position(|r| r.matches(c));
    // One slot per segment rule, then "other".
    let mut totals = vec![(0u64, Yen::ZERO); rules.len().saturating_add(1)];
    let mut revenue = Yen::ZERO;
    let mut members = Vec::with_capacity(if input.include_members { customers.len() } else { 0 });
    let mut csv = String::from(if input.include_raw_ids {
        "customer,customer_id,segment,last_order,recency_days,frequency,monetary\n"
    } else {
        "customer,segment,last_order,recency_days,frequency,monetary\n"
    });
    for c in &customers {
        let index = segment_of(c).unwrap_or(rules.len());
        let segment = rules.get(index).map_or("other", |r| r.id.as_str());
        if let Some((count, money)) = totals.get_mut(index) {
            *count = count.saturating_add(1); // ≤ the number of customers
            *money = money.checked_add(c.monetary)?;
        }
        revenue = revenue.checked_add(c.monetary)?;
        let hash = customer_hash(&input.salt, &c.id);
        let raw = if input.include_raw_ids {
            format!(",{}", csv_cell(&c.id))
        } else {
            String::new()
        };
        let _ = writeln!(
            csv,
            "{hash}{raw},{},{},{},{},{}",
            csv_cell(segment),
            c.last,
            c.recency_days,
            c.frequency,
            c.monetary
        );
        if input.include_members {
            members.push(Member {
                customer: hash,
                customer_id: input.include_raw_ids.then(|| c.id.clone()),
                last_order: c.last,
                recency_days: c.recency_days,
                frequency: c.frequency,
                monetary: c.monetary,
                segment: segment.to_string(),
            });
        }
    }
    let n = customers.len() as u64;
    let mut segments: Vec<SegmentSummary> = rules
        .iter()
        .zip(&totals)
        .map(|(rule, (count, money))| SegmentSummary {
            id: rule.id.clone(),
            label: rule.label.clone(),
            customers: *count,
            revenue: *money,
            revenue_share: percent(money.0 as u64, revenue.0 as u64),
            customer_share: percent(*count, n),
            rule: Some(rule.clone()),
        })
        .collect();
    let (other_count, other_money) = totals.last().copied().unwrap_or_default();
    segments.push(SegmentSummary {
        id: "other".into(),
        label: Some("其他 / その他 / Other".into()),
        customers: other_count,
        revenue: other_money,
        revenue_share: percent(other_money.0 as u64, revenue.0 as u64),
        customer_share: percent(other_count, n),
        rule: None,
    });
    Ok(RfmOutput {
        as_of: input.as_of,
        customers: n,
        orders_counted: counted,
        cancelled_excluded: cancelled,
        after_as_of_ignored: later,
        revenue,
        segments,
        members: input.include_members.then_some(members),
        csv,
        hashing: Hashing {
            algorithm: "FNV-1a 64-bit over salt + id (not cryptographic)",
            protects_against: "customer ids showing on screen, in screenshots or in shared segment lists; with a salt, linking keys across exports",
            does_not_protect_against: "anyone who has the id list or can guess ids (they can recompute every hash, so this is pseudonymisation, not anonymisation under 個人情報保護法); the raw ids are still in the seller's own export",
        },
        segments_provenance,
        columns,
    })
}

/// Quotes a CSV cell when it holds a comma, quote or line break; neutralises spreadsheet
/// formulas (cells starting with = + - @).
fn csv_cell(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests;
