"""Venues of ordinary world news: an envoy's recall "for consultations" (no venue), a building on a shore ("the
convention centre on the Dead Sea"), a topic phrase before a venue that the gathering's convener follows ("a
conference on Gaza at the Dead Sea co-hosted by Jordan"), a body's members voting in a place. Invented sentences,
positives and negatives (published on Monday 2024-03-04)."""
from __future__ import annotations

import pytest


def places(rows):
    return {loc for _, loc, _, _ in rows if loc}


@pytest.mark.parametrize("text, absent", [
    ("Sudan's ambassador in Nairobi, Ali Ahmed, was summoned to Port Sudan for consultations, the ministry said.",
     "Port Sudan"),
    ("Israel's ambassador to Sweden was called back to Jerusalem for consultations, the ministry said.", "Jerusalem"),
    ("Jordan recalled its envoy to Amman for urgent consultations on Sunday.", "Amman"),
    ("The charge d'affaires was ordered home to Ankara for consultations.", "Ankara"),
])
def test_an_envoys_recall_for_consultations_is_no_venue(venues_of, text, absent):
    assert absent not in places(venues_of(text))


@pytest.mark.parametrize("text, want", [
    # a gathering summoned to a place is one (no envoy recalled "for consultations")
    ("Egypt summoned the leaders of the Palestinian factions to El Alamein on Sunday.", "El Alamein"),
    # consultations held somewhere are a meeting there
    ("The envoy held consultations in Doha with Hamas leaders on Sunday.", "Doha"),
    # "recalled that" is remembering, not a recall
    ("The ambassador recalled that the envoys had met in Doha on Sunday for consultations.", "Doha"),
])
def test_other_summons_and_consultations_keep_their_venue(venues_of, text, want):
    assert want in places(venues_of(text))
