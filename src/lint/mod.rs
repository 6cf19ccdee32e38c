//! Compliance linter for Japanese listing copy, creator posts and customer replies.
//!
//! Rules are data ([`rules::CATALOG`]): each carries its id, zh/ja/en title and message,
//! citation, status, scope, patterns and NG/OK examples. Text is matched on a folded view
//! ([`normalize`]) and findings are reported as UTF-16 spans into the original string, which is
//! what JS `String.prototype.slice` expects.

mod checks;
pub mod engine;
pub mod house;
pub mod inflect;
pub mod lexicon;
mod matcher;
pub mod normalize;
pub mod rule;
pub mod rules;
#[cfg(test)]
mod tests;
mod words;

/// A seeded xorshift32 for the randomized tests: each call gives a number below `n`.
#[cfg(test)]
pub(crate) fn random_below(mut state: u32) -> impl FnMut(u32) -> usize {
    move |n| {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        (state % n) as usize
    }
}

use crate::error::{Error, Result};
use engine::{compiled, scan, utf16_offsets, Doc};
pub use house::{Dictionary, House, Ignore, NgEntry};
pub use rule::{Category, Channel, Citation, Level, Preset, ProductClass, Rule, RuleStatus, Scope, Severity, Strictness, Text, Tier};
use rules::CATALOG;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Longest accepted text, in UTF-8 bytes (≈ 10 million kana or kanji).
pub const MAX_TEXT_BYTES: usize = 32 * 1024 * 1024;
/// Most texts in one `lint_batch` call, and their combined size.
pub const MAX_BATCH_TEXTS: usize = 100_000;
pub const MAX_BATCH_BYTES: usize = 64 * 1024 * 1024;
/// Findings returned per text; beyond this the result says `truncated: true`.
pub const MAX_FINDINGS: usize = 20_000;
/// Raw automaton hits kept per text before exceptions and context judge them: bounds memory on
/// pathological text without letting cancelled hits crowd out real findings.
const MAX_RAW_HITS: usize = 10 * MAX_FINDINGS;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LintOptions {
    #[serde(default)]
    pub product_class: Option<ProductClass>,
    #[serde(default)]
    pub channel: Option<Channel>,
    /// The post is sponsored, gifted or earns the creator a benefit (stealth-marketing rules);
    /// unset on a creator channel is a question, reported as the risk "if this post is paid…".
    #[serde(default)]
    pub sponsored: Option<bool>,
    /// The goods are made outside Japan (country-of-origin rules).
    #[serde(default)]
    pub made_overseas: bool,
    #[serde(default)]
    pub strictness: Option<Strictness>,
    /// Per-rule overrides by id: "off" | "info" | "warning" | "error".
    #[serde(default)]
    pub rules: BTreeMap<String, Level>,
    #[serde(default)]
    pub presets: Vec<Preset>,
    /// The user's own NG words and allowed phrases ([`house`]).
    #[serde(default)]
    pub dictionary: Option<Dictionary>,
    /// Findings the user chose to ignore, by rule id and exact text.
    #[serde(default)]
    pub ignore: Vec<Ignore>,
}

impl LintOptions {
    fn house(&self) -> Result<House> {
        House::new(self.dictionary.as_ref(), &self.ignore)
    }

    pub fn scope(&self) -> Scope {
        Scope {
            class: self.product_class,
            channel: self.channel,
            sponsored: self.sponsored,
            made_overseas: self.made_overseas,
        }
    }

