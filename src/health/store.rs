//! `storeHealth`: the last N days of orders measured the way Rakuten is said to watch a shop —
//! complaint, cancellation, late-shipment and return rates, non-delivery cases and review score —
//! each against the seller guide's red lines (editable), with the trend versus the previous
//! window, the orders behind each number, how much room is left before the next band (a reverse
//! solver), the guide's actions, and a stock-up planner for big sales.

use super::orders::{self, ColumnUse, CsvSource, Order, OrderRow};
use super::{exceeds_percent, jpseller_default, percent, user_entered, Guide, NonNegative};
use crate::dates::civil::{Date, Instant, SECONDS_PER_DAY};
use crate::error::{code, Error, Result};
use crate::provenance::Provenance;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

pub const MAX_WINDOW_DAYS: u32 = 366;
const MAX_STOCK_ITEMS: usize = 100_000;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StoreHealthInput {
    #[serde(default)]
    pub orders: Option<Vec<OrderRow>>,
    #[serde(default)]
    pub csv: Option<CsvSource>,
    /// The last day of the window (JST), inclusive.
    pub evaluation_date: Date,
    /// Default 30 (the guide: "the last 30 days").
    #[serde(default = "default_window")]
    pub window_days: u32,
    #[serde(default)]
    pub thresholds: ThresholdInput,
    /// Orders still expected inside the window, for the headroom solver. Default 0.
    #[serde(default)]
    pub planned_orders: u64,
    /// When the marketplace warned the shop, if it did: adds the 24 h improvement-plan deadline.
    #[serde(default)]
    pub warned_at: Option<Instant>,
    #[serde(default)]
    pub stock_plan: Option<StockPlanInput>,
    /// Orders listed per metric (default 100, at most 10,000).
    #[serde(default = "default_max_drivers")]
    pub max_drivers: usize,
}

fn default_window() -> u32 {
    30
}

fn default_max_drivers() -> usize {
    100
}

/// Red lines per metric; any metric left out keeps its preset. Rates are in percent, non-delivery
/// in orders, the review score in points (1–5).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ThresholdInput {
    pub complaint_rate: Option<Lines>,
    pub cancellation_rate: Option<Lines>,
    pub late_shipment_rate: Option<Lines>,
    pub return_rate: Option<Lines>,
    pub non_delivery: Option<Lines>,
    pub review_score: Option<Lines>,
    /// A shipped order counts as not delivered (未着) once this many days have passed without
    /// delivery. Default 7 (jpseller default; the guide names none).
    pub non_delivery_after_days: Option<u32>,
}

