"""The public API: frameworks, reports, scoring, validation, gaps, questionnaires.

Every operation runs in the compiled core (``kalkan._kalkan``); this module reads paths, picks
the compiled framework to use and wraps the results in typed objects.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, NoReturn, Union, cast, overload

from . import _kalkan
from ._errors import KalkanError, ParseError, ReadError, _read_error
from ._types import (
    Assessor,
    DocumentKind,
    FrameworkStamp,
    FrameworkSummary,
    Gaps,
    GroupRow,
    GroupScore,
    Headline,
    Progress,
    Questionnaire,
    ReportWarning,
    Subject,
    Validation,
)

if TYPE_CHECKING:
    import pandas

Source = Union[str, bytes, "os.PathLike[str]", Mapping[str, Any]]
"""A document: JSON text (``str``, or ``bytes`` of UTF-8), a path to a JSON file (``os.PathLike``,
e.g. ``pathlib.Path``) or already-parsed JSON (a ``dict``). A ``str`` is always JSON text;
wrap file names in ``pathlib.Path``.

Bytes and files are decoded by the core, as in every front end (:func:`decode`): a UTF-8
byte-order mark is skipped; UTF-16, UTF-32 and invalid UTF-8 raise :class:`ParseError`
(``invalid_encoding``). A file larger than the input limit (:func:`set_limits`) is refused before
it is read (``input_too_large``)."""

_BatchError = Union[KalkanError, TypeError]
"""What can stand in a failing assessment's place in ``score_batch(..., errors="return")``: the
exception scoring that item alone would raise. A :class:`KalkanError` for a document the core
rejects or a path that cannot be read (:class:`ReadError`); a ``TypeError`` for an item that is
not a document at all (e.g. ``42``)."""


SCHEMA_NAMES: tuple[str, ...] = tuple(_kalkan.SCHEMA_NAMES)
"""What has a JSON Schema: the documents (``framework``, ``assessment``, ``report``) and every
other result the core hands out (``validation``, ``error``, ``questionnaire``, ``progress``,
``row``, ``framework-summary``)."""


def _read_file(path: os.PathLike[str], document: DocumentKind) -> bytes:
    """The bytes of the file at ``path``, which holds a ``document``.

    The size is checked against the core's limit (``max_input_bytes``, see :func:`set_limits`)
    before anything is read: a larger file raises :class:`ParseError` (``input_too_large``)
    without being opened. A file that cannot be read raises :class:`ReadError` (the core's
    ``unreadable``). The bytes are not decoded here: the core does that (:func:`decode`)."""
    name = os.fsdecode(path)
    try:
        size = os.stat(path).st_size
    except OSError as e:
        raise _read_error(name, e) from e
    _kalkan.check_size(document, size)
    try:
        with open(path, "rb") as f:
            # A file that grew since is caught when the core decodes the bytes (same limit).
            return f.read()
    except OSError as e:
        raise _read_error(name, e) from e


def _read(source: Any, document: DocumentKind) -> Any:
    """Reads a path (size checked first, see :func:`_read_file`); passes JSON text, bytes and
    dicts through: the core decodes bytes and reports anything else."""
    if isinstance(source, os.PathLike):
        return _read_file(source, document)
    return source


def _text(source: str | bytes | os.PathLike[str], document: DocumentKind) -> str:
    """A document as JSON text for the core's JSON API: a path read (size checked first), bytes
    decoded by the core (:func:`decode`), text as it is."""
    if isinstance(source, str):
        return source
    data = _read(source, document)
    if isinstance(data, bytes):
        return _kalkan.decode(document, data)
    raise TypeError(f"expected {_article(document)} {document} as JSON text (str or bytes) or a path (os.PathLike), found a `{type(source).__name__}`")


def _article(document: str) -> str:
    return "an" if document[:1] in "aeiou" else "a"


def _frozen(self: object, name: str, value: object) -> NoReturn:
    raise AttributeError(f"{type(self).__name__} is immutable; cannot set `{name}`")


# --- frameworks -----------------------------------------------------------------------------


class Framework:
    """A validated framework, compiled once for fast repeated scoring.

    Build one from a document with ``Framework(source)`` (or :func:`load_framework`), or take a
    built-in one with :func:`get_framework`. Invalid documents raise :class:`ParseError` or
    :class:`ValidationError` listing every problem.
    """

    _compiled: _kalkan.CompiledFramework

    def __init__(self, source: Source) -> None:
        object.__setattr__(self, "_compiled", _kalkan.CompiledFramework.load(_read(source, "framework")))

    @classmethod
    def _wrap(cls, compiled: _kalkan.CompiledFramework) -> Framework:
        fw = cls.__new__(cls)
        object.__setattr__(fw, "_compiled", compiled)
        return fw

    __setattr__ = _frozen

    # Identity

    @property
    def id(self) -> str:
        return self._compiled.id

    @property
    def version(self) -> str:
        """The exact version, e.g. ``1.0.0``."""
        return self._compiled.version

    @property
    def digest(self) -> str:
        """``sha256:`` and the hex SHA-256 of the framework's canonical JSON."""
        return self._compiled.digest

    @property
    def stamp(self) -> FrameworkStamp:
        """Id, exact version and digest, as reports carry them."""
        return FrameworkStamp(self.id, self.version, self.digest)

    # Content

    @cached_property
    def _document(self) -> dict[str, Any]:
        return self._compiled.to_dict()  # type: ignore[no-any-return]

    @property
    def title(self) -> dict[str, str]:
        """The title by language tag."""
        return dict(self._document["title"])

    @property
    def description(self) -> dict[str, str]:
        return dict(self._document.get("description") or {})

    @property
    def headline(self) -> Headline:
        """The result to present first (``level``, ``index`` or ``compliance``), as reports carry
        it: the declared headline, except that a framework without maturity levels headlines the
        index (the core's *effective* headline)."""
        return cast(Headline, self._compiled.headline)

    @property
    def declared_headline(self) -> Headline:
        """The headline the framework document declares (its ``headline`` field)."""
        return cast(Headline, self._compiled.declared_headline)

    @property
    def control_count(self) -> int:
        return self._compiled.control_count

    @property
    def control_ids(self) -> tuple[str, ...]:
        """Control ids in document (questionnaire) order."""
        return tuple(self._compiled.control_ids())

    @property
    def profiles(self) -> tuple[str, ...]:
        """The ids of the framework's target profiles."""
        return tuple(p["id"] for p in self._document.get("profiles") or ())

    def to_dict(self) -> dict[str, Any]:
        """The framework as written (the core's serde form; a fresh copy)."""
        return self._compiled.to_dict()  # type: ignore[no-any-return]

    def to_json(self, indent: int | None = None) -> str:
        """The framework as JSON text: compact, or indented by ``indent`` spaces."""
        return self._compiled.to_json(indent)

    # Operations

    def score(self, assessment: Source, *, profile: str | None = None) -> Report:
        """Scores an assessment; see :func:`score`."""
        return Report(_kalkan.score(_read(assessment, "assessment"), self._compiled, profile))

    @overload
    def score_batch(self, assessments: Iterable[Source], *, profile: str | None = ..., errors: Literal["raise"] = ...) -> list[Report]: ...

    @overload
    def score_batch(self, assessments: Iterable[Source], *, profile: str | None = ..., errors: Literal["return"]) -> list[Report | _BatchError]: ...

    def score_batch(
        self, assessments: Iterable[Source], *, profile: str | None = None, errors: Literal["raise", "return"] = "raise"
    ) -> list[Report] | list[Report | _BatchError]:
        """Scores many assessments in parallel; see :func:`score_batch`."""
        return _score_batch(self._compiled, assessments, profile, errors)

    def gaps(self, assessment: Source, *, profile: str | None = None) -> Gaps:
        """Gap analysis; see :func:`gaps`."""
        return Gaps._from_dict(_kalkan.gaps(_read(assessment, "assessment"), self._compiled, profile))

    def validate(self, assessment: Source) -> Validation:
        """Every problem of an assessment against this framework (never raises for bad content;
        see :func:`validate_assessment`)."""
        try:
            doc = _read(assessment, "assessment")
        except ParseError as e:
            return _unread(e)
        return Validation._from_dict(_kalkan.validate_assessment(doc, self._compiled))

    def questionnaire(self, lang: str = "en") -> Questionnaire:
        """The framework as a questionnaire in ``lang`` (texts missing in it fall back to English)."""
        return Questionnaire._from_dict(self._compiled.questionnaire(lang))

    def progress(self, assessment: Source) -> Progress:
        """How far an assessment has got through the questionnaire."""
        return Progress._from_dict(_kalkan.progress(_read(assessment, "assessment"), self._compiled))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Framework) and self._compiled == other._compiled

    def __hash__(self) -> int:
        return hash(self._compiled)

    def __repr__(self) -> str:
        return f"<Framework {self.id} {self.version} {self.digest[:19]}>"


