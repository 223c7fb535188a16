"""Timeline: events in swimlanes by faction or type; click an event to open its sentence in the article viewer."""
import streamlit as st

from lib import ui
from lib.views import timeline

ui.page_setup("Timeline")
st.title("Timeline")
tables = ui.load_tables("events")
f = ui.sidebar_filters(tables)
rows = ui.filtered(tables["events"], f)
arts = tables["articles"]

# Bound widgets put their *labels* in the URL (?lane=Event+type), so the options are the labels.
ui.url_choice("lane", list(timeline.LANES.values()))
ui.url_choice("view", list(timeline.VIEWS.values()))
lane_label = st.radio("Swimlanes", list(timeline.LANES.values()), horizontal=True, key="lane", bind="query-params")
lane = {v: k for k, v in timeline.LANES.items()}.get(lane_label, "faction")
view_label = st.radio("Show", list(timeline.VIEWS.values()), horizontal=True, key="view", bind="query-params",
                      help="Real-world events: reports of one event in several articles (same type, overlapping "
                           "dates, same place or participants) count once, with their number of sources.")
if view_label == timeline.VIEWS["events"]:
    rows = timeline.one_per_cluster(rows)
# The table and the export in date order: the positions only (the rows shown are taken, not every row).
order = timeline.date_order(rows)
if not ui.no_rows(rows, "events"):
    # tooltips give the date as written beside the resolved one ("Saturday → 2023-03-18")
    # the written dates show in the marks' tooltips; above MAX_POINTS rows the chart shows counts instead
    written = (timeline.written_dates(rows, ui.mentions_of(rows["article_id"].unique(), kind="date",
                                                           columns=timeline.WRITTEN_DATE_COLUMNS))
               if len(rows) <= timeline.MAX_POINTS else rows)
    points = timeline.view_in_date_order(written, order, lane, arts)
    st.caption(f"{len(rows)} events · legends: type by colour, date basis by symbol · bars: known only to the week, "
               "month or year · events of one lane and day are spread within the lane. Click an event to open its "
               "source; the table below is in date order, its link opens the sentence.")
    fig = timeline.build_figure(points, timeline.LANES[lane])
    event = st.plotly_chart(fig, key="timeline_chart", on_select="rerun", selection_mode="points",
                            config={"displaylogo": False})
    picked = ui.selected_points(event)
    if picked:
        event_id, article_id, start = picked[0]
        st.page_link("app_pages/5_Articles.py", label="Open the selected event's sentence in the article viewer",
                     icon=":material/article:", query_params=ui.viewer_params(article_id, start, f))
    st.dataframe(timeline.table_rows(ui.capped(rows, "events", order), arts, f), hide_index=True, width="stretch", key="timeline_table",
                 column_config=ui.EVENT_COLUMN_CONFIG)
ui.export_button(rows, "events", table="events", f=f, order=order)
