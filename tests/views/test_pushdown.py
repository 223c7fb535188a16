"""Filters pushed down to DuckDB (``lib.views.pushdown``) select exactly the rows ``apply_filters`` selects from the
same table read whole, in the same order: for every table, for hand-picked filters and for random combinations of
values found in the data (the seeds and the development set, whatever the extractors make of them)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from lib.models import TABLES
from lib.views import pushdown
from lib.views.filters import Filters, apply_filters, filter_options

ROOT = Path(__file__).resolve().parents[2]
ID = {name: cols[0] for name, (_cls, cols) in TABLES.items()}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from lib.store.db import Store
    from lib.store.sources import sources_from_paths

    s = Store(tmp_path_factory.mktemp("pushdown") / "diplo.duckdb")
    s.set_meta("seeded", "skipped")
    for folder, manifest in ((ROOT / "seeds", ROOT / "seeds" / "manifest.csv"),
                             (ROOT / "tests" / "devset" / "articles", ROOT / "tests" / "devset" / "manifest.csv")):
        srcs, _msgs, _rej = sources_from_paths([str(folder)], str(manifest), origin="test")
        s.ingest(srcs)
    return s


@pytest.fixture(scope="module")
def whole(store):
    return store.tables()


@pytest.fixture(scope="module")
def query(store):
    from lib.store.frames import StoreQuery

    return StoreQuery(store)


def _cases(tables) -> list[Filters]:
    opts = filter_options(tables)
    days = sorted(d for d in tables["events"]["date_start"].astype(str) if len(d) == 10)
    mid = days[len(days) // 2]
    fixed = [Filters(), Filters(hide_non_body=False), Filters(hide_coarse_dates=True),
             Filters(date_from=mid), Filters(date_to=mid), Filters(date_from=days[0], date_to=mid),
             Filters(date_from="1990-01-01", date_to="1990-12-31"), Filters(date_from=mid[:7], date_to=mid[:7]),
             Filters(text="ceasefire"), Filters(text="TALKS"), Filters(text="zzz-nothing")]
    for field in ("factions", "actors", "event_types", "places", "outlets", "articles"):
        if opts[field]:
            fixed.append(Filters(**{field: tuple(opts[field][:1])}))
            fixed.append(Filters(**{field: tuple(opts[field][-2:])}))
    rnd = random.Random(17)
    for _ in range(25):
        kw: dict = {}
        for field in ("factions", "actors", "event_types", "places", "outlets", "articles"):
            if opts[field] and rnd.random() < 0.3:
                kw[field] = tuple(rnd.sample(opts[field], min(len(opts[field]), rnd.randint(1, 3))))
        if rnd.random() < 0.4:
            a, b = sorted(rnd.sample(days, 2))
            kw.update(date_from=a, date_to=b if rnd.random() < 0.7 else "")
        if rnd.random() < 0.2:
            kw["text"] = rnd.choice(["said", "the", "Cairo", "killed"])
        kw["hide_non_body"] = rnd.random() < 0.7
        kw["hide_coarse_dates"] = rnd.random() < 0.2
        fixed.append(Filters(**kw))
    return fixed


@pytest.mark.parametrize("table", list(TABLES))
def test_pushed_down_filters_select_the_same_rows(store, whole, query, table):
    arts = whole["articles"]
    df = whole[table]
    assert len(df), f"the test corpus has no {table}"
    for f in _cases(whole):
        want = list(apply_filters(df, f, arts)[ID[table]])
        got = pushdown.rows(query, table, f, arts, columns=[ID[table]])
        assert list(got[ID[table]].astype(str)) == want, f
        assert pushdown.count(query, table, f, arts) == len(want), f


def test_extra_condition_and_columns(query, whole):
    got = pushdown.rows(query, "mentions", Filters(), whole["articles"], columns=["kind", "value"],
                        where="t.kind = ?", where_params=["place"])
    m = whole["mentions"]
    want = m[(m["region"].eq("body")) & (m["kind"] == "place")]
    assert list(got.columns) == ["kind", "value"]
    assert list(got["value"].astype(str)) == list(want["value"])


def test_choices_from_the_store_are_those_of_the_whole_tables(store, whole, query):
    """The sidebar's choices and date extent from distinct values in the store equal ``filter_options`` and
    ``date_extent`` over every table read whole (the app no longer reads the events to draw the sidebar)."""
    from lib.views.filters import date_extent

    names, dates = pushdown.choices(query, whole["articles"])
    assert filter_options(names) == filter_options(whole)
    assert date_extent(dates) == date_extent(whole) != ("", "")
    assert set(dates) == {"articles", "events", "statements", "casualties", "mentions"}


def test_choices_of_an_empty_store(tmp_path):
    from lib.store.db import Store
    from lib.store.frames import StoreQuery
    from lib.views.filters import date_extent

    names, dates = pushdown.choices(StoreQuery(Store(tmp_path / "e.duckdb")), None)
    assert all(v == [] for v in filter_options(names).values()) and date_extent(dates) == ("", "")
