//! One order, line by line: platform fees (with invoice tax), the seller's costs, the seller's
//! own consumption tax, payout, profit and margin.

use super::costs::{self, CostTax, CostTaxes, OwnCosts};
use super::crossborder::{self, Fx, ImportInput};
use super::lines::{allocate, check_overrides, with_invoice_tax, Draft, Line, LineKind, Overrides};
use super::month::Ctx;
use super::schedule::{self, Label, Platform, Registry, Scope, TaxTreatment};
use super::{amazon, qoo10, rakuten, tiktok, yahoo};
use crate::dates::civil::Date;
use crate::error::{code, Error, Result};
use crate::money::{accumulate, add_i128, div_round, mul_i128, Rounding, Yen};
use crate::provenance::Provenance;
use crate::tax::{Quantity, TaxRate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The day the compiled-in data was last reviewed; used when a native caller passes no `asOf`.
/// (The wasm boundary passes the browser's today instead.)
pub const DATA_REVIEWED: &str = "2026-11-20";

pub const MAX_ITEMS: usize = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlatformId {
    Rakuten,
    Tiktok,
    Amazon,
    Yahoo,
    Qoo10,
}

impl PlatformId {
    pub const ALL: [PlatformId; 5] = [
        PlatformId::Rakuten,
        PlatformId::Tiktok,
        PlatformId::Amazon,
        PlatformId::Yahoo,
        PlatformId::Qoo10,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PlatformId::Rakuten => "rakuten",
            PlatformId::Tiktok => "tiktok",
            PlatformId::Amazon => "amazon",
            PlatformId::Yahoo => "yahoo",
            PlatformId::Qoo10 => "qoo10",
        }
    }

    pub fn default_plan(self) -> &'static str {
        match self {
            PlatformId::Rakuten => "standard",
            PlatformId::Tiktok => "local",
            PlatformId::Amazon => "professional",
            PlatformId::Yahoo | PlatformId::Qoo10 => "standard",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Item {
    /// Unit price the customer sees, tax-inclusive (Japanese retail display).
    pub price: Yen,
    #[serde(default = "one")]
    pub quantity: Quantity,
    /// "10" (default) or "8" (food and drink).
    #[serde(default = "standard_rate")]
    pub tax_rate: TaxRate,
}

fn one() -> Quantity {
    Quantity(1)
}

fn standard_rate() -> TaxRate {
    TaxRate::Standard
}

/// The seller's own costs for this order (all optional, whole yen as paid).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Costs {
    /// Landed cost of goods per unit.
    #[serde(default)]
    pub cogs_per_unit: Yen,
    /// What the seller pays the carrier for this order.
    #[serde(default)]
    pub shipping: Yen,
    /// … or the carrier's list price for the parcel (instead of `shipping`).
    #[serde(default)]
    pub shipping_by: Option<super::shipping::ShippingBy>,
    /// A cross-border parcel priced at your rate card by chargeable weight (`parcel` in the estimate).
    #[serde(default)]
    pub parcel_by: Option<super::parcel::ParcelBy>,
    #[serde(default)]
    pub packaging: Yen,
    #[serde(default)]
    pub other: Yen,
    /// Other costs as a percent of what the customer pays (`cost.other_percent`, half-up).
    #[serde(default)]
    pub other_percent: Option<crate::money::Percent>,
    /// Import JCT paid per unit, included in `cogsPerUnit` (with `tax.goods: "import_jct_paid"`).
    #[serde(default)]
    pub import_jct_per_unit: Yen,
    /// How each cost contains consumption tax (credited when registered).
    #[serde(default)]
    pub tax: CostTaxes,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrderInput {
    pub platform: PlatformId,
    /// Default: rakuten "standard", tiktok "local", amazon "professional".
    #[serde(default)]
    pub plan: Option<String>,
    /// Schedule date; default today (browser) or the data review date (native).
    #[serde(default)]
    pub as_of: Option<Date>,
    /// Either `items` or `price` (+ `quantity`, `taxRate`).
    #[serde(default)]
    pub items: Option<Vec<Item>>,
    #[serde(default)]
    pub price: Option<Yen>,
    #[serde(default)]
    pub quantity: Option<Quantity>,
    #[serde(default)]
    pub tax_rate: Option<TaxRate>,
    /// Shipping charged to the customer, tax-inclusive (taxed at 10 %).
    #[serde(default)]
    pub shipping_charged: Yen,
    /// Store-funded coupon or discount on the items, tax-inclusive.
    #[serde(default)]
    pub discount: Yen,
    #[serde(default)]
    pub costs: Costs,
    /// Ad spend attributed to this order, tax-exclusive (Rakuten: RPP on the Rakuten invoice).
    #[serde(default)]
    pub ad_spend: Yen,
    /// Registered for JCT (適格請求書発行事業者): output tax on sales is owed and tax on fees is
    /// credited. Default true.
    #[serde(default = "yes")]
    pub jct_registered: bool,
    /// How the fee invoice rounds its consumption tax (once per rate). Default floor.
    #[serde(default)]
    pub fee_tax_rounding: Rounding,
    /// Share monthly fixed fees over this many orders (shown as `per_month_allocated` lines).
    #[serde(default)]
    pub orders_per_month: Option<Quantity>,
    /// Replace any preset's numbers, keyed by rule id.
    #[serde(default)]
    pub overrides: Overrides,
    #[serde(default)]
    pub rakuten: Option<rakuten::Options>,
    #[serde(default)]
    pub tiktok: Option<tiktok::Options>,
    #[serde(default)]
    pub amazon: Option<amazon::Options>,
    #[serde(default)]
    pub yahoo: Option<yahoo::Options>,
    #[serde(default)]
    pub qoo10: Option<qoo10::Options>,
    /// Import duty and import JCT for this order's goods (e.g. a direct cross-border parcel).
    #[serde(default)]
    pub import: Option<ImportInput>,
    /// FX and payout costs. With `cogsPerUnitForeign`, the estimate adds `fxScenarios`: profit at
    /// the rate − 5 % and + 5 %.
    #[serde(default)]
    pub fx: Option<Fx>,
    /// Profit at prices around `price` (`ladder` in the estimate).
    #[serde(default)]
    pub price_ladder: Option<super::scenarios::PriceLadder>,
}

fn yes() -> bool {
    true
}

impl OrderInput {
    /// One unit at `price` (tax-inclusive) with every option at its default.
    pub fn new(platform: PlatformId, price: Yen) -> OrderInput {
        OrderInput {
            platform,
            plan: None,
            as_of: None,
            items: None,
            price: Some(price),
            quantity: None,
            tax_rate: None,
            shipping_charged: Yen::ZERO,
            discount: Yen::ZERO,
            costs: Costs::default(),
            ad_spend: Yen::ZERO,
            jct_registered: true,
            fee_tax_rounding: Rounding::Floor,
            orders_per_month: None,
            overrides: Overrides::new(),
            rakuten: None,
            tiktok: None,
            amazon: None,
            yahoo: None,
            qoo10: None,
            import: None,
            fx: None,
            price_ladder: None,
        }
    }

    /// This order with the unit price replaced (one item line; its quantity and tax rate kept).
    pub fn with_price(&self, price: Yen) -> Result<OrderInput> {
        let mut out = self.clone();
        if let Some(items) = &self.items {
            let [item] = items.as_slice() else {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    "items",
                    "re-pricing needs a single-item order (use price)",
                ));
            };
            out.items = Some(vec![Item { price, ..item.clone() }]);
        } else {
            out.price = Some(price);
        }
        Ok(out)
    }
}

