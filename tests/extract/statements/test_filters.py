"""Rows that look like statements but are no speech (``lib/extract/statements/filters.py``): a quote with no words
(a time stamp, a figure), a 'call on' that is a visit. Each with the forms that must stay statements. Sentences
written for these tests."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text
from lib.extract.statements.filters import has_words


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
