//! Consumption tax (JCT, 消費税) on prices and on qualified invoices.
//!
//! Japan's qualified-invoice rules round tax **once per invoice per tax rate**, on the summed
//! subtotal of that rate — never per line (NTA インボイスQ&A Q46). The rounding method is the
//! issuer's choice; `floor` is the default because it is the most common.

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
mod rate;

pub use rate::TaxRate;

use crate::error::{code, Error, Result};
use crate::input::coded;
use crate::money::{add_i128, div_round, mul_i128, Rounding, Yen};
use crate::provenance::{Provenance, Status};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

const SOURCE: &str = "NTA: consumption tax rates (10 % standard, 8 % reduced for food and drink) and インボイスQ&A Q46 (tax rounded once per invoice per rate)";

/// Source of the 10 % / 8 % rates and of the once-per-rate rounding rule.
pub fn provenance() -> Provenance {
    Provenance {
        source: SOURCE.into(),
        note: Some(crate::provenance::Label::new(
            "国税厅：消费税税率（标准 10 %，食品饮料减按 8 %）与インボイスQ&A Q46（每张发票按税率合计后舍入一次）",
            "国税庁：消費税率（標準10%、飲食料品の軽減税率8%）とインボイスQ&A Q46（端数処理は1請求書・税率ごとに1回）",
            SOURCE,
        )),
        url: "https://www.nta.go.jp/taxes/shiraberu/zeimokubetsu/shohi/keigenzeiritsu/invoice_qa.htm".into(),
        effective_from: "2023-10-01".into(),
        effective_to: None,
        status: Status::Secondary2,
    }
}

