use super::{js_error, run};
use crate::health;
use wasm_bindgen::prelude::*;

/// Shop metrics over the last N days against the seller guide's red lines (editable).
#[wasm_bindgen(js_name = storeHealth, unchecked_return_type = "StoreHealthResult")]
pub fn store_health(#[wasm_bindgen(unchecked_param_type = "StoreHealthInput")] input: JsValue) -> Result<JsValue, JsValue> {
    if let Some(n) = super::array_len(&input, "orders") {
        health::orders::check_order_count(n).map_err(js_error)?;
    }
    run(input, health::store_health)
}

/// Reply deadlines, overdue messages and the creator-campaign pause rule.
#[wasm_bindgen(js_name = replyRisk, unchecked_return_type = "ReplyRiskResult")]
pub fn reply_risk(#[wasm_bindgen(unchecked_param_type = "ReplyRiskInput")] input: JsValue) -> Result<JsValue, JsValue> {
    if let Some(n) = super::array_len(&input, "messages") {
        health::reply::check_message_count(n).map_err(js_error)?;
    }
    run(input, health::reply_risk)
}

/// High-risk windows of a year and its Japanese public holidays.
#[wasm_bindgen(js_name = riskCalendar, unchecked_return_type = "RiskCalendarResult")]
pub fn risk_calendar(#[wasm_bindgen(unchecked_param_type = "RiskCalendarInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, health::risk_calendar)
}

/// The creator-program checklist as a seller guide describes it (unverified program).
#[wasm_bindgen(js_name = creatorEligibility, unchecked_return_type = "CreatorEligibilityResult")]
pub fn creator_eligibility(#[wasm_bindgen(unchecked_param_type = "CreatorEligibilityInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, health::creator_eligibility)
}

/// Recency / frequency / monetary segments per (hashed) customer.
#[wasm_bindgen(js_name = rfmSegments, unchecked_return_type = "RfmSegmentsResult")]
pub fn rfm_segments(#[wasm_bindgen(unchecked_param_type = "RfmSegmentsInput")] input: JsValue) -> Result<JsValue, JsValue> {
    if let Some(n) = super::array_len(&input, "orders") {
        health::rfm::check_rfm_orders(n).map_err(js_error)?;
    }
    run(input, health::rfm_segments)
}

/// Cost of delay / return / UGC coupons and its share of the order's margin.
#[wasm_bindgen(js_name = compensation, unchecked_return_type = "CompensationResult")]
pub fn compensation(#[wasm_bindgen(unchecked_param_type = "CompensationInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, health::compensation)
}

/// Push frequency against "2 a week" plus the 特定電子メール法 checklist.
#[wasm_bindgen(js_name = messagingCheck, unchecked_return_type = "MessagingCheckResult")]
pub fn messaging_check(#[wasm_bindgen(unchecked_param_type = "MessagingCheckInput")] input: JsValue) -> Result<JsValue, JsValue> {
    run(input, health::messaging_check)
}

#[wasm_bindgen(typescript_custom_section)]
const HEALTH_TYPES: &str = r##"
/** ISO 8601 date-time; without an offset it is JST (+09:00). A date alone is midnight JST.
 *  Results are always written as "YYYY-MM-DDTHH:MM:SS+09:00". */
export type DateTimeString = string;
/** Decimal as a string (percent, score, units); inputs also accept numbers. */
export type DecimalString = string;

export interface OrderRowInput {
  orderId?: string;
  customerId?: string;
  orderDate: DateTimeString;
  /** A date alone means "by the end of that day (JST)". */
  shipBy?: DateTimeString;
  shippedAt?: DateTimeString;
  /** false = shipped but not delivered (未着); omitted = unknown. */
  delivered?: boolean;
  cancelled?: boolean;
  cancelReason?: string;
  returned?: boolean;
  returnReason?: string;
  complaint?: boolean;
  /** 1–5. */
  reviewScore?: number | string;
  amount?: YenInput;
}
/** CSV text (UTF-8 string; decode Shift_JIS with TextDecoder('shift_jis') first). The first row is
 *  the header. Unmapped fields try common headers (注文番号, 注文日時, 出荷期限, 出荷日, 配達完了,
 *  キャンセル, キャンセル理由, 返品, クレーム, レビュー評価, 会員ID, 合計金額, and the camelCase names).
 *  Flags accept 1/0, true/false, yes/no, はい/いいえ, 有/無, ○/×. */
