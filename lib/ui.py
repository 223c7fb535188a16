"""The one ``lib`` module that imports streamlit: cached tables and widgets shared by every page.

Pages call ``page_setup()``, ``load_tables()``, ``sidebar_filters()``, ``filtered()``, ``export_button()``;
the data work itself is in pure modules (``lib.store.corpus``, ``lib.views.filters``, ``lib.views.querystate``, ``lib.store.tables``).

The sidebar filters are bound to the URL (``bind="query-params"``, keys in ``lib.views.querystate.PARAMS``): every
change updates the address bar, a bookmarked or shared URL restores the same view on any page, and invalid
values in a URL are dropped with a notice.
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from lib.store import corpus
from lib.store.tables import dataset_zip, export_csv_bytes
from lib.views import querystate
from lib.views.filters import Filters, apply_filters, date_extent, describe, filter_options

_MIN_DAY = dt.date(1900, 1, 1)
_MAX_DAY = dt.date(2100, 12, 31)
EAGER_EXPORT_ROWS = 20_000  # exports up to this many rows are built with the page, larger ones on click
_STATE = "_filters"  # session key: the Filters of the last sidebar run (used for export file names)


# The tables are cached as shared objects (``cache_resource``), not copied on every rerun as ``cache_data`` would:
# they are read-only everywhere (filters select rows, pages copy before adding columns; pandas copy-on-write
# keeps derived frames from writing through).
@st.cache_resource(show_spinner="Loading articles…", max_entries=2)
def _load(version: str) -> dict:
    return corpus.load_tables(version)


def load_tables() -> dict:
    """{table: DataFrame} for the current corpus, cached until ``corpus.data_version()`` changes. Read-only."""
    return _load(corpus.data_version())


@st.cache_resource(max_entries=2)
def _options(version: str) -> dict:
    tables = _load(version)
    return {**filter_options(tables), "extent": date_extent(tables)}


@st.cache_resource(max_entries=4)
def _dataset(version: str, fmt: str) -> bytes:
    return dataset_zip(_load(version), fmt)


def page_setup(title: str, icon: str = "🕊️") -> None:
    st.set_page_config(page_title=f"{title} · Diplomacy Timeline", page_icon=icon, layout="wide")
    st.session_state["_page_prev"] = st.session_state.get("_page_now")
    st.session_state["_page_now"] = title


def _restore(f: Filters) -> None:
    """Put ``f`` into the bound widgets' state (the binding then writes it to the URL)."""
    st.session_state[querystate.DATES] = tuple(dt.date.fromisoformat(d) for d in (f.date_from, f.date_to) if d)
    st.session_state[querystate.TEXT] = f.text
    st.session_state[querystate.BODY_ONLY] = f.hide_non_body
    st.session_state[querystate.EXACT_ONLY] = f.hide_coarse_dates
    for key, field in querystate.LIST_PARAMS.items():
        st.session_state[key] = list(getattr(f, field))


def _reset() -> None:
    st.session_state[querystate.DATES] = ()
    st.session_state[querystate.TEXT] = ""
    st.session_state[querystate.BODY_ONLY] = True
    st.session_state[querystate.EXACT_ONLY] = False
    for key in querystate.LIST_PARAMS:
        st.session_state[key] = []


def current_filters() -> Filters:
    """The Filters of the last ``sidebar_filters`` run in this session (defaults before any)."""
    return st.session_state.get(_STATE, Filters())


