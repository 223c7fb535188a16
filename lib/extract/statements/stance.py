"""Stance: what a statement does (threat, reject, condemn, welcome, demand, propose, agree, deny, neutral), from
its reporting verb, else from cue words in what was said (``lib/data/stance_cues.csv``).

Approach: a speech-act verb decides ("condemned", "denied"); else the cues found in the words, the strongest act
first (a denial or a threat over a condemnation, a rejection over an acceptance -- "will not accept" is a
rejection -- and a demand last, since "demands" is often a noun in other acts).

Example: ``stance_of("said", "We strongly oppose these unilateral actions")`` is ``('reject', 'cue: oppose')``.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache

from lib.extract.statements.verbs import DATA, reporting_verbs

STANCES = ("threat", "reject", "condemn", "welcome", "demand", "propose", "agree", "deny", "neutral")
# the first cue found in this order wins
STANCE_ORDER = ("deny", "threat", "condemn", "reject", "agree", "welcome", "propose", "demand")


@lru_cache(maxsize=1)
def stance_cues() -> tuple[tuple[str, str], ...]:
    """(cue, stance) pairs from ``lib/data/stance_cues.csv``."""
    with open(DATA / "stance_cues.csv", newline="", encoding="utf-8") as fh:
        return tuple((r["cue"].strip().lower(), r["stance"].strip()) for r in csv.DictReader(fh))



def stance_of(verb: str, quote: str, frame: str = "") -> tuple[str, str]:
    """(stance, evidence) from the reporting verb, else from cue words in the quote, else in its frame (the words
    between the reporting verb and a quote: "called on Israel to exercise “the utmost restraint”").

    >>> stance_of("said", "the utmost restraint", "Israel must exercise")
    ('demand', 'cue: must')

    >>> stance_of("said", "We strongly oppose these unilateral actions")
    ('reject', 'cue: oppose')
    >>> stance_of("condemned", "the decision")
    ('condemn', 'verb: condemned')
    >>> stance_of("said", "talks went well")
    ('neutral', '')
    """
    v = reporting_verbs().get(re.sub(r"\s+", " ", verb))
    if v is not None and v.stance != "neutral":
        return v.stance, f"verb: {verb}"
    for words in (quote, frame):
        q = " " + re.sub(r"[^\w\s]", " ", words.lower()) + " "
        q = re.sub(r"\s+", " ", q)
        found = {st: cue for cue, st in reversed(stance_cues()) if f" {cue} " in q}
        for st in STANCE_ORDER:
            if st in found:
                return st, f"cue: {found[st]}"
    return "neutral", ""



def stance_span(text: str, q_start: int, q_end: int, verb: str, vpos: int, evidence: str) -> tuple[int, int]:
    """Where the stance evidence stands in the text: the reporting verb, or the cue inside the quote; (0, 0) if none.

    >>> t = "Hamas said: we reject the plan"
    >>> a, b = stance_span(t, 12, len(t), "said", 6, "cue: reject"); t[a:b]
    'reject'
    >>> stance_span(t, 12, len(t), "said", 6, "")
    (0, 0)
    """
    kind, _, cue = evidence.partition(": ")
    if kind == "verb" and text[vpos:vpos + len(verb)] == verb:
        return vpos, vpos + len(verb)
    if cue:
        words = r"\W+".join(re.escape(w) for w in re.findall(r"\w+", cue))
        for a, b in ((q_start, q_end), (min(vpos, q_start), q_start)):  # the quote, then its frame
            m = re.search(rf"(?i)(?<!\w){words}(?!\w)", text[a:b]) if words else None
            if m:
                return a + m.start(), a + m.end()
    return 0, 0
