"""Calendar units beyond day, week, month and year as TimeML values with their first and last day: quarters
(1989-Q3), halves (1989-H1), seasons (1997-SU), weekends (2000-W16-WE), decades (199), centuries (19), and
periods moved by a count of units at their own precision ("a year earlier" than 1989-Q3 is 1988-Q3).

Example:
    >>> shift(quarter(1989, 3), "year", -1).value, season(1997, "WI").end.isoformat()
    ('1988-Q3', '1998-02-28')
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lib.models import Mention

# ----------------------------------------------------------------------------- periods

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}  # winter: December to February


@dataclass(frozen=True)
class Period:
    value: str
    precision: str
    start: dt.date
    end: dt.date


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def _months(y: int, m1: int, m2: int) -> tuple[dt.date, dt.date]:
    """First day of month m1 and last day of month m2 of year y (m2 > 12 runs into the next year)."""
    return dt.date(y, m1, 1), _month_end(y + (m2 - 1) // 12, (m2 - 1) % 12 + 1)


def quarter(y: int, q: int) -> Period:
    return Period(f"{y:04d}-Q{q}", "quarter", *_months(y, 3 * q - 2, 3 * q))


def half(y: int, h: int) -> Period:
    return Period(f"{y:04d}-H{h}", "half", *_months(y, 6 * h - 5, 6 * h))


def season(y: int, code: str) -> Period:
    return Period(f"{y:04d}-{code}", "season", *_months(y, *_SEASON_MONTHS[code]))


def decade(d: int) -> Period:
    return Period(f"{d:03d}", "decade", dt.date(d * 10, 1, 1), dt.date(d * 10 + 9, 12, 31))


def century(c: int) -> Period:
    return Period(f"{c:02d}", "century", dt.date(max(c * 100, 1), 1, 1), dt.date(c * 100 + 99, 12, 31))


def _of(m: Mention) -> Period | None:
    """The period of a calendar date mention, or None."""
    if m.kind != "date" or not m.date_start or not m.date_end:
        return None
    try:
        return Period(m.value.split("T")[0], m.precision, dt.date.fromisoformat(m.date_start),
                      dt.date.fromisoformat(m.date_end))
    except ValueError:
        return None


def _current_season(d: dt.date) -> tuple[int, str]:
    for code, (a, b) in _SEASON_MONTHS.items():
        if a <= d.month <= b:
            return d.year, code
    return d.year - 1, "WI"  # January, February: the winter that began in December


def shift(p: Period, unit: str, k: int) -> Period | None:
    """``p`` moved by ``k`` units (day|week|month|quarter|year|decade), kept at its own precision; None when the
    unit is finer than the period ("a day earlier" than a month is unclear).

    >>> shift(quarter(1989, 3), "year", -1).value, shift(Period("1989-11-02", "day", dt.date(1989, 11, 2),
    ...     dt.date(1989, 11, 2)), "week", 2).value
    ('1988-Q3', '1989-11-16')
    """
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    days = {"day": 1, "week": 7}.get(unit)
    try:
        if p.precision == "day":
            if days:
                d = p.start + dt.timedelta(days=days * k)
            else:
                i = p.start.year * 12 + p.start.month - 1 + months * k
                y, m = i // 12, i % 12 + 1
                d = dt.date(y, m, min(p.start.day, _month_end(y, m).day))
            return Period(d.isoformat(), "day", d, d)
        if p.precision == "week" and days:
            d = p.start + dt.timedelta(days=days * k)
            y, w, _ = d.isocalendar()
            s = dt.date.fromisocalendar(y, w, 1)
            return Period(f"{y:04d}-W{w:02d}", "week", s, s + dt.timedelta(days=6))
        if not months:
            return None
        if p.precision == "month":
            i = p.start.year * 12 + p.start.month - 1 + months * k
            y, m = i // 12, i % 12 + 1
            return Period(f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1), _month_end(y, m))
        if p.precision == "quarter" and months % 3 == 0:
            i = p.start.year * 4 + (p.start.month - 1) // 3 + months // 3 * k
            return quarter(i // 4, i % 4 + 1)
        if p.precision == "half" and months % 6 == 0:
            i = p.start.year * 2 + (p.start.month - 1) // 6 + months // 6 * k
            return half(i // 2, i % 2 + 1)
        if p.precision == "season" and months % 12 == 0:
            return season(p.start.year + months // 12 * k, p.value[-2:])
        if p.precision == "year" and months % 12 == 0:
            y = p.start.year + months // 12 * k
            return Period(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31))
    except (ValueError, OverflowError):
        return None
    return None


def containing(d: dt.date, unit: str) -> Period:
    """The day, ISO week, month, quarter or year that contains ``d``."""
    if unit == "day":
        return Period(d.isoformat(), "day", d, d)
    if unit == "week":
        y, w, _ = d.isocalendar()
        s = dt.date.fromisocalendar(y, w, 1)
        return Period(f"{y:04d}-W{w:02d}", "week", s, s + dt.timedelta(days=6))
    if unit == "month":
        return Period(f"{d.year:04d}-{d.month:02d}", "month", *_months(d.year, d.month, d.month))
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    return Period(f"{d.year:04d}", "year", dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))


def _at_unit(p: Period | None, unit: str) -> Period | None:
    """A day-precision period cut to the precision of a counting unit (year, month, week)."""
    if p is None or p.precision != "day" or unit in ("day",):
        return p
    d = p.start
    if unit in ("year", "decade"):
        return Period(f"{d.year:04d}", "year", dt.date(d.year, 1, 1), dt.date(d.year, 12, 31))
    if unit == "month":
        return Period(f"{d.year:04d}-{d.month:02d}", "month", *_months(d.year, d.month, d.month))
    if unit == "quarter":
        return quarter(d.year, (d.month - 1) // 3 + 1)
    y, w, _ = d.isocalendar()
    s = dt.date.fromisocalendar(y, w, 1)
    return Period(f"{y:04d}-W{w:02d}", "week", s, s + dt.timedelta(days=6))


def _easter(y: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _holiday_day(code: str, y: int) -> dt.date:
    if code == "EASTER":
        return _easter(y)
    mon, rest = code.split("-")
    if rest.startswith("TH"):  # the n-th Thursday of the month
        first = dt.date(y, int(mon), 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 7 * (int(rest[2:]) - 1))
    return dt.date(y, int(mon), int(rest))
