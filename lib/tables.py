"""Tables as CSV/Parquet: fixed column order from ``lib.models.TABLES``, and spreadsheet-safe exports.

Example:
    >>> neutralize("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralize("-3 killed"), neutralize("Hamas")
    ("'-3 killed", 'Hamas')
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from lib.models import TABLES

# OWASP CSV injection: cells starting with these characters are treated as formulas by spreadsheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralize(value):
    """Prefix a string that a spreadsheet would read as a formula with a single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def rows_to_dicts(rows: Iterable) -> list[dict]:
    return [r.as_dict() if hasattr(r, "as_dict") else dict(r) for r in rows]


def columns(table: str) -> tuple[str, ...]:
    """Declared columns of ``table``."""
    return TABLES[table][1]


def frame(table: str, rows: Iterable = ()):
    """A pandas DataFrame with exactly the declared columns, in order."""
    import pandas as pd

    data = rows_to_dicts(rows)
    df = pd.DataFrame(data, columns=list(columns(table)))
    return df


def write_csv(path: str | Path, table: str, rows: Iterable = (), *, safe: bool = False, bom: bool = False,
              extra_columns: tuple[str, ...] = ()) -> int:
    """Write rows of ``table`` (records or dicts) with the declared header. Returns the row count."""
    cols = list(columns(table)) + [c for c in extra_columns if c not in columns(table)]
    n = 0
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows_to_dicts(rows):
            if safe:
                r = {k: neutralize(v) for k, v in r.items()}
            w.writerow({k: ("" if v is None else v) for k, v in r.items()})
            n += 1
    return n


def frame_to_csv_bytes(df, *, safe: bool = True, bom: bool = True) -> bytes:
    """CSV bytes of a DataFrame for download: UTF-8 with BOM (Excel) and formula cells neutralised."""
    out = df.copy()
    if safe:
        for c in out.columns:
            if out[c].dtype == object or str(out[c].dtype).startswith("string"):
                out[c] = out[c].map(neutralize)
    buf = io.StringIO()
    out.to_csv(buf, index=False)
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data
