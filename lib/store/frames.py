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

from collections.abc import Mapping

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


def compact_column(name: str, col, first: bool = False, keep=KEEP_STRINGS):
    """One Arrow column as a compact pandas Series (see the module); ``first``: the table's first column (its id)."""
    import pandas as pd
    import pyarrow as pa

    if not (pa.types.is_string(col.type) or pa.types.is_large_string(col.type)):
        return pa.table([col], names=[name]).to_pandas()[name]
    if name in LONG_TEXT:
        # Python string storage: a filtered or sorted copy shares the strings instead of copying the text
        return pd.Series(col.to_numpy(zero_copy_only=False), dtype=_py_str(), name=name)
    if name not in keep and not (first and name.endswith("_id")) and len(col):
        enc = col.dictionary_encode().combine_chunks()
        if len(enc.dictionary) <= MAX_DISTINCT_SHARE * len(col):
            s = pa.table([sorted_dictionary(enc)], names=[name]).to_pandas()[name]
            if s.isna().any() and "" not in s.cat.categories:  # fillna("") works as on strings
                s = s.cat.add_categories([""])
            return s
    # a copy in fresh memory: a column imported from DuckDB keeps its whole batch (every column) alive
    return pa.table([pa.concat_arrays([*col.chunks, pa.array([], col.type)])], names=[name]).to_pandas()[name]


