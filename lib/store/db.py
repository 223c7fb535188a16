"""The embedded store: one DuckDB file holding every ingested article and the tables extracted from it.

The file is ``diplo.duckdb`` in the data folder: ``$DIPLO_DATA`` when set, else ``data/`` at the repository
root. It holds, per article, the original bytes, the decoded text, the metadata given at ingest, the content
hash and a status (``pending`` while extraction runs, then ``ok`` | ``warning`` | ``error``), and every
extracted table stamped with the extractor version that made it.

Guarantees:

- **Idempotent ingest**: an article is identified by the SHA-256 of its bytes. Ingesting the same bytes again
  (under any name) returns the existing article and adds no rows. A different content under an id already in
  the store is kept too, under ``<id>-<hash8>``: nothing an analyst adds is dropped.
- **Stored before extraction**: the bytes and a ``pending`` article row are committed first; the extracted
  rows, the decoded text and the final status are committed in a second transaction per batch. A failed
  extraction leaves the article with ``status='error'`` and the message in ``error``; an interrupted run
  leaves ``pending`` rows that the next ``refresh`` extracts.
- **Re-extraction**: articles whose rows were made by another ``EXTRACTOR_VERSION`` (or still ``pending``)
  are re-extracted by ``refresh``, from the stored bytes.
- Connections are short-lived, so the app and the CLI can take turns on the same file; an open that finds
  the file locked by another process retries for a few seconds.
- **One writer at a time** (``lib.store.lock``): ingest, re-extraction and delete hold ``diplo.duckdb.lock``; a
  second writer waits for the first to finish, so a ``pending`` article is only ever extracted by the process
  that holds the lock, and its rows are replaced (deleted, then inserted) in one transaction.
- **No doubled rows** (``lib.store.keys``): every table has a primary key (the row id); a doubled row cannot be
  stored. Older stores get their keys on first open (doubled rows dropped).
- **A time budget per article** (``lib.store.budget``): extraction runs in worker processes; one that takes
  longer than ``ARTICLE_BUDGET`` seconds is ended and its article gets status error "extraction timed out".

Neighbours: the worker processes that decode and extract each source are ``lib.store.workers``; opening the store
as the app and the command line do (seeding a new store, re-extracting stale articles now or in a background
thread) is ``lib.store.opening``.

Example:
    >>> import tempfile
    >>> store = Store(Path(tempfile.mkdtemp()) / "t.duckdb")
    >>> r = store.ingest([Source("a1", b"Egypt hosted talks in Cairo on Sunday.", meta={"published": "2023-03-19"})])
    >>> [(x.article_id, x.outcome) for x in r.results]
    [('a1', 'added')]
    >>> store.ingest([Source("copy", b"Egypt hosted talks in Cairo on Sunday.")]).results[0].outcome
    'duplicate'
    >>> store.counts()["articles"]
    1
"""
from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path

from lib.models import EXTRACTOR_VERSION, TABLES, Article, Extraction
from lib.store import keys
from lib.store.budget import ARTICLE_BUDGET
from lib.store.errors import StoreCorrupt, truncation
from lib.store.errors import damaged as _corrupt
from lib.store.lock import StoreBusy, writer_lock
from lib.store.schema import (
    STORE_TABLES,
    _chunks,
    _create_sql,
    _in_query,
    _insert,
    _migrate,
    _q,
    _record_dicts,
    _rollback,
    table_columns,
)
from lib.store.sources import IngestReport, IngestResult, Source, content_hash
from lib.store.workers import Runner

ROOT = Path(__file__).resolve().parent.parent.parent
FILENAME = "diplo.duckdb"
SCHEMA_VERSION = "2"  # 2: primary keys on every table
ROW_TABLES = ("mentions", "events", "statements", "casualties")
REGION_COLUMNS = ("article_id", "start", "end", "kind", "reason")
META_FIELDS = ("outlet", "title", "url", "published", "language")
BATCH = 256


