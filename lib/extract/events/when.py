"""When: the date of a trigger.

Idea: the governing date of the sentence (``dates.governing_date``) unless the trigger has a time expression of
its own in its clause (after it with no break, right before it, in its subject predicate "Talks ... resumed in
Vienna on Monday", or in a relative clause "which would convene early next year": ``predicates``). Dates that
belong to something else (``other_times``: "the 2015 deal", "land occupied in 1967", a "since" aside, an origin
"date back to") date no trigger; "the next day" counts from the latest meeting dated to a day (``narrative``); the
chosen mention becomes a DateRef narrowed to the part of the period it names (``periods``).

Example:
    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> t = "Abbas visited Cairo last week, he said on Monday."
    >>> d = document_from_text("a", t)
    >>> wk = Mention.make("a", kind="date", text="last week", start=t.index("last"), end=t.index("last") + 9)
    >>> hit = find_triggers(d, d.sentences[0])[0]
    >>> [m.text for m in _attached_dates(d, d.sentences[0], hit.start, hit.end, _Spans([wk], [], []))]
    ['last week']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lib.extract.events.attach import _AUSPICES, _LIST, _NEW_CLAUSE, _NEW_PREDICATE
from lib.extract.events.narrative import _day_shift
from lib.extract.events.other_times import (
    _ORIGIN_BEFORE,
    _RELATION_WORDS,
    _SINCE_BEFORE,
    _attributive,
    _earlier_deadline,
    _not_a_time_of,
    _participle_date,
    _related_date,
    _signing_of,
    _since_aside,
    _since_period,
)
from lib.extract.events.periods import _date_of, _narrowed
from lib.extract.events.predicates import _relative_predicate, _subject_predicate
from lib.extract.events.text import (
    VENUE_TYPES,
    _has_break,
    _mask,
    _n_words,
    _Spans,
    _words,
)
from lib.extract.events.triggers import _Draft, _Hit, _noun_trigger
from lib.models import Document, Mention, Sentence

_NAME_REST = re.compile(r"^\s*(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*(?=\s)")


def _attached_dates(doc: Document, sent: Sentence, ts: int, te: int, spans: _Spans) -> list[Mention]:
    """Date mentions bound to the trigger: right before it in its clause, or after it with no clause break. A date
    modifying another noun ("the 2015 nuclear deal") is not bound to a trigger after that noun, nor is the date of a
    participle modifying a noun ("land occupied in 1967")."""
    out = []
    ms = spans.mask_spans()
    for d in spans.dates:
        if _attributive(doc.text, d, sent) and not (d.end <= ts and _n_words(doc.text[d.end:ts]) <= 2) and \
                not _signing_of(doc.text, d, ts, te):
            continue
        if _participle_date(doc.text, d, sent, (ts, te)):
            continue
        if d.start >= te:
            gap = _AUSPICES.sub(" ", _mask(doc.text, te, d.start, [s for s in ms if s[0] != d.start]))
            if doc.text[ts:ts + 1].isupper():  # the rest of a meeting's name: "the Cairo Summit for Peace on X"
                gap = _NAME_REST.sub(" ", gap)
            if not _has_break(re.sub(r"\b(?:on|in|at|during|since|until)\s*$", "", gap), allow=("of", "to", "with")) \
                    and _n_words(gap) <= 10 and not set(_words(gap)) & _RELATION_WORDS and not _NEW_PREDICATE.search(gap) \
                    and not _later_clause(doc.text, te, d.start):
                out.append(d)
        elif d.end <= ts:
            gap = _mask(doc.text, d.end, ts, [s for s in ms if s[0] != d.start])
            if not _has_break(gap, allow=("of", "with")) and _n_words(gap) <= 8 and not set(_words(gap)) & _RELATION_WORDS:
                out.append(d)
    return out


_REPORT_VERB = re.compile(r"(?:said|says|told|added|reported|stated|announced)$")


def _later_clause(text: str, start: int, end: int) -> bool:
    """Does a new clause with its own subject, whose verb is no report, open between ``start`` and ``end`` ("...,
    and the two sides agreed to continue next Saturday")? A date after it is that clause's.

    >>> t = "Talks were held in Muscat, and the two sides agreed to continue next Saturday."
    >>> _later_clause(t, t.index("Talks") + 5, t.index("next")), _later_clause(t, 0, t.index(", and"))
    (True, False)
    """
    return any(not _REPORT_VERB.search(m.group()) for m in _NEW_CLAUSE.finditer(text, start, end))


_REPORTED_BEFORE = re.compile(r"\b(?:said|says|told|tells|added|adds|stated|announced|reported|wrote)\b"
                              r"(?:\s+[\w’'-]+){0,2}?\s+(?:(?:on|in|at|during)\s+)?$", re.I)


def _clause_dates(doc: Document, hit: _Hit, own: list[Mention], spans: _Spans) -> list[Mention]:
    """The attached dates (``_attached_dates``) in the trigger's own clause, nearest first: no comma between
    them and the trigger except inside a list of names ("visited Cairo, Jerusalem and Ramallah last month"),
    so "Hamas, which won elections in 2006, has rejected" keeps its own date. A date right after a reporting
    verb is that verb's ("said on Monday he had met Sisi in Cairo last week": last week)."""
    ms = spans.mask_spans()
    out = []
    for d in own:
        if d.end <= hit.start and _REPORTED_BEFORE.search(doc.text[max(hit.sent.start, d.start - 40):d.start]):
            continue
        a, b = (hit.end, d.start) if d.start >= hit.end else (d.end, hit.start)
        gap = _LIST.sub(" LIST ", _mask(doc.text, a, b, [m for m in ms if m[0] != d.start]))
        if "," not in gap:
            out.append((len(gap), d))
    return [d for _, d in sorted(out, key=lambda x: x[0])]


@dataclass
class _When:
    """The time of a trigger: the governing date and the dates bound to it."""

    dref: object  # DateRef
    own_dates: list[Mention]
    clause_dates: list[Mention]
    pred_end: int | None  # the end of the predicate of a subject meeting noun or of its relative clause
    shifted: object = None  # the DateRef of "the next day" etc., when that phrase dates the trigger


def _trigger_time(doc: Document, dates, sent: Sentence, hit: _Hit, spans: _Spans, drafts: list[_Draft]) -> _When:
    """The date of a trigger (see the module doc, rules 2 and 4): the governing date, or the trigger's own time
    expression in its clause, its subject predicate's or its relative clause's; "the next day" after a dated
    meeting; never a date in a "since" aside before it."""
    from lib.extract.dates import governing_date

    # a participle's date ("land occupied in 1967"), a noun's ("the 1967 borders") and a period's start ("the first
    # visit since 2017") govern no trigger outside that participle or noun
    noun = _noun_trigger(doc, sent, hit)
    dates = [d for d in dates if not (sent.start <= d.start < sent.end
                                      and (_participle_date(doc.text, d, sent, (hit.start, hit.end))
                                           or _earlier_deadline(doc.text, d, hit)
                                           or _not_a_time_of(doc.text, d, sent, hit, noun)
                                           or _related_date(doc.text, hit, d, doc.published)
                                           # a later predicate's date ("met X and is due in Cairo on Friday")
                                           or d.start >= hit.end and _NEW_PREDICATE.search(doc.text, hit.end, d.start)
                                           # a later clause's ("..., and the two sides agreed to meet next week")
                                           or d.start >= hit.end and _later_clause(doc.text, hit.end, d.start)))]
    dref = governing_date(doc, dates, sent, hit.start)
    own_dates = [d for d in _attached_dates(doc, sent, hit.start, hit.end, spans)
                 if not _since_aside(doc, sent, d.mention_id, hit.start, spans) and not _earlier_deadline(doc.text, d, hit)
                 and not (noun and _SINCE_BEFORE.search(doc.text, max(sent.start, d.start - 12), d.start))
                 and not _since_period(doc.text, d, sent)
                 and not _ORIGIN_BEFORE.search(doc.text, max(sent.start, d.start - 30), d.start)]
    clause_dates = _clause_dates(doc, hit, own_dates, spans)
    pred_end = _subject_predicate(doc, sent, hit, spans) \
        if hit.type in VENUE_TYPES and (_noun_trigger(doc, sent, hit) or re.fullmatch(
            r"[A-Za-z]+(?:ions|ings)", hit.text)) else None
    if pred_end is not None:
        pred_dates = [d for d in _attached_dates(doc, sent, hit.start, pred_end, spans) if d.start >= pred_end]
        if pred_dates:
            own_dates = clause_dates = pred_dates
    elif hit.type in VENUE_TYPES and _noun_trigger(doc, sent, hit):
        rel = _relative_predicate(doc, sent, hit, spans)
        if rel is not None:  # "the next session in Geneva, which would convene early next year"
            pred_end = rel[0]
            rel_dates = [d for d in spans.dates if rel[0] <= d.start and d.end <= rel[1]]
            if rel_dates:
                own_dates = clause_dates = rel_dates[:1]
    shifted = _day_shift(doc, sent, hit, spans, dates, drafts) \
        if hit.type in VENUE_TYPES and not clause_dates else None
    if shifted is not None:
        dref = shifted  # "received Abbas at El-Alamein the next day"
    if not clause_dates and _since_aside(doc, sent, dref.mention_id, hit.start, spans):
        # "Kerry, on his tenth trip since taking office last February, met X": the start of a period
        dref = governing_date(doc, (), sent, hit.start)
    if clause_dates and dref.mention_id not in {m.mention_id for m in clause_dates}:
        # the time expression of the trigger's own clause ("who visited Cairo, Jerusalem and Ramallah last
        # month ..., said on Monday"): the date governing the clause at that expression
        dref = _date_of(doc, dates, sent, clause_dates[0])
    return _When(_narrowed(dref, dates), own_dates, clause_dates, pred_end, shifted)
