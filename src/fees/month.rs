//! A month's P&L: month-scoped fees (Rakuten's marginal system-fee bands, the affiliate system fee
//! on the month's rewards) computed once on the month's aggregates, per-order fees summed from
//! each order's own rounding, fixed fees charged once, and the fee invoice's consumption tax
//! rounded once per rate.

use super::amazon;
use super::calc::Calc;
use super::lines::{check_overrides, with_invoice_tax, Draft, LineKind, Overrides, Resolved};
use super::order::{default_day, margin, totals, PlatformId, Revenue, SellerTax, Totals};
use super::rakuten::Device;
use super::schedule::{Label, Platform, Registry, Scope, TaxTreatment};
use super::{qoo10, tiktok, yahoo};
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::money::{accumulate, add_i128, div_round, mul_i128, sub_i128, Percent, Rounding, Yen};
use crate::tax::{Quantity, TaxRate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Largest order list one call accepts: estimateMonth's work limit. 100,000 orders take 0.27 s in
/// Node on a 2-core machine at load 5, so 250,000 is under a second (10^6 were allowed: ≈ 2.7 s).
pub const MAX_ORDERS: usize = 250_000;

/// One order in a month's mix: a single item line (price × quantity).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrderRow {
    /// Unit price, tax-inclusive.
    pub price: Yen,
    #[serde(default = "one")]
    pub quantity: Quantity,
    #[serde(default = "standard")]
    pub tax_rate: TaxRate,
    #[serde(default)]
    pub shipping_charged: Yen,
    /// Store-funded coupon on this order, tax-inclusive.
    #[serde(default)]
    pub discount: Yen,
    /// Rakuten: where the order was placed (default mobile).
    #[serde(default)]
    pub device: Device,
    /// Came through an affiliate link (Rakuten) or a creator (TikTok).
    #[serde(default)]
    pub affiliate: bool,
    /// Overrides the month's `costs.cogsPerUnit` for this order.
    #[serde(default)]
    pub cogs_per_unit: Option<Yen>,
}

fn one() -> Quantity {
    Quantity(1)
}

fn standard() -> TaxRate {
    TaxRate::Standard
}

