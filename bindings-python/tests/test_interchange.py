"""Interchange from Python: each function is the core's importer or exporter, so results equal
the CLI's; these tests check the binding (inputs, outputs, errors) on real files."""

from __future__ import annotations

import json

import pytest

import kalkan
from conftest import EXAMPLES, REPO

OSCAL = REPO / "tests" / "fixtures" / "oscal"
CISO = REPO / "tests" / "fixtures" / "ciso-assistant"


def test_an_oscal_catalog_imports_to_a_framework_that_scores() -> None:
    imported = kalkan.import_oscal_catalog(OSCAL / "NIST_SP-800-53_rev5_catalog.json")
    assert imported["report"]["controls"] == 1007
    assert len(imported["report"]["withdrawn"]) == 182
    fw = kalkan.load_framework(json.dumps(imported["framework"]))
    assert fw.control_count == 1007
    same = kalkan.import_oscal_catalog((OSCAL / "NIST_SP-800-53_rev5_catalog.json").read_bytes(), scale="yes-no-na", id="sp800-53")
    assert same["framework"]["id"] == "sp800-53" and same["framework"]["scales"][0]["id"] == "yes-no-na"
    with pytest.raises(kalkan.ArgumentError):
        kalkan.import_oscal_catalog(OSCAL / "NIST_SP-800-53_rev5_catalog.json", scale="stars")  # type: ignore[arg-type]
    with pytest.raises(kalkan.ParseError) as err:
        kalkan.import_oscal_catalog(OSCAL / "NIST_SP-800-53_rev5_MODERATE-baseline_profile.json")
    assert err.value.details["problem"] == "not_oscal_catalog"


def test_the_moderate_profile_targets_287_controls() -> None:
    imported = kalkan.import_oscal_profile(
        OSCAL / "NIST_SP-800-53_rev5_MODERATE-baseline_profile.json", OSCAL / "NIST_SP-800-53_rev5_catalog.json", restrict=True
    )
    assert len(imported["targets"]) == 287
    assert imported["framework"]["profiles"][0]["id"] == imported["profile"]
    assert kalkan.load_framework(json.dumps(imported["restricted"])).control_count == 287


def test_a_ciso_assistant_library_imports() -> None:
    expected = json.loads((CISO / "expected.json").read_text(encoding="utf-8"))["files"]["nist-csf-1.1.yaml"]["framework"]
    imported = kalkan.import_ciso_assistant(CISO / "nist-csf-1.1.yaml")
    fw = kalkan.load_framework(json.dumps(imported["framework"]))
    assert fw.control_count == expected["assessable"]
    with pytest.raises(kalkan.ParseError):
        kalkan.import_ciso_assistant("services:\n  web: {image: nginx}\n")


def test_a_ciso_assistant_mapping_library_imports_with_its_frameworks() -> None:
    mapping = CISO / "map-nist-csf-1.1-nist-csf-2.0.yaml"
    imported = kalkan.import_ciso_mapping(mapping, [CISO / "nist-csf-1.1.yaml"])
    (m,) = imported["mappings"]
    assert (m["source"], m["target"]) == ({"id": "nist-csf-1-1", "version": "^6"}, {"id": "nist-csf-2-0", "version": "*"})
    # The 25 mappings from CSF 1.1's functions and categories are left out, and the report says so.
    assert len(m["maps"]) == 160
    (s,) = imported["report"]["sets"]
    assert (s["read"], s["maps"], s["resolved_sources"], s["resolved_targets"]) == (185, 160, 160, 0)
    assert [(w["code"], w["details"]) for w in imported["report"]["warnings"]] == [("not_a_control", {"side": "source", "count": "25"})]
    # A library as text, as bytes, alone rather than in a list, or as its import: the same.
    text = (CISO / "nist-csf-1.1.yaml").read_text(encoding="utf-8")
    assert kalkan.import_ciso_mapping(mapping.read_bytes(), text) == imported
    assert kalkan.import_ciso_mapping(mapping, [kalkan.import_ciso_assistant(text)]) == imported
    # An import made with other choices gives its id to the mapping.
    renamed = kalkan.import_ciso_mapping(mapping, [kalkan.import_ciso_assistant(text, id="csf-one")])
    assert renamed["mappings"][0]["source"]["id"] == "csf-one" and renamed["mappings"][0]["maps"] == m["maps"]
    # A Kalkan mapping: its own rules hold; against CSF 1.1 on both sides only the target is wrong.
    csf = json.dumps(kalkan.import_ciso_assistant(text)["framework"])
    checked = kalkan.validate_mapping(json.dumps(m), source=csf, target=csf)
    assert [(p["pointer"], p["code"]) for p in checked["errors"]] == [("/target/id", "mapping_mismatch")]
    # Two sets, no framework: two mappings, named by URN tails.
    both = kalkan.import_ciso_mapping(CISO / "mapping-india-dpdpa-2023-and-scf-2025.2.2.yaml")
    assert [len(x["maps"]) for x in both["mappings"]] == [120, 120]
    assert both["mappings"][0]["source"]["version"] == "*"


def test_a_bad_ciso_mapping_import_raises_the_core_error() -> None:
    mapping = CISO / "map-nist-csf-1.1-nist-csf-2.0.yaml"
    # A framework library given as the mapping.
    with pytest.raises(kalkan.ParseError) as err:
        kalkan.import_ciso_mapping(CISO / "nist-csf-1.1.yaml")
    assert (err.value.document, err.value.details["problem"]) == ("mapping", "not_ciso_mapping")
    # A mapping library given as a framework: located at its position.
    with pytest.raises(kalkan.ParseError) as err:
        kalkan.import_ciso_mapping(mapping, [CISO / "nist-csf-1.1.yaml", mapping])
    assert (err.value.document, err.value.pointer, err.value.details["problem"]) == ("framework", "/1", "not_ciso_framework")
    # A framework library that does not exist; an import that is not one.
    with pytest.raises(kalkan.ReadError):
        kalkan.import_ciso_mapping(mapping, [CISO / "nist-csf-9.yaml"])
    with pytest.raises(kalkan.ArgumentError) as arg:
        kalkan.import_ciso_mapping(mapping, [{"framework": 1}])
    assert arg.value.details["argument"] == "frameworks"
    with pytest.raises(TypeError):
        kalkan.import_ciso_mapping(mapping, [42])  # type: ignore[list-item]


def test_a_questionnaire_workbook_round_trips_to_the_same_score() -> None:
    fw = kalkan.load_framework(EXAMPLES / "agency-baseline.framework.json")
    a = EXAMPLES / "agency-baseline.assessment.json"
    workbook = kalkan.export_xlsx(fw, assessment=a, lang="ar")
    assert workbook[:2] == b"PK"
    back = kalkan.import_xlsx(workbook, fw)
    assert kalkan.score(back["assessment"], fw).to_dict()["root"] == kalkan.score(a, fw).to_dict()["root"]
    blank = kalkan.export_xlsx(fw)
    # A blank questionnaire names no subject yet: the core says so, with the cell.
    with pytest.raises(kalkan.ValidationError) as err:
        kalkan.import_xlsx(blank, fw)
    assert err.value.code == "missing_subject"
    with pytest.raises(kalkan.ArgumentError):
        kalkan.export_xlsx()
    with pytest.raises(kalkan.ParseError):
        kalkan.import_xlsx(b"not a workbook", fw)
