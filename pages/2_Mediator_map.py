"""Mediator map page."""
import streamlit as st

from lib import ui

ui.page_setup("Mediator map")
st.title("Mediator map")
tables = ui.load_tables()
f = ui.sidebar_filters(tables)
rows = ui.filtered(tables["events"], f)
st.dataframe(rows, hide_index=True, width="stretch")
ui.export_button(rows, "events")