def data_dir() -> Path:
    """The store's folder: ``$DIPLO_DATA`` or ``data/`` at the repository root."""
    return Path(os.environ.get("DIPLO_DATA") or ROOT / "data")


def default_path() -> Path:
    """The store file the app and every CLI command use."""
    return data_dir() / FILENAME


_READY: set[tuple] = set()
_WRITE_LOCK = threading.RLock()


def connect(path: str | Path, *, read_only: bool = False, wait: float = 10.0):
    """A DuckDB connection to the store file, retried for ``wait`` seconds while another process holds DuckDB's
    file lock; a damaged file raises ``StoreCorrupt`` and a lock that outlasts ``wait`` ``StoreBusy``."""
    import duckdb

    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            con.execute("SET enable_progress_bar = false")  # no bars on stderr for long reads
            return con
        except duckdb.IOException as exc:
            bad = _corrupt(Path(path), exc)
            if bad:
                raise bad from exc
            if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                if "lock" in str(exc).lower():
                    raise StoreBusy(f"the store {path} is in use by another process; "
                                    f"try again when it is done ({exc})") from exc
                raise
            time.sleep(0.2)


# ---------------------------------------------------------------------------------------------- the store

class Store:
    """A DuckDB file with the corpus. Cheap to construct; each method opens and closes its own connection."""

    def __init__(self, path: str | Path | None = None, *, wait: float = 10.0, lock_wait: float | None = 600.0,
                 on_wait: Callable[[str], None] | None = None, budget: float | None = None):
        self.path = Path(path) if path else default_path()
        self.wait = wait
        self.lock_wait, self.on_wait = lock_wait, on_wait  # waiting for another writer (lib.store.lock)
        self.budget = budget if budget is not None else float(os.environ.get("DIPLO_ARTICLE_BUDGET") or
                                                              ARTICLE_BUDGET)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        key = (str(self.path), self.path.exists() and self.path.stat().st_ino)
        if key in _READY:  # schema already checked by this process
            return
        truncated = self.truncation()
        if truncated:
            raise StoreCorrupt(f"the store {self.path} is truncated ({truncated}); run 'python -m lib check', "
                               f"or move the file away to start a new store")
        if self._schema_outdated():
            with self.locked(), self.connect() as con:
                self._setup(con)
        _READY.add((str(self.path), self.path.stat().st_ino))

    def _schema_outdated(self) -> bool:
        """A table, column or key the models declare is missing (a new or older store)."""
        with self.connect() as con:
            have: dict[str, set] = {}
            for t, c in con.execute("SELECT table_name, column_name FROM duckdb_columns() "
                                    "WHERE database_name = current_database()").fetchall():
                have.setdefault(t, set()).add(c)
            if any(c not in have.get(t, ()) for t in ("meta", *STORE_TABLES) for c, _ in table_columns(t)):
                return True
            return bool(keys.missing_keys(con))

    def _setup(self, con) -> None:
        """Create missing tables and columns, and the keys of an older store (its doubled rows dropped)."""
        try:
            for sql in _create_sql():
                con.execute(sql)
            _migrate(con)
            keys.add_keys(con, table_columns)
            if not con.execute("SELECT count(*) FROM meta WHERE key='schema'").fetchone()[0]:
                con.execute("INSERT INTO meta VALUES ('schema', ?), ('version', '0')", [SCHEMA_VERSION])
            else:
                con.execute("UPDATE meta SET value = ? WHERE key = 'schema'", [SCHEMA_VERSION])
        except Exception as exc:
            bad = _corrupt(self.path, exc)
            if bad:
                raise bad from exc
            raise

    def truncation(self) -> str:
        """'' when the file is as long as its header says, else what is missing (a truncated copy)."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return ""
        with self.connect() as con:
            return truncation(con, self.path)

    @contextmanager
    def locked(self, wait: float | None = -1):
        """Hold the writer lock (``lib.store.lock``) for a run of writes. ``wait`` -1: the store's
        ``lock_wait``."""
        with writer_lock(self.path, wait=self.lock_wait if wait == -1 else wait, on_wait=self.on_wait):
            yield

    # -- connections
    def connect(self):
        """A new connection (use as a context manager). Retries while another process holds the lock."""
        return connect(self.path, wait=self.wait)

    @contextmanager
    def writing(self):
        """A connection for a write transaction. Writers in this process take turns (the app's page and its
        background re-extraction would otherwise conflict on the version counter)."""
        with _WRITE_LOCK, self.connect() as con:
            yield con

    def _get_meta(self, con, key: str, default: str = "") -> str:
        row = con.execute("SELECT value FROM meta WHERE key=?", [key]).fetchone()
        return row[0] if row else default

    def _set_meta(self, con, key: str, value: str) -> None:
        con.execute("DELETE FROM meta WHERE key=?", [key])
        con.execute("INSERT INTO meta VALUES (?, ?)", [key, value])

    def _bump(self, con) -> None:
        con.execute("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key='version'")

    def version(self) -> str:
        """A counter that changes with every committed change to the corpus."""
        with self.connect() as con:
            return self._get_meta(con, "version", "0")

    def meta(self, key: str, default: str = "") -> str:
        with self.connect() as con:
            return self._get_meta(con, key, default)

    def set_meta(self, key: str, value: str) -> None:
        with self.writing() as con:
            self._set_meta(con, key, value)

    # -- reading
    def counts(self) -> dict[str, int]:
        """Rows per table (articles, mentions, events, statements, casualties, regions)."""
        with self.connect() as con:
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (*TABLES, "regions")}

    def stats(self) -> dict:
        """Articles by status, rows per table, extractor versions present, stale article count, file size."""
        with self.connect() as con:
            by_status = dict(con.execute("SELECT status, count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall())
            versions = dict(con.execute(
                "SELECT extractor_version, count(*) FROM articles GROUP BY 1 ORDER BY 1").fetchall())
            stale = self._stale_ids(con)
        size = sum(p.stat().st_size for p in (self.path, Path(str(self.path) + ".wal")) if p.exists())
        return {"path": str(self.path), "bytes": size, "extractor_version": EXTRACTOR_VERSION,
                "articles_by_status": by_status, "extractor_versions": versions, "stale": len(stale),
                "rows": self.counts()}

    def tables(self) -> dict:
        """{table: DataFrame} with the declared columns (plus 'regions'), in ingest order. Events carry
        ``event_cluster_id`` across the whole store (``lib.store.clusters``): on the first read after a change only
        the new articles' reports are linked, and saved, so later reads (and cold starts) only read them."""
        from lib.store.appended import link_appended

        with self.connect() as con:
            version, linked = self._get_meta(con, "version", "0"), self._get_meta(con, "clusters_version", "")
        if linked != version:
            link_appended(self, version)  # after an ingest: the new reports alone (else ``_link`` below)
        with self.connect() as con:
            out = {}
            for t in (*TABLES, "regions"):
                cols = ", ".join(_q(c) for c, _ in table_columns(t))
                out[t] = con.sql(f"SELECT {cols} FROM {t}").to_arrow_table().to_pandas()  # 5x faster than .df()
            version = self._get_meta(con, "version", "0")
            linked = self._get_meta(con, "clusters_version", "")
        if linked != version:
            out["events"] = self._link(out["events"], out["articles"], version)
        return out

    def _link(self, events, articles, version: str):
        """Events with cluster ids (``lib.store.clusters.relink``: only the reports of newly appended articles are
        linked, against the clusters they could join, found in the ``link_index`` table of saved reports by key),
        saved with the corpus version they belong to, together with the new reports' index rows (skipped if the
        store changed meanwhile or is busy: the next read links again)."""
        from lib.store.clusters import relink

        with self.connect() as con:
            order = [r[0] for r in con.execute("SELECT article_id FROM sources ORDER BY rowid").fetchall()]
            saved = self._get_meta(con, "clusters_state", "")
            have_index = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('link_index', "
                                     "'link_clusters') AND database_name = current_database()").fetchone()[0] == 2
        ids, changed, state, index = relink(events, order, saved, self._index_lookup, have_index, self._saved_clusters)
        events = events.assign(event_cluster_id=ids)
        self._save_links(version, events.loc[changed, ["event_id", "event_cluster_id"]], index[1], index[2], state,
                         full=index[0] == "all")
        return events

    def _save_links(self, version: str, linked, index_rows, summary, state: str, *, full: bool) -> bool:
        """Save cluster ids, index rows and cluster summaries in one transaction, for the corpus ``version`` they
        belong to (``full`` rebuilds the index tables, else the rows are added and touched summaries replaced);
        False if the store changed meanwhile or is busy: the next read links again."""
        import duckdb

        from lib.store.clusters import SUMMARY_COLUMNS, SUMMARY_SCHEMA

        try:
            with self.writing() as con:
                now = con.execute("SELECT value FROM meta WHERE key='version'").fetchall()  # read to the end
                if not now or now[0][0] != version:
                    return False
                con.register("linked_clusters", linked)
                con.register("index_rows", index_rows)
                con.register("summary_rows", summary)
                con.execute("BEGIN TRANSACTION")
                con.execute("UPDATE events SET event_cluster_id = c.event_cluster_id FROM linked_clusters c "
                            "WHERE events.event_id = c.event_id")
                if full:
                    con.execute("DROP TABLE IF EXISTS link_index")
                    con.execute("CREATE TABLE link_index AS SELECT event_type, bucket, key, event_id FROM index_rows")
                    con.execute("DROP TABLE IF EXISTS link_clusters")
                    con.execute(f"CREATE TABLE link_clusters ({SUMMARY_SCHEMA})")
                else:
                    con.execute("INSERT INTO link_index SELECT event_type, bucket, key, event_id FROM index_rows")
                    con.execute("DELETE FROM link_clusters WHERE cluster_id IN (SELECT cluster_id FROM summary_rows)")
                con.execute(f"INSERT INTO link_clusters SELECT {', '.join(SUMMARY_COLUMNS)} FROM summary_rows")
                self._set_meta(con, "clusters_version", version)
                self._set_meta(con, "clusters_state", state)
                con.execute("COMMIT")
        except (duckdb.Error, OSError):
            return False
        return True

    def _index_lookup(self, wanted) -> list[str]:
        """Event ids of saved reports filed in ``link_index`` under one of the ``wanted`` (event_type, bucket, key)."""
        with self.connect() as con:
            con.register("wanted_keys", wanted)
            return [r[0] for r in con.execute(
                "SELECT DISTINCT i.event_id FROM link_index i JOIN wanted_keys w ON i.event_type = w.event_type "
                "AND i.bucket = w.bucket AND i.key = w.key").fetchall()]

    def _saved_clusters(self, cluster_ids: list[str]):
        """The summaries (``clusters.SUMMARY_COLUMNS``) of the saved clusters ``cluster_ids`` (``link_clusters``)."""
        import pandas as pd

        from lib.store.clusters import SUMMARY_COLUMNS

        with self.connect() as con:
            con.register("wanted_clusters", pd.DataFrame({"cluster_id": pd.Series(cluster_ids, dtype=object)}))
            rows = con.execute(f"SELECT {', '.join('s.' + c for c in SUMMARY_COLUMNS)} FROM link_clusters s "
                               "JOIN wanted_clusters w ON s.cluster_id = w.cluster_id").fetchall()
        return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))

    def text(self, article_id: str) -> str | None:
        """The decoded text extraction saw (offsets index it), or None if the article has none."""
        with self.connect() as con:
            row = con.execute("SELECT text FROM texts WHERE article_id=?", [article_id]).fetchone()
        return row[0] if row else None

    def raw(self, article_id: str) -> bytes | None:
        """The original bytes as ingested."""
        with self.connect() as con:
            row = con.execute("SELECT raw FROM sources WHERE article_id=?", [article_id]).fetchone()
        return bytes(row[0]) if row and row[0] is not None else None

    def article_ids(self) -> list[str]:
        with self.connect() as con:
            return [r[0] for r in con.execute("SELECT article_id FROM sources").fetchall()]

    def _stale_ids(self, con) -> list[str]:
        return [r[0] for r in con.execute(
            "SELECT s.article_id FROM sources s LEFT JOIN articles a USING (article_id) "
            "WHERE a.article_id IS NULL OR a.status = 'pending' OR a.extractor_version IS DISTINCT FROM ?",
            [EXTRACTOR_VERSION]).fetchall()]

    def stale(self) -> list[str]:
        """Ids of articles to (re-)extract: pending, or extracted by another extractor version."""
        with self.connect() as con:
            return self._stale_ids(con)

    # -- writing
    def ingest(self, sources: Iterable[Source], *, workers: int = 1, batch: int = BATCH,
               progress: Callable[[int, int | None], None] | None = None, total: int | None = None,
               extractor: Callable | None = None) -> IngestReport:
        """Store and extract ``sources``, batch by batch (two transactions per batch). See the module doc.

        ``progress(done, total)`` is called after each batch; ``extractor`` replaces
        ``lib.store.pipeline.extract_loaded`` (tests).
        """
        t0 = time.monotonic()
        report = IngestReport()
        done = 0
        with self.locked(), Runner(workers, extractor, self.budget) as runner:
            for chunk in _chunks(sources, batch):
                report.results.extend(self._ingest_batch(chunk, runner))
                done += len(chunk)
                if progress:
                    progress(done, total)
        report.seconds = time.monotonic() - t0
        return report

    def _ingest_batch(self, chunk: list[Source], runner: Runner) -> list[IngestResult]:
        # Transaction 1: decide ids, store bytes and a pending article row.
        hashes = [content_hash(s.raw) for s in chunk]
        results: list[IngestResult | None] = [None] * len(chunk)
        new: list[tuple[int, str]] = []  # (index in chunk, article id)
        now = time.time()
        with self.writing() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                known = dict(_in_query(con, "SELECT content_hash, article_id FROM sources WHERE content_hash IN",
                                       sorted(set(hashes))))
                wanted = sorted({s.article_id for s in chunk} | {f"{s.article_id}-{h[:8]}"
                                                                 for s, h in zip(chunk, hashes, strict=True)})
                taken = {r[0] for r in _in_query(con, "SELECT article_id FROM sources WHERE article_id IN", wanted)}
                src_rows, art_rows = [], []
                for i, (s, h) in enumerate(zip(chunk, hashes, strict=True)):
                    if h in known:
                        results[i] = IngestResult(known[h], s.name, "duplicate", duplicate_of=known[h])
                        continue
                    aid, outcome = s.article_id, "added"
                    if aid in taken:
                        aid, outcome = f"{s.article_id}-{h[:8]}", "renamed"
                    known[h] = aid
                    taken.add(aid)
                    new.append((i, aid))
                    results[i] = IngestResult(aid, s.name, outcome)
                    meta = {k: str(s.meta.get(k, "") or "") for k in META_FIELDS}
                    src_rows.append({"article_id": aid, "content_hash": h, "raw": s.raw, "fmt": s.fmt,
                                     "name": s.name, "meta": json.dumps(meta, sort_keys=True),
                                     "origin": s.origin, "added_at": now})
                    art_rows.append(Article(article_id=aid, path=s.name, source_format=s.fmt,
                                            outlet=meta["outlet"], title=meta["title"], url=meta["url"],
                                            content_hash=h[:32], status="pending", error="",
                                            extractor_version="").as_dict())
                if src_rows:
                    _insert(con, "sources", src_rows)
                    _insert(con, "articles", art_rows)
                    self._bump(con)
                con.execute("COMMIT")
            except BaseException:
                _rollback(con)
                raise
        # Extraction (maybe in worker processes), then transaction 2.
        if new:
            jobs = [(aid, chunk[i].raw, chunk[i].fmt, chunk[i].name, dict(chunk[i].meta)) for i, aid in new]
            outs = runner.map(jobs)
            self._commit_extractions(outs)
            status = {ex.article.article_id: ex.article for _t, ex in outs}
            for i, aid in new:
                r = results[i]
                a = status[aid]
                results[i] = IngestResult(r.article_id, r.name, r.outcome, a.status, a.error)
        return [r for r in results if r is not None]

    def _commit_extractions(self, outs: list[tuple[str, Extraction]]) -> None:
        """Replace-by-article: delete every row of these articles, then insert the new ones, in one transaction
        (run under the writer lock; the tables' keys refuse a doubled row)."""
        ids = [ex.article.article_id for _t, ex in outs]
        rows: dict[str, list[dict]] = {t: [] for t in (*TABLES, "regions", "texts")}
        for text, ex in outs:
            aid = ex.article.article_id
            if text is not None:
                rows["texts"].append({"article_id": aid, "text": text})
            for t in TABLES:
                rows[t].extend(_record_dicts(ex.rows(t)))
            rows["regions"].extend({"article_id": aid, "start": r.start, "end": r.end, "kind": r.kind,
                                    "reason": r.reason} for r in ex.regions)
        with self.writing() as con:
            con.execute("BEGIN TRANSACTION")
            try:
                for t in ("articles", "texts", *ROW_TABLES, "regions"):
                    _in_query(con, f"DELETE FROM {t} WHERE article_id IN", ids, fetch=False)
                for t, rs in rows.items():
                    rs = keys.dedupe_rows(t, rs)  # same id = same span and kind: one row
                    if rs:
                        _insert(con, t, rs)
                self._bump(con)
                con.execute("COMMIT")
            except BaseException:
                _rollback(con)
                raise

    def refresh(self, *, workers: int = 1, batch: int = BATCH, ids: list[str] | None = None,
                progress: Callable[[int, int | None], None] | None = None,
                extractor: Callable | None = None) -> int:
        """(Re-)extract stale articles (or ``ids``) from their stored bytes. Returns how many.

        Holds the writer lock for the whole run: stale (``pending``) articles are listed once the lock is held,
        so another writer's work in progress is never taken for an interrupted run."""
        with self.locked():
            return self._refresh(workers, batch, ids, progress, extractor)

    def _refresh(self, workers, batch, ids, progress, extractor) -> int:
        with self.connect() as con:
            todo = ids if ids is not None else self._stale_ids(con)
        done = 0
        with Runner(workers, extractor, self.budget) as runner:
            for part in _chunks(todo, batch):
                with self.connect() as con:
                    got = _in_query(con, "SELECT article_id, raw, fmt, name, meta FROM sources WHERE article_id IN",
                                    part)
                jobs = [(aid, bytes(raw), fmt, name, json.loads(meta or "{}")) for aid, raw, fmt, name, meta in got]
                if jobs:
                    self._commit_extractions(runner.map(jobs))
                done += len(part)
                if progress:
                    progress(done, len(todo))
        return len(todo)

    def delete(self, article_ids: list[str]) -> None:
        """Remove articles and all their rows."""
        with self.locked(), self.writing() as con:
            con.execute("BEGIN TRANSACTION")
            for t in STORE_TABLES:
                _in_query(con, f"DELETE FROM {t} WHERE article_id IN", list(article_ids), fetch=False)
            self._bump(con)
            con.execute("COMMIT")

    def bulk_load(self, sources: list[Source], extractions: list[tuple[str, Extraction]]) -> None:
        """Insert already-extracted articles in one transaction, without dedup checks (benchmarks only)."""
        now = time.time()
        src_rows = [{"article_id": s.article_id, "content_hash": content_hash(s.raw), "raw": s.raw, "fmt": s.fmt,
                     "name": s.name, "meta": json.dumps({k: str(s.meta.get(k, "")) for k in META_FIELDS}),
                     "origin": s.origin, "added_at": now} for s in sources]
        with self.locked():
            with self.writing() as con:
                con.execute("BEGIN TRANSACTION")
                _insert(con, "sources", src_rows)
                con.execute("COMMIT")
            self._commit_extractions(extractions)
