"""Typed, immutable views of the core's results.

Each class mirrors one serde type of the Rust core field for field. They are built from the
core's serde output (``_from_dict``) and turn back into it (``to_dict``); no rule is computed
here. Lists become tuples so that the objects are immutable.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Literal, TypeAlias, TypeVar

from . import _kalkan

# Spelled as a union of literals (the same type) so that the runtime object is a Union too.
Status: TypeAlias = Literal["met"] | Literal["not_met"] | Literal["not_applicable"] | Literal["unanswered"]
"""How a control was answered."""

Headline: TypeAlias = Literal["level"] | Literal["index"] | Literal["compliance"]
"""Which result a framework presents first."""

_T = TypeVar("_T", bound="_Data")


class _Data:
    """Conversion between a frozen dataclass and the core's serde form."""

    # field name -> (class, "one" | "optional" | "many"): fields holding other result types.
    _nested: ClassVar[dict[str, tuple[type[_Data], str]]] = {}
    # Fields holding lists of plain values (stored as tuples).
    _plain_lists: ClassVar[frozenset[str]] = frozenset()
    # Fields the core leaves out when None / empty.
    _skip_none: ClassVar[frozenset[str]] = frozenset()
    _skip_empty: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def _from_dict(cls: type[_T], data: Mapping[str, Any]) -> _T:
        names = _field_names(cls)
        kw = {k: v for k, v in data.items() if k in names}
        for name, (sub, mode) in cls._nested.items():
            value = kw.get(name)
            if mode == "one":
                kw[name] = sub._from_dict(value or {})
            elif mode == "optional":
                kw[name] = None if value is None else sub._from_dict(value)
            else:
                kw[name] = tuple(sub._from_dict(x) for x in value or ())
        for name in cls._plain_lists:
            kw[name] = tuple(kw.get(name) or ())
        return cls(**kw)

    def to_dict(self) -> dict[str, Any]:
        """The object as the core serializes it (JSON-compatible dicts and lists)."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            value = getattr(self, f.name)
            if value is None and f.name in self._skip_none:
                continue
            if not value and f.name in self._skip_empty:
                continue
            out[f.name] = _plain(value)
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, _Data):
        return value.to_dict()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return dict(value)
    return value


_FIELD_NAMES: dict[type, frozenset[str]] = {}


def _field_names(cls: type) -> frozenset[str]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = frozenset(f.name for f in dataclasses.fields(cls))
        _FIELD_NAMES[cls] = names
    return names


def _num(x: float | None, digits: int = 1) -> str:
    return "None" if x is None else f"{x:.{digits}f}"


# --- problems -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Problem(_Data):
    """One problem found in a document."""

    path: str
    """Where: a JSON path such as ``groups[2].controls[4].scale`` (empty: the whole document)."""
    code: str
    """A stable code such as ``unknown_option`` (see the core's ``Code``)."""
    message: str
    """What is wrong and what was expected."""
    line: int | None = None
    """1-based line, for syntax errors."""
    column: int | None = None
    """1-based column, for syntax errors."""

    _skip_none: ClassVar[frozenset[str]] = frozenset({"line", "column"})

    def __str__(self) -> str:
        """The core's text of the problem (its ``Display``), e.g.
        ``(document): EOF while parsing an object [malformed_json] at line 1, column 1``.

        A problem the core cannot read (a code it does not know; only possible for one built by
        hand) shows its ``repr`` instead.
        """
        text = _kalkan.problem_text(self.to_dict())
        return repr(self) if text is None else text


@dataclasses.dataclass(frozen=True)
class Validation(_Data):
    """The outcome of a validation: every error and every warning."""

    valid: bool
    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    """Missing translations (frameworks only); they do not make a document invalid."""

    _nested: ClassVar[dict[str, tuple[type[_Data], str]]] = {"errors": (Problem, "many"), "warnings": (Problem, "many")}

    def __repr__(self) -> str:
        return f"<Validation valid={self.valid} errors={len(self.errors)} warnings={len(self.warnings)}>"


# --- reports --------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FrameworkStamp(_Data):
    """Exactly which framework content produced a report."""

    id: str
    version: str
    digest: str
    """``sha256:`` and the hex SHA-256 of the framework's canonical JSON."""


@dataclasses.dataclass(frozen=True)
class Subject(_Data):
    """Who or what is assessed."""

    name: str
    kind: str | None = None
    country: str | None = None
    sector: str | None = None

    _skip_none: ClassVar[frozenset[str]] = frozenset({"kind", "country", "sector"})


@dataclasses.dataclass(frozen=True)
class Assessor(_Data):
    """Who carried out the assessment."""

    name: str
    organisation: str | None = None
    email: str | None = None

    _skip_none: ClassVar[frozenset[str]] = frozenset({"organisation", "email"})


@dataclasses.dataclass(frozen=True)
class Counts(_Data):
    """Counts over a group's subtree."""

    controls: int
    applicable: int
    """Controls not answered as not applicable (unanswered ones count as applicable)."""
    answered: int
    """Answered, not-applicable answers included."""
    unanswered: int
    met: int
    not_applicable: int


@dataclasses.dataclass(frozen=True)
class ControlScore(_Data):
    """The result of one control."""

    id: str
    option: str | None
    status: Status
    credit: float


@dataclasses.dataclass(frozen=True, repr=False)
class GroupScore(_Data):
    """Scores of one group, or of the root (whose id is the framework id)."""

    id: str
    counts: Counts
    completeness: float
    """answered / controls, in [0, 1]."""
    compliance: float | None
    """100 x met / applicable; None when nothing is applicable."""
    index: float | None
    """Weighted credit, 0-100; None when nothing is applicable."""
    level: int | None
    """Maturity level reached (0 = none); None when no applicable control carries a level."""
    controls: tuple[ControlScore, ...] = ()
    """The controls directly in this group."""
    groups: tuple[GroupScore, ...] = ()
    """The sub-groups."""

    _nested: ClassVar[dict[str, tuple[type[_Data], str]]] = {}  # set below: refers to itself
    _skip_empty: ClassVar[frozenset[str]] = frozenset({"controls", "groups"})

    def walk(self) -> Iterator[GroupScore]:
        """This group and every group below it, depth-first in document order."""
        yield self
        for g in self.groups:
            yield from g.walk()

    def find(self, group_id: str) -> GroupScore | None:
        """The group ``group_id`` in this subtree, if any."""
        return next((g for g in self.walk() if g.id == group_id), None)

    def __repr__(self) -> str:
        return (
            f"<GroupScore {self.id} level={self.level} index={_num(self.index)} "
            f"compliance={_num(self.compliance)} completeness={self.completeness:.2f} "
            f"controls={self.counts.controls}>"
        )


GroupScore._nested = {"counts": (Counts, "one"), "controls": (ControlScore, "many"), "groups": (GroupScore, "many")}


@dataclasses.dataclass(frozen=True)
class GroupGap(_Data):
    """Where a targeted group stands."""

    group: str
    target_level: int
    current_level: int | None
    reached: bool
    """Every applicable control of the group that the target requires meets."""
    missing: int
    """How many required controls of the group do not meet."""


@dataclasses.dataclass(frozen=True)
class ControlGap(_Data):
    """A control the target requires that does not meet."""

    control: str
    group: str
    """The group that directly holds the control."""
    level: int | None
    weight: float
    status: Status
    option: str | None
    target_level: int | None
    """The highest target level among the control's targeted groups, if one requires it."""
    targeted: bool
    """Whether the profile names the control directly."""


@dataclasses.dataclass(frozen=True, repr=False)
class Gaps(_Data):
    """Gap analysis against a target profile."""

    profile: str
    groups: tuple[GroupGap, ...] = ()
    """Every group target of the profile, in the profile's order."""
    controls: tuple[ControlGap, ...] = ()
    """Required controls that do not meet, most urgent first."""

    _nested: ClassVar[dict[str, tuple[type[_Data], str]]] = {"groups": (GroupGap, "many"), "controls": (ControlGap, "many")}

    def __repr__(self) -> str:
        reached = sum(1 for g in self.groups if g.reached)
        return f"<Gaps {self.profile!r} reached={reached}/{len(self.groups)} controls={len(self.controls)}>"


@dataclasses.dataclass(frozen=True)
class ReportWarning(_Data):
    """Something the reader of a report should know (``incomplete``, ``nothing_applicable``).

    The core calls it ``Warning``; renamed so as not to shadow Python's built-in ``Warning``.
    """

    code: str
    message: str


@dataclasses.dataclass(frozen=True)
class GroupRow(_Data):
    """One group of one report, flattened (the core's ``GroupRow``)."""

    subject: str
    subject_kind: str | None
    country: str | None
    sector: str | None
    framework: str
    framework_version: str
    group: str
    """The group id; the root row carries the framework id."""
    parent: str | None
    depth: int
    """0 for the root, 1 for top-level groups, and so on."""
    level: int | None
    index: float | None
    compliance: float | None
    completeness: float
    controls: int
    applicable: int
    answered: int
    met: int
    not_applicable: int
    target_level: int | None
    target_reached: bool | None


ROW_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(GroupRow))
"""The columns of a tidy report table, in order."""


