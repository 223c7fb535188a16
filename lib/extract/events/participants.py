"""Participants: who acts (``actor1``), who is acted on (``actor2``), who hosts, and whether the movers are diplomats.

Idea: the nearest actor before the trigger acts, the first after it is acted on (a passive "by X" swaps them);
a hosting verb or "hosted by X" names the host. Troops, aid trucks and crowds make no visit or meeting.

Example:
    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Israeli troops arrived in Jenin.")
    >>> from lib.extract.events.triggers import find_triggers
    >>> _non_diplomatic(d.text, d.sentences[0], find_triggers(d, d.sentences[0])[0])
    True
"""
from __future__ import annotations

import re

from lib.extract.events.text import NON_DIPLOMATIC, QUOTE_CHARS, _mask, _Spans, _words
from lib.extract.events.triggers import _Hit
from lib.models import Document, Mention, Sentence

# the subject of "is expected in X" is a person or a delegation, not a verdict or a storm
_PERSON_SUBJECT = re.compile(r"(?:\b(?:he|she|they|delegation|delegations|envoy|envoys|minister|ministers|president|"
                             r"officials|leaders|mediators|negotiators|team|secretary|chief|king|prince|emir)|"
                             r"\b[A-Z][\w’'-]*|,)\s+(?:also\s+)?(?:is|are|was|were|will\s+be|would\s+be)\s+(?:also\s+)?$")
# the subject of "gathered" that makes it a meeting of leaders, not a crowd ("European leaders ... gathered with X")
_LEADER_SUBJECT = re.compile(r"\b(?:leaders|ministers|heads\s+of\s+(?:state|government)|envoys|diplomats|delegations|"
                             r"delegates|mediators|negotiators|presidents|monarchs|kings|premiers)\b", re.I)


def _leaders_subject(text: str, sent: Sentence, hit: _Hit) -> bool:
    """Is the clause before the trigger about leaders, ministers or envoys (not a crowd)?

    >>> t = "The truce came as European leaders, among them X and Y, gathered with Z at W."
    >>> s = Sentence(0, 0, len(t), t)
    >>> _leaders_subject(t, s, _Hit(s, t.index("gathered"), t.index("gathered") + 8, "gathered", None))
    True
    >>> t = "Thousands of protesters gathered at the square."
    >>> s = Sentence(0, 0, len(t), t)
    >>> _leaders_subject(t, s, _Hit(s, t.index("gathered"), t.index("gathered") + 8, "gathered", None))
    False
    """
    clause = re.split(rf"[;:{QUOTE_CHARS}]|\b(?:but|which|who|while|whereas|after|before|when|although|though|said|"
                      r"says)\b", text[sent.start:hit.start])[-1]
    return bool(_LEADER_SUBJECT.search(clause)) and not set(_words(clause)) & NON_DIPLOMATIC


def _actors_for(doc: Document, sent: Sentence, hit: _Hit, actors: list[Mention]) -> tuple[str, str, str]:
    """(actor1, actor2, host) around a trigger."""
    text = doc.text
    a1 = a2 = host = ""
    before = [a for a in actors if a.end <= hit.start and not re.search(rf"[;{QUOTE_CHARS}]", text[a.end:hit.start])]
    if before:
        a1 = before[-1].value
    after = [a for a in actors if a.start >= hit.end and not re.search(
        rf"[;{QUOTE_CHARS}]|\b(?:said|says|told|according)\b", text[hit.end:a.start])]
    if after:
        a2 = after[0].value
    if after and re.fullmatch(r"\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?", text[hit.end:after[0].start]) \
            and "host" not in hit.trig.flags:
        a1, a2 = after[0].value, (before[-1].value if before else "")  # passive: "were rejected by Hamas"
    if "host" in hit.trig.flags:
        host = a1
    m = re.match(r"\s*(?:by|at the invitation of)\s+", text[hit.end:sent.end])
    if m and after and after[0].start <= hit.end + m.end() + 4 and re.search(r"host|invit", hit.text + text[hit.end:hit.end + m.end()], re.I):
        host = after[0].value
    hb = re.search(r"(?:hosted|sponsored|mediated|brokered)\s+by\s+$", text[sent.start:after[0].start] if after else "")
    if hb and after:
        host = after[0].value
    return a1, a2, host


def _non_diplomatic(text: str, sent: Sentence, hit: _Hit) -> bool:
    """Is the mover of a visit/meeting word a non-diplomatic noun (troops, aid trucks) just before it or in its
    "of" phrase?"""
    before = _words(text[max(sent.start, hit.start - 50):hit.start])[-4:]
    after = re.match(r"\s+of\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", text[hit.end:sent.end])
    words = set(before) | (set(_words(after.group(1))) if after else set())
    return bool(words & NON_DIPLOMATIC)


def _actor_object(text: str, hit: _Hit, actors: list[Mention], spans: _Spans | None = None) -> bool:
    """Is an actor the object right after the trigger ("received Kamel", "welcomed his Israeli counterpart X")?
    A date and a locative phrase may come between, or an aside of them: "received on Monday at the palace
    Secretary X", "had received, in Ramallah at the end of last month, Secretary X". A personal
    pronoun refers back to a person ("Erdogan received him at the palace")."""
    if re.match(r"\s+(?:him|her)\b(?=\s*(?:[,.;]|$|(?:at|in|on|inside|for|with|during|upon|after|and)\b))",
                text[hit.end:hit.sent.end]):
        return True
    ms = spans.mask_spans() if spans is not None else []
    for a in actors:
        gap = _mask(text, hit.end, a.start, [m for m in ms if m[2] != "ACTOR"]) if a.start >= hit.end else ""
        gap = re.sub(r"^\s*,?\s*(?:(?:on|in|at|during)\s+)?DATE\s*,?", " ", gap, flags=re.I)
        gap = re.sub(r"^\s*,?\s*(?:at|in|inside)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|PLACE)\s+){1,4}"
                     r"(?:(?:on|in|at|during)\s+DATE\s*)?,?", " ", gap)
        if a.start >= hit.end and re.fullmatch(r"\s*(?:(?:his|her|their|the|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?", gap) \
                and not re.search(r"\b(?:from|with|by|to|of|about|on|call|calls|letter|message|reports?)\b", gap, re.I):
            return True
    return False
