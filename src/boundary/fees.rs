use super::{from_js, input_json, js_error, run, to_js};
use crate::dates::civil::Date;
use crate::fees::Registry;
use crate::fees::{self, BatchInput, CompareInput, ImportInput, MonthInput, OrderInput, SchedulesInput, SolveInput};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The schedules this instance's estimates read once a fee-data file is registered (until
    /// then the compiled-in ones). Held here, at the boundary, and passed to the engine.
    static REGISTRY: RefCell<Option<Rc<Registry>>> = const { RefCell::new(None) };
}

/// Runs `f` on the registry in use.
fn with_registry<T>(f: impl FnOnce(&Registry) -> crate::error::Result<T>) -> crate::error::Result<T> {
    match REGISTRY.with(|r| r.borrow().clone()) {
        Some(registry) => f(&registry),
        None => f(Registry::builtin()?),
    }
}

/// Validates a fee-data file (an object or its JSON text: `{ dataVersion, published, platforms:
/// [<schedule in the shipped format>…] }`) and adds its rule versions to the schedules every later
/// estimate reads; results then name it in `dataVersion`. A bad file throws and changes nothing.
#[wasm_bindgen(js_name = registerFeeSchedules, unchecked_return_type = "RegisteredFeeData")]
pub fn register_fee_schedules(#[wasm_bindgen(unchecked_param_type = "FeeDataFile | string")] data: JsValue) -> Result<JsValue, JsValue> {
    let text = match data.as_string() {
        Some(text) => text,
        None => input_json(&data).map_err(js_error)?,
    };
    let file = Registry::parse_file(&text).map_err(js_error)?;
    // Checked on the registry in use before it is copied: a rejected or repeated file costs no copy.
    let next = with_registry(|current| match current.already_registered(&file)? {
        Some(done) => Ok(Err(done)),
        None => {
            current.check(&file)?;
            Ok(Ok(current.clone()))
        }
    })
    .map_err(js_error)?;
    let mut registry = match next {
        Err(done) => return to_js(&done),
        Ok(registry) => registry,
    };
    let registered = registry.register(file).map_err(js_error)?;
    REGISTRY.with(|r| *r.borrow_mut() = Some(Rc::new(registry)));
    to_js(&registered)
}

/// Today in the browser's local time zone: the default `asOf`.
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month().saturating_add(1), // 0–11
        now.get_date()
    ))
    .ok()
}

/// Every platform and plan with the fee rules in force on `asOf` (default today), with provenance.
#[wasm_bindgen(js_name = feeSchedules, unchecked_return_type = "FeeSchedulesResult")]
pub fn fee_schedules(#[wasm_bindgen(unchecked_param_type = "FeeSchedulesInput | undefined")] input: JsValue) -> Result<JsValue, JsValue> {
    let input = if input.is_undefined() || input.is_null() {
        js_sys::Object::new().into()
    } else {
        input
    };
    run(input, |mut i: SchedulesInput| {
        if i.as_of.is_none() && !i.history {
            i.as_of = today();
        }
        with_registry(|r| fees::fee_schedules(r, i))
    })
}

/// One order's line-by-line fees, taxes, payout, profit and margin.
#[wasm_bindgen(js_name = estimateOrder, unchecked_return_type = "OrderEstimate")]
pub fn estimate_order(#[wasm_bindgen(unchecked_param_type = "EstimateOrderInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, |mut i: OrderInput| {
        if i.as_of.is_none() {
            i.as_of = today();
        }
        with_registry(|r| fees::estimate_order(r, i))
    })
}

/// A month's P&L from an order mix (or aggregate totals): marginal tiers on the month, fixed fees
/// once, the fee invoice's tax rounded once per rate.
#[wasm_bindgen(js_name = estimateMonth, unchecked_return_type = "MonthEstimate")]
pub fn estimate_month(#[wasm_bindgen(unchecked_param_type = "EstimateMonthInput")] input: JsValue) -> Result<JsValue, JsValue> {
    let mut i: MonthInput = from_js(&input).map_err(js_error)?;
    if i.as_of.is_none() {
        i.as_of = today();
    }
    to_js(&with_registry(|r| fees::estimate_month(r, i)).map_err(js_error)?)
}

