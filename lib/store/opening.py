"""Opening the store the way the app and the command line do: seeded on first start, brought up to date with the
current extractor version (now, or in a background thread when there is much to re-extract).

Idea: ``lib.store.db.Store`` is the file and its transactions; this module is the policy around opening it. A
new store gets the shipped seed articles once (``seed``); stale articles (made by another extractor version, or
left ``pending``) are re-extracted by ``open_store`` before it returns, or, for the app with more than
``SYNC_REFRESH`` of them, by one daemon thread per process (``refresh_in_background``) whose batches commit as
they come, so the pages show new rows progressively.

Example:
    >>> import tempfile
    >>> from pathlib import Path
    >>> store = open_store(Path(tempfile.mkdtemp()) / "t.duckdb", seed_if_new=False)
    >>> store.counts()["articles"], refreshing()
    (0, False)
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from lib.store.db import Store
from lib.store.lock import StoreBusy, is_locked
from lib.store.sources import IngestReport, default_sources, sources_from_paths


def seed(store: Store, progress: Callable[[int, int | None], None] | None = None) -> IngestReport | None:
    """Ingest the shipped seed articles (or ``$DIPLO_ARTICLES``) once, the first time a store is opened.

    ``progress(done, total)`` is called after each batch (the app shows it on first start)."""
    if store.meta("seeded"):
        return None
    paths, manifest = default_sources()
    srcs, _msgs, _rej = sources_from_paths(paths, manifest, origin="seed")
    srcs = list(srcs)
    report = store.ingest(srcs, progress=progress, total=len(srcs))
    store.set_meta("seeded", "1")
    return report


SYNC_REFRESH = 50  # the app re-extracts up to this many stale articles before showing; more go to a thread
_REFRESH_LOCK = threading.Lock()
_REFRESH_THREAD: threading.Thread | None = None


def open_store(path: str | Path | None = None, *, seed_if_new: bool = True, refresh: bool | str = True,
               workers: int = 1, on_wait: Callable[[str], None] | None = None) -> Store:
    """The store at ``path`` (default ``default_path()``), seeded on first start and brought up to date
    with the current extractor version.

    ``refresh``: True re-extracts stale articles now; ``'auto'`` (the app) does so now when there are at most
    ``SYNC_REFRESH`` of them, else in a background thread (each batch commits and bumps the version, so pages
    show new rows as they come, old rows meanwhile); False leaves them.
    """
    store = Store(path, on_wait=on_wait)  # on_wait(message): told once when waiting for another writer
    if seed_if_new:
        seed(store)
    if refresh and os.environ.get("DIPLO_REFRESH", "1") != "0":  # DIPLO_REFRESH=0: leave stale rows for now
        if refresh == "auto" and is_locked(store.path):
            return store  # another process is writing (and will extract what it stored): show what is there
        stale = store.stale()
        if stale and refresh == "auto" and len(stale) > SYNC_REFRESH:
            refresh_in_background(store)
        elif stale:
            try:
                with store.locked(wait=0 if refresh == "auto" else -1):
                    store.refresh(workers=workers)
            except StoreBusy:
                if refresh != "auto":
                    raise
    return store


def refresh_in_background(store: Store) -> bool:
    """Start re-extracting ``store``'s stale articles in a daemon thread; False if one is already running."""
    global _REFRESH_THREAD
    if not _REFRESH_LOCK.acquire(blocking=False):
        return False

    def run() -> None:
        try:
            with store.locked(wait=0):
                store.refresh(batch=32)
        except StoreBusy:
            pass  # another writer has the store; the next start re-extracts what is still stale
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
