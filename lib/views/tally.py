"""Casualty tallies for the panel, following ACLED's rule: cumulative tallies are never summed.

A claim (a row of the casualties table, as a dict) is either an *incident* count ("the strike killed five")
or a *cumulative* tally ("86 Palestinians this year, according to an AFP tally"). Per group and outcome:

- ``cumulative_series``: every cumulative claim as a point (as-of date, low, high), one line per source, for
  a step chart. The source is ``reported_by``, else the outlet that asserts the figure itself.
- ``latest_cumulative``: the latest claim of each source for a group, outcome, period and area.
- ``totals``: for each group, outcome, period and area, the latest tally, never a sum of tallies. When the
  sources reporting on the latest day disagree, the total is their range and is marked disputed. Tallies of
  different areas ("killed in the West Bank" and "killed in Gaza" since one day) are different totals, not a
  dispute; a tally naming no area is its own row. Incident counts are
  totalled separately: reports of one incident (same group, outcome, date and place) in several articles
  count once, as a range if they differ; one article's distinct incident claims, and distinct incidents, add.

Example:
    >>> rows = [
    ...     {"claim_id": "a", "count": 86, "outcome": "killed", "group_norm": "Palestinians", "kind": "cumulative",
    ...      "period_start": "2023-01-01", "period_end": "2023-03-19", "reported_by": "AFP"},
    ...     {"claim_id": "b", "count": 90, "outcome": "killed", "group_norm": "Palestinians", "kind": "cumulative",
    ...      "period_start": "2023-01-01", "period_end": "2023-03-19", "reported_by": "Health Ministry"}]
    >>> [(t.low, t.high, t.disputed, t.sources) for t in totals(rows)]
    [(86, 90, True, ('AFP', 'Health Ministry'))]
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

UNSPECIFIED = "unspecified"
# Every key a claim's dict is read by here (claims and their article's outlet and date): a page builds its dicts
# from these columns only (357k claims at 100k articles: a dict of every column would take ~0.4 GB more).
CLAIM_KEYS = ("claim_id", "article_id", "count", "count_min", "count_max", "qualifier", "outcome", "group",
              "group_norm", "kind", "period_start", "period_end", "reported_by", "location", "date", "text", "outlet",
              "published")


def as_int(v) -> int | None:
    """An int from a cell that may be None, NaN, pandas NA, a float or a string.

    >>> as_int(3.0), as_int(None), as_int(float("nan")), as_int("12"), as_int("")
    (3, None, None, 12, None)
    """
    if v is None:
        return None
    if type(v) is int:
        return v
    if type(v) is float:
        return None if math.isnan(v) else int(v)
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else int(f)


def _str(v) -> str:
    if type(v) is str:  # the common cell, first (357k claims x ~12 reads at 100k articles)
        return v.strip()
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    try:
        import pandas as pd

        if v is pd.NA:
            return ""
    except ImportError:  # pragma: no cover
        pass
    return str(v).strip()


class ClaimRow(Mapping):
    """A claim as a read-only mapping: row ``i`` of columns (lists) shared by every row of a table, what
    ``df.to_dict("records")`` gives in a small part of the memory and time (357k claims at 100k articles: no dict
    and no tuple per claim). ``claim_rows(df)`` makes them."""

    __slots__ = ("_cols", "_i")

    def __init__(self, columns: dict, i: int):
        self._cols, self._i = columns, i

    def __getitem__(self, key):
        return self._cols[key][self._i]

    def get(self, key, default=None):
        c = self._cols.get(key)
        return default if c is None else c[self._i]

    def __iter__(self):
        return iter(self._cols)

    def __len__(self):
        return len(self._cols)


def claim_rows(df, columns=None) -> list[ClaimRow]:
    """The rows of ``df`` (its ``columns``, all by default) as ``ClaimRow``s, values as ``to_dict("records")`` gives.

    >>> import pandas as pd
    >>> r = claim_rows(pd.DataFrame({"claim_id": ["c1"], "count": [3]}))[0]
    >>> r["count"], r.get("outlet", ""), dict(r)
    (3, '', {'claim_id': 'c1', 'count': 3})
    """
    cols = {c: df[c].tolist() for c in (columns or df.columns) if c in df.columns}
    return [ClaimRow(cols, i) for i in range(len(df))] if cols else []


def bounds(row: Mapping) -> tuple[int | None, int | None]:
    """(low, high) a claim allows; ``high`` is None when the claim has no upper bound ("at least 505").

    A range gives its ends, an exact or approximate figure gives the count twice.

    >>> bounds({"count": 10, "count_min": 10, "count_max": 15}), bounds({"count": 505, "count_min": 505})
    ((10, 15), (505, None))
    >>> bounds({"count": 30, "count_min": None, "count_max": None, "qualifier": "about"})
    (30, 30)
    """
    return _bounds(as_int(row.get("count")), as_int(row.get("count_min")), as_int(row.get("count_max")))


def _bounds(count: int | None, lo: int | None, hi: int | None) -> tuple[int | None, int | None]:
    if count is None and lo is None:
        return None, None
    if lo is not None and hi is None:
        return lo, None
    low = lo if lo is not None else count
    high = hi if hi is not None else count
    if low is not None and high is not None and high < low:
        low = high if lo is None else low
        high = max(high, low)
    return low, high


def group_of(row: Mapping) -> str:
    """The group a claim counts: its normalised group, else the group as written, else 'unspecified'."""
    return _str(row.get("group_norm")) or _str(row.get("group")) or UNSPECIFIED


def source_of(row: Mapping) -> str:
    """Who reports the figure: ``reported_by``, else the outlet (the article asserts it), else the article.

    >>> source_of({"reported_by": "", "outlet": "AFP"}), source_of({"reported_by": "Health Ministry"})
    ('AFP', 'Health Ministry')
    """
    return _str(row.get("reported_by")) or _str(row.get("outlet")) or _str(row.get("article_id")) or "unknown"


def as_of(row: Mapping) -> str:
    """The day a figure stands for: the end of its period, else its date, else the publication date."""
    for key in ("period_end", "date", "published"):
        v = _str(row.get(key))
        if v:
            return v
    return ""


def is_cumulative(row: Mapping) -> bool:
    return _str(row.get("kind")) == "cumulative"


@dataclass(frozen=True)
class Point:
    """One cumulative claim on the step chart."""

    group: str
    outcome: str
    source: str
    as_of: str
    low: int | None
    high: int | None
    period_start: str
    claim_id: str


@dataclass(frozen=True)
class Total:
    """A total for one group, outcome, kind and period: a single figure or, when disputed, a range."""

    group: str
    outcome: str
    kind: str  # cumulative | incident
    period_start: str
    as_of: str
    low: int | None
    high: int | None
    disputed: bool
    sources: tuple[str, ...]
    claim_ids: tuple[str, ...]
    basis: str  # how the figure was reached, for the reader

    @property
    def label(self) -> str:
        """'86', '86–90 (disputed)' or '?'.

        >>> Total("P", "killed", "cumulative", "", "", 86, 90, True, (), (), "").label
        '86–90 (disputed)'
        """
        if self.low is None:
            return "?"
        mark = " (disputed)" if self.disputed else ""
        if self.high is None:
            return f"≥{self.low:,}{mark}"
        if self.low == self.high:
            return f"{self.low:,}{mark}"
        return f"{self.low:,}–{self.high:,}{mark}"


class Facts(NamedTuple):
    """What the totals and the chart read of one claim, each computed once (``facts``): the helpers above called
    per use cost ~5 s CPU on the 357k claims of 100k articles."""

    row: Mapping
    cumulative: bool
    group: str
    outcome: str
    period_start: str
    area: str  # area_of, also the incident's place
    source: str
    as_of: str
    low: int | None
    high: int | None
    count: int | None
    claim_id: str
    article_id: str
    date: str


def facts(rows: Iterable[Mapping]) -> list[Facts]:
    """``Facts`` of each claim, in order.

    >>> f = facts([{"claim_id": "x", "count": 5, "outcome": "killed ", "group": "people", "kind": "cumulative",
    ...             "date": "2023-01-02", "reported_by": "UN"}])[0]
    >>> (f.cumulative, f.group, f.outcome, f.source, f.as_of, f.low, f.high, f.area)
    (True, 'people', 'killed', 'UN', '2023-01-02', 5, 5, '')
    """
    if isinstance(rows, list) and rows and all(type(f) is Facts for f in rows):
        return rows  # already made (a page computes them once for the totals and the chart)
    rows = rows if isinstance(rows, list) else list(rows)
    col = _column_reader(rows)

    def text(key: str) -> list[str]:  # _str of every cell, without a call for the common str cell
        return [v.strip() if type(v) is str else _str(v) for v in col(key)]

    count = [as_int(v) for v in col("count")]
    bnds = [_bounds(c, as_int(lo), as_int(hi)) for c, lo, hi in zip(count, col("count_min"), col("count_max"),
                                                                     strict=True)]
    return _assemble(rows, text, count, [b[0] for b in bnds], [b[1] for b in bnds])


def _assemble(rows: list[Mapping], text, count: list, lows: list, highs: list) -> list[Facts]:
    """``Facts`` of ``rows`` from ``text(key)`` (every row's cleaned cell of that column) and the counts and bounds
    already read: group (``group_of``), source (``source_of``) and as-of day (``as_of``) by their fallbacks."""
    kind, outcome, start, area = text("kind"), text("outcome"), text("period_start"), text("location")
    cid, aid, date = text("claim_id"), text("article_id"), text("date")
    group = [a or b or UNSPECIFIED for a, b in zip(text("group_norm"), text("group"), strict=True)]
    source = [a or b or c or "unknown" for a, b, c in zip(text("reported_by"), text("outlet"), aid, strict=True)]
    day = [a or b or c for a, b, c in zip(text("period_end"), date, text("published"), strict=True)]
    return [Facts(r, k == "cumulative", g, o, st, a, so, d, lw, hg, ct, ci, ai, dt)
            for r, k, g, o, st, a, so, d, lw, hg, ct, ci, ai, dt
            in zip(rows, kind, group, outcome, start, area, source, day, lows, highs, count, cid, aid, date,
                   strict=True)]


def _column_reader(rows: list[Mapping]):
    """col(key) -> the values of ``key`` in every row (None where missing); reads ``ClaimRow``s that share one
    key index by position, without a method call per cell."""
    first = rows[0] if rows else None
    if type(first) is ClaimRow and all(type(r) is ClaimRow and r._cols is first._cols for r in rows):
        cols, at = first._cols, [r._i for r in rows]
        whole = at == list(range(len(cols[next(iter(cols))]))) if cols else False

        def col(key):
            c = cols.get(key)
            if c is None:
                return [None] * len(at)
            return c if whole else [c[i] for i in at]
        return col
    return lambda key: [r.get(key) for r in rows]


def facts_frame(df, rows: list[Mapping] | None = None) -> list[Facts]:
    """``facts(claim_rows(df))`` read by column: a category column's values are cleaned once per category, the
    counts and bounds are computed on arrays (the Casualties page at 100k articles: 357k claims). ``rows``: the
    ``claim_rows`` of ``df`` when already made (they become ``Facts.row``).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"claim_id": ["c1"], "count": [40.0], "count_min": [41.0], "outcome": ["killed"],
    ...                    "kind": pd.Categorical(["incident"]), "group": [None]})
    >>> f = facts_frame(df)[0]
    >>> (f.cumulative, f.group, f.low, f.high, f.count, f.source), f == facts(claim_rows(df))[0]
    ((False, 'unspecified', 41, None, 40, 'unknown'), True)
    """
    import numpy as np
    import pandas as pd

    rows = claim_rows(df) if rows is None else rows
    n = len(df)
    if not n:
        return []

    def text(key: str) -> list[str]:
        if key not in df.columns:
            return [""] * n
        col = df[key]
        if isinstance(col.dtype, pd.CategoricalDtype):  # missing (code -1) reads the last entry: ''
            cats = np.asarray([_str(v) for v in col.cat.categories.tolist()] + [""], dtype=object)
            return cats[col.cat.codes.to_numpy()].tolist()
        return [v.strip() if type(v) is str else _str(v) for v in col.tolist()]

    def number(key: str):
        """(the column as floats truncated like ``as_int``, NaN where none; or None: read it cell by cell)."""
        if key not in df.columns:
            return np.full(n, np.nan)
        col = df[key]
        if col.dtype.kind not in "fiu":
            return None
        arr = np.trunc(col.to_numpy(dtype=float))
        return arr if not np.isinf(arr).any() else None

    def ints(arr) -> list[int | None]:
        out = np.full(n, None, dtype=object)
        ok = ~np.isnan(arr)
        out[ok] = arr[ok].astype(np.int64).tolist()
        return out.tolist()

    nums = [number(k) for k in ("count", "count_min", "count_max")]
    if any(a is None for a in nums):  # a column of strings or objects: as_int and _bounds cell by cell
        count = [as_int(r.get("count")) for r in rows]
        bnds = [_bounds(c, as_int(r.get("count_min")), as_int(r.get("count_max"))) for c, r in
                zip(count, rows, strict=True)]
        lows, highs = [b[0] for b in bnds], [b[1] for b in bnds]
    else:  # _bounds on arrays
        c, lo, hi = nums
        low = np.where(np.isnan(lo), c, lo)
        high = np.where(np.isnan(hi), c, hi)
        swap = ~np.isnan(low) & ~np.isnan(high) & (high < low)
        low = np.where(swap & np.isnan(lo), high, low)
        high = np.where(swap, np.maximum(high, low), high)
        only_lo = ~np.isnan(lo) & np.isnan(hi)
        high[only_lo] = np.nan
        none = np.isnan(c) & np.isnan(lo)
        low[none], high[none] = np.nan, np.nan
        count, lows, highs = ints(c), ints(low), ints(high)
    return _assemble(rows, text, count, lows, highs)


def cumulative_series(rows: Iterable[Mapping]) -> list[Point]:
    """Step-chart points of cumulative claims, sorted by group, outcome, source and as-of date.

    >>> pts = cumulative_series([{"claim_id": "x", "count": 5, "outcome": "killed", "group": "people",
    ...                           "kind": "cumulative", "date": "2023-01-02", "reported_by": "UN"}])
    >>> [(p.group, p.source, p.as_of, p.low) for p in pts]
    [('people', 'UN', '2023-01-02', 5)]
    """
    fs = facts(rows)
    pts = [Point(f.group, f.outcome, f.source, f.as_of, f.low, f.high, f.period_start, f.claim_id)
           for f in fs if f.cumulative]
    return sorted(pts, key=lambda p: (p.group, p.outcome, p.source, p.as_of, p.low or 0))


def area_of(row: Mapping) -> str:
    """The area a figure covers: the claim's location ('' when the text names none)."""
    return _str(row.get("location"))


