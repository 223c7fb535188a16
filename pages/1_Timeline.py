"""Timeline page."""
import streamlit as st

from lib import ui

ui.page_setup("Timeline")
st.title("Timeline")
tables = ui.load_tables()
f = ui.sidebar_filters(tables)
rows = ui.filtered(tables["events"], f)
if not ui.no_rows(rows, "events"):
    st.dataframe(rows, hide_index=True, width="stretch")
ui.export_button(rows, "events", table="events")
