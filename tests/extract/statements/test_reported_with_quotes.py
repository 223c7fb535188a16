"""Statements: reported speech in a sentence that also holds quotes (the clause is read besides the quoted
fragments), and what stays no statement (a clause that is only a quote, a meeting reported as an event)."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2022-03-14"):
    doc = document_from_text("t", text, published=published)
    return S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))


def reported(text: str):
    return [(r.faction, r.quote) for r in rows(text) if r.kind == "indirect"]


@pytest.mark.parametrize("text, expected", [
    # a coordinated clause after a quoted fragment
    ('Qatar said the offer was "a step forward," but added that the talks would resume in Doha next week.',
     [("Qatar", "the talks would resume in Doha next week")]),
    # a reported clause with quoted fragments inside it
    ('Jordan\'s foreign ministry said in a statement that Amman warned against "any unilateral step" in the city '
     'and called for restraint.',
     [("Jordan", 'Amman warned against "any unilateral step" in the city and called for restraint')]),
    # a bare clause (no 'that') whose predicate holds a quote
    ('Hamas said it would not "stand idly by" if the raids on the camp continued.',
     [("Hamas", 'it would not "stand idly by" if the raids on the camp continued')]),
])
def test_reported_clause_in_a_sentence_with_quotes(text, expected):
    assert reported(text) == expected


@pytest.mark.parametrize("text", [
    # the clause is only the quote: the quote's own row says it
    'Egypt said that "the crossing will stay open for the wounded."',
    # a direct quote with its attribution after it
    '"We will not accept any deal that keeps the siege," Hamas spokesman Hazem Qassem said.',
    # a meeting reported as an event, with a short quote of its aim
    'Egyptian and Qatari officials were holding talks in Cairo on Monday "to restore calm," Egypt\'s foreign '
    'ministry said.',
])
def test_no_reported_clause_from_quotes_alone_or_meetings(text):
    assert reported(text) == []


def test_quoted_fragment_keeps_its_own_row_beside_the_clause():
    out = [(r.kind, r.quote) for r in rows('Qatar said the offer was "a real step forward," but added that the '
                                           'talks would resume in Doha next week.')]
    assert ("partial", "a real step forward") in out
    assert ("indirect", "the talks would resume in Doha next week") in out


def test_clause_stops_where_a_quote_opens_a_new_sentence():
    out = reported('Jordan condemned the raid on the refugee camp. « This is a grave violation of the law », '
                   'spokesman Omar Nasser said.')
    assert out == [("Jordan", "condemned the raid on the refugee camp")]
