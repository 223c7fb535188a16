"""Filters shared by every page, as a pure function over the tables.

A row passes when it matches every active filter; a filter on something a table does not carry (e.g. event
types on the articles table) leaves that table alone. Rows are never modified, only selected.
Each filter is computed once per distinct value of a column and broadcast back to the rows (``lib.views.columns``:
'; '-joined cells, TimeML date bounds, each row's date interval).

Example:
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"article_id": ["a", "b"], "event_type": ["meeting", "attack"], "sentence": ["x", "y"],
    ...                    "date_start": ["2023-01-02", "2023-02-01"], "date_end": ["2023-01-02", "2023-02-01"],
    ...                    "factions": ["Hamas", "Israel"], "region": ["body", "body"]})
    >>> len(apply_filters(ev, Filters(event_types=("meeting",))))
    1
    >>> list(apply_filters(ev, Filters(date_from="2023-01-15"))["article_id"])
    ['b']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lib.views.columns import _day_key, _factorize, _intervals, per_value, split_multi

COARSE_PRECISIONS = ("month", "year")

# Columns each filter looks at, in every table that has them. Multi-valued cells are '; '-joined.
FACTION_COLUMNS = ("factions", "faction")
ACTOR_COLUMNS = ("actors", "actor1", "actor2", "speaker", "host")
PLACE_COLUMNS = ("location",)
TEXT_COLUMNS = ("sentence", "quote", "title")
PRECISION_COLUMNS = ("date_precision", "precision")


@dataclass(frozen=True)
class Filters:
    """What the analyst chose in the sidebar. Empty tuples / strings mean 'all'."""

    date_from: str = ""  # YYYY-MM-DD, inclusive
    date_to: str = ""  # YYYY-MM-DD, inclusive
    factions: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    text: str = ""
    hide_non_body: bool = True
    hide_coarse_dates: bool = False

    def is_default(self) -> bool:
        """True when nothing is filtered beyond the defaults.

        >>> Filters().is_default(), Filters(text="x").is_default()
        (True, False)
        """
        return self == Filters()


def _any_match(df, columns: tuple[str, ...], wanted: tuple[str, ...]):
    """Mask: some column among ``columns`` holds one of ``wanted``; None if the table has none of them."""
    import numpy as np

    present = [c for c in columns if c in df.columns]
    if not present:
        return None
    want = set(wanted)
    mask = np.zeros(len(df), dtype=bool)
    for c in present:
        mask |= per_value(df[c], lambda v: bool(want.intersection(split_multi(v))), bool)
    return mask


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def apply_filters(df, f: Filters, articles=None):
    """Rows of ``df`` (any table) that pass ``f``; ``articles`` (optional) supplies outlets and publication dates.

    Undated rows fall back to their article's publication date; rows with no date at all are dropped
    only when a date range is set. (``filter_mask``: the same as a boolean array, no rows copied.)
    """
    return df if df is None or len(df) == 0 else df[filter_mask(df, f, articles)]


def filter_mask(df, f: Filters, articles=None):
    """Per row of ``df`` (not empty): True when it passes ``f`` (``apply_filters``)."""
    cols = set(df.columns)
    mask = df.index == df.index
    is_mention = "kind" in cols and "mention_id" in cols
    if f.hide_non_body and "region" in cols:
        mask &= df["region"].fillna("body").eq("body").to_numpy(dtype=bool)
    if f.articles and "article_id" in cols:
        mask &= df["article_id"].isin(f.articles).to_numpy(dtype=bool)
    if f.outlets:
        if "outlet" in cols:
            mask &= df["outlet"].isin(f.outlets).to_numpy(dtype=bool)
        elif articles is not None and "article_id" in cols:
            ids = set(articles.loc[articles["outlet"].isin(f.outlets), "article_id"])
            mask &= df["article_id"].isin(ids).to_numpy(dtype=bool)
    if f.event_types and "event_type" in cols:
        mask &= per_value(df["event_type"], lambda v: bool(set(f.event_types).intersection(split_multi(v))), bool)
    if f.factions:
        m = _any_match(df, FACTION_COLUMNS, f.factions)
        if m is not None:
            mask &= m
    for wanted, kind, columns in ((f.actors, "actor", ACTOR_COLUMNS), (f.places, "place", PLACE_COLUMNS)):
        if not wanted:
            continue
        if is_mention:  # a mention row is the actor or place itself
            mask &= (df["kind"].eq(kind) & df["value"].isin(wanted)).to_numpy(dtype=bool)
        else:
            m = _any_match(df, columns, wanted)
            if m is not None:
                mask &= m
    if f.text:
        present = [c for c in TEXT_COLUMNS if c in cols]
        if present:
            hit = df.index != df.index
            for c in present:
                hit |= df[c].fillna("").astype(str).str.contains(f.text, case=False, regex=False).to_numpy(bool)
            mask &= hit
    if f.hide_coarse_dates:
        for c in PRECISION_COLUMNS:
            if c in cols:
                mask &= ~df[c].isin(COARSE_PRECISIONS).to_numpy(dtype=bool)
                break
    if f.date_from or f.date_to:
        iso = all(_ISO_DAY.fullmatch(d) for d in (f.date_from, f.date_to) if d)
        lo, hi, lo_k, hi_k = _intervals(df, articles, strings=not iso)
        dated = lo_k >= 0
        ok = dated
        # Bounds are YYYY-MM-DD: for a YYYY-MM-DD limit, comparing the integer keys is the string comparison.
        if f.date_from:
            ok = ok & ((hi_k >= _day_key(f.date_from)) if iso else (hi >= f.date_from))
        if f.date_to:
            ok = ok & ((lo_k <= _day_key(f.date_to)) if iso else (lo <= f.date_to))
        if dated.any() or "published" in cols:
            mask &= ok
    return mask


# ---------------------------------------------------------------------------------------------- what a table can apply

# Filters field -> (label, columns any of which lets a table apply it). Dates always apply (a row falls back to
# its article's publication date); ``articles`` needs article_id, ``outlets`` an outlet or an article id.
APPLIES = {"factions": ("Factions", FACTION_COLUMNS), "actors": ("Actors", ACTOR_COLUMNS),
           "event_types": ("Event types", ("event_type",)), "places": ("Places", PLACE_COLUMNS),
           "text": ("Search sentences", TEXT_COLUMNS), "outlets": ("Outlets", ("outlet", "article_id")),
           "articles": ("Articles", ("article_id",)), "hide_non_body": ("Hide captions", ("region",)),
           "hide_coarse_dates": ("Hide month/year-only dates", PRECISION_COLUMNS)}


def ignored(df, f: Filters) -> list[str]:
    """Fields of ``f`` that are set but that ``df`` (as filtered) cannot apply: the page must say so, and the
    export's file name must leave them out.

    >>> import pandas as pd
    >>> ignored(pd.DataFrame(columns=["article_id", "quote", "faction"]), Filters(factions=("Hamas",),
    ...         event_types=("meeting",), places=("Doha",)))
    ['event_types', 'places']
    """
    if df is None:
        return []
    cols = set(df.columns)
    is_mention = "kind" in cols and "mention_id" in cols
    out = []
    for field, (_label, needs) in APPLIES.items():
        value, default = getattr(f, field), getattr(Filters(), field)
        if value == default:
            continue
        if is_mention and field in ("actors", "places"):
            continue
        if not cols.intersection(needs):
            out.append(field)
    return out


def without(f: Filters, fields) -> Filters:
    """``f`` with ``fields`` back to their defaults (what a page really applied).

    >>> without(Filters(factions=("Hamas",), text="x"), ["factions"])
    Filters(date_from='', date_to='', factions=(), actors=(), event_types=(), places=(), articles=(), outlets=(), text='x', hide_non_body=True, hide_coarse_dates=False)
    """
    from dataclasses import replace

    return replace(f, **{k: getattr(Filters(), k) for k in fields})


def labels(fields) -> list[str]:
    """Sidebar labels of Filters fields.

    >>> labels(["event_types", "places"])
    ['Event types', 'Places']
    """
    return [APPLIES[k][0] for k in fields]


def _distinct(values) -> list:
    """Distinct values of a Series, missing ones left out."""
    return list(values.dropna().unique())


def _items(values) -> set[str]:
    """Every item of the '; '-joined cells of a Series (split once per distinct cell)."""
    return {x for v in _factorize(values)[1] for x in split_multi(v)}


def filter_options(tables: dict) -> dict[str, list[str]]:
    """Sorted choices for each sidebar filter, gathered from every table (from the distinct values of each column).

    >>> import pandas as pd
    >>> t = {"events": pd.DataFrame({"factions": ["Israel; Hamas"], "event_type": ["meeting"]})}
    >>> filter_options(t)["factions"], filter_options(t)["event_types"]
    (['Hamas', 'Israel'], ['meeting'])
    """
    found: dict[str, set[str]] = {k: set() for k in ("factions", "actors", "event_types", "places", "outlets",
                                                      "articles")}
    for name, df in tables.items():
        if df is None or not len(df) or name == "regions":
            continue
        is_mention = "kind" in df.columns and "mention_id" in df.columns
        if is_mention:
            for kind, key in (("actor", "actors"), ("place", "places")):
                found[key].update(v for v in _distinct(df.loc[df["kind"] == kind, "value"]) if str(v).strip())
            if "faction" in df.columns:
                found["factions"].update(_items(df["faction"]))
            continue
        for cols, key in ((FACTION_COLUMNS, "factions"), (ACTOR_COLUMNS, "actors"), (PLACE_COLUMNS, "places")):
            for c in cols:
                if c in df.columns:
                    found[key].update(_items(df[c]))
        if "event_type" in df.columns:
            found["event_types"].update(v for v in _distinct(df["event_type"]) if str(v).strip())
        if name == "articles":
            found["outlets"].update(v for v in _distinct(df["outlet"]) if str(v).strip())
            found["articles"].update(v for v in _distinct(df["article_id"]) if str(v).strip())
    return {k: sorted(v, key=str.casefold) for k, v in found.items()}


def date_extent(tables: dict) -> tuple[str, str]:
    """Earliest and latest day any row is dated to ('', '' when nothing is dated).

    >>> import pandas as pd
    >>> date_extent({"events": pd.DataFrame({"date_start": ["2023-02", "", "2021"], "date_end": ["", "", ""]})})
    ('2021-01-01', '2023-02-28')
    """
    import numpy as np

    lo_best, hi_best = None, None
    for name, df in tables.items():
        if df is None or not len(df) or name == "regions":
            continue
        lo, hi, lo_k, hi_k = _intervals(df)
        dated = lo_k >= 0
        if dated.any():
            i = int(np.argmin(np.where(dated, lo_k, np.iinfo(np.int64).max)))
            lo_best = lo[i] if lo_best is None else min(lo_best, lo[i])
        if (hi_k >= 0).any():
            j = int(np.argmax(hi_k))
            hi_best = hi[j] if hi_best is None else max(hi_best, hi[j])
    return (lo_best, hi_best) if lo_best is not None else ("", "")


def describe(f: Filters) -> str:
    """Short slug of what is filtered, for export file names.

    >>> describe(Filters(date_from="2023-01-01", factions=("Hamas",), text="cease fire"))
    '2023-01-01_to_end_factions-Hamas_q-cease-fire'
    >>> describe(Filters())
    'all'
    """
    parts = []
    if f.date_from or f.date_to:
        parts.append(f"{f.date_from or 'start'}_to_{f.date_to or 'end'}")
    for label, vals in (("factions", f.factions), ("actors", f.actors), ("types", f.event_types),
                        ("places", f.places), ("outlets", f.outlets), ("articles", f.articles)):
        if vals:
            parts.append(f"{label}-" + "+".join(vals[:3]) + ("+more" if len(vals) > 3 else ""))
    if f.text:
        parts.append(f"q-{f.text}")
    if not f.hide_non_body:
        parts.append("with-captions")
    if f.hide_coarse_dates:
        parts.append("exact-dates")
    slug = "_".join(parts) or "all"
    slug = re.sub(r"[^\w.+-]+", "-", slug, flags=re.UNICODE).strip("-_")
    return slug[:120] or "all"


TABLE_ROWS = 1000  # rows a page sends to the browser per table; the export has them all


def cap_rows(df, limit: int = TABLE_ROWS, what: str = "rows"):
    """(the first ``limit`` rows of ``df``, a note "showing N of M …" or '' when all are shown): a table of 300k rows
    would send tens of MB to the browser on every rerun.

    >>> import pandas as pd
    >>> head, note = cap_rows(pd.DataFrame({"a": range(2500)}), what="events")
    >>> len(head), note
    (1000, 'showing the first 1,000 of 2,500 events; narrow the filters or export them all')
    >>> cap_rows(pd.DataFrame({"a": range(3)}))[1]
    ''
    """
    if df is None or len(df) <= limit:
        return df, ""
    return df.head(limit), f"showing the first {limit:,} of {len(df):,} {what}; narrow the filters or export them all"
