"""Kalkan's exceptions.

Every error the core reports arrives as its ``ErrorData`` (kind, document, code, pointer, message,
details and every problem) and becomes the class of its ``kind``: the core decides which kind an
error is, and this module only looks the class up (``_CLASSES``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

from . import _kalkan
from ._types import Code, DocumentKind, ErrorData, ErrorKind, Pointer, Problem


class KalkanError(Exception):
    """Base class of every Kalkan error.

    Attributes (the core's ``ErrorData``, see ``schemas/error.schema.json``):
        kind: which class of failure, chosen by the core: ``parse``, ``invalid``, ``not_found``,
            ``conflict``, ``profile``, ``argument``, ``io`` or ``internal``. Each kind has its class.
        code: the stable code of the error as a whole (for a document, its first problem's).
        pointer: where, as an RFC 6901 JSON Pointer such as ``/responses/GV.OC-01/option`` (for a
            document, its first problem's; empty for the whole document or no document).
        message: what went wrong, in English.
        details: the values the message is made of, by name (``id``, ``requirement``,
            ``available``, ``profile``, ``known``, ``control``, ``option``, ...: each code's keys
            are listed in the core's ``Code``).
        document: ``framework``, ``assessment`` or ``report`` when the error is about one, else None.
        errors: every problem (:class:`Problem`: ``pointer``, ``code``, ``message``, ``details``,
            and ``line``/``column`` for syntax errors).
        index: for errors from batch scoring, the position of the assessment in the batch.
    """

    KIND: ClassVar[ErrorKind | None] = None
    """The core's kind this class stands for (None for the base class)."""

    _data: ErrorData
    index: int | None

    def __init__(
        self,
        message: str,
        *,
        code: Code = "internal",
        kind: ErrorKind | None = None,
        pointer: Pointer = "",
        details: Mapping[str, Any] | None = None,
        document: DocumentKind | None = None,
        errors: Iterable[Problem] = (),
    ) -> None:
        kind = kind or self.KIND or "internal"
        data = ErrorData(kind, code, pointer, message, dict(details or {}), tuple(errors), document=document)
        self._init(data)

    def _init(self, data: ErrorData) -> None:
        super().__init__(data.message)
        self._data = data
        self.index = None

    @classmethod
    def _of(cls, data: ErrorData) -> KalkanError:
        err = cls.__new__(cls)
        err._init(data)
        return err

    def message_in(self, lang: str) -> str:
        """The error's message in ``lang`` (``"en"``, ``"ar"`` or ``"fr"``; other languages get
        English), worded by the core's catalog from the error's details; each problem has its own
        ``message_in`` too."""
        text = _kalkan.error_message(self.to_dict(), lang)
        return self.message if text is None else text

    @property
    def kind(self) -> ErrorKind:
        return self._data.kind

    @property
    def code(self) -> Code:
        return self._data.code

    @property
    def pointer(self) -> Pointer:
        return self._data.pointer

    @property
    def message(self) -> str:
        return self._data.message

    @property
    def details(self) -> dict[str, Any]:
        return self._data.details

    @property
    def document(self) -> DocumentKind | None:
        return self._data.document

    @property
    def errors(self) -> tuple[Problem, ...]:
        return self._data.problems

    def to_dict(self) -> dict[str, Any]:
        """The error exactly as the core's ``ErrorData``:
        ``{kind, document?, code, pointer, message, details, problems}``."""
        return self._data.to_dict()

    def _detail(self, key: str) -> str | None:
        value = self.details.get(key)
        return value if isinstance(value, str) else None

    def _details(self, key: str) -> tuple[str, ...]:
        value = self.details.get(key)
        if isinstance(value, Sequence) and not isinstance(value, str):
            return tuple(str(v) for v in value)
        return ()

    def __str__(self) -> str:
        if len(self.errors) <= 1:
            return self.message
        return "\n".join([self.message] + [f"  - {p}" for p in self.errors])

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, code={self.code!r})"

    def _state(self) -> dict[str, Any]:
        return {}

    def __reduce__(self) -> tuple[Any, ...]:
        # Survives pickling (multiprocessing) with every attribute, as the same class.
        return (_rebuild, (type(self), self.to_dict(), self.index, self._state()))


class ParseError(KalkanError, ValueError):
    """A document is not well-formed JSON (``malformed_json``, with ``line`` and ``column``) or not
    of the expected shape (``invalid_structure``: a missing field, a wrong type, an unknown field,
    with its pointer); or it cannot be read at all: bytes that are not UTF-8
    (``invalid_encoding``, with ``encoding``), a document over the input limit
    (``input_too_large``, with ``size`` and ``limit``; a file is refused before it is read),
    JSON nested too deep (``too_deep``)."""

    KIND = "parse"


class ValidationError(KalkanError, ValueError):
    """A document parsed but breaks one or more rules; ``errors`` lists every problem."""

    KIND = "invalid"


class FrameworkNotFoundError(KalkanError, LookupError):
    """No framework matches the id and version requirement (``framework_not_found``)."""

    KIND = "not_found"

    @property
    def id(self) -> str | None:
        """The framework id asked for."""
        return self._detail("id")

    @property
    def requirement(self) -> str | None:
        """The version requirement asked for."""
        return self._detail("requirement")

    @property
    def available(self) -> tuple[str, ...]:
        """``id@version`` of every version of that id there is."""
        return self._details("available")


class FrameworkConflictError(KalkanError):
    """A framework with the same id and version but other content is already registered
    (``conflicting_framework``)."""

    KIND = "conflict"

    @property
    def id(self) -> str | None:
        return self._detail("id")

    @property
    def version(self) -> str | None:
        return self._detail("version")


class ProfileError(KalkanError, ValueError):
    """The target profile asked for does not exist (``unknown_profile``), or gap analysis had no
    profile to use (``no_profile``). A profile named inside an assessment is checked with the rest
    of the assessment and raises :class:`ValidationError`."""

    KIND = "profile"

    @property
    def profile(self) -> str | None:
        """The profile asked for; None when none was named."""
        return self._detail("profile")

    @property
    def known(self) -> tuple[str, ...]:
        """The profiles the framework declares."""
        return self._details("known")


class ArgumentError(KalkanError, ValueError):
    """An argument (not a document) is not valid, e.g. a version requirement such as
    ``get_framework("nist-csf", "two")`` (``invalid_version_requirement``)."""

    KIND = "argument"

    @property
    def requirement(self) -> str | None:
        """The version requirement given, for ``invalid_version_requirement``."""
        return self._detail("requirement")

    @property
    def reason(self) -> str | None:
        """Why the argument is not valid."""
        return self._detail("reason")


class ReadError(KalkanError, OSError):
    """A file cannot be read (``unreadable``). Also an ``OSError``, with the ``errno``,
    ``strerror`` and ``filename`` of the failure when Python read the file."""

    KIND = "io"

    @property
    def path(self) -> str | None:
        """The file."""
        return self._detail("path")

    @property
    def reason(self) -> str | None:
        """Why it cannot be read."""
        return self._detail("reason")

    def _state(self) -> dict[str, Any]:
        return {"errno": self.errno, "strerror": self.strerror, "filename": self.filename}


class InternalError(KalkanError):
    """A bug in Kalkan (``internal``), not a problem with the input: for instance a Rust panic
    caught at the boundary, or core data this build of the package does not know."""

    KIND = "internal"

    @property
    def reason(self) -> str | None:
        """What went wrong."""
        return self._detail("reason")


_CLASSES: dict[str, type[KalkanError]] = {
    cls.KIND: cls
    for cls in (ParseError, ValidationError, FrameworkNotFoundError, FrameworkConflictError, ProfileError, ArgumentError, ReadError, InternalError)
    if cls.KIND is not None
}
"""The class of each of the core's error kinds."""


def _from_core(data: Mapping[str, Any]) -> KalkanError:
    """The exception for a core ``ErrorData`` (called by the compiled module): the class of its
    ``kind``. A kind this build does not know (a newer core) keeps every field, on the base class."""
    error = ErrorData._from_dict(data)
    return _CLASSES.get(error.kind, KalkanError)._of(error)


def _read_error(path: str, cause: OSError) -> ReadError:
    """The core's ``unreadable`` error for a file Python could not read, carrying ``cause``'s
    ``errno``, ``strerror`` and ``filename``."""
    error = _kalkan.unreadable_error(path, cause.strerror or str(cause))
    if not isinstance(error, ReadError):
        raise error
    error.errno, error.strerror, error.filename = cause.errno, cause.strerror, cause.filename
    return error


def _rebuild(cls: type[KalkanError], data: Mapping[str, Any], index: int | None, state: Mapping[str, Any]) -> KalkanError:
    err = cls._of(ErrorData._from_dict(data))
    err.index = index
    for name, value in state.items():
        setattr(err, name, value)
    return err
