"""Articles: the list of articles and a viewer with every extracted mention highlighted in the original text."""
import streamlit as st

from lib import ui
from lib.views import viewer

ui.page_setup("Articles")
st.title("Articles")
tables = ui.load_tables()
f = ui.sidebar_filters(tables)
arts = tables["articles"]
rows, skip = ui.page_rows(tables, "articles", f)

doc = None
if not ui.no_rows(arts, "articles"):
    wanted = st.query_params.get("doc")
    if wanted is not None and not (arts["article_id"] == wanted).any():
        st.warning("Link parameter ignored: the article in the link is not in the data.", icon=":material/warning:")
        wanted = None
    # The articles the filters keep, found by a word of their title, outlet, date or id on a large store (at most
    # picker.LIMIT listed, never every id); the link's article is always among them.
    within = arts["article_id"].isin(rows["article_id"]).to_numpy() if len(rows) < len(arts) else None
    # A new search drops the open article (and sentence) from the link: its first match opens.
    ids, labels = ui.article_matches(tables, within, keep=[wanted] if wanted else [], reset=("doc", "at", "doc_pick"))
    doc = None if not ids else st.selectbox("Article", ids, index=ids.index(wanted) if wanted in ids else 0,
                                            format_func=lambda a: labels.get(a, a), key="doc_pick",
                                            help="Type part of a title, an outlet or an article id to find it.")
    if doc is None:
        st.info("No article matches the filters and the search.", icon=":material/search:")
if doc is not None:
    ui.set_param("doc", doc)  # ?doc=<article id>: a link to this article (not bound: labels are not ids)
    meta = arts[arts["article_id"] == doc].iloc[0]
    at = ui.int_param("at")
    if st.session_state.get("_viewer_doc", doc) != doc:  # another article picked: the old sentence is gone
        at = None
    st.session_state["_viewer_doc"] = doc
    doc_tables = ui.article_rows(tables, [doc])  # this article's rows only (from the store when not read)
    sentences = viewer.article_sentences(doc_tables, doc)
    choices = dict(viewer.sentence_choices(sentences))
    if at is not None and at not in choices:
        st.warning("The sentence in the link is not in this article; showing the article from the top.")
        at = None
    at = st.selectbox("Jump to sentence", [None, *choices], index=0 if at is None else [None, *choices].index(at),
                      format_func=lambda s: "(top of the article)" if s is None else choices[s], key=f"at_{doc}")
    ui.set_param("at", at)
    c1, c2, c3, c4 = st.columns(4)
    # Metric values are markdown: the article's own metadata is untrusted, so it is made inert (ui.md).
    c1.metric("Outlet", ui.md(meta["outlet"]) or "–")
    c2.metric("Published", ui.md(meta["published"]) or "unknown", delta=f"basis: {ui.md(meta['published_basis'])}",
              delta_color="off", delta_arrow="off")
    c3.metric("Encoding", ui.md(meta["encoding"]) or "–")
    c4.metric("Status", ui.md(meta["status"]), delta=ui.md(meta["error"]) or None, delta_color="off",
              delta_arrow="off")
    if meta["url"]:
        st.text(f"Source: {meta['url']}")  # untrusted: shown as text, not a link
    ui.article_viewer(doc, viewer.article_marks(doc_tables, doc),
                      ui.article_regions(doc_tables, doc), viewer.sentence_span(doc_tables, doc, at))

st.subheader("Article list")
if not ui.no_rows(rows, "articles"):
    ui.article_table(rows, ["article_id", "outlet", "title", "published", "published_basis", "encoding", "status",
                            "error", "n_sentences"], f)
ui.export_button(rows, "articles", table="articles", f=f, ignore=skip)
