"""The reading view given to the dates tagger (``lib.extract.extract_document``): in a PDF paste a date cut by a
hyphen at a line's end is found, and its mention records the raw words. Sentences are our own."""
from __future__ import annotations

import pytest

from lib.extract import extract_document
from lib.extract.document import document_from_text

LEAD = ("The foreign ministers of the contact group met in the Jordanian capi-\n"
        "tal on Thursday to prepare a common position ahead of the vote in\n"
        "the General Assembly, according to a statement issued after the\n"
        "talks by the host ministry, which gave no details of the sessions.\n")


@pytest.mark.parametrize("cut, value", [
    ("since the attacks of Octo-\nber 7, the ministers said,", "2023-10-07"),
    ("until the end of Decem-\nber, the ministers said,", "2023-12"),
    ("on Wednes-\nday, the ministers said,", "2023-11-08"),
])
def test_a_date_cut_at_a_line_end_is_found_with_its_raw_words(cut, value):
    text = "Talks in Amman\n\n" + LEAD + "The ministers will meet again in the same city " + cut + "\nand the talks " \
        "will then move to the Egyptian capital for a further round.\n"
    doc = document_from_text("t", text, published="2023-11-02")
    got = [(m.text, m.value) for m in extract_document(doc).mentions if m.kind == "date"]
    assert any(value in v and "-\n" in t for t, v in got), got
    for m in extract_document(doc).mentions:
        assert doc.text[m.start:m.end] == m.text and doc.text[m.sentence_start:m.sentence_end] == m.sentence


def test_no_view_for_a_text_without_cut_words():
    text = "Talks in Amman\n\nThe ministers met on Thursday. They will meet again on October 7.\n"
    doc = document_from_text("t", text, published="2023-11-02")
    assert [m.text for m in extract_document(doc).mentions if m.kind == "date"] == ["Thursday", "October 7"]
