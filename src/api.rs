//! The JSON-in, JSON-out form of every API function — what the wasm boundary runs after
//! `JSON.stringify`, and what native tests, the determinism test's regression fixtures and the fuzz targets call.
//!
//! [`call`] dispatches on the JS export name. Each argument is one JSON text, in the order the JS
//! function takes them, so `priceWithTax({…})` is `call("priceWithTax", &["{…}"])`. Entries mirror
//! `src/boundary/`; the npm consumer test replays the same regression cases through the real exports, so
//! a mirror that drifts from its boundary fails `make test`.

// Issue 12: domain code never panics on input. Arithmetic is checked (`overflow` /
// `out_of_range` errors), slices are read with `get`, and nothing unwraps; an exception that is
// provably bounded says why in an `#[expect(…, reason = …)]`. Tests may do all of these.
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used
    )
)]
use crate::campaign::{self, transforms};
use crate::error::{code, join_path, Error, Result};
use crate::input::decode_json;
use crate::lint::{self, LintOptions};
use crate::{fees, health};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Decodes `json` into the function's input type, runs it and encodes the output as JSON text.
pub fn call_json<I, O>(json: &str, f: impl FnOnce(I) -> Result<O>) -> Result<String>
where
    I: DeserializeOwned,
    O: Serialize,
{
    encode(&f(decode_json(json)?)?)
}

fn encode<O: Serialize>(output: &O) -> Result<String> {
    serde_json::to_string(output).map_err(|e| Error::new(code::INVALID_INPUT, "", format!("could not encode the result: {e}")))
}

/// Every API reachable through [`call`], by JS export name (`version` aside: it takes no input).
pub const NAMES: &[&str] = &[
    "priceWithTax",
    "invoiceTax",
    "feeSchedules",
    "estimateOrder",
    "estimateMonth",
    "solvePrice",
    "compareMarketplaces",
    "importTax",
    "estimateBatch",
    "registerFeeSchedules",
    "storeHealth",
    "replyRisk",
    "riskCalendar",
    "creatorEligibility",
    "rfmSegments",
    "compensation",
    "messagingCheck",
    "simulateCampaign",
    "allocateBudget",
    "sensitivity",
    "responseCurve",
    "vetCreator",
    "campaignPresets",
    "saturationHill",
    "adstockGeometric",
    "adstockWeibull",
    "lint",
    "lintBatch",
    "listRules",
    "explainRule",
    "normalizeNumber",
];

