//! Output lines and the invoice-tax step: fee lines are computed tax-free (or tax-inclusive),
//! then consumption tax is rounded **once per tax rate over the whole set** (the qualified-invoice
//! rule) and shared back to the lines by largest remainder, so line taxes sum to the rounded total
//! to the yen.

use super::calc::Calc;
use super::schedule::{Label, Rule, Scope, TaxTreatment};
use crate::error::{code, Error, Result};
use crate::money::{add_i128, div_round, mul_i128, sub_i128, Percent, Rounding, Yen};
use crate::provenance::{Provenance, Status};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a line is, so pages can group and colour it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// Charged by the marketplace per sale (referral, system, payment fees).
    SalesFee,
    /// Store-funded points.
    Points,
    /// Affiliate / creator rewards and the fees on them.
    Affiliate,
    Advertising,
    /// Monthly or one-off platform charges.
    FixedFee,
    /// Fulfilment fees charged by the platform (FBA).
    Fulfilment,
    /// The seller's own costs (goods, shipping, packing, samples).
    Cost,
    /// Import duty and import consumption tax.
    ImportTax,
    /// FX spread and payout fees.
    Payout,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Line {
    pub id: String,
    pub label: Label,
    pub kind: LineKind,
    /// The amount the rate was applied to, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<Yen>,
    /// The rate applied (percent), when a single rate applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<Percent>,
    /// Tax-exclusive amount.
    pub net: Yen,
    /// Consumption tax on this line (its share of the invoice's once-per-rate tax).
    pub tax: Yen,
    /// What the seller pays: net + tax.
    pub gross: Yen,
    pub tax_treatment: TaxTreatment,
    pub rounding: Rounding,
    pub scope: Scope,
    pub provenance: Provenance,
    /// True when the line used a SEC1/UNV preset (rule or band) the caller did not replace.
    pub unverified: bool,
    /// True when the caller's `overrides` replaced the preset.
    pub overridden: bool,
}

/// A caller's replacement for a preset's numbers (`overrides: { "rakuten.pay_fee": { rate: "3.5" } }`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RuleOverride {
    #[serde(default)]
    pub rate: Option<Percent>,
    #[serde(default)]
    pub amount: Option<Yen>,
    /// Marginal bands (each band's rate on the yen inside it).
    #[serde(default)]
    pub bands: Option<Vec<super::calc::Band>>,
    /// Whole-amount steps.
    #[serde(default)]
    pub steps: Option<Vec<super::calc::Step>>,
    #[serde(default)]
    pub min: Option<Yen>,
    #[serde(default)]
    pub max: Option<Yen>,
    #[serde(default)]
    pub rounding: Option<Rounding>,
}

pub type Overrides = BTreeMap<String, RuleOverride>;

pub const UNKNOWN_RULE: &str = "unknown_rule";

/// A rule with the caller's override applied.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub rule: Rule,
    pub overridden: bool,
}

impl Resolved {
    pub fn new(rule: &Rule, overrides: &Overrides) -> Result<Resolved> {
        let Some(o) = overrides.get(&rule.id) else {
            return Ok(Resolved {
                rule: rule.clone(),
                overridden: false,
            });
        };
        let field = format!("overrides.{}", rule.id);
        let mut rule = rule.clone();
        let replacements = [o.rate.is_some(), o.amount.is_some(), o.bands.is_some(), o.steps.is_some()];
        if replacements.iter().filter(|set| **set).count() > 1 {
            return Err(Error::new(
                code::INVALID_INPUT,
                field,
                "give only one of rate, amount, bands, steps",
            ));
        }
        if let Some(rate) = o.rate {
            rule.calc = Calc::Rate { rate };
        } else if let Some(amount) = o.amount {
            rule.calc = Calc::Fixed { amount };
        } else if let Some(bands) = &o.bands {
            rule.calc = Calc::Marginal { bands: bands.clone() };
        } else if let Some(steps) = &o.steps {
            rule.calc = Calc::Steps { steps: steps.clone() };
        }
        rule.calc.validate().map_err(|e| e.within(&field))?;
        rule.min = o.min.or(rule.min);
        rule.max = o.max.or(rule.max);
        rule.rounding = o.rounding.unwrap_or(rule.rounding);
        rule.provenance.source = format!("Your figure (replaces the preset: {})", rule.provenance.source);
        // The translated note says so too: a page in zh or ja shows the note, not `source`.
        if let Some(note) = &rule.provenance.note {
            rule.provenance.note = Some(Label {
                zh: format!("你的数值（替换预设：{}）", note.zh),
                ja: format!("あなたの値（プリセットを置き換え：{}）", note.ja),
                en: rule.provenance.source.clone(),
            });
        }
        Ok(Resolved { rule, overridden: true })
    }

