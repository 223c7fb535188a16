"""Articles page."""
import streamlit as st

from lib import ui

ui.page_setup("Articles")
st.title("Articles")
tables = ui.load_tables()
f = ui.sidebar_filters(tables)
rows = ui.filtered(tables["articles"], f)
if not ui.no_rows(rows, "articles"):
    st.dataframe(rows, hide_index=True, width="stretch")
ui.export_button(rows, "articles", table="articles")