def _latest(fs: list[Facts]) -> dict[tuple[str, str, str, str, str], Facts]:
    out: dict[tuple[str, str, str, str, str], Facts] = {}
    for f in fs:
        if not f.cumulative:
            continue
        key = (f.group, f.outcome, f.period_start, f.area, f.source)
        best = out.get(key)
        if best is None or (f.as_of, f.low or 0) > (best.as_of, best.low or 0):
            out[key] = f
    return out


def latest_cumulative(rows: Iterable[Mapping]) -> dict[tuple[str, str, str, str, str], Mapping]:
    """{(group, outcome, period_start, area, source): that source's latest cumulative claim}.

    On the same day the higher figure is kept (a later update of the same tally).
    """
    return {k: f.row for k, f in _latest(facts(rows)).items()}


def _cumulative_totals(fs: list[Facts]) -> list[Total]:
    by_period: dict[tuple[str, str, str, str], list[tuple[str, Facts]]] = {}
    for (group, outcome, start, area, source), f in _latest(fs).items():
        by_period.setdefault((group, outcome, start, area), []).append((source, f))
    out = []
    for (group, outcome, start, _area), items in by_period.items():
        day = max(f.as_of for _, f in items)
        current = sorted(((s, f) for s, f in items if f.as_of == day), key=lambda sf: sf[0])  # one claim per source
        lows = [f.low for _, f in current if f.low is not None]
        highs = [f.high for _, f in current]
        low = min(lows) if lows else None
        high = None if not highs or None in highs else max(highs)
        counts = {f.count for _, f in current}
        disputed = len(current) > 1 and len(counts) > 1
        older = len(items) - len(current)
        basis = "latest tally, not summed" + (f"; {older} older source(s) on the chart" if older else "")
        if disputed:
            basis = "sources disagree: range of the latest tallies, not summed"
        out.append(Total(group, outcome, "cumulative", start, day, low, high, disputed,
                         tuple(s for s, _ in current), tuple(f.claim_id for _, f in current), basis))
    return out


