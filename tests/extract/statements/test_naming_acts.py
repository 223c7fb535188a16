"""Naming acts as statements (``indirect`` with ``clauses.NAMED``): a speaker calls something by a quoted name
("called the deal “a national achievement”", "described the raid as “state terrorism”", ", calling it “…”"): the
verb, its object and the name are one reported row beside the name's partial row, when the frame carries the row (a
long name alone is the statement). Sentences written for these tests."""
from __future__ import annotations

import pytest

from lib.extract import Context, actors
from lib.extract import statements as S
from lib.extract.document import document_from_text


def reported(text: str, published: str = "2024-05-02"):
    doc = document_from_text("t", text, published=published)
    return [(r.speaker, r.faction, r.quote) for r in S.extract(Context(doc=doc, actors=tuple(actors.find(doc))))
            if r.kind == "indirect"]


@pytest.mark.parametrize("text, faction, quote", [
    # a wire's "called X “…”", with the object between verb and name
    ('US Treasury Secretary Steven Mnuchin called the visit "a historic day" during a stop in Abu Dhabi.',
     "United States", 'called the visit "a historic day" during a stop in Abu Dhabi'),
    # 'described X as “…”', an object of several words
    ("Turkish Prime Minister Recep Tayyip Erdogan on Tuesday described Israel's deadly raid on a Gaza-bound aid "
     "flotilla as “state terrorism”.", "Turkey",
     "described Israel's deadly raid on a Gaza-bound aid flotilla as “state terrorism”"),
    # a coordinated clause after the name stays in the row (as annotators quote it) ...
    ('Hamas leader Khaled Mashaal called the agreement "a national achievement" and said the movement would '
     'keep working for the prisoners.', "Hamas",
     'called the agreement "a national achievement" and said the movement would keep working for the prisoners'),
    # ... a participle after an act of its own, with the article outside the quote
    ("Pakistan's foreign ministry welcomed the deal, calling it a \"landmark development\" for the region.",
     "Pakistan", 'calling it a "landmark development" for the region'),
    # the name's comma inside its closing mark
    ('Hamas official Basem Naim described the offer as "a trap," but said the group would study it.', "Hamas",
     'described the offer as "a trap,"'),
])
def test_a_naming_act_is_a_statement(text, faction, quote):
    assert quote in [q for _, f, q in reported(text) if f == faction], reported(text)


def test_the_verb_after_a_name_is_read_too():
    got = [q for _, _, q in reported('Jordanian Foreign Minister Ayman Safadi called the move "a grave mistake" and '
                                     'said Jordan would raise it at the Security Council.')]
    assert 'called the move "a grave mistake" and said Jordan would raise it at the Security Council' in got
    assert "Jordan would raise it at the Security Council" in got


@pytest.mark.parametrize("text", [
    # a long name alone is the statement: its partial row says it
    'Egyptian Foreign Minister Sameh Shoukry denounced the raid, calling it "a crime that the region will long '
    'remember and never forgive".',
    # a group named so, a phone call, a 'so-called' name: no naming act of a speaker
    'The Israeli army said it killed a fighter of a militant group called the "Lions\' Den" in Nablus.',
    'US President Joe Biden called Israeli Prime Minister Benjamin Netanyahu on Sunday to discuss the "next steps".',
    'Hamas rejected the so-called "voluntary emigration" plan for the people of Gaza outright.',
])
def test_no_naming_row(text):
    assert not [q for _, _, q in reported(text) if q.startswith(("called", "calling", "described"))], reported(text)


def test_a_short_name_with_more_quoted_words_after_it():
    # the name is not most of the row: a second quote after it is the row's too
    text = ('Hamas official Sami Abu Zuhri called it "a political sin" that "does not serve the Palestinian cause '
            'in any way."')
    assert any(q.startswith('called it "a political sin" that') for _, _, q in reported(text)), reported(text)


@pytest.mark.parametrize("text, absent", [
    # a name of one word is no statement (as a quote of one word is none)
    ('UN Secretary-General Antonio Guterres described the scale of the suffering as "unprecedented."', "described"),
    # a participle's coordinated act is its row's, not a row of its own
    ('Kurdistan Region Prime Minister Masrour Barzani condemned the missile attack on Erbil, calling it "an attack on '
     'the people of Kurdistan" and urging the federal government in Baghdad to take a firm stance.', "urging"),
])
def test_no_naming_row_of_a_word_nor_a_participles_act(text, absent):
    assert not [q for _, _, q in reported(text) if q.startswith(absent)], reported(text)


@pytest.mark.parametrize("text, faction, quote", [
    # a verb of attitude names its object with 'as' and a quoted name
    ('Lebanese Prime Minister Fouad Siniora welcomed the deal as "a great day for Lebanon" in Beirut.', "Lebanon",
     'welcomed the deal as "a great day for Lebanon" in Beirut'),
    ('Hamas welcomed the decisions as "an important step" towards "the establishment of our right to our land."',
     "Hamas", 'welcomed the decisions as "an important step" towards "the establishment of our right to our land."'),
])
def test_an_attitude_naming_its_object_with_as(text, faction, quote):
    assert quote in [q for _, f, q in reported(text) if f == faction], reported(text)


@pytest.mark.parametrize("text", [
    # a welcome with no quoted name stays an attitude (a host's welcome, an act), no row
    "Jordan's King Abdullah welcomed the delegation at the palace on Sunday.",
    'Qatar\'s foreign ministry welcomed the agreement between the two sides, the "first step" of many.',
    # 'praised' with a quoted name but no 'as' is no naming act
    'Egyptian President Abdel Fattah al-Sisi praised the mediators for their "tireless work" in Cairo.',
])
def test_an_attitude_without_as_names_nothing(text):
    assert not [q for _, _, q in reported(text) if q.startswith(("welcomed", "praised"))], reported(text)
