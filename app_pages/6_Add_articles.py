"""Add articles: upload files (or a .zip) or paste text; they are stored, extracted and shown."""
import pandas as pd
import streamlit as st

from lib import ui
from lib.models import TABLES
from lib.store import db, opening, sources
from lib.store.loader import MAX_BYTES
from lib.views import uploads as uploads_view

ui.page_setup("Add articles")
st.title("Add articles")
st.caption(
    f"Articles you add are kept in the store ({db.default_path().name}) with their original bytes, then extracted. "
    f"Limits: .txt, .md or .html files (or a .zip of them), up to {MAX_BYTES // 2**20} MB each, "
    f"{sources.MAX_FILES} articles and {sources.MAX_ZIP_BYTES // 2**20} MB per .zip, {sources.MAX_TOTAL_BYTES // 2**20} MB per "
    "upload. The same content is never stored twice. A file that cannot be read is reported and the others still "
    "go in.")

if opening.refreshing():
    st.info("The extractor changed: stored articles are being re-extracted in the background. New rows appear "
            "on the other pages as each batch is done.", icon=":material/autorenew:")

META_COLUMNS = ["outlet", "title", "url", "published"]
RESULT = "_add_result"
REMOVED = "_removed"


def run_ingest(sources: list) -> None:
    """Store and extract ``sources`` with a progress bar; keep the report for display after reruns."""
    bar = st.progress(0.0, text=f"Adding {len(sources)} article(s)…")

    def progress(done: int, total: int | None) -> None:
        bar.progress(min(1.0, done / max(total or 1, 1)), text=f"Added {done} of {total} article(s)…")

    try:
        report = opening.open_store(refresh=False).ingest(sources, batch=8, progress=progress, total=len(sources))
    except db.StoreBusy as exc:
        bar.empty()
        st.error(ui.md(f"The store is busy: {exc}"))
        return
    bar.empty()
    st.session_state[RESULT] = report


def show_problems(n_ok: int, problems: list[tuple[str, str]]) -> None:
    """One summary and one table per kind of problem (names are shown as text, never as markdown)."""
    if not problems:
        return
    st.warning(uploads_view.summary(n_ok, problems, sources.MAX_FILES), icon=":material/rule:")
    for heading, rows in uploads_view.group(problems):
        with st.expander(f"{heading}: {len(rows):,} file(s)"):
            st.dataframe(pd.DataFrame(rows, columns=["file", "why"]), hide_index=True, width="stretch")


def show_result() -> None:
    report = st.session_state.get(RESULT)
    if report is None:
        return
    st.subheader("Result")
    st.success(report.summary(), icon=":material/check_circle:")
    notes = [{"file": r.name or r.article_id, "article id": r.article_id, "outcome": r.outcome,
              "status": r.status, "note": (f"already in the store as {r.duplicate_of}" if r.outcome == "duplicate"
                                           else "another article had the id; stored under a new one"
                                           if r.outcome == "renamed" else "") + (f" {r.error}" if r.error else "")}
             for r in report.results if r.outcome != "added" or r.status in ("error", "warning")]
    if notes:
        with st.expander(f"Notes on {len(notes)} file(s)", expanded=len(notes) <= 10):
            st.dataframe(pd.DataFrame(notes), hide_index=True, width="stretch")
    added = list(report.added)
    ids = added or [r.duplicate_of for r in report.results if r.duplicate_of]
    if added:
        if st.button(f"Undo: remove the {len(added)} article(s) this upload added", key="undo_upload",
                     icon=":material/undo:"):
            remove(added)
            st.session_state.pop(RESULT, None)
            st.rerun()
    if not ids:
        return
    tables = ui.load_tables()
    arts = tables["articles"][tables["articles"]["article_id"].isin(ids)]
    # each added article opens in the viewer (a newcomer's next step: see what was extracted from it)
    ui.article_table(arts, ["article_id", "outlet", "title", "published", "published_basis", "status", "error",
                            "n_sentences"])
    tables = ui.article_rows(tables, ids)  # these articles' rows only (from the store when not read)
    counts = {name: int(tables[name]["article_id"].isin(ids).sum()) for name in TABLES if name != "articles"}
    cols = st.columns(len(counts))
    for col, (name, n) in zip(cols, counts.items(), strict=True):
        col.metric(f"New {name}", n)
    for name in ("events", "statements", "casualties", "mentions"):
        rows = tables[name][tables[name]["article_id"].isin(ids)]
        if len(rows):
            with st.expander(f"{name.capitalize()} ({len(rows)})", expanded=name == "events"):
                st.dataframe(rows, hide_index=True, width="stretch")


