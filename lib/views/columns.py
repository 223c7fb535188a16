"""Per distinct value over table columns: the '; '-joined multi-valued cells, TimeML date bounds and each row's
date interval, computed once per distinct value and broadcast back to up to millions of rows.

Idea: a column holds few distinct values (a few thousand dates, a dozen faction lists) over many rows, so every
per-value computation (``split_multi``, ``timex_bounds``) runs once per distinct value (``per_value``,
``_factorize``) and the rows take the result through the value codes. Factorisations and date bounds of large
columns are remembered while the column's array lives (``_memo``: the loaded tables are cached and read-only), so a
rerun of the filters on the same table is pure vectorised masks. ``lib.views.filters`` (the sidebar filters), the
timeline, compare and context views and the SQL pushdown all read rows' dates as ``_intervals`` defines them.

Example:
    >>> import pandas as pd
    >>> lo, hi = row_intervals(pd.DataFrame({"date_start": ["2023-02", "2023-03-19"], "date_end": ["", ""]}))
    >>> list(lo), list(hi)
    (['2023-02-01', '2023-03-19'], ['2023-02-28', '2023-03-19'])
"""
from __future__ import annotations

import calendar
import re
import threading

# (start, end) column pairs giving a row's date interval, first present non-empty pair wins.
DATE_COLUMNS = (("date_start", "date_end"), ("period_start", "period_end"), ("date", "date"),
                ("published", "published"))


def split_multi(value) -> list[str]:
    """Items of a '; '-joined cell.

    >>> split_multi("Hamas; Israel"), split_multi(None), split_multi("")
    (['Hamas', 'Israel'], [], [])
    """
    if value is None or (isinstance(value, float) and value != value):
        return []
    return [p.strip() for p in str(value).split(";") if p.strip()]


_TIMEX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")


def timex_bounds(value) -> tuple[str, str]:
    """First and last day (YYYY-MM-DD) covered by a TimeML value; ('', '') if it is not a date.

    >>> timex_bounds("2023-02"), timex_bounds("2024"), timex_bounds("2023-03-19")
    (('2023-02-01', '2023-02-28'), ('2024-01-01', '2024-12-31'), ('2023-03-19', '2023-03-19'))
    >>> timex_bounds("2023-W02"), timex_bounds("PRESENT_REF"), timex_bounds(None)
    (('2023-01-09', '2023-01-15'), ('', ''), ('', ''))
    """
    import datetime as dt

    if not isinstance(value, str):
        return "", ""
    m = _TIMEX.match(value.strip())
    if not m:
        return "", ""
    y, mo, d, w = m.groups()
    try:
        if w:
            first = dt.date.fromisocalendar(int(y), int(w), 1)
            return first.isoformat(), (first + dt.timedelta(days=6)).isoformat()
        if d:
            day = dt.date(int(y), int(mo), int(d)).isoformat()
            return day, day
        if mo:
            last = calendar.monthrange(int(y), int(mo))[1]
            return dt.date(int(y), int(mo), 1).isoformat(), dt.date(int(y), int(mo), last).isoformat()
        return f"{y}-01-01", f"{y}-12-31"
    except ValueError:
        return "", ""


# ---------------------------------------------------------------------------------------------- per distinct value
# A column holds few distinct values (a few thousand dates, a dozen faction lists) over up to millions of rows:
# every per-value computation runs once per distinct value and is broadcast back with the value codes.
# Factorisations and date bounds of large columns are remembered while the column's array lives (the loaded
# tables are cached and read-only), so a rerun on the same table is pure vectorised masks.

_MEMO: dict = {}
_MEMO_LOCK = threading.Lock()
_MEMO_MIN_ROWS = 50_000
_MEMO_MAX = 64


def _memo(values, tag, make):
    """``make()`` for the column array behind ``values``, remembered while that array lives (large columns)."""
    import weakref

    arr = values.array
    if len(arr) < _MEMO_MIN_ROWS:
        return make()
    key = (id(arr), tag)
    hit = _MEMO.get(key)
    if hit is not None and hit[0]() is arr:
        return hit[1]
    out = make()
    try:
        ref = weakref.ref(arr)
        weakref.finalize(arr, _MEMO.pop, key, None)
    except TypeError:  # an array type without weak references: not remembered
        return out
    with _MEMO_LOCK:  # app sessions run in threads
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.pop(next(iter(_MEMO)), None)
        _MEMO[key] = (ref, out)
    return out


def _factorize(values):
    """(codes, distinct values); missing values get their own code (the last), holding the first missing value."""
    import numpy as np
    import pandas as pd

    if isinstance(values.dtype, pd.CategoricalDtype):  # the column's own codes: nothing to compute or remember
        codes = values.cat.codes.to_numpy()
        uniq = list(values.cat.categories)
        missing = codes < 0
        if missing.any():
            uniq.append(values.iloc[int(np.argmax(missing))])
            codes = np.where(missing, len(uniq) - 1, codes)
        return codes, uniq

    def make():
        codes, uniq = pd.factorize(values, use_na_sentinel=True)
        uniq = list(uniq)
        missing = codes < 0
        if missing.any():
            uniq.append(values.iloc[int(np.argmax(missing))])
            codes = np.where(missing, len(uniq) - 1, codes)
        return codes, uniq

    return _memo(values, "factorize", make)


