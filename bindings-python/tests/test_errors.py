"""Every exception class: when it is raised, what it carries, and how it behaves."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path
from typing import Any

import pytest

import kalkan

ALL_ERRORS = [
    kalkan.ParseError,
    kalkan.ValidationError,
    kalkan.ProfileError,
    kalkan.FrameworkNotFoundError,
    kalkan.FrameworkConflictError,
    kalkan.InternalError,
]


def test_hierarchy() -> None:
    assert issubclass(kalkan.KalkanError, Exception)
    for cls in ALL_ERRORS:
        assert issubclass(cls, kalkan.KalkanError)
    assert issubclass(kalkan.ParseError, ValueError)
    assert issubclass(kalkan.ValidationError, ValueError)
    assert issubclass(kalkan.ProfileError, ValueError)
    assert issubclass(kalkan.FrameworkNotFoundError, LookupError)
    assert not issubclass(kalkan.ValidationError, kalkan.ParseError)
    assert not issubclass(kalkan.InternalError, ValueError)


def test_parse_error_malformed_json_has_line_and_column() -> None:
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.load_framework('{\n  "id": "x",\n  oops\n}')
    e = info.value
    assert isinstance(e, ValueError)
    assert (e.kind, e.code, e.document) == ("parse", "malformed_json", "framework")
    [problem] = e.errors
    assert isinstance(problem, kalkan.Problem)
    assert (problem.path, problem.line, problem.column) == ("", 3, 3)
    assert e.to_dict() == {
        "kind": "parse",
        "document": "framework",
        "code": "malformed_json",
        "message": e.message,
        "problems": [problem.to_dict()],
    }
    assert problem.to_dict()["line"] == 3


def test_parse_error_wrong_shape_has_a_path(assessment_dict: dict[str, Any], framework_path: Path) -> None:
    assessment_dict["subject"]["nickname"] = "x"
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.score(assessment_dict, framework_path)
    e = info.value
    assert (e.code, e.document) == ("invalid_structure", "assessment")
    assert e.errors[0].path == "subject.nickname"
    assert "nickname" in e.errors[0].message
    assert e.errors[0].line is None  # a dict has no lines


def test_parse_error_for_non_json_python_values(assessment_dict: dict[str, Any], framework_path: Path) -> None:
    assessment_dict["responses"]["GOV-1"]["evidence"] = [object()]
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.score(assessment_dict, framework_path)
    assert info.value.errors[0].path == "responses.GOV-1.evidence[0]"
    assert "not a JSON value" in info.value.errors[0].message
    with pytest.raises(kalkan.ParseError, match="keys must be strings"):
        kalkan.load_framework({1: "x"})
    with pytest.raises(kalkan.ParseError, match="not UTF-8"):
        kalkan.load_framework(b"\xff\xfe{}")


def test_cyclic_and_deep_structures_are_refused_not_crashed() -> None:
    cyclic: dict[str, Any] = {}
    cyclic["self"] = cyclic
    with pytest.raises(kalkan.ParseError, match="nested more than"):
        kalkan.load_framework(cyclic)
    deep: Any = []
    for _ in range(10_000):
        deep = [deep]
    with pytest.raises(kalkan.ParseError):
        kalkan.load_framework({"id": deep})
    with pytest.raises(kalkan.ParseError):
        kalkan.load_framework("[" * 100_000 + "]" * 100_000)


def test_validation_error_lists_every_problem(framework_dict: dict[str, Any]) -> None:
    framework_dict["version"] = "one"
    framework_dict["groups"][0]["controls"][0]["scale"] = "missing"
    framework_dict["groups"][1]["weight"] = 0
    with pytest.raises(kalkan.ValidationError) as info:
        kalkan.load_framework(framework_dict)
    e = info.value
    assert isinstance(e, ValueError)
    assert (e.kind, e.document) == ("invalid", "framework")
    assert sorted((p.path, p.code) for p in e.errors) == [
        ("groups[0].controls[0].scale", "unknown_scale"),
        ("groups[1].weight", "invalid_weight"),
        ("version", "invalid_version"),
    ]
    assert e.code == e.errors[0].code
    text = str(e)
    for p in e.errors:
        assert str(p) in text
    assert all(p.line is None and p.column is None for p in e.errors)


def test_validation_error_for_an_invalid_assessment(framework_path: Path, assessment_dict: dict[str, Any]) -> None:
    assessment_dict["responses"]["GOV-1"]["option"] = "maybe"
    assessment_dict["subject"]["name"] = " "
    with pytest.raises(kalkan.ValidationError) as info:
        kalkan.score(assessment_dict, framework_path)
    e = info.value
    assert e.document == "assessment"
    assert {p.code for p in e.errors} == {"unknown_option", "missing_subject"}
    option = next(p for p in e.errors if p.code == "unknown_option")
    assert option.path == 'responses["GOV-1"].option'
    assert "fully-implemented" in option.message  # says what was expected


def test_profile_error(framework_path: Path, assessment_dict: dict[str, Any]) -> None:
    with pytest.raises(kalkan.ProfileError) as info:
        kalkan.score(assessment_dict, framework_path, profile="gold")
    e = info.value
    assert isinstance(e, ValueError)
    assert e.profile == "gold"
    assert (e.kind, e.code, e.document) == ("invalid", "unknown_profile", None)
    assert "gold" in str(e)
    del assessment_dict["profile"]
    with pytest.raises(kalkan.ProfileError) as none:
        kalkan.gaps(assessment_dict, framework_path)
    assert none.value.profile is None
    # A profile named inside the assessment is part of validating it.
    assessment_dict["profile"] = "gold"
    with pytest.raises(kalkan.ValidationError) as inside:
        kalkan.score(assessment_dict, framework_path)
    assert inside.value.errors[0].code == "unknown_profile"


def test_framework_not_found_error(assessment_dict: dict[str, Any]) -> None:
    # The example framework is not built in: scoring without a framework looks it up.
    with pytest.raises(kalkan.FrameworkNotFoundError) as info:
        kalkan.score(assessment_dict)
    e = info.value
    assert isinstance(e, LookupError)
    assert (e.kind, e.code) == ("not_found", "framework_not_found")
    assert (e.id, e.requirement, e.available) == ("example-agency-baseline", "^1.2", ())
    with pytest.raises(LookupError):
        kalkan.get_framework("no-such-framework")


def test_framework_conflict_error(framework_dict: dict[str, Any]) -> None:
    reg = kalkan.Registry(builtins=False)
    reg.add(framework_dict)
    changed = copy.deepcopy(framework_dict)
    changed["title"]["en"] = "Something else"
    with pytest.raises(kalkan.FrameworkConflictError) as info:
        reg.add(changed)
    e = info.value
    assert (e.kind, e.code) == ("conflict", "conflicting_framework")
    assert (e.id, e.version) == ("example-agency-baseline", "1.2.0")
    assert not isinstance(e, ValueError)


def test_internal_error_from_a_rust_panic() -> None:
    """A panic in the compiled module surfaces as kalkan.InternalError, never as pyo3's
    PanicException (a BaseException that `except Exception` would miss)."""
    with pytest.raises(kalkan.InternalError) as info:
        kalkan._kalkan._debug_panic("boom")
    e = info.value
    assert isinstance(e, Exception)
    assert "boom" in str(e) and "internal error" in str(e)
    assert (e.kind, e.code, e.errors) == ("internal", "internal", ())
    # Test-only: kept out of the compiled module's exports and the package's.
    assert "_debug_panic" not in kalkan._kalkan.__all__
    assert "_debug_panic" not in kalkan.__all__
    try:
        kalkan._kalkan._debug_panic("caught")
    except Exception as caught:  # noqa: BLE001 - the point: a plain `except Exception` catches it
        assert isinstance(caught, kalkan.KalkanError)


def test_errors_pickle_with_every_attribute(framework_dict: dict[str, Any]) -> None:
    framework_dict["version"] = "one"
    errors: list[kalkan.KalkanError] = []
    for action in (
        lambda: kalkan.load_framework(framework_dict),
        lambda: kalkan.get_framework("nope", "^1"),
        lambda: kalkan.load_framework("{"),
        lambda: kalkan._kalkan._debug_panic("x"),
    ):
        with pytest.raises(kalkan.KalkanError) as info:
            action()
        errors.append(info.value)
    errors[0].index = 3
    for e in errors:
        back = pickle.loads(pickle.dumps(e))
        assert type(back) is type(e)
        assert back.to_dict() == e.to_dict()
        assert back.details == e.details
        assert back.index == e.index
        assert str(back) == str(e)
    assert pickle.loads(pickle.dumps(errors[1])).available == ()  # type: ignore[attr-defined]


def test_batch_errors_carry_their_index(framework_path: Path, assessment_dict: dict[str, Any]) -> None:
    fw = kalkan.load_framework(framework_path)
    bad = copy.deepcopy(assessment_dict)
    bad["responses"]["GOV-1"]["option"] = "maybe"
    batch = [assessment_dict, assessment_dict, bad, "{", assessment_dict]
    with pytest.raises(kalkan.ValidationError) as info:
        fw.score_batch(batch)
    assert info.value.index == 2
    results = fw.score_batch(batch, errors="return")
    assert [type(r).__name__ for r in results] == ["Report", "Report", "ValidationError", "ParseError", "Report"]
    parse_error = results[3]
    assert isinstance(parse_error, kalkan.ParseError) and parse_error.index == 3
    with pytest.raises(ValueError, match="errors must be"):
        fw.score_batch(batch, errors="ignore")  # type: ignore[call-overload]


def test_kalkan_error_repr() -> None:
    e = kalkan.KalkanError("something broke", kind="invalid", code="empty_group")
    assert repr(e) == "KalkanError('something broke', code='empty_group')"
    assert str(e) == "something broke"
    assert e.to_dict() == {"kind": "invalid", "code": "empty_group", "message": "something broke", "problems": []}
