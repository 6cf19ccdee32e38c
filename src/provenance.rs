//! Where a number comes from. Every rate and rule carries one; outputs repeat it so the page can
//! show the source beside the yen.

// Issue 12: domain code never panics on input. Arithmetic is checked (`overflow` /
// `out_of_range` errors), slices are read with `get`, and nothing unwraps; an exception that is
// provably bounded says why in an `#[expect(…, reason = …)]`. Tests may do all of these.
#![cfg_attr(
    not(test),
    deny(
        clippy::arithmetic_side_effects,
        clippy::indexing_slicing,
        clippy::unwrap_used,
        clippy::expect_used
    )
)]
use serde::{Deserialize, Serialize};

/// Evidence grade, as used throughout `shared/reference/fees.md`: official (`OFF`), two
/// independent secondary sources (`SEC2`), one secondary source (`SEC1`), unverified (`UNV`).
/// `SEC1` and `UNV` values are user-editable presets and flag their outputs `unverified`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Status {
    #[serde(rename = "OFF")]
    Official,
    #[serde(rename = "SEC2")]
    Secondary2,
    #[serde(rename = "SEC1")]
    Secondary1,
    #[serde(rename = "UNV")]
    Unverified,
}

impl Status {
    pub fn is_unverified(self) -> bool {
        matches!(self, Status::Secondary1 | Status::Unverified)
    }
}

/// A text in the page's three languages (labels, provenance notes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub zh: String,
    pub ja: String,
    pub en: String,
}

impl Label {
    pub fn new(zh: &str, ja: &str, en: &str) -> Label {
        Label {
            zh: zh.into(),
            ja: ja.into(),
            en: en.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", from = "ProvenanceData")]
pub struct Provenance {
    /// Human-readable source name and the document's own date where known (English).
    pub source: String,
    /// The same note in zh / ja / en, for the page's language (its `en` is `source`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Label>,
    pub url: String,
    /// ISO date (YYYY-MM-DD) from which the rule applies.
    pub effective_from: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<String>,
    pub status: Status,
}

impl Provenance {
    /// A provenance written in code: `note` in zh / ja / en, its English kept as `source` for API
    /// users who read only that.
    pub fn noted(note: Label, url: &str, effective_from: &str, status: Status) -> Provenance {
        Provenance {
            source: note.en.clone(),
            note: Some(note),
            url: url.into(),
            effective_from: effective_from.into(),
            effective_to: None,
            status,
        }
    }
}

/// A provenance as written in data: `source` is English text, or `{ zh, ja, en }` (then `source`
/// is its English and `note` the three). A `note` given beside a plain source is kept.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ProvenanceData {
    source: SourceText,
    #[serde(default)]
    note: Option<Label>,
    url: String,
    effective_from: String,
    #[serde(default)]
    effective_to: Option<String>,
    status: Status,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum SourceText {
    Plain(String),
    Translated(Label),
}

impl From<ProvenanceData> for Provenance {
    fn from(data: ProvenanceData) -> Provenance {
        let (source, note) = match data.source {
            SourceText::Plain(text) => (text, data.note),
            SourceText::Translated(label) => (label.en.clone(), Some(label)),
        };
        Provenance {
            source,
            note,
            url: data.url,
            effective_from: data.effective_from,
            effective_to: data.effective_to,
            status: data.status,
        }
    }
}
