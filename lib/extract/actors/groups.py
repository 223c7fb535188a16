"""Named groups the dictionary does not know, each a side of its own: armed groups ("the paramilitary Rapid
Support Forces (RSF)"), and parties, advocacy groups, NGOs and civic or diaspora organisations ("the rights group
B'Tselem", "Peace Now movement", "the Iranian Canadian Congress", "the NDP's foreign affairs critic X").

Idea: a group named in the text speaks for itself, not for the state it sits in: its faction is its name as written
(the long form when the text gives one with its abbreviation). A group is only ever one the text names: a
descriptor before a name ("the advocacy group X"), a proper name ending in an organisation head word ("... Council",
"... Party": ``lib/data/organisation_words.csv``) or a lower-case one ("X movement"), or an unknown abbreviation with
a member's title after it ("CHP leader X", "the ADL's chief executive X"). Words that make a council or committee a
state's body ("National Security Council", "Foreign Affairs Committee") and names the dictionary knows are left out
(``lib/data/group_words.csv``).

Example:
    >>> t = "the rebel group Ahrar al-Sham said. Ahrar al-Sham fired."
    >>> [(t[c.start:c.end], c.faction) for c in _armed_groups(t, [])]
    [('Ahrar al-Sham', 'Ahrar al-Sham'), ('Ahrar al-Sham', 'Ahrar al-Sham')]
    >>> t = "The advocacy group Americans for Peace Now said the plan was a mistake."
    >>> [(t[c.start:c.end], c.faction) for c in named_groups(t, [])]
    [('Americans for Peace Now', 'Americans for Peace Now')]
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from lib.extract.actors.dictionary import _Cand, _tables, canonical_faction, resolve
from lib.extract.actors.outlets import outlet_state
from lib.extract.actors.titles import HEAD_TITLES, NAME_STOP, TITLE_WORDS

GROUP_WORDS = Path(__file__).resolve().parent.parent.parent / "data" / "group_words.csv"
ORGANISATION_WORDS = Path(__file__).resolve().parent.parent.parent / "data" / "organisation_words.csv"
GROUP_KINDS = ("descriptor", "after", "state", "not_party")

# A named armed group the dictionary does not know is its own faction: "the paramilitary Rapid Support Forces
# (RSF)", "the rebel group Ahrar al-Sham", "a militia called Liwa Abu al-Fadl"
ARMED_GROUP = re.compile(
    r"(?<![\w-])(?:paramilitary|militia|rebel\s+group|armed\s+group|insurgent\s+group|militant\s+group|rebel\s+force|"
    r"rebel\s+movement)\s+(?:(?:group|force|movement)\s+)?(?:(?:known\s+as|called|named)\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:of|for|al|el|the)[\s-]+)?[A-Z][\w'’-]+){0,5})(?:\s+\((?P<abbr>[A-Z][A-Za-z-]{1,8})\))?")
# a capitalised word of a group's name, and the joining words a name may hold ("Americans for Peace Now")
_WORD = r"(?:[A-Z][\w'’&-]*|al-[A-Z][\w'’-]*)"
_NAME = rf"{_WORD}(?:\s+(?:(?:of|for|and|&|the|on)\s+)?{_WORD}){{0,5}}"
# members' titles that tie a person to an unknown abbreviation before them ("CHP leader X", "SNP MP X")
MEMBER_TITLES = frozenset({"leader", "head", "chief", "chairman", "chairwoman", "chair", "president", "mp", "lawmaker",
                           "member", "spokesman", "spokeswoman", "spokesperson", "director", "executive", "ceo",
                           "founder", "critic", "secretary-general", "deputy", "official", "candidate", "senator",
                           "legislator", "councillor", "activist", "co-founder", "chairperson", "coordinator"})

# A member's title and name right after a group ("'s chief executive Jonathan Greenblatt", " MP Rangsiman Rome")
MEMBER_AFTER = re.compile(r"(?:['’]s)?\s+(?P<title>(?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+)\s+"
                          r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")

# A group inside the appositive of a name ("David Elhayani, the head of the ", "X, an analyst at the "): left to the
# statements stage, which decides whether the role makes the person speak for it (statements.appositions)
APPOSED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){1,2},\s+(?:(?:the|a|an)\s+)?"
                     r"(?:[\w-]+\s+){0,4}?(?:of|for|at|with|from)\s+(?:the\s+)?$")


@lru_cache(maxsize=1)
def group_words() -> dict[str, tuple[str, ...]]:
    """The words of ``group_words.csv`` by kind (descriptor, after, state), longest first, and the organisation
    head words and member roles of ``organisation_words.csv`` (kinds ``head``, ``role``)."""
    out: dict[str, list[str]] = {k: [] for k in (*GROUP_KINDS, "head", "role")}
    for path in (GROUP_WORDS, ORGANISATION_WORDS):
        with open(path, newline="", encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                if r["kind"] in out:
                    out[r["kind"]].append(r["word"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


@lru_cache(maxsize=1)
def _group_patterns() -> dict[str, re.Pattern]:
    """The three ways a text names a group (see the module's docstring)."""
    w = group_words()
    abbr = r"(?:\s+\((?P<abbr>[A-Z][A-Za-z-]{1,8})\))?"
    return {
        # "the advocacy group Americans for Peace Now (APN)", "the NGO Gisha"
        "descriptor": re.compile(rf"(?<![\w-])(?:{_alt(w['descriptor'])}),?\s+(?:(?:known\s+as|called|named)\s+)?"
                                 rf"(?:the\s+)?(?P<name>{_NAME}){abbr}"),
        # "the Iranian Canadian Congress", "the Centre for Israel and Jewish Affairs (CIJA)", "Move Forward Party"
        "head": re.compile(rf"(?<![\w'’-])(?P<name>(?:{_WORD}\s+(?:(?:of|for|and|&)\s+)?){{1,5}}(?:{_alt(w['head'])})"
                           rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_WORD}(?:\s+(?:and\s+|&\s+)?{_WORD}){{0,4}})?)(?![\w-]){abbr}"),
        # "Peace Now movement", "the Move Forward party"
        "after": re.compile(rf"(?<![\w'’-])(?P<name>(?:{_WORD}\s+){{0,3}}{_WORD})\s+(?:{_alt(w['after'])})(?![\w-])"
                            rf"{abbr}"),
        # "CHP leader X", "the ADL's chief executive X": an abbreviation with a member's title after it
        "abbr_member": re.compile(r"(?<![\w.-])(?P<name>[A-Z]{2,5})(?:['’]s)? (?:[a-z][\w-]* ){0,3}?"
                                  r"(?P<title>[A-Za-z-]+) (?=[A-Z][\w'’-]+\s+[A-Z])"),
    }


