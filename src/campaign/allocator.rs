//! `allocateBudget`: which creators to hire (and how many posts) and how much to put into each ad
//! channel. Creators are discrete, ad spend is continuous, response curves may be S-shaped, so a
//! local marginal-equalisation (Robyn's SLSQP, KKT) can stop at a worse point. The allocator runs a
//! global dynamic programme over a budget grid (per platform, then merged under platform caps),
//! then polishes the funded ad channels with an exact KKT solve (equal marginal value, to machine
//! precision) and reports the certificate (campaign-math.md §4.6, F5/F6).
//!
//! Scope of the approximation: the DP sees each option's cost rounded up to the grid (so it never
//! overspends) and the Rakuten affiliate system fee at its first-band rate; the final plan is then
//! re-evaluated exactly by the expected engine.

use super::curve::Curve;
use super::notice::{self, Notice};
use super::report::yen;
use super::scenario::{CampaignInput, Model, Platform};
use super::simulate::{ad_flow, creator_flow, expected, monte_carlo, CreatorDraw, Plan, SharedDraw};
use super::stats::tail_risk;
use crate::error::{code, Error, Result};
use crate::money::{group_thousands, Yen};
use serde::{Deserialize, Serialize};

/// Grid cells over the budget: default and bounds.
const DEFAULT_GRID: u32 = 500;
const MAX_GRID: u32 = 5_000;
/// Ad channels enter the DP at most this many spend levels (the KKT polish makes them continuous).
const AD_LEVELS: usize = 250;
/// Ad channels the allocator accepts (each costs O(grid × levels) in the DP).
const MAX_AD_CHANNELS: usize = 50;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    /// Maximise expected profit, spending at most the budget.
    MaxProfit,
    /// Maximise expected GMV within the budget (Robyn's "max response").
    MaxGmv,
    /// Maximise expected GMV while expected profit stays ≥ 0.
    MaxGmvProfitable,
    /// Maximise expected GMV while ROAS (GMV ÷ spend) stays ≥ `targetRoas`.
    TargetRoas,
    /// Spend as little as possible to reach `targetGmv` expected GMV.
    MinSpendForGmv,
    /// Spend as little as possible to reach `targetProfit` expected profit.
    MinSpendForProfit,
    /// Among the max-profit plans at 5 %, 10 %, … 100 % of the budget, maximise
    /// (1 − λ)·E[profit] + λ·CVaR₅ on common-random-number Monte Carlo draws.
    RiskAware,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlatformCaps {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tiktok_shop_jp: Option<Yen>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rakuten: Option<Yen>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AllocateInput {
    /// Creators (with minPosts/maxPosts/locked/excluded) and ad channels (minSpend/maxSpend/locked).
    pub scenario: CampaignInput,
    /// The most the plan may spend on fees, samples and ads.
    pub budget: Yen,
    pub objective: Objective,
    #[serde(default)]
    pub target_roas: Option<f64>,
    #[serde(default)]
    pub target_gmv: Option<Yen>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::money::Yen::deserialize_signed")]
    pub target_profit: Yen,
    /// λ in [0, 1] for `risk_aware`; default 0.5.
    #[serde(default)]
    pub risk_aversion: Option<f64>,
    #[serde(default)]
    pub platform_caps: PlatformCaps,
    /// Budget grid cells, 50 to 5000; default 500.
    #[serde(default)]
    pub grid: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatorAllocation {
    pub id: String,
    pub posts: u32,
    pub hired: bool,
    pub spend: Yen,
    pub gmv: Yen,
    pub profit: Yen,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AdAllocation {
    pub id: String,
    pub spend: Yen,
    pub gmv: Yen,
    pub profit: Yen,
    pub marginal_roas: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    pub spend: Yen,
    pub gmv: Yen,
    pub profit: Yen,
    pub roas: Option<f64>,
    pub unspent: Yen,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Certificate {
    /// Whether the funded ad channels were re-solved continuously after the DP.
    pub polished: bool,
    /// Common marginal value ν: weight·r′(x) = ν for every interior polished channel.
    pub multiplier: Option<f64>,
    /// (max − min)/max of weight·r′(x) over interior polished channels (0 = exact KKT point).
    pub marginal_spread: Option<f64>,
    /// Grid step of the DP, yen.
    pub grid_step: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FrontierPoint {
    pub spend: Yen,
    pub mean_profit: Yen,
    pub cvar5: Yen,
    pub score: f64,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AllocateOutput {
    pub objective: Objective,
    /// False when the constraints cannot all hold; `diagnostics` says why.
    pub feasible: bool,
    pub diagnostics: Vec<Notice>,
    pub creators: Vec<CreatorAllocation>,
    pub ads: Vec<AdAllocation>,
    pub totals: Totals,
    pub certificate: Certificate,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub frontier: Vec<FrontierPoint>,
    /// The scenario with the allocated posts and spends: pass it to `simulateCampaign`.
    pub plan: CampaignInput,
    /// English, as in `warningDetails`.
    pub warnings: Vec<String>,
    /// Each warning with its code and text in zh / ja / en.
    pub warning_details: Vec<Notice>,
}

/// One way to fund one item (a creator's post count or an ad spend level).
#[derive(Debug, Clone, Copy)]
struct Choice {
    cells: usize,
    spend: f64,
    gmv: f64,
    profit: f64,
    /// Posts for a creator, spend for an ad channel.
    amount: f64,
}

#[derive(Debug, Clone)]
struct Item {
    platform: Platform,
    choices: Vec<Choice>,
    is_ad: bool,
    index: usize,
}

/// The DP's scalar value of a choice: a·GMV + b·profit − s·spend.
#[derive(Debug, Clone, Copy)]
struct Weights {
    gmv: f64,
    profit: f64,
    spend: f64,
}

impl Weights {
    fn value(&self, c: &Choice) -> f64 {
        self.gmv * c.gmv + self.profit * c.profit - self.spend * c.spend
    }
}

/// What one more yen of affiliate reward costs in system fee at the start of the month's bands.
fn first_band_rate(model: &Model) -> Result<f64> {
    model.system_fee.as_ref().map_or(Ok(0.0), |fee| fee.marginal_rate(0.0))
}

fn mean_shared(model: &Model) -> SharedDraw {
    SharedDraw {
        aov_multiplier: 1.0,
        returns: model.returns_mean,
    }
}

/// allocateBudget's work limit: Σ options (post counts and spend levels of every creator and
/// channel) × (grid + 1) budget cells, the size of one knapsack pass. Measured in Node on a
/// 2-core machine: ≈ 41 ns per unit for maxProfit (the slowest objective at this size), so
/// 15,000,000 is about 0.6 s; 1,000 creators × 7 options × 5,001 cells took 1.4 s and 1,000
/// creators × 1,000 post options × 5,001 cells 58–74 s before this limit.
pub const MAX_ALLOCATION_WORK: u64 = 15_000_000;

fn check_allocation_work(items: &[Item], grid: usize) -> Result<()> {
    let options = items.iter().map(|item| item.choices.len() as u64).sum::<u64>();
    let cells = (grid as u64).saturating_add(1);
    Error::check_work(
        "allocateBudget's options (posts and spend levels of every creator and channel) × (grid + 1)",
        options.saturating_mul(cells),
        MAX_ALLOCATION_WORK,
        "lower maxPosts, the number of creators or channels, or grid",
    )
    .map_err(|e| e.within("scenario"))
}

fn build_items(model: &Model, grid: usize, step: f64) -> Result<Vec<Item>> {
    let shared = mean_shared(model);
    let system_rate = first_band_rate(model)?;
    let cells = |spend: f64| (spend / step - 1e-9).ceil().max(0.0) as usize;
    let mut items = Vec::new();
    for (i, c) in model.creators.iter().enumerate() {
        let range: Vec<u32> = if c.excluded {
            vec![0]
        } else if c.locked {
            vec![c.posts]
        } else {
            let mut r: Vec<u32> = (c.min_posts.max(1)..=c.max_posts).collect();
            if c.min_posts == 0 {
                r.insert(0, 0);
            }
            r
        };
        let choices = range
            .into_iter()
            .map(|posts| {
                let flow = creator_flow(
                    c,
                    posts,
                    CreatorDraw {
                        views_multiplier: 1.0,
                        ctr: c.ctr,
                        cvr: c.cvr,
                    },
                    shared,
                );
                let fee = if c.pays_affiliate_system_fee {
                    flow.commission * system_rate
                } else {
                    0.0
                };
                Choice {
                    cells: cells(flow.spend),
                    spend: flow.spend,
                    gmv: flow.gmv,
                    profit: flow.profit() - fee,
                    amount: posts as f64,
                }
            })
            .filter(|ch| ch.cells <= grid)
            .collect();
        items.push(Item {
            platform: c.platform,
            choices,
            is_ad: false,
            index: i,
        });
    }
    for (j, a) in model.ads.iter().enumerate() {
        let levels: Vec<f64> = if a.locked {
            vec![a.spend]
        } else {
            let lo = (a.min_spend / step - 1e-9).ceil().max(0.0) as usize;
            let hi = a.max_spend.map_or(grid, |m| ((m / step + 1e-9).floor() as usize).min(grid));
            let stride = ((hi.saturating_sub(lo)) / AD_LEVELS).max(1);
            let mut levels: Vec<f64> = (lo..=hi)
                .step_by(stride)
                .map(|k| {
                    if k == lo {
                        a.min_spend.max(k as f64 * step)
                    } else {
                        k as f64 * step
                    }
                })
                .collect();
            if hi.checked_sub(lo).is_some_and(|gap| !gap.is_multiple_of(stride)) {
                levels.push(hi as f64 * step);
            }
            levels
        };
        let choices = levels
            .into_iter()
            .map(|spend| {
                let flow = ad_flow(a, spend, 1.0, shared);
                Choice {
                    cells: cells(spend),
                    spend,
                    gmv: flow.gmv,
                    profit: flow.profit(),
                    amount: spend,
                }
            })
            .filter(|ch| ch.cells <= grid)
            .collect();
        items.push(Item {
            platform: a.platform,
            choices,
            is_ad: true,
            index: j,
        });
    }
    Ok(items)
}

/// Multiple-choice knapsack with "cost ≤ c" semantics: `best[c]` is the best value within c cells,
/// `picks[item][c]` the choice that achieves it (reconstruct backwards).
struct Knapsack {
    best: Vec<f64>,
    picks: Vec<Vec<u16>>,
}

#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "dynamic programme over the spend grid: `grid` ≤ MAX_GRID is checked before work starts, every cell index c is ≤ grid and every item/choice index comes from enumerating the same vectors"
)]
fn knapsack(items: &[&Item], weights: Weights, grid: usize) -> Knapsack {
    let mut best = vec![0.0; grid + 1];
    let mut picks = Vec::with_capacity(items.len());
    let mut next = vec![f64::NEG_INFINITY; grid + 1];
    for item in items {
        next.iter_mut().for_each(|v| *v = f64::NEG_INFINITY);
        let mut pick = vec![u16::MAX; grid + 1];
        for (k, choice) in item.choices.iter().enumerate() {
            let value = weights.value(choice);
            for c in choice.cells..=grid {
                let candidate = best[c - choice.cells] + value;
                if candidate > next[c] {
                    next[c] = candidate;
                    pick[c] = k as u16;
                }
            }
        }
        std::mem::swap(&mut best, &mut next);
        picks.push(pick);
    }
    Knapsack { best, picks }
}

impl Knapsack {
    /// The choice index per item at budget `c` cells.
    #[expect(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        reason = "dynamic programme over the spend grid: `grid` ≤ MAX_GRID is checked before work starts, every cell index c is ≤ grid and every item/choice index comes from enumerating the same vectors"
    )]
    fn reconstruct(&self, items: &[&Item], mut c: usize) -> Option<Vec<usize>> {
        let mut out = vec![0; items.len()];
        for (i, item) in items.iter().enumerate().rev() {
            let k = *self.picks[i].get(c)?;
            if k == u16::MAX {
                return None;
            }
            out[i] = k as usize;
            c -= item.choices[k as usize].cells;
        }
        Some(out)
    }
}

/// Per-platform knapsacks merged under the platform caps.
struct Solver<'a> {
    items: &'a [Item],
    groups: Vec<(Vec<&'a Item>, usize)>,
    grid: usize,
}

struct Solved {
    /// best[c]: the best value within c cells overall.
    best: Vec<f64>,
    sacks: Vec<Knapsack>,
    /// splits[g][c]: cells given to group g when groups 0..=g share c cells.
    splits: Vec<Vec<usize>>,
}

impl<'a> Solver<'a> {
    fn new(items: &'a [Item], caps: &[(Platform, usize)], grid: usize) -> Solver<'a> {
        let mut groups: Vec<(Vec<&Item>, usize)> = Vec::new();
        if caps.is_empty() {
            // No platform caps: one knapsack over everything, no merge step.
            return Solver {
                items,
                groups: vec![(items.iter().collect(), grid)],
                grid,
            };
        }
        for platform in [Platform::TiktokShopJp, Platform::Rakuten] {
            let members: Vec<&Item> = items.iter().filter(|it| it.platform == platform).collect();
            if !members.is_empty() {
                let cap = caps.iter().find(|(p, _)| *p == platform).map_or(grid, |&(_, c)| c.min(grid));
                groups.push((members, cap));
            }
        }
        Solver { items, groups, grid }
    }

    #[expect(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        reason = "dynamic programme over the spend grid: `grid` ≤ MAX_GRID is checked before work starts, every cell index c is ≤ grid and every item/choice index comes from enumerating the same vectors"
    )]
    fn solve(&self, weights: Weights) -> Solved {
        let sacks: Vec<Knapsack> = self
            .groups
            .iter()
            .map(|(members, _)| knapsack(members, weights, self.grid))
            .collect();
        let capped = |g: usize, c: usize| sacks[g].best[c.min(self.groups[g].1)];
        let mut best: Vec<f64> = (0..=self.grid).map(|c| capped(0, c)).collect();
        let mut splits = vec![(0..=self.grid).collect::<Vec<_>>()];
        for (sack, (_, cap)) in sacks.iter().zip(&self.groups).skip(1) {
            let mut merged = vec![f64::NEG_INFINITY; self.grid + 1];
            let mut split = vec![0; self.grid + 1];
            for c in 0..=self.grid {
                for own in 0..=c.min(*cap) {
                    let candidate = best[c - own] + sack.best[own];
                    if candidate > merged[c] {
                        merged[c] = candidate;
                        split[c] = c - own;
                    }
                }
            }
            best = merged;
            splits.push(split);
        }
        Solved { best, sacks, splits }
    }

    /// The chosen option per item (indexed like `self.items`) at `c` cells.
    #[expect(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        reason = "dynamic programme over the spend grid: `grid` ≤ MAX_GRID is checked before work starts, every cell index c is ≤ grid and every item/choice index comes from enumerating the same vectors"
    )]
    fn plan_at(&self, solved: &Solved, c: usize) -> Option<Vec<Choice>> {
        let mut chosen: Vec<Option<Choice>> = vec![None; self.items.len()];
        let mut remaining = c;
        for g in (0..self.groups.len()).rev() {
            let (before, own) = if g == 0 {
                (0, remaining)
            } else {
                (solved.splits[g][remaining], remaining - solved.splits[g][remaining])
            };
            let (members, cap) = &self.groups[g];
            let picks = solved.sacks[g].reconstruct(members, own.min(*cap))?;
            for (member, k) in members.iter().zip(picks) {
                let position = self.items.iter().position(|it| std::ptr::eq(it, *member))?;
                chosen[position] = Some(member.choices[k]);
            }
            remaining = before;
        }
        chosen.into_iter().collect()
    }
}