def remove(ids: list[str]) -> None:
    """Delete articles and every row taken from them; say so once."""
    try:
        db.Store().delete(list(ids))
    except db.StoreBusy as exc:
        st.error(ui.md(f"The store is busy: {exc}"))
        return
    st.session_state[REMOVED] = len(ids)


upload_tab, paste_tab = st.tabs(["Upload files", "Paste text"])

with upload_tab:
    files = st.file_uploader("Article files", type=list(sources.UPLOAD_TYPES), accept_multiple_files=True,
                             key="upload_files",
                             help="Select one or many .txt, .md or .html files, or a .zip archive of them. Files of "
                                  "other types (.pdf, .docx ...) are refused here, shown in red and not counted "
                                  "below: save them as text or HTML first.")
    if files:
        uploads, refused = sources.expand_uploads([(f.name, f.getvalue()) for f in files])
        uploads, unfit = uploads_view.check(uploads)  # empty, binary, unsafe zip paths: refused before Add
        show_problems(len(uploads), refused + unfit)
        if uploads:
            st.write(f"{len(uploads)} article(s) ready. Check the metadata (read from HTML pages when present); "
                     "blank fields are read from the text.")
            with st.form("upload_meta"):
                if len(uploads) == 1:
                    pre = uploads[0].meta
                    meta = [{c: st.text_input(c.capitalize(), value=pre.get(c, ""), key=f"meta_{c}",
                                              help="YYYY-MM-DD, YYYY-MM or YYYY" if c == "published" else None)
                             for c in META_COLUMNS}]
                else:
                    grid = pd.DataFrame([{"file": u.name, **{c: u.meta.get(c, "") for c in META_COLUMNS}}
                                         for u in uploads])
                    edited = st.data_editor(grid, hide_index=True, disabled=["file"], key="meta_grid",
                                            width="stretch")
                    meta = [{c: r.get(c, "") for c in META_COLUMNS} for r in edited.to_dict("records")]
                submitted = st.form_submit_button(f"Add {len(uploads)} article(s)", type="primary")
            if submitted:
                for u, m in zip(uploads, meta, strict=True):  # a findable title: given, HTML title, first line
                    m["title"] = uploads_view.default_title(u.raw, u.fmt, m.get("title") or u.meta.get("title", ""))
                run_ingest(sources.upload_sources(uploads, meta))

with paste_tab:
    with st.form("paste", clear_on_submit=False):
        text = st.text_area("Article text", height=240, key="paste_text",
                            help=f"Plain text, up to {MAX_BYTES // 2**20} MB.")
        c1, c2 = st.columns(2)
        p_title = c1.text_input("Title", key="paste_title")
        p_outlet = c2.text_input("Outlet", key="paste_outlet")
        p_url = c1.text_input("URL", key="paste_url")
        p_published = c2.text_input("Published", key="paste_published", help="YYYY-MM-DD, YYYY-MM or YYYY")
        pasted = st.form_submit_button("Add text", type="primary")
    if pasted:
        if not text.strip():
            st.error("Paste the article text first.")
        elif len(text.encode("utf-8")) > MAX_BYTES:
            st.error(f"The text is over {MAX_BYTES // 2**20} MB; the limit is {MAX_BYTES // 2**20} MB per article.")
        else:
            title = p_title.strip() or uploads_view.first_line_title(text)
            run_ingest([sources.paste_source(text, {"title": title, "outlet": p_outlet, "url": p_url,
                                                "published": p_published})])

show_result()

st.subheader("Remove articles")
st.caption("Removes the articles and every row taken from them (events, statements, casualties, mentions) from "
           "the store. The same is available as `python -m lib delete ID ...`.")
if st.session_state.get(REMOVED):
    st.success(f"Removed {st.session_state.pop(REMOVED)} article(s).", icon=":material/delete:")
# Every article on a small store; on a large one a search (title, outlet, date or id) lists at most picker.LIMIT,
# after those already picked (outside the form, so typing narrows the list at once).
ids, labels = ui.article_matches(ui.load_tables(), keep=st.session_state.get("remove_ids") or (),
                                 key="remove_find", what="articles to remove")
with st.form("remove"):
    doomed = st.multiselect("Articles to remove", ids, format_func=lambda a: labels.get(a, a),
                            placeholder="Search by title, outlet or id", key="remove_ids")
    sure = st.checkbox("Yes, remove them from the store", key="remove_sure")
    go = st.form_submit_button("Remove", icon=":material/delete:")
if go:
    if not doomed:
        st.warning("Choose the articles to remove first.")
    elif not sure:
        st.warning("Tick the confirmation box to remove them.")
    else:
        remove(doomed)
        st.rerun()