def frameworks() -> list[FrameworkSummary]:
    """Summaries of the built-in frameworks, sorted by id then version."""
    return [FrameworkSummary._from_dict(s) for s in _kalkan.builtin_frameworks()]


def get_framework(id: str, requirement: str = "*") -> Framework:
    """The built-in framework ``id``, newest version matching ``requirement`` (Cargo syntax:
    ``^1.2``, ``1``, ``>=1, <3``, ``=1.0.0``, ``*``).

    Raises :class:`FrameworkNotFoundError` when none matches, and :class:`ArgumentError`
    (``invalid_version_requirement``) when ``requirement`` is not a version requirement.
    """
    return Framework._wrap(_kalkan.builtin_framework(id, requirement))


def load_framework(source: Source) -> Framework:
    """Loads, validates and compiles a framework document (same as ``Framework(source)``)."""
    return Framework(source)


def _framework_arg(framework: Framework | Source | None) -> Any:
    if isinstance(framework, Framework):
        return framework._compiled
    return None if framework is None else _read(framework, "framework")


class Registry:
    """Frameworks by id and version: the built-in ones (unless ``builtins=False``) and any you add.

    Several versions of one framework live side by side; an assessment picks one with its
    version requirement.
    """

    def __init__(self, *, builtins: bool = True) -> None:
        self._inner = _kalkan.Registry(builtins)

    def add(self, source: Source | Framework) -> Framework:
        """Adds a framework. The same id and version twice is accepted only with identical
        content; otherwise raises :class:`FrameworkConflictError`."""
        doc = source._compiled if isinstance(source, Framework) else _read(source, "framework")
        return Framework._wrap(self._inner.add(doc))

    def get(self, id: str, requirement: str = "*") -> Framework:
        """The newest framework ``id`` whose version satisfies ``requirement``."""
        return Framework._wrap(self._inner.get(id, requirement))

    def framework_for(self, assessment: Source) -> Framework:
        """The framework an assessment names (its ``framework.id`` and version requirement)."""
        return Framework._wrap(self._inner.for_assessment(_read(assessment, "assessment")))

    def score(self, assessment: Source, *, profile: str | None = None) -> Report:
        """Scores an assessment against the framework it names in this registry."""
        doc = _read(assessment, "assessment")
        compiled = self._inner.for_assessment(doc)
        return Report(_kalkan.score(doc, compiled, profile))

    def list(self) -> list[FrameworkSummary]:
        """Summaries of every registered framework, sorted by id then version."""
        return [FrameworkSummary._from_dict(s) for s in self._inner.list()]

    def __len__(self) -> int:
        return len(self._inner)

    def __iter__(self) -> Iterator[FrameworkSummary]:
        return iter(self.list())

    def __repr__(self) -> str:
        return f"<Registry frameworks={len(self)}>"