    /// Rounds an exact amount with the rule's rounding, then applies its min/max.
    pub fn finish(&self, exact: Decimal) -> Result<Yen> {
        let rounded = self.rule.rounding.round(exact);
        let whole: i64 = rounded
            .try_into()
            .map_err(|_| Error::new(code::OVERFLOW, "", "fee does not fit in the yen range"))?;
        let mut yen = Yen(whole);
        if let Some(min) = self.rule.min {
            yen = yen.max(min);
        }
        if let Some(max) = self.rule.max {
            yen = yen.min(max);
        }
        Ok(yen)
    }

    /// The rule applied to `base`, rounded and clamped. A single rate takes an integer path
    /// (`base × mantissa ÷ (100 × 10^scale)`, one exact division) because month estimates call
    /// this per order; anything else, or an i128 overflow, goes through `Decimal`.
    pub fn amount(&self, base: Yen) -> Result<Yen> {
        if let Calc::Rate { rate } = &self.rule.calc {
            let mantissa = i64::try_from(rate.0.mantissa()).ok();
            let numerator = mantissa.and_then(|m| base.0.checked_mul(m));
            let denominator = 10i64.checked_pow(rate.0.scale()).and_then(|p| p.checked_mul(100));
            if let (Some(n), Some(d)) = (numerator, denominator) {
                let mut yen = Yen(div_round_i64(n, d, self.rule.rounding)?);
                if let Some(min) = self.rule.min {
                    yen = yen.max(min);
                }
                if let Some(max) = self.rule.max {
                    yen = yen.min(max);
                }
                return Ok(yen);
            }
        }
        self.finish(self.rule.calc.exact(base, None)?.amount)
    }

    /// A line from this rule before tax allocation. `amount` is tax-exclusive for taxable rules,
    /// tax-inclusive for `tax_included_10`.
    pub fn line(&self, kind: LineKind, base: Option<Yen>, amount: Yen, weak_band: bool) -> Draft {
        let rate = match &self.rule.calc {
            Calc::Rate { rate } => Some(*rate),
            _ => None,
        };
        Draft {
            id: self.rule.id.clone(),
            label: self.rule.label.clone(),
            kind,
            base,
            rate,
            amount,
            tax_treatment: self.rule.tax,
            rounding: self.rule.rounding,
            scope: self.rule.scope,
            provenance: self.rule.provenance.clone(),
            unverified: !self.overridden && (self.rule.provenance.status.is_unverified() || weak_band),
            overridden: self.overridden,
        }
    }
}

/// [`div_round`] for `i64` with a positive denominator: wasm has no native 128-bit division, and
/// month estimates divide a few times per order. Same results (tested against `div_round`).
pub fn div_round_i64(n: i64, d: i64, mode: Rounding) -> Result<i64> {
    let overflowed = || Error::overflow("rounding overflowed");
    let (Some(floor), Some(remainder)) = (n.checked_div_euclid(d), n.checked_rem_euclid(d)) else {
        return Err(overflowed());
    };
    if remainder == 0 {
        return Ok(floor);
    }
    // 0 < remainder < d: remainder > d − remainder  ⇔  2·remainder > d.
    let rest = d.checked_sub(remainder).ok_or_else(overflowed)?;
    let up = match mode {
        Rounding::Floor => false,
        Rounding::Ceil => true,
        Rounding::HalfUp => remainder > rest || (remainder == rest && floor >= 0),
        Rounding::HalfEven => remainder > rest || (remainder == rest && floor.rem_euclid(2) != 0),
    };
    floor.checked_add(i64::from(up)).ok_or_else(overflowed)
}

/// Tax-exclusive part of a tax-inclusive amount: incl − floor(incl × r / (100 + r)), as
/// `tax::split` with floor, on `i64` when it fits.
pub fn excl_of(incl: Yen, rate: crate::tax::TaxRate) -> Result<Yen> {
    let pct = i64::from(rate.percent());
    match incl.0.checked_mul(pct) {
        // pct is 8 or 10, so 100 + pct cannot overflow; the tax is at most incl.
        Some(n) => incl.checked_sub(Yen(div_round_i64(n, pct.saturating_add(100), Rounding::Floor)?)),
        None => Ok(crate::tax::split(incl, rate, true, Rounding::Floor)?.excl),
    }
}

