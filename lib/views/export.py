"""The CLI's export: every table filtered exactly like the app's pages, written as CSV or Parquet files.

Example:
    >>> import tempfile
    >>> from lib.store.db import Store
    >>> export(Store(Path(tempfile.mkdtemp()) / "t.duckdb"), tempfile.mkdtemp())["articles"]
    0
"""
from __future__ import annotations

from pathlib import Path

from lib.store.db import Store
from lib.store.tables import frame_to_csv_bytes
from lib.views.filters import Filters, apply_filters


def export(store: Store, out: str | Path, fmt: str = "csv", filters=None, *, safe: bool = True) -> dict[str, int]:
    """Write each table, filtered like the app (``lib.views.filters.apply_filters``), to ``out``. Returns row counts.

    CSV cells that a spreadsheet would run as formulas are neutralised unless ``safe=False``.
    """
    f = filters or Filters()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tables = store.tables()
    rows = {}
    for name, df in tables.items():
        sub = apply_filters(df, f, tables["articles"])
        if fmt == "parquet":
            sub.to_parquet(out / f"{name}.parquet", index=False)
        elif fmt == "csv":
            (out / f"{name}.csv").write_bytes(frame_to_csv_bytes(sub, safe=safe, bom=False))
        else:
            raise ValueError(f"unknown format {fmt!r}; use csv or parquet")
        rows[name] = len(sub)
    return rows