/// An item after the order's discount is shared out (largest remainder by line value).
#[derive(Debug, Clone, Copy)]
pub struct PricedItem {
    pub unit_price: Yen,
    pub quantity: u64,
    pub tax_rate: TaxRate,
    /// unit price × quantity − this line's share of the discount, tax-inclusive.
    pub incl: Yen,
    /// Its tax-exclusive part: incl − floor(incl × r / (100 + r)).
    pub excl: Yen,
}

/// Everything a platform module needs to price one order.
pub struct Order<'a> {
    pub platform: &'a Platform,
    pub plan: String,
    pub day: Date,
    pub overrides: &'a Overrides,
    pub items: Vec<PricedItem>,
    pub shipping_charged: Yen,
    pub ad_spend: Yen,
    pub orders_per_month: Option<u64>,
}

impl<'a> Order<'a> {
    pub fn ctx(&self) -> Ctx<'_> {
        Ctx {
            platform: self.platform,
            plan: &self.plan,
            day: self.day,
            overrides: self.overrides,
        }
    }

    pub fn items_incl(&self) -> Result<Yen> {
        self.items.iter().try_fold(Yen::ZERO, |sum, i| sum.checked_add(i.incl))
    }
    pub fn items_excl(&self) -> Result<Yen> {
        self.items.iter().try_fold(Yen::ZERO, |sum, i| sum.checked_add(i.excl))
    }
    /// What the customer pays: items after discount + shipping.
    pub fn gross(&self) -> Result<Yen> {
        self.items_incl()?.checked_add(self.shipping_charged)
    }
    pub fn units(&self) -> Result<u64> {
        self.items
            .iter()
            .try_fold(0u64, |sum, i| sum.checked_add(i.quantity))
            .ok_or_else(|| Error::overflow("too many units in the order"))
    }
    pub fn resolve(&self, id: &str, category: Option<&str>) -> Result<super::lines::Resolved> {
        let rule = self.platform.rule(id, &self.plan, category, self.day)?;
        super::lines::Resolved::new(rule, self.overrides)
    }

    /// A month-scoped fixed rule shared over `orders_per_month` (half-up), if the caller asked.
    pub fn allocated(&self, id: &str, kind: LineKind) -> Result<Option<Draft>> {
        let Some(orders) = self.orders_per_month else { return Ok(None) };
        let resolved = self.resolve(id, None)?;
        let monthly = resolved.amount(Yen::ZERO)?;
        let share = Yen::from_i128(div_round(monthly.0 as i128, orders as i128, Rounding::HalfUp)?)?;
        let mut draft = resolved.line(kind, Some(monthly), share, false);
        draft.scope = Scope::PerMonthAllocated;
        draft.rounding = Rounding::HalfUp;
        Ok(Some(draft))
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Revenue {
    /// Items after discount, tax-inclusive.
    pub items: Yen,
    pub shipping: Yen,
    pub discount: Yen,
    /// What the customer pays.
    pub total: Yen,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub net: Yen,
    pub tax: Yen,
    pub gross: Yen,
}

/// The seller's own consumption-tax position on this order (estimate: per order, per rate, floor).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SellerTax {
    pub registered: bool,
    /// Tax contained in what the customer paid.
    pub output_tax: Yen,
    /// Tax on platform fees and taxable costs, creditable when registered.
    pub input_tax: Yen,
    /// output − input when registered; else 0, or the whole output tax when `saleJct` applies.
    pub due: Yen,
    /// The FY2026 reform rule (from 2028-04-01) when this is a small cross-border mail-order sale:
    /// it is a domestic taxable sale, so its JCT is owed (by the seller or the platform for it)
    /// even when the seller is not registered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sale_jct: Option<Provenance>,
    pub rounding_scope: &'static str,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderEstimate {
    /// The fee data used: the compiled-in version, then each registered file (`registerFeeSchedules`).
    pub data_version: String,
    pub platform: PlatformId,
    pub plan: String,
    pub as_of: Date,
    pub revenue: Revenue,
    /// Platform charges: sales fees, points, affiliate, ads, fixed fees — in invoice order.
    pub lines: Vec<Line>,
    pub fees: Totals,
    /// The seller's own costs.
    pub costs: Vec<Line>,
    pub cost_total: Totals,
    /// Fee tax rounding scope: once per invoice per rate over this order's fee lines.
    pub fee_tax_rounding: Rounding,
    pub fee_tax_scope: &'static str,
    /// revenue.total − fees.gross.
    pub payout: Yen,
    pub seller_tax: SellerTax,
    /// payout − cost_total.gross − seller_tax.due.
    pub profit: Yen,
    /// profit ÷ revenue.total × 100, 2 decimals half-up ("" when revenue is 0).
    pub margin: String,
    /// Return on what you spent: profit ÷ costTotal.gross × 100, 2 decimals half-up ("" when
    /// you entered no costs).
    pub roi: String,
    /// True if any line used an unverified preset.
    pub unverified: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub settlement: Option<schedule::Settlement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payout_on: Option<Date>,
    /// Amazon FBA: the size tier used (given, or derived from `amazon.package`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size_tier: Option<amazon::SizeTier>,
    pub notes: Vec<Label>,
    /// With `costs.parcelBy`: the actual, volumetric and chargeable weight and the band used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parcel: Option<super::parcel::ParcelWeight>,
    /// With `priceLadder`: the profit at each price, lowest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ladder: Vec<super::scenarios::Rung>,
    /// With a foreign goods cost: the profit at the FX rate − 5 % and + 5 %.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fx_scenarios: Vec<super::scenarios::FxScenario>,
}

