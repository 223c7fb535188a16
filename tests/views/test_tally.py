"""Tallies for the casualty panel: never sum cumulative tallies, disputes as ranges, incidents apart."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.views import tally


def claim(cid, count, *, group="Palestinians", outcome="killed", kind="cumulative", source="", start="2023-01-01",
          end="2023-03-19", date="", article="a1", location="", cmin=None, cmax=None, outlet=""):
    return {"claim_id": cid, "article_id": article, "count": count, "count_min": cmin, "count_max": cmax,
            "outcome": outcome, "group_norm": group, "group": group, "kind": kind, "reported_by": source,
            "period_start": start if kind == "cumulative" else "", "period_end": end if kind == "cumulative" else "",
            "date": date or end, "location": location, "outlet": outlet}


def one(ts, kind="cumulative", group="Palestinians", outcome="killed"):
    (t,) = [t for t in ts if t.kind == kind and t.group == group and t.outcome == outcome]
    return t


def test_latest_tally_of_one_source_replaces_earlier():
    rows = [claim("a", 80, source="AFP", end="2023-03-01"), claim("b", 86, source="AFP", end="2023-03-19")]
    t = one(tally.totals(rows))
    assert (t.low, t.high, t.disputed, t.claim_ids) == (86, 86, False, ("b",))


def test_two_sources_same_day_disagreeing_give_a_disputed_range():
    rows = [claim("a", 86, source="AFP"), claim("b", 90, source="Health Ministry")]
    t = one(tally.totals(rows))
    assert (t.low, t.high, t.disputed, t.sources) == (86, 90, True, ("AFP", "Health Ministry"))
    assert t.label == "86–90 (disputed)"


def test_two_sources_agreeing_are_not_disputed_and_not_added():
    rows = [claim("a", 86, source="AFP"), claim("b", 86, source="UN")]
    t = one(tally.totals(rows))
    assert (t.low, t.high, t.disputed) == (86, 86, False)


def test_older_source_is_superseded_by_a_later_one():
    rows = [claim("a", 86, source="AFP", end="2023-03-19"), claim("b", 95, source="UN", end="2023-03-25")]
    t = one(tally.totals(rows))
    assert (t.low, t.high, t.disputed, t.as_of) == (95, 95, False, "2023-03-25")


def test_different_periods_are_separate_totals():
    rows = [claim("a", 86, start="2023-01-01"), claim("b", 300, start="2022-01-01")]
    ts = [t for t in tally.totals(rows) if t.kind == "cumulative"]
    assert sorted((t.period_start, t.low) for t in ts) == [("2022-01-01", 300), ("2023-01-01", 86)]


def test_groups_and_outcomes_never_mix():
    rows = [claim("a", 86), claim("b", 13, group="Israelis"), claim("c", 40, outcome="wounded")]
    ts = tally.totals(rows)
    assert {(t.group, t.outcome, t.low) for t in ts} == {("Palestinians", "killed", 86), ("Israelis", "killed", 13),
                                                        ("Palestinians", "wounded", 40)}


def test_incidents_are_summed_apart_from_tallies():
    rows = [claim("t", 86, source="AFP"),
            claim("i1", 18, kind="incident", date="2006-11-08", location="Beit Hanoun"),
            claim("i2", 3, kind="incident", date="2006-11-10", location="Jenin")]
    ts = tally.totals(rows)
    assert one(ts, "incident").low == 21
    assert one(ts, "cumulative").low == 86


def test_one_incident_in_two_articles_counts_once_as_a_range():
    rows = [claim("i1", 18, kind="incident", date="2006-11-08", location="Beit Hanoun", article="a1"),
            claim("i2", 19, kind="incident", date="2006-11-08", location="Beit Hanoun", article="a2")]
    t = one(tally.totals(rows), "incident")
    assert (t.low, t.high, t.disputed) == (18, 19, True)


def test_one_articles_distinct_incidents_add_up():
    rows = [claim("i1", 1, kind="incident", date="2006-11-16", group="Israelis"),
            claim("i2", 2, kind="incident", date="2006-11-16", group="Israelis")]
    t = one(tally.totals(rows), "incident", "Israelis")
    assert (t.low, t.high) == (3, 3)


@pytest.mark.parametrize("row, expected", [
    ({"count": 10, "count_min": 10, "count_max": 15}, (10, 15)),
    ({"count": 505, "count_min": 505, "count_max": None}, (505, None)),
    ({"count": 40, "count_min": 41, "count_max": float("nan")}, (41, None)),
    ({"count": 7, "count_min": 7, "count_max": 7}, (7, 7)),
    ({"count": 1200, "count_min": None, "count_max": 1200}, (1200, 1200)),
    ({"count": None}, (None, None)),
])
def test_bounds(row, expected):
    assert tally.bounds(row) == expected


def test_source_falls_back_to_outlet():
    rows = [claim("a", 5, source="", outlet="AFP")]
    assert [p.source for p in tally.cumulative_series(rows)] == ["AFP"]


def test_series_has_one_line_per_source_in_date_order():
    rows = [claim("b", 90, source="UN", end="2023-03-25"), claim("a", 86, source="AFP", end="2023-03-19"),
            claim("c", 70, source="UN", end="2023-03-01"), claim("i", 3, kind="incident")]
    pts = tally.cumulative_series(rows)
    assert [(p.source, p.as_of, p.low) for p in pts] == [("AFP", "2023-03-19", 86), ("UN", "2023-03-01", 70),
                                                         ("UN", "2023-03-25", 90)]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.sampled_from(["AFP", "UN", "MoH"]),
                          st.sampled_from(["2023-03-01", "2023-03-19"]), st.sampled_from(["Israelis", "Palestinians"])),
                min_size=1, max_size=12))
def test_a_cumulative_total_never_exceeds_the_largest_tally(items):
    rows = [claim(f"c{i}", n, source=s, end=d, group=g) for i, (n, s, d, g) in enumerate(items)]
    for t in tally.totals(rows):
        biggest = max(n for n, _, _, g in items if g == t.group)
        assert t.high <= biggest  # a sum of two tallies would exceed the largest one
        assert t.low <= t.high


def test_open_ended_claims_give_open_totals():
    rows = [claim("a", 505, cmin=505, source="Health Ministry")]
    t = one(tally.totals(rows))
    assert (t.low, t.high, t.label) == (505, None, "≥505")


def test_seed_tallies(seed_tables):
    df = seed_tables["casualties"].merge(seed_tables["articles"][["article_id", "outlet"]], on="article_id")
    ts = tally.totals(df.to_dict("records"))
    cum = {(t.group, t.outcome): (t.low, t.sources) for t in ts if t.kind == "cumulative"}
    assert cum[("Palestinians", "killed")] == (86, ("AFP",))
    assert cum[("Israelis", "killed")] == (13, ("AFP",))
    inc = {(t.group, t.outcome): t.low for t in ts if t.kind == "incident"}
    assert inc[("Palestinians", "killed")] == 18 and inc[("Israelis", "wounded")] == 2


def test_tallies_of_different_areas_are_separate_totals_not_a_dispute():
    rows = [claim("a", 200, source="Health Ministry", location="West Bank"),
            claim("b", 9000, source="Health Ministry", location="Gaza Strip"),
            claim("c", 9300, source="UN", location="Gaza Strip")]
    ts = [t for t in tally.totals(rows) if t.kind == "cumulative"]
    assert sorted((t.low, t.high, t.disputed) for t in ts) == [(200, 200, False), (9000, 9300, True)]
    frame = tally.totals_frame(rows)
    assert sorted(frame["where"]) == ["Gaza Strip", "West Bank"]


def test_a_tally_naming_no_area_is_not_merged_into_an_area():
    rows = [claim("a", 86, source="AFP"), claim("b", 80, source="AFP", location="West Bank")]
    ts = [t for t in tally.totals(rows) if t.kind == "cumulative"]
    assert sorted(t.low for t in ts) == [80, 86]


class _Reads(dict):
    """A claim dict that records the keys read."""
    seen: set = set()

    def __getitem__(self, k):
        _Reads.seen.add(k)
        return super().__getitem__(k)

    def get(self, k, default=None):
        _Reads.seen.add(k)
        return super().get(k, default)


def test_claim_keys_are_all_the_totals_and_series_read(seed_tables):
    """The Casualties page builds its dicts from ``CLAIM_KEYS`` only: the totals, the series and the labels read no
    other key, and give the same results as from dicts of every column."""
    df = seed_tables["casualties"].merge(seed_tables["articles"][["article_id", "outlet", "published"]],
                                         on="article_id")
    full = df.to_dict("records")
    narrow = df[[c for c in tally.CLAIM_KEYS if c in df.columns]].to_dict("records")
    _Reads.seen = set()
    watched = [_Reads(r) for r in full]
    tally.totals_frame(watched), tally.cumulative_series(watched), [tally.figure_label(r) for r in watched]
    assert _Reads.seen <= set(tally.CLAIM_KEYS)
    assert tally.totals_frame(narrow).equals(tally.totals_frame(full))
    assert tally.cumulative_series(narrow) == tally.cumulative_series(full)
    assert [tally.figure_label(r) for r in narrow] == [tally.figure_label(r) for r in full]


def test_claim_rows_read_as_the_records_dicts(seed_tables):
    import math

    df = seed_tables["casualties"].merge(seed_tables["articles"][["article_id", "outlet", "published"]],
                                         on="article_id")
    full = df.to_dict("records")
    rows = tally.claim_rows(df)
    same = lambda a, b: a == b or (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b))  # noqa: E731
    assert len(rows) == len(full) and all(set(r) == set(d) and all(same(r[k], d[k]) for k in d)
                                          for r, d in zip(rows, full, strict=True))
    assert tally.totals_frame(rows).equals(tally.totals_frame(full))
    assert tally.cumulative_series(rows) == tally.cumulative_series(full)
    narrow = tally.claim_rows(df, (*tally.CLAIM_KEYS, "start", "not a column"))
    assert set(narrow[0]) == {*tally.CLAIM_KEYS, "start"} & set(df.columns)
    assert tally.claim_rows(df.iloc[0:0]) == [] and tally.claim_rows(df, ()) != []


MIXED = [  # cells as a frame gives them: str with spaces, None, NaN, int, float, numeric strings, empty strings
    {"claim_id": " c1 ", "article_id": "a1", "count": 12.0, "count_min": None, "count_max": float("nan"),
     "outcome": " killed", "group_norm": "", "group": "civilians ", "kind": "cumulative", "period_start": "2023-01-01",
     "period_end": "", "reported_by": None, "location": " Gaza", "date": "2023-02-01", "outlet": "AFP",
     "published": "2023-02-02"},
    {"claim_id": "c2", "article_id": "a2", "count": None, "count_min": "100", "count_max": None, "qualifier": "vague",
     "outcome": "wounded", "group_norm": None, "group": None, "kind": "incident", "period_start": None,
     "period_end": None, "reported_by": "", "location": None, "date": None, "outlet": float("nan"),
     "published": "2023-03-01"},
    {"claim_id": "c3", "article_id": "a3", "count": 15, "count_min": 20, "count_max": 10, "outcome": "killed",
     "group_norm": "Israelis", "kind": "incident", "reported_by": " Health Ministry ", "date": "2023-03-05"},
    {"claim_id": "c4", "count": "7", "kind": "cumulative"},  # keys missing altogether
]


def per_row(r):
    """What each helper says of one claim: the facts must say the same."""
    low, high = tally.bounds(r)
    return (tally.is_cumulative(r), tally.group_of(r), tally._str(r.get("outcome")), tally._str(r.get("period_start")),
            tally.area_of(r), tally.source_of(r), tally.as_of(r), low, high, tally.as_int(r.get("count")),
            tally._str(r.get("claim_id")), tally._str(r.get("article_id")), tally._str(r.get("date")))


def test_facts_say_what_the_helpers_say():
    import pandas as pd

    got = tally.facts(MIXED)
    assert [tuple(f)[1:] for f in got] == [per_row(r) for r in MIXED]
    assert [f.row for f in got] == MIXED
    assert got[1].source == "a2" and got[3].source == "unknown" and got[2].source == "Health Ministry"
    assert (got[2].low, got[2].high) == (20, 20) and (got[1].low, got[1].high) == (100, None)
    # The same from ClaimRows (read by column), from a part of them (read by position) and from rows of two tables.
    rows = tally.claim_rows(pd.DataFrame(MIXED))
    assert [tuple(f)[1:] for f in tally.facts(rows)] == [per_row(r) for r in rows]
    part = rows[::2]
    assert [tuple(f)[1:] for f in tally.facts(part)] == [per_row(r) for r in part]
    other = tally.claim_rows(pd.DataFrame(MIXED[:1]))
    assert [tuple(f)[1:] for f in tally.facts([*part, *other])] == [per_row(r) for r in [*part, *other]]
    # Facts pass through; a page computes them once for the totals and the chart.
    assert tally.facts(got) is got
    assert tally.totals_frame(got).equals(tally.totals_frame(MIXED))
    assert tally.cumulative_series(got) == tally.cumulative_series(MIXED)
    assert tally.facts([]) == []


def test_claim_rows_share_their_columns():
    import pandas as pd

    rows = tally.claim_rows(pd.DataFrame({"claim_id": ["x", "y"], "count": [1, 2]}))
    assert rows[0]._cols is rows[1]._cols and [r["count"] for r in rows] == [1, 2]
    with pytest.raises(KeyError):
        rows[0]["outlet"]
    assert rows[1].get("outlet", "-") == "-" and len(rows[1]) == 2 and dict(rows[1]) == {"claim_id": "y", "count": 2}


def _as_categories(df):
    """The frame as the store's compact frames give it: every text column a category, counts as floats."""
    import pandas as pd

    out = df.copy()
    for c in out.columns:
        if c in ("count", "count_min", "count_max"):
            out[c] = pd.to_numeric(out[c], errors="coerce").astype(float)
        elif c not in ("claim_id", "article_id"):
            out[c] = out[c].astype("category")
    return out


