"""Incremental linking in ingest order: linking new articles against the saved clusters equals a full relink."""
from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.models import Event
from lib.store.clusters import link_all, link_new
from lib.store.linking import events_from_records, same_event

PLACES = [(None, None, ""), (30.04, 31.24, "Cairo"), (30.2, 31.4, "Cairo"), (30.3, 31.6, "Giza"),
          (31.77, 35.21, "Jerusalem"), (None, None, "Cairo"), (None, None, "Doha"), (64.1, -21.9, "Reykjavik")]


@st.composite
def corpora(draw):
    """Events of up to 8 articles, dense in time and place so that clusters compete for reports."""
    n = draw(st.integers(0, 40))
    rows = []
    for k in range(n):
        lat, lon, loc = draw(st.sampled_from(PLACES))
        day = draw(st.integers(1, 12))
        date = draw(st.sampled_from([f"2023-03-{day:02d}", f"2023-03-{day:02d}", "2023-03", "2023-W10", "", "2023"]))
        e = Event.make(f"a{draw(st.integers(0, 7))}", event_type=draw(st.sampled_from(["meeting", "visit"])),
                       start=k, end=k + 1, date=date, date_basis=draw(st.sampled_from(["explicit", "article"])),
                       lat=lat, lon=lon, location=loc,
                       actors="; ".join(draw(st.lists(st.sampled_from(["Abbas", "Kamel", "Blinken"]), max_size=2))),
                       factions="; ".join(draw(st.lists(st.sampled_from(["Egypt", "Israel"]), max_size=2))))
        rows.append(e.as_dict())
    order = draw(st.permutations([f"a{i}" for i in range(8)]))
    cuts = sorted(draw(st.lists(st.integers(0, 8), max_size=3)))
    return pd.DataFrame(rows, columns=list(Event.__dataclass_fields__)), list(order), cuts


@settings(max_examples=300, deadline=None)
@given(corpora())
def test_incremental_linking_equals_a_full_relink(corpus):
    df, order, cuts = corpus
    full = link_all(df, order)
    ids = pd.Series("", index=df.index, dtype=object)
    for cut in [*cuts, len(order)]:  # articles arrive in batches, in ingest order
        present = df["article_id"].isin(order[:cut])
        part = df[present].assign(event_cluster_id=ids[present])
        ids[present] = link_new(part, order[:cut])
    assert ids.equals(full)
    # and the clusters are pairwise the same event (no chaining)
    evs = events_from_records(df.assign(event_cluster_id=full).to_dict("records"))
    by: dict = {}
    for e in evs:
        by.setdefault(e.event_cluster_id, []).append(e)
    for members in by.values():
        assert all(same_event(a, b) for k, a in enumerate(members) for b in members[k + 1:])


def test_a_later_report_joins_an_existing_cluster_whose_id_does_not_change():
    e = [Event.make(a, event_type="meeting", start=0, end=5, date="2023-03-19", location="Cairo", lat=30.0, lon=31.2,
                    date_basis="explicit").as_dict() for a in ("a", "b", "c")]
    df = pd.DataFrame(e)
    first = link_all(df.iloc[:2], ["a", "b"])
    assert first.nunique() == 1
    got = link_new(df.assign(event_cluster_id=pd.concat([first, pd.Series([""], index=[2])])), ["a", "b", "c"])
    assert got.nunique() == 1 and got.iloc[0] == first.iloc[0]


@pytest.mark.parametrize("old, new", [
    # saved reports that share no key with the new ones (no place, no actors, another type)
    ((None, None, "", "meeting", ""), (31.77, 35.21, "Jerusalem", "visit", "Abbas")),
    ((None, None, "", "visit", ""), (None, None, "", "visit", "")),
])
def test_new_reports_sharing_no_key_with_saved_ones_link_as_a_full_relink(old, new):
    rows = []
    for art, (lat, lon, loc, typ, actors) in (("a0", old), ("a1", new)):
        rows.append(Event.make(art, event_type=typ, start=0, end=1, date="2023", date_basis="article", lat=lat,
                               lon=lon, location=loc, actors=actors).as_dict())
    df = pd.DataFrame(rows, columns=list(Event.__dataclass_fields__))
    first = link_all(df.iloc[:1], ["a0"])
    part = df.assign(event_cluster_id=pd.concat([first, pd.Series([""], index=[1])]))
    assert link_new(part, ["a0", "a1"]).equals(link_all(df, ["a0", "a1"]))


