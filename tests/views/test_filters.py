"""lib/views/filters.py: the pure filter over every table."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.store.tables import frame
from lib.views import columns, filters
from lib.views.columns import row_intervals, split_multi, timex_bounds
from lib.views.filters import (
    Filters,
    apply_filters,
    date_extent,
    describe,
    filter_options,
)

ARTICLES = pd.DataFrame({"article_id": ["a1", "a2"], "outlet": ["AFP", "Reuters"],
                         "published": ["2023-03-19", "2023-02"], "title": ["Talks in Egypt", "Truce"],
                         "path": ["x", "y"]})
EVENTS = pd.DataFrame([
    # id, article, type, date_start, date_end, precision, factions, actors, location, region, sentence
    ("e1", "a1", "meeting", "2023-03-19", "2023-03-19", "day", "Israel; Palestinian Authority", "Eli Cohen",
     "Sharm el-Sheikh", "body", "Officials met in Sharm el-Sheikh on Sunday."),
    ("e2", "a1", "attack", "2023-03-01", "2023-03-31", "month", "Israel", "", "Jenin", "body",
     "Raids on Jenin went on all month."),
    ("e3", "a2", "statement", "2023", "2023", "year", "Hamas", "Ismail Haniyeh", "", "caption",
     "Hamas leader Ismail Haniyeh speaks (AFP photo)."),
    ("e4", "a2", "visit", "", "", "", "Egypt", "Sameh Shoukry", "Ramallah", "body", "Shoukry visited Ramallah."),
], columns=["event_id", "article_id", "event_type", "date_start", "date_end", "date_precision", "factions",
            "actors", "location", "region", "sentence"])


def ids(df):
    return list(df["event_id"])


@pytest.mark.parametrize("f, expected", [
    (Filters(), ["e1", "e2", "e4"]),                                      # caption hidden by default
    (Filters(hide_non_body=False), ["e1", "e2", "e3", "e4"]),
    (Filters(event_types=("attack", "visit")), ["e2", "e4"]),
    (Filters(factions=("Israel",)), ["e1", "e2"]),                          # multi-valued cell, exact item
    (Filters(factions=("Palestinian",)), []),                               # no substring matches
    (Filters(actors=("Sameh Shoukry",)), ["e4"]),
    (Filters(places=("Jenin", "Ramallah")), ["e2", "e4"]),
    (Filters(outlets=("Reuters",)), ["e4"]),                                # joined through articles
    (Filters(articles=("a1",)), ["e1", "e2"]),
    (Filters(text="SHARM"), ["e1"]),                                        # case-insensitive
    (Filters(text="a.b"), []),                                              # literal, not a regex
    (Filters(hide_coarse_dates=True), ["e1", "e4"]),
    (Filters(date_from="2023-03-10"), ["e1", "e2"]),                        # e2's month overlaps; e4 -> 2023-02
    (Filters(date_to="2023-03-05"), ["e2", "e4"]),                          # e4 undated: article month 2023-02
    (Filters(date_from="2023-03-20", date_to="2023-04-30"), ["e2"]),
    (Filters(date_from="2024-01-01"), []),
    (Filters(factions=("Israel",), event_types=("meeting",), text="sunday"), ["e1"]),
])
def test_apply_filters_events(f, expected):
    assert ids(apply_filters(EVENTS, f, ARTICLES)) == expected


def test_outlet_filter_without_articles_leaves_joined_tables_alone():
    assert ids(apply_filters(EVENTS, Filters(outlets=("Reuters",)))) == ["e1", "e2", "e4"]


def test_columns_a_table_lacks_are_not_filtered_on():
    assert list(apply_filters(ARTICLES, Filters(event_types=("attack",), hide_non_body=True),
                              ARTICLES)["article_id"]) == ["a1", "a2"]
    assert list(apply_filters(ARTICLES, Filters(outlets=("AFP",)))["article_id"]) == ["a1"]
    assert list(apply_filters(ARTICLES, Filters(text="truce"))["article_id"]) == ["a2"]
    assert list(apply_filters(ARTICLES, Filters(date_from="2023-03-01"))["article_id"]) == ["a1"]


def test_statements_and_casualties_use_their_own_columns():
    st_ = pd.DataFrame({"statement_id": ["s1", "s2"], "article_id": ["a1", "a1"], "speaker": ["Abbas", "Cohen"],
                        "faction": ["Palestinian Authority", "Israel"], "quote": ["we reject", "calm"],
                        "date": ["2023-03-18", ""], "sentence": ["x", "y"], "region": ["body", "body"]})
    assert list(apply_filters(st_, Filters(actors=("Abbas",)))["statement_id"]) == ["s1"]
    assert list(apply_filters(st_, Filters(factions=("Israel",)))["statement_id"]) == ["s2"]
    assert list(apply_filters(st_, Filters(text="reject"))["statement_id"]) == ["s1"]
    assert list(apply_filters(st_, Filters(date_to="2023-03-18"), ARTICLES)["statement_id"]) == ["s1"]
    cas = pd.DataFrame({"claim_id": ["c1"], "article_id": ["a1"], "period_start": ["2023-01-01"],
                        "period_end": ["2023-03-19"], "date": [""], "location": ["Jenin"], "region": ["body"]})
    assert len(apply_filters(cas, Filters(date_from="2023-02-01"))) == 1
    assert len(apply_filters(cas, Filters(date_from="2023-04-01"))) == 0


def test_mentions_filter_by_kind():
    m = pd.DataFrame({"mention_id": ["m1", "m2", "m3"], "article_id": ["a1"] * 3, "kind": ["actor", "place", "date"],
                      "value": ["Hamas", "Gaza", "2023-03-19"], "faction": ["Hamas", "", ""],
                      "precision": ["", "", "day"], "date_start": ["", "", "2023-03-19"],
                      "date_end": ["", "", "2023-03-19"], "region": ["body"] * 3})
    assert list(apply_filters(m, Filters(actors=("Hamas",)))["mention_id"]) == ["m1"]
    assert list(apply_filters(m, Filters(places=("Gaza",)))["mention_id"]) == ["m2"]


@pytest.mark.parametrize("df", [None, frame("events"), frame("articles"), frame("statements")])
def test_empty_tables_pass_through(df):
    out = apply_filters(df, Filters(factions=("X",), date_from="2023-01-01", text="q"), ARTICLES)
    assert out is None or len(out) == 0


def test_filter_options_from_all_tables():
    m = pd.DataFrame({"mention_id": ["m1", "m2"], "kind": ["actor", "place"], "value": ["Abbas", "Gaza"],
                      "faction": ["Palestinian Authority", ""]})
    opts = filter_options({"events": EVENTS, "articles": ARTICLES, "mentions": m})
    assert opts["factions"] == ["Egypt", "Hamas", "Israel", "Palestinian Authority"]
    assert "Abbas" in opts["actors"] and "Sameh Shoukry" in opts["actors"]
    assert opts["places"] == ["Gaza", "Jenin", "Ramallah", "Sharm el-Sheikh"]
    assert opts["outlets"] == ["AFP", "Reuters"] and opts["articles"] == ["a1", "a2"]
    assert filter_options({}) == {k: [] for k in ("factions", "actors", "event_types", "places", "outlets",
                                                   "articles")}


def test_date_extent():
    assert date_extent({"events": EVENTS}) == ("2023-01-01", "2023-12-31")
    assert date_extent({"events": frame("events")}) == ("", "")


@pytest.mark.parametrize("f, expected", [
    (Filters(), "all"),
    (Filters(date_to="2023-02-01"), "start_to_2023-02-01"),
    (Filters(factions=("Hamas", "Israel")), "factions-Hamas+Israel"),
    (Filters(text="../../etc/passwd"), "q-..-..-etc-passwd"),
    (Filters(text="a/b\\c:d*e?"), "q-a-b-c-d-e"),
])
def test_describe_is_a_safe_file_name(f, expected):
    assert describe(f) == expected


def test_seed_tables_filter(seed_tables):
    arts = seed_tables["articles"]
    for _name, df in seed_tables.items():
        assert len(apply_filters(df, Filters(hide_non_body=False), arts)) == len(df)
        assert len(apply_filters(df, Filters(), arts)) <= len(df)


words = st.sampled_from(["Hamas", "Israel", "Egypt", "Jenin", "meeting", "attack", "2023-03", "x;y", "", "="])


@settings(max_examples=60, deadline=None)
@given(factions=st.lists(words, max_size=3), text=st.text(max_size=8), types=st.lists(words, max_size=2),
       d1=st.sampled_from(["", "2023-01-01", "2023-03-15"]), d2=st.sampled_from(["", "2023-03-20", "2024-01-01"]),
       hide=st.booleans(), coarse=st.booleans())
def test_filters_never_raise_and_only_select(factions, text, types, d1, d2, hide, coarse):
    f = Filters(date_from=d1, date_to=d2, factions=tuple(factions), event_types=tuple(types), text=text,
                hide_non_body=hide, hide_coarse_dates=coarse)
    out = apply_filters(EVENTS, f, ARTICLES)
    assert set(out["event_id"]) <= set(EVENTS["event_id"])
    assert list(out.columns) == list(EVENTS.columns)
    # Adding a filter never adds rows.
    assert set(apply_filters(EVENTS, Filters(**{**f.__dict__, "text": text + "zz"}), ARTICLES)["event_id"]) \
        <= set(out["event_id"])


# ---------------------------------------------------------------------------------------------- fast paths
# The filters compute matches and date bounds once per distinct value (and remember them per column array).
# These references are the straightforward row-by-row definitions; the fast paths must give the same rows.

def ref_intervals(df, articles=None):
    lo = pd.Series("", index=df.index, dtype=object)
    hi = pd.Series("", index=df.index, dtype=object)
    for a, b in columns.DATE_COLUMNS:
        if a not in df.columns:
            continue
        for i in df.index:
            if lo[i] == "":
                lo[i] = timex_bounds(df.at[i, a])[0]
                hi[i] = timex_bounds(df.at[i, b if b in df.columns else a])[1] or timex_bounds(df.at[i, a])[1]
    if articles is not None and len(articles) and "article_id" in df.columns:
        pub = dict(zip(articles["article_id"], articles["published"], strict=False))
        for i in df.index:
            if lo[i] == "":
                lo[i], hi[i] = timex_bounds(pub.get(df.at[i, "article_id"]))
    return lo, hi


def ref_any_match(df, columns, wanted):
    present = [c for c in columns if c in df.columns]
    if not present:
        return None
    return [any(set(wanted) & set(split_multi(df.at[i, c])) for c in present) for i in df.index]


DATES = st.sampled_from(["2023-03-19", "2023-02", "2024", "2023-W11", "2023-02-30", "PAST_REF", "", None,
                         "2020-12-31", "2023-03", "2023-13", "1999-W52"])
CELLS = st.sampled_from(["Hamas", "Israel; Hamas", "Egypt;", "", None, "Hamas;Israel; Egypt", "Qatar"])
LIMITS = st.sampled_from(["", "2023-03-01", "2023-03-19", "2020-01-01", "2024-12-31", "2023", "2023-03", "zz"])


@st.composite
def event_frames(draw):
    n = draw(st.integers(0, 12))
    col = lambda s: draw(st.lists(s, min_size=n, max_size=n))  # noqa: E731
    return pd.DataFrame({"event_id": [f"e{i}" for i in range(n)], "article_id": col(st.sampled_from(["a1", "a2",
                         "a3", None])), "date_start": col(DATES), "date_end": col(DATES), "date": col(DATES),
                         "factions": col(CELLS), "actors": col(CELLS), "location": col(CELLS),
                         "event_type": col(st.sampled_from(["meeting", "attack", "", None])),
                         "region": col(st.sampled_from(["body", "caption", None])), "sentence": "x"})


@pytest.mark.parametrize("memo_rows", [50_000, 0])  # 0: the per-column memo is used (second call hits it)
@settings(max_examples=60, deadline=None)
@given(df=event_frames(), wanted=st.lists(st.sampled_from(["Hamas", "Israel", "Egypt", "Qatar", "x"]), max_size=2),
       d1=LIMITS, d2=LIMITS, with_articles=st.booleans())
def test_fast_paths_equal_the_row_by_row_definitions(memo_rows, df, wanted, d1, d2, with_articles):
    old = columns._MEMO_MIN_ROWS
    columns._MEMO_MIN_ROWS = memo_rows
    try:
        arts = ARTICLES.assign(published=["2023-03-19", "2021"]) if with_articles else None
        for _ in range(2):
            lo, hi = row_intervals(df, arts)
            rlo, rhi = ref_intervals(df, arts)
            assert list(lo) == list(rlo) and list(hi) == list(rhi)
            for cols in (filters.FACTION_COLUMNS, filters.ACTOR_COLUMNS, filters.PLACE_COLUMNS, ("nothing",)):
                got = filters._any_match(df, cols, tuple(wanted))
                ref = ref_any_match(df, cols, tuple(wanted))
                assert (got is None and ref is None) or list(got) == ref
            f = Filters(date_from=d1, date_to=d2, factions=tuple(wanted), hide_non_body=False)
            dated = rlo != ""
            ok = dated & ((rhi >= d1) if d1 else True) & ((rlo <= d2) if d2 else True)
            keep = ok if (d1 or d2) and dated.any() else pd.Series(True, index=df.index)
            if wanted:
                keep &= pd.Series(ref_any_match(df, filters.FACTION_COLUMNS, tuple(wanted)), index=df.index,
                                  dtype=bool)
            assert ids(apply_filters(df, f, arts)) == list(df.loc[keep, "event_id"])
            elo, ehi = ref_intervals(df)  # the extent does not fall back to publication dates
            ext = [v for v in elo if v], [v for v in ehi if v]
            assert date_extent({"events": df}) == ((min(ext[0]), max(ext[1])) if ext[0] else ("", ""))
            ref_opts = {"factions": {x for c in filters.FACTION_COLUMNS if c in df for v in df[c]
                                     for x in split_multi(v)},
                        "actors": {x for c in filters.ACTOR_COLUMNS if c in df for v in df[c] for x in split_multi(v)},
                        "event_types": {v for v in df["event_type"].dropna() if v.strip()}}
            opts = filter_options({"events": df})
            assert {k: set(opts[k]) for k in ref_opts} == ref_opts
    finally:
        columns._MEMO_MIN_ROWS = old


def test_memo_follows_the_column_array_not_the_frame():
    old = columns._MEMO_MIN_ROWS
    columns._MEMO_MIN_ROWS = 0
    try:
        a = EVENTS.copy()
        assert ids(apply_filters(a, Filters(factions=("Egypt",)))) == ["e4"]
        a["factions"] = ["Egypt"] * len(a)  # a new column array: nothing stale is reused
        assert ids(apply_filters(a, Filters(factions=("Egypt",)))) == ["e1", "e2", "e4"]
    finally:
        columns._MEMO_MIN_ROWS = old
