"""One writer at a time: an inter-process lock file next to the store.

Idea: everything that adds, replaces or deletes rows (ingest, re-extraction, delete, repair) runs while holding
``<store>.lock``, so two processes (two CLI ingests, the dashboard's automatic re-extraction and a CLI ingest)
never extract the same ``pending`` article at once and never insert its rows twice. Readers never take it.

Approach: ``fcntl.flock`` on the lock file (released by the kernel when the process dies, so a ``kill -9`` never
leaves a stale lock); inside one process a re-entrant ``threading.RLock`` per store serialises threads and lets a
writer that already holds the lock take it again (``open_store`` -> ``refresh`` inside ``ingest``). The holder
writes its pid and command into the file so a waiting writer can say whom it waits for. Where ``fcntl`` does not
exist (Windows) only the in-process lock applies.

Example:
    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "t.duckdb"
    >>> with writer_lock(p):
    ...     with writer_lock(p, wait=0):  # re-entrant in the same thread
    ...         holder(p) is not None
    True
"""
from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


class StoreBusy(RuntimeError):
    """Another writer holds the store for longer than we were willing to wait."""


_LOCKS: dict[str, _Held] = {}
_GUARD = threading.Lock()


class _Held:
    def __init__(self) -> None:
        self.rlock = threading.RLock()
        self.depth = 0
        self.fd: int | None = None


def lock_path(store_path: str | Path) -> Path:
    return Path(str(store_path) + ".lock")


def holder(store_path: str | Path) -> str | None:
    """Who holds (or last held) the lock, as written in the lock file: 'pid 123: ingest …', or None."""
    try:
        text = lock_path(store_path).read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return None
    return text or None


def _try_flock(fd: int) -> bool:
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


@contextmanager
def writer_lock(store_path: str | Path, *, wait: float | None = None,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the store's writer lock. ``wait``: seconds to wait for another writer (None: as long as it takes,
    0: not at all); past it, ``StoreBusy``. ``on_wait(message)`` is called once when we have to wait."""
    key = str(Path(store_path).resolve())
    with _GUARD:
        held = _LOCKS.setdefault(key, _Held())
    deadline = None if wait is None else time.monotonic() + wait
    if not held.rlock.acquire(timeout=-1 if wait is None else max(wait, 0)):
        raise StoreBusy(_busy_message(store_path, "another writer in this process"))
    try:
        if held.depth == 0:
            _acquire_file(held, store_path, deadline, on_wait)
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0:
                _release_file(held)
    finally:
        held.rlock.release()


def _acquire_file(held: _Held, store_path, deadline: float | None, on_wait) -> None:
    path = lock_path(store_path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    told = False
    while not _try_flock(fd):
        if deadline is not None and time.monotonic() >= deadline:
            os.close(fd)
            raise StoreBusy(_busy_message(store_path, holder(store_path)))
        if not told and on_wait is not None:
            on_wait(f"waiting for another writer to finish with {store_path} ({holder(store_path) or 'unknown'})")
            told = True
        time.sleep(0.1)
    try:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}: {' '.join(sys.argv[:3])[:200]} since {time.strftime('%H:%M:%S')}\n"
                  .encode("utf-8", "replace"), 0)
    except OSError:  # a full disk must not stop the lock; the message is a courtesy
        pass
    held.fd = fd


def _release_file(held: _Held) -> None:
    if held.fd is None:
        return
    try:
        if fcntl is not None:
            fcntl.flock(held.fd, fcntl.LOCK_UN)
    finally:
        os.close(held.fd)
        held.fd = None


def _busy_message(store_path, who: str | None) -> str:
    return (f"the store {store_path} is being written by another process ({who or 'unknown'}); "
            f"try again when it is done")


def is_locked(store_path: str | Path) -> bool:
    """Whether another process holds the writer lock now (this process's own hold does not count)."""
    key = str(Path(store_path).resolve())
    held = _LOCKS.get(key)
    if held is not None and held.depth > 0:
        return False
    path = lock_path(store_path)
    if fcntl is None or not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if _try_flock(fd):
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        return True
    finally:
        os.close(fd)
