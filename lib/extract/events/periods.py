"""Periods: a date mention as the DateRef of a trigger, and comparisons of periods.

Idea: a bound date mention becomes the trigger's DateRef (its TimeML value, narrowed to the third of a month or
year its words name: "the end of last month"); periods are compared as intervals (overlap, after publication).

Example:
    >>> from lib.extract.dates import DateRef
    >>> m = Mention.make("a", kind="date", text="early March", start=0, end=11, value="2023-03")
    >>> r = _narrowed(DateRef("2023-03", "2023-03-01", "2023-03-31", "month", "explicit", m.mention_id), [m])
    >>> r.date_start, r.date_end
    ('2023-03-01', '2023-03-10')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lib.extract.intervals import interval
from lib.models import Document, Mention, Sentence


def _after_publication(doc: Document, value: str, basis: str) -> bool:
    """Does the date ``value`` begin after the publication period ends (a future event)?"""

    if basis not in ("explicit", "relative") or not value or not doc.published:
        return False
    iv, pub = interval(value), interval(doc.published)
    return iv is not None and pub is not None and iv[0] > pub[1]


def _dates_overlap(a, b) -> bool:

    ia, ib = interval(a.value, a.date_start, a.date_end), interval(b.value, b.date_start, b.date_end)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


# a part of a month or year ("at the end of last month", "early March", "mid-2022"): its third of the period
_PART = re.compile(r"^(?:the\s+)?(?:(?P<early>early|start|beginning)|(?P<mid>mid|middle)|(?P<late>late|end))\b", re.I)


def _narrowed(ref, dates):
    """The DateRef with its interval narrowed to the third of the month or year its expression names ("the end of
    last month": the month's last third); the TimeML value and precision stay.

    >>> from lib.extract.dates import DateRef
    >>> m = Mention.make("a", kind="date", text="the start of last month", start=0, end=23, value="2023-04")
    >>> r = _narrowed(DateRef("2023-04", "2023-04-01", "2023-04-30", "month", "relative", m.mention_id), [m])
    >>> r.value, r.date_start, r.date_end
    ('2023-04', '2023-04-01', '2023-04-10')
    """
    from dataclasses import replace
    from datetime import timedelta

    m = next((d for d in dates if ref.mention_id and d.mention_id == ref.mention_id), None)
    part = _PART.match(m.text) if m is not None and ref.precision in ("month", "year") else None
    iv = interval(ref.value, ref.date_start, ref.date_end) if part else None
    if iv is None:
        return ref
    third = ((iv[1] - iv[0]).days + 1) // 3
    lo = iv[0] + timedelta(days=0 if part.group("early") else third if part.group("mid") else 2 * third)
    hi = iv[1] if part.group("late") else lo + timedelta(days=third - 1)
    return replace(ref, date_start=lo.isoformat(), date_end=hi.isoformat())


def _date_of(doc: Document, dates, sent: Sentence, m: Mention):
    """The DateRef of a date mention bound to a trigger: the mention itself, even where ``governing_date`` would
    prefer another date of the clause over it (a date inside a 'since' phrase that is the trigger's own)."""
    from lib.extract import dates as dates_mod

    ref = dates_mod.governing_date(doc, dates, sent, m.start)
    if ref.mention_id == m.mention_id:
        return _narrowed(ref, [m])
    relative = getattr(dates_mod, "_is_relative", lambda _m: False)(m)
    return _narrowed(dates_mod.DateRef(m.value, m.date_start, m.date_end, m.precision,
                                       "relative" if relative else "explicit", m.mention_id), [m])


@dataclass(frozen=True)
class _DateLike:
    m: Mention

    @property
    def value(self):
        return self.m.value

    @property
    def date_start(self):
        return self.m.date_start

    @property
    def date_end(self):
        return self.m.date_end