    /// The effective severity of every catalog rule (`None` = off), or `unknown_rule`.
    fn severities(&self) -> Result<Vec<Option<Severity>>> {
        for id in self.rules.keys() {
            if rule_by_id(id).is_none() {
                return Err(Error::new(
                    "unknown_rule",
                    format!("rules.{id}"),
                    format!("no rule has the id `{id}`"),
                ));
            }
        }
        let strictness = self.strictness.unwrap_or(Strictness::Recommended);
        let scope = self.scope();
        Ok(CATALOG
            .iter()
            .map(|rule| {
                let by_profile = rule.applies_to(&scope)
                    && match rule.tier {
                        Tier::Recommended => true,
                        Tier::Strict => strictness >= Strictness::Strict,
                        Tier::All => strictness == Strictness::All,
                        Tier::SellerGuideUnverified => self.presets.contains(&Preset::SellerGuideUnverified),
                    };
                match self.rules.get(rule.id) {
                    Some(Level::Off) => None,
                    Some(Level::Info) => Some(Severity::Info),
                    Some(Level::Warning) => Some(Severity::Warning),
                    Some(Level::Error) => Some(Severity::Error),
                    None => by_profile.then_some(rule.severity),
                }
            })
            .collect())
    }
}

/// One finding; what the rule says (title, message, citation, suggestions) is in the result's
/// `rules` map under `rule_id`, once per result rather than once per finding.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub rule_id: String,
    /// Severity of this finding (a context may lower it below the rule's).
    pub severity: Severity,
    /// UTF-16 code units into the original text; `start == end == 0` for whole-text findings
    /// (something missing rather than something present).
    pub start: u32,
    pub end: u32,
    /// The original characters, exactly as written.
    pub text: String,
}

/// A text in zh/ja/en, borrowed from the catalog or built for a house rule.
#[derive(Debug, Clone, Serialize)]
pub struct Localized {
    pub zh: Cow<'static, str>,
    pub ja: Cow<'static, str>,
    pub en: Cow<'static, str>,
}

impl From<Text> for Localized {
    fn from(text: Text) -> Localized {
        Localized {
            zh: text.zh.into(),
            ja: text.ja.into(),
            en: text.en.into(),
        }
    }
}

/// What a rule that produced findings says: the `rules` map of a result.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FindingRule {
    pub category: Category,
    pub title: Localized,
    pub message: Localized,
    /// `None` (null) for house rules.
    pub citation: Option<Citation>,
    /// Japanese rewrites, for one-click replacement of a finding's `text`.
    pub suggestions: &'static [&'static str],
    /// `None` (null) for house rules.
    pub status: Option<RuleStatus>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub error: u32,
    pub warning: u32,
    pub info: u32,
}

impl Summary {
    pub(crate) fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.error += 1,
            Severity::Warning => self.warning += 1,
            Severity::Info => self.info += 1,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LintResult {
    /// Sorted by start, then by severity (errors first), then rule id.
    pub findings: Vec<Finding>,
    pub summary: Summary,
    /// True when findings beyond the first [`MAX_FINDINGS`] were not reported.
    pub truncated: bool,
    /// Every rule with a finding in `findings`, by id.
    pub rules: BTreeMap<String, FindingRule>,
}

/// One text's findings within a batch (the rules map is the batch's).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextFindings {
    pub findings: Vec<Finding>,
    pub summary: Summary,
    pub truncated: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchResult {
    pub results: Vec<TextFindings>,
    pub summary: Summary,
    /// Every rule with a finding in any result, by id.
    pub rules: BTreeMap<String, FindingRule>,
}

fn rule_by_id(id: &str) -> Option<(usize, &'static Rule)> {
    CATALOG.iter().enumerate().find(|(_, r)| r.id == id).map(|(i, r)| (i, *r))
}

fn internal(message: String) -> Error {
    Error::new("internal_error", "", message)
}

/// Lints one text.
pub fn lint(text: &str, options: &LintOptions) -> Result<LintResult> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::new(
            "text_too_long",
            "text",
            format!("text is {} bytes of UTF-8; the limit is {MAX_TEXT_BYTES}", text.len()),
        ));
    }
    let options = with_declared_class(options, text);
    let severities = options.severities()?;
    let house = options.house()?;
    let found = lint_with(text, &options.scope(), &severities, &house)?;
    let mut rules = BTreeMap::new();
    describe(&found.findings, &house, &mut rules);
    Ok(LintResult {
        findings: found.findings,
        summary: found.summary,
        truncated: found.truncated,
        rules,
    })
}