export interface CsvInput {
  text: string;
  columns?: Partial<Record<keyof OrderRowInput, string>>;
  delimiter?: "," | "\t" | ";";
}
export interface ColumnUse { field: keyof OrderRowInput; header: string; }

export type Band = "unrated" | "ok" | "investigate" | "risk" | "high";
export interface BandLines {
  investigateAbove?: DecimalString | number;
  riskAbove?: DecimalString | number;
  highAbove?: DecimalString | number;
  /** Review score only. */
  riskBelow?: DecimalString | number;
  highBelow?: DecimalString | number;
}
export interface StoreHealthInput {
  /** Give `orders` or `csv`. At most 1,000,000 rows. */
  orders?: OrderRowInput[];
  csv?: CsvInput;
  /** Last day of the window (JST), inclusive. */
  evaluationDate: DateString;
  /** Default 30, 1–366. */
  windowDays?: number;
  /** Omitted metrics keep the seller guide's preset (complaint >1 % risk, >2 % high; late >2 % risk,
   *  >5 % high; returns >8 % investigate; non-delivery >3 orders investigate). */
  thresholds?: {
    complaintRate?: BandLines; cancellationRate?: BandLines; lateShipmentRate?: BandLines;
    returnRate?: BandLines; nonDelivery?: BandLines; reviewScore?: BandLines;
    /** Default 7. */
    nonDeliveryAfterDays?: number;
  };
  /** Extra good orders expected in the window, for the headroom solver. Default 0. */
  plannedOrders?: number;
  /** When the marketplace warned the shop: adds "improvement plan within 24 h" with its deadline. */
  warnedAt?: DateTimeString;
  stockPlan?: {
    /** Default 2 ("stock ×2 before big sales"). */
    multiplier?: DecimalString | number;
    /** Default 7. */
    coverDays?: number;
    items: { sku: string; onHand: number; dailyUnits: DecimalString | number; leadTimeDays?: number }[];
  };
  /** Default 100, at most 10,000. */
  maxDrivers?: number;
}
export type HealthMetricId = "complaintRate" | "cancellationRate" | "lateShipmentRate" | "returnRate" | "nonDelivery" | "reviewScore";
export interface HealthMeasure { numerator: number; denominator: number; value: DecimalString | null; }
export interface HealthMetric extends HealthMeasure {
  id: HealthMetricId;
  /** value is a percent (2 dp, half-up), an order count, or a mean score. */
  unit: "percent" | "orders" | "score";
  definition: string;
  band: Band;
  lines: BandLines;
  linesProvenance: Provenance;
  previous: HealthMeasure;
  trend: "worse" | "better" | "same" | "no_data";
  change: DecimalString | null;
  /** Order ids behind the numerator ("#n" / "line n" when no id). */
  drivers: string[];
  driversTruncated: boolean;
  excluded: number;
  headroom?: { nextBand: Band; line: DecimalString; additionalBadOrders: number; assumingPlannedOrders: number };
  recovery?: { toBand: Band; line: DecimalString; cleanOrdersNeeded: number };
  actions: string[];
}
export interface HealthAction { code: string; text: string; deadline?: DateTimeString; provenance: Provenance; }
export interface DateWindow { from: DateString; to: DateString; days: number; }
export interface StoreHealthResult {
  window: DateWindow;
  previousWindow: DateWindow;
  ordersInWindow: number;
  ordersInPreviousWindow: number;
  ordersOutsideWindows: number;
  nonDeliveryAfterDays: number;
  metrics: HealthMetric[];
  overallBand: Band;
  actions: HealthAction[];
  stockPlan?: {
    multiplier: DecimalString; multiplierProvenance: Provenance;
    coverDays: number; coverDaysProvenance: Provenance;
    rounding: "ceil";
    items: { sku: string; onHand: number; target: number; toOrder: number; alertAt: number; daysOfCover: number | null }[];
  };
  columns?: ColumnUse[];
  provenance: Provenance;
}

