"""The shared conformance corpus (tests/conformance/*.json, format in its README), run through
the Python API and compared exactly; and every `score` case's expected report re-derived with
the independent pure-Python implementation of the rules (reference_scoring.py)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import reference_scoring
from conftest import CONFORMANCE

import kalkan

CASES = sorted(CONFORMANCE.glob("*.json"))
OPERATIONS = {
    "score", "gaps", "validate_framework", "validate_assessment", "register", "diff", "validate_mapping", "migrate", "project",
    # The national review.
    "merge", "compare", "trend", "aggregate", "place", "anonymize",
    # Bytes read as a document's text.
    "decode",
    # OSCAL exports.
    "oscal_ar", "oscal_poam",
    # CISO Assistant mapping libraries.
    "import_ciso_mapping",
}


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _framework_arg(case: dict[str, Any]) -> str | None:
    if "framework_text" in case:
        return str(case["framework_text"])
    if "framework" in case:
        return _compact(case["framework"])
    assert case.get("builtin") is True, "a case needs `framework`, `framework_text` or `builtin: true`"
    return None


def _assessment_arg(case: dict[str, Any]) -> str:
    if "assessment_text" in case:
        return str(case["assessment_text"])
    return _compact(case["assessment"])


def _run(case: dict[str, Any]) -> Any:
    """Runs a case's operation as the README prescribes, under the case's ``limits`` if it has
    any (the defaults are restored afterwards, whatever happens); returns the result's dict, or
    raises."""
    if "limits" not in case:
        return _run_op(case)
    kalkan.set_limits(case["limits"])
    try:
        return _run_op(case)
    finally:
        kalkan.set_limits()


def _run_op(case: dict[str, Any]) -> Any:
    op = case["operation"]
    if op == "decode":
        return kalkan.decode(bytes.fromhex(case["bytes_hex"]), case["document"])
    profile = case.get("profile")
    if op == "score":
        return kalkan.score(_assessment_arg(case), _framework_arg(case), profile=profile).to_dict()
    if op == "gaps":
        return kalkan.gaps(_assessment_arg(case), _framework_arg(case), profile=profile).to_dict()
    if op == "oscal_ar":
        return kalkan.oscal_assessment_results(_assessment_arg(case), _framework_arg(case), profile=profile)
    if op == "oscal_poam":
        return kalkan.oscal_poam(_assessment_arg(case), _framework_arg(case), profile=profile)
    if op == "validate_framework":
        fw = _framework_arg(case)
        assert fw is not None, "validate_framework needs a framework"
        return kalkan.validate_framework(fw).to_dict()
    if op == "validate_assessment":
        return kalkan.validate_assessment(_assessment_arg(case), _framework_arg(case)).to_dict()
    if op == "register":
        # Every framework of `frameworks`, in order, into one fresh registry.
        registry = kalkan.Registry(builtins=False)
        return [f"{fw.id}@{fw.version}" for fw in (registry.add(_compact(doc)) for doc in case["frameworks"])]
    doc = lambda key: _compact(case[key]) if key in case else None  # noqa: E731
    if op == "diff":
        return kalkan.diff(doc("old") or "", doc("new") or "", mapping=doc("mapping"))
    if op == "validate_mapping":
        return kalkan.validate_mapping(doc("mapping") or "", source=doc("source"), target=doc("target"))
    if op in ("migrate", "project"):
        target = doc("target") or case["target_spec"]
        framework = _framework_arg(case)
        if op == "migrate":
            return kalkan.migrate(_assessment_arg(case), target, framework=framework, mapping=doc("mapping"))
        return kalkan.project(_assessment_arg(case), target, framework=framework, mapping=doc("mapping"), profile=profile)
    if op == "import_ciso_mapping":
        # The libraries' texts, as a Python user reads them (README: files relative to the corpus).
        text = lambda item, file, inline: (CONFORMANCE / item[file]).read_text(encoding="utf-8") if file in item else item[inline]  # noqa: E731
        return kalkan.import_ciso_mapping(text(case, "mapping_file", "mapping_text"), [text(f, "file", "text") for f in case["frameworks"]])
    if op in REVIEW:
        return REVIEW[op](case)
    raise AssertionError(f"unknown operation `{op}`")


def _documents_of(case: dict[str, Any], key: str) -> list[str]:
    """The documents of an array input (``assessments``), each as compact JSON text."""
    return [_compact(d) for d in case[key]]


def _aggregate_options(case: dict[str, Any]) -> dict[str, Any]:
    """The case's ``options`` (``{by, k}``, both optional) as the Python API's keyword arguments."""
    options: dict[str, Any] = dict(case["options"])
    kwargs: dict[str, Any] = {"by": options.pop("by", [])}
    if "k" in options:
        kwargs["k"] = options.pop("k")
    assert not options, f"options the runner does not know: {sorted(options)}"
    return kwargs


def _anonymize_options(case: dict[str, Any]) -> dict[str, Any]:
    options: dict[str, Any] = dict(case["options"])
    known = {"keep_country", "keep_sector", "dates"}
    assert set(options) <= known, f"options the runner does not know: {sorted(set(options) - known)}"
    return options


# The national review, called the way a Python user calls it: arrays of documents as lists,
# options as keyword arguments (README, "The national review").
REVIEW = {
    "merge": lambda case: kalkan.merge(
        _documents_of(case, "assessments"),
        rule=case["rule"],
        adjudication=_compact(case["adjudication"]) if "adjudication" in case else None,
        framework=_framework_arg(case),
    ),
    "compare": lambda case: kalkan.compare(*_documents_of(case, "assessments"), framework=_framework_arg(case)),
    "trend": lambda case: kalkan.trend(_documents_of(case, "assessments"), framework=_framework_arg(case)),
    "aggregate": lambda case: kalkan.aggregate(_documents_of(case, "assessments"), framework=_framework_arg(case), **_aggregate_options(case)),
    "place": lambda case: kalkan.place(
        _compact(case["subject"]), _documents_of(case, "assessments"), framework=_framework_arg(case), **_aggregate_options(case)
    ),
    "anonymize": lambda case: kalkan.anonymize(_assessment_arg(case), case["pseudonym"], **_anonymize_options(case)),
}


def run_case(case: dict[str, Any]) -> dict[str, Any]:
    """Runs a case's operation; returns ``{"ok": ...}`` or ``{"error": ...}``."""
    try:
        return {"ok": _run(case)}
    except kalkan.KalkanError as e:
        return {"error": e.to_dict()}


