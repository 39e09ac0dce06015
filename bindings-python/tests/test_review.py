"""The national review from Python: merge rules, compare, anonymize, and benchmark statistics
that equal pandas' on the same rows."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import kalkan
from kalkan import synthetic

ROOT = Path(__file__).resolve().parents[2]
FW = "kalkan-public-institution"


def respondent(who: str, responses: dict[str, str]) -> dict:
    return {"framework": {"id": FW, "version": "^1"}, "subject": {"name": "Ministry of Ports"}, "assessor": {"name": who},
            "responses": {k: {"option": v} for k, v in responses.items()}}


def test_merge_minimum_and_conflicts() -> None:
    a = respondent("A", {"GOV-01": "fully-implemented", "GOV-02": "not-applicable"})
    b = respondent("B", {"GOV-01": "partially-implemented", "GOV-02": "fully-implemented"})
    merged = kalkan.merge([a, b], rule="minimum")
    assert merged["responses"]["GOV-01"]["option"] == "partially-implemented"
    assert "GOV-02" not in merged["responses"]
    assert [c["control"] for c in merged["merge"]["conflicts"]] == ["GOV-02"]
    with pytest.raises(kalkan.ValidationError) as e:
        kalkan.merge([a, a])
    assert e.value.code == "duplicate_respondent"


def test_compare_and_anonymize() -> None:
    old = respondent("A", {"GOV-01": "partially-implemented"})
    new = respondent("A", {"GOV-01": "fully-implemented"})
    c = kalkan.compare(old, new)
    assert next(x for x in c["controls"] if x["control"] == "GOV-01")["change"] == "improved"
    anon = kalkan.anonymize(dict(old, subject={"name": "Ministry of Ports", "country": "TR", "sector": "transport"}), "s-1")
    text = json.dumps(anon)
    for gone in ("Ministry of Ports", "assessor", "TR", "transport"):
        assert gone not in text


def population(n: int, seed: int = 11) -> list[str]:
    return list(synthetic.assessments(n, seed=seed))


def test_generated_data_is_deterministic_valid_and_correlated() -> None:
    a, b = population(300), population(300)
    assert a == b and population(5, seed=12) != a[:5]
    fw = kalkan.get_framework(FW, "^1")
    reports = fw.score_batch(a)
    frame = kalkan.to_dataframe(reports)
    root = frame[frame["depth"] == 0]
    by_country = root.groupby("country")["index"].mean()
    # Countries differ (the country effect), and a group's index follows its institution's.
    assert by_country.max() - by_country.min() > 10
    pivot = frame[frame["depth"] == 1].pivot_table(index="subject", columns="group", values="index")
    assert pivot.corr().to_numpy()[0, 1:].mean() > 0.3


def test_aggregate_statistics_equal_pandas_on_the_same_rows() -> None:
    import pandas as pd

    texts = population(2000, seed=5)
    fw = kalkan.get_framework(FW, "^1")
    rows = kalkan.to_dataframe(fw.score_batch(texts))
    stats = kalkan.aggregate(texts, by=["country"], k=5)
    fam = stats["families"][0]
    assert fam["total"]["n"] == 2000
    checked = 0
    for cohort in [fam["total"], *fam["cohorts"]]:
        if cohort["suppressed"]:
            continue
        mine = rows if not cohort["key"] else rows[rows["country"] == cohort["key"][0]]
        for g in cohort["groups"]:
            sel = mine[mine["group"] == g["group"]]
            for measure in ("index", "compliance"):
                values = sel[measure].dropna()
                s = g[measure]
                assert s["n"] == len(values)
                # Quartiles, median, min and max: bit for bit what pandas computes.
                assert (s["min"], s["q1"], s["median"], s["q3"], s["max"]) == (
                    values.min(), values.quantile(0.25), values.quantile(0.5), values.quantile(0.75), values.max())
                # The mean: the exactly rounded sum (math.fsum) over n, bit for bit; pandas sums
                # in another order, so it agrees to rounding.
                assert s["mean"] == math.fsum(values.tolist()) / len(values)
                assert s["mean"] == pytest.approx(values.mean(), rel=1e-12, abs=1e-12)
                checked += 1
            levels = sel["level"].value_counts(dropna=False)
            assert {(l["level"], l["count"]) for l in g["levels"]} == {(None if pd.isna(k) else int(k), int(v)) for k, v in levels.items()}
    assert checked > 100


def test_aggregator_parts_merge_to_the_whole_and_place_a_subject() -> None:
    texts = population(600, seed=3)
    whole = kalkan.Aggregator(["sector"])
    assert whole.add(texts) == []
    a, b = kalkan.Aggregator(["sector"]), kalkan.Aggregator(["sector"])
    a.add(texts[:250])
    b.add(texts[250:])
    back = kalkan.Aggregator.from_state(b.to_state())
    back.merge(a)
    assert back.statistics(5) == whole.statistics(5)
    placed = whole.place(texts[0], 5)
    assert placed["peers"][1]["key"] == [json.loads(texts[0])["subject"]["sector"]]
    bad = whole.add(["{", texts[1]])
    assert len(bad) == 1 and bad[0].index == 0 and isinstance(bad[0], kalkan.ParseError)


def test_past_ten_thousand_distinct_values_quartiles_stay_within_half_the_grid_of_pandas() -> None:
    """Beyond 10,000 distinct values in a measure, the core counts values on a grid of 0.01 so
    that memory stays bounded: its quartiles are then within 0.005 of pandas', and say so
    (``resolution``); n, minimum, maximum and mean stay exact; smaller measures stay exact."""
    texts = population(12_000, seed=9)
    fw = kalkan.get_framework(FW, "^1")
    rows = kalkan.to_dataframe(fw.score_batch(texts))
    # (The Aggregator scores in parallel; kalkan.aggregate gives the same, one by one.)
    agg = kalkan.Aggregator()
    assert agg.add(texts) == []
    total = agg.statistics(5)["families"][0]["total"]
    on_grid = exact = 0
    for g in total["groups"]:
        for measure in ("index", "compliance"):
            values = rows[rows["group"] == g["group"]][measure].dropna()
            s = g[measure]
            assert (s["n"], s["min"], s["max"]) == (len(values), values.min(), values.max())
            assert s["mean"] == math.fsum(values.tolist()) / len(values)
            quartiles = [(s["q1"], values.quantile(0.25)), (s["median"], values.quantile(0.5)), (s["q3"], values.quantile(0.75))]
            if values.nunique() > 10_000:
                on_grid += 1
                assert s["resolution"] == 0.01
                for got, want in quartiles:
                    assert abs(got - want) <= 0.005 + 1e-9, (g["group"], measure, got, want)
            else:
                exact += 1
                assert "resolution" not in s
                assert all(got == want for got, want in quartiles)
    assert on_grid >= 1 and exact >= 10
