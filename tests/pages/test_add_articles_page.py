"""The Add articles page, driven through Streamlit's AppTest on a temporary store ($DIPLO_DATA)."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.store import db, sources

ROOT = Path(__file__).resolve().parents[2]
PAGE = str(ROOT / "app_pages" / "6_Add_articles.py")
TEXT = ("DOHA, May 2 (Reuters) - Qatar said on Monday it would keep mediating between Hamas and Israel, "
        "a foreign ministry spokesman told reporters.")
HTML = (b"<html><head><title>Egypt hosts talks in Cairo</title>"
        b'<meta property="og:site_name" content="Nile Daily">'
        b'<meta property="article:published_time" content="2023-03-19">'
        b'<link rel="canonical" href="https://example.org/talks"></head><body><article>'
        b"<p>Egypt hosted talks in Cairo on Sunday between Israeli and Palestinian officials, the foreign ministry "
        b"said in a statement after the meeting ended.</p></article></body></html>")


@pytest.fixture(autouse=True)
def tmp_data(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLO_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("DIPLO_ARTICLES", raising=False)
    db.Store().set_meta("seeded", "skipped")  # an empty store: these tests are about what the page adds
    return tmp_path / "data"


def page() -> AppTest:
    at = AppTest.from_file(PAGE, default_timeout=120).run()
    assert not at.exception, at.exception
    return at


def submit(at: AppTest, label_start: str) -> AppTest:
    [button] = [b for b in at.button if b.label.startswith(label_start)]
    button.click().run()
    assert not at.exception, at.exception
    return at


def stored_articles():
    return db.Store().tables()["articles"].set_index("article_id")


def test_page_states_the_limits():
    at = page()
    assert at.title[0].value == "Add articles"
    caption = at.caption[0].value
    assert "5 MB" in caption and f"{sources.MAX_FILES} articles" in caption and ".zip" in caption


def test_paste_text_adds_an_article_and_shows_its_rows(tmp_data):
    at = page()
    at.text_area(key="paste_text").input(TEXT)
    at.text_input(key="paste_title").input("Qatar keeps mediating")
    at.text_input(key="paste_published").input("2022-05-02")
    submit(at, "Add text")
    assert "1 added" in at.success[0].value
    arts = stored_articles()
    pasted = [a for a in arts.index if a.startswith("pasted-")]
    assert len(pasted) == 1
    row = arts.loc[pasted[0]]
    assert row["title"] == "Qatar keeps mediating" and row["published"] == "2022-05-02"
    assert row["status"] in ("ok", "warning")
    assert any(m.label == "New mentions" for m in at.metric)
    added = next(d.value for d in at.dataframe if "open" in d.value.columns)  # opens each added article
    assert list(added["article_id"]) == pasted and added["open"].iloc[0] == f"Articles?doc={pasted[0]}"
    stored = sorted(tmp_data.iterdir())  # only the store and its writer lock, no files from input
    assert stored == [tmp_data / db.FILENAME, tmp_data / (db.FILENAME + ".lock")]


def test_empty_paste_is_refused():
    at = page()
    submit(at, "Add text")
    assert "Paste the article text first" in at.error[0].value


def test_upload_one_html_prefills_the_metadata_form():
    at = page()
    at.file_uploader(key="upload_files").set_value(("talks.html", HTML, "text/html")).run()
    assert not at.exception, at.exception
    assert at.text_input(key="meta_title").value == "Egypt hosts talks in Cairo"
    assert at.text_input(key="meta_published").value == "2023-03-19"
    at.text_input(key="meta_outlet").input("Nile Daily (edited)")
    submit(at, "Add 1 article")
    row = stored_articles().loc["talks"]
    assert row["title"] == "Egypt hosts talks in Cairo" and row["outlet"] == "Nile Daily (edited)"
    assert row["published"] == "2023-03-19" and row["source_format"] == "html"
    assert db.Store().raw("talks") == HTML


def test_upload_many_with_a_zip_and_bad_files():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("batch/one.txt", TEXT)
        zf.writestr("batch/two.md", "Jordan's king met the Palestinian president in Amman on Tuesday.")
        zf.writestr("batch/notes.pdf", b"%PDF-1.4")
        zf.writestr("__MACOSX/._one.txt", b"junk")
    files = [("../../escape.txt", b"Oman hosted a round of talks in Muscat on Friday, diplomats said.", "text/plain"),
             ("empty.txt", b"", "text/plain"),
             ("batch.zip", buf.getvalue(), "application/zip")]
    at = page()
    at.file_uploader(key="upload_files").set_value(files).run()
    assert not at.exception, at.exception
    # One summary and one table per kind of problem, before the Add button; no box per file.
    assert [w.value for w in at.warning] == ["3 of 5 files will be added; 2 skipped (see why below)."]
    assert not at.error
    labels = sorted(e.label for e in at.expander)
    assert labels == ["Empty: no text: 1 file(s)",
                      "Unsupported file type (use .txt, .md, .html or a .zip of them): 1 file(s)"]
    tables = [d.value for d in at.dataframe]
    problems = {tuple(r) for t in tables if list(t.columns) == ["file", "why"] for r in t.values.tolist()}
    assert ("batch.zip/batch/notes.pdf", "unsupported file type .pdf; use .txt, .md, .html or a .zip of them") \
        in problems and ("empty.txt", "empty: no text") in problems
    submit(at, "Add 3 article")
    arts = stored_articles()
    assert {"escape", "one", "two"} <= set(arts.index)
    assert "empty" not in arts.index  # an empty file is not stored as an article
    assert arts.loc["one", "status"] in ("ok", "warning")
    assert arts.loc["one", "title"] == TEXT.splitlines()[0][:120].strip()  # a findable title: the first line
    assert not (ROOT.parent / "escape.txt").exists()


def test_uploading_the_same_file_twice_adds_nothing():
    at = page()
    at.file_uploader(key="upload_files").set_value(("a.txt", TEXT.encode(), "text/plain")).run()
    submit(at, "Add 1 article")
    n = len(stored_articles())
    at2 = page()
    at2.file_uploader(key="upload_files").set_value(("copy.txt", TEXT.encode(), "text/plain")).run()
    submit(at2, "Add 1 article")
    notes = [d.value for d in at2.dataframe if "note" in d.value.columns]
    assert any("already in the store as a" in n for t in notes for n in t["note"])
    assert len(stored_articles()) == n


def test_expand_uploads_limits(monkeypatch):
    monkeypatch.setattr(sources, "MAX_FILES", 2)
    ok, bad = sources.expand_uploads([("a.txt", b"x"), ("b.txt", b"y"), ("c.txt", b"z"), ("d.zip", b"not a zip")])
    assert [u.name for u in ok] == ["a.txt", "b.txt"]
    assert [n for n, _ in bad] == ["c.txt", "d.zip"]
    assert "more than 2 articles" in bad[0][1] and "not a readable .zip" in bad[1][1]
    from lib.store.loader import MAX_BYTES

    ok, bad = sources.expand_uploads([("big.txt", b"x" * (MAX_BYTES + 1))])
    assert ok == [] and "the limit is 5 MB" in bad[0][1]
