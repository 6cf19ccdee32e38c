//! Order CSV as a table for storeHealth and rfmSegments: the header row and every data record,
//! read by the crate's one CSV reader ([`crate::csv`]) with these engines' limits and errors.

use crate::csv::Reader;
use crate::error::{code, Error, Result};

/// Upper bound on data rows in one CSV (and on rows passed as arrays): storeHealth's and
/// rfmSegments' work limit. Measured in Node on a 2-core machine at load 5–7: 100,000 orders took
/// 1.2–1.7 s (storeHealth) and 1.5–2.3 s (rfmSegments), CSV or objects, so the limit is 50,000.
/// 10^6 were allowed and took 9–20 s.
pub const MAX_ROWS: usize = 50_000;
const MAX_COLUMNS: usize = 1_000;

/// Header cells plus data records; `line` is the 1-based physical line a record starts on.
pub struct Table {
    pub headers: Vec<String>,
    pub records: Vec<Record>,
}

pub struct Record {
    pub line: usize,
    pub cells: Vec<String>,
}

/// The header (trimmed) and the records that have a non-blank cell.
pub fn parse(text: &str, delimiter: char) -> Result<Table> {
    let delimiter = u8::try_from(delimiter)
        .ok()
        .filter(u8::is_ascii)
        .ok_or_else(|| Error::new(code::INVALID_INPUT, "csv.delimiter", "the delimiter must be ASCII"))?;
    let mut reader = Reader::new(text, delimiter);
    let mut cells = Vec::new();
    let mut rows: Vec<Record> = Vec::new();
    while let Some(record) = reader.next_record(&mut cells, MAX_COLUMNS) {
        let at = record.map_err(|e| Error::new(code::INVALID_INPUT, format!("csv line {}", e.line()), e.message()))?;
        if at.cell_count > MAX_COLUMNS {
            return Err(Error::new(
                code::OUT_OF_RANGE,
                format!("csv line {}", at.line),
                format!("more than {MAX_COLUMNS} columns"),
            ));
        }
        rows.push(Record {
            line: at.line,
            cells: cells.drain(..).map(|c| c.into_owned()).collect(),
        });
        // The header and blank records count here too: the limit stops the reading early.
        if rows.len() > MAX_ROWS.saturating_add(1) {
            return Err(too_many_rows());
        }
    }
    let mut rows = rows.into_iter();
    let Some(header) = rows.next() else {
        return Err(Error::new(
            code::INVALID_INPUT,
            "csv",
            "the CSV text is empty (a header row is required)",
        ));
    };
    let records: Vec<Record> = rows.filter(|r| r.cells.iter().any(|c| !c.trim().is_empty())).collect();
    if records.len() > MAX_ROWS {
        return Err(too_many_rows());
    }
    Ok(Table {
        headers: header.cells.into_iter().map(|h| h.trim().to_string()).collect(),
        records,
    })
}

fn too_many_rows() -> Error {
    Error::new(
        code::TOO_MUCH_WORK,
        "csv",
        format!("more than {MAX_ROWS} rows; the limit is {MAX_ROWS} (about a second of work): split the file by month or shop"),
    )
}

/// Index of the first header equal to one of `names` (exact after trimming, ASCII case-insensitive).
pub fn find_column(headers: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|name| headers.iter().position(|h| h.eq_ignore_ascii_case(name)))
}

/// A yes/no cell as Japanese and Chinese exports write it. Empty → `None`.
pub fn parse_flag(cell: &str) -> std::result::Result<Option<bool>, String> {
    let value = cell.trim();
    let lower = value.to_ascii_lowercase();
    const YES: [&str; 13] = ["1", "true", "yes", "y", "はい", "有", "あり", "○", "◯", "済", "是", "有り", "✓"];
    const NO: [&str; 11] = ["0", "false", "no", "n", "いいえ", "無", "なし", "×", "未", "否", "無し"];
    if value.is_empty() || value == "-" {
        Ok(None)
    } else if YES.contains(&lower.as_str()) {
        Ok(Some(true))
    } else if NO.contains(&lower.as_str()) {
        Ok(Some(false))
    } else {
        Err(format!("{value:?} is not a yes/no value (use 1/0, true/false, はい/いいえ, 有/無)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test(unsupported = test)]
    fn trims_headers_and_drops_blank_records() {
        let text = "\u{feff} 注文番号 ,金額\r\nA1,\"12,800\"\r\n \t, \nA2,300";
        let table = parse(text, ',').unwrap();
        assert_eq!(table.headers, ["注文番号", "金額"]);
        let cells: Vec<Vec<&str>> = table.records.iter().map(|r| r.cells.iter().map(String::as_str).collect()).collect();
        assert_eq!(cells, vec![vec!["A1", "12,800"], vec!["A2", "300"]]);
        // Physical line numbers: line 3 is blank cells and is no record.
        assert_eq!(table.records.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn rejects_broken_csv() {
        assert_eq!(parse("", ',').err().unwrap().code, "invalid_input");
        assert_eq!(parse("a,b\n\"open", ',').err().unwrap().field, "csv line 2");
        // 1,000 columns are read; 1,001 are out of range at the line that has them.
        assert!(parse(&",".repeat(999), ',').is_ok());
        let wide = parse(&format!("a\n{}", ",".repeat(1_000)), ',').err().unwrap();
        assert_eq!((wide.code, wide.field.as_str()), ("out_of_range", "csv line 2"));
        assert_eq!(parse("a", 'é').err().unwrap().field, "csv.delimiter");
        assert_eq!(parse_flag("はい"), Ok(Some(true)));
        assert_eq!(parse_flag(" "), Ok(None));
        assert!(parse_flag("maybe").is_err());
    }
}
