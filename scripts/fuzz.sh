#!/usr/bin/env bash
# Runs the fuzz targets (cargo fuzz, libFuzzer, nightly toolchain) for SECONDS each, seeded from
# the conformance cases, examples, reduced built-in frameworks, cut OSCAL and CISO Assistant
# libraries and exported workbooks (scripts/fuzz-seeds.py), each with its own -max_len, and prints
# executions, executions per second and coverage per target. A crash stops the script with a non-zero exit: the input is in fuzz/artifacts/<target>/;
# fix the bug, then copy the input into fuzz/regressions/<target>/ so the test suite replays it.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]     # default: 60 s, every target
#
# No sanitizer by default (KALKAN_FUZZ_SANITIZER=address to have AddressSanitizer): the core has
# no unsafe code, and ASan's bookkeeping of every allocation cost about half of each execution.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-60}"
sanitizer="${KALKAN_FUZZ_SANITIZER:-none}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(framework assessment scorer report mapping oscal ciso xlsx)

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install -q cargo-fuzz --locked
python3 scripts/fuzz-seeds.py fuzz/corpus >/dev/null

summary=()
for t in "${targets[@]}"; do
  log="fuzz/artifacts/$t.log"
  mkdir -p fuzz/artifacts
  echo "== fuzz $t for ${secs}s"
  max_len=$(python3 scripts/fuzz-seeds.py --max-len "$t")
  # The workbook reader (calamine 0.35, also 0.38) multiplies a cell reference's column letters
  # in a u32 unchecked: it wraps in the shipped (release) builds, and only sizes what calamine
  # reserves; the `xlsx` target is built as they are (`-O`: no overflow checks), where cargo
  # fuzz's default overflow checks made every such reference a crash
  # (fuzz/regressions/xlsx/). It comes last, so only it is built twice.
  build=()
  [ "$t" = xlsx ] && build=(-O)
  if ! cargo +nightly fuzz run "${build[@]}" --sanitizer "$sanitizer" --fuzz-dir fuzz "$t" "fuzz/corpus/$t" -- -max_total_time="$secs" -print_final_stats=1 -max_len="$max_len" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz: target $t crashed; the input is in fuzz/artifacts/$t/" >&2
    exit 1
  fi
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  corpus=$(ls "fuzz/corpus/$t" | wc -l)
  summary+=("$(printf '%-11s executions %10s  per second %6s  coverage (edges) %6s  features %6s  corpus %5s' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$corpus")")
done
echo "== fuzz summary (${secs}s per target, 0 crashes)"
printf '%s\n' "${summary[@]}"