def _names_a_group(name: str, described: bool = False) -> bool:
    """A name that is a group of its own: not a word the sentence starts with, not a state's body, not a
    dictionary name (faction or adjective), not a news outlet unless the text calls it a group (``described``:
    "the war monitor Syrian Observatory for Human Rights")."""
    words = name.split()
    if "The" in words[1:] or any(re.search(r"['’]s$", w) for w in words):
        return False  # a name run across two ("Rafah The International Committee"), a possessive ("al-Hilu's")
    if any(re.fullmatch(r"[A-Z][\w'’]*-[a-z]+", w) for w in words):
        return False  # "a Hamas-affiliated organization", "the Iran-backed movement": a description, not a name
    if words[0] in NAME_STOP or any(w in NAME_STOP - {"The", "Of", "And", "For"} for w in words):
        return False
    state = group_words()["state"]
    if any(w in state for w in words) or any(" " in s and s in name for s in state):
        return False
    alias_to, adjectives = _tables()
    if name in alias_to or (len(words) == 1 and name in adjectives):
        return False
    return described or not outlet_state(name)[1]


# A person's place in a group named after it, in an appositive: "the head of the ", "executive director of the ",
# "president of the ", "a spokesman for the ", "director at the " (the group's name follows)
_MEMBER_OF = re.compile(r"(?i)(?:^|\s)(?P<role>[a-z-]+)\s+(?:of|for|at)\s+(?:the\s+)?(?=[A-Z])")


