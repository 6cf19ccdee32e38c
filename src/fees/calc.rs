//! How a rule turns its base into yen: a fixed amount, one rate, marginal bands (each band's
//! rate on the yen inside it), whole steps (the step containing the base picks the calculation
//! for the whole amount), or a lookup table (FBA size tiers). Evaluation is exact (`Decimal`);
//! the caller rounds once, at the rule's scope.

use crate::error::{code, Error, Result};
use crate::money::{Percent, Yen};
use crate::provenance::Status;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::schedule::Label;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Calc {
    Fixed {
        amount: Yen,
    },
    Rate {
        rate: Percent,
    },
    /// Progressive: each band's rate applies to the part of the base inside that band.
    Marginal {
        bands: Vec<Band>,
    },
    /// Whole-amount tiers: the first step whose `upTo` ≥ base decides the calculation.
    Steps {
        steps: Vec<Step>,
    },
    /// Per-unit amounts by a key (e.g. FBA size tier), lower when the price is ≤ `threshold`.
    Table {
        threshold: Yen,
        rows: Vec<TableRow>,
    },
    /// An exact fraction of the base (e.g. local consumption tax = national × 22/78).
    Ratio {
        numerator: u32,
        denominator: u32,
    },
    /// The amount is the caller's own figure (ad spend).
    Input,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Band {
    /// Upper edge (inclusive); omitted on the last, open band.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<Yen>,
    pub rate: Percent,
    /// A band whose evidence is weaker than its rule's (e.g. Rakuten's uncaptured upper tiers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<Yen>,
    pub calc: Calc,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TableRow {
    pub key: String,
    pub label: Label,
    pub above: Yen,
    pub at_or_below: Yen,
    /// The package sizes this row takes (FBA size tiers): the first row a package fits wins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fits: Option<SizeLimit>,
}

/// A size tier's limits: the package's sides sorted longest first (each at most, or each below,
/// the limit), the sum of its three sides, its packed weight (at most, or below). Absent limits
/// do not apply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SizeLimit {
    /// Longest, middle and shortest side at most these, cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sides_cm: Option<[Decimal; 3]>,
    /// Longest, middle and shortest side strictly below these, cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sides_below_cm: Option<[Decimal; 3]>,
    /// Sum of the three sides at most this, cm.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sum_cm: Option<Decimal>,
    /// Weight at most this, g.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_g: Option<Decimal>,
    /// Weight strictly below this, g.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_below_g: Option<Decimal>,
}

impl SizeLimit {
    /// Whether a package (sides sorted longest first) fits every limit.
    pub fn fits(&self, sides: &[Decimal; 3], sum: Decimal, weight: Decimal) -> bool {
        let all = |max: &Option<[Decimal; 3]>, ok: fn(&Decimal, &Decimal) -> bool| {
            max.as_ref()
                .is_none_or(|max| sides.iter().zip(max.iter()).all(|(side, max)| ok(side, max)))
        };
        all(&self.sides_cm, |side, max| side <= max)
            && all(&self.sides_below_cm, |side, max| side < max)
            && self.sum_cm.is_none_or(|max| sum <= max)
            && self.weight_g.is_none_or(|max| weight <= max)
            && self.weight_below_g.is_none_or(|max| weight < max)
    }
}

/// An exact, unrounded result and whether it touched a band flagged weaker than its rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Exact {
    pub amount: Decimal,
    pub weak_band: bool,
}

pub const INVALID_BANDS: &str = "invalid_bands";

impl Calc {
    /// The `type` tag as written in the data.
    pub fn kind(&self) -> &'static str {
        match self {
            Calc::Fixed { .. } => "fixed",
            Calc::Rate { .. } => "rate",
            Calc::Marginal { .. } => "marginal",
            Calc::Steps { .. } => "steps",
            Calc::Table { .. } => "table",
            Calc::Ratio { .. } => "ratio",
            Calc::Input => "input",
        }
    }

    /// Checks band order and openness so evaluation never has to guess.
    pub fn validate(&self) -> Result<()> {
        match self {
            Calc::Marginal { bands } => check_edges(bands.iter().map(|b| b.up_to), "bands"),
            Calc::Steps { steps } => {
                check_edges(steps.iter().map(|s| s.up_to), "steps")?;
                for (i, step) in steps.iter().enumerate() {
                    step.calc.validate().map_err(|e| e.within(&format!("steps[{i}].calc")))?;
                }
                Ok(())
            }
            Calc::Ratio { denominator: 0, .. } => Err(Error::new(INVALID_BANDS, "denominator", "must not be 0")),
            Calc::Table { rows, .. } if rows.is_empty() => Err(Error::new(INVALID_BANDS, "rows", "a table needs at least one row")),
            _ => Ok(()),
        }
    }

    /// The exact amount for `base` (the key is only used by tables).
    pub fn exact(&self, base: Yen, key: Option<&str>) -> Result<Exact> {
        let plain = |amount| Ok(Exact { amount, weak_band: false });
        match self {
            Calc::Fixed { amount } => plain(Decimal::from(amount.0)),
            Calc::Input => plain(Decimal::ZERO),
            Calc::Rate { rate } => plain(mul(Decimal::from(base.0), rate.fraction())?),
            Calc::Ratio { numerator, denominator } => {
                // numerator × base ÷ denominator: one division, so 22/78 is not pre-rounded.
                let scaled = mul(Decimal::from(base.0), Decimal::from(*numerator))?;
                plain(
                    scaled
                        .checked_div(Decimal::from(*denominator))
                        .ok_or_else(|| Error::new(code::INVALID_INPUT, "", "a ratio fee has a zero denominator"))?,
                )
            }
            Calc::Marginal { bands } => marginal(bands, base),
            Calc::Steps { steps } => {
                let step = steps
                    .iter()
                    .find(|s| s.up_to.is_none_or(|edge| base <= edge))
                    .ok_or_else(|| Error::new(INVALID_BANDS, "steps", "the last step must be open (no upTo)"))?;
                step.calc.exact(base, key)
            }
            Calc::Table { threshold, rows } => {
                let key = key.ok_or_else(|| Error::new(code::MISSING_FIELD, "sizeTier", "choose a size tier"))?;
                let row = rows.iter().find(|r| r.key == key).ok_or_else(|| {
                    let known: Vec<&str> = rows.iter().map(|r| r.key.as_str()).collect();
                    Error::new(
                        code::INVALID_INPUT,
                        "sizeTier",
                        format!("unknown size tier {key:?}; choose one of {known:?}"),
                    )
                })?;
                plain(Decimal::from(if base <= *threshold { row.at_or_below.0 } else { row.above.0 }))
            }
        }
    }
}

