#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets into DIR/<target>/, each seed no longer than the
target's `-max_len` (MAX_LEN; libFuzzer would cut a longer one, and a cut document is only a
parse error):

- framework, assessment, mapping, report: the documents of every conformance case and the
  examples; the built-in mappings cut to their first maps; the built-in frameworks reduced
  (`kalkan_fuzz::reduced`, written by `cargo run --example seeds` of the fuzz crate);
- oscal: catalogs and profiles cut by hand from NIST's SP 800-53 rev5 files
  (tests/fixtures/oscal), a mode byte first (see `kalkan_fuzz::oscal`); fuzz/data/oscal-catalog.json,
  the catalog the profiles are resolved against, is `oscal_catalog()` below;
- ciso: the CISO Assistant libraries of tests/fixtures/ciso-assistant cut to their first
  requirement nodes (mapping libraries: their first requirement mappings);
- xlsx: workbooks written by `export_xlsx` from the reduced built-in frameworks, blank and
  filled, in English, Arabic and French (the `seeds` example);
- scorer: none, its inputs are structured bytes that libFuzzer grows from nothing.

    python3 scripts/fuzz-seeds.py [DIR]          # default fuzz/corpus
    python3 scripts/fuzz-seeds.py --max-len T    # prints target T's -max_len
    python3 scripts/fuzz-seeds.py --oscal-catalog  # prints fuzz/data/oscal-catalog.json