def sorted_dictionary(enc):
    """A dictionary-encoded Arrow string array with its dictionary in sorted order (the indices remapped): sorted in
    Arrow, where UTF-8 byte order is code point order, so the same order as Python's ``sorted`` on the strings.

    >>> import pyarrow as pa
    >>> d = sorted_dictionary(pa.array(["é", "b", None, "a", "b"]).dictionary_encode())
    >>> d.dictionary.to_pylist(), d.to_pylist()
    (['a', 'b', 'é'], ['é', 'b', None, 'a', 'b'])
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    order = pc.array_sort_indices(enc.dictionary).to_numpy()
    if (order[1:] > order[:-1]).all():
        return enc  # already sorted
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    indices = pc.take(pa.array(rank), enc.indices)  # a null index stays null
    return pa.DictionaryArray.from_arrays(indices, enc.dictionary.take(pa.array(order)))


def compact(table, keep=KEEP_STRINGS):
    """An Arrow table as a pandas frame with repeated string columns as sorted categories (see the module)."""
    import pandas as pd

    names = table.column_names
    return pd.DataFrame({n: compact_column(n, table.column(n), i == 0, keep) for i, n in enumerate(names)},
                        columns=names)


def app_tables(store) -> dict:
    """{table: compact DataFrame} for ``APP_TABLES`` (declared columns, ingest order), events with cluster ids: every
    table of ``AppTables`` read at once."""
    tables = AppTables(store)
    return {t: tables[t] for t in APP_TABLES}


class AppTables(Mapping):
    """The app's tables (``APP_TABLES``) as a read-only mapping that reads each table from the store on first use,
    then keeps it: a page pays only for the tables it shows (the Overview at 100k articles needs the articles, not
    the 1.7M events). Thread-safe (one lock: sessions share the object). ``loaded(name)`` says whether a table is
    in memory; a name outside ``APP_TABLES`` (the mentions) is missing, as in a dict without it.

    Each table is read one column at a time (a table scan keeps the insertion order), so the peak is the compact
    frames plus one column as DuckDB hands it over. New reports are linked when the mapping is made (their cluster
    ids saved); when that is not possible the events are linked whole when they are first read.

    >>> import tempfile, pathlib
    >>> from lib.store.db import Store
    >>> t = AppTables(Store(pathlib.Path(tempfile.mkdtemp()) / "t.duckdb"))
    >>> t.loaded("events"), len(t["events"]), t.loaded("events"), t.get("mentions")
    (False, 0, True, None)
    """

    def __init__(self, store):
        import threading

        self.store = store
        with store.connect() as con:
            self.version = store._get_meta(con, "version", "0")
            self.linked = store._get_meta(con, "clusters_version", "")
        if self.linked != self.version:  # after an ingest: the new reports alone are linked and saved
            from lib.store.appended import link_appended

            if link_appended(store, self.version):
                self.linked = self.version
        self._frames: dict = {}
        self._pool = None
        self._lock = threading.RLock()

    def __getitem__(self, name):
        if name not in APP_TABLES:
            raise KeyError(name)
        df = self._frames.get(name)
        if df is None:
            with self._lock:
                if name not in self._frames:
                    self._frames[name] = self._read(name)
                df = self._frames[name]
        return df

    def __iter__(self):
        return iter(APP_TABLES)

    def __len__(self) -> int:
        return len(APP_TABLES)

    def loaded(self, name: str) -> bool:
        """True when table ``name`` is in memory (reading it costs nothing more)."""
        return name in self._frames

    def _read(self, t: str):
        import pandas as pd

        from lib.store.schema import _q, table_columns

        if t != "articles" and self._pool is None:
            self._pool = SentencePool(self["articles"]["article_id"])
        cols = [c for c, _ in table_columns(t)]
        if t == "events" and self.linked != self.version:
            import pyarrow as pa

            with self.store.connect() as con:
                events = con.sql(f"SELECT {', '.join(_q(c) for c in cols)} FROM events").to_arrow_table().to_pandas()
            events = self.store._link(events, self["articles"], self.version)  # links the new reports, saves ids
            df = compact(pa.Table.from_pandas(events, preserve_index=False))
            del events
            return self._pool.share(df)
        # a connection per table: closing it frees DuckDB's buffers of that table (one for all: +0.1 GB at 100k)
        with self.store.connect() as con:
            parts = {c: compact_column(c, con.sql(f"SELECT {_q(c)} FROM {t}").to_arrow_table().column(0), i == 0)
                     for i, c in enumerate(cols)}
        df = pd.DataFrame(parts, columns=cols)
        del parts
        return df if self._pool is None else self._pool.share(df)


class SentencePool:
    """One Python string per sentence span across the app's tables: rows of one sentence (the same article, start
    and end, so the same text by provenance) share one string object instead of holding a copy each.

    At 100k articles the events, statements and casualty claims hold 2.74M sentences but only 1.27M distinct
    spans (several events per sentence; most statements and claims are in a sentence that also has an event):
    ~0.3 GB of the app's memory. ``share(df)`` returns ``df`` with its ``sentence`` column re-pointed at the pooled
    strings (a row whose text differs from the pooled one, which provenance rules out, keeps its own); values
    and dtype are unchanged.

    >>> import pandas as pd
    >>> pool = SentencePool(pd.Series(["a1"]))
    >>> row = lambda: pd.DataFrame({"article_id": ["a1"], "start": [0], "end": [3],
    ...                             "sentence": pd.Series(["".join("abc")], dtype=_py_str())})
    >>> ev, st = pool.share(row()), pool.share(row())
    >>> st["sentence"].iloc[0] is ev["sentence"].iloc[0], st["sentence"].iloc[0]
    (True, 'abc')
    """

    BITS = 21  # article position, start and end each below 2**21 (2M articles, 2M characters) make one int64 key

    def __init__(self, article_ids):
        import numpy as np
        import pandas as pd

        self.articles = pd.Index(article_ids)
        self.keys = pd.Index(np.zeros(0, dtype=np.int64))
        self.strings = np.empty(0, dtype=object)

    def share(self, df):
        import numpy as np
        import pandas as pd

        if df is None or not len(df) or not {"article_id", "start", "end", "sentence"} <= set(df.columns):
            return df
        if getattr(df["sentence"].dtype, "storage", "python") != "python":  # Arrow strings: no objects to share
            return df
        a = self.articles.get_indexer(df["article_id"]).astype(np.int64)
        s, e = (pd.to_numeric(df[c], errors="coerce").fillna(-1).to_numpy(np.int64) for c in ("start", "end"))
        vals = df["sentence"].to_numpy(dtype=object)
        lim = 1 << self.BITS
        ok = (a >= 0) & (a < lim) & (s >= 0) & (s < lim) & (e >= 0) & (e < lim) & ~pd.isna(vals)
        key = (a << (2 * self.BITS)) | (s << self.BITS) | e
        new = ok & (self.keys.get_indexer(key) < 0)
        fresh, first = np.unique(key[new], return_index=True)
        if len(fresh):
            self.keys = self.keys.append(pd.Index(fresh))
            self.strings = np.concatenate([self.strings, vals[np.flatnonzero(new)[first]]])
        pos = self.keys.get_indexer(key)
        pooled = np.where(ok, self.strings[np.maximum(pos, 0)] if len(self.strings) else vals, vals)
        pooled = np.where(pooled == vals, pooled, vals)  # the same text only (provenance: always)
        out = df.copy(deep=False)
        out["sentence"] = pd.Series(pooled, index=df.index, dtype=df["sentence"].dtype, name="sentence")
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