/// Every override must name a rule of the platform, or the caller's edit would be ignored.
pub fn check_overrides(overrides: &Overrides, rules: &[Rule]) -> Result<()> {
    for id in overrides.keys() {
        if !rules.iter().any(|r| &r.id == id) {
            return Err(Error::new(
                UNKNOWN_RULE,
                format!("overrides.{id}"),
                format!("no rule {id:?} on this platform"),
            ));
        }
    }
    Ok(())
}

impl From<Line> for Draft {
    /// Back to a draft (to merge lines computed elsewhere into another invoice).
    fn from(l: Line) -> Draft {
        let amount = match l.tax_treatment.rate() {
            Some((_, false)) => l.net,
            _ => l.gross,
        };
        Draft {
            id: l.id,
            label: l.label,
            kind: l.kind,
            base: l.base,
            rate: l.rate,
            amount,
            tax_treatment: l.tax_treatment,
            rounding: l.rounding,
            scope: l.scope,
            provenance: l.provenance,
            unverified: l.unverified,
            overridden: l.overridden,
        }
    }
}

/// A line whose tax is not yet allocated.
#[derive(Debug, Clone)]
pub struct Draft {
    pub id: String,
    pub label: Label,
    pub kind: LineKind,
    pub base: Option<Yen>,
    pub rate: Option<Percent>,
    pub amount: Yen,
    pub tax_treatment: TaxTreatment,
    pub rounding: Rounding,
    pub scope: Scope,
    pub provenance: Provenance,
    pub unverified: bool,
    pub overridden: bool,
}

impl Draft {
    /// A seller's own figure (costs, ad spend on platforms without a sourced rule).
    pub fn input(id: &str, label: Label, kind: LineKind, amount: Yen, tax_treatment: TaxTreatment, scope: Scope) -> Draft {
        Draft {
            id: id.into(),
            label,
            kind,
            base: None,
            rate: None,
            amount,
            tax_treatment,
            rounding: Rounding::Floor,
            scope,
            provenance: user_input(),
            unverified: false,
            overridden: false,
        }
    }
}

pub fn user_input() -> Provenance {
    Provenance {
        source: "Your input".into(),
        note: Some(Label::new("你的输入", "入力値", "Your input")),
        url: String::new(),
        effective_from: String::new(),
        effective_to: None,
        status: Status::Official,
    }
}

/// Rounds tax once per (rate, inclusive?) group with `rounding` and shares it back to the lines.
pub fn with_invoice_tax(drafts: Vec<Draft>, rounding: Rounding) -> Result<Vec<Line>> {
    let mut taxes = vec![0i64; drafts.len()];
    let mut groups: BTreeMap<(u32, bool), Vec<usize>> = BTreeMap::new();
    for (i, d) in drafts.iter().enumerate() {
        if let Some(key) = d.tax_treatment.rate() {
            groups.entry(key).or_default().push(i);
        }
    }
    for ((pct, included), members) in groups {
        let pct = i128::from(pct);
        let denominator: i128 = if included { add_i128(100, pct)? } else { 100 };
        let numerators = members
            .iter()
            .map(|&i| match drafts.get(i) {
                Some(draft) => mul_i128(i128::from(draft.amount.0), pct),
                None => Err(Error::overflow("tax group member out of range")),
            })
            .collect::<Result<Vec<i128>>>()?;
        let total = numerators.iter().try_fold(0i128, |sum, &n| add_i128(sum, n))?;
        let group_tax = div_round(total, denominator, rounding)?;
        let shares = largest_remainder(&numerators, denominator, group_tax)?;
        for (&i, share) in members.iter().zip(shares) {
            let tax = i64::try_from(share).map_err(|_| Error::new(code::OVERFLOW, "", "tax does not fit"))?;
            if let Some(slot) = taxes.get_mut(i) {
                *slot = tax;
            }
        }
    }
    drafts
        .into_iter()
        .zip(taxes)
        .map(|(d, tax)| {
            let included = matches!(d.tax_treatment.rate(), Some((_, true)));
            let (net, tax, gross) = if d.tax_treatment == TaxTreatment::ImportJct {
                (Yen::ZERO, d.amount, d.amount)
            } else if included {
                (d.amount.checked_sub(Yen(tax))?, Yen(tax), d.amount)
            } else {
                (d.amount, Yen(tax), d.amount.checked_add(Yen(tax))?)
            };
            Ok(Line {
                id: d.id,
                label: d.label,
                kind: d.kind,
                base: d.base,
                rate: d.rate,
                net,
                tax,
                gross,
                tax_treatment: d.tax_treatment,
                rounding: d.rounding,
                scope: d.scope,
                provenance: d.provenance,
                unverified: d.unverified,
                overridden: d.overridden,
            })
        })
        .collect()
}