"""
import hashlib
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TARGETS = ("framework", "assessment", "scorer", "report", "mapping", "oscal", "ciso", "xlsx")
# Per target: large enough for every seed's kind of document, small enough that an execution
# stays in the tens of microseconds.
MAX_LEN = {
    "framework": 16384,
    "assessment": 32768,
    "scorer": 4096,
    "report": 32768,
    "mapping": 16384,
    "oscal": 16384,
    "ciso": 16384,
    "xlsx": 16384,
}


def oscal_catalog():
    """A few controls of SP 800-53 rev5: group AC's AC-1 (parameters, items), AC-2 with its
    first enhancements and a withdrawn one, the withdrawn AC-13, and group AT's AT-1; long prose
    cut, back-matter and most metadata left out."""
    c = json.loads((ROOT / "tests/fixtures/oscal/NIST_SP-800-53_rev5_catalog.json").read_text())["catalog"]

    def trim(node):
        if isinstance(node, dict):
            out = {k: trim(v) for k, v in node.items() if k != "links" or any(l.get("rel") != "reference" for l in v)}
            if isinstance(out.get("prose"), str) and len(out["prose"]) > 120:
                out["prose"] = out["prose"][:120].rsplit(" ", 1)[0] + "."
            if isinstance(out.get("links"), list):
                out["links"] = [l for l in out["links"] if l.get("rel") != "reference"]
            return out
        if isinstance(node, list):
            return [trim(x) for x in node]
        return node

    groups = {g["id"]: g for g in c["groups"]}
    ac = {x["id"]: x for x in groups["ac"]["controls"]}
    ac2 = dict(ac["ac-2"])
    ac2["controls"] = [e for e in ac2["controls"] if e["id"] in ("ac-2.1", "ac-2.2", "ac-2.10")]
    ac2["parts"] = [p for p in ac2["parts"] if p["name"] == "statement"]
    ac2["parts"][0] = dict(ac2["parts"][0], parts=ac2["parts"][0]["parts"][:3])
    ac1 = ac["ac-1"]
    at1 = groups["at"]["controls"][0]
    meta = {k: c["metadata"][k] for k in ("title", "last-modified", "version", "oscal-version")}
    catalog = {
        "uuid": c["uuid"],
        "metadata": meta,
        "groups": [
            {"id": "ac", "class": "family", "title": groups["ac"]["title"], "controls": [ac1, ac2, ac["ac-13"]]},
            {"id": "at", "class": "family", "title": groups["at"]["title"], "controls": [at1]},
        ],
    }
    return json.dumps({"catalog": trim(catalog)}, ensure_ascii=False) + "\n"


def oscal_seeds():
    """Mode byte 0: a catalog (2: on the yes/no scale); 1: a profile (5: restricted too)."""
    catalog = json.loads(oscal_catalog())
    seeds = [b"\x00" + json.dumps(catalog, ensure_ascii=False).encode(), b"\x02" + json.dumps(catalog).encode()]
    # One group only, and controls straight in the catalog.
    one = json.loads(json.dumps(catalog))
    one["catalog"]["groups"] = one["catalog"]["groups"][1:]
    seeds.append(b"\x00" + json.dumps(one).encode())
    flat = json.loads(json.dumps(catalog))
    flat["catalog"]["controls"] = flat["catalog"].pop("groups")[1]["controls"]
    flat["catalog"]["metadata"]["version"] = "5.1"
    seeds.append(b"\x00" + json.dumps(flat).encode())
    meta = {"title": "Fuzz Baseline", "last-modified": "2024-01-01T00:00:00Z", "version": "1.0", "oscal-version": "1.1.2"}
    profiles = [
        {"imports": [{"href": "#c", "include-controls": [{"with-ids": ["ac-1", "ac-2", "ac-2.1", "ac-13", "zz-9"]}]}]},
        {"imports": [{"href": "#c", "include-all": {}, "exclude-controls": [{"matching": [{"pattern": "ac-2*"}]}]}]},
        {
            "imports": [{"href": "#c", "include-controls": [{"matching": [{"pattern": "a?-1"}], "with-child-controls": "yes"}]}],
            "modify": {"set-parameters": [{"param-id": "ac-1_prm_1", "values": ["the security officer"]}, {"param-id": "nope", "values": ["x"]}]},
        },
    ]
    for p in profiles:
        text = json.dumps({"profile": {"uuid": "00000000-0000-4000-8000-000000000000", "metadata": meta, **p}}).encode()
        seeds += [b"\x01" + text, b"\x05" + text]
    # The real MODERATE profile's first import, cut to the controls the small catalog has.
    moderate = json.loads((ROOT / "tests/fixtures/oscal/NIST_SP-800-53_rev5_MODERATE-baseline_profile.json").read_text())["profile"]
    ids = moderate["imports"][0]["include-controls"][0]["with-ids"][:12]
    cut = {"uuid": moderate["uuid"], "metadata": {k: moderate["metadata"][k] for k in ("title", "last-modified", "version", "oscal-version")},
           "imports": [{"href": "#c", "include-controls": [{"with-ids": ids}]}]}
    seeds.append(b"\x05" + json.dumps({"profile": cut}).encode())
    return seeds


def cut_yaml(text, key, keep):
    """A CISO Assistant library with each `key:` list (block style, one item per `- ` line at
    the list's indent) cut to its first `keep` items; the rest of the file is kept."""
    lines = text.splitlines(keepends=True)
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if line.strip() != key + ":":
            continue
        # The items' indent: that of the first `- ` line.
        j = i
        while j < len(lines) and (not lines[j].strip() or lines[j].lstrip().startswith("#")):
            j += 1
        if j >= len(lines) or not lines[j].lstrip().startswith("- "):
            continue
        indent = len(lines[j]) - len(lines[j].lstrip())
        items = 0
        while i < len(lines):
            l = lines[i]
            lead = len(l) - len(l.lstrip())
            if l.strip() and not l.lstrip().startswith("#") and (lead < indent or (lead == indent and not l.lstrip().startswith("- "))):
                break  # the list has ended
            if lead == indent and l.lstrip().startswith("- "):
                items += 1
            if items <= keep:
                out.append(l)
            i += 1
    return "".join(out)


def ciso_seeds():
    seeds = []
    for f in sorted((ROOT / "tests/fixtures/ciso-assistant").glob("*.yaml")):
        text = f.read_text()
        for keep in (3, 10):
            if "requirement_mapping" in text:
                cut = cut_yaml(cut_yaml(text, "requirement_mappings", keep), "requirement_mapping_sets", 2)
            else:
                cut = cut_yaml(text, "requirement_nodes", keep)
            seeds.append(cut.encode())
    return seeds


def cut_mapping(doc, keep):
    doc = json.loads(json.dumps(doc))
    doc["maps"] = doc.get("maps", [])[:keep]
    return json.dumps(doc, ensure_ascii=False).encode()


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--max-len":
        print(MAX_LEN[sys.argv[2]])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--oscal-catalog":
        sys.stdout.write(oscal_catalog())
        return
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fuzz/corpus")
    seeds = {t: [] for t in TARGETS}
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
    for f in sorted((ROOT / "frameworks/mappings").glob("*.json")):
        doc = json.loads(f.read_text())
        seeds["mapping"] += [cut_mapping(doc, 3), cut_mapping(doc, 20)]
    seeds["oscal"] = oscal_seeds()
    seeds["ciso"] = ciso_seeds()
    # The reduced built-in frameworks and the workbooks (Rust: they need the core).
    generated = out / ".generated"
    subprocess.run(
        ["cargo", "run", "-q", "--manifest-path", str(ROOT / "fuzz/Cargo.toml"), "--example", "seeds", "--", str(generated)],
        check=True,
    )
    for target in ("framework", "xlsx"):
        for f in sorted((generated / target).iterdir()):
            seeds[target].append(f.read_bytes())
    for target, items in seeds.items():
        d = out / target
        d.mkdir(parents=True, exist_ok=True)
        kept = [data for data in items if len(data) <= MAX_LEN[target]]
        for data in kept:
            (d / hashlib.sha1(data).hexdigest()).write_bytes(data)
        print(f"{target}: {len(kept)} seeds ({len(items) - len(kept)} longer than {MAX_LEN[target]} bytes left out)")


if __name__ == "__main__":
    main()
