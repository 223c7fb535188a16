"""Partial quotes inside reported-through speech (lib/extract/statements/direct.py): "spokesman X said <Person>
had stressed ... “…”" gives the quoted words to that person, relayed by X; a speech act or a fact of a third party
("said Israel had rejected “…”", "said Hamas had fired “…”") leaves them to the outer speaker."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2024-06-10"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.relayed_by, r.quote)
            for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc)))) if r.kind == "partial"]


@pytest.mark.parametrize("text, speaker, faction, relay", [
    ("Egyptian presidential spokesman Ahmed Fahmy said Sisi had stressed Egypt's support for \"all efforts to "
     "reach a just and lasting peace\".", "Abdel Fattah al-Sisi", "Egypt", "Ahmed Fahmy"),
    ("Blinken said Netanyahu had told him that Israel \"remains committed to the framework agreed in Paris\".",
     "Benjamin Netanyahu", "Israel", "Blinken"),
])
def test_quote_said_through_is_the_inner_speakers(text, speaker, faction, relay):
    got = rows(text)
    assert len(got) == 1 and got[0][:2] == (speaker, faction) and relay in got[0][2], got


@pytest.mark.parametrize("text, speaker, faction", [
    # a speech act or a fact of a third party: the quoted words are the outer speaker's
    ("Hamas spokesman Hazem Qassem said Israel had rejected \"every proposal the mediators put on the table\".",
     "Hazem Qassem", "Hamas"),
    ("The Israeli military said Hamas had fired \"dozens of rockets at southern towns overnight\".",
     "Israeli military", "Israel"),
    ("Hamas said Israel had described the offer as \"a final chance for the movement to accept\".", "Hamas", "Hamas"),
    # the second quote, after the outer speaker speaks again, is his own
    ("Egyptian presidential spokesman Ahmed Fahmy said Sisi had stressed Egypt's support for \"all efforts to "
     "reach a just and lasting peace\". Fahmy said the president \"was briefed on the latest talks in Doha\".",
     "Ahmed Fahmy", "Egypt"),
])
def test_quote_stays_with_the_outer_speaker(text, speaker, faction):
    got = rows(text)
    assert got and got[-1][:3] == (speaker, faction, ""), got
