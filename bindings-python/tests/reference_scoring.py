"""An independent, pure-Python implementation of Kalkan's scoring and gap rules.

Written from the rules as documented (core/src/scoring.rs and core/src/gaps.rs), not from the
Rust code, to cross-check the core. It works on plain parsed JSON (dicts) and returns plain
dicts shaped like the core's report, so results compare field by field.

Scoring, for every group (the root is the group of the top-level groups):
- counts over the subtree; completeness = answered / controls;
- compliance = 100 x met / applicable, unanswered counting as not met;
- index = 100 x the weighted mean over the children of a control's credit (unanswered: 0) or a
  sub-group's index / 100, leaving out children with nothing applicable;
- level = the largest L, from 0 up to the highest level among applicable controls, such that
  every applicable control of level <= L meets (unanswered blocks a level).

Gaps against a profile:
- a control is required when it is applicable and either the profile names it directly, or one of
  its enclosing groups is targeted at a level >= the control's level (any target requires a control
  without a level);
- a group target is reached when every applicable control in the group that the target requires
  meets; failing required controls are listed level ascending (no level first), weight descending,
  then document order.

The benchmark (bench/bench_batch.py) uses the same code as "the straightforward pure-Python
implementation".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MET, NOT_MET, NOT_APPLICABLE, UNANSWERED = "met", "not_met", "not_applicable", "unanswered"


@dataclass
class Answer:
    """A control together with how it was answered."""

    id: str
    group: str
    position: int
    level: int | None
    weight: float
    status: str
    credit: float
    option: str | None

    @property
    def applicable(self) -> bool:
        return self.status != NOT_APPLICABLE

    @property
    def fails(self) -> bool:
        return self.status in (NOT_MET, UNANSWERED)


@dataclass
class Node:
    """A group of the framework (or the root) with its answered controls."""

    id: str
    weight: float
    answers: list[Answer] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None

    def subtree_answers(self) -> list[Answer]:
        out = list(self.answers)
        for c in self.children:
            out.extend(c.subtree_answers())
        return out

    def ancestors_and_self(self) -> list[Node]:
        chain: list[Node] = []
        node: Node | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain


def _answer(control: dict[str, Any], group: str, position: int, scales: dict[str, dict[str, dict[str, Any]]], responses: dict[str, Any]) -> Answer:
    level = control.get("level")
    weight = float(control.get("weight", 1.0))
    response = responses.get(control["id"])
    option = None if response is None else scales[control["scale"]].get(response["option"])
    if option is None:
        return Answer(control["id"], group, position, level, weight, UNANSWERED, 0.0, None)
    if option.get("not_applicable", False):
        return Answer(control["id"], group, position, level, weight, NOT_APPLICABLE, 0.0, option["id"])
    status = MET if option.get("meets", False) else NOT_MET
    return Answer(control["id"], group, position, level, weight, status, float(option["credit"]), option["id"])


def build_tree(framework: dict[str, Any], assessment: dict[str, Any]) -> Node:
    """The framework's groups as a tree of nodes, each control answered from the assessment."""
    scales = {s["id"]: {o["id"]: o for o in s["options"]} for s in framework["scales"]}
    responses = assessment.get("responses", {})
    counter = [0]

    def build(group: dict[str, Any], parent: Node) -> Node:
        node = Node(group["id"], float(group.get("weight", 1.0)), parent=parent)
        for c in group.get("controls", []):
            node.answers.append(_answer(c, group["id"], counter[0], scales, responses))
            counter[0] += 1
        for sub in group.get("groups", []):
            node.children.append(build(sub, node))
        return node

    root = Node(framework["id"], 1.0)
    for g in framework["groups"]:
        root.children.append(build(g, root))
    return root


