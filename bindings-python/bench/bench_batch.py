"""Batch scoring from Python: the compiled core against a straightforward pure-Python
implementation of the same rules.

Both sides start from the same 10,000 assessments as JSON text (generated with a seeded RNG):
the core parses, validates and scores them in parallel with `Framework.score_batch`; the
pure-Python side parses each with `json.loads` and scores it with tests/reference_scoring.py.
The two results are checked against each other, then both timings and their ratio are printed
(the target is at least 20x).

    python bench/bench_batch.py [--count 10000] [--framework kalkan-public-institution] [--repeat 5]

Needs the package installed (scripts/test.sh, or `maturin develop --release`).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

import generators  # noqa: E402
import reference_scoring  # noqa: E402

import kalkan  # noqa: E402

EXAMPLE = HERE.parents[1] / "examples" / "agency-baseline.framework.json"
TARGET = 20.0


def load(framework_id: str) -> kalkan.Framework:
    try:
        return kalkan.get_framework(framework_id)
    except kalkan.FrameworkNotFoundError:
        print(f"built-in framework {framework_id!r} not found; using {EXAMPLE.name}")
        return kalkan.load_framework(EXAMPLE)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--framework", default="kalkan-public-institution")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--repeat", type=int, default=5, help="runs of the compiled batch; the best is kept")
    args = ap.parse_args()

    fw = load(args.framework)
    document = fw.to_dict()
    texts = generators.assessment_texts(document, args.count, args.seed)
    size = sum(len(t) for t in texts) / len(texts)
    print(f"framework  {fw.id} {fw.version}: {fw.control_count} controls")
    print(f"input      {args.count} assessments as JSON text, {size / 1024:.1f} KiB each on average")
    print(f"machine    {os.cpu_count()} CPU(s), Python {sys.version.split()[0]}, kalkan {kalkan.__version__}")

    busy = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    if busy > (os.cpu_count() or 1):
        print(f"note       load average {busy:.1f}: other work shares the CPUs, timings will be noisy")

    runs = []
    reports: list[kalkan.Report] = []
    for _ in range(max(1, args.repeat)):
        # Free the previous run's reports before timing, not inside the next run.
        del reports
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        reports = fw.score_batch(texts)
        runs.append((time.perf_counter() - start, time.process_time() - cpu))
    core, core_cpu = min(runs)

    start, cpu = time.perf_counter(), time.process_time()
    expected = [reference_scoring.score(document, json.loads(t)) for t in texts]
    python, python_cpu = time.perf_counter() - start, time.process_time() - cpu

    # Same answers, or the timings mean nothing.
    for i, (r, e) in enumerate(zip(reports, expected)):
        ref = e["root"]
        same_index = (r.index is None and ref["index"] is None) or (
            r.index is not None and ref["index"] is not None and math.isclose(r.index, ref["index"], abs_tol=1e-9)
        )
        if r.level != ref["level"] or not same_index:
            print(f"MISMATCH at assessment {i}: core level={r.level} index={r.index}, python {ref['level']} {ref['index']}")
            return 1

    ratio = python / core
    print(f"core       {core * 1000:9.1f} ms  ({core / args.count * 1e6:6.1f} us per assessment, best of {len(runs)}; CPU {core_cpu * 1000:.0f} ms)")
    print(f"python     {python * 1000:9.1f} ms  ({python / args.count * 1e6:6.1f} us per assessment; CPU {python_cpu * 1000:.0f} ms)")
    print(f"ratio      {ratio:9.1f}x  (target >= {TARGET:.0f}x: {'met' if ratio >= TARGET else 'NOT met'})")
    print(f"cpu ratio  {python_cpu / core_cpu:9.1f}x  (CPU time of all threads: the speed-up without the parallelism)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