/// A month given as totals instead of orders: modelled as `orders` equal single-unit orders
/// (sales and shipping split by largest remainder, so orders differ by at most ¥1).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Aggregate {
    /// Items sold, tax-inclusive, after coupons.
    pub sales: Yen,
    pub orders: Quantity,
    #[serde(default)]
    pub shipping_charged: Yen,
    /// Share of orders placed on mobile (Rakuten), percent. Default 100.
    #[serde(default)]
    pub mobile_share: Option<Percent>,
    /// Share of orders through affiliates/creators, percent. Default 0.
    #[serde(default)]
    pub affiliate_share: Option<Percent>,
    #[serde(default = "standard")]
    pub tax_rate: TaxRate,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MonthCosts {
    #[serde(default)]
    pub cogs_per_unit: Yen,
    /// Carrier cost per order.
    #[serde(default)]
    pub shipping_per_order: Yen,
    #[serde(default)]
    pub packaging_per_order: Yen,
    /// Other monthly costs (staff, tools, warehouse).
    #[serde(default)]
    pub other_monthly: Yen,
    /// Other costs as a percent of the month's sales (what customers paid), half-up once.
    #[serde(default)]
    pub other_percent: Option<Percent>,
    /// Import JCT paid per unit, included in the goods cost (with `tax.goods: "import_jct_paid"`).
    #[serde(default)]
    pub import_jct_per_unit: Yen,
    /// How each cost contains consumption tax (credited when registered); as for an order.
    #[serde(default)]
    pub tax: super::costs::CostTaxes,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RakutenMonth {
    #[serde(default)]
    pub points_rate: Option<Percent>,
    /// Reward rate for affiliate orders (≥ 1 %). Default 1.
    #[serde(default)]
    pub affiliate_rate: Option<Percent>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct MonthInput {
    pub platform: PlatformId,
    #[serde(default)]
    pub plan: Option<String>,
    #[serde(default)]
    pub as_of: Option<Date>,
    /// The month's orders, or `ordersCsv`, or `aggregate`.
    #[serde(default)]
    pub orders: Option<Vec<OrderRow>>,
    /// The month's orders as CSV text (see [`super::csv`]).
    #[serde(default)]
    pub orders_csv: Option<String>,
    #[serde(default)]
    pub aggregate: Option<Aggregate>,
    #[serde(default)]
    pub costs: MonthCosts,
    /// Ad spend for the month, tax-exclusive (Rakuten: RPP on the Rakuten invoice).
    #[serde(default)]
    pub ad_spend: Yen,
    /// Optional monthly services to include, by rule id (e.g. "rakuten.r_messe").
    #[serde(default)]
    pub subscriptions: Vec<String>,
    /// Charge the one-off initial fee this month.
    #[serde(default)]
    pub include_initial_fee: bool,
    #[serde(default = "yes")]
    pub jct_registered: bool,
    #[serde(default)]
    pub fee_tax_rounding: Rounding,
    #[serde(default)]
    pub overrides: Overrides,
    #[serde(default)]
    pub rakuten: Option<RakutenMonth>,
    #[serde(default)]
    pub tiktok: Option<tiktok::Options>,
    #[serde(default)]
    pub amazon: Option<amazon::Options>,
    #[serde(default)]
    pub yahoo: Option<yahoo::Options>,
    #[serde(default)]
    pub qoo10: Option<qoo10::Options>,
    /// Also return each order's own per-order fees (`orderFees`).
    #[serde(default)]
    pub include_orders: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthEstimate {
    /// The fee data used: the compiled-in version, then each registered file (`registerFeeSchedules`).
    pub data_version: String,
    pub platform: PlatformId,
    pub plan: String,
    pub as_of: Date,
    pub orders: u64,
    pub units: u64,
    /// revenue.total ÷ orders, floor.
    pub average_order: Yen,
    pub revenue: Revenue,
    /// Platform charges for the month (one invoice: tax rounded once per rate).
    pub lines: Vec<super::Line>,
    pub fees: Totals,
    pub costs: Vec<super::Line>,
    pub cost_total: Totals,
    pub fee_tax_rounding: Rounding,
    pub fee_tax_scope: &'static str,
    pub payout: Yen,
    pub seller_tax: SellerTax,
    pub profit: Yen,
    pub margin: String,
    /// profit ÷ costTotal.gross × 100, 2 decimals ("" without costs).
    pub roi: String,
    /// fees.gross ÷ revenue.total × 100, 2 decimals.
    pub fee_rate: String,
    pub unverified: bool,
    /// With `includeOrders`: each order's per-order fees before month-level fees and invoice tax
    /// (Rakuten: points + affiliate reward; TikTok: referral + creator; Amazon: referral + FBA).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_fees: Option<Vec<Yen>>,
}

/// Rule lookup for one platform, plan and day with the caller's overrides.
pub struct Ctx<'a> {
    pub platform: &'a Platform,
    pub plan: &'a str,
    pub day: Date,
    pub overrides: &'a Overrides,
}

impl Ctx<'_> {
    pub fn resolve(&self, id: &str, category: Option<&str>) -> Result<Resolved> {
        Resolved::new(self.platform.rule(id, self.plan, category, self.day)?, self.overrides)
    }

    /// `None` when the rule is not in force on the day.
    pub fn try_resolve(&self, id: &str, category: Option<&str>) -> Result<Option<Resolved>> {
        self.platform
            .try_rule(id, self.plan, category, self.day)
            .map(|r| Resolved::new(r, self.overrides))
            .transpose()
    }

    /// A rule applied to `base`, rounded with the rule's rounding.
    fn charge(&self, id: &str, kind: LineKind, base: Yen) -> Result<Draft> {
        let r = self.resolve(id, None)?;
        let exact = r.rule.calc.exact(base, None)?;
        Ok(r.line(kind, Some(base), r.finish(exact.amount)?, exact.weak_band))
    }
}

/// Per-order figures accumulated over the month.
#[derive(Default)]
struct Sums {
    orders: u64,
    units: u64,
    /// Items after discount, tax-inclusive, by rate: [10 %, 8 %].
    items_incl: [i128; 2],
    items_excl: i128,
    shipping: i128,
    discount: i128,
    cogs: i128,
    order_fees: Vec<Yen>,
}

pub fn estimate_month(registry: &Registry, mut input: MonthInput) -> Result<MonthEstimate> {
    let platform = registry.platform(input.platform.key())?;
    let plan = input.plan.clone().unwrap_or_else(|| input.platform.default_plan().to_string());
    platform.check_plan(&plan)?;
    let day = input.as_of.unwrap_or_else(default_day);
    platform.check_date(day)?;
    check_overrides(&input.overrides, &platform.rules)?;
    for (name, given, wanted) in [
        ("rakuten", input.rakuten.is_some(), PlatformId::Rakuten),
        ("tiktok", input.tiktok.is_some(), PlatformId::Tiktok),
        ("amazon", input.amazon.is_some(), PlatformId::Amazon),
        ("yahoo", input.yahoo.is_some(), PlatformId::Yahoo),
        ("qoo10", input.qoo10.is_some(), PlatformId::Qoo10),
    ] {
        if given && input.platform != wanted {
            return Err(Error::new(
                code::INVALID_INPUT,
                name,
                format!("{name} options given for platform {}", input.platform.key()),
            ));
        }
    }
    let rows = rows(&mut input)?;
    let ctx = Ctx {
        platform,
        plan: &plan,
        day,
        overrides: &input.overrides,
    };
    let mut sums = Sums::default();
    let mut drafts = match input.platform {
        PlatformId::Rakuten => rakuten_month(&ctx, &input, &rows, &mut sums)?,
        PlatformId::Tiktok => tiktok_month(&ctx, &input, &rows, &mut sums)?,
        PlatformId::Amazon => amazon_month(&ctx, &input, &rows, &mut sums)?,
        PlatformId::Yahoo => yahoo_month(&ctx, &input, &rows, &mut sums)?,
        PlatformId::Qoo10 => qoo10_month(&ctx, &input, &rows, &mut sums)?,
    };
    drafts.extend(fixed_lines(&ctx, &input, sums.units)?);
    let mut cost_drafts = Vec::new();
    if input.platform != PlatformId::Rakuten && input.ad_spend.0 > 0 {
        cost_drafts.push(Draft::input(
            "ads",
            Label::new("广告费", "広告費", "Advertising"),
            LineKind::Advertising,
            input.ad_spend,
            TaxTreatment::Taxable10,
            Scope::PerMonth,
        ));
    }
    if let Some(samples) = input.tiktok.as_ref().and_then(|t| t.samples.as_ref()) {
        cost_drafts.push(tiktok::samples_line(samples)?);
    }
    let per_order = |per: Yen| per.times(sums.orders);
    super::costs::check(&input.costs.tax, input.costs.import_jct_per_unit)?;
    let own = super::costs::OwnCosts {
        goods: Yen::from_i128(sums.cogs)?,
        goods_import_jct: input.costs.import_jct_per_unit.times(sums.units)?,
        shipping: per_order(input.costs.shipping_per_order)?,
        shipping_preset: None,
        packaging: per_order(input.costs.packaging_per_order)?,
        other: input.costs.other_monthly,
        other_scope: Scope::PerMonth,
        other_label: Label::new("其他月度成本", "その他月額費用", "Other monthly costs"),
    };
    let lines = with_invoice_tax(drafts, input.fee_tax_rounding)?;
    let mut costs = with_invoice_tax(cost_drafts, Rounding::Floor)?;
    costs.extend(super::costs::lines(&own, &input.costs.tax)?);
    let [standard_incl, reduced_incl] = sums.items_incl;
    let items = Yen::from_i128(add_i128(standard_incl, reduced_incl)?)?;
    let shipping = Yen::from_i128(sums.shipping)?;
    let revenue = Revenue {
        items,
        shipping,
        discount: Yen::from_i128(sums.discount)?,
        total: items.checked_add(shipping)?,
    };
    if let Some(percent) = input.costs.other_percent {
        costs.extend(super::costs::percent_of_sales(
            percent,
            revenue.total,
            input.costs.tax.other,
            Scope::PerMonth,
        )?);
    }
    let fees = totals(&lines)?;
    let cost_total = totals(&costs)?;
    let payout = revenue.total.checked_sub(fees.gross)?;
    // Seller's output tax for the month, once per rate (shipping at 10 %).
    let output = add_i128(
        div_round(mul_i128(add_i128(standard_incl, sums.shipping)?, 10)?, 110, Rounding::Floor)?,
        div_round(mul_i128(reduced_incl, 8)?, 108, Rounding::Floor)?,
    )?;
    let output_tax = Yen::from_i128(output)?;
    let input_tax = fees.tax.checked_add(cost_total.tax)?;
    let seller_tax = SellerTax {
        registered: input.jct_registered,
        output_tax,
        input_tax,
        due: if input.jct_registered {
            output_tax.checked_sub(input_tax)?
        } else {
            Yen::ZERO
        },
        sale_jct: None,
        rounding_scope: "per_month_per_rate_estimate",
        provenance: crate::tax::provenance(),
    };
    let profit = payout.checked_sub(cost_total.gross)?.checked_sub(seller_tax.due)?;
    let unverified = lines.iter().chain(&costs).any(|l| l.unverified);
    Ok(MonthEstimate {
        data_version: registry.data_version().into(),
        platform: input.platform,
        plan,
        as_of: day,
        orders: sums.orders,
        units: sums.units,
        average_order: Yen::from_i128(if sums.orders == 0 {
            0
        } else {
            div_round(revenue.total.0 as i128, sums.orders as i128, Rounding::Floor)?
        })?,
        margin: margin(profit, revenue.total),
        roi: margin(profit, cost_total.gross),
        fee_rate: margin(fees.gross, revenue.total),
        revenue,
        lines,
        fees,
        costs,
        cost_total,
        fee_tax_rounding: input.fee_tax_rounding,
        fee_tax_scope: "per_invoice_per_rate",
        payout,
        seller_tax,
        profit,
        unverified,
        order_fees: input.include_orders.then_some(sums.order_fees),
    })
}

/// The month's orders: given, or synthesized from an aggregate.
fn rows(input: &mut MonthInput) -> Result<Vec<OrderRow>> {
    if let Some(text) = &input.orders_csv {
        if input.orders.is_some() || input.aggregate.is_some() {
            return Err(Error::new(
                code::INVALID_INPUT,
                "ordersCsv",
                "give one of orders, ordersCsv or aggregate",
            ));
        }
        return super::csv::parse_orders(text, "ordersCsv");
    }
    match (&mut input.orders, &input.aggregate) {
        (Some(_), Some(_)) => Err(Error::new(
            code::INVALID_INPUT,
            "aggregate",
            "give either orders or aggregate, not both",
        )),
        (None, None) => Err(Error::new(code::MISSING_FIELD, "orders", "give the month's orders (or aggregate)")),
        (Some(orders), None) if orders.len() > MAX_ORDERS => Err(Error::new(
            code::TOO_MUCH_WORK,
            "orders",
            format!("at most {MAX_ORDERS} orders per call (about a second of work): split the month, or pass an aggregate"),
        )),
        (Some(orders), None) => Ok(std::mem::take(orders)),
        (None, Some(a)) => {
            let n = a.orders.0;
            if n as usize > MAX_ORDERS {
                return Err(Error::new(
                    code::TOO_MUCH_WORK,
                    "aggregate.orders",
                    format!("at most {MAX_ORDERS} orders (about a second of work)"),
                ));
            }
            let even = |total: Yen| super::lines::allocate(total, &vec![Yen(1); n as usize]);
            let sales = even(a.sales)?;
            let shipping = even(a.shipping_charged)?;
            let share = |p: Option<Percent>, default: Decimal| -> Result<u64> {
                let p = p.map_or(default, |p| p.0);
                // n ≤ MAX_ORDERS and p ≤ 100: the product fits; ÷ 100 by a constant cannot fail.
                let k = Decimal::from(n)
                    .checked_mul(p)
                    .and_then(|v| v.checked_div(Decimal::ONE_HUNDRED))
                    .map(|v| Rounding::HalfUp.round(v))
                    .ok_or_else(|| Error::new(code::OVERFLOW, "aggregate", "share out of range"))?;
                k.try_into()
                    .map_err(|_| Error::new(code::OVERFLOW, "aggregate", "share out of range"))
            };
            let mobile = share(a.mobile_share, Decimal::ONE_HUNDRED)?;
            let affiliate = share(a.affiliate_share, Decimal::ZERO)?;
            let mut out = Vec::with_capacity(n as usize);
            for ((i, price), shipping_charged) in (0..n).zip(sales).zip(shipping) {
                out.push(OrderRow {
                    price,
                    quantity: Quantity(1),
                    tax_rate: a.tax_rate,
                    shipping_charged,
                    discount: Yen::ZERO,
                    device: if i < mobile { Device::Mobile } else { Device::Pc },
                    affiliate: i < affiliate,
                    cogs_per_unit: None,
                });
            }
            Ok(out)
        }
    }
}

/// Accumulates revenue and costs for one order; returns (items incl after discount, excl).
fn add_order(sums: &mut Sums, row: &OrderRow, costs: &MonthCosts, i: usize) -> Result<(Yen, Yen)> {
    let value = mul_i128(i128::from(row.price.0), i128::from(row.quantity.0))?;
    if i128::from(row.discount.0) > value {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            format!("orders[{i}].discount"),
            "the discount exceeds the order's items",
        ));
    }
    let incl = sub_i128(value, i128::from(row.discount.0))
        .and_then(Yen::from_i128)
        .map_err(|e| e.within(&format!("orders[{i}]")))?;
    let excl = super::lines::excl_of(incl, row.tax_rate)?;
    let too_many = || Error::overflow("too many orders or units to count");
    sums.orders = sums.orders.checked_add(1).ok_or_else(too_many)?;
    sums.units = sums.units.checked_add(row.quantity.0).ok_or_else(too_many)?;
    let [standard, reduced] = &mut sums.items_incl;
    accumulate(
        if row.tax_rate == TaxRate::Standard { standard } else { reduced },
        i128::from(incl.0),
    )?;
    accumulate(&mut sums.items_excl, i128::from(excl.0))?;
    accumulate(&mut sums.shipping, i128::from(row.shipping_charged.0))?;
    accumulate(&mut sums.discount, i128::from(row.discount.0))?;
    let cogs = row.cogs_per_unit.unwrap_or(costs.cogs_per_unit).times(row.quantity.0)?;
    accumulate(&mut sums.cogs, i128::from(cogs.0))?;
    Ok((incl, excl))
}

