"""lib/views/picker.py: a bounded article search by title, outlet, date or id."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.views import picker

ARTS = pd.DataFrame({
    "article_id": ["wafa-0412", "reuters_77", "irna.1999.3", "ynet-88", "aa-tr-5", "tass 2001", "x1"],
    "title": ["Abbas receives Egyptian envoy in Ramallah", "Qatar says truce talks in Doha 'advanced'",
              "Tehran welcomes Saudi delegation", "Netanyahu: no talks while rockets fall",
              "Erdoğan, Haniyeh discuss Gaza aid in İstanbul", "Lavrov meets Arafat envoy", None],
    "outlet": pd.Categorical(["WAFA", "Reuters", "IRNA", "Ynet", "Anadolu", "TASS", None]),
    "published": ["2023-04-12", "2024-01-30", "1999-05-17", "2014-07-08", "2023-11-02", "2001-09-30", ""],
})


@pytest.mark.parametrize("query, expected", [
    ("", ["wafa-0412", "reuters_77", "irna.1999.3", "ynet-88", "aa-tr-5", "tass 2001", "x1"]),  # all, table order
    ("doha", ["reuters_77"]),  # a title word
    ("DOHA", ["reuters_77"]),  # case-insensitive
    ("reuters", ["reuters_77"]),  # the outlet
    ("anadolu gaza", ["aa-tr-5"]),  # every word, in any field
    ("1999", ["irna.1999.3"]),  # a year (date and id)
    ("2023-", ["wafa-0412", "aa-tr-5"]),  # a date prefix
    ("2023-11", ["aa-tr-5"]),
    ("ynet-88", ["ynet-88"]),  # the id
    ("tass 2001", ["tass 2001"]),  # an id with a space: both words are in it
    ("erdoğan", ["aa-tr-5"]),  # non-ASCII title
    ("envoy", ["wafa-0412", "tass 2001"]),
    ("talks", ["reuters_77", "ynet-88"]),
    # negatives: a word that is nowhere, one word of two missing, the placeholder of a missing title or outlet
    ("cairo", []),
    ("doha tehran", []),
    ("untitled", []),
    ("nan", []),
    ("none", []),
])
def test_search(query, expected):
    found, total = picker.search(ARTS, query)
    assert found == expected and total == len(expected)


def test_search_is_bounded_and_counts_all():
    arts = pd.DataFrame({"article_id": [f"gen{i:06d}" for i in range(5000)], "title": [""] * 5000,
                         "outlet": ["AFP", "AP"] * 2500, "published": ["2020-01-01"] * 5000})
    found, total = picker.search(arts, "afp", limit=30)
    assert total == 2500 and len(found) == 30 and found[:2] == ["gen000000", "gen000002"]
    found, total = picker.search(arts, "")
    assert total == 5000 and len(found) == picker.LIMIT


def test_search_within_the_filtered_articles():
    within = np.array([True, False, True, True, False, False, False])
    assert picker.search(ARTS, "", within=within) == (["wafa-0412", "irna.1999.3", "ynet-88"], 3)
    assert picker.search(ARTS, "talks", within=within) == (["ynet-88"], 1)
    assert picker.search(ARTS, "doha", within=within) == ([], 0)
    assert within.sum() == 3  # the caller's mask is not changed


def test_search_uses_a_given_haystack():
    hay = picker.haystack(ARTS)
    assert picker.search(ARTS, "ramallah", hay) == (["wafa-0412"], 1)
    assert len(hay) == len(ARTS) and hay.iloc[0].startswith("abbas receives")


@pytest.mark.parametrize("found, keep, expected", [
    (["a", "b"], [], ["a", "b"]),
    (["a", "b"], ["b"], ["a", "b"]),  # a kept id already found keeps its place
    (["a", "b"], ["z"], ["z", "a", "b"]),  # a kept id not found comes first
    ([], ["z", "z", None, ""], ["z"]),
])
def test_options(found, keep, expected):
    assert picker.options(found, keep) == expected


def test_labels_only_for_listed_ids():
    assert picker.labels(ARTS, ["x1", "ynet-88"]) == {
        "ynet-88": "Netanyahu: no talks while rockets fall — Ynet (ynet-88)", "x1": "(untitled) — no outlet (x1)"}
    assert picker.labels(ARTS, []) == {}


@pytest.mark.parametrize("n, needed", [(0, False), (picker.LIMIT, False), (picker.LIMIT + 1, True), (100_000, True)])
def test_needs_search(n, needed):
    assert picker.needs_search(n) is needed


def test_empty_articles():
    empty = ARTS.iloc[:0]
    assert picker.search(empty, "doha") == ([], 0) and picker.search(None) == ([], 0)
    assert len(picker.haystack(empty)) == 0


@pytest.mark.parametrize("value, limit", [
    (None, picker.DEFAULT_LIMIT), ("", picker.DEFAULT_LIMIT), ("2", 2), (" 7 ", 7), ("100000", 100_000),
    ("0", picker.DEFAULT_LIMIT), ("-3", picker.DEFAULT_LIMIT), ("ten", picker.DEFAULT_LIMIT),
    ("2.5", picker.DEFAULT_LIMIT), ("²", picker.DEFAULT_LIMIT)])
def test_limit_from_env(value, limit):
    env = {} if value is None else {picker.ENV_LIMIT: value}
    assert picker.limit_from_env(env) == limit
