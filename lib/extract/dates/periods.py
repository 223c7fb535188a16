"""Periods of the calendar for the tagger: the publication anchor at its precision, a resolved value with
its first and last day, and the clause's governing date.

Example:
    >>> Anchor.of("2021-06").precision, _week(dt.date(2023, 3, 19), "relative", "").value
    ('month', '2023-W11')
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class DateRef:
    """The date that governs a clause, and how it was found."""

    value: str = ""  # TimeML value
    date_start: str = ""
    date_end: str = ""
    precision: str = ""  # day | week | month | year
    basis: str = "none"  # explicit | relative | article | none
    mention_id: str = ""


# ----------------------------------------------------------------------------- anchor and periods


@dataclass(frozen=True)
class Anchor:
    """The publication date at its precision."""

    precision: str = ""  # day | month | year | ''
    year: int = 0
    month: int = 0
    day: dt.date | None = None
    value: str = ""
    # inferred from the text (the latest date it gives): the real publication date is on or after it
    lower_bound: bool = False

    @classmethod
    def of(cls, value: str) -> Anchor:
        """
        >>> Anchor.of("2021-06").precision, Anchor.of("2023-03-19").day
        ('month', datetime.date(2023, 3, 19))
        """
        v = (value or "").strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", v)
        if not m:
            return cls()
        try:
            if m[3]:
                d = dt.date(int(m[1]), int(m[2]), int(m[3]))
                return cls("day", d.year, d.month, d, d.isoformat())
            if m[2] and 1 <= int(m[2]) <= 12:
                return cls("month", int(m[1]), int(m[2]), None, v)
            return cls("year", int(m[1]), 0, None, m[1])
        except ValueError:
            return cls()


@dataclass(frozen=True)
class Resolved:
    value: str
    precision: str
    start: dt.date
    end: dt.date
    basis: str  # explicit | relative
    evidence: str


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def _day(d: dt.date, basis: str, ev: str) -> Resolved:
    return Resolved(d.isoformat(), "day", d, d, basis, ev)


def _month(y: int, m: int, basis: str, ev: str) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1), _month_end(y, m), basis, ev)


def _year(y: int, basis: str, ev: str) -> Resolved:
    return Resolved(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31), basis, ev)


def _week(d: dt.date, basis: str, ev: str) -> Resolved:
    y, w, _ = d.isocalendar()
    start = dt.date.fromisocalendar(y, w, 1)
    return Resolved(f"{y:04d}-W{w:02d}", "week", start, start + dt.timedelta(days=6), basis, ev)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _coarse(anchor: Anchor, what: str) -> Resolved | None:
    """The anchor itself as the honest value of an expression finer than the anchor."""
    ev = f"{what}; publication known only to the {anchor.precision} ({anchor.value}): coarsened to it"
    if anchor.precision == "month":
        return _month(anchor.year, anchor.month, "relative", ev)
    if anchor.precision == "year":
        return _year(anchor.year, "relative", ev)
    return None
