"""Article pickers on a large store (AppTest): a search lists a bounded number of matches, a link's article is
always listed, and the article tables open each article in the viewer. The seed store is made "large" by lowering
``picker.LIMIT`` below its five articles."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from lib.views import picker

ROOT = Path(__file__).resolve().parents[2]


def run(page: str, params: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / page), default_timeout=120)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    return at.run()


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr(picker, "LIMIT", 2)


def ids_of(seed_tables) -> list[str]:
    return list(seed_tables["articles"]["article_id"])


def test_seed_store_lists_every_article_without_a_search(seed_tables):
    at = run("app_pages/5_Articles.py")
    assert not at.exception
    assert not [t for t in at.text_input if t.key == "doc_find"]
    assert at.selectbox(key="doc_pick").options == [picker.label(r) for r in seed_tables["articles"].to_dict("records")]


def test_articles_page_search_lists_bounded_matches(small_limit, seed_tables):
    at = run("app_pages/5_Articles.py")
    assert not at.exception
    box = at.selectbox(key="doc_pick")
    assert len(box.options) == 2 and box.value == ids_of(seed_tables)[0]
    assert any("5 articles; the first 2 are listed" in c.value for c in at.caption)
    at.text_input(key="doc_find").set_value("sputnik").run()  # an outlet word
    assert not at.exception
    box = at.selectbox(key="doc_pick")
    wanted = next(a for a in ids_of(seed_tables) if a.startswith("003"))
    # a new search drops the article that was open: the one match is listed alone and opens at once
    assert [o.rsplit("(", 1)[1].rstrip(")") for o in box.options] == [wanted]
    assert box.value == wanted and at.query_params["doc"] in (wanted, [wanted])
    at.text_input(key="doc_find").set_value("").run()  # the search emptied: the first articles again
    assert not at.exception
    assert at.selectbox(key="doc_pick").value == ids_of(seed_tables)[0]


def test_a_new_search_drops_the_linked_article_and_sentence(small_limit, seed_tables):
    first, wanted = ids_of(seed_tables)[0], next(a for a in ids_of(seed_tables) if a.startswith("003"))
    at = run("app_pages/5_Articles.py", {"doc": first, "at": "0"})
    assert at.selectbox(key="doc_pick").value == first
    at.text_input(key="doc_find").set_value("sputnik").run()
    assert not at.exception and not at.warning
    assert at.selectbox(key="doc_pick").value == wanted and "at" not in at.query_params
    # the same search again (no change) keeps what was picked
    at.run()
    assert at.selectbox(key="doc_pick").value == wanted


def test_articles_page_link_article_is_listed_beyond_the_limit(small_limit, seed_tables):
    last = ids_of(seed_tables)[-1]
    at = run("app_pages/5_Articles.py", {"doc": last})
    assert not at.exception and not at.warning
    assert at.selectbox(key="doc_pick").value == last


def test_articles_page_search_without_match_says_so(small_limit):
    at = run("app_pages/5_Articles.py")
    at.text_input(key="doc_find").set_value("zzqx nothing").run()
    assert not at.exception
    assert any("Nothing matches" in c.value for c in at.caption)


def test_sidebar_article_filter_is_a_search_on_a_large_store(small_limit, seed_tables):
    last = ids_of(seed_tables)[-1]
    at = run("app.py", {"article": last})  # a link filtering one article beyond the first LIMIT
    assert not at.exception and not at.warning
    box = at.multiselect(key="article")
    assert box.value == [last] and len(box.options) <= picker.LIMIT + 1
    at.text_input(key="article_find").set_value("jerusalem post").run()
    assert not at.exception
    box = at.multiselect(key="article")
    second = ids_of(seed_tables)[1]
    assert box.options == [last, second] and box.value == [last]
    box.select(second).run()
    assert not at.exception
    assert sorted(at.multiselect(key="article").value) == sorted([last, second])


def test_article_tables_open_the_viewer(seed_tables):
    at = run("app.py")
    assert not at.exception
    table = at.dataframe[-1].value
    first = ids_of(seed_tables)[0]
    assert list(table["open"])[0].startswith(f"Articles?doc={first}")
