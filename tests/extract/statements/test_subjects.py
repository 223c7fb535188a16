"""The subject of a reporting verb and speech reported through another (``lib/extract/statements/subjects.py``):
who was told is not part of the words relayed. Sentences written for these tests."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def reported(text: str, published: str = "2024-03-01"):
    doc = document_from_text("t", text, published=published)
    return [(r.faction, r.quote, r.relayed_by) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind == "indirect"]


@pytest.mark.parametrize("text, faction, quote", [
    ("A Lebanese official said Hezbollah had told mediators it would study the ceasefire proposal.",
     "Hezbollah", "it would study the ceasefire proposal"),
    ("An Egyptian source said Hamas had told the Egyptian mediators that it accepted the framework of the deal.",
     "Hamas", "it accepted the framework of the deal"),
    ("A diplomat said Qatar told Reuters the talks would resume in Doha next week.",
     "Qatar", "the talks would resume in Doha next week"),
    # a listener with a title and a name before 'that'
    ("The ministry's spokesman said Safadi told EU foreign policy chief Josep Borrell that the world must not stand "
     "idly by.", "Jordan", "the world must not stand idly by"),
])
def test_relayed_tell_leaves_out_the_listener(text, faction, quote):
    got = reported(text)
    assert any(f == faction and q == quote for f, q, _ in got), got


@pytest.mark.parametrize("text, faction, start", [
    # a directive keeps its listener: what was asked of whom is the statement
    ("A Lebanese official said Hezbollah had told mediators to wait for its answer until Friday.",
     "Hezbollah", "mediators to wait"),
])
def test_relayed_directive_keeps_its_listener(text, faction, start):
    got = reported(text)
    assert not any(f == faction and q.startswith("to wait") for f, q, _ in got), got
