"""Framework versions in words and generated mappings, from Python (the core's rules)."""

from __future__ import annotations

import kalkan


def _builtin(spec: str) -> dict[str, object]:
    id_, requirement = spec.split("@")
    return kalkan.get_framework(id_, requirement).to_dict()


def test_the_revision_reads_as_a_changelog_in_three_languages() -> None:
    old, new = _builtin("kalkan-public-institution@=1.0.1"), _builtin("kalkan-public-institution@=2.0.0")
    en = kalkan.diff_text(old, new, format="md", lang="en")
    assert "CFG-04" in en and "AWR-07" in en
    ar = kalkan.diff_text(old, new, format="text", lang="ar")
    assert "CFG-04" in ar and ar != kalkan.diff_text(old, new, format="text", lang="en")
    fr = kalkan.diff_text(old, new, format="text", lang="fr")
    assert "\u00a0:" in fr or "\u202f;" in fr


def test_a_mapping_generated_from_the_diff_validates_and_carries_unchanged_controls() -> None:
    old, new = _builtin("kalkan-public-institution@=1.0.1"), _builtin("kalkan-public-institution@=2.0.0")
    mapping = kalkan.generate_mapping(old, new)
    assert mapping["source"]["id"] == mapping["target"]["id"] == "kalkan-public-institution"
    relationships = {m["relationship"] for m in mapping["maps"]}
    assert relationships <= {"equal-to", "equivalent-to"}
    # Every control kept under its id maps to itself; the removed CFG-04 does not map exactly.
    pairs = {(m["source"], m["target"]) for m in mapping["maps"]}
    assert ("GOV-01", "GOV-01") in pairs
    assert not any(source == "CFG-04" for source, _ in pairs)
    check = kalkan.validate_mapping(mapping, source=old, target=new)
    assert check["valid"], check["errors"]