/// The options with the product class a text declares about itself (【医薬部外品】, 機能性表示食品,
/// 届出表示, 栄養機能食品) when the caller gave none: a quasi-drug's approved efficacy or a
/// functional food's notified claim is then judged as what it is, not as a cosmetic's or a food's.
fn with_declared_class<'a>(options: &'a LintOptions, text: &str) -> Cow<'a, LintOptions> {
    const DECLARATIONS: &[(&str, ProductClass)] = &[
        ("医薬部外品", ProductClass::QuasiDrug),
        ("薬用", ProductClass::QuasiDrug),
        ("機能性表示食品", ProductClass::FunctionalFood),
        ("届出表示", ProductClass::FunctionalFood),
        ("栄養機能食品", ProductClass::HealthFood),
    ];
    match DECLARATIONS.iter().find(|(word, _)| text.contains(word)) {
        Some(&(_, class)) if options.product_class.is_none() => Cow::Owned(LintOptions {
            product_class: Some(class),
            ..options.clone()
        }),
        _ => Cow::Borrowed(options),
    }
}

/// Adds the metadata of every rule in `findings` to `rules`.
fn describe(findings: &[Finding], house: &House, rules: &mut BTreeMap<String, FindingRule>) {
    for finding in findings {
        if rules.contains_key(&finding.rule_id) {
            continue;
        }
        let described = match rule_by_id(&finding.rule_id) {
            Some((_, rule)) => FindingRule {
                category: rule.category,
                title: rule.title.into(),
                message: rule.message.into(),
                citation: Some(rule.citation),
                suggestions: rule.suggestions,
                status: Some(rule.status),
            },
            None => match house.entry(&finding.rule_id) {
                Some(entry) => house_rule(entry),
                None => continue,
            },
        };
        rules.insert(finding.rule_id.clone(), described);
    }
}

fn house_rule(entry: &NgEntry) -> FindingRule {
    let pattern = entry.pattern.trim();
    let message = match &entry.message {
        Some(message) if !message.trim().is_empty() => Localized {
            zh: message.clone().into(),
            ja: message.clone().into(),
            en: message.clone().into(),
        },
        _ => Text {
            zh: "你们自己的规则把这个说法列为禁用（NG）。",
            ja: "自社ルールで NG に指定した表現です。",
            en: "Your house rules list this wording as NG.",
        }
        .into(),
    };
    FindingRule {
        category: Category::House,
        title: Localized {
            zh: format!("自定义禁用词「{pattern}」").into(),
            ja: format!("自社NGワード「{pattern}」").into(),
            en: format!("House NG word “{pattern}”").into(),
        },
        message,
        citation: None,
        suggestions: &[],
        status: None,
    }
}

/// Which rule a raw hit belongs to: a catalog index, or a house NG entry after the catalog.
fn rule_id_of(index: usize) -> Cow<'static, str> {
    match CATALOG.get(index) {
        Some(rule) => rule.id.into(),
        None => house::ng_id(index.saturating_sub(CATALOG.len())).into(),
    }
}

fn is_fallback(index: usize) -> bool {
    CATALOG.get(index).is_some_and(|rule| rule.fallback)
}

