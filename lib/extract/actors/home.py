"""The article's own country: the outlet's, else the dateline city's when the headline agrees.

Bodies named without a country ("The Foreign Ministry said") and bare offices ("the Crown Prince") take it. An
outlet listed in ``lib/data/outlet_states.csv`` gives its state; an agency or a ministry always speaks for it, a paper
only when its headline is about that country.

Example:
    >>> from lib.extract.document import document_from_text
    >>> home_country(document_from_text("a", "Talks began.", outlet="Saudi Press Agency"))
    'Saudi Arabia'
"""
from __future__ import annotations

import re

from lib.extract.actors.outlets import SPEAKING_KINDS, city_faction, dateline_city, outlet_state
from lib.extract.actors.titles import _group_faction, _patterns, faction_of
from lib.models import Document

# Outlets that speak for their country (news agencies, ministries, information services)
OFFICIAL_OUTLET = re.compile(r"(?i)\b(?:agency|ministry|information|press|service|office|government|presidency|"
                             r"spokes(?:person|man|woman)|embassy|mission)\b")


def dateline_country(doc: Document) -> str:
    """The faction of the country of the dateline city ("RIYADH, ... (SPA) --" -> Saudi Arabia), or ''.

    >>> from lib.extract.document import document_from_text
    >>> dateline_country(document_from_text("a", "Jeddah (Saudi Arabia) (AFP) - Talks began."))
    'Saudi Arabia'
    >>> dateline_country(document_from_text("a", "Talks began in Jeddah (AFP) on Monday."))
    ''
    """
    return city_faction(dateline_city(doc, credited=True))


def headline_factions(doc: Document) -> list[str]:
    """Factions the headline (title or headline region) names, in order."""
    chunks = [doc.title] + [doc.text[r.start:r.end] for r in doc.regions if r.kind == "headline"]
    out: list[str] = []
    for chunk in chunks:
        for m in _patterns()["fac"].finditer(chunk or ""):
            f = _group_faction(m.group(0))
            if f and f not in out:
                out.append(f)
    return out


def home_country(doc: Document) -> str:
    """The article's own country, when unambiguous: the outlet's country ("Saudi Press Agency"), else the
    dateline city's country when the headline names no other faction; '' otherwise.

    >>> from lib.extract.document import document_from_text
    >>> home_country(document_from_text("a", "Talks began.", outlet="Saudi Press Agency"))
    'Saudi Arabia'
    >>> home_country(document_from_text("a", "BEIRUT (AP) — Israel struck.", title="Israel strikes Lebanon"))
    ''
    >>> home_country(document_from_text("a", "Talks began.", outlet="UK daily newspaper", title="Gaza talks"))
    ''
    >>> home_country(document_from_text("a", "DAMASCUS, May 2 (SANA) -- Talks began.", title="Syria: plan ignores Palestinian rights"))
    'Syria'
    >>> home_country(document_from_text("a", "Talks began.", outlet="Jordan Times", title="Jordan summons Israeli envoy"))
    'Jordan'
    """
    listed, kind = outlet_state(doc.outlet or "")  # a listed outlet: its state (none if international) and kind
    outlet = listed if kind else faction_of(doc.outlet) if doc.outlet else ""
    official = kind in SPEAKING_KINDS if kind else bool(OFFICIAL_OUTLET.search(doc.outlet or ""))
    heads = headline_factions(doc)
    if outlet and (official or (heads and all(f == outlet for f in heads))):
        return outlet  # a national agency or ministry; a paper only when its headline is about its own country
    dl = dateline_country(doc)
    if dl and all(f == dl for f in heads):
        return dl
    # "DAMASCUS (SANA) --" under "Syria: …" / "Syria rejects …": a headline that opens with the dateline's country
    # (or with the outlet's own: "Jordan summons Israeli envoy" in a Jordanian paper)
    opener = next(iter(_patterns()["fac"].finditer(doc.title or "")), None)
    for own in (dl, outlet):
        if own and heads and heads[0] == own and opener is not None and opener.start() == 0 \
                and _group_faction(opener.group(0)) == own:
            return own
    return ""
