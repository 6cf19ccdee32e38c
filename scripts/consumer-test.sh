#!/usr/bin/env bash
# Packs pkg/ as npm would publish it, installs the tarball into a fresh scratch project and runs
# tests/js/consumer/*.test.mjs there with Node's test runner — the package as a user gets it —
# then tsc --strict over its types.
set -euo pipefail
cd "$(dirname "$0")/.."

SCRATCH=.scratch/consumer
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
TARBALL="$(cd pkg && npm pack --silent --pack-destination "$OLDPWD/.scratch")"
cd "$SCRATCH"
printf '{ "name": "jpseller-consumer", "private": true, "type": "module" }\n' > package.json
npm install --no-audit --no-fund --loglevel=error "../$TARBALL"
cp ../../tests/js/consumer/*.mjs .
node --test ./*.test.mjs

# The published types compile and reject misuse, and describe every blessed regression output
# (fixtures.ts assigns each to its export's declared return type): tsc --strict against the
# installed package.
cp ../../tests/js/types/check.ts .
node ../../tests/js/types/fixture-types.mjs > fixtures.ts
../../node_modules/.bin/tsc --strict --noEmit --skipLibCheck false --target es2022 --module nodenext --moduleResolution nodenext --lib es2022,dom check.ts fixtures.ts
echo "types: tsc --strict passed against the installed package (check.ts, fixtures.ts)"
