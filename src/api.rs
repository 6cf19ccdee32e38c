//! The JSON-in, JSON-out form of every API function — what the wasm boundary runs after
//! `JSON.stringify`, and what native tests, the determinism goldens and the fuzz targets call.
//!
//! [`call`] dispatches on the JS export name. Each argument is one JSON text, in the order the JS
//! function takes them, so `priceWithTax({…})` is `call("priceWithTax", &["{…}"])`. Entries mirror
//! `src/boundary/`; the npm consumer test replays the same goldens through the real exports, so
//! a mirror that drifts from its boundary fails `make test`.

use crate::campaign::{self, transforms};
use crate::error::{code, join_path, Error, Result};
use crate::{fees, health};
use crate::input::decode_json;
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
        "feeSchedules" => call_json(args.first().filter(|a| a.trim() != "null").copied().unwrap_or("{}"), fees::fee_schedules),
        "estimateOrder" => call_json(one()?, fees::estimate_order),
        "estimateMonth" => call_json(one()?, fees::estimate_month),
        "solvePrice" => call_json(one()?, fees::solve_price),
        "compareMarketplaces" => call_json(one()?, fees::compare_marketplaces),
        "importTax" => call_json(one()?, fees::import_tax),
        "estimateBatch" => call_json(one()?, fees::estimate_batch),
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
            encode(&transforms::saturation_hill(&x, number(args, 1, "alpha")?, number(args, 2, "gamma")?, marginal.as_deref())?)
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
            encode(&transforms::adstock_weibull(&x, number(args, 1, "shape")?, number(args, 2, "scale")?, kind)?)
        }
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
