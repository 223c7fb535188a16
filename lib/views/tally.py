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
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else int(f)


def _str(v) -> str:
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
    """A claim as a read-only mapping over a tuple of values that share one key index: what ``df.to_dict("records")``
    gives, in ~1/5 of the memory (357k claims at 100k articles: ~0.3 GB less than dicts). ``claim_rows(df)`` makes
    them."""

    __slots__ = ("_index", "_values")

    def __init__(self, index: dict, values: tuple):
        self._index, self._values = index, values

    def __getitem__(self, key):
        return self._values[self._index[key]]

    def get(self, key, default=None):
        i = self._index.get(key)
        return default if i is None else self._values[i]

    def __iter__(self):
        return iter(self._index)

    def __len__(self):
        return len(self._index)


def claim_rows(df, columns=None) -> list[ClaimRow]:
    """The rows of ``df`` (its ``columns``, all by default) as ``ClaimRow``s, values as ``to_dict("records")`` gives.

    >>> import pandas as pd
    >>> r = claim_rows(pd.DataFrame({"claim_id": ["c1"], "count": [3]}))[0]
    >>> r["count"], r.get("outlet", ""), dict(r)
    (3, '', {'claim_id': 'c1', 'count': 3})
    """
    cols = [c for c in (columns or df.columns) if c in df.columns]
    index = {c: i for i, c in enumerate(cols)}
    return [ClaimRow(index, t) for t in zip(*(df[c].tolist() for c in cols), strict=True)] if cols else []


def bounds(row: Mapping) -> tuple[int | None, int | None]:
    """(low, high) a claim allows; ``high`` is None when the claim has no upper bound ("at least 505").

    A range gives its ends, an exact or approximate figure gives the count twice.

    >>> bounds({"count": 10, "count_min": 10, "count_max": 15}), bounds({"count": 505, "count_min": 505})
    ((10, 15), (505, None))
    >>> bounds({"count": 30, "count_min": None, "count_max": None, "qualifier": "about"})
    (30, 30)
    """
    count = as_int(row.get("count"))
    lo = as_int(row.get("count_min"))
    hi = as_int(row.get("count_max"))
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


def cumulative_series(rows: Iterable[Mapping]) -> list[Point]:
    """Step-chart points of cumulative claims, sorted by group, outcome, source and as-of date.

    >>> pts = cumulative_series([{"claim_id": "x", "count": 5, "outcome": "killed", "group": "people",
    ...                           "kind": "cumulative", "date": "2023-01-02", "reported_by": "UN"}])
    >>> [(p.group, p.source, p.as_of, p.low) for p in pts]
    [('people', 'UN', '2023-01-02', 5)]
    """
    pts = []
    for r in rows:
        if not is_cumulative(r):
            continue
        low, high = bounds(r)
        pts.append(Point(group_of(r), _str(r.get("outcome")), source_of(r), as_of(r), low, high,
                         _str(r.get("period_start")), _str(r.get("claim_id"))))
    return sorted(pts, key=lambda p: (p.group, p.outcome, p.source, p.as_of, p.low or 0))


def area_of(row: Mapping) -> str:
    """The area a figure covers: the claim's location ('' when the text names none)."""
    return _str(row.get("location"))


def latest_cumulative(rows: Iterable[Mapping]) -> dict[tuple[str, str, str, str, str], Mapping]:
    """{(group, outcome, period_start, area, source): that source's latest cumulative claim}.

    On the same day the higher figure is kept (a later update of the same tally).
    """
    out: dict[tuple[str, str, str, str, str], Mapping] = {}
    for r in rows:
        if not is_cumulative(r):
            continue
        key = (group_of(r), _str(r.get("outcome")), _str(r.get("period_start")), area_of(r), source_of(r))
        best = out.get(key)
        if best is None or (as_of(r), bounds(r)[0] or 0) > (as_of(best), bounds(best)[0] or 0):
            out[key] = r
    return out


