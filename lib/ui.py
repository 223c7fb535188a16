"""The one ``lib`` module that imports streamlit: cached tables and widgets shared by every page.

Pages call ``load_tables()``, ``sidebar_filters()``, ``export_button()``; the data work itself is in pure
modules (``lib.corpus``, ``lib.filters``, ``lib.tables``).
"""
from __future__ import annotations

import streamlit as st

from lib import corpus
from lib.filters import Filters, apply_filters
from lib.tables import frame_to_csv_bytes


@st.cache_data(show_spinner="Loading articles…", max_entries=2)
def _load(version: str) -> dict:
    return corpus.load_tables(version)


def load_tables() -> dict:
    """{table: DataFrame} for the current corpus, cached until ``corpus.data_version()`` changes."""
    return _load(corpus.data_version())


def page_setup(title: str, icon: str = "🕊️") -> None:
    st.set_page_config(page_title=f"{title} · Diplomacy Timeline", page_icon=icon, layout="wide")


def sidebar_filters(tables: dict) -> Filters:
    """Sidebar widgets -> Filters."""
    with st.sidebar:
        st.header("Filters")
        text = st.text_input("Search sentences", key="f_text")
        hide = st.checkbox("Hide captions and boilerplate", value=True, key="f_hide")
    return Filters(text=text, hide_non_body=hide)


def filtered(df, f: Filters):
    return apply_filters(df, f)


def export_button(df, name: str, label: str = "Export CSV", key: str | None = None) -> None:
    """A download button with exactly ``df``'s rows, spreadsheet-safe."""
    st.download_button(label, data=frame_to_csv_bytes(df), file_name=f"{name}.csv", mime="text/csv",
                       key=key or f"export_{name}", disabled=df is None)
