"""The outlet's home state (lib/extract/actors/outlets.py, lib/data/outlet_states.csv): a listed outlet's state and
kind, matched on its whole name (brackets, dashes and an edition word read apart), never inside a longer name;
international outlets have none; a national outlet's state is the story's home unless its dateline is abroad;
agencies and official sites speak for their state (``home_country``), papers only when their headline is about it."""
from __future__ import annotations

import csv
import re

import pytest

from lib.extract.actors import home_country
from lib.extract.actors.dictionary import load_entries
from lib.extract.actors.outlets import KINDS, OUTLET_STATES, _key, dateline_state, outlet_home, outlet_state
from lib.extract.document import document_from_text


def test_outlet_states_integrity():
    with open(OUTLET_STATES, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and list(rows[0]) == ["outlet", "aliases", "state", "kind"]
    sides = {e.faction for e in load_entries() if e.type in ("state", "org")}  # (a state, or an authority: the PA)
    keys: dict[str, str] = {}
    for r in rows:
        assert r["kind"] in KINDS, r
        assert (r["kind"] == "international") == (not r["state"]), r  # only international outlets have no state
        assert not r["state"] or r["state"] in sides, r
        for alias in [r["outlet"], *filter(None, r["aliases"].split("|"))]:
            assert alias == alias.strip() and not re.search(r"\s{2}", alias), r
            k = _key(alias)
            assert k and keys.setdefault(k, r["outlet"]) == r["outlet"], (alias, keys.get(k))  # one outlet per name
    assert len(rows) >= 200  # real outlets of many countries, not only those of the sets


@pytest.mark.parametrize("outlet, expected", [
    ("Yonhap", ("South Korea", "agency")),
    ("Yonhap News Agency", ("South Korea", "agency")),
    ("Petra - Jordan News Agency", ("Jordan", "agency")),
    ("Sudan News Agency (SUNA)", ("Sudan", "agency")),
    ("Al Jazeera English (liveblog)", ("", "international")),
    ("The Times of Israel (web page paste)", ("Israel", "paper")),
    ("the jordan times", ("Jordan", "paper")),
    ("Kathimerini English Edition", ("Greece", "paper")),
    ("Kan News", ("Israel", "broadcaster")),
    ("Iran International", ("", "international")),  # a country in the name, no state behind it
    ("Voice of America", ("", "international")),
    # negatives: a listed name inside a longer one, an unlisted outlet, nothing
    ("The Times of Malta Online", ("Malta", "paper")),
    ("The Times Literary Supplement", ("", "")),
    ("Jerusalem Post Watchers Blog", ("", "")),
    ("", ("", "")),
])
def test_outlet_state(outlet, expected):
    assert outlet_state(outlet) == expected


@pytest.mark.parametrize("outlet, text, expected", [
    ("Asahi Shimbun", "Talks began on Monday.", "Japan"),
    ("Asahi Shimbun", "TOKYO — Talks began on Monday.", "Japan"),  # a dateline at home
    ("Yonhap", "SEOUL, Jan. 11 (Yonhap) -- Talks began.", "South Korea"),
    # negatives: written from abroad, an international outlet, an unlisted one
    ("Asahi Shimbun", "CAIRO — Talks began on Monday.", ""),
    ("Arab News", "BEIRUT: Talks began on Monday.", ""),
    ("Yonhap", "TEHRAN, Jan. 11 (Yonhap) -- Talks began.", ""),
    ("Yemen Daily News", "Talks began on Monday.", "Yemen"),  # unlisted, named after a state
    ("The Brussels Times", "Talks began on Monday.", "Belgium"),  # ... or after its capital or a large city
    ("Dhaka Tribune", "Talks began on Monday.", "Bangladesh"),
    ("Tehran Bulletin", "Talks began on Monday.", "Iran"),
    ("Dhaka Tribune", "CAIRO — Talks began on Monday.", ""),  # (written from abroad)
    ("Asia Times", "Talks began on Monday.", ""),  # a region is no state
    ("The New Arab", "Talks began on Monday.", ""),
    ("Middle East Eye", "Talks began on Monday.", ""),
    ("Africa Report", "Talks began on Monday.", ""),
    ("London Evening Standard", "Talks began on Monday.", ""),  # a city of a state of the world press
    ("Washington Examiner", "Talks began on Monday.", ""),
    ("Springfield Gazette", "Talks began on Monday.", ""),  # a town's name is no state's
    ("Reuters", "Talks began on Monday.", ""),
    ("A blog", "Talks began on Monday.", ""),
    ("UK daily newspaper", "Talks began on Monday.", ""),  # named after a state of the world press
    ("The Guardian", "Talks began on Monday.", ""),
])
def test_outlet_home(outlet, text, expected):
    assert outlet_home(document_from_text("a", text, outlet=outlet)) == expected


@pytest.mark.parametrize("text, expected", [
    ("CAIRO — Talks began.", "Egypt"),
    ("Jeddah (Saudi Arabia) (AFP) - Talks began.", "Saudi Arabia"),
    ("BEIRUT: Talks began.", "Lebanon"),  # the Gulf papers' colon
    ("KUWAIT/ALULA: Leaders signed.", "Kuwait"),
    ("Talks began in Cairo.", ""),
    ("UPDATE: Talks began.", ""),
])
def test_dateline_state(text, expected):
    assert dateline_state(document_from_text("a", text)) == expected


@pytest.mark.parametrize("outlet, title, expected", [
    # agencies and official sites speak for their state, whatever the headline
    ("Yonhap", "Vice FM holds talks in Tehran on seized tanker", "South Korea"),
    ("Antara", "Troops in Lebanon safe", "Indonesia"),
    ("U.S. Department of State", "Secretary's call with Israeli PM", "United States"),
    # a paper: only when its headline is about its own country
    ("Asahi Shimbun", "Japan to send envoy", "Japan"),
    ("Asahi Shimbun", "Iran rejects sanctions", ""),
    # an international outlet, whatever its name says
    ("Iran International", "Iran rejects sanctions", ""),
])
def test_home_country_reads_the_table(outlet, title, expected):
    assert home_country(document_from_text("a", "Talks began.", outlet=outlet, title=title)) == expected
