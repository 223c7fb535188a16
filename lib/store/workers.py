"""Extraction in worker processes for the store: each source is decoded and extracted in a worker, within a time
budget per article, and comes back as (decoded text, ``Extraction``).

Idea: ``Store.ingest`` and ``Store.refresh`` (``lib.store.db``) hand batches of jobs ``(article_id, raw, fmt, name,
meta)`` to one ``Runner`` kept for the whole run; the runner maps ``process_source`` over them in
``lib.store.budget.BudgetPool`` worker processes, and a job whose worker runs past the budget (or dies) gets
``timed_out_source``: an error row, never a lost article.

Approach: ``process_source`` is a module-level function (the workers import it by name); a custom extractor (tests,
benchmarks) is handed to it through ``_EXTRACTOR``, set while a ``Runner`` is open.

Example:
    >>> text, ex = process_source(("a1", b"Egypt hosted talks in Cairo on Sunday.", "txt", "a1.txt", {}))
    >>> text[:5], ex.article.status, ex.article.path
    ('Egypt', 'ok', 'a1.txt')
"""
from __future__ import annotations

from collections.abc import Callable

from lib.models import EXTRACTOR_VERSION, Article, Extraction
from lib.store.budget import ARTICLE_BUDGET, BudgetPool
from lib.store.sources import content_hash


def process_source(job: tuple) -> tuple[str | None, Extraction]:
    """(article_id, raw, fmt, name, meta) -> (decoded text or None, Extraction). Runs in worker processes."""
    from lib.store.loader import load_bytes
    from lib.store.pipeline import extract_loaded

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


def timed_out_source(job: tuple, seconds: float, why: str) -> tuple[None, Extraction]:
    """The result for a job whose worker was ended (past the time budget) or died."""
    aid, raw, fmt, name, meta = job
    meta = meta or {}
    art = Article(article_id=aid, path=name, source_format=fmt, outlet=str(meta.get("outlet", "") or ""),
                  title=str(meta.get("title", "") or ""), url=str(meta.get("url", "") or ""),
                  content_hash=content_hash(raw)[:32], status="error", extractor_version=EXTRACTOR_VERSION,
                  error=why)
    return None, Extraction(article=art)


class Runner:
    """Maps ``process_source`` over jobs in ``workers`` worker processes (kept for a whole run), each article
    within the time budget (``lib.store.budget``)."""

    def __init__(self, workers: int, extractor: Callable | None, budget: float = ARTICLE_BUDGET):
        self.workers, self.extractor, self.budget, self.pool = workers, extractor, budget, None

    def __enter__(self) -> Runner:
        global _EXTRACTOR
        _EXTRACTOR = self.extractor
        from lib.store.pipeline import warm_up

        self.pool = BudgetPool(process_source, self.workers, self.budget, timed_out_source, prepare=warm_up)
        return self

    def map(self, jobs: list[tuple]) -> list[tuple[str | None, Extraction]]:
        return self.pool.map(jobs)

    def __exit__(self, *exc) -> None:
        global _EXTRACTOR
        _EXTRACTOR = None
        if self.pool is not None:
            self.pool.close()

