"""The app's compact tables (``lib.store.frames``): the same rows and values as ``Store.tables``, repeated strings as
categories in sorted order (so sorting gives the string order), ids and text as strings; the store queries."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

from lib.store.frames import APP_TABLES, StoreQuery, app_tables, compact

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from lib.store.db import Store
    from lib.store.sources import sources_from_paths

    s = Store(tmp_path_factory.mktemp("frames") / "diplo.duckdb")
    s.set_meta("seeded", "skipped")
    srcs, _msgs, _rej = sources_from_paths([str(ROOT / "seeds")], str(ROOT / "seeds" / "manifest.csv"))
    s.ingest(srcs)
    return s


def test_compact_frames_hold_the_same_values(store):
    whole = store.tables()
    small = app_tables(store)
    assert set(small) == set(APP_TABLES)
    for t in APP_TABLES:
        assert list(small[t].columns) == list(whole[t].columns), t
        pd.testing.assert_frame_equal(small[t].astype(object), whole[t].astype(object), check_dtype=False)
    assert str(small["events"]["event_type"].dtype) == "category"
    assert str(small["events"]["sentence"].dtype) != "category"
    assert str(small["events"]["article_id"].dtype) != "category"


def test_categories_sort_like_strings():
    df = compact(pa.table({"id": ["1", "2", "3", "4", "5", "6"], "x": ["b", "a", "c", "b", "a", "c"],
                           "y": ["q", None, "q", "q", None, "q"]}))
    assert str(df["x"].dtype) == "category"
    assert df.sort_values("x", kind="stable")["id"].tolist() == ["2", "5", "1", "4", "3", "6"]
    assert df["y"].fillna("").tolist() == ["q", "", "q", "q", "", "q"]  # a missing value can become ''


def test_store_query(store):
    q = StoreQuery(store)
    assert q.count("mentions") == store.counts()["mentions"]
    assert sum(len(b) for b in q.batches("mentions", size=50)) == q.count("mentions")
    assert set(q.distinct("mentions", "kind")) >= {"date", "place", "actor"}
    got = q.frame("SELECT x.n FROM _t x ORDER BY n", register={"_t": pd.DataFrame({"n": [2, 1]})})
    assert got["n"].tolist() == [1, 2]


def test_app_tables_read_each_table_on_first_use(store):
    """``AppTables``: nothing but what is asked for is read; in any order, each table equals ``app_tables``'."""
    from lib.store.frames import AppTables

    whole = app_tables(store)
    lazy = AppTables(store)
    assert not any(lazy.loaded(t) for t in APP_TABLES)
    assert lazy.get("mentions") is None and "mentions" not in lazy and list(lazy) == list(APP_TABLES)
    for t in reversed(APP_TABLES):  # casualties before the articles and events: the same frames
        pd.testing.assert_frame_equal(lazy[t], whole[t])
        assert lazy.loaded(t) and lazy[t] is lazy[t]
    with pytest.raises(KeyError):
        lazy["mentions"]


def test_app_tables_are_read_once_across_threads(store):
    from concurrent.futures import ThreadPoolExecutor

    from lib.store.frames import AppTables

    lazy = AppTables(store)
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda _i: lazy["events"], range(8)))
    assert all(g is got[0] for g in got)
