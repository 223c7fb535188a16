"""End-to-end: the dashboard in Debian's Chromium (Playwright), outside network blocked."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_overview_loads_offline(open_page, page, shot, external_requests):
    open_page("")
    assert page.locator("h1").first.inner_text() == "Diplomacy Timeline"
    shot("overview")
    assert external_requests == []
