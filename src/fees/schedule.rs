//! Fee schedules as effective-dated data: one JSON file per platform under `data/`, compiled in.
//! A rule id may appear several times with disjoint date ranges (e.g. Rakuten's plan fees before
//! and after 2024-06-01); [`Platform::rule`] returns the version in force on a given day.

use super::calc::Calc;
use super::date::IsoDate;
use crate::error::{Error, Result};
use crate::money::{Rounding, Yen};
use crate::provenance::Provenance;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A label in the page's three languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub zh: String,
    pub ja: String,
    pub en: String,
}

impl Label {
    pub fn new(zh: &str, ja: &str, en: &str) -> Label {
        Label {
            zh: zh.into(),
            ja: ja.into(),
            en: en.into(),
        }
    }
}

/// The span over which a rule's amount is computed and rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    PerUnit,
    PerLine,
    PerOrder,
    PerMonth,
    /// A month-scoped amount shared out over the month's orders (order estimates only).
    PerMonthAllocated,
    PerShipment,
    PerPayout,
    OneOff,
}

/// How consumption tax relates to a rule's amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TaxTreatment {
    /// Quoted tax-exclusive; 10 % JCT is added on the invoice.
    #[serde(rename = "taxable_10")]
    Taxable10,
    /// Quoted tax-exclusive; 8 % JCT is added.
    #[serde(rename = "taxable_8")]
    Taxable8,
    /// Quoted tax-inclusive at 10 % (the amount already contains the tax).
    #[serde(rename = "tax_included_10")]
    TaxIncluded10,
    /// Quoted tax-inclusive at 8 % (a seller's food-rate purchase).
    #[serde(rename = "tax_included_8")]
    TaxIncluded8,
    /// Outside JCT (不課税 / 非課税).
    NonTaxable,
    /// The amount is itself consumption tax (import JCT): all tax, creditable input tax.
    ImportJct,
}

impl TaxTreatment {
    /// The tax percentage and whether the amount already contains it.
    pub fn rate(self) -> Option<(u32, bool)> {
        match self {
            TaxTreatment::Taxable10 => Some((10, false)),
            TaxTreatment::Taxable8 => Some((8, false)),
            TaxTreatment::TaxIncluded10 => Some((10, true)),
            TaxTreatment::TaxIncluded8 => Some((8, true)),
            TaxTreatment::NonTaxable | TaxTreatment::ImportJct => None,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    /// Plans the rule applies to; empty means every plan of the platform.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plans: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    pub label: Label,
    /// What the rate applies to, in words (the code in `platforms` builds that base).
    pub base: String,
    pub calc: Calc,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<Yen>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<Yen>,
    pub scope: Scope,
    pub rounding: Rounding,
    pub tax: TaxTreatment,
    /// Services a store may or may not subscribe to (R-Messe, the initial fee in a month).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    pub provenance: Provenance,
}

impl Rule {
    fn in_force(&self, day: IsoDate) -> bool {
        let from = IsoDate::parse(&self.provenance.effective_from).unwrap_or(IsoDate::MAX);
        let to = self
            .provenance
            .effective_to
            .as_deref()
            .and_then(|d| IsoDate::parse(d).ok())
            .unwrap_or(IsoDate::MAX);
        from <= day && day <= to
    }

    fn applies_to(&self, plan: &str) -> bool {
        self.plans.is_empty() || self.plans.iter().any(|p| p == plan)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: Label,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Settlement {
    pub text: Label,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lag_business_days: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lag_days: Option<u32>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Platform {
    pub platform: String,
    pub name: Label,
    /// The earliest date the data models; earlier `asOf` dates are an error.
    pub coverage_from: String,
    pub plans: Vec<Choice>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Choice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement: Option<Settlement>,
    pub rules: Vec<Rule>,
}

pub const NO_SCHEDULE: &str = "no_schedule";
pub const UNKNOWN_PLAN: &str = "unknown_plan";
pub const UNKNOWN_CATEGORY: &str = "unknown_category";

impl Platform {
    /// The version of rule `id` in force on `day` for `plan` (and `category` when given).
    pub fn rule(&self, id: &str, plan: &str, category: Option<&str>, day: IsoDate) -> Result<&Rule> {
        self.rules
            .iter()
            .find(|r| r.id == id && r.applies_to(plan) && r.category.as_deref() == category && r.in_force(day))
            .ok_or_else(|| {
                let what = category.map(|c| format!(" for category {c}")).unwrap_or_default();
                Error::new(NO_SCHEDULE, "asOf", format!("no {id} rule{what} in force on {day} (plan {plan})"))
            })
    }

    /// Like [`Platform::rule`], but `None` when no version is in force on `day` (a fee that
    /// starts or ends on a date, e.g. Yahoo!'s campaign funding).
    pub fn try_rule(&self, id: &str, plan: &str, category: Option<&str>, day: IsoDate) -> Option<&Rule> {
        self.rules
            .iter()
            .find(|r| r.id == id && r.applies_to(plan) && r.category.as_deref() == category && r.in_force(day))
    }

    pub fn check_plan(&self, plan: &str) -> Result<()> {
        if self.plans.iter().any(|p| p.id == plan) {
            return Ok(());
        }
        let known: Vec<&str> = self.plans.iter().map(|p| p.id.as_str()).collect();
        Err(Error::new(
            UNKNOWN_PLAN,
            "plan",
            format!("{} has no plan {plan:?}; choose one of {known:?}", self.platform),
        ))
    }

    pub fn check_date(&self, day: IsoDate) -> Result<()> {
        let from = IsoDate::parse(&self.coverage_from).unwrap_or(IsoDate::MAX);
        if day < from {
            return Err(Error::new(
                NO_SCHEDULE,
                "asOf",
                format!("{} data starts on {from}; {day} is earlier", self.platform),
            ));
        }
        Ok(())
    }

    /// The schedule in force on `day`: every rule version whose date range contains it.
    pub fn as_of(&self, day: IsoDate) -> Platform {
        Platform {
            rules: self.rules.iter().filter(|r| r.in_force(day)).cloned().collect(),
            ..self.clone()
        }
    }
}

const SOURCES: [(&str, &str); 7] = [
    ("rakuten", include_str!("data/rakuten.json")),
    ("tiktok", include_str!("data/tiktok.json")),
    ("amazon", include_str!("data/amazon.json")),
    ("yahoo", include_str!("data/yahoo.json")),
    ("qoo10", include_str!("data/qoo10.json")),
    ("import", include_str!("data/crossborder.json")),
    ("shipping", include_str!("data/shipping.json")),
];

/// Every platform's full history, parsed once. The data is compiled in and covered by tests, so a
/// parse failure is a build defect; it is still reported as an error, never a panic.
pub fn platforms() -> Result<&'static [Platform]> {
    static PARSED: OnceLock<std::result::Result<Vec<Platform>, Error>> = OnceLock::new();
    PARSED
        .get_or_init(|| {
            SOURCES
                .iter()
                .map(|(name, text)| {
                    crate::input::decode_json::<Platform>(text)
                        .map_err(|e| Error::new("invalid_schedule", e.field, format!("fee data {name}.json: {}", e.message)))
                })
                .collect()
        })
        .as_ref()
        .map(|v| v.as_slice())
        .map_err(Clone::clone)
}

pub fn platform(id: &str) -> Result<&'static Platform> {
    platforms()?
        .iter()
        .find(|p| p.platform == id)
        .ok_or_else(|| Error::new(crate::error::code::INVALID_INPUT, "platform", format!("unknown platform {id:?}")))
}
