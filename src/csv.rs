//! The one CSV reader (RFC 4180) behind every engine's CSV input: quoted fields, doubled quotes,
//! line breaks inside quotes, CRLF, LF or CR line ends, and a UTF-8 BOM. Each record carries the
//! physical line it starts on (1-based, the header is line 1 of a plain text; a quoted field's
//! line breaks and blank lines count), so each engine can point at a bad row the way a text
//! editor numbers it. Shift_JIS exports are decoded by the page (TextDecoder) before the text
//! reaches Rust. What a cell means, which records count and what limits apply are the engine's.

// Issue 12: domain code never panics on input (see src/dates/mod.rs).
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used
    )
)]

use std::borrow::Cow;

/// Why a text is not CSV, at the line its record starts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    UnclosedQuote { line: usize },
}

impl ReadError {
    pub fn line(self) -> usize {
        match self {
            ReadError::UnclosedQuote { line } => line,
        }
    }

    pub fn message(self) -> &'static str {
        match self {
            ReadError::UnclosedQuote { .. } => "a quoted field is never closed",
        }
    }
}

/// Where a record was read from and how many cells it has (all of them, also those past the
/// `keep` limit, which are counted but not stored).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordAt {
    pub line: usize,
    pub cell_count: usize,
}

/// Reads records one at a time into a buffer the caller reuses, so a large file costs no
/// allocation per record; an unquoted cell (the common one) is a slice of the text.
pub struct Reader<'t> {
    text: &'t str,
    at: usize,
    line: usize,
    delimiter: u8,
}

impl<'t> Reader<'t> {
    /// A reader of `text` (a leading BOM is skipped) whose cells are split at `delimiter`, an
    /// ASCII byte.
    pub fn new(text: &'t str, delimiter: u8) -> Reader<'t> {
        Reader {
            text: text.strip_prefix('\u{feff}').unwrap_or(text),
            at: 0,
            line: 1,
            delimiter,
        }
    }

    /// The next record's cells into `cells` (cleared first), at most `keep` of them (a bound on
    /// memory however many delimiters a line has); `None` at the end of the text. Empty lines
    /// are no records (a line of one empty cell, as a spreadsheet writes nothing).
    #[expect(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        reason = "byte offsets into `text`: each comes from scanning its bytes, so it is at most text.len(), and line and cell counts are at most that"
    )]
    pub fn next_record(&mut self, cells: &mut Vec<Cow<'t, str>>, keep: usize) -> Option<Result<RecordAt, ReadError>> {
        // Delimiters, quotes and line breaks are ASCII, and ASCII bytes never occur inside a
        // UTF-8 multi-byte sequence, so scanning bytes and slicing the &str at them is safe.
        let text = self.text;
        let bytes = text.as_bytes();
        loop {
            if self.at >= bytes.len() {
                return None;
            }
            cells.clear();
            let line = self.line;
            let mut cell_count = 0usize;
            let mut first_cell_empty = false;
            loop {
                let mut i = self.at;
                let mut cell: Cow<'t, str> = Cow::Borrowed("");
                if bytes.get(i) == Some(&b'"') {
                    i += 1;
                    loop {
                        let Some(offset) = bytes[i..].iter().position(|&b| b == b'"') else {
                            self.at = bytes.len();
                            return Some(Err(ReadError::UnclosedQuote { line }));
                        };
                        let chunk = &text[i..i + offset];
                        self.line += chunk.bytes().filter(|&b| b == b'\n').count();
                        append(&mut cell, chunk);
                        i += offset + 1;
                        if bytes.get(i) == Some(&b'"') {
                            append(&mut cell, "\"");
                            i += 1;
                        } else {
                            break;
                        }
                    }
                }
                let end = bytes[i..]
                    .iter()
                    .position(|&b| b == self.delimiter || b == b'\n' || b == b'\r')
                    .map_or(bytes.len(), |p| i + p);
                append(&mut cell, &text[i..end]);
                if cell_count == 0 {
                    first_cell_empty = cell.is_empty();
                }
                cell_count += 1;
                if cells.len() < keep {
                    cells.push(cell);
                }
                self.at = end;
                match bytes.get(end) {
                    Some(&b) if b == self.delimiter => self.at += 1,
                    terminator => {
                        if let Some(&b) = terminator {
                            self.at += if b == b'\r' && bytes.get(end + 1) == Some(&b'\n') { 2 } else { 1 };
                            self.line += 1;
                        }
                        break;
                    }
                }
            }
            if !(cell_count == 1 && first_cell_empty) {
                return Some(Ok(RecordAt { line, cell_count }));
            }
        }
    }
}

