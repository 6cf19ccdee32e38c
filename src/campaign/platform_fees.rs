//! Platform fees for the campaign economics, taken from the fee engine (`crate::fees`), never
//! re-derived here.
//!
//! For each channel the simulator prices one order at the channel's AOV through
//! [`fees::estimate_order`] twice — without and with the creator's commission — and turns the
//! yen results into shares of the price the customer paid:
//! `platform take = (paid − profit without commission) ÷ paid` (platform fees plus the seller's
//! net consumption tax when JCT-registered), `commission take = (profit without − profit with) ÷
//! paid`. The fee engine's own rounding (per order, per rule) is therefore inside the shares.
//! The Rakuten affiliate system fee is monthly and banded, so it is charged on each draw's reward
//! total with the fee engine's rule ([`AffiliateSystemFee`]).

use super::scenario::{Collaboration, FeeSettings, Platform};
use crate::error::{code, Error, Result};
use crate::fees::lines::{with_invoice_tax, LineKind, Resolved};
use crate::fees::{self, estimate_order, OrderInput, Overrides, PlatformId};
use crate::money::{Percent, Rounding, Yen};
use crate::provenance::Provenance;
use std::sync::Mutex;

/// Per-order shares of the paid price, with the rules that produced them.
#[derive(Debug, Clone)]
pub struct Take {
    pub platform: f64,
    pub commission: f64,
    pub provenance: Vec<Provenance>,
}

fn platform_id(platform: Platform) -> PlatformId {
    match platform {
        Platform::TiktokShopJp => PlatformId::Tiktok,
        Platform::Rakuten => PlatformId::Rakuten,
    }
}

/// The fee engine's `overrides` decoded from the scenario's JSON (same decoder, same errors).
pub fn overrides(settings: &FeeSettings) -> Result<Overrides> {
    match &settings.overrides {
        None => Ok(Overrides::new()),
        Some(value) => crate::input::decode(value.clone()).map_err(|e| e.within("fees.overrides")),
    }
}

fn order_input(settings: &FeeSettings, overrides: &Overrides, platform: Platform, price: Yen, discount: Yen) -> OrderInput {
    let mut input = OrderInput::new(platform_id(platform), price);
    input.as_of = settings.as_of;
    input.discount = discount;
    input.jct_registered = settings.jct_registered;
    input.overrides = overrides.clone();
    match platform {
        Platform::TiktokShopJp => {
            input.plan = settings.tiktok_shop_jp.plan.clone();
            input.tiktok = Some(fees::tiktok::Options {
                new_seller: settings.tiktok_shop_jp.new_seller.as_ref().map(|n| fees::tiktok::NewSeller {
                    registered_on: n.registered_on,
                    listed_three_within_45_days: n.listed_three_within_45_days,
                }),
                ..Default::default()
            });
        }
        Platform::Rakuten => {
            let r = &settings.rakuten;
            input.plan = r.plan.clone();
            input.rakuten = Some(fees::rakuten::Options {
                device: r.device.unwrap_or_default(),
                monthly_sales: r.monthly_sales,
                points_rate: r.points_rate,
                ..Default::default()
            });
        }
    }
    input
}

fn push_unique(list: &mut Vec<Provenance>, p: &Provenance) {
    if !list.contains(p) {
        list.push(p.clone());
    }
}

