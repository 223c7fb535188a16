"""Narrative time: dates a trigger takes from the sentences around it.

Idea: "the next day" counts one day from the latest meeting or visit dated to a day; an undated placed meeting in an
undated article is at the previous sentence's first day; a planned, placed meeting with no date takes the one future
date of the next sentence. Approach: look back (or forward) one body sentence, repeats skipped.

Example:
    >>> from lib.extract.document import document_from_text
    >>> d = document_from_text("a", "Abbas met Sisi. Sisi received Abbas.")
    >>> _prev_body(d, d.sentences[1]).text
    'Abbas met Sisi.'
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from lib.extract.events.other_times import _participle_date
from lib.extract.events.periods import _after_publication, _date_of
from lib.extract.events.text import (
    VENUE_TYPES,
    _has_break,
    _in_quote,
    _mask,
    _n_words,
    _Spans,
)
from lib.extract.events.triggers import _Draft, _Hit
from lib.models import Document, Mention, Sentence

# a day counted from the narrative's last date ("received them at X the next day"); the dates stage leaves these untagged
_DAY_SHIFT = re.compile(r"\b(?:the\s+(?P<next>next|following)\s+day|a\s+day\s+(?P<later>later)|"
                        r"the\s+day\s+(?P<after>after)(?!\s+(?:the|a|an|his|her|its|their|that|this)\b)|"
                        r"the\s+(?P<prev>previous)\s+day|a\s+day\s+(?P<earlier>earlier)|"
                        r"the\s+day\s+(?P<before>before)(?!\s+(?:the|a|an|his|her|its|their|that|this)\b))\b", re.I)


def _day_shift(doc: Document, sent: Sentence, hit: _Hit, spans: _Spans, dates: Iterable[Mention],
               drafts: list[_Draft]):
    """The DateRef of "the next day"/"the following day"/"the day before" bound to the trigger (after it in its
    clause, or opening the clause before it): one day from the latest meeting or visit dated to a single day, when
    no other date is named between that one's date and the phrase (else the narrative's day is unclear: None).

    >>> from lib.extract.document import document_from_text

    >>> from lib.extract.events.triggers import find_triggers
    >>> d = document_from_text("a", "Abbas met Sisi on July 30. Sisi received Abbas the next day.")
    >>> jul30 = Mention.make("a", kind="date", text="July 30", start=18, end=25, value="2023-07-30",
    ...                      date_start="2023-07-30", date_end="2023-07-30", precision="day")
    >>> from lib.extract.dates import DateRef
    >>> s0, s1 = d.sentences
    >>> met = _Draft(find_triggers(d, s0)[0], "meeting", "040", None, DateRef("2023-07-30", basis="explicit",
    ...              mention_id=jul30.mention_id), True, "happened")
    >>> _day_shift(d, s1, find_triggers(d, s1)[0], _Spans([], [], []), [jul30], [met]).value
    '2023-07-31'
    """
    from datetime import date, timedelta

    from lib.extract import dates as dates_mod

    ms = spans.mask_spans()
    for m in _DAY_SHIFT.finditer(doc.text, sent.start, sent.end):
        if m.start() >= hit.end:
            gap = _mask(doc.text, hit.end, m.start(), ms)
            ok = not _has_break(gap, allow=("of", "to", "with")) and _n_words(gap) <= 10
        else:
            gap = _mask(doc.text, m.end(), hit.start, ms)
            ok = m.end() <= hit.start and not _has_break(gap, allow=("of", "with")) and _n_words(gap) <= 8 and \
                not re.search(r"[,;:]", _mask(doc.text, sent.start, m.start(), ms))
        if not ok or _in_quote(doc.text, sent, m.start()):
            continue
        anchor = next((d for d in reversed(drafts) if d.type in VENUE_TYPES and d.date_explicit and not d.side
                       and d.hit.start < m.start()), None)
        if anchor is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", anchor.date.value or ""):
            return None  # no meeting or visit dated to a day before it
        mention = next((d for d in dates if d.mention_id and d.mention_id == anchor.date.mention_id), None)
        since = mention.end if mention is not None else anchor.hit.end
        if any(d.kind == "date" and since <= d.start and d.end <= m.start() and _is_body(doc, d) for d in dates):
            return None  # another date is named in between: the narrative's day is unclear
        shift = 1 if (m.group("next") or m.group("later") or m.group("after")) else -1
        day = (date.fromisoformat(anchor.date.value) + timedelta(days=shift)).isoformat()
        return dates_mod.DateRef(day, day, day, "day", "relative", "")
    return None


def _is_body(doc: Document, m: Mention) -> bool:
    """Is the mention in a body sentence, outside quotations?"""
    s = doc.sentence_at(m.start)
    return s is not None and s.region == "body" and not _in_quote(doc.text, s, m.start)


def _prev_body(doc: Document, sent: Sentence) -> Sentence | None:
    """The body sentence just before ``sent`` (repeats skipped), if any."""
    return next((s for s in reversed(doc.sentences[:sent.index]) if s.region == "body" and s.duplicate_of is None),
                None)


def _narrative_day(doc: Document, dates, sent: Sentence):
    """The DateRef of the first day-precision date of the body sentence before ``sent`` (not a participle's), or
    None."""
    prev = _prev_body(doc, sent)
    if prev is None:
        return None
    for m in sorted((m for m in dates if m.kind == "date" and prev.start <= m.start and m.end <= prev.end),
                    key=lambda m: m.start):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.value or "") and not _participle_date(doc.text, m, prev):
            return _date_of(doc, dates, prev, m)
    return None


def _planned_next_date(doc: Document, dates, drafts: list[_Draft]) -> None:
    """A planned meeting or visit with a venue and no date of its own ("A signing ceremony is expected in X within
    weeks.") takes the one future date of the next body sentence when that sentence reports no meeting or visit
    ("Officials spoke of mid-September."): a plan is never on the publication day by default."""
    for d in drafts:
        if d.type not in VENUE_TYPES or d.status != "planned" or d.venue is None or d.date_explicit \
                or getattr(d.date, "basis", "") != "article":
            continue
        sent = d.hit.sent
        nxt = next((s for s in doc.sentences[sent.index + 1:] if s.region == "body" and s.duplicate_of is None), None)
        if nxt is None or any(o.hit.sent is nxt and o.type in VENUE_TYPES for o in drafts):
            continue
        future = [m for m in dates if m.kind == "date" and nxt.start <= m.start and m.end <= nxt.end
                  and _after_publication(doc, m.value, "explicit")]
        if len(future) == 1:
            d.date, d.date_explicit = _date_of(doc, dates, nxt, future[0]), True


def _previous_dated(drafts: list[_Draft], doc: Document, sent: Sentence) -> _Draft | None:
    """The meeting/visit with an explicit date in the body sentence just before ``sent``, if any."""
    prev = [s for s in doc.sentences if s.index < sent.index and s.region == "body" and s.duplicate_of is None]
    if not prev:
        return None
    last = prev[-1]
    return next((d for d in reversed(drafts) if d.hit.sent is last and d.type in VENUE_TYPES and d.date_explicit
                 and not d.remote), None)


# the accord of the sentence before as the subject of a passive signing: "The agreement was signed in X"
_ACCORD_SUBJECT = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|declaration|memorandum|"
                             r"treaty|pact|protocol|understanding|document|text)\s+(?:was|were|had\s+been|has\s+been)\s+$",
                             re.I)


def previous_signing(drafts: list[_Draft], doc: Document, sent: Sentence, hit) -> _Draft | None:
    """For a passive signing with a definite accord as subject and no date of its own ("The agreement was signed in
    the Ethiopian capital"), the dated accord of the body sentence before ("Argentina and Iran yesterday signed a
    memorandum"): the same signing, whose day it takes. None otherwise.

    >>> from lib.extract import extract_document
    >>> from lib.extract.document import document_from_text
    >>> t = "Argentina and Iran yesterday signed a memorandum. The agreement was signed in Addis Ababa by the ministers."
    >>> doc = document_from_text("a", t, published="2013-01-28")
    >>> [(e.location, e.date) for e in extract_document(doc).events if e.event_type == "meeting"]
    [('Addis Ababa', '2013-01-27')]
    """
    if "signing" not in hit.trig.flags or not _ACCORD_SUBJECT.search(doc.text, max(sent.start, hit.start - 60),
                                                                     hit.start):
        return None
    last = _prev_body(doc, sent)
    return next((d for d in reversed(drafts) if last is not None and d.hit.sent is last and d.type == "agreement"
                 and d.date_explicit and d.status == "happened"), None)
