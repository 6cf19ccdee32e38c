//! The campaign scenario: what the seller types in (serde input, echoed back so a saved scenario
//! reproduces its results) and its validated, f64 form used by the simulator and the allocator.

use super::curve::{Curve, CurveSpec};
use super::economics::OrderEconomics;
use super::notice::Notice;
use super::platform_fees::{self, AffiliateSystemFee};
use super::presets;
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::fees::rakuten::Device;
use crate::money::{Percent, Yen};
use crate::provenance::Provenance;
use rust_decimal::prelude::ToPrimitive;
use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// Most creators or ad channels in one scenario; larger lists are rejected while decoding.
pub const MAX_ITEMS: usize = 1_000;
/// Most posts per creator.
pub const MAX_POSTS: u32 = 1_000;
/// Most Monte Carlo draws.
pub const MAX_DRAWS: u32 = 200_000;
pub const DEFAULT_DRAWS: u32 = 10_000;
/// Default seed when the caller gives none (the output always says which seed ran).
pub const DEFAULT_SEED: u64 = 20_261_120;
/// Changes whenever a seeded scenario would produce different numbers.
pub const ENGINE_VERSION: &str = concat!("jpseller-campaign/", env!("CARGO_PKG_VERSION"), "+2");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    TiktokShopJp,
    Rakuten,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Collaboration {
    /// TikTok open collaboration: the product's open commission rate.
    Open,
    /// TikTok targeted collaboration: the creator's own rate overrides the open rate.
    Targeted,
    /// Rakuten Affiliate / ROOM: store-set reward plus the affiliate system fee on rewards.
    Affiliate,
    /// The seller guide's Rakuten "creator campaign" (hypothetical, unverified).
    CreatorCampaign,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    #[default]
    Video,
    Live,
    Image,
}

/// A u64 seed given as a safe integer or a decimal string; serialized as a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed(pub u64);

impl Serialize for Seed {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Seed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Seed, D::Error> {
        struct SeedVisitor;
        impl Visitor<'_> for SeedVisitor {
            type Value = Seed;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a seed: a non-negative integer or a decimal string up to 2^64−1")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Seed, E> {
                Ok(Seed(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Seed, E> {
                u64::try_from(v)
                    .map(Seed)
                    .map_err(|_| crate::input::coded(code::OUT_OF_RANGE, "the seed must not be negative"))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Seed, E> {
                if v.is_finite() && v >= 0.0 && v.fract() == 0.0 && v <= 9_007_199_254_740_991.0 {
                    Ok(Seed(v as u64))
                } else {
                    Err(crate::input::coded(
                        code::OUT_OF_RANGE,
                        "the seed must be a whole number ≤ 2^53 (pass larger seeds as a string)",
                    ))
                }
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Seed, E> {
                v.parse()
                    .map(Seed)
                    .map_err(|_| crate::input::coded(code::INVALID_INPUT, "the seed string must be decimal digits up to 2^64−1"))
            }
        }
        d.deserialize_any(SeedVisitor)
    }
}

/// Decodes a list but stops with `out_of_range` past [`MAX_ITEMS`], before allocating the rest.
pub fn bounded<'de, D, T>(d: D) -> std::result::Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Bounded<T>(PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for Bounded<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "a list of at most {MAX_ITEMS} entries")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Vec<T>, A::Error> {
            let mut out = Vec::new();
            while let Some(item) = seq.next_element()? {
                if out.len() == MAX_ITEMS {
                    return Err(crate::input::coded(code::OUT_OF_RANGE, format_args!("at most {MAX_ITEMS} entries")));
                }
                out.push(item);
            }
            Ok(out)
        }
    }
    d.deserialize_seq(Bounded(PhantomData))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Product {
    /// Average list-price order value (tax-inclusive, as customers pay it).
    pub aov: Yen,
    /// Cost of goods as a % of the list price.
    pub cogs_rate: Percent,
    pub return_rate: Percent,
    /// Seller-funded discount on every order (creator coupons override it per creator).
    #[serde(default)]
    pub discount_rate: Percent,
    /// Fulfilment, packaging and payment cost per order.
    #[serde(default)]
    pub per_order_cost: Yen,
    /// Platform fee and commission are reversed on returned orders (default true).
    #[serde(default = "yes")]
    pub fees_refunded_on_returns: bool,
}

fn yes() -> bool {
    true
}

/// How the fee engine prices each channel's orders. Every platform rate comes from the fee
/// engine's dated, sourced rules; replace a preset with `overrides` keyed by rule id (see
/// `feeSchedules()`), e.g. `{"tiktok.referral_fee": {"rate": "5"}}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FeeSettings {
    /// Day whose rules apply (default: the fee data's review date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// JCT-registered seller: output tax on sales is owed and tax on fees credited (default true).
    #[serde(default = "yes")]
    pub jct_registered: bool,
    /// Fee-engine rule overrides, `{ "<rule id>": { rate | amount | bands | steps, min, max, rounding } }`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<serde_json::Value>,
    #[serde(default)]
    pub tiktok_shop_jp: TiktokFees,
    #[serde(default)]
    pub rakuten: RakutenFees,
}

