"""Batch scoring (parallel, in the core) gives exactly what scoring one by one gives."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from generators import assessment_texts, random_assessment

import kalkan

COUNT = 10_000


@pytest.fixture(scope="module")
def framework() -> kalkan.Framework:
    return kalkan.get_framework("kalkan-public-institution")


@pytest.fixture(scope="module")
def batch(framework: kalkan.Framework) -> list[Any]:
    """10,000 assessments: JSON texts, with some dicts, and some invalid ones, deterministically."""
    texts: list[Any] = assessment_texts(framework.to_dict(), COUNT, seed=2026)
    rng = random.Random(99)
    for i in range(0, COUNT, 97):
        texts[i] = json.loads(texts[i])  # a dict
    for i in range(5, COUNT, 1009):
        a = json.loads(texts[i]) if isinstance(texts[i], str) else dict(texts[i])
        a["responses"] = {framework.control_ids[0]: {"option": "no-such-option"}}
        texts[i] = json.dumps(a)
    texts[7] = "{ not json"
    texts[11] = random_assessment(framework.to_dict(), rng, number=11) | {"profile": "no-such-profile"}
    return texts


def _one_by_one(framework: kalkan.Framework, items: list[Any], profile: str | None = None) -> list[Any]:
    out: list[Any] = []
    for item in items:
        try:
            out.append(framework.score(item, profile=profile))
        except kalkan.KalkanError as e:
            out.append(e)
    return out


def _same(batch_results: list[Any], single_results: list[Any]) -> None:
    assert len(batch_results) == len(single_results)
    for i, (b, s) in enumerate(zip(batch_results, single_results)):
        assert type(b) is type(s), f"#{i}: {type(b).__name__} != {type(s).__name__}"
        if isinstance(b, kalkan.Report):
            assert b == s, f"#{i}"
            assert b.to_json() == s.to_json(), f"#{i}"
        else:
            assert b.to_dict() == s.to_dict(), f"#{i}"
            assert b.index == i


def test_ten_thousand_in_a_batch_equal_one_by_one(framework: kalkan.Framework, batch: list[Any]) -> None:
    results = framework.score_batch(batch, errors="return")
    _same(results, _one_by_one(framework, batch))
    errors = [r for r in results if isinstance(r, kalkan.KalkanError)]
    assert 10 <= len(errors) < 20  # the invalid ones planted above, and only those
    assert {type(e) for e in errors} == {kalkan.ValidationError, kalkan.ParseError}
    # Subjects come back in input order.
    for i in (0, 1, 2, 5000, COUNT - 1):
        item = batch[i]
        doc = json.loads(item) if isinstance(item, str) else item
        if isinstance(results[i], kalkan.Report):
            assert results[i].subject.name == doc["subject"]["name"]


def test_batch_with_a_profile_override(framework: kalkan.Framework) -> None:
    part = assessment_texts(framework.to_dict(), 500, seed=5)
    profile = framework.profiles[-1]
    results = framework.score_batch(part, profile=profile)
    assert all(r.gaps is not None and r.gaps.profile == profile for r in results)
    _same(results, _one_by_one(framework, part, profile))


def test_module_level_batch_takes_a_framework_document(framework_path: Path, assessment_path: Path, assessment_dict: dict[str, Any]) -> None:
    items = [assessment_path, assessment_dict, assessment_path.read_text(encoding="utf-8")] * 30
    results = kalkan.score_batch(items, framework_path)
    assert len(results) == 90
    first = results[0]
    assert all(r == first for r in results)
    assert kalkan.score_batch([], framework_path) == []
    # A generator is accepted.
    assert len(kalkan.score_batch((a for a in items[:5]), kalkan.load_framework(framework_path))) == 5