/// Lowest price for a target, or the most ad spend / commission at a price — exact to the step.
#[wasm_bindgen(js_name = solvePrice, unchecked_return_type = "SolvePriceResult")]
pub fn solve_price(#[wasm_bindgen(unchecked_param_type = "SolvePriceInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, |mut i: SolveInput| {
        if i.order.as_of.is_none() {
            i.order.as_of = today();
        }
        with_registry(|r| fees::solve_price(r, i))
    })
}

/// The same product on every marketplace, ranked by profit, with reasons.
#[wasm_bindgen(js_name = compareMarketplaces, unchecked_return_type = "MarketplaceComparison")]
pub fn compare_marketplaces(#[wasm_bindgen(unchecked_param_type = "CompareMarketplacesInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, |mut i: CompareInput| {
        if i.as_of.is_none() {
            i.as_of = today();
        }
        with_registry(|r| fees::compare_marketplaces(r, i))
    })
}

/// Import duty and import consumption tax with customs truncation and the small-value exemption.
#[wasm_bindgen(js_name = importTax, unchecked_return_type = "ImportTaxResult")]
pub fn import_tax(#[wasm_bindgen(unchecked_param_type = "ImportTaxInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, |mut i: ImportInput| {
        if i.as_of.is_none() {
            i.as_of = today();
        }
        with_registry(|r| fees::import_tax(r, i))
    })
}

/// One estimate per order row (array or CSV) sharing a template; bad rows report in place.
#[wasm_bindgen(js_name = estimateBatch, unchecked_return_type = "EstimateBatchResult")]
pub fn estimate_batch(#[wasm_bindgen(unchecked_param_type = "EstimateBatchInput")] input: JsValue) -> Result<JsValue, JsValue> {
    if let Some(n) = super::array_len(&input, "orders") {
        fees::batch::check_batch_rows(n).map_err(js_error)?;
    }
    let mut i: BatchInput = from_js(&input).map_err(js_error)?;
    if i.order.as_of.is_none() {
        i.order.as_of = today();
    }
    to_js(&with_registry(|r| fees::estimate_batch(r, i)).map_err(js_error)?)
}

#[wasm_bindgen(typescript_custom_section)]
const FEES_TYPES: &str = r#"
export type PlatformId = "rakuten" | "tiktok" | "amazon" | "yahoo" | "qoo10";
export type FeeScope = "per_unit" | "per_line" | "per_order" | "per_month" | "per_month_allocated" | "per_shipment" | "per_payout" | "one_off";
export type TaxTreatment = "taxable_10" | "taxable_8" | "tax_included_10" | "tax_included_8" | "non_taxable" | "import_jct";
/** How a cost you paid contains consumption tax (amounts are as paid, tax-inclusive). */
export type CostTax = "taxable_10" | "taxable_8" | "import_jct_paid" | "non_taxable";
/** Defaults: goods and other "non_taxable", shipping and packaging "taxable_10". "import_jct_paid" is for goods only, with importJctPerUnit. */
export interface CostTaxes { goods?: CostTax; shipping?: CostTax; packaging?: CostTax; other?: CostTax; }
/** Limits of an FBA size tier, all optional: sides sorted longest first (at most / below), sum of the three sides, weight (at most / below). */
export interface SizeLimit { sidesCm?: [string, string, string]; sidesBelowCm?: [string, string, string]; sumCm?: string; weightG?: string; weightBelowG?: string; }
export interface FeeBand { upTo?: YenString; rate: string; status?: EvidenceStatus; }
export interface FeeBandInput { upTo?: YenInput; rate: PercentInput; }
export type FeeCalc =
  | { type: "fixed"; amount: YenString }
  | { type: "rate"; rate: string }
  | { type: "marginal"; bands: FeeBand[] }
  | { type: "steps"; steps: { upTo?: YenString; calc: FeeCalc }[] }
  | { type: "table"; threshold: YenString; rows: { key: string; label: Label; above: YenString; atOrBelow: YenString; fits?: SizeLimit }[] }
  | { type: "ratio"; numerator: number; denominator: number }
  | { type: "input" };