fn rakuten_month(ctx: &Ctx, input: &MonthInput, rows: &[OrderRow], sums: &mut Sums) -> Result<Vec<Draft>> {
    let options = input.rakuten.clone().unwrap_or_default();
    let mut points = ctx.resolve("rakuten.points", None)?;
    if let Some(rate) = options.points_rate {
        points.rule.calc = Calc::Rate { rate };
    }
    let mut reward = ctx.resolve("rakuten.affiliate_reward", None)?;
    if let Some(rate) = options.affiliate_rate {
        if rate.0 < Decimal::ONE {
            return Err(Error::new(
                code::OUT_OF_RANGE,
                "rakuten.affiliateRate",
                "Rakuten requires an affiliate rate of at least 1 %",
            ));
        }
        reward.rule.calc = Calc::Rate { rate };
    }
    let (mut pc, mut mobile, mut points_total, mut reward_total, mut affiliate_sales) = (0i128, 0i128, 0i128, 0i128, 0i128);
    for (i, row) in rows.iter().enumerate() {
        let (incl, excl) = add_order(sums, row, &input.costs, i)?;
        let gross = i128::from(incl.checked_add(row.shipping_charged)?.0);
        accumulate(if row.device == Device::Pc { &mut pc } else { &mut mobile }, gross)?;
        let p = points.amount(excl)?;
        accumulate(&mut points_total, i128::from(p.0))?;
        let mut order_fee = p.0;
        if row.affiliate {
            let r = reward.amount(excl)?;
            accumulate(&mut reward_total, i128::from(r.0))?;
            accumulate(&mut affiliate_sales, i128::from(excl.0))?;
            order_fee = order_fee
                .checked_add(r.0)
                .ok_or_else(|| Error::overflow("the order's fees overflowed"))?;
        }
        if input.include_orders {
            sums.order_fees.push(Yen(order_fee));
        }
    }
    let total = Yen::from_i128(add_i128(pc, mobile)?)?;
    let mut drafts = Vec::new();
    // System fee: each device's band rates over the month's total, shared by its part of the base.
    for (device, part) in [(Device::Pc, pc), (Device::Mobile, mobile)] {
        if part == 0 {
            continue;
        }
        let id = if device == Device::Pc {
            "rakuten.system_fee.pc"
        } else {
            "rakuten.system_fee.mobile"
        };
        let r = ctx.resolve(id, None)?;
        let exact = r.rule.calc.exact(total, None)?;
        let share = super::calc::share_of(exact.amount, Yen::from_i128(part)?, total)?;
        drafts.push(r.line(LineKind::SalesFee, Some(Yen::from_i128(part)?), r.finish(share)?, exact.weak_band));
    }
    drafts.push(ctx.charge("rakuten.safety_fee", LineKind::SalesFee, total)?);
    drafts.push(ctx.charge("rakuten.pay_fee", LineKind::SalesFee, total)?);
    drafts.push(points.line(
        LineKind::Points,
        Some(Yen::from_i128(sums.items_excl)?),
        Yen::from_i128(points_total)?,
        false,
    ));
    if reward_total > 0 {
        let reward_yen = Yen::from_i128(reward_total)?;
        drafts.push(reward.line(LineKind::Affiliate, Some(Yen::from_i128(affiliate_sales)?), reward_yen, false));
        drafts.push(ctx.charge("rakuten.affiliate_system_fee", LineKind::Affiliate, reward_yen)?);
    }
    if input.ad_spend.0 > 0 {
        let rpp = ctx.resolve("rakuten.rpp", None)?;
        drafts.push(rpp.line(LineKind::Advertising, None, input.ad_spend, false));
    }
    Ok(drafts)
}

