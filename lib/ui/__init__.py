"""The streamlit layer of ``lib``: cached tables and widgets shared by every page (the only package that imports
streamlit; ``tests/test_layers.py``).

``app.py`` calls ``run_app()``: the navigation (``st.navigation``; the first page is "Overview"), first-start
seeding with a progress bar, the shared sidebar filters, then the page. Pages call ``page_setup()``,
``load_tables()``, ``sidebar_filters()`` (the entry script's Filters), ``page_rows()``/``filtered()`` and
``export_button()``; the data work itself is in pure modules (``lib.store.corpus``, ``lib.views.*``,
``lib.store.tables``).

Modules: ``data`` (cached tables and store queries), ``shell`` (navigation, seeding, page set-up), ``sidebar`` (the
URL-bound filters and article pickers), ``urlstate`` (page choices kept in the URL), ``widgets`` (rows, empty
states, tables, exports, the article viewer). Pages use them through this package: ``ui.<name>``.

Example (a page):
    >>> # f = ui.sidebar_filters(tables); rows, skip = ui.page_rows(tables, "casualties", f, by_sentence=True)
    >>> # ui.export_button(rows, "casualties", table="casualties", f=f, ignore=skip)
"""
from __future__ import annotations

from lib.ui.data import (  # noqa: F401 (pages: ui.x)
    article_rows,
    casualty_summary,
    event_choices,
    filter_mask,
    filtered,
    load_tables,
    mention_count,
    mention_rows,
    mentions_of,
    row_count,
    venues,
)
from lib.ui.shell import APP_ICON, NO_FILTERS, PAGES, page_setup, run_app, seed_with_progress, start_guide  # noqa: F401
from lib.ui.sidebar import article_haystack, article_matches, current_filters, sidebar_filters  # noqa: F401
from lib.ui.urlstate import from_url, int_param, set_param, to_url, url_choice  # noqa: F401
from lib.ui.widgets import (  # noqa: F401
    EAGER_EXPORT_ROWS,
    EVENT_COLUMN_CONFIG,
    article_table,
    article_viewer,
    capped,
    dataset_buttons,
    export_button,
    no_rows,
    page_rows,
    shown_count,
)
from lib.views.present import article_regions, md, selected_points, viewer_params  # noqa: F401 (pages: ui.x)
