#!/usr/bin/env bash
# Every test layer; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

BINDGEN_DIR="$(scripts/tools.sh bindgen-dir)"
export PATH="$BINDGEN_DIR:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120

step() { printf '\n=== %s ===\n' "$*"; }

step "1/5 native: cargo fmt --check, cargo clippy (deny warnings), cargo test (unit, integration, doctests)"
cargo fmt --all --check
# Domain modules deny clippy's arithmetic_side_effects / indexing_slicing / unwrap_used /
# expect_used outside tests (see the top of each src/<domain>/mod.rs); -D warnings keeps the
# default lints clean everywhere, src/lint included.
cargo clippy --all-targets -- -D warnings
cargo test

step "2/5 wasm in Node: wasm-bindgen-test"
cargo test --target wasm32-unknown-unknown --lib --tests

step "3/5 wasm in headless Chromium: wasm-bindgen-test"
WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown --lib --tests

step "3/5 trap recovery: a build that traps on purpose, 1,000 traps then every regression case, Node and Chromium"
scripts/trap-test.sh

step "build: release wasm → pkg/ and www/pkg/"
scripts/build.sh

step "4/5 npm consumer: packed tarball installed in a scratch project"
scripts/consumer-test.sh

step "4/5 command line and MCP server: the tarball's jpseller binary in a scratch project"
scripts/cli-test.sh

step "4/5 bundler: Vite 7 production build of an app using the tarball, run in Chromium"
scripts/vite-test.sh

step "5/5 page: Playwright + Debian chromium"
node --test --test-concurrency=1 tests/js/page/
