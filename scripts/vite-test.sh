#!/usr/bin/env bash
# The bundler path: a scratch Vite 7 app installs the packed tarball (made by consumer-test.sh),
# `vite build` bundles it, and tests/js/vite/ runs the built app in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

APP=.scratch/vite-app
TARBALL="$(ls -t .scratch/jpseller-*.tgz | head -1)"
rm -rf "$APP"
mkdir -p "$APP"
cp tests/js/vite/app/* "$APP/"
printf '{ "name": "jpseller-vite-app", "private": true, "type": "module" }\n' > "$APP/package.json"
(cd "$APP" && npm install --no-audit --no-fund --loglevel=error "../${TARBALL#.scratch/}")
node_modules/.bin/vite build "$APP" --logLevel warn --config /dev/null 2>&1 | grep -v '^$' || true
test -f "$APP/dist/index.html"
node --test tests/js/vite/