# Written out here, independently of `kalkan._errors._CLASSES` (which this checks): the class for
# each kind of core error. The core chooses the kind; nothing else about the error matters.
EXPECTED_CLASSES: dict[str, type[kalkan.KalkanError]] = {
    "parse": kalkan.ParseError,
    "invalid": kalkan.ValidationError,
    "not_found": kalkan.FrameworkNotFoundError,
    "conflict": kalkan.FrameworkConflictError,
    "profile": kalkan.ProfileError,
    "argument": kalkan.ArgumentError,
    "io": kalkan.ReadError,
    "internal": kalkan.InternalError,
}


def _load(path: Path) -> dict[str, Any]:
    case: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert case.get("operation") in OPERATIONS, f"{path.name}: operation must be one of {sorted(OPERATIONS)}"
    assert set(case["expected"]) in ({"ok"}, {"error"}), f"{path.name}: expected holds `ok` or `error`"
    return case


def test_conformance_cases_exist() -> None:
    assert CASES, f"no conformance cases found in {CONFORMANCE}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path: Path) -> None:
    case = _load(path)
    got = run_case(case)
    assert got == case["expected"], f"{path.name}: {case.get('description', '')}"


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case_typed_views_round_trip(path: Path) -> None:
    """The typed objects hold exactly what the core returned."""
    case = _load(path)
    expected = case["expected"]
    if "error" in expected:
        # Running the case raises the class the README's exception table names for the error's
        # kind and code, and the exception carries every problem.
        err = expected["error"]
        with pytest.raises(kalkan.KalkanError) as info:
            _run(case)
        e = info.value
        assert type(e) is EXPECTED_CLASSES[err["kind"]], f"{path.name}: {err['kind']}/{err['code']}"
        assert e.to_dict() == err
        # The same kind, code, pointer and details as the core's, as attributes.
        assert (e.kind, e.code, e.pointer, e.message, e.details) == (err["kind"], err["code"], err["pointer"], err["message"], err["details"])
        assert e.document == err.get("document")
        assert [p.to_dict() for p in e.errors] == err["problems"]
        # Rebuilt from the core's data alone (as after pickling), the class is the same.
        assert type(kalkan._errors._from_core(err)) is type(e)
        return
    ok = expected["ok"]
    if case["operation"] == "score":
        report = kalkan.Report.from_dict(ok)
        assert report.to_dict() == ok
        assert report.root.to_dict() == ok["root"]
        assert report.subject.to_dict() == ok["subject"]
        assert report.framework.to_dict() == ok["framework"]
        assert [w.to_dict() for w in report.warnings] == ok["warnings"]
        assert (report.gaps.to_dict() if report.gaps else None) == ok.get("gaps")
        assert report.level == ok["root"]["level"]
    elif case["operation"] == "gaps":
        assert kalkan.Gaps._from_dict(ok).to_dict() == ok
    elif case["operation"] == "register":
        # The same frameworks as dicts this time; the registry's summaries are exact too.
        registry = kalkan.Registry(builtins=False)
        for doc in case["frameworks"]:
            registry.add(doc)
        summaries = registry.list()
        assert sorted({f"{s.id}@{s.version}" for s in summaries}) == sorted(set(ok))
        assert [s.to_dict() for s in summaries] == registry._inner.list()
    elif case["operation"].startswith("validate"):
        assert kalkan.Validation._from_dict(ok).to_dict() == ok
    # diff, migrate and project return the core's plain data (dicts shaped by their schemas),
    # already compared whole above.


