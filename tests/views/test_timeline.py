"""lib/views/timeline.py: points, spans for coarse dates, aggregation, figure, table rows."""
from __future__ import annotations

import pandas as pd
import pytest

from lib.store.tables import frame
from lib.views import timeline
from lib.views.filters import Filters
from lib.views.timeline import (
    LANES,
    MAX_POINTS,
    SYMBOLS,
    aggregate,
    build_figure,
    table_rows,
    timeline_points,
    type_colours,
)
from lib.views.typelabels import type_label

EVENTS = pd.DataFrame([
    ("e1", "a1", "meeting", "2023-03-19", "2023-03-19", "2023-03-19", "day", "explicit", "Israel; Egypt", 0),
    ("e2", "a1", "attack", "2023-02", "2023-02-01", "2023-02-28", "month", "relative", "Israel", 40),
    ("e3", "a2", "visit", "2023-W11", "2023-03-13", "2023-03-19", "week", "article", "", 5),
    ("e4", "a2", "statement", "", "", "", "", "none", "Hamas", 9),                         # undated: left out
    ("e5", "a2", "agreement", "2023", "", "", "year", "relative", "Hamas", 12),            # only `date` set
], columns=["event_id", "article_id", "event_type", "date", "date_start", "date_end", "date_precision",
            "date_basis", "factions", "start"])
ARTS = pd.DataFrame({"article_id": ["a1", "a2"], "outlet": ["AFP", "Reuters"]})


def test_points_by_faction_split_multi_valued_cells():
    p = timeline_points(EVENTS, "faction", ARTS)
    assert sorted(zip(p["event_id"], p["lane"], strict=True)) == [
        ("e1", "Egypt"), ("e1", "Israel"), ("e2", "Israel"), ("e3", "(no faction)"), ("e5", "Hamas")]
    assert set(p.loc[p["event_id"] == "e1", "outlet"]) == {"AFP"}


@pytest.mark.parametrize("event_id, x, x_end, is_span", [
    ("e1", "2023-03-19", "2023-03-20", False),     # a day is a point
    ("e2", "2023-02-01", "2023-03-01", True),      # a month is a span over the whole month
    ("e3", "2023-03-13", "2023-03-20", True),      # a week is a span
    ("e5", "2023-01-01", "2024-01-01", True),      # a year from the TimeML value alone
])
def test_coarse_dates_are_spans_not_false_days(event_id, x, x_end, is_span):
    p = timeline_points(EVENTS, "event_type")
    r = p[p["event_id"] == event_id].iloc[0]
    assert (r["x"], r["x_end"], bool(r["is_span"])) == (x, x_end, is_span)
    assert r["lane"] == EVENTS.set_index("event_id").loc[event_id, "event_type"]


def test_figure_traces_colour_by_type_and_symbol_by_basis():
    fig = build_figure(timeline_points(EVENTS, "faction", ARTS))
    colours = type_colours(EVENTS["event_type"])
    scatters = [t for t in fig.data if t.type == "scatter" and t.customdata is not None]
    bars = [t for t in fig.data if t.type == "bar"]
    assert {t.name for t in bars} == {"attack (week/month/year)", "visit (week/month/year)",
                                      "agreement (week/month/year)"}
    meeting = next(t for t in scatters if t.name.startswith("meeting"))
    assert meeting.marker.color == colours["meeting"] and meeting.marker.symbol == SYMBOLS["explicit"]
    assert list(meeting.customdata[0]) == ["e1", "a1", 0]
    attack = next(t for t in bars if t.name.startswith("attack"))
    assert attack.base[0] == "2023-02-01" and attack.x[0] == 28 * 86_400_000
    assert "Sunday" not in str(fig.to_dict())  # no invented labels; hover carries data only
    assert "AFP" in meeting.hovertext[0]


def test_hover_text_is_escaped():
    ev = EVENTS.iloc[:1].assign(sentence="<img src=x onerror=alert(1)>", actors="<b>x</b>")
    fig = build_figure(timeline_points(ev, "faction"))
    assert "&lt;img" in fig.data[0].hovertext[0] and "<img" not in fig.data[0].hovertext[0]


