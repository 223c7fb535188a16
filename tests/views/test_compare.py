"""Pure functions of the Statements page: columns per faction, stance matrix, events, shown rows."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.views import compare

STM = pd.DataFrame({
    "statement_id": ["s1", "s2", "s3", "s4", "s5"],
    "article_id": ["a", "a", "b", "b", "c"],
    "faction": ["Hamas", "Palestinian Islamic Jihad; PFLP", "Israel", "Hamas", "Egypt"],
    "stance": ["reject", "condemn", "neutral", "demand", "welcome"],
    "quote": ["q1", "q2", "q3", "q4", "q5"],
    "speaker": ["A", "B", "C", "D", "E"],
    "date": ["2023-03-19", "2023-03-19", "2023-03-01", "2023-02-01", "2021-06"],
    "start": [0, 50, 0, 80, 0],
})
EVENTS = pd.DataFrame({
    "event_id": ["e1", "e2", "e3", "e4"],
    "article_id": ["a", "b", "c", "a"],
    "event_type": ["meeting", "meeting", "visit", "rejection"],
    "event_cluster_id": ["k1", "k1", "k2", "k3"],
    "date": ["2023-03-19", "2023-03-19", "2021-05-30", "2023-03-19"],
    "location": ["Sharm el-Sheikh", "Sharm el-Sheikh", "Cairo", ""],
    "trigger": ["talks", "talks", "visit", "rejects"],
    "region": ["body", "body", "body", "body"],
})


@pytest.mark.parametrize("factions, expected", [
    (["Hamas", "Israel"], {"Hamas": ["s4", "s1"], "Israel": ["s3"]}),   # sorted by date
    (["PFLP", "Palestinian Islamic Jihad"], {"PFLP": ["s2"], "Palestinian Islamic Jihad": ["s2"]}),  # joint in both
    (["Quartet"], {"Quartet": []}),                                      # a faction with nothing said
    (["Hamas as"], {"Hamas as": []}),                                     # no substring matches
])
def test_by_faction(factions, expected):
    got = compare.by_faction(STM, factions)
    assert list(got) == factions
    assert {k: list(v["statement_id"]) for k, v in got.items()} == expected


def test_stance_matrix():
    m = compare.stance_matrix(STM)
    assert list(m.columns) == [*compare.STANCES, "total"]
    assert m.loc["Hamas"].to_dict() == {"threat": 0, "reject": 1, "condemn": 0, "welcome": 0, "demand": 1, "propose": 0,
                                        "agree": 0, "deny": 0, "neutral": 0, "total": 2}
    assert m.loc["PFLP", "condemn"] == 1 and m.loc["Palestinian Islamic Jihad", "condemn"] == 1
    assert list(m.index)[0] == "Hamas"  # most statements first
    assert compare.stance_matrix(STM, ["Egypt"]).loc["Egypt", "welcome"] == 1
    assert compare.stance_matrix(STM.iloc[0:0]).empty


def test_factions_of():
    assert compare.factions_of(STM) == ["Hamas", "Egypt", "Israel", "Palestinian Islamic Jihad", "PFLP"]
    assert compare.factions_of(None) == [] and compare.factions_of(STM.iloc[0:0]) == []


def test_event_choices_leave_out_reactions():
    ch = compare.event_choices(EVENTS)
    assert list(ch) == ["e3", "e1"]  # e1 and e2 are two reports of the same meeting (cluster k1)
    assert ch["e1"] == "2023-03-19 · meeting · Sharm el-Sheikh · talks"
    assert "e4" not in ch
    no_place = EVENTS.assign(location=["", "Sharm el-Sheikh", "", ""])
    assert list(compare.event_choices(no_place)) == ["e3", "e2"]  # the report that names the place


@pytest.mark.parametrize("event_id, window, expected", [
    ("e1", None, ["s1", "s2", "s3", "s4"]),   # the cluster spans articles a and b
    ("e1", 7, ["s1", "s2"]),                  # only statements within a week of 19 March
    ("e1", 30, ["s1", "s2", "s3"]),
    ("e3", None, ["s5"]),
    ("e3", 2, ["s5"]),                         # June 2021 overlaps 28 May - 1 June
    ("e3", 1, []),                             # ... but not 29-31 May
    ("nope", None, []),
])
def test_statements_for_event(event_id, window, expected):
    assert list(compare.statements_for_event(STM, EVENTS, event_id, window)["statement_id"]) == expected


def test_shown_frame_is_one_row_per_column_and_statement():
    cols = compare.by_faction(STM, ["Palestinian Islamic Jihad", "Hamas", "PFLP"])
    arts = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["AFP", "JPost"]})
    shown = compare.shown_frame(cols, arts, link=lambda a, s: f"Articles?doc={a}&at={s}")
    assert shown[["column", "statement_id"]].values.tolist() == [
        ["Palestinian Islamic Jihad", "s2"], ["Hamas", "s4"], ["Hamas", "s1"], ["PFLP", "s2"]]
    assert shown.loc[1, "outlet"] == "JPost" and shown.loc[1, "link"] == "Articles?doc=b&at=80"
    empty = compare.shown_frame({"Quartet": STM.iloc[0:0]})
    assert len(empty) == 0 and "column" in empty.columns


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.lists(st.sampled_from(["Hamas", "Israel", "PFLP", "Egypt"]), min_size=1, max_size=3),
                          st.sampled_from([*compare.STANCES, "odd"])), max_size=20))
def test_matrix_totals_match_columns(items):
    df = pd.DataFrame({"faction": ["; ".join(dict.fromkeys(f)) for f, _ in items],
                       "stance": [s for _, s in items], "quote": ["q"] * len(items),
                       "article_id": ["a"] * len(items), "date": [""] * len(items), "start": list(range(len(items)))})
    m = compare.stance_matrix(df)
    cols = compare.by_faction(df, list(m.index))
    for faction in m.index:
        assert m.loc[faction, "total"] == len(cols[faction])


@pytest.mark.parametrize("speaker, text, relay, shown", [
    ("Mousa Abu Marzouk", "Mussa Abu Marzouk", "", "Mousa Abu Marzouk (as written: Mussa Abu Marzouk)"),
    ("Sameh Shoukry", "Shoukry", "Ahmed Hafez", "Sameh Shoukry, via Ahmed Hafez"),   # a surname is no new spelling
    ("Hamas", "Hamas", "", "Hamas"),
    ("Israel", float("nan"), float("nan"), "Israel"),                                 # store rows before the columns
])
def test_speaker_label(speaker, text, relay, shown):
    assert compare.speaker_label(speaker, text, relay) == shown


def test_shown_frame_has_the_speaker_as_written():
    st = pd.DataFrame({"statement_id": ["s1"], "article_id": ["a"], "faction": ["Egypt"], "quote": ["q"],
                       "speaker": ["Sameh Shoukry"], "speaker_text": ["Shoukry"], "relayed_by": ["Ahmed Hafez"],
                       "stance": ["neutral"], "date": ["2021"], "start": [0]})
    assert list(compare.shown_frame({"Egypt": st})["who"]) == ["Sameh Shoukry, via Ahmed Hafez"]


def _event_choices_reference(events):
    """The row-by-row definition (one dict per event) that ``event_choices`` vectorises."""
    ev = events[~events["event_type"].isin(compare.REACTION_TYPES)]
    ev = ev[ev["region"].fillna("body").eq("body")]
    ev = ev.sort_values(["date", "event_id"], kind="stable")
    groups: dict = {}
    for r in ev.to_dict("records"):
        c = r.get("event_cluster_id")
        groups.setdefault(c if isinstance(c, str) and c else r["event_id"], []).append(r)
    out = {}
    for rows in groups.values():
        best = next((r for r in rows if isinstance(r.get("location"), str) and r["location"].strip()), rows[0])
        out[best["event_id"]] = compare.event_label(best)
    return out


@pytest.mark.parametrize("seed", range(12))
def test_event_choices_equal_the_row_by_row_definition(seed):
    import random

    rnd = random.Random(seed)
    n = rnd.randint(1, 60)
    ev = pd.DataFrame({
        "event_id": [f"e{i:03d}" for i in rnd.sample(range(1000), n)],
        "event_type": [rnd.choice(["meeting", "visit", "statement", "attack"]) for _ in range(n)],
        "event_cluster_id": [rnd.choice(["", None, "k1", "k2", "k3", f"k{i}"]) for i in range(n)],
        "date": [rnd.choice(["2023-03-19", "2023-03", "", "2022-01-02"]) for _ in range(n)],
        "location": [rnd.choice(["", " ", "Cairo", "Doha", None]) for _ in range(n)],
        "trigger": [rnd.choice(["talks", "met", ""]) for _ in range(n)],
        "factions": [rnd.choice(["", "Hamas; Israel", "Egypt"]) for _ in range(n)],
        "region": [rnd.choice(["body", "body", "caption", None]) for _ in range(n)]})
    got = compare.event_choices(ev)
    want = _event_choices_reference(ev)
    assert list(got.items()) == list(want.items())


@pytest.mark.parametrize(("limit", "keep", "want"), [
    (None, (), ["e0", "e1", "e2", "e3", "e4"]),
    (2, (), ["e0", "e1"]),
    (2, ("e4",), ["e0", "e1", "e4"]),  # the event of a link stays offered, in its place
    (2, ("e1", None, ""), ["e0", "e1"]),  # already offered; empty keeps ignored
    (2, ("nope",), ["e0", "e1"]),  # an id that is no choice is not added
    (9, ("e4",), ["e0", "e1", "e2", "e3", "e4"]),
])
def test_choice_labels_limit_and_keep(limit, keep, want):
    ev = pd.DataFrame({"event_id": [f"e{i}" for i in range(5)], "event_type": "meeting",
                       "date": [f"2023-01-0{i + 1}" for i in range(5)], "location": "Cairo"})
    got = compare.choice_labels(compare.choice_rows(ev), limit, keep)
    assert list(got) == want
    assert got == {k: v for k, v in compare.event_choices(ev).items() if k in want}


@pytest.mark.parametrize("seed", range(12))
def test_event_choices_of_compact_frames_and_masks_equal_the_definition(seed):
    """As the app holds them (categories; ids as Arrow strings), and with a filter's mask instead of a copy."""
    import random

    import numpy as np

    rnd = random.Random(seed)
    n = rnd.randint(1, 60)
    ev = pd.DataFrame({
        "event_id": pd.array([f"e{i:03d}" for i in rnd.sample(range(1000), n)], dtype="str"),
        "event_type": [rnd.choice(["meeting", "visit", "statement", "attack"]) for _ in range(n)],
        "event_cluster_id": pd.array([rnd.choice(["", None, "k1", "k2", f"e{i:03d}"]) for i in range(n)], dtype="str"),
        "date": [rnd.choice(["2023-03-19", "2023-03", "", "2022-01-02"]) for _ in range(n)],
        "location": [rnd.choice(["", " ", "Cairo", "Doha", None]) for _ in range(n)],
        "trigger": [rnd.choice(["talks", "met", ""]) for _ in range(n)],
        "factions": [rnd.choice(["", "Hamas; Israel", "Egypt"]) for _ in range(n)],
        "region": [rnd.choice(["body", "body", "caption", None]) for _ in range(n)]})
    compact = ev.astype({c: "category" for c in ("event_type", "date", "location", "trigger", "factions", "region")})
    mask = np.array([rnd.random() < 0.7 for _ in range(n)])
    want = _event_choices_reference(ev[mask])
    got = compare.choice_labels(compare.choice_rows(compact, mask))
    assert list(got.items()) == list(want.items())


