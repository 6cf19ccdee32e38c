//! Replays every committed fuzz input — the minimized corpora in `fuzz/corpus/<target>/` and the
//! crash inputs kept as regressions in `fuzz/regressions/<target>/` — through `api::exercise`, the
//! same oracle the libFuzzer targets run. Stable Rust, part of `make test`; fuzzing itself is
//! `make fuzz` (nightly).
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

/// Target file names are the API names in snake case: `price_with_tax` → `priceWithTax`.
fn api_name(target: &str) -> String {
    let mut words = target.split('_');
    let mut name = words.next().unwrap_or_default().to_string();
    for word in words {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.push_str(chars.as_str());
        }
    }
    name
}

fn targets() -> Vec<String> {
    let mut targets: Vec<String> = std::fs::read_dir(fuzz_dir().join("fuzz_targets"))
        .expect("fuzz/fuzz_targets")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok()?.strip_suffix(".rs").map(str::to_string))
        .collect();
    targets.sort();
    targets
}

fn inputs(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).filter(|p| p.is_file()).collect();
    files.sort();
    files
}

#[test]
fn every_target_is_an_api_and_has_a_corpus() {
    for target in targets() {
        let name = api_name(&target);
        assert!(jpseller::api::NAMES.contains(&name.as_str()), "fuzz target {target}: no API {name}");
        assert!(!inputs(&fuzz_dir().join("corpus").join(&target)).is_empty(), "fuzz/corpus/{target} is empty: run `make fuzz`");
    }
}

#[test]
fn every_committed_input_replays_cleanly() {
    let mut replayed = 0;
    for target in targets() {
        let name = api_name(&target);
        for kind in ["corpus", "regressions"] {
            for file in inputs(&fuzz_dir().join(kind).join(&target)) {
                let data = std::fs::read(&file).expect("read input");
                // A panic names the file, so a new crash input is easy to find.
                let outcome = std::panic::catch_unwind(|| jpseller::api::exercise(&name, &data));
                assert!(outcome.is_ok(), "{} panicked", file.display());
                replayed += 1;
            }
        }
    }
    println!("replayed {replayed} fuzz inputs");
}