#[expect(
    clippy::indexing_slicing,
    reason = "item.index points into model.ads / model.creators, built from them in build_items; posts are at most MAX_POSTS"
)]
fn to_plan(model: &Model, items: &[Item], chosen: &[Choice]) -> Plan {
    let mut plan = Plan {
        posts: vec![0; model.creators.len()],
        ad_spend: vec![0.0; model.ads.len()],
    };
    for (item, choice) in items.iter().zip(chosen) {
        if item.is_ad {
            plan.ad_spend[item.index] = choice.amount;
        } else {
            plan.posts[item.index] = choice.amount as u32;
        }
    }
    plan
}

/// A channel for [`solve_kkt`]: value weight·r(x) on the concave branch `lo ≤ x ≤ hi`.
#[derive(Debug, Clone, Copy)]
pub struct KktChannel {
    pub curve: Curve,
    pub weight: f64,
    pub lo: f64,
    pub hi: f64,
}

#[derive(Debug, Clone)]
pub struct KktSolution {
    pub spend: Vec<f64>,
    /// ν: weight·r′(x) = ν for every interior channel.
    pub multiplier: f64,
    /// Channels strictly inside their bounds.
    pub interior: Vec<usize>,
}

/// Maximises Σ weightⱼ·rⱼ(xⱼ) − q·Σxⱼ subject to Σxⱼ ≤ `room` and the bounds (with q = 0 the
/// budget always binds, as in Robyn's max-response). Each xⱼ(ν) solves weightⱼ·rⱼ′(x) = ν on its
/// falling branch, clamped to its bounds; ν comes from bisection on Σxⱼ(ν) = room down to
/// adjacent doubles. `None` when the lower bounds alone exceed the room.
#[expect(
    clippy::indexing_slicing,
    reason = "k enumerates `channels` and `spend`, which have the same length"
)]
pub fn solve_kkt(channels: &[KktChannel], q: f64, room: f64) -> Option<KktSolution> {
    if channels.iter().map(|c| c.lo).sum::<f64>() > room || channels.iter().any(|c| c.lo > c.hi) {
        return None;
    }
    let spend_at = |nu: f64| -> Vec<f64> {
        channels
            .iter()
            .map(|c| {
                if c.weight * c.curve.slope(c.hi) >= nu {
                    c.hi
                } else if c.weight * c.curve.slope(c.lo) <= nu {
                    c.lo
                } else {
                    c.curve.spend_at_slope(nu / c.weight).map_or(c.lo, |x| x.clamp(c.lo, c.hi))
                }
            })
            .collect()
    };
    let total = |xs: &[f64]| xs.iter().sum::<f64>();
    let floor = if q > 0.0 { q } else { f64::MIN_POSITIVE };
    let mut spend = spend_at(floor);
    let mut multiplier = floor;
    if total(&spend) > room {
        // The budget binds: Σx(ν) falls as ν rises; bracket and bisect (geometric while wide).
        let mut lo = floor;
        let mut hi = channels.iter().map(|c| c.weight * c.curve.slope(c.lo)).fold(floor, f64::max) * 2.0;
        for _ in 0..4_000 {
            let mid = if hi > 4.0 * lo { libm::sqrt(lo * hi) } else { 0.5 * (lo + hi) };
            if mid <= lo || mid >= hi {
                break;
            }
            if total(&spend_at(mid)) > room {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        multiplier = hi;
        spend = spend_at(hi);
        // Give the last sliver of slack (rounding, ≪ ¥1) to the largest interior channel.
        let slack = room - total(&spend);
        let largest = spend
            .iter()
            .enumerate()
            .filter(|(k, x)| **x > channels[*k].lo && **x < channels[*k].hi)
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map(|(k, _)| k);
        if let Some(k) = largest {
            spend[k] += slack;
        }
    }
    let interior = (0..channels.len())
        .filter(|&k| spend[k] > channels[k].lo && spend[k] < channels[k].hi)
        .collect();
    Some(KktSolution {
        spend,
        multiplier,
        interior,
    })
}

/// KKT polish of the funded, unlocked ad channels within `room` (budget minus creator spend).
#[expect(
    clippy::indexing_slicing,
    reason = "j enumerates model.ads, and plan.ad_spend has one entry per ad"
)]
fn polish(model: &Model, plan: &mut Plan, room: f64, weight_of: impl Fn(usize) -> f64, q: f64) -> Option<(f64, Vec<usize>)> {
    let free: Vec<usize> = (0..model.ads.len())
        .filter(|&j| !model.ads[j].locked && (plan.ad_spend[j] > 0.0 || model.ads[j].min_spend > 0.0))
        .collect();
    if free.is_empty() {
        return None;
    }
    let fixed: f64 = (0..model.ads.len()).filter(|j| !free.contains(j)).map(|j| plan.ad_spend[j]).sum();
    let room = room - fixed;
    let channels: Vec<KktChannel> = free
        .iter()
        .map(|&j| {
            let a = &model.ads[j];
            let hi = a.max_spend.unwrap_or(f64::INFINITY).min(room);
            KktChannel {
                curve: a.curve,
                weight: weight_of(j),
                lo: a.min_spend.max(a.curve.slope_peak()).min(hi),
                hi,
            }
        })
        .collect();
    let solution = solve_kkt(&channels, q, room)?;
    for (&j, x) in free.iter().zip(&solution.spend) {
        plan.ad_spend[j] = *x;
    }
    Some((solution.multiplier, solution.interior.iter().map(|&k| free[k]).collect()))
}

