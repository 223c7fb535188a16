"""Forms of a dictionary person's name the dictionary does not list (lib/extract/actors/forms.py): middle initials
dropped ("Retno LP Marsudi"), a form of address before a family name ("Lord Cameron"), and the initialled name in
running text; an unknown name stays unknown. Sentences written for these tests."""
from __future__ import annotations

import pytest

from lib.extract import extract_document
from lib.extract.actors import find
from lib.extract.actors.forms import initialled, variant_entry
from lib.extract.document import document_from_text


@pytest.mark.parametrize("name, day, expected", [
    ("Retno LP Marsudi", "2024-01-10", "Retno Marsudi"),
    ("Retno L.P. Marsudi", "2024-01-10", "Retno Marsudi"),
    ("Antony J. Blinken", "2022-01-10", "Antony Blinken"),
    ("Lord Cameron", "2024-01-10", "David Cameron"),
    ("Sir Starmer", "2024-09-10", "Keir Starmer"),
    ("Dr. Blinken", "2022-01-10", "Antony Blinken"),
    # negatives: an unknown name with initials or an address, a surname several people share, a plain name, nothing
    ("John LP Smith", "2024-01-10", None),
    ("Lord Smith", "2024-01-10", None),
    ("Retno Marsudi Abdullah", "2024-01-10", None),
    ("Lord Cameron", "1950-01-01", None),
    ("Lord", "2024-01-10", None),
])
def test_variant_entry(name, day, expected):
    e = variant_entry(name, day)
    assert (e.name if e else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("Retno LP Marsudi said so.", [("Retno LP Marsudi", "Retno Marsudi", "Indonesia")]),
    ("Antony J. Blinken said so.", [("Antony J. Blinken", "Antony Blinken", "United States")]),
    # negatives: no initials, initials in an unknown name, capitals that are no initials
    ("Retno Marsudi said so.", []),
    ("Ali AB Hassan said so.", []),
    ("the UN LP Marsudi report", []),
])
def test_initialled(text, expected):
    assert [(text[c.start:c.end], c.value, c.faction) for c in initialled(text, "2024-01-10")] == expected


def speakers(text: str, day: str = "2024-01-10", outlet: str = "Reuters") -> list[tuple[str, str]]:
    doc = document_from_text("a", f"Talks resumed on Monday.\n\n{text}", published=day, outlet=outlet)
    return [(s.speaker, s.faction) for s in extract_document(doc).statements]


@pytest.mark.parametrize("text, expected", [
    ('Foreign Secretary Lord Cameron said: "We will keep working for a ceasefire in Gaza."',
     [("David Cameron", "United Kingdom")]),
    ('"We will keep working for a ceasefire in Gaza," Indonesian Foreign Minister Retno LP Marsudi said.',
     [("Retno Marsudi", "Indonesia")]),
    ('"We will keep working for a ceasefire in Gaza," Retno LP Marsudi told reporters.',
     [("Retno Marsudi", "Indonesia")]),
    ('"We will keep working for a ceasefire in Gaza," Mr Netanyahu said.', [("Benjamin Netanyahu", "Israel")]),
    # negatives: an unknown peer or initialled name has no side, so no statement
    ('Foreign Secretary Lord Smithers said: "We will keep working for a ceasefire in Gaza."', []),
    ('"We will keep working for a ceasefire in Gaza," Retno LP Smithers told reporters.', []),
])
def test_statements_of_variant_names(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("text, expected", [
    # leading initials, as South Asian papers print names: the title gives the side
    ('Bangladesh Foreign Minister AK Abdul Momen welcomed the truce. "This is a good step," Momen told reporters.',
     [("AK Abdul Momen", "Bangladesh")]),
    ('Information Minister M.K. Rahman of Bangladesh welcomed it. "This is a good step," Rahman told reporters.',
     [("M.K. Rahman", "Bangladesh")]),
    ('External Affairs Minister S. Jaishankar said: "We welcome the truce."', [("Subrahmanyam Jaishankar", "India")]),
    # negatives: a dotted country or a body's acronym before a title is no initial of a name
    ('U.S. President Joe Biden said: "We welcome the truce."', [("Joe Biden", "United States")]),
    ('UN Secretary-General Antonio Guterres said: "We welcome the truce."', [("Antonio Guterres", "United Nations")]),
])
def test_statements_of_initialled_names(text, expected):
    assert speakers(text) == expected


def test_later_first_name_of_a_dictionary_alias():
    doc = document_from_text("a", "Ethiopian Prime Minister Abiy Ahmed Ali met envoys. Abiy said talks would go on.",
                             published="2024-01-10")
    assert [(m.text, m.value) for m in find(doc) if m.actor_type == "person"] == [
        ("Abiy Ahmed Ali", "Abiy Ahmed"), ("Abiy", "Abiy Ahmed")]


@pytest.mark.parametrize("text", [
    "King Abdullah addressed the conference at the King Hussein Bin Talal Convention Centre on the Dead Sea.",
    "The delegation landed at Queen Alia International Airport on Sunday.",
    "Prayers were held at the Sheikh Zayed Grand Mosque in Abu Dhabi.",
])
def test_a_place_named_after_a_person_is_no_person(text):
    # a building or an institution named after a royal ('Hussein Bin Talal Convention Centre') names a place
    doc = document_from_text("a", text, published="2024-03-05")
    assert [m.value for m in find(doc) if m.actor_type == "person"
            and any(w in m.value for w in ("Convention", "Airport", "Mosque"))] == []


@pytest.mark.parametrize("text, side", [
    ("Nepal's foreign minister, Arzu Rana Deuba, said the government was working to bring the students home.", "Nepal"),
    ("Foreign Affairs Minister Ali Sabry told Parliament that Sri Lanka would not take sides.", "Sri Lanka"),
    ("The Ghanaian foreign minister said Accra welcomed the truce.", "Ghana"),
    ("Zimbabwe's foreign minister Frederick Shava said Harare backed the ceasefire.", "Zimbabwe"),
])
def test_states_of_every_region_are_sides(text, side):
    # a state outside the region's usual cast is a side of its own (its reactions are lost otherwise)
    doc = document_from_text("a", text, published="2024-03-05")
    assert side in {m.faction for m in find(doc)}


@pytest.mark.parametrize("text", [
    "Chad Johnson, a lawyer in Atlanta, Georgia, said the ruling was wrong.",  # a first name and a US state
])
def test_names_that_are_no_states(text):
    doc = document_from_text("a", text, published="2024-03-05")
    assert not {"Chad", "Georgia"} & {m.faction for m in find(doc)}
