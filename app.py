"""Diplomacy Timeline: the entry point. It declares the pages (``st.navigation``, so the first one shows as
"Overview"), loads the tables and draws the shared sidebar filters, then runs the chosen page.

The filters are drawn here, in the entry script, so their URL binding belongs to the whole app rather than to
one page: switching pages keeps them in the address bar, and Back/Forward restore exactly what the URL says.
Run: ``streamlit run app.py``.
"""
from lib import ui

ui.run_app()
