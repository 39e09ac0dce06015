"""Scores every assessment in a folder and prints a comparison table across subjects.

    python examples/compare.py FOLDER [--pattern '*.json'] [--framework FILE] [--profile ID]
                                      [--sort subject|level|index|compliance] [--pandas]

Each assessment is scored against the framework given with --framework, or else against the
built-in framework it names. Reports are grouped by framework; each table has one row per
subject with the overall level, index, compliance and completeness, then, when a target profile
applies (--profile, or the assessment's own), `Gaps`: how many controls the profile requires
that do not meet ("-" without a profile); then `level/index` for each top-level group. Files
that cannot be scored are listed with their error (exit status 1).

With --pandas, the tables are printed from a DataFrame (kalkan.to_dataframe) instead.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import kalkan


def _num(x: float | None) -> str:
    return "-" if x is None else f"{x:.1f}"


def _lvl(x: int | None) -> str:
    return "-" if x is None else str(x)


def _gaps(r: kalkan.Report) -> str:
    """How many controls the report's target profile requires that do not meet; "-" without one."""
    return "-" if r.gaps is None else str(len(r.gaps.controls))


def table(reports: Sequence[kalkan.Report]) -> str:
    """A plain-text table comparing reports of one framework."""
    groups = [g.id for g in reports[0].root.groups]
    with_gaps = any(r.gaps is not None for r in reports)
    header = ["Subject", "Level", "Index", "Compliance", "Complete", *(["Gaps"] if with_gaps else []), *groups]
    rows = []
    for r in reports:
        by_id = {g.id: g for g in r.root.groups}
        cells = [r.subject.name, _lvl(r.level), _num(r.index), _num(r.compliance), f"{100 * r.completeness:.0f}%"]
        if with_gaps:
            cells.append(_gaps(r))
        cells += [f"{_lvl(by_id[g].level)}/{_num(by_id[g].index)}" if g in by_id else "" for g in groups]
        rows.append(cells)
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows)]

    def line(cells: Sequence[str]) -> str:
        first = f"{cells[0]:<{widths[0]}}"
        rest = [f"{c:>{w}}" for c, w in zip(cells[1:], widths[1:])]
        return "  ".join([first, *rest]).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(header), rule, *(line(r) for r in rows)])


def pandas_table(reports: Sequence[kalkan.Report]):  # type: ignore[no-untyped-def]
    """The same comparison as a DataFrame: overall figures, then each top-level group's index."""
    df = kalkan.to_dataframe(reports)
    # One key per report (subjects may repeat, e.g. two assessments of one ministry).
    rows_per_report = len(df) // len(reports)
    df["report"] = [i for i in range(len(reports)) for _ in range(rows_per_report)]
    overall = df[df["depth"] == 0].set_index(["report", "subject"])[["level", "index", "compliance", "completeness"]]
    overall["completeness"] = 100 * overall["completeness"]
    if any(r.gaps is not None for r in reports):
        # Gap counts are per report, not per row: they come from the reports, in the same order.
        overall["gaps"] = [None if r.gaps is None else len(r.gaps.controls) for r in reports]
        overall["gaps"] = overall["gaps"].astype("Int64")
    groups = [g.id for g in reports[0].root.groups]
    top = df[df["depth"] == 1].pivot(index=["report", "subject"], columns="group", values="index")[groups]
    return overall.join(top).round(1).droplevel("report")


def _sort_key(order: str):  # type: ignore[no-untyped-def]
    if order == "subject":
        return lambda r: r.subject.name
    # Highest first; reports without a value last.
    return lambda r: (getattr(r, order) is None, -(getattr(r, order) or 0), r.subject.name)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Compare the scores of a folder of assessments.")
    ap.add_argument("folder", type=Path)
    ap.add_argument("--pattern", default="*.json", help="which files to read (default: *.json)")
    ap.add_argument("--framework", type=Path, help="a framework file (default: the built-in one each assessment names)")
    ap.add_argument("--profile", help="target profile for the Gaps column (default: each assessment's own)")
    ap.add_argument("--sort", choices=["subject", "level", "index", "compliance"], default="subject")
    ap.add_argument("--pandas", action="store_true", help="print the tables from a pandas DataFrame")
    args = ap.parse_args(argv)

    framework = kalkan.load_framework(args.framework) if args.framework else None
    files = sorted(args.folder.glob(args.pattern))
    if not files:
        print(f"no files match {args.pattern} in {args.folder}", file=sys.stderr)
        return 1

    by_framework: dict[tuple[str, str], list[kalkan.Report]] = {}
    failures: list[tuple[Path, kalkan.KalkanError]] = []
    for path in files:
        try:
            report = kalkan.score(path, framework, profile=args.profile)
        except kalkan.KalkanError as e:  # a file that cannot be read is one too (ReadError)
            failures.append((path, e))
            continue
        by_framework.setdefault((report.framework.id, report.framework.version), []).append(report)

    for (fid, version), reports in sorted(by_framework.items()):
        reports.sort(key=_sort_key(args.sort))
        print(f"{fid} {version}: {len(reports)} subject(s)\n")
        if args.pandas:
            print(pandas_table(reports).to_string())
        else:
            print(table(reports))
        print()

    for path, e in failures:
        first_line = str(e).splitlines()[0]
        print(f"{path.name}: {type(e).__name__}: {first_line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
