"""Kalkan's exceptions.

Every error the core reports arrives as its ``ErrorData`` (kind, document, code, message and
every problem) and becomes one of these classes, chosen by ``_from_core`` from the kind and code.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._types import Problem


class KalkanError(Exception):
    """Base class of every Kalkan error.

    Attributes:
        message: what went wrong (the core's message).
        kind: ``parse``, ``invalid``, ``not_found``, ``conflict`` or ``internal``.
        code: the stable code of the error as a whole (the first problem's code).
        document: ``framework``, ``assessment`` or ``report`` when the error is about one (a
            report read back with ``Report.from_json``/``from_dict``), else None.
        errors: every problem, each with ``path``, ``code``, ``message`` (and ``line``/``column``
            for syntax errors).
        index: for errors from batch scoring, the position of the assessment in the batch.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str = "internal",
        code: str = "internal",
        document: str | None = None,
        errors: Iterable[Problem] = (),
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.kind = kind
        self.code = code
        self.document = document
        self.errors: tuple[Problem, ...] = tuple(errors)
        self.details: dict[str, Any] = dict(details or {})
        self.index: int | None = None

    def __str__(self) -> str:
        if len(self.errors) <= 1:
            return self.message
        lines = [self.message] + [f"  - {p}" for p in self.errors]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """The error as the core's ``ErrorData``: ``{kind, document?, code, message, problems}``."""
        out: dict[str, Any] = {"kind": self.kind}
        if self.document is not None:
            out["document"] = self.document
        out["code"] = self.code
        out["message"] = self.message
        out["problems"] = [p.to_dict() for p in self.errors]
        return out

    def __reduce__(self) -> tuple[Any, ...]:
        # Survives pickling (multiprocessing) with every attribute.
        return (_rebuild, (self.to_dict(), self.details, self.index))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, code={self.code!r})"


class ParseError(KalkanError, ValueError):
    """A document is not well-formed JSON (``malformed_json``) or not of the expected shape
    (``invalid_structure``: a missing field, a wrong type, an unknown field)."""


class ValidationError(KalkanError, ValueError):
    """A document parsed but breaks one or more rules; ``errors`` lists every problem."""


class ProfileError(KalkanError, ValueError):
    """The target profile asked for does not exist, or gap analysis had no profile to use.

    ``profile`` is the name asked for (None when none was named). A profile named inside an
    assessment is checked with the rest of the assessment and raises ``ValidationError``.
    """

    @property
    def profile(self) -> str | None:
        value = self.details.get("profile")
        return value if isinstance(value, str) else None


class FrameworkNotFoundError(KalkanError, LookupError):
    """No framework matches the id and version requirement.

    ``id`` and ``requirement`` are what was asked for; ``available`` lists the versions of that
    id that exist (``id@version``).
    """

    @property
    def id(self) -> str | None:
        value = self.details.get("id")
        return value if isinstance(value, str) else None

    @property
    def requirement(self) -> str | None:
        value = self.details.get("requirement")
        return value if isinstance(value, str) else None

    @property
    def available(self) -> tuple[str, ...]:
        value = self.details.get("available")
        return tuple(value) if isinstance(value, Sequence) and not isinstance(value, str) else ()


class FrameworkConflictError(KalkanError):
    """A framework with the same id and version but other content is already registered."""

    @property
    def id(self) -> str | None:
        value = self.details.get("id")
        return value if isinstance(value, str) else None

    @property
    def version(self) -> str | None:
        value = self.details.get("version")
        return value if isinstance(value, str) else None


class InternalError(KalkanError):
    """A bug in Kalkan (a Rust panic caught at the boundary), not a problem with the input."""

    def __init__(self, message: str) -> None:
        super().__init__(message, kind="internal", code="internal")


def _class_for(kind: str, code: str, document: str | None) -> type[KalkanError]:
    if kind == "parse":
        return ParseError
    if kind == "not_found":
        return FrameworkNotFoundError
    if kind == "conflict":
        return FrameworkConflictError
    if kind == "invalid":
        # Profile errors are the only `invalid` errors not about a document's content.
        if code == "unknown_profile" and document is None:
            return ProfileError
        return ValidationError
    return KalkanError


def _from_core(data: Mapping[str, Any], details: Mapping[str, Any]) -> KalkanError:
    """The exception for a core ``ErrorData`` (called by the compiled module)."""
    kind = str(data.get("kind", "internal"))
    code = str(data.get("code", "internal"))
    document = data.get("document")
    cls = _class_for(kind, code, document)
    problems = [Problem._from_dict(p) for p in data.get("problems", ())]
    if cls is InternalError:
        return InternalError(str(data.get("message", "")))
    return cls(str(data.get("message", "")), kind=kind, code=code, document=document, errors=problems, details=details)


def _rebuild(data: Mapping[str, Any], details: Mapping[str, Any], index: int | None) -> KalkanError:
    err = InternalError(str(data.get("message", ""))) if data.get("kind") == "internal" else _from_core(data, details)
    err.index = index
    return err
