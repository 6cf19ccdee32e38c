//! Replays every committed fuzz input — the minimized corpora packed in `fuzz/corpus/<target>.corpus`
//! (see `scripts/fuzz-corpus.mjs`) and the crash inputs kept as files in `fuzz/regressions/<target>/`
//! — through `api::exercise`, the same oracle the libFuzzer targets run. Stable Rust, part of
//! `make test`; fuzzing itself is `make fuzz` (nightly).
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

/// Crash inputs kept as files.
fn regressions(target: &str) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(fuzz_dir().join("regressions").join(target)) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).filter(|p| p.is_file()).collect();
    files.sort();
    files
        .into_iter()
        .map(|file| (file.display().to_string(), std::fs::read(&file).expect("read regression input")))
        .collect()
}

/// The packed corpus: each input as a 4-byte little-endian length and its bytes.
fn corpus(target: &str) -> Vec<(String, Vec<u8>)> {
    let file = fuzz_dir().join("corpus").join(format!("{target}.corpus"));
    let bytes = std::fs::read(&file).unwrap_or_default();
    let mut inputs = Vec::new();
    let mut rest = bytes.as_slice();
    while let Some((length, tail)) = rest.split_first_chunk::<4>() {
        let length = u32::from_le_bytes(*length) as usize;
        assert!(length <= tail.len(), "{} is truncated", file.display());
        inputs.push((format!("{} input #{}", file.display(), inputs.len()), tail[..length].to_vec()));
        rest = &tail[length..];
    }
    inputs
}

#[test]
fn every_target_is_an_api_and_has_a_corpus() {
    for target in targets() {
        let name = api_name(&target);
        assert!(jpseller::api::NAMES.contains(&name.as_str()), "fuzz target {target}: no API {name}");
        assert!(
            !corpus(&target).is_empty(),
            "fuzz/corpus/{target}.corpus is missing or empty: run `make fuzz`"
        );
    }
}

#[test]
fn every_committed_input_replays_cleanly() {
    let mut replayed = 0;
    for target in targets() {
        let name = api_name(&target);
        for (label, data) in corpus(&target).into_iter().chain(regressions(&target)) {
            // A panic names the input, so a new crash is easy to find.
            let outcome = std::panic::catch_unwind(|| jpseller::api::exercise(&name, &data));
            assert!(outcome.is_ok(), "{label} panicked");
            replayed += 1;
        }
    }
    println!("replayed {replayed} fuzz inputs");
}
