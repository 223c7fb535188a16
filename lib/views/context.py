"""The context of each row's sentence as columns, for tables at scale, computed on integer codes (its row-by-row
definition, a dict of sets per sentence, is the oracle of ``tests/views/test_context.py``).

Idea: a casualty claim has no faction, actor or event type of its own; it takes those of its sentence (the actor
mentions and the events of the same article and sentence start), so the sidebar's filters apply to it. The
row-by-row definition builds a dict of sets per sentence: at 100k articles (357k claims, 223k sentences, ~1M
mentions) that is ~7 s of CPU and ~0.3 GB at its peak. Here every cell is split once per distinct value, the
(sentence, field, item) triples are made unique and sorted on integer codes, and only the joined string of each
sentence and field is built in Python.

Approach: sentence key = (position of the article among ``df``'s articles) * 2**32 + sentence start; the items of
one sentence and field are joined with "; " in ``str.casefold`` order (as the row-by-row definition; items that differ
only in case, which that definition leaves in set order, come in code-point order here).

Example:
    >>> import pandas as pd
    >>> claims = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 9], "count": [3, 4]})
    >>> m = pd.DataFrame({"article_id": ["a"], "sentence_start": [0], "kind": ["actor"], "value": ["IDF"],
    ...                   "faction": ["Israel"]})
    >>> e = pd.DataFrame({"article_id": ["a"], "start": [0], "event_type": ["attack"], "factions": ["Hamas"],
    ...                   "actors": ["Hamas"], "location": ["Gaza"]})
    >>> out = with_sentence_context(claims, m, e)
    >>> list(out["factions"]), list(out["actors"]), list(out["event_type"])
    (['Hamas; Israel', ''], ['Hamas; IDF', ''], ['attack', ''])
"""
from __future__ import annotations

from lib.views.columns import _factorize, split_multi
from lib.views.filters import ACTOR_COLUMNS, FACTION_COLUMNS

FIELDS = (("factions", FACTION_COLUMNS), ("actors", ACTOR_COLUMNS), ("event_type", ("event_type",)))
# (source table, column) -> field it adds to, as the row-by-row definition: an actor mention's value and faction; an
# event's type, factions and actors
SOURCES = (("mentions", "value", "actors"), ("mentions", "faction", "factions"), ("events", "event_type", "event_type"),
           ("events", "factions", "factions"), ("events", "actors", "actors"))


def _keys(df, start_column: str, articles):
    """Sentence key per row (-1 when its article is not among ``articles``)."""
    import numpy as np

    a = articles.get_indexer(df["article_id"]).astype(np.int64)
    s = df[start_column].to_numpy(dtype=np.int64)
    return np.where(a >= 0, (a << 32) + s, -1)


def with_sentence_context(df, mentions, events):
    """``df`` plus the columns it lacks among factions, actors and event_type from its sentence's context: the actor
    mentions (``kind`` == 'actor') and the events with the same article and sentence start; '' when none. Equal to
    the row-by-row definition of the tests (see the module for the order of items differing only in case)."""
    import numpy as np
    import pandas as pd

    if df is None or not len(df) or "article_id" not in df.columns or "start" not in df.columns:
        return df
    need = [f for f, present in FIELDS if not set(present).intersection(df.columns)]
    if not need:
        return df
    articles = pd.Index(pd.unique(df["article_id"].astype(object)))
    row_key = _keys(df, "start", articles)
    keys_all, fields_all, items_all = [], [], []
    item_ids: dict[str, int] = {}
    tables = {"mentions": mentions, "events": events}
    for table, column, field in SOURCES:
        t = tables[table]
        if field not in need or t is None or not len(t) or column not in t.columns:
            continue
        if table == "mentions":
            if "sentence_start" not in t.columns:
                continue
            t = t[t["kind"].eq("actor").to_numpy(dtype=bool)]
        key = _keys(t, "sentence_start" if table == "mentions" else "start", articles)
        keep = (key >= 0) & np.isin(key, row_key)
        codes, values = _factorize(t[column][keep])
        per_value = [[item_ids.setdefault(x, len(item_ids)) for x in split_multi(v)] for v in values]
        n = np.asarray([len(x) for x in per_value], dtype=np.int64)
        flat = np.asarray([i for x in per_value for i in x], dtype=np.int64)
        offsets = np.concatenate([[0], np.cumsum(n)[:-1]])
        reps = n[codes]
        within = np.arange(int(reps.sum())) - np.repeat(np.cumsum(reps) - reps, reps)
        keys_all.append(np.repeat(key[keep], reps))
        items_all.append(flat[np.repeat(offsets[codes], reps) + within] if len(flat) else np.zeros(0, np.int64))
        fields_all.append(np.full(int(reps.sum()), need.index(field), dtype=np.int64))
    names = list(item_ids)
    add = {f: np.full(len(df), "", dtype=object) for f in need}
    if keys_all and sum(len(k) for k in keys_all):
        trip = pd.DataFrame({"k": np.concatenate(keys_all), "f": np.concatenate(fields_all),
                             "i": np.concatenate(items_all)}).drop_duplicates()
        rank = np.empty(len(names), dtype=np.int64)  # an item's place in casefold order
        rank[sorted(range(len(names)), key=lambda i: (names[i].casefold(), names[i]))] = np.arange(len(names))
        k, f, i = trip["k"].to_numpy(), trip["f"].to_numpy(), trip["i"].to_numpy()
        order = np.lexsort((rank[i], f, k))
        k, f, i = k[order], f[order], i[order]
        bounds = np.flatnonzero((k[1:] != k[:-1]) | (f[1:] != f[:-1])) + 1
        starts = np.concatenate([[0], bounds])
        ends = np.concatenate([bounds, [len(k)]])
        joined = ["; ".join(names[x] for x in i[a:b]) for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
        joined = np.asarray(joined, dtype=object)
        group_f = f[starts]
        for fi, field in enumerate(need):
            sel = group_f == fi
            at = pd.Index(k[starts][sel]).get_indexer(row_key)
            add[field] = np.where(at >= 0, joined[sel][np.maximum(at, 0)] if sel.any() else "", "")
    return df.assign(**{f: pd.Series(v, index=df.index, dtype=object) for f, v in add.items()})
