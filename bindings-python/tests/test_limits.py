"""Declared input limits (kalkan.limits / kalkan.set_limits), decoding (kalkan.decode, and every
function that takes bytes or a path), files refused before they are read, and capped problem
lists. The limits are process-wide; conftest.py's autouse fixture restores the defaults around
every test."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import kalkan

DEFAULTS = {
    "max_input_bytes": 64 * 1024 * 1024,
    "max_groups": 10_000,
    "max_controls": 100_000,
    "max_options": 100,
    "max_responses": 100_000,
    "max_text_chars": 100_000,
    "max_problems": 1_000,
}
"""The core's defaults (``Limits::DEFAULT``), written out."""


# --- limits --------------------------------------------------------------------------------


def test_limits_are_the_core_defaults_and_the_typed_dict_names_them_all() -> None:
    assert kalkan.limits() == DEFAULTS
    assert set(kalkan.Limits.__required_keys__) == set(DEFAULTS)
    # A fresh dict each time: changing it changes nothing in force.
    mine = kalkan.limits()
    mine["max_problems"] = 1
    assert kalkan.limits()["max_problems"] == 1_000


def test_set_limits_round_trip() -> None:
    # Keywords, a mapping, or both (keywords win); the limits in force come back.
    got = kalkan.set_limits(max_problems=5, max_input_bytes=4096)
    assert got == {**DEFAULTS, "max_problems": 5, "max_input_bytes": 4096}
    assert kalkan.limits() == got
    got = kalkan.set_limits({"max_options": 7, "max_text_chars": 9}, max_text_chars=11)
    # Every limit not given takes its default (max_problems and max_input_bytes are back).
    assert got == {**DEFAULTS, "max_options": 7, "max_text_chars": 11}
    # One limit changed, the others kept: start from the limits in force.
    got = kalkan.set_limits(kalkan.limits(), max_groups=3)
    assert got == {**DEFAULTS, "max_options": 7, "max_text_chars": 11, "max_groups": 3}
    # Every limit at once, then the defaults again.
    every = {name: value + 1 for name, value in DEFAULTS.items()}
    assert kalkan.set_limits(every) == every
    assert kalkan.set_limits() == DEFAULTS
    assert kalkan.limits() == DEFAULTS


@pytest.mark.parametrize(
    ("given", "argument"),
    [
        ({"max_problems": 0}, "max_problems"),
        ({"max_input_bytes": 0}, "max_input_bytes"),
        ({"max_inputs": 10}, "limits"),  # unknown name
        ({"max_problems": -1}, "limits"),
        ({"max_problems": 1.5}, "limits"),
        ({"max_problems": "10"}, "limits"),
        ({"max_problems": True}, "limits"),
        ({"max_problems": None}, "limits"),
        ({"max_problems": object()}, "limits"),
        ({"max_problems": 1 << 70}, "limits"),
    ],
)
def test_set_limits_refuses_zero_unknown_names_and_wrong_values(given: dict[str, Any], argument: str) -> None:
    before = kalkan.set_limits(max_problems=42)
    with pytest.raises(kalkan.ArgumentError) as info:
        kalkan.set_limits(given)
    e = info.value
    assert (e.kind, e.code, e.document) == ("argument", "invalid_argument", None)
    assert e.details["argument"] == argument
    assert isinstance(e, ValueError)
    # Nothing changed.
    assert kalkan.limits() == before
    with pytest.raises(kalkan.ArgumentError):
        kalkan.set_limits(**given)
    assert kalkan.limits() == before


def test_zero_is_refused_with_the_name_of_the_limit() -> None:
    with pytest.raises(kalkan.ArgumentError) as info:
        kalkan.set_limits(max_responses=0)
    assert info.value.details["argument"] == "max_responses"
    assert info.value.details["found"] == "0"
    assert "greater than 0" in info.value.message


