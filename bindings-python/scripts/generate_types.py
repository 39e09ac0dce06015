#!/usr/bin/env python3
"""Generates kalkan/_types.py, the Python result types, from the core's JSON Schemas.

    python bindings-python/scripts/generate_types.py            # rewrite python/kalkan/_types.py
    python bindings-python/scripts/generate_types.py --check    # exit 1 if it is stale

Every object definition of the result schemas (``schemas/*.schema.json``, written by the core from
its Rust types) becomes a frozen dataclass, every enumeration a ``Literal`` alias, and every other
named definition an alias. From the schemas come the field names, their types (arrays as tuples,
nested results as their classes), which are optional, the docstrings, and which fields ``to_dict``
leaves out when None or empty (those the schema does not require: the core skips them).
Behaviour (methods, reprs, hashes) lives in the hand-written ``kalkan/_mixins.py``: a class
``XMixin`` there is the base of the generated class ``X``, and the dataclass is told not to write a
``__repr__``/``__eq__``/``__hash__`` that the mixin defines.

Standard library only, so that it runs without the package being built. Unsupported schema shapes
fail loudly rather than generate something approximate.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "python" / "kalkan"
REPO = HERE.parents[1]

SCHEMAS = ("validation", "error", "report", "framework-summary", "questionnaire", "progress", "row")
"""The result schemas, in the order their types are written. (``framework`` and ``assessment`` are
input documents: Python hands them to the core as dicts or text and never types them.)"""

NOT_GENERATED = {"Report": "``kalkan.Report`` (in _api.py) wraps the compiled report and reads its fields on demand"}
"""Definitions that are not generated, and why."""

RENAMED = {"Warning": ("ReportWarning", "The core calls it ``Warning``; renamed so as not to shadow Python's built-in ``Warning``.")}
"""Core names that would be awkward in Python: the Python name, and a note for the docstring."""

WRITTEN_WHEN_NULL: frozenset[str] = frozenset()
"""Fields the core always writes (as ``null`` when empty) that the schema does not list as
required. The result schemas are generated for writing (schemars' ``for_serialize()``), where
``required`` says exactly which fields the core always writes, so this list is empty; it stays
as a checked escape hatch (the generator fails if an entry becomes wrong)."""

JSON_TYPES = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


class SchemaError(Exception):
    """A schema shape this generator does not support, or an inconsistency between schemas."""


@dataclass
class Alias:
    name: str
    annotation: str
    json_type: str
    doc: str


@dataclass
class FieldSpec:
    name: str
    annotation: str
    json_type: str  # of the value, or of each item of an array
    array: bool
    nullable: bool
    cls: str | None  # a generated class: the value's, or each item's
    required: bool
    doc: str


@dataclass
class ClassSpec:
    name: str
    core_name: str
    doc: str
    fields: list[FieldSpec]


# --- reading the schemas ----------------------------------------------------------------------


def load_definitions(schemas_dir: Path) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Every definition of the result schemas by core name (roots by their title), in first-seen
    order. A name defined by several schemas must be defined identically."""
    defs: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    order: list[str] = []
    for stem in SCHEMAS:
        path = schemas_dir / f"{stem}.schema.json"
        schema = json.loads(path.read_text(encoding="utf-8"))
        root = {k: v for k, v in schema.items() if k not in ("$schema", "$defs", "title")}
        entries = [(schema["title"], root)] + sorted(schema.get("$defs", {}).items())
        for name, definition in entries:
            if name in defs:
                if defs[name] != definition:
                    raise SchemaError(f"`{name}` differs between {origin[name]} and {path.name}")
                continue
            defs[name] = definition
            origin[name] = path.name
            order.append(name)
    return defs, order


def py_name(core_name: str) -> str:
    return RENAMED[core_name][0] if core_name in RENAMED else core_name


def doc_text(description: str | None) -> str:
    """A schema description (Rust doc comments, Markdown) as docstring text: fenced examples
    (Rust code) dropped, intra-doc links and code spans as reST literals."""
    text = description or ""
    text = re.sub(r"\n*```.*?```\n*", "\n", text, flags=re.DOTALL).strip()
    text = re.sub(r"\[`([^`]+)`\](?:\([^)]*\))?", r"``\1``", text)
    text = re.sub(r"(?<!`)`([^`]+)`(?!`)", r"``\1``", text)
    return text


def ref_name(ref: str) -> str:
    prefix = "#/$defs/"
    if not ref.startswith(prefix):
        raise SchemaError(f"unsupported $ref `{ref}`")
    return ref[len(prefix) :]


def enum_values(definition: dict[str, Any]) -> list[tuple[str, str]] | None:
    """The values (and their descriptions) of a string enumeration, or None if it is not one."""
    if "enum" in definition and all(isinstance(v, str) for v in definition["enum"]):
        return [(v, "") for v in definition["enum"]]
    variants = definition.get("oneOf")
    if isinstance(variants, list) and variants and all(isinstance(v, dict) and isinstance(v.get("const"), str) for v in variants):
        return [(v["const"], doc_text(v.get("description"))) for v in variants]
    return None


class Model:
    """The schemas read into aliases and classes."""

    def __init__(self, schemas_dir: Path) -> None:
        self.defs, order = load_definitions(schemas_dir)
        self.aliases: dict[str, Alias] = {}
        self.classes: dict[str, ClassSpec] = {}
        for name in order:
            if name in NOT_GENERATED:
                continue
            definition = self.defs[name]
            if "properties" in definition:
                continue  # classes below, once every alias is known
            self.aliases[name] = self.alias(name, definition)
        for name in order:
            if name not in NOT_GENERATED and "properties" in self.defs[name]:
                self.classes[name] = self.class_spec(name, self.defs[name])
        self.check_written_when_null()

    def alias(self, name: str, definition: dict[str, Any]) -> Alias:
        doc = doc_text(definition.get("description"))
        values = enum_values(definition)
        if values is not None:
            annotation = " | ".join(f"Literal[{json.dumps(v)}]" for v, _ in values)
            lines = [f"- ``{json.dumps(v)}``" + (": " + d.replace("\n", "\n  ") if d else "") for v, d in values]
            return Alias(py_name(name), annotation, "string", "\n".join([doc, "", *lines]).strip())
        kind = definition.get("type")
        if kind in JSON_TYPES and set(definition) <= {"type", "format", "description", "minimum"}:
            return Alias(py_name(name), JSON_TYPES[kind], kind, doc)
        if kind == "object" and set(definition) <= {"type", "additionalProperties", "description"}:
            return Alias(py_name(name), self.map_annotation(definition, name), "object", doc)
        raise SchemaError(f"unsupported definition `{name}`: {sorted(definition)}")

    def map_annotation(self, schema: dict[str, Any], where: str) -> str:
        values = schema.get("additionalProperties", True)
        if values is True:
            return "dict[str, Any]"
        if isinstance(values, dict) and set(values) == {"type"} and values["type"] in JSON_TYPES:
            return f"dict[str, {JSON_TYPES[values['type']]}]"
        raise SchemaError(f"{where}: unsupported map values {values!r}")

    def class_spec(self, name: str, definition: dict[str, Any]) -> ClassSpec:
        if definition.get("type") != "object":
            raise SchemaError(f"`{name}` has properties but is not an object")
        required = list(definition.get("required", []))
        properties: dict[str, Any] = definition["properties"]
        unknown = [r for r in required if r not in properties]
        if unknown:
            raise SchemaError(f"`{name}` requires undeclared properties {unknown}")
        fields = [self.field(name, prop, properties[prop], prop in required) for prop in properties]
        # Fields the core always writes first (in the order the schema requires them: the core's
        # declaration order), then the rest in the schema's order.
        rank = {prop: i for i, prop in enumerate(required)}
        fields.sort(key=lambda f: (not f.required, rank.get(f.name, len(rank))))
        doc = doc_text(definition.get("description"))
        if name in RENAMED:
            doc = f"{doc}\n\n{RENAMED[name][1]}".strip()
        return ClassSpec(py_name(name), name, doc, fields)

    def field(self, owner: str, prop: str, schema: dict[str, Any], required: bool) -> FieldSpec:
        where = f"{owner}.{prop}"
        if not prop.isidentifier() or prop.startswith("_"):
            raise SchemaError(f"{where}: not a Python identifier")
        doc = doc_text(schema.get("description"))
        body = {k: v for k, v in schema.items() if k not in ("description", "format", "minimum")}
        nullable = False
        if "anyOf" in body:
            variants = body.pop("anyOf")
            non_null = [v for v in variants if v != {"type": "null"}]
            if body or len(variants) != 2 or len(non_null) != 1:
                raise SchemaError(f"{where}: unsupported anyOf {variants!r}")
            body, nullable = dict(non_null[0]), True
        kind = body.get("type")
        if isinstance(kind, list):
            non_null_types = [t for t in kind if t != "null"]
            if len(kind) != 2 or len(non_null_types) != 1:
                raise SchemaError(f"{where}: unsupported type {kind!r}")
            body["type"], nullable = non_null_types[0], True
        annotation, json_type, array, cls = self.value(where, body)
        written = where in WRITTEN_WHEN_NULL
        if not (required or written or nullable or array):
            raise SchemaError(f"{where}: optional but neither nullable nor an array; which value does the core leave out?")
        if nullable:
            annotation = f"{annotation} | None"
        return FieldSpec(prop, annotation, json_type, array, nullable, cls, required or written, doc)

    def value(self, where: str, body: dict[str, Any]) -> tuple[str, str, bool, str | None]:
        """The annotation, JSON type, whether an array, and generated class of a value schema."""
        if set(body) == {"$ref"}:
            target = ref_name(body["$ref"])
            if target in self.aliases:
                return self.aliases[target].name, self.aliases[target].json_type, False, None
            definition = self.defs.get(target)
            if definition is None or target in NOT_GENERATED or "properties" not in definition:
                raise SchemaError(f"{where}: `{target}` is not a generated type")
            return py_name(target), "object", False, py_name(target)
        kind = body.get("type")
        if kind in JSON_TYPES and set(body) == {"type"}:
            return JSON_TYPES[kind], kind, False, None
        if kind == "object" and set(body) <= {"type", "additionalProperties"}:
            return self.map_annotation(body, where), "object", False, None
        if kind == "array" and set(body) == {"type", "items"}:
            items = {k: v for k, v in body["items"].items() if k not in ("description", "format", "minimum")}
            annotation, json_type, array, cls = self.value(f"{where}[]", items)
            if array:
                raise SchemaError(f"{where}: arrays of arrays are not supported")
            return f"tuple[{annotation}, ...]", json_type, True, cls
        raise SchemaError(f"{where}: unsupported schema {body!r}")

    def check_written_when_null(self) -> None:
        known = {f"{c.core_name}.{f.name}": f for c in self.classes.values() for f in c.fields}
        for entry in sorted(WRITTEN_WHEN_NULL):
            spec = known.get(entry)
            if spec is None:
                raise SchemaError(f"WRITTEN_WHEN_NULL names `{entry}`, which no schema has")
            owner, prop = entry.split(".")
            if prop in self.defs[owner].get("required", []):
                raise SchemaError(f"WRITTEN_WHEN_NULL: the schema now requires `{entry}`; remove it from the list")
            if not spec.nullable:
                raise SchemaError(f"WRITTEN_WHEN_NULL: `{entry}` is not nullable")


# --- the mixins -------------------------------------------------------------------------------


def mixins(path: Path) -> dict[str, set[str]]:
    """``X`` -> the methods ``XMixin`` defines, for every mixin class in ``_mixins.py``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: dict[str, set[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name.endswith("Mixin"):
            methods = {n.name for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
            out[node.name[: -len("Mixin")]] = methods
    return out


# --- writing ----------------------------------------------------------------------------------


def docstring(text: str, indent: str) -> list[str]:
    if not text:
        return []
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = text.splitlines()
    if len(lines) == 1:
        body = f'"""{lines[0]}"""' if not lines[0].endswith('"') else f'"""{lines[0]} """'
        return [f"{indent}{body}"]
    out = [f'{indent}"""{lines[0]}']
    out += [f"{indent}{line}" if line else "" for line in lines[1:]]
    out.append(f'{indent}"""')
    return out


HEADER = '''\
# GENERATED by bindings-python/scripts/generate_types.py from schemas/*.schema.json: do not edit.
# After a change to the core's types, run `python bindings-python/scripts/generate_types.py`.
"""Typed, immutable views of the core's results, generated from the core's JSON Schemas.

Each class is one object type of the schemas, field for field: built from the core's serde output
(``_from_dict``, which refuses a key it does not know) and turned back into it (``to_dict``). Arrays
are tuples, so that the objects are immutable. Fields the core always writes come first and can be
given by position; the others are keyword-only and default to None or ``()``. Behaviour lives in
``_mixins.py``; the conversion in ``_data.py``.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal, TypeAlias

from ._data import Data, Field, bind
'''


def render(model: Model, mixin_methods: dict[str, set[str]]) -> str:
    names = {c.name for c in model.classes.values()}
    stale = sorted(set(mixin_methods) - names)
    if stale:
        raise SchemaError(f"_mixins.py has mixins for types the schemas do not have: {', '.join(n + 'Mixin' for n in stale)}")
    used = sorted(n for n in names if n in mixin_methods)
    out = [HEADER.rstrip("\n")]
    if used:
        out.append("from ._mixins import " + ", ".join(f"{n}Mixin" for n in used))
    out += ["", "# --- aliases ----------------------------------------------------------------------------------", ""]
    for alias in model.aliases.values():
        parts = alias.annotation.split(" | ")
        if len(alias.name) + len(alias.annotation) > 100 and len(parts) > 1:
            out += [f"{alias.name}: TypeAlias = (", f"    {parts[0]}", *(f"    | {p}" for p in parts[1:]), ")"]
        else:
            out.append(f"{alias.name}: TypeAlias = {alias.annotation}")
        out += docstring(alias.doc, "")
        out.append("")
    out += ["", "# --- result types -----------------------------------------------------------------------------"]
    for spec in model.classes.values():
        methods = mixin_methods.get(spec.name, set())
        options = ["frozen=True"]
        if "__repr__" in methods:
            options.append("repr=False")
        if "__eq__" in methods:
            options.append("eq=False")
        base = f"{spec.name}Mixin" if spec.name in mixin_methods else "Data"
        out += ["", "", f"@dataclasses.dataclass({', '.join(options)})", f"class {spec.name}({base}):"]
        out += docstring(spec.doc or spec.name, "    ")
        for f in spec.fields:
            out.append("")
            out.append(f"    {f.name}: {f.annotation}{field_default(f)}")
            out += docstring(f.doc, "    ")
        if "__hash__" in methods:
            out += ["", f"    __hash__ = {spec.name}Mixin.__hash__"]
    out += ["", "", "# --- how each field crosses (read by _data.Data) -----------------------------------------------", ""]
    for spec in model.classes.values():
        out.append("bind(")
        out.append(f"    {spec.name},")
        for f in spec.fields:
            extra = (", array=True" if f.array else "") + (", nullable=True" if f.nullable else "") + (f", cls={f.cls}" if f.cls else "")
            out.append(f"    Field({json.dumps(f.name)}, {f.required}, {json.dumps(f.json_type)}{extra}),")
        out.append(")")
    return "\n".join(out) + "\n"


def field_default(f: FieldSpec) -> str:
    extra = ", hash=False" if f.json_type == "object" and f.cls is None and not f.array else ""
    if f.required:
        return f" = dataclasses.field({extra[2:]})" if extra else ""
    if f.array:
        return f" = dataclasses.field(default=(), kw_only=True{extra})"
    return f" = dataclasses.field(default=None, kw_only=True{extra})"


def generate(schemas_dir: Path = REPO / "schemas", mixins_path: Path = PACKAGE / "_mixins.py") -> str:
    """The text of ``_types.py`` for the schemas in ``schemas_dir``."""
    return render(Model(schemas_dir), mixins(mixins_path))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schemas", type=Path, default=REPO / "schemas", help="folder of *.schema.json (default: the repository's)")
    ap.add_argument("--out", type=Path, default=PACKAGE / "_types.py", help="file to write (default: python/kalkan/_types.py)")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if the file differs from what would be generated")
    args = ap.parse_args(argv)
    try:
        text = generate(args.schemas)
    except SchemaError as e:
        print(f"generate_types: {e}", file=sys.stderr)
        return 2
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"generate_types: {args.out} is stale; run python bindings-python/scripts/generate_types.py", file=sys.stderr)
            return 1
        print(f"generate_types: {args.out} is up to date")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"generate_types: wrote {args.out} ({len(model_names(text))} classes)")
    return 0


def model_names(text: str) -> list[str]:
    return re.findall(r"^class (\w+)\(", text, flags=re.MULTILINE)


if __name__ == "__main__":
    sys.exit(main())
