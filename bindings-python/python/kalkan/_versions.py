"""Framework versions: what changed between two versions (and whether the version step is large
enough), mapping documents, moving an assessment to another version or framework, and seeing an
assessment through another framework. Every rule is the core's; results are plain dicts shaped
by the JSON Schemas ``diff``, ``mapping``, ``migration`` and ``projection``.

Documents may be given as JSON text, ``bytes``, a dict or a path (bytes and files are decoded by
the core, :func:`kalkan.decode`; a file over the input limit is refused before it is read); a
target is a document or a built-in ``"id@requirement"`` such as ``"nist-csf@^2"``.
"""

from __future__ import annotations

import json
import os
from typing import Any, Literal, Mapping, Union

from . import _api, _kalkan
from ._types import DocumentKind

Document = Union[str, bytes, Mapping[str, Any], "os.PathLike[str]"]

__all__ = ["diff", "diff_text", "generate_mapping", "validate_mapping", "migrate", "project"]


def _text(source: Document, document: DocumentKind) -> str:
    """A document as JSON text: paths read (their size checked before reading), bytes decoded by
    the core (:func:`kalkan.decode`), dicts serialized."""
    if isinstance(source, (str, bytes, os.PathLike)):
        return _api._text(source, document)
    return json.dumps(source, ensure_ascii=False, separators=(",", ":"))


def _optional(source: Document | None, document: DocumentKind) -> str | None:
    return None if source is None else _text(source, document)


def _target(target: Document) -> str:
    """A built-in ``id@requirement`` stays a string; a document becomes JSON text."""
    if isinstance(target, str) and not target.lstrip().startswith("{"):
        return target
    return _text(target, "framework")


def diff(old: Document, new: Document, *, mapping: Document | None = None) -> dict[str, Any]:
    """The changes from ``old`` to ``new`` (two versions of one framework), each classified
    ``breaking``, ``additive`` or ``editorial``, with the version check under ``check``."""
    return _kalkan.diff(_text(old, "framework"), _text(new, "framework"), _optional(mapping, "mapping"))


def diff_text(
    old: Document, new: Document, *, mapping: Document | None = None, format: Literal["text", "md"] = "text", lang: str = "en"
) -> str:
    """The same diff in words: ``text`` for a terminal or ``md`` (a Markdown changelog), in ``lang``."""
    return _kalkan.diff_text(_text(old, "framework"), _text(new, "framework"), _optional(mapping, "mapping"), format, lang)


def generate_mapping(old: Document, new: Document) -> dict[str, Any]:
    """A mapping document from ``old`` to ``new`` generated from their diff, to complete by hand."""
    return _kalkan.generate_mapping(_text(old, "framework"), _text(new, "framework"))


def validate_mapping(mapping: Document, *, source: Document | None = None, target: Document | None = None) -> dict[str, Any]:
    """``{valid, errors, warnings}`` of a mapping, against the given frameworks or the built-in
    ones its requirements name. Never raises for bad content."""
    return _kalkan.validate_mapping(_text(mapping, "mapping"), _optional(source, "framework"), _optional(target, "framework"))


def migrate(
    assessment: Document, to: Document, *, framework: Document | None = None, mapping: Document | None = None
) -> dict[str, Any]:
    """``{assessment, report}``: the assessment moved to ``to``; every target control carried,
    to review, new, or unanswered in the source. No answer is ever invented."""
    return _kalkan.migrate(_text(assessment, "assessment"), _target(to), _optional(framework, "framework"), _optional(mapping, "mapping"))


def project(
    assessment: Document,
    onto: Document,
    *,
    framework: Document | None = None,
    mapping: Document | None = None,
    profile: str | None = None,
) -> dict[str, Any]:
    """The assessment seen through another framework: its report (``report``), how each control
    was derived (``controls``) and how much is covered (``coverage``)."""
    return _kalkan.project(_text(assessment, "assessment"), _target(onto), _optional(framework, "framework"), _optional(mapping, "mapping"), profile)
