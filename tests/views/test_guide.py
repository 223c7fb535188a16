"""The Overview's "Where to start": one line per page with a purpose, in navigation order."""
from __future__ import annotations

import pytest

from lib.views import guide


@pytest.mark.parametrize("titles, lines", [
    (["Overview", "Timeline", "Articles"], ["- **Timeline**: events by faction and date",
                                            "- **Articles**: read any source with what was extracted highlighted"]),
    (["Articles", "Timeline"], ["- **Articles**: read any source with what was extracted highlighted",
                                "- **Timeline**: events by faction and date"]),  # the order given
    (["Overview", "No such page"], []),  # titles without a purpose are left out
    ([], []),
])
def test_start_markdown(titles, lines):
    text = guide.start_markdown(titles)
    assert text.startswith("**Where to start**") and text.endswith("copy it to share a view.")
    assert [ln for ln in text.splitlines() if ln.startswith("- ")] == lines
