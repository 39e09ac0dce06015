"""Behaviour of the generated result types (``_types.py``): the methods, reprs and hashes that a
schema cannot say. ``XMixin`` here is the base class of the generated ``X``; the generator reads
which dunder methods a mixin defines and keeps the dataclass from replacing them.

The attributes each mixin reads are declared for the type checker only: the fields themselves,
with their types, come from the schemas.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from . import _kalkan
from ._data import Data

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._types import ControlGap, Counts, GroupGap, Problem, Question, Section


def _num(x: float | None, digits: int = 1) -> str:
    return "None" if x is None else f"{x:.{digits}f}"


class ProblemMixin(Data):
    def __str__(self) -> str:
        """The core's text of the problem (its ``Display``), e.g.
        ``/groups/0/weight: weight must be greater than 0 [invalid_weight]``, or
        ``(document): EOF while parsing an object [malformed_json] at line 1, column 1``.

        A problem the core cannot read (a code it does not know; only possible for one built by
        hand) shows its ``repr`` instead.
        """
        text = _kalkan.problem_text(self.to_dict())
        return repr(self) if text is None else text

    def message_in(self, lang: str) -> str:
        """The problem's message in ``lang`` (``"en"``, ``"ar"`` or ``"fr"``; other languages get
        English), worded by the core's catalog from the problem's details."""
        text = _kalkan.problem_message(self.to_dict(), lang)
        return self.to_dict()["message"] if text is None else text


class ValidationMixin(Data):
    if TYPE_CHECKING:
        valid: bool
        errors: tuple[Problem, ...]
        warnings: tuple[Problem, ...]

    def __repr__(self) -> str:
        return f"<Validation valid={self.valid} errors={len(self.errors)} warnings={len(self.warnings)}>"


class GroupScoreMixin(Data):
    if TYPE_CHECKING:
        id: str
        counts: Counts
        completeness: float
        compliance: float | None
        index: float | None
        level: int | None
        groups: tuple[Self, ...]

    def walk(self) -> Iterator[Self]:
        """This group and every group below it, depth-first in document order."""
        yield self
        for g in self.groups:
            yield from g.walk()

    def find(self, group_id: str) -> Self | None:
        """The group ``group_id`` in this subtree, if any."""
        return next((g for g in self.walk() if g.id == group_id), None)

    def __repr__(self) -> str:
        return (
            f"<GroupScore {self.id} level={self.level} index={_num(self.index)} "
            f"compliance={_num(self.compliance)} completeness={self.completeness:.2f} "
            f"controls={self.counts.controls}>"
        )


class GapsMixin(Data):
    if TYPE_CHECKING:
        profile: str
        groups: tuple[GroupGap, ...]
        controls: tuple[ControlGap, ...]

    def __repr__(self) -> str:
        reached = sum(1 for g in self.groups if g.reached)
        return f"<Gaps {self.profile!r} reached={reached}/{len(self.groups)} controls={len(self.controls)}>"


class FrameworkSummaryMixin(Data):
    if TYPE_CHECKING:
        id: str
        version: str
        digest: str

    def __hash__(self) -> int:
        # The title is a dict; id, version and digest identify the framework's content.
        return hash((self.id, self.version, self.digest))


class SectionMixin(Data):
    if TYPE_CHECKING:
        id: str
        title: str
        questions: tuple[Question, ...]
        sections: tuple[Section, ...]

    def __repr__(self) -> str:
        return f"<Section {self.id} {self.title!r} questions={len(self.questions)} sections={len(self.sections)}>"


class QuestionnaireMixin(Data):
    if TYPE_CHECKING:
        framework: str
        version: str
        language: str
        order: tuple[str, ...]
        sections: tuple[Section, ...]

    def questions(self) -> Iterator[Question]:
        """Every question in questionnaire order."""

        def walk(sections: tuple[Section, ...]) -> Iterator[Question]:
            for s in sections:
                yield from s.questions
                yield from walk(s.sections)

        return walk(self.sections)

    def __repr__(self) -> str:
        return f"<Questionnaire {self.framework} {self.version} {self.language} questions={len(self.order)}>"


class ProgressMixin(Data):
    if TYPE_CHECKING:
        answered: int
        total: int
        next: str | None

    def __repr__(self) -> str:
        return f"<Progress {self.answered}/{self.total} next={self.next!r}>"


class ReportWarningMixin(Data):
    def message_in(self, lang: str) -> str:
        """The warning in ``lang`` (``"en"``, ``"ar"`` or ``"fr"``; other languages get English),
        worded by the core's catalog from the warning's details."""
        data = self.to_dict()
        text = _kalkan.catalog_message(f"warning-{data['code']}", lang, data["details"])
        return str(data["message"]) if text is None else text
