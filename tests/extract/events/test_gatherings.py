"""Gatherings: an accord reached, signed or announced at a city is where its parties met (own sentences in the
styles of many outlets, whole pipeline), with negative cases: a place that is the accord's subject or scope, a
call, a plan, a later meeting."""
from __future__ import annotations

import pytest


def _placed(rows) -> set[tuple[str, str]]:
    return {(loc, date) for _, loc, date, _ in rows if loc}


@pytest.mark.parametrize("text, published, want", [
    # an accord reached at a city: the parties met there, on its day
    ("Russian and Turkish leaders agreed in Sochi on Monday to set up a buffer zone along the front line.",
     "2024-03-05", ("Sochi", "2024-03-04")),
    ("The foreign ministers of the three countries agreed in Washington on Friday that the reservoir would be "
     "filled in stages, a joint statement said.", "2024-03-04", ("Washington", "2024-03-01")),
    ("Israel and Lebanon reached a deal in Paris on Saturday on a framework for border talks, officials said.",
     "2024-03-04", ("Paris", "2024-03-02")),
    ("AMMAN (Reuters) - Jordanian and Syrian officials agreed in Amman on Sunday to step up the fight against "
     "drug smuggling across their border.", "2024-03-04", ("Amman", "2024-03-03")),
    ("Mr. Rabin and Mr. Arafat agreed in Cairo yesterday on the first stage of Palestinian self-rule.",
     "1994-02-10", ("Cairo", "1994-02-09")),
    ("The GCC foreign ministers agreed in Riyadh on Sunday to form a joint committee on regional security, "
     "the Saudi Press Agency reported.", "2024-03-04", ("Riyadh", "2024-03-03")),
    # an accord announced at a city after talks: the talks were there
    ("Qatar's prime minister announced the agreement late on Wednesday in Doha, after weeks of indirect talks "
     "mediated by Egypt and the United States.", "2024-03-08", ("Doha", "2024-03-06")),
    ("Iran and Saudi Arabia announced the deal on Friday in Beijing after four days of talks hosted by China.",
     "2024-03-11", ("Beijing", "2024-03-08")),
    ("The accord was announced on Tuesday in Vienna after 18 days of negotiations at a downtown hotel.",
     "2024-03-06", ("Vienna", "2024-03-05")),
    ("A joint statement issued in Beijing on Friday following five days of talks said the two sides would "
     "reopen their embassies within two months.", "2024-03-11", ("Beijing", "2024-03-08")),
    ("The final communique, released in Jeddah on Saturday after two days of consultations, called for an "
     "immediate truce.", "2024-03-04", ("Jeddah", "2024-03-02")),
    # warring armies that sign an accord gather like diplomats (no troop movement)
    ("The army and the paramilitary RSF signed in Jeddah on Thursday a declaration committing them to protect "
     "civilians.", "2024-03-04", ("Jeddah", "2024-02-29")),
    ("Government forces and the rebels signed a truce agreement in Geneva on Friday.", "2024-03-04",
     ("Geneva", "2024-03-01")),
])
def test_accord_at_a_city_is_a_gathering(venues_of, text, published, want):
    assert want in _placed(venues_of(text, published))


@pytest.mark.parametrize("text, published, absent", [
    # the place is the accord's scope, not where it was reached
    ("Israel and Hamas agreed to a ceasefire in Gaza on Sunday, mediators said.", "2024-03-04", "Gaza"),
    ("The two sides agreed to hold elections in Tripoli in June.", "2024-03-04", "Tripoli"),
    ("Turkey and Russia agreed on Monday on joint patrols in Idlib, the defence ministry said.", "2024-03-05",
     "Idlib"),
    # no place: a call, a principle, a televised address
    ("The two leaders agreed in a phone call on Monday to resume talks.", "2024-03-05", ""),
    ("Netanyahu announced the deal in a televised address on Sunday.", "2024-03-04", ""),
    # a plan, not an accord; one side announcing at home is no gathering
    ("Netanyahu announced the plan in Jerusalem on Sunday.", "2024-03-04", "Jerusalem"),
    ("The ministry announced in Cairo on Sunday that the crossing would reopen.", "2024-03-04", "Cairo"),
    # a plan to meet later: the meeting is Geneva next month, no gathering on Monday
    ("The ministers agreed on Monday to meet in Geneva next month.", "2024-03-05", ("Geneva", "2024-03-04")),
    # a speaker's place after a comma belongs to the report
    ("Hamas agreed to the proposal, a senior official told AFP in Doha on Sunday.", "2024-03-04", "Doha"),
    # a plan or a refusal is no gathering
    ("The two sides are expected to sign the agreement in Cairo next week.", "2024-03-04", ("Cairo", "2024-03-04")),
    ("The rivals did not agree in Geneva on Friday on a transitional body.", "2024-03-04", "Geneva"),
    # troops on the move make no meeting, signed or not
    ("Troops arrived in Jenin on Monday after the army signed off on the operation.", "2024-03-05", "Jenin"),
])
def test_no_gathering(venues_of, text, published, absent):
    placed = _placed(venues_of(text, published))
    if isinstance(absent, tuple):
        assert absent not in placed
    elif absent:
        assert absent not in {loc for loc, _ in placed}
    else:
        assert placed == set()


@pytest.mark.parametrize("text, published, absent", [
    # one side announcing an accord at home: the talks were elsewhere
    ("U.S. President Joe Biden announced the deal on Tuesday at the White House, saying it would hold.",
     "2024-03-06", "Washington"),
    ("The president announced the agreement on Tuesday in Washington, calling it a permanent truce.", "2024-03-06",
     "Washington"),
    ("Erdogan announced the accord in Ankara on Friday, hailing it as a victory.", "2024-03-09", "Ankara"),
    # a recalled accord in a time clause, dated by its main clause
    ("The ministry said Saturday that 23 people had been killed since the deal was announced on Wednesday in Doha.",
     "2024-03-09", "Doha"),
    ("Fighting resumed on Sunday, days after the two sides agreed in Jeddah to a truce.", "2024-03-04", "Jeddah"),
])
def test_no_gathering_for_one_side_or_a_recalled_accord(venues_of, text, published, absent):
    assert absent not in {loc for loc, _ in _placed(venues_of(text, published))}
