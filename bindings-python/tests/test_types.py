"""The typed result objects: generated from the core's JSON Schemas (and not stale), immutable,
strict, and exact round trips to the core's serde form; and the package ships its type
information."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import shutil
import sys
import typing
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from conftest import CONFORMANCE, EXAMPLES, HERE, REPO

import kalkan
from kalkan._data import Data

SCRIPT = HERE.parent / "scripts" / "generate_types.py"
SOURCE = HERE.parent / "python" / "kalkan" / "_types.py"

RESULT_TYPES = sorted(
    (obj for obj in vars(kalkan._types).values() if isinstance(obj, type) and issubclass(obj, Data) and obj.__module__ == "kalkan._types"),
    key=lambda c: c.__name__,
)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate_types", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["generate_types"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _load_generated(text: str, folder: Path, name: str) -> ModuleType:
    """Generated code as a module of the installed package (it imports ``._data``, ``._mixins``)."""
    path = folder / f"{name}.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"kalkan.{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# --- generated, and not stale -----------------------------------------------------------------


def test_the_generated_types_are_not_stale() -> None:
    """`_types.py` is what the generator makes from the repository's schemas: edit the core,
    re-run `python bindings-python/scripts/generate_types.py`, commit."""
    expected = _generator().generate(REPO / "schemas")
    assert SOURCE.read_text(encoding="utf-8") == expected, "stale: run python bindings-python/scripts/generate_types.py"
    # The installed package ships the same file.
    assert resources.files("kalkan").joinpath("_types.py").read_text(encoding="utf-8") == expected
    assert _generator().main(["--check"]) == 0


def test_check_mode_reports_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "_types.py"
    stale.write_text(SOURCE.read_text(encoding="utf-8").replace("The group's id", "The group id"), encoding="utf-8")
    assert _generator().main(["--check", "--out", str(stale)]) == 1
    assert _generator().main(["--out", str(stale)]) == 0
    assert _generator().main(["--check", "--out", str(stale)]) == 0


def test_every_type_of_the_result_schemas_is_generated() -> None:
    names = set()
    for stem in ("validation", "error", "report", "framework-summary", "questionnaire", "progress", "row"):
        schema = json.loads((REPO / "schemas" / f"{stem}.schema.json").read_text(encoding="utf-8"))
        names |= {name for name, d in schema.get("$defs", {}).items() if "properties" in d}
        names.add(schema["title"])
    names.discard("Report")  # kalkan.Report is the hand-written wrapper of the compiled report
    names = {"ReportWarning" if n == "Warning" else n for n in names}
    assert {c.__name__ for c in RESULT_TYPES} == names
    for cls in RESULT_TYPES:
        assert getattr(kalkan, cls.__name__) is cls, f"kalkan.{cls.__name__} is not exported"


def test_a_field_added_in_the_core_reaches_python_by_regenerating(tmp_path: Path) -> None:
    """A new field in a core type needs no hand edit: regenerate, and it is typed, read, written
    and documented. Until then, the current types refuse it rather than drop it."""
    schemas = tmp_path / "schemas"
    shutil.copytree(REPO / "schemas", schemas)
    report = json.loads((schemas / "report.schema.json").read_text(encoding="utf-8"))
    group = report["$defs"]["GroupScore"]
    group["properties"]["trend"] = {"description": "Change since the last assessment.", "type": ["number", "null"]}
    group["properties"]["notes"] = {"description": "Remarks.", "type": "array", "items": {"type": "string"}}
    group["required"] += ["notes"]
    (schemas / "report.schema.json").write_text(json.dumps(report), encoding="utf-8")
    row = json.loads((schemas / "row.schema.json").read_text(encoding="utf-8"))
    row["properties"]["region"] = {"description": "The subject's region.", "type": "string"}
    row["required"].append("region")
    (schemas / "row.schema.json").write_text(json.dumps(row), encoding="utf-8")

    text = _generator().generate(schemas)
    assert '    trend: float | None = dataclasses.field(default=None, kw_only=True)\n    """Change since the last assessment."""' in text
    module = _load_generated(text, tmp_path, "_types_extended")
    GroupScore = module.GroupScore
    fields = {f.name: f for f in dataclasses.fields(GroupScore)}
    assert fields["trend"].type == "float | None" and fields["notes"].type == "tuple[str, ...]"
    raw = {"id": "g", "counts": kalkan.Counts(1, 1, 1, 0, 1, 0).to_dict(), "completeness": 1.0, "compliance": 100.0, "index": 100.0, "level": None, "notes": ["n"]}
    g = GroupScore._from_dict(raw)
    assert (g.notes, g.trend) == (("n",), None)
    assert g.to_dict() == raw  # `trend` (optional, None) is left out, `notes` (required) kept
    assert GroupScore._from_dict(raw | {"trend": 1.5}).to_dict() == raw | {"trend": 1.5}
    assert "GroupScore g" in repr(g)  # the mixin still applies
    region = next(f for f in module.GroupRow._fields if f.name == "region")
    assert (region.required, region.json_type, region.nullable) == (True, "string", False)

    # The types as built refuse what they do not know, instead of dropping it.
    with pytest.raises(kalkan.InternalError, match="unexpected field.*`trend`"):
        kalkan.GroupScore._from_dict(raw | {"trend": 1.5})


def test_the_generator_refuses_what_it_cannot_represent(tmp_path: Path) -> None:
    gen = _generator()
    schemas = tmp_path / "schemas"

    def with_change(stem: str, change: typing.Callable[[dict[str, Any]], None]) -> str:
        shutil.rmtree(schemas, ignore_errors=True)
        shutil.copytree(REPO / "schemas", schemas)
        path = schemas / f"{stem}.schema.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        change(schema)
        path.write_text(json.dumps(schema), encoding="utf-8")
        with pytest.raises(gen.SchemaError) as info:
            gen.generate(schemas)
        return str(info.value)

    def nested_arrays(s: dict[str, Any]) -> None:
        s["properties"]["cells"] = {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}

    def optional_bool(s: dict[str, Any]) -> None:
        s["properties"]["flag"] = {"type": "boolean"}

    def differs(s: dict[str, Any]) -> None:
        s["$defs"]["Problem"]["description"] = "changed"

    assert "arrays of arrays" in with_change("row", nested_arrays)
    assert "GroupRow.flag" in with_change("row", optional_bool)
    assert "`Problem` differs" in with_change("error", differs)


# --- dataclasses ------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", RESULT_TYPES, ids=lambda c: c.__name__)
def test_frozen_dataclasses(cls: type) -> None:
    assert dataclasses.is_dataclass(cls)
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    assert params.frozen
    # Docstrings come from the schema descriptions.
    assert cls.__doc__ and not cls.__doc__.startswith(cls.__name__ + "(")


def test_behaviour_from_the_mixins_survives_the_dataclass() -> None:
    leaf = kalkan.GroupScore("g", kalkan.Counts(1, 1, 1, 0, 1, 0), 1.0, 100.0, 100.0, None)
    root = kalkan.GroupScore("r", kalkan.Counts(1, 1, 1, 0, 1, 0), 1.0, 100.0, 100.0, None, groups=(leaf,))
    assert [g.id for g in root.walk()] == ["r", "g"] and root.find("g") is leaf and root.find("x") is None
    assert repr(leaf) == "<GroupScore g level=None index=100.0 compliance=100.0 completeness=1.00 controls=1>"
    a = kalkan.FrameworkSummary("f", "1.0.0", {"en": "F"}, "sha256:x", "level", "level", 1, 1, 1, (), True)
    b = dataclasses.replace(a, title={"en": "Other"})
    assert hash(a) == hash(b) == hash(("f", "1.0.0", "sha256:x")) and a != b
    p = kalkan.Problem("/a", "invalid_id", "bad", {"id": "A"})
    assert hash(p) == hash(kalkan.Problem("/a", "invalid_id", "bad", {"id": "B"}))  # details are a dict: not hashed
    assert p != kalkan.Problem("/a", "invalid_id", "bad", {"id": "B"})
    assert repr(kalkan.Validation(False, (p,), ())) == "<Validation valid=False errors=1 warnings=0>"


def test_from_dict_is_strict() -> None:
    good = {"pointer": "/a", "code": "invalid_id", "message": "bad", "details": {}}
    assert kalkan.Problem._from_dict(good).to_dict() == good
    with pytest.raises(kalkan.InternalError, match="unexpected field.*`path`"):
        kalkan.Problem._from_dict(good | {"path": "a"})
    with pytest.raises(kalkan.InternalError, match="missing field.*`details`"):
        kalkan.Problem._from_dict({k: v for k, v in good.items() if k != "details"})
    with pytest.raises(kalkan.InternalError, match="expected an object"):
        kalkan.Validation._from_dict({"valid": True, "errors": ["x"], "warnings": []})


def test_optional_fields_left_out_like_the_core() -> None:
    assert kalkan.Subject("X").to_dict() == {"name": "X"}
    assert kalkan.Subject("X", country="TR").to_dict() == {"name": "X", "country": "TR"}
    assert kalkan.Problem("/a", "invalid_id", "bad", {}).to_dict() == {"pointer": "/a", "code": "invalid_id", "message": "bad", "details": {}}
    assert str(kalkan.Problem("", "malformed_json", "eof", {}, line=3, column=9)) == "(document): eof [malformed_json] at line 3, column 9"
    assert str(kalkan.Problem("/a/b", "invalid_id", "bad", {})) == "/a/b: bad [invalid_id]"
    leaf = kalkan.GroupScore("g", kalkan.Counts(1, 1, 1, 0, 1, 0), 1.0, 100.0, 100.0, None)
    assert "controls" not in leaf.to_dict() and "groups" not in leaf.to_dict()
    assert leaf.to_dict()["level"] is None  # kept: the core writes null


# --- exact against the core's own output, for every type ---------------------------------------


def _raw_results() -> Iterator[tuple[type[Data], Any]]:
    """Results as the compiled module hands them over (the core's serde form), of every type."""
    for path in sorted(CONFORMANCE.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        expected = case["expected"]
        if "error" in expected:
            yield kalkan.ErrorData, expected["error"]
        elif case["operation"] == "score":
            report = expected["ok"]
            yield kalkan.GroupScore, report["root"]
            yield kalkan.Subject, report["subject"]
            yield kalkan.FrameworkStamp, report["framework"]
            for w in report["warnings"]:
                yield kalkan.ReportWarning, w
            if "assessor" in report:
                yield kalkan.Assessor, report["assessor"]
            if "gaps" in report:
                yield kalkan.Gaps, report["gaps"]
            for row in kalkan.Report.from_dict(report)._data.rows():
                yield kalkan.GroupRow, row
        elif case["operation"] == "gaps":
            yield kalkan.Gaps, expected["ok"]
        elif case["operation"].startswith("validate"):
            yield kalkan.Validation, expected["ok"]
    example = kalkan.load_framework(EXAMPLES / "agency-baseline.framework.json")
    bare = example.to_dict()  # without the optional descriptions
    for item in [bare, *bare["levels"], *bare["profiles"]]:
        item.pop("description", None)
    frameworks = [example, kalkan.load_framework(bare)] + [kalkan.get_framework(s.id, "=" + s.version) for s in kalkan.frameworks()]
    for fw in frameworks:
        for lang in ("en", "ar"):
            yield kalkan.Questionnaire, fw._compiled.questionnaire(lang)
        every = {q.id: {"option": q.options[0].id} for q in fw.questionnaire().questions()}
        for responses in ({}, every):
            assessment = json.dumps({"framework": {"id": fw.id, "version": "=" + fw.version}, "subject": {"name": "S"}, "assessor": {"name": "A"}, "responses": responses})
            yield kalkan.Progress, kalkan._kalkan.progress(assessment, fw._compiled)
            report = kalkan._kalkan.score(assessment, fw._compiled)
            yield kalkan.Assessor, report.to_dict()["assessor"]
            for row in report.rows():
                yield kalkan.GroupRow, row
    for summary in kalkan._kalkan.builtin_frameworks():
        yield kalkan.FrameworkSummary, summary
    yield kalkan.Problem, kalkan.validate_framework("{").errors[0].to_dict()


def _observe(cls: type[Data], raw: dict[str, Any], seen: dict[tuple[str, str], set[str]]) -> None:
    """Records, for every field of every nested object, whether it came absent, null, empty or set."""
    for f in cls._fields:
        key = (cls.__name__, f.name)
        state = seen.setdefault(key, set())
        if f.name not in raw:
            state.add("absent")
            continue
        value = raw[f.name]
        state.add("null" if value is None else "empty" if value == [] else "set")
        if f.cls is not None and value is not None:
            for item in value if f.array else [value]:
                _observe(f.cls, item, seen)


def test_every_type_is_exactly_the_cores_output() -> None:
    """Each type read from the core's output and written back gives that output exactly; and
    the data covers every type and both sides of every skip rule: each field the generator says
    the core leaves out when None or empty was seen left out, and each nullable field it says
    the core always writes was seen written as null."""
    seen: dict[tuple[str, str], set[str]] = {}
    for cls, raw in _raw_results():
        assert cls._from_dict(raw).to_dict() == raw, cls.__name__
        _observe(cls, raw, seen)
    assert {name for name, _ in seen} == {c.__name__ for c in RESULT_TYPES}
    unproven = []
    for cls in RESULT_TYPES:
        for f in cls._fields:
            states = seen[(cls.__name__, f.name)]
            if f.required:
                assert "absent" not in states, f"{cls.__name__}.{f.name} is required but the core left it out"
                if f.nullable and "null" not in states:
                    unproven.append(f"{cls.__name__}.{f.name} (never null)")
            else:
                assert "null" not in states, f"{cls.__name__}.{f.name}: the core wrote null, the types would leave it out"
                if "absent" not in states:
                    unproven.append(f"{cls.__name__}.{f.name} (never left out)")
    assert not unproven, f"no sample shows these skip rules: {unproven}"


def test_round_trips_on_real_results(framework_path: Path, assessment_path: Path) -> None:
    fw = kalkan.load_framework(framework_path)
    report = fw.score(assessment_path)
    d = report.to_dict()
    assert kalkan.GroupScore._from_dict(d["root"]).to_dict() == d["root"]
    assert report.subject.to_dict() == d["subject"]
    assert report.assessor is not None and report.assessor.to_dict() == d["assessor"]
    assert report.gaps is not None and report.gaps.to_dict() == d["gaps"]
    q = fw.questionnaire("fr")
    assert q.to_dict() == fw._compiled.questionnaire("fr")
    assert isinstance(q.levels[0], kalkan.LevelView) and isinstance(q.profiles[0], kalkan.ProfileView)
    assert kalkan.Questionnaire._from_dict(q.to_dict()) == q
    summaries = kalkan.frameworks()
    for summary in summaries:
        assert kalkan.FrameworkSummary._from_dict(summary.to_dict()) == summary
        assert hash(summary) == hash(kalkan.FrameworkSummary._from_dict(summary.to_dict()))
    # Values are tuples (immutable, hashable).
    assert isinstance(report.root.groups, tuple)
    assert hash(report.root) == hash(kalkan.GroupScore._from_dict(d["root"]))


# --- aliases ----------------------------------------------------------------------------------


def _schema_values(stem: str, name: str) -> set[str]:
    schema = json.loads((REPO / "schemas" / f"{stem}.schema.json").read_text(encoding="utf-8"))
    return {v["const"] for v in schema["$defs"][name]["oneOf"]}


def _literals(alias: Any) -> set[str]:
    return {typing.get_args(arg)[0] for arg in typing.get_args(alias)}


def test_type_aliases_are_the_schemas_enumerations() -> None:
    assert set(typing.get_args(kalkan.Status)) == {
        typing.Literal["met"],
        typing.Literal["not_met"],
        typing.Literal["not_applicable"],
        typing.Literal["unanswered"],
    }
    assert _literals(kalkan.Status) == _schema_values("report", "Status")
    assert _literals(kalkan.Headline) == _schema_values("report", "Headline") == {"level", "index", "compliance"}
    assert _literals(kalkan.WarningCode) == _schema_values("report", "WarningCode")
    assert _literals(kalkan.Code) == _schema_values("error", "Code") and {"no_profile", "unreadable", "internal"} <= _literals(kalkan.Code)
    assert _literals(kalkan.ErrorKind) == _schema_values("error", "ErrorKind")
    assert _literals(kalkan.DocumentKind) == _schema_values("error", "DocumentKind") == {"framework", "assessment", "report", "mapping", "adjudication"}
    assert kalkan.Pointer is str
    assert bytes in typing.get_args(kalkan.Source)


def test_row_columns_are_the_row_schema() -> None:
    row = json.loads((REPO / "schemas" / "row.schema.json").read_text(encoding="utf-8"))
    assert set(kalkan.ROW_COLUMNS) == set(row["properties"])
    assert kalkan.ROW_COLUMNS == tuple(f.name for f in dataclasses.fields(kalkan.GroupRow))
    assert kalkan.ROW_COLUMNS[: len(row["required"])] == tuple(row["required"])


# --- the package ------------------------------------------------------------------------------


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
    odd = kalkan.Problem("/x", "no_such_code", "m", {})  # type: ignore[arg-type]
    assert kalkan._kalkan.problem_text(odd.to_dict()) is None
    assert str(odd) == repr(odd)
