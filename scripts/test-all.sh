#!/usr/bin/env bash
# Runs every test of the project: Rust (core + CLI), Python package, WASM package and the
# browser questionnaire. Installs what it needs first (scripts/setup.sh), so it works on a bare machine.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== Rust: formatting"
cargo fmt --all --check

echo "== Rust: core and CLI (unit, integration, conformance, doc tests)"
cargo test --workspace --exclude kalkan-python --exclude kalkan-wasm
echo "== Fuzz: the harnesses replay the seeds and every saved crash (stable), then each target runs for a short smoke time (cargo fuzz, nightly)"
cargo fmt --manifest-path fuzz/Cargo.toml --check
cargo test -q --manifest-path fuzz/Cargo.toml --lib
bash scripts/fuzz.sh "${KALKAN_FUZZ_SECONDS:-10}"
echo "== Framework versions: kalkan diff --check on every consecutive pair in frameworks/"
bash scripts/check-framework-versions.sh
echo "== Rust: clippy (every crate but the Python one, which its own script checks) and rustdoc (missing docs are errors in the core)"
cargo clippy --workspace --exclude kalkan-python --all-targets -q -- -D warnings
# The lean WebAssembly engine (no built-in frameworks, no review/versions functions) and the core
# without its default features compile cleanly too.
cargo clippy -q -p kalkan-wasm --target wasm32-unknown-unknown --no-default-features --features engine -- -D warnings
cargo clippy -q -p kalkan-wasm --target wasm32-unknown-unknown --no-default-features --features import,xlsx,translations,oscal -- -D warnings
cargo clippy -q -p kalkan --no-default-features -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc -q -p kalkan --no-deps

echo "== The README's main job, verbatim, on a fresh clone"
bash scripts/readme-main-job.sh

for part in bindings-python bindings-wasm; do
  echo "== $part"
  bash "$part/scripts/test.sh"
done

echo "== all tests passed"
