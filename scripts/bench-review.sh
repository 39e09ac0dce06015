#!/usr/bin/env bash
# Throughput and peak memory of `kalkan aggregate` and `kalkan score --format parquet` on
# generated assessments of kalkan-public-institution (python -m kalkan.synthetic), for each size
# given (default: 100000 1000000). Peak RSS comes from GNU time (`/usr/bin/time -v`).
#
#   bash scripts/bench-review.sh               # needs .venv with the kalkan wheel (setup.sh + the Python test script)
#   bash scripts/bench-review.sh 100000        # one size
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="$root/.venv/bin/python"
sizes=("${@:-100000 1000000}")
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build -q --release -p kalkan-cli --manifest-path "$root/Cargo.toml"
bin="$root/target/release/kalkan"
measure() { # label, command...
  local label="$1"; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -v "$@" 2> "$work/time.txt" > /dev/null || { cat "$work/time.txt" >&2; exit 1; }
  end=$(date +%s.%N)
  local rss; rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  awk -v l="$label" -v s="$start" -v e="$end" -v r="$rss" -v n="$n" 'BEGIN { t = e - s; printf "%-28s n=%-8d %7.2f s  %9.0f assessments/s  peak RSS %6.1f MiB\n", l, n, t, n / t, r / 1024 }'
}
for n in ${sizes[@]}; do
  "$py" -m kalkan.synthetic "$n" --seed 1 > "$work/a.jsonl"
  echo "generated $n assessments: $(du -h "$work/a.jsonl" | cut -f1)"
  measure "aggregate --by country" "$bin" aggregate "$work/a.jsonl" --by country --format json -o "$work/stats.json"
  measure "aggregate (stdin)" sh -c "\"$bin\" aggregate - --by sector --format json < \"$work/a.jsonl\""
  measure "score --format parquet" "$bin" score "$work/a.jsonl" --format parquet -o "$work/rows.parquet"
done
