"""Indirect speech: "X said that ...", "X called for ...", "<content>, X said." with a named subject right
before the verb; speech that only reports facts (a toll, a journey) is a source attribution, not a statement.

Example: "Jordan’s foreign ministry called for an end to the attacks." is Jordan's, stance demand.
"""
from __future__ import annotations

import re

from lib.extract.statements.quotes import _trim, _words
from lib.extract.statements.resolver import _Resolver
from lib.extract.statements.speakers import ADVERBIAL
from lib.extract.statements.stance import stance_of
from lib.extract.statements.verbs import reporting_verbs
from lib.models import Document, Mention, Sentence

# Indirect speech that only reports facts (a toll, a journey or a schedule) is a source, not a statement of position
COUNT = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands)"
FACT_REPORT = re.compile(
    rf"(?i)\b{COUNT}\b[^.;]{{0,80}}\b(?:killed|wounded|injured|dead|died|martyred)\b|"
    rf"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?{COUNT}\b|"
    r"\bdeath\s+toll\b|"
    rf"^\W*(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|nearly\s+|around\s+|some\s+|over\s+|almost\s+|"
    rf"up\s+to\s+|an\s+estimated\s+)?{COUNT}(?:\s+(?:million|billion|thousand|hundred))?\s+(?:people|persons|civilians|"
    r"residents|Palestinians|Israelis|Lebanese|Syrians|children|women|refugees|families|trucks)\b|"
    r"\b(?:arrived|arrives|landed|departed|flew|travell?ed)\s+(?:in|at|to|from|for|on|back)\b|"
    r"\b(?:is|was|are|were)\s+(?:scheduled|due|set|expected)\s+to\s+(?:travel|visit|arrive|fly|leave|head|return)\b|"
    r"\bwill\s+(?:travel|fly|arrive|head)\s+to\b")


def _fact_report(content: str, verb: str) -> bool:
    """Does indirect speech only report facts (casualty figures, arrivals, travel plans), with no stance cue?

    >>> _fact_report("A raid on the camp killed at least seven people on Monday", "said")
    True
    >>> _fact_report("The envoy arrived in Doha on Sunday and was scheduled to travel to Cairo", "said")
    True
    >>> _fact_report("more than 2.1 million people had fled to the south by March", "said")
    True
    >>> _fact_report("Israel must stop the raids that killed seven people", "said")
    False
    >>> _fact_report("The talks would resume next week in Doha", "said")
    False
    """
    return FACT_REPORT.search(content) is not None and stance_of(verb, content)[0] == "neutral"


def _relative_clause(text: str, floor: int, pos: int, ms: list[Mention]) -> bool:
    """Is the subject at ``pos`` inside a relative clause ("the demand that Fatah rejected", "a plan which Egypt
    condemned")? 'that' after a reporting verb ("Abbas said that Egypt rejected") is no relative pronoun.

    >>> t = "It ignores a key demand of Hamas that Fatah rejected."
    >>> _relative_clause(t, 0, t.index("Fatah"), [])
    True
    >>> t = "Abbas said that Fatah rejected it."
    >>> _relative_clause(t, 0, t.index("Fatah"), [])
    False
    """
    first = pos
    for m in sorted(ms, key=lambda m: -m.start):  # a list subject ("that Egypt and Qatar rejected")
        if m.end <= first and re.fullmatch(r"\s*(?:,|and|, and)\s+(?:the\s+)?", text[m.end:first]):
            first = m.start
    m = re.search(r"(?:(?<=\s)|^)(?P<w>[\w'’-]+),?\s+(?:that|which|whom)\s+(?:the\s+)?$", text[floor:first])
    if m is None:
        return False
    w = m["w"].lower()
    return w not in reporting_verbs() and w not in ("so", "now", "such", "given", "except", "said", "says")


def _indirect(R: _Resolver, doc: Document, s: Sentence, vre, verbs, emit) -> None:
    """Clearly attributed indirect speech in one sentence: a named subject right before the verb."""
    text = doc.text
    # "<content>, <named speaker> said [Thursday]."
    m = re.search(r",\s+([^,]{3,80}?)\s+(said|added|told\s+reporters)(?:\s+[\w-]+){0,3}\.?\s*$", s.text)
    if m:
        a = s.start + m.start(1)
        b = s.start + m.end(1)
        ms = R.in_span(a, b)
        if ms and not re.fullmatch(r"(?i)\s*(?:he|she|it|they)\s*", m.group(1)):
            sp = R.from_mentions(ms, a, b)
            # a dateline opening the first sentence ("SDEROT, Israel -- ", "GAZA CITY (AP) — ") is not said
            dl = re.match(r"[A-Z][A-Z .'’-]+(?:,\s*[A-Z][\w .'’-]*)?\s*(?:\([^)]{1,40}\)\s*)*(?:--|—|–)\s*", s.text)
            ca, cb = _trim(text, s.start + (dl.end() if dl else 0), s.start + m.start())
            if sp and len(_words(text[ca:cb])) >= 5 and not _fact_report(text[ca:cb], m.group(2)):
                emit(ca, cb, sp, "indirect", m.group(2), s.start + m.start(2))
                return
    for v in vre.finditer(text, s.start, s.end):
        form = re.sub(r"\s+", " ", v.group(0))
        vk = verbs.get(form)
        if vk is None or vk.kind not in ("say", "act"):
            continue
        sp = R.subject(v.start(), s.start)
        if sp is None or not sp.faction:
            continue
        # the subject must be named right before the verb (not a pronoun, not far away)
        ms = [x for x in R.in_span(s.start, v.start())]
        if not ms:
            continue
        gap = text[ms[-1].end:v.start()]
        if _relative_clause(text, s.start, ms[-1].start, ms):
            continue  # "a key demand of Hamas that Fatah rejected": the verb's object is the noun before 'that'
        rel = re.fullmatch(r"\s*,\s*who\s+(?:also\s+)?", gap)
        appos = re.fullmatch(r"\s*,[^,]{1,100},\s*", gap)
        if not (ADVERBIAL.match(gap) or rel or appos):
            continue
        if vk.kind == "say":
            if form not in ("said", "says", "told", "stated", "added", "stressed", "emphasized", "emphasised",
                            "affirmed", "noted"):
                continue
            that = re.match(r"((?:\s+[^.;“”\"]{0,80}?)?)\s+that\s+", text[v.end():s.end])
            gap_words = len(that.group(1).split()) if that else 0
            if not that or gap_words > (12 if form == "told" else 6) or ("," in that.group(1) and form != "told"):
                continue
            qa, qb = _trim(text, v.end() + that.end(), s.end)
        else:
            qa, qb = _trim(text, v.start(), s.end)
        cut = re.search(r",\s+but\b|;|\s+while\s|,\s+whereas\b|,\s+adding\b", text[qa:qb])
        if cut:
            qa, qb = _trim(text, qa, qa + cut.start())
        qb = qb - 1 if text[qb - 1:qb] == "." else qb
        if len(_words(text[qa:qb])) >= 4 and not _fact_report(text[qa:qb], form):
            emit(qa, qb, sp, "indirect", form, v.start())
            return
