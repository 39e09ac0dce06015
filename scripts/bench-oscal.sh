#!/usr/bin/env bash
# OSCAL speed, measured side by side in one run (issue 11):
#  1. in process: Kalkan's import of the SP 800-53 rev5 catalog (median of RUNS) against
#     compliance-trestle's `Catalog.oscal_read` of the same file (median of RUNS);
#  2. whole process: `kalkan validate CATALOG` against `trestle validate -f CATALOG` (median of 5).
# Needs .venv with compliance-trestle (scripts/setup.sh installs it). The load average is
# printed, because on a shared machine the wall times depend on it.
#
#   bash scripts/bench-oscal.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
runs="${1:-20}"
catalog="$root/tests/fixtures/oscal/NIST_SP-800-53_rev5_catalog.json"
py="$root/.venv/bin/python"
target="${CARGO_TARGET_DIR:-$root/target}"
cargo build -q --release -p kalkan-cli
cargo build -q --release -p kalkan --example oscal_import_time
bin="$target/release/kalkan"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

k=$("$target/release/examples/oscal_import_time" "$catalog" "$runs")
t=$("$py" - "$catalog" "$runs" <<'PY'
import json, pathlib, statistics, sys, time
from trestle.oscal.catalog import Catalog
path, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
times = []
for _ in range(runs):
    start = time.perf_counter()
    Catalog.oscal_read(path)
    times.append((time.perf_counter() - start) * 1000)
print(json.dumps({"runs": runs, "median_ms": round(statistics.median(times), 2), "best_ms": round(min(times), 2)}))
PY
)
echo "in process, import of the catalog:"
echo "  kalkan  $k"
echo "  trestle $t"
"$py" -c "import json,sys; k=json.loads(sys.argv[1]); t=json.loads(sys.argv[2]); print(f'  ratio (trestle / kalkan): median {t[\"median_ms\"]/k[\"median_ms\"]:.1f}x, best {t[\"best_ms\"]/k[\"best_ms\"]:.1f}x')" "$k" "$t"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$root/.venv/bin/trestle" init >/dev/null 2>&1 && mkdir -p catalogs/sp && cp "$catalog" catalogs/sp/catalog.json)
median_of() { # command... : median wall time of 5 runs, in ms
  local times=()
  for _ in 1 2 3 4 5; do
    local s e
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "bench-oscal: failed: $*" >&2; exit 1; }
    e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}
kv=$(median_of "$bin" validate "$catalog")
tv=$(cd "$work" && median_of "$root/.venv/bin/trestle" validate -f catalogs/sp/catalog.json)
echo "whole process, validate the catalog (median of 5):"
echo "  kalkan validate      ${kv} ms"
echo "  trestle validate -f  ${tv} ms"
awk -v k="$kv" -v t="$tv" 'BEGIN { printf "  ratio (trestle / kalkan): %.1fx\n", t / k }'
