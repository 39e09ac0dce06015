"""Reports as pandas DataFrames: one row per subject and group (the core's ``Report::rows``).

The columns and their dtypes come from :class:`GroupRow`, which is generated from the core's row
schema (``schemas/row.schema.json``): a field added to the core's ``GroupRow`` becomes a column
here with no edit. pandas is optional (``pip install kalkan[pandas]``) and imported only when a
DataFrame is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

from . import _kalkan
from ._api import Report
from ._data import _mismatch
from ._types import GroupRow

if TYPE_CHECKING:
    import pandas

PANDAS_HINT = "pandas is needed for DataFrames; install it with `pip install kalkan[pandas]` (or `pip install pandas`)"

ROW_COLUMNS: tuple[str, ...] = tuple(f.name for f in GroupRow._fields)
"""The columns of a tidy report table, in order: the fields of :class:`GroupRow`."""


def _dtype(json_type: str, nullable: bool) -> str:
    # pandas' nullable dtypes where a value may be missing, so that integers stay integers and a
    # missing value is <NA> in every column whatever the pandas version infers.
    if json_type == "string":
        return "string"
    if json_type == "integer":
        return "Int64" if nullable else "int64"
    if json_type == "number":
        return "float64"
    if json_type == "boolean":
        return "boolean" if nullable else "bool"
    return "object"


_DTYPES = {f.name: _dtype(f.json_type, f.nullable) for f in GroupRow._fields}


def _pandas() -> ModuleType:
    try:
        import pandas
    except ImportError as e:
        raise ImportError(PANDAS_HINT) from e
    return pandas


def to_dataframe(reports: Report | Iterable[Report]) -> pandas.DataFrame:
    """A tidy DataFrame of one report or many: one row per report and group (the root first,
    then every group depth-first), with the columns of :class:`GroupRow` (``ROW_COLUMNS``:
    subject, framework, group, depth, scores, counts, parent, target level, ...).

    Raises ``ImportError`` when pandas is not installed.
    """
    pd = _pandas()
    items = [reports] if isinstance(reports, Report) else list(reports)
    for r in items:
        if not isinstance(r, Report):
            raise TypeError(f"expected kalkan.Report objects, found a `{type(r).__name__}`")
    columns = _kalkan.report_columns([r._data for r in items])
    if columns and columns.keys() != set(ROW_COLUMNS):
        raise _mismatch(GroupRow, f"rows with the columns {sorted(columns)}")
    data = {name: columns.get(name, []) for name in ROW_COLUMNS}
    frame: pandas.DataFrame = pd.DataFrame(data, columns=list(ROW_COLUMNS))
    return frame.astype(_DTYPES)