/// A platform's name in zh and ja, for the diagnostics (the English text keeps its `Debug` name).
/// An amount of the allocator's f64 money in a diagnostic's text: whole yen, thousands grouped
/// as the three languages write them (7800.4 → "7,800").
fn yen_text(amount: f64) -> String {
    group_thousands(&format!("{amount:.0}"))
}

fn platform_names(platform: Platform) -> (&'static str, &'static str) {
    match platform {
        Platform::TiktokShopJp => ("TikTok Shop 日本", "TikTok Shop Japan"),
        Platform::Rakuten => ("乐天市场", "楽天市場"),
    }
}

/// Yen of each ad spend so the plan's total stays within the budget: floor each, then give the
/// whole yen left over (fewer than the number of channels) to the largest fractional parts.
#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "largest-remainder rounding of at most MAX_ADS spends of at most MAX_YEN each; k indexes `spends` and `out`, of equal length"
)]
fn whole_yen_spends(spends: &[f64], budget_left: f64) -> Vec<i64> {
    let mut out: Vec<i64> = spends.iter().map(|s| s.floor() as i64).collect();
    let target = (spends.iter().sum::<f64>().round()).min(budget_left.floor()) as i64;
    let mut order: Vec<usize> = (0..spends.len()).collect();
    order.sort_by(|&a, &b| (spends[b] - spends[b].floor()).total_cmp(&(spends[a] - spends[a].floor())));
    let mut missing = target - out.iter().sum::<i64>();
    for k in order {
        if missing <= 0 {
            break;
        }
        out[k] += 1;
        missing -= 1;
    }
    out
}

