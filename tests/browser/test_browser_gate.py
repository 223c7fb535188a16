"""Without Chromium the browser tests skip with a clear reason; under CI=true they fail instead."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import _require_browser

pytestmark = pytest.mark.browser


def test_missing_browser_is_a_clear_skip_locally(tmp_path):
    with pytest.raises(pytest.skip.Exception, match="Chromium not found .*apt-get install chromium"):
        _require_browser(tmp_path / "no-chromium", {})


@pytest.mark.parametrize("ci", ["true", "TRUE"])
def test_missing_browser_fails_under_ci(tmp_path, ci):
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        _require_browser(tmp_path / "no-chromium", {"CI": ci})


def test_present_browser_passes(tmp_path):
    fake = tmp_path / "chromium"
    fake.write_text("")
    assert _require_browser(Path(fake), {"CI": "true"}) is None