impl Default for FeeSettings {
    fn default() -> Self {
        FeeSettings {
            as_of: None,
            jct_registered: true,
            overrides: None,
            tiktok_shop_jp: TiktokFees::default(),
            rakuten: RakutenFees::default(),
        }
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TiktokFees {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// New-seller rate (3 % for 90 days) when its conditions hold on `asOf`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_seller: Option<NewSeller>,
    /// The product's open-collaboration commission (targeted creators override it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open_commission_rate: Option<Percent>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewSeller {
    pub registered_on: Date,
    pub listed_three_within_45_days: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RakutenFees {
    /// Rakuten plan (default "standard").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<Device>,
    /// Expected monthly sales, which place the system fee in its bands (default: one order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_sales: Option<Yen>,
    /// Store point rate (default 1 %).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points_rate: Option<Percent>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Samples {
    pub count: u32,
    /// COGS plus shipping per sample.
    pub unit_cost: Yen,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Coupon {
    /// Seller-funded discount on this creator's orders (replaces the product discount).
    pub discount_rate: Percent,
    /// Expected AOV uplift from the coupon, % (e.g. 32).
    #[serde(default)]
    pub aov_uplift: Percent,
    /// Extra commission points paid for coupon orders (e.g. 2).
    #[serde(default)]
    pub extra_commission: Percent,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Creator {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub platform: Platform,
    /// Default: `open` on TikTok, `affiliate` on Rakuten.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collaboration: Option<Collaboration>,
    #[serde(default)]
    pub format: Format,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub followers: Option<u64>,
    /// Posts (videos or lives) in the plan. Default 1.
    #[serde(default = "one")]
    pub posts: u32,
    /// Expected (mean) views per post.
    pub views_per_post: f64,
    /// Each further post reaches this fraction of the previous one's views (fatigue); default 1.
    #[serde(default = "one_f64")]
    pub post_decay: f64,
    /// Product-click rate per view and order rate per click (means).
    pub ctr: Percent,
    pub cvr: Percent,
    /// Commission / reward rate on the paid price (see `Collaboration`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commission_rate: Option<Percent>,
    /// One-off fee when hired (guaranteed fee, base fee).
    #[serde(default)]
    pub flat_fee: Yen,
    #[serde(default)]
    pub fee_per_post: Yen,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub samples: Option<Samples>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coupon: Option<Coupon>,
    /// Overrides `uncertainty.viewsSigmaLog` for this creator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub views_sigma_log: Option<f64>,
    /// Allocator bounds: posts between `minPosts` and `maxPosts` (default 0 and `posts`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_posts: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_posts: Option<u32>,
    /// Allocator: keep exactly `posts` / never hire.
    #[serde(default)]
    pub locked: bool,
    #[serde(default)]
    pub excluded: bool,
}

fn one() -> u32 {
    1
}

fn one_f64() -> f64 {
    1.0
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AdChannel {
    pub id: String,
    pub platform: Platform,
    /// Planned spend.
    pub spend: Yen,
    /// GMV response to spend.
    pub curve: CurveSpec,
    /// Lognormal σ of GMV around the curve; default `uncertainty.adsSigmaLog`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sigma_log: Option<f64>,
    /// Allocator bounds (default 0 and the budget) and lock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_spend: Option<Yen>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_spend: Option<Yen>,
    #[serde(default)]
    pub locked: bool,
}

/// Uncertainty widths (jpseller model defaults, editable). `null` for a concentration, or 0 for a σ,
/// fixes that input at its mean.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Uncertainty {
    #[serde(default = "default_views_sigma")]
    pub views_sigma_log: f64,
    #[serde(default = "default_rate_concentration")]
    pub rate_concentration: Option<f64>,
    #[serde(default = "default_aov_sigma")]
    pub aov_sigma_log: f64,
    #[serde(default = "default_return_concentration")]
    pub return_concentration: Option<f64>,
    #[serde(default = "default_ads_sigma")]
    pub ads_sigma_log: f64,
}

fn default_views_sigma() -> f64 {
    0.8
}
fn default_rate_concentration() -> Option<f64> {
    Some(200.0)
}
fn default_aov_sigma() -> f64 {
    0.1
}
fn default_return_concentration() -> Option<f64> {
    Some(400.0)
}
fn default_ads_sigma() -> f64 {
    0.3
}

impl Default for Uncertainty {
    fn default() -> Self {
        Uncertainty {
            views_sigma_log: default_views_sigma(),
            rate_concentration: default_rate_concentration(),
            aov_sigma_log: default_aov_sigma(),
            return_concentration: default_return_concentration(),
            ads_sigma_log: default_ads_sigma(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Repeat {
    /// Probability a customer orders again in each following period.
    pub rate: Percent,
    /// Discount rate per period.
    #[serde(default)]
    pub discount_rate: Percent,
    /// Periods after the first order; omit for an infinite horizon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Attribution {
    /// Share of true attributed sales the platform's tracking sees (e.g. 50 without a pixel).
    #[serde(default = "hundred")]
    pub coverage: Percent,
    /// Share of attributed sales that would not have happened anyway.
    #[serde(default = "hundred")]
    pub incrementality: Percent,
}

fn hundred() -> Percent {
    Percent(rust_decimal::Decimal::ONE_HUNDRED)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CampaignInput {
    /// The engine that produced a saved scenario; a mismatch adds a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub engine_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<Seed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draws: Option<u32>,
    pub product: Product,
    #[serde(default)]
    pub fees: FeeSettings,
    #[serde(default, deserialize_with = "bounded")]
    pub creators: Vec<Creator>,
    #[serde(default, deserialize_with = "bounded")]
    pub ads: Vec<AdChannel>,
    #[serde(default)]
    pub uncertainty: Uncertainty,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<Repeat>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Attribution>,
    /// Organic (non-campaign) sales in the same period, for TACoS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organic_sales: Option<Yen>,
}

pub(crate) fn fraction(p: Percent) -> f64 {
    p.fraction().to_f64().unwrap_or(0.0)
}

/// A creator ready for simulation: every rate a fraction, every amount f64 yen.
#[derive(Debug, Clone)]
pub struct CreatorModel {
    pub id: String,
    pub platform: Platform,
    pub collaboration: Collaboration,
    pub format: Format,
    pub followers: Option<u64>,
    pub posts: u32,
    pub min_posts: u32,
    pub max_posts: u32,
    pub locked: bool,
    pub excluded: bool,
    pub views_per_post: f64,
    pub post_decay: f64,
    pub ctr: f64,
    pub cvr: f64,
    pub views_sigma_log: f64,
    pub economics: OrderEconomics,
    /// Commission counts toward the Rakuten affiliate reward total (system fee applies).
    pub pays_affiliate_system_fee: bool,
    pub flat_fee: f64,
    pub fee_per_post: f64,
    pub samples_cost: f64,
}

impl CreatorModel {
    /// Effective posts after fatigue: `Σ_{k<n} θᵏ`.
    pub fn effective_posts(&self, posts: u32) -> f64 {
        if self.post_decay == 1.0 {
            posts as f64
        } else {
            (1.0 - libm::pow(self.post_decay, posts as f64)) / (1.0 - self.post_decay)
        }
    }

    /// What the creator costs in fixed fees for `posts` posts (nothing when not hired).
    pub fn fixed_cost(&self, posts: u32) -> f64 {
        if posts == 0 {
            0.0
        } else {
            self.flat_fee + self.fee_per_post * posts as f64 + self.samples_cost
        }
    }

    /// Expected orders for `posts` posts at the mean rates.
    pub fn expected_orders(&self, posts: u32) -> f64 {
        self.views_per_post * self.effective_posts(posts) * self.ctr * self.cvr
    }
}

#[derive(Debug, Clone)]
pub struct AdModel {
    pub id: String,
    pub platform: Platform,
    pub spend: f64,
    pub curve: Curve,
    pub sigma_log: f64,
    pub economics: OrderEconomics,
    pub min_spend: f64,
    pub max_spend: Option<f64>,
    pub locked: bool,
}

#[derive(Debug, Clone)]
pub struct Model {
    pub seed: u64,
    pub draws: u32,
    pub aov: f64,
    pub creators: Vec<CreatorModel>,
    pub ads: Vec<AdModel>,
    /// The Rakuten affiliate system fee (present when an affiliate creator is).
    pub system_fee: Option<AffiliateSystemFee>,
    pub aov_sigma_log: f64,
    pub returns_mean: f64,
    pub return_concentration: Option<f64>,
    pub rate_concentration: Option<f64>,
    pub repeat: Option<(f64, f64, Option<u32>)>,
    pub coverage: f64,
    pub incrementality: f64,
    pub organic_sales: Option<f64>,
    /// Product economics without commission (the base every channel starts from).
    pub base: OrderEconomics,
    pub provenance: Vec<Provenance>,
    pub warnings: Vec<Notice>,
}

fn sigma(value: f64, field: &str) -> Result<f64> {
    if value.is_finite() && (0.0..=5.0).contains(&value) {
        Ok(value)
    } else {
        Err(Error::new(code::OUT_OF_RANGE, field, "σ (log scale) must be between 0 and 5"))
    }
}

fn concentration(value: Option<f64>, field: &str) -> Result<Option<f64>> {
    match value {
        Some(k) if !(k.is_finite() && k > 0.0 && k <= 1e9) => Err(Error::new(
            code::OUT_OF_RANGE,
            field,
            "a Beta concentration must be > 0 and ≤ 10^9 (null for none)",
        )),
        other => Ok(other),
    }
}

fn push_unique(list: &mut Vec<Provenance>, p: Provenance) {
    if !list.contains(&p) {
        list.push(p);
    }
}

impl CampaignInput {
    /// Validates the scenario and turns it into the f64 model. Every problem is a structured error
    /// with the path of the offending field.
    pub fn compile(&self) -> Result<Model> {
        let mut provenance = Vec::new();
        let mut warnings = Vec::new();
        if let Some(version) = &self.engine_version {
            if version != ENGINE_VERSION {
                warnings.push(Notice::new(
                    "engine_version_mismatch",
                    format!("此方案由 {version} 保存，当前引擎是 {ENGINE_VERSION}，即使随机种子相同，结果也可能不同"),
                    format!("このシナリオは {version} で保存されました。現在のエンジンは {ENGINE_VERSION} のため、同じ乱数シードでも結果が変わることがあります"),
                    format!("this scenario was saved by {version}; this is {ENGINE_VERSION}, so seeded results may differ"),
                ));
            }
        }
        let draws = self.draws.unwrap_or(DEFAULT_DRAWS);
        if draws == 0 || draws > MAX_DRAWS {
            return Err(Error::new(code::OUT_OF_RANGE, "draws", format!("between 1 and {MAX_DRAWS}")));
        }
        let p = &self.product;
        if p.aov.0 <= 0 {
            return Err(Error::new(code::OUT_OF_RANGE, "product.aov", "the average order value must be > 0"));
        }
        let aov = p.aov.0 as f64;
        let base = OrderEconomics {
            aov,
            cogs: fraction(p.cogs_rate),
            returns: fraction(p.return_rate),
            discount: fraction(p.discount_rate),
            platform_fee: 0.0,
            commission: 0.0,
            per_order_cost: p.per_order_cost.0 as f64,
            fees_refunded_on_returns: p.fees_refunded_on_returns,
        };
        let u = &self.uncertainty;
        let views_sigma = sigma(u.views_sigma_log, "uncertainty.viewsSigmaLog")?;
        let rate_concentration = concentration(u.rate_concentration, "uncertainty.rateConcentration")?;
        let return_concentration = concentration(u.return_concentration, "uncertainty.returnConcentration")?;
        let aov_sigma_log = sigma(u.aov_sigma_log, "uncertainty.aovSigmaLog")?;
        let ads_sigma = sigma(u.ads_sigma_log, "uncertainty.adsSigmaLog")?;
        if u.views_sigma_log > 0.0 || rate_concentration.is_some() {
            push_unique(&mut provenance, presets::model_default());
        }

        let overrides = platform_fees::overrides(&self.fees)?;
        let mut ids = std::collections::BTreeSet::new();
        let mut creators = Vec::with_capacity(self.creators.len());
        for (i, c) in self.creators.iter().enumerate() {
            let field = format!("creators[{i}]");
            let mut fee_take = |platform, aov, discount, commission| -> Result<(f64, f64)> {
                let take = platform_fees::cached_take(&self.fees, &overrides, platform, aov, discount, commission)?;
                take.provenance.iter().for_each(|p| push_unique(&mut provenance, p.clone()));
                Ok((take.platform, take.commission))
            };
            let model = compile_creator(c, &base, views_sigma, &self.fees, &mut fee_take).map_err(|e| {
                if e.field.starts_with("fees") {
                    e
                } else {
                    e.within(&field)
                }
            })?;
            if !ids.insert(c.id.clone()) {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    format!("{field}.id"),
                    format!("duplicate id {:?}", c.id),
                ));
            }
            if model.collaboration == Collaboration::CreatorCampaign {
                push_unique(&mut provenance, presets::rakuten_creator_campaign().provenance);
                warnings.push(Notice::new(
                    "creator_campaign_unverified",
                    format!("达人“{}”使用的是卖家指南描述的“达人活动”模型，未经核实", c.id),
                    format!(
                        "クリエイター「{}」は販売ガイドが記す「クリエイターキャンペーン」のモデルを使っています（未検証）",
                        c.id
                    ),
                    format!(
                        "creator {:?} uses the seller-guide \"creator campaign\" model, which is unverified",
                        c.id
                    ),
                ));
            }
            creators.push(model);
        }
        let mut ads = Vec::with_capacity(self.ads.len());
        for (i, a) in self.ads.iter().enumerate() {
            let field = format!("ads[{i}]");
            let curve = a.curve.validate().map_err(|e| e.within(&format!("{field}.curve")))?;
            let take = platform_fees::cached_take(&self.fees, &overrides, a.platform, base.aov, base.discount, None)
                .map_err(|e| e.within(&field))?;
            take.provenance.iter().for_each(|p| push_unique(&mut provenance, p.clone()));
            let platform_fee = take.platform;
            if !ids.insert(a.id.clone()) {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    format!("{field}.id"),
                    format!("duplicate id {:?}", a.id),
                ));
            }
            let sigma_log = sigma(a.sigma_log.unwrap_or(ads_sigma), &format!("{field}.sigmaLog"))?;
            let min_spend = a.min_spend.map_or(0.0, |y| y.0 as f64);
            let max_spend = a.max_spend.map(|y| y.0 as f64);
            if max_spend.is_some_and(|max| max < min_spend) {
                return Err(Error::new(
                    code::OUT_OF_RANGE,
                    format!("{field}.maxSpend"),
                    "maxSpend is below minSpend",
                ));
            }
            ads.push(AdModel {
                id: a.id.clone(),
                platform: a.platform,
                spend: a.spend.0 as f64,
                curve,
                sigma_log,
                economics: OrderEconomics { platform_fee, ..base },
                min_spend,
                max_spend,
                locked: a.locked,
            });
        }
        if creators.is_empty() && ads.is_empty() {
            return Err(Error::new(
                code::INVALID_INPUT,
                "creators",
                "add at least one creator or ad channel",
            ));
        }

        let system_fee = if creators.iter().any(|c| c.pays_affiliate_system_fee) {
            let fee = AffiliateSystemFee::new(&self.fees, &overrides)?;
            push_unique(&mut provenance, fee.provenance().clone());
            Some(fee)
        } else {
            None
        };
        let repeat = match &self.repeat {
            Some(r) => {
                let (rate, discount) = (fraction(r.rate), fraction(r.discount_rate));
                if rate >= 1.0 + discount && r.horizon.is_none() {
                    return Err(Error::new(
                        code::OUT_OF_RANGE,
                        "repeat.rate",
                        "an infinite horizon needs a repeat rate below 1 + discount rate",
                    ));
                }
                Some((rate, discount, r.horizon))
            }
            None => None,
        };
        let (coverage, incrementality) = match &self.attribution {
            Some(a) => (fraction(a.coverage), fraction(a.incrementality)),
            None => (1.0, 1.0),
        };
        Ok(Model {
            seed: self.seed.map_or(DEFAULT_SEED, |s| s.0),
            draws,
            aov,
            creators,
            ads,
            system_fee,
            aov_sigma_log,
            returns_mean: base.returns,
            return_concentration,
            rate_concentration,
            repeat,
            coverage,
            incrementality,
            organic_sales: self.organic_sales.map(|y| y.0 as f64),
            base,
            provenance,
            warnings,
        })
    }
}

fn compile_creator(
    c: &Creator,
    base: &OrderEconomics,
    default_views_sigma: f64,
    fees: &FeeSettings,
    fee_take: &mut impl FnMut(Platform, f64, f64, Option<(Collaboration, Percent)>) -> Result<(f64, f64)>,
) -> Result<CreatorModel> {
    if c.id.is_empty() || c.id.chars().count() > 100 {
        return Err(Error::new(code::INVALID_INPUT, "id", "an id of 1 to 100 characters is required"));
    }
    let collaboration = c.collaboration.unwrap_or(match c.platform {
        Platform::TiktokShopJp => Collaboration::Open,
        Platform::Rakuten => Collaboration::Affiliate,
    });
    let allowed = match c.platform {
        Platform::TiktokShopJp => matches!(collaboration, Collaboration::Open | Collaboration::Targeted),
        Platform::Rakuten => matches!(collaboration, Collaboration::Affiliate | Collaboration::CreatorCampaign),
    };
    if !allowed {
        return Err(Error::new(
            code::INVALID_INPUT,
            "collaboration",
            "open/targeted are TikTok Shop JP; affiliate/creator_campaign are Rakuten",
        ));
    }
    if c.posts > MAX_POSTS {
        return Err(Error::new(code::OUT_OF_RANGE, "posts", format!("at most {MAX_POSTS} posts")));
    }
    if !(c.views_per_post.is_finite() && (0.0..=1e10).contains(&c.views_per_post)) {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "viewsPerPost",
            "views per post must be between 0 and 10^10",
        ));
    }
    if !(c.post_decay.is_finite() && c.post_decay > 0.0 && c.post_decay <= 1.0) {
        return Err(Error::new(code::OUT_OF_RANGE, "postDecay", "must be in (0, 1]"));
    }
    let commission = match (collaboration, c.commission_rate, fees.tiktok_shop_jp.open_commission_rate) {
        // The targeted rate overrides the open rate (TikTok help "About open/target collaborations").
        (Collaboration::Targeted, Some(rate), _) => rate,
        (Collaboration::Targeted, None, _) => {
            return Err(Error::new(
                code::MISSING_FIELD,
                "commissionRate",
                "a targeted collaboration needs its own commission rate",
            ))
        }
        (Collaboration::Open, None, Some(open)) => open,
        (_, Some(rate), _) => rate,
        (_, None, _) => {
            return Err(Error::new(
                code::MISSING_FIELD,
                "commissionRate",
                "give the commission rate (or fees.tiktokShopJp.openCommissionRate for open collaborations)",
            ))
        }
    };
    let (discount, aov_uplift, commission) = match &c.coupon {
        Some(coupon) => {
            // Two percentages of at most 100 each: the sum always fits.
            let total = commission
                .0
                .checked_add(coupon.extra_commission.0)
                .unwrap_or(rust_decimal::Decimal::MAX);
            if total > rust_decimal::Decimal::ONE_HUNDRED {
                return Err(Error::new(
                    code::OUT_OF_RANGE,
                    "commissionRate",
                    "commission plus coupon points exceed 100 %",
                ));
            }
            (fraction(coupon.discount_rate), fraction(coupon.aov_uplift), Percent(total))
        }
        None => (base.discount, 0.0, commission),
    };
    let aov = base.aov * (1.0 + aov_uplift);
    let (platform_fee, commission) = fee_take(c.platform, aov, discount, Some((collaboration, commission)))?;
    let min_posts = c.min_posts.unwrap_or(0);
    let max_posts = c.max_posts.unwrap_or(c.posts);
    if max_posts > MAX_POSTS || min_posts > max_posts {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "maxPosts",
            format!("need minPosts ≤ maxPosts ≤ {MAX_POSTS}"),
        ));
    }
    if c.locked && c.excluded {
        return Err(Error::new(
            code::INVALID_INPUT,
            "locked",
            "a creator cannot be both locked and excluded",
        ));
    }
    let samples_cost = c.samples.as_ref().map_or(0.0, |s| s.count as f64 * s.unit_cost.0 as f64);
    let views_sigma_log = sigma(c.views_sigma_log.unwrap_or(default_views_sigma), "viewsSigmaLog")?;
    Ok(CreatorModel {
        id: c.id.clone(),
        platform: c.platform,
        collaboration,
        format: c.format,
        followers: c.followers,
        posts: c.posts,
        min_posts,
        max_posts,
        locked: c.locked,
        excluded: c.excluded,
        views_per_post: c.views_per_post,
        post_decay: c.post_decay,
        ctr: fraction(c.ctr),
        cvr: fraction(c.cvr),
        views_sigma_log,
        economics: OrderEconomics {
            aov,
            discount,
            platform_fee,
            commission,
            ..*base
        },
        pays_affiliate_system_fee: collaboration == Collaboration::Affiliate,
        flat_fee: c.flat_fee.0 as f64,
        fee_per_post: c.fee_per_post.0 as f64,
        samples_cost,
    })
}
