"""Tables as CSV/Parquet: fixed column order from ``lib.models.TABLES``, and spreadsheet-safe exports.

Exports (``export_frame``) put the provenance columns first (``PROVENANCE``: article id, outlet, url, published,
sentence span, extractor version, joined from the articles table), then the table's declared columns.

The CSV rule: a cell a spreadsheet would run as a formula (it starts, after spaces, with ``=``, ``+``, ``-``,
``@``, a tab or a line break, or their full-width forms) gets a leading ``'``, and so does every line inside a
cell that starts that way after a CR or LF (some readers end a row at a bare CR). Parquet is written exactly.

Example:
    >>> neutralize("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralize("-3 killed"), neutralize("Hamas")
    ("'-3 killed", 'Hamas')
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from lib.models import TABLES

# OWASP CSV injection: cells starting with these characters are treated as formulas by spreadsheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_LINE_START = re.compile("(\r\n|\r|\n)(?=[ ]*[=+\\-@\t\uff1d\uff0b\uff0d\uff20])")
PROVENANCE = ("article_id", "outlet", "url", "published", "sentence", "start", "end", "extractor_version")
ARTICLE_JOIN = ("outlet", "url", "published", "extractor_version")


def neutralize(value):
    """Prefix a string that a spreadsheet would read as a formula with a single quote.

    Leading spaces do not hide a formula (some spreadsheets trim them):

    >>> neutralize("  =1+1"), neutralize("\\t=1"), neutralize(12)
    ("'  =1+1", "'\\t=1", 12)

    Every line start inside the cell too (a bare CR ends a row for some readers):

    >>> neutralize("ok\\r@SUM(1+1)"), neutralize("a\\n\\n -1"), neutralize("a\\nb")
    ("ok\\r'@SUM(1+1)", "a\\n\\n' -1", 'a\\nb')
    """
    if not isinstance(value, str):
        return value
    if "\r" in value or "\n" in value:
        value = _LINE_START.sub(lambda m: m.group(1) + "'", value)
    if value.lstrip(" ").startswith(FORMULA_PREFIXES):
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
    with CsvAppender(path, table, safe=safe, bom=bom, extra_columns=extra_columns) as w:
        w.write(rows)
        return w.n


class CsvAppender:
    """One table's CSV file written in batches (``write`` as often as needed): what ``write_csv`` writes at once,
    without holding the rows. Used by ``lib extract`` to stream tables to disk.

    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "events.csv")
    >>> with CsvAppender(path, "events") as w:
    ...     w.write([{"event_id": "e1"}]); w.write([{"event_id": "e2"}])
    >>> open(path).read().splitlines()[1:3] == ["e1" + "," * (len(columns("events")) - 1),
    ...                                         "e2" + "," * (len(columns("events")) - 1)]
    True
    """

    def __init__(self, path: str | Path, table: str, *, safe: bool = False, bom: bool = False,
                 extra_columns: tuple[str, ...] = ()):
        self.cols = list(columns(table)) + [c for c in extra_columns if c not in columns(table)]
        self.safe, self.n = safe, 0
        self.fh = open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8")
        self.w = csv.DictWriter(self.fh, fieldnames=self.cols, extrasaction="ignore")
        self.w.writeheader()

    def write(self, rows: Iterable) -> None:
        for r in rows_to_dicts(rows):
            if self.safe:
                r = {k: neutralize(v) for k, v in r.items()}
            self.w.writerow({k: ("" if v is None else v) for k, v in r.items()})
            self.n += 1

    def close(self) -> None:
        self.fh.close()

    def __enter__(self) -> CsvAppender:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def frame_to_csv_bytes(df, *, safe: bool = True, bom: bool = True, header: bool = True) -> bytes:
    """CSV bytes of a DataFrame for download: UTF-8 with BOM (Excel) and formula cells neutralised."""
    from pandas.api.types import is_numeric_dtype

    out = df.copy()
    if safe:
        for c in out.columns:
            if not is_numeric_dtype(out[c].dtype):  # object, pandas 3 'str', 'string', category...
                out[c] = out[c].astype(object).map(neutralize)
    buf = io.StringIO()
    out.to_csv(buf, index=False, header=header)
    data = buf.getvalue().encode("utf-8")
    return (b"\xef\xbb\xbf" + data) if bom else data


def _table_of(df) -> str | None:
    """The declared table whose id column ``df`` carries (e.g. 'event_id' -> 'events')."""
    for name, (_cls, cols) in TABLES.items():
        if cols and cols[0] in df.columns and name != "articles":
            return name
    if "article_id" in df.columns and "path" in df.columns:
        return "articles"
    return None


def export_frame(df, articles=None, table: str | None = None):
    """The rows of ``df`` for export: provenance columns first (joined from ``articles``), then the table's
    declared columns, then any others. Rows and their order are kept exactly.

    >>> import pandas as pd
    >>> ev = pd.DataFrame({"event_id": ["e1"], "article_id": ["a1"], "event_type": ["meeting"],
    ...                    "sentence": ["They met."], "start": [0], "end": [9]})
    >>> arts = pd.DataFrame({"article_id": ["a1"], "outlet": ["AFP"], "url": ["https://x"],
    ...                      "published": ["2023-03-19"], "extractor_version": ["0.1.0"]})
    >>> out = export_frame(ev, arts)
    >>> list(out.columns[:8]) == list(PROVENANCE), out.loc[0, "outlet"]
    (True, 'AFP')
    """
    import pandas as pd

    if df is None:
        df = pd.DataFrame()
    table = table or _table_of(df)
    out = df.reset_index(drop=True).copy()
    if "article_id" in out.columns and articles is not None and len(articles):
        aid = out["article_id"]
        if isinstance(aid.dtype, pd.CategoricalDtype) and len(aid.cat.categories) > len(aid):
            aid = aid.astype(object)  # a few rows of a category of every article: map the rows, not the categories
        if len(articles) > len(out):  # a page's few rows: join only their articles
            articles = articles[articles["article_id"].isin(pd.unique(aid.astype(object)))]
        meta = articles.drop_duplicates("article_id").set_index("article_id")
        for c in ARTICLE_JOIN:
            if c not in out.columns and c in meta.columns:
                out[c] = aid.map(meta[c])
    if "extractor_version" not in out.columns:
        from lib.models import EXTRACTOR_VERSION

        out["extractor_version"] = EXTRACTOR_VERSION
    for c in PROVENANCE:
        if c not in out.columns:
            out[c] = ""
    declared = [c for c in (columns(table) if table in TABLES else ()) if c not in PROVENANCE]
    rest = [c for c in out.columns if c not in PROVENANCE and c not in declared]
    return out[list(PROVENANCE) + [c for c in declared if c in out.columns] + rest]


def export_csv_bytes(df, articles=None, table: str | None = None) -> bytes:
    """Spreadsheet-safe CSV (UTF-8 with BOM, formulas neutralised) of exactly ``df``'s rows with provenance."""
    return frame_to_csv_bytes(export_frame(df, articles, table))


