//! The seller's own costs (goods, shipping, packaging, other) and the consumption tax they carry.
//! Costs are entered as paid, tax-inclusive; each one's treatment says how much of it is JCT a
//! registered seller credits as input tax. Each cost is its own supplier's invoice, so its tax is
//! rounded (floor) on its own, through the same invoice-tax step as fee lines.

use super::lines::{with_invoice_tax, Draft, Line, LineKind};
use super::schedule::{Label, Scope, TaxTreatment};
use crate::error::{code, Error, Result};
use crate::money::{Percent, Rounding, Yen};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How one cost's price contains consumption tax.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CostTax {
    /// Bought in Japan at 10 % (carriers, packaging, most goods and services): the amount
    /// contains 10/110 tax.
    #[serde(rename = "taxable_10")]
    Taxable10,
    /// Bought in Japan at the reduced 8 % (food and drink): the amount contains 8/108 tax.
    #[serde(rename = "taxable_8")]
    Taxable8,
    /// Goods only: imported by you, with import JCT paid at customs (the import permit is the
    /// invoice); give that JCT per unit as `costs.importJctPerUnit`, inside `cogsPerUnit`.
    #[serde(rename = "import_jct_paid")]
    ImportJctPaid,
    /// No Japanese consumption tax in the price (bought abroad, wages, 非課税 services).
    #[serde(rename = "non_taxable")]
    NonTaxable,
}

/// The treatment of each cost. Defaults: goods non-taxable (bought abroad; say `taxable_10` for
/// goods bought in Japan), shipping and packaging taxable at 10 % (domestic carriers and
/// materials), other non-taxable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CostTaxes {
    #[serde(default = "non_taxable")]
    pub goods: CostTax,
    #[serde(default = "taxable_10")]
    pub shipping: CostTax,
    #[serde(default = "taxable_10")]
    pub packaging: CostTax,
    #[serde(default = "non_taxable")]
    pub other: CostTax,
}

fn non_taxable() -> CostTax {
    CostTax::NonTaxable
}
fn taxable_10() -> CostTax {
    CostTax::Taxable10
}

impl Default for CostTaxes {
    fn default() -> CostTaxes {
        CostTaxes {
            goods: CostTax::NonTaxable,
            shipping: CostTax::Taxable10,
            packaging: CostTax::Taxable10,
            other: CostTax::NonTaxable,
        }
    }
}

/// One period's own costs, as paid (tax-inclusive).
pub struct OwnCosts {
    pub goods: Yen,
    /// Import JCT paid on those goods (part of `goods`); only with `import_jct_paid`.
    pub goods_import_jct: Yen,
    pub shipping: Yen,
    /// Where `shipping` came from when a carrier preset priced it.
    pub shipping_preset: Option<super::shipping::Quote>,
    pub packaging: Yen,
    pub other: Yen,
    /// Scope and label of `other` (per order for an order, per month for a month).
    pub other_scope: Scope,
    pub other_label: Label,
}

/// Import JCT only on goods, and only with its amount (its size is checked in [`lines`]).
pub fn check(taxes: &CostTaxes, import_jct_per_unit: Yen) -> Result<()> {
    for (field, treatment) in [
        ("costs.tax.shipping", taxes.shipping),
        ("costs.tax.packaging", taxes.packaging),
        ("costs.tax.other", taxes.other),
    ] {
        if treatment == CostTax::ImportJctPaid {
            return Err(Error::new(
                code::INVALID_INPUT,
                field,
                "import_jct_paid applies to goods only (costs.tax.goods)",
            ));
        }
    }
    let import = taxes.goods == CostTax::ImportJctPaid;
    if import != (import_jct_per_unit.0 > 0) {
        return Err(Error::new(
            code::INVALID_INPUT,
            "costs.importJctPerUnit",
            "give importJctPerUnit (the import JCT on your permit, per unit) exactly when costs.tax.goods is import_jct_paid",
        ));
    }
    Ok(())
}

