//! Order rows, given as an array of objects or as CSV text with a header mapping. Both paths
//! produce the same [`Order`]s and report problems with a field path (`orders[3].shipBy` or
//! `csv line 12.出荷日`).

use super::csv::{self, MAX_ROWS};
use crate::dates::civil::{Date, Instant};
use crate::error::{code, Error, Result};
use crate::input::coded;
use crate::money::number::normalize_number;
use crate::money::Yen;
use rust_decimal::Decimal;
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};

/// One order as JS passes it. Dates accept `YYYY-MM-DD` or an ISO date-time (JST unless an offset
/// is given).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrderRow {
    #[serde(default)]
    pub order_id: Option<String>,
    #[serde(default)]
    pub customer_id: Option<String>,
    pub order_date: Instant,
    /// Ship-by deadline; a date alone means "by the end of that day (JST)".
    #[serde(default, deserialize_with = "deadline_opt")]
    pub ship_by: Option<Instant>,
    #[serde(default)]
    pub shipped_at: Option<Instant>,
    /// `false` = shipped but not delivered (未着); absent = unknown.
    #[serde(default)]
    pub delivered: Option<bool>,
    #[serde(default)]
    pub cancelled: bool,
    #[serde(default)]
    pub cancel_reason: Option<String>,
    #[serde(default)]
    pub returned: bool,
    #[serde(default)]
    pub return_reason: Option<String>,
    #[serde(default)]
    pub complaint: bool,
    /// 1–5.
    #[serde(default, deserialize_with = "score_opt")]
    pub review_score: Option<Decimal>,
    /// Order total in whole yen (used by RFM).
    #[serde(default)]
    pub amount: Option<Yen>,
}

/// An order after decoding, with the label used to point back at it.
#[derive(Debug, Clone)]
pub struct Order {
    pub label: String,
    pub row: OrderRow,
}

/// Where the orders come from: exactly one of `orders` or `csv`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CsvSource {
    pub text: String,
    /// Header name per field, e.g. `{ "orderDate": "注文日時" }`; unmapped fields try the common
    /// Rakuten/TikTok/English header names listed in [`COLUMN_ALIASES`].
    #[serde(default)]
    pub columns: std::collections::BTreeMap<String, String>,
    /// `","` (default) or `"\t"`.
    #[serde(default)]
    pub delimiter: Option<String>,
}

/// Field → header names tried in order when the caller does not map the field.
pub const COLUMN_ALIASES: &[(&str, &[&str])] = &[
    ("orderId", &["orderId", "order_id", "注文番号", "受注番号", "订单号", "Order ID"]),
    (
        "customerId",
        &["customerId", "customer_id", "会員ID", "顧客ID", "購入者ID", "客户ID", "Buyer ID"],
    ),
    (
        "orderDate",
        &[
            "orderDate",
            "order_date",
            "注文日時",
            "注文日",
            "受注日",
            "下单时间",
            "Order Date",
            "Created Time",
        ],
    ),
    ("shipBy", &["shipBy", "ship_by", "出荷期限", "発送期限", "出荷予定日", "发货期限"]),
    (
        "shippedAt",
        &[
            "shippedAt",
            "shipped_at",
            "shippedDate",
            "出荷日",
            "発送日",
            "発送日時",
            "发货时间",
            "Shipped Time",
        ],
    ),
    ("delivered", &["delivered", "配達完了", "配送完了", "已签收"]),
    ("cancelled", &["cancelled", "canceled", "キャンセル", "キャンセル有無", "已取消"]),
    ("cancelReason", &["cancelReason", "キャンセル理由", "取消原因"]),
    ("returned", &["returned", "返品", "返品有無", "退货"]),
    ("returnReason", &["returnReason", "返品理由", "退货原因"]),
    ("complaint", &["complaint", "クレーム", "クレーム有無", "投诉"]),
    ("reviewScore", &["reviewScore", "review_score", "レビュー評価", "評価", "评分"]),
    (
        "amount",
        &["amount", "合計金額", "注文金額", "請求金額", "订单金额", "Order Amount"],
    ),
];

