"""Shared fixtures: the repository's example documents and built-in frameworks."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from collections.abc import Iterator
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EXAMPLES = REPO / "examples"
CONFORMANCE = REPO / "tests" / "conformance"

# reference_scoring and generators are plain modules next to the tests.
sys.path.insert(0, str(HERE))


@pytest.fixture(scope="session")
def framework_path() -> Path:
    return EXAMPLES / "agency-baseline.framework.json"


@pytest.fixture(scope="session")
def assessment_path() -> Path:
    return EXAMPLES / "agency-baseline.assessment.json"


@pytest.fixture(scope="session")
def framework_text(framework_path: Path) -> str:
    return framework_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def assessment_text(assessment_path: Path) -> str:
    return assessment_path.read_text(encoding="utf-8")


@pytest.fixture()
def framework_dict(framework_text: str) -> dict[str, Any]:
    return json.loads(framework_text)  # type: ignore[no-any-return]


@pytest.fixture()
def assessment_dict(assessment_text: str) -> dict[str, Any]:
    return json.loads(assessment_text)  # type: ignore[no-any-return]


@pytest.fixture(autouse=True)
def _default_limits() -> Iterator[None]:
    """Every test starts and ends with the default limits: they are process-wide, so a test that
    lowers one (or fails while it is lowered) must not change what the next test sees."""
    import kalkan

    kalkan.set_limits()
    yield
    kalkan.set_limits()
