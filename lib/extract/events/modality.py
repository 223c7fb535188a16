"""Modality: did the event happen, is it planned, negated, or only claimed?

Idea: cues from ``lib/data/modality_cues.csv`` in the trigger's clause (negation adjacent to the trigger,
planned within the clause, reported-claim anywhere in the sentence); a date after publication makes it planned.

Example:
    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Haniyeh is scheduled to arrive in Cairo.")
    >>> modality(d, d.sentences[0], d.text.index("arrive"))
    'planned'
"""
from __future__ import annotations

import re

from lib.extract.events.periods import _after_publication
from lib.extract.events.text import _mask
from lib.extract.events.triggers import cues
from lib.models import Document, Mention, Sentence

# a meeting noun that is expected somewhere ("a follow-up round was expected in Cairo")
_EXPECTED_AFTER = re.compile(r"\s+(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?expected\s+(?:in|at)\b", re.I)


# ----------------------------------------------------------------------------- modality

def modality(doc: Document, sent: Sentence, ts: int, date_start: str = "", basis: str = "none",
             dates: list[Mention] | tuple[Mention, ...] = ()) -> str:
    """happened | planned | reported-claim | negated for the trigger starting at ``ts``.

    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Israel did not vote on the text.")
    >>> modality(d, d.sentences[0], d.text.index("vote"))
    'negated'
    >>> d = document_from_text("a", "Haniyeh is scheduled to arrive in Cairo.")
    >>> modality(d, d.sentences[0], d.text.index("arrive"))
    'planned'
    """
    text = doc.text
    # dates are masked: "GAZA CITY, May 10" is no modal "may"
    before = _mask(text, sent.start, ts, [(m.start, m.end, "DATE") for m in dates])
    # drop relative clauses between the subject and the verb: "Haniyeh, who is based in Qatar, is ..."
    before = re.sub(r",\s*(?:which|who|whose|where)\b[^,;“”\"]*,", ",", before)
    for c in cues():
        if c.status == "negated" and c.scope == "adjacent" and c.pattern.search(before):
            return "negated"
    # the clause before the trigger: up to 14 words, cut at a strong boundary
    clause = re.split(r"[;:“”\"]|\b(?:but|which|who|while|whereas|after|before|when|although|though|said|says)\b"
                      r"|,\s+(?=and\b)", before)[-1]
    words = list(re.finditer(r"\S+", clause))
    if len(words) > 14:
        clause = clause[words[-14].start():]
    for c in cues():
        if c.status == "planned" and c.pattern.search(clause):
            return "planned"
    if _after_publication(doc, date_start, basis):
        return "planned"
    for c in cues():
        if c.status == "reported-claim" and c.pattern.search(
                _mask(text, sent.start, sent.end, [(m.start, m.end, "DATE") for m in dates])):
            return "reported-claim"
    return "happened"


# a future or scheduled auxiliary in a subject meeting noun's predicate ("Talks are due to resume", "The meeting is
# scheduled for Thursday", "which would convene"); intent words ("to revive the deal") are no cue there
_PLANNED_AUX = re.compile(r"\b(?:will|would|shall|is\s+to|are\s+to|(?:is|are|was|were)\s+(?:also\s+|now\s+)?"
                          r"(?:scheduled|expected|set|due|slated|planned|poised|likely|going)\s+(?:to|for|on))\b", re.I)


def planned_predicate(text: str, start: int, end: int) -> bool:
    """Does the predicate of a subject meeting noun (``text[start:end]``, from the noun to the predicate's verb) hold
    a future or scheduled auxiliary (``_PLANNED_AUX``)? Only its last eight words are read.

    >>> t = "Talks are due to resume in Doha."
    >>> planned_predicate(t, 5, t.index(" in")), planned_predicate("Talks to revive the deal resumed.", 5, 32)
    (True, False)
    """
    words = list(re.finditer(r"\S+", text[start:end]))
    tail = text[start + words[-8].start():end] if len(words) > 8 else text[start:end]
    return bool(_PLANNED_AUX.search(tail))
