"""The article pickers' Find field, in Chromium: a store larger than the picker limit lists only search matches.

The seeds hold five articles, under the default limit (100), so the app is started with ``DIPLO_PICKER_LIMIT=2``:
the Articles page then shows *Find an article*; typing a word of one title lists that article alone and opens it in
the viewer (its outlet, its text, ``?doc=`` in the URL)."""
from __future__ import annotations

import pytest

from lib.views import picker
from tests.browser.conftest import _require_browser, start_app, stop_app, wait_idle

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def app_url():
    """The dashboard on the seeds with a picker limit of 2 (fewer than the five seed articles)."""
    _require_browser()
    proc, url, _log = start_app(env={picker.ENV_LIMIT: "2"})
    try:
        yield url
    finally:
        stop_app(proc)


def the_only_match(arts, word: str):
    """The one seed article whose title holds ``word`` (the test's premise, checked)."""
    hits = arts[arts["title"].fillna("").str.casefold().str.contains(word.casefold(), regex=False)]
    assert len(hits) == 1, f"the seeds no longer have exactly one title with {word!r}"
    return hits.iloc[0]


def test_find_field_lists_the_match_and_opens_it(open_page, page, shot, seed_tables, external_requests):
    arts = seed_tables["articles"]
    assert len(arts) > 2
    target = the_only_match(arts, "Quartet")
    first = arts.iloc[0]
    open_page("Articles", ready="iframe")
    # Above the limit the viewer opens the first article and says how many there are.
    assert first["article_id"] in page.url
    assert "the first 2 are listed" in page.locator('[data-testid="stMain"]').inner_text()

    box = page.get_by_label("Find an article", exact=True)
    box.fill("quartet")
    box.press("Enter")
    page.wait_for_function("() => document.querySelector('[data-testid=\"stMain\"]').innerText"
                           ".includes(\"1 match for 'quartet'\")", timeout=60_000)
    wait_idle(page)
    # A new search opens its first match (the article open before is dropped from the link) ...
    page.wait_for_function(f"() => new URL(location.href).searchParams.get('doc') === {target['article_id']!r}")
    wait_idle(page, ready="iframe")
    # ... and the list holds the match only.
    page.locator('[data-testid="stSelectbox"]').filter(has=page.get_by_text("Article", exact=True)).first.click()
    options = page.get_by_role("option")
    options.first.wait_for()
    listed = options.all_inner_texts()
    assert len(listed) == 1 and target["title"] in listed[0], listed
    options.first.click()
    wait_idle(page, ready="iframe")
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert str(target["outlet"]) in main
    frame = page.frame_locator("iframe").first
    frame.locator("#text").wait_for(state="attached")
    assert "Quartet" in frame.locator("#text").inner_text()
    shot("articles_find")
    assert external_requests == []
