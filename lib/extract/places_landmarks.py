"""Seat buildings as places: "at the White House", "from the Kremlin", "at Baabda Palace" name their city.

Idea: a building that seats a government (``lib/data/places_landmarks.csv``) is where something happened when it
stands after a locative preposition ("speaking at the White House", "an address from the White House", "in the
Rose Garden of the White House"), and the government itself as a subject ("the White House said"), a possessive
("the Kremlin's spokesman") or an adjective ("a White House official"). Approach: the written forms of the table
after a locative preposition (or after "of" inside a locative phrase) become place mentions of the building's city
with the building's own words as their text, where no other place mention overlaps them.

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Biden met Abbas at the White House on Monday.")
    >>> [(m.text, m.value) for m in landmark_mentions(doc, doc.sentences, [])]
    [('White House', 'Washington')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.models import Document, Mention, Sentence


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern | None, dict]:
    from lib.extract import gazetteer

    lm = gazetteer.landmarks()
    if not lm:
        return None, lm
    alt = "|".join(re.escape(n) for n in sorted(lm, key=len, reverse=True))
    # "at the White House", "from the Kremlin", "on Capitol Hill", "in the Rose Garden of the White House"; not "the
    # White House's adviser" (a possessive) nor "a White House official" (no preposition)
    return re.compile(rf"(?:(?<![\w-])(?i:at|in|inside|outside|near|from|on)|(?i:in|at|on|from)\s+the\s+"
                      rf"(?:[\w’'-]+\s+){{1,3}}?(?i:of))\s+(?:(?i:the)\s+)?(?P<name>{alt})(?![\w-])"
                      rf"(?!\s*['’]s?\b)"), lm


def landmark_mentions(doc: Document, sentences: list[Sentence], taken: list[Mention]) -> list[Mention]:
    """Place mentions of the seat buildings after a locative preposition in ``sentences`` (see the module's
    docstring), none overlapping ``taken``."""
    rx, lm = _table()
    out: list[Mention] = []
    if rx is None:
        return out
    names = [n for n in lm if n in doc.text]  # the pattern's name part is one of these, written as listed
    if not names:
        return out
    for s in sentences:
        if not any(doc.text.find(n, s.start, s.end) >= 0 for n in names):
            continue
        for m in rx.finditer(doc.text, s.start, s.end):
            a, b = m.span("name")
            if any(o.start < b and a < o.end for o in taken + out):
                continue
            out.append(landmark_mention(doc, s, lm[m.group("name")], m.group("name"), a, b))
    return out


def landmark_mention(doc: Document, s: Sentence, city, name: str, a: int, b: int) -> Mention:
    """The place mention of a seat building ``name`` at text[a:b] of sentence ``s``: its ``city`` (a
    ``gazetteer.Place``), with the building's own words as its text (also the events stage's ``landmark_places``)."""
    return Mention.make(doc.article_id, kind="place", text=name, start=a, end=b, value=city.name,
                        lat=round(city.lat, 5), lon=round(city.lon, 5), place_type="settlement",
                        country_code=city.country_code, geo_precision=1, evidence=f"landmark {name!r} in {city.name}",
                        sentence=s.text, sentence_start=s.start, sentence_end=s.end, region=s.region)