# --- reports --------------------------------------------------------------------------------


class Report:
    """The result of scoring one assessment against one framework.

    The headline figures (``level``, ``index``, ``compliance``, ``completeness``) are the
    root's. Nested results (``root``, ``gaps``, ...) are typed, immutable objects built on first
    access. ``to_dict()`` and ``to_json()`` give the core's report document.
    """

    _data: _kalkan.ReportData

    def __init__(self, data: _kalkan.ReportData) -> None:
        object.__setattr__(self, "_data", data)

    __setattr__ = _frozen

    @classmethod
    def from_json(cls, source: str | bytes | os.PathLike[str]) -> Report:
        """Reads a report saved with ``to_json()`` (JSON text, UTF-8 bytes or a path).

        Raises :class:`ParseError` (``document="report"``) for text that is not a report, for
        bytes that are not UTF-8 (``invalid_encoding``) and for a file over the input limit
        (``input_too_large``), and :class:`ReadError` for a path that cannot be read.
        """
        return cls(_kalkan.ReportData.load(_read(source, "report")))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Builds a report from its ``to_dict()`` form.

        Raises :class:`ParseError` (``document="report"``, with the JSON Pointer) for data that is
        not a report, including values that are not JSON (``invalid_structure``).
        """
        return cls(_kalkan.ReportData.load(data))

    @cached_property
    def _dict(self) -> dict[str, Any]:
        return self._data.to_dict()  # type: ignore[no-any-return]

    # Headline figures (read straight from the core's report, no conversion)

    @property
    def level(self) -> int | None:
        """The maturity level reached (0 = none); None when no applicable control has a level."""
        return self._data.level

    @property
    def index(self) -> float | None:
        """The weighted index, 0-100; None when nothing is applicable."""
        return self._data.index

    @property
    def compliance(self) -> float | None:
        """100 x met / applicable; None when nothing is applicable."""
        return self._data.compliance

    @property
    def completeness(self) -> float:
        """answered / controls, in [0, 1]."""
        return self._data.completeness

    # Everything else

    @cached_property
    def framework(self) -> FrameworkStamp:
        """Exactly which framework content produced this report."""
        return FrameworkStamp._from_dict(self._dict["framework"])

    @cached_property
    def subject(self) -> Subject:
        return Subject._from_dict(self._dict["subject"])

    @cached_property
    def assessor(self) -> Assessor | None:
        a = self._dict.get("assessor")
        return None if a is None else Assessor._from_dict(a)

    @property
    def started(self) -> str | None:
        return self._dict.get("started")

    @property
    def completed(self) -> str | None:
        return self._dict.get("completed")

    @property
    def headline(self) -> Headline:
        """The framework's preferred headline result."""
        return self._dict["headline"]  # type: ignore[no-any-return]

    @cached_property
    def root(self) -> GroupScore:
        """The whole framework scored as one group; its id is the framework id."""
        return GroupScore._from_dict(self._dict["root"])

    @cached_property
    def gaps(self) -> Gaps | None:
        """Gap analysis, when a target profile was named."""
        g = self._dict.get("gaps")
        return None if g is None else Gaps._from_dict(g)

    @cached_property
    def warnings(self) -> tuple[ReportWarning, ...]:
        return tuple(ReportWarning._from_dict(w) for w in self._dict["warnings"])

    def group(self, group_id: str) -> GroupScore:
        """The scores of group ``group_id`` (any depth). Raises ``KeyError`` if there is none."""
        found = self.root.find(group_id)
        if found is None:
            raise KeyError(group_id)
        return found

    def rows(self) -> list[GroupRow]:
        """The report as tidy rows (the core's ``Report::rows``): root first, then every group
        depth-first in document order."""
        return [GroupRow._from_dict(r) for r in self._data.rows()]

    def to_dataframe(self) -> pandas.DataFrame:
        """The rows as a pandas DataFrame (needs ``pip install kalkan[pandas]``)."""
        from ._frames import to_dataframe

        return to_dataframe([self])

    def to_dict(self) -> dict[str, Any]:
        """The report as the core serializes it (a fresh copy)."""
        return self._data.to_dict()  # type: ignore[no-any-return]

    def to_json(self, indent: int | None = None) -> str:
        """The report as JSON text: compact, or indented by ``indent`` spaces."""
        return self._data.to_json(indent)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Report) and self._data == other._data

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        index = "None" if self.index is None else f"{self.index:.1f}"
        return (
            f"<Report {self._data.framework_id} {self._data.framework_version} "
            f"{self._data.subject_name!r} level={self.level} index={index}>"
        )


