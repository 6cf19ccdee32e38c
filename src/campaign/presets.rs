//! Preset values with provenance. Platform rates come from the fee engine's rules (listed here for
//! the page); seller-guide numbers are opt-in and flagged unverified; model defaults (uncertainty
//! widths) are labelled as jpseller's own editable assumptions.

use crate::provenance::{Label, Provenance, Status};
use serde::Serialize;

/// jpseller's default uncertainty widths: modelling assumptions, not data.
pub fn model_default() -> Provenance {
    Provenance::noted(
        Label::new(
            "jpseller 模型默认值（这是你的输入：请按自己的历史数据修改）",
            "jpseller のモデル既定値（入力値です。ご自身の実績に合わせて編集してください）",
            "jpseller model default (your input: edit to your own history)",
        ),
        "",
        "2026-11-20",
        Status::Unverified,
    )
}

/// The seller-guide "Rakuten creator campaign" numbers, as an opt-in hypothetical preset.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatorCampaignPreset {
    pub label: &'static str,
    /// Why every number is to be checked (English).
    pub warning: &'static str,
    /// `warning` in zh / ja / en.
    pub warning_note: Label,
    /// Monthly base-fee tiers claimed by the guide, yen.
    pub monthly_base_fee_tiers: [u32; 4],
    pub commission_rate_range: [f64; 2],
    /// Claimed extra commission for creators with > 100k followers (relative, +30 %).
    pub large_creator_commission_uplift: f64,
    pub large_creator_followers: u64,
    /// Claimed video vs image performance uplift (+45 %), applied to views per post.
    pub video_uplift: f64,
    /// Claimed exclusive-coupon effects: +2 points of commission and +32 % AOV.
    pub coupon_extra_commission_points: f64,
    pub coupon_aov_uplift: f64,
    /// Claimed conversion: creator-recommended vs organic search.
    pub creator_cvr: f64,
    pub organic_cvr: f64,
    pub settlement_days: u32,
    pub provenance: Provenance,
}

const CREATOR_CAMPAIGN_WARNING: &str = "Every number comes from one article (10100.com, 2026-03-21) whose program and reports could not be found anywhere else; Rakuten documents only Affiliate/ROOM. Edit each value before relying on it.";

