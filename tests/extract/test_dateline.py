"""The one dateline parser: what counts as a dateline, and the city, region, date and agency it yields."""
from __future__ import annotations

import pytest

from lib.extract import dateline


@pytest.mark.parametrize("line, text, city, region, date, agency", [
    # all-caps city: optional region, optional date, optional agency, then a dash
    ("ISLAMABAD, November 16 (RIA Novosti) - The Quartet should meet.", "ISLAMABAD, November 16 (RIA Novosti) -",
     "ISLAMABAD", "", "November 16", "RIA Novosti"),
    ("CAIRO (Reuters) — Egypt hosted talks.", "CAIRO (Reuters) —", "CAIRO", "", "", "Reuters"),
    ("GAZA CITY, Oct. 9 (AFP) - Strikes continued.", "GAZA CITY, Oct. 9 (AFP) -", "GAZA CITY", "", "Oct. 9", "AFP"),
    ("RAMALLAH, West Bank (AP) — Talks began.", "RAMALLAH, West Bank (AP) —", "RAMALLAH", "West Bank", "", "AP"),
    ("WASHINGTON — The talks ended.", "WASHINGTON —", "WASHINGTON", "", "", ""),
    ("NUR-SULTAN, Dec. 22 (Xinhua) -- The guarantors met.", "NUR-SULTAN, Dec. 22 (Xinhua) --", "NUR-SULTAN", "",
     "Dec. 22", "Xinhua"),
    ("TABA, Egypt, Sept 24, 2001 - Talks.", "TABA, Egypt, Sept 24, 2001 -", "TABA", "Egypt", "Sept 24, 2001", ""),
    # title-case city: an agency in brackets is required
    ("Jeddah (Saudi Arabia) (AFP) - Talks resumed.", "Jeddah (Saudi Arabia) (AFP) -", "Jeddah", "Saudi Arabia", "",
     "AFP"),
    ("Riyadh, 5 Rabi al-Awwal 1445 (SPA) -- The minister met.", "Riyadh, 5 Rabi al-Awwal 1445 (SPA) --", "Riyadh",
     "", "5 Rabi al-Awwal 1445", "SPA"),
    ("Riyadh, 5 Rabi al-Awwal 1445 AH, corresponding to 20 September 2023 (SPA) -- His Highness met.",
     "Riyadh, 5 Rabi al-Awwal 1445 AH, corresponding to 20 September 2023 (SPA) --", "Riyadh", "",
     "5 Rabi al-Awwal 1445 AH, corresponding to 20 September 2023", "SPA"),
    ("Ramallah, West Bank (WAFA) - Talks.", "Ramallah, West Bank (WAFA) -", "Ramallah", "West Bank", "", "WAFA"),
    ("Beirut (Reuters) — Lebanon's cabinet met.", "Beirut (Reuters) —", "Beirut", "", "", "Reuters"),
    # the agency first, as some agencies and their subscribers print it, and an all-caps month
    ("(ANSA) - ROME, JAN 12 - The minister spoke in Riyadh.", "(ANSA) - ROME, JAN 12 -", "ROME", "", "JAN 12", "ANSA"),
    ("(AKI) - BEIRUT, MAR 3 - Talks resumed.", "(AKI) - BEIRUT, MAR 3 -", "BEIRUT", "", "MAR 3", "AKI"),
    ("(dpa) - TEHRAN - The talks ended.", "(dpa) - TEHRAN -", "TEHRAN", "", "", "dpa"),
    ("AMMAN, FEB. 4 (Petra) -- The king met.", "AMMAN, FEB. 4 (Petra) --", "AMMAN", "", "FEB. 4", "Petra"),
    # more cities after a slash: the first is the dateline's city
    ("DOHA / JERUSALEM - Israel and Hamas agreed.", "DOHA / JERUSALEM -", "DOHA", "", "", ""),
    ("WASHINGTON/TEL AVIV, Nov 3 (Reuters) - Talks went on.", "WASHINGTON/TEL AVIV, Nov 3 (Reuters) -", "WASHINGTON",
     "", "Nov 3", "Reuters"),
])
def test_datelines(line, text, city, region, date, agency):
    d = dateline.parse(line)
    assert d is not None
    assert (d.text, d.city, d.region, d.date, d.agency) == (text, city, region, date, agency)
    assert line[d.start:d.end] == d.text and line[d.city_start:d.city_end] == d.city


@pytest.mark.parametrize("line", [
    "The Quartet - Russia, the U.S. - met.", "Hamas - which rules Gaza - said no.", "Hamas (the movement) said - no.",
    "The talks (in Cairo) - a first - began.", "Talks began in Jeddah (AFP) on Monday.",
    "Jeddah - talks resumed.",  # a title-case city without an agency
    "(Reuters) - Talks resumed in Rome.", "(Updates with quotes) - Talks in ROME resumed.",  # no all-caps city
    "CAIRO (Reuters) —",  # a dash must be followed by the story
    # an agency's masthead: an acronym, a dash and the agency's full name on the rest of the line
    "KUNA - Kuwait News Agency\nKUWAIT, Aug 27 (KUNA) -- The emir spoke.", "SPA - Saudi Press Agency",
    "WAFA – Palestine News & Info Agency", "MENA - Middle East News Agency\n", "IRNA - Islamic Republic News Agency",
    "QNA — Qatar News Agency", "TASS - Russian News Agency",
    "The UN/EU statement - a joint one - said no.", "Doha/Gaza - talks resumed.",  # no all-caps city before the slash
])
def test_not_datelines(line):
    assert dateline.parse(line) is None


@pytest.mark.parametrize("line, city", [
    # negatives of the masthead rule: a story after the dash, or a name that is no agency's
    ("GAZA - Israeli strikes killed 12 people, the Health Ministry said.", "GAZA"),
    ("AMMAN - Jordan News Agency Petra reported the talks on Sunday.", "AMMAN"),
    ("BEIRUT – Lebanon's Parliament Speaker Nabih Berri met the envoy.", "BEIRUT"),
])
def test_a_story_after_the_dash_is_a_dateline(line, city):
    assert dateline.parse(line).city == city


def test_parse_at_an_offset_stops_at_the_line_end():
    text = "Headline\nBEIRUT (AP) — Israel struck.\n"
    d = dateline.parse(text, text.index("BEIRUT"))
    assert (d.start, d.text) == (9, "BEIRUT (AP) —")
    assert dateline.parse("BEIRUT (AP) —\nIsrael struck.") is None


@pytest.mark.parametrize("text, pos, expected", [
    ("RAMALLAH, West Bank (AP) — Talks.", 8, True),
    ("Ramallah, March 3 (WAFA) - Talks.", 8, True),
    ("TABA, Egypt, Sept 24 - Talks.", 4, True),
    ("Ramallah is a city.", 8, False),
    ("Ramallah, the city, said.", 8, False),
])
def test_follows_a_place(text, pos, expected):
    assert dateline.follows(text, pos) is expected


@pytest.mark.parametrize("masked, expected", [
    ("PLACE, DATE (AP) — ACTOR said", "ACTOR said"),
    ("PLACE / PLACE (Reuters) - Talks", "Talks"),
    ("In PLACE, talks", "In PLACE, talks"),
])
def test_masked_lead(masked, expected):
    assert dateline.MASKED_LEAD.sub("", masked) == expected
