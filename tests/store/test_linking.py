"""Cross-article linking: one cluster per real-world event, GDELT-like source counts, disagreement flags."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract import Context
from lib.extract import events as ev
from lib.extract.document import document_from_text
from lib.extract.intervals import interval
from lib.models import Article, Event, Mention
from lib.store.linking import clusters, link_events, same_event

PLACES = {
    "Sharm el-Sheikh": ("Sharm el-Sheikh", 27.9158, 34.33, "settlement", "EG"),
    "Sharm al-Sheikh": ("Sharm el-Sheikh", 27.9158, 34.33, "settlement", "EG"),
    "Egypt": ("Egypt", 26.8, 30.8, "country", "EG"),
    "Cairo": ("Cairo", 30.0626, 31.2497, "settlement", "EG"),
    "CAIRO": ("Cairo", 30.0626, 31.2497, "settlement", "EG"),
    "JERUSALEM": ("Jerusalem", 31.77, 35.21, "settlement", "IL"),
    "Red Sea": ("Red Sea", 20.0, 38.0, "other", ""),
}


def _ctx(aid: str, text: str, published: str, dates: dict[str, str]) -> Context:
    doc = document_from_text(aid, text, published=published)
    places = [Mention.make(aid, kind="place", text=k, start=m.start(), end=m.end(), value=v[0], lat=v[1], lon=v[2],
                           place_type=v[3], country_code=v[4])
              for k, v in PLACES.items() for m in re.finditer(rf"(?<![\w-]){re.escape(k)}(?![\w-])", text)]
    dms = [Mention.make(aid, kind="date", text=k, start=m.start(), end=m.end(), value=v, precision="day")
           for k, v in dates.items() for m in re.finditer(re.escape(k), text)]
    return Context(doc=doc, dates=tuple(sorted(dms, key=lambda m: m.start)),
                   places=tuple(sorted(places, key=lambda m: m.start)))


def _meetings(aid, text, published, dates):
    return [e for e in ev.extract(_ctx(aid, text, published, dates), [], []) if e.event_type == "meeting"]


AFP = ("CAIRO, March 19 (AFP) - Israeli and Palestinian officials were holding talks in Egypt on Sunday to restore "
       "calm, Egypt's foreign ministry said. Officials from Jordan were attending the meeting in the Red Sea resort "
       "of Sharm al-Sheikh.")
REUTERS = ("JERUSALEM, March 20 (Reuters) - Israeli and Palestinian security chiefs met in Sharm el-Sheikh "
           "on Sunday, the Egyptian resort town, in a bid to cool tensions before Ramadan, officials said.")
ARTICLES = [Article("afp1", outlet="AFP", published="2023-03-19"),
            Article("reu1", outlet="Reuters", published="2023-03-20"),
            Article("afp2", outlet="AFP", published="2023-03-26")]


def test_two_wire_copies_of_one_meeting_form_one_cluster():
    a = _meetings("afp1", AFP, "2023-03-19", {"on Sunday": "2023-03-19", "March 19": "2023-03-19"})
    b = _meetings("reu1", REUTERS, "2023-03-20", {"on Sunday": "2023-03-19", "March 20": "2023-03-20"})
    assert len(a) == len(b) == 1
    linked = link_events(a + b, ARTICLES)
    assert len({e.event_cluster_id for e in linked}) == 1
    (c,) = clusters(linked, ARTICLES)
    assert (c.n_reports, c.n_articles, c.n_sources) == (2, 2, 2)
    assert c.location == "Sharm el-Sheikh" and c.date == "2023-03-19" and c.flags == ()
    assert set(c.sentences) == {a[0].sentence, b[0].sentence}


def test_two_meetings_in_the_same_city_a_week_apart_are_two_clusters():
    a = _meetings("afp1", AFP, "2023-03-19", {"on Sunday": "2023-03-19"})
    later = AFP.replace("March 19", "March 26")
    b = _meetings("afp2", later, "2023-03-26", {"on Sunday": "2023-03-26"})
    linked = link_events(a + b, ARTICLES)
    assert len({e.event_cluster_id for e in linked}) == 2
    assert all(c.n_reports == 1 for c in clusters(linked, ARTICLES))


def _e(aid, etype="meeting", date="2023-03-19", basis="explicit", loc="Cairo", lat=30.06, lon=31.25, actors="",
       factions="", trigger="met", start=0):
    return Event.make(aid, event_type=etype, start=start, end=start + 10, trigger=trigger, date=date, date_basis=basis,
                      location=loc, lat=lat, lon=lon, actors=actors, factions=factions, sentence=f"{aid} {trigger}")


@pytest.mark.parametrize("a, b, linked", [
    (_e("x"), _e("y"), True),
    (_e("x"), _e("y", date="2023-03-20"), True),  # a day apart: time zones, "yesterday"
    (_e("x"), _e("y", date="2023-03-26"), False),  # a week apart
    (_e("x"), _e("y", loc="Doha", lat=25.29, lon=51.53), False),  # another city
    (_e("x"), _e("y", etype="visit"), False),  # another type
    (_e("x"), _e("x", start=50), False),  # the same article is never linked to itself
    (_e("x", date="2023-03-19"), _e("y", date="2023-03-21", basis="article"), True),  # dated by publication only
    (_e("x", date="2023-03-19"), _e("y", date="2023-04-02", basis="article"), False),
    (_e("x", loc="", lat=None, lon=None, actors="Abbas; Sisi"), _e("y", loc="", lat=None, lon=None, actors="Sisi"), True),
    (_e("x", loc="", lat=None, lon=None, actors="Abbas"), _e("y", loc="", lat=None, lon=None, actors="Blinken"), False),
    (_e("x", loc="", lat=None, lon=None, factions="Hamas; Egypt"),
     _e("y", loc="", lat=None, lon=None, factions="Egypt; Hamas"), True),
    (_e("x", date="2023-03"), _e("y", date="2023-03-19"), True),  # a month contains the day
    (_e("x", date=""), _e("y"), False),  # undated reports are not linked
])
def test_same_event(a, b, linked):
    assert same_event(a, b) is linked
    assert (link_events([a, b])[0].event_cluster_id == link_events([a, b])[1].event_cluster_id) is linked


def test_cluster_ids_stable_and_order_independent():
    evs = [_e("x"), _e("y", date="2023-03-20"), _e("z", date="2023-05-01")]
    one = {e.event_id: e.event_cluster_id for e in link_events(evs)}
    two = {e.event_id: e.event_cluster_id for e in link_events(list(reversed(evs)))}
    assert one == two and all(one.values())


def test_transitive_links_and_date_disagreement():
    evs = [_e("x", date="2023-03-19"), _e("y", date="2023-03-20"), _e("z", date="2023-03-21")]
    linked = link_events(evs)
    assert len({e.event_cluster_id for e in linked}) == 1
    (c,) = clusters(linked, [Article("x", outlet="AFP"), Article("y", outlet="AFP"), Article("z", outlet="")])
    assert c.date_disagreement and "dates differ" in c.flags
    assert (c.n_articles, c.n_sources) == (3, 2)  # two AFP copies are one source; no outlet counts by article


def test_count_disagreement_for_casualty_reports():
    a = _e("x", etype="casualty_report", trigger="18 killed Palestinians", loc="Gaza", lat=31.5, lon=34.47)
    b = _e("y", etype="casualty_report", trigger="19 killed Palestinians", loc="Gaza", lat=31.5, lon=34.46)
    (c,) = clusters(link_events([a, b]))
    assert c.counts == (18, 19) and c.count_disagreement and not c.date_disagreement


def test_interval():
    assert interval("2023-03-19") == interval("", "2023-03-19", "2023-03-19")
    assert interval("bogus") is None and interval("2023-13") is None


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 20),
                          st.sampled_from(["Cairo", "Doha", ""])), max_size=12))
def test_property_every_event_gets_a_cluster_and_counts_add_up(rows):
    evs = [_e(aid, date=f"2023-03-{day + 1:02d}", loc=loc, lat=(30.0 if loc == "Cairo" else 25.3 if loc else None),
              lon=(31.2 if loc == "Cairo" else 51.5 if loc else None), start=i * 20)
           for i, (aid, day, loc) in enumerate(rows)]
    linked = link_events(evs)
    assert [e.event_id for e in linked] == [e.event_id for e in evs]
    assert all(e.event_cluster_id for e in linked)
    cs = clusters(linked)
    assert sum(c.n_reports for c in cs) == len(evs)
    assert all(1 <= c.n_sources <= c.n_articles <= c.n_reports for c in cs)


def test_frames_round_trip_the_dashboard_tables():
    import pandas as pd

    from lib.store.linking import clusters_frame, link_frame
    from lib.store.tables import frame

    evs = [_e("x"), _e("y", date="2023-03-20"), _e("z", loc="", lat=None, lon=None, date="2023-05-01")]
    arts = pd.DataFrame([{"article_id": "x", "outlet": "AFP"}, {"article_id": "y", "outlet": "Reuters"},
                         {"article_id": "z", "outlet": None}])
    df = frame("events", evs)
    linked = link_frame(df, arts)
    assert list(linked["event_id"]) == [e.event_id for e in evs]
    assert linked["event_cluster_id"].nunique() == 2
    cf = clusters_frame(linked, arts)
    assert list(cf["n_reports"]) == [2, 1] and cf.loc[0, "outlets"] == "AFP; Reuters"
    assert cf.loc[0, "flags"] == "dates differ"
    assert link_frame(df.iloc[0:0]).empty and clusters_frame(df.iloc[0:0]).empty


# ---------------------------------------------------------------- the indexed sweep equals comparing every pair

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as hst  # noqa: E402

from lib.store.linking import _link_naive  # noqa: E402

_PLACES = [(None, None, ""), (30.04, 31.24, "Cairo"), (30.2, 31.4, "Cairo"), (31.77, 35.21, "Jerusalem"),
           (None, None, "Cairo"), (None, None, "Doha"), (59.91, 10.75, "Oslo"), (64.1, -21.9, "Reykjavik")]


@hst.composite
def _events(draw):
    n = draw(hst.integers(0, 25))
    out = []
    for k in range(n):
        lat, lon, loc = draw(hst.sampled_from(_PLACES))
        day = draw(hst.integers(1, 20))
        precision = draw(hst.sampled_from(["day", "day", "month"]))
        date = f"2023-03-{day:02d}" if precision == "day" else "2023-03"
        out.append(Event.make(f"a{draw(hst.integers(0, 5))}", event_type=draw(hst.sampled_from(["meeting", "visit"])),
                              start=k, end=k + 1, date=date, date_basis=draw(hst.sampled_from(["explicit", "article"])),
                              lat=lat, lon=lon, location=loc,
                              actors="; ".join(draw(hst.lists(hst.sampled_from(["Abbas", "Kamel", "Blinken"]), max_size=2))),
                              factions="; ".join(draw(hst.lists(hst.sampled_from(["Egypt", "Israel"]), max_size=2)))))
    return out


@settings(max_examples=300, deadline=None)
@given(_events())
def test_indexed_linking_equals_comparing_every_cluster(events):
    assert [e.event_cluster_id for e in link_events(events)] == _link_naive(events)


@settings(max_examples=300, deadline=None)
@given(_events())
def test_property_clusters_are_pairwise_the_same_event_and_order_free(events):
    linked = link_events(events)
    by: dict = {}
    for e in linked:
        by.setdefault(e.event_cluster_id, []).append(e)
    for members in by.values():
        assert all(same_event(a, b) for k, a in enumerate(members) for b in members[k + 1:])
        spans = [interval(e.date) for e in members]
        if len(members) > 1:  # every member shares one period: the cluster spans at most two member periods
            longest = max((hi - lo).days for lo, hi in spans) + 2 * 7 + 2
            assert (max(hi for _, hi in spans) - min(lo for lo, _ in spans)).days <= 2 * longest
    again = {e.event_id: e.event_cluster_id for e in link_events(list(reversed(events)))}
    assert again == {e.event_id: e.event_cluster_id for e in linked}


def test_no_chaining_through_a_middle_report():
    days = [_e(f"a{k}", date=f"2023-03-{19 + k:02d}") for k in range(6)]  # a day apart each: a chain of overlaps
    sizes = sorted(len([e for e in link_events(days) if e.event_cluster_id == c])
                   for c in {e.event_cluster_id for e in link_events(days)})
    assert max(sizes) <= 3 and sum(sizes) == 6
    places = [_e("p0", lat=30.06, lon=31.25), _e("p1", lat=30.06, lon=31.60), _e("p2", lat=30.06, lon=31.95)]
    linked = link_events(places)  # 34 km apart each, 68 km end to end
    assert len({e.event_cluster_id for e in linked}) == 2


def test_one_report_per_article_in_a_cluster():
    evs = [_e("x"), _e("x", start=40), _e("y")]
    by_cluster = {}
    for e in link_events(evs):
        by_cluster.setdefault(e.event_cluster_id, set()).add((e.article_id, e.start))
    assert all(len({a for a, _ in m}) == len(m) for m in by_cluster.values())
