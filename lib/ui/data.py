"""The app's data, cached per store version: the tables held in memory, the store queries for the mentions, the
filter choices, and the derived frames pages reuse across reruns (venues, events to compare, sentence context).

Every cached step that can take seconds on a large store says what it does in its spinner (``tests/test_ui.py``).

Example (a page):
    >>> # tables = ui.load_tables(); rows = ui.filtered(tables["events"], f); n = ui.mention_count(f)
"""
from __future__ import annotations

import streamlit as st

from lib.store import corpus
from lib.store.tables import dataset_zip
from lib.views import picker, pushdown
from lib.views.context import with_sentence_context
from lib.views.filters import Filters, apply_filters, date_extent, filter_options
from lib.views.filters import filter_mask as filter_mask_of


# The tables are cached as shared objects (``cache_resource``), not copied on every rerun as ``cache_data`` would:
# they are read-only everywhere (filters select rows, pages copy before adding columns; pandas copy-on-write
# keeps derived frames from writing through). The mentions are not among them: they stay in the store and are
# queried per view (``mention_count``, ``mention_rows``, ``mentions_of``; ``lib.store.frames``).
# Every cached step that can take seconds on a large store says what it does (never a function name).
@st.cache_resource(show_spinner="Opening the store and linking new reports…", max_entries=2)
def _load(version: str):
    return corpus.load_app_tables(version)


# What a page waits for when it first needs a table of a large store (the tables are read on first use, once).
READING = {"articles": "the articles", "events": "the events", "statements": "the statements",
           "casualties": "the casualty claims", "regions": "the article layouts"}


def load_tables(*needed: str):
    """{table: DataFrame} for the current corpus (all but the mentions, compact; ``lib.store.frames.AppTables``),
    cached until ``corpus.data_version()`` changes. Read-only. Each table is read from the store the first time a
    page uses it; the tables named in ``needed`` (what the page shows) are read here, under a spinner that says so.

    Example: ``tables = ui.load_tables("events")`` on the Timeline."""
    tables = _load(corpus.data_version())
    for name in ("articles", *needed):
        if not tables.loaded(name):
            with st.spinner(f"Reading {READING.get(name, name)} (seconds on a large store, once)…"):
                tables[name]
    return tables


@st.cache_resource(max_entries=2, show_spinner="Opening the store…")
def _query(version: str):
    return corpus.store_query(version)


@st.cache_resource(max_entries=2, show_spinner="Listing the filter choices (factions, actors, places, outlets)…")
def _options(version: str) -> dict:
    # distinct values read in the store (``pushdown.choices``): the choices of every table without reading them whole;
    # saved beside the store per version (~1.8 s CPU at 100k articles, paid once per corpus version, not per start)
    def compute() -> dict:
        names, dates = pushdown.choices(_query(version), _load(version)["articles"])
        return {**filter_options(names), "extent": date_extent(dates)}

    return corpus.saved_aggregate(version, "options", compute, _OPTION_CODE)


# the code a saved aggregate depends on (with its own module): a change to any of it is a new saved aggregate
_TABLE_CODE = ("lib.store.frames", "lib.store.clusters", "lib.store.linking", "lib.views.filters", "lib.views.columns")
_OPTION_CODE = ("lib.views.pushdown", *_TABLE_CODE)


@st.cache_resource(max_entries=4, show_spinner="Packing the whole data set…")
def _dataset(version: str, fmt: str) -> bytes:
    return dataset_zip({**_load(version), "mentions": _query(version).batches("mentions")}, fmt)


@st.cache_resource(max_entries=2, show_spinner="Counting the stored rows…")
def _row_counts(version: str) -> dict:
    return _query(version).store.counts()


def row_count(name: str) -> int:
    """Rows the store holds in table ``name``."""
    return int(_row_counts(corpus.data_version())[name])


@st.cache_data(max_entries=64, show_spinner=False)
def _mention_count(version: str, key: str, _f: Filters) -> int:
    return pushdown.count(_query(version), "mentions", _f, _load(version)["articles"])


@st.cache_data(max_entries=64, show_spinner=False)
def _table_count(version: str, name: str, key: str, _f: Filters) -> int:
    return pushdown.count(_query(version), name, _f, _load(version)["articles"])


def table_count(name: str, f: Filters) -> int:
    """How many rows of table ``name`` pass ``f`` (``len(filtered(table, f))``), counted in the store with the filters
    pushed down: the table is not read."""
    return _table_count(corpus.data_version(), name, repr(f), f)


def mention_count(f: Filters) -> int:
    """How many mentions pass ``f`` (counted in the store, with the filters pushed down)."""
    return _mention_count(corpus.data_version(), repr(f), f)


def mention_rows(f: Filters, where: str = "", params=(), columns=None):
    """The mentions passing ``f`` (and the SQL condition ``where`` on ``t``), read from the store."""
    version = corpus.data_version()
    return pushdown.rows(_query(version), "mentions", f, _load(version)["articles"], columns, where, params)


def mentions_of(article_ids, kind: str | None = None, columns=None):
    """Every mention of the given articles (of one ``kind`` when given), in table order, read from the store."""
    q = _query(corpus.data_version())
    cols = ", ".join(f'"{c}"' for c in (columns or q.columns("mentions")))
    sql = f"SELECT {cols} FROM mentions WHERE list_contains(?::VARCHAR[], article_id)"
    params: list = [[str(a) for a in article_ids]]
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return q.frame(sql + " ORDER BY rowid", params)


