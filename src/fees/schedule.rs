//! Fee schedules as effective-dated data: one JSON file per platform under `data/`, compiled in.
//! A rule id may appear several times with disjoint date ranges (e.g. Rakuten's plan fees before
//! and after 2024-06-01); [`Platform::rule`] returns the version in force on a given day.

use super::calc::Calc;
use crate::dates::civil::Date;
use crate::error::{Error, Result};
use crate::money::{Rounding, Yen};
pub use crate::provenance::Label;
use crate::provenance::Provenance;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

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
    fn in_force(&self, day: Date) -> bool {
        let Ok(from) = Date::parse(&self.provenance.effective_from) else {
            return false;
        };
        let to = self
            .provenance
            .effective_to
            .as_deref()
            .and_then(|d| Date::parse(d).ok())
            .unwrap_or(Date::MAX);
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
    pub fn rule(&self, id: &str, plan: &str, category: Option<&str>, day: Date) -> Result<&Rule> {
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
    pub fn try_rule(&self, id: &str, plan: &str, category: Option<&str>, day: Date) -> Option<&Rule> {
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

    pub fn check_date(&self, day: Date) -> Result<()> {
        match Date::parse(&self.coverage_from) {
            Ok(from) if from <= day => Ok(()),
            _ => Err(Error::new(
                NO_SCHEDULE,
                "asOf",
                format!("{} data starts on {}; {day} is earlier", self.platform, self.coverage_from),
            )),
        }
    }

    /// The schedule in force on `day`: the version of each rule that lookups pick on that day.
    pub fn as_of(&self, day: Date) -> Platform {
        Platform {
            rules: self
                .rules
                .iter()
                .enumerate()
                .filter(|(i, r)| {
                    r.in_force(day)
                        && !self
                            .rules
                            .iter()
                            .take(*i)
                            .any(|earlier| earlier.in_force(day) && same_key(earlier, r))
                })
                .map(|(_, r)| r.clone())
                .collect(),
            ..self.clone()
        }
    }
}

const SOURCES: [(&str, &str); 8] = [
    ("rakuten", include_str!("data/rakuten.json")),
    ("tiktok", include_str!("data/tiktok.json")),
    ("amazon", include_str!("data/amazon.json")),
    ("yahoo", include_str!("data/yahoo.json")),
    ("qoo10", include_str!("data/qoo10.json")),
    ("import", include_str!("data/crossborder.json")),
    ("shipping", include_str!("data/shipping.json")),
    ("parcel", include_str!("data/parcel.json")),
];

/// The compiled-in data's version: the day its sources were last reviewed.
pub const BUILTIN_VERSION: &str = "builtin-2026-11-20";

/// The limits of one fee-data file, checked before any of it is parsed or merged.
pub const MAX_FEE_DATA_BYTES: usize = 2_000_000;
pub const MAX_FEE_DATA_RULES: usize = 5_000;
const MAX_VERSION_CHARS: usize = 64;

pub const INVALID_SCHEDULE: &str = "invalid_schedule";
pub const OVERLAPPING_RULES: &str = "overlapping_rules";
pub const DUPLICATE_DATA_VERSION: &str = "duplicate_data_version";

/// A fee-data file for [`Registry::register`]: platform schedules in the shipped format (each
/// entry is what `data/<platform>.json` holds), with the file's own version and date.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FeeDataFile {
    /// Names this file in every result computed with it, e.g. "portal-2026-12-15".
    pub data_version: String,
    /// The day the file's rates were checked: the page shows "rates as of" this date.
    pub published: Date,
    pub platforms: Vec<Platform>,
}

/// What [`Registry::register`] added.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Registered {
    pub data_version: String,
    pub rates_as_of: Date,
    /// Rule versions added per platform.
    pub added: Vec<Added>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Added {
    pub platform: String,
    pub rules: usize,
}

/// The schedules an estimate reads: the compiled-in data plus any registered fee-data files.
/// Callers hold it and pass it in; nothing here is global except the parsed compiled-in data.
#[derive(Debug, Clone)]
pub struct Registry {
    platforms: Vec<Platform>,
    /// [`BUILTIN_VERSION`], then `+<dataVersion>` for each registered file.
    data_version: String,
    rates_as_of: Date,
    registered: Vec<RegisteredFile>,
}

/// A file already added: its content (to tell a repeat from a different file under the same
/// version) and what registering it reported.
#[derive(Debug, Clone)]
struct RegisteredFile {
    content: String,
    result: Registered,
}

/// Rules that supersede each other: the same id for the same plans and category.
fn same_key(a: &Rule, b: &Rule) -> bool {
    a.id == b.id && a.plans == b.plans && a.category == b.category
}

fn range(rule: &Rule) -> Result<(Date, Date)> {
    let field = "provenance";
    let from =
        Date::parse(&rule.provenance.effective_from).map_err(|m| Error::new(INVALID_SCHEDULE, format!("{field}.effectiveFrom"), m))?;
    let to = match rule.provenance.effective_to.as_deref() {
        Some(d) => Date::parse(d).map_err(|m| Error::new(INVALID_SCHEDULE, format!("{field}.effectiveTo"), m))?,
        None => Date::MAX,
    };
    if to < from {
        return Err(Error::new(
            INVALID_SCHEDULE,
            format!("{field}.effectiveTo"),
            format!("effectiveTo {to} is before effectiveFrom {from}"),
        ));
    }
    Ok((from, to))
}

impl Registry {
    /// The compiled-in schedules, parsed once. The data is covered by tests, so a parse failure is
    /// a build defect; it is still reported as an error, never a panic.
    pub fn builtin() -> Result<&'static Registry> {
        static PARSED: OnceLock<std::result::Result<Registry, Error>> = OnceLock::new();
        PARSED
            .get_or_init(|| {
                let platforms = SOURCES
                    .iter()
                    .map(|(name, text)| {
                        crate::input::decode_json::<Platform>(text)
                            .map_err(|e| Error::new(INVALID_SCHEDULE, e.field, format!("fee data {name}.json: {}", e.message)))
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(Registry {
                    platforms,
                    data_version: BUILTIN_VERSION.into(),
                    rates_as_of: super::order::default_day(),
                    registered: Vec::new(),
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    pub fn platforms(&self) -> &[Platform] {
        &self.platforms
    }

    pub fn platform(&self, id: &str) -> Result<&Platform> {
        self.platforms
            .iter()
            .find(|p| p.platform == id)
            .ok_or_else(|| Error::new(crate::error::code::INVALID_INPUT, "platform", format!("unknown platform {id:?}")))
    }

    /// Names the data behind a result, e.g. "builtin-2026-11-20+portal-2026-12-15".
    pub fn data_version(&self) -> &str {
        &self.data_version
    }

    /// The newest review date among the compiled-in data and the registered files.
    pub fn rates_as_of(&self) -> Date {
        self.rates_as_of
    }

    /// Parses and registers a fee-data file (JSON text); see [`Registry::register`].
    pub fn register_json(&mut self, text: &str) -> Result<Registered> {
        self.register(Registry::parse_file(text)?)
    }

    /// A fee-data file from its JSON text, its size checked before parsing.
    pub fn parse_file(text: &str) -> Result<FeeDataFile> {
        if text.len() > MAX_FEE_DATA_BYTES {
            return Err(Error::new(
                crate::error::code::TOO_MUCH_WORK,
                "",
                format!("the fee-data file is {} bytes; the limit is {MAX_FEE_DATA_BYTES}", text.len()),
            ));
        }
        crate::input::decode_json::<FeeDataFile>(text)
    }

    /// What registering `file` again reports when it is already registered unchanged (a reload
    /// may send the same file twice); `duplicate_data_version` when its version names another file.
    pub fn already_registered(&self, file: &FeeDataFile) -> Result<Option<Registered>> {
        let Some(known) = self.registered.iter().find(|r| r.result.data_version == file.data_version) else {
            return Ok(None);
        };
        if known.content == content_of(file)? {
            return Ok(Some(known.result.clone()));
        }
        Err(Error::new(
            DUPLICATE_DATA_VERSION,
            "dataVersion",
            format!(
                "another fee-data file {:?} is already registered: give this one its own dataVersion",
                file.data_version
            ),
        ))
    }

    /// Adds a file's rule versions to the schedules. Each must name a rule id the engine reads,
    /// keep that rule's kind of calculation, have valid dates and bands, and not overlap another
    /// version of the same rule in the file. Where a registered version is in force it wins over
    /// the compiled-in one (and over earlier files). Nothing is added unless the whole file is valid.
    pub fn register(&mut self, file: FeeDataFile) -> Result<Registered> {
        if let Some(done) = self.already_registered(&file)? {
            return Ok(done);
        }
        self.check(&file)?;
        let content = content_of(&file)?;
        let mut added = Vec::new();
        for incoming in file.platforms {
            let count = incoming.rules.len();
            let Some(platform) = self.platforms.iter_mut().find(|p| p.platform == incoming.platform) else {
                continue; // check() has rejected unknown platforms
            };
            for category in incoming.categories {
                if !platform.categories.iter().any(|c| c.id == category.id) {
                    platform.categories.push(category);
                }
            }
            if incoming.settlement.is_some() {
                platform.settlement = incoming.settlement;
            }
            // Registered versions go first: rule lookups take the first version in force.
            let mut rules = incoming.rules;
            rules.append(&mut platform.rules);
            platform.rules = rules;
            added.push(Added {
                platform: incoming.platform,
                rules: count,
            });
        }
        self.data_version = format!("{}+{}", self.data_version, file.data_version);
        self.rates_as_of = self.rates_as_of.max(file.published);
        let result = Registered {
            data_version: file.data_version,
            rates_as_of: file.published,
            added,
        };
        self.registered.push(RegisteredFile {
            content,
            result: result.clone(),
        });
        Ok(result)
    }

    /// Every check [`Registry::register`] makes, without changing anything.
    pub fn check(&self, file: &FeeDataFile) -> Result<()> {
        let version = file.data_version.trim();
        if version.is_empty()
            || version.chars().count() > MAX_VERSION_CHARS
            || version.chars().any(char::is_control)
            || version != file.data_version
        {
            return Err(Error::new(
                INVALID_SCHEDULE,
                "dataVersion",
                format!("dataVersion must be 1–{MAX_VERSION_CHARS} characters without surrounding spaces"),
            ));
        }
        if version == BUILTIN_VERSION {
            return Err(Error::new(
                DUPLICATE_DATA_VERSION,
                "dataVersion",
                format!("fee data {version:?} is already registered"),
            ));
        }
        let rules: usize = file.platforms.iter().map(|p| p.rules.len()).fold(0, usize::saturating_add);
        if rules > MAX_FEE_DATA_RULES {
            return Err(Error::new(
                crate::error::code::TOO_MUCH_WORK,
                "platforms",
                format!("the file has {rules} rules; the limit is {MAX_FEE_DATA_RULES}"),
            ));
        }
        for (i, incoming) in file.platforms.iter().enumerate() {
            let at = format!("platforms[{i}]");
            let known = self.platform(&incoming.platform).map_err(|e| e.within(&at))?;
            if file.platforms.iter().take(i).any(|p| p.platform == incoming.platform) {
                return Err(Error::new(
                    INVALID_SCHEDULE,
                    format!("{at}.platform"),
                    format!("{} is listed twice; put all its rules in one entry", incoming.platform),
                ));
            }
            for (j, rule) in incoming.rules.iter().enumerate() {
                check_rule(known, incoming, rule).map_err(|e| e.within(&format!("{at}.rules[{j}]")))?;
                let (from, to) = range(rule)?;
                for (k, other) in incoming.rules.iter().enumerate().take(j) {
                    let (other_from, other_to) = range(other)?;
                    if same_key(rule, other) && from <= other_to && other_from <= to {
                        return Err(Error::new(
                            OVERLAPPING_RULES,
                            format!("{at}.rules[{j}].provenance"),
                            format!(
                                "{} overlaps rules[{k}] (from {other_from}); give each version its own dates",
                                rule.id
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }
}

fn content_of(file: &FeeDataFile) -> Result<String> {
    serde_json::to_string(file).map_err(|e| Error::new(INVALID_SCHEDULE, "", format!("the fee-data file has no JSON form: {e}")))
}

/// One rule of a file against the compiled-in platform it updates.
fn check_rule(known: &Platform, incoming: &Platform, rule: &Rule) -> Result<()> {
    let shipped: Vec<&Rule> = known.rules.iter().filter(|r| r.id == rule.id).collect();
    if shipped.is_empty() {
        return Err(Error::new(
            crate::fees::lines::UNKNOWN_RULE,
            "id",
            format!("{} has no rule {:?}; the engine would never read it", known.platform, rule.id),
        ));
    }
    // The engine reads each rule as its shipped versions are computed (a size table, a rate, …).
    if !shipped
        .iter()
        .any(|r| std::mem::discriminant(&r.calc) == std::mem::discriminant(&rule.calc))
    {
        let mut kinds: Vec<&str> = shipped.iter().map(|r| r.calc.kind()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        return Err(Error::new(
            INVALID_SCHEDULE,
            "calc.type",
            format!(
                "{} is computed as {kinds:?} in the shipped data, not {:?}",
                rule.id,
                rule.calc.kind()
            ),
        ));
    }
    rule.calc.validate().map_err(|e| e.within("calc"))?;
    range(rule)?;
    if let Some(plan) = rule.plans.iter().find(|p| !known.plans.iter().any(|k| &k.id == *p)) {
        return Err(Error::new(
            UNKNOWN_PLAN,
            "plans",
            format!("{} has no plan {plan:?}", known.platform),
        ));
    }
    if let Some(category) = &rule.category {
        let listed = |c: &Choice| &c.id == category;
        if !known.categories.iter().any(listed) && !incoming.categories.iter().any(listed) {
            return Err(Error::new(
                UNKNOWN_CATEGORY,
                "category",
                format!("category {category:?} is neither shipped nor listed in this entry's categories"),
            ));
        }
    }
    if let (Some(min), Some(max)) = (rule.min, rule.max) {
        if min > max {
            return Err(Error::new(INVALID_SCHEDULE, "min", "min is above max"));
        }
    }
    Ok(())
}
