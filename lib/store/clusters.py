"""Incremental event linking for the store: new articles are linked against their candidates only.

Idea: ``lib.store.linking`` links a whole corpus at once, greedily in a canonical order (best-dated first), which makes
the result independent of input order -- but a report added later with a precise date would come *early* in that
order and could change clusters formed long ago, so adding articles would mean relinking everything (38 s at 20k
articles). The store links in **ingest order** instead: reports are processed by (the article's position in the
store's ingest sequence, then the canonical order within the article). Articles are only ever appended to that
sequence, so the state after the first N articles never depends on later ones, and linking the new articles against
the saved clusters gives exactly what a full relink would: **incremental == full by construction**.

Approach: the saved clusters are the state. A new report can only join a cluster one of whose members shares a key
with it (same type, place cell, place name, actor or set of factions; ``linking._keys``), so ``link_new`` rebuilds only
those clusters (found by a vectorised key join over the stored events), then runs the same greedy step as a full run
(``linking._Group.admits``: pairwise compatible with every member, a shared period, one report per article; the
largest candidate wins, ties to the earliest created). A cluster's id is a hash of its *first* report (in ingest order),
so existing ids never change when reports join. When the sequence is not a pure append (articles deleted or
re-extracted), the store relinks everything (``link_all``).

Trade-off: cluster membership can depend on ingest order (the global canonical order of ``linking.link_events``, used
by ``lib extract``, does not); both keep the no-chaining guarantee (every two members are ``same_event``).

Example:
    >>> import pandas as pd
    >>> ev = pd.DataFrame([{"event_id": f"e{i}", "article_id": a, "event_type": "meeting", "date": "2023-03-19",
    ...                     "location": "Cairo", "lat": 30.0, "lon": 31.2} for i, a in enumerate("abc")])
    >>> full = link_all(ev, ["a", "b", "c"])
    >>> first = link_all(ev[ev.article_id != "c"], ["a", "b"])
    >>> linked = ev.assign(event_cluster_id=pd.concat([first, pd.Series([""], index=[2])]))
    >>> link_new(linked, ["a", "b", "c"]).equals(full), full.nunique()
    (True, 1)
"""
from __future__ import annotations

from collections import namedtuple

from lib.models import Event, stable_id
from lib.store.linking import (
    BUCKET_DAYS,
    PLACE_KM,
    _buckets,
    _event_interval,
    _Group,
    _keys,
    _Sig,
    _split,
)


