"""The outlet's home state: which state a news outlet belongs to, read from the manifest's outlet name.

Idea: a national outlet names its own country's officials with a bare title ("Energy Minister Karine Elharrar" in
an Israeli broadcaster, "Foreign Minister Nikos Dendias" in a Greek paper, "the foreign ministry said" in a Korean
agency); an international one (Reuters, AFP, the BBC, Al Jazeera) has no such country. ``lib/data/outlet_states.csv``
lists real outlets with their aliases, their state (empty for international outlets) and their kind:

- ``agency`` and ``official`` (a state news agency, a ministry's or government's own site): speak for their state,
  so bare bodies and offices ("the ministry", "the Crown Prince") are the state's (``home_country``);
- ``paper`` and ``broadcaster``: their state is the home of a titled name given with no country (``outlet_home``),
  unless the story's dateline is a city of another country (the reporter writes from there);
- ``world``: the US and UK press, whose Middle East stories name the region's officials with a bare title once the
  country is clear ("Foreign minister Khaled al-Yamani, who led the government delegation" in a London paper): their
  state is the story's home only when the headline is about it (``home_country``), never for a bare title alone;
- ``international``: no state, whatever the name says ("Iran International", "Voice of America").

An outlet's name is matched whole (case, a leading "the", a trailing "English"/"English edition", a bracketed or
dash-separated part read alone: "Petra - Jordan News Agency", "Sudan News Agency (SUNA)"), never as a word inside a
longer name, so "The Times of Malta" is not "The Times".

Example:
    >>> outlet_state("Yonhap News Agency"), outlet_state("Reuters"), outlet_state("Petra - Jordan News Agency")
    (('South Korea', 'agency'), ('', 'international'), ('Jordan', 'agency'))
    >>> outlet_state("A blog nobody lists")
    ('', '')
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from lib.models import Document

OUTLET_STATES = Path(__file__).resolve().parent.parent.parent / "data" / "outlet_states.csv"
KINDS = ("agency", "official", "paper", "broadcaster", "world", "international")
# a dateline of capitals and a colon ("BEIRUT: ...", "KUWAIT/ALULA: ..."): the first city
COLON_DATELINE = re.compile(r"\s*(?P<city>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2})(?:\s*/\s*[A-Z][A-Za-z'’. -]+)?:\s+(?=\S)")
HOME_KINDS = ("agency", "official", "paper", "broadcaster")  # outlets whose bare titles are their state's
SPEAKING_KINDS = ("agency", "official")  # outlets that speak for their state (``home_country``)
# words after an outlet's name that do not change the outlet ("Al Jazeera English", "Times of Malta Online")
_EDITION = re.compile(r"(?i)\s*(?:[-–—,]\s*)?\b(?:english|english\s+(?:edition|service|website|version)|online|"
                      r"website)$")


def _key(name: str) -> str:
    """The form an outlet's name is compared in ("The Jordan Times " -> 'jordan times')."""
    k = re.sub(r"\s+", " ", name.replace("’", "'")).strip().lower()
    k = re.sub(r"^the\s+", "", k)
    for _ in range(2):
        k = _EDITION.sub("", k).strip()
    return k


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, str]]:
    """alias key -> (state, kind), from ``lib/data/outlet_states.csv``."""
    out: dict[str, tuple[str, str]] = {}
    with open(OUTLET_STATES, newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            for alias in [r["outlet"], *filter(None, r["aliases"].split("|"))]:
                out.setdefault(_key(alias), (r["state"].strip(), r["kind"].strip()))
    return out


def _forms(outlet: str) -> list[str]:
    """The outlet's whole name, then the name without its brackets, then each bracketed or dash-separated part."""
    whole = outlet.strip()
    bare = re.sub(r"\s*\([^()]*\)", "", whole).strip()
    parts = re.findall(r"\(([^()]*)\)", whole) + re.split(r"\s+[-–—|]\s+", bare)
    return [f for f in dict.fromkeys([whole, bare, *parts]) if f.strip()]


@lru_cache(maxsize=512)
def outlet_state(outlet: str) -> tuple[str, str]:
    """(state, kind) of a listed outlet; ('', 'international') for an international one; ('', '') if unlisted.

    >>> outlet_state("The Times of Israel (web page paste)"), outlet_state("Al Jazeera English (liveblog)")
    (('Israel', 'paper'), ('', 'international'))
    >>> outlet_state("The Times of Malta"), outlet_state("Arutz Sheva (Israel National News)")
    (('Malta', 'paper'), ('Israel', 'paper'))
    """
    table = _table()
    for form in _forms(outlet or ""):
        hit = table.get(_key(form))
        if hit is not None:
            return hit
    return "", ""


def dateline_state(doc: Document) -> str:
    """The faction of the dateline's city, credited to an agency or not ("CAIRO —", "TEHRAN, Jan. 11 (Yonhap) --"),
    or ''.

    >>> from lib.extract.document import document_from_text
    >>> dateline_state(document_from_text("a", "CAIRO — Talks began on Sunday."))
    'Egypt'
    >>> dateline_state(document_from_text("a", "BEIRUT: Talks began on Sunday."))
    'Lebanon'
    >>> dateline_state(document_from_text("a", "Talks began in Cairo on Sunday."))
    ''
    """
    from lib.extract.actors.dictionary import resolve

    fac = city_faction(dateline_city(doc))
    return fac if getattr(resolve(fac), "type", "") == "state" else ""


def dateline_city(doc: Document, credited: bool = False) -> str:
    """The city of the dateline opening the story's first body paragraph, or ''; ``credited``: only a dateline
    credited to an agency ("RIYADH, <date> (SPA) --", "BEIRUT (AP) —"), else also the Gulf papers' "BEIRUT:".

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "BEIRUT: Talks began on Sunday.")
    >>> dateline_city(doc), dateline_city(doc, credited=True)
    ('BEIRUT', '')
    """
    from lib.extract import dateline

    body = next((s for s in doc.sentences if s.region in ("body", "dateline")), None)
    if body is None:
        return ""
    para = min((s.start for s in doc.sentences if s.paragraph == body.paragraph), default=body.start)
    dl = dateline.parse(doc.text, para)
    if credited:
        return dl.city if dl is not None and dl.agency else ""
    if dl is not None:
        return dl.city
    colon = COLON_DATELINE.match(doc.text, para)  # the Gulf papers' "BEIRUT:", "KUWAIT/ALULA:"
    return colon["city"] if colon else ""


def city_faction(city: str) -> str:
    """The faction named like the country of a city in the gazetteer, or '' ("CAIRO" -> "Egypt")."""
    from lib.extract import gazetteer  # local: the gazetteer index is large and only needed here
    from lib.extract.actors.titles import faction_of

    place = gazetteer.lookup(city) if city else None
    if place is None or not place.country_code:
        return ""
    name = _country_names().get(place.country_code, "")
    return faction_of(name) if name else ""


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    with open(OUTLET_STATES.parent / "places_countries.csv", newline="", encoding="utf-8") as fh:
        return {r["iso"]: r["name"] for r in csv.DictReader(fh)}


# An unlisted outlet named after a city ("The Brussels Times", "Dhaka Tribune") is that city's country's paper when the
# city is a seat of government or at least this populous (a town's name is no state's)
NAMING_CITY_POPULATION = 500_000


def _named_city_state(outlet: str) -> str:
    """The faction of a seat of government or a large city an outlet's name contains ("Dhaka Tribune" ->
    'Bangladesh'), or ''. Regions ("Asia Times", "Middle East Eye") are no city of any state."""
    from lib.extract import gazetteer
    from lib.extract.actors.dictionary import capitals

    words = re.findall(r"[A-Z][\w'’-]*", outlet)
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            name = " ".join(words[i:i + n])
            if name in capitals():
                return capitals()[name]
            place = gazetteer.lookup(name)
            if place is not None and place.place_type == "settlement" and place.population >= NAMING_CITY_POPULATION:
                return city_faction(name)
    return ""


@lru_cache(maxsize=512)
def _named_state(outlet: str) -> str:
    """The state an unlisted outlet's name names ("Yemen Daily News" -> 'Yemen', "The Brussels Times" ->
    'Belgium'), or ''."""
    from lib.extract.actors.dictionary import resolve
    from lib.extract.actors.titles import faction_of

    f = (faction_of(outlet) or _named_city_state(outlet)) if outlet else ""
    world = {state for state, kind in _table().values() if kind == "world"}  # ("UK daily newspaper": the world press)
    return f if getattr(resolve(f), "type", "") == "state" and f not in world else ""


def outlet_home(doc: Document) -> str:
    """The state of a national outlet (``HOME_KINDS``) when the story is written from it: its dateline, if any, is a
    city of that state; '' otherwise.

    >>> from lib.extract.document import document_from_text
    >>> outlet_home(document_from_text("a", "Talks began.", outlet="Asahi Shimbun"))
    'Japan'
    >>> outlet_home(document_from_text("a", "CAIRO — Talks began.", outlet="Asahi Shimbun"))
    ''
    >>> [outlet_home(document_from_text("a", "Talks began.", outlet=o)) for o in ("Reuters", "The Guardian")]
    ['', '']
    >>> [outlet_home(document_from_text("a", "Talks began.", outlet=o)) for o in ("Yemen Daily News", "UN OCHA",
    ...                                                                           "UK daily newspaper")]
    ['Yemen', '', '']
    >>> [outlet_home(document_from_text("a", "Talks began.", outlet=o)) for o in ("The Brussels Times", "Asia Times",
    ...                                                                           "London Evening Standard")]
    ['Belgium', '', '']
    """
    state, kind = outlet_state(doc.outlet or "")
    if not kind:  # an unlisted outlet named after a state ("Yemen Daily News") is that state's paper
        state, kind = _named_state(doc.outlet or ""), "paper"
    if not state or kind not in HOME_KINDS:
        return ""
    dl = dateline_state(doc)
    return state if not dl or dl == state else ""