/// A metric is in the most severe band whose line it crosses: `high` > `risk` > `investigate`.
/// "Above" lines trigger when the value is strictly greater; "below" lines when strictly less.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Lines {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investigate_above: Option<NonNegative>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_above: Option<NonNegative>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_above: Option<NonNegative>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk_below: Option<NonNegative>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high_below: Option<NonNegative>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// No line set, or nothing to measure.
    Unrated,
    Ok,
    Investigate,
    Risk,
    High,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum MetricId {
    ComplaintRate,
    CancellationRate,
    LateShipmentRate,
    ReturnRate,
    NonDelivery,
    ReviewScore,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Percent,
    Orders,
    Score,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Worse,
    Better,
    Same,
    NoData,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    pub numerator: u64,
    pub denominator: u64,
    /// Percent (2 decimals, half-up) for rates, the count for non-delivery, the mean score for
    /// reviews; `null` when there is nothing to measure.
    pub value: Option<Decimal>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Headroom {
    pub next_band: Band,
    pub line: Decimal,
    /// More bad orders (late, complained about, …) the window can take and stay out of
    /// `nextBand`, counting `plannedOrders` as extra good orders. Non-decreasing in the number of
    /// orders, non-increasing in the number of bad ones.
    pub additional_bad_orders: u64,
    pub assuming_planned_orders: u64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Recovery {
    /// The band the metric would fall back to.
    pub to_band: Band,
    pub line: Decimal,
    /// Additional orders without a problem needed to get back under `line`.
    pub clean_orders_needed: u64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metric {
    pub id: MetricId,
    pub unit: Unit,
    /// What the numerator and denominator count, in English.
    pub definition: &'static str,
    #[serde(flatten)]
    pub current: Measure,
    pub band: Band,
    pub lines: Lines,
    pub lines_provenance: Provenance,
    pub previous: Measure,
    pub trend: Trend,
    /// Current minus previous value (percentage points, orders or score points).
    pub change: Option<Decimal>,
    /// Orders behind the numerator (order id, or `#n` / `line n` when there is none).
    pub drivers: Vec<String>,
    pub drivers_truncated: bool,
    /// Orders left out of the denominator (e.g. not yet due to ship), with the reason.
    pub excluded: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headroom: Option<Headroom>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery: Option<Recovery>,
    pub actions: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub code: &'static str,
    pub text: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Instant>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Window {
    pub from: Date,
    pub to: Date,
    pub days: u32,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StoreHealthOutput {
    pub window: Window,
    pub previous_window: Window,
    pub orders_in_window: u64,
    pub orders_in_previous_window: u64,
    /// Rows outside both windows (older, or dated after the evaluation date).
    pub orders_outside_windows: u64,
    pub non_delivery_after_days: u32,
    pub metrics: Vec<Metric>,
    /// The most severe band of any metric.
    pub overall_band: Band,
    pub actions: Vec<Action>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stock_plan: Option<StockPlanOutput>,
    /// For CSV input: which header fed which field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<ColumnUse>,
    pub provenance: Provenance,
}

/// The guide's red lines (§3), all "above" lines in percent or orders.
fn preset(id: MetricId) -> Lines {
    let n = |v: i64| Some(NonNegative(Decimal::from(v)));
    match id {
        MetricId::ComplaintRate => Lines {
            risk_above: n(1),
            high_above: n(2),
            ..Lines::default()
        },
        MetricId::LateShipmentRate => Lines {
            risk_above: n(2),
            high_above: n(5),
            ..Lines::default()
        },
        MetricId::ReturnRate => Lines {
            investigate_above: n(8),
            ..Lines::default()
        },
        MetricId::NonDelivery => Lines {
            investigate_above: n(3),
            ..Lines::default()
        },
        // The guide watches these but names no line.
        MetricId::CancellationRate | MetricId::ReviewScore => Lines::default(),
    }
}

fn check_lines(lines: &Lines, id: MetricId, field: &str) -> Result<()> {
    let value = |l: &Option<NonNegative>| l.map(|v| v.0);
    if id == MetricId::ReviewScore {
        if lines.investigate_above.is_some() || lines.risk_above.is_some() || lines.high_above.is_some() {
            return Err(Error::new(
                code::INVALID_INPUT,
                field,
                "the review score takes riskBelow/highBelow lines",
            ));
        }
        if let (Some(risk), Some(high)) = (value(&lines.risk_below), value(&lines.high_below)) {
            if high > risk {
                return Err(Error::new(code::INVALID_INPUT, field, "highBelow must not be above riskBelow"));
            }
        }
        return Ok(());
    }
    if lines.risk_below.is_some() || lines.high_below.is_some() {
        return Err(Error::new(
            code::INVALID_INPUT,
            field,
            "this metric takes investigateAbove/riskAbove/highAbove lines",
        ));
    }
    let ordered = [value(&lines.investigate_above), value(&lines.risk_above), value(&lines.high_above)];
    let set: Vec<Decimal> = ordered.iter().flatten().copied().collect();
    if set.iter().zip(set.iter().skip(1)).any(|(lower, higher)| lower > higher) {
        return Err(Error::new(
            code::INVALID_INPUT,
            field,
            "lines must rise with severity: investigateAbove ≤ riskAbove ≤ highAbove",
        ));
    }
    if id != MetricId::NonDelivery && set.iter().any(|v| *v > Decimal::ONE_HUNDRED) {
        return Err(Error::new(code::INVALID_RATE, field, "rate lines are percentages from 0 to 100"));
    }
    Ok(())
}

/// Which orders of a window count for a metric.
struct Tally {
    numerator: u64,
    denominator: u64,
    drivers: Vec<String>,
    excluded: u64,
    score_sum: Decimal,
}

impl Tally {
    fn new() -> Tally {
        Tally {
            numerator: 0,
            denominator: 0,
            drivers: Vec::new(),
            excluded: 0,
            score_sum: Decimal::ZERO,
        }
    }
}

struct Context {
    /// End of the evaluation day: the moment "now" for overdue checks.
    as_of: Instant,
    non_delivery_after: i64,
}

#[expect(
    clippy::arithmetic_side_effects,
    reason = "counts of at most MAX_ROWS orders and a sum of at most MAX_ROWS review scores of 1–5"
)]
fn tally(id: MetricId, orders: &[&Order], ctx: &Context) -> Tally {
    let mut t = Tally::new();
    for order in orders {
        let row = &order.row;
        let shipped = row.shipped_at.filter(|s| *s <= ctx.as_of);
        let (counts, bad) = match id {
            MetricId::ComplaintRate => (true, row.complaint),
            MetricId::CancellationRate => (true, row.cancelled),
            MetricId::ReturnRate => (!row.cancelled, row.returned),
            MetricId::LateShipmentRate => match (row.cancelled, row.ship_by, shipped) {
                (true, _, _) | (_, None, _) => {
                    t.excluded += 1;
                    (false, false)
                }
                (false, Some(by), Some(at)) => (true, at > by),
                // Not shipped: late once the deadline has passed, otherwise still pending.
                (false, Some(by), None) if by < ctx.as_of => (true, true),
                (false, Some(_), None) => {
                    t.excluded += 1;
                    (false, false)
                }
            },
            MetricId::NonDelivery => match (row.cancelled, shipped) {
                (false, Some(at)) => (
                    true,
                    row.delivered == Some(false) && at.add_seconds(ctx.non_delivery_after) <= ctx.as_of,
                ),
                _ => (false, false),
            },
            MetricId::ReviewScore => match row.review_score {
                Some(score) => {
                    t.score_sum += score;
                    (true, score <= Decimal::TWO)
                }
                None => (false, false),
            },
        };
        if counts {
            t.denominator += 1;
        }
        if bad {
            t.numerator += 1;
            t.drivers.push(order.label.clone());
        }
    }
    t
}

fn unit(id: MetricId) -> Unit {
    match id {
        MetricId::NonDelivery => Unit::Orders,
        MetricId::ReviewScore => Unit::Score,
        _ => Unit::Percent,
    }
}

fn definition(id: MetricId) -> &'static str {
    match id {
        MetricId::ComplaintRate => "orders with a complaint ÷ all orders placed in the window",
        MetricId::CancellationRate => "cancelled orders ÷ all orders placed in the window",
        MetricId::LateShipmentRate => "orders shipped after their ship-by deadline, or still unshipped past it ÷ non-cancelled orders that have shipped or are past due",
        MetricId::ReturnRate => "returned orders ÷ non-cancelled orders placed in the window",
        MetricId::NonDelivery => "shipped orders marked not delivered once the grace days have passed (count; denominator = shipped orders)",
        MetricId::ReviewScore => "mean review score of reviewed orders (numerator = reviews of 2 points or less)",
    }
}

fn measure(id: MetricId, t: &Tally) -> Measure {
    let value = match id {
        MetricId::NonDelivery => Some(Decimal::from(t.numerator)),
        // `checked_div` is `None` only for an empty denominator (no scores).
        MetricId::ReviewScore => t
            .score_sum
            .checked_div(Decimal::from(t.denominator))
            .map(|mean| mean.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero).normalize()),
        _ => percent(t.numerator, t.denominator),
    };
    Measure {
        numerator: t.numerator,
        denominator: t.denominator,
        value,
    }
}

/// Exact comparison of the current tally against a line.
fn crosses_above(id: MetricId, t: &Tally, line: Decimal) -> bool {
    match id {
        MetricId::NonDelivery => Decimal::from(t.numerator) > line,
        _ => exceeds_percent(t.numerator, t.denominator, line),
    }
}

fn band(id: MetricId, t: &Tally, lines: &Lines) -> Band {
    if id == MetricId::ReviewScore {
        if t.denominator == 0 || (lines.risk_below.is_none() && lines.high_below.is_none()) {
            return Band::Unrated;
        }
        // mean < line  ⇔  sum < line × count, exactly. A product past Decimal::MAX is above any
        // sum of scores (each at most 5, at most MAX_ROWS of them), so the mean is below the line.
        let below = |line: Option<NonNegative>| {
            line.is_some_and(|l| {
                l.0.checked_mul(Decimal::from(t.denominator))
                    .is_none_or(|product| t.score_sum < product)
            })
        };
        return if below(lines.high_below) {
            Band::High
        } else if below(lines.risk_below) {
            Band::Risk
        } else {
            Band::Ok
        };
    }
    let levels = above_levels(lines);
    if levels.is_empty() || (id != MetricId::NonDelivery && t.denominator == 0) {
        return Band::Unrated;
    }
    levels
        .iter()
        .rev()
        .find(|(_, line)| crosses_above(id, t, *line))
        .map_or(Band::Ok, |(band, _)| *band)
}

/// The "above" lines that are set, least severe first.
fn above_levels(lines: &Lines) -> Vec<(Band, Decimal)> {
    [
        (Band::Investigate, lines.investigate_above),
        (Band::Risk, lines.risk_above),
        (Band::High, lines.high_above),
    ]
    .into_iter()
    .filter_map(|(band, line)| line.map(|l| (band, l.0)))
    .collect()
}

/// The most planned orders accepted: keeps every headroom product inside `Decimal`.
pub const MAX_PLANNED_ORDERS: u64 = 1_000_000_000_000;

/// Largest k with (bad + k) / (orders + planned) × 100 ≤ line — or, for counts, bad + k ≤ line.
/// `overflow` when k does not fit in a u64 (a count line above 2^64).
pub fn absorbable(bad: u64, orders: u64, planned: u64, line: Decimal, is_count: bool) -> Result<u64> {
    let too_large = || {
        Error::new(
            code::OVERFLOW,
            "",
            "the number of orders this line can absorb is too large to count",
        )
    };
    let capacity = if is_count {
        line.floor()
    } else {
        Decimal::from(orders)
            .checked_add(Decimal::from(planned))
            .and_then(|total| line.checked_mul(total))
            .and_then(|product| product.checked_div(Decimal::ONE_HUNDRED))
            .ok_or_else(too_large)?
            .floor()
    };
    let capacity = capacity.to_u64().ok_or_else(too_large)?;
    // max(0, capacity − bad): zero room when the line is already crossed.
    Ok(capacity.saturating_sub(bad))
}

/// Smallest m with bad / (orders + m) × 100 ≤ line; `None` when the line is 0 and bad > 0.
/// `overflow` when m does not fit in a u64 (a line so small that no shop could ever get under it,
/// e.g. 1e-28 %).
pub fn clean_orders_to_recover(bad: u64, orders: u64, line: Decimal) -> Result<Option<u64>> {
    if bad == 0 {
        return Ok(Some(0));
    }
    if line <= Decimal::ZERO {
        return Ok(None);
    }
    let needed_total = Decimal::from(bad)
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|scaled| scaled.checked_div(line))
        .and_then(|total| total.ceil().to_u64())
        .ok_or_else(|| {
            Error::new(
                code::OVERFLOW,
                "",
                format!("a line of {line} % needs more than 2^64 clean orders to get under; use a line of at least 0.000000001 %"),
            )
        })?;
    // max(0, needed − orders): zero when the shop already has enough orders.
    Ok(Some(needed_total.saturating_sub(orders)))
}