@settings(max_examples=200, deadline=None)
@given(corpora())
def test_candidates_hold_every_cluster_a_new_report_could_join(corpus):
    from lib.store.clusters import candidates
    from lib.store.linking import _event_interval, _Group, _Sig

    df, order, cuts = corpus
    cut = cuts[0] if cuts else 4
    old = df[df["article_id"].isin(order[:cut])]
    old = old.assign(event_cluster_id=link_all(old, order[:cut]))
    new = df[~df["article_id"].isin(order[:cut])]
    mask = candidates(old, new)
    assert len(mask) == len(old)
    evs = events_from_records(old.to_dict("records"))
    by: dict = {}
    for i, e in enumerate(evs):
        by.setdefault(e.event_cluster_id, []).append(i)
    for members in by.values():  # the row-by-row definition: a cluster that admits some new report as it stands
        ivs = [_event_interval(evs[i]) for i in members]
        if any(iv is None for iv in ivs):
            continue
        grp = _Group(ivs[0], _Sig.of(evs[members[0]]), evs[members[0]].article_id, members[0])
        for i, iv in zip(members[1:], ivs[1:], strict=True):
            grp.add(iv, _Sig.of(evs[i]), evs[i].article_id, i)
        joinable = any(grp.admits(iv, _Sig.of(n), n.article_id) for n in events_from_records(new.to_dict("records"))
                       if (iv := _event_interval(n)) is not None and n.event_type == evs[members[0]].event_type)
        if joinable:
            assert mask[members].all()


@pytest.mark.parametrize("old_row, candidate", [
    (("meeting", "2023-03-19", "Cairo"), True),
    (("meeting", "2023-03-21", "Cairo"), True),  # a day either side: the periods overlap
    (("meeting", "2023-04-19", "Cairo"), False),  # a month later
    (("visit", "2023-03-19", "Cairo"), False),  # another type
    (("meeting", "2023-03-19", "Doha"), False),  # another place
    (("meeting", "2023", "Cairo"), True),  # a year holds the day
])
def test_candidates_are_bounded_by_type_period_and_key(old_row, candidate):
    from lib.store.clusters import candidates

    typ, date, loc = old_row
    old = pd.DataFrame({"event_type": [typ], "date": [date], "location": [loc], "article_id": ["a0"],
                        "event_id": ["e0"], "event_cluster_id": ["c0"]})
    new = pd.DataFrame({"event_type": ["meeting"], "date": ["2023-03-20"], "location": ["Cairo"], "article_id": ["a1"],
                        "event_id": ["e1"]})
    assert candidates(old, new).tolist() == [candidate]


def test_a_cluster_with_a_member_out_of_reach_is_no_candidate():
    from lib.store.clusters import candidates

    old = pd.DataFrame({"event_type": ["meeting"] * 3, "date": ["2023-03-19", "2023-03", "2023-03-19"],
                        "location": ["Cairo", "Cairo", "Cairo"], "article_id": ["a0", "a1", "a2"],
                        "event_id": ["e0", "e1", "e2"], "event_cluster_id": ["c0", "c0", "c1"]})
    new = pd.DataFrame({"event_type": ["meeting"], "date": ["2023-03-28"], "location": ["Cairo"], "article_id": ["a3"],
                        "event_id": ["e3"]})
    # c0 shares only 2023-03-19 (+-1 day) with its day report: the new report cannot join it; c1 is out of reach too
    assert candidates(old, new).tolist() == [False, False, False]
    new = new.assign(date="2023-03-20")
    assert candidates(old, new).tolist() == [True, True, True]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.fixed_dictionaries({
    "event_id": st.sampled_from(["e1", "e2", None]), "article_id": st.sampled_from(["a", None]),
    "event_type": st.sampled_from(["meeting", None]), "date": st.sampled_from(["2023-03-19", "", None, float("nan")]),
    "date_basis": st.sampled_from(["article", None, float("nan")]),
    "lat": st.sampled_from([30.0, None, float("nan"), 31]), "lon": st.sampled_from([31.2, None, float("nan")]),
    "location": st.sampled_from(["Cairo", "", None]), "actors": st.sampled_from(["Abbas; Kamel", None, 5]),
    "factions": st.sampled_from(["Egypt", float("nan")]), "event_cluster_id": st.sampled_from(["c1", "", None])}),
    max_size=6))