@pytest.mark.parametrize("events", [None, frame("events"), EVENTS[EVENTS["event_id"] == "e4"]])
def test_nothing_to_plot_is_an_empty_figure(events):
    p = timeline_points(events, "faction")
    assert len(p) == 0
    fig = build_figure(p)
    assert len(fig.data) == 0 and fig.layout.annotations[0].text.startswith("No dated events")


def test_many_events_are_aggregated():
    n = MAX_POINTS + 500
    big = pd.DataFrame({"event_id": [f"e{i}" for i in range(n)], "article_id": "a1", "event_type": "meeting",
                        "date": [f"2023-03-{1 + i % 28:02d}" for i in range(n)],
                        "date_start": [f"2023-03-{1 + i % 28:02d}" for i in range(n)],
                        "date_end": [f"2023-03-{1 + i % 28:02d}" for i in range(n)], "date_precision": "day",
                        "date_basis": "explicit", "factions": "Israel", "start": 0})
    agg = aggregate(timeline_points(big, "faction"))
    assert len(agg) == 28 and agg["count"].sum() == n
    fig = build_figure(agg)
    data = [t for t in fig.data if t.customdata is not None]  # the others are legend keys
    assert len(data) == 1 and max(data[0].marker.size) > min(data[0].marker.size)
    small = timeline_points(EVENTS, "faction")
    assert aggregate(small) is small


def test_table_rows_link_to_the_viewer():
    rows = table_rows(EVENTS.assign(sentence="x", actors="", location=""), ARTS, Filters(text="x"))
    assert list(rows["source"])[0] == "Articles?doc=a1&at=0&q=x"
    assert list(rows["outlet"]) == ["AFP", "AFP", "Reuters", "Reuters", "Reuters"]
    assert len(table_rows(frame("events"))) == 0


# ---------------------------------------------------------------------------------------------- fast path
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from lib.views.timeline import timeline_view  # noqa: E402

DAYS = st.sampled_from(["2023-03-19", "2023-03-20", "2023-02", "2024", "2023-W11", "2023-02-30", "PAST_REF", "",
                        None, "2020-12-31", "2023-03-26", "2023-03-13"])


@st.composite
def event_frames(draw):
    n = draw(st.integers(0, 25))
    col = lambda s: draw(st.lists(s, min_size=n, max_size=n))  # noqa: E731
    return pd.DataFrame({"event_id": [f"e{i}" for i in range(n)], "article_id": col(st.sampled_from(["a1", "a2"])),
                         "event_type": col(st.sampled_from(["meeting", "attack", "", None])),
                         "date": col(DAYS), "date_start": col(DAYS), "date_end": col(DAYS),
                         "date_precision": "day", "date_basis": col(st.sampled_from(["explicit", "article"])),
                         "factions": col(st.sampled_from(["Israel", "Hamas; Israel", "", None, "Egypt;Qatar"])),
                         "start": 0})


@settings(max_examples=80, deadline=None)
@given(ev=event_frames(), lane=st.sampled_from(["faction", "event_type"]), max_points=st.integers(0, 30))
def test_view_equals_aggregated_points(ev, lane, max_points):
    expected = aggregate(timeline_points(ev, lane, ARTS), max_points)
    got = timeline_view(ev, lane, ARTS, max_points)
    pd.testing.assert_frame_equal(got, expected)


def test_view_of_many_events_counts_without_points():
    big = pd.concat([EVENTS] * 800, ignore_index=True)
    got = timeline_view(big, "faction", ARTS)
    pd.testing.assert_frame_equal(got, aggregate(timeline_points(big, "faction", ARTS)))
    assert got["count"].sum() == 5 * 800 and set(got["date_basis"]) == {"aggregated"}


