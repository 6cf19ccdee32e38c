//! False-positive suite: ordinary, non-advertising Japanese written for this test
//! (tests/corpus/*.txt — specs, shipping, care, policies, news-like prose, FAQ, recipes, manuals,
//! essays and plain listings, diaries, hospital notices, enforcement news quoting banned claims, support
//! replies, school texts, fiction, business mail, travel guides, law explanations and Q&A — over
//! 100,000 characters). At the `recommended` profile, and for every product class and channel, no
//! more than 2 % of its sentences may carry a warning or error (measured on 2026-12-03 with the
//! 25,000-character fresh3.txt added by an independent writer: 1.1 % of 4,646 sentences with no
//! class — 2.4 % before the round of fixes it prompted; the target is 1 %).

use jpseller::lint::{lint, Channel, LintOptions, ProductClass, Severity};
use std::fs;

/// Sentences with their UTF-16 ranges: split at 。！？ and line ends; `#` headings skipped.
fn sentences(text: &str) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut start = 0u32;
    let mut at = 0u32;
    let mut in_heading = false;
    let mut line_start = true;
    for c in text.chars() {
        if line_start {
            in_heading = c == '#';
            line_start = false;
        }
        let units = c.len_utf16() as u32;
        at += units;
        if matches!(c, '。' | '！' | '？' | '\n') {
            let body = at - units;
            if body > start && !in_heading {
                out.push((start, at));
            }
            start = at;
        }
        if c == '\n' {
            line_start = true;
        }
    }
    if at > start && !in_heading {
        out.push((start, at));
    }
    out
}

fn corpus() -> Vec<(String, String)> {
    let mut files: Vec<_> = fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), fs::read_to_string(&p).unwrap()))
        .collect()
}

/// (flagged sentences, total sentences, examples of flagged text).
fn flagged(options: &LintOptions) -> (usize, usize, Vec<String>) {
    let (mut hits, mut total, mut examples) = (0, 0, Vec::new());
    for (name, text) in corpus() {
        let result = lint(&text, options).unwrap();
        let spans = sentences(&text);
        total += spans.len();
        for &(start, end) in &spans {
            let inside: Vec<_> = result
                .findings
                .iter()
                .filter(|f| f.severity >= Severity::Warning && f.end > f.start && f.start < end && f.end > start)
                .collect();
            if !inside.is_empty() {
                hits += 1;
                let quote: String = inside[0].text.chars().take(30).collect();
                examples.push(format!("{name}: {} {quote:?}", inside[0].rule_id));
            }
        }
        // Whole-text findings at warning+ would flag every sentence of the file.
        let whole = result
            .findings
            .iter()
            .filter(|f| f.severity >= Severity::Warning && f.end == f.start)
            .count();
        if whole > 0 {
            hits += spans.len();
            examples.push(format!("{name}: whole-text finding"));
        }
    }
    (hits, total, examples)
}

#[test]
fn corpus_is_large_enough() {
    let chars: usize = corpus().iter().map(|(_, t)| t.chars().count()).sum();
    assert!(chars >= 100_000, "corpus has only {chars} characters");
    let (_, total, _) = flagged(&LintOptions::default());
    assert!(total >= 500, "only {total} sentences");
}

#[test]
fn recommended_profile_stays_under_the_floor() {
    let (hits, total, examples) = flagged(&LintOptions::default());
    eprintln!("recommended: {hits}/{total} sentences flagged at warning or above");
    if std::env::var_os("LINT_EVAL_VERBOSE").is_some() {
        eprintln!("{}", examples.join("\n"));
    }
    // ≤ 2 %: hits / total ≤ 1 / 50.
    assert!(hits * 50 <= total, "{hits}/{total} sentences flagged:\n{}", examples.join("\n"));
}

#[test]
fn every_product_class_and_channel_stays_under_the_floor() {
    for class in ProductClass::ALL {
        let options = LintOptions {
            product_class: Some(*class),
            ..Default::default()
        };
        let (hits, total, examples) = flagged(&options);
        assert!(
            hits * 50 <= total,
            "{}: {hits}/{total} flagged:\n{}",
            class.as_str(),
            examples.join("\n")
        );
    }
    // Amazon titles are one line of ≤ 50 characters; prose is not a title, so that channel is skipped.
    for channel in Channel::ALL.iter().filter(|c| **c != Channel::AmazonTitle) {
        // Ordinary prose is nobody's paid post (unstated, SM-ASK would ask about every file).
        let options = LintOptions {
            channel: Some(*channel),
            sponsored: Some(false),
            ..Default::default()
        };
        let (hits, total, examples) = flagged(&options);
        assert!(
            hits * 50 <= total,
            "{}: {hits}/{total} flagged:\n{}",
            channel.as_str(),
            examples.join("\n")
        );
    }
}