export interface FeeRule {
  /** Stable id, e.g. "rakuten.system_fee.mobile"; use it as the key in `overrides`. */
  id: string;
  /** Plans the rule applies to; absent = all. */
  plans?: string[];
  category?: string;
  label: Label;
  /** What the rate applies to, in words. */
  base: string;
  calc: FeeCalc;
  min?: YenString;
  max?: YenString;
  scope: FeeScope;
  rounding: Rounding;
  tax: TaxTreatment;
  optional?: boolean;
  provenance: Provenance;
}
export interface FeeChoice { id: string; label: Label; }
/** When a platform pays out, as its fee data states it: a lag in bank business days (TikTok) or in calendar days (Qoo10). */
export interface FeeSettlement { text: Label; lagBusinessDays?: number; lagDays?: number; provenance: Provenance }
export interface FeePlatform {
  platform: string;
  name: Label;
  coverageFrom: DateString;
  plans: FeeChoice[];
  categories?: FeeChoice[];
  settlement?: FeeSettlement;
  rules: FeeRule[];
}
export interface FeeSchedulesInput {
  /** Default: today. */
  asOf?: DateString;
  platform?: string;
  /** Every dated version instead of those in force on `asOf`. */
  history?: boolean;
}
export interface FeeSchedulesResult {
  asOf?: DateString;
  /** The fee data listed: "builtin-<date>", then "+<dataVersion>" for each registered file. */
  dataVersion: string;
  /** The newest review date of that data: show it as "rates as of". */
  ratesAsOf: DateString;
  platforms: FeePlatform[];
}
/** A fee-data file for registerFeeSchedules: each platform entry is in the shipped format (src/fees/data/<platform>.json). */
export interface FeeDataFile {
  /** 1–64 characters; named in every later result's dataVersion. Registering the same version twice is refused. */
  dataVersion: string;
  /** The day the file's rates were checked. */
  published: DateString;
  /** Known platforms only; rule ids must be ones the engine reads, with the shipped kind of calc. */
  platforms: FeePlatform[];
}
export interface RegisteredFeeData { dataVersion: string; ratesAsOf: DateString; added: { platform: string; rules: number }[]; }
/** Replace a preset's numbers (give one of rate / amount / bands / steps). */
export interface RuleOverride {
  rate?: PercentInput;
  amount?: YenInput;
  /** Marginal bands: each band's rate on the yen inside it; the last band has no upTo. */
  bands?: FeeBandInput[];
  /** Whole-amount steps: the first step whose upTo ≥ base decides. */
  steps?: { upTo?: YenInput; calc: unknown }[];
  min?: YenInput;
  max?: YenInput;
  rounding?: Rounding;
}
export interface OrderItemInput {
  /** Unit price, tax-inclusive. */
  price: YenInput;
  /** Default 1. */
  quantity?: number | string;
  /** Default "10". */
  taxRate?: TaxRateInput;
}
export interface EstimateOrderInput {
  platform: PlatformId;
  /** rakuten: "ganbare" | "standard" (default) | "mega"; tiktok: "local" | "pop_direct" | "pop_overseas_warehouse" (cross-border POP: 7 % UNV preset, deposit in notes) | "full_managed" (全托管: fee terms unpublished, so give your contract rate as overrides["tiktok.referral_fee"], else missing_field); amazon: "professional" (default) | "individual"; yahoo, qoo10: "standard". */
  plan?: string;
  /** Default: today. */
  asOf?: DateString;
  /** One unit price (tax-inclusive) … */
  price?: YenInput;
  quantity?: number | string;
  taxRate?: TaxRateInput;
  /** … or several items. */
  items?: OrderItemInput[];
  /** Shipping charged to the customer, tax-inclusive. */
  shippingCharged?: YenInput;
  /** Store-funded coupon on the items, tax-inclusive. */
  discount?: YenInput;
  costs?: {
    cogsPerUnit?: YenInput;
    shipping?: YenInput;
    packaging?: YenInput;
    other?: YenInput;
    /** Other costs as a percent of what the customer pays (line cost.other_percent, half-up). */
    otherPercent?: PercentInput;
    /** Import JCT paid per unit, inside cogsPerUnit (with tax.goods "import_jct_paid"). */
    importJctPerUnit?: YenInput;
    /** How each cost contains JCT; a registered seller credits it. */
    tax?: CostTaxes;
    /** Instead of shipping: a carrier's list price for the parcel (carrier ids: feeSchedules({ platform: "shipping" }).platforms[0].categories; default the cheapest that takes it). */
    shippingBy?: { carrier?: string; package: { lengthCm: string | number; widthCm: string | number; heightCm: string | number; weightG: string | number } };
    /** A cross-border parcel (carriers: feeSchedules({ platform: "parcel" })): your rate card by chargeable weight, grams. */
    parcelBy?: {
      carrier: "ems" | "epacket" | "express";
      package: { lengthCm: string | number; widthCm: string | number; heightCm: string | number; weightG: string | number };
      /** Bands with increasing upToG; the first that covers the chargeable weight prices it. */
      rates: { upToG: number; amount: YenInput }[];
      /** cm³ per kg; replaces the template's (express 5000); 0 = actual weight only. */
      volumetricDivisor?: number;
      /** Required for carriers with a fuel surcharge (express). */
      fuelSurchargePercent?: PercentInput;
    };
  };
  /** Ad spend for this order, tax-exclusive (Rakuten: RPP). */
  adSpend?: YenInput;
  /** Default true. */
  jctRegistered?: boolean;
  /** Rounding of the fee invoice's tax (once per rate). Default "floor". */
  feeTaxRounding?: Rounding;
  /** Show monthly fixed fees shared over this many orders. */
  ordersPerMonth?: number | string;
  /** Keyed by rule id, e.g. { "rakuten.pay_fee": { rate: "3.5" } }. */
  overrides?: Record<string, RuleOverride>;
  rakuten?: {
    /** Default "mobile". */
    device?: "pc" | "mobile";
    /** The month's expected system-fee base; the order pays the month's average marginal rate. */
    monthlySales?: YenInput;
    /** Default 1. */
    pointsRate?: PercentInput;
    /** Set when the order came through an affiliate link; ≥ 1. */
    affiliateRate?: PercentInput;
    affiliateRewardsBefore?: YenInput;
  };
  tiktok?: {
    /** Default true (sources conflict). */
    feeBaseIncludesShipping?: boolean;
    /** Default true: the tax-inclusive amounts (sources conflict; false uses the tax-exclusive items and shipping). */
    feeBaseIncludesTax?: boolean;
    newSeller?: { registeredOn: DateString; listedThreeWithin45Days: boolean };
    creatorCommissionRate?: PercentInput;
    samples?: { count: number | string; cogs: YenInput; shipping?: YenInput };
    /** Order completion day → `payoutOn` 15 bank business days later (no weekends, public holidays or 12/31–1/3). */
    completedOn?: DateString;
  };
  amazon?: {
    /** A category id from feeSchedules (amazon.categories). */
    category: string;
    /** Default "merchant". */
    fulfilment?: "merchant" | "fba";
    /** FBA size tier key, e.g. "small", "standard", "large_120", "extra_large_200"; wins over package. */
    sizeTier?: string;
    /** FBA: the packed unit; the size tier is derived from it (sorted sides, sum of sides, weight). */
    package?: { lengthCm: string | number; widthCm: string | number; heightCm: string | number; weightG: string | number };
    /** FBA only: monthly storage per unit sold (rate of the asOf month's season and size class), plus the aged-inventory surcharge months. */
    /** stockUnits (estimateMonth only): units held this month, charged once instead of per unit sold. */
    storage?: { cubicCm: number | string; days: number | string; agedMonths?: number | string; stockUnits?: number | string };
  };
  yahoo?: {
    /** "paypay_balance" | "card" (default) | "carrier". */
    payment?: string;
    /** Default 1 (the mandatory minimum). */
    pointsRate?: PercentInput;
    /** Set for affiliate orders; ≥ 1. */
    affiliateRate?: PercentInput;
    prOption?: boolean;
    /** Sold through the LINE Shopping tab (from 2026-09-01). */
    lineTab?: boolean;
  };
  qoo10?: {
    /** A category id from feeSchedules (qoo10.categories). */
    category: string;
    megaWari?: boolean;
    fundedDiscount?: boolean;
    preorder?: boolean;
    /** Month estimates only: payouts withdrawn (¥150 each). */
    withdrawals?: number;
    sellerGrade?: "general" | "excellent" | "power";
    /** Delivery day → `payoutOn` (grade days later, then the following Wednesday). */
    deliveredOn?: DateString;
  };
  /** Import duty and import JCT on this order's goods (its `asOf` is the order's). */
  import?: Omit<ImportTaxInput, "asOf">;
  /** FX and payout costs; all default to 0. */
  fx?: {
    payoutFeePercent?: PercentInput;
    spreadPercent?: PercentInput;
    fixedFee?: YenInput;
    /** Goods cost per unit in a foreign currency, converted at `rate` (yen per unit) + spread, rounded up. */
    cogsPerUnitForeign?: string | number;
    rate?: string | number;
    currency?: string;
  };
  /** Profit at `count` prices (odd, 3–21, default 5) `stepPercent` apart (above 0, ≤ 20, default 5) around `price`; not in estimateBatch. */
  priceLadder?: { count?: number; stepPercent?: PercentInput };
}
export type FeeLineKind = "sales_fee" | "points" | "affiliate" | "advertising" | "fixed_fee" | "fulfilment" | "cost" | "import_tax" | "payout";
export interface FeeLine {
  id: string;
  label: Label;
  kind: FeeLineKind;
  base?: YenString;
  rate?: string;
  /** Tax-exclusive. */
  net: YenString;
  /** This line's share of the invoice tax (rounded once per rate over all lines). */
  tax: YenString;
  /** net + tax. */
  gross: YenString;
  taxTreatment: TaxTreatment;
  rounding: Rounding;
  scope: FeeScope;
  provenance: Provenance;
  /** Used an SEC1/UNV preset you did not replace. */
  unverified: boolean;
  /** Your `overrides` replaced the preset. */
  overridden: boolean;
}
export interface FeeTotals { net: YenString; tax: YenString; gross: YenString; }
export interface OrderEstimate {
  /** The fee data used: "builtin-<date>", then "+<dataVersion>" for each file given to registerFeeSchedules. */
  dataVersion: string;
  platform: PlatformId;
  plan: string;
  asOf: DateString;
  revenue: { items: YenString; shipping: YenString; discount: YenString; total: YenString };
  lines: FeeLine[];
  fees: FeeTotals;
  costs: FeeLine[];
  costTotal: FeeTotals;
  feeTaxRounding: Rounding;
  feeTaxScope: "per_invoice_per_rate";
  /** revenue.total − fees.gross */
  payout: YenString;
  /** saleJct: the FY2026 reform rule when a small cross-border mail-order sale owes JCT even unregistered. */
  sellerTax: { registered: boolean; outputTax: YenString; inputTax: YenString; due: YenString; saleJct?: Provenance; roundingScope: string; provenance: Provenance };
  /** payout − costTotal.gross − sellerTax.due */
  profit: YenString;
  /** Percent of revenue.total, 2 decimals ("" when revenue is 0). */
  margin: string;
  /** Return on what you spent: profit as a percent of costTotal.gross, 2 decimals ("" without costs). */
  roi: string;
  unverified: boolean;
  settlement?: FeeSettlement;
  payoutOn?: DateString;
  /** Amazon FBA: the size tier used, given (from "size_tier") or derived from amazon.package (with the measurements that decided). */
  sizeTier?: { key: string; label: Label; from: "package" | "size_tier"; sidesCm?: [string, string, string]; sumCm?: string; weightG?: string };
  notes: Label[];
  /** With costs.parcelBy: how the parcel was weighed. */
  parcel?: { carrier: string; actualG: string; volumetricG?: string; chargeableG: string; bandUpToG: number };
  /** With priceLadder: each price (rounded half-up to the yen), lowest first; the middle one is this order. */
  ladder?: { price: YenString; fees: YenString; payout: YenString; profit: YenString; margin: string; roi: string }[];
  /** With fx.cogsPerUnitForeign: the profit at the rate − 5 % and + 5 %. */
  fxScenarios?: { changePercent: string; rate: string; cogsPerUnit: YenString; profit: YenString }[];
}
export interface MonthOrderRow {
  /** Unit price, tax-inclusive. */
  price: YenInput;
  quantity?: number | string;
  taxRate?: TaxRateInput;
  shippingCharged?: YenInput;
  discount?: YenInput;
  /** Rakuten; default "mobile". */
  device?: "pc" | "mobile";
  /** Came through an affiliate link (Rakuten) or a creator (TikTok). */
  affiliate?: boolean;
  cogsPerUnit?: YenInput;
}
export interface EstimateMonthInput {
  platform: PlatformId;
  plan?: string;
  asOf?: DateString;
  /** The month's orders (up to 1,000,000) … */
  orders?: MonthOrderRow[];
  /** … or CSV text with a header: price (required), quantity, taxRate, shippingCharged, discount, device, affiliate, cogsPerUnit; RFC 4180 quoting, e.g. "12,800" … */
  ordersCsv?: string;
  /** … or totals, modelled as `orders` equal single-unit orders. */
  aggregate?: { sales: YenInput; orders: number | string; shippingCharged?: YenInput; mobileShare?: PercentInput; affiliateShare?: PercentInput; taxRate?: TaxRateInput };
  costs?: { cogsPerUnit?: YenInput; shippingPerOrder?: YenInput; packagingPerOrder?: YenInput; otherMonthly?: YenInput; otherPercent?: PercentInput; importJctPerUnit?: YenInput; tax?: CostTaxes };
  /** Month ad spend, tax-exclusive (Rakuten: RPP). */
  adSpend?: YenInput;
  /** Optional monthly services by rule id, e.g. ["rakuten.r_messe"]. */
  subscriptions?: string[];
  includeInitialFee?: boolean;
  jctRegistered?: boolean;
  feeTaxRounding?: Rounding;
  overrides?: Record<string, RuleOverride>;
  rakuten?: { pointsRate?: PercentInput; affiliateRate?: PercentInput };
  tiktok?: EstimateOrderInput["tiktok"];
  amazon?: EstimateOrderInput["amazon"];
  yahoo?: EstimateOrderInput["yahoo"];
  qoo10?: EstimateOrderInput["qoo10"];
  /** Return `orderFees`: each order's own per-order fees. */
  includeOrders?: boolean;
}
export interface MonthEstimate {
  /** The fee data used: "builtin-<date>", then "+<dataVersion>" for each file given to registerFeeSchedules. */
  dataVersion: string;
  platform: PlatformId;
  plan: string;
  asOf: DateString;
  orders: number;
  units: number;
  averageOrder: YenString;
  revenue: { items: YenString; shipping: YenString; discount: YenString; total: YenString };
  lines: FeeLine[];
  fees: FeeTotals;
  costs: FeeLine[];
  costTotal: FeeTotals;
  feeTaxRounding: Rounding;
  feeTaxScope: "per_invoice_per_rate";
  payout: YenString;
  sellerTax: OrderEstimate["sellerTax"];
  profit: YenString;
  margin: string;
  /** profit as a percent of costTotal.gross ("" without costs). */
  roi: string;
  /** fees.gross as a percent of revenue.total. */
  feeRate: string;
  unverified: boolean;
  /** Rakuten: points + affiliate reward; TikTok: referral + creator; Amazon: referral + FBA — per order, before month-level fees and tax. */
  orderFees?: YenString[];
}
export type SolveTarget =
  | { kind: "break_even" }
  | { kind: "margin"; percent: PercentInput }
  | { kind: "profit"; amount: YenInput };
