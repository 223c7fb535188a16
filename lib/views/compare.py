"""Compare statements across factions: pure functions behind the Statements page.

A statement with several factions (a joint statement, ``"Palestinian Islamic Jihad; PFLP"``) belongs to each
of them, so it shows in each faction's column and counts once per faction in the stance matrix.

Example:
    >>> import pandas as pd
    >>> st = pd.DataFrame({"statement_id": ["s1", "s2", "s3"], "article_id": ["a", "a", "b"],
    ...                    "faction": ["Hamas", "Palestinian Islamic Jihad; PFLP", "Israel"],
    ...                    "stance": ["reject", "condemn", "neutral"], "quote": ["x", "y", "z"],
    ...                    "date": ["2023-03-19", "2023-03-19", "2023-03-20"], "start": [0, 10, 0]})
    >>> {k: list(v["statement_id"]) for k, v in by_faction(st, ["Hamas", "PFLP"]).items()}
    {'Hamas': ['s1'], 'PFLP': ['s2']}
    >>> int(stance_matrix(st).loc["PFLP", "condemn"])
    1
"""
from __future__ import annotations

from lib.views.columns import split_multi, timex_bounds

STANCES = ("threat", "reject", "condemn", "welcome", "demand", "propose", "agree", "deny", "neutral")
# Event types that are an initiative analysts compare reactions to (not the reactions themselves).
REACTION_TYPES = frozenset({"statement", "rejection", "condemnation", "demand", "support"})
SHOWN_COLUMNS = ("faction", "quote", "speaker", "speaker_text", "relayed_by", "speaker_title", "kind", "stance",
                 "date", "outlet", "link")


def speaker_label(speaker: str, speaker_text: str = "", relayed_by: str = "") -> str:
    """The speaker as shown: the dictionary name, the text's spelling beside it when it differs, and who relayed
    the words.

    >>> speaker_label("Mousa Abu Marzouk", "Mussa Abu Marzouk")
    'Mousa Abu Marzouk (as written: Mussa Abu Marzouk)'
    >>> speaker_label("Sameh Shoukry", "Shoukry", "Ahmed Hafez")
    'Sameh Shoukry, via Ahmed Hafez'
    >>> speaker_label("Hamas", "", "")
    'Hamas'
    """
    def clean(v) -> str:
        return "" if v is None or v != v else str(v)  # NaN from a store row

    speaker, speaker_text, relayed_by = clean(speaker), clean(speaker_text), clean(relayed_by)
    out = speaker
    if speaker_text and speaker_text.lower() not in speaker.lower() and speaker.lower() not in speaker_text.lower():
        out += f" (as written: {speaker_text})"
    return out + (f", via {relayed_by}" if relayed_by else "")


def factions_of(df) -> list[str]:
    """Factions present in a statements frame, most statements first (ties by name, then first appearance).

    >>> import pandas as pd
    >>> factions_of(pd.DataFrame({"faction": ["Hamas", "Israel; Hamas", "Egypt", ""]}))
    ['Hamas', 'Egypt', 'Israel']
    """
    counts: dict[str, int] = {}
    if df is None or not len(df) or "faction" not in df.columns:
        return []
    for cell, n in _cell_counts(df["faction"]):  # each distinct cell split once, in order of first appearance
        for f in split_multi(cell):
            counts[f] = counts.get(f, 0) + n
    return sorted(counts, key=lambda f: (-counts[f], f.casefold()))


