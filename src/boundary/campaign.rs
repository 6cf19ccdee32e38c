use super::{from_js, js_error, run, to_js};
use crate::campaign::{self, allocator, presets, response, sensitivity, transforms, vetting};
use crate::error::{code, Error};
use wasm_bindgen::prelude::*;

/// Profit after every fee, KPIs with formulas, break-evens and a seeded Monte Carlo of one plan.
#[wasm_bindgen(js_name = simulateCampaign, unchecked_return_type = "CampaignResult")]
pub fn simulate_campaign(#[wasm_bindgen(unchecked_param_type = "CampaignInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, campaign::simulate_campaign)
}

/// Which creators to hire and how much to spend per ad channel, for one objective, with diagnostics.
#[wasm_bindgen(js_name = allocateBudget, unchecked_return_type = "AllocateBudgetResult")]
pub fn allocate_budget(#[wasm_bindgen(unchecked_param_type = "AllocateBudgetInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, allocator::allocate_budget)
}

/// Tornado: expected profit with each input moved down and up, largest swing first.
#[wasm_bindgen(js_name = sensitivity, unchecked_return_type = "SensitivityResult")]
pub fn sensitivity(#[wasm_bindgen(unchecked_param_type = "SensitivityInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, sensitivity::sensitivity)
}

/// GMV, marginal ROAS and profit along a spend grid with closed-form markers and the break-even line.
#[wasm_bindgen(js_name = responseCurve, unchecked_return_type = "ResponseCurveResult")]
pub fn response_curve(#[wasm_bindgen(unchecked_param_type = "ResponseCurveInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, response::response_curve)
}

/// Follower band, engagement from recent videos, fake-audience flags and expected orders per post.
#[wasm_bindgen(js_name = vetCreator, unchecked_return_type = "VetCreatorResult")]
pub fn vet_creator(#[wasm_bindgen(unchecked_param_type = "VetCreatorInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, vetting::vet_creator)
}

/// Every campaign preset with its source, date and status.
#[wasm_bindgen(js_name = campaignPresets, unchecked_return_type = "CampaignPresets")]
pub fn campaign_presets() -> Result<JsValue, JsValue> {
    to_js(&presets::presets().map_err(js_error)?)
}

/// A numeric series from a JS array or a Float64Array. Its length is checked before anything is
/// copied into wasm memory, so `new Float64Array(270e6)` is a coded error, not an allocation trap.
fn series(value: &JsValue, field: &str) -> Result<Vec<f64>, JsValue> {
    let check = |len: u32| transforms::check_series_length(len as usize, field).map_err(js_error);
    if let Some(typed) = value.dyn_ref::<js_sys::Float64Array>() {
        check(typed.length())?;
        return Ok(typed.to_vec());
    }
    if js_sys::Array::is_array(value) {
        check(js_sys::Array::from(value).length())?;
    }
    from_js::<Vec<f64>>(value).map_err(|e| js_error(Error::new(e.code, crate::error::join_path(field, &e.field), e.message)))
}

/// A number argument. Anything but a JS number (a BigInt, a Symbol, a string) is a coded error
/// rather than the TypeError or silent coercion of a plain `f64` parameter.
fn number(value: &JsValue, field: &str) -> Result<f64, JsValue> {
    value
        .as_f64()
        .ok_or_else(|| js_error(Error::new(code::INVALID_TYPE, field, format!("{field} must be a number"))))
}

fn finish<T: serde::Serialize>(result: crate::error::Result<T>) -> Result<JsValue, JsValue> {
    to_js(&result.map_err(js_error)?)
}

/// Robyn 3.12.1 `saturation_hill`: `x^α/(x^α + (γ·max x)^α)`, optionally evaluated at `xMarginal`.
#[wasm_bindgen(js_name = saturationHill, unchecked_return_type = "SaturationHillResult")]
pub fn saturation_hill(
    #[wasm_bindgen(unchecked_param_type = "number[] | Float64Array")] x: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] alpha: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] gamma: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number[] | Float64Array | undefined")] x_marginal: JsValue,
) -> Result<JsValue, JsValue> {
    let x = series(&x, "x")?;
    let marginal = if x_marginal.is_undefined() || x_marginal.is_null() {
        None
    } else {
        Some(series(&x_marginal, "xMarginal")?)
    };
    finish(transforms::saturation_hill(
        &x,
        number(&alpha, "alpha")?,
        number(&gamma, "gamma")?,
        marginal.as_deref(),
    ))
}

/// Robyn 3.12.1 `adstock_geometric`: `a₁ = x₁, aₜ = xₜ + θ·aₜ₋₁`.
#[wasm_bindgen(js_name = adstockGeometric, unchecked_return_type = "AdstockResult")]
pub fn adstock_geometric(
    #[wasm_bindgen(unchecked_param_type = "number[] | Float64Array")] x: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] theta: JsValue,
) -> Result<JsValue, JsValue> {
    finish(transforms::adstock_geometric(&series(&x, "x")?, number(&theta, "theta")?))
}

