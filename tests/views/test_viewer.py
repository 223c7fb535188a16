"""lib/views/viewer.py: untrusted article text is shown as text, with highlights."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.document import document_from_text
from lib.views.viewer import article_html, article_marks, esc, sentence_choices, sentence_span

HOSTILE = ('Officials met in Cairo on Sunday. <script>alert("x")</script> '
           '<img src=x onerror="alert(1)"> [click me](javascript:alert(1)) ![pic](http://evil.example/p.png) '
           '**bold** <a href="http://evil.example">link</a> {{7*7}} $x$ <iframe src="//evil"></iframe>')


def body_of(html: str) -> str:
    return html.split('<div class="text" id="text">', 1)[1].rsplit("</div>", 1)[0]


def test_hostile_text_is_escaped_and_nothing_executes():
    html = article_html(HOSTILE, [{"kind": "place", "start": 17, "end": 22, "value": "Cairo"}], selected=(0, 33))
    body = body_of(html)
    # Only our own tags in the body, none from the article.
    assert set(re.findall(r"<(/?[a-z]+)", body)) <= {"mark", "/mark", "span", "/span", "a", "/a"}
    assert "<script" not in body and "<img" not in body and "<iframe" not in body and "<a href" not in body
    assert "onerror=" not in body.replace("onerror=&quot;", "")  # the attribute survives only as text
    assert "&lt;script&gt;" in body and "&lt;img src=x onerror=" in body
    # Markdown/link syntax is inert: brackets and parentheses are entities, so no renderer builds a link.
    assert "](" not in body and "&#91;click me&#93;&#40;javascript&#58;alert&#40;1&#41;&#41;" in body
    assert html.count("<script") == 1 and "scrollIntoView" in html  # the one script is ours
    assert '<mark class="k-place" title="place&#58; Cairo">Cairo</mark>' in body


@pytest.mark.parametrize("text", ["<b>x</b>", "a & b", '"quoted"', "'single'", "x[1](y)", "_under_ *star*"])
def test_esc_round_trips_through_an_html_parser(text):
    from html import unescape

    assert unescape(esc(text)) == text
    assert "<" not in esc(text) and ">" not in esc(text)


def test_regions_are_greyed_and_selection_anchored():
    text = "Body sentence one. Photo: AFP caption here. Last one."
    html = article_html(text, regions=[{"start": 19, "end": 43, "kind": "caption"}], selected=(44, 53))
    body = body_of(html)
    assert '<span class="nonbody" title="caption">Photo&#58; AFP caption here.</span>' in body
    assert '<a id="sel"></a><span class="sel">Last one.</span>' in body


@pytest.mark.parametrize("mentions", [
    [{"kind": "date", "start": -1, "end": 3}],                     # out of range
    [{"kind": "date", "start": 5, "end": 5}],                      # empty
    [{"kind": "date", "start": 0, "end": 999}],                    # past the end
    [{"kind": "date", "start": "x", "end": 3}],                    # garbage
    [{"kind": "actor", "start": 0, "end": 4}, {"kind": "place", "start": 2, "end": 6}],  # overlap: first wins
])
def test_bad_or_overlapping_spans_never_break_the_text(mentions):
    text = "Cairo talks."
    from html import unescape

    body = body_of(article_html(text, mentions))
    assert unescape(re.sub(r"<[^>]+>", "", body)) == text
    assert body.count("<mark") <= 1


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=60), spans=st.lists(st.tuples(st.integers(-2, 70), st.integers(-2, 70)), max_size=5),
       sel=st.tuples(st.integers(0, 60), st.integers(0, 60)))
def test_article_html_keeps_every_character(text, spans, sel):
    from html import unescape

    mentions = [{"kind": "date", "start": a, "end": b, "value": "<v>"} for a, b in spans]
    body = body_of(article_html(text, mentions, [{"start": 0, "end": 3, "kind": "caption"}], sel))
    assert unescape(re.sub(r"<[^>]+>", "", body)) == text
    assert "<script" not in body


def test_marks_and_sentences_from_tables():
    import pandas as pd

    doc = document_from_text("a1", "Hamas said: “We refuse.” Three people were killed in Gaza.", published="2023-03-19")
    tables = {
        "mentions": pd.DataFrame([{"article_id": "a1", "kind": "date", "start": 0, "end": 5, "value": "2023",
                                   "precision": "year", "faction": "", "sentence_start": 0, "sentence_end": 24,
                                   "sentence": doc.text[:24]}]),
        "statements": pd.DataFrame([{"article_id": "a1", "quote_start": 13, "quote_end": 23, "speaker": "Hamas",
                                     "stance": "reject", "faction": "Hamas", "start": 0, "end": 24,
                                     "sentence": doc.text[:24]}]),
        "casualties": pd.DataFrame([{"article_id": "a1", "text_start": 25, "text_end": 38, "count": 3,
                                     "outcome": "killed", "group": "people", "reported_by": "", "start": 25,
                                     "end": 58, "sentence": doc.text[25:58]}]),
    }
    kinds = {m["kind"] for m in article_marks(tables, "a1")}
    assert kinds == {"date", "quote", "casualty"}
    assert article_marks(tables, "other") == []
    assert sentence_span(tables, "a1", 25) == (25, 58)
    assert sentence_span(tables, "a1", 3) is None and sentence_span(tables, "a1", None) is None
    assert sentence_choices([{"start": 0, "sentence": "x " * 60}])[0][1].endswith("…")
