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
