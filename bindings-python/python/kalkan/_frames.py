"""Reports as pandas DataFrames: one row per subject and group (the core's ``Report::rows``).

pandas is optional (``pip install kalkan[pandas]``) and imported only when a DataFrame is asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

from . import _kalkan
from ._api import Report
from ._types import ROW_COLUMNS

if TYPE_CHECKING:
    import pandas

PANDAS_HINT = "pandas is needed for DataFrames; install it with `pip install kalkan[pandas]` (or `pip install pandas`)"

# pandas' nullable dtypes, so that integers stay integers and a missing value is <NA> in every
# column (texts included) whatever the pandas version infers.
_TEXT = ("subject", "subject_kind", "country", "sector", "framework", "framework_version", "group", "parent")
_DTYPES = {
    **{name: "string" for name in _TEXT},
    "level": "Int64",
    "target_level": "Int64",
    "target_reached": "boolean",
    "index": "float64",
    "compliance": "float64",
}


def _pandas() -> ModuleType:
    try:
        import pandas
    except ImportError as e:
        raise ImportError(PANDAS_HINT) from e
    return pandas


def to_dataframe(reports: Report | Iterable[Report]) -> pandas.DataFrame:
    """A tidy DataFrame of one report or many: one row per report and group (the root first,
    then every group depth-first), with the columns of :class:`GroupRow` (subject, framework,
    group, parent, depth, level, index, compliance, completeness, counts, target level).

    Raises ``ImportError`` when pandas is not installed.
    """
    pd = _pandas()
    items = [reports] if isinstance(reports, Report) else list(reports)
    for r in items:
        if not isinstance(r, Report):
            raise TypeError(f"expected kalkan.Report objects, found a `{type(r).__name__}`")
    columns = _kalkan.report_columns([r._data for r in items])
    frame: pandas.DataFrame = pd.DataFrame({name: columns[name] for name in ROW_COLUMNS}, columns=list(ROW_COLUMNS))
    return frame.astype(_DTYPES)
