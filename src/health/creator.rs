//! `creatorEligibility`: the checklist of a "Rakuten Creator" program as one seller guide
//! describes it (2026-03-21). The program itself could not be verified (fees.md §1.4), so every
//! item is labelled a seller-guide claim; unknown answers stay `unknown`, never `pass`.

use super::{user_entered, Guide, NonNegative};
use crate::error::{code, Error, Result};
use crate::provenance::{Label, Provenance};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreatorEligibilityInput {
    pub jct_registered: Option<bool>,
    /// "jp_warehouse", "fba_jp", "overseas" or "other".
    pub fulfilment: Option<Fulfilment>,
    pub japanese_return_address: Option<bool>,
    pub japanese_customer_support: Option<bool>,
    pub trademark_registered: Option<bool>,
    /// Whether the category needs PSE (electrical) or JIS documents; `false` = not applicable.
    pub category_needs_pse_or_jis: Option<bool>,
    pub pse_or_jis_documents: Option<bool>,
    /// Monthly shop ratings (DSR, 1–5) for the last months, oldest first; the last 3 are averaged.
    #[serde(default)]
    pub monthly_dsr: Vec<NonNegative>,
    /// Live items that have scene photos and a Japanese detail page.
    pub live_items_with_japanese_pages: Option<u32>,
    /// Override the guide's DSR ≥ 4.7 and ≥ 5 items.
    pub min_dsr: Option<NonNegative>,
    pub min_live_items: Option<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fulfilment {
    JpWarehouse,
    FbaJp,
    Overseas,
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    Pass,
    Fail,
    Unknown,
    NotApplicable,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    pub id: &'static str,
    pub status: Check,
    pub requirement: String,
    /// What to do when the item fails or is unknown; empty when it passes.
    pub fix: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Overall {
    /// Every item passes or does not apply.
    MeetsChecklist,
    /// At least one item fails.
    Fails,
    /// Nothing fails but something is unknown.
    Incomplete,
}

const PROGRAM: &str =
    "Rakuten Creator program as described by a seller guide (2026-03-21) — unverified; no official program page was found";

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatorEligibilityOutput {
    /// Which program this checklist describes (English).
    pub program: &'static str,
    /// `program` in zh / ja / en.
    pub program_note: Label,
    pub unverified: bool,
    pub overall: Overall,
    pub items: Vec<Item>,
    pub provenance: Provenance,
}

fn check(answer: Option<bool>) -> Check {
    match answer {
        Some(true) => Check::Pass,
        Some(false) => Check::Fail,
        None => Check::Unknown,
    }
}

pub fn creator_eligibility(input: CreatorEligibilityInput) -> Result<CreatorEligibilityOutput> {
    let guide = Guide::Creator.provenance();
    let mut items = Vec::new();
    let mut push = |id, status, requirement: &str, fix, value: Option<String>, provenance: Provenance| {
        let fix = if status == Check::Pass || status == Check::NotApplicable {
            ""
        } else {
            fix
        };
        items.push(Item {
            id,
            status,
            requirement: requirement.to_string(),
            fix,
            value,
            provenance,
        });
    };
    push(
        "jct_registration",
        check(input.jct_registered),
        "JCT (適格請求書発行事業者) registration",
        "Register as a qualified invoice issuer with the NTA and show the T-number.",
        None,
        guide.clone(),
    );
    let fulfilment = input.fulfilment.map(|f| matches!(f, Fulfilment::JpWarehouse | Fulfilment::FbaJp));
    push(
        "japan_fulfilment",
        check(fulfilment),
        "Ships from a Japanese warehouse or FBA-JP",
        "Move stock to a Japanese warehouse or to FBA-JP.",
        None,
        guide.clone(),
    );
    push(
        "japanese_return_address",
        check(input.japanese_return_address),
        "Japanese return address (none = rejected)",
        "Set up a return address in Japan (e.g. a returns agent).",
        None,
        guide.clone(),
    );
    push(
        "japanese_support",
        check(input.japanese_customer_support),
        "Customer support in Japanese",
        "Provide Japanese-language customer support.",
        None,
        guide.clone(),
    );
    push(
        "trademark",
        check(input.trademark_registered),
        "Trademark certificate",
        "Register the brand's trademark (JPO) and keep the certificate ready.",
        None,
        guide.clone(),
    );
    let documents = match input.category_needs_pse_or_jis {
        Some(false) => Check::NotApplicable,
        Some(true) => check(input.pse_or_jis_documents),
        None => match input.pse_or_jis_documents {
            Some(true) => Check::Pass,
            _ => Check::Unknown,
        },
    };
    push(
        "pse_jis_documents",
        documents,
        "PSE/JIS documents for the category",
        "Collect the PSE conformity documents (電気用品安全法) or JIS certificates for the category.",
        None,
        guide.clone(),
    );

    let (min_dsr, dsr_provenance) = match input.min_dsr {
        Some(v) if v.0 >= Decimal::ONE && v.0 <= Decimal::from(5) => (v.0, user_entered()),
        Some(_) => return Err(Error::new(code::OUT_OF_RANGE, "minDsr", "must be from 1 to 5")),
        None => (Decimal::new(47, 1), guide.clone()),
    };
    if input.monthly_dsr.len() > 120 {
        return Err(Error::new(code::OUT_OF_RANGE, "monthlyDsr", "at most 120 months"));
    }
    if let Some(i) = input.monthly_dsr.iter().position(|v| v.0 < Decimal::ONE || v.0 > Decimal::from(5)) {
        return Err(Error::new(code::OUT_OF_RANGE, format!("monthlyDsr[{i}]"), "a DSR is from 1 to 5"));
    }
    let last_three = input
        .monthly_dsr
        .get(input.monthly_dsr.len().saturating_sub(3)..)
        .unwrap_or_default();
    let (dsr_status, dsr_value) = if last_three.len() < 3 {
        (Check::Unknown, None)
    } else {
        // Mean of the last 3 months, compared exactly: sum ≥ 3 × line.
        // Three DSRs of 1–5 and a line ≤ 5: no sum or product here can overflow.
        let sum = last_three
            .iter()
            .try_fold(Decimal::ZERO, |sum, v| sum.checked_add(v.0))
            .unwrap_or_default();
        let mean = sum.checked_div(Decimal::from(3)).unwrap_or_default().round_dp(2).normalize();
        (
            if min_dsr.checked_mul(Decimal::from(3)).is_some_and(|line| sum >= line) {
                Check::Pass
            } else {
                Check::Fail
            },
            Some(mean.to_string()),
        )
    };
    push(
        "dsr_3_months",
        dsr_status,
        &format!("Shop rating (DSR) ≥ {min_dsr} averaged over the last 3 months"),
        "Raise the rating: answer inquiries fast, ship on time, fix listings that cause complaints; give 3 months of DSR to check.",
        dsr_value,
        dsr_provenance,
    );

    let (min_items, items_provenance) = match input.min_live_items {
        Some(v) if v <= 100_000 => (v, user_entered()),
        Some(_) => return Err(Error::new(code::OUT_OF_RANGE, "minLiveItems", "must be at most 100000")),
        None => (5, guide.clone()),
    };
    let live = input.live_items_with_japanese_pages.map(|n| n >= min_items);
    push(
        "live_items",
        check(live),
        &format!("At least {min_items} live items with scene photos and Japanese detail pages"),
        "Publish more items with natural-Japanese detail pages and scene photos.",
        input.live_items_with_japanese_pages.map(|n| n.to_string()),
        items_provenance,
    );

    let overall = if items.iter().any(|i| i.status == Check::Fail) {
        Overall::Fails
    } else if items.iter().any(|i| i.status == Check::Unknown) {
        Overall::Incomplete
    } else {
        Overall::MeetsChecklist
    };
    Ok(CreatorEligibilityOutput {
        program: PROGRAM,
        program_note: Label::new(
            "卖家指南（2026-03-21）所描述的 Rakuten Creator 计划——未经核实；没有找到官方的计划页面",
            "販売ガイド（2026-03-21）が記す Rakuten Creator プログラム — 未検証。公式のプログラムページは見つかりませんでした",
            PROGRAM,
        ),
        unverified: true,
        overall,
        items,
        provenance: guide,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::decode_json;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn run(json: &str) -> Result<CreatorEligibilityOutput> {
        creator_eligibility(decode_json(json)?)
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn full_pass_and_dsr_boundary() {
        // Last 3 months 4.6, 4.8, 4.7 → sum 14.1 = 3 × 4.7 exactly → pass (≥); mean 4.7.
        let out = run(
            r#"{"jctRegistered":true,"fulfilment":"fba_jp","japaneseReturnAddress":true,"japaneseCustomerSupport":true,
            "trademarkRegistered":true,"categoryNeedsPseOrJis":false,"monthlyDsr":["3.0",4.6,4.8,"4.7"],"liveItemsWithJapanesePages":5}"#,
        )
        .unwrap();
        assert_eq!(out.overall, Overall::MeetsChecklist);
        let dsr = out.items.iter().find(|i| i.id == "dsr_3_months").unwrap();
        assert_eq!((dsr.status, dsr.value.as_deref()), (Check::Pass, Some("4.7")));
        assert_eq!(
            out.items.iter().find(|i| i.id == "pse_jis_documents").unwrap().status,
            Check::NotApplicable
        );
        assert!(out.unverified);
    }

    #[wasm_bindgen_test(unsupported = test)]
    fn unknowns_and_failures() {
        let out = run(r#"{}"#).unwrap();
        assert_eq!(out.overall, Overall::Incomplete);
        assert!(out.items.iter().all(|i| i.status == Check::Unknown && !i.fix.is_empty()));
        // 4.6, 4.7, 4.7 → sum 14.0 < 14.1 → fail; 4 live items < 5 → fail; overseas → fail.
        let out = run(r#"{"monthlyDsr":[4.6,4.7,4.7],"liveItemsWithJapanesePages":4,"fulfilment":"overseas"}"#).unwrap();
        assert_eq!(out.overall, Overall::Fails);
        let failed: Vec<&str> = out.items.iter().filter(|i| i.status == Check::Fail).map(|i| i.id).collect();
        assert_eq!(failed, ["japan_fulfilment", "dsr_3_months", "live_items"]);
        // A user-set line replaces the preset and is labelled as such.
        let out = run(r#"{"monthlyDsr":[4.6,4.7,4.7],"minDsr":"4.6"}"#).unwrap();
        let dsr = out.items.iter().find(|i| i.id == "dsr_3_months").unwrap();
        assert_eq!((dsr.status, dsr.provenance.source.starts_with("Entered")), (Check::Pass, true));
        assert_eq!(run(r#"{"monthlyDsr":[6]}"#).unwrap_err().field, "monthlyDsr[0]");
        assert_eq!(run(r#"{"fulfilment":"mars"}"#).unwrap_err().code, "invalid_input");
    }
}
