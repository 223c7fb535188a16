"""Descriptions of a capital as place mentions: "the Kazakh capital", "Jordan's capital", "the capital of Algeria",
"the Gulf state's capital" (of the country named last before it, in the sentence or the one before).

Idea: a nationality adjective or a country's name with the word "capital" names that country's capital city;
"the Saudi capital markets" or "capital flows" name money.
Approach: four patterns (demonym + capital, possessive + capital, capital of + name, a country noun's capital), the
country looked up in ``gazetteer.demonyms`` or ``gazetteer.lookup``, the city from ``gazetteer.capital``; a money
noun after "capital" vetoes (``_CAPITAL_NOUNS``). Cases: tests/extract/test_places.py.

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Talks ended in the Algerian capital on Monday.")
    >>> [(m.text, m.value) for m in capital_mentions(doc, doc.sentences)]
    [('Algerian capital', 'Algiers')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract import gazetteer as gz
from lib.models import Document, Mention, Sentence

# "the Kazakh capital", "the Algerian capital": the capital of that country (not "the Saudi capital markets")
_CAPITAL_NOUNS = r"(?:markets?|flows?|inflows?|outflows?|investments?|spending|expenditure|controls?|gains?|goods|" \
                 r"punishment|offen[cs]es?|cases?|charges?|crimes?|letters?|requirements?|base|increase)"


@lru_cache(maxsize=1)
def _capital_rx() -> re.Pattern:
    names = sorted(gz.demonyms(), key=len, reverse=True)
    return re.compile(r"\b(?i:the)\s+(" + "|".join(re.escape(n) for n in names) + r")\s+capital\b"
                      rf"(?!['’]s?\s+{_CAPITAL_NOUNS}\b|\s+{_CAPITAL_NOUNS}\b|-)")


_NAME = r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
# "Kazakhstan's capital" (the word "capital" is the mention), "the capital of Algeria"
_POSS_CAPITAL = re.compile(rf"\b{_NAME}['’]s?\s+(capital)\b(?!['’]s?\s+{_CAPITAL_NOUNS}\b|\s+{_CAPITAL_NOUNS}\b|-)")
_CAPITAL_OF = re.compile(rf"\b(?i:the)\s+(capital)\s+of\s+(?:the\s+)?{_NAME}")


# "the Gulf state's capital", "the kingdom's capital", "the North African country's capital": the capital of the
# country the text named last before it (a "state" needs a capitalised word before it: "the Gulf state", "the Jewish
# state", not "the state's capital" of a province)
_ADJ = r"(?!(?i:the|a|an|in|at|of|to|and|or|from|for|with|on|by)\s)[\w-]+\s+"  # a modifier, no function word
_DESCRIBED = re.compile(rf"\b(?i:the)\s+(?P<d>(?:(?:{_ADJ}){{0,2}}?[A-Z][\w-]*\s+(?i:state)|(?:{_ADJ}){{0,3}}?"
                        r"(?i:kingdom|emirate|sultanate|country|nation|republic|monarchy))['’]s?\s+capital)\b"
                        rf"(?!['’]s?\s+{_CAPITAL_NOUNS}\b|\s+{_CAPITAL_NOUNS}\b|-)")


@lru_cache(maxsize=1)
def _country_rx() -> re.Pattern:
    """Country names, aliases and nationality adjectives, each -> its country code through ``_country_code``."""
    names = set(gz.demonyms())
    for row in gz.read_countries():
        names.update([row["name"]] + [a for a in row["aliases"].split("|") if a])
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])")


def _country_code(name: str) -> str:
    if name in gz.demonyms():
        return gz.demonyms()[name]
    place = gz.lookup(name)
    return place.country_code if place is not None and place.place_type == "country" else ""


def _described(text: str, s: Sentence, before: int) -> list[tuple[int, int, str]]:
    """(start, end, country code) of "the Gulf state's capital" in the sentence: the country named last between
    ``before`` (the previous sentence's start) and the description."""
    out = []
    for m in _DESCRIBED.finditer(text, s.start, s.end):
        named = [c for c in (_country_code(h.group()) for h in _country_rx().finditer(text, before, m.start())) if c]
        if named:
            out.append((m.start("d"), m.end("d"), named[-1]))
    return out


def _capitals_in(text: str, s: Sentence, before: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, country code) of each description of a capital in the sentence.

    Every pattern here holds the word "capital" as written (lower case), so a sentence without it is not scanned."""
    if text.find("capital", s.start, s.end) < 0:
        return []
    out = [(m.start(1), m.end(), gz.demonyms()[m.group(1)]) for m in _capital_rx().finditer(text, s.start, s.end)]
    out += _described(text, s, s.start if before is None else before)
    for rx, name_group, word_group, tail in ((_POSS_CAPITAL, 1, 2, True), (_CAPITAL_OF, 2, 1, False)):
        for m in rx.finditer(text, s.start, s.end):
            words = m.group(name_group).split()
            for k in range(len(words), 0, -1):  # "In Jordan's capital": the name next to the word "capital"
                country = gz.lookup(" ".join(words[-k:] if tail else words[:k]))
                if country is not None and country.place_type == "country":
                    out.append((m.start(word_group), m.end(word_group), country.country_code))
                    break
    return out


def capital_mentions(doc: Document, sentences: list[Sentence]) -> list[Mention]:
    """Descriptions of a capital ("the Kazakh capital", "the Algerian capital", "Jordan's capital", "the capital of
    Algeria") as mentions of that country's capital city (``gazetteer.demonyms`` and ``gazetteer.capital``).

    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Talks ended in the Algerian capital on Monday.")
    >>> [(m.text, m.value, m.country_code) for m in capital_mentions(doc, doc.sentences)]
    [('Algerian capital', 'Algiers', 'DZ')]
    """
    out = []
    for i, s in enumerate(sentences):
        for start, end, cc in _capitals_in(doc.text, s, sentences[i - 1].start if i else s.start):
            city = gz.capital(cc)
            if city is None:
                continue
            out.append(Mention.make(
                doc.article_id, kind="place", text=doc.text[start:end], start=start, end=end,
                value=city.name, lat=round(city.lat, 5), lon=round(city.lon, 5), place_type=city.place_type,
                country_code=city.country_code, geo_precision=1,
                evidence=f"description of the capital of {city.country_code}", sentence=s.text,
                sentence_start=s.start, sentence_end=s.end, region=s.region))
    return out