def sidebar_filters(tables: dict) -> Filters:
    """Sidebar widgets (bound to the URL) -> Filters. Invalid URL values are ignored with a notice."""
    version = corpus.data_version()
    if tables is _load(version):
        opts = _options(version)
    else:
        opts = {**filter_options(tables), "extent": date_extent(tables)}
    raw = {k: st.query_params.get_all(k) for k in st.query_params if k in querystate.PARAMS}
    _, notices = querystate.from_params(raw, opts) if raw else (None, [])
    saved = st.session_state.get(_STATE)
    if (not raw and saved is not None and not saved.is_default()
            and st.session_state.get("_page_prev") != st.session_state.get("_page_now")):
        # Switched page through the navigation (the URL lost its parameters): carry the filters over.
        kept, _ = querystate.from_params(querystate.to_params(saved), opts)
        _restore(kept)
        try:
            st.query_params.update(querystate.to_params(kept))
        except Exception:  # noqa: BLE001 - some streamlit versions refuse writing bound keys; state is restored
            pass
    lo, hi = opts["extent"]
    with st.sidebar:
        st.header("Filters")
        for n in notices:
            st.warning(f"Link parameter {n}.", icon="⚠️")
        dates = st.date_input("Date range", value=(), min_value=_MIN_DAY, max_value=_MAX_DAY,
                              key=querystate.DATES, bind="query-params", format="YYYY-MM-DD",
                              help=f"Data spans {lo} to {hi}." if lo else "No dated rows yet.")
        text = st.text_input("Search sentences", key=querystate.TEXT, bind="query-params",
                             max_chars=querystate.MAX_TEXT, placeholder="e.g. ceasefire")
        chosen = {}
        for key, field, label in (("faction", "factions", "Factions"), ("actor", "actors", "Actors"),
                                  ("event_type", "event_types", "Event types"), ("place", "places", "Places"),
                                  ("outlet", "outlets", "Outlets")):
            chosen[field] = st.multiselect(label, opts[field], key=key, bind="query-params",
                                           placeholder="All")
        # No format_func: a bound widget writes its labels to the URL, and ids make stable links.
        chosen["articles"] = st.multiselect("Articles (id)", opts["articles"], key="article", bind="query-params",
                                            placeholder="All", help="Titles: see the Articles page.")
        hide = st.checkbox("Hide captions and boilerplate", value=True, key=querystate.BODY_ONLY,
                           bind="query-params", help="Only sentences of the running article body.")
        exact = st.checkbox("Hide month/year-only dates", value=False, key=querystate.EXACT_ONLY,
                            bind="query-params", help="Drop rows whose date is known only to the month or year.")
        st.button("Reset filters", on_click=_reset, key="reset_filters")
    days = tuple(dates) if isinstance(dates, (tuple, list)) else ((dates,) if dates else ())
    f = Filters(date_from=days[0].isoformat() if days else "",
                date_to=days[1].isoformat() if len(days) > 1 else "",
                text=(text or "").strip(), hide_non_body=bool(hide), hide_coarse_dates=bool(exact),
                **{k: tuple(v) for k, v in chosen.items()})
    st.session_state[_STATE] = f
    return f


def filtered(df, f: Filters):
    """Rows of ``df`` passing ``f`` (outlets and publication dates looked up in the articles table)."""
    return apply_filters(df, f, load_tables().get("articles"))


def no_rows(df, what: str = "rows") -> bool:
    """Show a clear notice and return True when ``df`` is empty (pages then skip their chart/table)."""
    if df is None or len(df) == 0:
        st.info(f"No {what} match the current filters. Widen the date range or clear some filters "
                "(sidebar → Reset filters).", icon="🔎")
        return True
    return False


def capped(df, what: str = "rows"):
    """The first ``TABLE_ROWS`` rows of ``df`` for a table, with a "showing N of M" caption when some are left out."""
    from lib.views.filters import cap_rows

    head, note = cap_rows(df, what=what)
    if note:
        st.caption(note)
    return head


def export_button(df, name: str, label: str = "Export CSV", key: str | None = None,
                  table: str | None = None, f: Filters | None = None) -> None:
    """A download button with exactly ``df``'s rows plus provenance columns, spreadsheet-safe (BOM, no formulas).

    The file name says what was filtered, e.g. ``events_2023-01-01_to_end_factions-Hamas.csv``.
    """
    import pandas as pd

    data = df if df is not None else pd.DataFrame()
    slug = describe(f if f is not None else current_filters())
    arts = load_tables().get("articles")
    # Large exports are built when the button is clicked (deferred data), small ones at once.
    payload = (export_csv_bytes(data, arts, table) if len(data) <= EAGER_EXPORT_ROWS
               else lambda: export_csv_bytes(data, arts, table))
    st.download_button(label, data=payload,
                       file_name=f"{name}_{slug}.csv", mime="text/csv", key=key or f"export_{name}",
                       help=f"{len(data)} rows as shown, with article id, outlet, url, published and sentence "
                            "span; UTF-8 with BOM for Excel.", icon=":material/download:")