class _Linker:
    """Clusters in ingest order: ``load`` saved clusters, then ``add`` reports of later articles."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.first: list[tuple] = []  # per group: the processing position of its first report (the tie-break)
        self.ids: list[str] = []
        self.types: list[str] = []
        self.index: dict = {}
        self.touched: set[int] = set()  # groups that ``add`` made or grew (their summaries change)

    def _file(self, g: int, etype: str, own: list) -> None:
        grp = self.groups[g]
        for b in _buckets(grp.lo, grp.hi):
            for k in own:
                self.index.setdefault((etype, b, k), set()).add(g)

    def load(self, events: list[Event], ivs: list, positions: list[tuple]) -> None:
        """Rebuild saved clusters (events carry their ``event_cluster_id``; positions order them)."""
        by: dict[str, list[int]] = {}
        for i, e in enumerate(events):
            if ivs[i] is not None:  # undated reports are clusters of their own
                by.setdefault(e.event_cluster_id, []).append(i)
        sigs: dict = {}  # reports of one cluster often share a signature: made once (the same frozen value)

        def sig(e) -> _Sig:
            k = (e.lat, e.lon, e.location, e.actors, e.actor1, e.actor2, e.factions)
            if k not in sigs:
                sigs[k] = _Sig.of(e)
            return sigs[k]

        for cid, members in by.items():
            members.sort(key=lambda i: positions[i])
            i0 = members[0]
            grp = _Group(ivs[i0], sig(events[i0]), events[i0].article_id, i0)
            for i in members[1:]:
                grp.add(ivs[i], sig(events[i]), events[i].article_id, i)
            g = len(self.groups)
            self.groups.append(grp)
            self.first.append(positions[i0])
            self.ids.append(cid)
            self.types.append(events[i0].event_type)
            filed = {(events[i].event_type, s) for i in members for s in (sig(events[i]),)}
            for etype, s in filed:  # (filing a signature twice changes nothing: the index holds sets)
                self._file(g, etype, _keys(None, s)[0])

    def restore(self, saved) -> None:
        """Saved clusters from their summaries (``SUMMARY_COLUMNS``, see ``summaries``) instead of their members: a
        group needs only its shared period, distinct signatures, size and first position to decide and to be filed
        (``_Group.admits``, the tie-break), and no saved cluster holds a report of an appended article."""
        import datetime as dt
        import json

        day = dt.date.fromordinal
        sigs: dict = {}  # (one frozen value per distinct signature, its keys made once)
        for cid, etype, lo, hi, size, seq, days, first_lo, first_event, text in zip(
                *(saved[c].tolist() for c in SUMMARY_COLUMNS), strict=True):
            grp = _Group.__new__(_Group)
            grp.lo, grp.hi, grp.articles, grp.sigs = day(lo), day(hi), set(), set()
            grp.members = [-1] * size  # (only their number counts: the largest cluster wins)
            g = len(self.groups)
            self.groups.append(grp)
            self.first.append((seq, days, day(first_lo), first_event))
            self.ids.append(cid)
            self.types.append(etype)
            for a, b, loc, names, facs in json.loads(text):
                k = (a, b, loc, tuple(names), tuple(facs))
                if k not in sigs:
                    sig = _Sig(a, b, loc, frozenset(names), frozenset(facs))
                    sigs[k] = (sig, _keys(None, sig)[0])
                sig, own = sigs[k]
                grp.sigs.add(sig)
                self._file(g, etype, own)

    def summaries(self, groups) -> object:
        """A frame of ``SUMMARY_COLUMNS``, one row per group index in ``groups`` (what ``restore`` reads back)."""
        import json

        import pandas as pd

        rows = []
        for g in groups:
            grp, first = self.groups[g], self.first[g]
            sigs = sorted(([s.lat, s.lon, s.location, sorted(s.names), sorted(s.factions)] for s in grp.sigs),
                          key=json.dumps)
            rows.append((self.ids[g], self.types[g], grp.lo.toordinal(), grp.hi.toordinal(), len(grp.members),
                         first[0], first[1], first[2].toordinal(), first[3], json.dumps(sigs)))
        return pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))

    def add(self, events: list[Event], ivs: list, positions: list[tuple]) -> dict[int, str]:
        """Link ``events`` (indices with an interval, in position order); returns {event index: cluster id}."""
        out = {}
        for i in sorted((i for i in range(len(events)) if ivs[i] is not None), key=lambda i: positions[i]):
            e, iv = events[i], ivs[i]
            sig = _Sig.of(e)
            own, near = _keys(e, sig)
            cand = {g for b in _buckets(*iv) for k in near for g in self.index.get((e.event_type, b, k), ())}
            ok = [g for g in cand if self.groups[g].admits(iv, sig, e.article_id)]
            if ok:
                g = min(ok, key=lambda g: (-len(self.groups[g].members), self.first[g]))
                self.groups[g].add(iv, sig, e.article_id, i)
            else:
                g = len(self.groups)
                self.groups.append(_Group(iv, sig, e.article_id, i))
                self.first.append(positions[i])
                self.ids.append(stable_id("cluster", e.event_id))
                self.types.append(e.event_type)
            self._file(g, e.event_type, own)
            self.touched.add(g)
            out[i] = self.ids[g]
        return out


def _positions(events: list[Event], ivs: list, seq: dict[str, int]) -> list[tuple]:
    """Processing position: the article's place in the ingest sequence, then best-dated first within it."""
    far = len(seq)
    return [(seq.get(e.article_id, far), (iv[1] - iv[0]).days if iv else 10**9, iv[0] if iv else None, e.event_id)
            for e, iv in zip(events, ivs, strict=True)]


