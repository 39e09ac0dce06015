"""kalkan.dask on a LocalCluster of 1 and then 2 worker processes: the same generated
assessments (JSON Lines files the workers read), the same statistics, and the time each took.

Each worker process scores its partitions with the core's own threads (one per core), so on a
machine with few cores one worker already uses them all; more workers pay off when they run on
more machines. The cluster is started before the clock starts; the framework is shipped once
per worker; the statistics of both runs are checked to be identical.

    python bench/bench_dask.py [--count 200000] [--repeat 3] [--workers 1 2]

Needs the package with its ``dask`` extra installed (scripts/test.sh does it).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

import kalkan
import kalkan.dask as kd
from kalkan import synthetic


def write_files(count: int, folder: Path, parts: int = 8) -> list[str]:
    handles = [open(folder / f"part-{i}.jsonl", "w", encoding="utf-8") for i in range(parts)]
    try:
        for i, text in enumerate(synthetic.assessments(count, seed=1)):
            handles[i % parts].write(text + "\n")
    finally:
        for h in handles:
            h.close()
    return [h.name for h in handles]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    import dask.bag as db
    from distributed import Client, LocalCluster

    framework = kalkan.get_framework("kalkan-public-institution", "^1")
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        files = write_files(args.count, Path(tmp))
        size = sum(os.path.getsize(f) for f in files)
        print(f"generated {args.count} assessments ({size / 2**20:.0f} MiB in {len(files)} JSON Lines files) in {time.perf_counter() - start:.1f} s")
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
        results = {}
        for workers in args.workers:
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster):
                bag = db.read_text(files, blocksize=16 << 20)
                times = []
                for _ in range(args.repeat):
                    start = time.perf_counter()
                    stats = kd.statistics(bag, framework, by=["country"], k=5)
                    times.append(time.perf_counter() - start)
                results[workers] = stats
                best = min(times)
                print(
                    f"workers={workers}: best {best:.2f} s of {args.repeat} ({args.count / best:,.0f} assessments/s); "
                    f"runs {', '.join(f'{t:.2f}' for t in times)} s; {bag.npartitions} partitions; load {os.getloadavg()[0]:.2f}"
                )
        first = next(iter(results.values()))
        assert all(r == first for r in results.values()), "the statistics differ between worker counts"
        assert first["families"][0]["total"]["n"] == args.count
        print("statistics identical for every worker count")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
