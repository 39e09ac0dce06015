#!/usr/bin/env bash
# Installs everything the tests need on a bare machine of this kind. Idempotent: fast when done.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v wasm-opt >/dev/null || need_apt+=(binaryen)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

rustup target list --installed | grep -q wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
if ! wasm-bindgen --version 2>/dev/null | grep -q "0.2.129"; then
  echo "setup: cargo install wasm-bindgen-cli 0.2.129 (a few minutes)"
  cargo install -q wasm-bindgen-cli --version 0.2.129 --locked
fi

# Fuzzing: libFuzzer through cargo fuzz needs the nightly toolchain.
rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
if ! command -v cargo-fuzz >/dev/null; then
  echo "setup: cargo install cargo-fuzz (a few minutes)"
  cargo install -q cargo-fuzz --locked
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -r bindings-python/requirements-dev.txt

if [ -f bindings-wasm/package.json ]; then
  (cd bindings-wasm && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup: done"