fn lint_with(text: &str, scope: &Scope, severities: &[Option<Severity>], house: &House) -> Result<TextFindings> {
    let compiled = compiled().map_err(internal)?;
    let active: Vec<bool> = severities.iter().map(Option::is_some).collect();
    let doc = Doc::new(text);
    let (hits, raw_truncated) = scan(compiled, CATALOG, &doc, scope, &active, MAX_RAW_HITS);

    let mut raw: Vec<(usize, usize, usize, Severity)> = Vec::new();
    for (index, rule_hits) in hits.iter().enumerate() {
        let Some(Some(configured)) = severities.get(index) else { continue };
        for hit in rule_hits {
            // A context downgrade applies relative to the rule's default, on top of an override.
            let steps = match hit.severity {
                Some(s) if s < CATALOG[index].severity => (CATALOG[index].severity as u8 - s as u8) as usize,
                _ => 0,
            };
            let severity = (0..steps).fold(*configured, |s, _| s.lower());
            raw.push((hit.start, hit.end, index, severity));
        }
    }
    for (start, end, entry) in house.ng_hits(&doc) {
        let severity = house.ng.get(entry).and_then(|e| e.severity).unwrap_or(Severity::Error);
        raw.push((start, end, CATALOG.len().saturating_add(entry), severity));
    }
    let allowed = house.allowed(&doc);
    raw.retain(|&(start, end, index, _)| {
        !house::inside(&allowed, start, end) && !house.ignores(&rule_id_of(index), text.get(start..end).unwrap_or(""))
    });
    // A fallback rule yields to any other finding that overlaps it.
    let mut others: Vec<(usize, usize)> = raw.iter().filter(|h| !is_fallback(h.2)).map(|&(s, e, _, _)| (s, e)).collect();
    others.sort_unstable();
    let longest = others.iter().map(|&(s, e)| e - s).max().unwrap_or(0);
    let overlapped = |start: usize, end: usize| {
        let first = others.partition_point(|&(s, _)| s + longest < start);
        others[first..].iter().take_while(|&&(s, _)| s < end).any(|&(_, e)| e > start)
    };
    let mut kept: Vec<(usize, usize, usize, Severity)> = raw
        .iter()
        .filter(|&&(start, end, index, _)| !is_fallback(index) || !overlapped(start, end))
        .copied()
        .collect();
    kept.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.3.cmp(&a.3))
            .then(rule_id_of(a.2).cmp(&rule_id_of(b.2)))
            .then(a.1.cmp(&b.1))
    });
    let truncated = raw_truncated || kept.len() > MAX_FINDINGS;
    kept.truncate(MAX_FINDINGS);

    let mut offsets: Vec<usize> = kept.iter().flat_map(|&(s, e, _, _)| [s, e]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let units = utf16_offsets(text, &offsets);
    let to_utf16 = |byte: usize| offsets.binary_search(&byte).ok().and_then(|i| units.get(i).copied()).unwrap_or(0);

    let mut summary = Summary::default();
    let findings = kept
        .into_iter()
        .map(|(start, end, index, severity)| {
            summary.add(severity);
            Finding {
                rule_id: rule_id_of(index).into_owned(),
                severity,
                start: to_utf16(start),
                end: to_utf16(end),
                text: text.get(start..end).unwrap_or("").to_string(),
            }
        })
        .collect();
    Ok(TextFindings {
        findings,
        summary,
        truncated,
    })
}

/// The batch limits: at most [`MAX_BATCH_TEXTS`] texts of [`MAX_BATCH_BYTES`] in all (at least
/// `bytes`: the wasm boundary checks UTF-16 lengths before copying strings in).
pub fn check_batch_size(texts: usize, bytes: usize) -> Result<()> {
    if texts > MAX_BATCH_TEXTS {
        return Err(Error::new(
            "too_many_texts",
            "texts",
            format!("{texts} texts; the limit is {MAX_BATCH_TEXTS}"),
        ));
    }
    if bytes > MAX_BATCH_BYTES {
        return Err(Error::new(
            "text_too_long",
            "texts",
            format!("at least {bytes} bytes in total; the limit is {MAX_BATCH_BYTES}"),
        ));
    }
    Ok(())
}