# --- registry -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FrameworkSummary(_Data):
    """A short description of a registered framework."""

    id: str
    version: str
    title: dict[str, str]
    """The title by language tag (``en``, ``ar``, ``fr``, ...)."""
    digest: str
    headline: Headline
    groups: int
    controls: int
    levels: int
    profiles: tuple[str, ...]
    builtin: bool

    _plain_lists: ClassVar[frozenset[str]] = frozenset({"profiles"})

    def __hash__(self) -> int:
        return hash((self.id, self.version, self.digest))


# --- questionnaire ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class OptionView(_Data):
    """One answer option, localized."""

    id: str
    label: str
    meets: bool
    not_applicable: bool


@dataclasses.dataclass(frozen=True)
class Question(_Data):
    """One question, localized."""

    id: str
    title: str
    statement: str
    question: str
    """The question text, or the statement when the control has no question."""
    guidance: str | None
    level: int | None
    level_name: str | None
    options: tuple[OptionView, ...] = ()

    _nested: ClassVar[dict[str, tuple[type[_Data], str]]] = {"options": (OptionView, "many")}


@dataclasses.dataclass(frozen=True, repr=False)
class Section(_Data):
    """A group with its questions and sub-sections, localized."""

    id: str
    title: str
    description: str | None
    questions: tuple[Question, ...] = ()
    sections: tuple[Section, ...] = ()

    def __repr__(self) -> str:
        return f"<Section {self.id} {self.title!r} questions={len(self.questions)} sections={len(self.sections)}>"