fn tiktok_month(ctx: &Ctx, input: &MonthInput, rows: &[OrderRow], sums: &mut Sums) -> Result<Vec<Draft>> {
    let options = input.tiktok.clone().unwrap_or_default();
    let referral = ctx.resolve(tiktok::referral_rule_id(&options, ctx.day), None)?;
    let creator = match options.creator_commission_rate {
        Some(rate) => {
            let mut c = ctx.resolve("tiktok.creator_commission", None)?;
            c.rule.calc = Calc::Rate { rate };
            Some(c)
        }
        None => None,
    };
    let (mut fee_total, mut fee_base, mut creator_total, mut creator_base) = (0i128, 0i128, 0i128, 0i128);
    for (i, row) in rows.iter().enumerate() {
        let (incl, excl) = add_order(sums, row, &input.costs, i)?;
        let base = tiktok::fee_base(&options, incl, excl, row.shipping_charged)?;
        let fee = referral.amount(base)?;
        accumulate(&mut fee_total, i128::from(fee.0))?;
        accumulate(&mut fee_base, i128::from(base.0))?;
        let mut order_fee = fee.0;
        if let (true, Some(c)) = (row.affiliate, &creator) {
            let amount = c.amount(incl)?;
            accumulate(&mut creator_total, i128::from(amount.0))?;
            accumulate(&mut creator_base, i128::from(incl.0))?;
            order_fee = order_fee
                .checked_add(amount.0)
                .ok_or_else(|| Error::overflow("the order's fees overflowed"))?;
        }
        if input.include_orders {
            sums.order_fees.push(Yen(order_fee));
        }
    }
    let mut drafts = vec![referral.line(
        LineKind::SalesFee,
        Some(Yen::from_i128(fee_base)?),
        Yen::from_i128(fee_total)?,
        false,
    )];
    if let Some(c) = creator {
        drafts.push(c.line(
            LineKind::Affiliate,
            Some(Yen::from_i128(creator_base)?),
            Yen::from_i128(creator_total)?,
            false,
        ));
    }
    Ok(drafts)
}

