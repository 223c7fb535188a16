"""Places: menu lines, continents and world regions, the article's outlet and news sources are not mentions."""
from __future__ import annotations

import pytest

from lib.extract.document import document_from_text
from lib.extract.places import find, menu_line


def places(text: str, outlet: str = "") -> list[str]:
    return [m.text for m in find(document_from_text("t", text, published="2023-03-19", outlet=outlet))]


@pytest.mark.parametrize("text, expected", [
    # menu lines: section names between bars
    ("Home | World | Africa | Europe | Middle East | Sport\n\nTalks opened in Amman on Monday.", ["Amman"]),
    ("Topics: Lebanon | Syria | Asia-Pacific | Climate\n\nThe envoy reached Beirut.", ["Beirut"]),
    # ... a bar in prose is no menu
    ("Gaza | Aid trucks crossed into Rafah on Monday, officials said.", ["Gaza", "Rafah"]),
    # continents and world regions are no place on a map
    ("Leaders from Africa and Europe met in Doha.", ["Doha"]),
    ("Migration from North Africa and the Horn of Africa rose.", []),
    ("The plan won support across Latin America and Southeast Asia.", []),
    # news sources that carried or were told something
    ("The minister said in remarks carried by Petra that the border was open.", []),
    ("The speaker told Kuna the session would resume.", []),
    ("Tourists returned to Petra in March.", ["Petra"]),
    # a news agency named in apposition; the agency's seat after it stays a place
    ("Jordan's state news agency Petra said the king met the envoy.", ["Jordan"]),
    ("The Yemeni news agency Saba reported the strike on Sunday.", []),
    ("The official news agency (Petra) carried the statement.", []),
    ("The news agency in Amman carried the statement.", ["Amman"]),
    ("According to Gaza's health ministry, 40 people were hurt.", ["Gaza"]),
    ("According to Jordan, the crossing is open.", ["Jordan"]),
])
def test_sources_menus_continents(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, outlet, expected", [
    ("Source: Al Mayadeen\n\nThe leader spoke in Beirut.", "Al Mayadeen English", ["Beirut"]),
    ("Shelling hit the town of Al Mayadeen.", "Al Mayadeen English", ["Al Mayadeen"]),
    ("Fighters left Al Mayadeen on Monday.", "", ["Al Mayadeen"]),
    ("The Jerusalem Post reported talks in Jerusalem.", "The Jerusalem Post", ["Jerusalem"]),
    # a masthead with a description after a dash: its name is the outlet's, wherever the credit stands
    ("AMMAN, Aug. 14 (Petra) -- The king met Abbas in Amman. -- (Petra) R.A", "Petra - Jordan News Agency",
     ["AMMAN", "Amman"]),
    ("Tourists were back in Petra on Sunday.", "Petra - Jordan News Agency", ["Petra"]),
    ("Tourists returned to Petra on Sunday.", "Roya News - Jordan", ["Petra"]),
])
def test_outlet_name(text, outlet, expected):
    assert places(text, outlet) == expected


@pytest.mark.parametrize("text, expected", [
    ("News | Opinion | Sport | Culture", True),
    ("Explore more on these topics: Israel | Iran | Middle East and north Africa | US foreign policy", True),
    ("Israel | Iran", False),
    ("Beirut | The envoy arrived on Monday. | Talks began.", False),
])
def test_menu_line(text, expected):
    assert menu_line(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("*Date 03.04.2015 | Author Andreas Schmidtke (AFP, dpa)*\n\nThe envoy flew to Amman.", ["Amman"]),
    ("Gaza Talks Resume In Cairo", ["Gaza", "Cairo"]),
])
def test_title_case_first_names(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Families fled south of Wadi Gaza.", ["Wadi Gaza"]),
    ("Troops entered Wadi Barada, north-west of Damascus.", ["Wadi Barada", "Damascus"]),
    ("Shepherds grazed flocks near Wadi Qana.", []),  # a valley the gazetteer lacks: nothing, not "Wadi"
    ("Clashes erupted on Jabal Amel.", []),
])
def test_generic_heads(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bylines name people; a sentence opening with "By" is prose
    ("Written by Hebron Jones\n\nTalks resumed in Doha.", ["Doha"]),
    ("By Petra Novak and Amman Ali, Reuters\n\nTalks resumed in Doha.", ["Doha"]),
    ("By Monday, talks had resumed in Cairo.", ["Cairo"]),
    # an honorific makes the next word a name
    ("Mr. Aden told the committee the plan had failed.", []),
    ("Dr Jericho Smith treated the wounded.", []),
    ("Aden port reopened on Monday.", ["Aden"]),
])
def test_bylines_and_honorifics(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a GeoNames name with the article is also written without it
    ("Kurdish forces patrolled Qamishli on Monday.", [("Qamishli", "Al Qamishli")]),
    # Israeli names of West Bank regions and their parts
    ("Settlers in northern Samaria protested.", [("northern Samaria", "northern Samaria")]),
    ("Ministers debated building in Judea.", [("Judea", "Judea")]),
])
def test_names_and_regions(text, expected):
    doc = document_from_text("t", text, published="2023-03-19")
    assert [(m.text, m.value) for m in find(doc)] == expected