BOUNDS_CASES = [  # (count, count_min, count_max): every branch of bounds
    (10, None, None), (None, None, None), (None, 505, None), (10, 10, 15), (15, 20, 10), (30, None, 20),
    (None, None, 7), (5.9, None, None), (-3, None, None), (0, 0, 0), (12, 12, None), (None, 4, 9)]


def test_facts_by_column_equal_facts_by_row(seed_tables):
    import pandas as pd

    plain = pd.DataFrame(MIXED)
    frames = [plain, _as_categories(plain.drop(columns=["count"]).assign(count=[12.0, None, 15.0, 7.0]))]
    frames.append(pd.DataFrame([{"claim_id": f"b{i}", "count": c, "count_min": lo, "count_max": hi,
                                 "kind": "incident"} for i, (c, lo, hi) in enumerate(BOUNDS_CASES)]))
    frames.append(_as_categories(frames[-1]))
    df = seed_tables["casualties"].merge(seed_tables["articles"][["article_id", "outlet", "published"]],
                                         on="article_id")
    frames += [df, _as_categories(df)]
    for frame in frames:
        rows = tally.claim_rows(frame)
        assert tally.facts_frame(frame, rows) == tally.facts(rows), frame
        assert [f.row for f in tally.facts_frame(frame, rows)] == rows
    b = tally.facts_frame(frames[2])
    assert [(f.low, f.high) for f in b] == [tally.bounds(r) for r in frames[2].to_dict("records")]
    assert all(type(v) is int for f in b for v in (f.low, f.high, f.count) if v is not None)
    assert tally.facts_frame(plain.iloc[0:0]) == []