/// Robyn 3.12.1 `adstock_weibull` with `kind` "cdf" or "pdf" (default "pdf").
#[wasm_bindgen(js_name = adstockWeibull, unchecked_return_type = "AdstockResult")]
pub fn adstock_weibull(
    #[wasm_bindgen(unchecked_param_type = "number[] | Float64Array")] x: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] shape: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] scale: JsValue,
    #[wasm_bindgen(unchecked_param_type = "\"cdf\" | \"pdf\" | undefined")] kind: JsValue,
) -> Result<JsValue, JsValue> {
    let kind = match kind.as_string().as_deref() {
        None if kind.is_undefined() => transforms::WeibullKind::Pdf,
        Some("pdf") => transforms::WeibullKind::Pdf,
        Some("cdf") => transforms::WeibullKind::Cdf,
        _ => return Err(js_error(Error::new(code::INVALID_INPUT, "kind", "kind must be \"cdf\" or \"pdf\""))),
    };
    finish(transforms::adstock_weibull(
        &series(&x, "x")?,
        number(&shape, "shape")?,
        number(&scale, "scale")?,
        kind,
    ))
}

#[wasm_bindgen(typescript_custom_section)]
const CAMPAIGN_TYPES: &str = r#"
export type CampaignPlatform = "tiktok_shop_jp" | "rakuten";
export type Collaboration = "open" | "targeted" | "affiliate" | "creator_campaign";
export interface CurveSpec {
  kind: "hill" | "michaelis_menten";
  /** GMV the channel saturates at, yen. */
  beta: number;
  /** Spend giving half of beta, yen. */
  halfSaturation: number;
  /** Hill shape; > 1 is an S-curve. Omit for Michaelis–Menten. */
  alpha?: number;
}
export interface CampaignProduct {
  aov: YenInput;
  cogsRate: PercentInput;
  returnRate: PercentInput;
  discountRate?: PercentInput;
  perOrderCost?: YenInput;
  /** Default true. */
  feesRefundedOnReturns?: boolean;
}
/** Platform fees come from the fee engine (see feeSchedules()); replace any rule with `overrides`. */
export interface CampaignFees {
  /** ISO date whose rules apply. Default: the fee data's review date (not today), so a saved scenario reproduces. */
  asOf?: DateString;
  /** JCT-registered: output tax owed, tax on fees credited. Default true. */
  jctRegistered?: boolean;
  /** Fee-engine rule overrides, e.g. { "tiktok.referral_fee": { rate: "5" } }. */
  overrides?: Record<string, { rate?: PercentInput; amount?: YenInput; bands?: { upTo?: YenInput; rate: PercentInput }[]; min?: YenInput; max?: YenInput; rounding?: Rounding }>;
  tiktokShopJp?: { plan?: string; newSeller?: { registeredOn: DateString; listedThreeWithin45Days: boolean }; openCommissionRate?: PercentInput };
  rakuten?: { plan?: string; device?: "pc" | "mobile"; monthlySales?: YenInput; pointsRate?: PercentInput };
}
export interface CampaignCreator {
  id: string;
  name?: string;
  platform: CampaignPlatform;
  collaboration?: Collaboration;
  format?: "video" | "live" | "image";
  followers?: number;
  /** Default 1. */
  posts?: number;
  /** Expected (mean) views per post. */
  viewsPerPost: number;
  /** Each further post reaches this fraction of the previous one's views; default 1. */
  postDecay?: number;
  ctr: PercentInput;
  cvr: PercentInput;
  commissionRate?: PercentInput;
  flatFee?: YenInput;
  feePerPost?: YenInput;
  samples?: { count: number; unitCost: YenInput };
  coupon?: { discountRate: PercentInput; aovUplift?: PercentInput; extraCommission?: PercentInput };
  viewsSigmaLog?: number;
  minPosts?: number;
  maxPosts?: number;
  locked?: boolean;
  excluded?: boolean;
}
export interface CampaignAdChannel {
  id: string;
  platform: CampaignPlatform;
  spend: YenInput;
  curve: CurveSpec;
  sigmaLog?: number;
  minSpend?: YenInput;
  maxSpend?: YenInput;
  locked?: boolean;
}
export interface CampaignInput {
  engineVersion?: string;
  /** Integer ≤ 2^53 or a decimal string up to 2^64−1. Default 20261120. */
  seed?: number | string;
  /** 1 to 200,000; default 10,000. */
  draws?: number;
  product: CampaignProduct;
  fees?: CampaignFees;
  creators?: CampaignCreator[];
  ads?: CampaignAdChannel[];
  uncertainty?: { viewsSigmaLog?: number; rateConcentration?: number | null; aovSigmaLog?: number; returnConcentration?: number | null; adsSigmaLog?: number };
  repeat?: { rate: PercentInput; discountRate?: PercentInput; horizon?: number };
  attribution?: { coverage?: PercentInput; incrementality?: PercentInput };
  organicSales?: YenInput;
}
export interface YenSummary { mean: YenString; sd: YenString; p5: YenString; p50: YenString; p95: YenString; min: YenString; max: YenString; }
export interface NumberSummary { mean: number; sd: number; p5: number; p50: number; p95: number; min: number; max: number; }
export interface CampaignMetric { id: string; label: string; value: number | null; formula: string; }
export interface CampaignLedger {
  orders: number; gmv: YenString; netSales: YenString; platformFees: YenString; commission: YenString;
  affiliateSystemFee: YenString; cogs: YenString; fulfilment: YenString; spend: YenString; profit: YenString;
  rounding: "half_even"; roundingScope: "per_figure";
}
export interface CampaignCreatorResult {
  id: string; platform: CampaignPlatform; collaboration: Collaboration; format: "video" | "live" | "image";
  /** From `followers`: the seller guide prefers 1万–10万 (micro). */
  tier?: { id: "nano" | "micro" | "mid" | "top"; label: string; sweetSpot: boolean };
  posts: number; orders: number;
  gmv: YenString; spend: YenString; commission: YenString; profit: YenString; margin: number; roas: number | null;
  breakEvenCvr: number | null; maxFlatFee: YenString; breakEvenCommission: number | null; probLoss: number;
}
export interface CampaignAdResult {
  id: string; platform: CampaignPlatform; spend: YenString; gmv: YenString; profit: YenString; roas: number | null;
  marginalRoas: number; margin: number; breakEvenRoas: number | null; profitMaxSpend: YenString;
  roasMaxSpend: YenString | null; inflectionSpend: YenString | null;
}
export interface CampaignResult {
  engine: { version: string; seed: string; draws: number; prng: string; fingerprint: string };
  /** Save this to reproduce the run exactly. */
  scenario: CampaignInput;
  expected: CampaignLedger;
  metrics: CampaignMetric[];
  creators: CampaignCreatorResult[];
  ads: CampaignAdResult[];
  distribution: {
    profit: YenSummary; probLoss: number; var5: YenString; cvar5: YenString; gmv: YenSummary;
    roas: NumberSummary | null; roasOfMeans: number | null; histogram: { edges: YenString[]; counts: number[] };
    meanStandardError: number;
  };
  reverse: {
    margin: number | null; breakEvenRoas: number | null; marginCommissionAsSpend: number | null;
    breakEvenRoasCommissionAsSpend: number | null; breakEvenAov: YenString | null; breakEvenGmv: YenString | null;
  };
  lifetime?: { multiplier: number; lifetimeProfit: YenString; ltvAdjustedBreakEvenRoas: number | null; paybackPeriod: number | null };
  provenance: Provenance[];
  /** English; the same warnings with codes and zh / ja / en text are `warningDetails`. */
  warnings: string[];
  warningDetails: CampaignNotice[];
}
export interface ResponseCurveInput {
  curve: CurveSpec;
  economics?: { product: CampaignProduct; platform: CampaignPlatform; fees?: CampaignFees };
  /** Contribution margin per yen of GMV, (0, 1]; instead of economics. */
  margin?: number;
  maxSpend?: YenInput;
  /** 2 to 2001, default 101. */
  points?: number;
  targetRoas?: number;
}
export interface ResponseCurveResult {
  points: { spend: YenString; gmv: YenString; marginalRoas: number; roas: number | null; profit?: YenString }[];
  markers: {
    halfSaturation: YenString; inflection: YenString | null; roasMax: YenString | null; profitMax: YenString | null;
    breakEvenSpend: YenString | null; targetRoasAverage: YenString | null; targetRoasMarginal: YenString | null;
  };
  margin: number | null;
  breakEvenRoas: number | null;
  formulas: { gmv: string; marginalRoas: string; profit: string };
}
export interface VetCreatorInput {
  followers: number;
  videos: { views: number; likes: number; comments: number; shares?: number }[];
  ctr?: PercentInput;
  cvr?: PercentInput;
  aov?: YenInput;
  thresholds?: { lowEngagement?: number; highEngagement?: number; lowReach?: number; lowCommentRatio?: number; erraticViews?: number };
}
export interface VetCreatorResult {
  followerBand: { id: "nano" | "micro" | "mid" | "top"; label: string; sweetSpot: boolean };
  engagementRate: number | null;
  videos: { views: number; engagementRate: number | null }[];
  medianViews: number;
  reachRate: number | null;
  commentToLike: number | null;
  viewsVariation: number | null;
  expectedOrdersPerPost: number | null;
  expectedGmvPerPost: YenString | null;
  /** `code` equals `id` (named as warnings' codes are); `message` is English, `note` the same text in zh / ja / en. */
  flags: { id: string; code: string; severity: "info" | "warning"; message: string; note: Label }[];
  formulas: string[];
  provenance: Provenance[];
}
export type AllocationObjective = "max_profit" | "max_gmv" | "max_gmv_profitable" | "target_roas"
  | "min_spend_for_gmv" | "min_spend_for_profit" | "risk_aware";
