"""Officers named by rank alone ("Brig. Gen. Hidai Zilberman told Army Radio", "Colonel X said"): a person of the
army the text names around them.

Idea: a rank says a person serves in an army, not whose; the text makes it clear only when the armies it names
before the officer are one side's ("The Israeli army said ... Brig. Gen. X said"). With no army named before, or
armies of several sides, the officer stays without a side (and their words are not given one).

Example:
    >>> from lib.extract.actors.dictionary import _Cand, resolve
    >>> t = "The Israeli army said it struck. Brig. Gen. Hidai Zilberman told reporters it would go on."
    >>> [(c.value, c.faction, c.role) for c in officers(t, [_Cand(4, 16, "Israeli army", "org", "Israel", "", "", 2)])]
    [('Hidai Zilberman', 'Israel', 'Brig. Gen.')]
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract.actors.dictionary import _Cand, resolve
from lib.extract.actors.titles import NAME, RANKS

# the words of an army's name ("Israeli army", "the IDF", "Egyptian Armed Forces", "Sudanese military")
ARMY_WORDS = re.compile(r"(?i)(?<![\w-])(?:army|military|armed\s+forces|defen[cs]e\s+forces|idf|forces)(?![\w-])")


@lru_cache(maxsize=1)
def _ranked() -> re.Pattern:
    """A rank right before a name ("Lt. Col. Richard Hecht", "Brigadier General Yahya Saree")."""
    return re.compile(rf"(?<![\w.-])(?P<rank>{RANKS})\s+(?P<name>{NAME})(?![\w-])")


def army_before(text: str, chosen: list[_Cand], at: int) -> str:
    """The one side whose army the text names before ``at`` ('' when none or several).

    >>> army_before("Israeli army and Hamas forces", [_Cand(0, 12, "Israeli army", "org", "Israel", "", "", 2),
    ...             _Cand(17, 29, "Hamas forces", "org", "Hamas", "", "", 2)], 40)
    ''
    """
    sides = {c.faction for c in chosen if c.end <= at and c.faction and c.type in ("org", "state")
             and ARMY_WORDS.search(text, c.start, c.end)}
    return sides.pop() if len(sides) == 1 else ""


def officers(text: str, chosen: list[_Cand], day: str = "") -> list[_Cand]:
    """People named after a military rank and nothing else, of the army named before them (``army_before``); a
    person the dictionary knows is left to it ("Lieutenant General Abdel Fattah al-Burhan").

    >>> officers("Brig. Gen. Hidai Zilberman told Army Radio it would go on.", [])
    []
    """
    out = []
    for m in _ranked().finditer(text):
        a, b = m.span("name")
        if any(c.start < b and m.start() < c.end for c in chosen) or resolve(m["name"], day) is not None:
            continue  # a title or a side of its own ("IDF spokesman Lt. Col. X"), a known person
        side = army_before(text, chosen, m.start())
        if side:
            out.append(_Cand(a, b, re.sub(r"\s+", " ", m["name"]), "person", side, re.sub(r"\s+", " ", m["rank"]),
                             f"officer of the army named before: {re.sub(r'[ ]+', ' ', m.group(0))}", 3))
    return out
