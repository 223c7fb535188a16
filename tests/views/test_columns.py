"""lib/views/columns.py: per-distinct-value computations over columns (multi-valued cells, TimeML bounds, row date
intervals), equal to their row-by-row definitions with and without the per-column memo."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.views import columns
from lib.views.columns import _factorize, _unique, per_value, row_intervals, split_multi, timex_bounds


@pytest.mark.parametrize("value, expected", [
    ("2023-02", ("2023-02-01", "2023-02-28")), ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023", ("2023-01-01", "2023-12-31")), ("2023-03-19", ("2023-03-19", "2023-03-19")),
    ("2023-W11", ("2023-03-13", "2023-03-19")), ("2023-13", ("", "")), ("2023-02-30", ("", "")),
    ("", ("", "")), ("PAST_REF", ("", "")), (None, ("", "")), (float("nan"), ("", "")),
])
def test_timex_bounds(value, expected):
    assert timex_bounds(value) == expected


def test_split_multi():
    assert split_multi(" Hamas ;Israel;; ") == ["Hamas", "Israel"]
    assert split_multi(float("nan")) == []


@pytest.fixture(params=[50_000, 0], ids=["plain", "memo"])  # 0: every column goes through the memo
def memo_rows(request, monkeypatch):
    monkeypatch.setattr(columns, "_MEMO_MIN_ROWS", request.param)
    return request.param


@pytest.mark.parametrize("frame, articles, lo, hi", [
    # date_start/date_end first; an empty end takes the start's own last day
    ({"date_start": ["2023-02", "2023-03-19"], "date_end": ["", "2023-03-21"]}, None,
     ["2023-02-01", "2023-03-19"], ["2023-02-28", "2023-03-21"]),
    # a row without date_start falls to period_start/period_end, then date
    ({"date_start": ["", ""], "period_start": ["2022", ""], "period_end": ["", ""], "date": ["", "2021-W01"]}, None,
     ["2022-01-01", "2021-01-04"], ["2022-12-31", "2021-01-10"]),
    # undated rows fall back to their article's publication date; unknown articles stay undated
    ({"date_start": ["", "", "x"], "article_id": ["a1", "zz", "a2"]},
     {"article_id": ["a1", "a2"], "published": ["2023-03-19", "2023-02"]},
     ["2023-03-19", "", "2023-02-01"], ["2023-03-19", "", "2023-02-28"]),
    ({"sentence": ["no date column"]}, None, [""], [""]),
])
def test_row_intervals(memo_rows, frame, articles, lo, hi):
    df = pd.DataFrame(frame)
    arts = pd.DataFrame(articles) if articles else None
    for _ in range(2):  # the second call reads the memo when it is on
        got_lo, got_hi = row_intervals(df, arts)
        assert list(got_lo) == lo and list(got_hi) == hi and list(got_lo.index) == list(df.index)


@pytest.mark.parametrize("values", [
    ["a", "bb", "a", None, "bb"], [None, None], [], ["x"],
    pd.Categorical(["b", None, "a", "b"]),
])
def test_per_value_equals_a_map_over_rows(memo_rows, values):
    s = pd.Series(values, dtype="category" if isinstance(values, pd.Categorical) else object)
    func = lambda v: len(v) if isinstance(v, str) else -1  # noqa: E731
    assert per_value(s, func, int).tolist() == [func(v) for v in s]
    codes, uniq = _factorize(s)
    assert [uniq[c] if isinstance(uniq[c], str) else None for c in codes] == \
        [v if isinstance(v, str) else None for v in s]


@pytest.mark.parametrize("values", [[5, 3, 5, 9], [1], [7, 7, 7], [3, 1, 2, 1, 3]])
def test_unique_equals_numpy_unique(values):
    a = np.asarray(values)
    u, inv = _unique(a)
    ru, rinv = np.unique(a, return_inverse=True)
    assert u.tolist() == ru.tolist() and inv.tolist() == rinv.tolist()
    assert _unique(a, counts=True)[1].tolist() == np.unique(a, return_counts=True)[1].tolist()


def test_memo_follows_the_column_array(monkeypatch):
    monkeypatch.setattr(columns, "_MEMO_MIN_ROWS", 0)
    df = pd.DataFrame({"date_start": ["2023-02"] * 3})
    assert list(row_intervals(df)[0]) == ["2023-02-01"] * 3
    df["date_start"] = ["2024"] * 3  # a new column array: nothing stale is reused
    assert list(row_intervals(df)[0]) == ["2024-01-01"] * 3