/// Lints many texts (bulk listing files) with one profile.
pub fn lint_batch(texts: &[String], options: &LintOptions) -> Result<BatchResult> {
    check_batch_size(texts.len(), texts.iter().map(String::len).sum())?;
    let severities = options.severities()?;
    let house = options.house()?;
    let scope = options.scope();
    let mut summary = Summary::default();
    let mut rules = BTreeMap::new();
    let mut results = Vec::with_capacity(texts.len());
    for (i, text) in texts.iter().enumerate() {
        if text.len() > MAX_TEXT_BYTES {
            return Err(Error::new(
                "text_too_long",
                format!("texts[{i}]"),
                format!("the limit is {MAX_TEXT_BYTES} bytes"),
            ));
        }
        let declared = with_declared_class(options, text);
        let result = match declared {
            Cow::Borrowed(_) => lint_with(text, &scope, &severities, &house),
            Cow::Owned(declared) => lint_with(text, &declared.scope(), &declared.severities()?, &house),
        }
        .map_err(|e| e.within(&format!("texts[{i}]")))?;
        describe(&result.findings, &house, &mut rules);
        summary.error += result.summary.error;
        summary.warning += result.summary.warning;
        summary.info += result.summary.info;
        results.push(result);
    }
    Ok(BatchResult { results, summary, rules })
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    pub id: &'static str,
    pub title: Text,
    pub category: Category,
    pub default_severity: Severity,
    /// Severity under the given options; `None` (null) when the rule is off.
    pub severity: Option<Severity>,
    pub enabled: bool,
    pub tier: Tier,
    pub status: RuleStatus,
    pub product_classes: &'static [ProductClass],
    pub channels: &'static [Channel],
    pub citation: Citation,
    /// Concrete literal patterns after inflection and variant expansion.
    pub pattern_count: usize,
    /// True for whole-text checks (missing disclosures, labels, register mixing).
    pub whole_text: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleDetail {
    #[serde(flatten)]
    pub info: RuleInfo,
    pub message: Text,
    pub suggestions: &'static [&'static str],
    /// The rule's patterns as written (before expansion).
    pub patterns: &'static [&'static str],
    /// Every concrete literal the patterns expand to, in the folded matching view (hiragana,
    /// lowercase ASCII, fillers removed) — what the automaton actually matches.
    pub expanded: Vec<String>,
    pub exceptions: &'static [&'static str],
    pub examples: Examples,
}

#[derive(Debug, Clone, Serialize)]
pub struct Examples {
    pub ng: &'static [&'static str],
    pub ok: &'static [&'static str],
}

fn info(index: usize, rule: &'static Rule, severity: Option<Severity>, pattern_counts: &[usize]) -> RuleInfo {
    RuleInfo {
        id: rule.id,
        title: rule.title,
        category: rule.category,
        default_severity: rule.severity,
        severity,
        enabled: severity.is_some(),
        tier: rule.tier,
        status: rule.status,
        product_classes: rule.classes,
        channels: rule.channels,
        citation: rule.citation,
        pattern_count: pattern_counts.get(index).copied().unwrap_or(0),
        whole_text: rule.check.is_some(),
    }
}

/// Every rule with its effective severity under `options`.
pub fn list_rules(options: &LintOptions) -> Result<Vec<RuleInfo>> {
    let severities = options.severities()?;
    let compiled = compiled().map_err(internal)?;
    Ok(CATALOG
        .iter()
        .enumerate()
        .map(|(i, rule)| info(i, rule, severities.get(i).copied().flatten(), &compiled.pattern_counts))
        .collect())
}

/// Full metadata for one rule, with its examples; `unknown_rule` for an unknown id.
pub fn explain_rule(id: &str) -> Result<RuleDetail> {
    let (index, rule) = rule_by_id(id).ok_or_else(|| Error::new("unknown_rule", "id", format!("no rule has the id `{id}`")))?;
    let compiled = compiled().map_err(internal)?;
    let default = LintOptions::default().severities()?;
    Ok(RuleDetail {
        info: info(index, rule, default.get(index).copied().flatten(), &compiled.pattern_counts),
        message: rule.message,
        suggestions: rule.suggestions,
        patterns: rule.patterns,
        expanded: expanded(rule)?,
        exceptions: rule.exceptions,
        examples: Examples { ng: rule.ng, ok: rule.ok },
    })
}

fn expanded(rule: &Rule) -> Result<Vec<String>> {
    let mut all = Vec::new();
    for pattern in rule.patterns {
        all.extend(inflect::expand(pattern).map_err(internal)?);
    }
    all.sort();
    all.dedup();
    Ok(all)
}

/// Concrete patterns in the whole catalog after expansion.
pub fn pattern_count() -> Result<usize> {
    Ok(compiled().map_err(internal)?.pattern_counts.iter().sum())
}