/// Runs the API named `name` (its JS export name) on `args`, one JSON text per JS argument.
/// A missing argument is JS `undefined`, which the boundary rejects like any non-object.
pub fn call(name: &str, args: &[&str]) -> Result<String> {
    let one = || single_argument(args);
    match name {
        "priceWithTax" => call_json(one()?, crate::tax::price_with_tax),
        "invoiceTax" => call_json(one()?, crate::tax::invoice_tax),
        // The fee boundary defaults a missing `asOf` to the browser's today; natively the engine
        // picks its own default day, so fixtures always pass `asOf`.
        // `feeSchedules()` and `feeSchedules(null)` mean "no options".
        "feeSchedules" => call_json(args.first().filter(|a| a.trim() != "null").copied().unwrap_or("{}"), |i| {
            fees::fee_schedules(fees::Registry::builtin()?, i)
        }),
        "estimateOrder" => call_json(one()?, |i| fees::estimate_order(fees::Registry::builtin()?, i)),
        "estimateMonth" => call_json(one()?, |i| fees::estimate_month(fees::Registry::builtin()?, i)),
        "solvePrice" => call_json(one()?, |i| fees::solve_price(fees::Registry::builtin()?, i)),
        "compareMarketplaces" => call_json(one()?, |i| fees::compare_marketplaces(fees::Registry::builtin()?, i)),
        "importTax" => call_json(one()?, |i| fees::import_tax(fees::Registry::builtin()?, i)),
        "estimateBatch" => call_json(one()?, |i| fees::estimate_batch(fees::Registry::builtin()?, i)),
        // Natively each call starts from the compiled-in data: this checks a fee-data file and
        // reports what it would add (the wasm boundary keeps the registration).
        "registerFeeSchedules" => call_json(one()?, |file: fees::FeeDataFile| fees::Registry::builtin()?.clone().register(file)),
        "storeHealth" => call_json(one()?, health::store_health),
        "replyRisk" => call_json(one()?, health::reply_risk),
        "riskCalendar" => call_json(one()?, health::risk_calendar),
        "creatorEligibility" => call_json(one()?, health::creator_eligibility),
        "rfmSegments" => call_json(one()?, health::rfm_segments),
        "compensation" => call_json(one()?, health::compensation),
        "messagingCheck" => call_json(one()?, health::messaging_check),
        "simulateCampaign" => call_json(one()?, campaign::simulate_campaign),
        "allocateBudget" => call_json(one()?, campaign::allocator::allocate_budget),
        "sensitivity" => call_json(one()?, campaign::sensitivity::sensitivity),
        "responseCurve" => call_json(one()?, campaign::response::response_curve),
        "vetCreator" => call_json(one()?, campaign::vetting::vet_creator),
        "campaignPresets" => encode(&campaign::presets::presets()?),
        // Positional arguments, decoded in the boundary's order.
        "saturationHill" => {
            let x = series(args, 0, "x")?;
            let marginal = match argument(args, 3).filter(|a| a.trim() != "null") {
                Some(_) => Some(series(args, 3, "xMarginal")?),
                None => None,
            };
            encode(&transforms::saturation_hill(
                &x,
                number(args, 1, "alpha")?,
                number(args, 2, "gamma")?,
                marginal.as_deref(),
            )?)
        }
        "adstockGeometric" => encode(&transforms::adstock_geometric(&series(args, 0, "x")?, number(args, 1, "theta")?)?),
        "adstockWeibull" => {
            let kind = match argument(args, 3).map(serde_json::from_str::<serde_json::Value>) {
                None => transforms::WeibullKind::Pdf,
                Some(Ok(serde_json::Value::String(kind))) if kind == "pdf" => transforms::WeibullKind::Pdf,
                Some(Ok(serde_json::Value::String(kind))) if kind == "cdf" => transforms::WeibullKind::Cdf,
                Some(_) => return Err(Error::new(code::INVALID_INPUT, "kind", "kind must be \"cdf\" or \"pdf\"")),
            };
            let x = series(args, 0, "x")?;
            encode(&transforms::adstock_weibull(
                &x,
                number(args, 1, "shape")?,
                number(args, 2, "scale")?,
                kind,
            )?)
        }
        "lint" => encode(&lint::lint(&text(argument(args, 0), "text")?, &lint_options(args, 1)?)?),
        "lintBatch" => {
            let texts = texts(argument(args, 0))?;
            encode(&lint::lint_batch(&texts, &lint_options(args, 1)?)?)
        }
        "listRules" => encode(&lint::list_rules(&lint_options(args, 0)?)?),
        "explainRule" => encode(&lint::explain_rule(&text(argument(args, 0), "id")?)?),
        "normalizeNumber" => encode(&crate::money::number::normalize_number(&text(argument(args, 0), "text")?)?),
        _ => Err(Error::new(code::INVALID_INPUT, "", format!("no API named {name:?}"))),
    }
}

/// The one input object of a single-argument API; extra arguments are ignored, as in JS.
fn single_argument<'a>(args: &[&'a str]) -> Result<&'a str> {
    argument(args, 0).ok_or_else(undefined)
}

/// The JS argument at `index`; `None` is JS `undefined`.
fn argument<'a>(args: &[&'a str], index: usize) -> Option<&'a str> {
    args.get(index).copied()
}

fn undefined() -> Error {
    Error::new(code::INVALID_TYPE, "", "expected a plain input object: got undefined")
}

/// A numeric series argument; errors carry the parameter name, as the boundary's do.
fn series(args: &[&str], index: usize, field: &str) -> Result<Vec<f64>> {
    argument(args, index)
        .ok_or_else(undefined)
        .and_then(decode_json::<Vec<f64>>)
        .map_err(|e| Error::new(e.code, join_path(field, &e.field), e.message))
}

/// A number argument: only a JSON number (a JS number) is accepted.
fn number(args: &[&str], index: usize, field: &str) -> Result<f64> {
    argument(args, index)
        .and_then(|json| serde_json::from_str::<serde_json::Value>(json).ok()?.as_f64())
        .ok_or_else(|| Error::new(code::INVALID_TYPE, field, format!("{field} must be a number")))
}

/// A string argument (the boundary's `as_string`): anything but a JSON string is `invalid_type`.
/// JSON cannot carry a lone surrogate, which the boundary maps to U+FFFD; fixtures avoid them.
fn text(json: Option<&str>, field: &str) -> Result<String> {
    json.and_then(|json| serde_json::from_str::<String>(json).ok())
        .ok_or_else(|| Error::new(code::INVALID_TYPE, field, "expected a string"))
}

