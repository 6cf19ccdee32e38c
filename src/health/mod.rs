//! Store health and customer operations: Rakuten-style shop metrics against a seller guide's red
//! lines, reply deadlines, the seasonal risk calendar with Japanese public holidays, a creator
//! program checklist, RFM segments, delay compensation and a messaging-frequency check.
//!
//! Everything runs on data the seller passes in; nothing here performs I/O. Thresholds that come
//! from seller guides are editable presets and say so in their [`Provenance`].

// Issue 12: domain code never panics on input. Arithmetic is checked (`overflow` /
// `out_of_range` errors), slices are read with `get`, and nothing unwraps; an exception that is
// provably bounded says why in an `#[expect(…, reason = …)]`. Tests may do all of these.
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used
    )
)]
pub mod calendar;
pub mod compensation;
pub mod creator;
pub mod csv;
pub mod messaging;
pub mod orders;
pub mod reply;
pub mod rfm;
pub mod store;

pub use calendar::risk_calendar;
pub use compensation::compensation;
pub use creator::creator_eligibility;
pub use messaging::messaging_check;
pub use reply::reply_risk;
pub use rfm::rfm_segments;
pub use store::store_health;

use crate::provenance::{Label, Provenance, Status};
use rust_decimal::{Decimal, RoundingStrategy};

/// The seller guides of `shared/reference/seller-guides.md`. None has a public URL we can cite.
#[derive(Debug, Clone, Copy)]
pub enum Guide {
    /// §1 Rakuten influencer ("creator") marketing guide, 2026-03-21 — figures unverifiable.
    Creator,
    /// §2 TikTok Shop Japan affiliate guide, 2026-01-15.
    TikTokAffiliate,
    /// §3 Rakuten complaint and demotion risk guide (undated).
    Complaint,
    /// §4 TikTok Japan loyalty guide, 2025-07-14.
    Loyalty,
}

impl Guide {
    pub fn provenance(self) -> Provenance {
        let (zh, ja, en, date, status) = match self {
            Guide::Creator => (
                "卖家指南：乐天网红（达人）营销指南——卖家指南说法（未核实）",
                "販売ガイド：楽天のインフルエンサー（クリエイター）マーケティングガイド — 販売ガイドの主張（未検証）",
                "Seller guide: Rakuten influencer (creator) marketing guide — seller-guide claim (unverified)",
                "2026-03-21",
                Status::Unverified,
            ),
            Guide::TikTokAffiliate => (
                "卖家指南：TikTok Shop 日本联盟（LinkStar）指南——卖家指南说法",
                "販売ガイド：TikTok Shop Japan のアフィリエイト（LinkStar）ガイド — 販売ガイドの主張",
                "Seller guide: TikTok Shop Japan affiliate (LinkStar) guide — seller-guide claim",
                "2026-01-15",
                Status::Secondary1,
            ),
            Guide::Complaint => (
                "卖家指南：乐天投诉与降权风险指南（无日期）——卖家指南说法",
                "販売ガイド：楽天のクレームと降格リスクのガイド（日付なし）— 販売ガイドの主張",
                "Seller guide: Rakuten complaint and demotion risk guide (undated) — seller-guide claim",
                "n.d.",
                Status::Secondary1,
            ),
            Guide::Loyalty => (
                "卖家指南：TikTok 日本顾客忠诚度指南——卖家指南说法",
                "販売ガイド：TikTok Japan のロイヤルティ（リピーター育成）ガイド — 販売ガイドの主張",
                "Seller guide: TikTok Japan loyalty guide — seller-guide claim",
                "2025-07-14",
                Status::Secondary1,
            ),
        };
        Provenance::noted(Label::new(zh, ja, en), "", date, status)
    }
}

/// A value the caller typed in, replacing a preset.
pub fn user_entered() -> Provenance {
    Provenance::noted(
        Label::new(
            "用户输入（替代预设值）",
            "ユーザーの入力（プリセットを置き換え）",
            "Entered by the user (replaces the preset)",
        ),
        "",
        "n.d.",
        Status::Unverified,
    )
}

/// A default jpseller had to choose because no source names one; always editable. `what` says
/// which, in zh / ja / en.
pub fn jpseller_default(what: [&str; 3]) -> Provenance {
    let [zh, ja, en] = what;
    Provenance::noted(
        Label {
            zh: format!("jpseller 默认值（{zh}）；没有来源给出具体数值——请自行修改"),
            ja: format!("jpseller の既定値（{ja}）。数値を示す出典がないため、編集してください"),
            en: format!("jpseller default ({en}); no source names a value — edit it"),
        },
        "",
        "n.d.",
        Status::Unverified,
    )
}

/// `numerator / denominator` as a percentage rounded half-up to 2 decimals, for display only —
/// band decisions compare the exact fraction. `None` when the denominator is 0.
pub fn percent(numerator: u64, denominator: u64) -> Option<Decimal> {
    // u64::MAX × 100 ≈ 1.8e21 fits in Decimal; `checked_div` is `None` only for denominator 0.
    let exact = Decimal::from(numerator)
        .checked_mul(Decimal::ONE_HUNDRED)?
        .checked_div(Decimal::from(denominator))?;
    Some(exact.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero).normalize())
}

/// Exact test of `numerator / denominator × 100 > threshold` (threshold in percent).
pub fn exceeds_percent(numerator: u64, denominator: u64, threshold: Decimal) -> bool {
    // numerator × 100 ≤ 1.9e21 always fits; a threshold × denominator past Decimal::MAX (7.9e28)
    // is larger than any numerator × 100, so the rate does not exceed it.
    let Some(scaled) = Decimal::from(numerator).checked_mul(Decimal::ONE_HUNDRED) else {
        return false;
    };
    denominator > 0
        && threshold
            .checked_mul(Decimal::from(denominator))
            .is_some_and(|limit| scaled > limit)
}

/// A non-negative decimal input (thresholds, unit counts, multipliers) accepted as a decimal
/// string or a JS number, at most 10^12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct NonNegative(pub Decimal);

impl<'de> serde::Deserialize<'de> for NonNegative {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<NonNegative, D::Error> {
        use crate::error::code;
        use crate::input::coded;
        use crate::money::number::{decimal_from_f64, parse_decimal, MAX_PLACES};
        // The one number grammar (src/money/number.rs): a plain decimal string or a JS number.
        let parsed = match serde_json::Value::deserialize(d)? {
            serde_json::Value::Number(n) => match (n.as_u64(), n.as_f64()) {
                (Some(whole), _) => Ok(Decimal::from(whole)),
                (None, Some(v)) => decimal_from_f64(v, MAX_PLACES),
                (None, None) => Err(format!("{n} is not a number")),
            },
            serde_json::Value::String(s) => parse_decimal(&s, MAX_PLACES),
            _ => return Err(coded(code::INVALID_INPUT, "must be a non-negative number or decimal string")),
        };
        match parsed {
            Ok(v) if v >= Decimal::ZERO && v <= Decimal::from(1_000_000_000_000i64) => Ok(NonNegative(v.normalize())),
            Ok(v) => Err(coded(code::OUT_OF_RANGE, format_args!("{v} is outside 0–10^12"))),
            Err(why) => Err(coded(code::INVALID_INPUT, why)),
        }
    }
}

impl serde::Serialize for NonNegative {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}