fn amazon_month(ctx: &Ctx, input: &MonthInput, rows: &[OrderRow], sums: &mut Sums) -> Result<Vec<Draft>> {
    let options = input.amazon.clone().unwrap_or_default();
    let category = amazon::check_category(ctx.platform, &options)?;
    let referral = ctx.resolve("amazon.referral_fee", Some(category))?;
    let fba = match options.fulfilment {
        amazon::Fulfilment::Fba => Some((ctx.resolve("amazon.fba_fee", None)?, amazon::size_tier(ctx, &options)?.key)),
        amazon::Fulfilment::Merchant => None,
    };
    let closing = ctx.try_resolve("amazon.closing_fee", Some(category))?;
    let storage = amazon::storage_rules(ctx, &options, category)?;
    let (mut storage_total, mut aged_total) = (Yen::ZERO, Yen::ZERO);
    let (mut referral_total, mut referral_base, mut fba_total, mut weak) = (Yen::ZERO, Yen::ZERO, Yen::ZERO, false);
    let mut closing_total = Yen::ZERO;
    for (i, row) in rows.iter().enumerate() {
        let (incl, _) = add_order(sums, row, &input.costs, i)?;
        if row.shipping_charged.0 > 0 && row.quantity.0 != 1 {
            return Err(Error::new(
                code::INVALID_INPUT,
                format!("orders[{i}].shippingCharged"),
                amazon::SHIPPING_PER_UNIT,
            ));
        }
        let r = amazon::referral_for_line(&referral, incl, row.quantity.0, row.shipping_charged)?;
        referral_total = referral_total.checked_add(r.fee)?;
        referral_base = referral_base.checked_add(r.base)?;
        weak |= r.weak_band;
        let mut order_fee = r.fee;
        if let Some(rule) = &closing {
            let c = amazon::closing_for_units(rule, row.quantity.0)?;
            closing_total = closing_total.checked_add(c)?;
            order_fee = order_fee.checked_add(c)?;
        }
        if let Some((rule, tier)) = &fba {
            let f = amazon::fba_for_line(rule, row.price, row.quantity.0, tier)?;
            fba_total = fba_total.checked_add(f)?;
            order_fee = order_fee.checked_add(f)?;
        }
        let per_unit_sold = options.storage.as_ref().filter(|s| s.stock_units.is_none());
        if let (Some(rules), Some(units)) = (&storage, per_unit_sold) {
            let (fee, aged) = amazon::storage_for_units(rules, units, row.quantity.0, ctx.day)?;
            storage_total = storage_total.checked_add(fee)?;
            aged_total = aged_total.checked_add(aged)?;
            order_fee = order_fee.checked_add(fee)?.checked_add(aged)?;
        }
        if input.include_orders {
            sums.order_fees.push(order_fee);
        }
    }
    // Stock held over the month: charged once for those units, not per order.
    if let (Some(rules), Some(held)) = (&storage, options.storage.as_ref().filter(|s| s.stock_units.is_some())) {
        let units = held.stock_units.map_or(0, |q| q.0);
        (storage_total, aged_total) = amazon::storage_for_units(rules, held, units, ctx.day)?;
    }
    let mut drafts = vec![referral.line(LineKind::SalesFee, Some(referral_base), referral_total, weak)];
    if let Some(rule) = closing {
        drafts.push(rule.line(LineKind::SalesFee, None, closing_total, false));
    }
    if let Some((rule, _)) = fba {
        drafts.push(rule.line(LineKind::Fulfilment, None, fba_total, false));
    }
    if let Some(rules) = storage {
        drafts.extend(amazon::storage_lines(rules, storage_total, aged_total));
    }
    Ok(drafts)
}

