//! A packed parcel's measurements and the size tables they are placed in (FBA size tiers, carrier
//! sizes): sides sorted longest first, the sum of the sides, the weight; the first row that fits.

use super::calc::TableRow;
use crate::error::{code, Error, Result};
use rust_decimal::Decimal;
use serde::Deserialize;

/// One packed parcel (the product in its packaging).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Package {
    #[serde(default, deserialize_with = "crate::money::number::deserialize_decimal_opt")]
    pub length_cm: Option<Decimal>,
    #[serde(default, deserialize_with = "crate::money::number::deserialize_decimal_opt")]
    pub width_cm: Option<Decimal>,
    #[serde(default, deserialize_with = "crate::money::number::deserialize_decimal_opt")]
    pub height_cm: Option<Decimal>,
    #[serde(default, deserialize_with = "crate::money::number::deserialize_decimal_opt")]
    pub weight_g: Option<Decimal>,
}

/// Largest side and weight accepted (far beyond any table: such a parcel is reported as outside
/// the sizes rather than rejected as malformed).
const MAX_SIDE_CM: i64 = 10_000;
const MAX_WEIGHT_G: i64 = 10_000_000;

impl Package {
    /// Sides sorted longest first, their sum, and the weight; each checked present and in range.
    /// `field` is the package's path for errors (e.g. `amazon.package`).
    pub fn measure(&self, field: &str) -> Result<([Decimal; 3], Decimal, Decimal)> {
        let read = |value: Option<Decimal>, name: &str, max: i64| -> Result<Decimal> {
            let path = format!("{field}.{name}");
            let v = value.ok_or_else(|| Error::new(code::MISSING_FIELD, path.clone(), "give all three sides and the weight"))?;
            if v <= Decimal::ZERO || v > Decimal::from(max) {
                return Err(Error::new(code::OUT_OF_RANGE, path, format!("must be above 0 and at most {max}")));
            }
            Ok(v.normalize())
        };
        let mut sides = [
            read(self.length_cm, "lengthCm", MAX_SIDE_CM)?,
            read(self.width_cm, "widthCm", MAX_SIDE_CM)?,
            read(self.height_cm, "heightCm", MAX_SIDE_CM)?,
        ];
        let weight = read(self.weight_g, "weightG", MAX_WEIGHT_G)?;
        sides.sort_by(|a, b| b.cmp(a));
        // Three sides of at most 10,000 cm each: the sum cannot overflow a Decimal.
        let sum = sides
            .iter()
            .try_fold(Decimal::ZERO, |total, side| total.checked_add(*side))
            .ok_or_else(|| Error::overflow("the package sides overflowed"))?;
        Ok((sides, sum, weight))
    }
}

/// The first row whose limits the parcel fits (rows without limits never match).
pub fn first_fit<'a>(rows: &'a [TableRow], sides: &[Decimal; 3], sum: Decimal, weight: Decimal) -> Option<&'a TableRow> {
    rows.iter()
        .find(|r| r.fits.as_ref().is_some_and(|limit| limit.fits(sides, sum, weight)))
}