/// The fee data's review day, the default `asOf`. DATA_REVIEWED is a date (a test says so); were
/// it not, 1900-01-01 would fail loudly as earlier than every schedule's coverage.
pub fn default_day() -> Date {
    Date::parse(DATA_REVIEWED).unwrap_or(Date::MIN)
}

/// `estimateOrder`: the order, then its price ladder and FX scenarios when asked for.
pub fn estimate_order(registry: &Registry, input: OrderInput) -> Result<OrderEstimate> {
    let mut estimate = estimate_one(registry, input.clone())?;
    if let Some(spec) = &input.price_ladder {
        estimate.ladder = super::scenarios::ladder(registry, &input, spec)?;
    }
    estimate.fx_scenarios = super::scenarios::fx_scenarios(registry, &input)?;
    Ok(estimate)
}

/// One order as given (no ladder or scenarios).
pub fn estimate_one(registry: &Registry, input: OrderInput) -> Result<OrderEstimate> {
    let platform = registry.platform(input.platform.key())?;
    let plan = input.plan.clone().unwrap_or_else(|| input.platform.default_plan().to_string());
    platform.check_plan(&plan)?;
    let day = input.as_of.unwrap_or_else(default_day);
    platform.check_date(day)?;
    check_overrides(&input.overrides, &platform.rules)?;
    check_options(&input)?;

    let items = priced_items(&input)?;
    let order = Order {
        platform,
        plan: plan.clone(),
        day,
        overrides: &input.overrides,
        items,
        shipping_charged: input.shipping_charged,
        ad_spend: input.ad_spend,
        orders_per_month: input.orders_per_month.map(|q| q.0),
    };
    let mut notes = Vec::new();
    let mut payout_on = None;
    let mut size_tier = None;
    let (fee_drafts, mut cost_drafts) = match input.platform {
        PlatformId::Rakuten => (rakuten::order_lines(&order, &input.rakuten.clone().unwrap_or_default())?, vec![]),
        PlatformId::Tiktok => {
            let options = input.tiktok.clone().unwrap_or_default();
            let lag = platform.settlement.as_ref().and_then(|s| s.lag_business_days);
            payout_on = options
                .completed_on
                .zip(lag)
                .map(|(day, lag)| tiktok::payout_on(day, lag))
                .transpose()?;
            tiktok::order_lines(&order, &options, &mut notes)?
        }
        PlatformId::Amazon => {
            let (drafts, tier) = amazon::order_lines(&order, &input.amazon.clone().unwrap_or_default())?;
            size_tier = tier;
            (drafts, vec![])
        }
        PlatformId::Yahoo => (yahoo_order(&order, &input.yahoo.clone().unwrap_or_default())?, vec![]),
        PlatformId::Qoo10 => {
            let options = input.qoo10.clone().unwrap_or_default();
            payout_on = qoo10::payout_on(&options)?;
            if options.withdrawals > 0 {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    "qoo10.withdrawals",
                    "withdrawal fees are monthly: use estimateMonth",
                ));
            }
            (qoo10::lines(&order.ctx(), &options, order.gross()?)?, vec![])
        }
    };
    let mut sale_jct = None;
    if let Some(import) = &input.import {
        let mut import = import.clone();
        import.as_of = Some(day);
        let tax = crossborder::import_tax(registry, import).map_err(|e| e.within("import"))?;
        notes.extend(tax.notes);
        sale_jct = tax
            .lines
            .iter()
            .find(|l| l.id == crossborder::MAIL_ORDER_SALE_JCT)
            .map(|l| l.provenance.clone());
        cost_drafts.extend(tax.lines.into_iter().filter(|l| l.gross.0 > 0).map(super::lines::Draft::from));
    }
    if input.platform != PlatformId::Rakuten && !input.ad_spend.0.eq(&0) {
        cost_drafts.push(Draft::input(
            "ads",
            Label::new("广告费", "広告費", "Advertising"),
            LineKind::Advertising,
            input.ad_spend,
            TaxTreatment::Taxable10,
            Scope::PerOrder,
        ));
    }
    let mut costs_in = input.costs.clone();
    if let Some(fx) = &input.fx {
        if let Some(cogs) = crossborder::foreign_cogs(fx)? {
            if costs_in.cogs_per_unit.0 != 0 {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    "fx.cogsPerUnitForeign",
                    "give the goods cost either in yen (costs.cogsPerUnit) or in a foreign currency, not both",
                ));
            }
            costs_in.cogs_per_unit = cogs;
        }
    }
    costs::check(&costs_in.tax, costs_in.import_jct_per_unit)?;
    if input.import.is_some() && costs_in.tax.goods == CostTax::ImportJctPaid {
        return Err(Error::new(
            code::INVALID_INPUT,
            "costs.tax.goods",
            "the import block already adds this order's import JCT; do not also count it as paid in the goods cost",
        ));
    }

    let lines = with_invoice_tax(fee_drafts, input.fee_tax_rounding)?;
    let mut costs = with_invoice_tax(cost_drafts, Rounding::Floor)?;
    costs.extend(seller_costs(registry, &costs_in, order.units()?, day)?);
    if let Some(percent) = costs_in.other_percent {
        costs.extend(costs::percent_of_sales(
            percent,
            order.gross()?,
            costs_in.tax.other,
            Scope::PerOrder,
        )?);
    }
    let parcel = match &costs_in.parcel_by {
        Some(by) => {
            let (drafts, weight) = super::parcel::lines(registry, by, day)?;
            costs.extend(with_invoice_tax(drafts, Rounding::Floor)?);
            Some(weight)
        }
        None => None,
    };
    let fees = totals(&lines)?;
    let revenue = Revenue {
        items: order.items_incl()?,
        shipping: order.shipping_charged,
        discount: input.discount,
        total: order.gross()?,
    };
    let payout = revenue.total.checked_sub(fees.gross)?;
    if let Some(fx) = &input.fx {
        costs.extend(with_invoice_tax(crossborder::fx_lines(fx, payout)?, Rounding::Floor)?);
    }
    let cost_total = totals(&costs)?;
    let seller_tax = seller_tax(&order, input.jct_registered, fees.tax.checked_add(cost_total.tax)?, sale_jct)?;
    let profit = payout.checked_sub(cost_total.gross)?.checked_sub(seller_tax.due)?;
    let unverified = lines.iter().chain(&costs).any(|l| l.unverified);
    Ok(OrderEstimate {
        data_version: registry.data_version().into(),
        platform: input.platform,
        plan,
        as_of: day,
        margin: margin(profit, revenue.total),
        roi: margin(profit, cost_total.gross),
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
        settlement: platform.settlement.clone(),
        payout_on,
        size_tier,
        notes,
        parcel,
        ladder: Vec::new(),
        fx_scenarios: Vec::new(),
    })
}

