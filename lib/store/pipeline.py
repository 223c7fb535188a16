"""Run the extraction pipeline over loaded articles, optionally on several worker processes.

Example:
    >>> from lib.store.loader import load_bytes
    >>> ex = extract_loaded(load_bytes("a1", b"Hamas said on Sunday it rejects the talks.", meta={"published": "2023-03-20"}))
    >>> ex.article.status
    'ok'
"""
from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Iterable, Iterator

from lib.extract.document import build_document
from lib.models import Extraction
from lib.store.loader import Loaded


def extract_loaded(loaded: Loaded) -> Extraction:
    """Extract every table from one loaded article. Errors become the article's status, never exceptions."""
    from lib.extract import dates, extract_document

    art, doc = loaded.article, loaded.doc
    if doc is None:
        return Extraction(article=art)
    try:
        if not doc.published:
            inferred = dates.infer_published(doc)
            if inferred:
                art = art.replace(published=inferred[0], published_precision=inferred[1], published_basis="inferred")
                doc = build_document(art, doc.text)
        result = extract_document(doc)
    except Exception as exc:  # an extractor bug must not lose the article or stop the run
        where = traceback.extract_tb(exc.__traceback__)[-1]
        msg = f"extraction failed: {type(exc).__name__}: {exc} ({where.filename.rsplit('/', 1)[-1]}:{where.lineno})"
        return Extraction(article=art.replace(status="error", error=msg), regions=doc.regions)
    return Extraction(article=art, mentions=result.mentions, events=result.events,
                      statements=result.statements, casualties=result.casualties, regions=doc.regions)


def run(loaded: Iterable[Loaded], workers: int = 1, progress: bool = False, total: int | None = None,
        budget: float | None = None) -> Iterator[Extraction]:
    """Extract many articles, in input order, in ``workers`` worker processes; an article that takes longer
    than ``budget`` seconds (default ``DIPLO_ARTICLE_BUDGET`` or 30) gets status error "extraction timed out"
    and the run goes on (``lib.store.budget``)."""
    import os

    from lib.store.budget import ARTICLE_BUDGET, BudgetPool

    if budget is None:
        budget = float(os.environ.get("DIPLO_ARTICLE_BUDGET") or ARTICLE_BUDGET)
    bar = Progress(total) if progress else None
    with BudgetPool(extract_loaded, workers, budget, _failed, prepare=warm_up) as pool:
        for ex in pool.imap(loaded):
            yield ex
            if bar:
                bar.step()
    if bar:
        bar.close()


_WARM = False


# reaches every stage, including the statements' stance cues (compiled on first use)
WARM_TEXT = (b"CAIRO, March 19 - Egypt hosted talks in Cairo on Sunday. \"We condemn the attack,\" Foreign Minister "
             b"Sameh Shoukry said, adding that two people were killed in Gaza.")


def warm_up() -> None:
    """Ready this process for extraction, once: load what extraction loads on first use (gazetteer, patterns,
    stance cues). Worker pools call it before they fork, so the workers inherit all of it."""
    global _WARM
    if not _WARM:
        from lib.store.loader import load_bytes

        extract_loaded(load_bytes("warm-up", WARM_TEXT, meta={"published": "2023-03-19"}))
        _WARM = True


def _failed(loaded: Loaded, _budget: float, why: str) -> Extraction:
    return Extraction(article=loaded.article.replace(status="error", error=why))


class Progress:
    """A small progress bar on stderr."""

    def __init__(self, total: int | None, label: str = "extracting"):
        self.total, self.n, self.label, self.t0, self.last = total, 0, label, time.monotonic(), 0.0

    def step(self) -> None:
        self.n += 1
        now = time.monotonic()
        if now - self.last < 0.2 and self.n != self.total:
            return
        self.last = now
        rate = self.n / max(now - self.t0, 1e-9)
        if self.total:
            filled = int(30 * self.n / self.total)
            sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {self.n}/{self.total} "
                             f"({rate:.0f}/s)")
        else:
            sys.stderr.write(f"\r{self.label} {self.n} ({rate:.0f}/s)")
        sys.stderr.flush()

    def close(self) -> None:
        sys.stderr.write("\n")
        sys.stderr.flush()
