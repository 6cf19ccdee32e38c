# Two commands do all setup on a fresh machine: `make serve` and `make test`.
# Every target installs what is missing first (idempotent, fast when already installed).
.PHONY: tools browser-tools build serve test bench fuzz size lint-eval

PORT ?= 8080

tools:
	@scripts/tools.sh base

browser-tools:
	@scripts/tools.sh browser

build: tools
	@scripts/build.sh

serve: build
	@PORT=$(PORT) node scripts/serve.mjs

test: tools browser-tools
	@scripts/test.sh

bench: tools browser-tools build
	@node bench/run.mjs

# Not part of CI: every fuzz target for FUZZ_SECONDS (default 60) each, on nightly (installed on
# first use). `make test` replays the committed corpora on stable.
fuzz: tools
	@scripts/fuzz.sh

# Per-crate and per-function wasm size contributions (twiggy).
size: tools
	@scripts/size.sh

# Lint accuracy: recall and false positives by family and source on tests/lint_eval/dev, and the
# non-advertising corpus. LINT_EVAL_VERBOSE=1 lists every miss and false positive.
lint-eval: tools
	@cargo test --release --test lint_eval --test lint_false_positives -- --nocapture --test-threads=1
