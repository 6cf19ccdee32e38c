//! Campaign profit: the expected-value engine and the seeded Monte Carlo around it.
//!
//! Each order earns `AOV·(1−ρ)[(1−d)(1−f−κ) − c] − s` (campaign-math.md §2.5); creators add flat
//! fees, per-post fees and samples; ad channels spend along their response curve; Rakuten affiliate
//! rewards pay the tiered system fee on their monthly total. Views, CTR, CVR, AOV, returns and ad
//! response are random (lognormal / Beta), each from its own stream keyed by the creator's id, so
//! two scenarios with the same seed share their random numbers (common random numbers).

use super::economics::OrderEconomics;
use super::rng::{mean_one_lognormal, stream_seed, BetaByMean, Rng};
use super::scenario::{AdModel, CreatorModel, Model};
use crate::error::Result;

/// Money flows of one channel (or a total), f64 yen.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Flow {
    pub orders: f64,
    /// List-price GMV.
    pub gmv: f64,
    /// Paid by customers and kept after returns.
    pub net_sales: f64,
    pub platform_fees: f64,
    pub commission: f64,
    pub cogs: f64,
    pub fulfilment: f64,
    /// Flat fees, per-post fees, samples and ad spend.
    pub spend: f64,
}

impl Flow {
    /// Contribution after variable costs, before fixed spend.
    #[inline(always)]
    pub fn contribution(&self) -> f64 {
        self.net_sales - self.platform_fees - self.commission - self.cogs - self.fulfilment
    }

    #[inline(always)]
    pub fn profit(&self) -> f64 {
        self.contribution() - self.spend
    }

    #[inline(always)]
    pub fn add(&mut self, other: &Flow) {
        self.orders += other.orders;
        self.gmv += other.gmv;
        self.net_sales += other.net_sales;
        self.platform_fees += other.platform_fees;
        self.commission += other.commission;
        self.cogs += other.cogs;
        self.fulfilment += other.fulfilment;
        self.spend += other.spend;
    }
}

/// Flows of `orders` orders at list price `aov` with return rate `returns`.
#[inline(always)]
pub fn order_flow(e: &OrderEconomics, orders: f64, aov: f64, returns: f64) -> Flow {
    let gmv = orders * aov;
    let paid = gmv * (1.0 - e.discount);
    let kept = 1.0 - returns;
    let fee_base = if e.fees_refunded_on_returns { paid * kept } else { paid };
    Flow {
        orders,
        gmv,
        net_sales: paid * kept,
        platform_fees: fee_base * e.platform_fee,
        commission: fee_base * e.commission,
        cogs: gmv * kept * e.cogs,
        fulfilment: orders * e.per_order_cost,
        spend: 0.0,
    }
}

/// The random factors of one draw for one creator.
#[derive(Debug, Clone, Copy)]
pub struct CreatorDraw {
    pub views_multiplier: f64,
    pub ctr: f64,
    pub cvr: f64,
}

/// Factors shared by every channel in one draw: AOV multiplier (mean 1) and the return rate.
#[derive(Debug, Clone, Copy)]
pub struct SharedDraw {
    pub aov_multiplier: f64,
    pub returns: f64,
}

pub fn creator_flow(c: &CreatorModel, posts: u32, draw: CreatorDraw, shared: SharedDraw) -> Flow {
    flow_of_reach(c, c.views_per_post * c.effective_posts(posts), c.fixed_cost(posts), draw, shared)
}

/// The flow for a creator whose posts reach `views` in expectation and cost `fixed`.
#[inline(always)]
fn flow_of_reach(c: &CreatorModel, views: f64, fixed: f64, draw: CreatorDraw, shared: SharedDraw) -> Flow {
    let orders = views * draw.views_multiplier * draw.ctr * draw.cvr;
    let mut flow = order_flow(&c.economics, orders, c.economics.aov * shared.aov_multiplier, shared.returns);
    flow.spend = fixed;
    flow
}

pub fn ad_flow(a: &AdModel, spend: f64, gmv_multiplier: f64, shared: SharedDraw) -> Flow {
    let aov = a.economics.aov * shared.aov_multiplier;
    let gmv = a.curve.value(spend) * gmv_multiplier;
    let mut flow = order_flow(&a.economics, gmv / aov, aov, shared.returns);
    flow.spend = spend;
    flow
}