/// Tax on a single amount. `amount` is tax-exclusive unless `includes_tax`.
/// Exclusive: `tax = round(excl × r)`. Inclusive: `tax = round(incl × r / (1 + r))`, computed as
/// one exact fraction (`incl × 10 / 110`) so no intermediate rounding creeps in.
pub fn split(amount: Yen, rate: TaxRate, includes_tax: bool, rounding: Rounding) -> Result<Split> {
    let pct = i128::from(rate.percent());
    let scaled = mul_i128(i128::from(amount.0), pct)?;
    if includes_tax {
        let tax = Yen::from_i128(div_round(scaled, add_i128(100, pct)?, rounding)?)?;
        Ok(Split {
            excl: amount.checked_sub(tax)?,
            tax,
            incl: amount,
        })
    } else {
        let tax = Yen::from_i128(div_round(scaled, 100, rounding)?)?;
        Ok(Split {
            excl: amount,
            tax,
            incl: amount.checked_add(tax)?,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Split {
    pub excl: Yen,
    pub tax: Yen,
    pub incl: Yen,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PriceInput {
    pub price: Yen,
    pub rate: TaxRate,
    #[serde(default)]
    pub includes_tax: bool,
    #[serde(default)]
    pub rounding: Rounding,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceOutput {
    pub excl: Yen,
    pub tax: Yen,
    pub incl: Yen,
    pub rate: TaxRate,
    pub includes_tax: bool,
    pub rounding: Rounding,
    pub provenance: Provenance,
}

/// `priceWithTax`: one price split into tax-exclusive, tax and tax-inclusive parts.
pub fn price_with_tax(input: PriceInput) -> Result<PriceOutput> {
    let Split { excl, tax, incl } = split(input.price, input.rate, input.includes_tax, input.rounding).map_err(|e| e.within("price"))?;
    Ok(PriceOutput {
        excl,
        tax,
        incl,
        rate: input.rate,
        includes_tax: input.includes_tax,
        rounding: input.rounding,
        provenance: provenance(),
    })
}

/// Units on an invoice line: an integer in 1..=10^9.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Quantity(pub u64);

pub const MAX_QUANTITY: u64 = 1_000_000_000;

impl<'de> Deserialize<'de> for Quantity {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Quantity, D::Error> {
        struct QuantityVisitor;
        const EXPECTED: &str = "must be a whole number from 1 to 1000000000";
        fn checked<E: de::Error>(n: u64) -> std::result::Result<Quantity, E> {
            if n == 0 || n > MAX_QUANTITY {
                return Err(coded(code::INVALID_QUANTITY, format_args!("{EXPECTED}, got {n}")));
            }
            Ok(Quantity(n))
        }
        impl<'de> de::Visitor<'de> for QuantityVisitor {
            type Value = Quantity;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(EXPECTED)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Quantity, E> {
                checked(v)
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<Quantity, E> {
                Err(coded(code::INVALID_QUANTITY, EXPECTED))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Quantity, E> {
                if v.is_finite() && v.fract() == 0.0 && v >= 0.0 && v <= u64::MAX as f64 {
                    checked(v as u64)
                } else {
                    Err(coded(code::INVALID_QUANTITY, EXPECTED))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Quantity, E> {
                match v.parse::<u64>() {
                    Ok(n) if v.bytes().all(|b| b.is_ascii_digit()) => checked(n),
                    _ => Err(coded(code::INVALID_QUANTITY, EXPECTED)),
                }
            }
            fn visit_unit<E: de::Error>(self) -> std::result::Result<Quantity, E> {
                Err(coded(code::INVALID_QUANTITY, EXPECTED))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<Quantity, E> {
                Err(coded(code::INVALID_QUANTITY, EXPECTED))
            }
        }
        d.deserialize_any(QuantityVisitor)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvoiceLine {
    /// Unit price, tax-inclusive when the invoice's `pricesIncludeTax` is set.
    pub amount: Yen,
    pub quantity: Quantity,
    pub rate: TaxRate,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvoiceInput {
    pub lines: Vec<InvoiceLine>,
    #[serde(default)]
    pub prices_include_tax: bool,
    #[serde(default)]
    pub rounding: Rounding,
    /// Also return each line's own split, rounded per line — for reference only; the invoice
    /// totals never use it.
    #[serde(default)]
    pub include_lines: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateTotal {
    pub rate: TaxRate,
    pub net: Yen,
    pub tax: Yen,
    pub gross: Yen,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceOutput {
    pub by_rate: Vec<RateTotal>,
    pub net: Yen,
    pub tax: Yen,
    pub gross: Yen,
    pub prices_include_tax: bool,
    pub rounding: Rounding,
    /// Always `"per_invoice_per_rate"`: the scope at which tax was rounded.
    pub rounding_scope: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<Split>>,
    pub provenance: Provenance,
}

/// `invoiceTax`: sums lines per rate, then rounds tax once per rate.
pub fn invoice_tax(input: InvoiceInput) -> Result<InvoiceOutput> {
    let mut subtotals: BTreeMap<TaxRate, i128> = BTreeMap::new();
    let mut lines = input.include_lines.then(|| Vec::with_capacity(input.lines.len()));
    for (i, line) in input.lines.iter().enumerate() {
        let extended = mul_i128(i128::from(line.amount.0), i128::from(line.quantity.0)).map_err(|_| overflow(i))?;
        let subtotal = subtotals.entry(line.rate).or_insert(0);
        *subtotal = subtotal.checked_add(extended).ok_or_else(|| overflow(i))?;
        if let Some(lines) = lines.as_mut() {
            let amount = Yen::from_i128(extended).map_err(|e| e.within(&format!("lines[{i}]")))?;
            lines.push(split(amount, line.rate, input.prices_include_tax, input.rounding).map_err(|e| e.within(&format!("lines[{i}]")))?);
        }
    }
    let mut by_rate = Vec::with_capacity(subtotals.len());
    for (rate, subtotal) in subtotals.into_iter().rev() {
        let subtotal = Yen::from_i128(subtotal).map_err(|e| e.within("lines"))?;
        let Split { excl, tax, incl } = split(subtotal, rate, input.prices_include_tax, input.rounding)?;
        by_rate.push(RateTotal {
            rate,
            net: excl,
            tax,
            gross: incl,
        });
    }
    let sum = |f: fn(&RateTotal) -> Yen| by_rate.iter().try_fold(Yen::ZERO, |acc, r| acc.checked_add(f(r)));
    Ok(InvoiceOutput {
        net: sum(|r| r.net)?,
        tax: sum(|r| r.tax)?,
        gross: sum(|r| r.gross)?,
        by_rate,
        prices_include_tax: input.prices_include_tax,
        rounding: input.rounding,
        rounding_scope: "per_invoice_per_rate",
        lines,
        provenance: provenance(),
    })
}

fn overflow(line: usize) -> Error {
    Error::new(
        code::OVERFLOW,
        format!("lines[{line}].amount"),
        "the invoice total does not fit in the supported yen range",
    )
}

#[cfg(test)]
mod tests;