def _cumulative_totals(rows: list[Mapping]) -> list[Total]:
    latest = latest_cumulative(rows)
    by_period: dict[tuple[str, str, str, str], list[tuple[str, Mapping]]] = {}
    for (group, outcome, start, area, source), r in latest.items():
        by_period.setdefault((group, outcome, start, area), []).append((source, r))
    out = []
    for (group, outcome, start, _area), items in by_period.items():
        day = max(as_of(r) for _, r in items)
        current = sorted((s, r) for s, r in items if as_of(r) == day)
        lows = [bounds(r)[0] for _, r in current if bounds(r)[0] is not None]
        highs = [bounds(r)[1] for _, r in current]
        low = min(lows) if lows else None
        high = None if not highs or None in highs else max(highs)
        counts = {as_int(r.get("count")) for _, r in current}
        disputed = len(current) > 1 and len(counts) > 1
        older = len(items) - len(current)
        basis = "latest tally, not summed" + (f"; {older} older source(s) on the chart" if older else "")
        if disputed:
            basis = "sources disagree: range of the latest tallies, not summed"
        out.append(Total(group, outcome, "cumulative", start, day, low, high, disputed,
                         tuple(s for s, _ in current), tuple(_str(r.get("claim_id")) for _, r in current), basis))
    return out


def incident_key(row: Mapping) -> tuple[str, str, str, str]:
    """Reports of one incident share group, outcome, date and place (empty when unknown)."""
    return group_of(row), _str(row.get("outcome")), _str(row.get("date")), _str(row.get("location"))


def _incident_totals(rows: list[Mapping]) -> list[Total]:
    """Incident claims: one article's distinct claims add up; several articles on one incident give a range."""
    incidents: dict[tuple[str, str, str, str], dict[str, list[Mapping]]] = {}
    for r in rows:
        if not is_cumulative(r):
            incidents.setdefault(incident_key(r), {}).setdefault(_str(r.get("article_id")), []).append(r)
    by_group: dict[tuple[str, str], list[dict[str, list[Mapping]]]] = {}
    for key, reports in incidents.items():
        by_group.setdefault((key[0], key[1]), []).append(reports)
    out = []
    for (group, outcome), items in by_group.items():
        low, high = 0, 0
        disputed = False
        ids, sources, days = [], set(), []
        for reports in items:
            sums = [(sum(bounds(c)[0] or 0 for c in cs),
                     None if any(bounds(c)[1] is None for c in cs) else sum(bounds(c)[1] for c in cs))
                    for cs in reports.values()]
            low += min(a for a, _ in sums)
            highs = [b for _, b in sums]
            high = None if high is None or None in highs else high + max(highs)
            disputed |= len({a for a, _ in sums}) > 1
            for cs in reports.values():
                ids += [_str(c.get("claim_id")) for c in cs]
                sources |= {source_of(c) for c in cs}
                days += [as_of(c) for c in cs]
        basis = f"sum of {len(items)} incident report group(s)" + (
            "; articles disagree on an incident: range" if disputed else "")
        out.append(Total(group, outcome, "incident", "", max(days) if days else "", low, high, disputed,
                         tuple(sorted(sources)), tuple(ids), basis))
    return out


def totals(rows: Iterable[Mapping]) -> list[Total]:
    """Cumulative totals (latest tally per group, outcome, period and area) and incident totals, sorted.

    Two cumulative tallies are never added: the example in the module docstring gives 86–90, not 176.
    """
    rows = list(rows)
    out = _cumulative_totals(rows) + _incident_totals(rows)
    return sorted(out, key=lambda t: (t.kind, t.group, t.outcome, t.period_start, t.claim_ids))


def totals_frame(rows: Iterable[Mapping]):
    """``totals`` as a DataFrame for display, with ``where``: the places its claims name ('not stated' if none).

    >>> totals_frame([{"claim_id": "c1", "count": 40, "qualifier": "more than", "count_min": 41, "outcome": "killed",
    ...                "group": "Palestinians", "kind": "incident", "location": "Gaza City", "date": "2023-03-18",
    ...                "article_id": "a"}])[["total", "where"]].values.tolist()
    [['more than 40', 'Gaza City']]
    """
    import pandas as pd

    rows = list(rows)
    place = {r.get("claim_id"): r.get("location") for r in rows}
    by_id = {r.get("claim_id"): r for r in rows}
    ts = totals(rows)

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

