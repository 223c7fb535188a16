"""Mediator map: where meetings and visits happen, how often, when and between whom (offline base map)."""
import streamlit as st

from lib import ui
from lib.views import mapview, querystate

ui.page_setup("Mediator map")
st.title("Mediator map")
st.caption("Venues of meetings, talks and visits. Marker size = number of meetings; hover for dates, participants "
           "and the source sentence; click or lasso points to list their events. The base map is served locally.")

tables = ui.load_tables("events")
f = ui.sidebar_filters(tables)
events = ui.filtered(tables["events"], f)
ev = mapview.venue_events(events)
fallback = ev.empty
if fallback:
    named = ui.mention_rows(f, where="t.kind = 'place'")
    places = mapview.venue_events(mapview.place_rows(named))  # the rows the map and table count (exported below)
    v = ui.venues(places, f, "places")
else:
    v = ui.venues(ev, f)

c1, c2, c3 = st.columns([2, 2, 3])
# The page's own choices live in the URL too (?colour=Faction&map_view=Month+by+month): labels are the options.
COLOURS = {"Faction": "faction", "Host": "host"}
VIEWS = {"All (select)": "all", "Month by month": "by month"}
ui.url_choice("colour", list(COLOURS))
ui.url_choice("map_view", list(VIEWS))
by = COLOURS[c1.radio("Colour by", list(COLOURS), horizontal=True, key="colour", bind="query-params",
                      help="Faction: the factions taking part. Host: the host country, where the article names it.")]
view = VIEWS[c2.radio("View", list(VIEWS), horizontal=True, key="map_view", bind="query-params",
                      help="Month by month: a slider and a play button step through the months with meetings.")]
# In the fallback the points are places named, counted in mentions: every label says so.
what = ("Places named", "mentions", "Places named in the articles", "places") if fallback else \
    ("Venues", "meetings/visits", "Venues", "venues")
c3.metric(what[0], len(v), delta=f"{int(v['n'].sum()) if len(v) else 0} {what[1]}", delta_color="off",
          delta_arrow="off")  # a count, not a change: no arrow

if fallback and len(v):  # when no place matches either, the empty state below says so once
    st.info("No meeting or visit with a venue matches the filters; showing the places the articles name instead.",
            icon=":material/map:")
if view == "by month" and not fallback and len(ev):
    months = mapview.month_count(ev)
    if months > mapview.MAX_MONTHS:
        st.caption(f"Month by month steps through the latest {mapview.MAX_MONTHS} of {months:,} months with "
                   "meetings; narrow the sidebar's date range to step through earlier ones.")
    st.plotly_chart(mapview.animated_figure(ev, by), config=mapview.TOPOJSON_CONFIG, key="venue_map_anim")
    chosen = []
else:
    if len(v) > mapview.MAX_VENUES:
        st.caption(f"The map shows the {mapview.MAX_VENUES:,} busiest {what[3]} of {len(v):,}; the table below "
                   "lists them all. Narrow the sidebar's filters to map the others.")
    state = st.plotly_chart(mapview.map_figure(v.head(mapview.MAX_VENUES), by), config=mapview.TOPOJSON_CONFIG, key="venue_map",
                            on_select="rerun", selection_mode=("points", "box", "lasso"))
    chosen = mapview.selected_venues(state)

# The chosen venues are a URL-bound list too (?venue=Cairo): a selection on the map fills it.
names = {} if fallback or not len(v) else {str(loc): str(key) for loc, key in zip(v["location"], v["venue"],
                                                                                    strict=True)}
if chosen != st.session_state.get("_map_selection", []):
    st.session_state["venue"] = [n for n, k in names.items() if k in chosen]
st.session_state["_map_selection"] = chosen
ui.url_choice("venue", list(names), multi=True)
picked = st.multiselect("Chosen venues", list(names), key="venue", bind="query-params",
                        placeholder="All venues (or select them on the map)", disabled=not names)
chosen = [names[n] for n in picked if n in names]

st.subheader(what[2])
if not ui.no_rows(v, "meetings, visits or places named" if fallback else what[3]):
    st.dataframe(v[["location", "country_code", "n", "n_planned", "first_date", "last_date", "participants",
                    "hosts"]], hide_index=True, width="stretch",
                 column_config={"n": st.column_config.NumberColumn(what[1].split("/")[0]),
                                "n_planned": st.column_config.NumberColumn("planned")})

if not fallback:
    rows = mapview.events_at(ev, chosen)
    st.subheader(ui.md(f"Events at {', '.join(k.split('@')[0] for k in chosen)}") if chosen
                 else "All meetings and visits")
    cols = [c for c in ("date", "source", "event_type", "status", "location", "actors", "host", "sentence",
                        "article_id") if c in rows.columns or c == "source"]
    shown = rows.assign(source=querystate.viewer_links(rows["article_id"].tolist(), rows["start"].tolist(), f))
    st.dataframe(ui.capped(shown[cols], "events"), hide_index=True, width="stretch",
                 column_config={"source": st.column_config.LinkColumn("source", display_text="open sentence")})
    ui.export_button(rows, "venues_events", table="events")
else:  # the fallback's rows are the place mentions counted above: they are what the page shows
    ui.export_button(named.loc[places.index], "places_named", table="mentions", f=f)
