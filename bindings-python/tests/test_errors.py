"""Every exception class: when it is raised, what it carries, and how it behaves."""

from __future__ import annotations

import copy
import errno
import json
import pickle
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

import kalkan

ALL_ERRORS = [
    kalkan.ParseError,
    kalkan.ValidationError,
    kalkan.FrameworkNotFoundError,
    kalkan.FrameworkConflictError,
    kalkan.ProfileError,
    kalkan.ArgumentError,
    kalkan.ReadError,
    kalkan.InternalError,
]

ATTRIBUTES = ("kind", "code", "pointer", "message", "details", "document", "errors", "index")


def _schema_kinds() -> list[str]:
    schema = json.loads((REPO / "schemas" / "error.schema.json").read_text(encoding="utf-8"))
    return [variant["const"] for variant in schema["$defs"]["ErrorKind"]["oneOf"]]


def test_hierarchy() -> None:
    assert issubclass(kalkan.KalkanError, Exception)
    for cls in ALL_ERRORS:
        assert issubclass(cls, kalkan.KalkanError)
    for cls in (kalkan.ParseError, kalkan.ValidationError, kalkan.ProfileError, kalkan.ArgumentError):
        assert issubclass(cls, ValueError)
    assert issubclass(kalkan.FrameworkNotFoundError, LookupError)
    assert issubclass(kalkan.ReadError, OSError)
    assert not issubclass(kalkan.ValidationError, kalkan.ParseError)
    assert not issubclass(kalkan.InternalError, ValueError)
    assert not issubclass(kalkan.FrameworkConflictError, ValueError)


def test_every_kind_in_the_error_schema_has_its_own_class() -> None:
    """The kinds are read from the core's error schema: a kind the core adds fails here until it
    has a class (and not the base class)."""
    kinds = _schema_kinds()
    assert len(kinds) == 8, kinds
    for kind in kinds:
        cls = kalkan._errors._CLASSES.get(kind)
        assert cls is not None, f"no exception class for the core's kind `{kind}`"
        assert cls is not kalkan.KalkanError and issubclass(cls, kalkan.KalkanError)
        assert cls.KIND == kind
        data = {"kind": kind, "code": "internal", "pointer": "", "message": "m", "details": {}, "problems": []}
        made = kalkan._errors._from_core(data)
        assert type(made) is cls and made.kind == kind
    # One class per kind, and every class stands for a kind of the schema.
    assert sorted(c.KIND or "" for c in ALL_ERRORS) == sorted(kinds)
    assert len(set(kalkan._errors._CLASSES.values())) == len(kinds)


def test_a_kind_this_build_does_not_know_keeps_its_data_on_the_base_class() -> None:
    data = {"kind": "from_the_future", "code": "internal", "pointer": "/a", "message": "m", "details": {"x": 1}, "problems": []}
    e = kalkan._errors._from_core(data)
    assert type(e) is kalkan.KalkanError
    assert e.to_dict() == data


def test_error_data_with_a_field_this_build_does_not_know_is_an_internal_error() -> None:
    data = {"kind": "parse", "code": "malformed_json", "pointer": "", "message": "m", "details": {}, "problems": [], "hint": "x"}
    with pytest.raises(kalkan.InternalError) as info:
        kalkan._errors._from_core(data)
    assert "`hint`" in info.value.message and "generate_types.py" in info.value.message
    assert info.value.code == "internal" and info.value.reason is not None


def test_parse_error_malformed_json_has_line_and_column() -> None:
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.load_framework('{\n  "id": "x",\n  oops\n}')
    e = info.value
    assert isinstance(e, ValueError)
    assert (e.kind, e.code, e.document, e.pointer) == ("parse", "malformed_json", "framework", "")
    [problem] = e.errors
    assert isinstance(problem, kalkan.Problem)
    assert (problem.pointer, problem.line, problem.column) == ("", 3, 3)
    assert e.details == problem.details == {"line": 3, "column": 3, "reason": "key-not-string"}
    assert e.to_dict() == {
        "kind": "parse",
        "document": "framework",
        "code": "malformed_json",
        "pointer": "",
        "message": e.message,
        "details": {"line": 3, "column": 3, "reason": "key-not-string"},
        "problems": [problem.to_dict()],
    }
    assert problem.to_dict()["line"] == 3


