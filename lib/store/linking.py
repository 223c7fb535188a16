"""Cross-article event linking: reports of the same real-world event share an ``event_cluster_id``.

Two events from different articles are reports of one event when they have the same type, their date
periods overlap (a single day widened by ``DAY_SLACK``) and they share a place (within ``PLACE_KM``) or participants (a common actor, or the same
set of factions). A date taken from the publication date only (basis 'article') stands for the week up to
publication, since an article reports what happened in the days before it. Links are transitive (union-find).

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


def _place_keys(e: Event) -> tuple[list, list]:
    """(keys this event is filed under, keys to look up) for places: grid cells of ``PLACE_KM`` so that any
    two places within ``PLACE_KM`` share a cell with a neighbour (up to |lat| 60; beyond, one band per pole)."""
    own: list = [("name", e.location.lower())] if e.location else []  # a place known only by name meets by name
    near = list(own)
    if e.lat is not None and e.lon is not None:
        if abs(e.lat) > 60:
            own.append(("polar", e.lat > 0))
            near.append(("polar", e.lat > 0))
        else:
            step = PLACE_KM / 111.0
            la, lo = math.floor(e.lat / step), math.floor(e.lon / (2 * step))
            own.append(("cell", la, lo))
            near += [("cell", la + a, lo + b) for a in (-1, 0, 1) for b in (-1, 0, 1)]
    return own, near


def _participant_keys(e: Event) -> list:
    keys = [("actor", n) for n in _split(e.actors) | _split(e.actor1) | _split(e.actor2)]
    factions = frozenset(_split(e.factions))
    if factions:
        keys.append(("factions", factions))
    return keys


def link_events(events: list[Event], articles: Iterable[Article] = ()) -> list[Event]:
    """``events`` with ``event_cluster_id`` set; the same order. Every event gets an id (a singleton has its own).

    Two reports join when ``same_event`` holds; clusters are the connected components. Candidates come from a
    sweep over start dates with an index by place cell and by participant, grouped by current cluster, so a
    busy corpus costs about one comparison per event and cluster rather than one per pair.
    The id is a hash of the smallest event id in the cluster, so it does not depend on input order.
    ``articles`` is accepted for symmetry with ``clusters`` (outlets); linking itself needs only the events.
    """
    events = list(events)
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_type: dict[str, list[int]] = {}
    for i, e in enumerate(events):
        by_type.setdefault(e.event_type, []).append(i)
    for idx in by_type.values():
        spans = sorted(((iv, i) for i in idx if (iv := _event_interval(events[i])) is not None),
                       key=lambda t: t[0][0])
        # index of earlier events still open: key -> {cluster root when filed: [(end, i)]}
        placed: dict = {}
        unplaced_by_participant: dict = {}
        placed_by_participant: dict = {}
        for iv, i in spans:
            e = events[i]
            own_place, near = _place_keys(e)
            participants = _participant_keys(e)
            lookups = [(placed, k) for k in near]
            # a placed pair joins only at the same place; a pair where one side has no place joins by participants
            lookups += [(unplaced_by_participant, k) for k in participants]
            if not own_place:
                lookups += [(placed_by_participant, k) for k in participants]
            for index, key in lookups:
                groups = index.get(key)
                if not groups:
                    continue
                for root in list(groups):
                    members = [(end, j) for end, j in groups[root] if end >= iv[0]]
                    if not members:
                        del groups[root]
                        continue
                    groups[root] = members
                    if find(root) == find(i):
                        continue
                    for _end, j in members:
                        if same_event(events[j], e):
                            parent[find(i)] = find(j)
                            break
            entry = (iv[1], i)
            root = find(i)
            for k in own_place:
                placed.setdefault(k, {}).setdefault(root, []).append(entry)
            target = placed_by_participant if own_place else unplaced_by_participant
            for k in participants:
                target.setdefault(k, {}).setdefault(root, []).append(entry)
    groups_: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups_.setdefault(find(i), []).append(i)
    cid = {}
    for members in groups_.values():
        key = stable_id("cluster", min(events[i].event_id for i in members))
        for i in members:
            cid[i] = key
    return [e.replace(event_cluster_id=cid[i]) for i, e in enumerate(events)]


def _link_naive(events: list[Event]) -> list[str]:
    """Cluster ids by comparing every pair (for tests of ``link_events``)."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(events)):
        for j in range(i):
            if find(i) != find(j) and same_event(events[j], events[i]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(find(i), []).append(i)
    out = [""] * len(events)
    for members in groups.values():
        key = stable_id("cluster", min(events[i].event_id for i in members))
        for i in members:
            out[i] = key
    return out


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