fn check_edges(edges: impl Iterator<Item = Option<Yen>>, field: &str) -> Result<()> {
    let edges: Vec<Option<Yen>> = edges.collect();
    let bad = |why: &str| Err(Error::new(INVALID_BANDS, field, why));
    match edges.split_last() {
        None => return bad("at least one band is required"),
        Some((last, rest)) => {
            if last.is_some() {
                return bad("the last band must be open (no upTo)");
            }
            let mut previous = Yen::ZERO;
            for edge in rest {
                match edge {
                    Some(edge) if *edge > previous => previous = *edge,
                    Some(_) => return bad("band edges (upTo) must increase"),
                    None => return bad("only the last band may omit upTo"),
                }
            }
        }
    }
    Ok(())
}

/// `amount × part ÷ whole`, multiplying first so exact shares stay exact (487.2 × 2,700 ÷ 12,180
/// is 108, not 107.99…); an overflow is an error, never a panic. A zero `whole` gives zero.
pub fn share_of(amount: Decimal, part: Yen, whole: Yen) -> Result<Decimal> {
    if whole.0 == 0 {
        return Ok(Decimal::ZERO);
    }
    mul(amount, Decimal::from(part.0))?
        .checked_div(Decimal::from(whole.0))
        .ok_or_else(|| Error::new(code::OVERFLOW, "", "fee arithmetic overflowed"))
}

fn mul(a: Decimal, b: Decimal) -> Result<Decimal> {
    a.checked_mul(b)
        .ok_or_else(|| Error::new(code::OVERFLOW, "", "fee arithmetic overflowed"))
}

fn marginal(bands: &[Band], base: Yen) -> Result<Exact> {
    let mut total = Decimal::ZERO;
    let mut lower = Yen::ZERO;
    let mut weak_band = false;
    for band in bands {
        if base <= lower {
            break;
        }
        let upper = band.up_to.map_or(base, |edge| edge.min(base));
        let inside = upper.checked_sub(lower)?;
        if inside.0 > 0 {
            total = total
                .checked_add(mul(Decimal::from(inside.0), band.rate.fraction())?)
                .ok_or_else(|| Error::overflow("fee arithmetic overflowed"))?;
            weak_band |= band.status.is_some_and(|s| s.is_unverified());
        }
        match band.up_to {
            Some(edge) => lower = edge,
            None => break,
        }
    }
    Ok(Exact { amount: total, weak_band })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;

    fn calc(json: &str) -> Calc {
        let c: Calc = decode_json(json).unwrap();
        c.validate().unwrap();
        c
    }

    #[test]
    fn marginal_bands_charge_each_band_its_own_rate() {
        let c = calc(r#"{"type":"marginal","bands":[{"upTo":"1000","rate":"10"},{"upTo":"3000","rate":"5"},{"rate":"1"}]}"#);
        // 500 → 500 × 10 % = 50.
        assert_eq!(c.exact(Yen(500), None).unwrap().amount, Decimal::from(50));
        // 5,000 → 1,000 × 10 % + 2,000 × 5 % + 2,000 × 1 % = 100 + 100 + 20 = 220.
        assert_eq!(c.exact(Yen(5000), None).unwrap().amount, Decimal::from(220));
    }

    #[test]
    fn whole_steps_pick_one_calculation_for_the_whole_amount() {
        let c = calc(
            r#"{"type":"steps","steps":[{"upTo":"750","calc":{"type":"rate","rate":"5"}},
            {"calc":{"type":"marginal","bands":[{"upTo":"3000","rate":"12.4"},{"rate":"8.4"}]}}]}"#,
        );
        // 750 → 5 % × 750 = 37.5; 4,000 → 12.4 % × 3,000 + 8.4 % × 1,000 = 372 + 84 = 456.
        assert_eq!(c.exact(Yen(750), None).unwrap().amount.normalize().to_string(), "37.5");
        assert_eq!(c.exact(Yen(4000), None).unwrap().amount, Decimal::from(456));
    }

    #[test]
    fn rejects_unordered_or_closed_bands() {
        for bad in [
            r#"{"type":"marginal","bands":[{"upTo":"100","rate":"1"}]}"#,
            r#"{"type":"marginal","bands":[{"upTo":"100","rate":"1"},{"upTo":"50","rate":"1"},{"rate":"1"}]}"#,
            r#"{"type":"marginal","bands":[]}"#,
            r#"{"type":"marginal","bands":[{"rate":"1"},{"rate":"2"}]}"#,
        ] {
            let c: Calc = decode_json(bad).unwrap();
            assert_eq!(c.validate().unwrap_err().code, INVALID_BANDS, "{bad}");
        }
    }
}
