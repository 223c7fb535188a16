"""A web page saved as a text file: no mention, actor or place may come from its scripts, styles, frames, comments or
tag attributes (so no event or statement is built on one), and its offsets stay the raw file's (``bench/fault_inject.py`` found actors and events taken from a page's script). Own pages in several
outlets' styles, with negatives: text about tags, and pages with no hidden element, read as before."""
from __future__ import annotations

import pytest

from lib.extract import extract_document
from lib.extract.document import document_from_text

BODY = ("<article><p>CAIRO, March 3 (Reuters) - Egypt hosted Israeli and Palestinian officials on Sunday.</p>\n"
        "<p>“We want calm,” Egyptian Foreign Minister Sameh Shoukry said after the meeting in Cairo.</p></article>")
HIDDEN = [
    "<script>var q = '“We reject the truce,” said Zorbak Quillon, a Hamas spokesman, in Doha.';</script>",
    "<style>/* “We reject it,” said Zorbak Quillon in Beirut */ p { margin: 0 }</style>",
    "<noscript>Zorbak Quillon, the Iranian envoy, met Hamas leaders in Tehran on Monday.</noscript>",
    "<iframe srcdoc='Zorbak Quillon visited Amman'>Zorbak Quillon visited Amman on Friday.</iframe>",
    "<script type=\"application/ld+json\">{\"headline\": \"Zorbak Quillon meets Hamas in Doha\"}</script>",
]
PAGES = [
    "<!DOCTYPE html>\n<html><head><title>Talks | Wire</title>" + HIDDEN[0] + HIDDEN[1] + "</head>\n<body>"
    + HIDDEN[2] + BODY + HIDDEN[3] + "</body></html>",
    "<html><head>" + HIDDEN[4] + "</head><body><div class='nav'>Home | World</div>" + BODY + "</body></html>",
    "<div id='story'>" + BODY + "</div>\n" + HIDDEN[0] + "\n" + HIDDEN[2] + "\n",  # a fragment, as pasted
    "<HTML><HEAD><SCRIPT LANGUAGE='JavaScript'>var q = 'Zorbak Quillon said in Doha';</SCRIPT></HEAD><BODY>"
    + BODY.upper().replace("<P>", "<P>").replace("SAMEH SHOUKRY", "Sameh Shoukry") + "</BODY></HTML>",
]


def rows(text):
    doc = document_from_text("a1", text, published="2023-03-05")
    r = extract_document(doc)
    return doc, [*r.mentions, *r.events, *r.statements, *r.casualties]


@pytest.mark.parametrize("page", PAGES)
def test_no_row_comes_from_a_pages_hidden_elements(page):
    doc, found = rows(page)
    assert doc.text == page  # offsets index the file as decoded
    for x in found:
        own = " ".join(str(getattr(x, k, "")) for k in ("text", "speaker", "quote", "actors", "actor1", "actor2",
                                                         "location", "value", "trigger"))
        assert "Quillon" not in own, x
    for s in doc.sentences:
        assert s.text == page[s.start:s.end]


def test_the_body_of_such_a_page_is_still_read():
    _doc, found = rows(PAGES[0])
    assert any(getattr(x, "speaker", "") and "Shoukry" in x.speaker for x in found)
    assert any(getattr(x, "kind", "") == "place" and x.text == "Cairo" for x in found)


@pytest.mark.parametrize("text, kept", [
    ("The web desk said the <script> tags were removed in Cairo on Sunday.", True),  # prose about tags
    ("<html><head><title>Talks in Cairo</title><style>p {}</style></head><p>Hi.</p>", True),  # the title is seen
    ("<p>Talks in Cairo.</p><script>var x = 'Cairo';</script>", True),
    ("<head><style>p {}</style></head><p>Officials met in Cairo&#8217;s old city on Sunday.</p>", True),  # moved
    ("<head><style>p {}</style></head><p>Talks.</p><footer>1 Tahrir Square, Cairo</footer>", False),
])
def test_mentions_a_reader_sees_are_kept(text, kept):
    doc, found = rows(text)
    assert any(getattr(x, "kind", "") == "place" and x.text == "Cairo" for x in found) is kept


@pytest.mark.parametrize("text", [
    "The web desk said the <script> and <style> tags were removed.\nEgypt hosted the talks in Cairo on Sunday.\n",
    "<p>Egypt hosted the talks in Cairo.</p><p>Qatar said so.</p><p>Talks resume.</p>",  # no hidden element
    "Hamas said: &ldquo;We reject it.&rdquo; Talks went on in Doha.",
])
def test_text_without_hidden_elements_is_split_as_before(text):
    from lib.extract.sentences import split

    doc = document_from_text("a1", text)
    assert [(s.start, s.end) for s in doc.sentences] == [(s.start, s.end) for s in split(text, doc.regions)]