# what linking reads of a report (``linking._Sig``, ``_event_interval``, ``_keys``, the order and the saved id)
LINK_COLUMNS = ("event_id", "article_id", "event_type", "date", "date_start", "date_end", "date_basis", "lat", "lon",
                "location", "actors", "actor1", "actor2", "factions", "event_cluster_id")


def _slim(df):
    """``df`` with only the ``LINK_COLUMNS`` it has (events carry sentences and more that linking never reads)."""
    return df[[c for c in LINK_COLUMNS if c in df.columns]]


_Row = namedtuple("_Row", LINK_COLUMNS)


def _rows(df) -> list:
    """What ``events_from_records(_slim(df).to_dict("records"))`` gives linking (the same cleaned values of the
    ``LINK_COLUMNS``), as light records read column by column: a read after an ingest turns tens of thousands of
    saved reports of the clusters it touches into records, and ``Event`` construction was most of that."""
    import dataclasses

    from lib.store.linking import _clean

    defaults = {f.name: f.default for f in dataclasses.fields(Event)}
    n, cols = len(df), []
    for name in LINK_COLUMNS:
        default = defaults[name]
        fill = None if default is dataclasses.MISSING else default
        def clean(v, name=name, default=default, fill=fill):
            v = _clean(v, fill)
            if name in ("lat", "lon") and v is not None:
                v = float(v)
            elif isinstance(default, str) and v is not None and not isinstance(v, str):
                v = str(v)
            return "" if v is None and name in ("event_id", "article_id", "event_type") else v

        vals = df[name].tolist() if name in df.columns else [None] * n
        if name in ("lat", "lon"):  # (a float that is a number, or a string, is its own cleaned value)
            cols.append([v if type(v) is float and v == v else clean(v) for v in vals])
        else:
            cols.append([v if type(v) is str else clean(v) for v in vals])
    return [_Row._make(r) for r in zip(*cols, strict=True)] if n else []


# a saved cluster as ``_Linker.restore`` reads it back: its shared period and size, its first report's position
# (article in the ingest sequence, period length and start, event id) and its members' distinct signatures (JSON)
SUMMARY_COLUMNS = ("cluster_id", "event_type", "lo", "hi", "size", "first_seq", "first_days", "first_lo",
                   "first_event", "sigs")
SUMMARY_SCHEMA = ("cluster_id VARCHAR, event_type VARCHAR, lo BIGINT, hi BIGINT, size BIGINT, first_seq BIGINT, "
                  "first_days BIGINT, first_lo BIGINT, first_event VARCHAR, sigs VARCHAR")


def _link(linked_df, new_df, order: list[str], saved=None):
    """(cluster ids of ``new_df``'s rows, the linker): the saved clusters of ``linked_df``'s rows (rebuilt from their
    members) or of ``saved`` (their summaries), then the new rows linked in position order."""
    import pandas as pd

    seq = {a: i for i, a in enumerate(order)}
    old = _rows(linked_df) if linked_df is not None and len(linked_df) else []
    new = _rows(new_df)
    periods: dict = {}  # one interval per distinct (date, date_start, date_end, date_basis)

    def period(e):
        k = (e.date, e.date_start, e.date_end, e.date_basis)
        if k not in periods:
            periods[k] = _event_interval(e)
        return periods[k]

    old_iv, new_iv = [period(e) for e in old], [period(e) for e in new]
    linker = _Linker()
    linker.load(old, old_iv, _positions(old, old_iv, seq))
    if saved is not None:
        linker.restore(saved)
    got = linker.add(new, new_iv, _positions(new, new_iv, seq))
    ids = [got.get(i) or stable_id("cluster", e.event_id) for i, e in enumerate(new)]  # undated: its own cluster
    return pd.Series(ids, index=new_df.index, dtype=object), linker