def dataset_buttons() -> None:
    """Download buttons for the whole data set: one zip of CSVs, one zip of Parquet files."""
    version = corpus.data_version()
    c1, c2 = st.columns(2)
    # The zips are built when a button is clicked (deferred data), not on every page run.
    c1.download_button("Whole data set (CSV, zip)", data=lambda: _dataset(version, "csv"),
                       file_name="diplomacy_csv.zip", mime="application/zip", key="dataset_csv",
                       icon=":material/folder_zip:")
    c2.download_button("Whole data set (Parquet, zip)", data=lambda: _dataset(version, "parquet"),
                       file_name="diplomacy_parquet.zip", mime="application/zip", key="dataset_parquet",
                       icon=":material/folder_zip:")


# Timeline table: dates as text (TimeML values may be months or years), a link to the sentence in the viewer.
EVENT_COLUMN_CONFIG = {
    "date": st.column_config.TextColumn("date (resolved)", help="TimeML value: day, week, month or year"),
    "date_start": st.column_config.TextColumn("from"),
    "date_end": st.column_config.TextColumn("to"),
    "date_precision": st.column_config.TextColumn("precision"),
    "date_basis": st.column_config.TextColumn("basis", help="explicit | relative | article | none"),
    "event_type": st.column_config.TextColumn("type"),
    "outlet": st.column_config.TextColumn("outlet"),
    "sentence": st.column_config.TextColumn("sentence", width="large"),
    "source": st.column_config.LinkColumn("source", display_text="open sentence",
                                          help="The sentence highlighted in its article"),
}


def selected_points(event) -> list[tuple[str, str, int]]:
    """(event_id, article_id, start) of the points selected/clicked in a plotly chart with customdata."""
    try:
        points = event.selection.points  # type: ignore[union-attr]
    except AttributeError:
        try:
            points = event["selection"]["points"]
        except (KeyError, TypeError):
            return []
    out = []
    for p in points or []:
        cd = p.get("customdata") if isinstance(p, dict) else None
        if cd and len(cd) >= 3 and cd[1]:
            try:
                out.append((str(cd[0]), str(cd[1]), int(cd[2])))
            except (TypeError, ValueError):
                continue
    return out


def viewer_params(article_id: str, start: int | None, f: Filters | None = None) -> dict:
    """Query params for a link to the article viewer at a sentence, keeping the filters."""
    params = {querystate.DOC: article_id, **querystate.to_params(f or Filters())}
    if start is not None:
        params[querystate.AT] = str(int(start))
    return params


def int_param(key: str) -> int | None:
    """An integer query parameter, or None (with a notice) when it is missing or not a number."""
    v = st.query_params.get(key)
    if v in (None, ""):
        return None
    try:
        return int(v)
    except ValueError:
        st.warning(f"Link parameter ignored {key}={v[:40]!r}: not a number.", icon="⚠️")
        return None


def set_param(key: str, value) -> None:
    """Write (or remove, for None) a query parameter not bound to a widget."""
    if value is None:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != str(value):
        st.query_params[key] = str(value)


def article_regions(tables: dict, article_id: str) -> list[dict]:
    regs = tables.get("regions")
    if regs is None or not len(regs):
        return []
    return regs[regs["article_id"] == article_id].to_dict("records")


@st.cache_data(max_entries=64)
def _article_text(article_id: str, version: str) -> str:
    return corpus.article_text(article_id)


def article_viewer(article_id: str, marks: list[dict], regions: list[dict], selected, height: int = 600) -> None:
    """The article's original text, escaped, with highlights, scrolled to ``selected`` (in its own frame).

    The frame runs only our one-line scroll script: every character of the article is escaped by
    ``lib.views.viewer.article_html``."""
    from lib.views.viewer import article_html

    try:
        text = _article_text(str(article_id), corpus.data_version())
    except OSError as e:
        st.error(f"Cannot read the article: {e}")
        return
    if not text:
        st.info("No text is stored for this article (see its status and error above).")
        return
    st.iframe(article_html(text, marks, regions, selected, height=height), height=height)