def apposed_group(title: str) -> str:
    """The group an appositive title makes its person a member of, when the group is one of its own ('' if not):
    a member's title ("head", "president", "executive director", the ``role`` rows of organisation_words.csv) of a
    proper name ending in an organisation head word. A diaspora or advocacy group named after a state ("the Iranian
    Canadian Congress", "the American Jewish Committee") or a rebel movement is its own side, not the state's; a
    state's body ("the Senate Foreign Relations Committee"), a body the dictionary knows ("the Arab League") and a
    place of work ("a professor at Tel Aviv University") are no group here. The side is the group's canonical
    name (``canonical_faction``).

    >>> apposed_group("president of the Iranian Canadian Congress"), apposed_group("a spokesman for the Arab American Institute")
    ('Iranian Canadian Congress', 'Arab American Institute')
    >>> apposed_group("chairman of the Senate Foreign Relations Committee"), apposed_group("the Iranian foreign minister")
    ('', '')
    >>> apposed_group("a professor at Tel Aviv University"), apposed_group("secretary-general of the Arab League")
    ('', '')
    """
    t = re.sub(r"\s+", " ", title).strip(" ,")
    roles = MEMBER_TITLES | HEAD_TITLES | {w.lower() for w in group_words()["role"]}
    for m in _MEMBER_OF.finditer(t):
        if m["role"].lower() not in roles:
            continue
        g = _group_patterns()["head"].match(t, m.end())
        if g is None or " " not in g["name"].strip():
            continue
        name = re.sub(r"\s+", " ", g["name"]).strip()
        if _names_a_group(name):
            return canonical_faction(name)
    return ""


def expansion(abbr: str, text: str) -> str:
    """The capitalised name in ``text`` whose initials spell ``abbr`` ("Lebanese Forces" for LF; linking words
    skipped: "Islamic Action Front" for IAF), the first one; '' when none.

    >>> expansion("LF", "The Lebanese Forces said so. LF MP X spoke."), expansion("LF", "Last Friday LF MP X spoke.")
    ('Lebanese Forces', '')
    """
    link = r"(?:\s+(?:of|for|the|and|al|el|&))*\s+"
    words = link.join(rf"{re.escape(ch)}[\w'’-]+" for ch in abbr)
    for m in re.finditer(rf"(?<![\w'’-]){words}(?![\w-])", text):
        name = re.sub(r"\s+", " ", m.group(0))
        if not any(w in NAME_STOP for w in name.split()) and m.group(0) != abbr:
            return name
    return ""


