#!/usr/bin/env bash
# Installs what the build and tests need, idempotently; fast when everything is present.
#   scripts/tools.sh base          wasm target, pinned wasm-bindgen CLI, npm dev tools
#   scripts/tools.sh browser       Debian chromium + chromium-driver + CJK fonts (for tests)
#   scripts/tools.sh bindgen-dir   prints the directory holding the pinned wasm-bindgen binaries
#   scripts/tools.sh fuzz          nightly toolchain + pinned cargo-fuzz (only `make fuzz` needs them)
#   scripts/tools.sh twiggy        pinned twiggy (wasm size profiler, `make size`); prints its path
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS_DIR="${JPSELLER_TOOLS_DIR:-$HOME/.cache/jpseller-tools}"

bindgen_version() {
  # The CLI must equal the wasm-bindgen crate version in Cargo.lock.
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

bindgen_dir() {
  echo "$TOOLS_DIR/wasm-bindgen-$(bindgen_version)/bin"
}

ensure_rust_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  # scripts/test.sh runs cargo clippy (rust-toolchain.toml lists it; this covers older rustups).
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
}

ensure_bindgen() {
  local version dir
  version="$(bindgen_version)"
  dir="$(bindgen_dir)"
  if [ -x "$dir/wasm-bindgen" ] && "$dir/wasm-bindgen" --version | grep -q " $version\$"; then
    return
  fi
  echo "installing wasm-bindgen-cli $version into $TOOLS_DIR (takes a few minutes, once)" >&2
  # Without --locked: the registry has lagged behind the CLI's lockfile before (toolchain.md §3).
  cargo install wasm-bindgen-cli --version "$version" --root "$TOOLS_DIR/wasm-bindgen-$version"
}

ensure_npm_tools() {
  # Reinstall when package-lock.json changed since the last install.
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    # `npm install` rather than `npm ci`: with npm 11 the lock omits other platforms' optional
    # packages (rollup's native builds) and `npm ci` then refuses it; install keeps the lock as is.
    npm install --no-audit --no-fund --loglevel=error
  fi
}

# Pinned so every machine profiles and fuzzes with the same tools.
CARGO_FUZZ_VERSION=0.13.2
TWIGGY_VERSION=0.8.0

ensure_cargo_tool() { # crate version binary
  local root="$TOOLS_DIR/$1-$2"
  if [ ! -x "$root/bin/$3" ]; then
    echo "installing $1 $2 into $TOOLS_DIR (a few minutes, once)" >&2
    cargo install "$1" --version "$2" --root "$root" >&2
  fi
  echo "$root/bin/$3"
}

ensure_fuzz() {
  rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal >&2
  ensure_cargo_tool cargo-fuzz "$CARGO_FUZZ_VERSION" cargo-fuzz
}

ensure_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing ${missing[*]} from Debian" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

case "${1:-base}" in
  base) ensure_rust_target; ensure_bindgen; ensure_npm_tools ;;
  browser) ensure_browser ;;
  bindgen-dir) bindgen_dir ;;
  fuzz) ensure_fuzz ;;
  twiggy) ensure_cargo_tool twiggy "$TWIGGY_VERSION" twiggy ;;
  *) echo "usage: $0 base|browser|bindgen-dir|fuzz|twiggy" >&2; exit 2 ;;
esac