export type ReplyChannel = "rakuten_inquiry" | "creator_comment" | "tiktok";
export interface ReplyRiskInput {
  now: DateTimeString;
  messages: { id?: string; channel: ReplyChannel; receivedAt: DateTimeString; answeredAt?: DateTimeString; postId?: string; language?: string }[];
  posts?: { id: string; postedAt: DateTimeString }[];
  saleRunning?: boolean;
  sales?: { start: DateTimeString; end: DateTimeString; label?: string }[];
  /** Presets: inquiry 24, sale 12, creator comment 4, TikTok 24 hours; pause at 3 unanswered within 72 h. */
  rules?: { inquiryHours?: number; saleInquiryHours?: number; creatorCommentHours?: number; tiktokHours?: number; pauseUnanswered?: number; pauseWithinHours?: number };
  /** Count deadlines in open hours only. */
  businessHours?: { opens: string; closes: string; closedWeekdays?: string[]; closedOnHolidays?: boolean; closedDates?: DateString[] };
}
export interface ReplyItem {
  id: string; channel: ReplyChannel; receivedAt: DateTimeString; deadline: DateTimeString;
  limitHours: number; rule: string; duringSale: boolean;
  status: "answered_on_time" | "answered_late" | "open" | "overdue";
  /** Unanswered only; negative when overdue. */
  secondsLeft?: number;
  responseSeconds?: number;
}
export interface ReplyRiskResult {
  now: DateTimeString;
  clock: "calendar" | "business";
  items: ReplyItem[];
  overdue: string[];
  counts: { answeredOnTime: number; answeredLate: number; open: number; overdue: number };
  pause: { postId: string; postedAt: DateTimeString; windowEnd: DateTimeString; unanswered: number; threshold: number; triggered: boolean; remainingBeforePause: number; messageIds: string[] }[];
  pauseTriggered: boolean;
  rules: { id: string; hours: number; provenance: Provenance }[];
}

export interface PeriodInput { start: DateTimeString; end: DateTimeString; label?: string; }
export interface RiskCalendarInput {
  /** 2000–2099. */
  year: number;
  /** Default { months: [3,6,9,12], startDay: 4, startTime: "20:00", endDay: 11, endTime: "01:59" }. */
  superSale?: { months: number[]; startDay: number; startTime: string; endDay: number; endTime: string };
  superSaleDates?: PeriodInput[];
  marathons?: PeriodInput[];
  custom?: PeriodInput[];
  /** Default ["sat", "sun"]. */
  closedWeekdays?: string[];
  shipFrom?: DateString;
  shippingDays?: number;
}
export interface JapaneseHoliday { date: DateString; name: string; nameEn: string; kind: "national" | "substitute" | "citizens"; }
export interface RiskCalendarResult {
  year: number;
  windows: { kind: "year_end" | "golden_week" | "obon" | "super_sale" | "marathon" | "custom"; label: string; start: DateTimeString; end: DateTimeString; reasons: string[]; closedDays: number; provenance: Provenance }[];
  holidays: JapaneseHoliday[];
  holidaysProvenance: Provenance;
  closedWeekdays: string[];
  shipping?: { from: DateString; shippingDays: number; deadline: DateString; skipped: DateString[] };
}

export interface CreatorEligibilityInput {
  jctRegistered?: boolean;
  fulfilment?: "jp_warehouse" | "fba_jp" | "overseas" | "other";
  japaneseReturnAddress?: boolean;
  japaneseCustomerSupport?: boolean;
  trademarkRegistered?: boolean;
  categoryNeedsPseOrJis?: boolean;
  pseOrJisDocuments?: boolean;
  /** Monthly DSR (1–5), oldest first; the last 3 are averaged. */
  monthlyDsr?: (DecimalString | number)[];
  liveItemsWithJapanesePages?: number;
  /** Default 4.7. */
  minDsr?: DecimalString | number;
  /** Default 5. */
  minLiveItems?: number;
}
export interface CreatorEligibilityResult {
  /** English; in zh / ja / en as `programNote`. */
  program: string;
  programNote: Label;
  unverified: true;
  overall: "meets_checklist" | "fails" | "incomplete";
  items: { id: string; status: "pass" | "fail" | "unknown" | "not_applicable"; requirement: string; fix: string; value?: string; provenance: Provenance }[];
  provenance: Provenance;
}

