#!/usr/bin/env bash
# `make fuzz`: runs every cargo-fuzz target for FUZZ_SECONDS (default 60) each and fails on any
# crash, timeout (10 s per input) or out-of-memory (2 GB). The committed corpora are unpacked into
# fuzz/target/corpus/ and seeded with the regression cases (tests/regression/*.json) and a
# dictionary of their keys and values; after each run the corpus is minimized (cargo fuzz cmin)
# and packed back into fuzz/corpus/<target>.corpus (scripts/fuzz-corpus.mjs). Crash inputs are
# copied to fuzz/regressions/<target>/ — commit them: `make test` replays corpora and regressions.
#   FUZZ_SECONDS=300 make fuzz          longer runs
#   FUZZ_TARGETS="invoice_tax" make fuzz  only some targets
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_FUZZ="$(scripts/tools.sh fuzz)"
export PATH="$(dirname "$CARGO_FUZZ"):$PATH"
SECONDS_EACH="${FUZZ_SECONDS:-60}"
TARGETS="${FUZZ_TARGETS:-$(cargo +nightly fuzz list)}"

node scripts/fuzz-corpus.mjs unpack
node scripts/fuzz-seed.mjs
cargo +nightly fuzz build

failed=()
passed=()
for target in $TARGETS; do
  echo "=== fuzz $target for ${SECONDS_EACH}s ==="
  corpus="fuzz/target/corpus/$target"
  mkdir -p "$corpus" "fuzz/regressions/$target"
  rm -rf "fuzz/artifacts/$target"
  if ! cargo +nightly fuzz run "$target" "$corpus" "fuzz/regressions/$target" -- \
      -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
      -max_len=16384 -dict=fuzz/target/seed.dict -print_final_stats=1 2>"fuzz/target/$target.log"; then
    tail -30 "fuzz/target/$target.log"
    cp fuzz/artifacts/"$target"/* "fuzz/regressions/$target/" 2>/dev/null || true
    failed+=("$target")
    continue
  fi
  grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^Done' "fuzz/target/$target.log" || true
  # Keep only inputs that add coverage.
  cargo +nightly fuzz cmin "$target" "$corpus" >"fuzz/target/$target.cmin.log" 2>&1
  passed+=("$target")
done
[ ${#passed[@]} -eq 0 ] || node scripts/fuzz-corpus.mjs pack "${passed[@]}"

if [ ${#failed[@]} -gt 0 ]; then
  echo "FUZZ FAILURES in: ${failed[*]} — inputs copied to fuzz/regressions/<target>/ (commit them, then fix)" >&2
  exit 1
fi
echo "fuzzing passed: $TARGETS"
