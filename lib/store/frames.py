"""The app's tables, compact: what the dashboard holds in memory, and what it asks the store for instead.

Idea: at 100k articles the store holds 6.6M mentions and 1.7M events; read whole as pandas frames they take
~4.5 GB and the app 8 GB. The pages need the mentions only a few at a time (one article's highlights, the date
as written for the events drawn, the places of a filtered map, a count), so the mentions stay in DuckDB and are
queried per view (``StoreQuery``, with the filters pushed down by ``lib.views.pushdown``). The other tables are
read once with compact dtypes: every string column that repeats a few values (types, dates, places, factions,
regions...) becomes a pandas ``category`` with its categories in sorted order (so sorting and grouping give the
same order as strings), while ids and free text (sentences, quotes) stay strings.

Approach: DuckDB -> Arrow; a column is dictionary-encoded in Arrow (no Python strings) and kept as a category when
its distinct values are fewer than half its rows. Events are linked (``Store.tables``' rule: only when the corpus
changed since the saved cluster ids) before they are made compact.

Example:
    >>> import pyarrow as pa
    >>> df = compact(pa.table({"event_id": ["e1", "e2", "e3", "e4"], "event_type": ["visit", "meeting", "visit", "visit"]}))
    >>> str(df["event_type"].dtype), list(df["event_type"].cat.categories), str(df["event_id"].dtype)
    ('category', ['meeting', 'visit'], 'str')
"""
from __future__ import annotations

APP_TABLES = ("articles", "events", "statements", "casualties", "regions")  # held in memory; mentions are queried
# never categories: ids, free text and per-article values (a category of 100k distinct ids saves nothing)
KEEP_STRINGS = {"article_id", "sentence", "quote", "text", "evidence", "title", "url", "path", "error",
                "content_hash", "stance_evidence", "speaker_text"}
MAX_DISTINCT_SHARE = 0.5
LONG_TEXT = {"sentence", "quote", "text", "evidence"}  # Python strings: a filtered copy shares them (ids: Arrow)


def _py_str():
    import numpy as np
    import pandas as pd

    return pd.StringDtype(storage="python", na_value=np.nan)  # pandas' "str" semantics, one Python object per cell


def compact(table, keep=KEEP_STRINGS):
    """An Arrow table as a pandas frame with repeated string columns as sorted categories (see the module)."""
    import pandas as pd
    import pyarrow as pa

    cols, names = [], []
    for name, col in zip(table.column_names, table.columns, strict=True):
        first_is_id = name == table.column_names[0] and name.endswith("_id")
        if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
            if name not in keep and not first_is_id and len(col):
                enc = col.dictionary_encode().combine_chunks()
                if len(enc.dictionary) <= MAX_DISTINCT_SHARE * len(col):
                    col = enc
        cols.append(col)
        names.append(name)
    df = pa.table(cols, names=names).to_pandas()
    for name in df.columns:
        s = df[name]
        if name in LONG_TEXT and isinstance(s.dtype, pd.StringDtype):
            # Python string storage: a filtered or sorted copy shares the strings instead of copying the text
            df[name] = pd.Series(s.to_numpy(dtype=object), index=df.index, dtype=_py_str(), name=name)
            continue
        if s.dtype == "category":
            cats = s.cat.categories
            ordered = sorted(cats)
            if list(cats) != ordered:
                s = s.cat.reorder_categories(ordered)
            if s.isna().any() and "" not in s.cat.categories:  # fillna("") works as on strings
                s = s.cat.add_categories([""])
            df[name] = s
    return df


def app_tables(store) -> dict:
    """{table: compact DataFrame} for ``APP_TABLES`` (declared columns, ingest order), events with cluster ids."""
    from lib.store.schema import _q, table_columns

    with store.connect() as con:
        arrow = {}
        for t in APP_TABLES:
            cols = ", ".join(_q(c) for c, _ in table_columns(t))
            arrow[t] = con.sql(f"SELECT {cols} FROM {t}").to_arrow_table()
        version = store._get_meta(con, "version", "0")
        linked = store._get_meta(con, "clusters_version", "")
    out = {}
    for t in APP_TABLES:
        if t == "events" and linked != version:
            events = store._link(arrow.pop(t).to_pandas(), out["articles"], version)
            import pyarrow as pa

            arrow[t] = pa.Table.from_pandas(events, preserve_index=False)
        out[t] = compact(arrow.pop(t))
    return out


class StoreQuery:
    """Read-only SQL over the store, for the views that keep a table in DuckDB (the mentions).

    ``frame(sql, params, register)`` runs one query on a short-lived connection, with small pandas frames
    registered as tables (``register``: {name: DataFrame}); ``count`` and ``distinct`` are shorthands. The result
    is a compact frame (``compact``).

    >>> import tempfile, pathlib
    >>> from lib.store.db import Store
    >>> q = StoreQuery(Store(pathlib.Path(tempfile.mkdtemp()) / "t.duckdb"))
    >>> q.count("mentions"), list(q.frame("SELECT 1 AS one")["one"])
    (0, [1])
    """

    def __init__(self, store):
        self.store = store
        self._distinct: dict = {}

    def frame(self, sql: str, params: list | None = None, register: dict | None = None):
        with self.store.connect() as con:
            for name, df in (register or {}).items():
                con.register(name, df)
            return compact(con.sql(sql, params=params or None).to_arrow_table())

    def scalar(self, sql: str, params: list | None = None, register: dict | None = None):
        with self.store.connect() as con:
            for name, df in (register or {}).items():
                con.register(name, df)
            return con.execute(sql, params or []).fetchone()[0]

    def count(self, table: str) -> int:
        return int(self.scalar(f"SELECT count(*) FROM {table}"))

    def columns(self, table: str) -> tuple[str, ...]:
        """Declared columns of ``table`` (``lib.store.schema.table_columns``)."""
        from lib.store.schema import table_columns

        return tuple(c for c, _ in table_columns(table))

    def batches(self, table: str, size: int = 200_000):
        """The whole table (declared columns, table order) as Arrow record batches of ``size`` rows: an export that
        never holds it all; at least one batch (empty for an empty table)."""
        import pyarrow as pa

        from lib.store.schema import _q

        cols = ", ".join(_q(c) for c in self.columns(table))
        with self.store.connect() as con:
            reader = con.sql(f"SELECT {cols} FROM {table} ORDER BY rowid").to_arrow_reader(size)
            empty = True
            for batch in reader:
                empty = False
                yield batch
            if empty:
                yield pa.RecordBatch.from_pylist([], schema=reader.schema)

    def distinct(self, table: str, column: str) -> list:
        """The distinct values of a column (NULL included as None), remembered for the life of this object (the
        app makes one per corpus version)."""
        key = (table, column)
        if key not in self._distinct:
            with self.store.connect() as con:
                self._distinct[key] = [r[0] for r in con.execute(
                    f'SELECT DISTINCT "{column}" FROM {table}').fetchall()]
        return self._distinct[key]
