"""Deterministic generators of assessments and frameworks, for tests and the benchmark.

Everything is driven by a ``random.Random`` so that a seed reproduces the same documents.
"""

from __future__ import annotations

import json
import random
from typing import Any

# Short names, some Arabic and French, so that non-ASCII text crosses the boundary too.
SUBJECTS = ["Ministry of Finance", "Agency of Ports", "وزارة الصحة", "Ministère de l'Intérieur", "Central Bank", "National CERT"]
COUNTRIES = ["TR", "MA", "SN", "ID", "PK", "EG", "NG", "MY"]


def walk_controls(framework: dict[str, Any]) -> list[dict[str, Any]]:
    """Every control of a framework document, in document order."""
    out: list[dict[str, Any]] = []

    def walk(groups: list[dict[str, Any]]) -> None:
        for g in groups:
            out.extend(g.get("controls", []))
            walk(g.get("groups", []))

    walk(framework["groups"])
    return out


def random_assessment(framework: dict[str, Any], rng: random.Random, *, number: int = 0, answered: float = 0.9, profile: bool = True) -> dict[str, Any]:
    """A valid assessment of ``framework``: each control answered with probability ``answered``,
    with a uniformly chosen option of its scale."""
    scales = {s["id"]: [o["id"] for o in s["options"]] for s in framework["scales"]}
    responses = {}
    for c in walk_controls(framework):
        if rng.random() < answered:
            responses[c["id"]] = {"option": rng.choice(scales[c["scale"]])}
    a: dict[str, Any] = {
        "framework": {"id": framework["id"], "version": "=" + framework["version"]},
        "subject": {"name": f"{rng.choice(SUBJECTS)} #{number}", "kind": "agency", "country": rng.choice(COUNTRIES)},
        "responses": responses,
    }
    profiles = [p["id"] for p in framework.get("profiles", [])]
    if profile and profiles and rng.random() < 0.7:
        a["profile"] = rng.choice(profiles)
    return a


def assessment_texts(framework: dict[str, Any], count: int, seed: int) -> list[str]:
    """``count`` assessments of ``framework`` as JSON text."""
    rng = random.Random(seed)
    return [json.dumps(random_assessment(framework, rng, number=i), ensure_ascii=False) for i in range(count)]


def random_framework(rng: random.Random, number: int = 0) -> dict[str, Any]:
    """A valid framework with random nesting, weights, levels (some controls without one),
    not-applicable options and profiles with group and control targets."""
    levels = rng.randint(0, 4)
    scales = [
        {
            "id": "impl",
            "options": [
                {"id": "none", "label": {"en": "None"}, "credit": 0.0, "meets": False},
                {"id": "some", "label": {"en": "Some"}, "credit": round(rng.random() * 0.6, 3), "meets": rng.random() < 0.3},
                {"id": "most", "label": {"en": "Most"}, "credit": round(0.5 + rng.random() * 0.5, 3), "meets": True},
                {"id": "full", "label": {"en": "Full"}, "credit": 1.0, "meets": True},
                {"id": "na", "label": {"en": "N/A"}, "credit": 0.0, "meets": False, "not_applicable": True},
            ],
        },
        {
            "id": "yn",
            "options": [
                {"id": "yes", "label": {"en": "Yes"}, "credit": 1.0, "meets": True},
                {"id": "no", "label": {"en": "No"}, "credit": 0.0, "meets": False},
            ],
        },
    ]
    counter = {"g": 0, "c": 0}
    group_ids: list[str] = []

    def weight() -> float:
        return rng.choice([1.0, 1.0, 0.5, 2.0, 3.0, round(0.1 + rng.random() * 4, 2)])

    def group(depth: int) -> dict[str, Any]:
        counter["g"] += 1
        gid = f"G{counter['g']}"
        group_ids.append(gid)
        g: dict[str, Any] = {"id": gid, "title": {"en": f"Group {gid}"}, "weight": weight()}
        controls = []
        for _ in range(rng.randint(0 if depth < 2 else 1, 5)):
            counter["c"] += 1
            c: dict[str, Any] = {
                "id": f"{gid}.C{counter['c']}",
                "title": {"en": "Control"},
                "statement": {"en": "The control is in place."},
                "scale": rng.choice(["impl", "impl", "yn"]),
                "weight": weight(),
            }
            if levels and rng.random() < 0.8:
                c["level"] = rng.randint(1, levels)
            controls.append(c)
        subgroups = [group(depth + 1) for _ in range(rng.randint(0, 2) if depth < 2 else 0)]
        if not controls and not subgroups:
            counter["c"] += 1
            controls.append({"id": f"{gid}.C{counter['c']}", "title": {"en": "Control"}, "statement": {"en": "In place."}, "scale": "yn"})
        if controls:
            g["controls"] = controls
        if subgroups:
            g["groups"] = subgroups
        return g

    groups = [group(0) for _ in range(rng.randint(1, 4))]
    framework: dict[str, Any] = {
        "id": f"random-{number}",
        "version": "1.0.0",
        "title": {"en": f"Random framework {number}"},
        "scales": scales,
        "levels": [{"level": i, "name": {"en": f"Level {i}"}} for i in range(1, levels + 1)],
        "groups": groups,
    }
    control_ids = [c["id"] for c in walk_controls(framework)]
    profiles = []
    for p in range(rng.randint(0, 2)):
        targets = rng.sample(group_ids, k=min(len(group_ids), rng.randint(1, 3)))
        profile: dict[str, Any] = {
            "id": f"p{p}",
            "title": {"en": f"Profile {p}"},
            "group_targets": [{"group": t, "level": rng.randint(1, max(levels, 1))} for t in targets],
        }
        if rng.random() < 0.5:
            profile["control_targets"] = rng.sample(control_ids, k=min(len(control_ids), rng.randint(1, 3)))
        profiles.append(profile)
    if levels == 0:
        # Without declared levels, targets would name undeclared levels; keep profiles to control targets.
        for p in profiles:
            p["group_targets"] = []
            p.setdefault("control_targets", control_ids[:1])
    framework["profiles"] = profiles
    return framework
