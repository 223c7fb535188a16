"""Delegate lines of meeting coverage (lib/extract/actors/delegates.py): a paragraph opening with a name in
capitals and its delegation in brackets, or a Permanent Observer/Representative appositive, names a person of that
delegation's faction; headings, datelines and unknown bodies name nobody."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.actors.delegates import delegates
from lib.extract.document import document_from_text


def rows(text: str, published: str = "2024-03-01"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


@pytest.mark.parametrize("text, expected", [
    ("OLAV BRENNA (Norway), speaking after the vote, said the text was late.", [("Olav Brenna", "Norway")]),
    ("MARIA K. OSTROVA (Russian Federation) said her delegation abstained.", [("Maria K. Ostrova", "Russia")]),
    ("KARIM BEN-SALEM (Algeria, speaking for the Arab Group) said the text was weak.", [("Karim Ben-Salem", "Algeria")]),
    ("SAMI HADDAD, Permanent Observer for the State of Palestine, said the vote mattered.",
     [("Sami Haddad", "Palestinian Authority")]),
    ("LI WEIMING, Deputy Permanent Representative of China, said the Council must act.", [("Li Weiming", "China")]),
])
def test_delegate_lines(text, expected):
    assert [(c.value, c.faction) for c in delegates(text)] == expected


@pytest.mark.parametrize("text", [
    "GAZA CITY (Reuters) - Hamas said on Monday that talks would resume.",  # a dateline
    "JERUSALEM (AP) — Israel said it would respond.",
    "SECURITY COUNCIL (Resumed)\n\nThe Council met at 3 p.m.",  # a heading: nothing follows the bracket
    "PRESS BRIEFING (Transcript)\nQUESTION: Is there a deal?",
    "JOHN DOE (Narnia) said the text was weak.",  # a delegation no dictionary entry names: no invented faction
    "The delegate, OLAV BRENNA (Norway), said the text was late.",  # not at the start of a paragraph
    "AB (Norway) said so.",  # too short to be a name
])
def test_no_delegate(text):
    assert delegates(text) == []


MEETING = ("Statements\n\n"
           "OLAV BRENNA (Norway), speaking before the vote, said: \"This text gives the parties a real chance to "
           "stop the killing now.\"\n\n"
           "MARIA K. OSTROVA (Russian Federation) said her delegation had abstained. \"We cannot support a text "
           "whose meaning is so unclear,\" she said.\n\n"
           "SAMI HADDAD, Permanent Observer for the State of Palestine, said: \"We demand an end to this war at "
           "once.\" He urged members to act.")


def test_meeting_coverage_quotes_are_the_delegates():
    got = rows(MEETING)
    assert ("Olav Brenna", "Norway", "This text gives the parties a real chance to stop the killing now.") in got
    assert ("Maria K. Ostrova", "Russia", "We cannot support a text whose meaning is so unclear") in got
    assert ("Sami Haddad", "Palestinian Authority", "We demand an end to this war at once.") in got
    # no quote goes to the delegation's bare name or to a speaker of no name
    assert all(sp not in ("", "Norway", "Russian Federation", "State of Palestine") for sp, _f, _q in got), got


def test_dateline_in_capitals_gives_no_speaker():
    got = rows("GAZA CITY (Reuters) - Hamas said on Monday it \"will never accept the occupation's terms\".")
    assert [(sp, f) for sp, f, _q in got] == [("Hamas", "Hamas")]


@pytest.mark.parametrize("text, speaker, faction", [
    # a name in capitals inside a sentence, with its office for a state in apposition
    ("Introducing the text, LAILA NASSER, Minister for Foreign Affairs of Jordan, said: \"This war must end now.\"",
     "Laila Nasser", "Jordan"),
    ("Speaking first, OMAR HADDAD, Permanent Representative of Egypt, said: \"Aid must enter without delay.\"",
     "Omar Haddad", "Egypt"),
])
def test_a_delegate_with_an_office_inside_a_sentence(text, speaker, faction):
    assert [(sp, f) for sp, f, _q in rows(text)] == [(speaker, faction)]


def test_capitals_without_an_office_of_a_state_are_no_delegate():
    # a heading in capitals, an office of no state
    got = rows("Later, GENERAL DEBATE, Minister of the Day, said: \"We will keep working.\"")
    assert all(f == "" for _sp, f, _q in got)