def test_parse_error_wrong_shape_has_a_pointer(assessment_dict: dict[str, Any], framework_path: Path) -> None:
    assessment_dict["subject"]["nickname"] = "x"
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.score(assessment_dict, framework_path)
    e = info.value
    assert (e.code, e.document) == ("invalid_structure", "assessment")
    assert e.pointer == e.errors[0].pointer == "/subject/nickname"
    assert e.details["problem"] == "unknown_field"
    assert "nickname" in e.errors[0].message
    assert e.errors[0].line is None  # a dict has no lines


def test_parse_error_for_non_json_python_values(assessment_dict: dict[str, Any], framework_path: Path) -> None:
    assessment_dict["responses"]["GOV-1"]["evidence"] = [object()]
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.score(assessment_dict, framework_path)
    assert info.value.pointer == "/responses/GOV-1/evidence/0"
    assert info.value.details == {"problem": "not_json", "reason": "unsupported_type", "found": "object"}
    assert "cannot be written as JSON" in info.value.errors[0].message
    # Keys with `/` and `~` are escaped per RFC 6901.
    assessment_dict["responses"]["GOV-1"]["evidence"] = []
    assessment_dict["responses"]["a/b~c"] = {"option": object()}
    with pytest.raises(kalkan.ParseError) as escaped:
        kalkan.score(assessment_dict, framework_path)
    assert escaped.value.pointer == "/responses/a~1b~0c/option"
    with pytest.raises(kalkan.ParseError, match="keys must be texts") as keys:
        kalkan.load_framework({1: "x"})
    assert keys.value.details == {"problem": "not_json", "reason": "key_not_string", "found": "int"}
    # Bytes are decoded by the core: a UTF-16 byte-order mark names the encoding.
    with pytest.raises(kalkan.ParseError, match="utf-16le, not UTF-8") as utf16:
        kalkan.load_framework(b"\xff\xfe{}")
    assert (utf16.value.code, utf16.value.document) == ("invalid_encoding", "framework")
    assert utf16.value.details == {"encoding": "utf-16le"}
    with pytest.raises(kalkan.ParseError, match="not valid UTF-8") as utf8:
        kalkan.load_framework(b"{\xff}")
    assert utf8.value.details == {"encoding": "utf-8", "offset": 1}


def test_cyclic_and_deep_structures_are_refused_not_crashed() -> None:
    cyclic: dict[str, Any] = {}
    cyclic["self"] = cyclic
    with pytest.raises(kalkan.ParseError, match="nested more than 128 levels") as info:
        kalkan.load_framework(cyclic)
    assert info.value.details["reason"] == "too_deep"
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
    assert sorted((p.pointer, p.code) for p in e.errors) == [
        ("/groups/0/controls/0/scale", "unknown_scale"),
        ("/groups/1/weight", "invalid_weight"),
        ("/version", "invalid_version"),
    ]
    assert (e.code, e.pointer, e.details) == (e.errors[0].code, e.errors[0].pointer, e.errors[0].details)
    scale = next(p for p in e.errors if p.code == "unknown_scale")
    assert scale.details["scale"] == "missing" and scale.details["known"]
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
    assert option.pointer == "/responses/GOV-1/option"
    assert (option.details["control"], option.details["option"]) == ("GOV-1", "maybe")
    assert "fully-implemented" in option.details["known"]
    assert "fully-implemented" in option.message  # says what was expected


def test_profile_errors(framework_path: Path, assessment_dict: dict[str, Any]) -> None:
    with pytest.raises(kalkan.ProfileError) as info:
        kalkan.score(assessment_dict, framework_path, profile="gold")
    e = info.value
    assert isinstance(e, ValueError)
    assert (e.kind, e.code, e.document, e.pointer) == ("profile", "unknown_profile", None, "")
    assert (e.profile, e.known) == ("gold", ("essential", "standard"))
    assert e.details == {"profile": "gold", "known": ["essential", "standard"]}
    assert "gold" in str(e)
    del assessment_dict["profile"]
    with pytest.raises(kalkan.ProfileError) as none:
        kalkan.gaps(assessment_dict, framework_path)
    assert (none.value.kind, none.value.code) == ("profile", "no_profile")
    assert none.value.profile is None and none.value.known == ("essential", "standard")
    # A profile named inside the assessment is part of validating it.
    assessment_dict["profile"] = "gold"
    with pytest.raises(kalkan.ValidationError) as inside:
        kalkan.score(assessment_dict, framework_path)
    assert (inside.value.errors[0].code, inside.value.errors[0].pointer) == ("unknown_profile", "/profile")


