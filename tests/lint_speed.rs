//! Native lint throughput on the bench corpus (issue 13), outside `make test`:
//! `cargo test --release --test lint_speed -- --ignored --nocapture`.
//!
//! Builds the same corpus as bench/lint-corpus.mjs (same seed and sentence picks, so the same
//! bytes as the wasm bench) at the bench's density (one NG line in 40) and hit-dense (one in six),
//! and prints MB/s for `lint` with the default catalog, plus the fold, the scan (with its joins,
//! judging and whole-text checks) and the literal scan alone (every rule off) on their own.
//! `LINT_SPEED_MB` changes the corpus size (default 10), `LINT_SPEED_RUNS` the runs (best of).
#![cfg(not(target_arch = "wasm32"))]

use jpseller::lint::engine::{compiled, scan, Doc};
use jpseller::lint::rules::CATALOG;
use jpseller::lint::{lint, list_rules, LintOptions, RuleInfo};
use std::time::Instant;

const MB: f64 = 1024.0 * 1024.0;
const SEED: u32 = 0x9e37_79b9;

struct Xorshift32(u32);

impl Xorshift32 {
    fn next(&mut self) -> u32 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        self.0 = x;
        x
    }
}

/// bench/lint-corpus.mjs `plainSentences`: every line of tests/corpus/*.txt, trimmed, headings dropped.
fn plain_sentences() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(f)
                .expect("corpus file")
                .split('\n')
                .map(|l| l.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// bench/lint-corpus.mjs `makeCorpus`: lines of 3–8 sentences, one in `ng_every` with an NG example.
fn make_corpus(bytes: usize, ng_examples: &[&str], ng_every: u32) -> (String, usize) {
    let plain = plain_sentences();
    let mut rand = Xorshift32(SEED);
    let mut lines = Vec::new();
    let (mut size, mut ng_lines) = (0, 0);
    while size < bytes {
        let count = 3 + rand.next() % 6;
        let mut parts: Vec<&str> = (0..count).map(|_| plain[rand.next() as usize % plain.len()].as_str()).collect();
        if rand.next().is_multiple_of(ng_every) {
            let at = rand.next() as usize % parts.len();
            parts.insert(at, ng_examples[rand.next() as usize % ng_examples.len()]);
            ng_lines += 1;
        }
        let line = parts.concat();
        size += line.len() + 1;
        lines.push(line);
    }
    (lines.join("\n"), ng_lines)
}

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut value = f();
    let mut best = f64::INFINITY;
    for _ in 0..runs {
        let start = Instant::now();
        value = f();
        best = best.min(start.elapsed().as_secs_f64());
    }
    (best, value)
}

/// The NG examples of the rules enabled by default: the violating lines the bench corpora mix in.
fn enabled_ng_examples(rules: &[RuleInfo]) -> Vec<&'static str> {
    CATALOG
        .iter()
        .zip(rules)
        .filter(|(_, info)| info.enabled)
        .flat_map(|(rule, _)| rule.ng.iter().copied())
        .collect()
}

#[test]
#[ignore = "benchmark: run with --ignored --nocapture"]
fn lint_throughput() {
    let megabytes: f64 = std::env::var("LINT_SPEED_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(10.0);
    let runs: usize = std::env::var("LINT_SPEED_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(3);
    let options = LintOptions::default();
    let rules = list_rules(&options).expect("rules");
    let ng = enabled_ng_examples(&rules);
    let compiled = compiled().expect("catalog");
    let active: Vec<bool> = rules.iter().map(|r| r.enabled).collect();
    let none = vec![false; rules.len()];
    for (name, every) in [("plain (1 NG line in 40)", 40), ("hit-dense (1 NG line in 6)", 6)] {
        let (text, ng_lines) = make_corpus((megabytes * MB) as usize, &ng, every);
        let mb = text.len() as f64 / MB;
        let (fold, doc) = best(runs, || Doc::new(&text));
        let (scanned, hits) = best(runs, || scan(compiled, CATALOG, &doc, &options.scope(), &active, usize::MAX).0);
        // No rule on: the literal scan and the context words alone.
        let (literals, _) = best(runs, || scan(compiled, CATALOG, &doc, &options.scope(), &none, usize::MAX).0);
        let (whole, result) = best(runs, || lint(&text, &options).expect("lint"));
        assert!(!result.truncated, "truncated: lower the density");
        println!(
            "{name}: {mb:.1} MB, {ng_lines} NG lines, {} findings ({} raw hits): lint {:.1} MB/s ({:.0} ms), fold {:.0} ms, scan+judge+checks {:.0} ms (literal scan {:.0} ms)",
            result.findings.len(),
            hits.iter().map(Vec::len).sum::<usize>(),
            mb / whole,
            whole * 1e3,
            fold * 1e3,
            scanned * 1e3,
            literals * 1e3,
        );
    }
}

/// A fingerprint of every finding on the bench corpora under every product class and channel
/// (and of a text past the raw-hit cap), to compare the engine before and after a change:
/// `cargo test --release --test lint_speed fingerprint -- --ignored --nocapture`.
#[test]
#[ignore = "comparison aid: run with --ignored --nocapture"]
fn findings_fingerprint() {
    use jpseller::lint::{Channel, ProductClass};
    use std::hash::{DefaultHasher, Hash, Hasher};
    let rules = list_rules(&LintOptions::default()).expect("rules");
    let ng = enabled_ng_examples(&rules);
    let mut options = vec![LintOptions::default()];
    for &class in ProductClass::ALL {
        options.push(LintOptions {
            product_class: Some(class),
            made_overseas: true,
            ..LintOptions::default()
        });
    }
    for &channel in Channel::ALL {
        for sponsored in [None, Some(true)] {
            options.push(LintOptions {
                channel: Some(channel),
                sponsored,
                ..LintOptions::default()
            });
        }
    }
    let all: Vec<&str> = CATALOG.iter().flat_map(|rule| rule.ng.iter().copied()).collect();
    let texts = [
        make_corpus(2 << 20, &ng, 40).0,
        make_corpus(2 << 20, &all, 6).0,
        "最安値、No.1、シミが消える。".repeat(70_000),
    ];
    for text in &texts {
        let mut hasher = DefaultHasher::new();
        let mut findings = 0;
        for options in &options {
            let result = lint(text, options).expect("lint");
            findings += result.findings.len();
            serde_json::to_string(&result).expect("json").hash(&mut hasher);
        }
        println!("{} bytes: {findings} findings, fingerprint {:016x}", text.len(), hasher.finish());
    }
}