# --- operations -----------------------------------------------------------------------------


def score(assessment: Source, framework: Framework | Source | None = None, *, profile: str | None = None) -> Report:
    """Scores an assessment.

    ``framework`` is a :class:`Framework`, a framework document, or None to use the built-in
    framework the assessment names. ``profile`` overrides the assessment's target profile for the
    gap analysis in the report.

    Raises :class:`ParseError` (not JSON, wrong shape), :class:`ValidationError` (every problem
    of an invalid assessment or framework), :class:`FrameworkNotFoundError`,
    :class:`ProfileError` (``profile`` names no profile of the framework) and :class:`ReadError`.
    """
    return Report(_kalkan.score(_read(assessment, "assessment"), _framework_arg(framework), profile))


def _score_batch(
    compiled: _kalkan.CompiledFramework, assessments: Iterable[Any], profile: str | None, errors: str
) -> list[Any]:
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
    # Files are read here; one that cannot be read (or is over the size limit) fails in its own
    # place, not the whole batch.
    items: list[Any] = []
    unread: dict[int, KalkanError] = {}
    for i, a in enumerate(assessments):
        if type(a) is str:
            items.append(a)
            continue
        try:
            items.append(_read(a, "assessment"))
        except (ReadError, ParseError) as e:
            unread[i] = e
    scored = iter(_kalkan.score_batch(compiled, items, profile))
    results: list[Any] = [unread[i] if i in unread else next(scored) for i in range(len(items) + len(unread))]
    data = _kalkan.ReportData
    failed = [i for i, r in enumerate(results) if type(r) is not data]
    for i in failed:
        results[i].index = i
    if failed and errors == "raise":
        raise results[failed[0]]
    return [Report(r) if type(r) is data else r for r in results]


