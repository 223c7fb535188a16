"""The analyst's workbench in Debian's Chromium (issue #16): the URL is the single source of truth (also on
Back/Forward), the navigation names the first page "Overview", a first start shows its progress, and the
server never calls out. Outside network blocked in the browser; the air-gap test also blocks it in the server.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from lib.views.filters import Filters, apply_filters
from tests.browser.conftest import start_app, stop_app, wait_idle

pytestmark = pytest.mark.browser

HERE = Path(__file__).resolve().parent
GRID = '[data-testid="stDataFrame"] table[aria-rowcount]'


def grid_rows(page) -> int:
    return int(page.locator(GRID).first.get_attribute("aria-rowcount")) - 1


def wait_rows(page, n: int) -> None:
    page.wait_for_function(f"() => document.querySelector('{GRID}')?.getAttribute('aria-rowcount') === '{n + 1}'",
                           timeout=60_000)


def sidebar_state(page) -> tuple[str, list[str]]:
    """(search text, chosen factions) as the sidebar shows them."""
    text = page.get_by_label("Search sentences").input_value()
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').filter(has_text="Factions")
    chips = [c.strip() for c in box.locator('.react-aria-ComboBox [data-tag] span[title]').all_inner_texts()]
    return text, chips


def params(page) -> dict:
    return parse_qs(urlparse(page.url).query)


def nav(page, title: str) -> None:
    page.locator('[data-testid="stSidebarNav"]').get_by_role("link", name=title).click()


def test_back_and_forward_restore_what_the_url_says(open_page, page, seed_tables, tmp_path, external_requests):
    """Item 1: /Timeline?faction=Hamas&q=talks -> Mediator map -> Back: the sidebar, the rows and the export
    are the URL's again (before the fix: an empty sidebar, every event, an export of all rows)."""
    events, arts = seed_tables["events"], seed_tables["articles"]
    want = len(apply_filters(events, Filters(factions=("Hamas",), text="talks"), arts))
    assert 0 < want < len(apply_filters(events, Filters(), arts))

    open_page("Timeline", "faction=Hamas&q=talks", ready=GRID)
    assert grid_rows(page) == want
    assert sidebar_state(page) == ("talks", ["Hamas"])

    nav(page, "Mediator map")
    page.wait_for_url("**/Mediator_map**")
    wait_idle(page)
    assert params(page) == {"faction": ["Hamas"], "q": ["talks"]}, "page switch keeps the filters in the URL"
    assert sidebar_state(page) == ("talks", ["Hamas"])

    page.go_back()
    page.wait_for_url("**/Timeline**")
    wait_idle(page, ready=GRID)
    wait_rows(page, want)
    assert params(page) == {"faction": ["Hamas"], "q": ["talks"]}
    assert sidebar_state(page) == ("talks", ["Hamas"])
    with page.expect_download() as dl:
        page.get_by_role("button", name="Export CSV").click()
    assert dl.value.suggested_filename == "events_factions-Hamas_q-talks.csv"
    dl.value.save_as(tmp_path / "back.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "back.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == want

    page.go_forward()
    page.wait_for_url("**/Mediator_map**")
    wait_idle(page)
    assert sidebar_state(page) == ("talks", ["Hamas"])

    # A history entry without parameters means no filters, even though the session had some.
    open_page("Timeline", ready=GRID)
    open_page("Timeline", "q=talks", ready=GRID)
    page.go_back()
    page.wait_for_function("() => !location.search")
    wait_idle(page, ready=GRID)
    wait_rows(page, len(apply_filters(events, Filters(), arts)))
    assert sidebar_state(page) == ("", [])
    assert external_requests == []


def test_navigation_names_the_overview(open_page, page, shot):
    """Issue #12 / item 9: the first page is "Overview" in the navigation, never "app"."""
    open_page("")
    links = page.locator('[data-testid="stSidebarNavLink"] span[label]')
    titles = [links.nth(i).get_attribute("label") for i in range(links.count())]
    assert titles == ["Overview", "Timeline", "Mediator map", "Casualties", "Statements", "Articles",
                      "Add articles"]
    assert not any("app" == t.lower() for t in titles)
    nav(page, "Timeline")
    page.wait_for_url("**/Timeline")
    wait_idle(page)
    assert page.locator('[data-testid="stMain"] h1').first.inner_text().strip() == "Timeline"
    shot("navigation")


def test_first_start_shows_progress_and_the_server_never_calls_out(browser, tmp_path):
    """Items 14 and 15: a fresh store is seeded with a visible message and progress bar (not a blank page), and
    the server, configured by .streamlit/config.toml alone, opens no connection and resolves no name outside
    localhost (every attempt would be refused and recorded by tests/browser/netguard/sitecustomize.py)."""
    log = tmp_path / "net.log"
    guard = str(HERE / "netguard")
    env = {"PYTHONPATH": os.pathsep.join([guard, os.environ.get("PYTHONPATH", "")]), "DIPLO_NET_LOG": str(log)}
    # The guard works: a plain outside request from a process with it is refused and recorded.
    probe = subprocess.run([sys.executable, "-c", "import urllib.request as u; u.urlopen('http://example.com', "
                            "timeout=2)"], env={**os.environ, **env}, capture_output=True, text=True)
    assert probe.returncode != 0 and "example.com" in log.read_text()
    log.unlink()

    proc, url, _ = start_app(env=env, flags=False)
    try:
        ctx = browser.new_context(viewport={"width": 1200, "height": 800})
        seen = []
        ctx.route("**/*", lambda r: (seen.append(r.request.url), r.abort()) if urlparse(r.request.url).hostname
                  not in ("127.0.0.1", "localhost") and not r.request.url.startswith(("data:", "blob:"))
                  else r.continue_())
        page = ctx.new_page()
        page.goto(url)
        page.get_by_text("First start: adding the example articles").wait_for(timeout=60_000)
        # the bar comes in the next delta after the message: wait for it, while the seeds are still going in
        page.locator('[data-testid="stProgress"]').first.wait_for(state="attached", timeout=15_000)
        assert page.locator('[data-testid="stProgress"]').count() == 1
        wait_idle(page)
        assert page.locator('[data-testid="stMain"] h1').first.inner_text().strip() == "Diplomacy Timeline"
        assert not page.get_by_text("First start").count(), "the message goes once the seeds are in"
        page.reload()
        wait_idle(page)
        assert not page.get_by_text("First start").count()
        ctx.close()
    finally:
        stop_app(proc)
    assert seen == []
    assert not log.exists() or log.read_text() == "", log.read_text()


def last_grid_rows(page) -> int:
    return int(page.locator(GRID).last.get_attribute("aria-rowcount")) - 1


def export(page, tmp_path, button: str = "Export CSV") -> tuple[str, list[dict]]:
    with page.expect_download() as dl:
        page.get_by_role("button", name=button).click()
    path = tmp_path / dl.value.suggested_filename
    dl.value.save_as(path)
    return dl.value.suggested_filename, list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_filters_a_page_cannot_apply_are_named_and_left_out(open_page, page, seed_tables, tmp_path,
                                                             external_requests):
    """Item 2: on Casualties a faction filter selects the claims whose sentence names that faction (the export
    holds exactly those and says so); on Statements event-type and place filters cannot apply: the page says so
    and the export's name leaves them out."""
    from lib.views.context import with_sentence_context

    claims = with_sentence_context(seed_tables["casualties"], seed_tables.get("mentions"), seed_tables.get("events"))
    want = len(apply_filters(claims, Filters(factions=("Israel",)), seed_tables["articles"]))
    assert 0 < want < len(apply_filters(claims, Filters(), seed_tables["articles"]))
    open_page("Casualties", "faction=Israel", ready=GRID)
    assert page.get_by_role("heading", name="Claims").count() == 1
    assert last_grid_rows(page) == want  # the claims table is the page's last
    assert not page.get_by_text("This page cannot apply").count()
    name, rows = export(page, tmp_path)
    assert name == "casualties_factions-Israel.csv" and len(rows) == want

    from lib.views.filters import filter_options

    place = filter_options(seed_tables)["places"][0]
    open_page("Statements", f"event_type=meeting&place={place}&q=talks")
    notice = page.get_by_text("This page cannot apply Event types, Places")
    assert notice.count() == 1
    name, rows = export(page, tmp_path, "Export shown statements (CSV)")
    assert name == "statements_compare_q-talks.csv"
    assert external_requests == []


def test_link_notices_match_what_is_applied(open_page, page, seed_tables):
    """Item 3: a reversed date range is announced as ignored *and* is ignored (all rows, empty date box, URL
    corrected); a bogus swimlane is announced, not dropped silently; dates outside the data are said to be."""
    everything = len(apply_filters(seed_tables["events"], Filters(), seed_tables["articles"]))
    open_page("Timeline", "dates=2023-03-10&dates=2023-01-01&lane=Bogus", ready=GRID)
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert sidebar.get_by_text("ignored dates: 2023-03-10 is after 2023-01-01").count() == 1
    assert page.get_by_text("Link parameter ignored lane='Bogus'").count() == 1
    start_year = page.get_by_role("spinbutton", name="year, Date range start date")
    assert start_year.get_attribute("aria-valuetext") == "Empty"
    assert grid_rows(page) == everything
    assert "dates" not in params(page)

    open_page("Timeline", "dates=1950-01-01&dates=1950-02-01")
    assert sidebar.get_by_text("The date range lies outside the data").count() == 1
    assert page.get_by_text("No events match the current filters").count() == 1


def _trace_colours(page) -> dict[str, str]:
    return page.evaluate("""() => {
        const out = {};
        for (const t of document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot').data) {
            const c = t.marker && t.marker.color;
            if (t.legendgroup && typeof c === 'string') out[t.legendgroup] = c;
        }
        return out;
    }""")


def test_event_types_keep_their_colour_whatever_the_filter(open_page, page):
    """Item 4: 'visit' has the same colour with every type shown and with only meetings and visits."""
    open_page("Timeline", "lane=Event+type", ready='[data-testid="stPlotlyChart"] .js-plotly-plot')
    every = _trace_colours(page)
    assert {"meeting", "visit", "attack"} <= set(every)
    open_page("Timeline", "lane=Event+type&event_type=visit&event_type=attack",
              ready='[data-testid="stPlotlyChart"] .js-plotly-plot')
    some = _trace_colours(page)
    assert set(some) == {"visit", "attack"}
    assert some["visit"] == every["visit"] and some["attack"] == every["attack"]


def test_map_and_statements_choices_live_in_the_url(open_page, page, seed_tables):
    """Item 5: the map's colouring and view come from the link (and Back restores them); a linked event on
    Statements shows every faction that spoke about it, and the chosen factions are in the URL."""
    open_page("Mediator_map", "colour=Host&map_view=Month+by+month")
    assert page.get_by_role("radio", name="Host").is_checked()
    assert page.get_by_role("radio", name="Month by month").is_checked()
    page.get_by_text("Faction", exact=True).first.click()
    page.wait_for_function("() => new URL(location.href).searchParams.get('colour') === null")
    wait_idle(page)
    assert page.get_by_role("radio", name="Faction").is_checked()

    from lib.views import compare

    arts = seed_tables["articles"]
    statements = apply_filters(seed_tables["statements"], Filters(), arts)
    events = apply_filters(seed_tables["events"], Filters(), arts)
    eid = max(compare.event_choices(events),
              key=lambda e: len(compare.factions_of(compare.statements_for_event(statements, seed_tables["events"],
                                                                                 e, None))))
    spoke = compare.factions_of(compare.statements_for_event(statements, seed_tables["events"], eid, None))
    assert len(spoke) > 2
    open_page("Statements", f"event={eid}")
    box = page.locator('[data-testid="stMain"] [data-testid="stMultiSelect"]').filter(has_text="Factions to compare")
    chips = box.locator('.react-aria-ComboBox [data-tag] span[title]').all_inner_texts()
    assert sorted(chips) == sorted(spoke)
    assert params(page).get("event") == [eid]
    # Dropping a faction puts the choice in the URL, and the URL restores it in a fresh page.
    gone = sorted(spoke)[0]
    box.get_by_role("button", name=f"Remove {gone}").click()
    page.wait_for_function("() => new URL(location.href).searchParams.getAll('compare').length > 0")
    wait_idle(page)
    kept = sorted(set(spoke) - {gone})
    assert sorted(params(page)["compare"]) == kept
    url = page.url
    open_page("Statements")
    page.goto(url)
    wait_idle(page)
    chips = box.locator('.react-aria-ComboBox [data-tag] span[title]').all_inner_texts()
    assert sorted(chips) == kept
    assert page.locator('[data-testid="stMain"] h4').filter(has_text=gone).count() == 0


def test_casualty_totals_say_where_and_read_like_the_claims(open_page, page):
    """Item 8: totals carry the place of their claims, and a figure reads the same in totals and claims."""
    open_page("Casualties", ready=GRID)
    grids = page.locator(GRID)
    assert grids.count() == 3  # cumulative totals, incident totals, claims
    incident = grids.nth(1)
    header = [(c or "").strip() for c in incident.locator("thead th").all_text_contents()]
    assert "where" in header
    assert "more than 40" in (incident.text_content() or "")
    assert "more than 40" in (grids.nth(2).text_content() or "")