def by_faction(df, factions, limit: int | None = None) -> dict:
    """{faction: its statements} for each chosen faction, in the order given, sorted by date then position; the
    first ``limit`` of each when given (only the sort keys of a faction's rows are ordered, then ``limit`` rows
    taken: the same rows as sorting them all, without copying every column of 100k+ statements).

    >>> import pandas as pd
    >>> df = pd.DataFrame({"faction": ["A", "B; A", "A"], "date": ["2023-02", "2023-01", "2023-01"],
    ...                    "article_id": ["x", "y", "x"], "start": [0, 5, 9]})
    >>> by_faction(df, ["A"], limit=2)["A"].index.tolist(), by_faction(df, ["A"])["A"].index.tolist()
    ([2, 1], [2, 1, 0])
    """
    import numpy as np

    out = {}
    for f in factions:
        if df is None or not len(df):
            out[f] = df
            continue
        mask = df["faction"].map(lambda v, f=f: f in split_multi(v))
        pos = np.flatnonzero(mask.to_numpy(dtype=bool))
        keys = [c for c in ("date", "article_id", "start") if c in df.columns]
        if keys:
            order = df[keys].iloc[pos].reset_index(drop=True).sort_values(keys, kind="stable").index.to_numpy()
            pos = pos[order]
        out[f] = df.iloc[pos if limit is None else pos[:limit]]
    return out


