"""Declared input limits and decoding.

The limits are the core's (``kalkan::Limits``): process-wide, the same for every front end, and
enforced before work grows. Each has its own error code: ``input_too_large``, ``too_many``
(``what``: ``groups``, ``controls``, ``options`` or ``responses``), ``text_too_long``; and a
validation lists at most ``max_problems`` problems, then one ``too_many_problems`` counting the
rest (``dropped``).

Bytes are decoded by the core too (:func:`decode`), so a UTF-16 file is refused with the same
``invalid_encoding`` error in Python, the CLI and JavaScript.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TypedDict, cast

from . import _kalkan
from ._types import DocumentKind


class Limits(TypedDict):
    """The limits in force (a ``dict``; the core's ``kalkan::Limits``). Defaults in brackets."""

    max_input_bytes: int
    """The largest document, in bytes of UTF-8 (``input_too_large``) [64 MiB]. Files are checked
    before they are read."""
    max_groups: int
    """The most groups in a framework (``too_many``, ``what="groups"``) [10,000]."""
    max_controls: int
    """The most controls in a framework (``too_many``, ``what="controls"``) [100,000]."""
    max_options: int
    """The most options in one scale (``too_many``, ``what="options"``) [100]."""
    max_responses: int
    """The most responses in an assessment (``too_many``, ``what="responses"``) [100,000]."""
    max_text_chars: int
    """The longest text (title, statement, note, evidence...), in characters (``text_too_long``)
    [100,000]."""
    max_problems: int
    """The most problems a validation lists; the rest are counted in one last
    ``too_many_problems`` problem (``dropped``, ``limit``) [1,000]."""


def limits() -> Limits:
    """The limits in force, e.g. ``kalkan.limits()["max_input_bytes"]``."""
    return cast(Limits, _kalkan.limits())


def set_limits(limits: Mapping[str, object] | None = None, /, **more: int) -> Limits:
    """Puts limits in force for the whole process (every thread, every later call) and returns
    the limits now in force.

    Limits are given as a mapping, as keyword arguments, or both (keywords win). **Every limit not
    given takes its default**, as in the core's ``set_limits`` and every other front end: so
    ``set_limits()`` restores the defaults, and one limit is changed with
    ``set_limits(kalkan.limits(), max_problems=50)``.

    >>> kalkan.set_limits(max_input_bytes=1 << 20)["max_input_bytes"]  # doctest: +SKIP
    1048576

    Raises :class:`ArgumentError` (``invalid_argument``, nothing changed) for an unknown name, a
    value that is not a whole number, or 0 (which would refuse every document).
    """
    # ``Mapping[str, object]`` so that a ``Limits`` (a TypedDict) is accepted as it is.
    given = {**(limits or {}), **more}
    # A value that is not JSON is handed over as its repr: the core refuses it as any wrong value.
    return cast(Limits, _kalkan.set_limits(json.dumps(given, default=repr)))


def decode(data: bytes, document: DocumentKind = "assessment") -> str:
    """Reads ``data`` as the UTF-8 text of a ``document`` (``framework``, ``assessment``,
    ``report``, ``mapping`` or ``adjudication``) the way every Kalkan front end does.

    A UTF-8 byte-order mark is skipped. Raises :class:`ParseError` with code
    ``invalid_encoding`` for UTF-16 or UTF-32 (told by their byte-order mark or by the NUL bytes
    around the first ASCII character; ``details["encoding"]`` is ``utf-16le``, ``utf-16be``,
    ``utf-32le`` or ``utf-32be``) and for invalid UTF-8 (``encoding="utf-8"``, ``offset`` of the
    first bad byte); with ``input_too_large`` when ``data`` is over ``max_input_bytes``; and
    :class:`ArgumentError` for an unknown ``document``.

    Every function that takes a document as ``bytes`` or a path decodes it this way.
    """
    return _kalkan.decode(document, data)
