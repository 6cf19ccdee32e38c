//! The same product on every marketplace, ranked by profit, with the reasons in three languages.

use super::order::{estimate_order, Costs, OrderEstimate, OrderInput, PlatformId};
use super::schedule::{Label, Registry};
use super::{amazon, qoo10, rakuten, tiktok, yahoo, Line};
use crate::dates::civil::Date;
use crate::error::Result;
use crate::money::{Rounding, Yen};
use crate::tax::{Quantity, TaxRate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompareInput {
    /// Unit price, tax-inclusive.
    pub price: Yen,
    #[serde(default)]
    pub quantity: Option<Quantity>,
    #[serde(default)]
    pub tax_rate: Option<TaxRate>,
    #[serde(default)]
    pub shipping_charged: Yen,
    #[serde(default)]
    pub costs: Costs,
    #[serde(default)]
    pub ad_spend: Yen,
    #[serde(default)]
    pub as_of: Option<Date>,
    #[serde(default = "yes")]
    pub jct_registered: bool,
    /// Share each platform's monthly fixed fees over this many orders.
    #[serde(default)]
    pub orders_per_month: Option<Quantity>,
    /// Platforms to compare (default all). Amazon and Qoo10 need a category.
    #[serde(default)]
    pub platforms: Option<Vec<PlatformId>>,
    /// Plan per platform, e.g. { "rakuten": "ganbare" }.
    #[serde(default)]
    pub plans: BTreeMap<PlatformId, String>,
    #[serde(default)]
    pub rakuten: Option<rakuten::Options>,
    #[serde(default)]
    pub tiktok: Option<tiktok::Options>,
    #[serde(default)]
    pub amazon: Option<amazon::Options>,
    #[serde(default)]
    pub yahoo: Option<yahoo::Options>,
    /// Qoo10 needs `qoo10.category`.
    #[serde(default)]
    pub qoo10: Option<qoo10::Options>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ranked {
    pub rank: usize,
    pub platform: PlatformId,
    pub plan: String,
    pub profit: Yen,
    pub margin: String,
    pub fees: Yen,
    pub payout: Yen,
    pub unverified: bool,
    /// Amazon: how this entry is fulfilled (with `amazon.fulfilment: "fba"` both are ranked).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fulfilment: Option<amazon::Fulfilment>,
    /// Why it ranks here: its largest charges and the gap to the best.
    pub reasons: Vec<Label>,
    pub estimate: OrderEstimate,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Skipped {
    pub platform: PlatformId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fulfilment: Option<amazon::Fulfilment>,
    pub code: &'static str,
    pub field: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// The fee data used: the compiled-in version, then each registered file (`registerFeeSchedules`).
    pub data_version: String,
    pub ranking: Vec<Ranked>,
    /// Platforms that could not be estimated with these inputs (e.g. Amazon without a category).
    pub skipped: Vec<Skipped>,
}

/// `compareMarketplaces`.
pub fn compare_marketplaces(registry: &Registry, input: CompareInput) -> Result<Comparison> {
    let platforms = input.platforms.clone().unwrap_or_else(|| PlatformId::ALL.to_vec());
    let mut estimates = Vec::new();
    let mut skipped = Vec::new();
    for platform in platforms {
        let mut order = OrderInput::new(platform, input.price);
        order.plan = input.plans.get(&platform).cloned();
        order.as_of = input.as_of;
        order.quantity = input.quantity;
        order.tax_rate = input.tax_rate;
        order.shipping_charged = input.shipping_charged;
        order.costs = input.costs.clone();
        order.ad_spend = input.ad_spend;
        order.jct_registered = input.jct_registered;
        order.fee_tax_rounding = Rounding::Floor;
        order.orders_per_month = input.orders_per_month;
        let mut variants = vec![];
        match platform {
            PlatformId::Rakuten => order.rakuten = input.rakuten.clone(),
            PlatformId::Tiktok => order.tiktok = input.tiktok.clone(),
            PlatformId::Amazon => {
                order.amazon = input.amazon.clone();
                variants = amazon_variants(&order);
            }
            PlatformId::Yahoo => order.yahoo = input.yahoo.clone(),
            PlatformId::Qoo10 => order.qoo10 = input.qoo10.clone(),
        }
        if variants.is_empty() {
            variants.push((None, order));
        }
        for (fulfilment, order) in variants {
            match estimate_order(registry, order) {
                Ok(e) => estimates.push((fulfilment, e)),
                Err(e) => skipped.push(Skipped {
                    platform,
                    fulfilment,
                    code: e.code,
                    field: e.field,
                    reason: e.message,
                }),
            }
        }
    }
    estimates.sort_by(|(fa, a), (fb, b)| b.profit.cmp(&a.profit).then(a.platform.cmp(&b.platform)).then(fa.cmp(fb)));
    let best = estimates.first().map(|(_, e)| e.profit);
    let ranking = estimates
        .into_iter()
        .enumerate()
        .map(|(i, (fulfilment, e))| Ranked {
            fulfilment,
            rank: i.saturating_add(1), // i < estimates.len()
            platform: e.platform,
            plan: e.plan.clone(),
            profit: e.profit,
            margin: e.margin.clone(),
            fees: e.fees.gross,
            payout: e.payout,
            unverified: e.unverified,
            reasons: reasons(&e, best, fulfilment),
            estimate: e,
        })
        .collect();
    Ok(Comparison {
        data_version: registry.data_version().into(),
        ranking,
        skipped,
    })
}

/// With `amazon.fulfilment: "fba"`, Amazon twice: FBA (Amazon delivers, so the seller's own
/// `costs.shipping` / `shippingBy` is left out) and merchant-fulfilled (the FBA-only options left out).
fn amazon_variants(order: &OrderInput) -> Vec<(Option<amazon::Fulfilment>, OrderInput)> {
    let Some(options) = order.amazon.as_ref().filter(|o| o.fulfilment == amazon::Fulfilment::Fba) else {
        return vec![];
    };
    let mut fba = order.clone();
    fba.costs.shipping = Yen::ZERO;
    fba.costs.shipping_by = None;
    let mut merchant = order.clone();
    merchant.amazon = Some(amazon::Options {
        fulfilment: amazon::Fulfilment::Merchant,
        size_tier: None,
        package: None,
        storage: None,
        ..options.clone()
    });
    vec![(Some(amazon::Fulfilment::Fba), fba), (Some(amazon::Fulfilment::Merchant), merchant)]
}

fn reasons(e: &OrderEstimate, best: Option<Yen>, fulfilment: Option<amazon::Fulfilment>) -> Vec<Label> {
    let mut out = Vec::new();
    match fulfilment {
        Some(amazon::Fulfilment::Fba) => out.push(Label::new(
            "亚马逊 FBA 配送：不计你自己的发货运费",
            "FBA（Amazonが配送）：自社の配送費は含みません",
            "FBA (Amazon delivers): your own shipping cost is left out",
        )),
        Some(amazon::Fulfilment::Merchant) => out.push(Label::new("自发货", "自社発送", "Shipped by you")),
        None => {}
    }
    let pct = |y: Yen| super::order::margin(y, e.revenue.total);
    let fees = e.fees.gross.grouped();
    out.push(Label {
        zh: format!("平台费用合计 ¥{fees}（占售价 {}%）", pct(e.fees.gross)),
        ja: format!("手数料合計 ¥{fees}（売上の{}%）", pct(e.fees.gross)),
        en: format!("Platform charges ¥{fees} ({}% of revenue)", pct(e.fees.gross)),
    });
    let mut lines: Vec<&Line> = e.lines.iter().collect();
    lines.sort_by_key(|l| std::cmp::Reverse(l.gross));
    for l in lines.into_iter().take(2).filter(|l| l.gross.0 > 0) {
        let gross = l.gross.grouped();
        out.push(Label {
            zh: format!("最大项：{} ¥{gross}", l.label.zh),
            ja: format!("主な費用：{} ¥{gross}", l.label.ja),
            en: format!("Largest: {} ¥{gross}", l.label.en),
        });
    }
    if let Some(best) = best {
        let gap = best.0.saturating_sub(e.profit.0); // both are i64 yen within ±2 × MAX_YEN
        if gap > 0 {
            let gap = Yen(gap).grouped();
            out.push(Label {
                zh: format!("比第一名少赚 ¥{gap}"),
                ja: format!("1位より利益が ¥{gap} 少ない"),
                en: format!("¥{gap} less profit than the best"),
            });
        }
    }
    if e.unverified {
        out.push(Label::new(
            "含未核实的预设费率，请按账单核对",
            "未検証のプリセットを含みます。請求書で確認してください",
            "Uses unverified presets: check against your statement",
        ));
    }
    out
}
