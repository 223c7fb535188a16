"""Pure map helpers: venues from events, sizes, colours, ranges, selections."""
from __future__ import annotations

import pandas as pd
import pytest

from lib.views import mapview


def events() -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": ["e1", "e2", "e3", "e4", "e5", "e6"],
        "article_id": ["a", "a", "b", "b", "b", "b"],
        "event_type": ["meeting", "visit", "meeting", "phone_call", "attack", "meeting"],
        "location": ["Cairo", "Cairo", "Sharm el-Sheikh", "", "Gaza", "Ramallah"],
        "lat": [30.06263, 30.06263, 27.91582, None, 31.5, None],
        "lon": [31.24967, 31.24967, 34.32995, None, 34.47, None],
        "country_code": ["EG", "EG", "EG", "", "PS", "PS"],
        "date": ["2023-02-04", "2023-W06", "2023-03-19", "2023-03-01", "2023-03-02", "2023-01"],
        "actors": ["Egypt; Palestinian Islamic Jihad", "Hamas; Ismail Haniyeh", "Israel; Palestinian Authority; Egypt",
                   "Egypt", "", "Egypt"],
        "factions": ["Egypt; Palestinian Islamic Jihad", "Hamas", "Israel; Palestinian Authority; Egypt", "Egypt",
                     "", "Egypt"],
        "host": ["Egypt", "Egypt", "", "", "", ""],
        "status": ["happened", "planned", "happened", "happened", "happened", "happened"],
        "sentence": ["Nakhaleh met Kamel in Cairo on Saturday.", "Haniyeh is scheduled to arrive in Cairo this week.",
                     "Officials met in Sharm al-Sheikh.", "They spoke by phone.", "Shelling.", "No venue."],
    })


def test_venue_events_keeps_meetings_and_visits_with_coordinates():
    ev = mapview.venue_events(events())
    assert list(ev["event_id"]) == ["e1", "e2", "e3"]  # sorted by date; phone call, attack, no-venue dropped


def test_venues_aggregate_counts_dates_participants_and_hover():
    v = mapview.venues(mapview.venue_events(events()))
    assert list(v["location"]) == ["Cairo", "Sharm el-Sheikh"]
    cairo = v.iloc[0]
    assert cairo["n"] == 2 and cairo["n_planned"] == 1
    assert cairo["participants"] == "Egypt; Palestinian Islamic Jihad; Hamas; Ismail Haniyeh"
    assert cairo["host"] == "Egypt" and cairo["first_date"] == "2023-02-04"
    assert "2023-W06 [planned]" in cairo["hover"] and "Nakhaleh met Kamel" in cairo["hover"]
    assert v.iloc[1]["host"] == mapview.NO_HOST
    assert mapview.venues(pd.DataFrame()).empty


def test_hover_escapes_html():
    ev = events().iloc[:1].copy()
    ev["sentence"] = "<script>alert(1)</script> met"
    assert "<script>" not in mapview.venues(mapview.venue_events(ev)).iloc[0]["hover"]


def test_figure_traces_sizes_and_colour_groups():
    v = mapview.venues(mapview.venue_events(events()))
    fig = mapview.map_figure(v, by="host")
    assert [t.name for t in fig.data] == ["Egypt (2)", f"{mapview.NO_HOST} (1)"]
    assert fig.data[0].marker.size[0] > fig.data[1].marker.size[0]
    assert list(fig.data[0].customdata) == ["Cairo@30.06,31.25"]
    by_faction = mapview.map_figure(v, by="faction")
    assert by_faction.layout.legend.title.text == "Faction"
    empty = mapview.map_figure(mapview.venues(pd.DataFrame()))
    assert len(empty.data) == 1 and empty.layout.geo.resolution == 50


@pytest.mark.parametrize("n, bigger_than", [(2, 1), (10, 4), (100, 10)])
def test_marker_size_grows(n, bigger_than):
    assert mapview.marker_size(n) > mapview.marker_size(bigger_than)