fn check_options(input: &OrderInput) -> Result<()> {
    let stray = [
        ("rakuten", input.rakuten.is_some() && input.platform != PlatformId::Rakuten),
        ("tiktok", input.tiktok.is_some() && input.platform != PlatformId::Tiktok),
        ("amazon", input.amazon.is_some() && input.platform != PlatformId::Amazon),
        ("yahoo", input.yahoo.is_some() && input.platform != PlatformId::Yahoo),
        ("qoo10", input.qoo10.is_some() && input.platform != PlatformId::Qoo10),
    ];
    match stray.iter().find(|(_, bad)| *bad) {
        Some((name, _)) => Err(Error::new(
            code::INVALID_INPUT,
            *name,
            format!("{name} options given for platform {}", input.platform.key()),
        )),
        None => Ok(()),
    }
}

fn priced_items(input: &OrderInput) -> Result<Vec<PricedItem>> {
    let raw: Vec<Item> = match (&input.items, input.price) {
        (Some(_), Some(_)) => return Err(Error::new(code::INVALID_INPUT, "price", "give either items or price, not both")),
        (Some(items), None) => {
            if input.quantity.is_some() || input.tax_rate.is_some() {
                return Err(Error::new(
                    code::INVALID_INPUT,
                    "quantity",
                    "quantity and taxRate belong on each item when items are given",
                ));
            }
            items.clone()
        }
        (None, Some(price)) => vec![Item {
            price,
            quantity: input.quantity.unwrap_or(Quantity(1)),
            tax_rate: input.tax_rate.unwrap_or(TaxRate::Standard),
        }],
        (None, None) => return Err(Error::new(code::MISSING_FIELD, "price", "give price (or items)")),
    };
    if raw.is_empty() {
        return Err(Error::new(code::INVALID_INPUT, "items", "an order needs at least one item"));
    }
    if raw.len() > MAX_ITEMS {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "items",
            format!("at most {MAX_ITEMS} items per order"),
        ));
    }
    let mut values = Vec::with_capacity(raw.len());
    for (i, item) in raw.iter().enumerate() {
        values.push(item.price.times(item.quantity.0).map_err(|e| e.within(&format!("items[{i}]")))?);
    }
    let gross = values.iter().try_fold(Yen::ZERO, |a, v| a.checked_add(*v))?;
    if input.discount > gross {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "discount",
            format!("the discount ¥{} exceeds the items' ¥{gross}", input.discount),
        ));
    }
    let shares = allocate(input.discount, &values)?;
    raw.iter()
        .zip(values.iter().zip(shares))
        .map(|(item, (value, share))| {
            let incl = value.checked_sub(share)?;
            let split = crate::tax::split(incl, item.tax_rate, true, Rounding::Floor)?;
            Ok(PricedItem {
                unit_price: item.price,
                quantity: item.quantity.0,
                tax_rate: item.tax_rate,
                incl,
                excl: split.excl,
            })
        })
        .collect()
}