def test_limits_hold_in_every_thread() -> None:
    from concurrent.futures import ThreadPoolExecutor

    kalkan.set_limits(max_problems=3)
    with ThreadPoolExecutor(4) as pool:
        seen = list(pool.map(lambda _: kalkan.limits()["max_problems"], range(8)))
    assert seen == [3] * 8


# --- decoding --------------------------------------------------------------------------------

TEXT = '{"id": "café"}'


def utf16le_bom(text: str) -> bytes:
    return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


def utf16be(text: str) -> bytes:
    return text.encode("utf-16-be")


def test_decode_utf8_and_its_byte_order_mark() -> None:
    assert kalkan.decode(TEXT.encode("utf-8")) == TEXT
    assert kalkan.decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"), "framework") == TEXT
    assert kalkan.decode(b"") == ""


@pytest.mark.parametrize(
    ("data", "details"),
    [
        (utf16le_bom(TEXT), {"encoding": "utf-16le"}),
        (codecs.BOM_UTF16_BE + utf16be(TEXT), {"encoding": "utf-16be"}),
        (utf16be(TEXT), {"encoding": "utf-16be"}),  # no byte-order mark: told by the NUL bytes
        (TEXT.encode("utf-16-le"), {"encoding": "utf-16le"}),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), {"encoding": "utf-32le"}),
        (TEXT.encode("utf-32-be"), {"encoding": "utf-32be"}),
        (TEXT.encode("latin-1"), {"encoding": "utf-8", "offset": TEXT.encode("latin-1").index(b"\xe9")}),
        # The offset counts the byte-order mark.
        (codecs.BOM_UTF8 + b'{"a": "\xff"}', {"encoding": "utf-8", "offset": 10}),
    ],
)
def test_decode_refuses_other_encodings(data: bytes, details: dict[str, Any]) -> None:
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.decode(data, "mapping")
    e = info.value
    assert (e.kind, e.code, e.document, e.pointer, e.details) == ("parse", "invalid_encoding", "mapping", "", details)
    assert [p.code for p in e.errors] == ["invalid_encoding"]
    assert "UTF-8" in e.message


def test_decode_checks_the_size_and_the_document_kind() -> None:
    kalkan.set_limits(max_input_bytes=8)
    assert kalkan.decode(b"12345678") == "12345678"
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.decode(b"123456789", "report")
    assert (info.value.code, info.value.document, info.value.details) == ("input_too_large", "report", {"size": 9, "limit": 8})
    with pytest.raises(kalkan.ArgumentError) as bad:
        kalkan.decode(b"{}", "spreadsheet")  # type: ignore[arg-type]
    assert (bad.value.code, bad.value.details["argument"], bad.value.details["found"]) == ("invalid_argument", "document", "spreadsheet")


@pytest.fixture()
def encoded_files(tmp_path: Path, assessment_text: str, framework_text: str) -> dict[str, tuple[Path, Path]]:
    """The example assessment and framework written as UTF-16LE with a byte-order mark, UTF-16BE
    without one, and invalid UTF-8 (a Latin-1 byte in the first text value)."""
    out = {}
    bad = lambda t: t.encode("utf-8").replace(b'": "', b'": "\xe9', 1)  # noqa: E731
    for name, encode in (("utf-16le", utf16le_bom), ("utf-16be", utf16be), ("utf-8", bad)):
        a, f = tmp_path / f"{name}.assessment.json", tmp_path / f"{name}.framework.json"
        a.write_bytes(encode(assessment_text))
        f.write_bytes(encode(framework_text))
        out[name] = (a, f)
    return out


def _assert_invalid_encoding(call: Callable[[], object], encoding: str, document: str) -> None:
    with pytest.raises(kalkan.ParseError) as info:
        call()
    e = info.value
    assert (e.code, e.document, e.details["encoding"]) == ("invalid_encoding", document, encoding), e
    if encoding == "utf-8":
        assert isinstance(e.details["offset"], int) and e.details["offset"] > 0
    else:
        assert "offset" not in e.details


