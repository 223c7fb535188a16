"""Check a store for what must never be there, and repair what can be repaired.

Idea: the store's guarantees (nothing lost, nothing doubled) are checked, not assumed: ``check`` reads the whole
file and reports a damaged or truncated file, rows stored twice, rows whose article is gone (orphans), articles
with no article row, articles left ``pending`` by an interrupted run, and ``ok`` articles with no text.
``repair`` fixes each of these except a damaged file: it gives an older store its keys (dropping doubled rows),
deletes orphan rows and re-extracts the broken and pending articles from their stored bytes.

Approach: ``check`` opens the file read-only (it never changes a store) and scans every column of every table;
``repair`` runs under the writer lock (``lib.store.lock``), so it never races an ingest.

Example:
    >>> import tempfile
    >>> from lib.store.db import Store
    >>> store = Store(Path(tempfile.mkdtemp()) / "t.duckdb")
    >>> check(store.path).problems
    []
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lib.store import keys
from lib.store.db import ROW_TABLES, Store, connect
from lib.store.errors import StoreCorrupt, truncation
from lib.store.errors import damaged as _corrupt
from lib.store.lock import is_locked
from lib.store.schema import STORE_TABLES, _q, table_columns

CHILD_TABLES = ("texts", "articles", *ROW_TABLES, "regions")


@dataclass
class Report:
    """What ``check`` found: ``problems`` (each one line; repair or a person must act) and ``notes``."""

    path: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    damaged: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    to_reextract: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: str | Path) -> Report:
    """Read the whole store at ``path`` and report its problems (never changes it)."""
    import duckdb

    path = Path(path)
    rep = Report(str(path))
    if not path.exists():
        rep.notes.append(f"no store at {path} yet (it is made on first use)")
        return rep
    if path.is_dir():
        rep.problems.append(f"{path} is a folder, not a store file")
        return rep
    try:
        con = connect(path, read_only=True)
    except StoreCorrupt as exc:
        rep.problems.append(str(exc))
        rep.damaged = True
        return rep
    try:
        _check_open(con, path, rep)
    except duckdb.Error as exc:
        bad = _corrupt(path, exc)
        rep.problems.append(str(bad) if bad else f"the store {path} cannot be read: {str(exc).splitlines()[0]}")
        rep.damaged = True
    finally:
        con.close()
    return rep


def _check_open(con, path: Path, rep: Report) -> None:
    short = truncation(con, path)
    if short:
        rep.problems.append(f"the store {path} is truncated ({short}); move it away and ingest again, or "
                            f"restore a copy")
        rep.damaged = True
        return
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() "
                                        "WHERE database_name = current_database()").fetchall()}
    missing = [t for t in ("meta", *STORE_TABLES) if t not in tables]
    if missing:
        rep.problems.append(f"tables missing: {', '.join(missing)} (not a Diplomacy Timeline store?)")
        return
    for t in ("meta", *STORE_TABLES):  # read every column of every row: a damaged block fails here
        have_cols = {r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ? "
                                               "AND database_name = current_database()", [t]).fetchall()}
        cols = [c for c, _ in (table_columns(t)) if c in have_cols]
        agg = ", ".join(f"max(length(CAST({_q(c)} AS VARCHAR)))" for c in cols if c != "raw")
        if "raw" in cols:
            agg += ", max(octet_length(raw))"
        con.execute(f"SELECT count(*), {agg} FROM {_q(t)}").fetchall()
        rep.counts[t] = con.execute(f"SELECT count(*) FROM {_q(t)}").fetchone()[0]
    unkeyed = keys.missing_keys(con)
    if unkeyed:
        rep.problems.append(f"older store without row keys on {', '.join(unkeyed)}: doubled rows are not refused "
                            f"('python -m lib repair' adds the keys)")
    for t in keys.KEYS:
        n = keys.doubles(con, t)
        if n:
            rep.problems.append(f"{t}: {n} row(s) stored twice")
    for t in CHILD_TABLES:
        n = con.execute(f"SELECT count(*) FROM {_q(t)} WHERE article_id NOT IN (SELECT article_id FROM sources)"
                        ).fetchone()[0]
        if n:
            rep.problems.append(f"{t}: {n} orphan row(s) whose article is not stored")
    bad_ids: set[str] = set()
    no_row = [r[0] for r in con.execute("SELECT article_id FROM sources WHERE article_id NOT IN "
                                        "(SELECT article_id FROM articles)").fetchall()]
    if no_row:
        rep.problems.append(f"{len(no_row)} stored article(s) with no article row (e.g. {no_row[0]})")
        bad_ids.update(no_row)
    no_text = [r[0] for r in con.execute("SELECT article_id FROM articles WHERE status IN ('ok', 'warning') AND "
                                         "article_id NOT IN (SELECT article_id FROM texts)").fetchall()]
    if no_text:
        rep.problems.append(f"{len(no_text)} extracted article(s) with no text (e.g. {no_text[0]})")
        bad_ids.update(no_text)
    pending = [r[0] for r in con.execute("SELECT article_id FROM articles WHERE status = 'pending'").fetchall()]
    if pending and is_locked(path):
        rep.notes.append(f"{len(pending)} article(s) pending: another process is writing the store now")
    elif pending:
        rep.problems.append(f"{len(pending)} article(s) left pending by an interrupted run (e.g. {pending[0]}); "
                            f"the next ingest or 'python -m lib repair' extracts them")
        bad_ids.update(pending)
    rep.to_reextract = sorted(bad_ids)


def repair(path: str | Path, *, workers: int = 1, on_wait=None) -> tuple[list[str], Report]:
    """Repair what ``check`` finds (except a damaged file). Returns (what was done, the check after)."""
    before = check(path)
    if before.damaged:
        return [], before
    done: list[str] = []
    store = Store(path, on_wait=on_wait)  # opening gives an older store its keys (doubled rows dropped)
    with store.locked():
        after_keys = check(path)
        if len(after_keys.problems) < len(before.problems):
            done.append("added row keys; doubled rows dropped")
        with store.writing() as con:
            con.execute("BEGIN TRANSACTION")
            for t in CHILD_TABLES:
                n = con.execute(f"DELETE FROM {_q(t)} WHERE article_id NOT IN (SELECT article_id FROM sources)"
                                ).fetchone()[0]
                if n:
                    done.append(f"{t}: deleted {n} orphan row(s)")
            con.execute("COMMIT")
        ids = check(path).to_reextract
        if ids:
            store.refresh(workers=workers, ids=ids)
            done.append(f"re-extracted {len(ids)} article(s) from their stored bytes")
    return done, check(path)
