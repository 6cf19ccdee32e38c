//! Cross-border parcels (`costs.parcelBy`): the chargeable weight (the larger of the actual and,
//! where the carrier bills it, the volumetric weight), priced at your rate card, plus a fuel
//! surcharge where the carrier charges one. The carriers in `data/parcel.json` are templates: no
//! price table was in the sources, so the rates are always yours, and the divisor and surcharge
//! are editable.

use super::lines::{Draft, LineKind};
use super::package::Package;
use super::schedule::{Label, Registry, Rule, Scope, UNKNOWN_CATEGORY};
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::money::{Percent, Rounding, Yen};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

const FIELD: &str = "costs.parcelBy";
const MAX_BANDS: usize = 200;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ParcelBy {
    /// A carrier id from `feeSchedules({ platform: "parcel" })`: "ems", "epacket", "express".
    pub carrier: String,
    pub package: Package,
    /// Your rate card: each band's price for a chargeable weight up to `upToG`, bands increasing.
    pub rates: Vec<RateBand>,
    /// Replaces the template's divisor (cm³ per kg); 0 turns volumetric weight off.
    #[serde(default)]
    pub volumetric_divisor: Option<u32>,
    /// This month's fuel surcharge, percent of the freight (required where the carrier has one).
    #[serde(default)]
    pub fuel_surcharge_percent: Option<Percent>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RateBand {
    pub up_to_g: u32,
    pub amount: Yen,
}

/// How the parcel was weighed, for the estimate.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParcelWeight {
    pub carrier: String,
    pub actual_g: Decimal,
    /// L × W × H ÷ divisor, in grams rounded up; absent when the carrier bills actual weight.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub volumetric_g: Option<Decimal>,
    pub chargeable_g: Decimal,
    /// The rate-card band used (its `upToG`).
    pub band_up_to_g: u32,
}

fn rule<'a>(rules: &'a [Rule], id: &str, carrier: &str, day: Date) -> Option<&'a Rule> {
    rules.iter().find(|r| {
        r.id == id
            && r.category.as_deref() == Some(carrier)
            && Date::parse(&r.provenance.effective_from).is_ok_and(|from| from <= day)
            && r.provenance
                .effective_to
                .as_deref()
                .is_none_or(|to| Date::parse(to).is_ok_and(|to| day <= to))
    })
}

/// The freight and fuel-surcharge cost lines and how the parcel was weighed.
pub fn lines(registry: &Registry, by: &ParcelBy, day: Date) -> Result<(Vec<Draft>, ParcelWeight)> {
    let platform = registry.platform("parcel")?;
    let Some(carrier) = platform.categories.iter().find(|c| c.id == by.carrier) else {
        let known: Vec<&str> = platform.categories.iter().map(|c| c.id.as_str()).collect();
        return Err(Error::new(
            UNKNOWN_CATEGORY,
            format!("{FIELD}.carrier"),
            format!("unknown carrier {:?}; choose one of {known:?}", by.carrier),
        ));
    };
    let template = rule(&platform.rules, "parcel.rate", &by.carrier, day).ok_or_else(|| {
        Error::new(
            super::schedule::NO_SCHEDULE,
            "asOf",
            format!("no {} template in force on {day}", by.carrier),
        )
    })?;
    check_bands(&by.rates)?;
    let (sides, _, weight) = by.package.measure(&format!("{FIELD}.package"))?;
    let overflow = || Error::overflow("the parcel's volumetric weight overflowed");
    let divisor = match by.volumetric_divisor {
        Some(d) => Some(Decimal::from(d)),
        None => match rule(&platform.rules, "parcel.volumetric_divisor", &by.carrier, day).map(|r| &r.calc) {
            Some(super::calc::Calc::Fixed { amount }) => Some(Decimal::from(amount.0)),
            _ => None,
        },
    }
    .filter(|d| !d.is_zero());
    let volumetric = match divisor {
        Some(d) => {
            let cm3 = sides.iter().try_fold(Decimal::ONE, |v, s| v.checked_mul(*s)).ok_or_else(overflow)?;
            let grams = cm3
                .checked_mul(Decimal::ONE_THOUSAND)
                .and_then(|v| v.checked_div(d))
                .ok_or_else(overflow)?;
            Some(Rounding::Ceil.round(grams))
        }
        None => None,
    };
    let chargeable = volumetric.map_or(weight, |v| v.max(weight));
    let band = by.rates.iter().find(|b| Decimal::from(b.up_to_g) >= chargeable).ok_or_else(|| {
        Error::new(
            code::OUT_OF_RANGE,
            format!("{FIELD}.rates"),
            format!("the chargeable weight {chargeable} g is above your rate card's last band"),
        )
    })?;
    let label = |what: &Label| Label {
        zh: format!("{}（{}）", what.zh, carrier.label.zh),
        ja: format!("{}（{}）", what.ja, carrier.label.ja),
        en: format!("{} ({})", what.en, carrier.label.en),
    };
    // Amounts from your rate card: the line's provenance is your input (the template says why).
    let mut out = vec![Draft::input(
        "cost.parcel",
        label(&template.label),
        LineKind::Cost,
        band.amount,
        template.tax,
        Scope::PerShipment,
    )];
    if let Some(fuel) = rule(&platform.rules, "parcel.fuel_surcharge", &by.carrier, day) {
        let percent = by.fuel_surcharge_percent.ok_or_else(|| {
            Error::new(
                code::MISSING_FIELD,
                format!("{FIELD}.fuelSurchargePercent"),
                "this carrier charges a fuel surcharge: give this month's percent",
            )
        })?;
        let amount = Decimal::from(band.amount.0)
            .checked_mul(percent.fraction())
            .map(|v| fuel.rounding.round(v))
            .and_then(|v| v.to_i64())
            .ok_or_else(|| Error::overflow("the fuel surcharge overflowed"))?;
        let mut line = Draft::input(
            "cost.parcel_fuel",
            label(&fuel.label),
            LineKind::Cost,
            Yen(amount),
            fuel.tax,
            Scope::PerShipment,
        );
        line.base = Some(band.amount);
        line.rate = Some(percent);
        out.push(line);
    }
    Ok((
        out,
        ParcelWeight {
            carrier: by.carrier.clone(),
            actual_g: weight,
            volumetric_g: volumetric,
            chargeable_g: chargeable,
            band_up_to_g: band.up_to_g,
        },
    ))
}

fn check_bands(rates: &[RateBand]) -> Result<()> {
    let field = format!("{FIELD}.rates");
    if rates.is_empty() || rates.len() > MAX_BANDS {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            field,
            format!("give your rate card: 1–{MAX_BANDS} bands of {{ upToG, amount }}"),
        ));
    }
    let mut previous = 0;
    for (i, band) in rates.iter().enumerate() {
        if band.up_to_g <= previous {
            return Err(Error::new(
                super::calc::INVALID_BANDS,
                format!("{field}[{i}].upToG"),
                "band weights (upToG) must increase",
            ));
        }
        if band.amount.0 < 0 {
            return Err(Error::new(code::INVALID_AMOUNT, format!("{field}[{i}].amount"), "must be ≥ 0"));
        }
        previous = band.up_to_g;
    }
    Ok(())
}
