"""Factions inferred for titled people (lib/extract/actors/references.py): a section heading that names a faction
("CHINA" in a factbox of reactions) gives its faction to a title of no country in its section ("Foreign Ministry
spokesperson X"), and beats a body of that name in an earlier section; a heading that names no faction, or a
title with its own country, changes nothing."""
from __future__ import annotations

import pytest

from lib.extract import actors
from lib.extract.actors.references import section_faction
from lib.extract.document import document_from_text

FACTBOX = ("Governments reacted on Wednesday to the killing.\n\n{h1}\n\n{p1}\n\n{h2}\n\n{p2}\n")


def faction_of(text: str, words: str, published: str = "2024-07-31") -> str:
    doc = document_from_text("t", text, published=published)
    at = text.index(words)
    return next((m.faction for m in actors.find(doc) if m.start <= at < m.end), "?")


@pytest.mark.parametrize("h2, p2, words, faction", [
    ("INDONESIA", "Foreign ministry spokesman Budi Santoso said Jakarta \"condemns the attack\".", "Budi Santoso",
     "Indonesia"),
    ("Jordan", "Government spokeswoman Rana Haddad said the kingdom \"warns against escalation\".", "Rana Haddad",
     "Jordan"),
    ("UNITED STATES", "Foreign Ministry spokesperson Mark Lane said \"we were not involved\".", "Mark Lane",
     "United States"),
])
def test_a_section_heading_gives_its_faction(h2, p2, words, faction):
    text = FACTBOX.format(h1="EGYPT", p1="Egypt's foreign ministry said the killing was \"a dangerous escalation\".",
                          h2=h2, p2=p2)
    assert faction_of(text, words) == faction


@pytest.mark.parametrize("h2, p2, words, faction", [
    # a heading that is no faction's name: the earlier body's, as before
    ("MORE REACTIONS", "Foreign ministry spokesman Budi Santoso said \"we condemn it\".", "Budi Santoso", "Egypt"),
    # a title with its own nationality keeps it
    ("INDONESIA", "Malaysian Foreign Minister Tariq Hassan said \"this is a crime\".", "Tariq Hassan", "Malaysia"),
])
def test_no_section_faction_without_a_faction_heading(h2, p2, words, faction):
    text = FACTBOX.format(h1="EGYPT", p1="Egypt's foreign ministry said the killing was \"a dangerous escalation\".",
                          h2=h2, p2=p2)
    assert faction_of(text, words) == faction


def test_no_section_before_the_body():
    # a headline above the article is no section
    doc = document_from_text("t", "QATAR\n\nThe spokesman said talks would resume.\n")
    assert section_faction(doc, doc.text.index("The spokesman")) == ("", -1)


@pytest.mark.parametrize("text, factions", [
    # capitals listed before a capital subject share its verb
    ("Riyadh and Tehran said they had agreed to reopen their embassies.", ["Saudi Arabia", "Iran"]),
    ("Cairo, Doha and Washington said the talks would resume.", ["Egypt", "Qatar", "United States"]),
    # negatives: capitals as places
    ("Talks between Cairo and Doha said nothing new.", []),
    ("Officials in Amman and Beirut said the border was calm.", []),
    ("Leaders meeting in the Saudi capital Riyadh have rejected the plan.", []),
])
def test_listed_capitals_speak_together(text, factions):
    doc = document_from_text("t", text, published="2023-03-10")
    assert [m.faction for m in actors.find(doc) if "capital as speaker" in m.evidence] == factions


@pytest.mark.parametrize("text, words, faction", [
    # a state's bodies, the portfolio in lower case or several words long
    ("Egypt's interior ministry said the border was closed.", "Egypt's interior ministry", "Egypt"),
    ("Turkey's communications directorate said the report was false.", "Turkey's communications directorate", "Turkey"),
    ("Iran's Supreme National Security Council said Tehran would respond.", "Iran's Supreme National Security Council",
     "Iran"),
    ("The Iraqi parliament said the strike violated sovereignty.", "Iraqi parliament", "Iraq"),
    ("Morocco's royal cabinet said the kingdom backed the truce.", "Morocco's royal cabinet", "Morocco"),
])
def test_state_bodies(text, words, faction):
    doc = document_from_text("t", text, published="2024-03-01")
    assert [(m.text, m.faction) for m in actors.find(doc) if m.start == text.index(words)] == [(words, faction)]


def test_a_lower_case_health_ministry_is_no_state_body():
    # (Gaza's own ministry is written so; only the capitalised portfolio names a state's body)
    doc = document_from_text("t", "The Palestinian health ministry in Gaza said 30 people were killed.")
    assert not [m for m in actors.find(doc) if "ministry" in m.text]