def test_geo_ranges():
    lon, lat = mapview.geo_ranges([27.9, 30.1], [31.2, 34.3])
    assert lon[0] < 31.2 and lon[1] > 34.3 and lat[0] < 27.9 and lat[1] > 30.1
    assert lon[1] - lon[0] >= 14
    assert mapview.geo_ranges([], []) == ([-180.0, 180.0], [-60.0, 85.0])
    lon, lat = mapview.geo_ranges([-89.5, 89.5], [-179.9, 179.9])
    assert lon == [-180, 180] and lat == [-89, 89]


def test_selection_and_events_at():
    ev = mapview.venue_events(events())
    state = {"selection": {"points": [{"customdata": ["Cairo@30.06,31.25"]}, {"customdata": "Cairo@30.06,31.25"}]}}
    keys = mapview.selected_venues(state)
    assert keys == ["Cairo@30.06,31.25"]
    assert list(mapview.events_at(ev, keys)["event_id"]) == ["e1", "e2"]
    assert len(mapview.events_at(ev, [])) == 3
    assert mapview.selected_venues(None) == [] and mapview.selected_venues({}) == []


def test_animated_figure_has_a_frame_per_month():
    fig = mapview.animated_figure(mapview.venue_events(events()))
    assert [f.name for f in fig.frames] == ["2023-02", "2023-03"]  # the January meeting has no venue
    assert [s.label for s in fig.layout.sliders[0].steps] == ["2023-02", "2023-03"]


def test_place_venues_fallback_skips_countries():
    m = pd.DataFrame({"kind": ["place", "place", "date"], "value": ["Gaza", "Egypt", "2023"],
                      "lat": [31.5, 26.8, None], "lon": [34.47, 30.8, None],
                      "place_type": ["settlement", "country", ""], "country_code": ["PS", "EG", ""],
                      "sentence": ["In Gaza.", "Egypt.", "2023."], "article_id": ["a"] * 3})
    assert list(mapview.place_venues(m)["location"]) == ["Gaza"]


def test_map_counts_distinct_events_from_extraction():
    """Two triggers of one sentence ("met ... during his visit to Cairo") at one venue are one happening; a second
    sentence's meeting is another (negative)."""
    from lib.extract import Context
    from lib.extract import events as ev
    from lib.extract.document import document_from_text
    from lib.models import Mention

    text = "Abbas met Sisi on Sunday during his visit to Cairo. Abbas met Shoukry in Cairo on Monday."
    doc = document_from_text("a", text, published="2023-03-19")
    cairo = [Mention.make("a", kind="place", text="Cairo", start=m, end=m + 5, value="Cairo", lat=30.06, lon=31.25,
                          place_type="settlement", country_code="EG") for m in (text.index("Cairo"), text.rindex("Cairo"))]
    dates = [Mention.make("a", kind="date", text=t, start=text.index(t), end=text.index(t) + len(t), value=v,
                          precision="day") for t, v in (("on Sunday", "2023-03-19"), ("on Monday", "2023-03-13"))]
    rows = ev.extract(Context(doc=doc, places=tuple(cairo), dates=tuple(dates)), [], [])
    frame = pd.DataFrame([r.__dict__ if hasattr(r, "__dict__") else r._asdict() for r in rows])
    first = frame[frame["start"] == 0]
    assert len(mapview.venue_events(first)) == 1  # one meeting row: the visit is its context (events, issue 13)
    v = mapview.venues(mapview.venue_events(frame))
    assert list(v["n"]) == [2]


@pytest.mark.parametrize("rows, n", [
    ({"article_id": ["a", "a"], "start": [0, 0], "date": ["2023-03-19"] * 2}, 1),  # two triggers, one sentence
    ({"article_id": ["a", "a"], "start": [0, 40], "date": ["2023-03-19"] * 2}, 2),  # two sentences
    ({"article_id": ["a", "b"], "start": [0, 0], "date": ["2023-03-19"] * 2}, 2),  # two articles
    ({"article_id": ["a", "a"], "start": [0, 0], "date": ["2023-03-19", "2023-03-12"]}, 2),  # two dates (legs)
])
def test_venue_count_is_distinct_events(rows, n):
    k = len(rows["start"])
    ev = pd.DataFrame({**rows, "event_type": ["meeting", "visit"][:k], "location": ["Cairo"] * k,
                       "lat": [30.06] * k, "lon": [31.25] * k, "event_id": [f"e{i}" for i in range(k)],
                       "date_basis": ["explicit"] * k, "location_basis": ["attached"] * k, "sentence": ["s"] * k})
    v = mapview.venues(mapview.venue_events(ev))
    assert list(v["n"]) == [n]
    assert "date: explicit" in v["hover"].iloc[0] and "place: attached" in v["hover"].iloc[0]


