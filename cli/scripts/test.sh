#!/usr/bin/env bash
# Tests of the command-line tool: unit tests, every command and exit code, golden files
# (KALKAN_BLESS=1 rewrites them), HTML escaping, and the headless-Chromium checks (skipped with a
# notice when /usr/bin/chromium is absent). Screenshots land in out/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/../.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
cargo test -p kalkan-cli --color never "$@" 2>&1 | tee "$log" || status=$?

echo "== kalkan-cli test summary =="
grep -E '^test result:' "$log" || echo "no test ran"
awk '/^test result:/ { passed += $4; failed += $6 } END { printf "kalkan-cli: %d passed, %d failed\n", passed, failed }' "$log"
if grep -q 'NOTICE: /usr/bin/chromium is absent' "$log"; then
  echo "kalkan-cli: browser checks were SKIPPED (no /usr/bin/chromium)"
fi
exit "$status"
