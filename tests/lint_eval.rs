//! Lint accuracy on the development set (tests/lint_eval/dev/*.jsonl, format in
//! tests/lint_eval/FORMAT.md); the non-advertising corpus is measured by tests/lint_false_positives.rs.
//!
//! `make lint-eval` prints recall and false-positive rates by family and by source (misses and
//! false positives with LINT_EVAL_VERBOSE=1); `make test` runs the same measurement and fails when
//! a figure falls below the floors recorded here, so an accuracy regression cannot land unnoticed.
//! A case counts as flagged when any finding of warning or error severity is in its text.

use jpseller::lint::{lint, Channel, LintOptions, ProductClass, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fs;

/// Floors for `make test`: the measured figures, so any regression fails (README "Lint accuracy").
/// Each independent round lowers them on arrival and the fixes it prompts raise them again:
/// fresh6 (2026-12-04, 1,512 cases) arrived at 75.9 % recall / 5.5 % false positives; fresh7
/// (1,993 cases, 40 % short claims) at 79.1 % / 7.9 % (1,125/1,422 and 45/571); fresh8 (1,501
/// cases) at 80.0 % / 5.4 % (872/1,090 and 22/411; 薬機法 side 90.1 %, 景表法/platform side
/// 67.2 %). Measured after the fixes they prompted: recall 87.3 %, false positives 2.1 %
/// (7,315/8,377 and 101/4,895).
const MIN_RECALL: f64 = 0.873;
const MAX_FALSE_POSITIVE_RATE: f64 = 0.021;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Case {
    id: String,
    text: String,
    label: Label,
    family: String,
    product_class: Option<String>,
    channel: Option<String>,
    sponsored: Option<bool>,
    /// Whether the goods are made outside Japan; unset means "yes" for the origin family.
    #[serde(default)]
    made_overseas: Option<bool>,
    source: String,
    section: String,
    #[serde(default)]
    note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Label {
    Ng,
    Ok,
}

const FAMILIES: &[&str] = &[
    "cure_disease",
    "body_function",
    "whitening_spots",
    "antiaging",
    "penetration",
    "wrinkles_acne",
    "hair",
    "body_shape",
    "cosmetic_range",
    "safety",
    "endorsement",
    "evidence",
    "absolute",
    "speed_permanence",
    "fear",
    "disparagement",
    "testimonial",
    "no1_ranking",
    "superlative",
    "price",
    "urgency",
    "origin",
    "stealth",
    "platform_rakuten",
    "platform_tiktok",
    "platform_amazon",
    "functional_food",
    "quasi_drug",
    "device",
    "leaked_chinese",
    "keigo",
    "review_incentive",
];

fn root(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &str, extension: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = fs::read_dir(root(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == extension))
        .collect();
    files.sort();
    files
}

fn cases() -> Vec<Case> {
    let mut cases = Vec::new();
    // LINT_EVAL_DIR measures a new batch on its own before it joins the set.
    let dir = std::env::var("LINT_EVAL_DIR").unwrap_or_else(|_| "tests/lint_eval/dev".to_string());
    for path in files(&dir, "jsonl") {
        for (n, line) in fs::read_to_string(&path).unwrap().lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Case = serde_json::from_str(line).unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
            assert!(
                FAMILIES.contains(&case.family.as_str()),
                "{}: unknown family {}",
                case.id,
                case.family
            );
            assert!(
                !case.source.is_empty() && !case.section.is_empty(),
                "{}: source and section are required",
                case.id
            );
            cases.push(case);
        }
    }
    cases
}

fn options(case: &Case) -> LintOptions {
    let product_class = case
        .product_class
        .as_deref()
        .map(|c| ProductClass::parse(c).unwrap_or_else(|| panic!("{}: class {c}", case.id)));
    let channel = case
        .channel
        .as_deref()
        .map(|c| Channel::parse(c).unwrap_or_else(|| panic!("{}: channel {c}", case.id)));
    LintOptions {
        product_class,
        channel,
        // Unset means "not stated" (SM-ASK asks about it); the set leaves it unset wherever it is
        // beside the point, so outside the stealth family it is read as not sponsored.
        sponsored: if case.family == "stealth" {
            case.sponsored
        } else {
            case.sponsored.or(Some(false))
        },
        made_overseas: case.made_overseas.unwrap_or(case.family == "origin"),
        ..Default::default()
    }
}

fn flagged_by(text: &str, options: &LintOptions) -> Vec<String> {
    lint(text, options)
        .unwrap()
        .findings
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| format!("{} {:?}", f.rule_id, f.text))
        .collect()
}

