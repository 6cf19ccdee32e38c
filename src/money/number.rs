//! The one number grammar for every yen amount, rate and decimal an API reads, and the one
//! normaliser ([`normalize_number`], exported as `normalizeNumber`) that turns what people type
//! or spreadsheets write (`¥3,980`, `３９８０円`, `12.5％`) into it.
//!
//! Grammar (strings):
//! - yen: `-?[0-9]+` — whole yen, ASCII digits; `-` only where a field may be negative.
//! - decimals (rates, thresholds, units): `-?[0-9]+(\.[0-9]+)?`, kept exactly: at most
//!   [`MAX_PLACES`] decimal places ([`MAX_PERCENT_PLACES`] for percentages, whose ÷100 must stay
//!   exact) and at most Decimal's 28–29 significant digits. Percentages may end in `%`.
//! - rejected with a message that shows an accepted form: `+5`, `.5`, `5.`, `1_0`, `1e1`, `0x10`,
//!   spaces, grouping commas, full-width digits, currency signs. [`normalize_number`] removes the
//!   last four before calling.
//!
//! JS numbers are accepted too and read through their shortest round-trip decimal text (so `0.1`
//! is exactly 0.1); one that needs more places than the limit (`5e-324`) is rejected, not rounded.

use crate::error::{code, Error, Result};
use rust_decimal::Decimal;
use std::str::FromStr;

/// Decimal places any decimal input keeps exactly (rust_decimal's limit).
pub const MAX_PLACES: u32 = 28;
/// Decimal places of a percentage: its fraction (÷100) then has at most 28 and stays exact.
pub const MAX_PERCENT_PLACES: u32 = 26;

/// A plain-decimal string in the grammar above, parsed exactly. `Err` says why and shows an
/// accepted form.
pub fn parse_decimal(text: &str, max_places: u32) -> std::result::Result<Decimal, String> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || fraction.is_some_and(|f| !digits(f)) {
        return Err(format!(
            "{text:?} is not a plain decimal number; write digits with an optional \".\" and fraction, e.g. \"10\", \"3.5\" or \"0.25\" (no +, exponent, _ or separators; normalizeNumber removes ¥, commas and full-width digits)"
        ));
    }
    // Trailing zeros of the fraction do not change the value.
    let fraction = fraction.map(|f| f.trim_end_matches('0')).unwrap_or("");
    let places = u32::try_from(fraction.len()).unwrap_or(u32::MAX);
    if places > max_places {
        return Err(format!(
            "{} has {places} decimal places; at most {max_places} are kept exactly (nothing is rounded)",
            shorten(text)
        ));
    }
    let exact_text = if fraction.is_empty() {
        text.split_once('.').map_or(text, |(head, _)| head).to_string()
    } else {
        format!("{}.{fraction}", text.split_once('.').map_or(text, |(head, _)| head))
    };
    match Decimal::from_str(&exact_text) {
        // rust_decimal rounds a value with too many significant digits; the scale shows it.
        Ok(value) if value.scale() == places => Ok(value),
        _ => Err(format!(
            "{} has more significant digits than can be kept exactly (at most 28; the largest value is {})",
            shorten(text),
            Decimal::MAX
        )),
    }
}

/// A JS number as an exact decimal: its shortest round-trip text (Rust prints it without an
/// exponent, like `0.0000001`), then [`parse_decimal`].
pub fn decimal_from_f64(value: f64, max_places: u32) -> std::result::Result<Decimal, String> {
    if !value.is_finite() {
        return Err("must be a finite number".into());
    }
    parse_decimal(&value.to_string(), max_places).map_err(|why| format!("the number {value:e}: {why}"))
}

/// `deserialize_with` for an optional decimal field (`null` or absent → `None`): a decimal
/// string in the grammar or a JS number, else `invalid_amount` with the reason.
pub fn deserialize_decimal_opt<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<Decimal>, D::Error> {
    use serde::Deserialize;
    let parsed = match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => return Ok(None),
        Some(serde_json::Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
            (Some(whole), _) => Ok(Decimal::from(whole)),
            (None, Some(v)) => decimal_from_f64(v, MAX_PLACES),
            (None, None) => Err(format!("{n} is not a number")),
        },
        Some(serde_json::Value::String(s)) => parse_decimal(&s, MAX_PLACES),
        Some(_) => Err("must be a decimal string or a number".into()),
    };
    parsed.map(Some).map_err(|why| crate::input::coded(code::INVALID_AMOUNT, why))
}

/// Long echoes (a 324-place number) are cut for the message.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// `０`…`９` → `0`…`9` (the caller matched the range).
fn fullwidth_digit(c: char) -> char {
    let offset = u32::from(c).saturating_sub(u32::from('０'));
    char::from_digit(offset, 10).unwrap_or(c)
}

/// Longest text [`normalize_number`] reads; a number is never longer.
pub const MAX_NUMBER_CHARS: usize = 100;