def incident_key(row: Mapping) -> tuple[str, str, str, str]:
    """Reports of one incident share group, outcome, date and place (empty when unknown)."""
    return group_of(row), _str(row.get("outcome")), _str(row.get("date")), _str(row.get("location"))


def _incident_totals(fs: list[Facts]) -> list[Total]:
    """Incident claims: one article's distinct claims add up; several articles on one incident give a range."""
    incidents: dict[tuple[str, str, str, str], dict[str, list[Facts]]] = {}
    for f in fs:
        if not f.cumulative:
            key = (f.group, f.outcome, f.date, f.area)  # incident_key
            incidents.setdefault(key, {}).setdefault(f.article_id, []).append(f)
    by_group: dict[tuple[str, str], list[dict[str, list[Facts]]]] = {}
    for key, reports in incidents.items():
        by_group.setdefault((key[0], key[1]), []).append(reports)
    out = []
    for (group, outcome), items in by_group.items():
        low, high = 0, 0
        disputed = False
        ids, sources, days = [], set(), []
        for reports in items:
            lows, highs = [], []  # per article: the sum of its distinct claims on the incident
            for cs in reports.values():
                if len(cs) == 1:  # the common case, without the generators
                    lows.append(cs[0].low or 0)
                    highs.append(cs[0].high)
                else:
                    lows.append(sum(c.low or 0 for c in cs))
                    highs.append(None if any(c.high is None for c in cs) else sum(c.high for c in cs))
                ids.extend(c.claim_id for c in cs)
                sources.update(c.source for c in cs)
                days.extend(c.as_of for c in cs)
            low += min(lows)
            high = None if high is None or None in highs else high + max(highs)
            disputed |= len(set(lows)) > 1
        basis = f"sum of {len(items)} incident report group(s)" + (
            "; articles disagree on an incident: range" if disputed else "")
        out.append(Total(group, outcome, "incident", "", max(days) if days else "", low, high, disputed,
                         tuple(sorted(sources)), tuple(ids), basis))
    return out


