"""Descriptions of a capital (lib/extract/places_capitals.py); the whole-pipeline cases are in test_places.py."""
from __future__ import annotations

import pytest

from lib.extract.document import document_from_text
from lib.extract.places_capitals import capital_mentions


@pytest.mark.parametrize("text, expected", [
    ("Envoys gathered in the Omani capital on Sunday.", [("Omani capital", "Muscat")]),
    ("Qatar's capital hosted the round.", [("capital", "Doha")]),
    ("Delegates reached the capital of Iraq.", [("capital", "Baghdad")]),
    # money, not a city
    ("Iraqi capital flows rose.", []),
    ("The Emirati capital markets regulator spoke.", []),
    ("Egypt's capital increase was approved.", []),
])
def test_capital_mentions(text, expected):
    doc = document_from_text("t", text)
    assert [(m.text, m.value) for m in capital_mentions(doc, doc.sentences)] == expected


@pytest.mark.parametrize("text, expected", [
    # a description of the country ("the Gulf state", "the kingdom") with "capital": the capital of the country
    # named last before it, in the sentence or the one before
    ("Witkoff held talks with Qatar's prime minister in the Gulf state's capital on Tuesday.",
     [("Gulf state's capital", "Doha")]),
    ("Araghchi flew to Oman on Friday. He met the foreign minister in the sultanate's capital a day later.",
     [("sultanate's capital", "Muscat")]),
    ("The Saudi crown prince received Blinken in the kingdom's capital on Monday.", [("kingdom's capital", "Riyadh")]),
    ("Kuwaiti officials hosted the meeting in the emirate's capital, KUNA said.", [("emirate's capital", "Kuwait City")]),
    ("The delegations met in Turkey on Sunday, in the country's capital, officials said.", [("country's capital", "Ankara")]),
    ("Hamas leaders left Qatar for Egypt and held talks in the North African country's capital on Monday.",
     [("North African country's capital", "Cairo")]),
    # negatives: no country named before; money; a state of the union
    ("Talks were held in the kingdom's capital on Monday.", []),
    ("Qatar's fund said the Gulf state's capital markets were strong.", []),
    ("The governor of Texas spoke in the state's capital on Sunday.", []),
])
def test_country_description_capital(text, expected):
    doc = document_from_text("t", text)
    assert [(m.text, m.value) for m in capital_mentions(doc, doc.sentences)] == expected


@pytest.mark.parametrize("text", [
    "Envoys gathered in the Omani capital on Sunday.",
    "Qatar's capital hosted the round; the capital of Iraq waited.",
    "Araghchi flew to Oman on Friday. He met the foreign minister in the sultanate's capital a day later.",
    "THE OMANI CAPITAL hosted them.",  # the patterns read "capital" in lower case only
    "The Omani Capital hosted them.",
    "Capital of Iraq: Baghdad.",
    "Talks in Muscat ended without a deal.",
    "",
])
def test_sentences_without_the_lowercase_word_are_skipped_with_the_same_result(text):
    """``_capitals_in`` skips a sentence without "capital": the same descriptions as running every pattern."""
    import lib.extract.places_capitals as pc

    doc = document_from_text("t", text)
    for i, s in enumerate(doc.sentences):
        before = doc.sentences[i - 1].start if i else s.start
        full = [(m.start(1), m.end(), pc.gz.demonyms()[m.group(1)])
                for m in pc._capital_rx().finditer(doc.text, s.start, s.end)]
        full += pc._described(doc.text, s, before)
        for rx in (pc._POSS_CAPITAL, pc._CAPITAL_OF):
            full += [("any", m.span())for m in rx.finditer(doc.text, s.start, s.end)]
        if "capital" not in s.text:
            assert full == [] and pc._capitals_in(doc.text, s, before) == []