/// `lintBatch`'s texts, with the boundary's errors: a non-array, then the first non-string.
fn texts(json: Option<&str>) -> Result<Vec<String>> {
    let not_array = || Error::new(code::INVALID_TYPE, "texts", "expected an array of strings");
    let items = match json.map(serde_json::from_str::<serde_json::Value>) {
        Some(Ok(serde_json::Value::Array(items))) => items,
        _ => return Err(not_array()),
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| match item {
            serde_json::Value::String(text) => Ok(text),
            _ => Err(Error::new(code::INVALID_TYPE, format!("texts[{i}]"), "expected a string")),
        })
        .collect()
}

/// Lint options: an absent or `null` argument means the defaults.
fn lint_options(args: &[&str], index: usize) -> Result<LintOptions> {
    match argument(args, index).filter(|a| a.trim() != "null") {
        None => Ok(LintOptions::default()),
        Some(json) => decode_json(json).map_err(|e: Error| e.within("options")),
    }
}

/// Fuzz and corpus-replay entry: the bytes are the JSON arguments separated by NUL (which valid
/// JSON text never contains). Non-UTF-8 never reaches the API (JS strings cannot carry it), so it
/// is skipped rather than reported.
pub fn call_bytes(name: &str, data: &[u8]) -> Option<Result<String>> {
    let text = std::str::from_utf8(data).ok()?;
    let args: Vec<&str> = text.split('\0').collect();
    Some(call(name, &args))
}

/// The fuzz targets' and the corpus replay's oracle: runs `call_bytes` and panics if the API
/// broke its contract — an error without a code, or a result that is not JSON. (A panic or an
/// overflow inside the call panics by itself.)
#[doc(hidden)]
pub fn exercise(name: &str, data: &[u8]) {
    if name == "lint" {
        return exercise_lint(data);
    }
    match call_bytes(name, data) {
        None => {}
        Some(Err(error)) => assert!(!error.code.is_empty(), "{name}: error without a code: {error:?}"),
        Some(Ok(output)) => {
            if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(&output) {
                panic!("{name}: result is not JSON ({e}): {output}");
            }
        }
    }
}

/// The `lint` fuzz oracle. Its bytes are the raw text (lossily decoded, as a JS string with lone
/// surrogates arrives) and, after an optional NUL, the options JSON. Beyond the error contract it
/// checks what the page relies on: every span lies inside the text and slices it to exactly the
/// finding's `text`, findings are sorted, and the summary counts them.
fn exercise_lint(data: &[u8]) {
    let (text, options) = match data.split(|&b| b == 0).collect::<Vec<_>>().split_first() {
        Some((text, [])) => (*text, None),
        // Everything after the first NUL (further NULs included) is the options text.
        Some((text, _)) => (*text, data.get(text.len().saturating_add(1)..)),
        None => (data, None),
    };
    let text = String::from_utf8_lossy(text);
    let options = match options.map(std::str::from_utf8) {
        None => Ok(LintOptions::default()),
        Some(Ok(json)) => lint_options(&[json], 0),
        Some(Err(_)) => return,
    };
    let result = match options.and_then(|options| lint::lint(&text, &options)) {
        Ok(result) => result,
        Err(error) => return assert!(!error.code.is_empty(), "lint: error without a code: {error:?}"),
    };
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut counted = lint::Summary::default();
    for finding in &result.findings {
        let (start, end) = (finding.start as usize, finding.end as usize);
        counted.add(finding.severity);
        assert!(
            start <= end && end <= units.len(),
            "lint: span {start}..{end} outside a text of {} units",
            units.len()
        );
        let whole_text = start == 0 && end == 0;
        let sliced = units.get(start..end).and_then(|span| String::from_utf16(span).ok());
        assert!(
            whole_text && finding.text.is_empty() || sliced.as_deref() == Some(finding.text.as_str()),
            "lint: {} span {start}..{end} slices to {sliced:?}, not {:?}",
            finding.rule_id,
            finding.text
        );
    }
    assert!(
        result
            .findings
            .iter()
            .zip(result.findings.iter().skip(1))
            .all(|(a, b)| a.start <= b.start),
        "lint: findings out of order"
    );
    assert_eq!(counted, result.summary, "lint: summary does not count the findings");
    if let Err(e) = encode(&result) {
        panic!("lint: result does not encode: {e:?}");
    }
}
