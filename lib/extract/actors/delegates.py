"""Delegates in meeting coverage: the speaker lines of UN press releases, where a paragraph opens with a name in
capitals and the delegation in brackets ("FU CONG (China) said ...") or an appositive office for a delegation
("RIYAD MANSOUR, Permanent Observer for the State of Palestine, said ...").

Approach: a paragraph-initial name of two to five words in capitals, then '(' a delegation ')' followed by a comma
or a lower-case word (a verb; a heading line ends there), or ', Permanent Observer/Representative for|of <body>,'.
The delegation gives the faction (``titles.faction_of``: "Russian Federation" -> Russia); the name is the
dictionary's when it knows it, else the capitals in title case. A delegation no dictionary entry names gives
nothing: no invented faction.

Example: "VASSILY A. NEBENZIA (Russian Federation) said his delegation abstained." names Vassily A. Nebenzia, of
Russia, whose 'he' the next sentences resolve to.
"""
from __future__ import annotations

import re

from lib.extract.actors.dictionary import _Cand, resolve
from lib.extract.actors.titles import faction_of

_CAP = r"(?:[A-Z]\.|[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)*|(?:AL|EL|BIN|ABU|VAN|DE|DA|DI|LE|LA)-?)"
DELEGATE = re.compile(
    rf"(?m)^[ \t]*(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,4}})"
    r"(?:[ \t]*\((?P<del>[^()\n]{2,80})\)(?=[ \t]*(?:,|[a-z]))"
    r"|,[ \t]+(?P<office>(?:Permanent|Deputy\s+Permanent|Alternate)\s+(?:Observer|Representative)\s+(?:for|of)\s+"
    r"(?P<body>[^,\n]{2,80})),)")


# A name in capitals anywhere in a sentence with its office for a state in apposition ("Introducing the draft, AYMAN
# SAFADI, Deputy Prime Minister and Minister for Foreign Affairs of Jordan, said"): the office names the delegation
DELEGATE_TITLED = re.compile(
    rf"(?:^|(?<=,[ \t])|(?<=\.[ \t]))(?P<name>{_CAP}(?:[ \t]+{_CAP}){{1,4}}),[ \t]+(?P<office>[^,\n()]{{0,100}}?\b"
    r"(?:Minister|Representative|Observer|Ambassador|President|Secretary|Envoy|Chargé d'affaires)\b[^,\n()]{0,80}?"
    r"\s+(?:of|for)\s+(?P<body>(?:the\s+)?[A-Z][^,\n()]{1,60})),", re.M)


def _title_case(caps: str) -> str:
    """ "REUT SHAPIR BEN-NAFTALY" -> "Reut Shapir Ben-Naftaly"; initials stay.

    >>> _title_case("VASSILY A. NEBENZIA"), _title_case("REUT SHAPIR BEN-NAFTALY")
    ('Vassily A. Nebenzia', 'Reut Shapir Ben-Naftaly')
    """
    return re.sub(r"[A-Z][A-Z'’]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), re.sub(r"\s+", " ", caps))


def delegates(text: str, day: str = "") -> list[_Cand]:
    """Candidates for the delegates a text's speaker lines name (see the module's docstring).

    >>> [(c.value, c.faction) for c in delegates("FU CONG (China) said the text was weak.")]
    [('Fu Cong', 'China')]
    >>> [(c.value, c.faction) for c in delegates("SAMI HADDAD, Permanent Observer for the State of Palestine, said.")]
    [('Sami Haddad', 'Palestinian Authority')]
    >>> delegates("BREAKING NEWS (Updated)\\nNEW YORK (Reuters) - Talks began.")
    []
    >>> [(c.value, c.faction) for c in delegates("Opening the debate, LAILA NASSER, Minister for Foreign Affairs of Jordan, said.")]
    [('Laila Nasser', 'Jordan')]
    """
    out = []
    lines = [*DELEGATE.finditer(text)]
    lines += [m for m in DELEGATE_TITLED.finditer(text) if not any(d.start() <= m.start("name") < d.end() for d in lines)]
    for m in lines:
        body = m["del"] if m.re is DELEGATE and m["del"] else m["body"]
        fac = faction_of(body.split(",")[0])  # "(Algeria, speaking for the Arab Group)": the delegation
        if not fac:
            continue
        name = _title_case(m["name"])
        if len(re.sub(r"[^A-Za-z]", "", name)) < 5:
            continue
        e = resolve(name, day) or resolve(re.sub(r" [A-Z]\. ", " ", name), day)
        value = e.name if e is not None and e.type == "person" else name
        role = "delegate" if m.re is DELEGATE and m["del"] else re.sub(r"\s+", " ", m["office"])
        out.append(_Cand(m.start("name"), m.end("name"), value, "person", fac, role,
                         f"delegate line: {m.group(0).strip()[:80]}", 5))
    return out
