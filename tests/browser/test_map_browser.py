"""End-to-end: the mediator map in Debian's Chromium with every request outside localhost blocked.

The base map must come from the local topojson (static/topojson/world_50m.json): if plotly.js tried the CDN
the request would be aborted, recorded, and the country layer would stay empty.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent


def _helpers(request):
    """The shared browser conftest module (start_app, stop_app, wait_idle)."""
    mod = request.config.pluginmanager.get_plugin(str(HERE / "conftest.py"))
    assert mod is not None, "tests/browser/conftest.py is not loaded"
    return mod


@pytest.fixture(scope="module")
def app_url(request, tmp_path_factory):
    """This module's own server, on a fresh store of the seed articles (the current extractor's rows)."""
    h = _helpers(request)
    h._require_browser()
    old = os.environ.get("DIPLO_DATA")
    os.environ["DIPLO_DATA"] = str(tmp_path_factory.mktemp("map_store"))
    try:
        proc, url, _log = h.start_app()
    finally:
        if old is None:
            os.environ.pop("DIPLO_DATA", None)
        else:
            os.environ["DIPLO_DATA"] = old
    try:
        yield url
    finally:
        h.stop_app(proc)


def _wait_for_map(page):
    page.wait_for_selector(".js-plotly-plot .geo .layer.countries path", state="attached", timeout=60_000)
    page.wait_for_function(
        """() => { const p = document.querySelector('.js-plotly-plot .geo .layer.countries path');
                   return p && (p.getAttribute('d') || '').length > 1000; }""", timeout=60_000)


def _venue_count(page) -> int:
    metric = page.locator('[data-testid="stMetric"]').filter(has_text="Venues")
    return int(metric.locator('[data-testid="stMetricValue"]').inner_text().strip())


def test_map_draws_offline_base_map_and_venue_points(open_page, page, shot, external_requests):
    topojson = []
    page.on("response", lambda r: topojson.append((r.url, r.status)) if "topojson" in r.url else None)
    open_page("Mediator_map")
    _wait_for_map(page)
    n = _venue_count(page)
    assert n >= 3  # Sharm el-Sheikh, Cairo, Ramallah at least
    points = page.locator(".js-plotly-plot .scattergeo path.point")
    assert points.count() == n
    for layer in ("land", "countries", "coastlines"):
        d = page.locator(f".js-plotly-plot .geo .layer.{layer} path").first.get_attribute("d") or ""
        assert len(d) > 1000, f"{layer} layer is empty"
    assert any(url.endswith("/app/static/topojson/world_50m.json") and status == 200 for url, status in topojson)
    shot("mediator_map")
    assert external_requests == []


def test_clicking_a_venue_lists_its_events(open_page, page, shot, external_requests):
    open_page("Mediator_map")
    _wait_for_map(page)
    biggest = page.locator(".js-plotly-plot .scattergeo path.point").first
    biggest.click(force=True)
    page.wait_for_selector('[data-testid="stMain"] h3:has-text("Events at")', timeout=60_000)
    heading = page.locator('[data-testid="stMain"] h3:has-text("Events at")').first.inner_text()
    assert heading.startswith("Events at ")
    shot("mediator_map_selected")
    assert external_requests == []


def test_map_colouring_links_and_chosen_venue_in_the_url(open_page, page, context, external_requests):
    """Items 5 and 7: the default colouring carries information (factions, several groups), the count has no fake
    arrow, each event row links to its sentence, and a venue picked on the map is in the URL (a fresh page
    opened on that URL lists the same venue's events)."""
    open_page("Mediator_map")
    _wait_for_map(page)
    assert page.get_by_role("radio", name="Faction").is_checked()
    groups = page.locator(".js-plotly-plot .legend .traces")
    assert groups.count() >= 2
    assert not page.locator('[data-testid="stMetric"] [data-testid^="stMetricDeltaIcon"]').count()
    header = [(c or "").strip() for c in page.locator('[data-testid="stDataFrame"] table[aria-rowcount]').last
              .locator("thead th").all_text_contents()]
    assert header[:2] == ["date", "source"], header
    first = page.locator('[data-testid="stDataFrame"] table[aria-rowcount]').last.locator("tbody tr").first
    link = (first.locator("td").nth(1).text_content() or "").strip()  # the grid's accessible cell holds the URL
    assert link.startswith("Articles?doc=") and "&at=" in link

    page.locator(".js-plotly-plot .scattergeo path.point").first.click(force=True)
    page.wait_for_function("() => new URL(location.href).searchParams.getAll('venue').length === 1",
                           timeout=60_000)
    wait = page.locator('[data-testid="stMain"] h3:has-text("Events at")').first
    wait.wait_for(timeout=60_000)
    heading = wait.inner_text()
    other = context.new_page()
    other.goto(page.url)
    from tests.browser.conftest import wait_idle

    wait_idle(other)
    assert other.locator('[data-testid="stMain"] h3:has-text("Events at")').first.inner_text() == heading
    other.close()
    assert external_requests == []
