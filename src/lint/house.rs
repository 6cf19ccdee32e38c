//! Users' own rules: an agency's or seller's NG words, phrases they allow, and findings they chose
//! to ignore (`dictionary` and `ignore` in [`super::LintOptions`]).
//!
//! NG and allow patterns are literal strings, folded like the text (width, kana, fillers) and
//! matched with one Aho–Corasick automaton each on the same [`Doc`] as the catalog, so a house
//! rule finds 「ｼﾐ」 wherever the catalog would and reports the caller's own characters.

use super::engine::{splits_word, Doc};
use super::normalize::fold;
use super::rule::Severity;
use crate::error::code::{DUPLICATE_PATTERN, EMPTY_PATTERN, PATTERN_TOO_LONG, TOO_MANY_ENTRIES};
use crate::error::{Error, Result};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;
use std::collections::HashSet;

/// Most NG and allow entries each, ignore entries, and characters in a pattern or message.
pub const MAX_NG: usize = 2_000;
pub const MAX_ALLOW: usize = 2_000;
pub const MAX_IGNORE: usize = 10_000;
pub const MAX_PATTERN_CHARS: usize = 200;
pub const MAX_MESSAGE_CHARS: usize = 1_000;

/// Id prefix of house NG rules: `USER-NG-1` is the first `ng` entry.
pub const NG_ID_PREFIX: &str = "USER-NG-";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Dictionary {
    #[serde(default)]
    pub ng: Vec<NgEntry>,
    /// Phrases that are fine in this shop's copy: a finding inside one of them is dropped.
    #[serde(default)]
    pub allow: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NgEntry {
    pub pattern: String,
    /// Shown instead of the default "your house rules list this as NG".
    #[serde(default)]
    pub message: Option<String>,
    /// Default error.
    #[serde(default)]
    pub severity: Option<Severity>,
}

/// One finding the user chose to ignore: by rule and exact matched text ("" = a whole-text finding).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ignore {
    pub rule_id: String,
    pub text: String,
}

/// A validated dictionary and ignore list, compiled once per `lint` / `lint_batch` call.
#[derive(Debug, Default)]
pub struct House {
    pub ng: Vec<NgEntry>,
    ng_matcher: Option<AhoCorasick>,
    allow_matcher: Option<AhoCorasick>,
    ignore: HashSet<Ignore>,
}

fn too_many(field: &str, count: usize, limit: usize) -> Result<()> {
    if count > limit {
        return Err(Error::new(
            TOO_MANY_ENTRIES,
            field,
            format!("{count} entries; the limit is {limit}"),
        ));
    }
    Ok(())
}

fn check_length(field: String, text: &str, limit: usize) -> Result<()> {
    let chars = text.chars().count();
    if chars > limit {
        return Err(Error::new(
            PATTERN_TOO_LONG,
            field,
            format!("{chars} characters; the limit is {limit}"),
        ));
    }
    Ok(())
}

/// Folds each pattern, rejecting empty ones (also only spaces, or what folds to nothing) and
/// duplicates (patterns that fold alike, such as シミ and ｼﾐ).
fn folded_patterns<'a>(field: &str, suffix: &str, patterns: impl Iterator<Item = &'a str>) -> Result<Vec<String>> {
    let mut seen = HashSet::new();
    let mut folded = Vec::new();
    for (i, pattern) in patterns.enumerate() {
        let at = format!("{field}[{i}]{suffix}");
        check_length(at.clone(), pattern, MAX_PATTERN_CHARS)?;
        let fold = fold(pattern.trim());
        if fold.is_empty() {
            return Err(Error::new(EMPTY_PATTERN, at, "the pattern is empty (or only spaces)"));
        }
        if !seen.insert(fold.clone()) {
            return Err(Error::new(DUPLICATE_PATTERN, at, format!("{pattern:?} is already in the list")));
        }
        folded.push(fold);
    }
    Ok(folded)
}

fn matcher(patterns: &[String]) -> Result<Option<AhoCorasick>> {
    if patterns.is_empty() {
        return Ok(None);
    }
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build(patterns)
        .map(Some)
        .map_err(|e| Error::new("internal_error", "dictionary", format!("could not compile the dictionary: {e}")))
}