export interface AllocateBudgetInput {
  /** Creators (with minPosts/maxPosts/locked/excluded) and ad channels (minSpend/maxSpend/locked). */
  scenario: CampaignInput;
  /** The most the plan may spend on fees, samples and ads. */
  budget: YenInput;
  objective: AllocationObjective;
  targetRoas?: number;
  targetGmv?: YenInput;
  targetProfit?: YenInput;
  /** λ in [0, 1] for "risk_aware"; default 0.5. */
  riskAversion?: number;
  platformCaps?: { tiktokShopJp?: YenInput; rakuten?: YenInput };
  /** Budget grid cells, 50 to 5000; default 500. */
  grid?: number;
}
/** A warning or diagnostic: a stable code, its English `message` and the same text in zh / ja / en. */
export interface CampaignNotice {
  code: "engine_version_mismatch" | "creator_campaign_unverified" | "item_exceeds_budget" | "minimums_exceed_budget"
    | "platform_cap_below_minimums" | "constraint_unreachable" | "target_unreachable" | "no_feasible_plan";
  message: string;
  note: Label;
}
export type AllocationDiagnostic = CampaignNotice;
export interface AllocateBudgetResult {
  objective: AllocationObjective;
  /** False when the constraints cannot all hold; `diagnostics` says why. */
  feasible: boolean;
  diagnostics: AllocationDiagnostic[];
  creators: { id: string; posts: number; hired: boolean; spend: YenString; gmv: YenString; profit: YenString }[];
  ads: { id: string; spend: YenString; gmv: YenString; profit: YenString; marginalRoas: number }[];
  totals: { spend: YenString; gmv: YenString; profit: YenString; roas: number | null; unspent: YenString };
  certificate: { polished: boolean; multiplier: number | null; marginalSpread: number | null; gridStep: number };
  frontier?: { spend: YenString; meanProfit: YenString; cvar5: YenString; score: number }[];
  /** The scenario with the allocated posts and spends: pass it to `simulateCampaign`. */
  plan: CampaignInput;
  /** English; the same warnings with codes and zh / ja / en text are `warningDetails`. */
  warnings: string[];
  warningDetails: CampaignNotice[];
}
export interface SensitivityInput {
  scenario: CampaignInput;
  /** Relative step in percent: each input at −v % and +v % (rates capped at 100 %). Default 20. */
  variation?: PercentInput;
  /** Also estimate P(loss) at both ends (1,000 draws each). Default false. */
  probabilityOfLoss?: boolean;
}
export interface SensitivityBar {
  id: string;
  label: string;
  baseValue: number;
  lowValue: number;
  highValue: number;
  profitAtLow: YenString;
  profitAtHigh: YenString;
  /** |profit at high − profit at low|. */
  swing: YenString;
  /** (dΠ/dp)·(p/Π) at the base; null when Π = 0. */
  elasticity: number | null;
  probLossAtLow?: number;
  probLossAtHigh?: number;
}
export interface SensitivityResult {
  baseProfit: YenString;
  variation: number;
  /** Largest swing first. */
  bars: SensitivityBar[];
}
export interface RatePreset { id: string; label: string; value: number; provenance: Provenance; }
export interface CampaignPresets {
  /** The fee-engine rules campaigns use, in force on the data review date. */
  feeRules: { id: string; label: Label; calc: unknown; provenance: Provenance }[];
  rakutenCreatorCampaign: {
    label: string; warning: string; warningNote: Label; monthlyBaseFeeTiers: number[]; commissionRateRange: [number, number];
    largeCreatorCommissionUplift: number; largeCreatorFollowers: number; videoUplift: number;
    couponExtraCommissionPoints: number; couponAovUplift: number; creatorCvr: number; organicCvr: number;
    settlementDays: number; provenance: Provenance;
  };
  tiktokCommissionTypical: [number, number];
  tiktokCommissionProvenance: Provenance;
  modelDefaults: RatePreset[];
}
export interface SaturationHillResult { xSaturated: number[]; inflexion: number; }
export interface AdstockResult {
  xDecayed: number[];
  /** Geometric: θ, θ², …; Weibull: the lag weights. */
  thetaVecCum: number[];
  xImme: number[];
  /** null when Σx = 0. */
  inflationTotal: number | null;
}
"#;
