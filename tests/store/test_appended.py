"""The first read after an ingest links the new articles' reports alone (``lib.store.appended``), with the ids a
full relink gives, and leaves everything else to ``clusters.relink``."""
from __future__ import annotations

import pytest

from lib.store import appended, clusters, db, sources
from lib.store.frames import app_tables

pytestmark = pytest.mark.usefixtures("tmp_data")

# own sentences: meetings and visits that repeat across articles on nearby days, and one unrelated report
TEXTS = [
    ("a1", "2023-05-01", "Egypt hosted talks between Hamas and Fatah in Cairo on Sunday, officials said."),
    ("a2", "2023-05-02", "Hamas and Fatah delegations met in Cairo on Sunday for talks hosted by Egypt."),
    ("a3", "2023-05-02", "The Jordanian foreign minister visited Damascus on Monday and met Assad."),
    ("a4", "2023-05-03", "Talks in Cairo between Fatah and Hamas went on for a second day on Monday."),
    ("a5", "2023-05-04", "Assad received the Jordanian foreign minister in Damascus on Monday."),
    ("a6", "2023-05-05", "Qatar said on Thursday it would keep mediating between Hamas and Israel."),
]


def _src(aid, day, text):
    return sources.Source(aid, text.encode(), meta={"published": day})


@pytest.mark.parametrize("batches", [[2, 4, 6], [1, 2, 3, 4, 5, 6], [3, 6]])
def test_appended_reports_get_the_ids_of_a_full_relink(tmp_data, batches):
    store = db.Store(tmp_data / f"s{len(batches)}.duckdb")
    done, used = 0, []
    for cut in batches:
        store.ingest([_src(*t) for t in TEXTS[done:cut]])
        ok = appended.link_appended(store, store.version())
        used.append(ok)
        events = app_tables(store)["events"]
        ids = events["event_cluster_id"].astype(str)
        full = clusters.link_all(events.assign(event_cluster_id=""), store.article_ids())
        assert list(ids) == list(full.astype(str))
        done = cut
    assert used == [False] + [True] * (len(batches) - 1)  # the first read has no saved state: a full link


def test_no_incremental_link_after_a_change_that_is_not_an_append(tmp_data):
    store = db.Store(tmp_data / "r.duckdb")
    store.ingest([_src(*t) for t in TEXTS[:3]])
    store.tables()
    store.refresh(ids=["a1"])  # re-extraction of a linked article: everything is relinked
    assert appended.new_reports(store, store.version()) is None


def test_nothing_is_saved_when_the_store_changed_meanwhile(tmp_data):
    store = db.Store(tmp_data / "c.duckdb")
    store.ingest([_src(*t) for t in TEXTS[:2]])
    store.tables()
    old = store.version()
    store.ingest([_src(*TEXTS[2])])
    assert appended.link_appended(store, old) is False
    assert appended.link_appended(store, store.version()) is True