/// The input name of an "above" line.
fn above_line_name(band: Band) -> &'static str {
    match band {
        Band::Investigate => "investigateAbove",
        Band::Risk => "riskAbove",
        _ => "highAbove",
    }
}

/// `field` is the metric's threshold path (`thresholds.complaintRate`), named in errors.
fn headroom(
    id: MetricId,
    t: &Tally,
    lines: &Lines,
    current: Band,
    planned: u64,
    field: &str,
) -> Result<(Option<Headroom>, Option<Recovery>)> {
    if id == MetricId::ReviewScore || current == Band::Unrated {
        return Ok((None, None));
    }
    let is_count = id == MetricId::NonDelivery;
    let levels = above_levels(lines);
    let at_line = |band: Band| move |e: Error| e.within(&format!("{field}.{}", above_line_name(band)));
    let headroom = match levels.iter().find(|(band, _)| *band > current) {
        Some(&(band, line)) => Some(Headroom {
            next_band: band,
            line,
            additional_bad_orders: absorbable(t.numerator, t.denominator, planned, line, is_count).map_err(at_line(band))?,
            assuming_planned_orders: if is_count { 0 } else { planned },
        }),
        None => None,
    };
    if is_count || current == Band::Ok {
        return Ok((headroom, None));
    }
    // The line of the current band and the band just below it (Ok below the least severe line).
    let mut below = Band::Ok;
    let mut recovery = None;
    for &(band, line) in &levels {
        if band == current {
            recovery = clean_orders_to_recover(t.numerator, t.denominator, line)
                .map_err(at_line(band))?
                .map(|m| Recovery {
                    to_band: below,
                    line,
                    clean_orders_needed: m,
                });
            break;
        }
        below = band;
    }
    Ok((headroom, recovery))
}

