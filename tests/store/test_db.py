"""The DuckDB store: idempotent, transactional ingest; re-extraction on a new extractor version; restarts."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lib.models import TABLES
from lib.store import db, opening, schema, sources, workers
from lib.views.export import export as export_tables

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"
TEXT_A = b"CAIRO, March 19 (AFP) - Egypt hosted talks between Israeli and Palestinian officials on Sunday."
TEXT_B = b"Qatar said on Monday it would keep mediating between Hamas and Israel, officials said."


pytestmark = pytest.mark.usefixtures("tmp_data")


@pytest.fixture
def store(tmp_data):
    return db.Store(tmp_data / "test.duckdb")


def seed_sources():
    srcs, msgs, rejected = sources.sources_from_paths([SEEDS], SEEDS / "manifest.csv")
    assert msgs == [] and rejected == []
    return list(srcs)


def test_default_path_honours_diplo_data(tmp_data):
    assert db.default_path() == tmp_data / db.FILENAME


def test_ingest_is_idempotent(store):
    first = store.ingest(seed_sources())
    assert [r.outcome for r in first.results] == ["added"] * 5
    counts = store.counts()
    version = store.version()
    again = store.ingest(seed_sources())
    assert [r.outcome for r in again.results] == ["duplicate"] * 5
    assert [r.article_id for r in again.results] == [r.article_id for r in first.results]
    assert store.counts() == counts
    assert store.version() == version  # nothing written, nothing for the app to reload


def test_same_content_under_another_name_is_the_same_article(store):
    store.ingest([sources.Source("a", TEXT_A)])
    r = store.ingest([sources.Source("b", TEXT_A, name="copy of a.txt"), sources.Source("c", TEXT_A)])
    assert [(x.outcome, x.duplicate_of) for x in r.results] == [("duplicate", "a"), ("duplicate", "a")]
    assert store.article_ids() == ["a"]


def test_other_content_under_a_taken_id_is_kept_under_a_new_id(store):
    store.ingest([sources.Source("a", TEXT_A)])
    r = store.ingest([sources.Source("a", TEXT_B)])
    assert r.results[0].outcome == "renamed"
    new_id = r.results[0].article_id
    assert new_id.startswith("a-") and len(new_id) == 10
    assert sorted(store.article_ids()) == sorted(["a", new_id])
    assert store.raw(new_id) == TEXT_B and store.raw("a") == TEXT_A


def test_stored_bytes_text_and_row_offsets(store):
    store.ingest(seed_sources())
    tables = store.tables()
    assert set(tables) == set(TABLES) | {"regions"}
    for name, (_cls, cols) in TABLES.items():
        assert tuple(tables[name].columns) == cols
    aid = "001_eef54388a8cce2a5"
    raw = (SEEDS / f"{aid}.txt").read_bytes()
    assert store.raw(aid) == raw
    text = store.text(aid)
    assert text == raw.decode("utf-8").replace("\r\n", "\n")
    arts = tables["articles"].set_index("article_id")
    assert arts.loc[aid, "outlet"] == "The Jerusalem Post" and arts.loc[aid, "published"] == "2023-02-04"
    assert set(arts["status"]) <= {"ok", "warning"}
    texts = {a: store.text(a) for a in arts.index}
    for name in ("events", "statements", "casualties"):
        for r in tables[name].itertuples():
            assert texts[r.article_id][r.start:r.end] == r.sentence
    for r in tables["mentions"].itertuples():
        assert texts[r.article_id][r.start:r.end] == r.text


def test_failed_extraction_keeps_the_article_with_status_error(store, monkeypatch):
    import lib.extract

    real = lib.extract.extract_document

    def flaky(doc):
        if "Qatar" in doc.text:
            raise RuntimeError("boom")
        return real(doc)

    monkeypatch.setattr(lib.extract, "extract_document", flaky)
    r = store.ingest([sources.Source("good", TEXT_A), sources.Source("bad", TEXT_B)])
    status = {x.article_id: (x.status, x.error) for x in r.results}
    assert status["good"][0] == "ok"
    assert status["bad"][0] == "error" and "RuntimeError: boom" in status["bad"][1]
    arts = store.tables()["articles"].set_index("article_id")
    assert arts.loc["bad", "status"] == "error" and "boom" in arts.loc["bad", "error"]
    assert store.raw("bad") == TEXT_B and store.text("bad") == TEXT_B.decode()  # nothing lost


def test_undecodable_file_is_stored_with_status_error(store):
    r = store.ingest([sources.Source("bin", b"\x00\x01" * 40), sources.Source("ok", TEXT_A)])
    assert [(x.article_id, x.status) for x in r.results] == [("bin", "error"), ("ok", "ok")]
    assert "binary" in r.results[0].error
    assert store.raw("bin") == b"\x00\x01" * 40 and store.text("bin") is None


class Crash(BaseException):
    """Stands for the process dying between the two transactions."""


def test_interrupted_ingest_leaves_pending_articles_that_refresh_extracts(store, monkeypatch):
    def crash(*_a, **_k):
        raise Crash

    with monkeypatch.context() as m:
        m.setattr(db.Store, "_commit_extractions", crash)
        with pytest.raises(Crash):
            store.ingest([sources.Source("a", TEXT_A)])
    arts = store.tables()["articles"]
    assert list(arts["status"]) == ["pending"]  # stored before extraction, visible
    assert store.stale() == ["a"]
    assert store.refresh() == 1
    assert list(store.tables()["articles"]["status"]) == ["ok"]
    assert store.stale() == []


def test_new_extractor_version_triggers_reextraction(tmp_data, monkeypatch):
    from lib.store import corpus

    first = corpus.load_tables(corpus.data_version())
    assert len(first["articles"]) == 5 and set(first["articles"]["extractor_version"]) == {db.EXTRACTOR_VERSION}
    v1 = corpus.data_version()
    store = db.Store()
    assert store.stale() == []
    monkeypatch.setattr(db, "EXTRACTOR_VERSION", "99.0.0-test")
    monkeypatch.setattr(workers, "EXTRACTOR_VERSION", "99.0.0-test")
    assert len(store.stale()) == 5
    second = corpus.load_tables(corpus.data_version())
    assert set(second["articles"]["extractor_version"]) == {"99.0.0-test"}
    assert store.stale() == []
    assert corpus.data_version() != v1
    for name in TABLES:  # same extractor code: the same rows, no duplicates
        cols = [c for c in TABLES[name][1] if c != "extractor_version"]
        a = first[name][cols].astype(str).sort_values(cols).reset_index(drop=True)
        b = second[name][cols].astype(str).sort_values(cols).reset_index(drop=True)
        assert a.equals(b), name


def test_store_survives_a_restart(store):
    store.ingest(seed_sources())
    counts = store.counts()
    del store
    code = ("import sys; from lib.store import db; s = db.Store(sys.argv[1]); "
            "print(s.counts()['articles'], s.counts()['mentions'], len(s.text('000_1c5834763d2353bb')))")
    out = subprocess.run([sys.executable, "-c", code, str(db.data_dir() / "test.duckdb")], cwd=ROOT,
                         capture_output=True, text=True, check=True)
    n_art, n_men, n_chars = map(int, out.stdout.split())
    assert (n_art, n_men) == (counts["articles"], counts["mentions"])
    assert n_chars > 1000
    reopened = db.Store(db.data_dir() / "test.duckdb")
    assert reopened.counts() == counts
    assert [r.outcome for r in reopened.ingest(seed_sources()).results] == ["duplicate"] * 5


def test_data_version_changes_only_when_the_store_does(tmp_data):
    from lib.store import corpus

    v = corpus.data_version()
    assert corpus.data_version() == v
    db.Store().ingest([sources.Source("new", TEXT_B)])
    assert corpus.data_version() != v


def test_article_text_reads_the_store_and_still_reads_files(tmp_data):
    from lib.store import corpus

    opening.open_store()
    aid = "000_1c5834763d2353bb"
    assert corpus.article_text(aid) == corpus.article_text(str(SEEDS / f"{aid}.txt"))
    assert corpus.article_text("no-such-article") == ""


def test_parallel_ingest_matches_serial(tmp_data):
    srcs = seed_sources()
    a = db.Store(tmp_data / "serial.duckdb")
    b = db.Store(tmp_data / "parallel.duckdb")
    a.ingest(srcs)
    b.ingest(srcs, workers=2, batch=3)
    ta, tb = a.tables(), b.tables()
    for name in TABLES:
        assert ta[name].drop(columns=["path"], errors="ignore").equals(tb[name].drop(columns=["path"], errors="ignore"))


def test_export_applies_the_app_filters(store, tmp_path):
    from lib.views.filters import Filters

    store.ingest(seed_sources())
    out = tmp_path / "out"
    n = export_tables(store, out, "csv", Filters(articles=("001_eef54388a8cce2a5",)))
    assert n["articles"] == 1
    import pandas as pd

    arts = pd.read_csv(out / "articles.csv")
    assert list(arts["article_id"]) == ["001_eef54388a8cce2a5"]
    with pytest.raises(ValueError):
        export_tables(store, out, "xlsx")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_any_bytes_ingest_without_raising_and_idempotently(store, raw):
    first = store.ingest([sources.Source("x", raw)]).results[0]
    second = store.ingest([sources.Source("y", raw)]).results[0]
    assert second.outcome == "duplicate" and second.article_id == first.article_id
    assert store.raw(first.article_id) == raw


def test_an_older_store_gains_new_model_columns(tmp_data):
    import duckdb

    path = tmp_data / "old.duckdb"
    tmp_data.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    cols = [(c, t) for c, t in schema.table_columns("events") if c != "trigger"]
    con.execute("CREATE TABLE events (" + ", ".join(f'"{c}" {t}' for c, t in cols) + ")")
    con.close()
    store = db.Store(path)
    store.ingest([sources.Source("a", TEXT_A)])
    assert "trigger" in store.tables()["events"].columns


def test_a_store_held_by_another_process_gives_a_clear_error(store):
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); time.sleep(30)", str(store.path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        busy = db.Store.__new__(db.Store)
        busy.path, busy.wait = store.path, 0.5
        with pytest.raises(db.StoreBusy, match="in use by another process"):
            busy.connect()
    finally:
        holder.kill()
        holder.wait()
    assert store.counts()["articles"] == 0  # usable again once the other process is gone


def test_cluster_ids_are_computed_once_per_corpus_version_and_saved(store, monkeypatch):
    from lib.store import appended, clusters

    store.ingest([sources.Source("a", TEXT_B, meta={"published": "2023-05-01"})])
    first = store.tables()["events"]
    assert first["event_cluster_id"].fillna("").str.len().gt(0).all()
    full, new = [], []
    all_, new_ = clusters._link_all, appended.link_appended  # (a full relink; the new reports alone)
    monkeypatch.setattr(clusters, "_link_all", lambda *a: full.append(1) or all_(*a))
    monkeypatch.setattr(appended, "link_appended", lambda *a: (new_(*a) and not new.append(1)))
    again = store.tables()["events"]
    assert full == new == [] and list(again["event_cluster_id"]) == list(first["event_cluster_id"])
    store.ingest([sources.Source("b", b"Egypt hosted talks in Cairo on Sunday, officials said.",
                            meta={"published": "2023-05-02"})])
    linked = store.tables()["events"]
    assert new == [1]  # a changed corpus links again: the new article only (link_all runs inside for its reports)
    expect = clusters.link_all(linked.assign(event_cluster_id=""), store.article_ids())
    assert list(linked["event_cluster_id"]) == list(expect)  # the same as a full relink
    assert list(store.tables()["events"]["event_cluster_id"]) == list(expect)  # and saved
    store.refresh(ids=["b"])  # re-extraction of a linked article: everything is relinked
    full.clear()
    store.tables()
    assert full == [1] and new == [1]


def test_reads_keep_a_key_index_of_the_saved_reports_and_look_new_ones_up_in_it(store, monkeypatch):
    from lib.store import clusters

    def index_ids():
        with store.connect() as con:
            return sorted({r[0] for r in con.execute("SELECT event_id FROM link_index").fetchall()})

    store.ingest([sources.Source("a", TEXT_B, meta={"published": "2023-05-01"})])
    first = store.tables()["events"]
    assert index_ids() == sorted(clusters.index_rows(first)["event_id"].unique())
    from lib.store import appended

    looked = []
    lookup = appended.new_reports  # (None when the saved state needs a full relink)
    monkeypatch.setattr(appended, "new_reports", lambda *a: None if (r := lookup(*a)) is None else (looked.append(1) or r))
    store.ingest([sources.Source("b", b"Egypt hosted talks in Cairo on Sunday, officials said.",
                                 meta={"published": "2023-05-02"})])
    linked = store.tables()["events"]
    assert len(looked) == 1  # the new article's reports were looked up in the index ...
    assert index_ids() == sorted(clusters.index_rows(linked)["event_id"].unique())  # ... and filed in it
    assert list(linked["event_cluster_id"]) == list(clusters.link_all(linked.assign(event_cluster_id=""),
                                                                        store.article_ids()))
    with store.writing() as con:  # a store that lost its index links without it and files every report again
        con.execute("DROP TABLE link_index")
    store.ingest([sources.Source("c", b"Egypt hosted talks in Cairo on Monday, officials said.",
                                 meta={"published": "2023-05-02"})])
    again = store.tables()["events"]
    assert len(looked) == 1 and index_ids() == sorted(clusters.index_rows(again)["event_id"].unique())
    assert list(again["event_cluster_id"]) == list(clusters.link_all(again.assign(event_cluster_id=""),
                                                                       store.article_ids()))
