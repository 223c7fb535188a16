"""lib/views/timeline_counts.py: counts per lane, type and period within a point budget; the counts always add up to
the events', the finest period that fits is chosen, and the busiest lanes are kept."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.views.timeline_counts import ALL_TYPES, MAX_LANES, OTHER_LANES, POINT_COLUMNS, _budget_plan, _sum_by, aggregate


def points(rows):
    """(lane, event_type, x) triples -> the points frame ``aggregate`` reads (count 1 each)."""
    return pd.DataFrame([{"lane": a, "event_type": t, "x": x, "date_basis": "explicit", "count": 1}
                         for a, t, x in rows])


@pytest.mark.parametrize("rows, budget, precision, n", [
    # within the budget: the points themselves
    ([("A", "m", "2023-01-02")] * 2, 5, None, 2),
    # two days of one week: per day fits 2, one week fits 1
    ([("A", "m", "2023-01-02"), ("A", "m", "2023-01-03"), ("A", "m", "2023-01-03")], 2, "day", 2),
    ([("A", "m", "2023-01-02"), ("A", "m", "2023-01-03"), ("A", "m", "2023-01-03")], 1, "week", 1),
    # two months of one quarter
    ([("A", "m", "2023-01-02"), ("A", "m", "2023-02-20"), ("A", "m", "2023-02-21")], 1, "quarter", 1),
    # two lanes in one year, one point: lanes merged into the other lanes
    ([("A", "m", "2023-01-02"), ("B", "m", "2023-06-20")], 1, "year", 1),
])
def test_aggregate_picks_the_finest_period_that_fits(rows, budget, precision, n):
    p = points(rows)
    out = aggregate(p, budget)
    assert len(out) == n
    if precision is None:
        assert out is p
    else:
        assert set(out["precision"]) == {precision} and int(out["count"].sum()) == len(rows)
        assert list(out.columns) == list(POINT_COLUMNS) and set(out["date_basis"]) == {"aggregated"}


@pytest.mark.parametrize("budget", [1, 3, 10, 40])
def test_counts_add_up_and_keep_the_busiest_lanes(budget):
    rng = np.random.default_rng(budget)
    lanes = [f"L{i:02d}" for i in range(MAX_LANES + 6)]
    rows = [(lanes[min(int(rng.exponential(6)), len(lanes) - 1)], rng.choice(["m", "v", "a"]),
             f"{2000 + int(rng.integers(0, 20))}-{1 + int(rng.integers(0, 12)):02d}-1{int(rng.integers(0, 9))}")
            for _ in range(800)]
    out = aggregate(points(rows), budget)
    assert len(out) <= budget and int(out["count"].sum()) == 800
    kept = set(out["lane"]) - {OTHER_LANES}
    busiest = pd.Series([r[0] for r in rows]).value_counts()
    dropped = busiest.drop(list(kept))
    if kept and len(dropped):
        assert busiest[list(kept)].min() >= dropped.max()
    if set(out["event_type"]) == {ALL_TYPES}:
        assert out["lane"].nunique() == 1


def test_budget_plan_ends_with_a_step_that_always_fits():
    plan = list(_budget_plan([1990, 2024], 3))
    assert [s[0] for s in plan[:5]] == ["day", "week", "month", "quarter", "year"]
    assert plan[-1] == ("1990:12", 1, True)  # 35 years in bins of 12: 3 points at most


@pytest.mark.parametrize("space", [8, 30_000_000])  # a dense bincount, or np.unique on a huge key space
def test_sum_by(space):
    key = np.array([5, 1, 5, 7])
    uniq, sums = _sum_by(key, np.array([1, 2, 3, 4]), space)
    assert uniq.tolist() == [1, 5, 7] and sums.tolist() == [2, 4, 4]
