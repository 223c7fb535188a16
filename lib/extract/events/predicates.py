"""Predicates: where the clause of a meeting noun says when and where it happens.

Idea: a meeting or visit noun that is its clause's subject takes the place and time of its predicate ("Talks ...
resumed in Vienna on Monday"), and one followed by a relative clause takes those of that clause ("the next session
in Geneva, which would convene early next year"; "a meeting, which was set for Thursday in Amman"). Approach: find
the predicate verb after the noun with no clause break between, and return where it ends.

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "Talks to revive the deal resumed in Vienna on Monday.")
    >>> hit = find_triggers(d, d.sentences[0])[0]
    >>> d.text[hit.end:_subject_predicate(d, d.sentences[0], hit, _Spans([], [], []))]
    ' to revive the deal resumed'
"""
from __future__ import annotations

import re

from lib.extract.events.attach import _DATELINE_LEAD
from lib.extract.events.other_times import _RELATION_WORDS
from lib.extract.events.text import (
    QUOTE_CHARS,
    _mask,
    _n_words,
    _Spans,
    _words,
)
from lib.extract.events.triggers import _Hit
from lib.models import Document, Sentence

# the predicate of a meeting or visit noun that is the subject of its clause ("Talks ... resumed in Vienna on
# Monday", "Talks ... are expected to resume in Jeddah next week", "The visit, the first since 2015, began on
# Thursday", "The meeting is scheduled for Thursday in Amman"): its place and time are the meeting's
_HAPPEN = re.compile(
    r"(?:\s|^)(?:(?:will|would|could|may|might|shall|should|is|are|was|were|has|have|had)\s+(?:also\s+|not\s+)?"
    r"(?:been\s+)?(?:(?:expected|scheduled|due|set|likely|slated|planned)\s+to\s+)?|"
    r"(?:expected|scheduled|due|set|slated)\s+to\s+)?"
    r"(?:resumed|resume|resumes|reopened|reopen|reopens|opened|open|opens|began|begin|begins|started|start|starts|"
    r"ended|end|ends|concluded|conclude|concludes|closed|wrapped\s+up|wrap\s+up|took\s+place|take\s+place|"
    r"takes\s+place|held|be\s+held|continued|continue|continues|reconvened|reconvene|convened|convene|kicked\s+off|"
    r"kick\s+off|lasted|got\s+under\s*way|"
    # a schedule is a predicate too: "A meeting is scheduled for Thursday in Amman", "Talks are slated for Monday"
    r"(?<=\s)(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)\s+(?:also\s+|now\s+)?"
    r"(?:set|scheduled|slated|planned|fixed|due)\s+(?:for|on))\b", re.I)
_SUBJECT_BREAKS = frozenset("""said says told tells which who whom whose where when while but because after before
although though if whether according""".split())


def _subject_predicate(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> int | None:
    """Where the predicate of a subject meeting/visit noun ends, or None (see ``_HAPPEN``)."""
    text = doc.text
    ms = spans.mask_spans()
    before = _DATELINE_LEAD.sub("", _mask(text, sent.start, hit.start, ms))
    if "," in before or re.search(rf"[;:{QUOTE_CHARS}]", before) or len(_words(before)) > 6 or \
            set(_words(before)) & (_SUBJECT_BREAKS | _RELATION_WORDS):
        return None  # the noun is not the clause's subject ("The summit follows the Cairo Summit ...": an object)
    for m in _HAPPEN.finditer(text, hit.end, sent.end):
        gap = _mask(text, hit.end, m.start(), ms)
        if re.search(r"\b(?:the|a|an|its|their|his|her|this|that)\s*$", gap, re.I) or gap.count(",") == 1:
            continue  # a noun ("the start of the war"), or inside an appositive
        if re.search(rf"[;:{QUOTE_CHARS}()]|\s[-–—]\s", gap) or set(_words(gap)) & (_SUBJECT_BREAKS | _RELATION_WORDS) or \
                _n_words(gap) > 25 or gap.count(",") not in (0, 2):
            return None
        if gap.count(",") == 2 and not re.match(r"\s*,", gap):
            return None  # a comma pair is an appositive right after the noun ("The visit, the first ..., began")
        return m.end()
    return None


# a relative clause after a meeting noun that says where and when it happens ("the next session in Geneva, which he
# hoped would convene early next year", "The negotiations, which Kerry relaunched in Washington on July 29, ...",
# "an emergency meeting, which was set for Thursday in Amman")
_RELATIVE_VERB = re.compile(r"\b(?:be\s+held|held|hosted|convene|convened|reconvene|reconvened|take\s+place|took\s+place|"
                            r"meet|open|opened|start|started|begin|began|resume|resumed|launch|launched|relaunch|"
                            r"relaunched|restart|restarted|(?:set|scheduled|planned|slated|fixed)\s+for)\b", re.I)
_RELATIVE_HEAD = re.compile(r"^[^;:“”\"()]*?,\s*(?:(?:which|that)\s+(?:[\w’'-]+\s+){0,4}?)?$", re.I)
# a reduced relative clause opens with a participle ("the 41st session of the council (GCC), held in X")
_PARTICIPLES = frozenset("held hosted convened reconvened launched relaunched".split())
# ... and a preposition after it: "the meeting, hosted the delegations" is a subject's finite verb, not a clause
_PARTICIPLE_PREP = re.compile(r"\s+(?:in|at|by|on|near|inside|outside|under)\b", re.I)
_ACRONYM = re.compile(r"\s*\(\s*[A-Z]{2,8}\s*\)")  # "(GCC)", or its actor placeholder


def _relative_predicate(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans) -> tuple[int, int] | None:
    """(end of the verb, end of the clause) of a relative clause that says where and when the meeting noun at ``hit``
    happens, or None.

    >>> from lib.extract.document import document_from_text

    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "The talks, which Kerry relaunched in Washington, are due to end soon.")
    >>> hit = find_triggers(d, d.sentences[0])[0]
    >>> end, stop = _relative_predicate(d, d.sentences[0], hit, _Spans([], [], []))
    >>> d.text[hit.end:end], d.text[end:stop]
    (', which Kerry relaunched', ' in Washington')
    """
    ms = spans.mask_spans()
    for m in _RELATIVE_VERB.finditer(doc.text, hit.end, sent.end):
        gap = _ACRONYM.sub("", _mask(doc.text, hit.end, m.start(), ms))
        reduced = not re.search(r"\b(?:which|that)\b", gap.rsplit(",", 1)[-1], re.I)
        if _RELATIVE_HEAD.match(gap) and (not reduced or m.group(0).lower() in _PARTICIPLES and _PARTICIPLE_PREP.match(
                doc.text, m.end(), sent.end)) and \
                _n_words(gap[:gap.index(",")]) <= 12 and \
                not set(_words(gap.rsplit(",", 1)[-1])[1:]) & _SUBJECT_BREAKS:  # "which Egypt said resumed": a report
            stop = re.search(r"[,;:“”\"()]|\s[-–—]\s", doc.text[m.end():sent.end])
            return m.end(), m.end() + stop.start() if stop else sent.end
        if "," in gap:
            return None  # the first relative clause is another kind
    return None
