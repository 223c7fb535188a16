"""Every page renders from app.py without an exception (Streamlit AppTest)."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "app_pages").glob("*.py"))


def test_overview_shows_the_seed_articles():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    assert at.title[0].value == "Diplomacy Timeline"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == "5"


@pytest.mark.parametrize("page", PAGES)
def test_page_renders(page):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert at.title, f"{page} shows no title"


SHARED = {"q": "talks", "faction": "Egypt", "body_only": "false"}


@pytest.mark.parametrize("page", ["app.py", *PAGES])
def test_shared_filters_restore_on_every_page(page):
    """A link carrying filters restores them on any page (sidebar widgets bound to the URL)."""
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    for k, v in SHARED.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    keys = {w.key for w in at.sidebar.text_input}
    if "q" not in keys:
        pytest.skip(f"{page} has no shared sidebar filters")
    assert at.sidebar.text_input(key="q").value == "talks"
    assert at.sidebar.multiselect(key="faction").value == ["Egypt"]
    assert at.sidebar.checkbox(key="body_only").value is False


@pytest.mark.parametrize("page", ["app.py", *PAGES])
def test_garbage_params_never_raise(page):
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    for k, v in {"dates": ["x", "y", "z"], "faction": "<script>", "q": "'" * 500, "body_only": "2",
                 "doc": "../../etc/passwd", "at": "-1", "lane": "nope"}.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception


def test_overview_says_what_every_page_is_for():
    from lib import ui
    from lib.views import guide

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    shown = next(m.value for m in at.markdown if m.value.startswith("**Where to start**"))
    others = [title for _path, title in ui.PAGES if title != "Overview"]
    assert set(guide.PURPOSES) == set(others)  # a new page needs its line
    assert all(f"**{t}**: {guide.PURPOSES[t]}" in shown for t in others)
    assert "Overview" not in shown and "address bar" in shown
