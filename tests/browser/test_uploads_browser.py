"""Adding articles in Debian's Chromium (issue #16 items 10-13), on this module's own server and store: problems
shown once and grouped before the Add button, unsafe zip paths flagged, empty and binary files never stored,
uploaded articles findable by title, outlet or id, and an upload undone or articles removed from the UI."""
from __future__ import annotations

import io
import zipfile

import pytest

from tests.browser.conftest import start_app, stop_app, wait_idle

pytestmark = pytest.mark.browser

GOOD = ("Ministers from Oman and Qatar held talks in Muscat\n\nMUSCAT, May 3 (Reuters) - Oman hosted talks "
        "between Qatari and Egyptian envoys in Muscat on Wednesday, officials said.")


@pytest.fixture(scope="module")
def app_url():
    from tests.browser.conftest import _require_browser

    _require_browser()
    proc, url, _log = start_app()
    try:
        yield url
    finally:
        stop_app(proc)


def a_zip(n_small: int = 0) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("batch/good.txt", GOOD)
        zf.writestr("batch/empty.txt", "   \n")
        zf.writestr("batch/blob.txt", b"\x00\x01\x02\x03 binary")
        zf.writestr("../escape.txt", "Talks in Doha on Monday.")
        zf.writestr("/abs.txt", "Talks in Doha on Tuesday.")
        zf.writestr("batch/notes.pdf", b"%PDF-1.4")
        for i in range(n_small):
            zf.writestr(f"many/{i:04d}.txt", f"Item {i}: envoys met in Cairo on Monday.")
    return buf.getvalue()


def upload(page, files) -> None:
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(files)
    page.get_by_text("article(s) ready").first.wait_for(timeout=60_000)
    wait_idle(page)


def test_upload_problems_once_grouped_then_undo(open_page, page, shot, external_requests):
    """Items 10, 11, 12: one summary and a table per kind of problem; the good article gets its first line as
    title and is found in the Articles picker by outlet; Undo removes exactly what the upload added."""
    open_page("Add_articles", ready='[data-testid="stFileUploader"]')
    assert "50MB" in page.locator('[data-testid="stFileUploader"]').inner_text().replace(" ", "")  # item 13
    upload(page, [{"name": "batch.zip", "mimeType": "application/zip", "buffer": a_zip()}])
    assert page.locator('[data-testid="stAlert"]').filter(has_text="files will be added").count() == 1
    assert page.get_by_text("1 of 6 files will be added; 5 skipped").count() == 1
    assert not page.locator('[data-testid="stAlertContentError"]').count()
    headings = page.locator('[data-testid="stExpander"] summary').all_inner_texts()
    assert any("Path leaves the archive" in h and "2 file(s)" in h for h in headings), headings
    assert any("Empty: no text: 1 file(s)" in h for h in headings) and any("Binary" in h for h in headings)
    shot("add_articles_problems")
    page.get_by_role("button", name="Add 1 article(s)").click()
    page.get_by_text("1 added (0 under a new id)").wait_for(timeout=120_000)
    wait_idle(page)

    open_page("Articles", ready='[data-testid="stSelectbox"]')
    pick = page.locator('[data-testid="stSelectbox"]').filter(has_text="Article").first
    pick.click()
    page.keyboard.type("Ministers from Oman")
    option = page.get_by_role("option").filter(has_text="Ministers from Oman and Qatar held talks in Muscat")
    assert option.count() == 1 and "(good)" in option.first.inner_text()
    page.keyboard.press("Escape")

    open_page("Add_articles", ready='[data-testid="stFileUploader"]')
    upload(page, [{"name": "again.txt", "mimeType": "text/plain", "buffer": b"Envoys met in Amman on Sunday, "
                   b"Jordanian officials said."}])
    page.get_by_role("button", name="Add 1 article(s)").click()
    page.get_by_role("button", name="Undo: remove the 1 article(s) this upload added").click()
    page.get_by_text("Removed 1 article(s).").wait_for(timeout=60_000)
    wait_idle(page)
    open_page("Articles", ready='[data-testid="stSelectbox"]')
    assert "again" not in page.locator('[data-testid="stMain"]').inner_text()
    assert external_requests == []


def test_remove_articles_from_the_ui(open_page, page):
    """Item 11: pick articles by title or id, confirm, and they are gone with their rows."""
    open_page("Add_articles", ready='[data-testid="stFileUploader"]')
    upload(page, [{"name": "doomed.txt", "mimeType": "text/plain",
                   "buffer": b"Doomed talks\nEnvoys met in Beirut on Friday, Lebanese officials said."}])
    page.get_by_role("button", name="Add 1 article(s)").click()
    page.get_by_text("1 added (0 under a new id)").wait_for(timeout=120_000)
    wait_idle(page)
    box = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Articles to remove")
    submit = page.locator('[data-testid="stBaseButton-secondaryFormSubmit"]').filter(has_text="Remove")
    box.click()
    page.keyboard.type("Doomed")
    page.get_by_role("option").filter(has_text="(doomed)").first.click()
    page.keyboard.press("Escape")
    submit.click()
    page.get_by_text("Tick the confirmation box to remove them.").wait_for(timeout=30_000)
    wait_idle(page)
    page.get_by_text("Yes, remove them from the store").click()
    submit.click()
    page.get_by_text("Removed 1 article(s).").wait_for(timeout=60_000)
    wait_idle(page)
    open_page("Articles", ready='[data-testid="stSelectbox"]')
    assert "(doomed)" not in page.locator('[data-testid="stMain"]').inner_text()
