//! Warnings and diagnostics: a stable code, the English message API users read, and the same text
//! in zh / ja / en for the page (as provenance notes are).

use crate::provenance::Label;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub code: &'static str,
    /// The English text (`note.en`).
    pub message: String,
    pub note: Label,
}

impl Notice {
    pub fn new(code: &'static str, zh: String, ja: String, en: String) -> Notice {
        Notice {
            code,
            message: en.clone(),
            note: Label { zh, ja, en },
        }
    }
}

/// The English messages of `notices`, for the outputs' `warnings: string[]`.
pub fn messages(notices: &[Notice]) -> Vec<String> {
    notices.iter().map(|n| n.message.clone()).collect()
}