def dataset_zip(tables: dict, fmt: str = "csv") -> bytes:
    """The whole data set as one zip: a CSV (safe, with BOM) or Parquet file per declared table.

    A table is a DataFrame, or an iterable of Arrow record batches (a table kept in the store, streamed in parts:
    the file is the same as from the whole frame).

    >>> import io, zipfile
    >>> z = zipfile.ZipFile(io.BytesIO(dataset_zip({"events": frame("events")})))
    >>> z.namelist()
    ['events.csv']
    """
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, df in tables.items():
            if name not in TABLES or df is None:
                continue
            if fmt == "parquet":
                with z.open(f"{name}.parquet", "w", force_zip64=True) as fh:
                    _write_parquet(fh, name, df)
            else:
                with z.open(f"{name}.csv", "w", force_zip64=True) as fh:
                    for i, part in enumerate(_parts(df)):
                        fh.write(frame_to_csv_bytes(part[[c for c in columns(name) if c in part.columns]], bom=i == 0,
                                                    header=i == 0))
    return buf.getvalue()


def _parts(df):
    """A DataFrame as itself, or Arrow record batches as DataFrames one by one (at least one, maybe empty)."""
    if hasattr(df, "columns"):
        yield df
        return
    first = True
    for batch in df:
        if len(batch) or first:
            yield batch.to_pandas()
            first = False


def _plain(df):
    """Categories back to strings (a Parquet file carries the plain column type)."""
    cats = [c for c in df.columns if str(df[c].dtype) == "category"]
    return df.astype({c: df[c].cat.categories.dtype for c in cats}) if cats else df


def _write_parquet(fh, name: str, df) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if hasattr(df, "columns"):
        pbuf = io.BytesIO()
        _plain(df[[c for c in columns(name) if c in df.columns]]).to_parquet(pbuf, index=False)
        fh.write(pbuf.getvalue())
        return
    writer = None
    for batch in df:
        if writer is None:
            writer = pq.ParquetWriter(fh, batch.schema)
        writer.write_table(pa.Table.from_batches([batch]))
    if writer is not None:
        writer.close()