export interface RfmSegmentRule {
  id: string; label?: string;
  recencyMaxDays?: number; recencyMinDays?: number;
  frequencyMin?: number; frequencyMax?: number;
  monetaryMin?: YenInput; monetaryMax?: YenInput;
}
export interface RfmSegmentsInput {
  orders?: OrderRowInput[];
  csv?: CsvInput;
  asOf: DateString;
  /** First match wins; default: high_value (R ≤ 7, F ≥ 3, M ≥ ¥50,000), dormant (R ≥ 30). */
  segments?: RfmSegmentRule[];
  salt?: string;
  /** Default true. */
  includeMembers?: boolean;
  /** Default false: ids only as salted hashes. */
  includeRawIds?: boolean;
}
export interface RfmSegmentsResult {
  asOf: DateString;
  customers: number; ordersCounted: number; cancelledExcluded: number; afterAsOfIgnored: number;
  revenue: YenString;
  segments: { id: string; label: string | null; customers: number; revenue: YenString; revenueShare: DecimalString | null; customerShare: DecimalString | null; rule?: RfmSegmentRule }[];
  members?: { customer: string; customerId?: string; lastOrder: DateString; recencyDays: number; frequency: number; monetary: YenString; segment: string }[];
  csv: string;
  hashing: { algorithm: string; protectsAgainst: string; doesNotProtectAgainst: string };
  segmentsProvenance: Provenance;
  columns?: ColumnUse[];
}

export interface CompensationInput {
  /** Required unless `order` is given (then: the order's revenue total). */
  orderAmount?: YenInput;
  delayDays?: number;
  /** Default 3. */
  perDayPercent?: DecimalString | number;
  /** Default 30 (jpseller default; the guide names no cap). */
  capPercent?: DecimalString | number;
  returnCoupons?: number;
  /** Default ¥300. */
  returnCouponValue?: YenInput;
  ugcRewards?: number;
  /** Default ¥500. */
  ugcRewardValue?: YenInput;
  /** Default 100. */
  redemptionPercent?: DecimalString | number;
  /** The order's margin before compensation; may be negative. Give this or `order`. */
  margin?: YenInput;
  /** The order as estimateOrder takes it; the fee engine's profit becomes the margin. */
  order?: EstimateOrderInput;
  /** Per coupon; default "floor". */
  rounding?: Rounding;
}
export interface Preset<T> { value: T; provenance: Provenance; }
export interface CompensationResult {
  delayCoupon: { percent: DecimalString; capped: boolean; amount: YenString };
  returnCoupons: { each: YenString; count: number; total: YenString };
  ugcRewards: { each: YenString; count: number; total: YenString };
  faceValue: YenString;
  expectedCost: YenString;
  marginShare?: DecimalString;
  marginAfter?: YenString;
  marginSource: "input" | "fee_engine" | "none";
  marginUsed?: YenString;
  feeEngine?: { revenue: YenString; fees: YenString; profit: YenString; margin: string; unverified: boolean };
  perDayPercent: Preset<DecimalString>;
  capPercent: Preset<DecimalString>;
  returnCouponValue: Preset<YenString>;
  ugcRewardValue: Preset<YenString>;
  redemptionPercent: Preset<DecimalString>;
  rounding: Rounding;
  roundingScope: "per_coupon";
}

export interface MessagingCheckInput {
  channel: "line" | "email" | "sms";
  sends?: DateTimeString[];
  pushesPerWeek?: number;
  /** Default 2. */
  maxPerWeek?: number;
  priorConsent?: boolean;
  consentRecordsKept?: boolean;
  optOutsHonoured?: boolean;
  senderNameShown?: boolean;
  unsubscribeShown?: boolean;
  senderAddressShown?: boolean;
  contactShown?: boolean;
}
export type CheckStatus = "pass" | "fail" | "unknown";
export interface MessagingCheckResult {
  channel: "line" | "email" | "sms";
  frequency: { maxPerWeek: number; maxPerWeekProvenance: Provenance; busiestSevenDays: number; busiestFrom?: DateTimeString; weeksOver: { weekOf: DateString; sends: number }[]; status: CheckStatus };
  checklist: { id: string; status: CheckStatus; requirement: string; basis: string; provenance: Provenance }[];
  lawApplies: boolean;
  lawScopeNote: string;
  overall: CheckStatus;
}
"##;
