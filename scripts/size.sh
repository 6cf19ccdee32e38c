#!/usr/bin/env bash
# `make size`: where the wasm bytes go. Rebuilds the release wasm, optimizes it exactly as the
# build does but keeping function names (wasm-opt -g), and prints per-crate and per-function
# contributions measured by twiggy (pinned, installed by scripts/tools.sh twiggy).
set -euo pipefail
cd "$(dirname "$0")/.."

TWIGGY="$(scripts/tools.sh twiggy)"
BINDGEN_DIR="$(scripts/tools.sh bindgen-dir)"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"
OUT="$TARGET_DIR/size"

cargo build --release --target wasm32-unknown-unknown --lib
rm -rf "$OUT" && mkdir -p "$OUT"
"$BINDGEN_DIR/wasm-bindgen" --target web --out-dir "$OUT" --out-name jpseller "$TARGET_DIR/wasm32-unknown-unknown/release/jpseller.wasm"
node_modules/.bin/wasm-opt -Oz -g "$OUT/jpseller_bg.wasm" -o "$OUT/named.wasm"
"$TWIGGY" top -n 1000000 --format json "$OUT/named.wasm" > "$OUT/top.json"
node scripts/size-report.mjs "$OUT/top.json" "${SIZE_TOP:-25}"
