//! A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF/LF line ends, a UTF-8 BOM.
//! Shift_JIS exports are decoded by the page (TextDecoder) before the text reaches Rust.

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

#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "byte offsets into `text`: each position comes from scanning `bytes`, so it is at most text.len() (and a line count at most that), and `cells` was just pushed to"
)]
pub fn parse(text: &str, delimiter: char) -> Result<Table> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Delimiters, quotes and line breaks are ASCII, and ASCII bytes never occur inside a UTF-8
    // multi-byte sequence, so scanning bytes and slicing the &str at them is safe and fast.
    let delimiter = u8::try_from(delimiter).map_err(|_| Error::new(code::INVALID_INPUT, "csv.delimiter", "the delimiter must be ASCII"))?;
    let bytes = text.as_bytes();
    let mut rows: Vec<Record> = Vec::new();
    let mut cells: Vec<String> = Vec::new();
    let mut line = 1;
    let mut record_line = 1;
    let mut i = 0;
    loop {
        // One cell starting at `i`.
        let mut cell = String::new();
        if bytes.get(i) == Some(&b'"') {
            i += 1;
            loop {
                let Some(offset) = bytes[i..].iter().position(|&b| b == b'"') else {
                    return Err(Error::new(
                        code::INVALID_INPUT,
                        format!("csv line {record_line}"),
                        "a quoted field is never closed",
                    ));
                };
                let chunk = &text[i..i + offset];
                line += chunk.bytes().filter(|&b| b == b'\n').count();
                cell.push_str(chunk);
                i += offset + 1;
                if bytes.get(i) == Some(&b'"') {
                    cell.push('"');
                    i += 1;
                } else {
                    break;
                }
            }
        }
        let end = bytes[i..]
            .iter()
            .position(|&b| b == delimiter || b == b'\n' || b == b'\r')
            .map_or(bytes.len(), |p| i + p);
        cell.push_str(&text[i..end]);
        cells.push(cell);
        if cells.len() > MAX_COLUMNS {
            return Err(Error::new(
                code::OUT_OF_RANGE,
                format!("csv line {record_line}"),
                format!("more than {MAX_COLUMNS} columns"),
            ));
        }
        i = end;
        match bytes.get(i) {
            Some(&b) if b == delimiter => i += 1,
            terminator => {
                if cells.len() > 1 || !cells[0].is_empty() {
                    rows.push(Record {
                        line: record_line,
                        cells: std::mem::take(&mut cells),
                    });
                    if rows.len() > MAX_ROWS + 1 {
                        return Err(too_many_rows());
                    }
                } else {
                    cells.clear();
                }
                let Some(&b) = terminator else { break };
                i += if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                line += 1;
                record_line = line;
                if i >= bytes.len() {
                    break;
                }
            }
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
    fn reads_quotes_newlines_and_bom() {
        let text = "\u{feff}注文番号,メモ,金額\r\nA1,\"say \"\"hi\"\"\",\"12,800\"\r\n\r\nA2,\"two\nlines\",300\nA3,,";
        let table = parse(text, ',').unwrap();
        assert_eq!(table.headers, ["注文番号", "メモ", "金額"]);
        let cells: Vec<Vec<&str>> = table.records.iter().map(|r| r.cells.iter().map(String::as_str).collect()).collect();
        assert_eq!(
            cells,
            vec![
                vec!["A1", "say \"hi\"", "12,800"],
                vec!["A2", "two\nlines", "300"],
                vec!["A3", "", ""]
            ]
        );
        // Physical line numbers: A1 on line 2, A2 on line 4 (line 3 is blank), A3 on line 6.
        assert_eq!(table.records.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4, 6]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn rejects_broken_csv() {
        assert_eq!(parse("", ',').err().unwrap().code, "invalid_input");
        assert_eq!(parse("a,b\n\"open", ',').err().unwrap().field, "csv line 2");
        assert_eq!(parse_flag("はい"), Ok(Some(true)));
        assert_eq!(parse_flag(" "), Ok(None));
        assert!(parse_flag("maybe").is_err());
    }
}