@overload
def score_batch(
    assessments: Iterable[Source], framework: Framework | Source, *, profile: str | None = ..., errors: Literal["raise"] = ...
) -> list[Report]: ...


@overload
def score_batch(
    assessments: Iterable[Source], framework: Framework | Source, *, profile: str | None = ..., errors: Literal["return"]
) -> list[Report | _BatchError]: ...


def score_batch(
    assessments: Iterable[Source],
    framework: Framework | Source,
    *,
    profile: str | None = None,
    errors: Literal["raise", "return"] = "raise",
) -> list[Report] | list[Report | _BatchError]:
    """Scores many assessments against one framework, in parallel and without holding the GIL.

    Results come back in input order. With ``errors="raise"`` (the default) the first failing
    assessment's error is raised, its ``index`` set to the assessment's position; with
    ``errors="return"`` each failing assessment's place holds its exception instead, with
    ``index`` set. A failing assessment's exception is what scoring it alone would raise: a
    :class:`KalkanError` (:class:`ReadError` for a path that cannot be read), or a ``TypeError``
    for an item that is not a document.
    """
    fw = framework if isinstance(framework, Framework) else Framework(framework)
    return _score_batch(fw._compiled, assessments, profile, errors)


def gaps(assessment: Source, framework: Framework | Source | None = None, *, profile: str | None = None) -> Gaps:
    """Gap analysis of an assessment against ``profile``, or else the assessment's own profile.

    Raises :class:`ProfileError` when no profile is named (``no_profile``) or the named one does
    not exist (``unknown_profile``).
    """
    return Gaps._from_dict(_kalkan.gaps(_read(assessment, "assessment"), _framework_arg(framework), profile))