@pytest.mark.parametrize("encoding", ["utf-16le", "utf-16be", "utf-8"])
def test_files_and_bytes_in_other_encodings_give_invalid_encoding_everywhere(
    encoding: str, encoded_files: dict[str, tuple[Path, Path]], framework_path: Path, assessment_path: Path
) -> None:
    """A file read with ``open(p, 'rb').read()`` and the path itself give the same typed error, in
    every function that takes a document."""
    a_path, f_path = encoded_files[encoding]
    fw = kalkan.load_framework(framework_path)
    for a in (a_path, a_path.read_bytes()):
        _assert_invalid_encoding(lambda: kalkan.score(a, fw), encoding, "assessment")
        _assert_invalid_encoding(lambda: fw.score(a), encoding, "assessment")
        _assert_invalid_encoding(lambda: kalkan.gaps(a, fw, profile="standard"), encoding, "assessment")
        _assert_invalid_encoding(lambda: kalkan.progress(a, fw), encoding, "assessment")
        _assert_invalid_encoding(lambda: kalkan.Registry().framework_for(a), encoding, "assessment")
        _assert_invalid_encoding(lambda: kalkan.anonymize(a, "x"), encoding, "assessment")
        _assert_invalid_encoding(lambda: kalkan.compare(a, assessment_path, framework=fw), encoding, "assessment")
        _assert_invalid_encoding(lambda: kalkan.migrate(a, framework_path, framework=framework_path), encoding, "assessment")
        # Validation reports it, as for any document that cannot be parsed.
        v = kalkan.validate_assessment(a, fw)
        assert (v.valid, [p.code for p in v.errors], v.errors[0].details["encoding"]) == (False, ["invalid_encoding"], encoding)
        # In a batch, the failing item fails in its own place.
        out = kalkan.score_batch([assessment_path, a], fw, errors="return")
        assert isinstance(out[0], kalkan.Report) and isinstance(out[1], kalkan.ParseError)
        assert (out[1].code, out[1].index, out[1].details["encoding"]) == ("invalid_encoding", 1, encoding)
    for f in (f_path, f_path.read_bytes()):
        _assert_invalid_encoding(lambda: kalkan.load_framework(f), encoding, "framework")
        _assert_invalid_encoding(lambda: kalkan.Registry(builtins=False).add(f), encoding, "framework")
        _assert_invalid_encoding(lambda: kalkan.score(assessment_path, f), encoding, "framework")
        _assert_invalid_encoding(lambda: kalkan.diff(f, framework_path), encoding, "framework")
        _assert_invalid_encoding(lambda: kalkan.trend([assessment_path], framework=f), encoding, "framework")
        v = kalkan.validate_framework(f)
        assert (v.valid, [p.code for p in v.errors]) == (False, ["invalid_encoding"])
    report = kalkan.score(assessment_path, fw).to_json()
    r_path = a_path.with_suffix(".report.json")
    r_path.write_bytes(utf16le_bom(report) if encoding == "utf-16le" else utf16be(report) if encoding == "utf-16be" else report.encode() + b"\xff")
    _assert_invalid_encoding(lambda: kalkan.Report.from_json(r_path), encoding, "report")


