"""The core against the independent pure-Python implementation of the rules, on many generated
frameworks and assessments (deterministic seeds), beyond the conformance cases."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
import reference_scoring
from conftest import EXAMPLES
from generators import random_assessment, random_framework
from test_conformance import compare_group

import kalkan


def _check(framework: dict[str, Any], rng: random.Random, count: int) -> None:
    fw = kalkan.load_framework(framework)
    profiles = [None, *fw.profiles]
    for i in range(count):
        assessment = random_assessment(framework, rng, number=i, answered=rng.choice([0.0, 0.3, 0.8, 1.0]))
        profile = rng.choice(profiles)
        report = fw.score(assessment, profile=profile).to_dict()
        reference = reference_scoring.score(framework, assessment, profile)
        diffs = compare_group(report["root"], reference["root"], "")
        assert not diffs, f"{framework['id']} assessment {i}:\n" + "\n".join(diffs)
        assert report.get("gaps") == reference["gaps"], f"{framework['id']} assessment {i}: gaps differ"


@pytest.mark.parametrize("seed", range(8))
def test_random_frameworks(seed: int) -> None:
    rng = random.Random(seed)
    for n in range(25):
        framework = random_framework(rng, number=n)
        assert kalkan.validate_framework(framework).valid
        _check(framework, rng, 8)


@pytest.mark.parametrize("framework_id", [s.id for s in kalkan.frameworks()])
def test_builtin_frameworks(framework_id: str) -> None:
    _check(kalkan.get_framework(framework_id).to_dict(), random.Random(framework_id), 60)


def test_example_framework() -> None:
    framework = json.loads((EXAMPLES / "agency-baseline.framework.json").read_text(encoding="utf-8"))
    _check(framework, random.Random(1), 200)


def test_reference_catches_a_wrong_index() -> None:
    """The comparison is not vacuous: a tampered report is caught."""
    framework = json.loads((EXAMPLES / "agency-baseline.framework.json").read_text(encoding="utf-8"))
    assessment = json.loads((EXAMPLES / "agency-baseline.assessment.json").read_text(encoding="utf-8"))
    report = kalkan.score(assessment, framework).to_dict()
    report["root"]["groups"][0]["index"] += 1e-6
    report["root"]["groups"][1]["counts"]["met"] += 1
    diffs = compare_group(report["root"], reference_scoring.score(framework, assessment)["root"], "")
    assert len(diffs) == 2
    assert "index" in diffs[0] and "counts" in diffs[1]
