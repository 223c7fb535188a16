"""Press-briefing transcripts: a turn labelled with a name in capitals ("MR MILLER: ...") is that person's
statement (lib/extract/statements/unmarked.py); questions, moderators and unknown names are not."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.actors.dictionary import by_surname
from lib.extract.document import document_from_text
from lib.extract.statements.unmarked import transcript_speaker


def rows(text: str, published: str):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.kind, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


BRIEFING = ("Department Press Briefing\n\n"
            "SPOKESPERSON MILLER: Good afternoon. We continue to believe a ceasefire is the best path forward.\n\n"
            "QUESTION: Will the Secretary travel to the region this week?\n\n"
            "MR MILLER: We have nothing to announce on travel at this point, but we remain engaged.\n\n"
            "MODERATOR: We have time for one more question.\n\n"
            "MR SMITHSON: I wanted to follow up on the aid trucks at the crossing.\n")


def test_named_turns_are_statements_and_questions_are_not():
    got = rows(BRIEFING, "2024-05-03")
    assert [(sp, f, k) for sp, f, k, _ in got] == [("Matthew Miller", "United States", "label")] * 2
    assert got[0][3].startswith("Good afternoon. We continue") and got[1][3].startswith("We have nothing")


@pytest.mark.parametrize("label, day, expected", [
    ("SECRETARY BLINKEN", "2024-05-03", "Antony Blinken"),
    ("MR. MILLER", "2024-05-03", "Matthew Miller"),
    ("SPOKESPERSON MILLER", "2024-05-03", "Matthew Miller"),
    # negatives: not a person, a name nobody in the dictionary has, a label in mixed case, no date to resolve by,
    # a surname outside its holder's dates
    ("QUESTION", "2024-05-03", None),
    ("MODERATOR", "2024-05-03", None),
    ("MR SMITHSON", "2024-05-03", None),
    ("Secretary Blinken", "2024-05-03", None),
    ("MR MILLER", "", None),
    ("MR MILLER", "2015-01-01", None),
])
def test_transcript_speaker(label, day, expected):
    sp = transcript_speaker(label, day)
    assert (sp.name if sp else None) == expected


def test_a_surname_two_people_share_names_nobody():
    # the dictionary's people valid on one day: a surname is used only when exactly one of them has it
    assert by_surname("Miller", "2024-05-03").name == "Matthew Miller"
    assert by_surname("", "2024-05-03") is None
