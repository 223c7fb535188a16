"""Page choices that live in the URL but are not bound widgets: read before the widget, written after it.

Example (a page):
    >>> # ui.from_url("doc", "doc_pick", ids); pick = st.selectbox(..., key="doc_pick"); ui.to_url("doc", pick)
"""
from __future__ import annotations

import streamlit as st

from lib.views.present import md


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


