"""Stray towns: a small town far from the region, named by one word, is rarely what a Middle East story means.

Idea: "Saba" in a Houthi story is the news agency, not the town in Honduras; "Sana" is Sanaa, not the town in Peru.
A one-word GeoNames town outside ``gazetteer.REGION_COUNTRIES`` with fewer than ``STRAY_MAX_POPULATION`` people is
kept only when another candidate of the article may lie in its country ("Montreux" beside "Geneva"); the places
stage also keeps it after a locative ("talks opened in Montreux"). Candidates are the places stage's (``single``,
``key``, ``hits``). Cases: tests/extract/test_places.py::test_stray_small_towns_far_from_the_region.

Example:
    >>> from types import SimpleNamespace as C
    >>> from lib.extract import gazetteer as gz
    >>> saba = C(single=True, key="saba", hits=gz.candidates("Saba"))
    >>> stray(saba, saba.hits[0][0], country_backing([saba]))
    True
"""
from __future__ import annotations

from lib.extract import gazetteer as gz

# A one-word GeoNames town far from the region and smaller than this needs another place of its country in the
# article or a locative before it ("Saba" in a Yemeni story is the Houthi news agency, not the town in Honduras;
# "Montreux" beside "Geneva" and "in Montreux" stay places).
STRAY_MAX_POPULATION = 50000


def country_backing(cands) -> dict[str, set[str]]:
    """For each country code, the keys of the candidates that may lie in it."""
    out: dict[str, set[str]] = {}
    for c in cands:
        for p, _ in c.hits:
            if p.country_code:
                out.setdefault(p.country_code, set()).add(c.key)
    return out


def stray(c, p: gz.Place, backing: dict[str, set[str]]) -> bool:
    """Is ``p`` a small town outside the region that nothing else in the article puts the story near?"""
    return (c.single and p.source == "geonames" and p.country_code not in gz.REGION_COUNTRIES
            and p.population < STRAY_MAX_POPULATION and not backing.get(p.country_code, set()) - {c.key})