def test_utf8_with_a_byte_order_mark_works_everywhere(tmp_path: Path, framework_path: Path, assessment_path: Path, assessment_text: str, framework_text: str) -> None:
    plain = kalkan.score(assessment_path, framework_path)
    a_bom, f_bom = tmp_path / "a.json", tmp_path / "f.json"
    a_bom.write_bytes(codecs.BOM_UTF8 + assessment_text.encode("utf-8"))
    f_bom.write_bytes(codecs.BOM_UTF8 + framework_text.encode("utf-8"))
    for a, f in ((a_bom, f_bom), (a_bom.read_bytes(), f_bom.read_bytes()), ("\ufeff" + assessment_text, "\ufeff" + framework_text)):
        assert kalkan.score(a, f) == plain
        assert kalkan.load_framework(f) == kalkan.load_framework(framework_path)
        assert kalkan.validate_framework(f).valid
        assert kalkan.validate_assessment(a, f).valid
        assert kalkan.anonymize(a, "x") == kalkan.anonymize(assessment_path, "x")
        assert kalkan.diff(f, framework_path)["changes"] == []
    # Batches take bytes and files as well (bytes through the core's parallel batch).
    fw = kalkan.load_framework(framework_path)
    assert fw.score_batch([a_bom.read_bytes(), a_bom, assessment_text, assessment_path.read_bytes()]) == [plain] * 4
    saved = tmp_path / "r.json"
    saved.write_bytes(codecs.BOM_UTF8 + plain.to_json().encode("utf-8"))
    assert kalkan.Report.from_json(saved) == plain


# --- the size limit: refused before reading ----------------------------------------------------


@pytest.fixture()
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files the package opens (``open`` as its modules see it)."""
    import builtins

    import kalkan._api

    seen: list[str] = []
    real_open = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(kalkan._api, "open", spy, raising=False)
    return seen


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path, assessment_path: Path, framework_path: Path, opened: list[str]) -> None:
    size = assessment_path.stat().st_size
    big = tmp_path / "big.assessment.json"
    big.write_bytes(assessment_path.read_bytes())
    fw = kalkan.Framework(framework_path.read_bytes())
    kalkan.set_limits(max_input_bytes=size)
    # At the limit: read (and opened, which shows that the spy sees reads).
    assert kalkan.score(big, fw).level is not None
    assert opened == [str(big)]
    opened.clear()
    kalkan.set_limits(max_input_bytes=size - 1)
    calls: list[tuple[str, Callable[[], object]]] = [
        ("assessment", lambda: kalkan.score(big)),
        ("assessment", lambda: kalkan.gaps(big)),
        ("assessment", lambda: kalkan.progress(big)),
        ("assessment", lambda: kalkan.Registry().score(big)),
        ("assessment", lambda: kalkan.anonymize(big, "x")),
        ("assessment", lambda: kalkan.merge([big, big])),
        ("assessment", lambda: kalkan.Aggregator().add([big])),
        ("framework", lambda: kalkan.load_framework(big)),
        ("framework", lambda: kalkan.Registry(builtins=False).add(big)),
        ("framework", lambda: kalkan.diff(big, big)),
        ("mapping", lambda: kalkan.validate_mapping(big)),
        ("report", lambda: kalkan.Report.from_json(big)),
    ]
    for document, call in calls:
        with pytest.raises(kalkan.ParseError) as info:
            call()
        e = info.value
        assert (e.code, e.document, e.details) == ("input_too_large", document, {"size": size, "limit": size - 1}), document
        assert "more than the limit" in e.message
    # Validation reports it, without reading either.
    v = kalkan.validate_assessment(big)
    assert (v.valid, [(p.code, p.details["size"]) for p in v.errors]) == (False, [("input_too_large", size)])
    assert [p.code for p in kalkan.validate_framework(big).errors] == ["input_too_large"]
    assert fw.validate(big) == v
    # In a batch, the file fails in its own place; the others are scored.
    text = assessment_path.read_text(encoding="utf-8")
    kalkan.set_limits(max_input_bytes=len(text.encode("utf-8")) + 10)
    big.write_bytes(assessment_path.read_bytes() + b" " * 11)
    out = kalkan.score_batch([text, big, text], fw, errors="return")
    assert isinstance(out[0], kalkan.Report) and isinstance(out[2], kalkan.Report)
    assert isinstance(out[1], kalkan.ParseError) and (out[1].code, out[1].index) == ("input_too_large", 1)
    # Never opened.
    assert opened == []


def test_bytes_and_text_over_the_limit_are_refused(assessment_path: Path, framework_path: Path) -> None:
    data = assessment_path.read_bytes()
    fw = kalkan.load_framework(framework_path)
    kalkan.set_limits(max_input_bytes=len(data) - 1)
    for source in (data, data.decode("utf-8")):
        with pytest.raises(kalkan.ParseError) as info:
            kalkan.score(source, fw)
        assert (info.value.code, info.value.details) == ("input_too_large", {"size": len(data), "limit": len(data) - 1})
        with pytest.raises(kalkan.ParseError) as review:
            kalkan.anonymize(source, "x")
        assert review.value.code == "input_too_large"
    kalkan.set_limits()
    assert kalkan.score(data, fw).level is not None


# --- capped problem lists ----------------------------------------------------------------------


def _with_unknown_responses(assessment: dict[str, Any], n: int) -> dict[str, Any]:
    responses = dict(assessment["responses"])
    responses.update({f"UNKNOWN-{i:07d}": {"option": "fully-implemented"} for i in range(n)})
    return {**assessment, "responses": responses}


def test_a_validation_lists_at_most_max_problems(assessment_dict: dict[str, Any], framework_path: Path) -> None:
    fw = kalkan.load_framework(framework_path)
    doc = _with_unknown_responses(assessment_dict, 5_000)
    v = kalkan.validate_assessment(doc, fw)
    assert len(v.errors) == 1_001
    assert {p.code for p in v.errors[:1_000]} == {"unknown_control"}
    last = v.errors[-1]
    assert (last.code, last.pointer, last.details) == ("too_many_problems", "", {"dropped": 4_000, "limit": 1_000})
    assert "4000" in last.message or "4,000" in last.message or "4 000" in last.message
    # Scoring raises with the same capped list.
    with pytest.raises(kalkan.ValidationError) as info:
        fw.score(doc)
    assert len(info.value.errors) == 1_001 and info.value.errors[-1].details["dropped"] == 4_000
    # Lowered, the cap follows.
    kalkan.set_limits(max_problems=10)
    v = kalkan.validate_assessment(json.dumps(doc), fw)
    assert len(v.errors) == 11 and v.errors[-1].details == {"dropped": 4_990, "limit": 10}


MILLION = """
import json, pathlib, resource, sys, time
import kalkan

