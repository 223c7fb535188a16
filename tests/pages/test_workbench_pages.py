"""Workbench settings that hold without a browser (issue #16): the upload limit Streamlit enforces is the one
the page states, the server is configured never to call out, and no emoji icon is left (they render as empty
boxes on a machine without an emoji font; Material icons ship with Streamlit)."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
EMOJI = re.compile("[\U0001F000-\U0001FFFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F]")


def test_upload_limit_is_the_real_one():
    from lib.store import sources

    assert CONFIG["server"]["maxUploadSize"] == sources.MAX_ZIP_BYTES // 2**20


def test_server_is_configured_offline():
    assert CONFIG["server"]["headless"] is True
    assert CONFIG["browser"]["gatherUsageStats"] is False
    assert CONFIG["browser"]["serverAddress"] in ("localhost", "127.0.0.1")


def test_no_emoji_icons_in_the_app():
    files = [ROOT / "app.py", *sorted((ROOT / "lib" / "ui").glob("*.py")), *sorted((ROOT / "app_pages").glob("*.py"))]
    found = [f"{f.name}:{i}" for f in files for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
             if EMOJI.search(line)]
    assert found == []
    assert EMOJI.search("icon='\U0001F50E'")  # the pattern does catch an emoji


def test_overview_counts_are_what_the_pages_show(seed_tables):
    """Item 9: the Overview's event count is the Timeline's (same default filters); the store's total beside it."""
    from streamlit.testing.v1 import AppTest

    from lib.views.filters import Filters, apply_filters

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception, at.exception
    metrics = {m.label: m for m in at.metric}
    events = seed_tables["events"]
    shown = len(apply_filters(events, Filters(), seed_tables["articles"]))
    assert metrics["Events"].value == str(shown)
    if shown != len(events):
        assert metrics["Events"].delta == f"{len(events)} stored in all"
    at.switch_page("app_pages/1_Timeline.py").run()
    assert any(c.value.startswith(f"{shown} events") for c in at.caption)


def test_map_fallback_never_says_meetings_for_places():
    """Item 7: when no meeting has a venue, the map shows places named, and every label says places/mentions."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params["event_type"] = "attack"  # attacks are never meetings with a venue
    at.run()
    at.switch_page("app_pages/2_Mediator_map.py").run()
    assert not at.exception, at.exception
    assert any("showing the places" in i.value for i in at.info)
    assert [m.label for m in at.metric] == ["Places named"] and "mentions" in at.metric[0].delta
    assert [s.value for s in at.subheader] == ["Places named in the articles"]
