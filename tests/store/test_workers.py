"""Extraction in worker processes: a source comes back as (decoded text, Extraction); a custom extractor that
raises, or a worker past its budget, gives an error row, never a lost article."""
from __future__ import annotations

import pytest

from lib.models import EXTRACTOR_VERSION, Extraction
from lib.store import workers

TEXT = b"Egypt hosted talks between Israeli and Palestinian officials in Cairo on Sunday."


@pytest.mark.parametrize("raw, fmt, status", [
    (TEXT, "txt", "ok"),
    (b"<html><body><p>Qatar said on Monday it would keep mediating.</p></body></html>", "html", "ok"),
    (b"", "txt", "error"),
])
def test_process_source_gives_text_and_stamped_article(raw, fmt, status):
    text, ex = workers.process_source(("a1", raw, fmt, "a1." + fmt, {"outlet": "Wire"}))
    art = ex.article
    assert art.article_id == "a1" and art.path == "a1." + fmt and art.extractor_version == EXTRACTOR_VERSION
    assert art.content_hash and (art.status == status or (status == "ok" and art.status == "warning"))
    if status == "ok":
        assert text and all(text[s.start:s.end] == s.sentence for s in ex.statements)


def test_a_failing_custom_extractor_gives_an_error_row():
    def boom(loaded):
        raise RuntimeError("bad extractor")

    with workers.Runner(1, boom):
        _text, ex = workers.process_source(("a1", TEXT, "txt", "a1.txt", {}))
    assert ex.article.status == "error" and "RuntimeError: bad extractor" in ex.article.error
    assert workers._EXTRACTOR is None  # the runner leaves no custom extractor behind


def test_runner_maps_jobs_in_order():
    jobs = [(f"a{i}", TEXT + str(i).encode(), "txt", f"a{i}.txt", {}) for i in range(3)]
    with workers.Runner(1, None) as runner:
        out = runner.map(jobs)
    assert [ex.article.article_id for _t, ex in out] == ["a0", "a1", "a2"]


def test_timed_out_source_is_an_error_row_with_metadata():
    text, ex = workers.timed_out_source(("a1", TEXT, "txt", "a1.txt", {"outlet": "Wire", "title": "T"}), 5.0,
                                        "extraction timed out")
    assert text is None and isinstance(ex, Extraction) and not ex.mentions
    art = ex.article
    assert (art.status, art.error, art.outlet, art.title) == ("error", "extraction timed out", "Wire", "T")
