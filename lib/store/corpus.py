"""A corpus as pandas tables: the app's corpus lives in the store (``lib.store.db``); paths can also be
extracted directly.

Pure: no streamlit. ``lib.ui`` caches what ``load_tables`` returns, keyed by ``data_version()``.

Example:
    >>> tables = extract_paths(["seeds"], "seeds/manifest.csv")
    >>> sorted(tables) == sorted(["articles", "mentions", "events", "statements", "casualties", "regions"])
    True
"""
from __future__ import annotations

from pathlib import Path

from lib.models import TABLES


def data_version() -> str:
    """A cheap key that changes whenever the stored corpus (or the extractor version) changes.

    Reads a counter the store bumps on every commit; while the store file is untouched (same size and
    modification time) the last value is reused without opening the database. The first call on a new
    store ingests the seed articles.
    """
    from lib.models import EXTRACTOR_VERSION
    from lib.store import db, opening

    path = db.default_path()
    sig = _file_signature(path)
    hit = _VERSION_CACHE.get(str(path))
    if sig is not None and hit and hit[0] == sig:
        return hit[1]
    store = opening.open_store(path, refresh=False)
    sig = _file_signature(path)  # before reading: a later write changes it and forces a re-read
    value = f"{path}:{store.version()}:{EXTRACTOR_VERSION}"
    _VERSION_CACHE[str(path)] = (sig, value)
    return value


_VERSION_CACHE: dict[str, tuple] = {}


def _file_signature(path: Path) -> tuple | None:
    sig = []
    for p in (path, Path(str(path) + ".wal")):
        try:
            st = p.stat()
            sig.append((st.st_size, st.st_mtime_ns))
        except OSError:
            if p == path:
                return None
            sig.append(None)
    return tuple(sig)


def load_tables(version: str = "") -> dict:
    """{table: DataFrame} of the stored corpus (seeded on first start, re-extracted when the extractor
    version changed: a few articles at once, many in a background thread while the old rows are shown).
    ``version`` is only a cache key for callers."""
    from lib.store import opening

    return opening.open_store(refresh="auto").tables()


def load_app_tables(version: str = ""):
    """What the dashboard holds in memory (``lib.store.frames.AppTables``): compact frames of every table but the
    mentions, which stay in the store (``store_query``), each read on first use. ``version`` is only a cache key
    for callers."""
    from lib.store.frames import AppTables

    return AppTables(open_store())


def saved_aggregate(version: str, name: str, compute, modules=()):
    """``compute()`` saved beside the app's store for data ``version`` (``lib.store.saved``): computed once per corpus
    version and code, read back by every later process. ``modules``: the dotted names of what computes it.

    Example: ``corpus.saved_aggregate(data_version(), "options", lambda: choices(...), ("lib.views.filters",))``"""
    from lib.store import db
    from lib.store.saved import saved

    path = db.default_path()
    # the data version is a commit counter: a store deleted and built again can reach the same counter with other
    # rows, so the key also holds the file's inode and the rows per table
    try:
        ident = f"{path.stat().st_ino}:{sorted(db.Store(path).counts().items())}"
    except Exception:  # noqa: BLE001 - no store to identify: nothing to save against
        return compute()
    return saved(path, f"{version}|{ident}", name, compute, modules)


def store_query(version: str = ""):
    """A ``lib.store.frames.StoreQuery`` on the app's store (for the tables kept in DuckDB)."""
    from lib.store import db
    from lib.store.frames import StoreQuery

    return StoreQuery(db.Store(db.default_path()))


def open_store():
    """The app's store (``lib.store.opening.open_store``): seeded on first start; stale articles re-extracted (in the
    background when there are many)."""
    from lib.store import opening

    return opening.open_store(refresh="auto")


def tables_from_extractions(extractions) -> dict:
    """Extractions -> {table: DataFrame} with declared columns, plus a 'regions' table."""
    import pandas as pd

    from lib.store.tables import frame

    rows: dict[str, list] = {name: [] for name in TABLES}
    regions = []
    for ex in extractions:
        for name in TABLES:
            rows[name].extend(ex.rows(name))
        for r in ex.regions:
            regions.append({"article_id": ex.article.article_id, "start": r.start, "end": r.end,
                            "kind": r.kind, "reason": r.reason})
    from lib.store.linking import link_events

    rows["events"] = link_events(rows["events"], rows["articles"])
    out = {name: frame(name, rs) for name, rs in rows.items()}
    out["regions"] = pd.DataFrame(regions, columns=["article_id", "start", "end", "kind", "reason"])
    return out


def extract_paths(paths: list[str], manifest: str | None = None) -> dict:
    """Load and extract ``paths``; returns {table: DataFrame} (see ``tables_from_extractions``)."""
    from lib.store.loader import load_paths
    from lib.store.pipeline import run

    loaded, _messages = load_paths(paths, manifest)
    return tables_from_extractions(run(loaded))


def article_text(article_id: str) -> str:
    """The decoded text of an article, as extraction saw it (offsets index this).

    ``article_id`` is looked up in the store; a path to an existing article file is read from disk.
    Returns '' when the store has no text for it (e.g. a file that could not be decoded).
    """
    if not Path(article_id).is_file():
        from lib.store import db

        return db.Store().text(article_id) or ""
    return _file_text(article_id)


def _file_text(path: str) -> str:
    from lib.store.loader import SUFFIXES, _html_to_text, decode

    raw = Path(path).read_bytes()
    text = decode(raw)[0]
    if SUFFIXES.get(Path(path).suffix.lower()) == "html":
        text = _html_to_text(text)[0]
    return text
