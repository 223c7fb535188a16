"""Sessions: a body that sits in one city met there (own sentences in the styles of many outlets, whole pipeline),
with negative cases (a vote, a summit, a possessive, a noun, a plan, a recalled meeting), and the integrity of
``lib/data/body_seats.csv``."""
from __future__ import annotations

import csv

import pytest

from lib.extract import gazetteer as gz
from lib.extract.events.sessions import SEATS_CSV, seats


def _placed(rows) -> set[tuple[str, str]]:
    return {(loc, date) for _, loc, date, _ in rows if loc}


@pytest.mark.parametrize("text, published, want", [
    ("The UN Security Council met on Thursday to discuss the dispute over the dam.", "2024-03-08",
     ("New York", "2024-03-07")),
    ("UNITED NATIONS (AP) - The U.N. Security Council met behind closed doors on Friday to discuss the strikes.",
     "2024-03-09", ("New York", "2024-03-08")),
    ("The Security Council held an emergency meeting on Monday at the request of Algeria.", "2024-03-26",
     ("New York", "2024-03-25")),
    ("The Human Rights Council convened on Friday for a special session on the killings of protesters.",
     "2024-03-09", ("Geneva", "2024-03-08")),
    ("The IAEA Board of Governors met on Wednesday to weigh a resolution censuring Iran.", "2024-03-08",
     ("Vienna", "2024-03-06")),
    ("The Arab League council met on Sunday at the level of permanent delegates, the league said.", "2024-03-04",
     ("Cairo", "2024-03-03")),
    ("The Security Council met yesterday in an emergency session on the fighting in Lebanon.", "1982-06-07",
     ("New York", "1982-06-06")),
    # a body placed by its sentence keeps that place
    ("Arab League foreign ministers met in Riyadh on Sunday to discuss the crisis.", "2024-03-05",
     ("Riyadh", "2024-03-03")),
    ("The Security Council met in Addis Ababa on Friday, a rare session away from New York.", "2024-03-09",
     ("Addis Ababa", "2024-03-08")),
])
def test_session_at_the_seat(venues_of, text, published, want):
    assert want in _placed(venues_of(text, published))


@pytest.mark.parametrize("text, published, absent", [
    # a vote or a resolution is the body's decision, no meeting row
    ("The Security Council on Monday adopted a resolution calling for an immediate ceasefire in Gaza.",
     "2024-03-26", "New York"),
    ("The UN Human Rights Council passed a resolution Wednesday ordering a mission to the region.", "2024-03-08",
     "Geneva"),
    ("The Arab League on Saturday voted to suspend Syria's membership.", "2024-03-10", "Cairo"),
    # a summit moves from city to city
    ("The Arab League summit ended on Friday with a call for a ceasefire.", "2024-03-09", "Cairo"),
    ("Leaders at the Arab League summit in Jeddah agreed on Friday to back the plan.", "2024-03-09", "Cairo"),
    # a possessive: the body's official acts, not the body
    ("The Arab League's secretary-general met Abbas on Sunday, his office said.", "2024-03-04", "Cairo"),
    ("The Security Council's president met the Iranian envoy on Monday.", "2024-03-05", "New York"),
    # another subject, a noun of talk, a recalled meeting and a plan
    ("Security Council diplomats met on Monday to discuss a draft.", "2024-03-05", "New York"),
    ("Hamas welcomed the Security Council meeting on Monday.", "2024-03-05", "New York"),
    ("The General Assembly met in 1947 to vote on partition.", "2024-03-04", "New York"),
    ("The Security Council is expected to meet on Friday.", "2024-03-04", "New York"),
])
def test_no_session(venues_of, text, published, absent):
    assert absent not in {loc for loc, _ in _placed(venues_of(text, published))}


def test_body_seats_file():
    rows = list(csv.DictReader(open(SEATS_CSV, encoding="utf-8")))
    assert rows and set(rows[0]) == {"body", "names", "city", "country_code", "note"}
    forms = [f for r in rows for f in r["names"].split("|")]
    assert len(forms) == len(set(forms)) and all(f and f.strip() == f for f in forms)
    for r in rows:
        city = gz.lookup(r["city"], countries=(r["country_code"],))
        assert city is not None and city.name == r["city"] and city.place_type == "settlement", r["city"]
    assert len(seats()[1]) == len(forms)
