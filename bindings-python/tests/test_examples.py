"""The example (examples/compare.py) and the benchmark script run and print what they promise.
The benchmark's timings are not checked here: it is a script, not a timed test."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import HERE
from generators import random_assessment

import kalkan

ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "examples"))

import compare  # noqa: E402

SUBJECTS = ["Ministry of Finance", "وزارة الصحة", "Port Authority"]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    fw = kalkan.get_framework("kalkan-public-institution").to_dict()
    rng = random.Random(4)
    for i, name in enumerate(SUBJECTS):
        a = random_assessment(fw, rng, number=i)
        a["subject"]["name"] = name
        (tmp_path / f"{i}.json").write_text(json.dumps(a, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def test_compare_prints_one_row_per_subject(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert compare.main([str(folder), "--sort", "index"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == f"kalkan-public-institution {kalkan.get_framework('kalkan-public-institution').version}: 3 subject(s)"
    assert lines[2].split()[:5] == ["Subject", "Level", "Index", "Compliance", "Complete"]
    body = lines[4:7]
    assert sorted(line.split("  ")[0].strip() for line in body) == sorted(SUBJECTS)
    reports = [kalkan.score(p) for p in sorted(folder.glob("*.json"))]
    indexes = sorted((r.index for r in reports if r.index is not None), reverse=True)
    assert [f"{x:.1f}" for x in indexes] == [_index_cell(line) for line in body]


def _index_cell(line: str) -> str:
    # Columns after the subject: Level, Index, ...; subjects may contain spaces.
    return line[line.index("  ") :].split()[1]


def test_compare_gaps_column_counts_gap_controls(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = kalkan.get_framework("kalkan-public-institution").profiles[0]
    assert compare.main([str(folder), "--profile", profile, "--sort", "subject"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = lines[2].split()
    assert header[:6] == ["Subject", "Level", "Index", "Compliance", "Complete", "Gaps"]
    reports = sorted((kalkan.score(p, profile=profile) for p in sorted(folder.glob("*.json"))), key=lambda r: r.subject.name)
    expected = [str(len(r.gaps.controls)) for r in reports if r.gaps is not None]
    assert len(expected) == len(SUBJECTS)
    # Columns after the subject (which may hold spaces): Level, Index, Compliance, Complete, Gaps.
    assert [line[line.index("  ") :].split()[4] for line in lines[4:7]] == expected
    # Without any profile there is no Gaps column.
    for path in folder.glob("*.json"):
        doc = json.loads(path.read_text(encoding="utf-8"))
        doc.pop("profile", None)
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert compare.main([str(folder)]) == 0
    assert "Gaps" not in capsys.readouterr().out.splitlines()[2].split()
    assert compare.main([str(folder), "--profile", profile, "--pandas"]) == 0
    assert "gaps" in capsys.readouterr().out


def test_compare_reports_bad_files_and_fails(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "broken.json").write_text("{ nope", encoding="utf-8")
    (folder / "folder.json").mkdir()  # matches the pattern, cannot be read
    assert compare.main([str(folder)]) == 1
    captured = capsys.readouterr()
    assert "3 subject(s)" in captured.out
    assert "broken.json: ParseError:" in captured.err
    assert "folder.json: ReadError: cannot read" in captured.err


def test_compare_with_pandas(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert compare.main([str(folder), "--pandas"]) == 0
    out = capsys.readouterr().out
    for name in SUBJECTS:
        assert name in out
    assert "completeness" in out and "GOV" in out


def test_benchmark_script_runs() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_batch.py"), "--count", "300", "--repeat", "1"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "300 assessments as JSON text" in out
    for label in ("core", "python", "ratio"):
        assert any(line.startswith(label) for line in out.splitlines()), out