pub fn deadline_opt<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<Instant>, D::Error> {
    let text: Option<String> = Option::deserialize(d).map_err(|_| coded::<D::Error>(code::INVALID_DATE, "must be a date string"))?;
    match text {
        None => Ok(None),
        Some(text) => parse_deadline(&text).map(Some).map_err(|why| coded(code::INVALID_DATE, why)),
    }
}

/// A date alone is a deadline at the end of that JST day (23:59:59); a date-time is taken as is.
pub fn parse_deadline(text: &str) -> std::result::Result<Instant, String> {
    let trimmed = text.trim();
    if let Ok(date) = Date::parse(trimmed) {
        return Ok(date.add_days(1).start_jst().add_seconds(-1));
    }
    Instant::parse(trimmed)
}

fn score_opt<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<Decimal>, D::Error> {
    let value: Option<serde_json::Value> = Option::deserialize(d)?;
    let text = match value {
        None | Some(serde_json::Value::Null) => return Ok(None),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return Err(coded(code::INVALID_INPUT, "must be a review score from 1 to 5")),
    };
    parse_score(&text).map_err(|why| coded(code::INVALID_INPUT, why))
}

fn parse_score(text: &str) -> std::result::Result<Option<Decimal>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match crate::money::number::parse_decimal(text, crate::money::number::MAX_PLACES) {
        Ok(score) if score >= Decimal::ONE && score <= Decimal::from(5) => Ok(Some(score)),
        _ => Err(format!("{text:?} is not a review score from 1 to 5 (e.g. \"4\" or \"4.5\")")),
    }
}

/// storeHealth's and rfmSegments' limit on `orders` (also checked by the wasm boundary before the
/// array is copied in, since decoding 100,000 order objects is most of the work).
pub fn check_order_count(orders: usize) -> Result<()> {
    if orders > MAX_ROWS {
        return Err(Error::new(
            code::TOO_MUCH_WORK,
            "orders",
            format!("{orders} orders; the limit is {MAX_ROWS} (about a second of work): split them by month or shop"),
        ));
    }
    Ok(())
}

/// Checks the row count and labels rows by order id (or `#n`, 1-based).
pub fn from_rows(rows: Vec<OrderRow>) -> Result<Vec<Order>> {
    check_order_count(rows.len())?;
    Ok(rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| Order {
            label: row.order_id.clone().unwrap_or_else(|| format!("#{}", crate::input::one_based(i))),
            row,
        })
        .collect())
}

/// Which columns of the CSV feed which fields (reported back so the page can show the mapping).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ColumnUse {
    pub field: &'static str,
    pub header: String,
}

