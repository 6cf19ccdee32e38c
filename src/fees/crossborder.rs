//! Cross-border costs: import duty and import consumption tax with customs truncation (base to
//! ¥1,000, national 7.8 % and local 22/78 each to ¥100), the ≤ ¥10,000 small-value exemption and
//! its exception categories, the personal-use 0.6 valuation, the FY2026 reform as dated rules
//! (from 2028-04-01 a ≤ ¥10,000 cross-border mail-order sale is taxed on the sale, not at the
//! border); FX conversion with a spread and payout fees (all user inputs, zero by default).

use super::lines::{Draft, LineKind, Resolved};
use super::order::default_day;
use super::schedule::{self, Label, Registry, Scope, TaxTreatment};
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::money::{Percent, Rounding, Yen};
use crate::tax::TaxRate;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Valuation {
    /// Customs value = CIF (goods + freight + insurance) in yen.
    #[default]
    Commercial,
    /// Customs value = overseas retail × 0.6 (+ freight and insurance), while the rule lasts.
    PersonalUse,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ImportInput {
    #[serde(default)]
    pub as_of: Option<Date>,
    #[serde(default)]
    pub valuation: Valuation,
    /// Goods value in yen: FOB price (commercial) or overseas retail price (personal use).
    pub goods: Yen,
    #[serde(default)]
    pub freight: Yen,
    #[serde(default)]
    pub insurance: Yen,
    /// Your HS code's duty rate. No default: 0 unless you give one.
    #[serde(default)]
    pub duty_rate: Percent,
    /// "general" or an exemption-exception category ("footwear", "knitwear", …).
    #[serde(default = "general")]
    pub category: String,
    /// Sold by cross-border mail order (B2C parcels): from the FY2026 reform date a ≤ ¥10,000
    /// parcel pays no import JCT; the sale is taxed instead (`saleJct`).
    #[serde(default)]
    pub mail_order: bool,
    /// Consumption-tax rate of the goods. Default "10".
    #[serde(default = "standard")]
    pub tax_rate: TaxRate,
}

/// The FY2026 reform rule that taxes a small cross-border mail-order sale on the sale.
pub const MAIL_ORDER_SALE_JCT: &str = "import.mail_order_sale_jct";

fn general() -> String {
    "general".into()
}

fn standard() -> TaxRate {
    TaxRate::Standard
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportTax {
    /// The fee data used: the compiled-in version, then each registered file (`registerFeeSchedules`).
    pub data_version: String,
    pub as_of: Date,
    pub customs_value: Yen,
    /// True when the small-value exemption waived duty and import JCT.
    pub exempt: bool,
    /// True when the FY2026 reform (from 2028-04-01) makes this cross-border mail-order sale a
    /// domestic taxable sale: no import JCT at the border, JCT on the sale is owed by the seller
    /// (or the platform for it) whether registered or not.
    pub sale_jct: bool,
    pub duty_base: Yen,
    pub duty: Yen,
    pub jct_base: Yen,
    pub national_tax: Yen,
    pub local_tax: Yen,
    /// national + local: creditable as input tax when the importer of record is JCT-registered.
    pub import_jct: Yen,
    /// duty + import JCT.
    pub total: Yen,
    pub lines: Vec<super::Line>,
    pub notes: Vec<Label>,
}

/// `value` rounded down to a multiple of `unit` (customs truncate to ¥1,000 and ¥100).
fn truncate_to(value: Yen, unit: i64) -> Result<Yen> {
    let remainder = value
        .0
        .checked_rem_euclid(unit)
        .ok_or_else(|| Error::overflow("truncation overflowed"))?;
    value.checked_sub(Yen(remainder))
}

/// `importTax`.
pub fn import_tax(registry: &Registry, input: ImportInput) -> Result<ImportTax> {
    let day = input.as_of.unwrap_or_else(default_day);
    let platform = registry.platform("import")?;
    platform.check_date(day)?;
    if !platform.categories.iter().any(|c| c.id == input.category) {
        let known: Vec<&str> = platform.categories.iter().map(|c| c.id.as_str()).collect();
        return Err(Error::new(
            schedule::UNKNOWN_CATEGORY,
            "category",
            format!("unknown category {:?}; choose one of {known:?}", input.category),
        ));
    }
    let plan = match input.valuation {
        Valuation::Commercial => "commercial",
        Valuation::PersonalUse => "personal_use",
    };
    let none = Default::default();
    let rule = |id: &str, category: Option<&str>| -> Result<Resolved> { Resolved::new(platform.rule(id, plan, category, day)?, &none) };
    let mut notes = Vec::new();
    let mut drafts = Vec::new();

    let goods_value = match input.valuation {
        Valuation::Commercial => input.goods,
        Valuation::PersonalUse => {
            let ratio = rule("import.personal_use_ratio", None)?;
            let value = ratio.finish(ratio.rule.calc.exact(input.goods, None)?.amount)?;
            if value == input.goods {
                notes.push(Label::new(
                    "0.6 规则已取消：按全额估价",
                    "0.6ルール廃止後：全額で評価",
                    "0.6 rule abolished: valued at the full price",
                ));
            }
            value
        }
    };
    let customs_value = goods_value.checked_add(input.freight)?.checked_add(input.insurance)?;

    let threshold_rule = rule("import.small_value_threshold", Some("general"))?;
    let threshold = threshold_rule.finish(threshold_rule.rule.calc.exact(Yen::ZERO, None)?.amount)?;
    let exempt = input.category == "general" && customs_value <= threshold;
    if customs_value <= threshold && !exempt {
        notes.push(Label::new(
            "该品类不适用小额免税",
            "この品目は少額免税の対象外",
            "This category is excluded from the small-value exemption",
        ));
    }
    let sale_jct = match platform.try_rule(MAIL_ORDER_SALE_JCT, plan, None, day) {
        Some(reform) if exempt && input.mail_order => Some(Resolved::new(reform, &none)?),
        _ => None,
    };
    let mut result = ImportTax {
        data_version: registry.data_version().into(),
        as_of: day,
        customs_value,
        exempt,
        sale_jct: sale_jct.is_some(),
        duty_base: Yen::ZERO,
        duty: Yen::ZERO,
        jct_base: Yen::ZERO,
        national_tax: Yen::ZERO,
        local_tax: Yen::ZERO,
        import_jct: Yen::ZERO,
        total: Yen::ZERO,
        lines: Vec::new(),
        notes,
    };
    let mut exemption = threshold_rule.line(LineKind::ImportTax, Some(customs_value), Yen::ZERO, false);
    exemption.tax_treatment = TaxTreatment::NonTaxable;
    drafts.push(exemption);
    if let Some(reform) = &sale_jct {
        drafts.push(reform.line(LineKind::ImportTax, Some(customs_value), Yen::ZERO, false));
        result.notes.push(Label::new(
            "跨境邮购小额货物：入境时不征关税和进口消费税，但销售须缴纳消费税（卖家或代缴的平台）",
            "越境通販の少額貨物：関税・輸入消費税はかからず、販売に消費税がかかります（出品者または代わりに納める事業者）",
            "Cross-border mail order ≤ ¥10,000: no duty or import JCT at the border, but JCT is owed on the sale (by the seller or the platform for it)",
        ));
    } else if exempt {
        result.notes.push(Label::new(
            "适用小额免税：免征关税和进口消费税",
            "少額免税：関税・輸入消費税なし",
            "Small-value exemption: no duty or import consumption tax",
        ));
    }
    if exempt {
        result.lines = super::lines::with_invoice_tax(drafts, Rounding::Floor)?;
        return Ok(result);
    }

    let mut duty_rule = rule("import.duty", None)?;
    duty_rule.rule.calc = super::calc::Calc::Rate { rate: input.duty_rate };
    result.duty_base = truncate_to(customs_value, 1000)?;
    result.duty = truncate_to(duty_rule.finish(duty_rule.rule.calc.exact(result.duty_base, None)?.amount)?, 100)?;
    drafts.push(duty_rule.line(LineKind::ImportTax, Some(result.duty_base), result.duty, false));

    let rate_key = if input.tax_rate == TaxRate::Standard {
        "standard"
    } else {
        "reduced"
    };
    let national = rule("import.jct_national", Some(rate_key))?;
    result.jct_base = truncate_to(customs_value.checked_add(result.duty)?, 1000)?;
    result.national_tax = truncate_to(national.finish(national.rule.calc.exact(result.jct_base, None)?.amount)?, 100)?;
    let mut national_line = national.line(LineKind::ImportTax, Some(result.jct_base), result.national_tax, false);
    national_line.tax_treatment = TaxTreatment::ImportJct;
    drafts.push(national_line);

    let local = rule("import.jct_local", None)?;
    result.local_tax = truncate_to(local.finish(local.rule.calc.exact(result.national_tax, None)?.amount)?, 100)?;
    let mut local_line = local.line(LineKind::ImportTax, Some(result.national_tax), result.local_tax, false);
    local_line.tax_treatment = TaxTreatment::ImportJct;
    drafts.push(local_line);

    result.import_jct = result.national_tax.checked_add(result.local_tax)?;
    result.total = result.duty.checked_add(result.import_jct)?;
    result.lines = super::lines::with_invoice_tax(drafts, Rounding::Floor)?;
    Ok(result)
}

/// FX and payout costs (all inputs, zero by default; no provider tariff is reliable enough to preset).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Fx {
    /// Payout/withdrawal fee as a percent of the payout.
    #[serde(default)]
    pub payout_fee_percent: Percent,
    /// FX spread against the mid rate, percent of the payout converted.
    #[serde(default)]
    pub spread_percent: Percent,
    /// Fixed fee per transfer, yen (for an order: the share you assign it).
    #[serde(default)]
    pub fixed_fee: Yen,
    /// Goods cost per unit in a foreign currency, converted at `rate` (yen per unit) plus the
    /// spread, rounded up to the yen.
    #[serde(default, deserialize_with = "crate::money::number::deserialize_decimal_opt")]
    pub cogs_per_unit_foreign: Option<Decimal>,
    #[serde(default, deserialize_with = "crate::money::number::deserialize_decimal_opt")]
    pub rate: Option<Decimal>,
    /// "CNY", "USD" — shown beside the conversion.
    #[serde(default)]
    pub currency: Option<String>,
}

/// Payout-side FX lines (payout fee, spread, fixed fee) on `payout`, each floored.
pub fn fx_lines(fx: &Fx, payout: Yen) -> Result<Vec<Draft>> {
    let base = payout.max(Yen::ZERO);
    let pct = |p: Percent| -> Result<Yen> {
        let v = Decimal::from(base.0)
            .checked_mul(p.fraction())
            .map(|v| Rounding::Floor.round(v))
            .ok_or_else(|| Error::new(code::OVERFLOW, "fx", "the FX fee overflowed"))?;
        v.to_i64()
            .map(Yen)
            .ok_or_else(|| Error::new(code::OVERFLOW, "fx", "the FX fee overflowed"))
    };
    let entries = [
        (
            "fx.payout_fee",
            Label::new("收款/提现手续费", "出金手数料", "Payout fee"),
            pct(fx.payout_fee_percent)?,
            Some(fx.payout_fee_percent),
        ),
        (
            "fx.spread",
            Label::new("汇率点差", "為替スプレッド", "FX spread"),
            pct(fx.spread_percent)?,
            Some(fx.spread_percent),
        ),
        (
            "fx.fixed_fee",
            Label::new("每笔转账固定费", "送金1回あたりの固定手数料", "Fixed fee per transfer"),
            fx.fixed_fee,
            None,
        ),
    ];
    Ok(entries
        .into_iter()
        .filter(|(_, _, amount, _)| amount.0 > 0)
        .map(|(id, label, amount, rate)| {
            let mut d = Draft::input(id, label, LineKind::Payout, amount, TaxTreatment::NonTaxable, Scope::PerPayout);
            d.base = rate.map(|_| base);
            d.rate = rate;
            d
        })
        .collect())
}

/// Goods cost per unit in yen from a foreign amount: amount × rate × (1 + spread), rounded up.
pub fn foreign_cogs(fx: &Fx) -> Result<Option<Yen>> {
    match (fx.cogs_per_unit_foreign, fx.rate) {
        (None, _) => Ok(None),
        (Some(_), None) => Err(Error::new(
            code::MISSING_FIELD,
            "fx.rate",
            "give the exchange rate (yen per unit) for a foreign cost",
        )),
        (Some(amount), Some(rate)) => {
            if amount < Decimal::ZERO || rate <= Decimal::ZERO {
                return Err(Error::new(code::INVALID_AMOUNT, "fx", "foreign cost must be ≥ 0 and the rate > 0"));
            }
            let yen = amount
                .checked_mul(rate)
                .and_then(|v| v.checked_mul(Decimal::ONE.checked_add(fx.spread_percent.fraction())?))
                .ok_or_else(|| Error::new(code::OVERFLOW, "fx", "conversion overflowed"))?;
            let whole = Rounding::Ceil.round(yen);
            let whole: i64 = rust_decimal::prelude::ToPrimitive::to_i64(&whole)
                .ok_or_else(|| Error::new(code::OVERFLOW, "fx", "conversion overflowed"))?;
            Ok(Some(Yen(whole)))
        }
    }
}
