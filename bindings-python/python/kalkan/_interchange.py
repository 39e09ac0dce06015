"""Interchange with the formats people already hold: OSCAL catalogs and profiles, CISO Assistant
libraries, questionnaire workbooks (xlsx). Every rule is the core's (``docs/interchange.md``);
each importer returns the result **and a report** (counts, renamed ids, warnings) as dicts."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from typing import Any, Literal, cast

from . import _kalkan
from ._api import Framework, Source, _framework_arg, _read, _read_file, _text

def import_oscal_catalog(
    catalog: str | bytes | os.PathLike[str], *, id: str | None = None, version: str | None = None, scale: Literal["implementation", "yes-no-na"] = "implementation"
) -> dict[str, Any]:
    """An OSCAL catalog (JSON text, bytes or a path) as ``{"framework": ..., "report": ...}``:
    groups, controls (enhancements after their parents), statements with rendered parameters;
    withdrawn controls listed in the report with where they went."""
    return cast(dict[str, Any], _kalkan.import_oscal_catalog(_text(catalog, "framework"), id, version, scale))


def import_oscal_profile(
    profile: str | bytes | os.PathLike[str],
    catalog: str | bytes | os.PathLike[str],
    *,
    id: str | None = None,
    version: str | None = None,
    scale: Literal["implementation", "yes-no-na"] = "implementation",
    restrict: bool = False,
) -> dict[str, Any]:
    """An OSCAL profile resolved against its catalog: ``{"framework", "profile", "targets",
    "restricted", "report"}`` (``restricted``: the framework of the profile's controls only, when
    ``restrict``)."""
    return cast(dict[str, Any], _kalkan.import_oscal_profile(_text(profile, "framework"), _text(catalog, "framework"), id, version, scale, restrict))


def import_ciso_assistant(
    library: str | bytes | os.PathLike[str], *, id: str | None = None, version: str | None = None, meets_from: float | None = None
) -> dict[str, Any]:
    """A CISO Assistant framework library (YAML text, bytes or a path) as ``{"framework": ...,
    "report": ...}``: implementation groups become target profiles, scores a scale, translations
    localized text; ids Kalkan forbids are renamed reversibly (listed in the report)."""
    return cast(dict[str, Any], _kalkan.import_ciso_assistant(_text(library, "framework"), id, version, meets_from))


CisoFramework = str | bytes | os.PathLike[str] | Mapping[str, Any]
"""A CISO Assistant framework library for :func:`import_ciso_mapping`: its YAML text, bytes or
path, or the result of :func:`import_ciso_assistant` (``{"framework", "report"}``)."""


def import_ciso_mapping(mapping: str | bytes | os.PathLike[str], frameworks: CisoFramework | Iterable[CisoFramework] = ()) -> dict[str, Any]:
    """A CISO Assistant mapping library (YAML text, bytes or a path) as ``{"mappings": [...],
    "report": ...}``: one Kalkan mapping per set (``requirement_mapping_set(s)``). Requirement
    URNs become the control ids of ``frameworks``, the framework libraries the sets map from and
    to (texts, bytes or paths, imported with the default choices; or results of
    :func:`import_ciso_assistant`, made with any choices); a side whose framework is not given
    is named by the URNs' tails and any version (``*``). The report gives, per set, the mappings
    read and made and the requirements resolved, and the warnings (``not_a_control``: mappings
    to a function or category, left out; ``unused_framework``; ...)."""
    if isinstance(frameworks, (str, bytes, os.PathLike, Mapping)):
        frameworks = [frameworks]
    items = [dict(f) if isinstance(f, Mapping) else _text(f, "framework") for f in frameworks]
    return cast(dict[str, Any], _kalkan.import_ciso_mapping(_text(mapping, "mapping"), json.dumps(items, ensure_ascii=False, allow_nan=False)))


def export_xlsx(framework: Framework | Source | None = None, *, assessment: Source | None = None, lang: str = "en") -> bytes:
    """A questionnaire workbook (the bytes of an .xlsx file) of ``framework``, or of
    ``assessment`` with its answers filled in, in ``lang`` (Arabic sheets right to left)."""
    return _kalkan.export_xlsx(_framework_arg(framework), None if assessment is None else _read(assessment, "assessment"), lang)


def import_xlsx(workbook: bytes | os.PathLike[str], framework: Framework | Source | None = None) -> dict[str, Any]:
    """A filled questionnaire workbook (bytes or a path) as ``{"assessment": ..., "report": ...}``;
    a bad cell raises :class:`ValidationError` with the cell (``Governance!D14``) in its problem's
    details."""
    data = _read_file(workbook, "assessment") if isinstance(workbook, os.PathLike) else workbook
    return cast(dict[str, Any], _kalkan.import_xlsx(data, _framework_arg(framework)))
