"""Sentence context on integer codes (lib/views/context.py) equals its row-by-row definition (the oracle below:
``with_context(df, sentence_context(tables))``, one dict entry per sentence)."""
import random

import pandas as pd
import pytest

from lib.views.columns import split_multi
from lib.views.context import with_sentence_context
from lib.views.filters import ACTOR_COLUMNS, FACTION_COLUMNS


def sentence_context(tables: dict):  # the row-by-row oracle of lib.views.context
    """{(article_id, sentence start): {"factions", "actors", "event_type", "places"}} from the mentions and events
    of each sentence: what a row without those columns (a casualty claim) is said alongside.
    """
    ctx: dict = {}

    def add(key, field, value):
        items = ctx.setdefault(key, {"factions": set(), "actors": set(), "event_type": set(), "places": set()})
        items[field].update(split_multi(value))

    m = tables.get("mentions")
    if m is not None and len(m) and "sentence_start" in m.columns:
        for r in m[m["kind"].isin(["actor", "place"])][["article_id", "sentence_start", "kind", "value",
                                                         "faction"]].itertuples(index=False):
            key = (r.article_id, int(r.sentence_start))
            if r.kind == "actor":
                add(key, "actors", r.value)
                add(key, "factions", r.faction)
            else:
                add(key, "places", r.value)
    e = tables.get("events")
    if e is not None and len(e):
        for r in e[["article_id", "start", "event_type", "factions", "actors", "location"]].itertuples(index=False):
            key = (r.article_id, int(r.start))
            add(key, "event_type", r.event_type)
            add(key, "factions", r.factions)
            add(key, "actors", r.actors)
            add(key, "places", r.location)
    return {k: {f: "; ".join(sorted(v, key=str.casefold)) for f, v in d.items()} for k, d in ctx.items()}


def with_context(df, context: dict):
    """``df`` plus the columns it lacks among factions, actors and event_type, taken from its sentence's context
    (``sentence_context``); the index is kept, so rows can be selected back. A row's own place is left alone.
    """
    if df is None or not len(df) or "article_id" not in df.columns or "start" not in df.columns:
        return df
    keys = list(zip(df["article_id"], df["start"].astype(int), strict=True))
    add = {}
    for field, present in (("factions", FACTION_COLUMNS), ("actors", ACTOR_COLUMNS), ("event_type", ("event_type",))):
        if not set(present).intersection(df.columns):
            add[field] = [context.get(k, {}).get(field, "") for k in keys]
    return df.assign(**add) if add else df


def test_oracle_on_one_sentence():
    m = pd.DataFrame({"mention_id": ["m"], "article_id": ["a"], "kind": ["actor"], "value": ["IDF"],
                      "faction": ["Israel"], "sentence_start": [0]})
    e = pd.DataFrame({"article_id": ["a"], "start": [0], "event_type": ["attack"], "factions": ["Hamas"],
                      "actors": ["Hamas"], "location": ["Gaza"]})
    assert sentence_context({"mentions": m, "events": e})[("a", 0)]["factions"] == "Hamas; Israel"
    c = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 9], "count": [3, 4]})
    assert list(with_context(c, sentence_context({"mentions": m, "events": e}))["factions"]) == ["Hamas; Israel", ""]


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


@pytest.mark.parametrize("f, needs_context", [
    (dict(), False),
    (dict(text="killed"), False),
    (dict(date_from="2023-03-01", date_to="2023-03-31"), False),
    (dict(places=("Gaza",), hide_non_body=False), False),
    (dict(hide_coarse_dates=True), False),
    (dict(factions=("Israel",)), True),   # negative cases: these filters need the sentence's context
    (dict(event_types=("attack",)), True),
])
def test_context_changes_nothing_unless_factions_actors_or_types_are_filtered(seed_tables, f, needs_context):
    """``ui.page_rows`` matches claims to their sentence's context only when a filter on factions, actors or event
    types is set: for every other filter the rows kept are the same with or without it."""
    from lib.views.filters import Filters, apply_filters

    claims = seed_tables["casualties"]
    assert len(claims)
    seen = with_sentence_context(claims, seed_tables["mentions"], seed_tables["events"])
    flt = Filters(**f)
    same = list(apply_filters(seen, flt).index) == list(apply_filters(claims, flt).index)
    assert same == (not needs_context)