Section._nested = {"questions": (Question, "many"), "sections": (Section, "many")}


@dataclasses.dataclass(frozen=True)
class LevelView(_Data):
    """A maturity level, localized."""

    level: int
    name: str
    description: str | None


@dataclasses.dataclass(frozen=True)
class ProfileView(_Data):
    """A target profile, localized."""

    id: str
    title: str
    description: str | None


@dataclasses.dataclass(frozen=True, repr=False)
class Questionnaire(_Data):
    """A framework laid out as a questionnaire in one language."""

    framework: str
    version: str
    language: str
    """The language asked for; texts missing in it fall back to English."""
    direction: Literal["ltr", "rtl"]
    title: str
    description: str | None
    sections: tuple[Section, ...] = ()
    order: tuple[str, ...] = ()
    """Every control id in questionnaire order."""
    levels: tuple[LevelView, ...] = ()
    """The maturity levels, in the framework's order."""
    profiles: tuple[ProfileView, ...] = ()
    """The target profiles, in the framework's order."""

    _nested: ClassVar[dict[str, tuple[type[_Data], str]]] = {
        "sections": (Section, "many"),
        "levels": (LevelView, "many"),
        "profiles": (ProfileView, "many"),
    }
    _plain_lists: ClassVar[frozenset[str]] = frozenset({"order"})

    def questions(self) -> Iterator[Question]:
        """Every question in questionnaire order."""

        def walk(sections: tuple[Section, ...]) -> Iterator[Question]:
            for s in sections:
                yield from s.questions
                yield from walk(s.sections)

        return walk(self.sections)

    def __repr__(self) -> str:
        return f"<Questionnaire {self.framework} {self.version} {self.language} questions={len(self.order)}>"


@dataclasses.dataclass(frozen=True)
class SectionProgress(_Data):
    """Answered of total, for one section (subtree)."""

    id: str
    answered: int
    total: int
    sections: tuple[SectionProgress, ...] = ()


SectionProgress._nested = {"sections": (SectionProgress, "many")}


@dataclasses.dataclass(frozen=True, repr=False)
class Progress(_Data):
    """Progress through the questionnaire."""

    answered: int
    total: int
    next: str | None
    """The first unanswered control in questionnaire order (where to resume), if any."""
    unanswered: tuple[str, ...] = ()
    """Every unanswered control in questionnaire order. A response whose option is not in the
    control's scale does not count as an answer."""
    sections: tuple[SectionProgress, ...] = ()

    _nested: ClassVar[dict[str, tuple[type[_Data], str]]] = {"sections": (SectionProgress, "many")}
    _plain_lists: ClassVar[frozenset[str]] = frozenset({"unanswered"})

    def __repr__(self) -> str:
        return f"<Progress {self.answered}/{self.total} next={self.next!r}>"
