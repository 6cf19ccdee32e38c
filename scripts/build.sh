#!/usr/bin/env bash
# Release wasm → wasm-bindgen (web target) and the JS layer (scripts/bindgen.sh) → wasm-opt (npm
# binaryen) → the npm package in pkg/ and a copy for the page in www/pkg/. Prints the wasm size raw
# and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
OUT="$TARGET_DIR/bindgen"

# Two modules (issue 14): the full one (every engine, default features) and a tax+fees one for
# pages that embed only the tax and fee widgets (pkg/fees/, the subpath export `jpseller/fees`).
# Each: release wasm → wasm-bindgen and the JS layer (scripts/bindgen.sh) → wasm-opt.
#   module <out-dir> <cargo feature args…>
module() {
  local out="$1"
  shift
  cargo build --release --target wasm32-unknown-unknown --lib "$@"
  cp "$TARGET_DIR/wasm32-unknown-unknown/release/jpseller.wasm" "$out.cargo.wasm"
  scripts/bindgen.sh "$out.cargo.wasm" "$out"
  # npm binaryen, never Debian's 108 (it corrupts the externref table; toolchain.md §4).
  node_modules/.bin/wasm-opt -Oz "$out/jpseller_bg.wasm" -o "$out/jpseller_bg.opt.wasm"
  mv "$out/jpseller_bg.opt.wasm" "$out/jpseller_bg.wasm"
}
mkdir -p "$TARGET_DIR"
module "$OUT" --features default
module "$OUT-fees" --no-default-features --features fees
rm -rf pkg
mkdir -p pkg
cp -r "$OUT"/. pkg/
mkdir -p pkg/fees
cp -r "$OUT-fees"/. pkg/fees/
cp README.md pkg/README.md

# Widgets: same sources as the page; only the path to the glue differs.
mkdir -p pkg/widgets
cp www/widgets/*.js pkg/widgets/
sed -i "s#'\.\./pkg/#'../#g" pkg/widgets/wasm.js
cp www/widgets/index.d.ts pkg/widgets/index.d.ts

# The command line and the MCP server (js/cli.js, js/cli/), with the tools' input schemas derived
# from the package's own types.
cp js/cli.js pkg/cli.js
mkdir -p pkg/cli
cp js/cli/*.js pkg/cli/
node scripts/mcp-schemas.mjs pkg/jpseller.d.ts > pkg/cli/schemas.json

VERSION="$(cargo metadata --no-deps --format-version 1 | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages[0].version))')"
node scripts/package-json.mjs "$VERSION" > pkg/package.json

# Smoke test the optimized module in Node before anything ships (toolchain.md §4).
node --input-type=module -e "
import { version, priceWithTax } from './pkg/node.js';
const r = priceWithTax({ price: '1000', rate: '10' });
if (version() !== '$VERSION' || r.incl !== '1100') { console.error('smoke test failed', r); process.exit(1); }
const fees = await import('./pkg/fees/node.js');
const o = fees.estimateOrder({ platform: 'rakuten', price: '3980', asOf: '2026-12-01' });
if (fees.version() !== '$VERSION' || typeof o.profit !== 'string' || 'lint' in fees) { console.error('fees smoke test failed', o); process.exit(1); }
"

# The page needs only the JS layer and the wasm (its widgets are www/widgets itself).
rm -rf www/pkg
mkdir -p www/pkg
cp -r pkg/jpseller.js pkg/jpseller_glue.js pkg/snippets pkg/jpseller_bg.wasm www/pkg/
mkdir -p www/pkg/fees
cp -r pkg/fees/jpseller.js pkg/fees/jpseller_glue.js pkg/fees/snippets pkg/fees/jpseller_bg.wasm www/pkg/fees/
# What the widgets' loader needs to pick a module and show progress for a compressed download.
node scripts/builds-manifest.mjs pkg > pkg/builds.js
cp pkg/builds.js www/pkg/builds.js
# Precompressed copies for servers that pick by Accept-Encoding (scripts/serve.mjs, nginx
# gzip_static/brotli_static; README "Hosting").
node scripts/precompress.mjs www/pkg/jpseller_bg.wasm www/pkg/fees/jpseller_bg.wasm

sizes() { # file → "raw gz"
  echo "$(stat -c %s "$1") $(gzip -9 -c "$1" | wc -c)"
}
read -r RAW GZ < <(sizes pkg/jpseller_bg.wasm)
read -r FEES_RAW FEES_GZ < <(sizes pkg/fees/jpseller_bg.wasm)
echo "jpseller $VERSION: wasm $RAW bytes raw, $GZ bytes gzipped (-9) → pkg/ and www/pkg/"
echo "jpseller/fees (tax+fees): wasm $FEES_RAW bytes raw, $FEES_GZ bytes gzipped (-9) → pkg/fees/ and www/pkg/fees/"
node scripts/crate-sizes.mjs "$OUT.cargo.wasm"

# The service worker precaches exactly the files of this build.
(cd www && find . -type f ! -name sw.js ! -name precache.json ! -name '*.d.ts' ! -name '*.br' ! -name '*.gz' | sed 's#^\./##' | sort \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify(["./",...s.trim().split("\n")])))' > precache.json)

# Size budgets (size-budget.json): fail the build rather than ship a heavier page unnoticed.
check_budget() { # name gz budget-key
  local budget
  budget=$(node -p "require('./size-budget.json').$3")
  if [ "$2" -gt "$budget" ]; then
    echo "SIZE BUDGET EXCEEDED: $1 is $2 bytes gzipped > $budget ($3 in size-budget.json); where the bytes go:" >&2
    scripts/size.sh >&2 || true
    exit 1
  fi
  echo "size budget $1: $2 of $budget bytes gzipped ($(( 100 * $2 / budget ))%)"
}
check_budget jpseller "$GZ" wasmGzipBytes
check_budget jpseller/fees "$FEES_GZ" feesWasmGzipBytes
