"""The conversion behind every generated result type (``_types.py``): from the core's serde form
to a frozen dataclass and back, driven by the table of fields the generator writes for each class
(``bind``). No field is named here."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, NamedTuple, TypeVar

_D = TypeVar("_D", bound="Data")


class Field(NamedTuple):
    """How one field of a result type crosses, as the core's JSON Schema describes it."""

    name: str
    required: bool
    """The core always writes it (``null`` when it has no value), so ``to_dict`` does too and
    ``_from_dict`` needs it. Any other field is left out when None (or, for an array, empty)."""
    json_type: str
    """``string``, ``integer``, ``number``, ``boolean`` or ``object``: of the value, or of each item."""
    array: bool = False
    """A JSON array, held as a tuple."""
    nullable: bool = False
    """May be None."""
    cls: type[Data] | None = None
    """The result type of the value (of each item, for an array), if it is one."""


class Data:
    """Base of every generated result type."""

    _fields: ClassVar[tuple[Field, ...]] = ()
    _names: ClassVar[frozenset[str]] = frozenset()
    _required: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def _from_dict(cls: type[_D], data: Mapping[str, Any]) -> _D:
        """The object for the core's serde form of it. A key the type does not have, or a
        required one missing, means that this build of the package and the core disagree: it
        raises :class:`kalkan.InternalError` rather than drop or invent a value."""
        if not isinstance(data, Mapping):
            raise _mismatch(cls, f"expected an object, found a `{type(data).__name__}`")
        unexpected = data.keys() - cls._names
        if unexpected:
            raise _mismatch(cls, "unexpected field(s) " + ", ".join(f"`{k}`" for k in sorted(unexpected)))
        missing = cls._required - data.keys()
        if missing:
            raise _mismatch(cls, "missing field(s) " + ", ".join(f"`{k}`" for k in sorted(missing)))
        kw: dict[str, Any] = {}
        for f in cls._fields:
            if f.name not in data:
                continue
            value = data[f.name]
            if value is not None:
                sub = f.cls
                if f.array:
                    value = tuple(value) if sub is None else tuple(sub._from_dict(x) for x in value)
                elif sub is not None:
                    value = sub._from_dict(value)
                elif f.json_type == "object":
                    value = dict(value)
            kw[f.name] = value
        return cls(**kw)

    def to_dict(self) -> dict[str, Any]:
        """The object as the core serializes it (JSON-compatible dicts and lists, a fresh copy)."""
        out: dict[str, Any] = {}
        for f in self._fields:
            value = getattr(self, f.name)
            if not f.required and (value is None or (f.array and not value)):
                continue
            out[f.name] = _plain(value)
        return out


def bind(cls: type[Data], *fields: Field) -> None:
    """Gives a generated class its field table (done after every class exists: types nest)."""
    cls._fields = fields
    cls._names = frozenset(f.name for f in fields)
    cls._required = frozenset(f.name for f in fields if f.required)


def _plain(value: Any) -> Any:
    if isinstance(value, Data):
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _mismatch(cls: type, what: str) -> Exception:
    from . import _kalkan

    reason = (
        f"the core's `{cls.__name__}` does not match this build of the kalkan package ({what}); "
        "regenerate kalkan/_types.py with bindings-python/scripts/generate_types.py"
    )
    return _kalkan.internal_error(reason)
