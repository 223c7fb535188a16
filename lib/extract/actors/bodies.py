"""Speakers that are a body, a capital or a kingdom with no country named by them.

"The Ministry of Foreign Affairs said" (the article's own country's ministry), "Washington has said" (the capital's
government, only as the subject of a reporting verb), "The Kingdom calls for calm" (the kingdom the text is about).

Example:
    >>> [(c.value, c.faction) for c in _capital_subjects("Doha warned that talks would fail.", [])]
    [('Doha', 'Qatar')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract.actors.dictionary import _Cand, capitals
from lib.extract.actors.home import headline_factions
from lib.extract.actors.references import _reporting_forms
from lib.extract.actors.titles import NAME_STOP
from lib.models import Document

# Bodies named without their country ("The Ministry of Foreign Affairs said", "The army said"); not followed by
# "of <the country>"
UNOWNED_BODY = re.compile(
    r"(?<![\w-])[Tt]he\s+(?P<body>(?P<army>army|military|armed\s+forces|Army|Armed\s+Forces)|Ministry\s+of\s+"
    r"(?:Foreign\s+Affairs|[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})|(?:Foreign|Interior|Defen[cs]e)\s+Ministry|"
    r"(?:[Ff]oreign|[Ii]nterior|[Dd]efen[cs]e)\s+[Mm]inistry)(?![\w-])")
# States that are kingdoms: "The Kingdom" of a text is one of them
KINGDOMS = frozenset({"Jordan", "Saudi Arabia", "Morocco", "Bahrain", "United Kingdom", "Spain", "Norway"})


@lru_cache(maxsize=1)
def _capital_subject() -> re.Pattern:
    """A capital as the subject of a reporting verb, with auxiliaries and adverbs between ("Washington has said")."""
    caps = "|".join(sorted(map(re.escape, capitals()), key=len, reverse=True))
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_reporting_forms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?<!\bin\s)(?<!\bto\s)(?<!\bfrom\s)(?P<cap>{caps})\s+(?:(?:also|has|have|had|again|"
                      rf"later|repeatedly|previously|officially|publicly|on\s+[A-Z][a-z]+day|[a-z]+ly)\s+)*"
                      rf"(?:{verbs})(?![\w-])")


@lru_cache(maxsize=1)
def _reported_clause_opening() -> re.Pattern:
    """The end of a reporting verb or a 'that' opening a reported clause, right before a position."""
    verbs = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_reporting_forms(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:that|{verbs})\s+$")


# A capitalised word right before a capital (not after a sentence's end): the capital ends a person's name
NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<![\w'’-])(?P<word>[A-Z][\w'’-]*[a-z][\w'’-]*)\s+$")
# Before a capital that is a place ("in Cairo", "talks between Cairo and Doha", "the Saudi capital Riyadh")
PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|to|from|between|capital|city)\s+$")


def _capital_subjects(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Capitals that speak for their government ("Washington has said it will not ...", "Cairo warned"): the
    capital's faction (``lib/data/seats_of_government.csv``), only as the subject of a reporting verb.

    >>> [(c.value, c.faction) for c in _capital_subjects("Cairo warned that talks would fail.", [])]
    [('Cairo', 'Egypt')]
    >>> _capital_subjects("Talks in Cairo said nothing new.", []), _capital_subjects("Egypt said Cairo warned X.", [])
    ([], [])
    >>> [c.faction for c in _capital_subjects("Riyadh and Tehran said they had agreed.", [])]
    ['Saudi Arabia', 'Iran']
    >>> _capital_subjects("Leaders meeting in the Saudi capital Riyadh have rejected the plan.", [])
    []
    >>> [c.value for c in _capital_subjects("In a statement issued in Beijing, Riyadh and Tehran said so.", [])]
    ['Riyadh', 'Tehran']
    >>> _capital_subjects("MP Rangsiman Rome said so.", []), [c.value for c in _capital_subjects("But Cairo said so.", [])]
    ([], ['Cairo'])
    """
    out = []
    caps = "|".join(sorted(map(re.escape, capitals()), key=len, reverse=True))
    for m in _capital_subject().finditer(text):
        spans = [m.span("cap")]
        # capitals listed before it share the verb ("Riyadh and Tehran said", "Cairo, Doha and Washington said"); a
        # comma joins only a list that ends in 'and' ("issued in Beijing, Riyadh and Tehran said": not Beijing)
        while (before := re.search(rf"(?<![\w-])(?P<cap>{caps})(?P<join>\s*,\s*(?:and\s+)?|\s+and\s+)$",
                                   text[max(0, spans[0][0] - 40):spans[0][0]])) is not None:
            off = max(0, spans[0][0] - 40)
            x = off + before.start("cap")
            if "and" not in before["join"] and (len(spans) == 1 or PLACE_BEFORE.search(text, max(0, x - 10), x)):
                break
            spans.insert(0, (x, off + before.end("cap")))
        a = spans[0][0]
        if _reported_clause_opening().search(text, max(0, a - 40), a) or PLACE_BEFORE.search(text, max(0, a - 10), a):
            continue  # "the ministry said that Cairo warned ...": the ministry speaks, the capital is its content
        if (w := NAME_BEFORE.search(text, max(0, a - 30), a)) is not None and w["word"] not in NAME_STOP:
            continue  # "MP Rangsiman Rome said", "Lord Jerusalem": the capital is a person's family name
        for x, y in spans:
            if not any(c.start < y and x < c.end for c in chosen):
                out.append(_Cand(x, y, text[x:y], "state", capitals()[text[x:y]], "", f"capital as speaker: {m.group(0)}", 1))
    return out


