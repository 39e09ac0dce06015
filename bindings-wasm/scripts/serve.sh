#!/usr/bin/env bash
# Opens the questionnaire locally: builds the package when it is missing or older than its
# sources, then serves www/ on http://127.0.0.1:8080/ (PORT=... to change). Ctrl+C stops it.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
port="${PORT:-8080}"
wasm="$here/www/pkg/kalkan_wasm_bg.wasm"

# Everything the module is built from: this crate, the core (with its build script, which embeds
# the built-in frameworks), the checked-in schemas it embeds, and the locked dependencies.
sources=("$here/src" "$here/Cargo.toml" "$root/core/src" "$root/core/build.rs" "$root/core/Cargo.toml" "$root/schemas"
  "$root/frameworks" "$root/Cargo.toml" "$root/Cargo.lock")
if [ ! -f "$wasm" ] || [ -n "$(find "${sources[@]}" -newer "$wasm" -print -quit 2>/dev/null)" ]; then
  "$here/scripts/build.sh"
fi
echo "serve.sh: the questionnaire is at http://127.0.0.1:$port/ (Ctrl+C to stop)"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$here/www"