/// `normalizeNumber`: what people type or spreadsheets write → the grammar above.
/// Removes spaces (ASCII, full-width, no-break), a leading `¥`/`￥`, a trailing `円` or `%`/`％`,
/// and comma grouping (`,` or `，`, groups of three digits only, so `1,5` is not read as 15);
/// maps full-width digits, `．` and minus signs (`－`, `−`) to ASCII. The result is checked
/// against the decimal grammar (`invalid_input` with the reason otherwise): `3,980` → `3980`,
/// `¥12,800円` → `12800`, `１２.５％` → `12.5`, while `1,5`, `12.5円%` and `オープン価格` are errors.
pub fn normalize_number(text: &str) -> Result<String> {
    let bad = |why: String| Error::new(code::INVALID_INPUT, "text", why);
    if text.chars().count() > MAX_NUMBER_CHARS {
        return Err(bad(format!(
            "longer than {MAX_NUMBER_CHARS} characters; a number is never that long"
        )));
    }
    let mut mapped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            ' ' | '\t' | '\u{3000}' | '\u{a0}' | '\u{2009}' | '\u{202f}' => {}
            '０'..='９' => mapped.push(fullwidth_digit(c)),
            '．' => mapped.push('.'),
            '，' => mapped.push(','),
            '－' | '−' => mapped.push('-'),
            '￥' => mapped.push('¥'),
            '％' => mapped.push('%'),
            _ => mapped.push(c),
        }
    }
    let (sign, body) = match mapped.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", mapped.as_str()),
    };
    let body = body.strip_prefix('¥').unwrap_or(body);
    let body = body.strip_suffix('円').or_else(|| body.strip_suffix('%')).unwrap_or(body);
    let (whole, fraction) = match body.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (body, None),
    };
    if whole.contains(',') {
        let mut groups = whole.split(',');
        let first = groups.next().unwrap_or("");
        let grouped = (1..=3).contains(&first.len()) && groups.all(|g| g.len() == 3);
        if !grouped {
            return Err(bad(format!(
                "{text:?}: commas must group thousands (3,980 or 1,234,567); write decimals with \".\""
            )));
        }
    }
    let whole: String = whole.chars().filter(|&c| c != ',').collect();
    let normalized = match fraction {
        Some(fraction) => format!("{sign}{whole}.{fraction}"),
        None => format!("{sign}{whole}"),
    };
    parse_decimal(&normalized, u32::MAX).map_err(|_| {
        bad(format!(
            "{text:?} is not a number; accepted forms include \"3980\", \"3,980\", \"¥3,980\", \"3980円\", \"１２.５％\" and \"-50\""
        ))
    })?;
    Ok(normalized)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn the_grammar_is_exact_or_an_error() {
        assert_eq!(parse_decimal("3.50", MAX_PLACES), Ok(dec("3.5")));
        assert_eq!(parse_decimal("-0.25", MAX_PLACES), Ok(dec("-0.25")));
        assert_eq!(parse_decimal("0.0000000000000000000000000001", MAX_PLACES), Ok(Decimal::new(1, 28)));
        // Trailing zeros past the 28th place change nothing, so they are accepted.
        assert_eq!(parse_decimal("1.500000000000000000000000000000", MAX_PLACES), Ok(dec("1.5")));
        assert_eq!(parse_decimal("79228162514264337593543950335", MAX_PLACES), Ok(Decimal::MAX));
        for bad in [
            "1_0", "1e1", "+5", ".5", "5.", "", "-", "0x10", " 5", "5 ", "1,000", "１２", "NaN", "Infinity",
        ] {
            let why = parse_decimal(bad, MAX_PLACES).unwrap_err();
            assert!(why.contains("e.g. \"10\", \"3.5\""), "{bad:?}: {why}");
        }
        // 29 places (1e-29) and a value whose 28th place would be rounded away are refused.
        assert!(parse_decimal("0.00000000000000000000000000001", MAX_PLACES)
            .unwrap_err()
            .contains("29 decimal places"));
        assert!(parse_decimal("100.00000000000000000000000000001", MAX_PLACES)
            .unwrap_err()
            .contains("29 decimal places"));
        // 28 places but 31 significant digits: rust_decimal would round it to 99.99…9 (26 places).
        assert!(parse_decimal("99.9999999999999999999999999999", MAX_PLACES)
            .unwrap_err()
            .contains("significant digits"));
        assert!(parse_decimal("79228162514264337593543950336", MAX_PLACES).is_err());
        // MAX + 1
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn js_numbers_read_through_their_shortest_text() {
        assert_eq!(decimal_from_f64(0.1, MAX_PLACES), Ok(dec("0.1")));
        assert_eq!(decimal_from_f64(1e-28, MAX_PLACES), Ok(Decimal::new(1, 28)));
        assert_eq!(decimal_from_f64(1e-7, MAX_PERCENT_PLACES), Ok(dec("0.0000001")));
        // 5e-324 has 324 decimal places: refused, not turned into 0.
        let why = decimal_from_f64(5e-324, MAX_PLACES).unwrap_err();
        assert!(why.contains("324 decimal places"), "{why}");
        assert!(decimal_from_f64(f64::NAN, MAX_PLACES).is_err());
        assert!(decimal_from_f64(1e300, MAX_PLACES).unwrap_err().contains("significant digits"));
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn normalizes_what_people_type() {
        for (typed, want) in [
            ("¥3,980", "3980"),
            ("￥３，９８０", "3980"),
            ("3980円", "3980"),
            (" 12,800 ", "12800"),
            ("1,234,567", "1234567"),
            ("１２．５％", "12.5"),
            ("7%", "7"),
            ("－50", "-50"),
            ("−1,000円", "-1000"),
            ("0.25", "0.25"),
            ("1 000", "1000"),
            ("¥12,800円", "12800"),
        ] {
            assert_eq!(normalize_number(typed).as_deref(), Ok(want), "{typed}");
        }
        for bad in [
            "1,5",
            "12,34",
            ",100",
            "12.5円%",
            "オープン価格",
            "=1+1",
            "1e3",
            "+5",
            ".5",
            "",
            "¥",
            "3.980,00",
        ] {
            let e = normalize_number(bad).unwrap_err();
            assert_eq!(e.code, "invalid_input", "{bad}");
        }
        assert!(normalize_number(&"9".repeat(101)).is_err());
    }
}
