"""Aggregates saved beside the store (lib.store.saved): computed once per data version and code, read back after."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from lib.store import saved


@pytest.fixture
def store(tmp_path):
    return tmp_path / "diplo.duckdb"


def counter():
    calls = []

    def compute(value):
        def run():
            calls.append(value)
            return value
        return run
    return calls, compute


def test_computed_once_then_read_back(store):
    calls, compute = counter()
    frame = pd.DataFrame({"a": pd.Categorical(["x", "y"]), "n": [1, 2]})
    first = saved.saved(store, "v1", "totals", compute(frame))
    again = saved.saved(store, "v1", "totals", compute(None))
    pd.testing.assert_frame_equal(again, first)
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in saved.folder(store).iterdir()] == ["totals"]


@pytest.mark.parametrize("change", ["version", "modules"])
def test_a_new_version_or_code_computes_again_and_drops_the_old_file(store, change):
    calls, compute = counter()
    saved.saved(store, "v1", "totals", compute(1))
    version, modules = ("v2", ()) if change == "version" else ("v1", ("lib.store.saved",))
    assert saved.saved(store, version, "totals", compute(2), modules) == 2
    assert calls == [1, 2]
    assert len(list(saved.folder(store).glob("totals-*.pkl"))) == 1


def test_names_are_kept_apart(store):
    calls, compute = counter()
    assert saved.saved(store, "v1", "venues", compute("a")) == "a"
    assert saved.saved(store, "v1", "venues_by_month", compute("b")) == "b"
    assert saved.saved(store, "v1", "venues", compute("c")) == "a"  # the other name did not remove it
    assert calls == ["a", "b"]


def test_a_damaged_file_is_computed_again(store):
    calls, compute = counter()
    saved.saved(store, "v1", "totals", compute(1))
    (path,) = saved.folder(store).glob("totals-*.pkl")
    path.write_bytes(b"not a pickle")
    assert saved.saved(store, "v1", "totals", compute(2)) == 2
    assert saved.saved(store, "v1", "totals", compute(3)) == 2  # rewritten


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_still_returns_the_value(store):  # pragma: no cover - CI runs as root
    store.parent.chmod(0o500)
    try:
        assert saved.saved(store, "v1", "totals", lambda: 5) == 5
    finally:
        store.parent.chmod(0o700)


def test_an_unwritable_place_still_returns_the_value(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    store = blocker / "diplo.duckdb"  # its folder of saved aggregates cannot be made (a file is in the way)
    assert saved.saved(store, "v1", "totals", lambda: 5) == 5


def test_an_unpicklable_value_is_returned_and_not_saved(store):
    value = saved.saved(store, "v1", "totals", lambda: (lambda: 1))
    assert callable(value)
    assert not list(saved.folder(store).glob("*"))


@pytest.mark.parametrize("name", ["", "a-b", "../x", "a b"])
def test_names_are_plain(store, name):
    with pytest.raises(ValueError):
        saved.saved(store, "v1", name, lambda: 1)


def test_a_store_built_again_to_the_same_counter_is_not_served_the_old_aggregate(tmp_data):
    """``corpus.saved_aggregate`` keys on the store's identity too (inode, rows per table), not only its counter."""
    from lib.store import corpus, db
    from lib.store.sources import Source

    def build(text: str) -> str:
        path = db.default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        for p in (path, path.with_name(path.name + ".wal")):
            p.unlink(missing_ok=True)
        store = db.Store(path)
        store.ingest([Source("a1", text.encode(), meta={"published": "2023-03-19"})])
        return store.version()

    v1 = build("Egypt hosted talks in Cairo on Sunday.")
    assert corpus.saved_aggregate(v1, "probe", lambda: "first") == "first"
    assert corpus.saved_aggregate(v1, "probe", lambda: "again") == "first"
    v2 = build("Qatar hosted talks in Doha on Sunday. Egypt and Jordan met in Amman on Monday.")
    assert v2 == v1  # the same commit counter on other rows
    assert corpus.saved_aggregate(v2, "probe", lambda: "second") == "second"


def test_no_store_computes_without_saving(tmp_data):
    from lib.store import corpus, db

    assert corpus.saved_aggregate("v", "probe", lambda: 3) == 3
    assert not saved.folder(db.default_path()).exists()