start = time.perf_counter()
fw = kalkan.load_framework(pathlib.Path(sys.argv[1]))
assessment = json.loads(pathlib.Path(sys.argv[2]).read_bytes())
assessment["responses"].update({f"UNKNOWN-{i:07d}": {"option": "fully-implemented"} for i in range(1_000_000)})
built = time.perf_counter()
if sys.argv[3] == "text":
    assessment = json.dumps(assessment)
    built = time.perf_counter()
peak_built = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    fw.score(assessment)
    errors = []
except kalkan.ValidationError as e:
    errors = [p.to_dict() for p in e.errors]
done = time.perf_counter()
print(json.dumps({
    "build_s": built - start,
    "score_s": done - built,
    "total_s": done - start,
    "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "max_rss_built_mib": peak_built / 1024,
    "errors": errors,
}))
"""


@pytest.mark.parametrize("form", ["dict", "text"])
def test_a_million_unknown_responses_are_refused_with_too_many(form: str, framework_path: Path, assessment_path: Path) -> None:
    """The issue's case (35-46 s and more than 2 GB before the limits): refused with one
    ``too_many`` problem. Measured in a fresh process (wall time, peak RSS), printed, not timed."""
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MILLION), str(framework_path), str(assessment_path), form],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    out = json.loads(run.stdout)
    print(f"\n1,000,000 unknown responses ({form}): build {out['build_s']:.2f} s, score {out['score_s']:.2f} s, "
          f"total {out['total_s']:.2f} s, peak RSS {out['max_rss_mib']:.0f} MiB ({out['max_rss_built_mib']:.0f} MiB once built)")
    assert len(out["errors"]) == 1
    problem = out["errors"][0]
    assert (problem["code"], problem["pointer"]) == ("too_many", "/responses")
    answered = len(json.loads(assessment_path.read_text(encoding="utf-8"))["responses"])
    assert problem["details"] == {"what": "responses", "count": 1_000_000 + answered, "limit": 100_000}


def test_the_conformance_runner_restores_the_defaults_even_when_a_case_fails() -> None:
    import test_conformance

    refused = {"operation": "decode", "document": "assessment", "bytes_hex": "7b7d", "limits": {"max_input_bytes": 1}}
    with pytest.raises(kalkan.ParseError) as info:
        test_conformance._run(refused)
    assert info.value.code == "input_too_large"
    assert kalkan.limits() == DEFAULTS
    with pytest.raises(AssertionError, match="unknown operation"):
        test_conformance._run({"operation": "nope", "limits": {"max_problems": 2}})
    assert kalkan.limits() == DEFAULTS
    # Without `limits`, the limits in force are left alone.
    kalkan.set_limits(max_problems=2)
    assert test_conformance._run({k: v for k, v in refused.items() if k != "limits"}) == "{}"
    assert kalkan.limits()["max_problems"] == 2


def test_the_limits_api_type_checks_as_documented(tmp_path: Path) -> None:
    """`set_limits(kalkan.limits(), ...)` (a TypedDict where a mapping is expected) passes
    `mypy --strict`, and the results have the documented types."""
    pytest.importorskip("mypy")
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            import kalkan
            limits: kalkan.Limits = kalkan.set_limits(kalkan.limits(), max_problems=50)
            kalkan.set_limits({"max_problems": 3})
            size: int = kalkan.limits()["max_input_bytes"]
            text: str = kalkan.decode(b"{}", "framework")
            """
        ),
        encoding="utf-8",
    )
    run = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


