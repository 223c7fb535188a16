"""The shared sidebar filters, bound to the URL, and the article pickers (a search field on a large store).

The filters are bound to the URL (``bind="query-params"``, keys in ``lib.views.querystate.PARAMS``) by the entry
script, so the binding belongs to the app, not one page: the URL is the truth on every load, page switches keep it,
Back/Forward restore it. Invalid link values are dropped from the URL with a notice (``_correct_url``), so the notice
always says what is applied.

Example (a page):
    >>> # f = ui.sidebar_filters(ui.load_tables())  # the Filters the entry script drew for this run
"""
from __future__ import annotations

import datetime as dt

import streamlit as st

from lib.store import corpus
from lib.ui.data import _load, _options, article_haystack
from lib.ui.urlstate import set_param
from lib.views import picker, querystate
from lib.views.filters import Filters, date_extent, filter_options
from lib.views.present import md

_MIN_DAY = dt.date(1900, 1, 1)
_MAX_DAY = dt.date(2100, 12, 31)
_STATE = "_filters"  # session key: the Filters of the last sidebar run (used for export file names)
_NOTICES = "_url_notices"  # session key: notices about a link, kept across the rerun that corrected it
_DRAWN = "_sidebar_drawn"  # session key: True while the entry script's filters serve the running page


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



def _history_navigation() -> bool:
    """True when this run comes from the browser's Back/Forward: the URL then decides everything."""
    from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

    ctx = get_script_run_ctx()
    return bool(ctx is not None and getattr(ctx, "is_history_navigation", False))

