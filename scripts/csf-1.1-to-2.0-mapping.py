#!/usr/bin/env python3
"""Builds `frameworks/mappings/nist-csf-1.1-to-2.0.json` from NIST's own CSF 1.1 -> 2.0 links
(`tests/fixtures/nist-csf-1.1-to-2.0/links.json`, see SOURCES.md there) and Kalkan's reading of
them. The rules, applied per link (source = the 1.1 subcategory, target = the 2.0 subcategory):

- links to a category (GV.PO, GV.RR, ID.IM, DE.AE) are left out: each such 1.1 item also names
  subcategories, except DE.DP-2 ("detection activities comply with requirements"), which NIST
  links to the whole DE.AE category; it maps to no single subcategory and is left behind;
- `same-id` (kept identifier): `equivalent-to` when the 2.0 text asks for the same thing, else
  the judgement in SAME_ID below (`subset-of` when 2.0 asks for more, `intersects-with` when the
  subject moved);
- `moved-to` one target: `equivalent-to`; `moved-to` several targets: `superset-of` each (the
  item was split);
- `incorporated-into` one target: `subset-of`; several targets: `intersects-with` each;
- then, a target that several 1.1 items flow into cannot be equal to any one of them: an
  `equivalent-to` link into it becomes `subset-of`.

Run it from the repository root; it rewrites the mapping file."""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
LINKS = json.loads((ROOT / "tests/fixtures/nist-csf-1.1-to-2.0/links.json").read_text())
F20 = json.loads((ROOT / "frameworks/nist-csf-2.0.1.json").read_text())

# The kept identifiers whose 2.0 requirement is not the same as in 1.1 (judged on NIST's texts).
SAME_ID = {
    "ID.AM-2": "subset-of",        # 1.1: software platforms and applications; 2.0 adds services and systems
    "ID.AM-4": "intersects-with",  # 1.1: external information systems; 2.0: services provided by suppliers
    "ID.RA-6": "subset-of",        # 2.0 adds planning, tracking and communicating the responses
    "PR.AT-2": "subset-of",        # 1.1: privileged users; 2.0: every specialised role
    "DE.CM-3": "subset-of",        # 2.0 adds monitoring of technology usage
    "RS.AN-3": "intersects-with",  # 1.1: forensics; 2.0: establishing what happened and the root cause
    "RS.MI-2": "intersects-with",  # 1.1: incidents mitigated; 2.0: incidents eradicated
}

NB, NNB = "\u00a0", "\u202f"


def fr(s):
    s = s.replace("'", "’")
    s = re.sub(r" ([?;!])", NNB + r"\1", s)
    return re.sub(r" :", NB + ":", s)


def T(en, ar, f):
    return {"en": en, "ar": ar, "fr": fr(f)}


def rationale(kind, targets, merged):
    t = ", ".join(targets)
    ta = "، ".join(targets)
    texts = {
        "same": T("Kept under the same identifier; the requirement is the same.",
                  "أُبقي عليه بالمعرّف نفسه، والمطلوب لم يتغير.",
                  "Conservée sous le même identifiant ; l'exigence est la même."),
        "same-subset-of": T("Kept under the same identifier; CSF 2.0 asks for more.",
                            "أُبقي عليه بالمعرّف نفسه، لكن الإصدار 2.0 يطلب أكثر.",
                            "Conservée sous le même identifiant ; la CSF 2.0 en demande davantage."),
        "same-intersects-with": T("Kept under the same identifier, but the subject has changed.",
                                  "أُبقي عليه بالمعرّف نفسه، لكن موضوعه تغيّر.",
                                  "Conservée sous le même identifiant, mais son objet a changé."),
        "moved": T(f"NIST: moved to {t}.", f"وفق NIST: نُقل إلى {ta}.", f"NIST : déplacée vers {t}."),
        "moved-split": T(f"NIST: moved to {t}; split between them.", f"وفق NIST: نُقل إلى {ta} ووُزِّع بينها.",
                         f"NIST : déplacée vers {t} ; répartie entre elles."),
        "incorporated": T(f"NIST: incorporated into {t}.", f"وفق NIST: أُدمج في {ta}.", f"NIST : intégrée à {t}."),
        "incorporated-split": T(f"NIST: incorporated into {t}; part of it went to each.",
                                f"وفق NIST: أُدمج في {ta}، وذهب جزء منه إلى كلٍّ منها.",
                                f"NIST : intégrée à {t} ; une partie est allée à chacune."),
    }
    out = dict(texts[kind])
    if merged:
        extra = T("Other CSF 1.1 items flow into the same CSF 2.0 subcategory.",
                  "وتصبّ بنود أخرى من الإصدار 1.1 في البند الفرعي نفسه من الإصدار 2.0.",
                  "D'autres éléments de la CSF 1.1 aboutissent à la même sous-catégorie de la CSF 2.0.")
        out = {k: out[k] + " " + extra[k] for k in out}
    return out


