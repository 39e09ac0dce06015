#!/usr/bin/env bash
# Checks that the generated result types are fresh, builds the `kalkan` wheel, checks what it
# ships, installs it into the repository's .venv (made by scripts/setup.sh) and runs the stub
# check, mypy and the pytest suite.
#
#   bash bindings-python/scripts/test.sh            # from the repository root or anywhere
#   KALKAN_PIP_INSTALL_CHECK=1 bash bindings-python/scripts/test.sh
#       also runs a real `pip install ./bindings-python` into a throwaway venv (fetches maturin
#       from PyPI for the isolated build, so it needs the registry).
#
# Exits non-zero on any failure; pytest's summary line is the last thing printed.
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
repo="$(cd "$here/.." && pwd)"
venv="$repo/.venv"
py="$venv/bin/python"
if [ ! -x "$py" ]; then
  echo "test.sh: $venv is missing; run scripts/setup.sh first" >&2
  exit 2
fi
export PATH="$venv/bin:$PATH"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

step() { printf '\n== %s\n' "$*"; }

step "generated types (python/kalkan/_types.py) match the core's schemas"
"$py" "$here/scripts/generate_types.py" --check

step "rustfmt and clippy (kalkan-python)"
(cd "$repo" && cargo fmt -p kalkan-python --check && PYO3_PYTHON="$py" cargo clippy -q -p kalkan-python --all-targets -- -D warnings && echo "ok")

step "maturin build --release (abi3 wheel)"
(cd "$here" && maturin build --release --quiet --interpreter "$py" --out "$work/wheels")
wheel="$(ls "$work"/wheels/kalkan-*.whl)"
echo "built $(basename "$wheel")"

step "wheel contents"
"$py" - "$wheel" <<'PY'
import sys, zipfile
wheel = sys.argv[1]
names = set(zipfile.ZipFile(wheel).namelist())
need = ["kalkan/__init__.py", "kalkan/_api.py", "kalkan/_review.py", "kalkan/dask.py", "kalkan/_dask_plugin.py", "kalkan/synthetic.py", "kalkan/py.typed", "kalkan/_kalkan.pyi", "kalkan/_types.py", "kalkan/_data.py", "kalkan/_mixins.py", "kalkan/_errors.py", "kalkan/_frames.py", "kalkan/_l10n.py", "kalkan/_versions.py", "kalkan/_limits.py", "kalkan/_interchange.py"]
missing = [n for n in need if n not in names]
ext = [n for n in names if n.startswith("kalkan/_kalkan.") and n.endswith((".so", ".pyd"))]
assert not missing, f"missing from the wheel: {missing}"
assert ext == ["kalkan/_kalkan.abi3.so"] or ext == ["kalkan/_kalkan.pyd"], f"extension module: {ext}"
assert "-cp310-abi3-" in wheel, f"not an abi3 wheel for Python 3.10+: {wheel}"
print("ok:", ", ".join(sorted(need + ext)))
PY

step "install the wheel into $venv"
"$py" -m pip install -q --disable-pip-version-check --no-deps --force-reinstall "$wheel"
# Run from an empty directory so that `kalkan` is the installed package, not the source tree.
(cd "$work" && "$py" -c 'import kalkan, sys; print("kalkan", kalkan.__version__, "from", kalkan.__file__)')

step "stubtest (stubs against the compiled module)"
(cd "$work" && "$py" -m mypy.stubtest kalkan)

step "mypy --strict (the installed package)"
(cd "$work" && "$py" -m mypy --strict --no-error-summary -p kalkan && echo "ok")

if [ "${KALKAN_PIP_INSTALL_CHECK:-0}" = "1" ]; then
  step "pip install ./bindings-python into a throwaway venv"
  python3 -m venv "$work/fresh"
  (cd "$repo" && "$work/fresh/bin/python" -m pip install -q --disable-pip-version-check ./bindings-python)
  (cd "$work" && "$work/fresh/bin/python" -c 'import kalkan; print("fresh venv:", kalkan.__version__, [f.id for f in kalkan.frameworks()])')
fi

step "pytest"
cd "$here"
exec "$py" -m pytest tests -q -p no:cacheprovider