# --- dicts: read as their JSON text (no `Value` tree), errors as before ------------------------


def test_a_dict_is_read_as_its_json_text(assessment_dict: dict[str, Any], framework_dict: dict[str, Any]) -> None:
    """A dict is written as JSON text and parsed from it: responses keep the dict's order (as in
    the text), so problems come in the same order as for the same document given as text."""
    fw = kalkan.load_framework(framework_dict)
    assert fw == kalkan.load_framework(json.dumps(framework_dict))
    doc = dict(assessment_dict, responses={"ZZZ-9": {"option": "x"}, "AAA-1": {"option": "y"}, **assessment_dict["responses"]})
    from_dict, from_text = fw.validate(doc), fw.validate(json.dumps(doc))
    assert [p.pointer for p in from_dict.errors] == ["/responses/ZZZ-9", "/responses/AAA-1"]
    assert from_dict == from_text
    assert fw.score(assessment_dict) == fw.score(json.dumps(assessment_dict))
    # Floats (weights, here) survive the text exactly.
    framework_dict["groups"][0]["weight"] = 0.1 + 0.2
    assert kalkan.load_framework(framework_dict).digest == kalkan.load_framework(json.dumps(framework_dict)).digest


@pytest.mark.parametrize("depth", [90, 110, 127])
def test_dict_errors_keep_their_shape_at_any_depth(assessment_dict: dict[str, Any], framework_path: Path, depth: int) -> None:
    """A dict's parse error has its pointer and no line or column, whether it was parsed from its
    text (shallow) or converted whole (nested near the parser's limit)."""
    nested: list[Any] = []
    for _ in range(depth):
        nested = [nested]
    with pytest.raises(kalkan.ParseError) as info:
        kalkan.score(dict(assessment_dict, extra=nested), framework_path)
    e = info.value
    assert (e.code, e.pointer, e.details["problem"], e.details["field"]) == ("invalid_structure", "/extra", "unknown_field", "extra")
    assert (e.errors[0].line, e.errors[0].column) == (None, None)
