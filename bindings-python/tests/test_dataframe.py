"""Reports as tidy pandas DataFrames, and a clear ImportError without pandas."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from generators import assessment_texts

import kalkan


@pytest.fixture(scope="module")
def reports() -> list[kalkan.Report]:
    fw = kalkan.get_framework("kalkan-public-institution")
    return fw.score_batch(assessment_texts(fw.to_dict(), 50, seed=3))


def test_one_report(framework_path: Path, assessment_path: Path) -> None:
    report = kalkan.score(assessment_path, framework_path)
    df = kalkan.to_dataframe(report)
    assert list(df.columns) == list(kalkan.ROW_COLUMNS)
    assert len(df) == len(report.rows())
    assert df.equals(report.to_dataframe())
    assert str(df["level"].dtype) == "Int64"
    assert str(df["target_level"].dtype) == "Int64"
    assert str(df["target_reached"].dtype) == "boolean"
    assert df["index"].dtype == "float64" and df["completeness"].dtype == "float64"
    assert all(str(df[c].dtype) == "string" for c in ("subject", "country", "group", "parent"))
    assert pd.isna(df["parent"].iloc[0])
    for (_, row), expected in zip(df.iterrows(), report.rows()):
        for name, value in expected.to_dict().items():
            cell = row[name]
            if value is None:
                assert pd.isna(cell), name
            else:
                assert cell == value, name
    root = df.iloc[0]
    assert (root["group"], root["depth"], root["level"]) == (report.framework.id, 0, report.level)


def test_many_reports_one_row_per_subject_and_group(reports: list[kalkan.Report]) -> None:
    df = kalkan.to_dataframe(reports)
    groups_per_report = len(reports[0].rows())
    assert len(df) == groups_per_report * len(reports)
    assert df.groupby("subject").size().eq(groups_per_report).all()
    assert df["subject"].nunique() == len(reports)
    roots = df[df["depth"] == 0].reset_index(drop=True)
    assert roots["index"].tolist() == pytest.approx([r.index for r in reports])
    assert roots["level"].tolist() == [r.level for r in reports]
    assert roots["completeness"].tolist() == [r.completeness for r in reports]
    # A generator works as well as a list.
    assert len(kalkan.to_dataframe(r for r in reports[:3])) == 3 * groups_per_report


def test_empty_and_wrong_inputs() -> None:
    empty = kalkan.to_dataframe([])
    assert list(empty.columns) == list(kalkan.ROW_COLUMNS) and len(empty) == 0
    with pytest.raises(TypeError, match="kalkan.Report"):
        kalkan.to_dataframe([{"not": "a report"}])  # type: ignore[list-item]


def test_without_pandas_a_clear_import_error(monkeypatch: pytest.MonkeyPatch, framework_path: Path, assessment_path: Path) -> None:
    report = kalkan.score(assessment_path, framework_path)
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install kalkan\[pandas\]"):
        kalkan.to_dataframe(report)
    with pytest.raises(ImportError, match=r"pip install kalkan\[pandas\]"):
        report.to_dataframe()


def test_package_imports_and_works_without_pandas(framework_path: Path, assessment_path: Path) -> None:
    """A fresh interpreter where pandas cannot be imported: everything but DataFrames works."""
    script = textwrap.dedent(
        f"""
        import sys, pathlib
        sys.modules["pandas"] = None
        import kalkan
        r = kalkan.score(pathlib.Path({str(assessment_path)!r}), pathlib.Path({str(framework_path)!r}))
        assert r.level == 1 and len(r.rows()) > 1
        try:
            kalkan.to_dataframe(r)
        except ImportError as e:
            print("ImportError:", e)
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "ImportError: pandas is needed for DataFrames; install it with `pip install kalkan[pandas]`" in out.stdout
