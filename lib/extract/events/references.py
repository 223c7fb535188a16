"""References: the date of an event mentioned in passing, counted from the event it is related to.

Idea: a referenced event has its own time, not the article's nor its main clause's. An offset phrase counts from
the main clause's event ("two weeks after the envoys met in Muscat": two weeks before the round's day); the
duration before a dated subject ends on its day ("The accord signed on Thursday came after six hours of talks":
Thursday); a meeting in a "where" clause after a dated leg is on that leg's day ("is due to travel on Wednesday
to Doha, where he will meet X": Wednesday).

Example:
    >>> _OFFSET.search("They met on Sunday, two weeks after ").group("n", "unit", "rel")
    ('two', 'weeks', 'after')
"""
from __future__ import annotations

import re

from lib.extract.events.periods import _date_of
from lib.extract.events.text import BREAK_WORDS, QUOTE_CHARS, _words
from lib.extract.events.triggers import _Draft, _Hit
from lib.extract.intervals import interval
from lib.models import Document, Sentence

_NUMBER = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0, "more than": 0}
# "two weeks after the envoys met in X", "a week after a second round in Y", "hours after the signing": the
# referenced event is that long before (after) the event of the clause it hangs on
_OFFSET = re.compile(r"(?:^|[\s,])(?:(?:just|only|barely|some|about|nearly|more\s+than|less\s+than)\s+)?"
                     r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                     r"(?P<unit>hours?|days?|weeks?|months?|years?)\s+(?P<rel>after|before)\s+"
                     r"(?P<gap>(?:[\w’'-]+\s+){0,5}?)$", re.I)
# "The accord signed on Thursday came after more than six hours of talks": hours of talks end on the day of what
# they came before
# (so do days, weeks or rounds of talks before a dated outcome: "agreed on Friday ..., following four rounds of talks
# with Russian officers in Busra al-Sham": the last round was that day)
_HOURS_OF = re.compile(r"(?:^|[\s,])(?P<rel>after|following)\s+(?:(?:just|only|some|about|nearly|almost|over|more\s+than|"
                       r"less\s+than)\s+)?(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                       r"twelve|several|few|many)\s+)?(?P<unit>hours?|days?|nights?|weeks?|rounds?)\s+of\s+"
                       r"(?P<gap>(?:[\w’'-]+\s+){0,2}?)$", re.I)


def _offset_date(doc: Document, dates, sent: Sentence, hit: _Hit, drafts: list[_Draft]):
    """The DateRef of a trigger named in an offset phrase after another event of its sentence ("have held a third
    round in X, two weeks after the envoys met in Y": the day two weeks before the round's), or None. The anchor
    is the first event of the sentence before the phrase (its main clause: "two weeks after X and a week
    after Y" both count from it), else the last day named before it.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> from lib.extract.dates import DateRef
    >>> d = document_from_text("a", "They held talks on Saturday, two weeks after the envoys met in Muscat.")
    >>> s = d.sentences[0]
    >>> talks, met = find_triggers(d, s)
    >>> anchor = _Draft(talks, "meeting", "040", None, DateRef("2025-04-26", basis="relative"), True, "happened")
    >>> _offset_date(d, [], s, met, [anchor]).value
    '2025-04-12'
    >>> _offset_date(d, [], s, talks, []) is None
    True

    Hours of talks before a dated event end on its day ("The accord signed on Thursday came after six hours of
    talks": Thursday).
    """
    from datetime import date, timedelta

    from lib.extract import dates as dates_mod

    m = _OFFSET.search(doc.text, sent.start, hit.start) or _HOURS_OF.search(doc.text, sent.start, hit.start)
    if m is None or re.search(rf"[,;:(){QUOTE_CHARS}]", m.group("gap")) or \
            set(_words(m.group("gap"))) & (BREAK_WORDS - {"to", "for"}):
        return None
    at = m.start("rel") if m.re is _HOURS_OF else m.start("n")
    anchor = next((d.date for d in drafts if d.hit.sent is sent and d.hit.end <= at and d.date is not None
                   and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.date.value or "")), None)
    if anchor is None:
        day = next((x for x in sorted(dates, key=lambda x: -x.start) if sent.start <= x.start and x.end <= at
                    and re.fullmatch(r"\d{4}-\d{2}-\d{2}", x.value or "")), None)
        if day is None:
            return None
        anchor = _date_of(doc, dates, sent, day)
    n = int(m.group("n")) if (m.group("n") or "").isdigit() else _NUMBER.get((m.group("n") or "").lower(), 0)
    unit = m.group("unit").lower().rstrip("s")
    sign = -1 if m.group("rel").lower() == "after" else 1
    base = date.fromisoformat(anchor.value)
    if unit == "hour" or m.re is _HOURS_OF:
        day = base  # "hours after the signing": the same day; "after four days of talks": they ended that day
    elif unit in ("day", "week"):
        day = base + timedelta(days=sign * n * (7 if unit == "week" else 1))
    else:
        months = base.year * 12 + base.month - 1 + sign * n * (12 if unit == "year" else 1)
        value = f"{months // 12:04d}" if unit == "year" else f"{months // 12:04d}-{months % 12 + 1:02d}"
        iv = interval(value)
        return dates_mod.DateRef(value, iv[0].isoformat(), iv[1].isoformat(), unit, "relative", "")
    v = day.isoformat()
    return dates_mod.DateRef(v, v, v, "day", "relative", "")


# ", where he will meet X" right after a place: the relative clause happens at that place, on the day of its leg
_WHERE = re.compile(r"\s*,\s*where\b", re.I)


def _where_date(doc: Document, dates, sent: Sentence, hit: _Hit, places, drafts=()):
    """The DateRef of a trigger in a "where" clause right after a place ("is due to travel on Wednesday to Doha,
    where he will meet X": Wednesday): the date governing that place's clause, when one is named; else None.

    >>> from lib.extract.document import document_from_text
    >>> from lib.extract.events.triggers import find_triggers
    >>> from lib.extract import dates as dates_mod
    >>> from lib.models import Mention
    >>> d = document_from_text("a", "He will travel on Wednesday to Doha, where he will meet the emir.", published="2024-06-11")
    >>> s = d.sentences[0]
    >>> doha = Mention.make("a", kind="place", text="Doha", start=31, end=35, value="Doha")
    >>> meet = [h for h in find_triggers(d, s) if h.text == "meet"][0]
    >>> _where_date(d, dates_mod.tag(d), s, meet, [doha]).value
    '2024-06-12'
    """
    from lib.extract.dates import governing_date

    clause = doc.text.rfind(",", sent.start, hit.start)
    if clause < 0 or not _WHERE.match(doc.text, clause) or re.search(r"[,;:]", doc.text[clause + 1:hit.start]):
        return None
    place = next((p for p in places if p.end <= clause and not doc.text[p.end:clause].strip()), None)
    if place is None or any(d.hit.sent is sent and d.venue is not None and d.venue.start == place.start for d in drafts):
        return None  # a visit placed there dates it ("his first trip took him to Riyadh, where he held talks")
    ref = governing_date(doc, dates, sent, place.start)
    return ref if ref.basis in ("explicit", "relative") and ref.mention_id else None