pub fn from_csv(source: &CsvSource, required: &[&'static str]) -> Result<(Vec<Order>, Vec<ColumnUse>)> {
    let delimiter = match source.delimiter.as_deref() {
        None | Some(",") => ',',
        Some("\t") => '\t',
        Some(";") => ';',
        Some(other) => {
            return Err(Error::new(
                code::INVALID_INPUT,
                "csv.delimiter",
                format!("{other:?} is not supported (use \",\", \"\\t\" or \";\")"),
            ))
        }
    };
    for key in source.columns.keys() {
        if !COLUMN_ALIASES.iter().any(|(field, _)| field == key) {
            return Err(Error::new(
                code::UNKNOWN_FIELD,
                format!("csv.columns.{key}"),
                format!("unknown field `{key}`"),
            ));
        }
    }
    let table = csv::parse(&source.text, delimiter)?;
    let mut columns: Vec<(&'static str, usize)> = Vec::new();
    let mut used = Vec::new();
    for (field, aliases) in COLUMN_ALIASES {
        let index = match source.columns.get(*field) {
            Some(header) => Some(csv::find_column(&table.headers, &[header.as_str()]).ok_or_else(|| {
                Error::new(
                    code::MISSING_FIELD,
                    format!("csv.columns.{field}"),
                    format!("no column named {header:?}; the header row has {:?}", table.headers),
                )
            })?),
            None => csv::find_column(&table.headers, aliases),
        };
        if let Some(index) = index {
            columns.push((field, index));
            used.push(ColumnUse {
                field,
                header: table.headers.get(index).cloned().unwrap_or_default(),
            });
        } else if required.contains(field) {
            return Err(Error::new(
                code::MISSING_FIELD,
                format!("csv.columns.{field}"),
                format!(
                    "no column for `{field}`: map one with csv.columns.{field}; the header row has {:?}",
                    table.headers
                ),
            ));
        }
    }
    let mut orders = Vec::with_capacity(table.records.len());
    for record in &table.records {
        let at = || format!("csv line {}", record.line);
        let mut row = OrderRow::default();
        let mut order_date = None;
        let mut cancelled_column = false;
        for (field, index) in &columns {
            let cell = record.cells.get(*index).map(|c| c.trim()).unwrap_or("");
            let fail = |code: &'static str, why: String| {
                let header = table.headers.get(*index).map_or("", String::as_str);
                Error::new(code, format!("{}.{header}", at()), why)
            };
            let text = || (!cell.is_empty()).then(|| cell.to_string());
            let flag = || csv::parse_flag(cell).map_err(|why| fail(code::INVALID_TYPE, why));
            let instant = || -> Result<Option<Instant>> {
                if cell.is_empty() {
                    return Ok(None);
                }
                Instant::parse(cell).map(Some).map_err(|why| fail(code::INVALID_DATE, why))
            };
            match *field {
                "orderId" => row.order_id = text(),
                "customerId" => row.customer_id = text(),
                "orderDate" => order_date = instant()?,
                "shipBy" if !cell.is_empty() => row.ship_by = Some(parse_deadline(cell).map_err(|why| fail(code::INVALID_DATE, why))?),
                "shippedAt" => row.shipped_at = instant()?,
                "delivered" => row.delivered = flag()?,
                "cancelled" => {
                    cancelled_column = true;
                    row.cancelled = flag()?.unwrap_or(false);
                }
                "cancelReason" => row.cancel_reason = text(),
                "returned" => row.returned = flag()?.unwrap_or(false),
                "returnReason" => row.return_reason = text(),
                "complaint" => row.complaint = flag()?.unwrap_or(false),
                // Spreadsheet cells go through the one normaliser (¥, 円, commas, full-width digits).
                "reviewScore" if !cell.is_empty() => {
                    let score = normalize_number(cell).map_err(|e| fail(code::INVALID_INPUT, e.message))?;
                    row.review_score = parse_score(&score).map_err(|why| fail(code::INVALID_INPUT, why))?;
                }
                "amount" if !cell.is_empty() => {
                    let amount = normalize_number(cell).map_err(|e| fail(code::INVALID_AMOUNT, e.message))?;
                    row.amount = Some(Yen::parse(&amount).map_err(|(code, why)| fail(code, why))?);
                    if row.amount.is_some_and(|a| a.0 < 0) {
                        return Err(fail(code::INVALID_AMOUNT, "must not be negative".into()));
                    }
                }
                _ => {}
            }
        }
        // Without a cancellation flag column, a filled-in reason marks the order cancelled.
        if !cancelled_column && row.cancel_reason.is_some() {
            row.cancelled = true;
        }
        let Some(date) = order_date else {
            return Err(Error::new(
                code::MISSING_FIELD,
                format!("{}.orderDate", at()),
                "the order date is empty",
            ));
        };
        row.order_date = date;
        let label = row.order_id.clone().unwrap_or_else(|| format!("line {}", record.line));
        orders.push(Order { label, row });
    }
    Ok((orders, used))
}

/// `orders` or `csv` — exactly one.
pub fn load(rows: Option<Vec<OrderRow>>, csv: Option<&CsvSource>, required: &[&'static str]) -> Result<(Vec<Order>, Vec<ColumnUse>)> {
    match (rows, csv) {
        (Some(rows), None) => Ok((from_rows(rows)?, Vec::new())),
        (None, Some(csv)) => from_csv(csv, required),
        (Some(_), Some(_)) => Err(Error::new(code::INVALID_INPUT, "csv", "give either `orders` or `csv`, not both")),
        (None, None) => Err(Error::new(
            code::MISSING_FIELD,
            "orders",
            "`orders` (an array) or `csv` (CSV text) is required",
        )),
    }
}
