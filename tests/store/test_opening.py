"""Opening the store as the app and the command line do: seeded once, stale articles re-extracted now or in the
background."""
from __future__ import annotations

from pathlib import Path

import pytest

from lib.store import db, opening, sources, workers

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"

pytestmark = pytest.mark.usefixtures("tmp_data")


def test_seeds_are_ingested_once_on_first_start(tmp_data):
    store = opening.open_store()
    assert store.path == tmp_data / db.FILENAME
    assert sorted(store.article_ids()) == sorted(p.stem for p in SEEDS.glob("*.txt"))
    version = store.version()
    opening.open_store()
    assert store.version() == version


def test_many_stale_articles_are_reextracted_in_the_background(tmp_data, monkeypatch):
    from lib.store import corpus

    opening.open_store()
    monkeypatch.setattr(db, "EXTRACTOR_VERSION", "99.0.0-bg")
    monkeypatch.setattr(workers, "EXTRACTOR_VERSION", "99.0.0-bg")
    monkeypatch.setattr(opening, "SYNC_REFRESH", 2)
    tables = corpus.load_tables(corpus.data_version())  # returns at once, with the old rows
    assert len(tables["articles"]) == 5
    opening.wait_for_refresh(120)
    assert not opening.refreshing()
    assert db.Store().stale() == []
    assert set(corpus.load_tables(corpus.data_version())["articles"]["extractor_version"]) == {"99.0.0-bg"}


def test_a_few_stale_articles_are_reextracted_before_opening_returns(tmp_data, monkeypatch):
    store = db.Store()
    store.ingest([sources.Source("a", b"Qatar said on Monday it would keep mediating, officials said.")])
    monkeypatch.setattr(db, "EXTRACTOR_VERSION", "99.0.0-now")
    monkeypatch.setattr(workers, "EXTRACTOR_VERSION", "99.0.0-now")
    assert opening.open_store(seed_if_new=False, refresh="auto").stale() == []
    assert not opening.refreshing()


def test_refresh_false_leaves_stale_articles(tmp_data, monkeypatch):
    db.Store().ingest([sources.Source("a", b"Egypt hosted talks in Cairo on Sunday.")])
    monkeypatch.setattr(db, "EXTRACTOR_VERSION", "99.0.0-later")
    assert opening.open_store(seed_if_new=False, refresh=False).stale() == ["a"]
