//! `simulateCampaign`: the expected ledger, KPIs with their formulas, per-channel break-evens, the
//! Monte Carlo distribution and the scenario echo that reproduces it.

use super::economics::{ltv_multiplier, payback_period, OrderEconomics};
use super::notice::Notice;
use super::scenario::{CampaignInput, Collaboration, Format, Model, Platform, Seed, ENGINE_VERSION};
use super::simulate::{expected, monte_carlo, order_flow, Flow, Outcome, Plan};
use super::stats::{fingerprint, histogram, summarize, tail_risk, Summary};
use super::vetting::{band, FollowerBand};
use crate::error::{code, Error, Result};
use crate::money::{Yen, MAX_YEN};
use crate::provenance::Provenance;
use serde::Serialize;

/// A statistic in yen, rounded half-to-even to whole yen.
pub fn yen(value: f64) -> Result<Yen> {
    if !value.is_finite() || value.abs() > MAX_YEN as f64 {
        return Err(Error::new(
            code::OVERFLOW,
            "",
            "a result is outside the supported yen range; check the inputs' scale",
        ));
    }
    Ok(Yen(value.round_ties_even() as i64))
}

/// A ratio, `None` (null) when its denominator is zero.
fn ratio(numerator: f64, denominator: f64) -> Option<f64> {
    (denominator != 0.0 && numerator.is_finite()).then(|| numerator / denominator)
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Engine {
    pub version: &'static str,
    pub seed: Seed,
    pub draws: u32,
    pub prng: &'static str,
    /// FNV-1a of the per-draw profit and GMV bits: equal fingerprints mean bit-identical draws.
    pub fingerprint: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Ledger {
    /// Expected orders (fractional: an expectation, not a count).
    pub orders: f64,
    pub gmv: Yen,
    pub net_sales: Yen,
    pub platform_fees: Yen,
    pub commission: Yen,
    pub affiliate_system_fee: Yen,
    pub cogs: Yen,
    pub fulfilment: Yen,
    pub spend: Yen,
    pub profit: Yen,
    pub rounding: &'static str,
    pub rounding_scope: &'static str,
}

impl Ledger {
    pub fn of(outcome: &Outcome) -> Result<Ledger> {
        let t = &outcome.total;
        Ok(Ledger {
            orders: t.orders,
            gmv: yen(t.gmv)?,
            net_sales: yen(t.net_sales)?,
            platform_fees: yen(t.platform_fees)?,
            commission: yen(t.commission)?,
            affiliate_system_fee: yen(outcome.affiliate_system_fee)?,
            cogs: yen(t.cogs)?,
            fulfilment: yen(t.fulfilment)?,
            spend: yen(t.spend)?,
            profit: yen(outcome.profit())?,
            rounding: "half_even",
            rounding_scope: "per_figure",
        })
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metric {
    pub id: &'static str,
    pub label: &'static str,
    pub value: Option<f64>,
    pub formula: &'static str,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatorResult {
    pub id: String,
    pub platform: Platform,
    pub collaboration: Collaboration,
    pub format: Format,
    /// Follower band from `followers` (the seller guide prefers 1万–10万), when given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<FollowerBand>,
    pub posts: u32,
    pub orders: f64,
    pub gmv: Yen,
    pub spend: Yen,
    pub commission: Yen,
    pub profit: Yen,
    /// Contribution per yen of GMV for this creator's orders (commission inside).
    pub margin: f64,
    pub roas: Option<f64>,
    /// CVR at which this creator's expected profit is zero.
    pub break_even_cvr: Option<f64>,
    /// Largest flat fee at which this creator still breaks even (negative: loses even when free).
    pub max_flat_fee: Yen,
    /// Commission rate at which this creator's expected profit is zero, if within 0–100 %.
    pub break_even_commission: Option<f64>,
    /// Share of draws in which this creator alone lost money.
    pub prob_loss: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdResult {
    pub id: String,
    pub platform: Platform,
    pub spend: Yen,
    pub gmv: Yen,
    pub profit: Yen,
    pub roas: Option<f64>,
    /// dGMV/dspend at the planned spend.
    pub marginal_roas: f64,
    pub margin: f64,
    pub break_even_roas: Option<f64>,
    /// Spend where margin·mROAS = 1 (0 when no spend is profitable).
    pub profit_max_spend: Yen,
    pub roas_max_spend: Option<Yen>,
    pub inflection_spend: Option<Yen>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct YenSummary {
    pub mean: Yen,
    pub sd: Yen,
    pub p5: Yen,
    pub p50: Yen,
    pub p95: Yen,
    pub min: Yen,
    pub max: Yen,
}

impl YenSummary {
    fn of(s: &Summary) -> Result<YenSummary> {
        Ok(YenSummary {
            mean: yen(s.mean)?,
            sd: yen(s.sd)?,
            p5: yen(s.p5)?,
            p50: yen(s.p50)?,
            p95: yen(s.p95)?,
            min: yen(s.min)?,
            max: yen(s.max)?,
        })
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Distribution {
    pub profit: YenSummary,
    /// P(profit < 0).
    pub prob_loss: f64,
    /// 5 % value-at-risk: the 5th percentile of profit.
    pub var5: Yen,
    /// Mean profit of the worst 5 % of draws.
    pub cvar5: Yen,
    pub gmv: YenSummary,
    /// ROAS of each draw (GMV ÷ spend), summarised; null without spend.
    pub roas: Option<Summary>,
    /// E[GMV] ÷ spend — differs from the mean of per-draw ROAS only when spend varies.
    pub roas_of_means: Option<f64>,
    pub histogram: Histogram,
    /// Standard error of the mean profit (sd/√n).
    pub mean_standard_error: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Histogram {
    /// Bin edges in yen (rounded), one more than `counts`.
    pub edges: Vec<Yen>,
    pub counts: Vec<u32>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reverse {
    /// Blended contribution per yen of GMV (commission and system fee inside).
    pub margin: Option<f64>,
    pub break_even_roas: Option<f64>,
    /// Commission treated as spend instead: m′ and ROAS on (spend + commission).
    pub margin_commission_as_spend: Option<f64>,
    pub break_even_roas_commission_as_spend: Option<f64>,
    /// List-price AOV at which the whole plan breaks even, orders unchanged.
    pub break_even_aov: Option<Yen>,
    /// GMV needed to cover the spend at the blended margin.
    pub break_even_gmv: Option<Yen>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Lifetime {
    /// Σ_{t=0}^{T} (r/(1+d))ᵗ, or (1+d)/(1+d−r) for an infinite horizon.
    pub multiplier: f64,
    pub lifetime_profit: Yen,
    /// (1/m) ÷ multiplier.
    pub ltv_adjusted_break_even_roas: Option<f64>,
    /// First period (0 = the campaign's own) in which discounted contribution per customer covers
    /// spend per customer; null if not within 120 periods.
    pub payback_period: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SimulationOutput {
    pub engine: Engine,
    /// The input with engine version, seed and draws filled in: save it to reproduce these results.
    pub scenario: CampaignInput,
    pub expected: Ledger,
    pub metrics: Vec<Metric>,
    pub creators: Vec<CreatorResult>,
    pub ads: Vec<AdResult>,
    pub distribution: Distribution,
    pub reverse: Reverse,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<Lifetime>,
    pub provenance: Vec<Provenance>,
    /// English, as in `warningDetails`.
    pub warnings: Vec<String>,
    /// Each warning with its code and text in zh / ja / en.
    pub warning_details: Vec<Notice>,
}

/// `simulateCampaign`.
pub fn simulate_campaign(input: CampaignInput) -> Result<SimulationOutput> {
    let model = input.compile()?;
    super::simulate::check_simulation_work(&model, model.draws)?;
    let plan = Plan::of(&model);
    let outcome = expected(&model, &plan)?;
    let mut draws = monte_carlo(&model, &plan, model.draws, model.seed)?;
    let mut scenario = input;
    scenario.engine_version = Some(ENGINE_VERSION.to_string());
    scenario.seed = Some(Seed(model.seed));
    scenario.draws = Some(model.draws);
    let mut bits = draws.profit.clone();
    bits.extend_from_slice(&draws.gmv);
    let engine = Engine {
        version: ENGINE_VERSION,
        seed: Seed(model.seed),
        draws: model.draws,
        prng: "xoshiro256++ seeded by splitmix64; one stream per random input; libm math",
        fingerprint: fingerprint(&bits),
    };
    let distribution = distribution(&model, &outcome, &mut draws.profit, &mut draws.gmv)?;
    let creators = model
        .creators
        .iter()
        .enumerate()
        .zip(&draws.creator_losses)
        .map(|((i, _), &losses)| creator_result(&model, &outcome, i, f64::from(losses) / f64::from(model.draws)))
        .collect::<Result<Vec<_>>>()?;
    let ads = model
        .ads
        .iter()
        .zip(&outcome.ads)
        .map(|(a, flow)| ad_result(a, flow))
        .collect::<Result<Vec<_>>>()?;
    Ok(SimulationOutput {
        engine,
        expected: Ledger::of(&outcome)?,
        metrics: metrics(&model, &outcome),
        creators,
        ads,
        distribution,
        reverse: reverse(&model, &outcome)?,
        lifetime: lifetime(&model, &outcome)?,
        provenance: model.provenance.clone(),
        warnings: super::notice::messages(&model.warnings),
        warning_details: model.warnings.clone(),
        scenario,
    })
}

fn distribution(model: &Model, outcome: &Outcome, profit: &mut [f64], gmv: &mut [f64]) -> Result<Distribution> {
    let spend = outcome.total.spend;
    let mut roas: Vec<f64> = if spend > 0.0 {
        gmv.iter().map(|g| g / spend).collect()
    } else {
        Vec::new()
    };
    let gmv_summary = summarize(gmv);
    let losses = profit.iter().filter(|p| **p < 0.0).count();
    let profit_summary = summarize(profit);
    let (var5, cvar5) = tail_risk(profit, 0.05);
    let (edges, counts) = histogram(profit, 30);
    Ok(Distribution {
        profit: YenSummary::of(&profit_summary)?,
        prob_loss: losses as f64 / profit.len() as f64,
        var5: yen(var5)?,
        cvar5: yen(cvar5)?,
        gmv: YenSummary::of(&gmv_summary)?,
        roas: (!roas.is_empty()).then(|| summarize(&mut roas)),
        roas_of_means: ratio(gmv_summary.mean, spend),
        histogram: Histogram {
            edges: edges.into_iter().map(yen).collect::<Result<_>>()?,
            counts,
        },
        mean_standard_error: profit_summary.sd / libm::sqrt(model.draws as f64),
    })
}

/// The marginal affiliate system fee rate at the plan's reward total (what one more yen of reward costs).
fn marginal_system_fee_rate(model: &Model, outcome: &Outcome) -> Result<f64> {
    let rewards: f64 = model
        .creators
        .iter()
        .zip(&outcome.creators)
        .filter(|(c, _)| c.pays_affiliate_system_fee)
        .map(|(_, f)| f.commission)
        .sum();
    model.system_fee.as_ref().map_or(Ok(0.0), |fee| fee.marginal_rate(rewards))
}

fn creator_result(model: &Model, outcome: &Outcome, i: usize, prob_loss: f64) -> Result<CreatorResult> {
    let (Some(c), Some(flow)) = (model.creators.get(i), outcome.creators.get(i)) else {
        return Err(Error::new(code::INVALID_INPUT, format!("creators[{i}]"), "no such creator"));
    };
    let system_rate = if c.pays_affiliate_system_fee {
        marginal_system_fee_rate(model, outcome)?
    } else {
        0.0
    };
    // This creator's share of the system fee, at the marginal rate of the plan's reward total.
    let contribution = flow.contribution() - flow.commission * system_rate;
    let profit = contribution - flow.spend;
    let posts = c.posts;
    // Contribution is linear in κ: evaluate the per-unit commission base at κ = 1.
    let base = order_flow(
        &OrderEconomics {
            commission: 1.0,
            ..c.economics
        },
        flow.orders,
        c.economics.aov,
        model.returns_mean,
    )
    .commission;
    let contribution_without_commission = contribution + flow.commission * (1.0 + system_rate);
    let break_even_commission =
        ratio(contribution_without_commission - flow.spend, base * (1.0 + system_rate)).filter(|k| (0.0..=1.0).contains(k));
    Ok(CreatorResult {
        id: c.id.clone(),
        platform: c.platform,
        collaboration: c.collaboration,
        format: c.format,
        tier: c.followers.map(band),
        posts,
        orders: flow.orders,
        gmv: yen(flow.gmv)?,
        spend: yen(flow.spend)?,
        commission: yen(flow.commission)?,
        profit: yen(profit)?,
        margin: ratio(contribution, flow.gmv).unwrap_or_else(|| c.economics.margin()),
        roas: ratio(flow.gmv, flow.spend),
        break_even_cvr: if contribution > 0.0 {
            Some(c.cvr * flow.spend / contribution)
        } else {
            None
        },
        max_flat_fee: yen(contribution - (flow.spend - if posts > 0 { c.flat_fee } else { 0.0 }))?,
        break_even_commission,
        prob_loss,
    })
}

fn ad_result(a: &super::scenario::AdModel, flow: &Flow) -> Result<AdResult> {
    let m = a.economics.margin();
    Ok(AdResult {
        id: a.id.clone(),
        platform: a.platform,
        spend: yen(flow.spend)?,
        gmv: yen(flow.gmv)?,
        profit: yen(flow.profit())?,
        roas: ratio(flow.gmv, flow.spend),
        marginal_roas: a.curve.slope(a.spend),
        margin: m,
        break_even_roas: (m > 0.0).then(|| 1.0 / m),
        profit_max_spend: yen(a.curve.profit_max(m))?,
        roas_max_spend: a.curve.roas_max().map(yen).transpose()?,
        inflection_spend: a.curve.inflection().map(yen).transpose()?,
    })
}

fn metrics(model: &Model, outcome: &Outcome) -> Vec<Metric> {
    let t = &outcome.total;
    let contribution = t.contribution() - outcome.affiliate_system_fee;
    let m = ratio(contribution, t.gmv);
    let m_prime = ratio(contribution + t.commission + outcome.affiliate_system_fee, t.gmv);
    let metric = |id, label, value, formula| Metric { id, label, value, formula };
    let mut list = vec![
        metric(
            "roas_gross",
            "ROAS (gross, attributed)",
            ratio(t.gmv, t.spend),
            "list-price GMV ÷ spend (flat + per-post fees + samples + ads)",
        ),
        metric(
            "roas_net",
            "ROAS (net of discounts and returns)",
            ratio(t.net_sales, t.spend),
            "sales kept after discounts and returns ÷ spend",
        ),
        metric(
            "roas_incremental",
            "ROAS (incremental)",
            ratio(t.gmv * model.incrementality, t.spend),
            "GMV × incrementality ÷ spend",
        ),
        metric(
            "roas_measured",
            "ROAS as the platform would report it",
            ratio(t.gmv * model.coverage, t.spend),
            "GMV × tracking coverage ÷ spend",
        ),
        metric(
            "tiktok_roi",
            "TikTok \"ROI\" (really a gross ROAS)",
            ratio(t.gmv, t.spend),
            "GMV ÷ cost, as TikTok labels it: revenue over cost, not profit over cost",
        ),
        metric(
            "guide_roi",
            "Affiliate-guide \"ROI\"",
            ratio(t.gmv, t.commission),
            "order amount ÷ commission paid (the LinkStar guide's definition)",
        ),
        metric(
            "roi",
            "ROI (profit on spend)",
            ratio(outcome.profit(), t.spend),
            "profit after every fee ÷ spend",
        ),
        metric("acos", "ACoS", ratio(t.spend, t.gmv), "spend ÷ attributed GMV = 1 ÷ gross ROAS"),
        metric("cpa", "Cost per order", ratio(t.spend, t.orders), "spend ÷ expected orders"),
        metric(
            "margin",
            "Contribution margin m",
            m,
            "m = (1−ρ)[(1−d)(1−f−κ) − c] − s/AOV, GMV-weighted over channels, system fee inside",
        ),
        metric(
            "break_even_roas",
            "Break-even ROAS",
            m.filter(|m| *m > 0.0).map(|m| 1.0 / m),
            "1 ÷ m (ROAS on spend, commission inside m)",
        ),
        metric(
            "break_even_roas_commission_as_spend",
            "Break-even ROAS, commission counted as spend",
            m_prime.filter(|m| *m > 0.0).map(|m| 1.0 / m),
            "1 ÷ m′ with m′ = (1−ρ)[(1−d)(1−f) − c] − s/AOV, on spend + commission",
        ),
    ];
    if let Some(organic) = model.organic_sales {
        list.push(metric(
            "tacos",
            "TACoS",
            ratio(t.spend, t.gmv + organic),
            "spend ÷ (campaign GMV + organic sales)",
        ));
    }
    list
}

fn reverse(model: &Model, outcome: &Outcome) -> Result<Reverse> {
    let t = &outcome.total;
    let contribution = t.contribution() - outcome.affiliate_system_fee;
    let m = ratio(contribution, t.gmv);
    let m_prime = ratio(contribution + t.commission + outcome.affiliate_system_fee, t.gmv);
    // Orders fixed, every flow but fulfilment scales with AOV: profit(k·AOV) = k·(C + F) − F − S.
    let scaled = contribution + t.fulfilment;
    let break_even_aov = ratio(t.fulfilment + t.spend, scaled)
        .filter(|k| *k > 0.0)
        .map(|k| yen(k * model.aov))
        .transpose()?;
    Ok(Reverse {
        margin: m,
        break_even_roas: m.filter(|m| *m > 0.0).map(|m| 1.0 / m),
        margin_commission_as_spend: m_prime,
        break_even_roas_commission_as_spend: m_prime.filter(|m| *m > 0.0).map(|m| 1.0 / m),
        break_even_aov,
        break_even_gmv: m.filter(|m| *m > 0.0).map(|m| yen(t.spend / m)).transpose()?,
    })
}

fn lifetime(model: &Model, outcome: &Outcome) -> Result<Option<Lifetime>> {
    let Some((rate, discount, horizon)) = model.repeat else {
        return Ok(None);
    };
    let t = &outcome.total;
    let multiplier = ltv_multiplier(rate, discount, horizon);
    let contribution = t.contribution() - outcome.affiliate_system_fee;
    let m = ratio(contribution, t.gmv).filter(|m| *m > 0.0);
    let payback = if t.orders > 0.0 {
        payback_period(t.spend / t.orders, contribution / t.orders, rate, discount, 120)
    } else {
        None
    };
    Ok(Some(Lifetime {
        multiplier,
        lifetime_profit: yen(contribution * multiplier - t.spend)?,
        ltv_adjusted_break_even_roas: m.map(|m| 1.0 / m / multiplier),
        payback_period: payback,
    }))
}