/// The weight of each ad's GMV in the objective being polished, and the value of a yen (q).
type PolishWeights<'a> = (Box<dyn Fn(usize) -> f64 + 'a>, f64);

#[expect(
    clippy::arithmetic_side_effects,
    clippy::indexing_slicing,
    reason = "indices enumerate model.ads / model.creators (plan vectors have one entry each); grid ≤ MAX_GRID and k ≤ 20 keep grid × k small"
)]
pub fn allocate_budget(input: AllocateInput) -> Result<AllocateOutput> {
    let model = input.scenario.compile().map_err(|e| e.within("scenario"))?;
    if input.budget.0 <= 0 {
        return Err(Error::new(code::OUT_OF_RANGE, "budget", "the budget must be > 0"));
    }
    if model.ads.len() > MAX_AD_CHANNELS {
        return Err(Error::new(
            code::OUT_OF_RANGE,
            "scenario.ads",
            format!("the allocator takes at most {MAX_AD_CHANNELS} ad channels"),
        ));
    }
    let grid = input.grid.unwrap_or(DEFAULT_GRID);
    if !(50..=MAX_GRID).contains(&grid) {
        return Err(Error::new(code::OUT_OF_RANGE, "grid", format!("between 50 and {MAX_GRID}")));
    }
    let risk_aversion = input.risk_aversion.unwrap_or(0.5);
    if !(risk_aversion.is_finite() && (0.0..=1.0).contains(&risk_aversion)) {
        return Err(Error::new(code::OUT_OF_RANGE, "riskAversion", "λ must be in [0, 1]"));
    }
    let need = |present: bool, field: &str| {
        if present {
            Ok(())
        } else {
            Err(Error::new(code::MISSING_FIELD, field, format!("this objective needs `{field}`")))
        }
    };
    match input.objective {
        Objective::TargetRoas => {
            need(input.target_roas.is_some(), "targetRoas")?;
            if !input.target_roas.is_some_and(|t| t.is_finite() && t > 0.0) {
                return Err(Error::new(code::OUT_OF_RANGE, "targetRoas", "must be > 0"));
            }
        }
        Objective::MinSpendForGmv => need(input.target_gmv.is_some(), "targetGmv")?,
        _ => {}
    }
    let budget = input.budget.0 as f64;
    let grid = grid as usize;
    let step = budget / grid as f64;
    let items = build_items(&model, grid, step)?;
    check_allocation_work(&items, grid)?;
    let mut diagnostics = Vec::new();
    let warnings = model.warnings.clone();

    // Feasibility of the minimums before any search.
    // What the locked items and minimums cost before any choice (from the models, so options that
    // were dropped for exceeding the budget still count).
    let forced: f64 = model
        .creators
        .iter()
        .map(|c| {
            if c.excluded {
                0.0
            } else if c.locked {
                c.fixed_cost(c.posts)
            } else {
                c.fixed_cost(c.min_posts)
            }
        })
        .chain(model.ads.iter().map(|a| if a.locked { a.spend } else { a.min_spend }))
        .sum();
    for it in &items {
        if it.choices.is_empty() {
            let id = if it.is_ad {
                &model.ads[it.index].id
            } else {
                &model.creators[it.index].id
            };
            diagnostics.push(Notice::new(
                "item_exceeds_budget",
                format!("“{id}”：即使选最小的可选方案，费用也超过全部预算"),
                format!("「{id}」：最も小さい選択肢でも予算全体を超えます"),
                format!("{id:?}: even its smallest allowed option costs more than the whole budget"),
            ));
        }
    }
    if forced > budget {
        let [short, forced, budget] = [forced - budget, forced, budget].map(yen_text);
        diagnostics.push(Notice::new(
            "minimums_exceed_budget",
            format!("锁定项和最低投入需要 ¥{forced}，预算只有 ¥{budget}，还差 ¥{short}"),
            format!("固定した項目と最低額に ¥{forced} かかりますが、予算は ¥{budget} で、¥{short} 足りません"),
            format!("locked items and minimums need ¥{forced}, the budget is ¥{budget}: short by ¥{short}"),
        ));
    }
    let caps: Vec<(Platform, usize)> = [
        (Platform::TiktokShopJp, input.platform_caps.tiktok_shop_jp),
        (Platform::Rakuten, input.platform_caps.rakuten),
    ]
    .into_iter()
    .filter_map(|(p, cap)| cap.map(|y| (p, ((y.0 as f64 / step) + 1e-9).floor().max(0.0) as usize)))
    .collect();
    for &(platform, cap_cells) in &caps {
        let platform_min: usize = items
            .iter()
            .filter(|it| it.platform == platform)
            .map(|it| it.choices.iter().map(|c| c.cells).min().unwrap_or(0))
            .sum();
        if platform_min > cap_cells {
            let (zh, ja) = platform_names(platform);
            diagnostics.push(Notice::new(
                "platform_cap_below_minimums",
                format!("{zh}的上限低于该平台锁定项和最低投入所需的金额"),
                format!("{ja}の上限が、そのモールで固定した項目と最低額の合計を下回っています"),
                format!("the {platform:?} cap is below the minimums of its locked/minimum items"),
            ));
        }
    }
    if !diagnostics.is_empty() {
        return infeasible(&model, &input, diagnostics, warnings, step);
    }

    let solver = Solver::new(&items, &caps, grid);
    let profit_weights = Weights {
        gmv: 0.0,
        profit: 1.0,
        spend: 0.0,
    };
    let gmv_weights = Weights {
        gmv: 1.0,
        profit: 0.0,
        spend: 0.0,
    };
    let mut frontier = Vec::new();
    let mut polish_weights: Option<PolishWeights> = None;
    let chosen: Option<Vec<Choice>> = match input.objective {
        Objective::MaxProfit => {
            let solved = solver.solve(profit_weights);
            polish_weights = Some((Box::new(|j| model.ads[j].economics.margin()), 1.0));
            solver.plan_at(&solved, grid)
        }
        Objective::MaxGmv => {
            let solved = solver.solve(gmv_weights);
            polish_weights = Some((Box::new(|_| 1.0), 0.0));
            solver.plan_at(&solved, grid)
        }
        Objective::MaxGmvProfitable | Objective::TargetRoas => {
            // Lagrangian: maximise GMV + μ·slack with slack = profit (≥ 0) or GMV − T·spend (≥ 0);
            // the smallest μ whose plan satisfies the constraint (bisection, slack grows with μ).
            let target = input.target_roas.unwrap_or(0.0);
            let weights = |mu: f64| match input.objective {
                Objective::TargetRoas => Weights {
                    gmv: 1.0 + mu,
                    profit: 0.0,
                    spend: mu * target,
                },
                _ => Weights {
                    gmv: 1.0,
                    profit: mu,
                    spend: 0.0,
                },
            };
            let slack = |choices: &[Choice]| match input.objective {
                Objective::TargetRoas => choices.iter().map(|c| c.gmv - target * c.spend).sum::<f64>(),
                _ => choices.iter().map(|c| c.profit).sum::<f64>(),
            };
            let run = |mu: f64| solver.plan_at(&solver.solve(weights(mu)), grid);
            match run(0.0) {
                Some(p) if slack(&p) >= -1e-6 => Some(p),
                _ => {
                    let (mut lo, mut hi) = (0.0, 1.0);
                    let mut best = None;
                    while hi < 1e9 {
                        match run(hi) {
                            Some(p) if slack(&p) >= -1e-6 => {
                                best = Some(p);
                                break;
                            }
                            _ => {
                                lo = hi;
                                hi *= 4.0;
                            }
                        }
                    }
                    if best.is_some() {
                        for _ in 0..30 {
                            let mid = 0.5 * (lo + hi);
                            match run(mid) {
                                Some(p) if slack(&p) >= -1e-6 => {
                                    hi = mid;
                                    best = Some(p);
                                }
                                _ => lo = mid,
                            }
                        }
                    }
                    if best.is_none() {
                        diagnostics.push(Notice::new(
                            "constraint_unreachable",
                            "预算内没有满足约束的方案；最接近的做法是除锁定项外不再投入".into(),
                            "予算内で制約を満たす配分はありません。最も近いのは、固定した項目以外に費用をかけないことです".into(),
                            "no plan within the budget meets the constraint; the closest is to spend nothing beyond the locked items"
                                .into(),
                        ));
                    }
                    best
                }
            }
        }
        Objective::MinSpendForGmv | Objective::MinSpendForProfit => {
            let (weights, target) = match input.objective {
                Objective::MinSpendForGmv => (gmv_weights, input.target_gmv.map_or(0.0, |y| y.0 as f64)),
                _ => (profit_weights, input.target_profit.0 as f64),
            };
            let solved = solver.solve(weights);
            match solved.best.iter().position(|v| *v >= target - 1e-6) {
                Some(c) => solver.plan_at(&solved, c),
                None => {
                    let [best, target] = [solved.best[grid], target].map(yen_text);
                    diagnostics.push(Notice::new(
                        "target_unreachable",
                        format!("预算内最好的方案只能达到 ¥{best}，低于目标 ¥{target}"),
                        format!("予算内で最良の配分でも ¥{best} で、目標の ¥{target} に届きません"),
                        format!("the best plan within the budget reaches ¥{best}, below the target ¥{target}"),
                    ));
                    solver.plan_at(&solved, grid)
                }
            }
        }
        Objective::RiskAware => {
            let solved = solver.solve(profit_weights);
            let draws = model.draws.min(2_000);
            let mut best: Option<(f64, Vec<Choice>)> = None;
            for k in 0..=20 {
                let c = grid * k / 20;
                let Some(candidate) = solver.plan_at(&solved, c) else { continue };
                let plan = to_plan(&model, &items, &candidate);
                let mut profits = monte_carlo(&model, &plan, draws, model.seed)?.profit;
                let mean = profits.iter().sum::<f64>() / profits.len() as f64;
                profits.sort_unstable_by(f64::total_cmp);
                let (_, cvar) = tail_risk(&profits, 0.05);
                let score = (1.0 - risk_aversion) * mean + risk_aversion * cvar;
                let spend: f64 = candidate.iter().map(|ch| ch.spend).sum();
                frontier.push(FrontierPoint {
                    spend: yen(spend)?,
                    mean_profit: yen(mean)?,
                    cvar5: yen(cvar)?,
                    score,
                });
                if best.as_ref().is_none_or(|(s, _)| score > *s) {
                    best = Some((score, candidate));
                }
            }
            best.map(|(_, c)| c)
        }
    };
    let Some(chosen) = chosen else {
        if diagnostics.is_empty() {
            diagnostics.push(Notice::new(
                "no_feasible_plan",
                "没有任何方案组合能同时满足预算和各平台上限".into(),
                "予算とモールごとの上限に収まる組み合わせがありません".into(),
                "no combination of options fits the budget and caps".into(),
            ));
        }
        return infeasible(&model, &input, diagnostics, warnings, step);
    };
    let mut plan = to_plan(&model, &items, &chosen);

    // KKT polish of the ad channels for the budget-only objectives.
    let mut certificate = Certificate {
        polished: false,
        multiplier: None,
        marginal_spread: None,
        grid_step: step,
    };
    if let Some((weight_of, q)) = polish_weights {
        let creator_spend: f64 = model.creators.iter().zip(&plan.posts).map(|(c, &n)| c.fixed_cost(n)).sum();
        let room = budget - creator_spend;
        let before = plan.clone();
        let scalar = |p: &Plan| {
            (0..model.ads.len())
                .map(|j| weight_of(j) * model.ads[j].curve.value(p.ad_spend[j]) - q * p.ad_spend[j])
                .sum::<f64>()
        };
        if let Some((nu, interior)) = polish(&model, &mut plan, room, &*weight_of, q) {
            let caps_hold = caps.iter().all(|&(platform, _)| {
                let cap = match platform {
                    Platform::TiktokShopJp => input.platform_caps.tiktok_shop_jp,
                    Platform::Rakuten => input.platform_caps.rakuten,
                };
                let used: f64 = model
                    .creators
                    .iter()
                    .zip(&plan.posts)
                    .filter(|(c, _)| c.platform == platform)
                    .map(|(c, &n)| c.fixed_cost(n))
                    .sum::<f64>()
                    + model
                        .ads
                        .iter()
                        .zip(&plan.ad_spend)
                        .filter(|(a, _)| a.platform == platform)
                        .map(|(_, x)| x)
                        .sum::<f64>();
                cap.is_none_or(|y| used <= y.0 as f64 + 1e-6)
            });
            if caps_hold && scalar(&plan) >= scalar(&before) - 1e-9 * scalar(&before).abs() {
                let marginals: Vec<f64> = interior
                    .iter()
                    .map(|&j| weight_of(j) * model.ads[j].curve.slope(plan.ad_spend[j]))
                    .collect();
                let (lo, hi) = marginals
                    .iter()
                    .fold((f64::INFINITY, 0.0f64), |(lo, hi), m| (lo.min(*m), hi.max(*m)));
                certificate = Certificate {
                    polished: true,
                    multiplier: Some(nu),
                    marginal_spread: (!marginals.is_empty()).then(|| (hi - lo) / hi),
                    grid_step: step,
                };
            } else {
                plan = before;
            }
        }
    }
    finish(&model, &input, plan, diagnostics, warnings, certificate, frontier)
}

