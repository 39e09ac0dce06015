"""kalkan.dask on a real dask.distributed LocalCluster with two worker processes: 100,000
assessments, read by the workers from JSON Lines files as on a real cluster, scored on the
cluster give exactly the single-process statistics (quartiles on the grid included: the root's
index has more than 10,000 distinct values) and rows, and the framework is compiled once per
worker."""

from __future__ import annotations

import pytest

import kalkan
from kalkan import synthetic

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")

N = 100_000


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return list(synthetic.assessments(N, seed=2026))


@pytest.fixture(scope="module")
def files(texts: list[str], tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The assessments as 8 JSON Lines files (the workers read them; the task graph stays small)."""
    folder = tmp_path_factory.mktemp("assessments")
    paths = []
    for i in range(8):
        path = folder / f"part-{i}.jsonl"
        path.write_text("".join(t + "\n" for t in texts[i::8]), encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def test_cluster_statistics_and_rows_equal_single_process(client, texts, files) -> None:  # type: ignore[no-untyped-def]
    import dask.bag as db

    import kalkan.dask as kd

    bag = db.read_text(files, blocksize=8 << 20).map(str.strip)
    assert bag.npartitions >= 8
    framework = kalkan.get_framework("kalkan-public-institution", "^1")
    on_cluster = kd.statistics(bag, framework, by=["country"], k=5)
    single = kalkan.Aggregator(["country"])
    assert single.add(texts, framework) == []
    assert on_cluster == single.statistics(5)
    assert on_cluster["families"][0]["total"]["n"] == N
    # The whole framework's index takes more than 10,000 values: on the grid, identically.
    assert on_cluster["families"][0]["total"]["groups"][0]["index"]["resolution"] == 0.01
    # The framework travelled once per worker, not once per task.
    compilations = client.run(lambda: __import__("kalkan.dask").dask.COMPILATIONS)
    assert sorted(compilations.values()) == [1, 1]
    # Rows: a sample of partitions as a Dask DataFrame, and the whole as an Arrow table.
    small = db.from_sequence(texts[:3000], npartitions=4)
    frame = kd.rows(small, framework).compute().reset_index(drop=True)
    expected = kalkan.to_dataframe(framework.score_batch(texts[:3000]))
    assert frame.equals(expected)
    table = kd.arrow(small, framework)
    assert isinstance(table, pa.Table) and table.num_rows == len(expected)
    assert table.column("index").to_pylist() == [None if v != v else v for v in expected["index"].astype(object).where(expected["index"].notna(), None)]