def _row_loop_reference(df):
    """The row-by-row definition of factions_of and stance_matrix's counts (what the per-cell versions must equal)."""
    from lib.views.columns import split_multi
    from lib.views.compare import STANCES

    order: dict[str, int] = {}
    cells: dict[str, dict[str, int]] = {}
    stances = df["stance"] if "stance" in df.columns else [""] * len(df)
    for fv, sv in zip(df["faction"], stances, strict=True):
        for f in split_multi(fv):
            order[f] = order.get(f, 0) + 1
            st = sv if sv in STANCES else "neutral"
            cells.setdefault(f, dict.fromkeys(STANCES, 0))[st] += 1
    return sorted(order, key=lambda f: (-order[f], f.casefold())), cells


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("categorical", [False, True])
def test_per_cell_counts_equal_the_row_loop(seed, categorical):
    import random

    import pandas as pd

    from lib.views.compare import factions_of, stance_matrix

    rng = random.Random(seed)
    cells = ["Hamas", "Israel; Hamas", "hamas", "Egypt", "", None, "PIJ; PFLP; Hamas", "Qatar;", " ; Egypt"]
    stances = ["reject", "welcome", "neutral", "odd", "", None, "deny"]
    n = rng.randint(0, 60)
    df = pd.DataFrame({"faction": [rng.choice(cells) for _ in range(n)],
                       "stance": [rng.choice(stances) for _ in range(n)]})
    if categorical:
        df = df.astype("category")
    order, counts = _row_loop_reference(df)
    assert factions_of(df) == order
    m = stance_matrix(df)
    assert list(m.index) == order
    for f in order:
        assert {k: int(v) for k, v in m.loc[f].drop("total").items()} == counts[f]
    no_stance = stance_matrix(df[["faction"]])
    assert all(int(no_stance.loc[f, "neutral"]) == sum(counts[f].values()) for f in order)


@pytest.mark.parametrize("limit", [1, 3, 10, 1000])
def test_by_faction_limit_takes_the_first_rows_of_the_full_order(limit):
    import random

    import pandas as pd

    from lib.views.compare import by_faction

    rnd = random.Random(limit)
    n = 200
    df = pd.DataFrame({"faction": [rnd.choice(["A", "B", "A; B", "C", ""]) for _ in range(n)],
                       "date": [rnd.choice(["2023-01-02", "2023-01", "", "2022"]) for _ in range(n)],
                       "article_id": [rnd.choice("xyz") for _ in range(n)], "start": [rnd.randrange(9) for _ in range(n)],
                       "quote": [f"q{i}" for i in range(n)]}).astype({"date": "category", "article_id": "category"})
    full = by_faction(df, ["A", "B", "D"])
    cut = by_faction(df, ["A", "B", "D"], limit=limit)
    for f in ("A", "B", "D"):
        assert cut[f].equals(full[f].head(limit))
    assert len(full["A"]) > 3 and full["D"].empty  # negative: a faction nobody speaks for
