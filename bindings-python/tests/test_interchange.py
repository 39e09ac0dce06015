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
