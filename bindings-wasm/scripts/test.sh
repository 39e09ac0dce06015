#!/usr/bin/env bash
# Builds the WebAssembly package and runs all of its tests: the TypeScript declarations
# (tsc --noEmit), the Node.js API, the conformance corpus and the size target (node:test), and the
# questionnaire end to end in headless Chromium (playwright-core). Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"

scripts/build.sh

if [ ! -x node_modules/.bin/tsc ] || [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "test.sh: tsc --noEmit on the generated declarations and tests/types/usage.ts"
node_modules/.bin/tsc --noEmit -p tests/types

echo "test.sh: node --test"
node --test --test-reporter=spec tests/*.test.mjs
