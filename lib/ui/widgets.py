"""Widgets every page shares: its main rows (with a notice for filters it cannot apply), empty states, capped
tables, exports and the article viewer. Untrusted text shown through markdown goes through ``md()``.

Example (a page):
    >>> # rows, skip = ui.page_rows(tables, "casualties", f, by_sentence=True)
    >>> # ui.export_button(rows, "casualties", table="casualties", f=f, ignore=skip)
"""
from __future__ import annotations

import streamlit as st

from lib.store import corpus
from lib.store.tables import export_csv_bytes
from lib.ui.data import _article_text, _dataset, _load, _with_context, filtered, load_tables, table_count
from lib.ui.sidebar import current_filters
from lib.views import querystate
from lib.views.context import with_sentence_context
from lib.views.filters import Filters, describe, ignored, labels, without
from lib.views.present import md

EAGER_EXPORT_ROWS = 20_000  # exports up to this many rows are built with the page, larger ones on click


def page_rows(tables: dict, name: str, f: Filters, by_sentence: bool = False, notice: bool = True):
    """The page's main rows: table ``name`` filtered by ``f``, with a notice naming the filters it cannot apply.

    ``by_sentence``: rows without factions, actors or event types of their own (casualty claims) take those of
    their sentence (its actor mentions and events) when one of those filters is set. Returns (rows, ignored
    Filters fields); pass ``ignored`` to ``export_button`` so the file name leaves them out."""
    df = tables[name]
    if by_sentence and df is not None and len(df) and (f.factions or f.actors or f.event_types):
        version = corpus.data_version()
        seen = (_with_context(version, name) if tables is _load(version)
                else with_sentence_context(df, tables.get("mentions"), tables.get("events")))
        rows = df.loc[filtered(seen, f).index]
    else:
        seen = df
        rows = filtered(df, f)
    skip = ignored(seen, f)
    if skip and notice:
        st.info(f"This page cannot apply {', '.join(labels(skip))}: the {name} carry no such information. "
                "They are ignored here and left out of the export's file name.", icon=":material/filter_alt_off:")
    return rows, skip


def shown_count(tables, name: str, f: Filters, by_sentence: bool = False) -> int:
    """``len(page_rows(tables, name, f, by_sentence)[0])`` without reading a table the app has not read yet: counted
    in the store then (``table_count``), unless the rows need their sentence context (casualty claims under a
    faction, actor or event type filter)."""
    version = corpus.data_version()
    context = by_sentence and (f.factions or f.actors or f.event_types)
    if tables is _load(version) and not tables.loaded(name) and not context:
        return table_count(name, f)
    return len(page_rows(tables, name, f, by_sentence=by_sentence, notice=False)[0])


def no_rows(df, what: str = "rows") -> bool:
    """Show a clear notice and return True when ``df`` is empty (pages then skip their chart/table)."""
    if df is None or len(df) == 0:
        st.info(f"No {what} match the current filters. Widen the date range or clear some filters "
                "(sidebar → Reset filters).", icon=":material/search:")
        return True
    return False


def capped(df, what: str = "rows", order=None):
    """The first ``TABLE_ROWS`` rows of ``df`` for a table, with a "showing N of M" caption when some are left out.
    ``order``: positions putting ``df`` in the table's order (only the rows shown are taken)."""
    from lib.views.filters import TABLE_ROWS, cap_rows

    head, note = cap_rows(df, what=what)
    head = head if order is None or df is None else df.iloc[order[:TABLE_ROWS]]
    if note:
        st.caption(note)
    return head


def article_table(rows, columns: list[str], f: Filters | None = None) -> None:
    """A table of articles (the first ``TABLE_ROWS``, with a caption when some are left out) whose first column
    opens each in the article viewer (``?doc=<id>``, keeping the filters)."""
    head = capped(rows, "articles")[columns].copy()
    head.insert(0, "open", querystate.viewer_links(head["article_id"].astype(str), [None] * len(head), f))
    st.dataframe(head, hide_index=True, width="stretch", column_config={
        "open": st.column_config.LinkColumn("open", display_text="view", help="The article in the viewer")})


def export_button(df, name: str, label: str = "Export CSV", key: str | None = None,
                  table: str | None = None, f: Filters | None = None, ignore: list[str] | None = None,
                  order=None) -> None:
    """A download button with exactly ``df``'s rows plus provenance columns, spreadsheet-safe (BOM, no formulas).
    ``order``: positions putting ``df`` in the page's order, applied when the file is built.

    The file name says what was filtered, e.g. ``events_2023-01-01_to_end_factions-Hamas.csv``; filters the rows
    could not apply (``ignore``, by default those ``df`` has no column for) are left out of it.
    """
    import pandas as pd

    data = df if df is not None else pd.DataFrame()
    f = f if f is not None else current_filters()
    slug = describe(without(f, ignored(data, f) if ignore is None else ignore))
    arts = load_tables().get("articles")
    # Large exports are built when the button is clicked (deferred data), small ones at once.
    build = lambda: export_csv_bytes(data if order is None else data.iloc[order], arts, table)  # noqa: E731
    payload = build() if len(data) <= EAGER_EXPORT_ROWS else build
    st.download_button(label, data=payload, file_name=f"{name}_{slug}.csv", mime="text/csv", key=key or f"export_{name}",
                       help=f"{len(data)} rows as shown, with article id, outlet, url, published and sentence "
                            "span; UTF-8 with BOM for Excel.", icon=":material/download:", disabled=not len(data))


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



def article_viewer(article_id: str, marks: list[dict], regions: list[dict], selected, height: int = 600) -> None:
    """The article's original text, escaped, with highlights, scrolled to ``selected`` (in its own frame).

    The frame runs only our one-line scroll script: every character of the article is escaped by
    ``lib.views.viewer.article_html``."""
    from lib.views.viewer import article_html

    try:
        text = _article_text(str(article_id), corpus.data_version())
    except OSError as e:
        st.error(md(f"Cannot read the article: {e}"))
        return
    if not text:
        st.info("No text is stored for this article (see its status and error above).")
        return
    st.iframe(article_html(text, marks, regions, selected, height=height), height=height)
