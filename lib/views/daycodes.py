"""Integer day codes for the timeline's counts: each event's first day without a Python call per row, and the
coarsest period its counts can be grouped by before the point budget is applied.

Idea: the timeline counts events per (lane, type, period). At 100k articles (1.7M events over ~19k distinct days)
grouping by day gives ~870k groups, although the chart ends up with ~1,500 points per year or month. Two facts
make that work unnecessary: (1) a chart of one point per period has at least as many points as there are distinct
periods, so every step of the point budget at a period with more than ``max_points`` distinct values is skipped
anyway; (2) months nest in quarters, years and bins of years, so counts per month give exactly the counts of every
coarser step. Days are computed once per distinct date *value* (a compact frame's categories; remembered while
those categories live, so a filtered copy reuses them), never per row.

Approach: ``day_index`` takes, per row, the first day of ``date_start`` (else of ``date``) as an index into the
sorted distinct days present; ``grain`` picks the first period of ``FREQS`` whose distinct count fits, and returns
per-row indexes at day grain (when day or week may fit: weeks do not nest in months) or month grain otherwise.

Example:
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"date_start": ["2023-01-05", "", "2023-02-01"], "date": ["", "2023-01-05", ""]})
    >>> from lib.views.timeline import _first_day_key
    >>> idx, days = day_index(ev, _first_day_key)
    >>> idx.tolist(), [str(d) for d in days]
    ([0, 0, 1], ['2023-01-05', '2023-02-01'])
    >>> freq, g_idx, g_days = grain(idx, days, max_points=1)
    >>> freq, g_idx.tolist(), [str(d) for d in g_days]
    ('quarter', [0, 0, 1], ['2023-01-01', '2023-02-01'])
"""
from __future__ import annotations

import threading
import weakref

_CACHE: dict = {}  # (id(categories), tag) -> (weak reference, per-category values)
_LOCK = threading.Lock()
_CACHE_MAX = 64


def per_category(values, tag: str, func, dtype):
    """(codes per row, ``func`` of each distinct value as a numpy array): ``values``' own factorisation
    (``lib.views.columns._factorize``: missing values have the last code). For a category column ``func`` runs once
    per category and is remembered while the categories object lives (filtered copies share it)."""
    import numpy as np
    import pandas as pd

    from lib.views.columns import _factorize

    if not isinstance(values.dtype, pd.CategoricalDtype):
        codes, uniq = _factorize(values)
        return codes, np.asarray([func(v) for v in uniq] or [func(None)], dtype=dtype)
    cats = values.cat.categories  # (not listed: a list of 20k categories per call costs more than the rest)
    key = (id(cats), tag)
    hit = _CACHE.get(key)
    if hit is not None and hit[0]() is cats:
        base = hit[1]
    else:
        base = np.asarray([func(v) for v in cats], dtype=dtype)
        with _LOCK:
            if len(_CACHE) >= _CACHE_MAX:
                _CACHE.pop(next(iter(_CACHE)), None)
            _CACHE[key] = (weakref.ref(cats), base)
        weakref.finalize(cats, _CACHE.pop, key, None)
    codes = values.cat.codes.to_numpy()
    missing = codes < 0
    if missing.any():  # as ``_factorize``: the missing value has the last code
        base = np.append(base, np.asarray([func(values.iloc[int(np.argmax(missing))])], dtype=dtype))
        codes = np.where(missing, len(cats), codes)
    return codes, base


def day_index(events, first_day_key):
    """(per row: index into ``days`` of its first day, -1 when undated; ``days``: the sorted distinct first days of
    the dated rows, ``datetime64[D]``). The first day is ``date_start``'s, else ``date``'s, as YYYYMMDD by
    ``first_day_key`` (``timeline._first_day_key``: -1 when undated)."""
    import numpy as np

    n = len(events)
    idx = np.full(n, -1, dtype=np.int64)
    todo = None  # rows not dated yet (None: all)
    parts = []
    for name in ("date_start", "date"):
        if name not in events.columns:
            continue
        codes, k = per_category(events[name], "first_day", first_day_key, np.int64)
        rows = None if todo is None else np.flatnonzero(todo)
        c = codes if rows is None else codes[rows]
        hit = (k >= 0)[c]
        parts.append((rows, c, hit, k, k[np.bincount(c[hit], minlength=len(k)) > 0]))  # the values dating a row
        todo = ~hit if rows is None else todo
        if rows is not None:
            todo[rows[hit]] = False
        if not todo.any():
            break
    known = np.unique(np.concatenate([p[4] for p in parts] or [np.zeros(0, np.int64)]))
    for rows, c, hit, k, _used in parts:
        at = np.where(k >= 0, np.searchsorted(known, k), -1)  # per value (only the used ones are read)
        if rows is None:
            idx = at[c]
        else:
            idx[rows[hit]] = at[c[hit]]
    days = (((known // 10000 - 1970) * 12 + known // 100 % 100 - 1).astype("datetime64[M]").astype("datetime64[D]")
            + (known % 100 - 1))
    return idx, days


FREQS = ("day", "week", "month", "quarter", "year")  # the periods of the timeline, finest first


def period_starts(days, freq: str):
    """First day of the ``freq`` period holding each day (numpy ``datetime64[D]`` in and out); ``freq`` is one of
    ``FREQS`` or ``"FIRST:WIDTH"`` (bins of WIDTH years from the year FIRST).

    >>> import numpy as np
    >>> d = np.array(["2023-08-17"], dtype="datetime64[D]")
    >>> [str(period_starts(d, f)[0]) for f in (*FREQS, "2020:5")]
    ['2023-08-17', '2023-08-14', '2023-08-01', '2023-07-01', '2023-01-01', '2020-01-01']
    """
    import numpy as np

    if freq == "day":
        return days
    if freq == "week":  # 1970-01-01 was a Thursday: Monday-based weekday = (days + 3) % 7
        n = days.astype(np.int64)
        return (n - (n + 3) % 7).astype("datetime64[D]")
    if freq == "month":
        return days.astype("datetime64[M]").astype("datetime64[D]")
    if freq == "quarter":
        m = days.astype("datetime64[M]").astype(np.int64)
        return (m - m % 3).astype("datetime64[M]").astype("datetime64[D]")
    years = days.astype("datetime64[Y]").astype(np.int64)
    if freq != "year":
        first, width = (int(v) - 1970 * (i == 0) for i, v in enumerate(freq.split(":")))
        years = first + (years - first) // width * width
    return years.astype("datetime64[Y]").astype("datetime64[D]")


def grain(idx, days, max_points: int):
    """(the finest period of ``FREQS`` with at most ``max_points`` distinct values, else "year"; per-row index at
    the grain to count by; that grain's distinct first days). The grain is the day when the day or the week may
    fit (weeks do not nest in months), else the month (months nest in every coarser step). ``idx``: ``day_index``'s
    (-1 stays -1)."""
    import numpy as np

    first, max_points = "year", max(1, int(max_points))  # as the budget: at least one point
    for freq in FREQS:
        if len(np.unique(period_starts(days, freq))) <= max_points:
            first = freq
            break
    if first in ("day", "week"):
        return first, idx, days
    months, inv = np.unique(period_starts(days, "month"), return_inverse=True)
    return first, np.where(idx >= 0, inv.reshape(-1)[np.maximum(idx, 0)], -1), months
