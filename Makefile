# sslvpn-builder: the one entry point.
#
#   make serve   build the wasm and serve the page at http://127.0.0.1:8080
#   make test    run every test (native, wasm in Node and Chromium, browser end to end)
#   make bench   measure signing (native, wasm, against the official SDKs) and the page
#
# Both install what is missing first (wasm target, wasm-bindgen-cli at the
# locked version, Chromium and its driver, binaryen, npm packages) and are safe
# to rerun.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8080
CARGO_BIN := $(HOME)/.cargo/bin
export PATH := $(CARGO_BIN):$(PATH)
# wasm-bindgen CLI must equal the crate version in Cargo.lock.
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/{getline; gsub(/version = |"/,""); print}' Cargo.lock)
# The page is built with the `wasm` profile (Cargo.toml: size first); native `--release` is full speed.
# Cargo's output folder: CARGO_TARGET_DIR when set, so wasm-bindgen never reads a stale build.
CARGO_TARGET := $(or $(CARGO_TARGET_DIR),target)
WASM := $(CARGO_TARGET)/wasm32-unknown-unknown/wasm-speed/sslvpn_builder.wasm
PKG := www/pkg
# npm packages (playwright-core for the browser tests, binaryen for wasm-opt).
E2E := tests/e2e
# Chromium for wasm-bindgen-test (no sandbox as root in containers).
export CHROMEDRIVER := /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/webdriver.json
export WASM_BINDGEN_TEST_TIMEOUT := 120

.PHONY: help serve test bench package install install-rust install-wasm-bindgen install-apt install-npm \
        wasm size test-native test-sdk test-wasm test-e2e lint

help:
	@sed -n '3,10p' Makefile

## ---- install (idempotent) ----

install: install-rust install-wasm-bindgen install-apt install-npm

install-rust:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

install-wasm-bindgen:
	@v="$(WASM_BINDGEN_VERSION)"; \
	if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$$v" ]; then \
	  echo "installing wasm-bindgen-cli $$v (about 3 minutes)"; \
	  cargo install wasm-bindgen-cli --version "$$v" --locked \
	    || cargo install wasm-bindgen-cli --version "$$v"; \
	fi

# Debian packages: the browser and its driver for tests. (wasm-opt comes from
# npm's binaryen 132: Debian's binaryen 108 breaks wasm-bindgen's externref table.)
APT_PKGS := chromium chromium-driver
# A CJK font, so the screenshots the e2e suite makes show Chinese, not boxes.
APT_PKGS += fonts-noto-cjk
# Interpreters and compilers the snippet round trips run (tests/snippet_roundtrip.rs;
# bash, python3, node, javac/java and terraform are on the machine already).
APT_PKGS += php-cli golang-go mono-mcs python3-yaml python3-venv
install-apt:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

install-npm:
	@if [ ! -d $(E2E)/node_modules/playwright-core ] || [ $(E2E)/package-lock.json -nt $(E2E)/node_modules/.package-lock.json ]; then \
	  cd $(E2E) && npm ci --no-audit --no-fund --loglevel=error; \
	fi

## ---- build ----

# -O2 then -Oz until nothing changes (--converge); --low-memory-unused: Rust
# puts the stack first and data above 1 MB, so the low 1 KB is only reached
# by a stack already overflowing; strip the producers and target-features
# sections, which nothing reads after wasm-bindgen. About 1.2 KB gzip in all.
WASM_OPT := -O2 -Oz --converge --low-memory-unused --strip-producers --strip-target-features
WASM_OPT_SPEED := -O3 --low-memory-unused --strip-producers --strip-target-features

# --encode-into always: no TextEncoder.encodeInto polyfill in the glue (every
# browser since 2021 has it; the page needs replaceChildren, of 2020, anyway).
WASM_FEATURES := --enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int \
	  --enable-mutable-globals --enable-reference-types --enable-multivalue
# Two modules: the page's core (sslvpn_builder), and import (sslvpn_import,
# feature import-module), which the page loads only when something is imported.
IMPORT_TARGET := target/import-module
IMPORT_WASM := $(IMPORT_TARGET)/wasm32-unknown-unknown/wasm/sslvpn_builder.wasm
# The page's modules, all from this crate: the validation core of each
# language (sslvpn_core_en, _zh: what the page loads first), the full core
# (sslvpn_builder: signing and snippets, loaded on the first use of the
# outputs) and import (sslvpn_import, loaded when something is imported).
# Then the element and its builder bundled and minified by esbuild
# (www/sslvpn-builder.min.js, what index.html loads; the sources stay
# readable), the stylesheet (style.min.css) and the wasm-bindgen glue minified.
COMMA := ,
# $(4): the Cargo profile and wasm-opt flags: size first (wasm), except the
# full core, which is built for speed (wasm-speed, -O3; see Cargo.toml).
define wasm_module
	cargo build --lib --target wasm32-unknown-unknown --profile $(or $(4),wasm) --locked $(2) --target-dir $(3)
	wasm-bindgen $(3)/wasm32-unknown-unknown/$(or $(4),wasm)/sslvpn_builder.wasm --out-dir $(PKG) --out-name $(1) --target web --encode-into always
	$(E2E)/node_modules/.bin/wasm-opt $(if $(4),$(WASM_OPT_SPEED),$(WASM_OPT)) $(WASM_FEATURES) $(PKG)/$(1)_bg.wasm -o $(PKG)/$(1)_bg.wasm
endef
wasm: install-rust install-wasm-bindgen install-npm
	rm -rf $(PKG)/snippets
	$(call wasm_module,sslvpn_builder,,$(CARGO_TARGET),wasm-speed)
	$(call wasm_module,sslvpn_import,--no-default-features --features import-module,$(IMPORT_TARGET))
	$(call wasm_module,sslvpn_core_en,--no-default-features --features core-module$(COMMA)lang-en,target/core-en)
	$(call wasm_module,sslvpn_core_zh,--no-default-features --features core-module$(COMMA)lang-zh,target/core-zh)
	$(E2E)/node_modules/.bin/esbuild www/sslvpn-builder.js --bundle --format=esm --minify --external:./pkg/* \
	  --define:__STYLE__='"style.min.css"' --log-level=warning --outfile=www/sslvpn-builder.min.js
	$(E2E)/node_modules/.bin/esbuild www/style.css --minify --log-level=warning --outfile=www/style.min.css
	for m in sslvpn_builder sslvpn_import sslvpn_core_en sslvpn_core_zh $(PKG)/snippets/*/*.js; do \
	  m=$${m%.js}; m=$${m#$(PKG)/}; \
	  $(E2E)/node_modules/.bin/esbuild $(PKG)/$$m.js --minify --format=esm --log-level=warning --allow-overwrite --outfile=$(PKG)/$$m.js; \
	done

# The npm-style folder a documentation site can vendor (target/npm/sslvpn-builder).
package: wasm
	bash tests/package.sh

serve: wasm
	@echo "Serving www/ at http://127.0.0.1:$(PORT)  (Ctrl-C to stop)"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory www

## ---- tests ----

# Gzip size of everything the page loads, against the 64 KB budget.
size: wasm
	@bash tests/size.sh

lint:
	cargo fmt --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --locked -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --locked --no-default-features --features import-module \
	  --target-dir $(IMPORT_TARGET) -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --locked --no-default-features --features core-module,lang-en \
	  --target-dir target/core-en -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown --locked --no-default-features --features core-module,lang-zh \
	  --target-dir target/core-zh -- -D warnings

test-native: install-apt
	SNIPPET_TOOLCHAINS_REQUIRED=1 cargo test --locked

test-wasm: install-rust install-wasm-bindgen install-apt
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --locked --no-default-features --target wasm32-unknown-unknown --test wasm
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner WASM_BINDGEN_USE_BROWSER=1 \
	  cargo test --locked --no-default-features --target wasm32-unknown-unknown --test wasm

test-e2e: package install-npm
	cargo build --locked --bin sslvpn
	$(E2E)/node_modules/.bin/tsc -p tests/package/tsconfig.json
	node tests/vectors/wasm_sign_check.mjs $(PKG)
	node tests/vectors/cli_wasm_equal.mjs $(PKG) target/debug/sslvpn
	cd $(E2E) && node --test

# The generated Python and TypeScript snippets against the real, pinned SDKs.
SDK_VENV := target/sdk-venv
test-sdk:
	cargo build --locked --bin sslvpn
	@[ -x $(SDK_VENV)/bin/python ] || python3 -m venv $(SDK_VENV)
	$(SDK_VENV)/bin/pip install -q -r tests/sdk/requirements.txt
	$(SDK_VENV)/bin/python tests/sdk/python_check.py target/debug/sslvpn
	cd tests/sdk/ts && npm ci --no-audit --no-fund --loglevel=error
	bash tests/sdk/ts_check.sh target/debug/sslvpn

test: install lint test-native test-sdk test-wasm test-e2e size
	@echo "All test suites passed."

## ---- benchmarks (figures, not tests) ----

# Signing (issue 9), each comparison in one process, on the requests in
# benches/requests.json, every signature checked equal first:
#   native sign() and check() + sign() (criterion, benches/sign.rs; also
#   validate() for 1 KB to 16 MB values, benches/validate.rs) against the
#   official Python SDK's V1 signers (benches/python_sign.py, pinned venv);
#   the page's wasm sign() against @alicloud/openapi-util's getRPCSignature
#   in Node (benches/wasm_sign.mjs, pinned in tests/e2e/package.json), and
#   against the official TypeScript SDK's whole path to the wire, network
#   stubbed (@alicloud/vpc20160428, pinned in tests/sdk/ts/package.json).
# The page in Chromium: its cold load to the first validation
# (benches/cold.mjs), then 1,200 keystrokes with signing filled and the curl
# tab open; keystroke -> rendered p50/p95, work, core calls per keystroke
# (benches/page.mjs). Figures, not a test: no target fails it.
BENCH_KEYS ?= 1200
BENCH_SUMMARY := target/bench-summary.txt
CRITERION_DIR = $(CARGO_TARGET)/criterion
bench: wasm install-npm install-apt bench-venv
	@mkdir -p target && rm -f $(BENCH_SUMMARY)
	cargo bench --locked --bench sign --bench validate
	BENCH_SUMMARY=$(BENCH_SUMMARY) $(SDK_VENV)/bin/python benches/python_sign.py --criterion $(CRITERION_DIR)
	@[ -d tests/sdk/ts/node_modules/@alicloud/vpc20160428 ] || (cd tests/sdk/ts && npm ci --no-audit --no-fund --loglevel=error)
	BENCH_SUMMARY=$(BENCH_SUMMARY) node benches/wasm_sign.mjs
	BENCH_SUMMARY=$(BENCH_SUMMARY) node benches/cold.mjs
	@echo; echo "== make bench: signing against the official SDKs, and the page's cold load =="; cat $(BENCH_SUMMARY); echo
	node benches/page.mjs --keys $(BENCH_KEYS)

# The pinned SDK venv (tests/sdk) with the two older official V1 signers too.
.PHONY: bench-venv
bench-venv:
	@[ -x $(SDK_VENV)/bin/python ] || python3 -m venv $(SDK_VENV)
	@$(SDK_VENV)/bin/pip install -q -r benches/requirements.txt

# A longer run of the property tests (tests/properties.rs): any JSON value
# under any key, any choices, through check, sign, every snippet target, the
# pipeline and import. cargo-fuzz needs a nightly toolchain, which these
# machines cannot fetch, so this is proptest's seeded random search at scale.
FUZZ_CASES ?= 100000
.PHONY: fuzz
fuzz:
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --locked --test properties -- --nocapture
