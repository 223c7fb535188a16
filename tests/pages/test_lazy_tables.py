"""The app reads a table only when a page shows it (``lib.store.frames.AppTables``): the Overview and the article
viewer open without reading the events, statements or casualty claims, with the counts and highlights they showed
when every table was read at start; each page reads what it shows (AppTest, a fresh store of the seeds)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.store import corpus
from lib.ui import data
from lib.views.filters import Filters, apply_filters

ROOT = Path(__file__).resolve().parents[2]
BIG = ("events", "statements", "casualties")


def read_tables() -> set[str]:
    tables = data._load(corpus.data_version())
    return {t for t in tables if tables.loaded(t)}


def test_overview_counts_without_reading_the_big_tables(tmp_data):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300).run()
    assert not at.exception, at.exception
    assert read_tables().isdisjoint(BIG)
    whole = corpus.load_tables()
    metrics = {m.label: m for m in at.metric}
    for name in BIG:
        rows = apply_filters(whole[name], Filters(), whole["articles"])
        assert metrics[name.capitalize()].value == str(len(rows)), name
        stored = None if len(rows) == len(whole[name]) else f"{len(whole[name])} stored in all"
        assert (metrics[name.capitalize()].delta or None) == stored, name
    # a filter that needs the claims' sentence context reads what it needs, and still counts as the page does
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    at.query_params["faction"] = "Egypt"
    at.run()
    assert not at.exception, at.exception
    assert "casualties" in read_tables() and "statements" not in read_tables()
    f = Filters(factions=("Egypt",))
    assert {m.label: m for m in at.metric}["Statements"].value == str(
        len(apply_filters(whole["statements"], f, whole["articles"])))


@pytest.mark.parametrize("page, needs", [("app_pages/1_Timeline.py", {"events"}),
                                         ("app_pages/3_Casualties.py", {"casualties"}),
                                         ("app_pages/4_Statements.py", {"statements", "events"})])
def test_a_page_reads_what_it_shows(tmp_data, page, needs):
    at = AppTest.from_file(str(ROOT / page), default_timeout=300).run()
    assert not at.exception, at.exception
    assert needs <= read_tables()
    assert read_tables() - {"articles", "regions"} == needs


def test_viewer_highlights_without_reading_the_tables(tmp_data, seed_tables):
    ev = seed_tables["events"].iloc[-1]
    at = AppTest.from_file(str(ROOT / "app_pages/5_Articles.py"), default_timeout=300)
    at.query_params["doc"], at.query_params["at"] = ev["article_id"], str(ev["start"])
    at.run()
    assert not at.exception, at.exception
    assert read_tables().isdisjoint(BIG)
    html = at.get("iframe")[0].proto.srcdoc
    lazy = html
    # the same page on the same store once every table is read: the same highlights, regions and scroll target
    tables = data._load(corpus.data_version())
    for t in tables:
        tables[t]
    at.run()
    assert not at.exception, at.exception
    assert at.get("iframe")[0].proto.srcdoc == lazy
    assert 'class="sel"' in lazy or "sel" in lazy
