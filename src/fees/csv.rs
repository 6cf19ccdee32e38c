//! Order rows from CSV text (the bulk page and large months): a header line naming columns, then
//! one order per record. Columns: price (required), quantity, taxRate, shippingCharged, discount,
//! device (pc|mobile), affiliate (true|false|1|0), cogsPerUnit. Comma-separated values read by
//! the crate's one RFC 4180 reader ([`crate::csv`]: quoted cells, e.g. "12,800", and line breaks
//! in quotes); blank lines skipped; cells trimmed.

use super::month::{OrderRow, MAX_ORDERS};
use super::rakuten::Device;
use crate::csv::{ReadError, Reader, RecordAt};
use crate::error::{code, Error, Result};
use crate::money::number::normalize_number;
use crate::money::Yen;
use crate::tax::{Quantity, TaxRate, MAX_QUANTITY};
use std::borrow::Cow;

pub const INVALID_CSV: &str = "invalid_csv";

/// How many columns there are: a header names each at most once.
const COLUMNS: usize = 8;

#[derive(Clone, Copy, PartialEq)]
enum Column {
    Price,
    Quantity,
    TaxRate,
    Shipping,
    Discount,
    Device,
    Affiliate,
    Cogs,
}

fn column(name: &str) -> Option<Column> {
    Some(match name {
        "price" => Column::Price,
        "quantity" => Column::Quantity,
        "taxRate" => Column::TaxRate,
        "shippingCharged" => Column::Shipping,
        "discount" => Column::Discount,
        "device" => Column::Device,
        "affiliate" => Column::Affiliate,
        "cogsPerUnit" => Column::Cogs,
        _ => return None,
    })
}

/// Every order row (the first bad one fails the whole text); see [`parse_order_rows`].
pub fn parse_orders(text: &str, field: &str) -> Result<Vec<OrderRow>> {
    let mut rows = Vec::new();
    let mut first_error = None;
    each_row(text, field, |_, row| match row {
        Ok(row) if first_error.is_none() => rows.push(row),
        Err(e) if first_error.is_none() => first_error = Some(e),
        _ => {}
    })?;
    first_error.map_or(Ok(rows), Err)
}

/// The header must be good (else the whole text fails); each data row then parses on its own,
/// paired with the physical line it starts on (1-based, the header is line 1 of a plain text).
pub fn parse_order_rows(text: &str, field: &str) -> Result<Vec<(usize, Result<OrderRow>)>> {
    let mut rows = Vec::new();
    each_row(text, field, |line, row| rows.push((line, row)))?;
    Ok(rows)
}

/// Checks the header, then hands each data row (parsed on its own) and its line number to `each`.
fn each_row(text: &str, field: &str, mut each: impl FnMut(usize, Result<OrderRow>)) -> Result<()> {
    let mut reader = Reader::new(text, b',');
    let mut cells = Vec::new();
    // A header of more than COLUMNS names repeats or misnames one among its first COLUMNS + 1,
    // which are all that is kept.
    if next_record(&mut reader, &mut cells, COLUMNS.saturating_add(1), field)?.is_none() {
        return Err(Error::new(INVALID_CSV, field, "the CSV has no header line"));
    }
    let mut columns = Vec::new();
    for name in &cells {
        let name = name.trim();
        let c = column(name).ok_or_else(|| Error::new(INVALID_CSV, field, format!("unknown column {name:?}")))?;
        if columns.contains(&c) {
            return Err(Error::new(INVALID_CSV, field, format!("column {name:?} appears twice")));
        }
        columns.push(c);
    }
    if !columns.contains(&Column::Price) {
        return Err(Error::new(INVALID_CSV, field, "a price column is required"));
    }
    let mut count = 0usize;
    // A data record has one cell per column; more are counted for the error, not kept.
    while let Some(record) = next_record(&mut reader, &mut cells, columns.len(), field)? {
        if count == MAX_ORDERS {
            return Err(Error::new(
                code::TOO_MUCH_WORK,
                field,
                format!("at most {MAX_ORDERS} orders (about a second of work): split the file"),
            ));
        }
        each(record.line, parse_row(&columns, &cells, record, field));
        count = count.saturating_add(1);
    }
    Ok(())
}

/// The next record that is not a blank line (whitespace-only lines are blank too).
fn next_record<'t>(reader: &mut Reader<'t>, cells: &mut Vec<Cow<'t, str>>, keep: usize, field: &str) -> Result<Option<RecordAt>> {
    while let Some(record) = reader.next_record(cells, keep) {
        let record = record.map_err(|e| read_error(e, field))?;
        if !(record.cell_count == 1 && cells.first().is_some_and(|c| c.trim().is_empty())) {
            return Ok(Some(record));
        }
    }
    Ok(None)
}

