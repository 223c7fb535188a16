"""Reported speech without quotation marks (``lib/extract/statements/indirect.py``), round 6: trailing pronoun
attributions, coordinated speech acts without a comma, participles and verbs of a reported position; each with
the negative cases that must stay out (fact reports, meetings as events, questions, scare quotes)."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def reported(text: str, published: str = "2024-03-01"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind in ("indirect", "unmarked")]


# ---------------------------------------------------------------- "<clause>, he added." after the speaker spoke

@pytest.mark.parametrize("text, expected", [
    ("Qatar said it was ready to host a new round of talks. The pause must hold beyond the weekend, it added.",
     ("Qatar", "Qatar", "The pause must hold beyond the weekend")),
    ("Hamas official Osama Hamdan spoke in Beirut on Monday. \"We will not yield,\" he said. Israel would not agree "
     "to a lasting truce while the group held captives, he added.",
     ("Osama Hamdan", "Hamas", "Israel would not agree to a lasting truce while the group held captives")),
])
def test_trailing_pronoun_is_the_speaker_who_just_spoke(text, expected):
    assert expected in reported(text)


@pytest.mark.parametrize("text", [
    # nobody spoke before the pronoun: no guess
    "Israeli officials met in Cairo. The pause must hold beyond the weekend, he added.",
    # the clause has a speaker of its own (the counterpart's words, not the ministry's)
    "Jordan's foreign ministry said Ayman Safadi called Sameh Shoukry.\n\nHis Egyptian counterpart stressed the need "
    "to respect the status quo in Jerusalem, it added.",
    # a meeting reported as held or attended is an event, not a statement
    "Egypt's foreign ministry said talks were under way. Officials from Jordan and the United States were attending "
    "the meeting in the resort, it added.",
    "Saudi Arabia said it had formed a coalition. The coalition held its first meeting in Riyadh last month, it said.",
])
def test_no_trailing_pronoun_statement(text):
    got = reported(text)
    assert not any("Jerusalem" in q and f == "Jordan" for _, f, q in got)
    assert not any(q.startswith(("The pause", "Officials from", "The coalition held")) for _, _, q in got)
