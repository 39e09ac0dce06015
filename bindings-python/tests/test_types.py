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
    kalkan.LevelView,
    kalkan.OptionView,
    kalkan.Problem,
    kalkan.ProfileView,
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
    # Against the compiled module's raw output (the core's serde form), not a Python round trip.
    raw_q = fw._compiled.questionnaire("fr")
    q = fw.questionnaire("fr")
    assert q.to_dict() == raw_q
    assert raw_q["levels"] and raw_q["profiles"] and isinstance(q.levels[0], kalkan.LevelView) and isinstance(q.profiles[0], kalkan.ProfileView)
    assert kalkan.Questionnaire._from_dict(q.to_dict()) == q
    raw_p = kalkan._kalkan.progress(assessment_path.read_bytes(), fw._compiled)
    p = fw.progress(assessment_path)
    assert p.to_dict() == raw_p
    assert kalkan.Progress._from_dict(p.to_dict()) == p
    raw_summaries = kalkan._kalkan.builtin_frameworks()
    summaries = kalkan.frameworks()
    assert [s.to_dict() for s in summaries] == raw_summaries
    for summary in summaries:
        assert kalkan.FrameworkSummary._from_dict(summary.to_dict()) == summary
        assert hash(summary) == hash(kalkan.FrameworkSummary._from_dict(summary.to_dict()))
    # Values are tuples (immutable, hashable).
    assert isinstance(report.root.groups, tuple)
    assert hash(report.root) == hash(kalkan.GroupScore._from_dict(d["root"]))


def test_optional_fields_left_out_like_the_core() -> None:
    assert kalkan.Subject("X").to_dict() == {"name": "X"}
    assert kalkan.Problem("a", "invalid_id", "bad").to_dict() == {"path": "a", "code": "invalid_id", "message": "bad"}
    assert str(kalkan.Problem("", "malformed_json", "eof", 3, 9)) == "(document): eof [malformed_json] at line 3, column 9"
    assert str(kalkan.Problem("a.b", "invalid_id", "bad")) == "a.b: bad [invalid_id]"
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


def test_problem_text_is_the_cores(framework_path: Path) -> None:
    """str(Problem) is the core's Display of the problem, as in the core's error messages."""
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.load_framework("{")
    (problem,) = info.value.errors
    assert problem.line == 1 and problem.column is not None
    assert str(problem) == f"(document): {problem.message} [malformed_json] at line 1, column {problem.column}"
    assert kalkan._kalkan.problem_text(problem.to_dict()) == str(problem)
    # A problem the core cannot read (a code it does not know) shows its repr.
    odd = kalkan.Problem("x", "no_such_code", "m")
    assert kalkan._kalkan.problem_text(odd.to_dict()) is None
    assert str(odd) == repr(odd)