def test_framework_not_found_error(assessment_dict: dict[str, Any]) -> None:
    # The example framework is not built in: scoring without a framework looks it up.
    with pytest.raises(kalkan.FrameworkNotFoundError) as info:
        kalkan.score(assessment_dict)
    e = info.value
    assert isinstance(e, LookupError)
    assert (e.kind, e.code) == ("not_found", "framework_not_found")
    assert (e.id, e.requirement, e.available) == ("example-agency-baseline", "^1.2", ())
    assert e.details == {"id": "example-agency-baseline", "requirement": "^1.2", "available": []}
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


def test_argument_error_for_a_bad_version_requirement(framework_dict: dict[str, Any]) -> None:
    for action in (lambda: kalkan.get_framework("nist-csf", "two"), lambda: kalkan.Registry().get("nist-csf", ">>1")):
        with pytest.raises(kalkan.ArgumentError) as info:
            action()
        e = info.value
        assert isinstance(e, ValueError)
        assert (e.kind, e.code, e.document) == ("argument", "invalid_version_requirement", None)
        assert e.requirement in ("two", ">>1") and e.reason
    # In an assessment, the same mistake is part of the document: a ValidationError.
    assessment = {"framework": {"id": framework_dict["id"], "version": "two"}, "subject": {"name": "X"}}
    with pytest.raises(kalkan.ValidationError) as in_document:
        kalkan.score(assessment, framework_dict)
    assert (in_document.value.code, in_document.value.pointer) == ("invalid_version_requirement", "/framework/version")


def test_read_error_for_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    missing = tmp_path / "missing.json"
    with pytest.raises(kalkan.ReadError) as info:
        kalkan.load_framework(missing)
    e = info.value
    assert isinstance(e, OSError) and isinstance(e, kalkan.KalkanError)
    assert (e.kind, e.code, e.document, e.pointer) == ("io", "unreadable", None, "")
    assert (e.path, e.reason) == (str(missing), "No such file or directory")
    assert e.details == {"path": str(missing), "reason": "No such file or directory"}
    assert e.message == f"cannot read `{missing}`: No such file or directory"  # the core's message
    assert (e.errno, e.filename) == (errno.ENOENT, str(missing))
    assert isinstance(e.__cause__, FileNotFoundError)
    # Every place that reads a path.
    with pytest.raises(kalkan.ReadError):
        kalkan.score(missing)
    with pytest.raises(kalkan.ReadError) as folder:
        kalkan.Report.from_json(tmp_path)
    assert folder.value.errno == errno.EISDIR
    with pytest.raises(kalkan.ReadError):
        kalkan.Registry().add(missing)


def test_internal_error_from_a_rust_panic() -> None:
    """A panic in the compiled module surfaces as kalkan.InternalError, never as pyo3's
    PanicException (a BaseException that `except Exception` would miss)."""
    with pytest.raises(kalkan.InternalError) as info:
        kalkan._kalkan._debug_panic("boom")
    e = info.value
    assert isinstance(e, Exception)
    assert "boom" in str(e) and "internal error" in str(e)
    assert (e.kind, e.code, e.pointer) == ("internal", "internal", "")
    assert e.reason == "panic: boom" and e.details == {"reason": "panic: boom"}
    assert [p.code for p in e.errors] == ["internal"]
    # Test-only: kept out of the compiled module's exports and the package's.
    assert "_debug_panic" not in kalkan._kalkan.__all__
    assert "_debug_panic" not in kalkan.__all__
    try:
        kalkan._kalkan._debug_panic("caught")
    except Exception as caught:  # noqa: BLE001 - the point: a plain `except Exception` catches it
        assert isinstance(caught, kalkan.KalkanError)


