"""Fixtures for real-browser tests: the dashboard served by ``streamlit run`` and Debian's Chromium via Playwright.

Reuse them in any ``tests/browser/test_*.py``:

    @pytest.mark.browser
    def test_map(app_url, page, open_page, shot, external_requests):
        open_page("Mediator_map")            # navigates and waits until the script run is over
        shot("map")                          # test-artifacts/map.png
        assert external_requests == []       # every request outside localhost was aborted (and recorded)

Without /usr/bin/chromium the tests are skipped with a clear reason; under CI (CI=true) that is a failure.
Every test in this folder is marked ``browser`` (``pytest -m "not browser"`` leaves them out).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
STARTUP_TIMEOUT_S = 90
VIEWPORT = {"width": 1440, "height": 1000}


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.browser)


SKIP_REASON = "browser tests skipped: Chromium not found at {path} (install it with `apt-get install chromium`, or run .ci/run)"
_skipped: list[str] = []


def _require_browser(path: Path | None = None, env: dict | None = None) -> None:
    """Skip (clearly) without Chromium; under CI=true a missing browser is a failure, never a silent skip."""
    real = path is None
    path = CHROMIUM if path is None else path
    env = os.environ if env is None else env
    if path.exists():
        return
    reason = SKIP_REASON.format(path=path)
    if env.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true: the browser tests must run, but Chromium was not found at {path}", pytrace=False)
    if real:
        _skipped.append(reason)
    pytest.skip(reason)


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.write_line(f"NOTE: {_skipped[0]}", yellow=True, bold=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_app(articles: str | None = None, script: str = "app.py", env: dict | None = None,
              flags: bool = True) -> tuple[subprocess.Popen, str, Path]:
    """Start ``streamlit run`` headless on a free port with its own store (seeded from ``articles`` or the
    seed articles); returns (process, base url, log file).

    ``env`` adds environment variables; ``flags=False`` passes only the port and address, so the settings
    come from ``.streamlit/config.toml`` alone (the air-gap test checks that file)."""
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / f"streamlit-{port}.log"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    env["DIPLO_DATA"] = tempfile.mkdtemp(prefix="diplo-browser-")  # own store, seeded at start
    if articles:
        env["DIPLO_ARTICLES"] = articles
    cmd = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
           "--server.address", "127.0.0.1"]
    if flags:
        cmd += ["--server.headless", "true", "--browser.gatherUsageStats", "false",
                "--server.fileWatcherType", "none", "--server.runOnSave", "false"]
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url, log
        except OSError:
            time.sleep(0.3)
    proc.terminate()
    raise RuntimeError(f"streamlit did not answer /_stcore/health within {STARTUP_TIMEOUT_S}s:\n"
                       f"{log.read_text(errors='replace')[-3000:]}")


def stop_app(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


@pytest.fixture(scope="session")
def app_url():
    """Base URL of the dashboard on the seed articles (one server per test session)."""
    _require_browser()
    proc, url, _log = start_app()
    try:
        yield url
    finally:
        stop_app(proc)


@pytest.fixture(scope="session")
def browser():
    """A headless Debian Chromium driven by Playwright (no browser download)."""
    _require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def external_requests() -> list[str]:
    """URLs the page tried to fetch outside localhost (all of them were aborted)."""
    return []


def _block_outside(context, record: list[str]) -> None:
    def handle(route):
        url = route.request.url
        host = urlparse(url).hostname or ""
        if url.startswith(("data:", "blob:", "about:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            record.append(url)
            route.abort()

    context.route("**/*", handle)


@pytest.fixture
def context(browser, external_requests):
    """A fresh browser context (own cookies, downloads accepted) with the outside network blocked."""
    ctx = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="en-GB", timezone_id="UTC")
    _block_outside(ctx, external_requests)
    try:
        yield ctx
    finally:
        ctx.close()


@pytest.fixture
def page(context):
    p = context.new_page()
    p.set_default_timeout(30_000)
    return p


def wait_idle(page, timeout_ms: int = 90_000, ready: str | None = None) -> None:
    """Wait until Streamlit has rendered and finished the current script run.

    Done = the app shell and a title are there, the "running" status widget has been absent for five
    consecutive checks 200 ms apart with no loading skeleton or spinner, and (if given) the ``ready`` selector is in the DOM.
    """
    page.wait_for_selector('[data-testid="stApp"]', timeout=timeout_ms)
    page.wait_for_selector('[data-testid="stMain"] h1', timeout=timeout_ms)
    page.wait_for_function(
        """() => {
            const w = document.querySelector('[data-testid="stStatusWidget"]');
            const busy = (w && (/running/i.test(w.innerText || '') ||
                                w.querySelector('[data-testid^="stStatusWidgetRunning"]'))) ||
                         document.querySelector('[data-testid="stSpinner"]') ||
                         document.querySelector('[data-testid^="stSkeleton"], [data-testid="stAppSkeleton"]') ||
                         document.querySelector('[data-stale="true"]');
            window.__idleTicks = busy ? 0 : (window.__idleTicks || 0) + 1;
            return window.__idleTicks >= 5;
        }""", polling=200, timeout=timeout_ms)
    if ready:
        page.wait_for_selector(ready, state="attached", timeout=timeout_ms)


@pytest.fixture
def open_page(page, app_url):
    """open_page('Timeline', 'faction=Hamas') -> navigates to app_url/Timeline?faction=Hamas and waits.

    By default it also waits for the sidebar's "Filters" header (drawn once the tables are loaded);
    pass ``ready=`` another selector, or None.
    """

    def go(path: str = "", query: str = "", ready: str | None = '[data-testid="stSidebar"] h2'):
        url = f"{app_url}/{path.lstrip('/')}" + (f"?{query}" if query else "")
        page.goto(url)
        wait_idle(page, ready=ready)
        return page

    return go


@pytest.fixture
def shot(page):
    """shot('timeline') saves test-artifacts/timeline.png (full page) and returns its path."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(name: str, full_page: bool = False) -> Path:
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take