pub fn rakuten_creator_campaign() -> CreatorCampaignPreset {
    CreatorCampaignPreset {
        label: "Creator campaign — seller-guide claim (unverified)",
        warning: CREATOR_CAMPAIGN_WARNING,
        warning_note: Label::new(
            "所有数字都来自同一篇文章（10100.com，2026-03-21），文中的计划和报告在别处都查不到；乐天官方只公开了乐天联盟和 ROOM。使用前请逐项核对修改。",
            "数値はすべて 1 本の記事（10100.com、2026-03-21）によるもので、その施策やレポートはほかでは確認できませんでした。楽天が公開しているのは楽天アフィリエイトと ROOM だけです。使う前に各値を確認・編集してください。",
            CREATOR_CAMPAIGN_WARNING,
        ),
        monthly_base_fee_tiers: [500_000, 1_000_000, 2_000_000, 3_000_000],
        commission_rate_range: [0.05, 0.08],
        large_creator_commission_uplift: 0.30,
        large_creator_followers: 100_000,
        video_uplift: 0.45,
        coupon_extra_commission_points: 0.02,
        coupon_aov_uplift: 0.32,
        creator_cvr: 0.087,
        organic_cvr: 0.021,
        settlement_days: 15,
        provenance: Provenance::noted(
            Label::new(
                "卖家指南说法（未核实）：10100.com《Rakuten红人营销推荐指南》2026-03-21（fees.md §1.4）",
                "販売ガイドの主張（未検証）：10100.com「Rakuten红人营销推荐指南」2026-03-21（fees.md §1.4）",
                "Seller-guide claim (unverified): 10100.com 「Rakuten红人营销推荐指南」 2026-03-21 (fees.md §1.4)",
            ),
            "https://www.10100.com/encyclopedia/6/118949960",
            "2026-03-21",
            Status::Unverified,
        ),
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RatePreset {
    pub id: &'static str,
    pub label: &'static str,
    pub value: f64,
    pub provenance: Provenance,
}

/// A fee-engine rule the campaign economics use, with its source.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeeRule {
    pub id: String,
    pub label: crate::fees::Label,
    pub calc: crate::fees::calc::Calc,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Presets {
    /// The fee engine's rules for creator and affiliate campaigns, in force on the data review date
    /// (replace any of them with `fees.overrides`).
    pub fee_rules: Vec<FeeRule>,
    pub rakuten_creator_campaign: CreatorCampaignPreset,
    /// TikTok JP affiliate commission: seller-set; JP guides say 10–20 % is common.
    pub tiktok_commission_typical: [f64; 2],
    pub tiktok_commission_provenance: Provenance,
    pub model_defaults: Vec<RatePreset>,
}

/// The fee-engine rules a campaign touches.
const CAMPAIGN_RULES: [(&str, &str); 6] = [
    ("tiktok", "tiktok.referral_fee"),
    ("tiktok", "tiktok.new_seller_fee"),
    ("tiktok", "tiktok.creator_commission"),
    ("rakuten", "rakuten.affiliate_reward"),
    ("rakuten", "rakuten.affiliate_system_fee"),
    ("rakuten", "rakuten.pay_fee"),
];

/// `campaignPresets()`: every preset with its source, so the page can show them beside inputs.
pub fn presets() -> crate::error::Result<Presets> {
    let day = crate::fees::order::default_day();
    let mut fee_rules = Vec::new();
    for (platform, id) in CAMPAIGN_RULES {
        let p = crate::fees::Registry::builtin()?.platform(platform)?;
        let plan = if platform == "tiktok" { "local" } else { "standard" };
        let rule = p.rule(id, plan, None, day)?;
        fee_rules.push(FeeRule {
            id: rule.id.clone(),
            label: rule.label.clone(),
            calc: rule.calc.clone(),
            provenance: rule.provenance.clone(),
        });
    }
    let defaults = crate::campaign::scenario::Uncertainty::default();
    let model = |id, label, value| RatePreset {
        id,
        label,
        value,
        provenance: model_default(),
    };
    Ok(Presets {
        fee_rules,
        rakuten_creator_campaign: rakuten_creator_campaign(),
        tiktok_commission_typical: [0.10, 0.20],
        tiktok_commission_provenance: Provenance::noted(
            Label::new(
                "TikTok Shop 日本的联盟佣金由卖家自行设定；日本的指南称一般为 5–20 %，常见 10–20 %（cbalist、commercepick；fees.md §2）",
                "TikTok Shop 日本のアフィリエイト報酬率は出品者が決めます。国内のガイドでは通常 5〜20 %、多いのは 10〜20 %（cbalist、commercepick；fees.md §2）",
                "TikTok Shop JP affiliate commission is seller-set; JP guides: usually 5–20 %, commonly 10–20 % (cbalist, commercepick; fees.md §2)",
            ),
            "https://cbalist.com/tiktokshop-fees",
            "2025-06-30",
            Status::Secondary1,
        ),
        model_defaults: vec![
            model("viewsSigmaLog", "Views per post: lognormal σ (log scale)", defaults.views_sigma_log),
            model("rateConcentration", "CTR/CVR: Beta concentration a+b", defaults.rate_concentration.unwrap_or(0.0)),
            model("aovSigmaLog", "AOV: lognormal σ", defaults.aov_sigma_log),
            model("returnConcentration", "Return rate: Beta concentration a+b", defaults.return_concentration.unwrap_or(0.0)),
            model("adsSigmaLog", "Ads GMV: lognormal σ around the curve", defaults.ads_sigma_log),
        ],
    })
}
