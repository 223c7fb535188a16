"""Untrusted text stays text on every page (issue #18 item 6), in Debian's Chromium on this module's own store
seeded with one hostile article: markdown, KaTeX, HTML and bare URLs in its title, outlet, URL and a quoted
statement, in link parameters, and in an uploaded file's name. None may become a link, formula, tag or emphasis.
"""
from __future__ import annotations

import pytest

from tests.browser.conftest import start_app, stop_app, wait_idle

pytestmark = pytest.mark.browser

EVIL = "evil.example"
ARTICLE = ('GAZA, March 19 (Reuters) - Egyptian officials met Hamas leaders in Cairo on Sunday to discuss a truce, '
           'officials said.\n\n"We will only accept a truce that is announced at http://evil.example.com/a and '
           '**now** $E=mc^2$ <img src=x onerror=alert(1)> www.evil.example.org," Hamas spokesman Hazem Qassem '
           'said on Sunday.\n\nIsraeli air strikes killed 12 Palestinians in Gaza City on Saturday, the health '
           'ministry said.\n')
MANIFEST = ('article_id,outlet,title,url,published\nhostile,"**Bold** Outlet $x^2$",'
            '"<b>Title</b> [link](http://evil.example.com) $\\alpha$",http://evil.example.com/story,2023-03-19\n')
PARAMS = ("q=**x**+$y$&faction=<b>Hamas</b>&place=http://evil.example.com&lane=$x$&view=[a](http://evil.example.com)"
          "&doc=**d**&at=http://evil.example.com&event=$e$&colour=<i>c</i>")
PAGES = ("", "Timeline", "Mediator_map", "Casualties", "Statements", "Articles", "Add_articles")


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    from tests.browser.conftest import _require_browser

    _require_browser()
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "manifest.csv").write_text(MANIFEST, encoding="utf-8")
    proc, url, _log = start_app(articles=str(folder))
    try:
        yield url
    finally:
        stop_app(proc)


def rendered_markup(page) -> dict:
    """What markdown/HTML/KaTeX would have produced from the hostile text, counted in the whole document."""
    return page.evaluate("""(evil) => ({
        links: [...document.querySelectorAll('a[href]')].filter(a => new URL(a.href).hostname.includes(evil))
                   .map(a => a.href + ' ' + a.innerText + ' ' + (a.closest('[data-testid]')||{}).dataset?.testid),
        katex: document.querySelectorAll('.katex, .katex-display').length,
        images: document.querySelectorAll('img[src="x"]').length,
        bold: [...document.querySelectorAll('[data-testid="stMain"] strong, [data-testid="stMain"] b, '
                + '[data-testid="stSidebar"] strong, [data-testid="stMain"] i')]
              .map(e => e.innerText).filter(t => /Bold|Title|now|^c$|^x$|Hamas/.test(t)),
    })""", EVIL)


CLEAN = {"links": [], "katex": 0, "images": 0, "bold": []}


@pytest.mark.parametrize("path", PAGES)
def test_hostile_text_stays_text_on_every_page(open_page, page, path, external_requests):
    open_page(path, PARAMS, ready=None)
    assert not page.locator('[data-testid="stException"]').count()
    assert rendered_markup(page) == CLEAN
    assert external_requests == []


def test_hostile_quote_and_metadata_are_shown_literally(open_page, page, external_requests):
    open_page("Statements", "compare=Hamas")
    main = page.locator('[data-testid="stMain"]')
    main.get_by_text("http://evil.example.com/a and **now** $E=mc^2$", exact=False).first.wait_for()
    assert rendered_markup(page) == CLEAN
    open_page("Articles", "doc=hostile", ready="iframe")
    text = main.inner_text()
    assert "**Bold** Outlet $x^2$" in text and "http://evil.example.com/story" in text
    assert rendered_markup(page) == CLEAN
    assert external_requests == []


def test_hostile_file_name_in_upload_messages(open_page, page, external_requests):
    open_page("Add_articles", ready='[data-testid="stFileUploader"]')
    name = "**x** $y$ [z](http://evil.example.com) <b>w</b>.txt"
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([
        {"name": name, "mimeType": "text/plain", "buffer": b"Envoys met in Amman on Sunday, officials said."},
        {"name": "$$a$$ http://evil.example.com.pdf", "mimeType": "application/pdf", "buffer": b"%PDF"}])
    page.get_by_text("article(s) ready").first.wait_for(timeout=60_000)
    wait_idle(page)
    assert rendered_markup(page) == CLEAN
    page.get_by_role("button", name="Add 1 article(s)").click()
    page.get_by_text("1 added (0 under a new id)").wait_for(timeout=120_000)
    wait_idle(page)
    assert rendered_markup(page) == CLEAN
    assert external_requests == []
