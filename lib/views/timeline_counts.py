"""Counting timeline points within a budget: above ``MAX_POINTS`` events, the marks become counts per lane, event
type and period, at the finest period that fits.

Idea: a chart of 300k marks would send tens of MB to the browser; counts per (lane, type, period) keep the payload
small at any corpus size. The plan (``_budget_plan``) goes from the finest aggregation to the coarsest: day, week,
month, quarter, year with the ``MAX_LANES`` busiest lanes (the rest as ``OTHER_LANES``), then fewer lanes, then one
lane for all types (``ALL_TYPES``), then bins of several years; its last step always fits. The counts always add up
to the events'.

Approach: every step is a weighted bincount over combined integer codes (``_coded_counts``), and a binary search
finds the first step that fits (each step has at most as many points as the one before).
``lib.views.timeline.timeline_view`` calls ``_coded_counts`` directly on codes of the distinct cells, without one
point per event.

Example:
    >>> import pandas as pd
    >>> p = pd.DataFrame({"lane": ["A"] * 3, "event_type": ["m"] * 3, "x": ["2023-01-02", "2023-01-02", "2023-01-03"],
    ...                   "date_basis": ["explicit"] * 3, "count": [1, 1, 1]})
    >>> list(aggregate(p, max_points=2)["count"]), list(aggregate(p, max_points=1)["precision"])
    ([2, 1], ['week'])
"""
from __future__ import annotations

from lib.views.daycodes import FREQS, period_starts

MAX_POINTS = 1500
POINT_COLUMNS = ("event_id", "article_id", "lane", "event_type", "date", "x", "x_end", "is_span", "precision",
                 "date_basis", "actors", "location", "sentence", "outlet", "start", "count", "location_basis")


def aggregate(points, max_points: int = MAX_POINTS):
    """Too many points -> counts per lane, type and period (``_counts``: day, week, month, quarter, year; then fewer
    lanes and types) within ``max_points``; spans count at their start.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"lane": ["A"] * 3, "event_type": ["m"] * 3, "x": ["2023-01-02", "2023-01-02", "2023-01-03"],
    ...                   "date_basis": ["explicit"] * 3, "count": [1, 1, 1]})
    >>> list(aggregate(p, max_points=2)["count"]), list(aggregate(p, max_points=1)["count"])
    ([2, 1], [3])
    >>> len(aggregate(p, max_points=5))
    3
    """
    if points is None or len(points) <= max_points:
        return points
    return _counts(points[["lane", "event_type", "x", "count"]], max_points)


MAX_LANES = 24  # aggregated charts keep the busiest lanes; the rest share one lane
OTHER_LANES = "(other lanes)"
ALL_TYPES = "(all types)"


def _budget_plan(years, max_points: int):
    """Yield (period, lanes kept, merge types) from the finest to the coarsest aggregation: time first (day, week,
    month, quarter, year) with at most ``MAX_LANES`` lanes, then fewer lanes, then one lane for all types, then bins
    of several years -- the last step always fits ``max_points`` (>= 1). ``years``: the distinct years (ints)."""
    for freq in FREQS:
        yield freq, MAX_LANES, False
    k = MAX_LANES // 2
    while k >= 1:
        yield "year", k, False
        k //= 2
    yield "year", 1, True
    years = sorted(years)
    span = years[-1] - years[0] + 1 if years else 1
    yield f"{years[0] if years else 1970}:{-(-span // max_points)}", 1, True


def _counts(p, max_points: int):
    """Counts per lane, type and period of ``p`` (lane, event_type, x, count) within ``max_points``: per day, else
    week, month, quarter or year, keeping the ``MAX_LANES`` busiest lanes (the others as ``OTHER_LANES``); if still too
    many, fewer lanes, then all types in one (``ALL_TYPES``). The counts always add up to the events'; ``precision``
    names the period.

    >>> import pandas as pd
    >>> p = pd.DataFrame({"lane": ["A", "B", "C"] * 200, "event_type": ["m", "v"] * 300,
    ...                   "x": [f"{2000 + i % 20}-0{1 + i % 9}-1{i % 10}" for i in range(600)], "count": 1})
    >>> out = _counts(p, 50)
    >>> len(out) <= 50, int(out["count"].sum()), sorted(set(out["precision"]))
    (True, 600, ['year'])
    """
    import numpy as np
    import pandas as pd

    lane_codes, lanes = pd.factorize(p["lane"])
    type_codes, types = pd.factorize(p["event_type"])
    day_codes, days = pd.factorize(p["x"])
    return _coded_counts(lane_codes, list(lanes), type_codes, list(types), day_codes,
                         np.array(list(days), dtype="datetime64[D]"),
                         p["count"].to_numpy(dtype=np.int64), max_points)


