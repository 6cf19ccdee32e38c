use crate::error::{code, Error, Result};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// How a fractional yen amount becomes whole yen. Every API that rounds says which mode and at
/// which scope (per line, per order, per month, per invoice per tax rate).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// Truncate toward negative infinity (切り捨て) — the usual choice for JCT and points.
    #[default]
    Floor,
    /// Round half away from zero (四捨五入).
    HalfUp,
    /// Round toward positive infinity (切り上げ).
    Ceil,
    /// Round half to even (banker's rounding).
    HalfEven,
}

impl Rounding {
    fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::Floor => RoundingStrategy::ToNegativeInfinity,
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::Ceil => RoundingStrategy::ToPositiveInfinity,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
        }
    }

    /// Rounds a decimal to whole units.
    pub fn round(self, value: Decimal) -> Decimal {
        value.round_dp_with_strategy(0, self.strategy())
    }
}

/// Exact `numerator / denominator` rounded to an integer with `mode` — no intermediate
/// rounding, so `1100 × 10 / 110` is exactly 100 and `105 × 10 / 110` floors to 9.
pub fn div_round(numerator: i128, denominator: i128, mode: Rounding) -> Result<i128> {
    if denominator == 0 {
        return Err(Error::new(code::INVALID_INPUT, "", "division by zero"));
    }
    let negated = || Error::overflow("the fraction cannot be negated");
    let (n, d) = if denominator < 0 {
        (
            numerator.checked_neg().ok_or_else(negated)?,
            denominator.checked_neg().ok_or_else(negated)?,
        )
    } else {
        (numerator, denominator)
    };
    let floor = n.div_euclid(d);
    let remainder = n.rem_euclid(d); // 0 ≤ remainder < d
    if remainder == 0 {
        return Ok(floor);
    }
    // remainder > d − remainder  ⇔  2·remainder > d, without doubling past i128::MAX.
    let rest = d.checked_sub(remainder).ok_or_else(|| Error::overflow("rounding overflowed"))?;
    let up = match mode {
        Rounding::Floor => false,
        Rounding::Ceil => true,
        Rounding::HalfUp => remainder > rest || (remainder == rest && floor >= 0),
        Rounding::HalfEven => remainder > rest || (remainder == rest && floor.rem_euclid(2) != 0),
    };
    if up {
        floor.checked_add(1).ok_or_else(|| Error::overflow("rounding overflowed"))
    } else {
        Ok(floor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn each_mode_on_positive_and_negative_halves() {
        // value:        2.5  -2.5  2.4  -2.6  3.5
        let cases = [
            (Rounding::Floor, [2, -3, 2, -3, 3]),
            (Rounding::Ceil, [3, -2, 3, -2, 4]),
            (Rounding::HalfUp, [3, -3, 2, -3, 4]),
            (Rounding::HalfEven, [2, -2, 2, -3, 4]),
        ];
        let values = [dec("2.5"), dec("-2.5"), dec("2.4"), dec("-2.6"), dec("3.5")];
        for (mode, expected) in cases {
            for (v, e) in values.iter().zip(expected) {
                assert_eq!(mode.round(*v), Decimal::from(e), "{mode:?} {v}");
            }
        }
    }

    #[wasm_bindgen_test::wasm_bindgen_test(unsupported = test)]
    fn div_round_agrees_with_decimal_rounding() {
        for n in -300i128..300 {
            for d in [1i128, 2, 3, 4, 7, 10, 108, 110] {
                for mode in [Rounding::Floor, Rounding::Ceil, Rounding::HalfUp, Rounding::HalfEven] {
                    let exact = Decimal::from_i128_with_scale(n, 0) / Decimal::from_i128_with_scale(d, 0);
                    // Decimal division of these small operands is exact or far from a tie.
                    let expected = mode.round(exact).mantissa() / 10i128.pow(mode.round(exact).scale());
                    assert_eq!(div_round(n, d, mode).unwrap(), expected, "{n}/{d} {mode:?}");
                }
            }
        }
    }
}
