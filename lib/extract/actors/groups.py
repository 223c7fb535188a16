"""Named groups the dictionary does not know, each its own faction ("the paramilitary Rapid Support Forces (RSF)").

Example:
    >>> t = "the rebel group Ahrar al-Sham said. Ahrar al-Sham fired."
    >>> [(t[c.start:c.end], c.faction) for c in _armed_groups(t, [])]
    [('Ahrar al-Sham', 'Ahrar al-Sham'), ('Ahrar al-Sham', 'Ahrar al-Sham')]
"""
from __future__ import annotations

import re

from lib.extract.actors.dictionary import _Cand
from lib.extract.actors.titles import NAME_STOP

# A named armed group the dictionary does not know is its own faction: "the paramilitary Rapid Support Forces
# (RSF)", "the rebel group Ahrar al-Sham", "a militia called Liwa Abu al-Fadl"
ARMED_GROUP = re.compile(
    r"(?<![\w-])(?:paramilitary|militia|rebel\s+group|armed\s+group|insurgent\s+group|militant\s+group|rebel\s+force|"
    r"rebel\s+movement)\s+(?:(?:group|force|movement)\s+)?(?:(?:known\s+as|called|named)\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:of|for|al|el|the)[\s-]+)?[A-Z][\w'’-]+){0,5})(?:\s+\((?P<abbr>[A-Z][A-Za-z-]{1,8})\))?")


def _armed_groups(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Named armed groups outside the dictionary, as their own faction, with every later mention of the name or
    its abbreviation.

    >>> t = "the militia group Liwa Fatemiyoun (LF) said. LF fired."
    >>> [(t[c.start:c.end], c.faction) for c in _armed_groups(t, [])]
    [('Liwa Fatemiyoun', 'Liwa Fatemiyoun'), ('LF', 'Liwa Fatemiyoun'), ('LF', 'Liwa Fatemiyoun')]
    """
    out: list[_Cand] = []
    for m in ARMED_GROUP.finditer(text):
        name = re.sub(r"\s+", " ", m["name"])
        if any(c.start < m.end("name") and m.start("name") < c.end for c in chosen) or name.split()[0] in NAME_STOP:
            continue
        forms = [re.escape(m["name"])] + ([re.escape(m["abbr"])] if m["abbr"] else [])
        for r in re.finditer(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", text[m.start("name"):]):
            a, b = m.start("name") + r.start(), m.start("name") + r.end()
            if not any(c.start < b and a < c.end for c in chosen + out):
                out.append(_Cand(a, b, name, "org", name, "", f"armed group: {m.group(0)}", 1))
    return out
