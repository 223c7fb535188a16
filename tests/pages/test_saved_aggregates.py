"""The app's first-visit aggregates (filter choices, Casualties totals, map venues under the default filters) are
saved beside the store and read back by a later process instead of being computed again (lib.store.saved)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from lib.store import db, saved
from lib.views import mapview, pushdown, tally

ROOT = Path(__file__).resolve().parents[2]
PAGES = {"casualty_summary": "app_pages/3_Casualties.py", "venues": "app_pages/2_Mediator_map.py"}


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    old = os.environ.get("DIPLO_DATA")
    os.environ["DIPLO_DATA"] = str(tmp_path_factory.mktemp("saved_store"))
    yield
    if old is None:
        os.environ.pop("DIPLO_DATA", None)
    else:
        os.environ["DIPLO_DATA"] = old


def _run(page: str, query: str = "") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception, at.exception
    at.switch_page(page).run()
    if query:
        at.text_input(key="q").set_value(query).run()
    assert not at.exception, at.exception
    return at


def _same_tables(a: AppTest, b: AppTest) -> None:
    import pandas as pd

    assert len(a.dataframe) == len(b.dataframe)
    for x, y in zip(a.dataframe, b.dataframe, strict=True):
        pd.testing.assert_frame_equal(x.value, y.value)


@pytest.mark.parametrize("name", ["casualty_summary", "venues"])
def test_a_later_process_reads_the_saved_aggregates(store_dir, name, monkeypatch):
    first = _run(PAGES[name])
    names = {p.name.split("-")[0] for p in saved.folder(db.default_path()).glob("*.pkl")}
    assert {"options", name} <= names
    st.cache_resource.clear()  # as a new process: nothing cached in memory
    st.cache_data.clear()

    def fail(*a, **k):
        raise AssertionError("computed again")

    monkeypatch.setattr(tally, "summary", fail)
    monkeypatch.setattr(mapview, "venues", fail)
    monkeypatch.setattr(pushdown, "choices", fail)
    again = _run(PAGES[name])
    _same_tables(again, first)


@pytest.mark.parametrize("name", ["casualty_summary", "venues"])
def test_filtered_views_are_computed_not_saved(store_dir, name, monkeypatch):
    _run(PAGES[name])
    before = sorted(p.name for p in saved.folder(db.default_path()).glob("*.pkl"))
    calls = []
    real = {"casualty_summary": tally.summary, "venues": mapview.venues}[name]
    monkeypatch.setattr(tally if name == "casualty_summary" else mapview, "summary" if name == "casualty_summary"
                        else "venues", lambda *a, **k: calls.append(1) or real(*a, **k))
    _run(PAGES[name], query="Gaza")
    assert calls  # a filter is computed (and cached in memory), never read from the default's file
    assert sorted(p.name for p in saved.folder(db.default_path()).glob("*.pkl")) == before