def subcategories(f):
    out = []

    def walk(gs):
        for g in gs:
            out.extend(c["id"] for c in g.get("controls", []))
            walk(g.get("groups", []))
    walk(f["groups"])
    return out


order = subcategories(F20)
entries = []
for link in LINKS:
    targets = [t for t in link["to"] if t in order]
    for t in targets:
        if link["rel"] == "same-id":
            rel = SAME_ID.get(link["from"], "equivalent-to")
            kind = "same" if rel == "equivalent-to" else "same-" + rel
        elif link["rel"] == "moved-to":
            rel, kind = ("equivalent-to", "moved") if len(targets) == 1 else ("superset-of", "moved-split")
        else:
            rel, kind = ("subset-of", "incorporated") if len(targets) == 1 else ("intersects-with", "incorporated-split")
        entries.append({"source": link["from"], "target": t, "relationship": rel, "kind": kind, "targets": targets})
sources_of = {}
for e in entries:
    sources_of.setdefault(e["target"], []).append(e["source"])
maps = []
for e in entries:
    merged = len(sources_of[e["target"]]) > 1
    rel = "subset-of" if merged and e["relationship"] == "equivalent-to" else e["relationship"]
    maps.append({"source": e["source"], "target": e["target"], "relationship": rel, "matching": "semantic",
                 "rationale": rationale(e["kind"], e["targets"], merged)})
maps.sort(key=lambda m: order.index(m["target"]))
doc = {
    "$schema": "../../schemas/mapping.schema.json",
    "source": {"id": "nist-csf", "version": "~1.1"},
    "target": {"id": "nist-csf", "version": "^2.0"},
    "title": T("NIST CSF 1.1 to CSF 2.0, from NIST's own links", "من الإصدار 1.1 إلى الإصدار 2.0 من إطار NIST للأمن السيبراني، وفق روابط NIST نفسها",
               "De la CSF 1.1 à la CSF 2.0 du NIST, d'après les liens publiés par le NIST"),
    "description": T(
        "Built by scripts/csf-1.1-to-2.0-mapping.py from the links NIST publishes in its CSF 2.0 catalog (tests/fixtures/nist-csf-1.1-to-2.0). Kept identifiers are equivalent unless CSF 2.0 asks for more or for something else; a moved item is equivalent, or split when moved to several places; an incorporated item is part of its target. DE.DP-2 is linked to a whole category only and is left behind.",
        "أُعدّت بالبرنامج scripts/csf-1.1-to-2.0-mapping.py من الروابط التي ينشرها NIST في فهرس الإصدار 2.0 (tests/fixtures/nist-csf-1.1-to-2.0). البنود التي احتفظت بمعرّفها مكافئة ما لم يطلب الإصدار 2.0 أكثر أو شيئًا آخر؛ والبند المنقول مكافئ، أو موزَّع إن نُقل إلى أكثر من موضع؛ والبند المدمج جزء من هدفه. أما DE.DP-2 فلا يرتبط إلا بفئة كاملة، فلا يُنقل.",
        "Construite par scripts/csf-1.1-to-2.0-mapping.py à partir des liens que le NIST publie dans son catalogue CSF 2.0 (tests/fixtures/nist-csf-1.1-to-2.0). Un identifiant conservé est équivalent, sauf si la CSF 2.0 demande davantage ou autre chose ; un élément déplacé est équivalent, ou réparti s'il a été déplacé en plusieurs endroits ; un élément intégré est une partie de sa cible. DE.DP-2 n'est lié qu'à une catégorie entière et n'est pas repris."),
    "publisher": "Kalkan project (links: NIST, public domain)",
    "license": "CC0-1.0",
    "released": "2027-02-01",
    "maps": maps,
}
out = ROOT / "frameworks/mappings/nist-csf-1.1-to-2.0.json"
out.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
rels = {}
for m in maps:
    rels[m["relationship"]] = rels.get(m["relationship"], 0) + 1
print(f"wrote {out.relative_to(ROOT)}: {len(maps)} entries", rels)
print("2.0 subcategories with no source:", [t for t in order if t not in sources_of])
