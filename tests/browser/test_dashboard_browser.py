"""End-to-end in Debian's Chromium (Playwright), outside network blocked: filters, shareable URLs, CSV export,
article viewer, and a screenshot of every page (test-artifacts/)."""
from __future__ import annotations

import csv
import io
from urllib.parse import parse_qs, urlparse

import pytest

from lib.views.filters import Filters, apply_filters

pytestmark = pytest.mark.browser

SEARCH = "talks"
PAGES = {"": "overview", "Timeline": "timeline", "Mediator_map": "mediator_map", "Casualties": "casualties",
         "Statements": "statements", "Articles": "articles", "Add_articles": "add_articles"}


def grid_rows(page) -> int:
    """Rows of the first st.dataframe, from its accessible grid (aria-rowcount counts the header)."""
    n = page.locator('[data-testid="stDataFrame"] table[aria-rowcount]').first.get_attribute("aria-rowcount")
    return int(n) - 1


def visible_cells(page, column: int) -> list[str]:
    """Text of one column in the grid rows currently in the DOM (glide renders only the visible ones)."""
    rows = page.locator('[data-testid="stDataFrame"] table[aria-rowcount] tbody tr')
    return [(rows.nth(i).locator("td").nth(column).text_content() or "").strip() for i in range(rows.count())]


def chart_points(page) -> int:
    return page.locator('[data-testid="stPlotlyChart"] .point').count()


def test_timeline_filter_url_share_and_csv(open_page, page, context, shot, external_requests, seed_tables, tmp_path):
    events, arts = seed_tables["events"], seed_tables["articles"]
    expected_all = len(apply_filters(events, Filters(), arts))
    expected_q = len(apply_filters(events, Filters(text=SEARCH), arts))
    assert 0 < expected_q < expected_all, "the seed data no longer exercises the search filter"

    open_page("Timeline", ready='[data-testid="stDataFrame"] table[aria-rowcount]')
    assert grid_rows(page) == expected_all
    points_before = chart_points(page)
    assert points_before > 0
    shot("timeline")

    box = page.get_by_label("Search sentences")
    box.fill(SEARCH)
    box.press("Enter")
    page.wait_for_function(f"() => new URL(location.href).searchParams.get('q') === {SEARCH!r}")
    page.wait_for_function(
        f"() => document.querySelector('[data-testid=\"stDataFrame\"] table[aria-rowcount]')"
        f"?.getAttribute('aria-rowcount') === '{expected_q + 1}'", timeout=60_000)
    from tests.browser.conftest import wait_idle

    wait_idle(page)
    assert grid_rows(page) == expected_q
    assert 0 < chart_points(page) < points_before
    assert parse_qs(urlparse(page.url).query)["q"] == [SEARCH]
    shot("timeline_filtered")

    # The copied URL restores the same view in a fresh page.
    other = context.new_page()
    other.goto(page.url)
    wait_idle(other, ready='[data-testid="stDataFrame"] table[aria-rowcount]')
    assert other.get_by_label("Search sentences").input_value() == SEARCH
    assert grid_rows(other) == expected_q
    assert chart_points(other) == chart_points(page)
    other.close()

    # The CSV holds exactly the rows on screen, with provenance, BOM and a telling file name.
    with page.expect_download() as dl:
        page.get_by_role("button", name="Export CSV").click()
    download = dl.value
    assert download.suggested_filename == f"events_q-{SEARCH}.csv"
    path = tmp_path / "events.csv"
    download.save_as(path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == grid_rows(page) == expected_q
    assert list(rows[0])[:8] == ["article_id", "outlet", "url", "published", "sentence", "start", "end",
                                 "extractor_version"]
    assert all(SEARCH in r["sentence"].lower() for r in rows)
    header = [(c or "").strip() for c in page.locator('[data-testid="stDataFrame"] table[aria-rowcount] thead th')
              .all_text_contents()]
    assert "sentence" in header, "|".join(header)
    sentence_col = header.index("sentence")
    shown = visible_cells(page, sentence_col)
    assert shown and shown == [r["sentence"] for r in rows][: len(shown)]
    assert external_requests == []


def test_filters_follow_across_pages_and_viewer(open_page, page, shot, external_requests, seed_tables):
    arts = seed_tables["articles"]
    open_page("Timeline", f"q={SEARCH}&lane=Event+type")
    assert "Event type" in (page.locator('[data-testid="stPlotlyChart"] .ytitle').first.text_content() or "")
    # Clicking an event offers its source in the article viewer.
    page.locator('[data-testid="stPlotlyChart"] .scatterlayer .point').first.click(force=True)
    link = page.get_by_role("link", name="Open the selected event's sentence in the article viewer")
    link.wait_for(timeout=30_000)
    assert "doc=" in (link.get_attribute("href") or "")
    page.get_by_role("link", name="Statements").first.click()
    page.wait_for_url("**/Statements**")
    from tests.browser.conftest import wait_idle

    wait_idle(page)
    assert parse_qs(urlparse(page.url).query).get("q") == [SEARCH]
    assert page.get_by_label("Search sentences").input_value() == SEARCH

    ev = seed_tables["events"].iloc[-1]
    open_page("Articles", f"doc={ev['article_id']}&at={ev['start']}", ready="iframe")
    assert page.url.count("doc=") == 1 and ev["article_id"] in page.url
    frame = page.frame_locator("iframe").first
    frame.locator("#sel").wait_for(state="attached")
    assert frame.locator("#text .sel").first.inner_text().strip()[:20] == str(ev["sentence"]).strip()[:20]
    assert frame.locator("mark.k-actor, mark.k-place, mark.k-date").count() > 0
    shot("articles")
    assert external_requests == []
    assert len(arts) == 5


def test_screenshot_every_page(open_page, page, shot, external_requests):
    for path, name in PAGES.items():
        open_page(path, ready=None)
        assert not page.locator('[data-testid="stException"]').count(), f"{path or 'overview'} shows an exception"
        shot(name)
    assert external_requests == []
