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
    # the greeting is housekeeping, not part of the statement
    assert got[0][3] == "We continue to believe a ceasefire is the best path forward."
    assert got[1][3].startswith("We have nothing")


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


# ---------------------------------------------------------------- turns: sentence by sentence, over paragraphs

TURNS = ("Department Press Briefing\n\n"
         "MR MILLER: Good afternoon, everybody. Let me begin with a few words on the talks. We continue to believe "
         "that a ceasefire is within reach and that both sides must now close the remaining gaps.\n\n"
         "The Secretary spoke by phone with the Egyptian foreign minister on Monday. The Egyptian minister stressed "
         "that Cairo would keep working with Doha on the text. We will not let this moment pass.\n\n"
         "With that, I'm happy to take your questions.\n\n"
         "QUESTION: Does that mean Israel has accepted the text? The minister said it has.\n\n"
         "MR MILLER: I'm not going to get ahead of the negotiators here. That is a question for them.\n\n"
         "(The briefing ended at 2:10 p.m.)\n\n"
         "Transcript provided by the press office of the department.\n")


def test_a_turn_is_read_sentence_by_sentence_and_runs_on_into_the_next_paragraph():
    got = [(sp, q) for sp, f, k, q in rows(TURNS, "2024-05-03") if k == "label"]
    assert got == [
        ("Matthew Miller", "We continue to believe that a ceasefire is within reach and that both sides must now "
                           "close the remaining gaps."),
        ("Matthew Miller", "We will not let this moment pass."),
        # a sentence that points back belongs with the one before it
        ("Matthew Miller", "I'm not going to get ahead of the negotiators here. That is a question for them."),
    ]


@pytest.mark.parametrize("sentence, expected", [
    ("Good afternoon, everyone.", True),
    ("Good morning and welcome.", True),
    ("All right.", True),
    ("Thanks, everybody.", True),
    ("Thank you very much for your questions.", True),
    ("Thanks, Matt.", True),
    ("Let me start with the Secretary's travel.", True),
    ("With that, I'm happy to take your questions.", True),
    ("Go ahead.", True),
    # negatives: statements that open like housekeeping
    ("All right, we are not going to accept that proposal.", False),
    ("Thank you to Egypt and Qatar for their tireless mediation, which made this deal possible.", False),
    ("Good faith negotiations must resume at once.", False),
    ("Let me be clear: Hamas must release the hostages.", False),
])
def test_housekeeping(sentence, expected):
    from lib.extract.statements.unmarked import housekeeping
    assert housekeeping(sentence) is expected


# ---------------------------------------------------------------- meetings coverage: "NAME (Delegation) said"

COVERAGE = ("Council adopts text on aid corridors\n\n"
            "The Council this morning adopted a text on humanitarian corridors by a vote of 13 to none.\n\n"
            "JANE ROE-SMITH (Jordan), speaking after the vote, said: \"The corridors must open today and stay open "
            "for as long as civilians need them.\n\n"
            "\"We will judge this text by what changes on the ground,\" she added.\n\n"
            "PIERRE DUVAL (France) said his country had voted in favour. \"This is a first step and not the last "
            "one,\" he said.\n")


def test_a_delegate_named_in_capitals_speaks_for_the_delegation():
    got = [(sp, f, q) for sp, f, k, q in rows(COVERAGE, "2024-06-10") if k in ("direct", "partial")]
    assert ("Jane Roe-Smith", "Jordan", "The corridors must open today and stay open for as long as civilians "
            "need them.") in got
    assert ("Jane Roe-Smith", "Jordan", "We will judge this text by what changes on the ground") in got
    assert ("Pierre Duval", "France", "This is a first step and not the last one") in got


@pytest.mark.parametrize("text", [
    # a dateline with an agency in brackets is no delegate
    "Talks resume\n\nRAMALLAH (WAFA) - The talks resumed on Monday in the city.\n",
    "Talks resume\n\nGAZA CITY (Reuters) — The talks resumed on Monday.\n",
    # a name in capitals with no actor of known faction in the brackets
    "Talks resume\n\nJOHN DOE (Independent Analyst) said the talks would take weeks.\n",
    # a capitalised heading with a bracket that is not at a paragraph's start
    "Talks resume\n\nThe envoy met FRENCH OFFICIALS (France) later on Monday.\n",
])
def test_no_delegate(text):
    from lib.extract.actors import find
    from lib.extract.statements.unmarked import delegates
    d = document_from_text("t", text, published="2024-06-10")
    assert delegates(d, find(d)) == ()


def test_a_turn_that_is_a_quote_has_the_label_as_its_speaker():
    text = ("Remarks to the press\n\nSECRETARY BLINKEN: \"We believe the gaps are narrowing and that an agreement "
            "is within reach.\"\n\nQUESTION: \"Is Hamas on board with the text?\"\n")
    got = rows(text, "2024-05-03")
    assert got == [("Antony Blinken", "United States", "direct",
                    "We believe the gaps are narrowing and that an agreement is within reach.")]