def test_same_day_events_in_one_lane_do_not_hide_each_other():
    import pandas as pd

    ev = pd.DataFrame({"event_id": ["a", "b", "c"], "article_id": "x", "event_type": ["meeting", "visit", "attack"],
                       "date": "2023-03-18", "date_start": "2023-03-18", "date_end": "2023-03-18",
                       "date_precision": "day", "date_basis": "explicit", "factions": "Egypt", "start": [0, 1, 2]})
    fig = build_figure(timeline_points(ev, "faction"))
    ys = [y for t in fig.data if t.customdata is not None for y in t.y]
    assert len(set(ys)) == 3 and max(ys) - min(ys) < 1  # three positions, all inside Egypt's lane
    assert list(fig.layout.yaxis.ticktext) == ["Egypt"]


def test_two_legends_type_by_colour_and_basis_by_symbol():
    fig = build_figure(timeline_points(EVENTS, "faction", ARTS))
    keys = [t for t in fig.data if t.customdata is None]
    types = {t.name for t in keys if t.legend in (None, "legend")}
    bases = {t.name for t in keys if t.legend == "legend2"}
    # the dated ones, by their labels (the filters and exports keep the codes)
    assert types == {type_label(t) for t in timeline_points(EVENTS, "faction", ARTS)["event_type"]}
    assert "date written in full" in bases and all(not t.showlegend for t in fig.data if t.customdata is not None)


def test_ticks_never_finer_than_a_day_on_a_short_range():
    import datetime as dt

    import pandas as pd

    ev = pd.DataFrame({"event_id": ["a"], "article_id": "x", "event_type": ["meeting"], "date": "2023-03-18",
                       "date_start": "2023-03-18", "date_end": "2023-03-18", "date_precision": "day",
                       "date_basis": "explicit", "factions": "Egypt", "start": [0]})
    fig = build_figure(timeline_points(ev, "faction"))
    lo, hi = (dt.date.fromisoformat(x) for x in fig.layout.xaxis.range)
    assert (hi - lo).days >= 14
    assert fig.layout.xaxis.tickformatstops[0].value == "%Y-%m-%d"


def test_tooltip_gives_the_date_as_written_beside_the_resolved_one():
    import pandas as pd

    from lib.views.timeline import written_dates

    ev = pd.DataFrame({"event_id": ["a"], "article_id": "x", "event_type": ["meeting"], "date": "2023-03-18",
                       "date_start": "2023-03-18", "date_end": "2023-03-18", "date_precision": "day",
                       "date_basis": "relative", "factions": "Egypt", "start": [0], "sentence": "They met Saturday."})
    m = pd.DataFrame({"article_id": ["x"], "kind": ["date"], "sentence_start": [0], "value": ["2023-03-18"],
                      "text": ["Saturday"]})
    fig = build_figure(timeline_points(written_dates(ev, m), "faction"))
    hover = next(t for t in fig.data if t.customdata is not None).hovertext[0]
    assert "date: Saturday → 2023-03-18 " in hover


@pytest.mark.parametrize("location_basis, shown", [
    ("dateline", "dateline city"), ("attached", "named with the event"), ("", None)])
def test_tooltip_shows_date_and_location_basis(location_basis, shown):
    from lib.views.timeline import _hover
    ev = pd.DataFrame({"event_id": ["e1"], "article_id": ["a"], "event_type": ["meeting"], "date": ["2023-03-19"],
                       "date_basis": ["article"], "location": ["Doha" if location_basis else ""],
                       "location_basis": [location_basis], "factions": ["Qatar"], "sentence": ["x"], "start": [0]})
    pts = timeline_points(ev)
    from html import unescape
    text = unescape(_hover(pts.iloc[0].to_dict()))
    assert "article's date" in text
    if shown:
        assert shown in text
    else:
        assert "(" not in text.split("place:")[1].split("<br>")[0]


# ---------------------------------------------------------------------------------------------- point budget

