"""Privacy from Python: a suppressed cohort's figures (and those of the cohort withheld with it,
and of the two together) appear nowhere in what ``kalkan.aggregate`` returns, nor in its
DataFrame (``kalkan.statistics_frame``) written as CSV or Parquet and read back; subtracting the
published cohorts from the total gives only the withheld cohorts together (at least k
subjects); and ``kalkan.anonymize`` leaves none of the removed fields."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import kalkan
from kalkan import synthetic

K = 5
FIGURES = ("min", "q1", "median", "q3", "max", "mean")


def _population() -> list[dict[str, Any]]:
    """300 generated assessments; the first three moved to QX, a cohort of 3 (below k)."""
    docs = [json.loads(t) for t in synthetic.assessments(300, seed=41)]
    for d in docs[:3]:
        d["subject"]["country"] = "QX"
    return docs


def _figures(docs: list[dict[str, Any]]) -> set[float]:
    """Every figure of every group and measure of ``docs``, nothing suppressed."""
    stats = kalkan.aggregate(docs, k=1)
    out: set[float] = set()
    for g in stats["families"][0]["total"]["groups"]:
        for m in ("index", "compliance"):
            if g[m]:
                out.update(g[m][f] for f in FIGURES)
    return out


def _numbers(value: Any, out: list[float]) -> list[float]:
    """Every figure (not counts) in the core's statistics."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k in FIGURES and isinstance(v, float):
                out.append(v)
            else:
                _numbers(v, out)
    elif isinstance(value, list):
        for v in value:
            _numbers(v, out)
    return out


def test_a_suppressed_cohort_appears_nowhere_and_cannot_be_recomputed(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    docs = _population()
    stats = kalkan.aggregate(docs, by=["country"], k=K)
    fam = stats["families"][0]
    suppressed = [c["key"][0] for c in fam["cohorts"] if c["suppressed"]]
    published = [c for c in fam["cohorts"] if not c["suppressed"]]
    # QX (3) is suppressed, with the smallest other cohort so that they hold at least k together.
    assert "QX" in suppressed and len(suppressed) == 2
    withheld = [d for d in docs if d["subject"].get("country") in suppressed]
    assert len(withheld) >= K
    for c in fam["cohorts"]:
        if c["suppressed"]:
            assert c["n"] is None and c["groups"] == []

    allowed = _figures(docs)
    for c in published:
        allowed |= _figures([d for d in docs if d["subject"].get("country") == c["key"][0]])
    secret: set[float] = set()
    for key in suppressed:
        secret |= _figures([d for d in docs if d["subject"].get("country") == key])
    secret |= _figures(withheld)
    secret -= allowed
    assert len(secret) > 40

    def leaked(what: str, values: list[float]) -> None:
        found = sorted(v for v in values if v in secret)
        assert not found, f"{what} shows figures of a suppressed cohort: {found[:5]}"

    leaked("the statistics", _numbers(stats, []))
    leaked("the JSON text", _numbers(json.loads(json.dumps(stats)), []))
    frame = kalkan.statistics_frame(stats)
    assert set(frame[frame["suppressed"]]["country"]) == set(suppressed)
    assert frame[frame["suppressed"]][list(FIGURES)].isna().all().all()
    leaked("the DataFrame", [v for f in FIGURES for v in frame[f].dropna().tolist()])
    csv = tmp_path / "stats.csv"
    frame.to_csv(csv, index=False)
    import pandas as pd

    back = pd.read_csv(csv)
    leaked("the CSV", [v for f in FIGURES for v in back[f].dropna().tolist()])
    parquet = tmp_path / "stats.parquet"
    pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), parquet)
    table = pq.read_table(parquet)
    leaked("the Parquet file", [v for f in FIGURES for v in table.column(f).to_pylist() if v is not None])

    # Subtraction: the total less the published cohorts is the withheld ones together, for
    # every group's measure too; never QX alone.
    rest = fam["total"]["n"] - sum(c["n"] for c in published)
    assert rest == len(withheld)
    for g, total in enumerate(fam["total"]["groups"]):
        for m in ("index", "compliance"):
            if total[m]:
                n_rest = total[m]["n"] - sum((c["groups"][g][m] or {}).get("n", 0) for c in published)
                assert n_rest == 0 or n_rest >= K, (g, m, n_rest)
    root = lambda c: c["groups"][0]["index"]  # noqa: E731
    recomputed = (root(fam["total"])["mean"] * root(fam["total"])["n"] - sum(root(c)["mean"] * root(c)["n"] for c in published)) / rest
    fw = kalkan.get_framework("kalkan-public-institution", "^1")
    mean = lambda ds: math.fsum(fw.score(d).root.index for d in ds) / len(ds)  # noqa: E731
    assert recomputed == pytest.approx(mean(withheld), abs=1e-9)
    assert abs(recomputed - mean([d for d in docs if d["subject"]["country"] == "QX"])) > 0.5

    # Placed among its peers, a member of QX is compared with everyone, not with its cohort.
    placed = kalkan.place(docs[0], docs, by=["country"], k=K)
    assert placed["peers"][1] == {"key": ["QX"], "suppressed": True, "n": None, "groups": [], "above": 0, "at": 0, "below": 0, "compared": 0}
    # The same holds when the statistics are collected in parts and merged.
    part = kalkan.Aggregator(["country"])
    assert part.add([json.dumps(d) for d in docs]) == []
    assert part.statistics(K) == stats


def test_anonymize_leaves_none_of_the_removed_fields() -> None:
    docs = _population()[:40]
    for i, d in enumerate(docs):
        # Before every generated completion date (2024 to 2026): a later start is refused
        # (`dates_out_of_order`); day 11 so that no coarsened date can equal it.
        d["started"] = "2023-11-11"
        for cid, r in list(d["responses"].items())[:3]:
            r.update(notes=f"minutes of meeting {i}", evidence=[f"scan-{i}-{cid}.pdf"], answered_at="2026-02-12")
    merged = kalkan.merge(
        [dict(docs[0], assessor={"name": "Aylin Demir", "email": "aylin@example.org"}), dict(docs[0], assessor={"name": "Bilal Haddad"})], rule="minimum"
    )
    docs.append(merged)
    fw = kalkan.get_framework("kalkan-public-institution", "^1")
    for i, d in enumerate(docs):
        for keep in (False, True):
            out = kalkan.anonymize(d, f"subject-{i:04d}", keep_country=keep, keep_sector=keep, dates="year" if keep else "month")
            text = json.dumps(out, ensure_ascii=False)
            secrets = [d["subject"]["name"], "minutes of meeting", "scan-", "answered_at", "assessor", '"merge"', "notes", "evidence", "Aylin", "Bilal", "aylin@"]
            secrets += [v for v in (d.get("started"), d.get("completed")) if v]
            for s in secrets:
                assert s not in text, f"{s!r} left in {text[:200]}"
            assert out["subject"]["name"] == f"subject-{i:04d}"
            assert ("country" in out["subject"]) == (keep and "country" in d["subject"])
            assert ("sector" in out["subject"]) == (keep and "sector" in d["subject"])
            if d.get("completed"):
                assert out["completed"] == d["completed"][:4] + ("-01-01" if keep else d["completed"][4:7] + "-01")
            # It scores exactly as before.
            assert fw.score(out).root.to_dict() == fw.score(d).root.to_dict()
