"""TimeML date values as day intervals: the first and last day a value (or an explicit start/end) covers.

Events, linking and filters compare dates of mixed precision (a day, an ISO week, a month, a quarter, a year) by
the period each covers, so that "2023-W04" and "2023-01-25" overlap.

Example:
    >>> interval("2023-W04")
    (datetime.date(2023, 1, 23), datetime.date(2023, 1, 29))
"""
from __future__ import annotations

import datetime as dt
import re


def interval(value: str, date_start: str = "", date_end: str = "") -> tuple[dt.date, dt.date] | None:
    """A date value (or explicit start/end) -> (first day, last day), or None.

    >>> interval("2023-W04")
    (datetime.date(2023, 1, 23), datetime.date(2023, 1, 29))
    >>> interval("2023-02")[1], interval("2006"), interval("")
    (datetime.date(2023, 2, 28), (datetime.date(2006, 1, 1), datetime.date(2006, 12, 31)), None)
    """
    try:
        if date_start and date_end:
            return dt.date.fromisoformat(date_start[:10]), dt.date.fromisoformat(date_end[:10])
    except ValueError:
        pass
    v = (value or "").strip().upper()
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", v)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = re.fullmatch(r"(\d{4})-W(\d{2})", v)
        if m:
            s = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return s, s + dt.timedelta(days=6)
        m = re.fullmatch(r"(\d{4})-(\d{2})", v)
        if m:
            y, mo = int(m[1]), int(m[2])
            s = dt.date(y, mo, 1)
            return s, dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
        if m:
            y, q = int(m[1]), int(m[2])
            return dt.date(y, 3 * q - 2, 1), dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})", v)
        if m:
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None
