"""Overview: the loaded articles, counts of every table, and downloads of the whole data set."""
import streamlit as st

from lib import ui

ui.page_setup("Overview")
st.title("Diplomacy Timeline")
st.caption("News articles about Middle East diplomacy as a sourced, filterable record: every row links to its sentence.")
ui.start_guide()

tables = ui.load_tables()
f = ui.sidebar_filters(tables)
arts = tables["articles"]
cols = st.columns(5)
for col, name in zip(cols, ["articles", "events", "statements", "casualties", "mentions"], strict=True):
    # The count each page shows under the same filters (by default captions and boilerplate are hidden, as on
    # every page); what the store holds in all is said beside it when it differs.
    if name == "mentions":  # kept in the store: counted there, with the filters pushed down
        shown, total = ui.mention_count(f), ui.row_count("mentions")
    else:
        # counted in the store when the page has not read the table (a large store's first paint: articles only)
        shown, total = ui.shown_count(tables, name, f, by_sentence=name == "casualties"), ui.row_count(name)
    col.metric(name.capitalize(), shown, delta=None if shown == total else f"{total} stored in all",
               delta_color="off", delta_arrow="off",
               help="Rows the pages show with the current sidebar filters; the store's total is below when the "
                    "filters (including 'Hide captions and boilerplate') leave some out.")

errors = arts[arts["status"] != "ok"]
if len(errors):
    st.subheader("Articles with problems")
    st.dataframe(errors[["article_id", "path", "status", "error"]], hide_index=True, width="stretch")

st.subheader("Articles")
shown_arts, skip = ui.page_rows(tables, "articles", f)
if not ui.no_rows(shown_arts, "articles"):
    ui.article_table(shown_arts, ["article_id", "outlet", "title", "published", "published_basis", "status",
                                  "n_sentences"], f)
ui.export_button(shown_arts, "articles", table="articles", f=f, ignore=skip)

st.subheader("Download")
ui.dataset_buttons()