/// Splits `target` (≥ Σ floor(nᵢ/d)) into integer shares: each gets floor(nᵢ/d), then the rest go
/// one yen each to the largest remainders (earlier lines win ties).
/// `overflow` for a zero denominator or sums past i128.
pub fn largest_remainder(numerators: &[i128], denominator: i128, target: i128) -> Result<Vec<i128>> {
    let no_split = || Error::overflow("the amount cannot be split");
    let mut shares = Vec::with_capacity(numerators.len());
    let mut by_remainder = Vec::with_capacity(numerators.len());
    for (i, n) in numerators.iter().enumerate() {
        let (Some(share), Some(remainder)) = (n.checked_div_euclid(denominator), n.checked_rem_euclid(denominator)) else {
            return Err(no_split());
        };
        shares.push(share);
        by_remainder.push((remainder, i));
    }
    let floors = shares.iter().try_fold(0i128, |sum, &s| add_i128(sum, s))?;
    let mut left = sub_i128(target, floors)?;
    // Largest remainder first; earlier lines win ties.
    by_remainder.sort_by(|(ra, a), (rb, b)| rb.cmp(ra).then(a.cmp(b)));
    // `left` is at most the number of non-zero remainders for floor/half/ceil rounding of the sum;
    // cycling keeps any other target exact rather than silently dropping yen.
    for &(_, i) in by_remainder.iter().cycle() {
        if left <= 0 {
            break;
        }
        if let Some(share) = shares.get_mut(i) {
            *share = add_i128(*share, 1)?;
        }
        left = sub_i128(left, 1)?;
    }
    Ok(shares)
}

/// Splits `total` over `weights` in proportion, exactly (largest remainder).
pub fn allocate(total: Yen, weights: &[Yen]) -> Result<Vec<Yen>> {
    let sum = weights.iter().try_fold(0i128, |sum, w| add_i128(sum, i128::from(w.0)))?;
    if sum == 0 {
        let mut out = vec![Yen::ZERO; weights.len()];
        if let Some(first) = out.first_mut() {
            *first = total;
        }
        return Ok(out);
    }
    let numerators = weights
        .iter()
        .map(|w| mul_i128(i128::from(w.0), i128::from(total.0)))
        .collect::<Result<Vec<i128>>>()?;
    largest_remainder(&numerators, sum, i128::from(total.0))?
        .into_iter()
        .map(Yen::from_i128)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn i64_division_and_excl_agree_with_the_core() {
        for n in -500i64..500 {
            for d in [1i64, 3, 7, 100, 110, 1000] {
                for mode in [Rounding::Floor, Rounding::Ceil, Rounding::HalfUp, Rounding::HalfEven] {
                    assert_eq!(
                        div_round_i64(n, d, mode).unwrap() as i128,
                        div_round(n as i128, d as i128, mode).unwrap(),
                        "{n}/{d} {mode:?}"
                    );
                }
            }
        }
        for incl in [0i64, 1, 99, 1100, 3980, 3299, 1_000_000_000_000_000] {
            for rate in [crate::tax::TaxRate::Standard, crate::tax::TaxRate::Reduced] {
                let core = crate::tax::split(Yen(incl), rate, true, Rounding::Floor).unwrap().excl;
                assert_eq!(excl_of(Yen(incl), rate).unwrap(), core, "{incl}");
            }
        }
    }

    #[test]
    fn shares_add_up_to_the_rounded_total() {
        // 3 × 105 × 10 % = 3 × 10.5 → total 31.5 → floor 31: floors 10+10+10 = 30, one extra yen.
        assert_eq!(largest_remainder(&[1050, 1050, 1050], 100, 31).unwrap(), vec![11, 10, 10]);
        // Allocate ¥100 over 1:1:1 → 34, 33, 33.
        assert_eq!(
            allocate(Yen(100), &[Yen(1), Yen(1), Yen(1)]).unwrap(),
            vec![Yen(34), Yen(33), Yen(33)]
        );
    }
}
