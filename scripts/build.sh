#!/usr/bin/env bash
# Release wasm → wasm-bindgen (web target) and the JS layer (scripts/bindgen.sh) → wasm-opt (npm
# binaryen) → the npm package in pkg/ and a copy for the page in www/pkg/. Prints the wasm size raw
# and gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGET_DIR="${CARGO_TARGET_DIR:-target}"
OUT="$TARGET_DIR/bindgen"

cargo build --release --target wasm32-unknown-unknown --lib
rm -rf pkg
scripts/bindgen.sh "$TARGET_DIR/wasm32-unknown-unknown/release/jpseller.wasm" "$OUT"
# npm binaryen, never Debian's 108 (it corrupts the externref table; toolchain.md §4).
node_modules/.bin/wasm-opt -Oz "$OUT/jpseller_bg.wasm" -o "$OUT/jpseller_bg.opt.wasm"
mv "$OUT/jpseller_bg.opt.wasm" "$OUT/jpseller_bg.wasm"

mkdir -p pkg
cp -r "$OUT"/. pkg/
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
"

# The page needs only the JS layer and the wasm (its widgets are www/widgets itself).
rm -rf www/pkg
mkdir -p www/pkg
cp -r pkg/jpseller.js pkg/jpseller_glue.js pkg/snippets pkg/jpseller_bg.wasm www/pkg/

RAW=$(stat -c %s pkg/jpseller_bg.wasm)
GZ=$(gzip -9 -c pkg/jpseller_bg.wasm | wc -c)
echo "jpseller $VERSION: wasm $RAW bytes raw, $GZ bytes gzipped (-9) → pkg/ and www/pkg/"
node scripts/crate-sizes.mjs "$TARGET_DIR/wasm32-unknown-unknown/release/jpseller.wasm"

# The service worker precaches exactly the files of this build.
(cd www && find . -type f ! -name sw.js ! -name precache.json ! -name '*.d.ts' | sed 's#^\./##' | sort \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.stringify(["./",...s.trim().split("\n")])))' > precache.json)

# Size budget (size-budget.json): fail the build rather than ship a heavier page unnoticed.
BUDGET=$(node -p "require('./size-budget.json').wasmGzipBytes")
if [ "$GZ" -gt "$BUDGET" ]; then
  echo "SIZE BUDGET EXCEEDED: $GZ bytes gzipped > $BUDGET (size-budget.json); where the bytes go:" >&2
  scripts/size.sh >&2 || true
  exit 1
fi
echo "size budget: $GZ of $BUDGET bytes gzipped ($(( 100 * GZ / BUDGET ))%)"
