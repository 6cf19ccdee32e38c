//! Domestic carrier list prices chosen from the parcel (`costs.shippingBy`): each carrier's
//! dated size table in `data/shipping.json`, the first size the parcel fits, the cheapest carrier
//! when none is named. Every price is a labelled preset (SEC1/UNV): contract rates differ. Carriers
//! whose list price was not found (ゆうパック, 佐川, contract-only ネコポス and クロネコゆうパケット) are listed with their
//! provenance but priced only by `costs.shipping`.

use super::calc::Calc;
use super::package::{first_fit, Package};
use super::schedule::{Label, Registry, UNKNOWN_CATEGORY};
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::money::Yen;
use crate::provenance::Provenance;
use serde::Deserialize;

const RULE: &str = "shipping.carrier_rate";

/// Price the order's parcel at a carrier's list price instead of typing `costs.shipping`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShippingBy {
    /// A carrier id from `feeSchedules` (platform "shipping"); default: the cheapest that takes
    /// the parcel.
    #[serde(default)]
    pub carrier: Option<String>,
    pub package: Package,
}

/// The carrier size chosen for a parcel.
pub struct Quote {
    pub amount: Yen,
    /// Carrier and size, e.g. "ゆうパケット 厚さ2cm".
    pub label: Label,
    pub provenance: Provenance,
    pub unverified: bool,
}

pub fn quote(registry: &Registry, by: &ShippingBy, day: Date) -> Result<Quote> {
    let field = "costs.shippingBy";
    let platform = registry.platform("shipping")?;
    let carriers: Vec<&str> = match &by.carrier {
        Some(id) => {
            if !platform.categories.iter().any(|c| &c.id == id) {
                let known: Vec<&str> = platform.categories.iter().map(|c| c.id.as_str()).collect();
                return Err(Error::new(
                    UNKNOWN_CATEGORY,
                    format!("{field}.carrier"),
                    format!("unknown carrier {id:?}; choose one of {known:?}"),
                ));
            }
            vec![id.as_str()]
        }
        None => platform.categories.iter().map(|c| c.id.as_str()).collect(),
    };
    let (sides, sum, weight) = by.package.measure(&format!("{field}.package"))?;
    let mut best: Option<Quote> = None;
    for carrier in carriers {
        let rule = match platform.rule(RULE, "list", Some(carrier), day) {
            Ok(rule) => rule,
            // A carrier with no prices on that day is left out of the automatic choice.
            Err(e) if by.carrier.is_none() && e.code == super::schedule::NO_SCHEDULE => continue,
            Err(e) => return Err(e),
        };
        let Calc::Table { rows, .. } = &rule.calc else {
            // A carrier without a list price in the data (contract-only or not found): named, it
            // asks for the price paid; otherwise it is left out of the automatic choice.
            if by.carrier.is_some() {
                return Err(Error::new(
                    code::MISSING_FIELD,
                    "costs.shipping",
                    format!("{carrier} has no list price in the data (see its provenance): give what you pay as costs.shipping"),
                ));
            }
            continue;
        };
        let Some(row) = first_fit(rows, &sides, sum, weight) else {
            continue;
        };
        if best.as_ref().is_none_or(|b| row.above < b.amount) {
            best = Some(Quote {
                amount: row.above,
                label: row.label.clone(),
                provenance: rule.provenance.clone(),
                unverified: rule.provenance.status.is_unverified(),
            });
        }
    }
    best.ok_or_else(|| {
        Error::new(
            code::OUT_OF_RANGE,
            format!("{field}.package"),
            format!(
                "no carrier size in the data takes a {}×{}×{} cm, {} g parcel; give costs.shipping yourself",
                sides[0], sides[1], sides[2], weight
            ),
        )
    })
}