#[derive(Default)]
struct Tally {
    ng: usize,
    caught: usize,
    ok: usize,
    false_positives: usize,
}

impl Tally {
    fn add(&mut self, label: Label, flagged: bool) {
        match label {
            Label::Ng => {
                self.ng += 1;
                self.caught += usize::from(flagged);
            }
            Label::Ok => {
                self.ok += 1;
                self.false_positives += usize::from(flagged);
            }
        }
    }
    fn recall(&self) -> f64 {
        self.caught as f64 / self.ng.max(1) as f64
    }
    fn false_positive_rate(&self) -> f64 {
        self.false_positives as f64 / self.ok.max(1) as f64
    }
    fn row(&self, name: &str) -> String {
        format!(
            "{name:<44} recall {:>4}/{:<4} {:>5.1} %   false positives {:>3}/{:<4} {:>4.1} %",
            self.caught,
            self.ng,
            100.0 * self.recall(),
            self.false_positives,
            self.ok,
            100.0 * self.false_positive_rate()
        )
    }
}

struct Report {
    all: Tally,
    misses: Vec<String>,
    false_positives: Vec<String>,
    lines: Vec<String>,
}

fn evaluate() -> Report {
    let mut all = Tally::default();
    let mut by_family: BTreeMap<String, Tally> = BTreeMap::new();
    let mut by_source: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut misses, mut false_positives) = (Vec::new(), Vec::new());
    for case in cases() {
        let found = flagged_by(&case.text, &options(&case));
        let flagged = !found.is_empty();
        all.add(case.label, flagged);
        by_family.entry(case.family.clone()).or_default().add(case.label, flagged);
        // Group by document: the source up to its first space or bracket.
        let document: String = case
            .source
            .split([' ', '（', '(', '「'])
            .next()
            .unwrap_or("")
            .chars()
            .take(40)
            .collect();
        by_source.entry(document).or_default().add(case.label, flagged);
        match (case.label, flagged) {
            (Label::Ng, false) => misses.push(format!(
                "{} [{} {}/{}] {}",
                case.id,
                case.family,
                case.product_class.as_deref().unwrap_or("-"),
                case.channel.as_deref().unwrap_or("-"),
                case.text
            )),
            (Label::Ok, true) => false_positives.push(format!(
                "{} [{}] {} ← {} (labelled ok: {})",
                case.id,
                case.family,
                case.text,
                found.join(", "),
                case.note
            )),
            _ => {}
        }
    }
    let mut lines = vec!["By family:".to_string()];
    lines.extend(by_family.iter().map(|(name, tally)| tally.row(name)));
    lines.push("By source:".to_string());
    lines.extend(by_source.iter().map(|(name, tally)| tally.row(name)));
    lines.push(all.row("ALL"));
    Report {
        all,
        misses,
        false_positives,
        lines,
    }
}

#[test]
fn development_set_accuracy() {
    let report = evaluate();
    let verbose = std::env::var_os("LINT_EVAL_VERBOSE").is_some();
    for line in &report.lines {
        println!("{line}");
    }
    if verbose {
        println!("\nMisses:\n{}", report.misses.join("\n"));
        println!("\nFalse positives:\n{}", report.false_positives.join("\n"));
    }
    assert!(
        report.all.ng >= 1_200 && report.all.ok >= 800,
        "the set needs ≥ 1,200 ng and ≥ 800 ok sentences"
    );
    assert!(
        report.all.recall() >= MIN_RECALL,
        "recall {:.1} % is below {:.0} %; misses:\n{}",
        100.0 * report.all.recall(),
        100.0 * MIN_RECALL,
        report.misses.join("\n")
    );
    assert!(
        report.all.false_positive_rate() <= MAX_FALSE_POSITIVE_RATE,
        "false positives {:.1} % exceed {:.0} %:\n{}",
        100.0 * report.all.false_positive_rate(),
        100.0 * MAX_FALSE_POSITIVE_RATE,
        report.false_positives.join("\n")
    );
}