def _reference_venues(ev: pd.DataFrame) -> pd.DataFrame:
    """The straightforward per-venue groupby ``venues`` replaced (kept as the oracle of the one-pass version)."""
    col, split = mapview._col, mapview._split
    if ev is None or ev.empty:
        return pd.DataFrame(columns=list(mapview.VENUE_COLUMNS))
    ev = ev.copy()
    ev["_loc"] = col(ev, "location")
    ev["_venue"] = [mapview.venue_key(a, b, c) for a, b, c in zip(ev["_loc"], ev["lat"], ev["lon"], strict=True)]
    out = []
    for key, rows in ev.groupby("_venue", sort=False):
        distinct = mapview.distinct_events(rows)
        participants, hosts = split(col(rows, "actors")), split(col(rows, "host"))
        factions = [f for cell in col(rows, "factions") for f in split([cell])]
        dates = [d for d in col(rows, "date") if d]
        location, country = rows["_loc"].iloc[0] or "?", col(rows, "country_code").iloc[0]
        host_counts = pd.Series([h for cell in col(rows, "host") for h in split([cell])], dtype=str)
        first = [{c: getattr(r, c, "") for c in mapview._HOVER_FIELDS} for r in list(distinct.itertuples())[:3]]
        out.append({
            "venue": key, "location": location, "lat": float(rows["lat"].iloc[0]), "lon": float(rows["lon"].iloc[0]),
            "country_code": country, "n": len(distinct), "n_planned": int((col(distinct, "status") == "planned").sum()),
            "first_date": min(dates, key=mapview.date_key) if dates else "",
            "last_date": max(dates, key=mapview.date_key) if dates else "",
            "dates": "; ".join(dict.fromkeys(dates)), "participants": "; ".join(participants), "hosts": "; ".join(hosts),
            "host": host_counts.mode().iloc[0] if len(host_counts) else mapview.NO_HOST,
            "faction": pd.Series(factions, dtype=str).mode().iloc[0] if factions else mapview.NO_FACTION,
            "event_ids": "; ".join(col(rows, "event_id")),
            "hover": mapview._hover(location, country, len(distinct), first, participants, hosts),
        })
    v = pd.DataFrame(out, columns=list(mapview.VENUE_COLUMNS))
    return v.sort_values(["n", "location"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _random_events(seed: int, n: int, categories: bool) -> pd.DataFrame:
    import random

    rnd = random.Random(seed)
    pick = lambda *xs: [rnd.choice(xs) for _ in range(n)]  # noqa: E731
    df = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(n)], "article_id": pick("a", "b", "c"), "start": pick(0, 40, 90),
        "event_type": pick("meeting", "visit", "Meeting", "attack"),
        "location": pick("Cairo", "Doha", "", None, "Muscat"), "lat": pick(30.06, 25.29, 25.2899, None, 95.0),
        "lon": pick(31.25, 51.53, 51.5301, 12.0), "country_code": pick("EG", "QA", "", None),
        "date": pick("2023-02-04", "2023-W06", "2023-02", "2022", "", None, "2023-W99"),
        "actors": pick("Egypt; Hamas", "Hamas", "", None, " Qatar ;nan; Egypt"),
        "factions": pick("Egypt; Hamas", "Qatar", "", None, "Hamas;Hamas"),
        "host": pick("Egypt", "Qatar", "", None, "Qatar; Egypt"), "status": pick("happened", "planned", None),
        "date_basis": pick("explicit", "", None), "location_basis": pick("attached", "article", None),
        "sentence": pick("They met <b>here</b>.", "A long sentence " * 12, None),
    })
    if categories:  # the app's compact frames (lib.store.frames): repeated strings as categories
        df = df.astype({c: "category" for c in ("event_type", "location", "country_code", "date", "status")})
        df = df.apply(lambda s: s.cat.add_categories([""])
                      if s.dtype == "category" and "" not in s.cat.categories else s)  # as frames.compact
    return df