def counts(node: Node) -> dict[str, int]:
    answers = node.subtree_answers()
    return {
        "controls": len(answers),
        "applicable": sum(1 for a in answers if a.applicable),
        "answered": sum(1 for a in answers if a.status != UNANSWERED),
        "unanswered": sum(1 for a in answers if a.status == UNANSWERED),
        "met": sum(1 for a in answers if a.status == MET),
        "not_applicable": sum(1 for a in answers if a.status == NOT_APPLICABLE),
    }


def index(node: Node) -> float | None:
    total_weight = 0.0
    weighted = 0.0
    for a in node.answers:
        if a.applicable:
            weighted += a.weight * a.credit
            total_weight += a.weight
    for child in node.children:
        child_index = index(child)
        if child_index is not None:
            weighted += child.weight * child_index / 100.0
            total_weight += child.weight
    if total_weight == 0:
        return None
    return 100.0 * weighted / total_weight


def level(node: Node) -> int | None:
    leveled = [a for a in node.subtree_answers() if a.applicable and a.level is not None]
    if not leveled:
        return None
    highest = max(a.level for a in leveled if a.level is not None)
    for candidate in range(highest, -1, -1):
        if all(a.status == MET for a in leveled if a.level is not None and a.level <= candidate):
            return candidate
    return 0


def score_group(node: Node) -> dict[str, Any]:
    c = counts(node)
    return {
        "id": node.id,
        "counts": c,
        "completeness": c["answered"] / c["controls"] if c["controls"] else 0.0,
        "compliance": 100.0 * c["met"] / c["applicable"] if c["applicable"] else None,
        "index": index(node),
        "level": level(node),
        "controls": [{"id": a.id, "option": a.option, "status": a.status, "credit": a.credit} for a in node.answers],
        "groups": [score_group(child) for child in node.children],
    }


def _all_nodes(node: Node) -> list[Node]:
    out = [node]
    for c in node.children:
        out.extend(_all_nodes(c))
    return out


def gaps(framework: dict[str, Any], root: Node, profile_id: str) -> dict[str, Any]:
    profile = next(p for p in framework.get("profiles", []) if p["id"] == profile_id)
    target_of = {t["group"]: t["level"] for t in profile.get("group_targets", [])}
    direct = set(profile.get("control_targets", []))
    nodes = {n.id: n for n in _all_nodes(root)}

    def requires(answer_level: int | None, target: int) -> bool:
        return answer_level is None or answer_level <= target

    controls = []
    for node in _all_nodes(root):
        enclosing_targets = [target_of[n.id] for n in node.ancestors_and_self() if n.id in target_of]
        for a in node.answers:
            if not a.applicable or not a.fails:
                continue
            by_group = [t for t in enclosing_targets if requires(a.level, t)]
            targeted = a.id in direct
            if not by_group and not targeted:
                continue
            controls.append(
                {
                    "control": a.id,
                    "group": a.group,
                    "level": a.level,
                    "weight": a.weight,
                    "status": a.status,
                    "option": a.option,
                    "target_level": max(enclosing_targets) if by_group else None,
                    "targeted": targeted,
                    "_position": a.position,
                }
            )
    controls.sort(key=lambda g: (-1 if g["level"] is None else g["level"], -g["weight"], g["_position"]))
    for g in controls:
        del g["_position"]

    groups = []
    for t in profile.get("group_targets", []):
        node = nodes[t["group"]]
        missing = sum(1 for a in node.subtree_answers() if a.applicable and a.fails and requires(a.level, t["level"]))
        groups.append({"group": t["group"], "target_level": t["level"], "current_level": level(node), "reached": missing == 0, "missing": missing})
    return {"profile": profile_id, "groups": groups, "controls": controls}


def score(framework: dict[str, Any], assessment: dict[str, Any], profile: str | None = None) -> dict[str, Any]:
    """The report's scores for a valid assessment: ``{root, gaps}`` shaped like the core's report."""
    root = build_tree(framework, assessment)
    chosen = profile if profile is not None else assessment.get("profile")
    return {"root": score_group(root), "gaps": None if chosen is None else gaps(framework, root, chosen)}