def totals(rows: Iterable[Mapping]) -> list[Total]:
    """Cumulative totals (latest tally per group, outcome, period and area) and incident totals, sorted.

    Two cumulative tallies are never added: the example in the module docstring gives 86–90, not 176.
    """
    fs = facts(rows)
    out = _cumulative_totals(fs) + _incident_totals(fs)
    return sorted(out, key=lambda t: (t.kind, t.group, t.outcome, t.period_start, t.claim_ids))


def totals_frame(rows: Iterable[Mapping]):
    """``totals`` as a DataFrame for display, with ``where``: the places its claims name ('not stated' if none).

    >>> totals_frame([{"claim_id": "c1", "count": 40, "qualifier": "more than", "count_min": 41, "outcome": "killed",
    ...                "group": "Palestinians", "kind": "incident", "location": "Gaza City", "date": "2023-03-18",
    ...                "article_id": "a"}])[["total", "where"]].values.tolist()
    [['more than 40', 'Gaza City']]
    """
    import pandas as pd

    fs = facts(rows)
    by_id = {f.row.get("claim_id"): f.row for f in fs}
    place = {k: r.get("location") for k, r in by_id.items()}
    ts = totals(fs)

    def label(t) -> str:  # a total resting on one claim reads as that claim does ("more than 40")
        if len(t.claim_ids) == 1 and not t.disputed and t.claim_ids[0] in by_id:
            return figure_label(by_id[t.claim_ids[0]])
        return t.label

    def where(t) -> str:
        found = sorted({str(place[c]) for c in t.claim_ids if isinstance(place.get(c), str) and place.get(c)})
        return "; ".join(found) or "not stated"

    return pd.DataFrame([{"group": t.group, "outcome": t.outcome, "kind": t.kind, "where": where(t),
                          "period from": t.period_start, "as of": t.as_of, "total": label(t), "low": t.low,
                          "high": t.high, "disputed": t.disputed, "sources": "; ".join(t.sources), "basis": t.basis,
                          "claims": len(t.claim_ids)} for t in ts],
                        columns=["group", "outcome", "kind", "where", "period from", "as of", "total", "low", "high",
                                 "disputed", "sources", "basis", "claims"])


