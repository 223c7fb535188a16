"""Mediator map page (Streamlit AppTest) and the offline base map files it relies on."""
from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.views import mapview

ROOT = Path(__file__).resolve().parents[2]
PAGE = "app_pages/2_Mediator_map.py"


@pytest.fixture(scope="module")
def map_app(tmp_path_factory):
    """The map page run from app.py on a fresh store of the seed articles (current extractor)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("DIPLO_DATA", str(tmp_path_factory.mktemp("store")))
    mp.delenv("DIPLO_ARTICLES", raising=False)
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180).run()
        at.switch_page(PAGE).run()
        yield at
    finally:
        mp.undo()


def _chart(at):
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return charts[0].proto


def test_page_renders_venues_from_meeting_events(map_app):
    at = map_app
    assert not at.exception, at.exception
    assert at.title[0].value == "Mediator map"
    spec = json.loads(_chart(at).spec)
    venues = {c.split("@")[0] for trace in spec["data"] for c in trace.get("customdata", [])}
    # The seed articles hold meetings in Sharm el-Sheikh, Cairo and Ramallah.
    assert {"Sharm el-Sheikh", "Cairo", "Ramallah"} <= venues
    assert "West Bank" not in venues  # a region named in passing is not a venue
    assert not any("No meeting or visit" in i.value for i in at.info)
    metric = {m.label: m.value for m in at.metric}
    assert int(metric["Venues"]) == len(venues)
    assert not any("busiest" in c.value for c in at.caption)  # every venue is drawn: no cap notice


def test_chart_uses_the_local_topojson_at_50m(map_app):
    proto = _chart(map_app)
    assert json.loads(proto.config)["topojsonURL"] == mapview.TOPOJSON_URL
    geo = json.loads(proto.spec)["layout"]["geo"]
    assert geo["resolution"] == 50 and geo["scope"] == "world" and geo["showcountries"] is True
    lon0, lon1 = geo["lonaxis"]["range"]
    assert lon0 < 31.2 < lon1 and lon0 < 35.2 < lon1  # Cairo and Ramallah are in frame


def test_selection_mode_allows_points(map_app):
    proto = _chart(map_app)
    assert len(proto.selection_mode) == 3


def test_colour_by_faction_and_month_view(map_app):
    at = map_app
    at.radio(key="colour").set_value("Faction").run()
    assert not at.exception, at.exception
    spec = json.loads(_chart(at).spec)
    assert spec["layout"]["legend"]["title"]["text"] == "Faction"
    at.radio(key="map_view").set_value("Month by month").run()
    assert not at.exception, at.exception
    spec = json.loads(_chart(at).spec)
    assert spec.get("frames") and spec["layout"]["sliders"][0]["steps"]
    at.radio(key="map_view").set_value("All (select)").run()
    at.radio(key="colour").set_value("Host").run()


def test_caps_on_what_is_drawn_are_stated(map_app, monkeypatch):
    """A large store: the map draws the busiest venues and the month slider the latest months, and says so; the
    venue table still lists every venue."""
    at = map_app
    monkeypatch.setattr(mapview, "MAX_VENUES", 2)
    at.run()
    assert not at.exception, at.exception
    drawn = [c for trace in json.loads(_chart(at).spec)["data"] for c in trace.get("customdata", [])]
    total = int({m.label: m.value for m in at.metric}["Venues"])
    assert len(drawn) == 2 < total
    assert any(f"2 busiest venues of {total}" in c.value for c in at.caption)
    assert len(at.dataframe[0].value) == total
    monkeypatch.setattr(mapview, "MAX_MONTHS", 1)
    at.radio(key="map_view").set_value("Month by month").run()
    assert not at.exception, at.exception
    spec = json.loads(_chart(at).spec)
    assert len(spec["frames"]) == 1 and len(spec["layout"]["sliders"][0]["steps"]) == 1
    assert any("latest 1 of" in c.value for c in at.caption)
    at.radio(key="map_view").set_value("All (select)").run()


@pytest.mark.parametrize("name", ["world_50m.json", "world_110m.json"])
def test_topojson_files_are_shipped(name):
    path = ROOT / "static" / "topojson" / name
    topo = json.loads(path.read_text(encoding="utf-8"))
    assert topo["type"] == "Topology"
    assert {"countries", "land", "coastlines", "ocean"} <= set(topo["objects"])
    ids = {g.get("id") for g in topo["objects"]["countries"]["geometries"]}
    assert {"EGY", "ISR", "JOR"} <= ids
    readme = (ROOT / "static" / "topojson" / "README.md").read_text(encoding="utf-8")
    assert name in readme and "MIT" in readme and "Natural Earth" in readme


def test_static_serving_is_enabled_for_the_topojson_url():
    cfg = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert cfg["server"]["enableStaticServing"] is True
    assert mapview.TOPOJSON_URL.startswith("app/static/") and mapview.TOPOJSON_URL.endswith("/")
    rel = mapview.TOPOJSON_URL.removeprefix("app/")
    assert (ROOT / rel / "world_50m.json").exists()


def test_places_fallback_exports_the_place_mentions_it_counts(tmp_data):
    """No meeting matches (only attacks): the page maps the places named instead, and its
    export holds exactly the place mentions the map counts."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["event_type"] = "attack"
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    assert any("No meeting or visit" in i.value for i in at.info)
    counted = int(str({m.label: m.delta for m in at.metric}["Places named"]).split()[0])
    buttons = [b for b in at.get("download_button") if b.proto.label == "Export CSV"]
    assert len(buttons) == 1 and f"{counted} rows as shown" in buttons[0].proto.help


def test_empty_export_is_disabled(tmp_data):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["q"] = "zzqqxx-no-such-sentence"
    at.run()
    at.switch_page("app_pages/1_Timeline.py").run()
    button = next(b for b in at.get("download_button") if b.proto.label == "Export CSV")
    assert button.proto.disabled and "0 rows as shown" in button.proto.help


def test_nothing_matches_says_so_once(tmp_data):
    """No venue and no place named match (a search no sentence holds): one notice, not "showing the places
    instead" followed by "no places"; the fallback's notice stays when places do match (test above)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.query_params["q"] = "zzqqxx-no-such-sentence"
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    notes = [i.value for i in at.info]
    assert not any("No meeting or visit" in n for n in notes)
    assert [n for n in notes if n.startswith("No ")] == [
        "No meetings, visits or places named match the current filters. Widen the date range or clear some filters "
        "(sidebar → Reset filters)."]
