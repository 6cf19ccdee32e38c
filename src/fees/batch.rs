//! The batch form: one estimate per order row (array or CSV) sharing one order template, for the
//! bulk page. A bad row reports its error in place and the others still run.

use super::csv::parse_order_rows;
use super::month::OrderRow;
use super::order::{estimate_order, OrderInput, PlatformId};
use super::rakuten;
use super::schedule::Registry;
use crate::error::{code, Error, Result};
use crate::money::Yen;
use serde::{Deserialize, Serialize};

/// estimateBatch's work limit: each row is a full order estimate (≈ 58 µs in Node on a 2-core
/// machine at load 5), so 10,000 rows is about 0.6 s; 100,000 were allowed and took 5.8 s.
pub const MAX_BATCH: usize = 10_000;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BatchInput {
    /// Settings shared by every row (platform, plan, asOf, options, costs); leave out the price.
    pub order: OrderInput,
    /// Rows decoded one by one, so a bad value fails only its own row.
    #[serde(default)]
    pub orders: Option<Vec<serde_json::Value>>,
    /// Rows as CSV text (same columns as `estimateMonth`'s `ordersCsv`).
    #[serde(default)]
    pub orders_csv: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RowError {
    pub code: &'static str,
    pub field: String,
    pub message: String,
    /// The data row as the user counts it: 1 for the first order (the header is not a row).
    pub row: usize,
    /// For `ordersCsv`: the CSV line number (the header is line 1; blank lines count).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchRow {
    pub index: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revenue: Option<Yen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees: Option<Yen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payout: Option<Yen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub profit: Option<Yen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin: Option<String>,
    pub unverified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<RowError>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchTotals {
    pub ok: usize,
    pub failed: usize,
    pub revenue: Yen,
    pub fees: Yen,
    pub payout: Yen,
    pub profit: Yen,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchResult {
    /// The fee data used: the compiled-in version, then each registered file (`registerFeeSchedules`).
    pub data_version: String,
    pub rows: Vec<BatchRow>,
    /// Sums over the rows that succeeded (each order estimated on its own: fixed monthly fees
    /// and month-level tiers are `estimateMonth`'s job).
    pub totals: BatchTotals,
}

/// `estimateBatch`.
pub fn estimate_batch(registry: &Registry, input: BatchInput) -> Result<BatchResult> {
    if input.order.price.is_some() || input.order.items.is_some() {
        return Err(Error::new(
            code::INVALID_INPUT,
            "order.price",
            "the template takes no price or items: each row has its own",
        ));
    }
    if input.order.price_ladder.is_some() {
        return Err(Error::new(
            code::INVALID_INPUT,
            "order.priceLadder",
            "a batch row reports one price: estimate the ladder with estimateOrder",
        ));
    }
    // (CSV line, the row or why it could not be read), in input order.
    let rows: Vec<(Option<usize>, Result<OrderRow>)> = match (input.orders, &input.orders_csv) {
        (Some(rows), None) => {
            check_batch_rows(rows.len())?;
            rows.into_iter()
                .enumerate()
                .map(|(i, row)| (None, crate::input::decode(row).map_err(|e| e.within(&format!("orders[{i}]")))))
                .collect()
        }
        (None, Some(text)) => parse_order_rows(text, "ordersCsv")?
            .into_iter()
            .map(|(line, row)| (Some(line), row))
            .collect(),
        _ => return Err(Error::new(code::MISSING_FIELD, "orders", "give orders or ordersCsv (one of them)")),
    };
    check_batch_rows(rows.len())?;
    let mut totals = BatchTotals {
        ok: 0,
        failed: 0,
        revenue: Yen::ZERO,
        fees: Yen::ZERO,
        payout: Yen::ZERO,
        profit: Yen::ZERO,
    };
    let mut out = Vec::with_capacity(rows.len());
    for (index, (line, row)) in rows.into_iter().enumerate() {
        let within = match line {
            Some(line) => format!("ordersCsv[line {line}]"),
            None => format!("orders[{index}]"),
        };
        let estimate = row.and_then(|row| estimate_order(registry, row_order(&input.order, &row)).map_err(|e| e.within(&within)));
        match estimate {
            Ok(e) => {
                totals.ok = totals.ok.saturating_add(1); // ≤ rows.len()
                totals.revenue = totals.revenue.checked_add(e.revenue.total)?;
                totals.fees = totals.fees.checked_add(e.fees.gross)?;
                totals.payout = totals.payout.checked_add(e.payout)?;
                totals.profit = totals.profit.checked_add(e.profit)?;
                out.push(BatchRow {
                    index,
                    revenue: Some(e.revenue.total),
                    fees: Some(e.fees.gross),
                    payout: Some(e.payout),
                    profit: Some(e.profit),
                    margin: Some(e.margin),
                    unverified: e.unverified,
                    error: None,
                });
            }
            Err(e) => {
                totals.failed = totals.failed.saturating_add(1); // ≤ rows.len()
                out.push(BatchRow {
                    index,
                    revenue: None,
                    fees: None,
                    payout: None,
                    profit: None,
                    margin: None,
                    unverified: false,
                    error: Some(RowError {
                        code: e.code,
                        field: e.field,
                        message: e.message,
                        row: crate::input::one_based(index),
                        line,
                    }),
                });
            }
        }
    }
    Ok(BatchResult {
        data_version: registry.data_version().into(),
        rows: out,
        totals,
    })
}

/// estimateBatch's limit on rows (also checked by the wasm boundary before `orders` is copied).
pub fn check_batch_rows(rows: usize) -> Result<()> {
    if rows > MAX_BATCH {
        return Err(too_many_rows(rows));
    }
    Ok(())
}

fn too_many_rows(rows: usize) -> Error {
    Error::new(
        code::TOO_MUCH_WORK,
        "orders",
        format!("{rows} rows; the limit is {MAX_BATCH} rows per batch (about a second of work): split the file"),
    )
}

/// The template with one row's price, quantity, shipping, discount, costs, device and affiliate flag.
fn row_order(template: &OrderInput, row: &OrderRow) -> OrderInput {
    let mut order = template.clone();
    order.price = Some(row.price);
    order.quantity = Some(row.quantity);
    order.tax_rate = Some(row.tax_rate);
    order.shipping_charged = row.shipping_charged;
    order.discount = row.discount;
    if let Some(cogs) = row.cogs_per_unit {
        order.costs.cogs_per_unit = cogs;
    }
    match order.platform {
        PlatformId::Rakuten => {
            let options = order.rakuten.get_or_insert_with(rakuten::Options::default);
            options.device = row.device;
            if !row.affiliate {
                options.affiliate_rate = None;
            }
        }
        PlatformId::Tiktok if !row.affiliate => {
            if let Some(t) = order.tiktok.as_mut() {
                t.creator_commission_rate = None;
            }
        }
        PlatformId::Yahoo if !row.affiliate => {
            if let Some(y) = order.yahoo.as_mut() {
                y.affiliate_rate = None;
            }
        }
        _ => {}
    }
    order
}
