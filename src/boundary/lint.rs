use super::{from_js, js_error, to_js};
use crate::error::{code, Error};
use crate::lint::{self, LintOptions};
use wasm_bindgen::prelude::*;

/// `undefined` / `null` options mean the defaults.
fn options(value: JsValue) -> Result<LintOptions, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(LintOptions::default());
    }
    from_js(&value).map_err(|e| js_error(e.within("options")))
}

/// A JS string, checked against `limit` bytes before it is copied in (a UTF-16 unit is at least
/// one UTF-8 byte), so a huge string is a coded error rather than an allocation that traps.
/// It arrives as UTF-8; a lone surrogate becomes U+FFFD, also one UTF-16 unit, so every span
/// still indexes the caller's original string.
fn text(value: &JsValue, field: &str, limit: usize) -> Result<String, JsValue> {
    let string = value
        .dyn_ref::<js_sys::JsString>()
        .ok_or_else(|| js_error(Error::new(code::INVALID_TYPE, field, "expected a string")))?;
    let units = string.length() as usize;
    if units > limit {
        return Err(js_error(Error::new(
            "text_too_long",
            field,
            format!("text is at least {units} bytes of UTF-8; the limit is {limit}"),
        )));
    }
    Ok(String::from(string))
}

/// Lints one text: findings with UTF-16 spans into `text`, sorted by position.
#[wasm_bindgen(js_name = lint, unchecked_return_type = "LintResult")]
pub fn lint_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LintOptions | undefined")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let text = text(&text_value, "text", lint::MAX_TEXT_BYTES)?;
    let options = options(options_value)?;
    to_js(&lint::lint(&text, &options).map_err(js_error)?)
}

/// Lints many texts (rows of a bulk listing file) with one profile.
#[wasm_bindgen(js_name = lintBatch, unchecked_return_type = "LintBatchResult")]
pub fn lint_batch(
    #[wasm_bindgen(unchecked_param_type = "string[]")] texts_value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LintOptions | undefined")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    // Read the array directly rather than through JSON: JSON.stringify escapes lone surrogates as
    // \uD800, which a strict JSON parser rejects, while `as_string` maps them to U+FFFD.
    if !js_sys::Array::is_array(&texts_value) {
        return Err(js_error(Error::new(code::INVALID_TYPE, "texts", "expected an array of strings")));
    }
    let array = js_sys::Array::from(&texts_value);
    let count = array.length() as usize;
    lint::check_batch_size(count, 0).map_err(js_error)?;
    let mut bytes: usize = 0;
    let mut texts = Vec::with_capacity(count);
    for i in 0..array.length() {
        let text = text(&array.get(i), &format!("texts[{i}]"), lint::MAX_TEXT_BYTES)?;
        bytes = bytes.saturating_add(text.len()); // each text ≤ MAX_TEXT_BYTES, checked below
        lint::check_batch_size(count, bytes).map_err(js_error)?;
        texts.push(text);
    }
    let options = options(options_value)?;
    to_js(&lint::lint_batch(&texts, &options).map_err(js_error)?)
}

/// Rule metadata for settings screens and docs, with each rule's severity under `options`.
#[wasm_bindgen(js_name = listRules, unchecked_return_type = "RuleInfo[]")]
pub fn list_rules(#[wasm_bindgen(unchecked_param_type = "LintOptions | undefined")] options_value: JsValue) -> Result<JsValue, JsValue> {
    let options = options(options_value)?;
    to_js(&lint::list_rules(&options).map_err(js_error)?)
}

/// Full metadata for one rule, with its NG/OK examples. Throws `unknown_rule`.
#[wasm_bindgen(js_name = explainRule, unchecked_return_type = "RuleDetail")]
pub fn explain_rule(#[wasm_bindgen(unchecked_param_type = "string")] id: JsValue) -> Result<JsValue, JsValue> {
    let id = text(&id, "id", lint::MAX_TEXT_BYTES)?;
    to_js(&lint::explain_rule(&id).map_err(js_error)?)
}

#[wasm_bindgen(typescript_custom_section)]
const LINT_TYPES: &str = r#"
export type ProductClass = "cosmetics" | "quasi_drug" | "health_food" | "functional_food" | "goods"
  | "beauty_device" | "food" | "apparel" | "electrical";