@pytest.mark.parametrize("text, words, value", [
    # "the <group> <person noun>" after a named person of that group: that person
    ("Hezbollah Secretary-General Hassan Nasrallah spoke on Friday. The Hezbollah leader said the front would stay "
     "open.", "The Hezbollah leader", "Hassan Nasrallah"),
    ("Hamas political bureau head Ismail Haniyeh spoke in Doha. The Hamas leader said talks had stalled.",
     "The Hamas leader", "Ismail Haniyeh"),
    # negative: nobody of that group named before: no one is invented
    ("Israel struck Gaza overnight. The Hamas official said talks had stalled.", "The Hamas official",
     "Hamas official"),
])
def test_a_group_description_is_the_person_named_before(text, words, value):
    doc = document_from_text("t", text, published="2024-02-13")
    at = text.index(words)
    assert [m.value for m in actors.find(doc) if m.start == at] == [value]


@pytest.mark.parametrize("text, published, faction", [
    # a name two people bear on the date ("King Abdullah": Jordan's since 1999, Saudi Arabia's 2005-2015) is the
    # one whose country the article's words name: the dateline, "of <country>", the sentence, the paragraph
    ("MECCA, Saudi Arabia -- King Abdullah urged the two factions to end the fighting.", "2007-02-08",
     "Saudi Arabia"),
    ("RIYADH (Reuters) - King Abdullah called on Gulf states to move towards a union.", "2011-12-20",
     "Saudi Arabia"),
    ("AMMAN, Jordan (AP) -- King Abdullah warned that the peace talks were at a dead end.", "2010-09-01", "Jordan"),
    ("King Abdullah of Saudi Arabia received the emir in Jeddah on Sunday.", "2013-06-02", "Saudi Arabia"),
    ("King Abdullah met Prime Minister Benjamin Netanyahu in Amman to discuss the talks.", "2010-07-26", "Jordan"),
    ("The Saudi monarch, King Abdullah, ordered aid for Gaza.", "2009-01-10", "Saudi Arabia"),
    ("Speaking at the Royal Hashemite Court, King Abdullah said Jordan would keep its border open.", "2012-08-01",
     "Jordan"),
    ("Saudi Arabia's state news agency SPA reported that King Abdullah had called the emir of Qatar.",
     "2014-03-10", "Saudi Arabia"),
    # one holder on the date: the dictionary's (Jordan's before August 2005 and after January 2015)
    ("King Abdullah said the kingdom would host the talks.", "2003-06-04", "Jordan"),
    ("King Abdullah said the kingdom would host the talks.", "2019-03-28", "Jordan"),
    ("RIYADH - King Abdullah said the kingdom would host the talks.", "2020-01-10", "Jordan"),
    # negative: both on the date and no country named -- nobody's (no guessed faction)
    ("King Abdullah said the kingdom would host the talks.", "2010-09-01", ""),
    ("King Abdullah and Egypt's president discussed the talks in a phone call.", "2012-05-01", ""),
])
def test_a_name_two_people_bear_is_the_one_the_article_names(text, published, faction):
    assert faction_of(text, "King Abdullah", published) == faction


_TEXT_FOR_KEYED = ("Nayef al-Sudairi met Sudairi's aide; al-Sudairi, Al-Sudairi and anti-Sudairi crowds. "
                   "Recep Tayyip Erdoğan spoke; Erdoğan and Erdoğanists. Abdullah bin Zayed, Abdullah\nbin Zayed "
                   "and Abdullah  bin Zayed. O'Brien met Dr. O'Brien. Jr. Smith-Jones, Smith and Smith-Jones.")


@pytest.mark.parametrize("words", [
    ("al-Sudairi", "Sudairi"), ("Erdoğan",), ("Abdullah bin Zayed",), ("Abdullah bin",), ("O'Brien",),
    ("Smith-Jones", "Smith"), ("Jr.",), ("Absent",), ("Al-Sudairi", "Sudairi"),
])
def test_keyed_name_patterns_find_what_finditer_finds(words):
    """``_keyed`` (a name's pattern tried only where its first word starts) == the pattern's own ``finditer``."""
    import re

    from lib.extract.actors.references import _keyed

    spaced = r"\s+".join(map(re.escape, words[0].split()))
    for pattern in (rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])", rf"(?<![\w-]){spaced}(?![\w-])"):
        want = [m.span() for m in re.finditer(pattern, _TEXT_FOR_KEYED)]
        assert [m.span() for m in _keyed(pattern, words, _TEXT_FOR_KEYED)] == want


@pytest.mark.parametrize("text, day, reference, value", [
    # a full name the dictionary spells otherwise: the later surname in the text's own spelling still refers to it
    ('Syrian Foreign Minister Walid al-Moallem spoke. "We stay," Moallem told Ban.', "2014-01-23", "Moallem",
     "Walid Muallem"),
    ("Lebanese Prime Minister Fouad Saniora spoke. Saniora added that talks would go on.", "2007-01-01", "Saniora",
     "Fouad Siniora"),
    # negative: another surname one vowel apart is no reference
    ("Lebanese Prime Minister Fouad Saniora spoke. Sanioru added that talks would go on.", "2007-01-01", "Sanioru",
     None),
])
def test_surname_in_the_texts_spelling(text, day, reference, value):
    doc = document_from_text("a", text, published=day)
    got = {m.text: m.value for m in actors.find(doc) if m.actor_type == "person"}
    assert got.get(reference) == value
