"""Statements: how did each faction respond? One column per faction, a faction x stance matrix, and an export
of exactly the statements shown. Topic word and date range come from the shared sidebar filters."""
import re

import streamlit as st

from lib import ui
from lib.views import compare, querystate

MAX_PER_COLUMN = 100

ui.page_setup("Statements")
st.title("Statements")
st.caption("Who said what, for which faction — each line links to the sentence it comes from. "
           "Use the sidebar for a topic word (Search sentences) or a date range; pick an event below to compare "
           "the reactions reported alongside it.")

tables = ui.load_tables()
f = ui.sidebar_filters(tables)
rows = ui.filtered(tables["statements"], f)
events = ui.filtered(tables["events"], f)

c1, c2 = st.columns([3, 1])
choices = compare.event_choices(events)
event_id = c1.selectbox("Event", [""] + list(choices), key="stmt_event",
                        format_func=lambda e: choices.get(e, "All events") if e else "All events",
                        help="Statements in the articles that report this event (and its other reports).")
window = c2.number_input("Within ± days of the event (0 = any)", min_value=0, max_value=365, value=0, step=1,
                         key="stmt_window", disabled=not event_id)
if event_id and rows is not None and len(rows):
    rows = compare.statements_for_event(rows, tables["events"], event_id, int(window) or None)

options = compare.factions_of(rows)
preset = [x for x in f.factions if x in options] or options[:2]
# the sidebar's faction filter sets the columns whenever it changes; choices no longer available are dropped
if st.session_state.get("_stmt_sidebar_factions") != f.factions or "compare_factions" not in st.session_state:
    st.session_state["compare_factions"] = preset
else:
    st.session_state["compare_factions"] = [x for x in st.session_state["compare_factions"] if x in options]
st.session_state["_stmt_sidebar_factions"] = f.factions
chosen = st.multiselect("Factions to compare", options, key="compare_factions",
                        placeholder="Choose factions", help="One column per faction; a joint statement shows "
                                                              "in the column of each of its factions.")

if not ui.no_rows(rows, "statements"):
    st.subheader("Stance by faction")
    st.dataframe(compare.stance_matrix(rows), width="stretch", key="stance_matrix")

    columns = {k: v.head(MAX_PER_COLUMN) for k, v in compare.by_faction(rows, chosen).items()}
    shown = compare.shown_frame(columns, tables.get("articles"),
                                link=lambda a, s: querystate.viewer_link(a, s, f))

    def esc(text: str) -> str:
        return re.sub(r"([\\`*_{}\[\]<>#|$~])", r"\\\1", str(text or ""))

    if chosen:
        st.subheader("Side by side")
        cols = st.columns(len(chosen))
        for col, faction in zip(cols, chosen, strict=True):
            mine = shown[shown["column"] == faction] if len(shown) else shown
            with col:
                st.markdown(f"#### {esc(faction)}")
                st.caption(f"{len(mine)} statement{'s' if len(mine) != 1 else ''}"
                           + (f" (first {MAX_PER_COLUMN})" if len(mine) >= MAX_PER_COLUMN else ""))
                for r in mine.itertuples():
                    with st.container(border=True):
                        st.markdown(f"> {esc(r.quote)}")
                        who = f"**{esc(getattr(r, 'who', r.speaker))}**" + (f" ({esc(r.speaker_title)})" if r.speaker_title else "")
                        st.markdown(f"{who} · {esc(r.date) or 'undated'} · {esc(r.outlet) or '?'} · "
                                    f"{r.kind}, {r.stance} · [sentence ↗]({r.link})")
    else:
        st.info("Choose factions above to see their statements side by side.", icon="↔️")

    ui.export_button(shown, "statements_compare", label="Export shown statements (CSV)", table="statements")