fn read_error(error: ReadError, field: &str) -> Error {
    Error::new(INVALID_CSV, format!("{field}[line {}]", error.line()), error.message())
}

/// One data record: every cell through the one normaliser and the grammar of its column.
fn parse_row(columns: &[Column], cells: &[Cow<'_, str>], record: RecordAt, field: &str) -> Result<OrderRow> {
    let line_number = record.line;
    let at = |col: &str| format!("{field}[line {line_number}].{col}");
    let mut row = OrderRow {
        price: Yen::ZERO,
        quantity: Quantity(1),
        tax_rate: TaxRate::Standard,
        shipping_charged: Yen::ZERO,
        discount: Yen::ZERO,
        device: Device::Mobile,
        affiliate: false,
        cogs_per_unit: None,
    };
    if record.cell_count != columns.len() {
        return Err(Error::new(
            INVALID_CSV,
            format!("{field}[line {line_number}]"),
            format!("expected {} cells, found {}", columns.len(), record.cell_count),
        ));
    }
    for (c, cell) in columns.iter().zip(cells) {
        let cell = cell.trim();
        // Spreadsheet cells go through the one normaliser (¥, 円, commas, full-width digits);
        // plain digits are already normal (it returns them unchanged), so the common cell skips
        // its allocations.
        let normalized = |name: &str, code: &'static str| -> Result<Cow<'_, str>> {
            if plain_digits(cell) {
                return Ok(Cow::Borrowed(cell));
            }
            normalize_number(cell)
                .map(Cow::Owned)
                .map_err(|e| Error::new(code, at(name), e.message))
        };
        let yen = |name: &str| -> Result<Yen> {
            match Yen::parse(&normalized(name, code::INVALID_AMOUNT)?) {
                Ok(y) if y.0 >= 0 => Ok(y),
                Ok(_) => Err(Error::new(code::INVALID_AMOUNT, at(name), "must not be negative")),
                Err((code, why)) => Err(Error::new(code, at(name), why)),
            }
        };
        match c {
            Column::Price => row.price = yen("price")?,
            Column::Shipping => row.shipping_charged = if cell.is_empty() { Yen::ZERO } else { yen("shippingCharged")? },
            Column::Discount => row.discount = if cell.is_empty() { Yen::ZERO } else { yen("discount")? },
            Column::Cogs => row.cogs_per_unit = if cell.is_empty() { None } else { Some(yen("cogsPerUnit")?) },
            Column::Quantity => {
                if !cell.is_empty() {
                    let digits = normalized("quantity", code::INVALID_QUANTITY)?;
                    // u64's parser would take "+5"; the grammar has digits only.
                    let q: u64 = digits
                        .bytes()
                        .all(|b| b.is_ascii_digit())
                        .then(|| digits.parse().ok())
                        .flatten()
                        .ok_or_else(|| {
                            Error::new(
                                code::INVALID_QUANTITY,
                                at("quantity"),
                                format!("{cell:?} is not a whole number (e.g. \"2\")"),
                            )
                        })?;
                    if q == 0 || q > MAX_QUANTITY {
                        return Err(Error::new(
                            code::INVALID_QUANTITY,
                            at("quantity"),
                            format!("must be from 1 to {MAX_QUANTITY}"),
                        ));
                    }
                    row.quantity = Quantity(q);
                }
            }
            Column::TaxRate => {
                if !cell.is_empty() {
                    row.tax_rate = TaxRate::parse(cell).ok_or_else(|| Error::new(code::INVALID_RATE, at("taxRate"), "must be 10 or 8"))?;
                }
            }
            Column::Device => {
                row.device = match cell {
                    "" | "mobile" => Device::Mobile,
                    "pc" => Device::Pc,
                    _ => return Err(Error::new(code::INVALID_INPUT, at("device"), "must be pc or mobile")),
                }
            }
            Column::Affiliate => {
                row.affiliate = match cell {
                    "" | "false" | "0" => false,
                    "true" | "1" => true,
                    _ => return Err(Error::new(code::INVALID_INPUT, at("affiliate"), "must be true, false, 1 or 0")),
                }
            }
        }
    }
    Ok(row)
}

/// 1–18 ASCII digits: a cell [`normalize_number`] would return unchanged (it maps nothing, and
/// so few digits always fit its decimal grammar).
fn plain_digits(cell: &str) -> bool {
    (1..=18).contains(&cell.len()) && cell.bytes().all(|b| b.is_ascii_digit())
}
