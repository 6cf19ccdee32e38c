#!/usr/bin/env bash
# wasm-bindgen (web target) for one .wasm into <out-dir>, then the package's JS layer over it
# (scripts/js-layer.mjs: guarded exports, trap recovery, Node entry). Used by scripts/build.sh for
# the release and by scripts/trap-test.sh for the trap-test build, so both ship the same JS layer.
#   scripts/bindgen.sh <file.wasm> <out-dir>
set -euo pipefail
cd "$(dirname "$0")/.."

BINDGEN_DIR="$(scripts/tools.sh bindgen-dir)"
rm -rf "$2"
# --experimental-reset-state-function: the glue exports __wbg_reset_state, which js/recovery.js
# calls to replace a trapped instance with a fresh one from the same compiled module.
"$BINDGEN_DIR/wasm-bindgen" --target web --experimental-reset-state-function --out-dir "$2" --out-name jpseller "$1"
node scripts/js-layer.mjs "$2"
