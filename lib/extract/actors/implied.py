"""Sides the text implies for a titled person named with no country: a capital's possessive before the title, and
the guards on the article's own country (``home``) as the side of a bare domestic title.

Idea: "Tokyo's Chief Cabinet Secretary X" is Japan's as "Japan's Chief Cabinet Secretary X" would be
(``lib/data/seats_of_government.csv`` lists the capitals that stand for their government). The home state is the
side of "Foreign Minister X" only when it could be: a royal title in a republic, or a minister in a state whose
cabinet are secretaries (a US paper's "Foreign Minister X" is some other state's), is not the home's; and an
official the text's subject meets, receives or visits ("met Iranian Foreign Minister Zarif and the central bank
governor, X"; "met Interior Minister X in Beirut") is a counterpart or a host, so no side is guessed for them.

Example:
    >>> t = "Tokyo's Chief Cabinet Secretary Kenta Morimura said."
    >>> capital_owner(t, 0, t.index("Kenta"))
    'Japan'
    >>> home_fits("Crown Prince", "Norway"), home_fits("Crown Prince", "Greece"), home_fits("Foreign Minister", "United States")
    (True, False, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from lib.extract.actors.dictionary import capitals
from lib.extract.actors.titles import _APOS, HEAD_TITLES, LOWER_PORTFOLIOS, PORTFOLIOS, TITLE_WORDS

# States with a monarch (a king, queen, emir, sultan or grand duke as head of state): a royal title is theirs only
MONARCHIES = frozenset({
    "Jordan", "Saudi Arabia", "Morocco", "Bahrain", "Kuwait", "Qatar", "United Arab Emirates", "Oman", "Brunei",
    "Malaysia", "Thailand", "Japan", "United Kingdom", "Spain", "Norway", "Sweden", "Denmark", "Netherlands",
    "Belgium", "Luxembourg", "Holy See",
})
ROYAL_TITLES = ("king", "queen", "prince", "princess", "emir", "amir", "sultan", "crown prince")
# States whose cabinet members are secretaries, not ministers: a "minister" named with no country is another state's
SECRETARY_STATES = frozenset({"United States", "Philippines"})
MINISTER_TITLES = ("minister", "premier")
# Words that make the person named after them a guest or a host of the sentence's subject: "met (with)", "received",
# "hosted", "visited", "held talks with", "phoned"
MEETING = re.compile(
    r"(?i)(?<![\w-])(?:met|meet|meets|meeting|receiv(?:ed|es|e|ing)|host(?:ed|s|ing)?|welcom(?:ed|es|e|ing)|"
    r"visit(?:ed|s)?|(?:held|hold|holds|holding)\s+talks\s+with|talks\s+with|talked\s+(?:with|to)|spoke\s+(?:with|to)|"
    r"phoned|called|conferred\s+with|sat\s+down\s+with|an\s+audience\s+(?:with|to)|counterparts?|"
    # ... or whom it tells, briefs or thanks (an addressee: "Lavrov, on a visit to Pakistan, told Minister X")
    r"told|briefed|assured|informed|thanked|urged|congratulated|invited)(?![\w-])")
# A sentence that opens with a subordinate clause of its own ("After meeting X, Foreign Minister Y said")
FRONTED = re.compile(r"(?i)\s*[\"“‘']?\s*(?:after|before|following|upon|during|when|while|ahead\s+of|since)\s")
# A clause's end between the meeting word and the person: the person is no longer its object
CLAUSE_END = re.compile(r"[.;:!?]|\b(?:said|says|told|added|stressed|noted)\b")
GUEST_REACH = 160  # characters from the meeting word to the person at most (a list of the people met)


@lru_cache(maxsize=1)
def _capital_possessive() -> re.Pattern:
    caps = "|".join(sorted(map(re.escape, capitals()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<cap>{caps}){_APOS}s\s+(?P<title>[\w.-]+(?:\s+[\w.-]+){{0,5}})(?:\s*,)?\s*$")


def _title_word(w: str) -> bool:
    low = w.lower().strip(".")
    return (low in ("to", "for", "of", "the") or low in TITLE_WORDS or low in HEAD_TITLES or low in PORTFOLIOS
            or low in LOWER_PORTFOLIOS or w[:1].isupper())


def capital_owner(text: str, lo: int, start: int) -> str:
    """The faction of a capital whose possessive opens the title right before ``start`` ("Ankara's deputy foreign
    minister, X", "Moscow's ambassador X"), or ''; the words between are a title's only.

    >>> t = "Ankara's deputy foreign minister, Emre Yildiz, said. Ankara's decision angered Minister Ali Veli."
    >>> capital_owner(t, 0, t.index("Emre")), capital_owner(t, t.index("Ankara's d", 10), t.index("Ali"))
    ('Turkey', '')
    """
    m = _capital_possessive().search(text, max(lo, start - 120), start)
    if m is None or not any(w.lower().strip(".,") in HEAD_TITLES for w in m["title"].split()):
        return ""
    if not all(_title_word(w) for w in m["title"].replace(",", " ").split()):
        return ""
    return capitals().get(m["cap"], "")


def home_fits(role: str, home: str) -> bool:
    """Whether an office of this title could be the home state's: royal titles in monarchies only, ministers not in
    states whose cabinet are secretaries.

    >>> home_fits("Emir", "Qatar"), home_fits("King", "Lebanon"), home_fits("Energy Minister", "Israel")
    (True, False, True)
    >>> home_fits("country's foreign minister", "Russia")
    False
    """
    low = role.lower()
    if re.search(r"['’]s\b|\b(?:its|their|his|her)\b", low):
        return False  # an owned title ("the country's foreign minister") is its owner's, not a bare one
    if any(re.search(rf"\b{t}\b", low) for t in ROYAL_TITLES) and home not in MONARCHIES:
        return False
    return not (home in SECRETARY_STATES and any(re.search(rf"\b{t}\b", low) for t in MINISTER_TITLES))


def guest(text: str, sent_start: int, start: int, home: str, actors: list[tuple[int, int, str]]) -> bool:
    """Whether the person named at ``start`` is whom the sentence's subject meets, receives, visits or calls, so not
    of the home state: after a meeting word in the same clause (a list of those met may stand between) whose
    subject -- the first actor of the sentence, from ``actors`` as (start, end, faction) -- is of the home state or
    of no known side ("He met ..."). A foreign subject meets its hosts ("Haftar met with Foreign Minister X" in a
    Greek paper: X is the home's); a fronted clause's meeting is not the subject's ("After meeting the king,
    Foreign Minister Y said": Y is the subject).

    >>> t = "He will meet Iranian Foreign Minister Ali Zand and the central bank governor, Reza Mahdavi, on Tuesday."
    >>> guest(t, 0, t.index("Reza"), "South Korea", [(t.index("Ali"), t.index(" and"), "Iran")])
    True
    >>> t = "Haftar met with Foreign Minister Nikos Vlachos on Friday."
    >>> guest(t, 0, t.index("Nikos"), "Greece", [(0, 6, "Libyan National Army")])
    False
    >>> t = "After meeting the king, Foreign Minister Omar Nasser said talks went well."
    >>> guest(t, 0, t.index("Omar"), "Jordan", [])
    False
    """
    lo = max(sent_start, start - GUEST_REACH)
    hits = list(MEETING.finditer(text, lo, start))
    if not hits:
        return False
    m = hits[-1]
    if CLAUSE_END.search(text, m.end(), start) or re.search(r"[\"“”]", text[m.start():start]):
        return False  # (a clause ends between, or the word is a quote's: "“We will host the talks,” Minister X said")
    # "After meeting the king, Foreign Minister Y said": the meeting is a fronted clause's, Y its sentence's subject
    if FRONTED.match(text, sent_start, m.start()) and "," in text[m.end():start]:
        return False
    subject = next((f for a, b, f in sorted(actors) if sent_start <= a and b <= m.start()), "")
    return not subject or subject == home
