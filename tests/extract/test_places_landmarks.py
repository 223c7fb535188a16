"""Seat buildings as places: "at the White House", "from the Kremlin", "at Baabda Palace" name their city in the
places table (own sentences in many outlets' styles), never as a subject ("the White House said"); and an agency's
name is no place ("the Saba news agency")."""
from __future__ import annotations

import pytest

from lib.extract.document import document_from_text
from lib.extract.places import find


def places(text: str, published: str = "2024-03-04") -> list[tuple[str, str]]:
    doc = document_from_text("t", text, published=published)
    return [(m.text, m.value) for m in find(doc)]


@pytest.mark.parametrize("text, want", [
    ("President Biden, speaking to reporters at the White House, said a deal was close.", ("White House", "Washington")),
    ("In a televised address from the White House on Thursday, the president said the talks had worked.",
     ("White House", "Washington")),
    ("Speaking in the Rose Garden of the White House, Obama called the framework historic.",
     ("White House", "Washington")),
    ("President Aoun signed the letter at Baabda Palace in the morning.", ("Baabda Palace", "Baabda")),
    ("The talks in the Kremlin lasted more than six hours, Russian agencies reported.", ("Kremlin", "Moscow")),
    ("The emir received the envoy at Bayan Palace on Sunday, KUNA reported.", ("Bayan Palace", "Kuwait City")),
    ("Macron hosted the Lebanese prime minister at the Elysee Palace on Friday.", ("Elysee Palace", "Paris")),
])
def test_seat_building_after_a_preposition_is_a_place(text, want):
    assert want in places(text)


@pytest.mark.parametrize("text, absent", [
    # a seat as a subject or a possessive is the government, not a place
    ("The White House said on Monday that talks would resume.", "White House"),
    ("The Kremlin rejected the proposal, its spokesman said.", "Kremlin"),
    ("The White House's national security adviser flew to Riyadh.", "White House"),
    ("Baabda Palace issued a statement welcoming the deal.", "Baabda Palace"),
    # an adjective: "a White House official"
    ("A White House official said the plan was ready.", "White House"),
])
def test_seat_building_as_government_is_no_place(text, absent):
    assert absent not in {t for t, _ in places(text)}


@pytest.mark.parametrize("text, absent", [
    ("The Houthi-run Saba news agency said the strikes hit Sanaa.", "Saba"),
    ("Iran's semi-official Fars news agency reported the launch on Sunday.", "Fars"),
    ("The official Petra news agency quoted the king as saying the border would stay closed.", "Petra"),
    ("Tasnim news agency said the talks in Muscat were indirect.", "Tasnim"),
])
def test_agency_name_is_no_place(text, absent):
    assert absent not in {t for t, _ in places(text)}


@pytest.mark.parametrize("text, want", [
    # the places of the same sentences stay
    ("The Houthi-run Saba news agency said the strikes hit Sanaa.", ("Sanaa", "Sanaa")),
    ("Tasnim news agency said the talks in Muscat were indirect.", ("Muscat", "Muscat")),
    # a place before another clause's "agency" keeps its place
    ("Tourists returned to Aqaba on Sunday, the tourism agency said.", ("Aqaba", "Aqaba")),
])
def test_places_beside_an_agency_stay(text, want):
    assert want in places(text)