def _wide(n: int, seed: int = 3) -> pd.DataFrame:
    """A wide corpus: 40 years of day, month and year dates, 120 factions (and pairs of them), 17 types."""
    import random

    rng = random.Random(seed)
    factions = [f"Faction {i}" for i in range(120)]
    types = [f"type{i}" for i in range(17)]
    rows = []
    for i in range(n):
        y, m, d = rng.randint(1985, 2024), rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice([f"{y}-{m:02d}-{d:02d}"] * 4 + [f"{y}-{m:02d}", f"{y}", f"{y}-W{rng.randint(1, 52):02d}"])
        fs = "; ".join(rng.sample(factions, rng.choice([0, 1, 1, 1, 2, 3])))
        rows.append({"event_id": f"e{i}", "article_id": f"a{i % 997}", "event_type": rng.choice(types), "date": date,
                     "date_start": date, "date_end": date, "date_precision": "day", "date_basis": "explicit",
                     "factions": fs, "actors": "X", "location": "Cairo", "sentence": "s " * rng.randint(5, 120),
                     "start": i})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("lane", ["faction", "event_type"])
def test_point_budget_holds_on_a_wide_corpus(lane):
    import json

    ev = _wide(30_000)
    pts = timeline_view(ev, lane, ARTS)
    dated = timeline_points(ev, lane, ARTS)
    assert len(pts) <= MAX_POINTS and int(pts["count"].sum()) == len(dated)
    assert set(pts["date_basis"]) == {"aggregated"} and pts["lane"].nunique() <= 24
    payload = len(json.dumps(build_figure(pts).to_plotly_json(), default=str))
    assert payload <= 1_000_000, payload


@pytest.mark.parametrize("budget", [1, 7, 60, 400])
def test_any_budget_holds_and_keeps_every_count(budget):
    ev = _wide(3_000, seed=budget)
    pts = aggregate(timeline_points(ev, "faction", ARTS), budget)
    assert len(pts) <= budget and int(pts["count"].sum()) == len(timeline_points(ev, "faction", ARTS))