def link_all(events_df, order: list[str]):
    """Cluster ids (a Series aligned with ``events_df``) for every event, linking in ingest ``order`` (article ids)."""
    return _link_all(events_df, order)[0]


def _link_all(events_df, order: list[str]):
    """(``link_all``'s ids, the linker holding every cluster)."""
    return _link(None, events_df, order)


def summaries(events_df, order: list[str]):
    """The summary (``SUMMARY_COLUMNS``) of every saved cluster of ``events_df`` (rows with their ids)."""
    linker = _link(events_df, events_df.iloc[:0], order)[1]
    return linker.summaries(range(len(linker.groups)))


def link_new(events_df, order: list[str], lookup=None, restore=None):
    """``_link_new(...)[0]``: the cluster ids (see there)."""
    return _link_new(events_df, order, lookup, restore)[0]


def _link_new(events_df, order: list[str], lookup=None, restore=None):
    """Cluster ids for every event of ``events_df``: rows with an ``event_cluster_id`` keep it, the others (reports of
    articles appended to ``order`` since) are linked against the saved clusters they could join. Equals
    ``link_all(events_df, order)`` when the unlinked rows belong to articles after every linked one.

    ``lookup`` (the store's persistent key index, see ``index_rows``) takes the new reports' ``wanted_keys`` and
    returns the ids of saved reports filed under one of them; without it the candidates are searched in the frame
    (``candidates``). ``restore`` (the store's saved summaries) takes the ids of the clusters so found and returns
    their summaries (``SUMMARY_COLUMNS``), which stand for their members: the cost then follows the new reports and
    the clusters they touch, not the members of those clusters.

    Returns (the ids, the linker: its ``touched`` groups are the clusters whose summaries changed; None when nothing
    was linked)."""

    ids = events_df["event_cluster_id"].fillna("").astype(str)
    new = ids == ""
    if not new.any():
        return ids.astype(object), None
    out = ids.astype(object).copy()
    events_df = _slim(events_df)
    if lookup is None:
        old = events_df[~new]
        out[new], linker = _link(old[candidates(old, events_df[new])], events_df[new], order)
        return out, linker
    # the clusters of the saved reports filed under a key of a new report hold every candidate (``index_rows``);
    # ``candidates`` on them alone keeps the clusters it keeps on the whole store (it decides per cluster)
    hit = set(lookup(wanted_keys(events_df[new])))
    touched = set(ids[events_df["event_id"].astype(str).isin(hit).to_numpy() & ~new.to_numpy()])
    if restore is not None:  # the touched clusters from their summaries (``admits`` turns down the ones it must) ...
        import numpy as np

        saved = restore(sorted(touched))
        # ... but those whose shared period overlaps no new report of their type (joining only narrows it)
        span = (saved["lo"].to_numpy(np.int64), saved["hi"].to_numpy(np.int64))
        saved = saved[_in_window(saved, span, events_df[new], _periods(events_df[new]))]
        out[new], linker = _link(None, events_df[new], order, saved=saved)
        return out, linker
    old = events_df[ids.isin(touched).to_numpy() & ~new.to_numpy()]
    out[new], linker = _link(old[candidates(old, events_df[new])], events_df[new], order)
    return out, linker


# ----------------------------------------------------------------------------------- the store's persistent index