def series_frame(rows: Iterable[Mapping]):
    """The step chart's points (``cumulative_series``) as a frame: group, outcome, source, as of (a datetime),
    count, high, period from, where, figure (as the tables read it) and line (one per source, period and place:
    figures for different periods or places are never joined).

    >>> s = series_frame([{"claim_id": "x", "count": 5, "outcome": "killed", "group": "people", "kind": "cumulative",
    ...                    "date": "2023-01-02", "reported_by": "UN", "location": "Gaza"}])
    >>> s[["source", "count", "where", "figure", "line"]].values.tolist()
    [['UN', 5, 'Gaza', '5', 'UN |  | Gaza']]
    """
    import pandas as pd

    fs = facts(rows)
    points = cumulative_series(fs)
    if not points:
        return pd.DataFrame(columns=["group", "outcome", "source", "as of", "count", "high", "period from", "where",
                                     "figure", "line"])
    by_id = {f.claim_id: f.row for f in fs if f.cumulative}  # the points' claims
    claim = [by_id.get(p.claim_id) for p in points]
    series = pd.DataFrame({"group": [p.group for p in points], "outcome": [p.outcome for p in points],
                           "source": [p.source for p in points], "as of": [p.as_of for p in points],
                           "count": [p.low for p in points], "high": [p.high for p in points],
                           "period from": [p.period_start for p in points],
                           "where": [(r or {}).get("location") or "not stated" for r in claim],
                           "figure": [figure_label(r or {"count": p.low}) for r, p in zip(claim, points, strict=True)]})
    series["line"] = series["source"] + " | " + series["period from"].astype(str) + " | " + series["where"]
    series["as of"] = pd.to_datetime(series["as of"], errors="coerce")
    return series