fn trend(id: MetricId, current: &Tally, previous: &Tally) -> Trend {
    if id == MetricId::NonDelivery {
        return match current.numerator.cmp(&previous.numerator) {
            std::cmp::Ordering::Greater => Trend::Worse,
            std::cmp::Ordering::Less => Trend::Better,
            std::cmp::Ordering::Equal => Trend::Same,
        };
    }
    if current.denominator == 0 || previous.denominator == 0 {
        return Trend::NoData;
    }
    // Compare a/b with c/d as a·d vs c·b (scores: sums over counts).
    let (a, c) = if id == MetricId::ReviewScore {
        (current.score_sum, previous.score_sum)
    } else {
        (Decimal::from(current.numerator), Decimal::from(previous.numerator))
    };
    // Cannot overflow: numerators and score sums are at most 5 × MAX_ROWS, denominators at most
    // MAX_ROWS, so each product stays far below Decimal::MAX.
    let (Some(left), Some(right)) = (
        a.checked_mul(Decimal::from(previous.denominator)),
        c.checked_mul(Decimal::from(current.denominator)),
    ) else {
        return Trend::NoData;
    };
    let higher_is_worse = id != MetricId::ReviewScore;
    match (left.cmp(&right), higher_is_worse) {
        (std::cmp::Ordering::Equal, _) => Trend::Same,
        (std::cmp::Ordering::Greater, true) | (std::cmp::Ordering::Less, false) => Trend::Worse,
        _ => Trend::Better,
    }
}

