"""Rows that look like statements but are no speech (``lib/extract/statements/filters.py``): a quote with no words
(a time stamp, a figure), a 'call on' that is a visit. Each with the forms that must stay statements. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text
from lib.extract.statements.filters import asked_question, has_words


def rows(text: str, published: str = "2024-03-01"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.quote, r.kind, r.stance)
            for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))]


# ---------------------------------------------------------------- a statement is words

@pytest.mark.parametrize("quote, expected", [
    ("11-06-2024 08:30 PM", False),
    ("Updated: 14:05 GMT", False),
    ("2,300", False),
    ("03/12/2025", False),
    ("9 p.m.", False),
    ("No, no.", True),
    ("a crime", True),
    ("genocide", True),
    ("We reject the plan outright", True),
    ("لن نتخلى عن حقوقنا", True),  # any script's letters are words
    ("Never again", True),
])
def test_has_words(quote, expected):
    assert has_words(quote) is expected


@pytest.mark.parametrize("text", [
    "Petra | Last updated: 03-04-2024 11:15 AM\n\nJordan's King Abdullah II received the Egyptian foreign minister "
    "in Amman on Tuesday.",
    "Anadolu | Updated: 12-09-2023 09:40 PM\n\nTurkish President Recep Tayyip Erdogan arrived in Cairo on Tuesday.",
])
def test_no_statement_without_words(text):
    assert not any(not has_words(q) for _, _, q, _, _ in rows(text))


# ---------------------------------------------------------------- 'called on' a person: a visit, not a demand

@pytest.mark.parametrize("text", [
    "During his visit to Riyadh, the Pakistani prime minister called on King Salman at Al-Yamamah Palace.",
    "On the second day of the trip, Foreign Minister Hakan Fidan called on President Abdel Fattah al-Sisi in Cairo.",
    "Later, the Iraqi prime minister also called upon Grand Ayatollah Ali al-Sistani in Najaf.",
    "The Omani foreign minister called on Emir Sheikh Tamim bin Hamad Al Thani at the Amiri Diwan.",
    # another clause after the visit: its words are not asked of the host
    "Jordan's King Abdullah II called on Egyptian President Abdel Fattah al-Sisi in Cairo on Monday, and the two "
    "leaders stressed the need for an immediate ceasefire.",
])
def test_call_on_a_person_is_a_visit(text):
    assert not [r for r in rows(text) if r[3] == "indirect" and r[2].startswith("called")]


@pytest.mark.parametrize("text, speaker, start", [
    # a demand made of them: its infinitive, 'for' what is asked, or a quote
    ("Egypt called on Israel to halt its offensive in Rafah immediately.", "Egypt", "called on Israel to halt"),
    ("Jordan's foreign ministry called on President Abbas to resume security coordination.",
     "Jordan’s foreign ministry", "called on President Abbas"),
    ("The Arab League called upon all parties for maximum restraint in Lebanon.", "Arab League", "called upon all"),
    ("Qatar called on the international community to protect civilians in Gaza.", "Qatar", "called on the "),
    ("Turkey called for an immediate ceasefire in Gaza.", "Turkey", "called for an immediate"),
])
def test_call_on_with_a_demand_is_a_statement(text, speaker, start):
    got = [r for r in rows(text) if r[3] == "indirect" and r[2].startswith(start)]
    assert got and got[0][4] == "demand", rows(text)


# ---------------------------------------------------------------- the question a speaker was asked (round 20)

@pytest.mark.parametrize("quote, expected", [
    ("Asked on Thursday whether she had spoken with her Israeli counterpart", True),
    ("Asked by reporters afterwards whether Ireland would expel the Israeli ambassador", True),
    ("When asked about the 13 demands made in 2017", True),
    ("Questioned about the timing of the vote", True),
    ("Pressed on whether Washington would halt arms shipments", True),
    ("In response to a question about Rafah", True),
    ("Responding to a reporter's question", True),
    # a directive inside a clause, a request, a pressure: no question put to the speaker
    ("asked Egypt to mediate between the two sides", False),
    ("asked the UN Security Council to act", False),
    ("Pressed by Tehran, Baghdad agreed to close the border", False),
    ("the talks would resume next week", False),
    ("When the talks resume, the envoys will meet in Cairo", False),
])
def test_asked_question(quote, expected):
    assert asked_question(quote) is expected


@pytest.mark.parametrize("text, answer", [
    # the answer after the verb may be a statement; the question before it never is
    ("Asked whether Israel would attend the talks in Cairo, Israeli government spokesman David Mencer said he "
     "could not comment.", None),
    ("When asked about the proposal, Jordanian Foreign Minister Ayman Safadi said Amman supported any effort to "
     "end the war.", "Amman supported any effort to end the war"),
    ("Asked if Hamas would accept the deal, Hamas official Basem Naim said the movement was studying the offer.",
     "the movement was studying the offer"),
])
def test_a_question_put_is_no_statement(text, answer):
    got = [r[2] for r in rows(text) if r[3] == "indirect"]
    assert not any(q.lower().startswith(("asked", "when asked")) for q in got), got
    assert (answer in got) if answer else got == []


@pytest.mark.parametrize("text, speaker, quote", [
    # an answer is speech: 'replied / responded / answered / countered that'
    ("Asked whether he carried an Israeli paper, US envoy Amos Hochstein replied that he had not come with any "
     "document.", "Amos Hochstein", "he had not come with any document"),
    ("Hamas official Basem Naim responded that the movement had not received any new proposal from the mediators.",
     "Basem Naim", "the movement had not received any new proposal from the mediators"),
    ("Israel's foreign ministry countered that the report was based on false claims by Hamas officials.",
     "Israel's foreign ministry", "the report was based on false claims by Hamas officials"),
])
def test_an_answer_is_a_statement(text, speaker, quote):
    assert (speaker, quote) in [(r[0], r[2]) for r in rows(text) if r[3] == "indirect"]


@pytest.mark.parametrize("text", [
    "Hamas responded to the Israeli strikes with a barrage of rockets on Sderot.",   # an act, no 'that' clause
    "Egypt answered the call of the United Nations for more aid trucks.",
])
def test_a_response_without_a_clause_is_no_statement(text):
    assert [r for r in rows(text) if r[3] == "indirect"] == []
