"""One clear line for the store and disk problems a user can meet, instead of a traceback.

Idea: a damaged store, a busy store, a read-only or full disk and a data folder that is a file are not bugs; the
user needs to know which file or disk and what to do. ``explain`` maps such an exception to (message, exit
status); anything else is a bug and is left to raise.

Approach: the store's own exceptions carry their message; ``OSError`` is read by errno; DuckDB's errors by the
operating-system message they wrap ("No space left on device", "Permission denied", "Read-only file system").

Example:
    >>> import errno
    >>> explain(OSError(errno.ENOSPC, "No space left on device", "/data/diplo.duckdb"))
    ('the disk holding /data/diplo.duckdb is full (no space left on device); free some space and run again', 5)
    >>> explain(ValueError("a bug")) is None
    True
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

BUSY, DAMAGED, DISK, STORAGE = 3, 4, 5, 6


class StoreCorrupt(RuntimeError):
    """The store file is not a readable DuckDB database (truncated, overwritten, not a store)."""


def damaged(path, exc) -> StoreCorrupt | None:
    """A StoreCorrupt for a DuckDB error that means a damaged file, else None."""
    msg = str(exc)
    if any(s in msg for s in ("not a valid DuckDB database", "Could not read enough bytes", "checksum",
                              "Corrupt database", "INTERNAL Error", "Serialization Error")):
        return StoreCorrupt(f"the store {path} is damaged ({msg.splitlines()[0][:160]}); run "
                            f"'python -m lib check' for details, or move the file away to start a new store")
    return None


def truncation(con, path: Path) -> str:
    """'' when the open store's file is as long as its header says, else what is missing (a truncated copy:
    DuckDB opens it and fails only when a missing block is read)."""
    import duckdb

    try:
        _name, _size, block, total, *_ = con.execute("PRAGMA database_size").fetchone()
    except duckdb.Error:
        return ""
    need, have = 3 * 4096 + int(block) * int(total), Path(path).stat().st_size
    return f"{have} bytes on disk, {need} expected" if have < need else ""


def explain(exc: BaseException, data: Path | None = None) -> tuple[str, int] | None:
    """(one-line message, exit status) for a known store or disk problem, else None. ``data``: the store's
    folder (``lib.store.db.data_dir()``; default ``$DIPLO_DATA``)."""
    from lib.store.lock import StoreBusy

    if isinstance(exc, StoreBusy):
        return str(exc), BUSY
    if isinstance(exc, StoreCorrupt):
        return str(exc), DAMAGED
    msg = str(exc)
    if data is None:
        data = Path(os.environ.get("DIPLO_DATA") or "data")
    where = getattr(exc, "filename", None) or str(data)
    code = getattr(exc, "errno", None)
    low = msg.lower()
    if code == errno.ENOSPC or "no space left" in low or "disk is full" in low or "disk full" in low:
        return f"the disk holding {where} is full (no space left on device); free some space and run again", DISK
    if code in (errno.EROFS,) or "read-only file system" in low:
        return f"cannot write to {where}: the disk is read-only; set DIPLO_DATA to a writable folder", STORAGE
    if code in (errno.EACCES, errno.EPERM) or "permission denied" in low:
        return f"cannot write to {where}: permission denied; set DIPLO_DATA to a writable folder", STORAGE
    if code in (errno.ENOTDIR, errno.EEXIST) or (data.exists() and not data.is_dir()):
        if data.exists() and not data.is_dir():
            return f"DIPLO_DATA is {data}, which is a file, not a folder; point it to a folder", STORAGE
        return f"cannot use {where}: a part of the path is a file, not a folder", STORAGE
    if isinstance(exc, OSError):
        return f"cannot use {where}: {os.strerror(code) if code else msg}", STORAGE
    try:
        import duckdb
    except ImportError:  # pragma: no cover
        return None
    if isinstance(exc, duckdb.IOException):
        return f"the store in {data} cannot be read or written: {msg.splitlines()[0][:200]}", STORAGE
    return None