fn treatment(tax: CostTax) -> TaxTreatment {
    match tax {
        CostTax::Taxable10 => TaxTreatment::TaxIncluded10,
        CostTax::Taxable8 => TaxTreatment::TaxIncluded8,
        // The goods' import JCT is its own line; the rest of the goods cost carries none.
        CostTax::ImportJctPaid | CostTax::NonTaxable => TaxTreatment::NonTaxable,
    }
}

/// Cost lines (zero amounts left out), each with its tax rounded on its own.
pub fn lines(costs: &OwnCosts, taxes: &CostTaxes) -> Result<Vec<Line>> {
    if costs.goods_import_jct > costs.goods {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "costs.importJctPerUnit",
            format!(
                "the import JCT ¥{} is more than the goods cost ¥{} that contains it",
                costs.goods_import_jct, costs.goods
            ),
        ));
    }
    let goods_only = costs.goods.checked_sub(costs.goods_import_jct)?;
    let entries = [
        (
            "cost.goods",
            Label::new("商品成本", "商品原価", "Cost of goods"),
            goods_only,
            treatment(taxes.goods),
            Scope::PerUnit,
        ),
        (
            "cost.goods_import_jct",
            Label::new("已缴进口消费税", "納付済み輸入消費税", "Import JCT paid on the goods"),
            costs.goods_import_jct,
            TaxTreatment::ImportJct,
            Scope::PerUnit,
        ),
        (
            "cost.shipping",
            Label::new("发货运费", "配送費", "Shipping you pay"),
            costs.shipping,
            treatment(taxes.shipping),
            Scope::PerOrder,
        ),
        (
            "cost.packaging",
            Label::new("包装", "梱包資材", "Packaging"),
            costs.packaging,
            treatment(taxes.packaging),
            Scope::PerOrder,
        ),
        (
            "cost.other",
            costs.other_label.clone(),
            costs.other,
            treatment(taxes.other),
            costs.other_scope,
        ),
    ];
    let mut out = Vec::new();
    for (id, label, amount, tax, scope) in entries {
        if amount.0 != 0 {
            let mut draft = Draft::input(id, label, LineKind::Cost, amount, tax, scope);
            if let (Some(preset), "cost.shipping") = (&costs.shipping_preset, id) {
                draft.label = preset.label.clone();
                draft.provenance = preset.provenance.clone();
                draft.unverified = preset.unverified;
            }
            out.extend(with_invoice_tax(vec![draft], Rounding::Floor)?);
        }
    }
    Ok(out)
}

/// `costs.otherPercent`: costs budgeted as a percent of what the customer pays (returns, payment
/// extras, a warehouse's pick fee by value): one line on the order's or month's sales, rounded
/// half-up once, taxed as `costs.tax.other`. None when the percent or the sales are zero.
pub fn percent_of_sales(percent: Percent, sales: Yen, tax: CostTax, scope: Scope) -> Result<Option<Line>> {
    // sales ≤ i64::MAX and percent ≤ 100: the product fits a Decimal; ÷ 100 cannot fail.
    let exact = Decimal::from(sales.0)
        .checked_mul(percent.0)
        .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
        .ok_or_else(|| Error::overflow("costs.otherPercent overflowed"))?;
    let amount = i64::try_from(Rounding::HalfUp.round(exact)).map_err(|_| Error::overflow("costs.otherPercent overflowed"))?;
    if amount == 0 {
        return Ok(None);
    }
    let mut draft = Draft::input(
        "cost.other_percent",
        Label::new("其他成本（按销售额 %）", "その他費用（売上の%）", "Other costs (% of sales)"),
        LineKind::Cost,
        Yen(amount),
        treatment(tax),
        scope,
    );
    draft.base = Some(sales);
    draft.rate = Some(percent);
    draft.rounding = Rounding::HalfUp;
    Ok(with_invoice_tax(vec![draft], Rounding::Floor)?.into_iter().next())
}
