"""Stray towns: a small one-word town far from the region needs another place of its country in the article."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from lib.extract import gazetteer as gz
from lib.extract.places_stray import country_backing, stray


def cand(name: str) -> SimpleNamespace:
    return SimpleNamespace(single=len(name.split()) == 1, key=gz.fold(name), hits=gz.candidates(name))


def first(name: str, cc: str) -> gz.Place:
    return next(p for p, _ in gz.candidates(name) if p.country_code == cc)


@pytest.mark.parametrize("name, cc, others, expected", [
    ("Saba", "HN", ["Hodeidah"], True),        # a town in Honduras in a Yemeni story
    ("Sana", "PE", [], True),                  # the Peruvian town, not Sanaa
    ("Montreux", "CH", ["Geneva"], False),     # another place of its country backs it
    ("Montreux", "CH", [], True),
    ("Sanaa", "YE", [], False),                # the region is never stray
    ("Annapolis", "US", ["Maryland"], False),
])
def test_stray(name, cc, others, expected):
    cands = [cand(name)] + [cand(o) for o in others]
    assert stray(cands[0], first(name, cc), country_backing(cands)) is expected
