"""Article pickers that stay usable at 100k articles: a search lists a bounded number of matches.

Idea: a selectbox of every article id sends 20k-100k options to the browser on every run, and nobody scrolls them.
An analyst finds an article by a word of its title, its outlet, its publication date or its id, or arrives from a
row of another page (``?doc=<id>``). So a picker lists at most ``LIMIT`` articles: those matching the search
(every word, case-insensitive, anywhere in "title outlet published id"), among the articles the filters keep, in
table (ingest) order, after the ones already chosen (a link's article, the current selection), which are always
listed. A store of at most ``LIMIT`` articles lists them all, with no search field (the seed-scale picker).

Approach: ``haystack`` joins the searchable fields of every article once (lower-cased; the app caches it per store
version); ``search`` tests each word with a plain substring match on it, restricted by an optional mask of the
filtered articles; ``options`` puts the kept ids first.

Example:
    >>> import pandas as pd
    >>> arts = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "title": ["Talks in Doha", "Truce holds", None],
    ...                      "outlet": ["Reuters", "AFP", "AFP"], "published": ["2023-03-19", "2023-04-02", ""]})
    >>> search(arts, "afp")
    (['a2', 'a3'], 2)
    >>> search(arts, "doha 2023-03", limit=1)
    (['a1'], 1)
    >>> options(search(arts, "afp")[0], keep=["a3", "a1"])
    ['a1', 'a2', 'a3']
    >>> label(arts.iloc[2])
    '(untitled) — AFP (a3)'
"""
from __future__ import annotations

import os

DEFAULT_LIMIT = 100
ENV_LIMIT = "DIPLO_PICKER_LIMIT"  # a smaller limit shows the search field on a small store (browser tests, demos)


def limit_from_env(env=None) -> int:
    """The picker limit: ``$DIPLO_PICKER_LIMIT`` when it is a whole number of at least 1, else ``DEFAULT_LIMIT``.

    >>> limit_from_env({}), limit_from_env({"DIPLO_PICKER_LIMIT": "2"})
    (100, 2)
    >>> limit_from_env({"DIPLO_PICKER_LIMIT": "0"}), limit_from_env({"DIPLO_PICKER_LIMIT": "ten"})
    (100, 100)
    """
    raw = str((os.environ if env is None else env).get(ENV_LIMIT) or "").strip()
    return int(raw) if raw.isascii() and raw.isdigit() and int(raw) >= 1 else DEFAULT_LIMIT


LIMIT = limit_from_env()  # articles a picker lists at most; stores this small list every article, with no search field
FIELDS = ("title", "outlet", "published", "article_id")


def needs_search(n_articles: int, limit: int | None = None) -> bool:
    """True when a picker over ``n_articles`` lists only search matches (more than ``limit``, default ``LIMIT``)."""
    return n_articles > (LIMIT if limit is None else limit)


def haystack(arts):
    """One lower-cased string per article: its title, outlet, publication date and id, separated by spaces (the
    text ``search`` looks the words up in). Index and order of ``arts``."""
    import pandas as pd

    if arts is None or not len(arts):
        return pd.Series([], dtype=object)
    parts = [arts[c].astype(object).where(arts[c].notna(), "").astype(str) for c in FIELDS if c in arts.columns]
    joined = parts[0]
    for p in parts[1:]:
        joined = joined + " " + p
    return joined.str.casefold()


def words(query: str) -> list[str]:
    """The search words of ``query``: split on white space, lower-cased.

    >>> words("  Doha  TALKS ")
    ['doha', 'talks']
    """
    return (query or "").casefold().split()


def search(arts, query: str = "", hay=None, within=None, limit: int | None = None) -> tuple[list[str], int]:
    """(the ids of the first ``limit`` articles matching every word of ``query``, how many match in all).

    ``hay``: ``haystack(arts)`` when already made (the app caches it); ``within``: a boolean mask over ``arts`` (the
    articles the filters keep) or None for all. An empty query matches every article."""
    import numpy as np

    if arts is None or not len(arts):
        return [], 0
    mask = np.ones(len(arts), dtype=bool) if within is None else np.asarray(within, dtype=bool).copy()
    ws = words(query)
    if ws:
        h = haystack(arts) if hay is None else hay
        for w in ws:
            mask &= h.str.contains(w, regex=False).to_numpy(dtype=bool)
    hits = np.flatnonzero(mask)
    ids = arts["article_id"].to_numpy(dtype=object)[hits[:LIMIT if limit is None else limit]]
    return [str(a) for a in ids], int(len(hits))


def options(found, keep=()) -> list[str]:
    """The ids a picker lists: those of ``keep`` (already chosen: always listed) that ``found`` lacks, then ``found``
    in its order; no duplicates."""
    have = set(found)
    return list(dict.fromkeys([*(str(k) for k in keep if k not in (None, "") and k not in have), *found]))


def label(row) -> str:
    """What a picker shows for an article (a row of the articles table): title, outlet and id."""
    import pandas as pd

    def text(v):
        return "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v)

    return f"{text(row.get('title')) or '(untitled)'} — {text(row.get('outlet')) or 'no outlet'} ({row['article_id']})"


def labels(arts, ids) -> dict[str, str]:
    """{id: ``label``} for the given ids only (a picker labels what it lists, not the whole table)."""
    if arts is None or not len(arts) or not len(ids):
        return {}
    sub = arts[arts["article_id"].isin(list(ids))]
    return {str(r["article_id"]): label(r) for r in sub.to_dict("records")}


def matches_note(total: int, shown: int, query: str, what: str = "articles") -> str:
    """The caption under a search: how many match and how many are listed.

    >>> matches_note(12345, 100, "doha")
    "12,345 matches for 'doha'; the first 100 are listed: type more words to narrow it."
    >>> matches_note(1, 1, "doha"), matches_note(0, 0, "zz")
    ("1 match for 'doha'.", "Nothing matches 'zz'.")
    >>> matches_note(20000, 100, "")
    '20,000 articles; the first 100 are listed: type part of a title, an outlet, a date or an id.'
    """
    q = query.strip()
    if not total:
        return f"Nothing matches {q!r}." if q else f"No {what}."
    head = f"{total:,} {'match' if total == 1 else 'matches'} for {q!r}" if q else f"{total:,} {what}"
    if shown >= total:
        return head + "."
    return head + f"; the first {shown:,} are listed: " + (
        "type more words to narrow it." if q else "type part of a title, an outlet, a date or an id.")