/// Adds `more` to a cell, borrowing while the cell is one slice of the text.
fn append<'t>(cell: &mut Cow<'t, str>, more: &'t str) {
    if more.is_empty() {
        return;
    }
    if cell.is_empty() {
        *cell = Cow::Borrowed(more);
    } else {
        cell.to_mut().push_str(more);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    /// Every record as (line, cells).
    fn read(text: &str, delimiter: u8) -> Result<Vec<(usize, Vec<String>)>, ReadError> {
        let mut reader = Reader::new(text, delimiter);
        let mut cells = Vec::new();
        let mut out = Vec::new();
        while let Some(record) = reader.next_record(&mut cells, usize::MAX) {
            let at = record?;
            assert_eq!(at.cell_count, cells.len());
            out.push((at.line, cells.iter().map(|c| c.to_string()).collect()));
        }
        Ok(out)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn reads_quotes_newlines_and_bom() {
        let text = "\u{feff}注文番号,メモ,金額\r\nA1,\"say \"\"hi\"\"\",\"12,800\"\r\n\r\nA2,\"two\nlines\",300\nA3,,";
        let records = read(text, b',').unwrap();
        let cells: Vec<Vec<&str>> = records.iter().map(|(_, c)| c.iter().map(String::as_str).collect()).collect();
        assert_eq!(
            cells,
            vec![
                vec!["注文番号", "メモ", "金額"],
                vec!["A1", "say \"hi\"", "12,800"],
                vec!["A2", "two\nlines", "300"],
                vec!["A3", "", ""]
            ]
        );
        // Physical line numbers: A1 on line 2, A2 on line 4 (line 3 is blank), A3 on line 6
        // (the quoted line break in A2 counts).
        assert_eq!(records.iter().map(|(line, _)| *line).collect::<Vec<_>>(), [1, 2, 4, 6]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn line_ends_delimiters_and_empty_lines() {
        // CR alone ends a line too; a trailing line end makes no extra record; a quoted empty
        // cell on its own is an empty line.
        let records = read("a;b\rc;\"d;e\"\n\n\"\"\n;\n", b';').unwrap();
        assert_eq!(
            records,
            vec![
                (1, vec!["a".into(), "b".into()]),
                (2, vec!["c".into(), "d;e".into()]),
                (5, vec![String::new(), String::new()])
            ]
        );
        assert_eq!(read("", b','), Ok(vec![]));
        assert_eq!(read("\u{feff}", b','), Ok(vec![]));
        // A quote inside an unquoted cell is text; text after a closing quote joins the cell.
        assert_eq!(read("a\"b,\"c\"d", b',').unwrap()[0].1, ["a\"b", "cd"]);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn an_unclosed_quote_names_the_line_its_record_starts_on() {
        let error = read("a,b\n1,2\n3,\"open\n\nmore", b',').unwrap_err();
        assert_eq!(error, ReadError::UnclosedQuote { line: 3 });
        assert_eq!((error.line(), error.message()), (3, "a quoted field is never closed"));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn cells_past_the_limit_are_counted_not_kept() {
        let mut reader = Reader::new("1,2,3,4,5\n6,7", b',');
        let mut cells = Vec::new();
        let first = reader.next_record(&mut cells, 2).unwrap().unwrap();
        assert_eq!((first.line, first.cell_count, cells.len()), (1, 5, 2));
        let second = reader.next_record(&mut cells, 1).unwrap().unwrap();
        assert_eq!((second.line, second.cell_count, cells.clone()), (2, 2, vec![Cow::Borrowed("6")]));
        assert!(reader.next_record(&mut cells, 1).is_none());
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn unquoted_cells_borrow_the_text() {
        let mut reader = Reader::new("plain,\"quoted\",\"dou\"\"bled\"", b',');
        let mut cells = Vec::new();
        reader.next_record(&mut cells, usize::MAX).unwrap().unwrap();
        let borrowed: Vec<bool> = cells.iter().map(|c| matches!(c, Cow::Borrowed(_))).collect();
        assert_eq!(borrowed, [true, true, false]);
        assert_eq!(cells[2], "dou\"bled");
    }
}
