#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into DIR/<target>/: the documents of every
conformance case, the examples and the built-in frameworks and mappings (scorer: none, its
inputs are structured bytes that libFuzzer grows from nothing)."""
import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fuzz/corpus")
seeds = {t: [] for t in ("framework", "assessment", "report", "mapping", "scorer")}
for f in sorted((ROOT / "tests/conformance").glob("*.json")):
    case = json.loads(f.read_text())
    for key in ("framework", "assessment", "mapping"):
        if isinstance(case.get(key), dict):
            seeds[key].append(json.dumps(case[key], ensure_ascii=False).encode())
        if isinstance(case.get(key + "_text"), str):
            seeds[key].append(case[key + "_text"].encode())
    for a in case.get("assessments", []) if isinstance(case.get("assessments"), list) else []:
        seeds["assessment"].append(json.dumps(a, ensure_ascii=False).encode())
    ok = case.get("expected", {}).get("ok")
    if isinstance(ok, dict) and "root" in ok:
        seeds["report"].append(json.dumps(ok, ensure_ascii=False).encode())
    if case.get("operation") == "decode":
        seeds["assessment"].append(bytes.fromhex(case["bytes_hex"]))
for f in sorted((ROOT / "examples").glob("*.json")):
    kind = "framework" if "framework" in f.name else "assessment"
    seeds[kind].append(f.read_bytes())
for f in sorted((ROOT / "frameworks").rglob("*.json")):
    text = f.read_bytes()
    seeds["mapping" if b'"maps"' in text else "framework"].append(text)
for target, items in seeds.items():
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    for data in items:
        (d / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"{target}: {len(items)} seeds")
