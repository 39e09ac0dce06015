"""Kalkan's own words in English, Arabic and French: the core's message catalog.

The same catalog words the command line, the reports and the browser page, so a message reads the
same everywhere. Plural forms follow CLDR (Arabic's six, French's singular for 0 and 1), numbers
choose them, and French typography is applied by the core.
"""

from __future__ import annotations

from . import _kalkan

LANGUAGES: tuple[str, ...] = tuple(_kalkan.catalog_languages())
"""The catalog's languages: ``("en", "ar", "fr")``."""


def message(id: str, lang: str = "en", /, **args: str | int | float) -> str:
    """The catalog's message ``id`` in ``lang`` (other languages get English), with ``args`` as its
    variables; numbers choose plural forms.

    >>> message("questions-count", "ar", count=106)
    '106 أسئلة'

    Raises ``KeyError`` when the catalog has no message ``id``.
    """
    text = _kalkan.catalog_message(id, lang, args)
    if text is None:
        raise KeyError(f"Kalkan's catalog has no message `{id}`")
    return text