fn metric_actions(id: MetricId, band: Band) -> Vec<&'static str> {
    if band <= Band::Ok {
        return Vec::new();
    }
    match id {
        MetricId::ComplaintRate => vec!["review_complaints_30_days", "reply_within_24h", "apologise_without_blame"],
        MetricId::LateShipmentRate => vec!["update_tracking_within_24h", "ship_within_48h"],
        MetricId::ReturnRate => vec!["fix_listing_descriptions", "inspect_returns_within_48h"],
        MetricId::NonDelivery => vec!["investigate_logistics", "update_tracking_within_24h"],
        MetricId::CancellationRate => vec!["review_cancellation_reasons"],
        MetricId::ReviewScore => vec!["apologise_without_blame", "fix_listing_descriptions"],
    }
}

fn action(code: &'static str, deadline: Option<Instant>) -> Action {
    let (text, guide) = match code {
        "improvement_plan_within_24h" => ("Submit an improvement plan within 24 hours of the warning.", Guide::Complaint),
        "review_complaints_30_days" => ("Review the last 30 days of complaints and fix their causes.", Guide::Complaint),
        "reply_within_24h" => (
            "Answer every inquiry within 24 hours (12 hours during big sales).",
            Guide::Complaint,
        ),
        "apologise_without_blame" => (
            "Reply politely and never blame the customer: apologise for the inconvenience and say what you will do.",
            Guide::Complaint,
        ),
        "update_tracking_within_24h" => (
            "Update tracking within 24 hours; stale tracking is said to triple complaints.",
            Guide::Complaint,
        ),
        "ship_within_48h" => ("Ship within 48 hours of the order.", Guide::TikTokAffiliate),
        "fix_listing_descriptions" => (
            "Check the listing: accurate sizes, materials, washing instructions, real-colour photos; no absolute claims.",
            Guide::Complaint,
        ),
        "inspect_returns_within_48h" => ("Inspect returned items within 48 hours.", Guide::Complaint),
        "investigate_logistics" => (
            "Investigate the carrier and the logistics route behind the undelivered orders.",
            Guide::Complaint,
        ),
        _ => (
            "Review the cancellation reasons (stock-outs, wrong prices, slow shipping).",
            Guide::Complaint,
        ),
    };
    let provenance = if code == "review_cancellation_reasons" {
        jpseller_default(["取消订单后的跟进", "キャンセル後のフォロー", "cancellation follow-up"])
    } else {
        guide.provenance()
    };
    Action {
        code,
        text,
        deadline,
        provenance,
    }
}