# --- cross-check against the independent implementation ------------------------------------

def _is_scored(path: Path) -> bool:
    case = json.loads(path.read_text(encoding="utf-8"))
    return case.get("operation") == "score" and "ok" in case.get("expected", {})


SCORE_CASES = [p for p in CASES if _is_scored(p)]


def _documents(case: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    assessment = json.loads(case["assessment_text"]) if "assessment_text" in case else case["assessment"]
    if "framework_text" in case:
        framework = json.loads(case["framework_text"])
    elif "framework" in case:
        framework = case["framework"]
    else:
        req = assessment["framework"]
        framework = kalkan.get_framework(req["id"], req["version"]).to_dict()
    return framework, assessment


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=0.0, abs_tol=1e-9)


def compare_group(expected: dict[str, Any], reference: dict[str, Any], where: str) -> list[str]:
    """Every difference between the core's group score and the reference's, with its path."""
    diffs = []
    gid = expected["id"]
    here = f"{where}/{gid}"
    if gid != reference["id"]:
        return [f"{here}: id {gid!r} != reference {reference['id']!r}"]
    for key in ("counts", "level"):
        if expected[key] != reference[key]:
            diffs.append(f"{here}: {key} {expected[key]!r} != reference {reference[key]!r}")
    for key in ("completeness", "compliance", "index"):
        if not _close(expected[key], reference[key]):
            diffs.append(f"{here}: {key} {expected[key]!r} != reference {reference[key]!r}")
    controls = expected.get("controls", [])
    if controls != reference["controls"]:
        diffs.append(f"{here}: controls {controls!r} != reference {reference['controls']!r}")
    groups = expected.get("groups", [])
    if [g["id"] for g in groups] != [g["id"] for g in reference["groups"]]:
        return diffs + [f"{here}: sub-groups differ"]
    for e, r in zip(groups, reference["groups"]):
        diffs.extend(compare_group(e, r, here))
    return diffs


def test_score_cases_exist() -> None:
    assert SCORE_CASES, "no `score` conformance cases with a report to cross-check"


@pytest.mark.parametrize("path", SCORE_CASES, ids=[p.stem for p in SCORE_CASES])
def test_score_case_matches_reference(path: Path) -> None:
    case = _load(path)
    report = case["expected"]["ok"]
    framework, assessment = _documents(case)
    reference = reference_scoring.score(framework, assessment, case.get("profile"))
    diffs = compare_group(report["root"], reference["root"], "")
    assert report.get("gaps") == reference["gaps"], f"{path.name}: gaps differ"
    assert not diffs, f"{path.name}:\n" + "\n".join(diffs)