fn yahoo_month(ctx: &Ctx, input: &MonthInput, rows: &[OrderRow], sums: &mut Sums) -> Result<Vec<Draft>> {
    let options = input.yahoo.clone().unwrap_or_default();
    let points = yahoo::points_rule(ctx, &options)?;
    let reward = yahoo::reward_rule(ctx, &options)?;
    let (mut points_total, mut affiliate_sales, mut affiliate_reward) = (Yen::ZERO, Yen::ZERO, Yen::ZERO);
    for (i, row) in rows.iter().enumerate() {
        let (_, excl) = add_order(sums, row, &input.costs, i)?;
        let p = points.amount(excl)?;
        points_total = points_total.checked_add(p)?;
        let mut order_fee = p;
        if let (true, Some(r)) = (row.affiliate, &reward) {
            let amount = r.amount(excl)?;
            affiliate_sales = affiliate_sales.checked_add(excl)?;
            affiliate_reward = affiliate_reward.checked_add(amount)?;
            order_fee = order_fee.checked_add(amount)?;
        }
        if input.include_orders {
            sums.order_fees.push(order_fee);
        }
    }
    let [standard_incl, reduced_incl] = sums.items_incl;
    let items = Yen::from_i128(add_i128(standard_incl, reduced_incl)?)?;
    let bases = yahoo::Bases {
        items,
        gross: items.checked_add(Yen::from_i128(sums.shipping)?)?,
        points: points_total,
        points_base: Yen::from_i128(sums.items_excl)?,
        affiliate_sales,
        affiliate_reward,
    };
    yahoo::lines(ctx, &options, &bases)
}

