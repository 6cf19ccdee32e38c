#!/usr/bin/env bash
# Trap recovery, proven on a build that traps on purpose: the crate with `--features trap-test`
# (adds `trapForTest`) and the package's JS layer, then tests/js/recovery/ in Node and in headless
# Chromium (1,000 traps in a row, then every determinism golden).
# A dev build: it reuses the dependencies the wasm-bindgen-test steps of scripts/test.sh compiled,
# so only this crate compiles (the JS layer under test is the same as the release's).
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
export JPSELLER_TRAP_TEST_PKG="$TARGET_DIR/trap-test"

cargo build --target wasm32-unknown-unknown --lib --features trap-test
scripts/bindgen.sh "$TARGET_DIR/wasm32-unknown-unknown/debug/jpseller.wasm" "$JPSELLER_TRAP_TEST_PKG"
node --test --test-concurrency=1 tests/js/recovery/
