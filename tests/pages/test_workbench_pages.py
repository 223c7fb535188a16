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
    files = [ROOT / "app.py", ROOT / "lib" / "ui.py", *sorted((ROOT / "app_pages").glob("*.py"))]
    found = [f"{f.name}:{i}" for f in files for i, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1)
             if EMOJI.search(line)]
    assert found == []
    assert EMOJI.search("icon='\U0001F50E'")  # the pattern does catch an emoji
