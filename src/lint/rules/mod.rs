//! The rule catalog (compliance.md §6 plus the seller-guide rules), one file per rule family.
//! Every rule is a `Rule` literal: metadata, citation, patterns, context and NG/OK examples
//! (`lint::tests::every_rule_example_holds` runs all of them).

mod cosmetics;
mod goods;
mod health;
mod keihyo;
mod language;
pub(crate) use language::simplified_only;
mod platform;
mod seller;
mod stealth;

use super::rule::{Citation, Rule, Text};

/// A zh/ja/en text literal.
pub(crate) const fn t(zh: &'static str, ja: &'static str, en: &'static str) -> Text {
    Text { zh, ja, en }
}

pub(crate) const fn cite(law: &'static str, article: &'static str, url: &'static str, date: &'static str) -> Citation {
    Citation { law, article, url, date }
}

/// Every rule, in catalog order (景表法, ステマ, 化粧品, 健康食品, 雑貨, platforms, language, seller guides).
pub static CATALOG: &[&Rule] = &[
    &keihyo::NO1,
    &keihyo::NO1_BASIS,
    &keihyo::HIGH_PERCENT,
    &keihyo::FIRST,
    &keihyo::SUPERLATIVE,
    &keihyo::ABSOLUTE,
    &keihyo::CHEAPEST,
    &keihyo::DOUBLE_PRICE,
    &keihyo::URGENCY,
    &keihyo::BELIED_URGENCY,
    &keihyo::DISCLAIMER,
    &keihyo::FINE_PRINT,
    &keihyo::ORIGIN,
    &keihyo::REVIEW_REWARD,
    &stealth::MISSING,
    &stealth::UNSTATED,
    &stealth::PLACEMENT,
    &stealth::NEGATED,
    &stealth::WEAK,
    &stealth::TIKTOK,
    &stealth::RAKUTEN_ROOM,
    &cosmetics::RANGE,
    &cosmetics::SPOT,
    &cosmetics::WRINKLE,
    &cosmetics::AGE,
    &cosmetics::WHITE,
    &cosmetics::ACNE,
    &cosmetics::CELL,
    &cosmetics::DEEP,
    &cosmetics::SLIM,
    &cosmetics::DISEASE,
    &cosmetics::GUARANTEE,
    &cosmetics::MAX,
    &cosmetics::SPEED,
    &cosmetics::ENDORSE,
    &cosmetics::COMPARE,
    &cosmetics::FEAR,
    &cosmetics::BEFORE_AFTER,
    &cosmetics::TESTIMONIAL,
    &keihyo::GOODS_TESTIMONIAL,
    &cosmetics::QUASI,
    &cosmetics::SENSITIVE,
    &cosmetics::HAIR,
    &health::DISEASE,
    &health::DISEASE_NAME,
    &health::FUNCTION,
    &health::NAME,
    &health::DOSE,
    &health::INGREDIENT,
    &health::FFC,
    &health::WEIGHT,
    &health::FOOD_LABEL,
    &goods::DEVICE,
    &goods::BEAUTY_DEVICE,
    &goods::APPAREL_LABEL,
    &goods::SIZE_TABLE,
    &goods::PSE,
    &platform::RK_RANK,
    &platform::RK_PRICE,
    &platform::RK_REQ,
    &platform::RK_EXT,
    &platform::MARKETPLACE_EXT,
    &platform::RK_REVIEW,
    &platform::TT_CLAIM,
    &platform::TT_PRICE,
    &platform::TT_LINK,
    &platform::AZ_TITLE,
    &platform::AZ_DISEASE,
    &language::ZH,
    &language::MIX,
    &language::KEIGO,
    &language::WIDTH,
    &seller::DURABLE,
    &seller::REPLY_TONE,
    &seller::THANKS_NAME,
    &seller::RAKUTEN_TAG,
    &seller::BLANKET_BAN,
];

// Shared citations.
pub(crate) const KEIHYO_QUALITY: Citation = cite(
    "景品表示法（不当景品類及び不当表示防止法）",
    "5条1号（優良誤認）・7条2項（不実証広告規制）",
    "https://www.caa.go.jp/policies/policy/representation/fair_labeling/",
    "2024-10-01",
);
pub(crate) const YAKKI_66: Citation = cite(
    "医薬品医療機器等法（薬機法）66条1項／医薬品等適正広告基準",
    "第4の3(2)（化粧品の効能効果の範囲：平成23年7月21日 薬食発0721第1号 56項目）",
    "https://www.cftc.jp/kiyaku/kiyaku02-3.html",
    "2011-07-21",
);
pub(crate) const AD_STANDARD: &str = "医薬品等適正広告基準（平成29年9月29日 薬生発0929第4号）";
pub(crate) const AD_STANDARD_URL: &str = "https://www.hokeniryo.metro.tokyo.lg.jp/anzen/iyaku/sonota/koukoku/siryou";
pub(crate) const NOTICE_46: Citation = cite(
    "無承認無許可医薬品の指導取締りについて（46通知）／薬機法68条／健康増進法65条",
    "別紙「医薬品の範囲に関する基準」（昭和46年6月1日 薬発第476号）",
    "https://www.nexpert-law.com/yakkihoiryoho/mushounin-torisimari",
    "1971-06-01",
);
pub(crate) const STEALTH: Citation = cite(
    "景品表示法5条3号／令和5年内閣府告示第19号（ステルスマーケティング告示）",
    "告示及び運用基準（令和5年3月28日）",
    "https://www.caa.go.jp/policies/policy/representation/fair_labeling/stealth_marketing/",
    "2023-10-01",
);
pub(crate) const SELLER_GUIDES: &str = "jpseller shared/reference/seller-guides.md";
