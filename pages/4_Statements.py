"""Statements page."""
import streamlit as st

from lib import ui

ui.page_setup("Statements")
st.title("Statements")
tables = ui.load_tables()
f = ui.sidebar_filters(tables)
rows = ui.filtered(tables["statements"], f)
st.dataframe(rows, hide_index=True, width="stretch")
ui.export_button(rows, "statements")