def summary(claims) -> tuple:
    """(``totals_frame``, ``series_frame``) of a frame of claims (with their article's outlet and publication date):
    what the Casualties page shows above its table of claims, computed from one ``facts_frame``.

    >>> import pandas as pd
    >>> t, s = summary(pd.DataFrame({"claim_id": ["c1"], "count": [3], "outcome": ["killed"], "kind": ["incident"],
    ...                              "article_id": ["a"]}))
    >>> t["total"].tolist(), len(s)
    (['3'], 0)
    """
    fs = facts_frame(claims, claim_rows(claims, CLAIM_KEYS))
    return totals_frame(fs), series_frame(fs)


def figure_label(r) -> str:
    """How a claim's figure reads in a table: qualifier and count, a range, or a lower bound for vague words.

    >>> figure_label({"count": 40, "qualifier": "more than", "count_min": 41})
    'more than 40'
    >>> figure_label({"count": 10, "qualifier": "between", "count_min": 10, "count_max": 15})
    '10–15'
    >>> figure_label({"count": None, "qualifier": "vague", "count_min": 100, "text": "hundreds"})
    '≥100 (hundreds)'
    """
    low, high = bounds(r)
    q = r.get("qualifier") or ""
    count = as_int(r.get("count"))
    if q == "between" and low is not None and high is not None:
        return f"{low:,}–{high:,}"
    if count is None and low is not None:
        return f"≥{low:,} ({r.get('text') or 'vague'})"
    text = f"{count:,}" if count is not None else "?"
    return f"{q} {text}".strip() if q else text

