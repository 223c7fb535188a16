"""Cross-article event linking: reports of the same real-world event share an ``event_cluster_id``.

Two events from different articles are reports of one event when they have the same type, their date
periods overlap (a single day widened by ``DAY_SLACK``) and they share a place (within ``PLACE_KM``) or participants
(a common actor, or the same set of factions). A date taken from the publication date only (basis 'article') stands
for the week up to publication, since an article reports what happened in the days before it. Links are not
transitive: a cluster holds only reports that are pairwise the same event, so clusters cannot chain across a
corpus (a greedy assignment in a canonical order, best-dated reports first).

``clusters`` summarises each cluster the way GDELT counts an event's coverage: the number of reports
(NumMentions), of articles (NumArticles) and of outlets (NumSources), every source sentence, and flags where
the reports disagree (dates, places, casualty counts).

Example:
    >>> from lib.models import Event, Article
    >>> a = Event.make("a1", event_type="meeting", start=0, end=10, date="2023-03-19", location="Cairo",
    ...                lat=30.06, lon=31.25, actors="Abbas")
    >>> b = Event.make("a2", event_type="meeting", start=5, end=30, date="2023-03-19", location="Cairo",
    ...                lat=30.05, lon=31.24, actors="Mahmoud Abbas")
    >>> linked = link_events([a, b], [Article("a1", outlet="AFP"), Article("a2", outlet="Reuters")])
    >>> linked[0].event_cluster_id == linked[1].event_cluster_id != ""
    True
    >>> c = clusters(linked, [Article("a1", outlet="AFP"), Article("a2", outlet="Reuters")])[0]
    >>> (c.n_reports, c.n_articles, c.n_sources)
    (2, 2, 2)
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from lib.extract.gazetteer import km
from lib.extract.intervals import interval
from lib.models import Article, Event, stable_id

PLACE_KM = 40.0
ARTICLE_LOOKBACK_DAYS = 7
DAY_SLACK = 1  # outlets in different time zones, or "yesterday" read a day apart, still report one event


def _event_interval(e: Event) -> tuple[dt.date, dt.date] | None:
    """The period an event may have happened in, for linking: a publication date stands for the week before it;
    a single day gets ``DAY_SLACK`` days either side."""
    iv = interval(e.date, e.date_start, e.date_end)
    if iv is not None and e.date_basis == "article" and iv[0] == iv[1]:
        return iv[0] - dt.timedelta(days=ARTICLE_LOOKBACK_DAYS), iv[1]
    if iv is not None and iv[0] == iv[1]:
        return iv[0] - dt.timedelta(days=DAY_SLACK), iv[1] + dt.timedelta(days=DAY_SLACK)
    return iv


def _split(s: str) -> set[str]:
    return {p.strip().lower() for p in (s or "").split(";") if p.strip()}


def _same_place(a: Event, b: Event) -> bool | None:
    """True/False when both have a place, None when one has none."""
    if a.lat is not None and b.lat is not None and a.lon is not None and b.lon is not None:
        return km(a.lat, a.lon, b.lat, b.lon) <= PLACE_KM
    if a.location and b.location:
        return a.location.lower() == b.location.lower()
    return None


def _same_participants(a: Event, b: Event) -> bool:
    names_a = _split(a.actors) | _split(a.actor1) | _split(a.actor2)
    names_b = _split(b.actors) | _split(b.actor1) | _split(b.actor2)
    if names_a & names_b:
        return True
    fa, fb = _split(a.factions), _split(b.factions)
    return bool(fa) and fa == fb


def same_event(a: Event, b: Event) -> bool:
    """Are two reports (from different articles) the same real-world event?

    >>> x = Event.make("a1", event_type="meeting", start=0, end=5, date="2023-03-12", location="Cairo", lat=30.0, lon=31.2)
    >>> y = Event.make("a2", event_type="meeting", start=0, end=5, date="2023-03-19", location="Cairo", lat=30.0, lon=31.2)
    >>> same_event(x, y), same_event(x, x.replace(article_id="a3"))
    (False, True)
    """
    if a.article_id == b.article_id or a.event_type != b.event_type:
        return False
    ia, ib = _event_interval(a), _event_interval(b)
    if ia is None or ib is None or ia[0] > ib[1] or ib[0] > ia[1]:
        return False
    place = _same_place(a, b)
    if place is False:
        return False
    return bool(place) or _same_participants(a, b)


_PRECISE_FIRST = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}
BUCKET_DAYS = 30  # the date index files a cluster under each 30-day bucket its common period touches


@dataclass(frozen=True)
class _Sig:
    """What pairwise compatibility needs to know of a report besides its type, period and article."""

    lat: float | None
    lon: float | None
    location: str
    names: frozenset
    factions: frozenset

    @staticmethod
    def of(e: Event) -> _Sig:
        located = e.lat is not None and e.lon is not None
        return _Sig(e.lat if located else None, e.lon if located else None, (e.location or "").lower(),
                    frozenset(_split(e.actors) | _split(e.actor1) | _split(e.actor2)), frozenset(_split(e.factions)))


def _compatible(a: _Sig, b: _Sig) -> bool:
    """``same_event`` without the type, period and article tests."""
    if a.lat is not None and b.lat is not None:
        return km(a.lat, a.lon, b.lat, b.lon) <= PLACE_KM  # type: ignore[arg-type]
    if a.location and b.location:
        return a.location == b.location
    return bool(a.names & b.names) or (bool(a.factions) and a.factions == b.factions)


class _Group:
    """A cluster being built: the period every member shares, the members' distinct signatures and articles."""

    __slots__ = ("lo", "hi", "sigs", "articles", "members")

    def __init__(self, iv: tuple[dt.date, dt.date], sig: _Sig, article: str, i: int):
        self.lo, self.hi = iv
        self.sigs, self.articles, self.members = {sig}, {article}, [i]

    def admits(self, iv: tuple[dt.date, dt.date], sig: _Sig, article: str) -> bool:
        if article in self.articles or iv[0] > self.hi or self.lo > iv[1]:
            return False
        return all(_compatible(sig, s) for s in self.sigs)

    def add(self, iv: tuple[dt.date, dt.date], sig: _Sig, article: str, i: int) -> None:
        self.lo, self.hi = max(self.lo, iv[0]), min(self.hi, iv[1])
        self.sigs.add(sig)
        self.articles.add(article)
        self.members.append(i)


