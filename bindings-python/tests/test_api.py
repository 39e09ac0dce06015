"""Every public function and class of the `kalkan` package, on the example documents and the
built-in frameworks."""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import random
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest
import reference_scoring
from conftest import EXAMPLES, HERE, REPO

import kalkan

# --- version, schemas -----------------------------------------------------------------------


def test_version_matches_the_crate() -> None:
    cargo = (REPO / "Cargo.toml").read_text(encoding="utf-8")
    workspace_version = re.search(r'^version = "([^"]+)"', cargo, re.MULTILINE)
    assert workspace_version is not None
    assert kalkan.__version__ == workspace_version.group(1)


def test_schemas() -> None:
    # Every schema the repository publishes, and only those.
    published_names = {p.name.removesuffix(".schema.json") for p in (REPO / "schemas").glob("*.schema.json")}
    assert set(kalkan.SCHEMA_NAMES) == published_names
    assert kalkan.SCHEMA_NAMES[:3] == ("framework", "assessment", "report")
    for name in kalkan.SCHEMA_NAMES:
        text = kalkan.schema_json(name)
        parsed = kalkan.schema(name)
        assert json.loads(text) == parsed
        assert parsed["type"] == "object"
        # The same schema the repository publishes.
        published = json.loads((REPO / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert parsed == published
    assert "responses" in kalkan.schema("assessment")["properties"]


def test_unknown_schema_lists_the_names() -> None:
    with pytest.raises(ValueError, match="framework, assessment, report"):
        kalkan.schema("nope")
    with pytest.raises(ValueError):
        kalkan.schema_json("nope")


# --- built-in frameworks ----------------------------------------------------------------------


def test_builtin_frameworks_listed_and_loadable() -> None:
    summaries = kalkan.frameworks()
    ids = [s.id for s in summaries]
    assert ids == sorted(ids)
    assert {"kalkan-national-capacity", "kalkan-public-institution", "nist-csf"} <= set(ids)
    for s in summaries:
        assert isinstance(s, kalkan.FrameworkSummary)
        assert s.builtin is True
        assert s.digest.startswith("sha256:") and len(s.digest) == 7 + 64
        fw = kalkan.get_framework(s.id, "=" + s.version)
        assert (fw.id, fw.version, fw.digest) == (s.id, s.version, s.digest)
        assert fw.control_count == s.controls == len(fw.control_ids)
        assert fw.profiles == s.profiles
        assert (fw.headline, fw.declared_headline) == (s.headline, s.declared_headline)
        assert fw.title == s.title and "en" in fw.title
        assert s.to_dict()["profiles"] == list(s.profiles)


def test_get_framework_version_requirements() -> None:
    fw = kalkan.get_framework("nist-csf", "^2")
    assert fw.version.startswith("2.")
    assert kalkan.get_framework("nist-csf") == fw  # "*" takes the newest
    with pytest.raises(kalkan.FrameworkNotFoundError) as info:
        kalkan.get_framework("nist-csf", "^9")
    assert info.value.id == "nist-csf"
    assert info.value.requirement == "^9"
    assert f"nist-csf@{fw.version}" in info.value.available
    with pytest.raises(kalkan.ArgumentError) as bad:
        kalkan.get_framework("nist-csf", "not a version")
    assert bad.value.code == "invalid_version_requirement"
    assert bad.value.details["requirement"] == "not a version"


def test_effective_and_declared_headline(framework_dict: dict[str, Any], assessment_dict: dict[str, Any]) -> None:
    """A framework without maturity levels headlines the index whatever it declares."""
    assert kalkan.load_framework(framework_dict).headline == "level"
    del framework_dict["levels"], framework_dict["profiles"]


    def drop_levels(groups: list[dict[str, Any]]) -> None:
        for group in groups:
            for control in group.get("controls", []):
                control.pop("level", None)
            drop_levels(group.get("groups", []))

    drop_levels(framework_dict["groups"])
    assert framework_dict["headline"] == "level"
    fw = kalkan.load_framework(framework_dict)
    assert (fw.headline, fw.declared_headline) == ("index", "level")
    del assessment_dict["profile"]
    assert fw.score(assessment_dict).headline == fw.headline
    reg = kalkan.Registry(builtins=False)
    reg.add(fw)
    [summary] = reg.list()
    assert (summary.headline, summary.declared_headline) == ("index", "level")


# --- loading a framework ----------------------------------------------------------------------


def test_load_framework_from_path_text_bytes_and_dict(framework_path: Path, framework_text: str, framework_dict: dict[str, Any]) -> None:
    loaded = [
        kalkan.load_framework(framework_path),
        kalkan.load_framework(framework_text),
        kalkan.load_framework(framework_text.encode("utf-8")),
        kalkan.load_framework(framework_dict),
        kalkan.load_framework(OrderedDict(framework_dict)),
        kalkan.Framework(framework_path),
    ]
    assert all(fw == loaded[0] for fw in loaded)
    assert len({hash(fw) for fw in loaded}) == 1
    fw = loaded[0]
    assert fw.id == "example-agency-baseline"
    assert fw.version == "1.2.0"
    assert fw.stamp == kalkan.FrameworkStamp(fw.id, fw.version, fw.digest)
    assert fw.description["en"].startswith("A small framework")
    assert fw.profiles == ("essential", "standard")
    assert fw.control_ids[0] == "GOV-1"
    assert repr(fw) == f"<Framework example-agency-baseline 1.2.0 {fw.digest[:19]}>"


def test_framework_document_round_trip(framework_dict: dict[str, Any]) -> None:
    fw = kalkan.load_framework(framework_dict)
    doc = fw.to_dict()
    assert doc["id"] == framework_dict["id"]
    assert kalkan.load_framework(doc).digest == fw.digest
    assert kalkan.load_framework(fw.to_json()).digest == fw.digest
    pretty = fw.to_json(indent=4)
    assert pretty.startswith('{\n    "')
    assert json.loads(pretty) == json.loads(fw.to_json())
    # The digest ignores formatting and `$schema`.
    assert kalkan.load_framework(json.dumps(framework_dict, indent=1)).digest == fw.digest


def test_framework_is_immutable(framework_dict: dict[str, Any]) -> None:
    fw = kalkan.load_framework(framework_dict)
    with pytest.raises(AttributeError, match="immutable"):
        fw.id = "other"  # type: ignore[misc]


def test_wrong_argument_types_raise_type_error() -> None:
    with pytest.raises(TypeError, match="found a `int`"):
        kalkan.load_framework(42)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kalkan.score([1, 2])  # type: ignore[arg-type]


def test_missing_file_raises_read_error(tmp_path: Path) -> None:
    with pytest.raises(kalkan.ReadError) as info:
        kalkan.load_framework(tmp_path / "missing.json")
    assert isinstance(info.value, OSError) and info.value.code == "unreadable"


# --- scoring ----------------------------------------------------------------------------------


def test_score_example(framework_path: Path, assessment_path: Path, framework_dict: dict[str, Any], assessment_dict: dict[str, Any]) -> None:
    report = kalkan.score(assessment_path, framework_path)
    assert isinstance(report, kalkan.Report)
    assert report.framework.id == "example-agency-baseline"
    assert report.framework.version == "1.2.0"
    assert report.framework.digest == kalkan.load_framework(framework_path).digest
    assert report.subject == kalkan.Subject("Ministry of Examples", kind="ministry", country="TR", sector="public administration")
    assert report.assessor == kalkan.Assessor("A. Yilmaz", organisation="Internal audit")
    assert (report.started, report.completed) == ("2026-11-02", "2026-11-20")
    assert report.headline == "level"
    assert report.level == report.root.level == 1
    assert report.completeness == pytest.approx(8 / 9)
    assert report.compliance == pytest.approx(50.0)
    # Headline figures agree with the independent implementation.
    ref = reference_scoring.score(framework_dict, assessment_dict)
    assert report.index == pytest.approx(ref["root"]["index"], abs=1e-9)
    assert report.root.counts == kalkan.Counts(**ref["root"]["counts"])
    assert [w.code for w in report.warnings] == ["incomplete"]
    assert repr(report) == f"<Report example-agency-baseline 1.2.0 'Ministry of Examples' level=1 index={report.index:.1f}>"


def test_score_inputs_agree(framework_text: str, assessment_text: str, framework_dict: dict[str, Any], assessment_dict: dict[str, Any]) -> None:
    fw = kalkan.load_framework(framework_text)
    reports = [
        kalkan.score(assessment_text, framework_text),
        kalkan.score(assessment_dict, framework_dict),
        kalkan.score(assessment_text.encode(), fw),
        fw.score(assessment_dict),
    ]
    assert all(r == reports[0] for r in reports)
    assert reports[0] != "not a report"


def test_score_builtin_named_by_the_assessment() -> None:
    fw = kalkan.get_framework("kalkan-public-institution", "^1")
    assessment = {
        "framework": {"id": fw.id, "version": "^1"},
        "subject": {"name": "Ministry of X"},
        "responses": {fw.control_ids[0]: {"option": fw.questionnaire().sections[0].questions[0].options[0].id}},
    }
    report = kalkan.score(assessment)
    assert report.framework == fw.stamp
    assert report.root.counts.answered == 1
    assert report.root.counts.controls == fw.control_count
    assert report.subject.name == "Ministry of X"
    assert re.fullmatch(r"<Report kalkan-public-institution \S+ 'Ministry of X' level=\S+ index=\S+>", repr(report))


def test_profile_override_and_gaps(framework_path: Path, assessment_dict: dict[str, Any], framework_dict: dict[str, Any]) -> None:
    fw = kalkan.load_framework(framework_path)
    report = fw.score(assessment_dict, profile="essential")
    assert report.gaps is not None and report.gaps.profile == "essential"
    standalone = fw.gaps(assessment_dict, profile="essential")
    assert standalone == report.gaps
    assert kalkan.gaps(assessment_dict, framework_path, profile="essential") == standalone
    ref = reference_scoring.score(framework_dict, assessment_dict, "essential")
    assert standalone.to_dict() == ref["gaps"]
    # Without an override, the assessment's own profile.
    assert fw.gaps(assessment_dict).profile == assessment_dict["profile"]
    for g in standalone.groups:
        assert isinstance(g, kalkan.GroupGap)
    for c in standalone.controls:
        assert isinstance(c, kalkan.ControlGap) and c.status in ("not_met", "unanswered")
    assert repr(standalone).startswith("<Gaps 'essential' reached=")


def test_report_without_profile_has_no_gaps(framework_path: Path, assessment_dict: dict[str, Any]) -> None:
    del assessment_dict["profile"]
    report = kalkan.score(assessment_dict, framework_path)
    assert report.gaps is None
    assert "gaps" not in report.to_dict()


def test_report_groups_and_rows(framework_path: Path, assessment_path: Path) -> None:
    report = kalkan.score(assessment_path, framework_path)
    ids = [g.id for g in report.root.walk()]
    assert ids[0] == report.framework.id
    assert report.group("PRO.DATA") == report.root.find("PRO.DATA")
    with pytest.raises(KeyError):
        report.group("NOPE")
    rows = report.rows()
    assert [r.group for r in rows] == ids
    assert rows == kalkan.rows(report) == kalkan.rows([report])
    assert rows[0].depth == 0 and rows[0].parent is None
    assert all(isinstance(r, kalkan.GroupRow) for r in rows)
    by_id = {g.id: g for g in report.root.walk()}
    for r in rows:
        g = by_id[r.group]
        assert (r.level, r.index, r.compliance, r.completeness) == (g.level, g.index, g.compliance, g.completeness)
        assert (r.controls, r.met) == (g.counts.controls, g.counts.met)
        assert r.subject == report.subject.name
    targeted = {t.group: t for t in report.gaps.groups} if report.gaps else {}
    for r in rows:
        if r.group in targeted:
            assert r.target_level == targeted[r.group].target_level
            assert r.target_reached == targeted[r.group].reached
        else:
            assert r.target_level is None and r.target_reached is None
    # The typed rows hold every column the core writes, in the core's field order.
    assert set(kalkan.ROW_COLUMNS) == set(report._data.rows()[0])
    assert kalkan.ROW_COLUMNS == tuple(rows[0].to_dict())
    assert report.root.controls == () or all(isinstance(c, kalkan.ControlScore) for c in report.root.controls)
    assert "GroupScore" in repr(report.root)


def test_report_json_round_trip(framework_path: Path, assessment_path: Path, tmp_path: Path) -> None:
    report = kalkan.score(assessment_path, framework_path)
    text = report.to_json()
    assert json.loads(text) == report.to_dict()
    assert kalkan.Report.from_json(text) == report
    assert kalkan.Report.from_dict(report.to_dict()) == report
    saved = tmp_path / "report.json"
    saved.write_text(report.to_json(indent=2), encoding="utf-8")
    assert kalkan.Report.from_json(saved) == report
    assert kalkan.Report.from_json(saved.read_bytes()) == report
    assert report.to_json(indent=2).startswith('{\n  "framework"')
    # to_dict hands out a fresh copy each time.
    d = report.to_dict()
    d["root"]["level"] = 99
    assert report.to_dict()["root"]["level"] == report.level


def test_report_is_immutable_and_unhashable(framework_path: Path, assessment_path: Path) -> None:
    report = kalkan.score(assessment_path, framework_path)
    with pytest.raises(AttributeError):
        report.level = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        hash(report)
    with pytest.raises(AttributeError):
        report.root.id = "x"  # type: ignore[misc]


def test_bad_report_json_raises_parse_error() -> None:
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.Report.from_json('{"framework": 1}')
    assert info.value.code == "invalid_structure"
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.Report.from_json("{")
    assert info.value.code == "malformed_json"
    assert info.value.errors[0].line == 1
    assert info.value.document == "report"


def test_report_from_non_utf8_bytes_is_a_parse_error(framework_path: Path, assessment_path: Path, tmp_path: Path) -> None:
    """The core reports bytes that are not UTF-8 (`invalid_encoding`, with the offset of the first
    bad byte), as for frameworks and assessments."""
    text = kalkan.score(assessment_path, framework_path).to_json().encode("utf-8")
    bad = text.replace(b'"framework"', b'"fr\xffamework"', 1)
    assert bad != text
    (tmp_path / "bad.json").write_bytes(bad)
    for source in (bad, tmp_path / "bad.json"):
        with pytest.raises(kalkan.ParseError) as info:
            kalkan.Report.from_json(source)
        assert (info.value.code, info.value.document) == ("invalid_encoding", "report")
        assert info.value.details == {"encoding": "utf-8", "offset": bad.index(b"\xff")}
        assert "UTF-8" in info.value.message
    with pytest.raises(kalkan.ParseError) as framework_info:
        kalkan.load_framework(bad)
    assert (framework_info.value.code, framework_info.value.document) == ("invalid_encoding", "framework")


def test_report_from_dict_reports_bad_values_with_their_pointer(framework_path: Path, assessment_path: Path) -> None:
    """from_dict converts like every other dict document: a value that is not JSON is a
    ParseError at its pointer, not a TypeError or ValueError from json.dumps."""
    d = kalkan.score(assessment_path, framework_path).to_dict()
    d["root"]["index"] = math.nan
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.Report.from_dict(d)
    assert (info.value.code, info.value.document) == ("invalid_structure", "report")
    assert info.value.pointer == info.value.errors[0].pointer == "/root/index"
    d = kalkan.score(assessment_path, framework_path).to_dict()
    d["subject"]["name"] = object()
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.Report.from_dict(d)
    assert info.value.errors[0].pointer == "/subject/name"
    # A shape error found by the core carries its pointer, and no line or column (the caller gave no text).
    d = kalkan.score(assessment_path, framework_path).to_dict()
    d["root"]["counts"]["met"] = "three"
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.Report.from_dict(d)
    (problem,) = info.value.errors
    assert (problem.code, problem.pointer, problem.line, problem.column) == ("invalid_structure", "/root/counts/met", None, None)


# --- validation -------------------------------------------------------------------------------


def test_validate_framework(framework_dict: dict[str, Any]) -> None:
    ok = kalkan.validate_framework(framework_dict)
    assert ok.valid and ok.errors == ()
    bad = copy.deepcopy(framework_dict)
    bad["groups"][0]["controls"][0]["scale"] = "missing-scale"
    bad["groups"][0]["weight"] = -1
    del bad["title"]["fr"]
    v = kalkan.validate_framework(bad)
    assert not v.valid
    assert {p.code for p in v.errors} == {"unknown_scale", "invalid_weight"}
    assert {p.pointer for p in v.errors} == {"/groups/0/controls/0/scale", "/groups/0/weight"}
    assert any(p.code == "missing_translation" and p.pointer == "/title" and p.details["missing"] == ["fr"] for p in v.warnings)
    assert repr(v) == f"<Validation valid=False errors=2 warnings={len(v.warnings)}>"
    # Not JSON at all: an error, not an exception.
    broken = kalkan.validate_framework("{\n  nope")
    assert not broken.valid
    assert broken.errors[0].code == "malformed_json"
    assert (broken.errors[0].line, broken.errors[0].column) == (2, 3)
    assert "line 2, column 3" in str(broken.errors[0])


def test_validate_assessment(framework_path: Path, assessment_dict: dict[str, Any]) -> None:
    fw = kalkan.load_framework(framework_path)
    assert fw.validate(assessment_dict).valid
    assert kalkan.validate_assessment(assessment_dict, framework_path).valid
    bad = copy.deepcopy(assessment_dict)
    bad["responses"]["GOV-1"]["option"] = "maybe"
    bad["responses"]["NOPE-1"] = {"option": "yes"}
    bad["subject"]["country"] = "XX"
    v = fw.validate(bad)
    assert not v.valid
    assert {p.code for p in v.errors} == {"unknown_option", "unknown_control", "invalid_country"}
    assert kalkan.validate_assessment(bad, fw) == v
    # The built-in framework it names is missing: reported as a problem.
    missing = kalkan.validate_assessment({"framework": {"id": "nope", "version": "1"}, "subject": {"name": "X"}})
    assert [p.code for p in missing.errors] == ["framework_not_found"]


# --- questionnaire, progress ------------------------------------------------------------------


def test_questionnaire_in_three_languages(framework_path: Path) -> None:
    fw = kalkan.load_framework(framework_path)
    en, ar, fr = (fw.questionnaire(lang) for lang in ("en", "ar", "fr"))
    assert (en.direction, ar.direction, fr.direction) == ("ltr", "rtl", "ltr")
    assert en.title == fw.title["en"] and ar.title == fw.title["ar"]
    assert en.order == fw.control_ids
    assert [q.id for q in en.questions()] == list(en.order)
    q = next(en.questions())
    assert isinstance(q, kalkan.Question) and q.options and isinstance(q.options[0], kalkan.OptionView)
    assert isinstance(en.sections[0], kalkan.Section)
    assert [(lv.level, lv.name) for lv in fr.levels] == [(1, "Réalisé"), (2, "Documenté"), (3, "Mesuré")]
    assert isinstance(fr.levels[0], kalkan.LevelView)
    assert isinstance(ar.profiles[0], kalkan.ProfileView) and [p.title for p in ar.profiles] == ["أساسي", "قياسي"]
    assert kalkan.questionnaire(framework_path, "fr") == fr
    assert kalkan.questionnaire(fw) == en
    assert repr(en) == f"<Questionnaire {fw.id} {fw.version} en questions={fw.control_count}>"
    # A language the framework lacks falls back to English.
    assert fw.questionnaire("tr").title == en.title


def test_progress(framework_path: Path, assessment_dict: dict[str, Any]) -> None:
    fw = kalkan.load_framework(framework_path)
    p = fw.progress(assessment_dict)
    assert (p.answered, p.total) == (8, 9)
    assert p.next == "PRO.DATA-2"
    assert p.unanswered == ("PRO.DATA-2",)
    assert sum(s.total for s in p.sections) == 9
    assert isinstance(p.sections[0], kalkan.SectionProgress)
    assert kalkan.progress(assessment_dict, framework_path) == p
    assessment_dict["responses"] = {}
    empty = fw.progress(assessment_dict)
    assert (empty.answered, empty.next) == (0, fw.control_ids[0])
    assert empty.unanswered == fw.control_ids
    # Every field the core writes, in the generated class's order.
    assert list(p.to_dict()) == [f.name for f in dataclasses.fields(kalkan.Progress)]
    assert empty.to_dict() == kalkan._kalkan.progress(json.dumps(assessment_dict), fw._compiled)
    assert repr(p) == "<Progress 8/9 next='PRO.DATA-2'>"


# --- registry ---------------------------------------------------------------------------------


def test_registry(framework_dict: dict[str, Any], assessment_dict: dict[str, Any]) -> None:
    reg = kalkan.Registry(builtins=False)
    assert len(reg) == 0 and reg.list() == []
    fw = reg.add(framework_dict)
    assert reg.add(fw) == fw  # the same content again is fine
    newer = copy.deepcopy(framework_dict)
    newer["version"] = "1.3.0"
    reg.add(newer)
    assert [s.version for s in reg] == ["1.2.0", "1.3.0"]
    assert all(not s.builtin for s in reg.list())
    assert reg.get(fw.id).version == "1.3.0"
    assert reg.get(fw.id, "~1.2").version == "1.2.0"
    assert reg.framework_for(assessment_dict).version == "1.3.0"  # "^1.2" takes the newest
    report = reg.score(assessment_dict)
    assert report.framework.version == "1.3.0"
    assert repr(reg) == "<Registry frameworks=2>"
    with_builtins = kalkan.Registry()
    assert len(with_builtins) == len(kalkan.frameworks())
    assert with_builtins.get("nist-csf") == kalkan.get_framework("nist-csf")


# --- the GIL ----------------------------------------------------------------------------------


def test_batch_scoring_releases_the_gil() -> None:
    """Another Python thread keeps running while the core scores a batch."""
    fw = kalkan.get_framework("nist-csf")
    from generators import assessment_texts

    texts = assessment_texts(fw.to_dict(), 12000, seed=7)
    ticks: list[float] = []
    stop = threading.Event()

    def ticker() -> None:
        import time

        while not stop.is_set():
            ticks.append(time.perf_counter())
            time.sleep(0.0005)

    t = threading.Thread(target=ticker)
    t.start()
    try:
        import time

        # Time only the compiled call: with the GIL held throughout, no tick could land inside it.
        start = time.perf_counter()
        out = kalkan._kalkan.score_batch(fw._compiled, texts, None)
        end = time.perf_counter()
    finally:
        stop.set()
        t.join()
    assert len(out) == len(texts)
    inside = [x for x in ticks if start + 0.1 * (end - start) < x < end - 0.1 * (end - start)]
    assert end - start > 0.01, "batch too quick to observe"
    assert len(inside) >= 3, f"{len(inside)} ticks during {1000 * (end - start):.0f} ms of batch scoring"


# --- the API is covered -----------------------------------------------------------------------


def test_every_public_name_is_exercised() -> None:
    """Each name in `kalkan.__all__` appears in this test suite."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in HERE.glob("test_*.py"))
    missing = [name for name in kalkan.__all__ if f"kalkan.{name}" not in sources]
    assert not missing, f"not exercised by any test: {missing}"


def test_nan_and_inf_are_refused_in_dicts(framework_dict: dict[str, Any]) -> None:
    framework_dict["groups"][0]["weight"] = math.nan
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.load_framework(framework_dict)
    assert info.value.errors[0].pointer == "/groups/0/weight"
    assert "finite" in info.value.errors[0].message
    assert info.value.errors[0].details == {"problem": "not_json", "reason": "not_finite"}


def test_floats_cross_the_boundary_exactly(framework_dict: dict[str, Any]) -> None:
    """A framework gives the same digest and credits whether it arrives as text or as a dict:
    floats with 17 significant digits are parsed exactly on both paths."""
    rng = random.Random(17)
    for _ in range(200):
        credit = rng.random()
        framework_dict["scales"][0]["options"][1]["credit"] = credit
        from_text = kalkan.load_framework(json.dumps(framework_dict))
        from_dict = kalkan.load_framework(framework_dict)
        assert from_text.digest == from_dict.digest
        assert from_text.to_dict()["scales"][0]["options"][1]["credit"] == credit


def test_the_browser_export_is_accepted() -> None:
    """The browser questionnaire's export (its end-to-end fixture) scores in Python."""
    export = REPO / "bindings-wasm" / "tests" / "fixtures" / "expected-export.json"
    fw = kalkan.load_framework(REPO / "examples" / "agency-baseline.framework.json")
    report = fw.score(export)
    assert report.subject.name == "Ministry of Examples"
    assert report.gaps is not None and report.gaps.profile == "standard"


def test_oscal_exports_are_deterministic_and_need_a_profile_for_the_poam() -> None:
    fw = kalkan.load_framework(EXAMPLES / "agency-baseline.framework.json")
    a = EXAMPLES / "agency-baseline.assessment.json"
    ar = kalkan.oscal_assessment_results(a, fw)
    assert ar == kalkan.oscal_assessment_results(a, fw)
    assert ar["assessment-results"]["results"][0]["findings"]
    poam = kalkan.oscal_poam(a, fw, profile="standard")
    assert poam["plan-of-action-and-milestones"]["poam-items"]
    doc = json.loads(a.read_text())
    doc.pop("profile", None)
    with pytest.raises(kalkan.ProfileError) as err:
        kalkan.oscal_poam(doc, fw)
    assert err.value.code == "no_profile"
