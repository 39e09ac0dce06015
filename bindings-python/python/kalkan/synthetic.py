"""Generated, realistic-looking assessments for tests, benchmarks and demonstrations.

Fictional countries (with the ISO 3166-1 codes ``QM`` to ``QZ``, which ISO leaves to users and
no country will ever have), sectors, kinds and sizes of institution. Answers are correlated, not
uniform noise: each institution has a latent maturity made of its country's, its sector's and its
size's effects plus its own; each top-level group shifts it (some areas are harder everywhere,
and institutions are uneven across areas); each control then lands on the scale by an ordinal
model where higher-level controls are harder. A few controls are answered not applicable, some
institutions stop before the end (unanswered controls), and a few answers are skipped at random.

Deterministic: the same ``n``, ``seed`` and framework give the same JSON texts, on any machine
(numpy's PCG64 generator). Needs numpy.

    python -m kalkan.synthetic 100000 --seed 7 > assessments.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any

COUNTRIES = [
    # code, name, region, effect on maturity, share of institutions
    ("QM", "Marendia", "north", 0.9, 0.14),
    ("QN", "Norvale", "north", 0.5, 0.12),
    ("QP", "Pelagos", "islands", -0.2, 0.08),
    ("QR", "Rivania", "south", -0.6, 0.13),
    ("QS", "Sahilia", "south", 0.1, 0.15),
    ("QT", "Tessaly", "east", -1.0, 0.10),
    ("QU", "Ulmara", "east", 0.3, 0.12),
    ("QV", "Valdoria", "islands", -0.4, 0.09),
    ("QW", "Westmarch", "north", 1.3, 0.04),
    ("QZ", "Zafrana", "south", -1.4, 0.03),
]
SECTORS = [
    # sector, effect, share, kinds
    ("finance", 0.8, 0.15, ("central-bank", "regulator", "agency")),
    ("health", -0.3, 0.2, ("ministry", "hospital-trust", "agency")),
    ("energy", 0.4, 0.1, ("operator", "regulator")),
    ("transport", -0.1, 0.12, ("operator", "agency")),
    ("public-administration", 0.0, 0.28, ("ministry", "agency", "municipality")),
    ("education", -0.6, 0.15, ("ministry", "university", "agency")),
]
SIZES = [("small", -0.7, 0.45), ("medium", 0.0, 0.35), ("large", 0.6, 0.2)]


def _controls(framework: dict[str, Any]) -> list[tuple[str, int, dict[str, Any]]]:
    """(control, top-level group index, control) in document order."""
    out: list[tuple[str, int, dict[str, Any]]] = []

    def walk(groups: list[dict[str, Any]], top: int | None) -> None:
        for i, g in enumerate(groups):
            t = i if top is None else top
            for c in g.get("controls", []):
                out.append((c["id"], t, c))
            walk(g.get("groups", []), t)

    walk(framework["groups"], None)
    return out


def assessments(n: int, seed: int = 0, framework: str = "kalkan-public-institution", requirement: str = "^1", chunk: int = 20_000) -> Iterator[str]:
    """``n`` assessments of a built-in framework as compact JSON texts (one per line when
    written with newlines), generated ``chunk`` at a time."""
    import numpy as np

    import kalkan

    fw = kalkan.get_framework(framework, requirement).to_dict()
    controls = _controls(fw)
    scales = {s["id"]: s["options"] for s in fw["scales"]}
    groups = len(fw["groups"])
    rng = np.random.Generator(np.random.PCG64(seed))
    # Fixed effects, drawn once from the seed: areas harder or easier everywhere.
    group_effect = rng.normal(0.0, 0.5, groups)
    level_of = np.array([c.get("level") or 1 for _, _, c in controls], dtype=float)
    top_of = np.array([t for _, t, _ in controls])
    na_rate = rng.uniform(0.0, 0.06, len(controls))
    # Per control and option: the JSON fragment, applicable options by credit, the N/A option.
    fragments: list[list[str]] = []
    ordered: list[list[int]] = []
    na_option: list[int | None] = []
    for cid, _, c in controls:
        opts = scales[c["scale"]]
        fragments.append([f'{json.dumps(cid)}:{{"option":{json.dumps(o["id"])}}}' for o in opts])
        applicable = [i for i, o in enumerate(opts) if not o.get("not_applicable")]
        ordered.append(sorted(applicable, key=lambda i: (opts[i]["credit"], opts[i].get("meets", False))))
        na_option.append(next((i for i, o in enumerate(opts) if o.get("not_applicable")), None))
    codes = [c[0] for c in COUNTRIES]
    c_p = np.array([c[4] for c in COUNTRIES])
    s_p = np.array([s[2] for s in SECTORS])
    z_p = np.array([z[2] for z in SIZES])
    done = 0
    while done < n:
        m = min(chunk, n - done)
        country = rng.choice(len(COUNTRIES), m, p=c_p / c_p.sum())
        sector = rng.choice(len(SECTORS), m, p=s_p / s_p.sum())
        size = rng.choice(len(SIZES), m, p=z_p / z_p.sum())
        kind_pick = rng.integers(0, 1 << 30, m)
        latent = (
            np.array([c[3] for c in COUNTRIES])[country]
            + np.array([s[1] for s in SECTORS])[sector]
            + np.array([z[1] for z in SIZES])[size]
            + rng.normal(0.0, 0.6, m)
        )
        per_group = latent[:, None] + group_effect[None, :] + rng.normal(0.0, 0.35, (m, groups))
        y = per_group[:, top_of] - 0.8 * (level_of[None, :] - 1.0) + rng.normal(0.0, 0.7, (m, len(controls)))
        not_applicable = rng.random((m, len(controls))) < na_rate[None, :]
        # 15% of institutions stop early; everyone skips about 1% at random.
        stop = np.where(rng.random(m) < 0.15, rng.integers(len(controls) // 3, len(controls), m), len(controls))
        skipped = (np.arange(len(controls))[None, :] >= stop[:, None]) | (rng.random((m, len(controls))) < 0.01)
        year = rng.choice([2024, 2025, 2026], m, p=[0.2, 0.35, 0.45])
        month = rng.integers(1, 13, m)
        for i in range(m):
            parts = []
            row_y = y[i]
            for j in range(len(controls)):
                if skipped[i, j]:
                    continue
                na = na_option[j]
                if not_applicable[i, j] and na is not None:
                    parts.append(fragments[j][na])
                    continue
                opts = ordered[j]
                k = len(opts)
                # Thresholds spread over [-1.2, 1.2]: the ordinal model.
                step = int((row_y[j] + 1.2) / (2.4 / max(k - 1, 1)) + 0.5)
                parts.append(fragments[j][opts[min(max(step, 0), k - 1)]])
            c = COUNTRIES[country[i]]
            s = SECTORS[sector[i]]
            kind = s[3][kind_pick[i] % len(s[3])]
            number = done + i + 1
            subject = {"name": f"{kind.replace('-', ' ').title()} {number:07d} ({c[1]})", "kind": kind, "country": c[0], "sector": s[0], "region": c[2], "size": SIZES[size[i]][0]}
            head = {
                "framework": {"id": fw["id"], "version": requirement},
                "subject": subject,
                "assessor": {"name": f"Respondent {number:07d}"},
                "completed": f"{year[i]}-{month[i]:02d}-15",
            }
            text = json.dumps(head, separators=(",", ":"))
            yield text[:-1] + ',"responses":{' + ",".join(parts) + "}}"
        done += m


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kalkan.synthetic", description="Write N generated assessments as JSON Lines to standard output.")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--framework", default="kalkan-public-institution")
    parser.add_argument("--requirement", default="^1")
    args = parser.parse_args(argv)
    out = sys.stdout
    for text in assessments(args.n, args.seed, args.framework, args.requirement):
        out.write(text)
        out.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