def test_narrowing_the_filter_brings_back_finer_periods_then_marks():
    ev = _wide(30_000)
    wide = timeline_view(ev, "faction", ARTS)
    one_year = ev[ev["date"].str.startswith("2020-0")]
    narrow = timeline_view(one_year, "faction", ARTS)
    few = timeline_view(one_year.head(MAX_POINTS // 4), "faction", ARTS)
    order = ["day", "week", "month", "quarter", "year"]
    assert order.index(narrow["precision"].iloc[0]) < order.index(wide["precision"].iloc[0])
    assert "aggregated" not in set(few["date_basis"]) and len(few) == len(timeline_points(one_year.head(MAX_POINTS // 4),
                                                                                          "faction", ARTS))


def test_individual_marks_at_the_budget_stay_under_a_megabyte():
    import json

    ev = _wide(5_000)
    ev = ev[ev["factions"].str.count(";") == 0].head(MAX_POINTS)
    pts = timeline_view(ev, "faction", ARTS)
    assert len(pts) == MAX_POINTS and "aggregated" not in set(pts["date_basis"])
    payload = len(json.dumps(build_figure(pts).to_plotly_json(), default=str))
    assert payload <= 1_000_000, payload


def _by_date_reference(events):
    """The string-sorting definition that ``timeline.by_date`` computes on integer keys."""
    from lib.views.columns import row_intervals

    lo, hi = row_intervals(events)
    keys = events.assign(_lo=lo.where(lo != "", "9999"), _hi=hi)
    return events.loc[keys.sort_values(["_lo", "_hi", "article_id", "start"], kind="stable").index]


@pytest.mark.parametrize("seed", range(15))
def test_by_date_equals_the_string_sort(seed):
    import random

    import pandas as pd

    rnd = random.Random(seed)
    n = rnd.randint(1, 80)
    values = ["2023-03-19", "2023-03", "2023", "2023-W11", "", "2022-12-31", "PRESENT_REF", "2023-03-19"]
    ev = pd.DataFrame({"date_start": [rnd.choice(values) for _ in range(n)],
                       "date_end": [rnd.choice(values) for _ in range(n)],
                       "date": [rnd.choice(values) for _ in range(n)],
                       "article_id": [rnd.choice(["a", "b", "a10", "a2", "Z"]) for _ in range(n)],
                       "start": [rnd.randint(0, 5) for _ in range(n)]}, index=rnd.sample(range(1000), n))
    assert timeline.by_date(ev).index.tolist() == _by_date_reference(ev).index.tolist()
    cat = ev.astype({"article_id": "category", "date_start": "category"})
    assert timeline.by_date(cat).index.tolist() == _by_date_reference(ev).index.tolist()


@settings(max_examples=60, deadline=None)
@given(ev=event_frames(), lane=st.sampled_from(["faction", "event_type"]), max_points=st.integers(0, 30))
def test_view_of_compact_frames_equals_aggregated_points(ev, lane, max_points):
    """The app's compact frames (string columns as categories, ``lib.store.frames``) give the same view."""
    compact = ev.astype({c: "category" for c in ("event_type", "date", "date_start", "factions")})
    expected = aggregate(timeline_points(ev, lane, ARTS), max_points)
    pd.testing.assert_frame_equal(timeline_view(compact, lane, ARTS, max_points), expected)
    pd.testing.assert_frame_equal(timeline_view(compact.iloc[::2], lane, ARTS, max_points),
                                  aggregate(timeline_points(ev.iloc[::2], lane, ARTS), max_points))


@settings(max_examples=60, deadline=None)
@given(ev=event_frames(), lane=st.sampled_from(["faction", "event_type"]), max_points=st.integers(0, 30))
def test_view_in_date_order_equals_the_view_of_the_sorted_rows(ev, lane, max_points):
    """The page passes the rows and their date order: the same chart as from the rows sorted, counts or marks."""
    order = timeline.date_order(ev)
    assert timeline.by_date(ev).index.tolist() == ev.index[order].tolist() if len(ev) else True
    got = timeline.view_in_date_order(ev, order, lane, None, max_points)
    want = timeline_view(timeline.by_date(ev), lane, None, max_points)
    assert (got is None and want is None) or got.reset_index(drop=True).equals(want.reset_index(drop=True))


def test_view_in_date_order_draws_marks_in_date_order():
    """More rows than the budget but few dated: the view falls back to marks, which follow the date order."""
    ev = pd.DataFrame({"event_type": ["m"] * 6, "date_start": ["", "2023-01-05", "", "2023-01-02", "", ""],
                       "date_end": ["", "2023-01-05", "", "2023-01-02", "", ""], "factions": ["A"] * 6,
                       "article_id": list("abcdef"), "start": [0] * 6})
    order = timeline.date_order(ev)
    got = timeline.view_in_date_order(ev, order, max_points=3)
    want = timeline_view(timeline.by_date(ev), max_points=3)
    assert got.equals(want) and "aggregated" not in set(got["date_basis"])


@pytest.mark.parametrize("code, label", [("reduce_relations", "Relations cut or suspended"),
                                         ("meeting", "Meeting or call"), ("casualty_report", "Casualty report")])
def test_types_are_named_by_their_labels_in_legend_hover_and_type_lanes(code, label):
    ev = pd.DataFrame({"event_id": ["a"], "article_id": "x", "event_type": [code], "date": "2023-03-18",
                       "date_start": "2023-03-18", "date_end": "2023-03-18", "date_precision": "day",
                       "date_basis": "explicit", "factions": "Egypt", "start": [0], "sentence": "s"})
    fig = build_figure(timeline_points(ev, "event_type"), LANES["event_type"])
    keys = {t.name for t in fig.data if t.customdata is None and t.legend in (None, "legend")}
    mark = next(t for t in fig.data if t.customdata is not None)
    assert keys == {label} and list(fig.layout.yaxis.ticktext) == [label]
    assert mark.hovertext[0].startswith(f"<b>{label}</b> · {label}<br>") and code not in mark.hovertext[0]
    assert list(mark.customdata[0]) == ["a", "x", 0]  # a click still carries ids
    by_faction = build_figure(timeline_points(ev, "faction"))
    assert list(by_faction.layout.yaxis.ticktext) == ["Egypt"]  # faction lanes are names already