def _coded_counts(lane, lanes, etype, types, day, days, count, max_points: int, first: str = "day"):
    """``_counts`` on integer codes: ``lane``/``etype``/``day`` index ``lanes``/``types``/``days`` (datetime64[D]);
    ``count`` per row. Each step of ``_budget_plan`` is a weighted bincount over combined codes (no Python per row).
    ``first``: steps at finer periods are known not to fit and skipped (``days`` may then be month starts)."""
    import numpy as np
    import pandas as pd

    max_points = max(1, int(max_points))
    totals = np.bincount(lane, weights=count, minlength=len(lanes)) if len(lanes) else np.zeros(0)
    by_size = sorted(range(len(lanes)), key=lambda i: (-totals[i], lanes[i]))
    years = np.unique(days.astype("datetime64[Y]").astype(np.int64) + 1970).tolist()

    def step(freq, keep, merge_types):
        per_values, per_codes = np.unique(period_starts(days, freq), return_inverse=True)
        if len(lanes) > keep:
            kept = by_size[: keep - 1] if keep > 1 else []
            lane_map = np.full(len(lanes), len(kept), dtype=np.int64)
            lane_map[kept] = np.arange(len(kept))
            lane_names = [lanes[i] for i in kept] + [OTHER_LANES]
        else:
            lane_map, lane_names = np.arange(len(lanes), dtype=np.int64), list(lanes)
        type_names = [ALL_TYPES] if merge_types else list(types)
        t = np.zeros(len(etype), dtype=np.int64) if merge_types else np.asarray(etype, dtype=np.int64)
        n_t, n_p = len(type_names), max(len(per_values), 1)
        key = (lane_map[lane] * n_t + t) * n_p + per_codes[day] if len(lane) else np.zeros(0, dtype=np.int64)
        uniq, sums = _sum_by(key, count, len(lane_names) * n_t * n_p)
        return freq, uniq, sums, lane_names, type_names, per_values, n_t, n_p

    # each step of the plan has at most as many points as the one before: binary search for the first that fits
    plan = list(_budget_plan(years, max_points))
    lo, hi, fits = next(i for i, s in enumerate(plan) if s[0] not in FREQS[:FREQS.index(first)]), len(plan) - 1, {}
    while lo < hi:
        mid = (lo + hi) // 2
        got = step(*plan[mid])
        if len(got[1]) <= max_points:
            hi, fits[mid] = mid, got
        else:
            lo = mid + 1
    state = fits.get(lo) or step(*plan[lo])
    freq, uniq, sums, lane_names, type_names, per_values, n_t, n_p = state
    out = pd.DataFrame({"lane": [lane_names[k] for k in uniq // (n_t * n_p)],
                        "event_type": [type_names[k] for k in uniq // n_p % n_t],
                        "x": per_values[uniq % n_p].astype(str).tolist(), "count": sums})
    out["precision"] = freq if freq in FREQS else f"{freq.split(':')[1]} years"
    out = out.sort_values(["lane", "event_type", "x"], kind="stable").reset_index(drop=True)
    out["x_end"] = out["x"]
    out["is_span"] = False
    out["date_basis"] = "aggregated"
    for c in POINT_COLUMNS:
        if c not in out.columns:
            out[c] = ""
    return pd.DataFrame(out, columns=list(POINT_COLUMNS))


def _sum_by(key, weights, space: int):
    """(distinct keys, sorted; the sum of ``weights`` per key); a dense bincount when the key space is small.

    >>> import numpy as np
    >>> [a.tolist() for a in _sum_by(np.array([5, 1, 5]), np.array([1, 2, 3]), 8)]
    [[1, 5], [2, 4]]
    """
    import numpy as np

    if space <= 20_000_000:
        sums = np.bincount(key, weights=weights, minlength=space)
        hits = np.bincount(key, minlength=space)
        uniq = np.flatnonzero(hits)
        return uniq, sums[uniq].astype(np.int64)
    uniq, inv = np.unique(key, return_inverse=True)
    return uniq, np.bincount(inv, weights=weights, minlength=len(uniq)).astype(np.int64)