fn qoo10_month(ctx: &Ctx, input: &MonthInput, rows: &[OrderRow], sums: &mut Sums) -> Result<Vec<Draft>> {
    let options = input.qoo10.clone().unwrap_or_default();
    let category = qoo10::category(ctx, &options)?;
    let commission = ctx.resolve("qoo10.commission", Some(&category))?;
    // Commission per order (price + options + shipping), as Qoo10 settles each order.
    let mut totals: Vec<(Resolved, Yen, Yen)> = vec![(commission, Yen::ZERO, Yen::ZERO)];
    for (id, on) in [
        ("qoo10.mega_wari", options.mega_wari),
        ("qoo10.funded_discount", options.funded_discount),
        ("qoo10.preorder", options.preorder),
    ] {
        if on {
            totals.push((ctx.resolve(id, None)?, Yen::ZERO, Yen::ZERO));
        }
    }
    for (i, row) in rows.iter().enumerate() {
        let (incl, _) = add_order(sums, row, &input.costs, i)?;
        let base = incl.checked_add(row.shipping_charged)?;
        let mut order_fee = Yen::ZERO;
        for (rule, fee, fee_base) in totals.iter_mut() {
            let amount = rule.amount(base)?;
            *fee = fee.checked_add(amount)?;
            *fee_base = fee_base.checked_add(base)?;
            order_fee = order_fee.checked_add(amount)?;
        }
        if input.include_orders {
            sums.order_fees.push(order_fee);
        }
    }
    Ok(totals
        .into_iter()
        .map(|(rule, fee, base)| rule.line(LineKind::SalesFee, Some(base), fee, false))
        .collect())
}

