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