def index_rows(df):
    """The rows a store files saved reports under: (event_type, bucket, key, event_id) for each key a report is filed
    under (``linking._keys``' own keys) and each ``BUCKET_DAYS`` bucket of its own period.

    A cluster's shared period lies inside each member's period, so every (type, bucket, key) the linker files a cluster
    under (``_Linker._file``) is one of its members' rows here: the clusters of the reports a lookup of a new report's
    ``wanted_keys`` returns hold every cluster the linker could offer it (and some more, which ``_Group.admits``
    turns down), so ``link_new(..., lookup)`` equals ``link_new`` without it. A report's rows depend on the report
    only (not on the clusters), so they are written once, when its article is first linked.

    >>> import pandas as pd
    >>> ev = pd.DataFrame([{"event_id": "e1", "event_type": "meeting", "date": "2023-03-19", "location": "Cairo"}])
    >>> index_rows(ev).values.tolist()
    [['meeting', 24619, 'name:cairo', 'e1']]
    """
    import numpy as np
    import pandas as pd

    keys = _key_frame(df, near=False)
    rep = _with_buckets(keys, *_bucket_range(*_periods(df)))
    eid = df["event_id"].astype(str).to_numpy()
    return pd.DataFrame({"event_type": rep["type"].astype(str).to_numpy(), "bucket": rep["b"].to_numpy(np.int64),
                         "key": rep["key"].astype(str).to_numpy(), "event_id": eid[rep["pos"].to_numpy(np.int64)]})


def wanted_keys(df):
    """(event_type, bucket, key) a new report looks candidates up by (``linking._keys``' near keys in the buckets of
    its period), without repeats.

    >>> import pandas as pd
    >>> new = pd.DataFrame([{"event_id": "n1", "event_type": "meeting", "date": "2023-03-20", "location": "Cairo"}])
    >>> wanted_keys(new).values.tolist()
    [['meeting', 24619, 'name:cairo'], ['meeting', 24620, 'name:cairo']]
    """
    import numpy as np
    import pandas as pd

    rep = _with_buckets(_key_frame(df, near=True), *_bucket_range(*_periods(df)))
    out = pd.DataFrame({"event_type": rep["type"].astype(str).to_numpy(), "bucket": rep["b"].to_numpy(np.int64),
                        "key": rep["key"].astype(str).to_numpy()})
    return out.drop_duplicates(ignore_index=True)


# ----------------------------------------------------------------------------------------------- candidate search

def _key_frame(df, near: bool):
    """Long frame (row position, type, key) of the index keys of each event (``linking._keys``), vectorised."""
    import numpy as np
    import pandas as pd

    pos = np.arange(len(df))
    etype = df["event_type"].fillna("").astype(str).to_numpy()
    parts = []
    lat = pd.to_numeric(df.get("lat"), errors="coerce").to_numpy(dtype=float) if "lat" in df else np.full(len(df), np.nan)
    lon = pd.to_numeric(df.get("lon"), errors="coerce").to_numpy(dtype=float) if "lon" in df else np.full(len(df), np.nan)
    located = ~np.isnan(lat) & ~np.isnan(lon)
    polar = located & (np.abs(lat) > 60)
    if polar.any():
        parts.append(pd.DataFrame({"pos": pos[polar], "type": etype[polar],
                                   "key": np.where(lat[polar] > 0, "polar:N", "polar:S")}))
    cells = located & ~polar
    if cells.any():
        step = PLACE_KM / 111.0
        la = np.floor(lat[cells] / step).astype(np.int64)
        lo = np.floor(lon[cells] / (2 * step)).astype(np.int64)
        for da, db in ([(a, b) for a in (-1, 0, 1) for b in (-1, 0, 1)] if near else [(0, 0)]):
            parts.append(pd.DataFrame({"pos": pos[cells], "type": etype[cells],
                                       "key": [f"cell:{a + da}:{b + db}" for a, b in zip(la, lo, strict=True)]}))
    loc = df["location"].fillna("").astype(str).str.lower().to_numpy() if "location" in df else np.full(len(df), "")
    named = loc != ""
    parts.append(pd.DataFrame({"pos": pos[named], "type": etype[named], "key": ["name:" + x for x in loc[named]]}))
    for col in ("actors", "actor1", "actor2", "factions"):
        if col not in df:
            continue
        codes, uniq = pd.factorize(df[col].fillna("").astype(str))
        if col == "factions":  # the set of factions is one key
            keys = [["factions:" + "|".join(sorted(_split(v)))] if _split(v) else [] for v in uniq]
        else:
            keys = [["actor:" + n for n in _split(v)] for v in uniq]
        n_keys = np.asarray([len(k) for k in keys] + [0], dtype=np.int64)[codes]
        flat = np.asarray([k for ks in keys for k in ks] or [""], dtype=object)
        offsets = np.concatenate([[0], np.cumsum([len(k) for k in keys])])[:-1] if keys else np.zeros(0, np.int64)
        rows = np.repeat(pos, n_keys)
        within = np.arange(int(n_keys.sum())) - np.repeat(np.cumsum(n_keys) - n_keys, n_keys)
        parts.append(pd.DataFrame({"pos": rows, "type": etype[rows],
                                   "key": flat[np.repeat(offsets[codes], n_keys) + within] if len(rows) else []}))
    parts = [p for p in parts if len(p)]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame({"pos": [], "type": [], "key": []})
    out["pos"] = out["pos"].astype(np.int64)
    # what decides compatibility (``linking._compatible``): coordinates when both have them, else the place name when
    # both have one, else participants -- so a name or participant key only counts when the pair lacks the former
    out["located"] = located[out["pos"].to_numpy()]
    out["named"] = named[out["pos"].to_numpy()]
    return out


