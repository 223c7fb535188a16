"""Sentence context on integer codes (lib/views/context.py) equals the row-by-row definition of lib.views.filters."""
import random

import pandas as pd
import pytest

from lib.views.context import with_sentence_context
from lib.views.filters import sentence_context, with_context

CELLS = ["", None, "Hamas", "Israel; Hamas", "Egypt;Qatar", " Israel ", "United States; Egypt"]


def _frames(seed: int, compact: bool):
    rnd = random.Random(seed)
    arts, starts = ["a1", "a2", "a3"], [0, 40, 90]
    n_c, n_m, n_e = rnd.randint(0, 12), rnd.randint(0, 30), rnd.randint(0, 30)
    claims = pd.DataFrame({"claim_id": [f"c{i}" for i in range(n_c)],
                           "article_id": [rnd.choice(arts) for _ in range(n_c)],
                           "start": [rnd.choice(starts) for _ in range(n_c)], "count": 1})
    m = pd.DataFrame({"article_id": [rnd.choice(arts + ["zz"]) for _ in range(n_m)],
                      "sentence_start": [rnd.choice(starts) for _ in range(n_m)],
                      "kind": [rnd.choice(["actor", "place", "date"]) for _ in range(n_m)],
                      "value": [rnd.choice(["IDF", "Hamas", "Cairo", None, "Blinken; Sisi"]) for _ in range(n_m)],
                      "faction": [rnd.choice(CELLS) for _ in range(n_m)]})
    e = pd.DataFrame({"article_id": [rnd.choice(arts) for _ in range(n_e)],
                      "start": [rnd.choice(starts) for _ in range(n_e)],
                      "event_type": [rnd.choice(["attack", "meeting", "", None]) for _ in range(n_e)],
                      "factions": [rnd.choice(CELLS) for _ in range(n_e)],
                      "actors": [rnd.choice(["IDF", "Hamas; idf", "", None, "Sisi"]) for _ in range(n_e)],
                      "location": "Gaza"})
    if compact:
        m = m.astype({c: "category" for c in ("kind", "value", "faction")})
        e = e.astype({c: "category" for c in ("event_type", "factions", "actors")})
    return claims, m, e


@pytest.mark.parametrize("compact", [False, True])
@pytest.mark.parametrize("seed", range(25))
def test_equals_the_row_by_row_definition(seed, compact):
    claims, m, e = _frames(seed, compact)
    want = with_context(claims, sentence_context({"mentions": m.assign(mention_id="m"), "events": e}))
    got = with_sentence_context(claims, m, e)
    assert list(got.columns) == list(want.columns)
    for c in ("factions", "actors", "event_type"):
        if c in want.columns:  # items differing only in case: set order there, code-point order here
            norm = lambda s: [sorted(v.split("; ")) if v else [] for v in s.fillna("")]  # noqa: E731
            assert norm(got[c]) == norm(want[c]), c
            assert [v.casefold() for v in got[c]] == [v.casefold() for v in want[c].fillna("")]


@pytest.mark.parametrize(("columns", "added"), [
    (["article_id", "start", "count"], ["factions", "actors", "event_type"]),
    (["article_id", "start", "factions"], ["actors", "event_type"]),  # a row's own column is kept
    (["article_id", "start", "speaker", "faction", "event_type"], []),
    (["article_id", "count"], []),  # no sentence: unchanged
])
def test_adds_only_missing_columns(columns, added):
    df = pd.DataFrame({c: ["a1"] if c == "article_id" else [0] if c == "start" else ["x"] for c in columns})
    _c, m, e = _frames(1, False)
    got = with_sentence_context(df, m, e)
    assert [c for c in got.columns if c not in columns] == added


def test_empty_context_gives_empty_strings():
    claims = pd.DataFrame({"article_id": ["a"], "start": [5], "count": [1]})
    got = with_sentence_context(claims, None, pd.DataFrame(columns=["article_id", "start", "event_type"]))
    assert list(got["factions"]) == [""] and list(got["event_type"]) == [""]