impl House {
    /// Checks every limit before folding or compiling anything.
    pub fn new(dictionary: Option<&Dictionary>, ignore: &[Ignore]) -> Result<House> {
        let empty = Dictionary::default();
        let dictionary = dictionary.unwrap_or(&empty);
        too_many("dictionary.ng", dictionary.ng.len(), MAX_NG)?;
        too_many("dictionary.allow", dictionary.allow.len(), MAX_ALLOW)?;
        too_many("ignore", ignore.len(), MAX_IGNORE)?;
        for (i, entry) in dictionary.ng.iter().enumerate() {
            if let Some(message) = &entry.message {
                check_length(format!("dictionary.ng[{i}].message"), message, MAX_MESSAGE_CHARS)?;
            }
        }
        let mut ignored = HashSet::new();
        for (i, entry) in ignore.iter().enumerate() {
            if entry.rule_id.is_empty() {
                return Err(Error::new(EMPTY_PATTERN, format!("ignore[{i}].ruleId"), "the rule id is empty"));
            }
            check_length(format!("ignore[{i}].ruleId"), &entry.rule_id, MAX_PATTERN_CHARS)?;
            check_length(format!("ignore[{i}].text"), &entry.text, MAX_PATTERN_CHARS)?;
            if !ignored.insert(entry.clone()) {
                return Err(Error::new(
                    DUPLICATE_PATTERN,
                    format!("ignore[{i}]"),
                    format!("{} {:?} is already ignored", entry.rule_id, entry.text),
                ));
            }
        }
        let ng = folded_patterns("dictionary.ng", ".pattern", dictionary.ng.iter().map(|e| e.pattern.as_str()))?;
        let allow = folded_patterns("dictionary.allow", "", dictionary.allow.iter().map(String::as_str))?;
        Ok(House {
            ng: dictionary.ng.clone(),
            ng_matcher: matcher(&ng)?,
            allow_matcher: matcher(&allow)?,
            ignore: ignored,
        })
    }

    /// Occurrences of NG entries as (original byte start, end, entry index).
    pub fn ng_hits(&self, doc: &Doc) -> Vec<(usize, usize, usize)> {
        occurrences(self.ng_matcher.as_ref(), doc)
    }

    /// Original byte spans of allowed phrases, sorted by start.
    pub fn allowed(&self, doc: &Doc) -> Vec<(usize, usize)> {
        let mut spans: Vec<(usize, usize)> = occurrences(self.allow_matcher.as_ref(), doc)
            .into_iter()
            .map(|(start, end, _)| (start, end))
            .collect();
        spans.sort_unstable();
        spans
    }

    pub fn ignores(&self, rule_id: &str, text: &str) -> bool {
        !self.ignore.is_empty()
            && self.ignore.contains(&Ignore {
                rule_id: rule_id.to_string(),
                text: text.to_string(),
            })
    }

    /// The NG entry behind `USER-NG-n`.
    pub fn entry(&self, id: &str) -> Option<&NgEntry> {
        let number: usize = id.strip_prefix(NG_ID_PREFIX)?.parse().ok()?;
        self.ng.get(number.checked_sub(1)?)
    }
}

/// `USER-NG-n` for the entry at `index`.
pub fn ng_id(index: usize) -> String {
    format!("{NG_ID_PREFIX}{}", index.saturating_add(1))
}

/// True when `start..end` (a non-empty span) lies inside one of `allowed` (sorted by start).
pub fn inside(allowed: &[(usize, usize)], start: usize, end: usize) -> bool {
    end > start && allowed.iter().take_while(|&&(s, _)| s <= start).any(|&(_, e)| e >= end)
}

fn occurrences(matcher: Option<&AhoCorasick>, doc: &Doc) -> Vec<(usize, usize, usize)> {
    let Some(matcher) = matcher else { return Vec::new() };
    let bytes = doc.folded.text.as_bytes();
    matcher
        .find_overlapping_iter(doc.folded.text.as_str())
        .filter(|m| !splits_word(bytes, m.start(), m.end()))
        .map(|m| {
            let (start, end) = doc.original(m.start(), m.end());
            (start, end, m.pattern().as_usize())
        })
        .collect()
}
