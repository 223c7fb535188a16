"""Mediator map: where meetings and visits happen, how often, when and between whom (offline base map)."""
import streamlit as st

from lib import ui
from lib.views import mapview

ui.page_setup("Mediator map")
st.title("Mediator map")
st.caption("Venues of meetings, talks and visits. Marker size = number of meetings; hover for dates, participants "
           "and the source sentence; click or lasso points to list their events. The base map is served locally.")

tables = ui.load_tables()
f = ui.sidebar_filters(tables)
events = ui.filtered(tables["events"], f)
ev = mapview.venue_events(events)
fallback = ev.empty
if fallback:
    v = mapview.place_venues(ui.filtered(tables["mentions"], f))
else:
    v = mapview.venues(ev)

c1, c2, c3 = st.columns([2, 2, 3])
by = c1.radio("Colour by", ["host", "faction"], horizontal=True, key="map_colour",
              format_func=lambda s: {"host": "Host", "faction": "Faction"}[s])
view = c2.radio("View", ["all", "by month"], horizontal=True, key="map_view",
                format_func=lambda s: {"all": "All (select)", "by month": "Month by month"}[s],
                help="Month by month: a slider and a play button step through the months with meetings.")
c3.metric("Venues", len(v), delta=f"{int(v['n'].sum()) if len(v) else 0} meetings/visits", delta_color="off")

if fallback:
    st.info("No meeting or visit with a venue matches the filters; showing the places the articles name instead.",
            icon="🗺️")
if view == "by month" and not fallback and len(ev):
    st.plotly_chart(mapview.animated_figure(ev, by), config=mapview.TOPOJSON_CONFIG, key="venue_map_anim")
    chosen = []
else:
    state = st.plotly_chart(mapview.map_figure(v, by), config=mapview.TOPOJSON_CONFIG, key="venue_map",
                            on_select="rerun", selection_mode=("points", "box", "lasso"))
    chosen = mapview.selected_venues(state)

st.subheader("Venues")
if not ui.no_rows(v, "venues"):
    st.dataframe(v[["location", "country_code", "n", "n_planned", "first_date", "last_date", "participants",
                    "hosts"]], hide_index=True, width="stretch",
                 column_config={"n": st.column_config.NumberColumn("meetings"),
                                "n_planned": st.column_config.NumberColumn("planned")})

if not fallback:
    rows = mapview.events_at(ev, chosen)
    st.subheader(f"Events at {', '.join(k.split('@')[0] for k in chosen)}" if chosen else "All meetings and visits")
    cols = [c for c in ("date", "event_type", "status", "location", "actors", "host", "sentence", "article_id")
            if c in rows.columns]
    st.dataframe(ui.capped(rows[cols], "events"), hide_index=True, width="stretch")
    ui.export_button(rows, "venues_events", table="events")
