#!/usr/bin/env bash
# Throughput and peak memory of the streaming review commands on generated assessments of
# kalkan-public-institution (python -m kalkan.synthetic), for each size given (default: 100000
# and 1000000): `kalkan aggregate` from a JSON Lines file and from standard input, and
# `kalkan score` into Parquet and into CSV. Each run is measured by GNU time (wall time, CPU
# time, peak RSS), one at a time, under `nice`; the load average is printed with each figure,
# because on a shared machine the wall time depends on it (CPU time much less).
#
#   bash scripts/bench-review.sh                  # needs .venv with the kalkan wheel (setup.sh, then bindings-python/scripts/test.sh)
#   bash scripts/bench-review.sh 100000           # one size
#   KALKAN_BENCH_DIR=/big/disk bash scripts/bench-review.sh   # where the data goes (1M is about 4.5 GB)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="$root/.venv/bin/python"
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(100000 1000000); fi
work="$(mktemp -d "${KALKAN_BENCH_DIR:-${TMPDIR:-/tmp}}/kalkan-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cargo build -q --release -p kalkan-cli --manifest-path "$root/Cargo.toml"
bin="$root/target/release/kalkan"
echo "machine: $(nproc) cores; kalkan $("$bin" --version | awk '{print $2}')"

measure() { # label, command...
  local label="$1"; shift
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  nice /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" "$@" > /dev/null 2> "$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
  read -r wall user sys rss < "$work/time.txt"
  awk -v l="$label" -v n="$n" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v load="$load" 'BEGIN {
    printf "%-26s n=%-8d %7.2f s wall %9.0f/s  %7.2f s CPU  peak RSS %6.1f MiB  (load %s)\n", l, n, w, n / w, u + s, r / 1024, load }'
}

for n in "${sizes[@]}"; do
  nice "$py" -m kalkan.synthetic "$n" --seed 1 > "$work/a.jsonl"
  echo "generated $n assessments: $(du -h "$work/a.jsonl" | cut -f1)"
  measure "aggregate --by country" "$bin" aggregate "$work/a.jsonl" --by country --format json -o "$work/stats.json"
  measure "aggregate - (stdin)" sh -c "\"$bin\" aggregate - --by sector --format json < \"$work/a.jsonl\""
  measure "score --format parquet" "$bin" score "$work/a.jsonl" --format parquet -o "$work/rows.parquet"
  measure "score --format csv" "$bin" score "$work/a.jsonl" --format csv -o "$work/rows.csv"
  rm -f "$work/a.jsonl" "$work/rows.parquet" "$work/rows.csv"
done
