"""Forms of a dictionary person's name that the dictionary does not list: middle initials and a form of address.

Idea: the press writes a known person's name with middle initials the dictionary row leaves out ("Retno LP Marsudi",
"Antony J. Blinken", "George H. W. Bush") and British peers and knights by their honorific and family name ("Foreign
Secretary Lord Cameron", "Baroness Ashton"). Each is the dictionary's person, so the person's side.

Approach: ``variant_entry`` drops middle initials (one or two capitals, dotted or not, between two name words) and
looks the rest up; an honorific before a single word is that word as a family name (``dictionary.by_surname``: the
one person valid on the date whose name ends so, none if several do). ``initialled`` finds the initialled form in
running text where no title introduces it ("Retno LP Marsudi said"), only when the name without initials is a
dictionary person's name or alias: the initials never make an unknown name a person.

Example:
    >>> variant_entry("Retno LP Marsudi", "2024-01-10").name, variant_entry("Lord Cameron", "2024-01-10").faction
    ('Retno Marsudi', 'United Kingdom')
    >>> t = "Retno LP Marsudi said so."
    >>> [(t[c.start:c.end], c.value, c.faction) for c in initialled(t, "2024-01-10")]
    [('Retno LP Marsudi', 'Retno Marsudi', 'Indonesia')]
"""
from __future__ import annotations

import re

from lib.extract.actors.dictionary import Entry, _Cand, by_surname, resolve
from lib.extract.actors.titles import _TOKEN, HONORIFIC

# Middle initials between two words of a name: "J.", "LP", "H. W.", "H.W.", "W" (never the first or last word)
INITIALS = r"(?:[A-Z]\.(?: ?[A-Z]\.)?|[A-Z]{1,2})"
_MIDDLE = re.compile(rf"(?<=\S) {INITIALS}(?= \S)")
_ADDRESSED = re.compile(rf"(?:{HONORIFIC})\s+(?P<word>[A-Z][\w'’-]+)")
_INITIALLED = re.compile(rf"(?<![\w'’.-])(?P<first>{_TOKEN}) {INITIALS} (?P<last>{_TOKEN})(?![\w'’-])")


def variant_entry(name: str, day: str) -> Entry | None:
    """The dictionary person a name not in the dictionary stands for, by its initials or a form of address, or None.

    >>> variant_entry("Antony J. Blinken", "2022-01-10").name, variant_entry("Sir Starmer", "2024-09-10").name
    ('Antony Blinken', 'Keir Starmer')
    >>> [variant_entry(n, "2024-01-10") for n in ("John LP Smith", "Lord Smith", "Retno Marsudi Abdullah")]
    [None, None, None]
    """
    bare = _MIDDLE.sub("", name)
    e = resolve(bare, day) if bare != name else None
    if e is None and (m := _ADDRESSED.fullmatch(name)) is not None:
        e = by_surname(m["word"], day)
    return e if e is not None and e.type == "person" else None


def initialled(text: str, day: str) -> list[_Cand]:
    """Dictionary people named with middle initials in running text ("Retno LP Marsudi said").

    >>> initialled("Ali AB Hassan said so.", "2024-01-10"), initialled("the UN LP Marsudi", "2024-01-10")
    ([], [])
    """
    out = []
    for m in _INITIALLED.finditer(text):
        e = resolve(f"{m['first']} {m['last']}", day)
        if e is not None and e.type == "person":
            out.append(_Cand(m.start(), m.end(), e.name, "person", e.faction, e.role,
                             f"dictionary with initials: {m.group(0)}; dictionary role {e.role or 'n/a'}", 2))
    return out