/// The platform and commission shares of one order at list price `aov` with a seller-funded
/// `discount_rate` (fraction), for a creator paid `commission` under `collaboration` (None: ads).
pub fn channel_take(
    settings: &FeeSettings,
    overrides: &Overrides,
    platform: Platform,
    aov: f64,
    discount_rate: f64,
    commission: Option<(Collaboration, Percent)>,
) -> Result<Take> {
    // f64 → yen through the range-checked `yen` (a NaN or 1e300 AOV is an error, not a clamp).
    let price = super::report::yen(aov).map_err(|e| e.within("aov"))?;
    // The coupon in whole yen per order, as the customer sees it (half-up; then already whole).
    let discount = super::report::yen((aov * discount_rate).round()).map_err(|e| e.within("discount"))?;
    let base = order_input(settings, overrides, platform, price, discount);
    let without = estimate_order(fees::Registry::builtin()?, base.clone()).map_err(|e| e.within("fees"))?;
    let paid = without.revenue.total.0 as f64;
    if paid <= 0.0 {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "product.aov",
            "the price after discount must be above ¥0",
        ));
    }
    let mut provenance = Vec::new();
    without.lines.iter().for_each(|l| push_unique(&mut provenance, &l.provenance));
    let platform_take = (paid - without.profit.0 as f64) / paid;
    let commission_take = match commission {
        None => 0.0,
        Some((Collaboration::Open | Collaboration::Targeted, rate)) => {
            let mut input = base;
            if let Some(options) = input.tiktok.as_mut() {
                options.creator_commission_rate = Some(rate);
            }
            let with = estimate_order(fees::Registry::builtin()?, input).map_err(|e| e.within("fees"))?;
            with.lines
                .iter()
                .filter(|l| l.kind == LineKind::Affiliate)
                .for_each(|l| push_unique(&mut provenance, &l.provenance));
            (without.profit.0 as f64 - with.profit.0 as f64) / paid
        }
        Some((Collaboration::Affiliate, rate)) => {
            // Only the reward here: its system fee is banded on the month's total rewards.
            let mut input = base;
            if let Some(options) = input.rakuten.as_mut() {
                options.affiliate_rate = Some(rate);
            }
            let with = estimate_order(fees::Registry::builtin()?, input).map_err(|e| Error::new(e.code, "commissionRate", e.message))?;
            let reward = with.lines.iter().find(|l| l.id == "rakuten.affiliate_reward").ok_or_else(|| {
                Error::new(
                    code::INVALID_INPUT,
                    "commissionRate",
                    "the fee engine returned no affiliate reward line",
                )
            })?;
            push_unique(&mut provenance, &reward.provenance);
            let cost = if settings.jct_registered { reward.net } else { reward.gross };
            cost.0 as f64 / paid
        }
        // The seller guide's hypothetical programme: a plain share of the paid price.
        Some((Collaboration::CreatorCampaign, rate)) => super::scenario::fraction(rate),
    };
    Ok(Take {
        platform: platform_take,
        commission: commission_take,
        provenance,
    })
}

/// [`channel_take`] remembered per (fee settings, platform, AOV, discount, commission): creators on
/// the same terms, and the page's re-runs while typing, price each order once.
pub fn cached_take(
    settings: &FeeSettings,
    overrides: &Overrides,
    platform: Platform,
    aov: f64,
    discount_rate: f64,
    commission: Option<(Collaboration, Percent)>,
) -> Result<Take> {
    static MEMO: Mutex<Vec<(String, Take)>> = Mutex::new(Vec::new());
    const CAPACITY: usize = 256;
    let settings_json = serde_json::to_string(settings).unwrap_or_default();
    let key = format!("{settings_json}|{platform:?}|{aov}|{discount_rate}|{commission:?}");
    if let Ok(memo) = MEMO.lock() {
        if let Some((_, take)) = memo.iter().find(|(k, _)| *k == key) {
            return Ok(take.clone());
        }
    }
    let take = channel_take(settings, overrides, platform, aov, discount_rate, commission)?;
    if let Ok(mut memo) = MEMO.lock() {
        if memo.len() >= CAPACITY {
            memo.clear();
        }
        memo.push((key, take.clone()));
    }
    Ok(take)
}