def _one_of_each(framework_dict: dict[str, Any], assessment_dict: dict[str, Any], tmp_path: Path) -> list[kalkan.KalkanError]:
    invalid = copy.deepcopy(framework_dict)
    invalid["version"] = "one"
    changed = copy.deepcopy(framework_dict)
    changed["title"]["en"] = "Other"
    reg = kalkan.Registry(builtins=False)
    reg.add(framework_dict)
    errors: list[kalkan.KalkanError] = []
    for action in (
        lambda: kalkan.load_framework("{"),
        lambda: kalkan.load_framework(invalid),
        lambda: kalkan.get_framework("nope", "^1"),
        lambda: reg.add(changed),
        lambda: kalkan.score(assessment_dict, framework_dict, profile="gold"),
        lambda: kalkan.get_framework("nist-csf", "two"),
        lambda: kalkan.load_framework(tmp_path / "missing.json"),
        lambda: kalkan._kalkan._debug_panic("x"),
    ):
        with pytest.raises(kalkan.KalkanError) as info:
            action()
        errors.append(info.value)
    return errors


def test_each_error_kind_carries_every_attribute(framework_dict: dict[str, Any], assessment_dict: dict[str, Any], tmp_path: Path) -> None:
    errors = _one_of_each(framework_dict, assessment_dict, tmp_path)
    assert [type(e) for e in errors] == ALL_ERRORS
    for e in errors:
        for name in ATTRIBUTES:
            assert hasattr(e, name), (type(e).__name__, name)
        d = e.to_dict()
        assert d == kalkan.ErrorData._from_dict(d).to_dict()
        assert (d["kind"], d["code"], d["pointer"], d["message"], d["details"]) == (e.kind, e.code, e.pointer, e.message, e.details)
        assert d.get("document") == e.document
        assert [kalkan.Problem._from_dict(p) for p in d["problems"]] == list(e.errors)
        assert e.errors, "every error has at least one problem"
        assert e.kind == type(e).KIND


def test_errors_pickle_with_every_attribute(framework_dict: dict[str, Any], assessment_dict: dict[str, Any], tmp_path: Path) -> None:
    errors = _one_of_each(framework_dict, assessment_dict, tmp_path)
    errors[1].index = 3
    for e in errors:
        back = pickle.loads(pickle.dumps(e))
        assert type(back) is type(e)
        assert back.to_dict() == e.to_dict()
        for name in ATTRIBUTES:
            assert getattr(back, name) == getattr(e, name), name
        assert str(back) == str(e)
        assert copy.copy(e).to_dict() == e.to_dict()
    assert pickle.loads(pickle.dumps(errors[1])).index == 3
    not_found = pickle.loads(pickle.dumps(errors[2]))
    assert isinstance(not_found, kalkan.FrameworkNotFoundError) and not_found.available == ()
    read = pickle.loads(pickle.dumps(errors[6]))
    assert isinstance(read, kalkan.ReadError) and (read.errno, read.filename) == (errno.ENOENT, str(tmp_path / "missing.json"))
    # A base-class error stays a base-class error.
    base = kalkan.KalkanError("m", kind="invalid", code="empty_group")
    assert type(pickle.loads(pickle.dumps(base))) is kalkan.KalkanError


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


def test_kalkan_error_built_by_hand() -> None:
    e = kalkan.KalkanError("something broke", kind="invalid", code="empty_group")
    assert repr(e) == "KalkanError('something broke', code='empty_group')"
    assert str(e) == "something broke"
    assert e.index is None
    assert e.to_dict() == {"kind": "invalid", "code": "empty_group", "pointer": "", "message": "something broke", "details": {}, "problems": []}
    problem = kalkan.Problem("/a", "invalid_id", "bad id", {"id": "A", "what": "group"})
    typed = kalkan.ValidationError("bad", code="invalid_id", pointer="/a", document="framework", errors=[problem, problem])
    assert (typed.kind, typed.document, typed.errors) == ("invalid", "framework", (problem, problem))
    assert str(typed) == f"bad\n  - {problem}\n  - {problem}"
