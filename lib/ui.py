"""The one ``lib`` module that imports streamlit: cached tables and widgets shared by every page.

``app.py`` calls ``run_app()``: the navigation (``st.navigation``; the first page is "Overview"), first-start
seeding with a progress bar, the shared sidebar filters, then the page. Pages call ``page_setup()``,
``load_tables()``, ``sidebar_filters()`` (the entry script's Filters), ``page_rows()``/``filtered()`` and
``export_button()``; the data work itself is in pure modules (``lib.store.corpus``, ``lib.views.*``,
``lib.store.tables``).

The sidebar filters are bound to the URL (``bind="query-params"``, keys in ``lib.views.querystate.PARAMS``) by the
entry script, so the binding belongs to the app, not one page: the URL is the truth on every load, page switches
keep it, Back/Forward restore it. Invalid link values are dropped from the URL with a notice (``_correct_url``), so
the notice always says what is applied. Untrusted text shown through markdown goes through ``md()``.

Example (a page):
    >>> # f = ui.sidebar_filters(tables); rows, skip = ui.page_rows(tables, "casualties", f, by_sentence=True)
    >>> # ui.export_button(rows, "casualties", table="casualties", f=f, ignore=skip)
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from lib.store import corpus
from lib.store.tables import dataset_zip, export_csv_bytes
from lib.views import guide, picker, pushdown, querystate
from lib.views.context import with_sentence_context
from lib.views.filters import (
    Filters,
    apply_filters,
    date_extent,
    describe,
    filter_options,
    ignored,
    labels,
    without,
)
from lib.views.filters import (
    filter_mask as filter_mask_of,
)
from lib.views.present import article_regions, md, selected_points, viewer_params  # noqa: F401 (pages: ui.x)

_MIN_DAY = dt.date(1900, 1, 1)
_MAX_DAY = dt.date(2100, 12, 31)
EAGER_EXPORT_ROWS = 20_000  # exports up to this many rows are built with the page, larger ones on click
_STATE = "_filters"  # session key: the Filters of the last sidebar run (used for export file names)
_NOTICES = "_url_notices"  # session key: notices about a link, kept across the rerun that corrected it


# The tables are cached as shared objects (``cache_resource``), not copied on every rerun as ``cache_data`` would:
# they are read-only everywhere (filters select rows, pages copy before adding columns; pandas copy-on-write
# keeps derived frames from writing through). The mentions are not among them: they stay in the store and are
# queried per view (``mention_count``, ``mention_rows``, ``mentions_of``; ``lib.store.frames``).
# Every cached step that can take seconds on a large store says what it does (never a function name).
@st.cache_resource(show_spinner="Loading the articles and their rows (seconds on a large store, once)…", max_entries=2)
def _load(version: str) -> dict:
    return corpus.load_app_tables(version)


def load_tables() -> dict:
    """{table: DataFrame} for the current corpus (all but the mentions, compact), cached until
    ``corpus.data_version()`` changes. Read-only."""
    return _load(corpus.data_version())


@st.cache_resource(max_entries=2, show_spinner="Opening the store…")
def _query(version: str):
    return corpus.store_query(version)


@st.cache_resource(max_entries=2, show_spinner="Listing the filter choices (factions, actors, places, outlets)…")
def _options(version: str) -> dict:
    tables, q = _load(version), _query(version)
    names = q.frame("SELECT DISTINCT kind, value, faction, '' AS mention_id FROM mentions")
    dates = q.frame("SELECT DISTINCT date_start, date_end FROM mentions")
    return {**filter_options({**tables, "mentions": names}), "extent": date_extent({**tables, "mentions": dates})}


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


def with_mentions_of(tables: dict, article_id: str) -> dict:  # what the article viewer highlights
    return {**tables, "mentions": mentions_of([article_id])}


# The pages, in navigation order: (file, title). The first is the default ("/"). No page icons: the browser
# shows a page's icon as the tab icon and would fetch a Material icon from Google's font CDN.
PAGES = (("app_pages/0_Overview.py", "Overview"),
         ("app_pages/1_Timeline.py", "Timeline"),
         ("app_pages/2_Mediator_map.py", "Mediator map"),
         ("app_pages/3_Casualties.py", "Casualties"),
         ("app_pages/4_Statements.py", "Statements"),
         ("app_pages/5_Articles.py", "Articles"),
         ("app_pages/6_Add_articles.py", "Add articles"))
NO_FILTERS = {"Add articles"}  # pages without the shared sidebar filters


def start_guide() -> None:
    """What each page is for and where the filters are (the Overview's "Where to start", ``lib.views.guide``)."""
    st.markdown(guide.start_markdown([title for _path, title in PAGES]))


# The tab icon is a local file: a Material icon as page_icon would make the browser fetch it from Google's font CDN.
APP_ICON = str(Path(__file__).resolve().parent.parent / "static" / "favicon.png")
_DRAWN = "_sidebar_drawn"  # session key: True while the entry script's filters serve the running page
_APP_PAGE = "_app_page"  # session key: the page the entry script is running (set up already)
_SEEDED: set[str] = set()


def run_app() -> None:
    """The entry script: navigation, first-start seeding with progress, shared sidebar filters, then the page.

    The filters are drawn before the page runs, by the entry script, so Streamlit binds them to the whole app:
    they stay in the URL across pages and Back/Forward restore what the URL says."""
    pages = [st.Page(path, title=title, default=i == 0) for i, (path, title) in enumerate(PAGES)]
    pg = st.navigation(pages)
    page_setup(pg.title)
    st.session_state[_DRAWN] = False
    try:
        st.session_state[_APP_PAGE] = pg.title
        seed_with_progress()
        if pg.title not in NO_FILTERS:
            sidebar_filters(load_tables())
            st.session_state[_DRAWN] = True
        pg.run()
    finally:
        st.session_state[_DRAWN] = False
        st.session_state[_APP_PAGE] = None


def seed_with_progress() -> None:
    """First start: ingest the seed articles saying what is happening (not a blank page): first the extractor's
    preparation (most of the wait: place and actor names, patterns), then a bar per article extracted."""
    from lib.store import db, opening, pipeline

    path = str(db.default_path())
    if path in _SEEDED:
        return
    store = db.Store(path)
    if not store.meta("seeded"):
        box = st.empty()
        with box.container():
            st.info("First start: adding the example articles to the store (once; about a minute on a busy machine)."
                    " Then the pages open.", icon=":material/hourglass_top:")
            bar = st.progress(0.0, text="Preparing the extractor: loading place names, actor names and patterns…")
            pipeline.warm_up()  # what extraction loads on first use; the extraction below reuses it

            def progress(done: int, total: int | None) -> None:
                bar.progress(min(1.0, done / max(total or 1, 1)), text=f"Extracted {done} of {total} article(s)…")

            bar.progress(0.0, text="Extracting the example articles (dates, places, actors, statements, casualties)…")
            opening.seed(store, progress=progress)
        box.empty()
    _SEEDED.add(path)


def page_setup(title: str, icon: str = APP_ICON) -> None:
    if st.session_state.get(_APP_PAGE) == title:
        return  # the entry script already set up this page in this run
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
    """Sidebar widgets (bound to the URL) -> Filters. Invalid URL values are ignored with a notice.

    Drawn once per run: when the entry script (``run_app``) has drawn them, a page gets the same Filters."""
    if st.session_state.get(_DRAWN):
        return current_filters()
    version = corpus.data_version()
    if tables is _load(version):
        opts = _options(version)
    else:
        opts = {**filter_options(tables), "extent": date_extent(tables)}
    raw = {k: st.query_params.get_all(k) for k in st.query_params if k in querystate.PARAMS}
    parsed, notices = querystate.from_params(raw, opts) if raw else (None, [])
    if notices and _correct_url(parsed, notices):
        st.rerun()  # the widgets are then drawn from the corrected URL: what is applied is what the notice says
    notices = notices + st.session_state.pop(_NOTICES, [])
    saved = st.session_state.get(_STATE)
    if (not raw and saved is not None and not saved.is_default() and not _history_navigation()
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
            st.warning(md(f"Link parameter {n}."), icon=":material/warning:")
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
        chosen["articles"] = _article_filter(tables, opts["articles"], parsed.articles if parsed else ())
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
    if lo and f != Filters() and ((f.date_to and f.date_to < lo) or (f.date_from and f.date_from > hi)):
        st.sidebar.info(f"The date range lies outside the data ({lo} to {hi}): nothing can match.",
                        icon=":material/event_busy:")
    return f


def _article_filter(tables: dict, valid: list[str], from_link) -> list[str]:
    """The sidebar's article filter. A store of at most ``picker.LIMIT`` articles lists every id; a larger one lists
    the matches of a search field (title, outlet, date or id; ``lib.views.picker``), at most ``LIMIT``, after the
    articles already chosen (in the link or picked before), so 100k ids are never sent to the browser."""
    arts = tables.get("articles")
    # No format_func: a bound widget writes its labels to the URL, and ids make stable links.
    kw = dict(key="article", bind="query-params", placeholder="All", help="Titles: see the Articles page.")
    if not picker.needs_search(0 if arts is None else len(arts)):
        return st.multiselect("Articles (id)", valid, **kw)
    listed, _ = article_matches(tables, keep=[*from_link, *(st.session_state.get("article") or ())],
                                key="article_find", what="articles")
    return st.multiselect("Articles (id)", listed, **kw)


def article_matches(tables: dict, within=None, keep=(), key: str = "doc_find",
                    what: str = "an article", reset: tuple[str, ...] = ()) -> tuple[list[str], dict[str, str]]:
    """(the ids an article picker lists, {id: label}): every article (of ``within``, a mask over the articles, when
    given) in a store of at most ``picker.LIMIT``; else a search field (``key``) and at most ``LIMIT`` matches, with
    a caption saying how many match. ``keep`` (the chosen ones) are always listed. Draw the picker with them.

    ``reset``: query parameters and widget keys dropped when the search changes (the viewer's open article and
    sentence, so the first match opens rather than the article that was open before the search)."""
    arts = tables["articles"]
    query = ""
    if picker.needs_search(len(arts)):
        query = st.text_input(f"Find {what}", key=key, max_chars=querystate.MAX_TEXT,
                              placeholder="Title, outlet, date or id", on_change=_forget, args=(reset,),
                              help="Lists the articles whose title, outlet, publication date or id hold every word.")
    found, total = picker.search(arts, query, article_haystack(tables) if query else None, within)
    if query or total > len(found):
        st.caption(picker.matches_note(total, len(found), query))
    ids = picker.options(found, keep)
    return ids, picker.labels(arts, ids)


def _forget(keys: tuple[str, ...]) -> None:
    """Drop these query parameters and widget states (a search field's change callback)."""
    for k in keys:
        set_param(k, None)
        st.session_state.pop(k, None)


def article_haystack(tables: dict):
    """``picker.haystack`` of the articles (cached per store version for the app's own tables)."""
    version = corpus.data_version()
    return _haystack(version) if tables is _load(version) else picker.haystack(tables.get("articles"))


@st.cache_resource(max_entries=2, show_spinner=False)
def _haystack(version: str):
    return picker.haystack(_load(version)["articles"])


def _correct_url(parsed: Filters, notices: list[str]) -> bool:
    """Replace the filter parameters of the URL by their valid part (``parsed``) and keep the notices for the
    next run; False when the URL cannot be written (the notices are then shown as they are)."""
    if st.session_state.get(_NOTICES):
        return False  # corrected once already: never loop
    try:
        for k in querystate.PARAMS:
            if k in st.query_params:
                del st.query_params[k]
        st.query_params.update(querystate.to_params(parsed))
    except Exception:  # noqa: BLE001 - a streamlit that refuses writing bound keys
        return False
    _restore(parsed)
    st.session_state[_NOTICES] = list(notices)
    return True


def from_url(param: str, widget_key: str, valid, default=None) -> None:
    """Before an unbound widget whose value lives in the URL under ``param`` (ids shown with their labels):
    when the URL's value is not the one this page last wrote (a shared link, Back/Forward), the URL wins.
    After the widget, call ``to_url(param, value)``."""
    url = st.query_params.get(param)
    if url == st.session_state.get(f"_url_{param}", None) and widget_key in st.session_state:
        return
    if url is not None and url not in valid:
        st.warning(md(f"Link parameter ignored {param}={url[:40]!r}: not in the current selection."),
                   icon=":material/warning:")
        url = None
    st.session_state[widget_key] = default if url is None else url


def to_url(param: str, value, default=None) -> None:
    """Write an unbound widget's value to the URL (removed when it is the default); see ``from_url``."""
    value = None if value == default or value in ("", None) else str(value)
    set_param(param, value)
    st.session_state[f"_url_{param}"] = value


def url_choice(key: str, labels: list[str], multi: bool = False) -> None:
    """Before a page's own URL-bound choice widget: a notice for each link value the widget will drop."""
    values = st.query_params.get_all(key) if multi else [v for v in [st.query_params.get(key)] if v is not None]
    for v in values:
        if v not in labels:
            shown = ", ".join(labels[:6]) + (", …" if len(labels) > 6 else "")
            st.warning(md(f"Link parameter ignored {key}={v[:40]!r}: not one of {shown or 'the choices here'}."),
                       icon=":material/warning:")


def _history_navigation() -> bool:
    """True when this run comes from the browser's Back/Forward: the URL then decides everything."""
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx()
    return bool(ctx is not None and getattr(ctx, "is_history_navigation", False))


@st.cache_resource(max_entries=16, show_spinner="Placing the venues on the map…")
def _venues(version: str, key: str, _rows):
    from lib.views import mapview

    return mapview.venues(_rows)


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


def int_param(key: str) -> int | None:
    """An integer query parameter, or None (with a notice) when it is missing or not a number."""
    v = st.query_params.get(key)
    if v in (None, ""):
        return None
    try:
        return int(v)
    except ValueError:
        st.warning(md(f"Link parameter ignored {key}={v[:40]!r}: not a number."), icon=":material/warning:")
        return None


def set_param(key: str, value) -> None:
    """Write (or remove, for None) a query parameter not bound to a widget."""
    if value is None:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != str(value):
        st.query_params[key] = str(value)


@st.cache_data(max_entries=64, show_spinner="Reading the article…")
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
        st.error(md(f"Cannot read the article: {e}"))
        return
    if not text:
        st.info("No text is stored for this article (see its status and error above).")
        return
    st.iframe(article_html(text, marks, regions, selected, height=height), height=height)
