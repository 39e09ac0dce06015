"""The national review: several respondents merged, assessments compared and followed over
time, benchmark statistics with small cohorts suppressed, placement among peers, anonymization.

Every rule runs in the core; results are the core's data (dicts and lists, as its JSON Schemas
``adjudication``, ``comparison``, ``trend``, ``benchmark`` and ``placement`` describe them).
Documents are JSON text, ``bytes``, a ``pathlib.Path`` or a ``dict``; bytes and files are decoded
by the core (:func:`kalkan.decode`), and a file over the input limit is refused before it is read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal

from . import _api, _kalkan
from ._api import Framework, Source
from ._types import DocumentKind

Rule = str
"""A merge rule: ``consensus``, ``minimum``, ``median`` or ``majority``."""
DEFAULT_K = 5


def _text(doc: Any, document: DocumentKind = "assessment") -> str:
    """A document as JSON text: paths read (their size checked before reading), bytes decoded by
    the core (:func:`kalkan.decode`), dicts serialized."""
    if isinstance(doc, (str, bytes, os.PathLike)):
        return _api._text(doc, document)
    if isinstance(doc, Mapping):
        return json.dumps(doc, ensure_ascii=False)
    raise TypeError(f"expected a document (JSON text, bytes, a path or a dict), found a `{type(doc).__name__}`")


def _array(docs: Iterable[Any]) -> str:
    """The documents as one JSON array text; the core checks that each is one JSON value (a text
    that is not is a ``ParseError`` located at ``/i``, its position)."""
    return _kalkan.review_documents([_text(d) for d in docs])


def _framework(framework: Framework | Source | None) -> str | None:
    if framework is None:
        return None
    if isinstance(framework, Framework):
        return framework.to_json()
    return _text(framework, "framework")


def merge(assessments: Sequence[Source], *, rule: Rule = "consensus", adjudication: Source | None = None, framework: Framework | Source | None = None) -> dict[str, Any]:
    """Merges several respondents' assessments of one subject into one assessment (a dict),
    whose ``merge`` field records the rule, the respondents, who answered what and the
    conflicts. ``adjudication`` settles conflicts by hand."""
    adj = None if adjudication is None else _text(adjudication, "adjudication")
    out: dict[str, Any] = _kalkan.review_merge(_array(assessments), rule, _framework(framework), adj)
    return out


def compare(old: Source, new: Source, *, framework: Framework | Source | None = None) -> dict[str, Any]:
    """What changed between two assessments of one subject, per group and control."""
    out: dict[str, Any] = _kalkan.review_compare(_text(old), _text(new), _framework(framework))
    return out


def trend(assessments: Sequence[Source], *, framework: Framework | Source | None = None) -> dict[str, Any]:
    """A series of assessments of one subject over time: one series per top-level group."""
    out: dict[str, Any] = _kalkan.review_trend(_array(assessments), _framework(framework))
    return out


def aggregate(assessments: Iterable[Source], *, by: Sequence[str] = (), k: int = DEFAULT_K, framework: Framework | Source | None = None) -> dict[str, Any]:
    """Benchmark statistics per framework family, cohort and group (n, min, quartiles, median,
    max, mean of index and compliance; levels); cohorts of fewer than ``k`` subjects suppressed.
    The first assessment that cannot be scored raises its error. For many assessments,
    :class:`Aggregator` scores in parallel (and in parts, merged), with the same statistics."""
    options = json.dumps({"by": list(by), "k": k})
    out: dict[str, Any] = _kalkan.review_aggregate(_array(assessments), options, _framework(framework))
    return out


def place(subject: Source, assessments: Iterable[Source], *, by: Sequence[str] = (), k: int = DEFAULT_K, framework: Framework | Source | None = None) -> dict[str, Any]:
    """Where ``subject`` stands among ``assessments``: medians, percentile ranks, above/at/below."""
    options = json.dumps({"by": list(by), "k": k})
    out: dict[str, Any] = _kalkan.review_place(_array(assessments), _text(subject), options, _framework(framework))
    return out


def anonymize(assessment: Source, pseudonym: str, *, keep_country: bool = False, keep_sector: bool = False, dates: Literal["month", "year"] = "month") -> dict[str, Any]:
    """The assessment without names, assessor, notes, evidence, answer times or merge record,
    dates coarsened; country and sector only when kept."""
    options = json.dumps({"keep_country": keep_country, "keep_sector": keep_sector, "dates": dates})
    out: dict[str, Any] = _kalkan.review_anonymize(_text(assessment), pseudonym, options)
    return out


class Aggregator:
    """Collects benchmark statistics from many assessments, in parts that can be merged (in
    another process, from :meth:`to_state`). Exact: the statistics do not depend on the order
    of the assessments or on how they were split."""

    def __init__(self, by: Sequence[str] = (), *, _inner: _kalkan.Aggregator | None = None) -> None:
        self._inner = _inner if _inner is not None else _kalkan.Aggregator(list(by))

    def add(self, assessments: Iterable[Source], framework: Framework | None = None) -> list[Exception]:
        """Scores the assessments (in parallel, without the GIL) and adds them; returns the
        exception of each one that failed (with ``.index``)."""
        texts = [_text(a) for a in assessments]
        compiled = None if framework is None else framework._compiled
        errors: list[Exception] = self._inner.add_texts(texts, compiled)
        return errors

    def merge(self, other: Aggregator) -> None:
        self._inner.merge(other._inner)

    def to_state(self) -> bytes:
        return self._inner.to_state()

    @classmethod
    def from_state(cls, state: bytes) -> Aggregator:
        return cls(_inner=_kalkan.Aggregator.from_state(state))

    def statistics(self, k: int = DEFAULT_K) -> dict[str, Any]:
        out: dict[str, Any] = self._inner.statistics(k)
        return out

    def place(self, assessment: Source, k: int = DEFAULT_K, framework: Framework | None = None) -> dict[str, Any]:
        out: dict[str, Any] = self._inner.place(_text(assessment), k, None if framework is None else framework._compiled)
        return out

    def __len__(self) -> int:
        return len(self._inner)


def statistics_frame(benchmark: Mapping[str, Any]) -> Any:
    """Benchmark statistics as a pandas DataFrame: one row per family, cohort, group and measure
    (``index``, ``compliance``), with the cohort's key values as columns (suppressed cohorts and
    withheld measures have no figures)."""
    from ._frames import _pandas

    pd = _pandas()
    rows = []
    for fam in benchmark["families"]:
        for cohort in [fam["total"], *fam["cohorts"]]:
            key = {b: (cohort["key"][i] if cohort["key"] else None) for i, b in enumerate(benchmark["by"])}
            base = {"framework": fam["framework"], "major": fam["major"], **key, "total": not cohort["key"], "suppressed": cohort["suppressed"], "subjects": cohort["n"]}
            for g in cohort["groups"]:
                for measure in ("index", "compliance"):
                    s = g[measure] or {}
                    rows.append({**base, "group": g["group"], "measure": measure, **{f: s.get(f) for f in ("n", "min", "q1", "median", "q3", "max", "mean")}})
            if cohort["suppressed"]:
                rows.append({**base, "group": None, "measure": None})
    return pd.DataFrame(rows)
