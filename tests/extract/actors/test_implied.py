"""Sides the text implies (lib/extract/actors/implied.py and the actor finder's use of it): a capital's possessive
before a title; the home state only for a title it could hold (royal titles in monarchies, no "minister" in a state
of secretaries) and never for an official the home's subject meets or visits; a foreign subject's hosts are the
home's. Also the title finder's forms of issue #14: "the Swiss foreign minister", two honorifics ("Sheikh Dr"), a
full name repeated, "HH the Amir". Sentences written for these tests."""
from __future__ import annotations

import pytest

from lib.extract.actors import find
from lib.extract.actors.dictionary import load_entries
from lib.extract.actors.implied import MONARCHIES, SECRETARY_STATES, capital_owner, guest, home_fits
from lib.extract.document import document_from_text


def sides(text: str, outlet: str = "", title: str = "", published: str = "2023-05-10") -> dict[str, str]:
    doc = document_from_text("a", text, published=published, title=title, outlet=outlet)
    return {m.text: m.faction for m in find(doc) if m.actor_type == "person"}


def test_state_lists_name_dictionary_states():
    states = {e.faction for e in load_entries() if e.type == "state"}
    assert MONARCHIES <= states and SECRETARY_STATES <= states


@pytest.mark.parametrize("text, name, expected", [
    ("Tokyo's Chief Cabinet Secretary Kenta Morimura said so.", "Kenta", "Japan"),
    ("Ankara's deputy foreign minister, Emre Yildiz, said so.", "Emre", "Turkey"),
    ("Moscow's ambassador Igor Petrenkov said so.", "Igor", "Russia"),
    ("Riyadh's envoy to Yemen, Mohammed Al Jaber, said so.", "Mohammed", "Saudi Arabia"),
    # negatives: words that are no title between, a capital as a place, no capital
    ("Ankara's decision angered Minister Ali Veli.", "Ali", ""),
    ("Talks in Tokyo's suburbs with Minister Ali Veli.", "Ali", ""),
    ("Tokyo's plan was backed by Foreign Minister Ali Veli.", "Ali", ""),
    ("Japan's Chief Cabinet Secretary Kenta Morimura said so.", "Kenta", ""),
])
def test_capital_owner(text, name, expected):
    assert capital_owner(text, 0, text.index(name)) == expected


@pytest.mark.parametrize("role, home, expected", [
    ("Foreign Minister", "Greece", True),
    ("Emir", "Qatar", True),
    ("Crown Prince", "Norway", True),
    ("Chief Cabinet Secretary", "Japan", True),
    # negatives: a royal title in a republic, a minister in a state of secretaries
    ("Crown Prince", "South Korea", False),
    ("King", "Lebanon", False),
    ("Foreign Minister", "United States", False),
    ("Prime Minister", "Philippines", False),
    ("country's foreign minister", "Russia", False),  # an owned title is its owner's
])
def test_home_fits(role, home, expected):
    assert home_fits(role, home) is expected


@pytest.mark.parametrize("text, name, home, subject, expected", [
    # the home's subject (or one of no known side) meets them: a guest or a host abroad
    ("Park met Interior Minister Karim Haddadin in Beirut.", "Karim", "South Korea", "South Korea", True),
    ("He will also meet the central bank governor, Ali Sadeghpour.", "Ali", "South Korea", "", True),
    ("Park held talks with Energy Minister Tarek Nassif.", "Tarek", "South Korea", "South Korea", True),
    ("Lavrov, on a visit to Pakistan, told Foreign Minister Ali Kasim that talks should go on.", "Ali", "Russia",
     "Russia", True),
    # negatives: a foreign subject meets its hosts; the person is the subject; the verb is a quote's or a fronted
    # clause's; a clause ends between
    ("Haftar met with Foreign Minister Nikos Vlachos on Friday.", "Nikos", "Greece", "Libyan National Army", False),
    ("Foreign Minister Nikos Vlachos met Haftar on Friday.", "Nikos", "Greece", "", False),
    ("\"We will host the talks,\" Foreign Minister Ingrid Solvik said.", "Ingrid", "Norway", "", False),
    ("After meeting the king, Foreign Minister Omar Nasser said talks went well.", "Omar", "Jordan", "", False),
    ("Park met the envoy; Energy Minister Tarek Nassif said later it was useful.", "Tarek", "South Korea", "", False),
])
def test_guest(text, name, home, subject, expected):
    actors = [(0, text.index(" "), subject)] if text[:1].isupper() and not text.startswith(("\"", "After", "Foreign")) \
        else []
    assert guest(text, 0, text.index(name), home, actors) is expected


