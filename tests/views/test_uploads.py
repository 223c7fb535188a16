"""The Add articles page's checks before anything is stored: what the loader can read is never refused as binary,
and what it cannot read is refused with one plain reason (``bench/fault_inject.py`` found UTF-16 files refused by
the upload page that the command line reads)."""
from __future__ import annotations

import codecs
import gzip

import pytest

from lib.store.sources import Upload
from lib.views.uploads import check, is_binary

TEXT = "ISTANBUL (Anadolu) - Türkiye’s foreign minister said on Friday that “the talks will continue.”\n"


@pytest.mark.parametrize("raw", [
    TEXT.encode("utf-16"), TEXT.encode("utf-16-le"), TEXT.encode("utf-16-be"), TEXT.encode("utf-32"),
    codecs.BOM_UTF8 + TEXT.encode(), TEXT.encode("cp1254", "replace"),
    "وقال الوزير إن المحادثات ستستأنف في القاهرة.".encode("cp1256"),
])
def test_text_in_any_encoding_the_loader_reads_is_not_binary(raw):
    assert not is_binary(raw)
    ok, bad = check([Upload("a.txt", raw, "txt")])
    assert [u.name for u in ok] == ["a.txt"] and bad == []


@pytest.mark.parametrize("raw", [
    b"%PDF-1.7\n" + bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, gzip.compress(TEXT.encode()),
    b"PK\x03\x04" + bytes(range(256)) * 4, b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 400,
])
def test_binary_files_are_refused_with_a_plain_reason(raw):
    ok, bad = check([Upload("b.txt", raw, "txt")])
    assert ok == [] and bad == [("b.txt", "binary: not text")]