def named_groups(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Parties, advocacy groups, NGOs and civic organisations the text names, as their own faction, with every
    later mention of the name or of the abbreviation the text gives it (``_Cand`` of type "org").

    >>> t = "Peace Now movement said the plan was bad. The Iranian Canadian Congress (ICC) agreed. ICC said so."
    >>> [(t[c.start:c.end], c.faction) for c in named_groups(t, [])]
    [('Peace Now', 'Peace Now'), ('Iranian Canadian Congress', 'Iranian Canadian Congress'), ('ICC', 'Iranian Canadian Congress'), ('ICC', 'Iranian Canadian Congress')]
    >>> named_groups("The National Security Council met. The Council said so. The Israeli party said.", [])
    []
    """
    out: list[_Cand] = []
    found: dict[str, tuple[str, str]] = {}  # name as written -> (faction, evidence)
    P = _group_patterns()
    for kind in ("descriptor", "head", "after"):
        for m in P[kind].finditer(text):
            lead = re.match(r"(?:[Tt]he\s+)?", m["name"]).end()  # ("The Iranian Canadian Congress")
            a, name = m.start("name") + lead, re.sub(r"\s+", " ", m["name"][lead:])
            if not name or (kind == "head" and " " not in name) or not _names_a_group(name, kind == "descriptor"):
                continue
            if any(c.start < m.end("name") and a < c.end for c in chosen):
                continue  # a dictionary name or another actor ("the Likud party", "Hamas movement")
            evidence = f"group ({kind}): " + re.sub(r"\s+", " ", m.group(0))
            found.setdefault(name, (name, evidence))
            if m["abbr"]:
                found.setdefault(m["abbr"], (name, evidence))
    alias_to = _tables()[0]
    for m in P["abbr_member"].finditer(text):
        if m["title"].lower() in MEMBER_TITLES and m["name"] not in alias_to and _names_a_group(m["name"]) \
                and m["name"].title() not in alias_to:  # ("RUSSIA Deputy Foreign Minister X": a heading)
            long = expansion(m["name"], text)  # ("The Lebanese Forces said ... LF MP X told": the Lebanese Forces)
            found.setdefault(m["name"], (long or m["name"], f"group (abbreviation of a member's title): {m.group(0).strip()}"))
    if not found:
        return out
    forms = _alt(sorted(found, key=len, reverse=True))
    for r in re.finditer(rf"(?<![\w'’-])(?:{forms})(?![\w-])", text):
        a, b = r.span()
        if not any(c.start < b and a < c.end for c in chosen + out) and not APPOSED.search(text, max(0, a - 90), a):
            fac, evidence = found[re.sub(r"\s+", " ", r.group(0))]
            out.append(_Cand(a, b, fac, "org", fac, "", evidence, 1))
    return out


def group_members(text: str, chosen: list[_Cand], day: str) -> list[_Cand]:
    """People the text names with a member's title right after a named group ("Move Forward Party MP X", "the
    ADL's chief executive X"), of the group's side; people the dictionary knows keep its side. (In apposition, "X,
    the head of the Yesha Council,", the group is no mention here: ``APPOSED``.)

    >>> t = "the ADL's chief executive Jonathan Greenblatt said."
    >>> [(c.value, c.faction, c.role) for c in group_members(t, [_Cand(4, 7, "ADL", "org", "ADL", "", "group", 1)], "")]
    [('Jonathan Greenblatt', 'ADL', 'chief executive')]
    >>> group_members("the ADL's offices in Jerusalem said.", [_Cand(4, 7, "ADL", "org", "ADL", "", "group", 1)], "")
    []

    """
    out = []
    for g in chosen:
        if not g.evidence.startswith(("group", "armed group")):
            continue
        m = MEMBER_AFTER.match(text, g.end)
        if m is None or m["title"].split()[-1].lower() not in MEMBER_TITLES or resolve(m["name"], day) is not None \
                or any(w.lower() in TITLE_WORDS for w in m["name"].split()):  # (a title is no part of the name)
            continue
        out.append(_Cand(m.start("name"), m.end("name"), re.sub(r"\s+", " ", m["name"]), "person", g.faction,
                         re.sub(r"\s+", " ", m["title"]), f"group member of {g.value}: " + re.sub(r"\s+", " ", m.group(0)).strip(), 5))
    return out


# A party's member named after the party's name: "Labour leader X", "Congress general secretary X", "Sinn Féin TD X",
# "Liberal foreign affairs critic X" (up to three lower-case words before the title)
# (not a spokesperson: "Police spokesman X", "Embassy spokesman X" speak for institutions, not parties)
PARTY_TITLES = (r"(?:leader|general\s+secretary|secretary-general|chairman|chairwoman|chairperson|president|"
                r"critic|MP|TD|MK|MEP|senator|lawmaker)")
PARTY_MEMBER = re.compile(rf"(?<![\w'’.-])(?P<party>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) "
                          rf"(?P<title>(?:[a-z-]+ ){{0,3}}?{PARTY_TITLES}) "
                          r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})(?![\w'’-])")


def party_members(text: str, chosen: list[_Cand], day: str) -> list[_Cand]:
    """People named with a member's title after a party the dictionary does not know ("Labour leader Ivana Bacik",
    "Congress general secretary Jairam Ramesh"), of the party's side as written. Not after a word that names no
    party ("Opposition leader X", "Shiite leader X": kind ``not_party`` of group_words.csv), a dictionary name or
    adjective (handled by the titles' patterns), a title word, or a person the dictionary knows.

    >>> [(c.value, c.faction, c.role) for c in party_members("Labour leader Ivana Bacik said so.", [], "")]
    [('Ivana Bacik', 'Labour', 'leader')]
    >>> party_members("Opposition leader Yair Lapid said so. Kurdish leader Ali Hassan said so.", [], "")
    []
    """
    alias_to, adjectives = _tables()
    not_party = set(group_words()["not_party"])
    out = []
    for m in PARTY_MEMBER.finditer(text):
        party, name = re.sub(r"\s+", " ", m["party"]), re.sub(r"\s+", " ", m["name"])
        words = party.split()
        if (party in alias_to or party in adjectives or any(w in alias_to or w in adjectives for w in words)
                or any(w in NAME_STOP or w.lower() in TITLE_WORDS or w in not_party for w in words)
                or any(w in NAME_STOP or w.lower() in TITLE_WORDS for w in name.split())
                or re.fullmatch(r"[A-Z][a-z]+(?:ian|ese|ish|an|i)", party)  # a people: "Kurdish leader X"
                or outlet_state(party)[1] or resolve(name, day) is not None):
            continue
        if any(c.start < m.end("name") and m.start("party") < c.end and c.faction for c in chosen):
            continue  # a side found otherwise ("Hamas leader X" is the dictionary's)
        out.append(_Cand(m.start("name"), m.end("name"), name, "person", canonical_faction(party),
                         re.sub(r"\s+", " ", m["title"]), f"party member of {party}: " + re.sub(r"\s+", " ", m.group(0)), 5))
    return out


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
