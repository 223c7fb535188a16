"""Appositions: the side an appositive gives a speaker the dictionary lacks, and the clauses that may stand
between a speaker and the reporting verb.

Idea: "David Levi, the head of the Settlers Council, said" names both a person and what the person speaks for;
when neither is in the dictionary the organisation as written ("Settlers Council") is the side. A relative or
appositive clause between a subject and its verb ("Sissi, whose country made peace with Israel in 1979, wrote")
is skipped to find the subject.
Approach: an organisation is a capitalised proper name ending in an organisation head word ("Council",
"League", "Party" ... : ``lib/data/organisation_words.csv``, kind ``head``); a person belongs to it through a
role ("head", "chairman", "spokesman", the head titles of ``actors.titles``, plus the ``role`` rows: "CEO",
"founder") joined by 'of', 'for' or 'at' ("chairman of the Y Committee") or before it ("a Y Committee leader").
Anything else (a professor at a university, a fellow at an institute, an editor of a newspaper) gives no side,
as before. Known organisations and state bodies are actor mentions and are resolved before this is asked.

Example:
    >>> organisation_side("the head of the Settlers Council")
    'Settlers Council'
    >>> organisation_side("a professor at Tel Aviv University"), organisation_side("a senior fellow at the Policy Institute")
    ('', '')
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from lib.extract.actors import HEAD_TITLES, NAME, NAME_STOP, TITLE_WORDS
from lib.extract.statements.speakers import Speaker

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "organisation_words.csv"

# A relative or participle clause between a subject and its verb, ending at the verb ("..., whose country made
# peace with Israel in 1979, wrote", "..., who is due in Gaza, said at", "..., speaking after talks, said"):
# bounded, with no quote, colon or inner comma
INTERPOSED = re.compile(r",\s*(?:who\s+|whose\s+|which\s+|[a-z]+ing\s+)(?:[^,;:“”\"«»]|(?<=\d),(?=\d{3}))"
                        r"{1,120},\s*"
                        r"(?:(?:also|later|then|\w+ly)\s+)?$")
# An appositive with no article that opens with a role and its organisation ("chairman of the Y Committee")
BARE_ROLE = r"(?:(?:deputy|vice|acting|former|executive|general|co-)[\s-]*)?[a-z][\w-]*\s+(?:of|for|at)\s+"

_CAP = r"[A-Z][\w'’.&-]*"


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The organisation head words and the extra member roles of ``organisation_words.csv``, by kind."""
    with open(DATA, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {k: frozenset(r["word"].strip() for r in rows if r["kind"] == k) for k in ("head", "role")}


def roles() -> frozenset[str]:
    """Words for a person's place in an organisation: the head titles and the ``role`` rows (lower case)."""
    return HEAD_TITLES | {w.lower() for w in words()["role"]}


@lru_cache(maxsize=1)
def _org() -> str:
    """A proper name of an organisation: capitalised words ending in a head word, perhaps with an 'of'/'for'
    complement of capitalised words ("Association for Civil Rights")."""
    heads = "|".join(sorted(map(re.escape, words()["head"]), key=len, reverse=True))
    complement = rf"\s+(?:of|for|on)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+|&\s+)?{_CAP}){{0,4}}"
    return (rf"(?P<org>(?:{_CAP}\s+(?:(?:of|for|and|&)\s+)?){{0,5}}(?:{heads})\b(?:{complement})?)")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    org = _org()
    # "head of the X Council", "the CEO of the X League", "a spokesman for the X Front", "director at the X Center"
    after = re.compile(rf"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?P<role>[\w-]+)\s+(?:of|for|at)\s+(?:the\s+)?{org}\s*")
    # "a X Council leader", "the X League's chairman"
    before = re.compile(rf"(?:(?:an?|the)\s+)?{org}(?:['’]s)?\s+(?:[a-z-]+\s+){{0,2}}?(?P<role>[\w-]+)\s*")
    return after, before


def organisation_side(appositive: str) -> str:
    """The organisation an appositive makes its person a member of ('' if none): a role of ``roles()`` and an
    organisation name (its head word in ``organisation_words.csv``), named as written without 'the'.

    >>> organisation_side("chairman of the Settlers Committee"), organisation_side("the Families Forum's spokesman")
    ('Settlers Committee', 'Families Forum')
    >>> organisation_side("the head of the council"), organisation_side("an editor of the Jerusalem Post")
    ('', '')
    """
    app = re.sub(r"\s+", " ", appositive).strip(" ,")
    for pat in _patterns():
        m = pat.fullmatch(app)
        if m is None or m["role"].lower() not in roles():
            continue
        org = m["org"]
        # a name, not a bare head word ("the Council"): a capitalised word before the head or a complement after it
        if " " not in org:
            continue
        return org
    return ""


def member_subject(R, a: int, b: int):
    """The subject text[a:b] when it is only a person the dictionary lacks and an appositive naming the
    organisation they belong to ("David Levi, chairman of the Settlers Committee, "): that person, with the
    organisation as side (``R.plain_person``, a ``resolver._Resolver``); None otherwise (a known actor in the
    phrase is resolved as before, a person of no organisation stays of no side)."""
    if R.in_span(a, b):
        return None
    sp = R.plain_person(a, b)
    inner = INTERPOSED.search(R.text, a, b) if sp is None else None
    if inner is not None:  # "X, the head of the Y Council, which represents 500,000 settlers, said"
        sp = R.plain_person(a, inner.start())
    return sp if sp is not None and sp.faction else None


# The last word of a name that is an outlet or a body, not a person ("Iran's Press Agency", "Israel's Channel")
BODY_WORDS = frozenset("""Channel News Radio Agency Ministry Office Army Forces Guard Guards Corps Media Press Bureau
Authority Government Police Brigade Wing Television Gazette Post Times Herald Daily Tribune Cabinet Parliament Embassy
Mission Command Service Services Unit Division Company Group Bank Court""".split())


def owned_member(R, m, b: int):
    """A person the dictionary lacks, named right after a group's possessive as the subject ("Islamic Jihad's
    Khaled al-Batsh said", "Hamas's Abu Obeida said"): that person, of the group's side (``m`` the group's
    mention, text[m.end:b] the possessive and the name); None for anything else the group owns ("Israel's Channel
    12", "Iran's Press TV", "Hamas' political bureau").

    >>> from lib.extract.actors import find
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.statements.resolver import _Resolver
    >>> t = "Islamic Jihad's Khaled al-Batsh said the talks had failed."
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> sp = owned_member(R, R.actors[0], t.index(" said"))
    >>> sp.name, sp.faction
    ('Khaled al-Batsh', 'Palestinian Islamic Jihad')
    >>> t = "Israel's Channel Twelve said the talks had failed."
    >>> d = document_from_text("a", t, published="2024-01-12")
    >>> R = _Resolver(d, tuple(find(d)))
    >>> owned_member(R, R.actors[0], t.index(" said")) is None
    True
    """
    if not m.faction or m.actor_type == "person":
        return None
    own = re.fullmatch(rf"['’]s?\s+(?P<name>{NAME})\s*", R.text[m.end:b])
    if own is None:
        return None
    toks = own["name"].split()
    if any(t in NAME_STOP or t.lower() in TITLE_WORDS or t in BODY_WORDS or t in words()["head"] for t in toks):
        return None
    return Speaker(own["name"], "", m.faction, "person", m.end + own.start("name"), own["name"])