def _the_kingdom(doc: Document, chosen: list[_Cand], home: str) -> list[_Cand]:
    """"The Kingdom" (a capital K, no "of" after it) as the kingdom the text is about: the article's own country
    when it is one (a ministry's or an agency's release), else the kingdom named most before it (states, bodies and
    people of it; the last named of a tie).

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Morocco condemned the raid. The Kingdom calls for calm.")
    >>> [(doc_text, c.faction) for c in _the_kingdom(d, [_Cand(0, 7, "Morocco", "state", "Morocco", "", "", 1)], "")
    ...  for doc_text in [d.text[c.start:c.end]]]
    [('The Kingdom', 'Morocco')]
    >>> t = "Leaders of Saudi Arabia, Bahrain and Qatar met. The Saudi crown prince hosted them. The Kingdom said."
    >>> d = document_from_text("a", t)
    >>> cs = [_Cand(t.index(w), t.index(w) + len(w), w, k, f, "", "", 1) for w, k, f in (("Saudi Arabia", "state",
    ...       "Saudi Arabia"), ("Bahrain", "state", "Bahrain"), ("Saudi crown prince", "person", "Saudi Arabia"))]
    >>> [c.faction for c in _the_kingdom(d, cs, "")]
    ['Saudi Arabia']
    """
    out = []
    for m in re.finditer(r"(?<![\w-])[Tt]he\s+Kingdom(?![\w-])(?!\s+of\b)", doc.text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen) or \
                re.search(r"(?<![\w-])that\s+$", doc.text[max(0, m.start() - 10):m.start()]):
            continue  # (after 'that', "Safadi said in a statement that the Kingdom rejected ...", it is the content)
        # (the kingdom named most before it, its people and royals counted, the last of a tie: in a story about
        # the Saudi-hosted summit a passing "Bahrain" in a list is not "the Kingdom" the Amir visits)
        named = [c.faction for c in chosen if c.end <= m.start() and c.faction in KINGDOMS]
        fac = home if home in KINGDOMS else max(reversed(named), key=named.count) if named else ""
        if fac:
            out.append(_Cand(m.start(), m.end(), fac, "state", fac, "", f"the kingdom: {fac}", 1))
    return out


def _unowned_bodies(doc: Document, chosen: list[_Cand], home: str) -> list[_Cand]:
    """Bodies named without a country ("The Ministry of Foreign Affairs", "the army") that are not anaphors of a
    body named earlier with its country: a ministry belongs to the article's own country (``home``, the
    ``home_country``), an army to the one faction the headline names (the country at war), else to the home country."""
    heads = headline_factions(doc)
    army_of = heads[0] if len(heads) == 1 else home
    out = []
    for m in UNOWNED_BODY.finditer(doc.text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen):
            continue
        # (its abbreviation may stand between: "The Ministry of Foreign Affairs (MoFA) of Ethiopia")
        of = re.match(r"(?:\s*\([A-Za-z]{2,8}\))?\s+of\s+(?:the\s+)?", doc.text[m.end():m.end() + 24])
        owner = [c for c in chosen if of and c.start == m.end() + of.end() and c.faction and c.type in ("state", "org")]
        if owner:  # "the Ministry of Foreign Affairs of the Sultanate of Oman": that country's ministry
            out.append(_Cand(m.start(), owner[0].end, re.sub(r"\s+", " ", doc.text[m.start():owner[0].end]), "org",
                             owner[0].faction, "", f"pattern: {doc.text[m.start():owner[0].end]}", 2))
            continue
        seat = re.match(rf"\s+in\s+({'|'.join(map(re.escape, capitals()))})(?![\w-])", doc.text[m.end():m.end() + 30])
        if seat:  # "The foreign ministry in Doha": the ministry of the capital's country
            end = m.end() + seat.end()
            out.append(_Cand(m.start(), end, re.sub(r"\s+", " ", doc.text[m.start():end]), "org",
                             capitals()[seat[1]], "", f"pattern: {doc.text[m.start():end]}", 2))
            continue
        if re.match(r"\s+(?:of|in|for)\s", doc.text[m.end():m.end() + 6]):
            continue  # a body of something else
        kind = "army" if m["army"] else "ministry"
        words = ("army", "military", "armed forces", "defense forces", "defence forces") if kind == "army" else ("ministry",)
        if any(c.end <= m.start() and c.faction and any(w in doc.text[c.start:c.end].lower() for w in words)
               for c in chosen):
            continue  # "the army" after "Israel's army": an anaphor, left to the statements stage
        fac = army_of if kind == "army" else home
        if fac:
            out.append(_Cand(m.start(), m.end(), re.sub(r"\s+", " ", m.group(0)), "org", fac, "",
                             f"{kind} of the article's country: {m.group(0)}", 1.5))
    return out
