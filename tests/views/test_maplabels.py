"""lib/views/maplabels.py and its use by the map: venue labels never drawn over each other or over a marker."""
from __future__ import annotations

import pandas as pd
import pytest

from lib.views import maplabels, mapview
from lib.views.maplabels import label_sides

RANGES = dict(lon_range=[20.0, 50.0], lat_range=[22.0, 38.0])


@pytest.mark.parametrize("names, lats, lons, expected", [
    (["Cairo"], [30.04], [31.24], ["top center"]),                                  # alone: above its marker
    (["Jerusalem", "Ramallah"], [31.78, 31.90], [35.22, 35.20], ["bottom center", "top center"]),  # 13 km apart
    (["Doha", "Cairo"], [25.29, 30.04], [51.53 - 3, 31.24], ["top center", "top center"]),  # far apart: both above
    (["A", "B", "C", "D", "E"], [30.0] * 5, [30.0] * 5, ["top center", "bottom center", "middle right",
                                                         "middle left", None]),  # one spot: four sides, then none
    (["Edge"], [37.99], [35.0], ["bottom center"]),                                 # no room above the chart's top
])
def test_label_sides(names, lats, lons, expected):
    assert label_sides(names, lats, lons, [14.0] * len(names), **RANGES) == expected


def test_placed_labels_never_overlap():
    import random

    rnd = random.Random(7)
    names = [f"Venue {i}" for i in range(40)]
    lats = [rnd.uniform(29, 33) for _ in names]
    lons = [rnd.uniform(33, 37) for _ in names]
    sides = label_sides(names, lats, lons, [14.0] * 40, **RANGES)
    sx, sy = maplabels.WIDTH / 30, maplabels.HEIGHT / 16
    boxes = [maplabels._box(s, (lon - 20) * sx, (38 - lat) * sy, 7.0, n)
             for n, lat, lon, s in zip(names, lats, lons, sides, strict=True) if s]
    assert 2 <= len(boxes) < 40  # crowded: some named, not all
    assert not any(maplabels._overlaps(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def _venues(locs):
    return pd.DataFrame({"venue": [f"{n}@{i}" for i, (n, *_r) in enumerate(locs)],
                         "location": [n for n, *_r in locs], "lat": [r[1] for r in locs],
                         "lon": [r[2] for r in locs], "n": [r[3] for r in locs], "host": "Egypt",
                         "faction": "Egypt", "hover": [f"<b>{n}</b>" for n, *_r in locs]})


def test_map_names_nearby_venues_on_different_sides_and_hovers_keep_every_name():
    v = _venues([("Jerusalem", 31.78, 35.22, 9), ("Ramallah", 31.90, 35.20, 4), ("Cairo", 30.04, 31.24, 3),
                 ("Gaza", 31.50, 34.47, 2)] + [(f"Town {i}", 29.0 + i * 0.01, 33.0, 1) for i in range(10)])
    fig = mapview.map_figure(v, "host")
    trace = fig.data[0]
    named = {t: s for t, s in zip(trace.text, trace.textposition, strict=True) if t}
    assert len(named) <= mapview.MAX_LABELS
    assert "Jerusalem" in named and "Cairo" in named  # the busiest, with room
    # Ramallah's marker touches Jerusalem's: named on another side, or on hover only, never printed over it
    assert named.get("Ramallah") != named["Jerusalem"]
    assert sum(n.startswith("Town") for n in named) < 10  # ten towns in a column: not all named
    assert len(trace.hovertext) == len(v)  # every venue still named on hover


def test_month_frames_name_only_the_venues_with_room():
    ev = pd.DataFrame({"event_type": "meeting", "location": ["Jerusalem", "Ramallah", "Cairo"],
                       "lat": [31.78, 31.90, 30.04], "lon": [35.22, 35.20, 31.24], "date": "2023-03-19",
                       "factions": "Egypt", "event_id": ["e1", "e2", "e3"], "article_id": "a", "start": 0})
    fig = mapview.animated_figure(mapview.venue_events(ev), "host")
    frame = fig.frames[0].data[0]
    sides = {t: p for t, p in zip(frame.text, frame.textposition, strict=True) if t}
    assert "Cairo" in sides and {"Jerusalem", "Ramallah"} & set(sides)
    assert sides.get("Ramallah") != sides.get("Jerusalem")