def _page_series(claims):
    """The step chart's frame as the Casualties page built it before ``tally.series_frame``."""
    import pandas as pd

    records = tally.claim_rows(claims, (*tally.CLAIM_KEYS, "start"))
    facts = tally.facts_frame(claims, records)
    points = tally.cumulative_series(facts)
    if not points:  # the page drew no chart
        return tally.totals_frame(facts), None, points
    by_id = {f.claim_id: f.row for f in facts if f.cumulative}
    claim_of = [by_id.get(p.claim_id) for p in points]
    series = pd.DataFrame({"group": [p.group for p in points], "outcome": [p.outcome for p in points],
                           "source": [p.source for p in points], "as of": [p.as_of for p in points],
                           "count": [p.low for p in points], "high": [p.high for p in points],
                           "period from": [p.period_start for p in points],
                           "where": [(r or {}).get("location") or "not stated" for r in claim_of],
                           "figure": [tally.figure_label(r or {"count": p.low})
                                      for r, p in zip(claim_of, points, strict=True)]})
    series["line"] = series["source"] + " | " + series["period from"].astype(str) + " | " + series["where"]
    series["as of"] = pd.to_datetime(series["as of"], errors="coerce")
    return tally.totals_frame(facts), series, points


@pytest.mark.parametrize("which", ["mixed", "mixed_categories", "seeds", "seeds_categories", "incidents_only"])
def test_summary_is_what_the_page_computed(seed_tables, which):
    import pandas as pd

    if which.startswith("mixed"):
        df = pd.DataFrame(MIXED)
    elif which.startswith("seeds"):
        df = seed_tables["casualties"].merge(seed_tables["articles"][["article_id", "outlet", "published"]],
                                             on="article_id")
    else:
        df = pd.DataFrame([claim("i1", 5, kind="incident", date="2023-02-01"), claim("i2", 7, kind="incident")])
    if which.endswith("categories"):
        df = _as_categories(df)
    totals, series = tally.summary(df)
    want_totals, want_series, points = _page_series(df)
    pd.testing.assert_frame_equal(totals, want_totals)
    if points:
        pd.testing.assert_frame_equal(series, want_series)
    else:  # the page showed "No cumulative tallies to chart" on no points: an empty frame with the chart's columns
        assert series.empty and "line" in series.columns and "as of" in series.columns