/// A plan: posts per creator and spend per ad channel, in model order.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub posts: Vec<u32>,
    pub ad_spend: Vec<f64>,
}

impl Plan {
    /// The plan the scenario describes.
    pub fn of(model: &Model) -> Plan {
        Plan {
            posts: model.creators.iter().map(|c| c.posts).collect(),
            ad_spend: model.ads.iter().map(|a| a.spend).collect(),
        }
    }
}

/// One evaluated outcome: totals, per-channel flows and the Rakuten affiliate system fee.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub total: Flow,
    pub creators: Vec<Flow>,
    pub ads: Vec<Flow>,
    pub affiliate_system_fee: f64,
}

impl Outcome {
    pub fn profit(&self) -> f64 {
        self.total.profit() - self.affiliate_system_fee
    }
}

fn mean_shared(model: &Model) -> SharedDraw {
    SharedDraw {
        aov_multiplier: 1.0,
        returns: model.returns_mean,
    }
}

/// Expected outcome: every random input at its mean. Profit is linear in each independent factor,
/// so this is the exact expectation apart from the tiered Rakuten system fee.
pub fn expected(model: &Model, plan: &Plan) -> Result<Outcome> {
    let shared = mean_shared(model);
    let creators = model
        .creators
        .iter()
        .zip(&plan.posts)
        .map(|(c, &posts)| {
            creator_flow(
                c,
                posts,
                CreatorDraw {
                    views_multiplier: 1.0,
                    ctr: c.ctr,
                    cvr: c.cvr,
                },
                shared,
            )
        })
        .collect();
    let ads = model
        .ads
        .iter()
        .zip(&plan.ad_spend)
        .map(|(a, &spend)| ad_flow(a, spend, 1.0, shared))
        .collect();
    assemble(model, creators, ads)
}

fn assemble(model: &Model, creators: Vec<Flow>, ads: Vec<Flow>) -> Result<Outcome> {
    let mut total = Flow::default();
    let mut rewards = 0.0;
    for (c, flow) in model.creators.iter().zip(&creators) {
        total.add(flow);
        if c.pays_affiliate_system_fee {
            rewards += flow.commission;
        }
    }
    ads.iter().for_each(|flow| total.add(flow));
    let affiliate_system_fee = system_fee(model, rewards)?;
    Ok(Outcome {
        total,
        creators,
        ads,
        affiliate_system_fee,
    })
}

/// The Rakuten affiliate system fee on a month's rewards (fee engine rule), 0 without affiliates.
pub fn system_fee(model: &Model, rewards: f64) -> Result<f64> {
    model.system_fee.as_ref().map_or(Ok(0.0), |fee| fee.on(rewards))
}