const METRICS: [MetricId; 6] = [
    MetricId::ComplaintRate,
    MetricId::CancellationRate,
    MetricId::LateShipmentRate,
    MetricId::ReturnRate,
    MetricId::NonDelivery,
    MetricId::ReviewScore,
];

pub fn store_health(input: StoreHealthInput) -> Result<StoreHealthOutput> {
    if !(1..=MAX_WINDOW_DAYS).contains(&input.window_days) {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "windowDays",
            format!("must be from 1 to {MAX_WINDOW_DAYS}"),
        ));
    }
    if input.max_drivers > 10_000 {
        return Err(Error::new(code::OUT_OF_RANGE, "maxDrivers", "must be at most 10000"));
    }
    if input.planned_orders > MAX_PLANNED_ORDERS {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "plannedOrders",
            format!("must be at most {MAX_PLANNED_ORDERS}"),
        ));
    }
    let grace_days = input.thresholds.non_delivery_after_days.unwrap_or(7);
    if grace_days > 365 {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "thresholds.nonDeliveryAfterDays",
            "must be at most 365",
        ));
    }
    let (orders, columns) = orders::load(input.orders, input.csv.as_ref(), &["orderDate"])?;

    // window_days ≤ MAX_WINDOW_DAYS (366), so these offsets are small.
    let days = i32::try_from(input.window_days).unwrap_or(i32::MAX);
    let window = Window {
        from: input.evaluation_date.add_days(1).sub_days(days),
        to: input.evaluation_date,
        days: input.window_days,
    };
    let previous_window = Window {
        from: window.from.sub_days(days),
        to: window.from.add_days(-1),
        days: input.window_days,
    };
    let ctx = Context {
        as_of: input.evaluation_date.add_days(1).start_jst().add_seconds(-1),
        non_delivery_after: i64::from(grace_days).saturating_mul(SECONDS_PER_DAY), // ≤ 365 days
    };
    let previous_ctx = Context {
        as_of: window.from.start_jst().add_seconds(-1),
        non_delivery_after: ctx.non_delivery_after,
    };

    let in_range = |w: &Window, o: &&Order| {
        let day = o.row.order_date.date_jst();
        w.from <= day && day <= w.to
    };
    let current: Vec<&Order> = orders.iter().filter(|o| in_range(&window, o)).collect();
    let previous: Vec<&Order> = orders.iter().filter(|o| in_range(&previous_window, o)).collect();
    // The windows do not overlap, so every order is in at most one of them.
    let outside = orders
        .iter()
        .filter(|o| !in_range(&window, o) && !in_range(&previous_window, o))
        .count() as u64;

    let mut metrics = Vec::with_capacity(METRICS.len());
    let mut codes: Vec<&'static str> = Vec::new();
    for id in METRICS {
        let (user_lines, field) = match id {
            MetricId::ComplaintRate => (&input.thresholds.complaint_rate, "thresholds.complaintRate"),
            MetricId::CancellationRate => (&input.thresholds.cancellation_rate, "thresholds.cancellationRate"),
            MetricId::LateShipmentRate => (&input.thresholds.late_shipment_rate, "thresholds.lateShipmentRate"),
            MetricId::ReturnRate => (&input.thresholds.return_rate, "thresholds.returnRate"),
            MetricId::NonDelivery => (&input.thresholds.non_delivery, "thresholds.nonDelivery"),
            MetricId::ReviewScore => (&input.thresholds.review_score, "thresholds.reviewScore"),
        };
        let (lines, lines_provenance) = match user_lines {
            Some(lines) => {
                check_lines(lines, id, field)?;
                (lines.clone(), user_entered())
            }
            None => (preset(id), Guide::Complaint.provenance()),
        };
        let now = tally(id, &current, &ctx);
        let before = tally(id, &previous, &previous_ctx);
        let current_band = band(id, &now, &lines);
        let (headroom, recovery) = headroom(id, &now, &lines, current_band, input.planned_orders, field)?;
        let current_measure = measure(id, &now);
        let previous_measure = measure(id, &before);
        let change = match (current_measure.value, previous_measure.value) {
            // Both are percentages, counts ≤ MAX_ROWS or scores: the difference always fits.
            (Some(a), Some(b)) => a.checked_sub(b).map(|d| d.normalize()),
            _ => None,
        };
        let actions = metric_actions(id, current_band);
        let trend = trend(id, &now, &before);
        codes.extend(actions.iter().copied());
        let drivers_truncated = now.drivers.len() > input.max_drivers;
        let mut drivers = now.drivers;
        drivers.truncate(input.max_drivers);
        metrics.push(Metric {
            id,
            unit: unit(id),
            definition: definition(id),
            current: current_measure,
            band: current_band,
            lines,
            lines_provenance,
            previous: previous_measure,
            trend,
            change,
            drivers,
            drivers_truncated,
            excluded: now.excluded,
            headroom,
            recovery,
            actions,
        });
    }
    let mut actions = Vec::new();
    if let Some(warned) = input.warned_at {
        actions.push(action("improvement_plan_within_24h", Some(warned.add_seconds(24 * 3600))));
        codes.splice(0..0, ["review_complaints_30_days", "fix_listing_descriptions"]);
    }
    for code in codes {
        if !actions.iter().any(|a| a.code == code) {
            actions.push(action(code, None));
        }
    }
    let overall_band = metrics.iter().map(|m| m.band).max().unwrap_or(Band::Unrated);
    let stock_plan = input.stock_plan.map(stock_plan).transpose().map_err(|e| e.within("stockPlan"))?;
    Ok(StoreHealthOutput {
        orders_in_window: current.len() as u64,
        orders_in_previous_window: previous.len() as u64,
        orders_outside_windows: outside,
        window,
        previous_window,
        non_delivery_after_days: grace_days,
        metrics,
        overall_band,
        actions,
        stock_plan,
        columns,
        provenance: Guide::Complaint.provenance(),
    })
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StockPlanInput {
    /// Stock multiple before a big sale. Preset 2 (guide: "stock ×2 before big sales").
    #[serde(default)]
    pub multiplier: Option<NonNegative>,
    /// Days of sale demand to cover. Default 7 (jpseller default: a Super SALE runs from the 4th
    /// 20:00 to the 11th 01:59, about a week).
    #[serde(default)]
    pub cover_days: Option<u32>,
    pub items: Vec<StockItemInput>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StockItemInput {
    pub sku: String,
    pub on_hand: u64,
    /// Normal (non-sale) units sold per day.
    pub daily_units: NonNegative,
    /// Days from reorder to stock on the shelf. Default 0.
    #[serde(default)]
    pub lead_time_days: u32,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StockPlanOutput {
    pub multiplier: Decimal,
    pub multiplier_provenance: Provenance,
    pub cover_days: u32,
    pub cover_days_provenance: Provenance,
    /// Units rounded up (ceil) per item: stocking short is the costly mistake.
    pub rounding: &'static str,
    pub items: Vec<StockItemOutput>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StockItemOutput {
    pub sku: String,
    pub on_hand: u64,
    /// ceil(dailyUnits × coverDays × multiplier).
    pub target: u64,
    /// max(0, target − onHand).
    pub to_order: u64,
    /// Stock alert: reorder when stock falls to ceil(dailyUnits × multiplier × leadTimeDays).
    pub alert_at: u64,
    /// Days the current stock lasts at sale speed (floor), `null` when nothing sells.
    pub days_of_cover: Option<u64>,
}

fn ceil_u64(value: Option<Decimal>) -> Result<u64> {
    value
        .and_then(|v| v.ceil().to_u64())
        .ok_or_else(|| Error::new(code::OVERFLOW, "", "the stock quantity is too large to count"))
}

fn stock_plan(input: StockPlanInput) -> Result<StockPlanOutput> {
    if input.items.len() > MAX_STOCK_ITEMS {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "items",
            format!("more than {MAX_STOCK_ITEMS} items"),
        ));
    }
    let (multiplier, multiplier_provenance) = match input.multiplier {
        Some(m) => (m.0, user_entered()),
        None => (Decimal::TWO, Guide::Complaint.provenance()),
    };
    if multiplier > Decimal::from(100) {
        return Err(Error::new(code::OUT_OF_RANGE, "multiplier", "must be at most 100"));
    }
    let (cover_days, cover_days_provenance) = match input.cover_days {
        Some(d) if (1..=366).contains(&d) => (d, user_entered()),
        Some(_) => return Err(Error::new(code::OUT_OF_RANGE, "coverDays", "must be from 1 to 366")),
        None => (
            7,
            jpseller_default([
                "乐天超级 SALE 大约持续一周",
                "楽天スーパーSALE はおよそ 1 週間続く",
                "a Super SALE lasts about a week",
            ]),
        ),
    };
    if input.items.iter().any(|i| i.lead_time_days > 366) {
        let at = input.items.iter().position(|i| i.lead_time_days > 366).unwrap_or(0);
        return Err(Error::new(
            code::OUT_OF_RANGE,
            format!("items[{at}].leadTimeDays"),
            "must be at most 366",
        ));
    }
    let mut items = Vec::with_capacity(input.items.len());
    for (i, item) in input.items.into_iter().enumerate() {
        let at = |e: Error| e.within(&format!("items[{i}]"));
        // dailyUnits ≤ 10^12 and multiplier ≤ 100: the speed fits, but Decimal would round a
        // product with more than 28 decimal places, so that is rejected rather than rounded.
        if item.daily_units.0.scale().saturating_add(multiplier.scale()) > 28 {
            return Err(at(Error::new(
                code::OUT_OF_RANGE,
                "dailyUnits",
                format!(
                    "dailyUnits × multiplier ({} × {multiplier}) needs more than 28 decimal places",
                    item.daily_units.0
                ),
            )));
        }
        let sale_speed = item
            .daily_units
            .0
            .checked_mul(multiplier)
            .ok_or_else(|| Error::new(code::OVERFLOW, "dailyUnits", "dailyUnits × multiplier is too large"))
            .map_err(at)?;
        let target = ceil_u64(sale_speed.checked_mul(Decimal::from(cover_days))).map_err(at)?;
        let alert_at = ceil_u64(sale_speed.checked_mul(Decimal::from(item.lead_time_days))).map_err(at)?;
        let days_of_cover = if sale_speed > Decimal::ZERO {
            let days = Decimal::from(item.on_hand)
                .checked_div(sale_speed)
                .and_then(|d| d.floor().to_u64())
                .ok_or_else(|| {
                    Error::new(
                        code::OVERFLOW,
                        "dailyUnits",
                        format!(
                            "{} units on hand last more than 2^64 days at {sale_speed} units a day (dailyUnits × multiplier); raise dailyUnits or multiplier",
                            item.on_hand
                        ),
                    )
                })
                .map_err(at)?;
            Some(days)
        } else {
            None
        };
        items.push(StockItemOutput {
            // Nothing to order when the stock on hand already covers the target.
            to_order: target.saturating_sub(item.on_hand),
            sku: item.sku,
            on_hand: item.on_hand,
            target,
            alert_at,
            days_of_cover,
        });
    }
    Ok(StockPlanOutput {
        multiplier,
        multiplier_provenance,
        cover_days,
        cover_days_provenance,
        rounding: "ceil",
        items,
    })
}

#[cfg(test)]
mod tests;