def oscal_assessment_results(assessment: Source, framework: Framework | Source | None = None, *, profile: str | None = None) -> dict[str, Any]:
    """The OSCAL ``assessment-results`` document (a dict, ready for ``json.dump``) of an
    assessment scored against ``profile`` or else its own: one finding per control, observations
    with notes and evidence, Kalkan's level, index and compliance as props, deterministic UUIDs
    (the same bytes as the CLI and the browser)."""
    return cast(dict[str, Any], _kalkan.oscal_assessment_results(_read(assessment, "assessment"), _framework_arg(framework), profile))


def oscal_poam(assessment: Source, framework: Framework | Source | None = None, *, profile: str | None = None) -> dict[str, Any]:
    """The OSCAL ``plan-of-action-and-milestones`` document (a dict) of an assessment's gaps
    against ``profile`` or else its own profile: one item per gap, in the gap list's order.

    Raises :class:`ProfileError` when there is no profile (``no_profile``)."""
    return cast(dict[str, Any], _kalkan.oscal_poam(_read(assessment, "assessment"), _framework_arg(framework), profile))


def validate_framework(source: Source) -> Validation:
    """Every problem of a framework document (errors), and missing translations (warnings).

    Never raises for bad content: a document that is not even JSON, not UTF-8 or over the input
    limit (a file is refused before it is read) is reported as an error. A file that cannot be
    read raises :class:`ReadError`.
    """
    try:
        doc = _read(source, "framework")
    except ParseError as e:
        return _unread(e)
    return Validation._from_dict(_kalkan.validate_framework(doc))


def validate_assessment(assessment: Source, framework: Framework | Source | None = None) -> Validation:
    """Every problem of an assessment against ``framework`` (or the built-in one it names).

    Never raises for bad content, as :func:`validate_framework`; a file over the input limit is
    reported without being read (the assessment's file is checked before the framework's)."""
    try:
        doc, fw = _read(assessment, "assessment"), _framework_arg(framework)
    except ParseError as e:
        return _unread(e)
    return Validation._from_dict(_kalkan.validate_assessment(doc, fw))


def _unread(e: ParseError) -> Validation:
    """The validation of a file refused before it was read (over the input limit): what the core
    says of any document it cannot parse (``Validation::of_framework``/``of_assessment`` of the
    parse error): not valid, the error's problems, no warnings."""
    return Validation(valid=False, errors=e.errors, warnings=())


def questionnaire(framework: Framework | Source, lang: str = "en") -> Questionnaire:
    """The questionnaire view of a framework in ``lang``."""
    fw = framework if isinstance(framework, Framework) else Framework(framework)
    return fw.questionnaire(lang)


def progress(assessment: Source, framework: Framework | Source | None = None) -> Progress:
    """How far an assessment has got through its framework's questionnaire."""
    return Progress._from_dict(_kalkan.progress(_read(assessment, "assessment"), _framework_arg(framework)))


def schema_json(name: str) -> str:
    """The JSON Schema of ``name`` (one of :data:`SCHEMA_NAMES`), as text."""
    text = _kalkan.schema_json(name)
    if text is None:
        raise ValueError(f"no schema named {name!r}; expected one of: {', '.join(SCHEMA_NAMES)}")
    return text


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of ``name`` (one of :data:`SCHEMA_NAMES`), parsed."""
    return json.loads(schema_json(name))  # type: ignore[no-any-return]


def rows(reports: Report | Iterable[Report]) -> list[GroupRow]:
    """The tidy rows of one report or many, in order."""
    if isinstance(reports, Report):
        return reports.rows()
    return [row for r in reports for row in r.rows()]