fn seller_costs(registry: &Registry, costs: &Costs, units: u64, day: Date) -> Result<Vec<Line>> {
    let carrier = match &costs.shipping_by {
        None => None,
        Some(_) if costs.shipping.0 != 0 => {
            return Err(Error::new(
                code::INVALID_INPUT,
                "costs.shippingBy",
                "give either costs.shipping or costs.shippingBy, not both",
            ))
        }
        Some(by) => Some(super::shipping::quote(registry, by, day)?),
    };
    let own = OwnCosts {
        goods: costs.cogs_per_unit.times(units)?,
        goods_import_jct: costs.import_jct_per_unit.times(units)?,
        shipping: carrier.as_ref().map_or(costs.shipping, |q| q.amount),
        shipping_preset: carrier,
        packaging: costs.packaging,
        other: costs.other,
        other_scope: Scope::PerOrder,
        other_label: Label::new("其他成本", "その他費用", "Other costs"),
    };
    costs::lines(&own, &costs.tax)
}

pub fn totals(lines: &[Line]) -> Result<Totals> {
    let mut t = Totals {
        net: Yen::ZERO,
        tax: Yen::ZERO,
        gross: Yen::ZERO,
    };
    for l in lines {
        t.net = t.net.checked_add(l.net)?;
        t.tax = t.tax.checked_add(l.tax)?;
        t.gross = t.gross.checked_add(l.gross)?;
    }
    Ok(t)
}

