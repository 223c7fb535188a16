"""Titled names (lib/extract/actors/titles.py): names with diacritics, and a title whose 'of' phrase names its
body's faction ("Secretary-General of the PLO Executive Committee X"); a body of no faction gives none."""
from __future__ import annotations

import pytest

from lib.extract import actors
from lib.extract.document import document_from_text


def people(text: str, day: str = "2021-03-01"):
    doc = document_from_text("t", text, published=day)
    return [(m.text, m.faction) for m in actors.find(doc) if m.actor_type == "person"]


@pytest.mark.parametrize("text, expected", [
    ("Turkish Foreign Minister Mevlüt Çavuşoğlu spoke.", ("Mevlüt Çavuşoğlu", "Turkey")),
    ("Ümit Yalçın, Turkey's ambassador to Britain, spoke.", ("Ümit Yalçın", "Turkey")),
    ("Secretary-General of the PLO Executive Committee Nabil Haddad spoke.", ("Nabil Haddad", "PLO")),
    ("Speaker of the Iranian parliament Reza Karimi spoke.", ("Reza Karimi", "Iran")),
    ("Chairman of the Hamas political bureau Khalil Darwish spoke.", ("Khalil Darwish", "Hamas")),
    ("Minister of State for Foreign Affairs of Qatar Ali al-Nasr spoke.", ("Ali al-Nasr", "Qatar")),
])
def test_titled_names(text, expected):
    assert expected in people(text)


@pytest.mark.parametrize("text, name", [
    ("Head of the Department of Political Science Omar Khaled spoke.", "Omar Khaled"),  # no faction named
    ("Speaker of the parliament Reza Karimi spoke.", "Reza Karimi"),
])
def test_title_of_no_faction_gives_none(text, name):
    assert (name, "") in people(text)
