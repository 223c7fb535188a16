"""Day codes of the timeline (lib/views/daycodes.py): first days per distinct value, and the grain of the counts."""
import numpy as np
import pandas as pd
import pytest

from lib.views.daycodes import day_index, grain, per_category
from lib.views.timeline import _first_day_key


@pytest.mark.parametrize("compact", [False, True])
@pytest.mark.parametrize(("start", "date", "want"), [
    (["2023-03-19", "2023-03-19"], ["", ""], [0, 0]),
    (["", "2023-03-19"], ["2023-03-20", ""], [1, 0]),  # date_start first, else date
    ([None, ""], ["", None], [-1, -1]),  # undated
    (["2023-W11", "2024"], ["", ""], [0, 1]),  # first day of a week, of a year
    (["2023-02-30", "2023-03-19"], ["", ""], [-1, 0]),  # not a day
])
def test_day_index(start, date, want, compact):
    ev = pd.DataFrame({"date_start": start, "date": date})
    if compact:
        ev = ev.astype("category")
    idx, days = day_index(ev, _first_day_key)
    assert idx.tolist() == want
    assert list(days) == sorted(set(days)) and len(days) == len({i for i in want if i >= 0})


@pytest.mark.parametrize(("days", "max_points", "first", "n_grain"), [
    (["2023-03-19", "2023-03-20"], 2, "day", 2),
    (["2023-03-20", "2023-03-21"], 1, "week", 2),  # weeks do not nest in months: counted by day
    (["2023-03-01", "2023-03-31"], 1, "month", 1),
    (["2023-01-01", "2023-03-31"], 1, "quarter", 2),  # months nest in quarters: counted by month
    (["2022-01-01", "2023-03-31"], 1, "year", 2),
    (["2022-01-01", "2023-03-31"], 0, "year", 2),  # at least one point, as the budget
])
def test_grain(days, max_points, first, n_grain):
    d = np.array(days, dtype="datetime64[D]")
    got, idx, g_days = grain(np.arange(len(d)), d, max_points)
    assert (got, len(g_days)) == (first, n_grain)
    assert idx.tolist() == (list(range(len(d))) if n_grain == len(d) else [0] * len(d))


def test_per_category_is_remembered_for_filtered_copies():
    s = pd.Series(["b", "a", None, "b"], dtype="category")
    calls = []
    f = lambda v: calls.append(v) or (len(v) if isinstance(v, str) else -1)  # noqa: E731
    codes, vals = per_category(s, "t", f, np.int64)
    assert vals[codes].tolist() == [1, 1, -1, 1]
    n = len(calls)
    codes, vals = per_category(s.iloc[[0, 1]], "t", f, np.int64)
    assert vals[codes].tolist() == [1, 1] and len(calls) == n  # the categories' values: not computed again
