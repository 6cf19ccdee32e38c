#!/usr/bin/env bash
# The `jpseller` command and MCP server as a user gets them: packs pkg/, installs the tarball (and
# so its dependency @modelcontextprotocol/sdk) into a fresh scratch project, and runs
# tests/js/cli/*.test.mjs there against node_modules/.bin/jpseller with Node's test runner.
set -euo pipefail
cd "$(dirname "$0")/.."

SCRATCH=.scratch/cli
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
TARBALL="$(cd pkg && npm pack --silent --pack-destination "$OLDPWD/.scratch")"
cd "$SCRATCH"
printf '{ "name": "jpseller-cli-consumer", "private": true, "type": "module" }\n' > package.json
npm install --no-audit --no-fund --loglevel=error "../$TARBALL"
cp ../../tests/js/cli/*.test.mjs ../../tests/js/cli/{items.mjs,run.mjs,mcp-client.mjs,items.sjis.csv,orders.csv} ../../tests/js/consumer/regression.mjs .
node --test ./*.test.mjs