/// The Rakuten affiliate system fee on a month's rewards, by the fee engine's rule (marginal
/// bands, its rounding, the caller's overrides), as a cost: net when JCT-registered (the tax is
/// credited), tax-inclusive otherwise.
#[derive(Debug, Clone)]
pub struct AffiliateSystemFee {
    resolved: Resolved,
    registered: bool,
    /// (rewards, fee) at 0 and at every band edge of a marginal rule, plus the last band's slope:
    /// the fee is linear between edges, so draws interpolate instead of re-running the rule.
    knots: Option<(Vec<(f64, f64)>, f64)>,
}

impl AffiliateSystemFee {
    pub fn new(settings: &FeeSettings, overrides: &Overrides) -> Result<AffiliateSystemFee> {
        let platform = fees::Registry::builtin()?.platform("rakuten")?;
        let plan = settings
            .rakuten
            .plan
            .clone()
            .unwrap_or_else(|| PlatformId::Rakuten.default_plan().to_string());
        let day = settings.as_of.unwrap_or_else(fees::order::default_day);
        let rule = platform
            .rule("rakuten.affiliate_system_fee", &plan, None, day)
            .map_err(|e| e.within("fees"))?;
        let resolved = Resolved::new(rule, overrides).map_err(|e| e.within("fees"))?;
        let mut fee = AffiliateSystemFee {
            resolved,
            registered: settings.jct_registered,
            knots: None,
        };
        if let fees::calc::Calc::Marginal { bands } = &fee.resolved.rule.calc {
            let mut edges: Vec<f64> = std::iter::once(0.0)
                .chain(bands.iter().filter_map(|b| b.up_to.map(|y| y.0 as f64)))
                .collect();
            let last = edges.last().copied().unwrap_or(0.0);
            let beyond = last + 1_000_000.0;
            edges.push(beyond);
            let knots = edges.iter().map(|&x| Ok((x, fee.on(x)?))).collect::<Result<Vec<_>>>()?;
            let slope = (fee.on(beyond + 1_000_000.0)? - fee.on(beyond)?) / 1_000_000.0;
            fee.knots = Some((knots, slope));
        }
        Ok(fee)
    }

    /// The fee for a Monte Carlo draw: linear interpolation between the rule's exact values at its
    /// band edges (within the rule's ¥1 rounding of [`AffiliateSystemFee::on`]); other rule shapes
    /// are evaluated exactly.
    pub fn for_draw(&self, rewards: f64) -> Result<f64> {
        let Some((knots, slope)) = &self.knots else {
            return self.on(rewards);
        };
        if rewards.is_nan() || rewards <= 0.0 {
            return Ok(0.0);
        }
        for (&(x0, y0), &(x1, y1)) in knots.iter().zip(knots.iter().skip(1)) {
            if rewards <= x1 {
                return Ok(y0 + (y1 - y0) * (rewards - x0) / (x1 - x0));
            }
        }
        let (x, y) = knots.last().copied().unwrap_or((0.0, 0.0));
        Ok(y + slope * (rewards - x))
    }

    pub fn provenance(&self) -> &Provenance {
        &self.resolved.rule.provenance
    }

    /// The fee on `rewards` yen of rewards (rounded half-even to whole yen first).
    pub fn on(&self, rewards: f64) -> Result<f64> {
        if rewards.is_nan() || rewards <= 0.0 {
            return Ok(0.0);
        }
        let base = super::report::yen(rewards)?;
        let exact = self.resolved.rule.calc.exact(base, None)?;
        let net = self.resolved.finish(exact.amount)?;
        if self.registered {
            return Ok(net.0 as f64);
        }
        let line = self.resolved.line(LineKind::Affiliate, Some(base), net, exact.weak_band);
        let lines = with_invoice_tax(vec![line], Rounding::Floor)?;
        Ok(lines.iter().map(|l| l.gross.0 as f64).sum())
    }

    /// Cost of one more yen of reward at a month total of `rewards` (for linear approximations).
    pub fn marginal_rate(&self, rewards: f64) -> Result<f64> {
        const STEP: f64 = 100_000.0;
        Ok((self.on(rewards + STEP)? - self.on(rewards)?) / STEP)
    }
}