/// Stream label from an id (FNV-1a), so a creator keeps its random numbers when others are added,
/// removed or reordered.
fn id_stream(id: &str, variable: u64) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in id.bytes() {
        hash ^= byte as u64;
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash ^ variable.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

struct CreatorStreams {
    views: Rng,
    ctr: Rng,
    cvr: Rng,
    ctr_dist: BetaByMean,
    cvr_dist: BetaByMean,
}

/// Per-draw results of a Monte Carlo run, in draw order.
#[derive(Debug, Clone)]
pub struct Draws {
    pub profit: Vec<f64>,
    pub gmv: Vec<f64>,
    pub orders: Vec<f64>,
    /// Draws in which each creator lost money on its own (before the shared system fee).
    pub creator_losses: Vec<u32>,
    pub creator_profit_sum: Vec<f64>,
}

/// The seeded Monte Carlo for `plan`.
/// simulateCampaign's work limit: draws × (creators + ad channels + 10), the last term for the
/// per-draw work every simulation does (shared draws, sorting, quantiles). Measured in Node on a
/// 2-core machine: 0.13–0.7 µs per unit (more with many creators, whose streams leave the cache),
/// so 1,000,000 keeps a call under a second even on a busy machine (1,000 creators × 1,485 draws
/// took 0.45–0.52 s warm and 0.74–1.24 s as the first large call of a process at load 6 on 2
/// cores; 1 creator × 136,363 draws 0.26 s). 1,000 creators × 3,960 draws took 1.8 s.
pub const MAX_SIMULATION_WORK: u64 = 1_000_000;

/// One draw's share of [`MAX_SIMULATION_WORK`]: a unit per creator and channel, plus ten.
pub fn work_per_draw(model: &Model) -> u64 {
    (model.creators.len() as u64)
        .saturating_add(model.ads.len() as u64)
        .saturating_add(10)
}

pub fn check_simulation_work(model: &Model, draws: u32) -> Result<()> {
    crate::error::Error::check_work(
        "draws × (creators + ad channels + 10)",
        u64::from(draws).saturating_mul(work_per_draw(model)),
        MAX_SIMULATION_WORK,
        "lower draws (1,000–10,000 is usually plenty) or simulate fewer creators at a time",
    )
}

#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "i enumerates model.creators; plan.posts, reach and the per-creator sums have one entry per creator; a loss count is at most `draws`"
)]
pub fn monte_carlo(model: &Model, plan: &Plan, draws: u32, seed: u64) -> Result<Draws> {
    let n = draws as usize;
    let mut aov_rng = Rng::seed_from_u64(stream_seed(seed, 1));
    let mut returns_rng = Rng::seed_from_u64(stream_seed(seed, 2));
    let returns_dist = BetaByMean::new(model.returns_mean, model.return_concentration);
    let mut streams: Vec<CreatorStreams> = model
        .creators
        .iter()
        .map(|c| CreatorStreams {
            views: Rng::seed_from_u64(stream_seed(seed, id_stream(&c.id, 1))),
            ctr: Rng::seed_from_u64(stream_seed(seed, id_stream(&c.id, 2))),
            cvr: Rng::seed_from_u64(stream_seed(seed, id_stream(&c.id, 3))),
            ctr_dist: BetaByMean::new(c.ctr, model.rate_concentration),
            cvr_dist: BetaByMean::new(c.cvr, model.rate_concentration),
        })
        .collect();
    // Reach and fixed cost depend on the plan only: once, not per draw.
    let reach: Vec<(f64, f64)> = model
        .creators
        .iter()
        .zip(&plan.posts)
        .map(|(c, &n)| (c.views_per_post * c.effective_posts(n), c.fixed_cost(n)))
        .collect();
    let mut ad_rngs: Vec<Rng> = model
        .ads
        .iter()
        .map(|a| Rng::seed_from_u64(stream_seed(seed, id_stream(&a.id, 4))))
        .collect();

    let mut out = Draws {
        profit: Vec::with_capacity(n),
        gmv: Vec::with_capacity(n),
        orders: Vec::with_capacity(n),
        creator_losses: vec![0; model.creators.len()],
        creator_profit_sum: vec![0.0; model.creators.len()],
    };
    for _ in 0..n {
        let shared = SharedDraw {
            aov_multiplier: mean_one_lognormal(&mut aov_rng, model.aov_sigma_log),
            returns: returns_dist.sample(&mut returns_rng),
        };
        let mut total = Flow::default();
        let mut rewards = 0.0;
        for (i, (c, s)) in model.creators.iter().zip(streams.iter_mut()).enumerate() {
            let posts = plan.posts[i];
            // Draw every variate even for zero posts, so streams stay aligned across plans.
            let draw = CreatorDraw {
                views_multiplier: mean_one_lognormal(&mut s.views, c.views_sigma_log),
                ctr: s.ctr_dist.sample(&mut s.ctr),
                cvr: s.cvr_dist.sample(&mut s.cvr),
            };
            if posts == 0 {
                continue;
            }
            let flow = flow_of_reach(c, reach[i].0, reach[i].1, draw, shared);
            let profit = flow.profit();
            out.creator_profit_sum[i] += profit;
            if profit < 0.0 {
                out.creator_losses[i] += 1;
            }
            if c.pays_affiliate_system_fee {
                rewards += flow.commission;
            }
            total.add(&flow);
        }
        for ((a, rng), &spend) in model.ads.iter().zip(ad_rngs.iter_mut()).zip(&plan.ad_spend) {
            let multiplier = mean_one_lognormal(rng, a.sigma_log);
            total.add(&ad_flow(a, spend, multiplier, shared));
        }
        let fee = match &model.system_fee {
            Some(fee) => fee.for_draw(rewards)?,
            None => 0.0,
        };
        out.profit.push(total.profit() - fee);
        out.gmv.push(total.gmv);
        out.orders.push(total.orders);
    }
    Ok(out)
}
