"""The app's shell: the navigation, first-start seeding with progress, page set-up and the shared filters drawn
before each page.

Example (``app.py``):
    >>> # from lib import ui; ui.run_app()
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from lib.ui.data import load_tables
from lib.ui.sidebar import _DRAWN, sidebar_filters
from lib.views import guide

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
APP_ICON = str(Path(__file__).resolve().parents[2] / "static" / "favicon.png")

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