def _keys(e: Event, sig: _Sig) -> tuple[list, list]:
    """(keys a cluster with this report is filed under, keys to look candidates up by). A candidate must agree with
    every member, so it shares this report's place cell, place name, an actor or its set of factions."""
    own: list = []
    near: list = []
    if sig.lat is not None:
        if abs(sig.lat) > 60:
            own.append(("polar", sig.lat > 0))
            near.append(("polar", sig.lat > 0))
        else:
            step = PLACE_KM / 111.0
            la, lo = math.floor(sig.lat / step), math.floor(sig.lon / (2 * step))  # type: ignore[operator]
            own.append(("cell", la, lo))
            near += [("cell", la + a, lo + b) for a in (-1, 0, 1) for b in (-1, 0, 1)]
    if sig.location:
        own.append(("name", sig.location))
        near.append(("name", sig.location))
    people = [("actor", n) for n in sig.names] + ([("factions", sig.factions)] if sig.factions else [])
    return own + people, near + people


def _buckets(lo: dt.date, hi: dt.date) -> range:
    return range(lo.toordinal() // BUCKET_DAYS, hi.toordinal() // BUCKET_DAYS + 1)


def _canonical(events: list[Event], spans: list) -> list[int]:
    """Processing order that depends only on the set of events: precise dates first, then by period and id, so a
    cluster grows around its best-dated report and the result does not depend on the input order."""
    live = [i for i, iv in enumerate(spans) if iv is not None]
    return sorted(live, key=lambda i: ((spans[i][1] - spans[i][0]).days, spans[i][0], events[i].event_id))


def _assign(events: list[Event], indexed: bool = True) -> list[list[int]]:
    """Groups of event indices: each report joins the largest earlier cluster it is compatible with as a whole
    (same type, a period all members share, ``_compatible`` with every member, no other report of its article),
    else starts its own. ``indexed=False`` compares against every cluster (the reference for tests)."""
    spans = [_event_interval(e) for e in events]
    groups: list[_Group] = []
    index: dict = {}
    for i in _canonical(events, spans):
        e, iv = events[i], spans[i]
        sig = _Sig.of(e)
        own, near = _keys(e, sig)
        if indexed:
            cand = {g for b in _buckets(*iv) for k in near for g in index.get((e.event_type, b, k), ())}
        else:
            cand = {g for g, grp in enumerate(groups) if events[grp.members[0]].event_type == e.event_type}
        ok = [g for g in sorted(cand) if groups[g].admits(iv, sig, e.article_id)]
        if ok:
            g = max(ok, key=lambda g: (len(groups[g].members), -g))
            groups[g].add(iv, sig, e.article_id, i)
        else:
            g = len(groups)
            groups.append(_Group(iv, sig, e.article_id, i))
        if indexed:
            for b in _buckets(groups[g].lo, groups[g].hi):
                for k in own:
                    index.setdefault((e.event_type, b, k), set()).add(g)
    placed = {i for grp in groups for i in grp.members}
    return [grp.members for grp in groups] + [[i] for i in range(len(events)) if i not in placed]


def link_events(events: list[Event], articles: Iterable[Article] = ()) -> list[Event]:
    """``events`` with ``event_cluster_id`` set; the same order. Every event gets an id (a singleton has its own).

    A cluster only holds reports that are pairwise the same event (``same_event``): they share a period, and every
    two agree on place or participants. There is no chaining: three reports a day apart each, or a meeting in Cairo
    and one 30 km and 60 km away, do not merge through the middle one. Candidates come from an index by type,
    30-day bucket and place cell, place name or participant, so a busy corpus costs a few comparisons per report.
    The id is a hash of the smallest event id in the cluster, so it does not depend on input order.
    ``articles`` is accepted for symmetry with ``clusters`` (outlets); linking itself needs only the events.
    """
    events = list(events)
    return _with_ids(events, _assign(events))


def _with_ids(events: list[Event], groups: list[list[int]]) -> list[Event]:
    cid = {}
    for members in groups:
        key = stable_id("cluster", min(events[i].event_id for i in members))
        for i in members:
            cid[i] = key
    return [e.replace(event_cluster_id=cid[i]) for i, e in enumerate(events)]


def _link_naive(events: list[Event]) -> list[str]:
    """Cluster ids by comparing each report with every cluster (the reference for tests of the index)."""
    events = list(events)
    return [e.event_cluster_id for e in _with_ids(events, _assign(events, indexed=False))]


@dataclass(frozen=True)
class Cluster:
    """One real-world event and its reports."""

    cluster_id: str
    event_type: str
    date: str  # the most precise reported date (the earliest among equals)
    date_start: str
    date_end: str
    location: str
    lat: float | None
    lon: float | None
    status: str  # the most common status among reports
    n_reports: int  # rows (GDELT NumMentions)
    n_articles: int  # distinct articles (GDELT NumArticles)
    n_sources: int  # distinct outlets (GDELT NumSources); an article without outlet counts as its own source
    article_ids: tuple[str, ...]
    outlets: tuple[str, ...]
    event_ids: tuple[str, ...]
    sentences: tuple[str, ...]
    dates: tuple[str, ...]
    locations: tuple[str, ...]
    counts: tuple[int, ...]
    date_disagreement: bool
    place_disagreement: bool
    count_disagreement: bool

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(n for n, f in (("dates differ", self.date_disagreement), ("places differ", self.place_disagreement),
                                    ("counts differ", self.count_disagreement)) if f)


_PREC = {"day": 0, "week": 1, "month": 2, "year": 3}


def _count(trigger: str) -> int | None:
    m = re.match(r"\s*(\d+)", trigger or "")
    return int(m.group(1)) if m else None


def clusters(events: list[Event], articles: Iterable[Article] = ()) -> list[Cluster]:
    """Summaries of the clusters of linked events (run ``link_events`` first), largest first.

    Dates disagree when two reports have day-precise dates that differ; places when two located reports are more
    than ``PLACE_KM`` apart; counts (casualty reports, whose trigger starts with the count) when they differ.
    """
    outlet = {a.article_id: (a.outlet or a.article_id) for a in articles}
    groups: dict[str, list[Event]] = {}
    for e in events:
        groups.setdefault(e.event_cluster_id or stable_id("cluster", e.event_id), []).append(e)
    out = []
    for cid, evs in groups.items():
        evs = sorted(evs, key=lambda e: (e.date, e.article_id, e.start))
        best = min(evs, key=lambda e: (_PREC.get(e.date_precision, 4 if e.date_basis != "explicit" else 2),
                                       e.date_basis == "article", e.date))
        located = [e for e in evs if e.lat is not None and e.lon is not None]
        place = min(located, key=lambda e: (e.location == "", e.start)) if located else None
        days = sorted({e.date for e in evs if re.fullmatch(r"\d{4}-\d{2}-\d{2}", e.date or "") and e.date_basis != "article"})
        far = any(km(a.lat, a.lon, b.lat, b.lon) > PLACE_KM for a in located for b in located)  # type: ignore[arg-type]
        counts = tuple(sorted({c for c in (_count(e.trigger) for e in evs if e.event_type == "casualty_report") if c is not None}))
        statuses = [e.status for e in evs]
        arts = tuple(dict.fromkeys(e.article_id for e in evs))
        outs = tuple(dict.fromkeys(outlet.get(a, a) for a in arts))
        out.append(Cluster(
            cluster_id=cid, event_type=evs[0].event_type, date=best.date, date_start=best.date_start,
            date_end=best.date_end, location=place.location if place else "", lat=place.lat if place else None,
            lon=place.lon if place else None, status=max(sorted(set(statuses)), key=statuses.count),
            n_reports=len(evs), n_articles=len(arts), n_sources=len(outs), article_ids=arts, outlets=outs,
            event_ids=tuple(e.event_id for e in evs), sentences=tuple(e.sentence for e in evs),
            dates=tuple(dict.fromkeys(e.date for e in evs if e.date)),
            locations=tuple(dict.fromkeys(e.location for e in evs if e.location)), counts=counts,
            date_disagreement=len(days) > 1, place_disagreement=far, count_disagreement=len(counts) > 1))
    return sorted(out, key=lambda c: (-c.n_reports, c.date, c.cluster_id))


# ----------------------------------------------------------------------------- DataFrame helpers (store/dashboard)

def _clean(value, default):
    if value is None:
        return default
    try:
        if value != value:  # NaN / pd.NA-like
            return default
    except (TypeError, ValueError):
        return default
    return value


def events_from_records(records: Iterable[dict]) -> list[Event]:
    """Event rows read back from a table (NaN/None -> the field's default) -> ``Event`` records.

    >>> events_from_records([{"event_id": "e1", "article_id": "a", "event_type": "meeting", "lat": float("nan")}])[0].lat is None
    True
    """
    import dataclasses

    defaults = {f.name: f.default for f in dataclasses.fields(Event)}
    out = []
    for r in records:
        kw = {}
        for name, default in defaults.items():
            v = _clean(r.get(name), None if default is dataclasses.MISSING else default)
            if name in ("lat", "lon") and v is not None:
                v = float(v)
            elif name in ("quad_class", "start", "end") and v is not None:
                v = int(v)
            elif isinstance(default, str) and v is not None and not isinstance(v, str):
                v = str(v)
            kw[name] = "" if v is None and name in ("event_id", "article_id", "event_type") else v
        out.append(Event(**kw))
    return out


def link_frame(events_df, articles_df=None):
    """The dashboard's events DataFrame with ``event_cluster_id`` filled by ``link_events`` (same rows, same order).

    >>> import pandas as pd
    >>> df = pd.DataFrame([{"event_id": "e1", "article_id": "a", "event_type": "meeting", "date": "2023-03-19",
    ...                     "location": "Cairo", "lat": 30.0, "lon": 31.2},
    ...                    {"event_id": "e2", "article_id": "b", "event_type": "meeting", "date": "2023-03-19",
    ...                     "location": "Cairo", "lat": 30.0, "lon": 31.2}])
    >>> linked = link_frame(df)
    >>> linked["event_cluster_id"].nunique(), len(linked)
    (1, 2)
    """
    if events_df is None or len(events_df) == 0:
        return events_df
    evs = events_from_records(events_df.to_dict("records"))
    linked = link_events(evs, _articles(articles_df))
    out = events_df.copy()
    out["event_cluster_id"] = [e.event_cluster_id for e in linked]
    return out


def clusters_frame(events_df, articles_df=None):
    """One row per cluster (``Cluster`` fields, tuples joined with '; ', plus ``flags``), largest first."""
    import dataclasses

    import pandas as pd

    cols = [f.name for f in dataclasses.fields(Cluster)] + ["flags"]
    if events_df is None or len(events_df) == 0:
        return pd.DataFrame(columns=cols)
    evs = events_from_records(events_df.to_dict("records"))
    if not all(e.event_cluster_id for e in evs):
        evs = link_events(evs, _articles(articles_df))
    rows = []
    for c in clusters(evs, _articles(articles_df)):
        d = {k: ("; ".join(map(str, v)) if isinstance(v, tuple) else v) for k, v in dataclasses.asdict(c).items()}
        d["flags"] = "; ".join(c.flags)
        rows.append(d)
    return pd.DataFrame(rows, columns=cols)


def _articles(articles_df) -> list[Article]:
    if articles_df is None or len(articles_df) == 0:
        return []
    return [Article(article_id=str(r.get("article_id", "")), outlet=str(_clean(r.get("outlet"), "")),
                    published=str(_clean(r.get("published"), "")))
            for r in articles_df.to_dict("records")]
