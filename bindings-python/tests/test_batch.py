"""Batch scoring (parallel, in the core) gives exactly what scoring one by one gives."""

from __future__ import annotations

import errno
import json
import random
from pathlib import Path
from typing import Any

import pytest
from generators import assessment_texts, random_assessment

import kalkan

COUNT = 10_000
PLANTED_INVALID = range(5, COUNT, 1009)
"""Where the batch below holds an assessment with an option its control's scale lacks."""


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
    for i in PLANTED_INVALID:
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
    failed = {i: r for i, r in enumerate(results) if not isinstance(r, kalkan.Report)}
    # The invalid ones planted above, and only those.
    assert set(failed) == set(PLANTED_INVALID) | {7, 11}
    assert all(isinstance(e, kalkan.KalkanError) and e.index == i for i, e in failed.items())
    assert type(failed[7]) is kalkan.ParseError
    assert {type(failed[i]) for i in (*PLANTED_INVALID, 11)} == {kalkan.ValidationError}
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


def test_batch_puts_unreadable_files_and_non_documents_in_place(framework: kalkan.Framework, tmp_path: Path) -> None:
    """A path that cannot be read and an item that is not a document fail in their own place,
    with the exception scoring them alone raises (ReadError, TypeError) and `.index` set."""
    good = assessment_texts(framework.to_dict(), 3, seed=8)
    saved = tmp_path / "saved.json"
    saved.write_text(good[1], encoding="utf-8")
    missing = tmp_path / "missing.json"
    items: list[Any] = [good[0], missing, saved, 42, good[2], tmp_path]
    results = framework.score_batch(items, errors="return")
    assert len(results) == len(items)
    assert [type(r) for r in results] == [kalkan.Report, kalkan.ReadError, kalkan.Report, TypeError, kalkan.Report, kalkan.ReadError]
    assert [getattr(r, "errno", None) for r in results] == [None, errno.ENOENT, None, None, None, errno.EISDIR]
    assert [None if isinstance(r, kalkan.Report) else r.index for r in results] == [None, 1, None, 3, None, 5]
    assert results[2] == framework.score(saved)
    assert results[4] == framework.score(good[2])
    # The same exceptions as scoring each alone.
    with pytest.raises(kalkan.ReadError) as alone:
        framework.score(missing)
    assert isinstance(results[1], kalkan.ReadError) and results[1].to_dict() == alone.value.to_dict()
    with pytest.raises(TypeError, match="expected an assessment") as single:
        framework.score(42)  # type: ignore[arg-type]
    assert str(results[3]) == str(single.value)
    assert results[1].filename == str(missing) and results[1].details["path"] == str(missing)

    # errors="raise": the first failing item's exception, with its index.
    with pytest.raises(kalkan.ReadError) as info:
        framework.score_batch(items)
    assert info.value.index == 1
    with pytest.raises(TypeError) as type_info:
        kalkan.score_batch([good[0], 42, missing], framework)
    assert type_info.value.index == 1  # type: ignore[attr-defined]
    # A core error before an unreadable file is the one raised.
    with pytest.raises(kalkan.ParseError) as parse_info:
        framework.score_batch(["{", missing])
    assert parse_info.value.index == 0