fn infeasible(model: &Model, input: &AllocateInput, diagnostics: Vec<Notice>, warnings: Vec<Notice>, step: f64) -> Result<AllocateOutput> {
    // Report the plan that keeps only what is locked, so the page can show what the minimums cost.
    let plan = Plan {
        posts: model
            .creators
            .iter()
            .map(|c| if c.locked { c.posts } else { c.min_posts })
            .collect(),
        ad_spend: model.ads.iter().map(|a| if a.locked { a.spend } else { a.min_spend }).collect(),
    };
    let certificate = Certificate {
        polished: false,
        multiplier: None,
        marginal_spread: None,
        grid_step: step,
    };
    let mut out = finish(model, input, plan, diagnostics, warnings, certificate, Vec::new())?;
    out.feasible = false;
    Ok(out)
}

fn finish(
    model: &Model,
    input: &AllocateInput,
    mut plan: Plan,
    diagnostics: Vec<Notice>,
    warnings: Vec<Notice>,
    certificate: Certificate,
    frontier: Vec<FrontierPoint>,
) -> Result<AllocateOutput> {
    let budget = input.budget.0 as f64;
    let creator_spend: f64 = model.creators.iter().zip(&plan.posts).map(|(c, &n)| c.fixed_cost(n)).sum();
    let ad_yen = whole_yen_spends(&plan.ad_spend, budget - creator_spend);
    plan.ad_spend = ad_yen.iter().map(|&y| y as f64).collect();
    let outcome = expected(model, &plan)?;
    let mut scenario = input.scenario.clone();
    for (c, &posts) in scenario.creators.iter_mut().zip(&plan.posts) {
        c.posts = posts;
    }
    for (a, &spend) in scenario.ads.iter_mut().zip(&ad_yen) {
        a.spend = Yen(spend);
    }
    let creators = model
        .creators
        .iter()
        .zip(&plan.posts)
        .zip(&outcome.creators)
        .map(|((c, &posts), flow)| {
            Ok(CreatorAllocation {
                id: c.id.clone(),
                posts,
                hired: posts > 0,
                spend: yen(flow.spend)?,
                gmv: yen(flow.gmv)?,
                profit: yen(flow.profit())?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let ads = model
        .ads
        .iter()
        .zip(&plan.ad_spend)
        .zip(&outcome.ads)
        .map(|((a, &x), flow)| {
            Ok(AdAllocation {
                id: a.id.clone(),
                spend: yen(x)?,
                gmv: yen(flow.gmv)?,
                profit: yen(flow.profit())?,
                marginal_roas: a.curve.slope(x),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let spend = outcome.total.spend;
    let feasible = diagnostics.is_empty();
    Ok(AllocateOutput {
        objective: input.objective,
        feasible,
        diagnostics,
        creators,
        ads,
        totals: Totals {
            spend: yen(spend)?,
            gmv: yen(outcome.total.gmv)?,
            profit: yen(outcome.profit())?,
            roas: (spend > 0.0).then(|| outcome.total.gmv / spend),
            unspent: yen(budget - spend)?,
        },
        certificate,
        frontier,
        plan: scenario,
        warnings: notice::messages(&warnings),
        warning_details: warnings,
    })
}