export interface SolvePriceInput {
  /** An estimateOrder input (one item); its price is replaced when solving for price. */
  order: EstimateOrderInput;
  solve: "price" | "max_ad_spend" | "max_commission_rate";
  /** Default break_even. */
  target?: SolveTarget;
  minPrice?: YenInput;
  maxPrice?: YenInput;
}
export interface SolvePriceResult {
  solve: SolvePriceInput["solve"];
  target: SolveTarget;
  /** Yen for price and ad spend; percent (to 0.01) for a commission rate. */
  value: string;
  /** The estimate at the answer. */
  at: OrderEstimate;
  /** Profit one step past the answer, where the target fails. */
  profitOneStepBeyond?: YenString;
  /** solve "price": the prices searched — minPrice/maxPrice narrowed to what the order accepts; limitedBy names the inputs that narrowed it (e.g. "order.rakuten.monthlySales"). */
  priceRange?: { min: YenString; max: YenString; limitedBy: string[] };
  notes: string[];
}
export interface CompareMarketplacesInput {
  price: YenInput;
  quantity?: number | string;
  taxRate?: TaxRateInput;
  shippingCharged?: YenInput;
  costs?: EstimateOrderInput["costs"];
  adSpend?: YenInput;
  asOf?: DateString;
  jctRegistered?: boolean;
  ordersPerMonth?: number | string;
  /** Default: all. */
  platforms?: PlatformId[];
  plans?: Partial<Record<PlatformId, string>>;
  rakuten?: EstimateOrderInput["rakuten"];
  tiktok?: EstimateOrderInput["tiktok"];
  amazon?: EstimateOrderInput["amazon"];
  yahoo?: EstimateOrderInput["yahoo"];
  qoo10?: EstimateOrderInput["qoo10"];
}
export interface MarketplaceComparison {
  /** The fee data used: "builtin-<date>", then "+<dataVersion>" for each file given to registerFeeSchedules. */
  dataVersion: string;
  /** With amazon.fulfilment "fba", Amazon appears twice: "fba" (Amazon delivers; costs.shipping left out) and "merchant". */
  ranking: { rank: number; platform: PlatformId; plan: string; profit: YenString; margin: string; fees: YenString; payout: YenString; unverified: boolean; fulfilment?: "merchant" | "fba"; reasons: Label[]; estimate: OrderEstimate }[];
  skipped: { platform: PlatformId; fulfilment?: "merchant" | "fba"; code: string; field: string; reason: string }[];
}
export interface ImportTaxInput {
  /** Default: today. */
  asOf?: DateString;
  /** "commercial" (CIF, default) or "personal_use" (overseas retail × 0.6 while that rule lasts). */
  valuation?: "commercial" | "personal_use";
  /** Goods value in yen (FOB, or overseas retail for personal use). */
  goods: YenInput;
  freight?: YenInput;
  insurance?: YenInput;
  /** Your HS code's duty rate; 0 unless given. */
  dutyRate?: PercentInput;
  /** "general" (default) or an exemption exception: "leather_bags", "leather_gloves", "footwear", "hosiery", "knitwear". */
  category?: string;
  /** Cross-border mail order: from the FY2026 reform (2028-04-01, secondary sources) a ≤ ¥10,000 parcel pays no import JCT and the sale is taxed instead (saleJct). */
  mailOrder?: boolean;
  taxRate?: TaxRateInput;
}
export interface ImportTaxResult {
  /** The fee data used: "builtin-<date>", then "+<dataVersion>" for each file given to registerFeeSchedules. */
  dataVersion: string;
  asOf: DateString;
  customsValue: YenString;
  exempt: boolean;
  /** FY2026 reform: this mail-order sale is a domestic taxable sale (JCT owed on the sale, none at the border). */
  saleJct: boolean;
  dutyBase: YenString;
  duty: YenString;
  jctBase: YenString;
  nationalTax: YenString;
  localTax: YenString;
  importJct: YenString;
  total: YenString;
  lines: FeeLine[];
  notes: Label[];
}
export interface EstimateBatchInput {
  /** Shared settings (an EstimateOrderInput without price/items). */
  order: Omit<EstimateOrderInput, "price" | "items" | "quantity">;
  orders?: MonthOrderRow[];
  ordersCsv?: string;
}
export interface EstimateBatchResult {
  /** The fee data used: "builtin-<date>", then "+<dataVersion>" for each file given to registerFeeSchedules. */
  dataVersion: string;
  rows: { index: number; revenue?: YenString; fees?: YenString; payout?: YenString; profit?: YenString; margin?: string; unverified: boolean; error?: { code: string; field: string; message: string; row: number; line?: number } }[];
  totals: { ok: number; failed: number; revenue: YenString; fees: YenString; payout: YenString; profit: YenString };
}
"#;
