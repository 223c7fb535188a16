"""Casualties: every figure as a claim with its source and period, and totals that never double-count.

Totals follow ACLED's rule (``lib.views.tally``): cumulative tallies are never added; the latest tally per group,
outcome and period is shown, and when sources disagree the range is shown and marked disputed. Incident
counts are totalled apart from the tallies.
"""
import altair as alt
import pandas as pd
import streamlit as st

from lib import ui
from lib.views import querystate, tally

ui.page_setup("Casualties")
st.title("Casualties")
st.caption("Each casualty figure is a claim: who reported it, for which period, in which words. Totals never "
           "add two cumulative tallies (ACLED's rule); disagreeing sources are shown as a range.")

tables = ui.load_tables("casualties")
f = ui.sidebar_filters(tables)
# Claims carry no faction, actor or event type of their own: they take those of their sentence.
rows, skip = ui.page_rows(tables, "casualties", f, by_sentence=True)

if ui.no_rows(rows, "casualty claims"):
    st.stop()

arts = tables["articles"]
info = arts[[c for c in ("article_id", "outlet", "url", "published") if c in arts.columns]]
claims = rows.merge(info, on="article_id", how="left", suffixes=("", "_article"))
# the totals and the chart's points (tally.summary), cached per store version and filters (saved beside the store
# under the default filters: computed once per corpus version)
totals, series = ui.casualty_summary(claims, f)


# ---------------------------------------------------------------- totals
st.subheader("Totals")
cum = totals[totals["kind"] == "cumulative"].drop(columns=["kind"])
inc = totals[totals["kind"] == "incident"].drop(columns=["kind", "period from"])
disputed = int(cum["disputed"].sum()) + int(inc["disputed"].sum())
if disputed:
    st.warning(f"{disputed} total(s) are disputed: sources disagree, so the range is shown instead of one figure.",
               icon=":material/balance:")
c1, c2 = st.columns(2)
with c1:
    st.markdown("**Cumulative tallies** — latest figure per group and period, never summed")
    if len(cum):
        st.dataframe(cum, hide_index=True, width="stretch", key="totals_cumulative",
                     column_order=["group", "outcome", "total", "where", "period from", "as of", "sources",
                                   "disputed", "basis"])
    else:
        st.info("No cumulative tallies in the current selection.")
with c2:
    st.markdown("**Incident counts** — single events, added per distinct incident")
    if len(inc):
        st.dataframe(inc, hide_index=True, width="stretch", key="totals_incident",
                     column_order=["group", "outcome", "total", "where", "as of", "sources", "disputed", "basis"])
    else:
        st.info("No incident counts in the current selection.")

# ---------------------------------------------------------------- step chart
st.subheader("Cumulative tallies over time")
if series.empty:
    st.info("No cumulative tallies to chart in the current selection.")
else:
    # One line per source, period and place (series["line"]): figures for different periods or places are never
    # joined, and a point reads as in the tables ("more than 40").
    pairs = sorted(set(zip(series["group"], series["outcome"], strict=True)))
    labels = [f"{g} {o}" for g, o in pairs]
    choice = st.selectbox("Group and outcome", labels, key="cas_series")
    g, o = pairs[labels.index(choice)]
    sel = series[(series["group"] == g) & (series["outcome"] == o)].dropna(subset=["as of"])
    if len(sel):
        top = float(pd.concat([sel["count"], sel["high"]]).max()) * 1.15 + 1
        chart = (alt.Chart(sel).mark_line(interpolate="step-after", point=alt.OverlayMarkDef(size=80))
                 .encode(x=alt.X("as of:T", title="as of"),
                         y=alt.Y("count:Q", title=f"{g} {o}", scale=alt.Scale(domain=[0, top])),
                         color=alt.Color("source:N", title="reported by"),
                         detail="line:N",
                         tooltip=["figure", "source", "as of", "where", "period from"]))
        st.altair_chart(chart, width="stretch")
    else:
        st.info("These tallies carry no date.")

# ---------------------------------------------------------------- claims
st.subheader("Claims")
claims = ui.capped(claims, "claims")  # the rows the table shows (the export below has them all)
records = tally.claim_rows(claims, (*tally.CLAIM_KEYS, "start"))  # light rows of the shown claims
table = pd.DataFrame({
    "figure": [tally.figure_label(r) for r in records],
    "outcome": claims["outcome"],
    "group": claims["group"],
    "words": claims["text"],
    "kind": claims["kind"],
    "period": claims["period"],
    "period from": claims["period_start"],
    "period to": claims["period_end"],
    "reported by": [r.get("reported_by") or "" for r in records],
    "outlet": claims.get("outlet"),
    "date": claims["date"],
    "location": claims["location"],
    "sub-count of": claims["parent_id"],
    "sentence": claims["sentence"],
    "link": [querystate.viewer_link(r["article_id"], tally.as_int(r.get("start")), f) for r in records],
})
# A claim without a period, place or parent shows an empty cell, not the grid's grey "None".
blank = ["period", "period from", "period to", "outlet", "date", "location", "sub-count of"]
table[blank] = table[blank].astype(object).where(table[blank].notna(), "")
st.dataframe(table, hide_index=True, width="stretch", key="claims",
             column_config={"link": st.column_config.LinkColumn("sentence link", display_text="open"),
                            "sentence": st.column_config.TextColumn(width="large")})
ui.export_button(rows, "casualties", table="casualties", f=f, ignore=skip)
