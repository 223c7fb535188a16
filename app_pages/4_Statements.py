"""Statements: how did each faction respond? One column per faction, a faction x stance matrix, and an export
of exactly the statements shown. Topic word and date range come from the shared sidebar filters."""
import streamlit as st

from lib import ui
from lib.views import compare, querystate

MAX_PER_COLUMN = 100

ui.page_setup("Statements")
st.title("Statements")
st.caption("Who said what, for which faction — each line links to the sentence it comes from. "
           "Use the sidebar for a topic word (Search sentences) or a date range; pick an event below to compare "
           "the reactions reported alongside it.")

tables = ui.load_tables("statements", "events")
f = ui.sidebar_filters(tables)
rows, skip = ui.page_rows(tables, "statements", f)

c1, c2 = st.columns([3, 1])
# at most MAX_CHOICES events offered (in date order), plus the one in the link or already chosen
offered = ui.event_choices(tables, f)
choices = compare.choice_labels(offered, compare.MAX_CHOICES,
                                keep=(st.query_params.get("event"), st.session_state.get("stmt_event")))
if len(offered) > compare.MAX_CHOICES:
    c1.caption(f"The event list offers the first {compare.MAX_CHOICES:,} of {len(offered):,} events in date order; "
               "narrow the sidebar's dates or filters to reach the others.")
ui.from_url("event", "stmt_event", choices, default="")  # ?event=<event id>: the chosen event is in the link
event_id = c1.selectbox("Event", [""] + list(choices), key="stmt_event",
                        format_func=lambda e: choices.get(e, "All events") if e else "All events",
                        help="Statements in the articles that report this event (and its other reports).")
ui.to_url("event", event_id, default="")
window = c2.number_input("Within ± days of the event (0 = any)", min_value=0, max_value=365, value=0, step=1,
                         key="within", bind="query-params", disabled=not event_id)
if event_id and rows is not None and len(rows):
    rows = compare.statements_for_event(rows, tables["events"], event_id, int(window) or None)

options = compare.factions_of(rows)
# An event picked: every faction that spoke about it; else the sidebar's factions, or the first two.
preset = [x for x in f.factions if x in options] or (options if event_id else options[:2])
# The sidebar's faction filter or a new event sets the columns; choices no longer available are dropped.
# The columns are in the URL (?compare=Hamas&compare=Israel): a link or Back/Forward restores them.
if (st.session_state.get("_stmt_sidebar_factions") != f.factions or "compare" not in st.session_state
        or st.session_state.get("_stmt_event") != event_id):
    st.session_state["compare"] = preset
else:
    st.session_state["compare"] = [x for x in st.session_state["compare"] if x in options]
st.session_state["_stmt_sidebar_factions"] = f.factions
st.session_state["_stmt_event"] = event_id
ui.url_choice("compare", options, multi=True)
chosen = st.multiselect("Factions to compare", options, key="compare", bind="query-params",
                        placeholder="Choose factions", help="One column per faction; a joint statement shows "
                                                              "in the column of each of its factions.")

if not ui.no_rows(rows, "statements"):
    st.subheader("Stance by faction")
    st.dataframe(compare.stance_matrix(rows), width="stretch", key="stance_matrix")

    columns = compare.by_faction(rows, chosen, limit=MAX_PER_COLUMN)
    shown = compare.shown_frame(columns, tables.get("articles"),
                                link=lambda a, s: querystate.viewer_link(a, s, f))

    if chosen:
        st.subheader("Side by side")
        cols = st.columns(len(chosen))
        for col, faction in zip(cols, chosen, strict=True):
            mine = shown[shown["column"] == faction] if len(shown) else shown
            with col:
                st.markdown(f"#### {ui.md(faction)}")
                st.caption(f"{len(mine)} statement{'s' if len(mine) != 1 else ''}"
                           + (f" (first {MAX_PER_COLUMN})" if len(mine) >= MAX_PER_COLUMN else ""))
                for r in mine.itertuples():
                    with st.container(border=True):
                        st.text(f"“{r.quote}”")  # plain text: a URL, markup or formula in a quote stays text
                        who = getattr(r, "who", r.speaker) + (f" ({r.speaker_title})" if r.speaker_title else "")
                        st.text(f"{who} · {r.date or 'undated'} · {r.outlet or '?'} · {r.kind}, {r.stance}")
                        st.markdown(f"[sentence ↗]({r.link})")  # our own link to the viewer
    else:
        st.info("Choose factions above to see their statements side by side.", icon=":material/compare_arrows:")

    ui.export_button(shown, "statements_compare", label="Export shown statements (CSV)", table="statements",
                     f=f, ignore=skip)