def article_rows(tables, article_ids) -> dict:
    """{table: the rows of these articles} for every table and the mentions (what the article viewer highlights, what
    an upload added): from memory for a table already read, else from the store (a few rows, not the table)."""
    ids = [str(a) for a in article_ids]
    lazy = hasattr(tables, "loaded")
    q = _query(corpus.data_version()) if lazy else None
    out = {}
    for name in tables:
        if not lazy or tables.loaded(name):
            df = tables[name]
            out[name] = df[df["article_id"].isin(ids)] if df is not None and len(df) else df
        else:
            cols = ", ".join(f'"{c}"' for c in q.columns(name))
            out[name] = q.frame(f"SELECT {cols} FROM {name} WHERE list_contains(?::VARCHAR[], article_id) "
                                "ORDER BY rowid", [ids])
    out["mentions"] = mentions_of(ids)
    return out


def article_haystack(tables: dict):
    """``picker.haystack`` of the articles (cached per store version for the app's own tables)."""
    version = corpus.data_version()
    return _haystack(version) if tables is _load(version) else picker.haystack(tables.get("articles"))


@st.cache_resource(max_entries=2, show_spinner=False)
def _haystack(version: str):
    return picker.haystack(_load(version)["articles"])



@st.cache_resource(max_entries=16, show_spinner="Placing the venues on the map…")
def _venues(version: str, key: str, _rows):
    from lib.views import mapview

    if key == _DEFAULT_VENUES:  # what every first visit of the map shows: saved beside the store per version
        return corpus.saved_aggregate(version, "venues", lambda: mapview.venues(_rows),
                                      ("lib.views.mapview", *_TABLE_CODE))
    return mapview.venues(_rows)


_DEFAULT_VENUES = f"events|{Filters()!r}"


@st.cache_resource(max_entries=8, show_spinner="Adding up the casualty totals…")
def _casualty_summary(version: str, key: str, _claims):
    from lib.views import tally

    if key == repr(Filters()):  # the first visit's totals: saved beside the store per version
        return corpus.saved_aggregate(version, "casualty_summary", lambda: tally.summary(_claims),
                                      ("lib.views.tally", *_TABLE_CODE))
    return tally.summary(_claims)


def casualty_summary(claims, f: Filters):
    """``lib.views.tally.summary(claims)`` (the totals and the chart's points), cached per store version and filters
    (``claims`` must be what the Casualties page derives from ``f``: the filtered claims with their article's outlet
    and publication date); under the default filters saved beside the store, so computed once per corpus version.
    Read-only."""
    return _casualty_summary(corpus.data_version(), repr(f), claims)


def venues(rows, f: Filters, what: str = "events"):
    """``lib.views.mapview.venues(rows)``, cached per store version, filters and ``what`` the rows are (``rows``
    must be what the page derives from ``f``): a map selection or a table click reruns the page without
    aggregating the venues again. Read-only."""
    return _venues(corpus.data_version(), f"{what}|{f!r}", rows)


@st.cache_resource(max_entries=8, show_spinner="Listing the events to compare reactions to…")
def _event_choices(version: str, key: str, _f: Filters):
    from lib.views import compare

    events = _load(version)["events"]
    return compare.choice_rows(events, filter_mask(events, _f))


def event_choices(tables: dict, f: Filters):
    """``compare.choice_rows`` of the events passing ``f`` (cached per store version and filters for the app's own
    tables: a click on the Statements page does not sort the events again). Read-only."""
    from lib.views import compare

    version = corpus.data_version()
    if tables is _load(version):
        return _event_choices(version, repr(f), f)
    return compare.choice_rows(tables["events"], filter_mask(tables["events"], f))


def filtered(df, f: Filters):
    """Rows of ``df`` passing ``f`` (outlets and publication dates looked up in the articles table)."""
    return apply_filters(df, f, load_tables().get("articles"))


def filter_mask(df, f: Filters):
    """``filtered`` as a boolean array per row of ``df`` (None when ``df`` is empty): no rows copied."""
    return filter_mask_of(df, f, load_tables().get("articles")) if df is not None and len(df) else None


@st.cache_resource(max_entries=4, show_spinner="Matching the rows to the actors and events of their sentences…")
def _with_context(version: str, name: str):
    """Table ``name`` with the context of its sentences (``with_sentence_context``: their actor mentions, read from the
    store, and events; ``lib.views.context`` on integer codes); the added columns as categories."""
    df = _load(version)[name]
    keys = df[["article_id", "start"]].drop_duplicates()
    m = _query(version).frame(
        "SELECT m.article_id, m.sentence_start, m.kind, m.value, m.faction FROM mentions m "
        "SEMI JOIN _keys k ON m.article_id = k.article_id AND m.sentence_start = k.start "
        "WHERE m.kind = 'actor' ORDER BY m.rowid", register={"_keys": keys})
    seen = with_sentence_context(df, m, _load(version)["events"])
    return seen.astype({c: "category" for c in seen.columns if c not in df.columns})



@st.cache_data(max_entries=64, show_spinner="Reading the article…")
def _article_text(article_id: str, version: str) -> str:
    return corpus.article_text(article_id)

