"""Messages in English, Arabic and French from the core's catalog: errors, problems, warnings and
the catalog itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import kalkan


def test_the_catalog_has_three_languages_and_cldr_plurals() -> None:
    assert kalkan.LANGUAGES == ("en", "ar", "fr")
    assert kalkan.message("questions-count", "ar", count=106) == "106 أسئلة"
    assert kalkan.message("questions-count", "ar", count=11) == "11 سؤالًا"
    assert kalkan.message("questions-count", "fr", count=0) == "0 question"
    assert kalkan.message("questions-count", "en", count=1) == "1 question"
    # French typography comes from the core.
    assert kalkan.message("labelled", "fr", label="Niveau", value="2") == "Niveau\u00a0: 2"
    # An unknown language gets English; an unknown message is an error.
    assert kalkan.message("report-title", "de") == kalkan.message("report-title")
    with pytest.raises(KeyError, match="no-such-message"):
        kalkan.message("no-such-message", "en")


def test_errors_and_problems_speak_every_language(assessment_dict: dict[str, Any], framework_path: Path) -> None:
    assessment_dict["responses"]["GOV-1"]["option"] = "sometimes"
    with pytest.raises(kalkan.ValidationError) as info:
        kalkan.score(assessment_dict, framework_path)
    e = info.value
    assert e.message_in("en") == e.message
    assert e.message_in("fr").startswith("l’évaluation n’est pas valide\u00a0:")
    assert e.message_in("ar").startswith("التقييم غير صالح:")
    [problem] = e.errors
    assert problem.pointer == "/responses/GOV-1/option"
    assert problem.message_in("en") == problem.message
    assert problem.message_in("ar").startswith("الخيار `sometimes` ليس من خيارات مقياس الضابط")
    assert "l’option `sometimes`" in problem.message_in("fr")


def test_a_report_warning_speaks_every_language(assessment_dict: dict[str, Any], framework_path: Path) -> None:
    del assessment_dict["responses"]["GOV-1"]
    report = kalkan.score(assessment_dict, framework_path)
    [warning] = [w for w in report.warnings if w.code == "incomplete"]
    assert warning.message_in("en") == warning.message
    assert warning.message_in("ar").startswith("الضوابط التي لم يُجَب عنها:")
    assert "mesures sans réponse" in warning.message_in("fr")
