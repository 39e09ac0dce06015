"""The typed result objects: immutable, exact round trips to the core's serde form, readable reprs;
and the package ships its type information."""

from __future__ import annotations

import dataclasses
import typing
from importlib import resources
from pathlib import Path

import pytest

import kalkan

RESULT_TYPES = [
    kalkan.Assessor,
    kalkan.ControlGap,
    kalkan.ControlScore,
    kalkan.Counts,
    kalkan.FrameworkStamp,
    kalkan.FrameworkSummary,
    kalkan.Gaps,
    kalkan.GroupGap,
    kalkan.GroupRow,
    kalkan.GroupScore,
    kalkan.OptionView,
    kalkan.Problem,
    kalkan.Progress,
    kalkan.Question,
    kalkan.Questionnaire,
    kalkan.ReportWarning,
    kalkan.Section,
    kalkan.SectionProgress,
    kalkan.Subject,
    kalkan.Validation,
]


@pytest.mark.parametrize("cls", RESULT_TYPES, ids=lambda c: c.__name__)
def test_frozen_dataclasses(cls: type) -> None:
    assert dataclasses.is_dataclass(cls)
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    assert params.frozen


def test_round_trips_on_real_results(framework_path: Path, assessment_path: Path) -> None:
    fw = kalkan.load_framework(framework_path)
    report = fw.score(assessment_path)
    d = report.to_dict()
    assert kalkan.GroupScore._from_dict(d["root"]).to_dict() == d["root"]
    assert report.subject.to_dict() == d["subject"]
    assert report.assessor is not None and report.assessor.to_dict() == d["assessor"]
    assert report.gaps is not None and report.gaps.to_dict() == d["gaps"]
    q = fw.questionnaire("fr")
    assert kalkan.Questionnaire._from_dict(q.to_dict()) == q
    p = fw.progress(assessment_path)
    assert kalkan.Progress._from_dict(p.to_dict()) == p
    for summary in kalkan.frameworks():
        assert kalkan.FrameworkSummary._from_dict(summary.to_dict()) == summary
        assert hash(summary) == hash(kalkan.FrameworkSummary._from_dict(summary.to_dict()))
    # Values are tuples (immutable, hashable).
    assert isinstance(report.root.groups, tuple)
    assert hash(report.root) == hash(kalkan.GroupScore._from_dict(d["root"]))


def test_optional_fields_left_out_like_the_core() -> None:
    assert kalkan.Subject("X").to_dict() == {"name": "X"}
    assert kalkan.Problem("a", "invalid_id", "bad").to_dict() == {"path": "a", "code": "invalid_id", "message": "bad"}
    assert str(kalkan.Problem("", "malformed_json", "eof", 3, 9)) == "(document): eof [malformed_json] at line 3, column 9"
    leaf = kalkan.GroupScore("g", kalkan.Counts(1, 1, 1, 0, 1, 0), 1.0, 100.0, 100.0, None)
    assert "controls" not in leaf.to_dict() and "groups" not in leaf.to_dict()
    assert leaf.to_dict()["level"] is None  # kept: the core writes null


def test_type_aliases() -> None:
    assert set(typing.get_args(kalkan.Status)) == {
        typing.Literal["met"],
        typing.Literal["not_met"],
        typing.Literal["not_applicable"],
        typing.Literal["unanswered"],
    }
    assert len(typing.get_args(kalkan.Headline)) == 3
    assert bytes in typing.get_args(kalkan.Source)


def test_typing_files_ship_with_the_package() -> None:
    package = resources.files("kalkan")
    assert package.joinpath("py.typed").is_file()
    stub = package.joinpath("_kalkan.pyi")
    assert stub.is_file()
    assert "def score_batch" in stub.read_text(encoding="utf-8")