/// Plan fees, subscribed optional services and the initial fee, charged once for the month.
fn fixed_lines(ctx: &Ctx, input: &MonthInput, units: u64) -> Result<Vec<Draft>> {
    let mut out = Vec::new();
    let fixed = |id: &str, times: u64| -> Result<Draft> {
        let r = ctx.resolve(id, None)?;
        let each = r.amount(Yen::ZERO)?;
        Ok(r.line(LineKind::FixedFee, None, each.times(times)?, false))
    };
    match input.platform {
        PlatformId::Rakuten => out.push(fixed("rakuten.plan_fee", 1)?),
        PlatformId::Amazon if ctx.plan == "individual" => out.push(fixed("amazon.per_item_fee", units)?),
        PlatformId::Amazon => out.push(fixed("amazon.plan_fee", 1)?),
        PlatformId::Yahoo => out.push(fixed("yahoo.monthly_fee", 1)?),
        PlatformId::Tiktok => {}
        PlatformId::Qoo10 => {
            let withdrawals = input.qoo10.as_ref().map_or(0, |q| q.withdrawals);
            out.extend(qoo10::withdrawal_line(ctx, withdrawals)?);
        }
    }
    for (i, id) in input.subscriptions.iter().enumerate() {
        let rule = ctx
            .platform
            .rules
            .iter()
            .find(|r| &r.id == id && r.optional && r.scope == Scope::PerMonth);
        if rule.is_none() {
            return Err(Error::new(
                super::lines::UNKNOWN_RULE,
                format!("subscriptions[{i}]"),
                format!("{id:?} is not an optional monthly service of this platform"),
            ));
        }
        out.push(fixed(id, 1).map_err(|e| e.within(&format!("subscriptions[{i}]")))?);
    }
    if input.include_initial_fee {
        let id = format!("{}.initial_fee", input.platform.key());
        if !ctx.platform.rules.iter().any(|r| r.id == id) {
            return Err(Error::new(
                code::INVALID_INPUT,
                "includeInitialFee",
                format!("{} has no initial fee", input.platform.key()),
            ));
        }
        out.push(fixed(&id, 1)?);
    }
    Ok(out)
}
