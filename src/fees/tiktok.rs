//! TikTok Shop Japan: one tax-inclusive referral fee that includes payment processing (7 %, or
//! 3 % for a new seller's first 90 days when ≥ 3 products were listed within 45 days), a
//! configurable fee base, creator commission and samples.

use super::calc::Calc;
use super::lines::{Draft, LineKind};
use super::order::Order;
use super::schedule::{Label, Scope, TaxTreatment};
use crate::dates::business;
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::money::{Percent, Yen};
use crate::tax::{Quantity, TaxRate};
use serde::Deserialize;

pub const NEW_SELLER_DAYS: i32 = 90;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewSeller {
    /// The day the shop registered.
    pub registered_on: Date,
    /// At least 3 products were listed within 45 days of registering.
    pub listed_three_within_45_days: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Samples {
    pub count: Quantity,
    /// Cost of goods per sample.
    pub cogs: Yen,
    /// Shipping per sample.
    #[serde(default)]
    pub shipping: Yen,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// Does the referral fee base include shipping paid by the customer? Sources conflict
    /// (cbalist, tt123: the transaction total; huanp: no). Default true.
    #[serde(default = "yes")]
    pub fee_base_includes_shipping: bool,
    /// Is the referral fee base tax-inclusive? Sources conflict (tt123: the transaction total;
    /// huanp: excluding tax). Default true; false uses the tax-exclusive items (and shipping).
    #[serde(default = "yes")]
    pub fee_base_includes_tax: bool,
    #[serde(default)]
    pub new_seller: Option<NewSeller>,
    /// Creator commission rate on the item price (open or targeted collaboration).
    #[serde(default)]
    pub creator_commission_rate: Option<Percent>,
    /// Samples sent for this order's campaign (count × (cogs + shipping)).
    #[serde(default)]
    pub samples: Option<Samples>,
    /// Order completion day: the payout date is 15 bank business days later ([`payout_on`]).
    #[serde(default)]
    pub completed_on: Option<Date>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            fee_base_includes_shipping: true,
            fee_base_includes_tax: true,
            new_seller: None,
            creator_commission_rate: None,
            samples: None,
            completed_on: None,
        }
    }
}

fn yes() -> bool {
    true
}

/// Is the new-seller rate in force on `day`? (90 days from registration, counting that day.)
pub fn new_seller_applies(new_seller: &Option<NewSeller>, day: Date) -> bool {
    new_seller.as_ref().is_some_and(|n| {
        let since = day.days_since(n.registered_on);
        n.listed_three_within_45_days && (0..NEW_SELLER_DAYS).contains(&since)
    })
}

/// The payout day: `lag` bank business days (the settlement data's `lagBusinessDays`) after the
/// order completed.
pub fn payout_on(completed_on: Date, lag: u32) -> Result<Date> {
    business::add_bank_business_days(completed_on, lag).ok_or_else(|| {
        Error::new(
            code::OUT_OF_RANGE,
            "settlement.lagBusinessDays",
            format!("{lag} bank business days after {completed_on} is more than ten years later"),
        )
    })
}

pub fn referral_rule_id(options: &Options, day: Date) -> &'static str {
    if new_seller_applies(&options.new_seller, day) {
        "tiktok.new_seller_fee"
    } else {
        "tiktok.referral_fee"
    }
}

/// The referral fee base of one order from its items (tax-inclusive and -exclusive) and the
/// shipping charged (taxed at 10 %), as the options choose.
pub fn fee_base(options: &Options, items_incl: Yen, items_excl: Yen, shipping: Yen) -> Result<Yen> {
    let (items, shipping) = if options.fee_base_includes_tax {
        (items_incl, shipping)
    } else {
        (items_excl, super::lines::excl_of(shipping, TaxRate::Standard)?)
    };
    if options.fee_base_includes_shipping {
        items.checked_add(shipping)
    } else {
        Ok(items)
    }
}

/// Returns (platform fee lines, seller cost lines).
pub fn order_lines(order: &Order, options: &Options, notes: &mut Vec<Label>) -> Result<(Vec<Draft>, Vec<Draft>)> {
    let base = fee_base(options, order.items_incl()?, order.items_excl()?, order.shipping_charged)?;
    let referral = order.resolve(referral_rule_id(options, order.day), None)?;
    if referral.rule.calc == Calc::Input && !referral.overridden {
        // The full-managed (全托管) mode: its fee terms are not published, so no figure is assumed.
        return Err(Error::new(
            code::MISSING_FIELD,
            "overrides.tiktok.referral_fee",
            "TikTok Shop JP has not published the full-managed (全托管) fee terms: give the rate of your contract as overrides.tiktok.referral_fee.rate",
        ));
    }
    let fee = referral.amount(base)?;
    let mut fees = vec![referral.line(LineKind::SalesFee, Some(base), fee, false)];
    if options.new_seller.is_some() && !new_seller_applies(&options.new_seller, order.day) {
        notes.push(Label::new(
            "新商家 3% 不适用（超过 90 天或 45 天内未上架 3 件商品）",
            "新規出店者料率は適用外（90日経過、または45日以内に3商品未出品）",
            "New-seller 3 % not applied (past 90 days, or fewer than 3 products listed within 45 days)",
        ));
    }
    if let Some(rate) = options.creator_commission_rate {
        let mut creator = order.resolve("tiktok.creator_commission", None)?;
        creator.rule.calc = Calc::Rate { rate };
        let items = order.items_incl()?;
        let amount = creator.amount(items)?;
        fees.push(creator.line(LineKind::Affiliate, Some(items), amount, false));
    }
    if let Some(deposit) = order.ctx().try_resolve("tiktok.deposit", None)? {
        notes.extend(cross_border_notes(deposit.amount(Yen::ZERO)?));
    }
    let mut costs = Vec::new();
    if let Some(samples) = &options.samples {
        costs.push(samples_line(samples)?);
    }
    Ok((fees, costs))
}

pub fn samples_line(samples: &Samples) -> Result<Draft> {
    let each = samples.cogs.checked_add(samples.shipping)?;
    let amount = each.times(samples.count.0)?;
    Ok(Draft::input(
        "cost.samples",
        Label::new(
            "达人样品（数量 ×（成本 + 运费））",
            "サンプル（数量×（原価＋送料））",
            "Creator samples (count × (cost + shipping))",
        ),
        LineKind::Cost,
        amount,
        TaxTreatment::NonTaxable,
        Scope::PerOrder,
    ))
}

/// A cross-border POP shop's deposit (refundable: tied-up money, not a cost) and what the sources
/// leave open about its settlement.
fn cross_border_notes(deposit: Yen) -> [Label; 2] {
    let yen = deposit.grouped();
    [
        Label {
            zh: format!("跨境 POP 店需缴纳店铺保证金 ¥{yen}（可退还，未计入利润；全托管店免缴）"),
            ja: format!("越境POPショップは保証金 ¥{yen} が必要です（返還あり・利益には含めません。全托管は不要）"),
            en: format!("A cross-border POP shop pays a ¥{yen} deposit (refundable, not in the profit; full-managed shops are exempt)"),
        },
        Label::new(
            "跨境店的结算币种和周期未找到官方说明：回款日按本土店 15 个工作日估算（未核实）",
            "越境ショップの精算通貨と時期は公式情報が見つかりません：入金日は国内ショップの15営業日で概算（未検証）",
            "Cross-border settlement currency and timing were not found in any official source: the payout day assumes the local shop's 15 business days (unverified)",
        ),
    ]
}
