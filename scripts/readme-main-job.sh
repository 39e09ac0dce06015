#!/usr/bin/env bash
# Runs the README's main-job command, verbatim, in a fresh clone of this repository (as a new
# user would), then checks that the report it writes exists and is not empty. The command is read
# from README.md (the first line starting with `cargo run `), never copied here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cmd="$(grep -m1 -E '^cargo run ' "$root/README.md" || true)"
if [ -z "$cmd" ]; then
  echo "readme-main-job: README.md has no line starting with \`cargo run \`" >&2
  exit 1
fi
report="$(sed -nE 's/.*--html[ =]([^ ]+).*/\1/p' <<<"$cmd")"
if [ -z "$report" ]; then
  report="$(sed -nE 's/.*(-o|--output)[ =]([^ ]+).*/\2/p' <<<"$cmd")"
fi
if [ -z "$report" ]; then
  echo "readme-main-job: the README's main command writes no report file (--html or -o): $cmd" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/kalkan"
echo "readme-main-job: in a fresh clone: $cmd"
# The build folder is shared so that the clone does not compile everything again.
(cd "$work/kalkan" && CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}" bash -c "$cmd")
if [ ! -s "$work/kalkan/$report" ]; then
  echo "readme-main-job: $report was not written (or is empty)" >&2
  exit 1
fi
echo "readme-main-job: ok, $report has $(wc -c < "$work/kalkan/$report") bytes"