def test_linking_reads_the_same_values_as_from_event_records(rows):
    """The light rows linking reads are the cleaned values ``events_from_records`` gives (missing columns too)."""
    from lib.store.clusters import LINK_COLUMNS, _rows

    df = pd.DataFrame(rows, columns=["event_id", "article_id", "event_type", "date", "date_basis", "lat", "lon",
                                     "location", "actors", "factions", "event_cluster_id"])
    want = [tuple(getattr(e, c) for c in LINK_COLUMNS) for e in events_from_records(df.to_dict("records"))]
    assert [tuple(r) for r in _rows(df)] == want


@settings(max_examples=300, deadline=None)
@given(corpora())
def test_incremental_linking_through_the_key_index_equals_a_full_relink(corpus):
    """The store's path: candidates looked up in an index of the saved reports (``index_rows``), written batch by
    batch as articles arrive, give the ids of a full relink."""
    from lib.store.clusters import index_rows

    df, order, cuts = corpus
    full = link_all(df, order)
    ids = pd.Series("", index=df.index, dtype=object)
    index = index_rows(df.iloc[:0])

    def lookup(wanted):
        hit = index.merge(wanted, on=["event_type", "bucket", "key"])
        return hit["event_id"].tolist()

    done: list[str] = []
    for cut in [*cuts, len(order)]:
        present = df["article_id"].isin(order[:cut])
        part = df[present].assign(event_cluster_id=ids[present])
        ids[present] = link_new(part, order[:cut], lookup)
        added = df["article_id"].isin(order[:cut]) & ~df["article_id"].isin(done)
        index = pd.concat([index, index_rows(df[added])], ignore_index=True)
        done = order[:cut]
    assert ids.equals(full)


def test_the_key_index_files_a_report_under_its_own_keys_and_periods():
    from lib.store.clusters import index_rows, wanted_keys

    old = pd.DataFrame([{"event_id": "e1", "event_type": "meeting", "date": "2023-03-19", "location": "Cairo",
                         "lat": 30.05, "lon": 31.24, "actors": "Abbas"},
                        {"event_id": "e2", "event_type": "meeting", "date": "", "location": "Cairo"}])
    rows = index_rows(old)
    assert set(rows["event_id"]) == {"e1"}  # an undated report is a cluster of its own: never a candidate
    assert {k.split(":")[0] for k in rows["key"]} == {"cell", "name", "actor"}
    near = pd.DataFrame([{"event_id": "n1", "event_type": "meeting", "date": "2023-03-20", "lat": 30.2, "lon": 31.4}])
    far = near.assign(lat=33.5, lon=36.3)
    shared = rows.merge(wanted_keys(near), on=["event_type", "bucket", "key"])
    assert set(shared["event_id"]) == {"e1"} and rows.merge(wanted_keys(far), on=["event_type", "bucket", "key"]).empty


@settings(max_examples=300, deadline=None)
@given(corpora())
def test_relinking_through_the_index_and_cluster_summaries_equals_a_full_relink(corpus):
    """The store's whole path (``relink`` as ``db.Store._link`` calls it): the index and the cluster summaries kept
    as the store keeps them, batch by batch; the ids equal a full relink's, and the saved summaries equal those made
    from scratch of the final clusters."""
    from lib.store.clusters import SUMMARY_COLUMNS, relink, summaries

    df, order, cuts = corpus
    ids = pd.Series("", index=df.index, dtype=object)
    saved, index, summ = "", None, None

    def lookup(wanted):
        return index.merge(wanted, on=["event_type", "bucket", "key"])["event_id"].tolist()

    def restore(cluster_ids):
        return summ[summ["cluster_id"].isin(cluster_ids)]

    for cut in [*cuts, len(order)]:
        present = df["article_id"].isin(order[:cut])
        part = df[present].assign(event_cluster_id=ids[present])
        out, _changed, saved, (mode, rows, changed_summ) = relink(part, order[:cut], saved, lookup,
                                                                  index is not None, restore)
        ids[present] = out
        if mode == "all":
            index, summ = rows, changed_summ
        else:
            index = pd.concat([index, rows], ignore_index=True)
            summ = pd.concat([summ[~summ["cluster_id"].isin(changed_summ["cluster_id"])], changed_summ],
                             ignore_index=True)
    assert ids.equals(link_all(df, order))
    fresh = summaries(df.assign(event_cluster_id=ids), order)
    key = list(SUMMARY_COLUMNS)
    assert summ.sort_values(key).astype(str).values.tolist() == fresh.sort_values(key).astype(str).values.tolist()