fn seller_tax(order: &Order, registered: bool, input_tax: Yen, sale_jct: Option<Provenance>) -> Result<SellerTax> {
    // Shipping charged is taxed at 10 %; items at their own rate. One floor per rate.
    let mut standard = i128::from(order.shipping_charged.0);
    let mut reduced = 0i128;
    for item in &order.items {
        let total = if item.tax_rate == TaxRate::Standard {
            &mut standard
        } else {
            &mut reduced
        };
        accumulate(total, i128::from(item.incl.0))?;
    }
    let output = add_i128(
        div_round(mul_i128(standard, 10)?, 110, Rounding::Floor)?,
        div_round(mul_i128(reduced, 8)?, 108, Rounding::Floor)?,
    )?;
    let output_tax = Yen::from_i128(output)?;
    let due = if registered {
        output_tax.checked_sub(input_tax)?
    } else if sale_jct.is_some() {
        output_tax
    } else {
        Yen::ZERO
    };
    Ok(SellerTax {
        registered,
        output_tax,
        input_tax,
        due,
        sale_jct,
        rounding_scope: "per_order_per_rate_estimate",
        provenance: crate::tax::provenance(),
    })
}

/// profit ÷ base × 100 to 2 decimals, half-up ("" for a zero base): margin on revenue, ROI on costs.
pub fn margin(profit: Yen, revenue: Yen) -> String {
    if revenue.0 == 0 {
        return String::new();
    }
    // |profit| ≤ i64::MAX, so × 100 fits in Decimal and ÷ a non-zero revenue cannot fail.
    Decimal::from(profit.0)
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|scaled| scaled.checked_div(Decimal::from(revenue.0)))
        .map(|pct| {
            pct.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                .to_string()
        })
        .unwrap_or_default()
}

fn yahoo_order(order: &Order, options: &yahoo::Options) -> Result<Vec<Draft>> {
    let ctx = order.ctx();
    let points = yahoo::points_rule(&ctx, options)?;
    let mut points_total = Yen::ZERO;
    for item in &order.items {
        points_total = points_total.checked_add(points.amount(item.excl)?)?;
    }
    let (affiliate_sales, affiliate_reward) = match yahoo::reward_rule(&ctx, options)? {
        Some(r) => (order.items_excl()?, r.amount(order.items_excl()?)?),
        None => (Yen::ZERO, Yen::ZERO),
    };
    let bases = yahoo::Bases {
        items: order.items_incl()?,
        gross: order.gross()?,
        points: points_total,
        points_base: order.items_excl()?,
        affiliate_sales,
        affiliate_reward,
    };
    let mut drafts = yahoo::lines(&ctx, options, &bases)?;
    if let Some(monthly) = order.allocated("yahoo.monthly_fee", LineKind::FixedFee)? {
        drafts.push(monthly);
    }
    Ok(drafts)
}