def _cell_counts(values, by=None):
    """[(distinct value, rows holding it)] of a column in order of first appearance (so the faction order built
    from them is the one a loop over the rows gives); with ``by`` (a second column): [((value, by value), rows)]."""
    import numpy as np

    from lib.views.columns import _factorize

    codes, uniq = _factorize(values)
    codes = np.asarray(codes, dtype=np.int64)
    if by is not None:
        codes2, uniq2 = _factorize(by)
        codes = codes * max(len(uniq2), 1) + np.asarray(codes2, dtype=np.int64)
    present, first, n = np.unique(codes, return_index=True, return_counts=True)
    out = []
    for i in np.argsort(first, kind="stable"):
        c = int(present[i])
        key = uniq[c] if by is None else (uniq[c // max(len(uniq2), 1)], uniq2[c % max(len(uniq2), 1)])
        out.append((key, int(n[i])))
    return out


def stance_matrix(df, factions=None):
    """Faction x stance counts (rows: factions, columns: STANCES, plus 'total').

    >>> import pandas as pd
    >>> m = stance_matrix(pd.DataFrame({"faction": ["Hamas", "Hamas; Israel"], "stance": ["reject", "odd"]}))
    >>> m.loc["Hamas"].to_dict()
    {'threat': 0, 'reject': 1, 'condemn': 0, 'welcome': 0, 'demand': 0, 'propose': 0, 'agree': 0, 'deny': 0, 'neutral': 1, 'total': 2}
    """
    import pandas as pd

    facs = list(factions) if factions is not None else factions_of(df)
    counts = {f: dict.fromkeys(STANCES, 0) for f in facs}
    if df is not None and len(df):
        stances = df["stance"] if "stance" in df.columns else pd.Series([""] * len(df), index=df.index)
        for (fv, sv), n in _cell_counts(df["faction"], stances):  # per distinct (faction, stance) pair
            stance = sv if sv in STANCES else "neutral"
            for f in split_multi(fv):
                if f in counts:
                    counts[f][stance] += n
    m = pd.DataFrame.from_dict(counts, orient="index", columns=list(STANCES)).astype(int)
    m["total"] = m.sum(axis=1)
    m.index.name = "faction"
    return m


def event_label(row) -> str:
    """A short label for an event choice: date, type, place and trigger.

    >>> event_label({"date": "2023-03-19", "event_type": "meeting", "location": "Sharm el-Sheikh", "trigger": "talks"})
    '2023-03-19 · meeting · Sharm el-Sheikh · talks'
    """
    get = row.get if isinstance(row, dict) else (lambda k, d="": getattr(row, k, d))
    parts = [get("date", ""), get("event_type", ""), get("location", ""), get("trigger", "")]
    label = " · ".join(str(p) for p in parts if isinstance(p, str) and p.strip())
    who = get("factions", "")
    return f"{label} ({who})" if isinstance(who, str) and who.strip() else label


CHOICE_COLUMNS = ("event_id", "date", "event_type", "location", "trigger", "factions")
MAX_CHOICES = 2_000  # events offered in the page's picker (a million options would be a ~100 MB widget)


def choice_rows(events, mask=None):
    """The events that reactions can be compared to (not statements themselves), by date, one per event cluster
    (the first report that names a place): a narrow frame of ``CHOICE_COLUMNS``, in the order offered. ``mask``:
    the rows to consider (``filters.filter_mask``), so that a page need not copy the filtered events."""
    import numpy as np
    import pandas as pd

    from lib.views.columns import per_value

    cols = [c for c in CHOICE_COLUMNS if events is not None and c in events.columns]
    if events is None or not len(events):
        return pd.DataFrame(columns=cols)
    keep = np.ones(len(events), dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    keep &= ~per_value(events["event_type"], lambda v: v in REACTION_TYPES, bool)
    if "region" in events.columns:
        keep &= per_value(events["region"], lambda v: v is None or v != v or v == "body", bool)
    # only the columns used, only the rows kept (a sorted copy of every column of a million events: ~0.3 GB)
    ev = events[[c for c in (*CHOICE_COLUMNS, "event_cluster_id") if c in events.columns]][keep]
    if not len(ev):
        return pd.DataFrame(columns=cols)
    by = [c for c in ("date", "event_id") if c in ev.columns]
    order = ev[by].assign(_row=np.arange(len(ev))).sort_values(by, kind="stable")["_row"].to_numpy()
    ev = ev.iloc[order]
    # one choice per happening (event cluster), in date order: its first report that names a place, else its first
    # (on integer codes: at 100k articles this is a million events)
    n = len(ev)
    ids = ev["event_id"]
    if "event_cluster_id" in ev.columns:  # the cluster, else the event itself
        cluster = ev["event_cluster_id"]
        ids = cluster.where(cluster.notna().to_numpy(dtype=bool) & cluster.ne("").fillna(False).to_numpy(dtype=bool),
                            ev["event_id"].astype(cluster.dtype) if cluster.dtype != ids.dtype else ids)
    key = np.asarray(pd.factorize(ids)[0], dtype=np.int64)
    located = (per_value(ev["location"], lambda v: isinstance(v, str) and bool(v.strip()), bool)
               if "location" in ev.columns else np.zeros(n, dtype=bool))
    groups, first = np.unique(key, return_index=True)
    best = first
    placed, first_placed = np.unique(key[located], return_index=True)
    if len(placed):  # a group with a located report: its first located one
        at = np.minimum(np.searchsorted(placed, groups), len(placed) - 1)
        best = np.where(placed[at] == groups, np.flatnonzero(located)[first_placed][at], first)
    return ev.iloc[best[np.argsort(first, kind="stable")]][cols]


def choice_labels(rows, limit: int | None = None, keep=()) -> dict[str, str]:
    """{event_id: label} of ``choice_rows``' first ``limit`` rows (all when None), plus the rows of the ids in
    ``keep`` (a choice in a link or already made), in the rows' order.

    >>> import pandas as pd
    >>> rows = pd.DataFrame({"event_id": ["e1", "e2", "e3"], "date": ["2023-01-01", "2023-01-02", "2023-01-03"],
    ...                      "event_type": ["meeting"] * 3})
    >>> list(choice_labels(rows, limit=1, keep=["e3"]).values())
    ['2023-01-01 · meeting', '2023-01-03 · meeting']
    """
    import numpy as np

    if rows is None or not len(rows):
        return {}
    if limit is not None and len(rows) > limit:
        wanted = {str(k) for k in keep if k}
        sel = np.arange(len(rows)) < limit
        if wanted:
            sel |= rows["event_id"].astype(object).isin(wanted).to_numpy(dtype=bool)
        rows = rows[sel]
    return {r["event_id"]: event_label(r) for r in rows.astype(object).to_dict("records")}


def event_choices(events, limit: int | None = None, keep=()) -> dict[str, str]:
    """{event_id: label} of events that reactions can be compared to (not statements themselves), by date,
    one per event cluster (the first report that names a place); ``limit``/``keep`` as ``choice_labels``."""
    return choice_labels(choice_rows(events), limit, keep)


def statements_for_event(statements, events, event_id: str, window_days: int | None = None):
    """Statements in the articles that report the event (its cluster), optionally within ``window_days`` of it.

    >>> import pandas as pd
    >>> ev = pd.DataFrame({"event_id": ["e1", "e2"], "article_id": ["a", "b"], "event_cluster_id": ["c", "c"],
    ...                    "date": ["2023-03-19", "2023-03-19"], "event_type": ["meeting", "meeting"]})
    >>> st = pd.DataFrame({"statement_id": ["s1", "s2", "s3"], "article_id": ["a", "b", "z"],
    ...                    "date": ["2023-03-18", "2023-01-01", "2023-03-19"]})
    >>> list(statements_for_event(st, ev, "e1")["statement_id"])
    ['s1', 's2']
    >>> list(statements_for_event(st, ev, "e1", window_days=7)["statement_id"])
    ['s1']
    """
    import datetime as dt

    hit = events[events["event_id"] == event_id]
    if not len(hit) or statements is None or not len(statements):
        return statements.iloc[0:0] if statements is not None else statements
    ev = hit.iloc[0]
    cluster = ev.get("event_cluster_id", "")
    if isinstance(cluster, str) and cluster and "event_cluster_id" in events.columns:
        arts = set(events.loc[events["event_cluster_id"] == cluster, "article_id"])
    else:
        arts = {ev["article_id"]}
    out = statements[statements["article_id"].isin(arts)]
    if window_days is not None:
        lo, hi = timex_bounds(ev.get("date", ""))
        if lo:
            a = (dt.date.fromisoformat(lo) - dt.timedelta(days=window_days)).isoformat()
            b = (dt.date.fromisoformat(hi) + dt.timedelta(days=window_days)).isoformat()

            def near(v):
                s, e = timex_bounds(v)
                return bool(s) and e >= a and s <= b

            out = out[out["date"].map(near).to_numpy(dtype=bool)]
    return out


def shown_frame(columns: dict, articles=None, link=None):
    """What the side-by-side view shows, one row per (faction column, statement), in display order.

    ``link(article_id, start)`` builds the sentence link; ``articles`` supplies outlets. The page renders
    these rows and exports exactly them.

    >>> import pandas as pd
    >>> st = pd.DataFrame({"statement_id": ["s1"], "article_id": ["a"], "faction": ["Hamas; PFLP"], "quote": ["q"],
    ...                    "speaker": ["X"], "stance": ["reject"], "date": ["2023"], "start": [4]})
    >>> shown_frame({"Hamas": st, "PFLP": st}, link=lambda a, s: f"{a}@{s}")[["column", "link"]].values.tolist()
    [['Hamas', 'a@4'], ['PFLP', 'a@4']]
    """
    import pandas as pd

    parts = []
    outlets = {}
    if articles is not None and len(articles) and "outlet" in articles.columns:
        outlets = dict(zip(articles["article_id"], articles["outlet"], strict=False))
    for faction, rows in columns.items():
        if rows is None or not len(rows):
            continue
        r = rows.copy()
        r.insert(0, "column", faction)
        if "outlet" not in r.columns:
            # the shown rows' own ids (an article id column may be a category of every stored article)
            r["outlet"] = r["article_id"].astype(object).map(outlets).fillna("") if outlets else ""
        if link is not None:
            r["link"] = [link(a, int(s)) for a, s in zip(r["article_id"], r["start"], strict=True)]
        if "speaker" in r.columns:
            r["who"] = [speaker_label(sp, r.at[i, "speaker_text"] if "speaker_text" in r.columns else "",
                                      r.at[i, "relayed_by"] if "relayed_by" in r.columns else "")
                        for i, sp in zip(r.index, r["speaker"], strict=True)]
        parts.append(r)
    if not parts:
        return pd.DataFrame(columns=["column", *SHOWN_COLUMNS])
    return pd.concat(parts, ignore_index=True)