def _periods(df):
    """Per row: (first, last) day ordinal of its linking period (``linking._event_interval``), (-1, -2) if none;
    computed once per distinct (date, date_start, date_end, date_basis)."""
    import numpy as np
    import pandas as pd

    cols = [c for c in ("date", "date_start", "date_end", "date_basis") if c in df]
    key = np.zeros(len(df), dtype=np.int64)
    values = []  # per column: (value code per row, distinct values as strings, missing as '')
    for c in cols:
        codes, uniq = pd.factorize(df[c], use_na_sentinel=True)
        uniq = [str(v) for v in uniq] + [""]
        codes = np.where(codes < 0, len(uniq) - 1, codes)
        values.append((codes, uniq))
        key = pd.factorize(key * len(uniq) + codes)[0]  # renumbered: the combined key stays below len(df)
    n = int(key.max()) + 1 if len(key) else 0
    first = np.zeros(n, dtype=np.int64)
    first[key[::-1]] = np.arange(len(key) - 1, -1, -1)  # a row of each distinct combination
    lo, hi = np.full(n, -1, dtype=np.int64), np.full(n, -2, dtype=np.int64)
    for i, r in enumerate(first):
        iv = _event_interval(Event("", "", "", **{c: u[codes[r]] for c, (codes, u) in zip(cols, values, strict=True)}))
        if iv is not None:
            lo[i], hi[i] = iv[0].toordinal(), iv[1].toordinal()
    return lo[key], hi[key]