@pytest.mark.parametrize("outlet, title, text, name, expected", [
    # a national outlet's bare domestic title: its state
    ("Ekathimerini", "Haftar in Athens", "Haftar met with Foreign Minister Nikos Vlachos on Friday.",
     "Nikos Vlachos", "Greece"),
    ("Kuwait Times", "Summit ends rift",
     "Foreign Minister Sheikh Dr Ahmad Fahad Al-Sabah told reporters that the summit was historic.",
     "Ahmad Fahad Al-Sabah", "Kuwait"),
    ("Yonhap", "Tanker talks",  # (an agency: a body's spokesperson of no named country is its state's too)
     "A foreign ministry spokesperson, Choi Young-min, declined to comment. \"We asked for evidence,\" "
     "Choi Young-min told a briefing.", "Choi Young-min", "South Korea"),
    # ... and a ministry called the Foreign Office ("Foreign Office Spokesperson X" in an agency's release)
    ("Associated Press of Pakistan", "Talks with Tehran", "Foreign Office Spokesperson Dr. Tariq Hameed said the visit "
     "was useful.", "Tariq Hameed", "Pakistan"),
    # a state after the name, or the same name given a side before, wins over the outlet's
    ("Asahi Shimbun", "Crossing stays open", "Foreign Minister Amr Nabilovic of Egypt said the crossing stays open.",
     "Amr Nabilovic", "Egypt"),
    ("Asahi Shimbun", "Crossing stays open", "Egypt's Foreign Minister Amr Nabilovic met officials. Foreign Minister "
     "Amr Nabilovic later said the crossing stays open.", "Amr Nabilovic", "Egypt"),
    ("Asahi Shimbun", "Crossing stays open", "Foreign Minister Yoko Kamiyama of the ruling party said so.",
     "Yoko Kamiyama", "Japan"),
    # ... and in a national paper at home, a body's aide with the body first, as a bare domestic title
    ("Dawn", "Talks with Tehran", "Foreign Office Spokesperson Tariq Hameed said the visit was useful.", "Tariq Hameed",
     "Pakistan"),
    ("The Korea Herald", "Tanker talks", '"We asked for evidence," Foreign Ministry spokesperson Lim Soo-suk said.',
     "Lim Soo-suk", "South Korea"),
    ("The Korea Herald", "Tanker talks", 'Defence Ministry spokesman Jeon Ha-kyu said: "We are ready."',
     "Jeon Ha-kyu", "South Korea"),
    ("The Korea Herald", "Tanker talks", '"We are ready," Presidential spokesman Kim Eun-hye told reporters.',
     "Kim Eun-hye", "South Korea"),
    ("The Brussels Times", "Tanker talks", '"We are ready," Foreign Ministry spokesman Pieter Claes said.',
     "Pieter Claes", "Belgium"),  # (an unlisted paper named after its capital)
    # negatives: a paper's "spokeswoman for the foreign ministry" (the story's country's, often named after),
    ("The Korea Herald", "Tanker talks", "A spokeswoman for the foreign ministry, Mina Lee, declined to comment.",
     "Mina Lee", ""),
    # ... a body's aide in a paper writing from abroad, in a world paper, in an international outlet, or after the
    # body of another state is named
    ("The Korea Herald", "Tanker talks", 'CAIRO — "We are ready," Foreign Ministry spokesman Ahmed Fawzy said.',
     "Ahmed Fawzy", ""),
    ("The Washington Post", "Talks stall", '"We are ready," Foreign Ministry spokesman Ahmed Fawzy said.',
     "Ahmed Fawzy", ""),
    ("Reuters", "Talks stall", '"We are ready," Foreign Ministry spokesman Ahmed Fawzy said.', "Ahmed Fawzy", ""),
    ("The Korea Herald", "Tanker talks", "Iran's foreign ministry denied it. \"We are ready,\" Foreign Ministry "
     "spokesman Reza Tavana said.", "Reza Tavana", "Iran"),
    # a guest of the home's minister, a royal title in a republic's paper, a US paper's minister,
    # an international outlet
    ("The Korea Herald", "Tanker talks", "Park met Interior Minister Karim Haddadin in Beirut.", "Karim Haddadin", ""),
    ("The Korea Herald", "Gulf tour", "Park was received by Crown Prince Salim Faraj.", "Salim Faraj", ""),
    ("The Washington Post", "Talks stall", "Foreign Minister Luis Carvalhal said talks stalled.", "Luis Carvalhal", ""),
    ("Reuters", "Talks stall", "Foreign Minister Luis Carvalhal said talks stalled.", "Luis Carvalhal", ""),
    ("TASS", "Lavrov in Islamabad", "Sergei Lavrov, on an official visit to Pakistan, told the country's foreign "
     "minister, Ali Kasim, that talks should be broadened.", "Ali Kasim", ""),
])
def test_home_state_of_titled_names(outlet, title, text, name, expected):
    doc = document_from_text("a", text, published="2023-05-10", title=title, outlet=outlet)
    got = {m.faction for m in find(doc) if m.actor_type == "person" and m.value == name}
    assert got == {expected}, got


