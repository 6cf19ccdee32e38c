#!/usr/bin/env bash
# Trap recovery, proven on a build that traps on purpose: the crate with `--features trap-test`
# (adds `trapForTest`) and the package's JS layer, for the full and the tax+fees module, then tests/js/recovery/ in Node and in headless
# Chromium (1,000 traps in a row, then every regression case of the determinism test).
# A dev build: it reuses the dependencies the wasm-bindgen-test steps of scripts/test.sh compiled,
# so only this crate compiles (the JS layer under test is the same as the release's).
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
export JPSELLER_TRAP_TEST_PKG="$TARGET_DIR/trap-test"

cargo build --target wasm32-unknown-unknown --lib --features trap-test
scripts/bindgen.sh "$TARGET_DIR/wasm32-unknown-unknown/debug/jpseller.wasm" "$JPSELLER_TRAP_TEST_PKG"
# The tax+fees module too (pkg/fees in the release), and the manifest the widgets' loader reads.
cargo build --target wasm32-unknown-unknown --lib --no-default-features --features fees,trap-test
scripts/bindgen.sh "$TARGET_DIR/wasm32-unknown-unknown/debug/jpseller.wasm" "$JPSELLER_TRAP_TEST_PKG/fees"
node scripts/builds-manifest.mjs "$JPSELLER_TRAP_TEST_PKG" > "$JPSELLER_TRAP_TEST_PKG/builds.js"
node --test --test-concurrency=1 tests/js/recovery/
