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

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from lib.models import EXTRACTOR_VERSION, TABLES, Article, Extraction

ROOT = Path(__file__).resolve().parent.parent
FILENAME = "diplo.duckdb"
SCHEMA_VERSION = "1"
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


def content_hash(raw: bytes) -> str:
    """The id of a content: SHA-256 of the bytes (hex, 64 chars).

    >>> content_hash(b"x") == content_hash(b"x") != content_hash(b"y")
    True
    """
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Source:
    """One article to ingest: bytes plus what is known about it. ``name`` is shown, never opened."""

    article_id: str
    raw: bytes
    fmt: str = "txt"  # txt | md | html
    name: str = ""  # the file name as given (display only)
    meta: dict = field(default_factory=dict)  # outlet, title, url, published, language
    origin: str = ""  # cli | upload | paste | seed | bench


@dataclass(frozen=True)
class IngestResult:
    """What happened to one Source: ``added`` | ``duplicate`` | ``renamed`` (added under a new id)."""

    article_id: str
    name: str
    outcome: str
    status: str = ""  # the article's status after extraction
    error: str = ""
    duplicate_of: str = ""


@dataclass
class IngestReport:
    results: list[IngestResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def added(self) -> list[str]:
        return [r.article_id for r in self.results if r.outcome in ("added", "renamed")]

    def summary(self) -> str:
        n = {k: sum(1 for r in self.results if r.outcome == k) for k in ("added", "renamed", "duplicate")}
        err = sum(1 for r in self.results if r.status == "error")
        return (f"{n['added'] + n['renamed']} added ({n['renamed']} under a new id), {n['duplicate']} already in "
                f"the store, {err} with errors, in {self.seconds:.1f} s")


# ---------------------------------------------------------------------------------------------- schema

def _sql_type(annotation: str) -> str:
    a = str(annotation).replace(" ", "")
    if a.startswith("int"):
        return "BIGINT"
    if a.startswith("float"):
        return "DOUBLE"
    return "VARCHAR"


def _arrow_type(sql: str):
    import pyarrow as pa

    return {"BIGINT": pa.int64(), "DOUBLE": pa.float64(), "VARCHAR": pa.string(), "BLOB": pa.binary()}[sql]


def table_columns(table: str) -> list[tuple[str, str]]:
    """(column, SQL type) of a store table, in declared order.

    >>> table_columns("regions")[:2]
    [('article_id', 'VARCHAR'), ('start', 'BIGINT')]
    """
    from dataclasses import fields

    if table == "regions":
        return [("article_id", "VARCHAR"), ("start", "BIGINT"), ("end", "BIGINT"), ("kind", "VARCHAR"),
                ("reason", "VARCHAR")]
    if table == "sources":
        return [("article_id", "VARCHAR"), ("content_hash", "VARCHAR"), ("raw", "BLOB"), ("fmt", "VARCHAR"),
                ("name", "VARCHAR"), ("meta", "VARCHAR"), ("origin", "VARCHAR"), ("added_at", "DOUBLE")]
    if table == "texts":
        return [("article_id", "VARCHAR"), ("text", "VARCHAR")]
    cls = TABLES[table][0]
    return [(f.name, _sql_type(f.type)) for f in fields(cls)]


STORE_TABLES = ("sources", "texts", *TABLES, "regions")


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_READY: set[tuple] = set()
_WRITE_LOCK = threading.RLock()


def _migrate(con) -> list[str]:
    """Add columns the models declare but an older store lacks (new rows fill them; old rows get NULL until
    re-extracted, which a new extractor version triggers anyway). Returns the columns added."""
    added = []
    for t in STORE_TABLES:
        have = {r[1] for r in con.execute(f"PRAGMA table_info('{t}')").fetchall()}
        for c, typ in table_columns(t):
            if c not in have:
                con.execute(f"ALTER TABLE {t} ADD COLUMN {_q(c)} {typ}")
                added.append(f"{t}.{c}")
    return added


def _create_sql() -> list[str]:
    out = ["CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR)"]
    for t in STORE_TABLES:
        cols = ", ".join(f"{_q(c)} {typ}" for c, typ in table_columns(t))
        out.append(f"CREATE TABLE IF NOT EXISTS {t} ({cols})")
    return out


def arrow_table(table: str, rows: list[dict]):
    """A pyarrow Table with the store's column types (fast bulk insert)."""
    import pyarrow as pa

    cols = table_columns(table)
    return pa.table({c: pa.array([r.get(c) for r in rows], type=_arrow_type(t)) for c, t in cols})


def _record_dicts(records) -> list[dict]:
    return [r.as_dict() for r in records]


# ---------------------------------------------------------------------------------------------- the store

class StoreBusy(RuntimeError):
    """The store file is locked by another process for longer than we waited."""


class Store:
    """A DuckDB file with the corpus. Cheap to construct; each method opens and closes its own connection."""

    def __init__(self, path: str | Path | None = None, *, wait: float = 10.0):
        self.path = Path(path) if path else default_path()
        self.wait = wait
        self.path.parent.mkdir(parents=True, exist_ok=True)
        key = (str(self.path), self.path.exists() and self.path.stat().st_ino)
        if key in _READY:  # schema already checked by this process
            return
        with self.connect() as con:
            for sql in _create_sql():
                con.execute(sql)
            _migrate(con)
            if not con.execute("SELECT count(*) FROM meta WHERE key='schema'").fetchone()[0]:
                con.execute("INSERT INTO meta VALUES ('schema', ?), ('version', '0')", [SCHEMA_VERSION])
        _READY.add((str(self.path), self.path.stat().st_ino))

    # -- connections
    def connect(self):
        """A new connection (use as a context manager). Retries while another process holds the lock."""
        import duckdb

        deadline = time.monotonic() + self.wait
        while True:
            try:
                con = duckdb.connect(str(self.path))
                con.execute("SET enable_progress_bar = false")  # no bars on stderr for long reads
                return con
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    if "lock" in str(exc).lower():
                        raise StoreBusy(f"the store {self.path} is in use by another process; "
                                        f"try again when it is done ({exc})") from exc
                    raise
                time.sleep(0.2)

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
        ``event_cluster_id`` across the whole store (``lib.linking``): computed on the first read after a change
        to the corpus and saved, so later reads (and cold starts) only read them."""
        with self.connect() as con:
            out = {}
            for t in (*TABLES, "regions"):
                cols = ", ".join(_q(c) for c, _ in table_columns(t))
                out[t] = con.sql(f"SELECT {cols} FROM {t}").to_arrow_table().to_pandas()  # 5x faster than .df()
            version = self._get_meta(con, "version", "0")
            linked = self._get_meta(con, "clusters_version", "")
        if linked != version and len(out["events"]):
            out["events"] = self._link(out["events"], out["articles"], version)
        return out

    def _link(self, events, articles, version: str):
        """Events with cluster ids, saved with the corpus version they belong to (skipped if the store changed
        meanwhile or is busy: the next read links again)."""
        import duckdb

        from lib.linking import link_frame

        events = link_frame(events, articles)
        try:
            with self.writing() as con:
                now = con.execute("SELECT value FROM meta WHERE key='version'").fetchall()  # read to the end
                if not now or now[0][0] != version:
                    return events
                ids = events[["event_id", "event_cluster_id"]]
                con.register("linked_clusters", ids)
                con.execute("BEGIN TRANSACTION")
                con.execute("UPDATE events SET event_cluster_id = c.event_cluster_id FROM linked_clusters c "
                            "WHERE events.event_id = c.event_id")
                self._set_meta(con, "clusters_version", version)
                con.execute("COMMIT")
        except (duckdb.Error, OSError):
            pass
        return events

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
        ``lib.pipeline.extract_loaded`` (tests).
        """
        t0 = time.monotonic()
        report = IngestReport()
        done = 0
        with _Runner(workers, extractor) as runner:
            for chunk in _chunks(sources, batch):
                report.results.extend(self._ingest_batch(chunk, runner))
                done += len(chunk)
                if progress:
                    progress(done, total)
        report.seconds = time.monotonic() - t0
        return report

    def _ingest_batch(self, chunk: list[Source], runner: _Runner) -> list[IngestResult]:
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
                con.execute("ROLLBACK")
                raise
        # Extraction (maybe in worker processes), then transaction 2.
        if new:
            jobs = [(aid, chunk[i].raw, chunk[i].fmt, chunk[i].name, dict(chunk[i].meta)) for i, aid in new]
            outs = runner.map(jobs)
            self._commit_extractions(outs, replace_rows=False)
            status = {ex.article.article_id: ex.article for _t, ex in outs}
            for i, aid in new:
                r = results[i]
                a = status[aid]
                results[i] = IngestResult(r.article_id, r.name, r.outcome, a.status, a.error)
        return [r for r in results if r is not None]

    def _commit_extractions(self, outs: list[tuple[str, Extraction]], *, replace_rows: bool) -> None:
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
                targets = ("articles", "texts", *(ROW_TABLES + ("regions",) if replace_rows else ()))
                for t in targets:
                    _in_query(con, f"DELETE FROM {t} WHERE article_id IN", ids, fetch=False)
                for t, rs in rows.items():
                    if rs:
                        _insert(con, t, rs)
                self._bump(con)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise

    def refresh(self, *, workers: int = 1, batch: int = BATCH, ids: list[str] | None = None,
                progress: Callable[[int, int | None], None] | None = None,
                extractor: Callable | None = None) -> int:
        """(Re-)extract stale articles (or ``ids``) from their stored bytes. Returns how many."""
        with self.connect() as con:
            todo = ids if ids is not None else self._stale_ids(con)
        done = 0
        with _Runner(workers, extractor) as runner:
            for part in _chunks(todo, batch):
                with self.connect() as con:
                    got = _in_query(con, "SELECT article_id, raw, fmt, name, meta FROM sources WHERE article_id IN",
                                    part)
                jobs = [(aid, bytes(raw), fmt, name, json.loads(meta or "{}")) for aid, raw, fmt, name, meta in got]
                if jobs:
                    self._commit_extractions(runner.map(jobs), replace_rows=True)
                done += len(part)
                if progress:
                    progress(done, len(todo))
        return len(todo)

    def delete(self, article_ids: list[str]) -> None:
        """Remove articles and all their rows."""
        with self.writing() as con:
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
        with self.writing() as con:
            con.execute("BEGIN TRANSACTION")
            _insert(con, "sources", src_rows)
            con.execute("COMMIT")
        self._commit_extractions(extractions, replace_rows=False)


# ---------------------------------------------------------------------------------------------- helpers

def _chunks(items: Iterable, n: int) -> Iterator[list]:
    buf: list = []
    for x in items:
        buf.append(x)
        if len(buf) >= n:
            yield buf
            buf = []
    if buf:
        yield buf


def _in_query(con, sql: str, values: list, fetch: bool = True) -> list:
    """Run ``sql (…values…)`` with the list bound as a parameter (no string building of values)."""
    if not values:
        return []
    cur = con.execute(f"{sql} (SELECT unnest(?::VARCHAR[]))", [list(values)])
    return cur.fetchall() if fetch else []


def _insert(con, table: str, rows: list[dict]) -> None:
    tbl = arrow_table(table, rows)  # noqa: F841 (read by DuckDB's replacement scan)
    cols = ", ".join(_q(c) for c, _ in table_columns(table))
    con.register("_batch", tbl)
    try:
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
    finally:
        con.unregister("_batch")


def process_source(job: tuple) -> tuple[str | None, Extraction]:
    """(article_id, raw, fmt, name, meta) -> (decoded text or None, Extraction). Runs in worker processes."""
    from lib.loader import load_bytes
    from lib.pipeline import extract_loaded

    aid, raw, fmt, name, meta = job
    loaded = load_bytes(aid, raw, fmt=fmt, path=name, meta=meta)
    try:
        ex = _EXTRACTOR(loaded) if _EXTRACTOR else extract_loaded(loaded)
    except Exception as exc:  # extract_loaded already catches extractor bugs; this guards a custom extractor
        ex = Extraction(article=loaded.article.replace(status="error", error=f"extraction failed: "
                                                       f"{type(exc).__name__}: {exc}"))
    text = loaded.doc.text if loaded.doc is not None else None
    art = ex.article.replace(path=name, extractor_version=EXTRACTOR_VERSION)
    if not art.content_hash:
        art = art.replace(content_hash=content_hash(raw)[:32])
    return text, Extraction(article=art, mentions=ex.mentions, events=ex.events, statements=ex.statements,
                            casualties=ex.casualties, regions=ex.regions)


_EXTRACTOR: Callable | None = None


class _Runner:
    """Maps ``process_source`` over jobs, in this process or a pool of ``workers`` (kept for a whole run)."""

    def __init__(self, workers: int, extractor: Callable | None):
        self.workers, self.extractor, self.pool = workers, extractor, None

    def __enter__(self) -> _Runner:
        global _EXTRACTOR
        _EXTRACTOR = self.extractor
        if self.workers > 1:
            import multiprocessing as mp

            ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
            self.pool = ctx.Pool(self.workers)
        return self

    def map(self, jobs: list[tuple]) -> list[tuple[str | None, Extraction]]:
        if self.pool is None or len(jobs) < 2:
            return [process_source(j) for j in jobs]
        return self.pool.map(process_source, jobs, chunksize=max(1, min(16, len(jobs) // (4 * self.workers))))

    def __exit__(self, *exc) -> None:
        global _EXTRACTOR
        _EXTRACTOR = None
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


# ---------------------------------------------------------------------------------------------- files

def sources_from_paths(paths: list[str | Path], manifest: str | Path | None = None,
                       origin: str = "cli") -> tuple[Iterator[Source], list[str], list[IngestResult]]:
    """Sources for every article file under ``paths`` (read lazily), manifest problems, and rejected files.

    Rejected: unsupported type, too large, unreadable, missing path. They are reported, not stored.
    """
    from lib.loader import MAX_BYTES, SUFFIXES, discover, read_manifest

    man = read_manifest(manifest)
    messages = list(man.errors)
    if manifest and not Path(manifest).exists():
        messages.append(f"manifest {manifest}: file does not exist; continuing without it")
    rejected: list[IngestResult] = []
    files = []
    for p in paths:
        if not Path(p).exists():
            rejected.append(IngestResult(Path(p).stem, str(p), "rejected", "error", "path does not exist"))
    for f in discover([p for p in paths if Path(p).exists()]):
        fmt = SUFFIXES.get(f.suffix.lower())
        if fmt is None:
            rejected.append(IngestResult(f.stem, str(f), "rejected", "error",
                                         f"unsupported file type {f.suffix or '(none)'}; use .txt, .md or .html"))
            continue
        try:
            size = f.stat().st_size
        except OSError as exc:
            rejected.append(IngestResult(f.stem, str(f), "rejected", "error", f"cannot read file: {exc}"))
            continue
        if size > MAX_BYTES:
            rejected.append(IngestResult(f.stem, str(f), "rejected", "error",
                                         f"file is {size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB"))
            continue
        files.append((f, fmt))

    def gen() -> Iterator[Source]:
        for f, fmt in files:
            try:
                raw = f.read_bytes()
            except OSError as exc:
                rejected.append(IngestResult(f.stem, str(f), "rejected", "error", f"cannot read file: {exc}"))
                continue
            yield Source(f.stem, raw, fmt=fmt, name=str(f), meta=man.rows.get(f.stem, {}), origin=origin)

    return gen(), messages, rejected


def seed(store: Store) -> IngestReport | None:
    """Ingest the shipped seed articles (or ``$DIPLO_ARTICLES``) once, the first time a store is opened."""
    if store.meta("seeded"):
        return None
    from lib.corpus import default_sources

    paths, manifest = default_sources()
    srcs, _msgs, _rej = sources_from_paths(paths, manifest, origin="seed")
    report = store.ingest(srcs)
    store.set_meta("seeded", "1")
    return report


SYNC_REFRESH = 50  # the app re-extracts up to this many stale articles before showing; more go to a thread
_REFRESH_LOCK = threading.Lock()
_REFRESH_THREAD: threading.Thread | None = None


def open_store(path: str | Path | None = None, *, seed_if_new: bool = True, refresh: bool | str = True,
               workers: int = 1) -> Store:
    """The store at ``path`` (default ``default_path()``), seeded on first start and brought up to date
    with the current extractor version.

    ``refresh``: True re-extracts stale articles now; ``'auto'`` (the app) does so now when there are at most
    ``SYNC_REFRESH`` of them, else in a background thread (each batch commits and bumps the version, so pages
    show new rows as they come, old rows meanwhile); False leaves them.
    """
    store = Store(path)
    if seed_if_new:
        seed(store)
    if refresh and os.environ.get("DIPLO_REFRESH", "1") != "0":  # DIPLO_REFRESH=0: leave stale rows for now
        stale = store.stale()
        if stale and refresh == "auto" and len(stale) > SYNC_REFRESH:
            refresh_in_background(store)
        elif stale:
            store.refresh(workers=workers, ids=stale)
    return store


def refresh_in_background(store: Store) -> bool:
    """Start re-extracting ``store``'s stale articles in a daemon thread; False if one is already running."""
    global _REFRESH_THREAD
    if not _REFRESH_LOCK.acquire(blocking=False):
        return False

    def run() -> None:
        try:
            store.refresh(batch=32)
        except Exception as exc:  # e.g. another process refreshing the same rows: the next start retries
            import logging

            logging.getLogger(__name__).warning("background re-extraction stopped: %s", exc)
        finally:
            _REFRESH_LOCK.release()

    _REFRESH_THREAD = threading.Thread(target=run, name="diplo-refresh", daemon=True)
    _REFRESH_THREAD.start()
    return True


def refreshing() -> bool:
    """Whether a background re-extraction is running in this process."""
    return _REFRESH_THREAD is not None and _REFRESH_THREAD.is_alive()


def wait_for_refresh(timeout: float | None = None) -> None:
    """Block until the background re-extraction (if any) is done."""
    if _REFRESH_THREAD is not None:
        _REFRESH_THREAD.join(timeout)


def export(store: Store, out: str | Path, fmt: str = "csv", filters=None, *, safe: bool = True) -> dict[str, int]:
    """Write each table, filtered like the app (``lib.filters.apply_filters``), to ``out``. Returns row counts.

    CSV cells that a spreadsheet would run as formulas are neutralised unless ``safe=False``.
    """
    from lib.filters import Filters, apply_filters
    from lib.tables import frame_to_csv_bytes

    f = filters or Filters()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    tables = store.tables()
    rows = {}
    for name, df in tables.items():
        sub = apply_filters(df, f, tables["articles"])
        if fmt == "parquet":
            sub.to_parquet(out / f"{name}.parquet", index=False)
        elif fmt == "csv":
            (out / f"{name}.csv").write_bytes(frame_to_csv_bytes(sub, safe=safe, bom=False))
        else:
            raise ValueError(f"unknown format {fmt!r}; use csv or parquet")
        rows[name] = len(sub)
    return rows


# ---------------------------------------------------------------------------------------------- uploads

MAX_FILES = 200  # articles per upload, counting the files inside .zip archives
MAX_ZIP_BYTES = 50 * 1024 * 1024  # one .zip archive
MAX_TOTAL_BYTES = 100 * 1024 * 1024  # everything in one upload, after unzipping
ARTICLE_TYPES = ("txt", "md", "html", "htm")
UPLOAD_TYPES = (*ARTICLE_TYPES, "zip")


@dataclass(frozen=True)
class Upload:
    """One article from an upload: its display name, bytes, format and metadata read from it (HTML)."""

    name: str
    raw: bytes
    fmt: str
    meta: dict = field(default_factory=dict)


def safe_id(name: str) -> str:
    """An article id from a file name as given by a browser: the base name's stem with anything but
    letters, digits, '.', '_' and '-' replaced. The name is never used as a path.

    >>> safe_id("../../etc/passwd.txt"), safe_id("C:\\\\Users\\\\me\\\\Talks in Cairo (2).html"), safe_id("...")
    ('passwd', 'Talks-in-Cairo-2', 'article')
    """
    import re

    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    stem = base.rsplit(".", 1)[0] if "." in base.strip(".") else base
    out = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip(".-_")[:80]
    return out or "article"


def html_metadata(raw: bytes) -> dict[str, str]:
    """outlet, title, url, published read from an HTML page's metadata ({} when there is none).

    >>> html_metadata(b"<html><head><title>Talks resume</title></head><body><p>x</p></body></html>")["title"]
    'Talks resume'
    """
    try:
        import trafilatura

        from lib.loader import decode

        m = trafilatura.extract_metadata(decode(raw)[0])
    except Exception:  # metadata is a convenience; the article still goes in
        return {}
    if m is None:
        return {}
    def get(k):
        return (getattr(m, k, None) or "")
    return {k: str(v) for k, v in {"outlet": get("sitename"), "title": get("title"), "url": get("url"),
                                   "published": get("date")}.items() if v}


def expand_uploads(files: list[tuple[str, bytes]]) -> tuple[list[Upload], list[tuple[str, str]]]:
    """Uploaded (name, bytes) -> articles to add and (name, problem) for files refused, with the limits:
    type, size per file, count and total size; ``.zip`` archives are opened (one level).

    >>> ok, bad = expand_uploads([("a.txt", b"Talks."), ("b.pdf", b"%PDF"), ("c.md", b"")])
    >>> [u.name for u in ok], bad
    (['a.txt', 'c.md'], [('b.pdf', 'unsupported file type .pdf; use .txt, .md, .html or a .zip of them')])
    """
    from lib.loader import MAX_BYTES, SUFFIXES

    out: list[Upload] = []
    bad: list[tuple[str, str]] = []
    total = 0

    def add(name: str, raw: bytes) -> None:
        nonlocal total
        suffix = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
        fmt = SUFFIXES.get(suffix)
        if fmt is None:
            bad.append((name, f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html or a .zip of them"))
        elif len(raw) > MAX_BYTES:
            bad.append((name, f"file is {len(raw) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB per article"))
        elif len(out) >= MAX_FILES:
            bad.append((name, f"more than {MAX_FILES} articles in one upload; add the rest in another upload"))
        elif total + len(raw) > MAX_TOTAL_BYTES:
            bad.append((name, f"the upload is over {MAX_TOTAL_BYTES / 1e6:.0f} MB in all; add the rest separately"))
        else:
            total += len(raw)
            out.append(Upload(name, raw, fmt, html_metadata(raw) if fmt == "html" else {}))

    for name, raw in files:
        if name.lower().endswith(".zip"):
            _expand_zip(name, raw, add, bad)
        else:
            add(name, raw)
    return out, bad


def _expand_zip(name: str, raw: bytes, add: Callable[[str, bytes], None], bad: list) -> None:
    import io
    import zipfile

    from lib.loader import MAX_BYTES

    if len(raw) > MAX_ZIP_BYTES:
        bad.append((name, f"archive is {len(raw) / 1e6:.1f} MB; the limit is {MAX_ZIP_BYTES / 1e6:.0f} MB"))
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        bad.append((name, f"not a readable .zip archive ({exc})"))
        return
    for info in infos:
        member = f"{name}/{info.filename}"
        base = info.filename.rsplit("/", 1)[-1]
        if info.filename.startswith("__MACOSX/") or base.startswith("."):
            continue
        if info.file_size > MAX_BYTES:  # checked before reading: no zip bombs
            bad.append((member, f"file is {info.file_size / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB "
                                f"per article"))
            continue
        if base.lower().endswith(".zip"):
            bad.append((member, "archives inside archives are not opened; upload it on its own"))
            continue
        try:
            data = zf.read(info)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
            bad.append((member, f"cannot be read from the archive ({exc})"))
            continue
        add(member, data)


def upload_sources(uploads: list[Upload], meta: list[dict] | None = None, origin: str = "upload") -> list[Source]:
    """Sources for uploads, with the metadata the analyst confirmed (one dict per upload; blank -> read
    from the file). Ids come from ``safe_id``; the ingest renames on a clash."""
    meta = meta or [{} for _ in uploads]
    out = []
    for u, m in zip(uploads, meta, strict=True):
        merged = {**u.meta, **{k: str(v).strip() for k, v in (m or {}).items() if v is not None and str(v).strip()}}
        out.append(Source(safe_id(u.name), u.raw, fmt=u.fmt, name=u.name, meta=merged, origin=origin))
    return out


def paste_source(text: str, meta: dict | None = None) -> Source:
    """A Source for pasted text; its id is 'pasted-' plus the first 8 hex digits of its content hash.

    >>> paste_source("Egypt hosted talks.").article_id == paste_source("Egypt hosted talks.").article_id
    True
    """
    raw = text.encode("utf-8")
    m = {k: str(v).strip() for k, v in (meta or {}).items() if v is not None and str(v).strip()}
    return Source(f"pasted-{content_hash(raw)[:8]}", raw, fmt="txt", name="pasted text", meta=m, origin="paste")
