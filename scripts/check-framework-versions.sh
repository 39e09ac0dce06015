#!/usr/bin/env bash
# Runs `kalkan diff --check` for every built-in framework against the previous version of the
# same id kept in frameworks/ (consecutive versions, oldest first), so a change to frameworks/
# that is not bumped as frameworks/README.md requires (breaking: major, additive: minor,
# editorial: patch) cannot land. Exits 1 on the first pair that fails, after printing every pair.
#
#   bash scripts/check-framework-versions.sh          # builds the CLI if needed
#   KALKAN=target/release/kalkan bash scripts/check-framework-versions.sh
set -euo pipefail
cd "$(dirname "$0")/.."

kalkan="${KALKAN:-target/debug/kalkan}"
if [ -z "${KALKAN:-}" ]; then
  cargo build -q -p kalkan-cli
fi

# id version pairs from the file names (<id>-<version>.json), sorted by id then semantic version.
mapfile -t rows < <(
  for f in frameworks/*.json; do
    name="$(basename "$f" .json)"
    version="${name##*-}"
    id="${name%-*}"
    printf '%s %s\n' "$id" "$version"
  done | sort -k1,1 -k2,2V
)

checked=0
failed=0
prev_id=""
prev_version=""
for row in "${rows[@]}"; do
  id="${row% *}"
  version="${row#* }"
  if [ "$id" = "$prev_id" ]; then
    if out="$("$kalkan" diff "$id@=$prev_version" "$id@=$version" --check 2>&1)"; then
      echo "ok    $id $prev_version -> $version: $(sed -n 2p <<<"$out")"
    else
      echo "FAIL  $id $prev_version -> $version"
      sed 's/^/      /' <<<"$out"
      failed=$((failed + 1))
    fi
    checked=$((checked + 1))
  fi
  prev_id="$id"
  prev_version="$version"
done
echo "$checked passed, $failed failed" | sed "s/^$checked passed/$((checked - failed)) passed/"
[ "$failed" -eq 0 ]
