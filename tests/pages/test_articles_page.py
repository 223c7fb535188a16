"""Articles page (AppTest): viewer from a link, hostile article shown as text, notices for bad links."""
from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
PAGE = "app_pages/5_Articles.py"


def run(params: dict | None = None, env_dir: Path | None = None, monkeypatch=None) -> AppTest:
    if env_dir is not None:  # a fresh store seeded from env_dir
        monkeypatch.setenv("DIPLO_ARTICLES", str(env_dir))
        monkeypatch.setenv("DIPLO_DATA", str(env_dir / "data"))
    at = AppTest.from_file(str(ROOT / PAGE), default_timeout=120)  # a URL opened straight on this page
    for k, v in (params or {}).items():
        at.query_params[k] = v
    return at.run()


def iframe_html(at) -> str:
    frames = at.get("iframe")
    assert frames, "the viewer frame is missing"
    return frames[0].proto.srcdoc if hasattr(frames[0].proto, "srcdoc") else str(frames[0].proto)


def test_link_opens_the_article_at_the_sentence(seed_tables):
    ev = seed_tables["events"].iloc[-1]  # not the first article: the link must select it
    at = run({"doc": ev["article_id"], "at": str(ev["start"])})
    assert not at.exception
    assert ev["article_id"] != seed_tables["articles"].iloc[0]["article_id"]
    assert at.selectbox(key="doc_pick").value == ev["article_id"]
    assert at.query_params["doc"] == [ev["article_id"]] or at.query_params["doc"] == ev["article_id"]
    html = iframe_html(at)
    assert 'id=\\"sel\\"' in html or 'id="sel"' in html
    assert not at.warning


def test_bad_link_params_are_notices():
    at = run({"doc": "no-such-article", "at": "abc"})
    assert not at.exception
    text = " ".join(w.value for w in at.warning)
    assert "not in the data" in text and "not a number" in text


def test_sentence_not_in_article_is_a_notice(seed_tables):
    at = run({"doc": seed_tables["articles"].iloc[0]["article_id"], "at": "999999"})
    assert not at.exception
    assert any("not in this article" in w.value for w in at.warning)


def test_hostile_article_is_displayed_as_text(tmp_path, monkeypatch):
    (tmp_path / "evil.txt").write_text(
        "Officials met in Cairo on Sunday.\n\n<script>alert('x')</script> <img src=x onerror=\"alert(1)\"> "
        "[click](javascript:alert(1)) and talks went on.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "article_id,outlet,title,url,published\nevil,<b>Outlet</b>,[t](javascript:x),javascript:alert(1),2023-03-19\n",
        encoding="utf-8")
    at = run({"doc": "evil"}, tmp_path, monkeypatch)
    assert not at.exception
    html = iframe_html(at)
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert "&lt;img src=x onerror=" in html and "<img src=x" not in html
    assert "&#91;click&#93;&#40;javascript" in html
    # The untrusted URL is blanked when the manifest is read (a javascript: url is no address of an article; the
    # load reports it): it is shown nowhere, as a link, markdown or text.
    assert not any("javascript:alert(1)" in t.value for t in at.text)
    assert not [m for m in at.markdown if "javascript" in m.value]