export type LintChannel = "rakuten_listing" | "tiktok_listing" | "tiktok_script" | "creator_post"
  | "rakuten_room" | "amazon_title" | "customer_reply";
export type Strictness = "recommended" | "strict" | "all";
export type LintSeverity = "error" | "warning" | "info";
export type RuleLevel = "off" | LintSeverity;
export type RuleCategory = "law" | "platform" | "language" | "house";
export type RuleStatus = "confirmed" | "secondary" | "unverified";
export type RuleTier = "recommended" | "strict" | "all" | "seller_guide_unverified";
export interface LintOptions {
  productClass?: ProductClass;
  channel?: LintChannel;
  /** The post is sponsored, gifted or earns the creator a benefit. Default false. */
  sponsored?: boolean;
  /** The goods are made outside Japan (country-of-origin rules). Default false. */
  madeOverseas?: boolean;
  /** Default "recommended". */
  strictness?: Strictness;
  /** Per-rule overrides by rule id; unknown ids throw `unknown_rule`. */
  rules?: Record<string, RuleLevel>;
  /** Opt-in rule sets; "seller_guide_unverified" = the unverified seller-guide claims. */
  presets?: "seller_guide_unverified"[];
  /** Your own rules: NG words (findings `USER-NG-1`, `USER-NG-2` … in list order, category "house")
   * and allowed phrases (a finding inside one is dropped). Literal strings, matched like the catalog. */
  dictionary?: LintDictionary;
  /** Findings to drop: a rule id and the exact matched `text` ("" for a whole-text finding). */
  ignore?: { ruleId: string; text: string }[];
}
export interface LintDictionary {
  /** ≤ 2,000 entries, patterns ≤ 200 characters, messages ≤ 1,000. Severity default "error". */
  ng?: { pattern: string; message?: string; severity?: LintSeverity }[];
  /** ≤ 2,000 patterns of ≤ 200 characters. */
  allow?: string[];
}
export interface LocalizedText { zh: string; ja: string; en: string; }
export interface Citation { law: string; article: string; url: string; /** ISO date or year; "" when undated. */ date: string; }
/** One finding; what its rule says is `result.rules[finding.ruleId]`. */
export interface LintFinding {
  ruleId: string;
  severity: LintSeverity;
  /** UTF-16 code units into the original text: `text.slice(start, end)`. 0/0 = the whole text (something missing). */
  start: number;
  end: number;
  /** The original characters, exactly as written. */
  text: string;
}
/** A rule with findings in the result, given once however many findings it has. */
export interface FindingRule {
  category: RuleCategory;
  title: LocalizedText;
  message: LocalizedText;
  /** null for house rules. */
  citation: Citation | null;
  /** Japanese rewrites, for one-click replacement of a finding's `text`; ○○ marks a fact only you know. */
  suggestions: string[];
  /** null for house rules. */
  status: RuleStatus | null;
}
export interface LintSummary { error: number; warning: number; info: number; }
export interface LintResult {
  findings: LintFinding[];
  summary: LintSummary;
  /** True when findings beyond the first 20,000 were not reported. */
  truncated: boolean;
  /** Every rule in `findings`, by id. */
  rules: Record<string, FindingRule>;
}
export interface LintBatchResult {
  results: Omit<LintResult, "rules">[];
  summary: LintSummary;
  /** Every rule with a finding in any result, by id (once for the whole batch). */
  rules: Record<string, FindingRule>;
}
export interface RuleInfo {
  id: string;
  title: LocalizedText;
  category: RuleCategory;
  defaultSeverity: LintSeverity;
  /** Severity under the given options; null when off. */
  severity: LintSeverity | null;
  enabled: boolean;
  tier: RuleTier;
  status: RuleStatus;
  productClasses: ProductClass[];
  channels: LintChannel[];
  citation: Citation;
  patternCount: number;
  /** Whole-text check (missing disclosure or label, style mixing). */
  wholeText: boolean;
}
export interface RuleDetail extends RuleInfo {
  message: LocalizedText;
  suggestions: string[];
  patterns: string[];
  /** Every concrete literal the patterns expand to, in the folded matching view. */
  expanded: string[];
  exceptions: string[];
  examples: { ng: string[]; ok: string[] };
}
"#;