def per_value(values, func, dtype=object):
    """``values.map(func)`` as a numpy array, calling ``func`` once per distinct value.

    >>> import pandas as pd
    >>> per_value(pd.Series(["a", "bb", "a", None]), lambda v: len(v) if isinstance(v, str) else 0, int).tolist()
    [1, 2, 1, 0]
    """
    import numpy as np

    codes, uniq = _factorize(values)
    return np.asarray([func(v) for v in uniq], dtype=dtype)[codes] if len(uniq) else np.empty(0, dtype)


def _unique(values, counts: bool = False):
    """``np.unique(values, return_inverse=True)`` (or ``return_counts=True``) by hashing, not sorting, the rows: only
    the distinct values are sorted (1.7M rows: a few times faster).

    >>> import numpy as np
    >>> _unique(np.asarray([5, 3, 5, 9]))[1].tolist(), _unique(np.asarray([5, 3, 5]), counts=True)[1].tolist()
    ([1, 0, 1, 2], [1, 2])
    """
    import numpy as np
    import pandas as pd

    codes, uniq = pd.factorize(values)
    order = np.argsort(uniq, kind="stable")
    if counts:
        return uniq[order], np.bincount(codes, minlength=len(uniq))[order]
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return uniq[order], rank[codes]


def _day_key(day: str) -> int:
    """YYYYMMDD as an int (orders like the string); -1 for ''."""
    return int(day[:4] + day[5:7] + day[8:10]) if day else -1


def _bounds(values, strings: bool = True):
    """Per row: (first day, last day) strings and their integer keys, from ``timex_bounds`` per distinct value."""
    import numpy as np

    def make():  # per distinct value only: the rows take them through the codes (little memory per column)
        _codes, uniq = _factorize(values)
        b = [timex_bounds(v) for v in uniq]
        lo = np.asarray([x[0] for x in b] or [""], dtype=object)
        hi = np.asarray([x[1] for x in b] or [""], dtype=object)
        lo_k = np.asarray([_day_key(x[0]) for x in b] or [-1], dtype=np.int64)
        hi_k = np.asarray([_day_key(x[1]) for x in b] or [-1], dtype=np.int64)
        return lo, hi, lo_k, hi_k

    codes = _factorize(values)[0]
    lo, hi, lo_k, hi_k = _memo(values, "bounds", make)
    if not strings:
        return None, None, lo_k[codes], hi_k[codes]
    return lo[codes], hi[codes], lo_k[codes], hi_k[codes]


def _intervals(df, articles=None, strings: bool = True):
    """(lo, hi, lo_key, hi_key) numpy arrays per row, as ``row_intervals`` defines them ('' / -1 when undated).

    With ``strings=False`` only the integer keys are computed (lo and hi are None)."""
    import numpy as np

    n = len(df)
    lo = np.full(n, "", dtype=object) if strings else None
    hi = np.full(n, "", dtype=object) if strings else None
    lo_k = np.full(n, -1, dtype=np.int64)
    hi_k = np.full(n, -1, dtype=np.int64)

    def put(todo, parts):
        nonlocal lo, hi, lo_k, hi_k
        p_lo, p_hi, p_lo_k, p_hi_k = parts
        lo_k = np.where(todo, p_lo_k, lo_k)
        hi_k = np.where(todo, p_hi_k, hi_k)
        if strings:
            lo = np.where(todo, p_lo, lo)
            hi = np.where(todo, p_hi, hi)

    for a, b in DATE_COLUMNS:
        if a not in df.columns:
            continue
        todo = lo_k < 0
        if not todo.any():
            break
        a_lo, a_hi, a_lo_k, a_hi_k = _bounds(df[a], strings)
        b_lo, b_hi, b_lo_k, b_hi_k = _bounds(df[b if b in df.columns else a], strings)
        has_end = b_hi_k >= 0
        put(todo, (a_lo, np.where(has_end, b_hi, a_hi) if strings else None, a_lo_k,
                   np.where(has_end, b_hi_k, a_hi_k)))
    if articles is not None and len(articles) and "article_id" in df.columns and "published" in articles.columns:
        todo = lo_k < 0
        if todo.any():
            pub = dict(zip(articles["article_id"], articles["published"], strict=False))
            codes, uniq = _factorize(df["article_id"])
            memo: dict = {}
            bs = []
            for aid in uniq:
                v = pub.get(aid)
                if not isinstance(v, str):
                    bs.append(timex_bounds(v))
                    continue
                if v not in memo:
                    memo[v] = timex_bounds(v)
                bs.append(memo[v])
            put(todo, (np.asarray([x[0] for x in bs], dtype=object)[codes] if strings else None,
                       np.asarray([x[1] for x in bs], dtype=object)[codes] if strings else None,
                       np.asarray([_day_key(x[0]) for x in bs], dtype=np.int64)[codes],
                       np.asarray([_day_key(x[1]) for x in bs], dtype=np.int64)[codes]))
    return lo, hi, lo_k, hi_k


def row_intervals(df, articles=None):
    """(lo, hi) Series of YYYY-MM-DD strings per row ('' when undated), falling back to the article's date.

    >>> import pandas as pd
    >>> lo, hi = row_intervals(pd.DataFrame({"date_start": ["2023-02", ""], "date_end": ["2023-03", ""]}))
    >>> list(lo), list(hi)
    (['2023-02-01', ''], ['2023-03-31', ''])
    """
    import pandas as pd

    lo, hi, _, _ = _intervals(df, articles)
    return pd.Series(lo, index=df.index, dtype=object), pd.Series(hi, index=df.index, dtype=object)
