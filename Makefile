# Two commands do all setup on a fresh machine: `make serve` and `make test`.
# Every target installs what is missing first (idempotent, fast when already installed).
.PHONY: tools browser-tools build serve test bench

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
