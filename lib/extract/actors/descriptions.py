"""Speakers named by what they are, resolved once the names of an article are chosen.

"Netanyahu's office" (the body of a named person), "an official source at the Ministry of Foreign Affairs" (an
unnamed person of the body after it), "the Egyptian official" (the last person of that faction named before) and
"the Prime Minister said" (the last person holding that title, else the office's one holder on the date). Each pass
adds to (or rewrites) the chosen candidates in place, in this order: a later pass sees what an earlier one added.

Example:
    >>> from lib.extract.actors.dictionary import _Cand
    >>> t = "Netanyahu's office said."
    >>> chosen = [_Cand(0, 9, "Benjamin Netanyahu", "person", "Israel", "", "", 2)]
    >>> possessed_bodies(t, chosen); [(c.value, c.type, c.faction) for c in chosen]
    [("Netanyahu's office", 'org', 'Israel')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract.actors.dictionary import _Cand, holder_of, resolve
from lib.extract.actors.titles import (
    _APOS,
    POSSESSED,
    TITLE_SPELLINGS,
    UNIQUE_OFFICES,
    _bare_title_rx,
    _group_faction,
)

# An unnamed source or official placed in a body ("An official source at the Ministry of Foreign Affairs", "a source
# in the Egyptian presidency"): the body's faction
SOURCE_AT = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne)\s+(?:(?:official|senior|informed|responsible|high-ranking|"
                       r"diplomatic|security)\s+)?(?P<noun>source|official|spokes(?:man|woman|person))\s+(?:at|in|from|"
                       r"close\s+to)\s+")
# Bare titles that, with no holder named before, are the office of the article's own country (``home_country``)
HOME_OFFICES = frozenset({"crown prince", "king", "emir", "sultan", "president", "prime minister", "foreign minister"})
# An aide's title before the office it serves ("Advisor to the Prime Minister", "spokesman for the President")
AIDE_TO = re.compile(r"(?i)(?<![\w-])(?:advis[eo]r|aide|spokes(?:man|woman|person)|assistant|counsell?or|envoy)\s+"
                     r"(?:to|for|of)\s+$")
# Words that make the name after them an object ("met with his Egyptian counterpart X", "received Foreign Minister X")
OBJECT_BEFORE = re.compile(r"(?<![\w-])(?:with|met|meets|meeting|received|receives|receiving|hosted|hosts|hosting|"
                           r"phoned|called|told|thanked|invited|visited|urged)\s+(?:(?:his|her|their|the|its)\s+)?"
                           r"(?:[A-Za-z'’.-]+\s+){0,4}$")


@lru_cache(maxsize=1024)
def _title_rx(title: str) -> re.Pattern:
    """A bare title as a whole word (compiled once per title)."""
    return re.compile(rf"(?<![\w-]){re.escape(title)}(?![\w-])")


def possessed_bodies(text: str, chosen: list[_Cand]) -> None:
    """"<Person>'s office" / "<Person>'s spokesman": the institution or aide of a named person (``chosen`` rewritten
    in place)."""
    poss = re.compile(rf"{_APOS}s\s+({'|'.join(POSSESSED)})(?![\w-])")
    for i, c in enumerate(chosen):
        m = poss.match(text, c.end)
        named = m is not None and any(o.type == "person" and re.fullmatch(r"\s+", text[m.end():o.start] or "x")
                                      for o in chosen)
        if c.type == "person" and m and not named and all(o.end <= c.start or o.start >= m.end()
                                                          for o in chosen if o is not c):
            chosen[i] = _Cand(c.start, m.end(), re.sub(r"\s+", " ", text[c.start:m.end()]), POSSESSED[m[1]],
                              c.faction, "", f"{m[1]} of {c.value}", c.prio)


def sources_at(text: str, chosen: list[_Cand]) -> None:
    """"an official source at the Ministry of Foreign Affairs": an unnamed person of the body after it (the body's
    candidate in ``chosen`` rewritten in place)."""
    for m in SOURCE_AT.finditer(text):
        body = next((i for i, c in enumerate(chosen) if c.type in ("org", "state") and c.faction
                     and m.end() <= c.start <= m.end() + 4 and re.fullmatch(r"(?:the\s+)?", text[m.end():c.start])), None)
        if body is not None and not any(c.start < m.end() and m.start() < c.end for c in chosen):
            c = chosen[body]
            words = re.sub(r"\s+", " ", text[m.start():c.end])
            chosen[body] = _Cand(m.start(), c.end, re.sub(r"^(?i:an?|the)\s+", "", words), "person", c.faction,
                                 m["noun"], f"unnamed: {words}", c.prio)


def definite_descriptions(text: str, chosen: list[_Cand], P: dict) -> None:
    """"the Egyptian official": the last person of that faction named before, else an unnamed one of that faction
    (appended to ``chosen``)."""
    for m in P["description"].finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen):
            continue
        fac = _group_faction(m["fac"])
        office = re.sub(r"\s+", " ", f"{m['portfolio'] or ''}{m['noun']}")  # "foreign minister": that office's holder
        before = [c for c in chosen if c.type == "person" and c.faction == fac and c.end <= m.start()
                  and (not m["portfolio"] or office in (c.role or "").lower())]
        if before:
            ref = max(before, key=lambda c: c.start)
            chosen.append(_Cand(m.start(), m.end(), ref.value, "person", fac, ref.role,
                                f"description '{m.group(0)}' -> {ref.value}", 0))
        else:
            chosen.append(_Cand(m.start(), m.end(), f"{m['fac']} {office}", "person", fac, office,
                                f"description '{m.group(0)}'", 0))


def bare_titles(text: str, chosen: list[_Cand], day: str, home: str) -> None:
    """"the Secretary said", "the prime minister added": the last person holding that title, else the title's one
    holder on the date, else (``HOME_OFFICES``) the office of the article's own country ``home`` (appended to
    ``chosen``)."""
    for m in _bare_title_rx().finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in chosen) or \
                AIDE_TO.search(text, max(0, m.start() - 40), m.start()):
            continue  # (the office an aide serves, "Advisor to the Prime Minister and Spokesperson X", is no speaker)
        t = re.sub(r"\s+", " ", m["title"].lower())
        t = TITLE_SPELLINGS.get(t, t)

        def holds(role: str, t: str = UNIQUE_OFFICES.get(t, ("", t))[1]) -> bool:
            role = role.lower()
            return bool(_title_rx(t).search(role.replace("-", " ") if "-" not in t else role)) and \
                not re.search(r"\b(?:vice|deputy|assistant|under)\b", role)

        # the text's title, else the dictionary's role on the date ("Prince Mohammed bin Salman": crown prince)
        # (the latest such person, the first listed of a tie: tried latest first, stopping at the first who holds it)
        people = sorted((c for c in chosen if c.type == "person" and c.end <= m.start()), key=lambda c: -c.start)
        holders = (c for c in people if holds(c.role or "") or holds(getattr(resolve(c.value, day), "role", "")))
        first = next(holders, None)
        # a holder named as the object of a meeting ("Bourita told a press conference with his Slovenian counterpart
        # X. The Minister stressed ...") gives way to the holder named before, who is the one speaking
        ref = first if first is None or not OBJECT_BEFORE.search(text, max(0, first.start - 60), first.start) \
            else next(holders, first)
        if ref is not None:
            surface = re.sub(r"\s+", " ", text[ref.start:ref.end])  # (the text's spelling, for the speaker's name)
            spelled = "" if surface.split()[-1].lower() in ref.value.lower() else f" (as {surface})"
            chosen.append(_Cand(m.start(), m.end(), ref.value, "person", ref.faction, ref.role,
                                f"title '{m.group(0)}' -> {ref.value}{spelled}", 0))
        elif t in UNIQUE_OFFICES and (holder := holder_of(*UNIQUE_OFFICES[t], day)) is not None:
            chosen.append(_Cand(m.start(), m.end(), holder.name, "person", holder.faction, holder.role,
                                f"title '{m.group(0)}' of its one holder on the date -> {holder.name}", 0))
        elif home and t in HOME_OFFICES and (holder := holder_of(home, t, day)) is not None:
            # no holder named before: the office of the article's own country ("the Crown Prince" in a Saudi
            # agency's report), when the dated roles know its one holder
            chosen.append(_Cand(m.start(), m.end(), holder.name, "person", holder.faction, holder.role,
                                f"title '{m.group(0)}' of the article's country -> {holder.name}", 0))
