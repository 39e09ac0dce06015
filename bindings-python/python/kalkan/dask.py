"""Scoring on a Dask distributed cluster (``pip install 'kalkan[dask]'``).

A Dask bag of assessment JSON texts (or a Dask DataFrame with a column of them) is scored where
the data lives: each partition is scored by the compiled core in parallel, without the GIL, into
tidy rows and a partial aggregator; partial aggregators are merged in a tree. The statistics are
exact and do not depend on the partitioning, so a cluster gives the same numbers as one process.

A framework you give is shipped **once per worker**: a worker plugin carries its JSON to each
worker, which compiles it once and keeps it; tasks carry only its digest. Built-in frameworks are
inside the package on every worker already.

    from dask.distributed import Client
    import dask.bag as db, kalkan.dask as kd

    client = Client("tcp://scheduler:8786")            # or a LocalCluster
    bag = db.read_text("s3://bucket/assessments/*.jsonl")
    stats = kd.statistics(bag, by=["country"], k=5)   # the core's Benchmark, as a dict
    rows = kd.rows(bag)                                # a dask DataFrame of tidy rows
    table = kd.arrow(bag)                              # a pyarrow.Table of the same rows
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import _kalkan
from ._api import Framework
from ._frames import ROW_COLUMNS
from ._frames import _DTYPES
from ._review import DEFAULT_K

_FRAMEWORKS: dict[str, _kalkan.CompiledFramework] = {}
"""Frameworks compiled in this process (a worker), by digest."""

COMPILATIONS = 0
"""How many frameworks this process compiled for Dask tasks (the test checks: one per worker)."""


def _install(text: str, digest: str) -> None:
    global COMPILATIONS
    if digest not in _FRAMEWORKS:
        _FRAMEWORKS[digest] = _kalkan.CompiledFramework.load(text)
        COMPILATIONS += 1


def ship_framework(framework: Framework, client: Any | None = None) -> str:
    """Makes ``framework`` available on every worker of ``client`` (default: the current
    client, if any) and in this process; returns its digest, which tasks carry instead of it."""
    _install(framework.to_json(), framework.digest)
    if client is None:
        try:
            from distributed import get_client

            client = get_client()
        except (ImportError, ValueError):
            client = None
    if client is not None:
        from ._dask_plugin import FrameworkPlugin

        client.register_plugin(FrameworkPlugin(framework.to_json(), framework.digest))
    return framework.digest


def _compiled(digest: str | None) -> _kalkan.CompiledFramework | None:
    if digest is None:
        return None
    try:
        return _FRAMEWORKS[digest]
    except KeyError:
        raise RuntimeError(f"the framework {digest} was not shipped to this worker: call kalkan.dask.ship_framework(framework, client) first") from None


def _bag(collection: Any, column: str) -> Any:
    import dask.bag as db

    if isinstance(collection, db.Bag):
        return collection
    return collection[column].to_bag()


def _partition_state(texts: Any, digest: str | None, by: Sequence[str], errors: str) -> bytes:
    agg = _kalkan.Aggregator(list(by))
    failed = agg.add_texts([t for t in texts if t.strip()], _compiled(digest))
    if failed and errors == "raise":
        raise failed[0]
    return agg.to_state()


def _merge_states(states: Sequence[bytes], by: Sequence[str]) -> bytes:
    agg = _kalkan.Aggregator(list(by))
    for s in states:
        agg.merge(_kalkan.Aggregator.from_state(s))
    return agg.to_state()


def _partition_rows(texts: Any, digest: str | None, errors: str) -> Any:
    import pandas as pd

    columns, failed = _kalkan.score_rows([t for t in texts if t.strip()], _compiled(digest))
    if failed and errors == "raise":
        raise failed[0]
    return pd.DataFrame({name: columns[name] for name in ROW_COLUMNS}, columns=list(ROW_COLUMNS)).astype(_DTYPES)


def _digest(framework: Framework | None) -> str | None:
    return None if framework is None else ship_framework(framework)


def statistics(collection: Any, framework: Framework | None = None, *, by: Sequence[str] = (), k: int = DEFAULT_K, column: str = "assessment", errors: str = "raise", split_every: int = 8) -> dict[str, Any]:
    """Benchmark statistics of every assessment of a Dask bag (or of ``column`` of a Dask
    DataFrame): the core's ``Benchmark`` (see ``kalkan.aggregate``). ``errors="skip"`` leaves
    out assessments that cannot be scored instead of raising the first one's error."""
    digest = _digest(framework)
    by = list(by)
    bag = _bag(collection, column)
    state = bag.reduction(
        lambda part: _partition_state(part, digest, by, errors),
        lambda states: _merge_states(list(states), by),
        split_every=split_every,
    ).compute()
    out: dict[str, Any] = _kalkan.Aggregator.from_state(state).statistics(k)
    return out


def rows(collection: Any, framework: Framework | None = None, *, column: str = "assessment", errors: str = "raise") -> Any:
    """The tidy rows (one per assessment and group, the columns of ``kalkan.ROW_COLUMNS``) as a
    lazy Dask DataFrame, one partition per partition of the input."""
    from dask.delayed import delayed
    import dask.dataframe as dd
    import pandas as pd

    digest = _digest(framework)
    parts = [delayed(_partition_rows)(p, digest, errors) for p in _bag(collection, column).to_delayed()]
    meta = pd.DataFrame({name: [] for name in ROW_COLUMNS}).astype(_DTYPES)
    return dd.from_delayed(parts, meta=meta)


def arrow(collection: Any, framework: Framework | None = None, *, column: str = "assessment", errors: str = "raise") -> Any:
    """The tidy rows as one ``pyarrow.Table``, in input order."""
    from dask.base import compute
    from dask.delayed import delayed
    import pyarrow as pa  # type: ignore[import-untyped]

    digest = _digest(framework)
    parts = [delayed(lambda p: pa.Table.from_pandas(_partition_rows(p, digest, errors), preserve_index=False))(p) for p in _bag(collection, column).to_delayed()]
    return pa.concat_tables(compute(*parts))  # type: ignore[no-untyped-call]