@pytest.mark.parametrize("seed", range(12))
def test_venues_match_the_per_venue_groupby(seed, monkeypatch):
    """The one-pass ``venues`` gives exactly what a groupby per venue gives (order, counts, modes, hover), on
    random rows with missing values, duplicate sentences, ties and category columns, read in chunks of any size."""
    monkeypatch.setattr(mapview, "_CHUNK", (7, 16, 1000)[seed % 3])
    ev = mapview.venue_events(_random_events(seed, 5 + 17 * seed, categories=seed % 2 == 1))
    pd.testing.assert_frame_equal(mapview.venues(ev), _reference_venues(ev))


def test_venues_without_sentence_keys_count_every_row():
    ev = mapview.venue_events(_random_events(3, 40, False).drop(columns=["start"]))
    pd.testing.assert_frame_equal(mapview.venues(ev), _reference_venues(ev))
    assert mapview.venues(ev)["n"].sum() == len(ev)


@pytest.mark.parametrize("cap, frames", [(1, ["2023-03"]), (2, ["2023-02", "2023-03"]), (None, ["2023-02", "2023-03"])])
def test_month_by_month_keeps_the_latest_months(cap, frames):
    ev = mapview.venue_events(events())  # meetings in 2023-02 (two) and 2023-03
    assert mapview.month_count(ev) == 2 and mapview.month_count(ev.iloc[:0]) == 0
    fig = mapview.animated_figure(ev, max_months=cap)
    assert [f.name for f in fig.frames] == frames


def _reference_venue_events(events: pd.DataFrame) -> pd.DataFrame:
    """``venue_events`` as it was written before the per-category mask and the lexsort (string sort in pandas)."""
    ev = events[events["event_type"].astype(str).str.lower().isin(mapview.MEETING_TYPES)].copy()
    ev["lat"] = pd.to_numeric(ev["lat"], errors="coerce")
    ev["lon"] = pd.to_numeric(ev["lon"], errors="coerce")
    ev = ev.dropna(subset=["lat", "lon"])
    ev = ev[(ev["lat"].abs() <= 90) & (ev["lon"].abs() <= 180)]
    ev["_sort"] = [mapview.date_key(d) for d in mapview._col(ev, "date")]
    ev = ev.sort_values(by=["_sort"] + [c for c in ("article_id", "start") if c in ev.columns], kind="stable")
    return ev.drop(columns="_sort")


@pytest.mark.parametrize("seed", range(10))
@pytest.mark.parametrize("drop", [(), ("start",), ("date",), ("article_id", "start")])
def test_venue_events_match_the_string_sort(seed, drop):
    """Same rows, order, index and dtypes as the string sort, on category and object columns with missing dates,
    article ids and starts, ties and rows that are not meetings or have no point."""
    raw = _random_events(seed, 3 + 23 * seed, categories=seed % 2 == 1).drop(columns=list(drop))
    if seed % 3 == 2:  # missing article ids and starts sort last, as in sort_values
        raw.loc[raw.index[::4], [c for c in ("article_id", "start") if c in raw.columns]] = None
    got = mapview.venue_events(raw)
    pd.testing.assert_frame_equal(got, _reference_venue_events(raw))


@pytest.mark.parametrize("types, kept", [(["Meeting", "VISIT", "call", None], 2), ([None, "attack"], 0)])
def test_venue_events_mask_reads_each_category_once(types, kept):
    df = pd.DataFrame({"event_type": pd.Categorical(types), "lat": [1.0] * len(types), "lon": [2.0] * len(types),
                       "date": [None] * len(types)})
    assert len(mapview.venue_events(df)) == kept
