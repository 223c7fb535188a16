"""Air-gapped: loading, extraction and every page work with all network access refused."""
from __future__ import annotations

import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(self, address, *a, **k):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1")):
            return real_connect(self, address, *a, **k)
        attempts.append(address)
        raise OSError(f"network disabled in test: {address}")

    real_connect = socket.socket.connect
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: refuse(self, address) or 0)
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: (_ for _ in ()).throw(
        OSError(f"DNS disabled in test: {host}")) if host not in ("localhost", "127.0.0.1", None) else
        [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", a[0] if a else 0))])
    return attempts


def test_extraction_needs_no_network(no_network, tmp_path):
    from lib.cli import main

    assert main(["extract", "seeds", "--manifest", "seeds/manifest.csv", "--out", str(tmp_path), "--quiet"]) == 0
    assert no_network == []


def test_pages_need_no_network(no_network):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    for page in sorted((ROOT / "app_pages").glob("*.py")):
        at.switch_page(page.relative_to(ROOT).as_posix()).run()
        assert not at.exception, page
    assert no_network == []


def test_no_cdn_urls_in_app_code():
    """Nothing in the app points a browser at an outside host (map tiles, topojson, fonts)."""
    hosts = ("cdn.plot.ly", "unpkg.com", "jsdelivr", "tile.openstreetmap", "mapbox.com", "googleapis.com")
    files = [ROOT / "app.py", *(ROOT / "app_pages").glob("*.py"), *(ROOT / "lib").rglob("*.py")]
    for f in files:
        text = f.read_text(encoding="utf-8")
        for h in hosts:
            assert h not in text, f"{f} mentions {h}"