def _bucket_range(lo, hi):
    """Per row: (first, last) ``BUCKET_DAYS`` bucket of its period from ``_periods`` (as ``linking._buckets``),
    (-1, -2) if none."""
    import numpy as np

    dated = lo >= 0
    return np.where(dated, lo // BUCKET_DAYS, -1), np.where(dated, hi // BUCKET_DAYS, -2)


def _in_window(old_df, old_periods, new_df, new_periods):
    """Boolean mask over ``old_df``: saved reports of a new report's type whose period overlaps that report's (a
    sorted search per type of the new reports: the cost grows with the new reports and the distinct types)."""
    import numpy as np
    import pandas as pd

    mask = np.zeros(len(old_df), dtype=bool)
    o_lo, o_hi = old_periods
    n_lo, n_hi = new_periods
    o_codes, types = pd.factorize(old_df["event_type"].fillna("").astype(str))
    n_codes = pd.Index(types).get_indexer(new_df["event_type"].fillna("").astype(str))
    for t in np.unique(n_codes[(n_codes >= 0) & (n_lo >= 0)]):
        sel = (n_codes == t) & (n_lo >= 0)
        order = np.argsort(n_lo[sel], kind="stable")
        starts, reach = n_lo[sel][order], np.maximum.accumulate(n_hi[sel][order])
        rows = np.flatnonzero((o_codes == t) & (o_lo >= 0))
        k = np.searchsorted(starts, o_hi[rows], side="right")  # new periods starting by the row's last day
        hit = k > 0
        hit[hit] = reach[k[hit] - 1] >= o_lo[rows][hit]  # ... one of which lasts until its first day
        mask[rows[hit]] = True
    return mask


def _with_buckets(keys, lo, hi):
    """``keys`` (pos, type, key) repeated once per bucket of the row's period (column ``b``)."""
    import numpy as np

    pos = keys["pos"].to_numpy(dtype=np.int64)
    n = np.maximum(hi[pos] - lo[pos] + 1, 0)
    rep = keys.loc[keys.index.repeat(n)].reset_index(drop=True)
    start = np.repeat(lo[pos], n)
    rep["b"] = start + (np.arange(int(n.sum())) - np.repeat(np.cumsum(n) - n, n))
    return rep


def _neighbourhood(old_df, new_df, old_periods, new_periods):
    """Boolean mask over ``old_df``: saved reports sharing a (type, key, 30-day bucket) with a new report: a superset
    of the saved reports compatible with a new report (``_compatible`` implies a shared key) over a shared period."""
    import numpy as np

    if not len(old_df):
        return np.zeros(0, dtype=bool)
    want = _with_buckets(_key_frame(new_df, near=True), *_bucket_range(*new_periods))
    want = want[["type", "key", "b", "located", "named"]].drop_duplicates()
    have = _with_buckets(_key_frame(old_df, near=False), *_bucket_range(*old_periods))
    pairs = have.merge(want, on=["type", "key", "b"], how="inner", suffixes=("", "_new"))
    if not len(pairs):  # nothing shared (an empty merge may come back with float columns, which have no .str)
        return np.zeros(len(old_df), dtype=bool)
    kind = pairs["key"].str.slice(0, 4)
    both_located = pairs["located"] & pairs["located_new"]
    both_named = pairs["named"] & pairs["named_new"]
    decisive = ((kind == "cell") | (kind == "pola")) | ((kind == "name") & ~both_located) \
        | (~both_located & ~both_named)
    hit = pairs.loc[decisive, "pos"].to_numpy(dtype=np.int64)
    mask = np.zeros(len(old_df), dtype=bool)
    mask[hit] = True
    return mask


def candidates(old_df, new_df):
    """Boolean mask over ``old_df`` (saved reports with their ``event_cluster_id``): the members of every saved
    cluster a new report could join, and few others.

    A cluster admits a report only when the report is compatible with *every* member and overlaps the period all
    members share (``linking._Group.admits``), so every member of such a cluster is of the report's type, overlaps its
    period (``_in_window``) and shares a decisive key with it in a shared 30-day bucket (``_neighbourhood``). Clusters
    with a member outside that neighbourhood cannot admit any new report (and joining only narrows a cluster), so
    they are left out whole; the key join runs only on the reports in the window, so the cost follows the new
    articles and their dates, not the size of the store.

    >>> import pandas as pd
    >>> old = pd.DataFrame({"event_type": ["meeting", "meeting", "visit"], "date": ["2023-03-19", "2020-01-02",
    ...                     "2023-03-19"], "location": ["Cairo"] * 3, "event_cluster_id": ["c1", "c2", "c3"]})
    >>> new = pd.DataFrame({"event_type": ["meeting"], "date": ["2023-03-20"], "location": ["Cairo"]})
    >>> candidates(old, new).tolist()
    [True, False, False]
    """
    import numpy as np

    out = np.zeros(len(old_df), dtype=bool)
    if not len(old_df) or not len(new_df):
        return out
    old_periods, new_periods = _periods(old_df), _periods(new_df)
    window = np.flatnonzero(_in_window(old_df, old_periods, new_df, new_periods))
    near = np.zeros(len(old_df), dtype=bool)
    near[window] = _neighbourhood(old_df.iloc[window], new_df, tuple(p[window] for p in old_periods), new_periods)
    cid = old_df["event_cluster_id"].to_numpy(dtype=object)
    touched = old_df["event_cluster_id"].isin(set(cid[near])).to_numpy()  # members of clusters with a near member
    if touched.any():
        far = set(cid[touched & ~near])  # ... of which some member cannot be compatible with any new report
        out = touched & ~old_df["event_cluster_id"].isin(far).to_numpy()
    return out


SCHEME = "ingest-order-1"


def _prefix_hash(order: list[str]) -> str:
    import hashlib

    return hashlib.sha1("\n".join(order).encode("utf-8")).hexdigest()


# the layout of ``index_rows`` and of the cluster summaries (a store whose index has another is reindexed on its next
# read); keys-2: the index and a summary of every saved cluster (``SUMMARY_COLUMNS``)
INDEX = "keys-2"


def relink(events_df, order: list[str], saved: str, lookup=None, have_index: bool = True, restore=None):
    """What the store does on a read after a change: (cluster ids, rows whose id changed, the state to save, the
    change to the store's key index).

    ``saved`` is what the previous call returned to save ('' at first). When the store only appended articles since
    (the linked prefix of ``order`` is unchanged and every report of it still has its id), the new reports are linked
    incrementally (``link_new``); otherwise (articles deleted or re-extracted, an older linking scheme) everything
    is relinked (``link_all``). Either way the ids equal ``link_all(events_df, order)``.

    With ``lookup`` (the store's index of saved reports by ``index_rows``) and ``restore`` (its summaries of saved
    clusters by id), an incremental link finds its candidates by looking the new reports' keys up in the index and
    reads the clusters they touch from their summaries, so its cost follows the new articles, not the store; the
    index change is ("add", rows of the new reports, summaries of the clusters they made or joined) then, or ("all",
    rows of every report, summaries of every cluster) when the saved state has no valid index (``have_index``
    False: the store lost it). None without ``lookup``.
    """
    import json

    ids = events_df["event_cluster_id"].fillna("").astype(str)
    try:
        st = json.loads(saved) if saved else {}
    except ValueError:
        st = {}
    n = int(st.get("n", -1)) if st.get("scheme") == SCHEME else -1
    seq = {a: i for i, a in enumerate(order)}
    pos = events_df["article_id"].map(seq).fillna(len(order)).astype(int)
    append_only = 0 <= n <= len(order) and st.get("hash") == _prefix_hash(order[:n]) \
        and bool((ids[pos < n] != "").all())
    indexed = append_only and lookup is not None and have_index and st.get("index") == INDEX
    if append_only:
        start = ids.where(pos < n, "")
        out, linker = _link_new(_slim(events_df).assign(event_cluster_id=start), order, lookup if indexed else None,
                                restore if indexed else None)
    else:
        out, linker = _link_all(events_df, order)
    changed = out != ids
    index = None
    if lookup is not None and indexed:
        index = ("add", index_rows(_slim(events_df[(pos >= n).to_numpy()])),
                 linker.summaries(sorted(linker.touched)) if linker is not None else _Linker().summaries(()))
    elif lookup is not None:
        every = linker.summaries(range(len(linker.groups))) if not append_only \
            else summaries(_slim(events_df).assign(event_cluster_id=out), order)
        index = ("all", index_rows(_slim(events_df)), every)
    state = {"scheme": SCHEME, "n": len(order), "hash": _prefix_hash(order)}
    if lookup is not None:
        state["index"] = INDEX
    return out, changed, json.dumps(state), index