@pytest.mark.parametrize("text, name, expected", [
    ("\"Switzerland is ready,\" the Swiss foreign minister said.", "the Swiss foreign minister", "Switzerland"),
    ("\"Sanctions must end,\" the Iranian defence minister said.", "the Iranian defence minister", "Iran"),
    ("Omar Fakhourani, an HNC spokesman, said so.", "Omar Fakhourani", "Syrian opposition"),
])
def test_descriptions_and_bodies_of_issue_14(text, name, expected):
    assert sides(text).get(name) == expected


def test_a_description_with_a_portfolio_refers_back_only_to_that_office():
    text = ("Cypriot President Petros Kyriakou spoke first. Cypriot Foreign Minister Andreas Zenonos spoke next. "
            "The Cypriot foreign minister later said it was over.")
    doc = document_from_text("a", text, published="2023-05-10")
    desc = [m for m in find(doc) if m.text == "The Cypriot foreign minister"]
    assert [m.value for m in desc] == ["Andreas Zenonos"]


def test_hh_the_amir_is_the_home_emir():
    text = "HH the Amir Sheikh Tamim bin Hamad Al Thani opened the session. \"Enough is enough,\" HH the Amir said."
    doc = document_from_text("a", text, published="2023-10-25", outlet="Qatar Tribune", title="Amir opens session")
    amir = [m for m in find(doc) if m.text == "the Amir"]
    assert [(m.value, m.faction) for m in amir] == [("Sheikh Tamim bin Hamad Al Thani", "Qatar")]


@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Foreign Affairs (MoFA) of Ethiopia rejected the statement.", "Ethiopia"),
    ("The Ministry of Foreign Affairs of Ethiopia rejected the statement.", "Ethiopia"),
    # negative: an abbreviation and no owner after it
    ("The Ministry of Foreign Affairs (MoFA) rejected the statement.", ""),
])
def test_a_ministry_of_a_state_with_its_abbreviation_between(text, expected):
    doc = document_from_text("a", text, published="2023-12-20")
    got = [m.faction for m in find(doc) if m.text.startswith("The Ministry")]
    assert (got == [expected]) if expected else all(f == "" for f in got), got
