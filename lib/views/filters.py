"""Filters shared by every page, as a pure function over the tables.

A row passes when it matches every active filter; a filter on something a table does not carry (e.g. event
types on the articles table) leaves that table alone. Rows are never modified, only selected.

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

import calendar
import re
import threading
from dataclasses import dataclass

COARSE_PRECISIONS = ("month", "year")

# Columns each filter looks at, in every table that has them. Multi-valued cells are '; '-joined.
FACTION_COLUMNS = ("factions", "faction")
ACTOR_COLUMNS = ("actors", "actor1", "actor2", "speaker", "host")
PLACE_COLUMNS = ("location",)
TEXT_COLUMNS = ("sentence", "quote", "title")
PRECISION_COLUMNS = ("date_precision", "precision")
# (start, end) column pairs giving a row's date interval, first present non-empty pair wins.
DATE_COLUMNS = (("date_start", "date_end"), ("period_start", "period_end"), ("date", "date"),
                ("published", "published"))


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


def split_multi(value) -> list[str]:
    """Items of a '; '-joined cell.

    >>> split_multi("Hamas; Israel"), split_multi(None), split_multi("")
    (['Hamas', 'Israel'], [], [])
    """
    if value is None or (isinstance(value, float) and value != value):
        return []
    return [p.strip() for p in str(value).split(";") if p.strip()]


_TIMEX = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?")


def timex_bounds(value) -> tuple[str, str]:
    """First and last day (YYYY-MM-DD) covered by a TimeML value; ('', '') if it is not a date.

    >>> timex_bounds("2023-02"), timex_bounds("2024"), timex_bounds("2023-03-19")
    (('2023-02-01', '2023-02-28'), ('2024-01-01', '2024-12-31'), ('2023-03-19', '2023-03-19'))
    >>> timex_bounds("2023-W02"), timex_bounds("PRESENT_REF"), timex_bounds(None)
    (('2023-01-09', '2023-01-15'), ('', ''), ('', ''))
    """
    import datetime as dt

    if not isinstance(value, str):
        return "", ""
    m = _TIMEX.match(value.strip())
    if not m:
        return "", ""
    y, mo, d, w = m.groups()
    try:
        if w:
            first = dt.date.fromisocalendar(int(y), int(w), 1)
            return first.isoformat(), (first + dt.timedelta(days=6)).isoformat()
        if d:
            day = dt.date(int(y), int(mo), int(d)).isoformat()
            return day, day
        if mo:
            last = calendar.monthrange(int(y), int(mo))[1]
            return dt.date(int(y), int(mo), 1).isoformat(), dt.date(int(y), int(mo), last).isoformat()
        return f"{y}-01-01", f"{y}-12-31"
    except ValueError:
        return "", ""


# ---------------------------------------------------------------------------------------------- per distinct value
# A column holds few distinct values (a few thousand dates, a dozen faction lists) over up to millions of rows:
# every per-value computation runs once per distinct value and is broadcast back with the value codes.
# Factorisations and date bounds of large columns are remembered while the column's array lives (the loaded
# tables are cached and read-only), so a rerun on the same table is pure vectorised masks.

_MEMO: dict = {}
_MEMO_LOCK = threading.Lock()
_MEMO_MIN_ROWS = 50_000
_MEMO_MAX = 64


def _memo(values, tag, make):
    """``make()`` for the column array behind ``values``, remembered while that array lives (large columns)."""
    import weakref

    arr = values.array
    if len(arr) < _MEMO_MIN_ROWS:
        return make()
    key = (id(arr), tag)
    hit = _MEMO.get(key)
    if hit is not None and hit[0]() is arr:
        return hit[1]
    out = make()
    try:
        ref = weakref.ref(arr)
        weakref.finalize(arr, _MEMO.pop, key, None)
    except TypeError:  # an array type without weak references: not remembered
        return out
    with _MEMO_LOCK:  # app sessions run in threads
        if len(_MEMO) >= _MEMO_MAX:
            _MEMO.pop(next(iter(_MEMO)), None)
        _MEMO[key] = (ref, out)
    return out


def _factorize(values):
    """(codes, distinct values); missing values get their own code (the last), holding the first missing value."""
    import numpy as np
    import pandas as pd

    if isinstance(values.dtype, pd.CategoricalDtype):  # the column's own codes: nothing to compute or remember
        codes = values.cat.codes.to_numpy()
        uniq = list(values.cat.categories)
        missing = codes < 0
        if missing.any():
            uniq.append(values.iloc[int(np.argmax(missing))])
            codes = np.where(missing, len(uniq) - 1, codes)
        return codes, uniq

    def make():
        codes, uniq = pd.factorize(values, use_na_sentinel=True)
        uniq = list(uniq)
        missing = codes < 0
        if missing.any():
            uniq.append(values.iloc[int(np.argmax(missing))])
            codes = np.where(missing, len(uniq) - 1, codes)
        return codes, uniq

    return _memo(values, "factorize", make)


def per_value(values, func, dtype=object):
    """``values.map(func)`` as a numpy array, calling ``func`` once per distinct value.

    >>> import pandas as pd
    >>> per_value(pd.Series(["a", "bb", "a", None]), lambda v: len(v) if isinstance(v, str) else 0, int).tolist()
    [1, 2, 1, 0]
    """
    import numpy as np

    codes, uniq = _factorize(values)
    return np.asarray([func(v) for v in uniq], dtype=dtype)[codes] if len(uniq) else np.empty(0, dtype)


def _unique(values, counts: bool = False):
    """``np.unique(values, return_inverse=True)`` (or ``return_counts=True``) by hashing, not sorting, the rows: only
    the distinct values are sorted (1.7M rows: a few times faster).

    >>> import numpy as np
    >>> _unique(np.asarray([5, 3, 5, 9]))[1].tolist(), _unique(np.asarray([5, 3, 5]), counts=True)[1].tolist()
    ([1, 0, 1, 2], [1, 2])
    """
    import numpy as np
    import pandas as pd

    codes, uniq = pd.factorize(values)
    order = np.argsort(uniq, kind="stable")
    if counts:
        return uniq[order], np.bincount(codes, minlength=len(uniq))[order]
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return uniq[order], rank[codes]


def _day_key(day: str) -> int:
    """YYYYMMDD as an int (orders like the string); -1 for ''."""
    return int(day[:4] + day[5:7] + day[8:10]) if day else -1


def _bounds(values, strings: bool = True):
    """Per row: (first day, last day) strings and their integer keys, from ``timex_bounds`` per distinct value."""
    import numpy as np

    def make():  # per distinct value only: the rows take them through the codes (little memory per column)
        _codes, uniq = _factorize(values)
        b = [timex_bounds(v) for v in uniq]
        lo = np.asarray([x[0] for x in b] or [""], dtype=object)
        hi = np.asarray([x[1] for x in b] or [""], dtype=object)
        lo_k = np.asarray([_day_key(x[0]) for x in b] or [-1], dtype=np.int64)
        hi_k = np.asarray([_day_key(x[1]) for x in b] or [-1], dtype=np.int64)
        return lo, hi, lo_k, hi_k

    codes = _factorize(values)[0]
    lo, hi, lo_k, hi_k = _memo(values, "bounds", make)
    if not strings:
        return None, None, lo_k[codes], hi_k[codes]
    return lo[codes], hi[codes], lo_k[codes], hi_k[codes]


def _intervals(df, articles=None, strings: bool = True):
    """(lo, hi, lo_key, hi_key) numpy arrays per row, as ``row_intervals`` defines them ('' / -1 when undated).

    With ``strings=False`` only the integer keys are computed (lo and hi are None)."""
    import numpy as np

    n = len(df)
    lo = np.full(n, "", dtype=object) if strings else None
    hi = np.full(n, "", dtype=object) if strings else None
    lo_k = np.full(n, -1, dtype=np.int64)
    hi_k = np.full(n, -1, dtype=np.int64)

    def put(todo, parts):
        nonlocal lo, hi, lo_k, hi_k
        p_lo, p_hi, p_lo_k, p_hi_k = parts
        lo_k = np.where(todo, p_lo_k, lo_k)
        hi_k = np.where(todo, p_hi_k, hi_k)
        if strings:
            lo = np.where(todo, p_lo, lo)
            hi = np.where(todo, p_hi, hi)

    for a, b in DATE_COLUMNS:
        if a not in df.columns:
            continue
        todo = lo_k < 0
        if not todo.any():
            break
        a_lo, a_hi, a_lo_k, a_hi_k = _bounds(df[a], strings)
        b_lo, b_hi, b_lo_k, b_hi_k = _bounds(df[b if b in df.columns else a], strings)
        has_end = b_hi_k >= 0
        put(todo, (a_lo, np.where(has_end, b_hi, a_hi) if strings else None, a_lo_k,
                   np.where(has_end, b_hi_k, a_hi_k)))
    if articles is not None and len(articles) and "article_id" in df.columns and "published" in articles.columns:
        todo = lo_k < 0
        if todo.any():
            pub = dict(zip(articles["article_id"], articles["published"], strict=False))
            codes, uniq = _factorize(df["article_id"])
            memo: dict = {}
            bs = []
            for aid in uniq:
                v = pub.get(aid)
                if not isinstance(v, str):
                    bs.append(timex_bounds(v))
                    continue
                if v not in memo:
                    memo[v] = timex_bounds(v)
                bs.append(memo[v])
            put(todo, (np.asarray([x[0] for x in bs], dtype=object)[codes] if strings else None,
                       np.asarray([x[1] for x in bs], dtype=object)[codes] if strings else None,
                       np.asarray([_day_key(x[0]) for x in bs], dtype=np.int64)[codes],
                       np.asarray([_day_key(x[1]) for x in bs], dtype=np.int64)[codes]))
    return lo, hi, lo_k, hi_k


def row_intervals(df, articles=None):
    """(lo, hi) Series of YYYY-MM-DD strings per row ('' when undated), falling back to the article's date.

    >>> import pandas as pd
    >>> lo, hi = row_intervals(pd.DataFrame({"date_start": ["2023-02", ""], "date_end": ["2023-03", ""]}))
    >>> list(lo), list(hi)
    (['2023-02-01', ''], ['2023-03-31', ''])
    """
    import pandas as pd

    lo, hi, _, _ = _intervals(df, articles)
    return pd.Series(lo, index=df.index, dtype=object), pd.Series(hi, index=df.index, dtype=object)


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


def sentence_context(tables: dict):
    """{(article_id, sentence start): {"factions", "actors", "event_type", "places"}} from the mentions and events
    of each sentence: what a row without those columns (a casualty claim) is said alongside.

    >>> import pandas as pd
    >>> m = pd.DataFrame({"mention_id": ["m"], "article_id": ["a"], "kind": ["actor"], "value": ["IDF"],
    ...                   "faction": ["Israel"], "sentence_start": [0]})
    >>> e = pd.DataFrame({"article_id": ["a"], "start": [0], "event_type": ["attack"], "factions": ["Hamas"],
    ...                   "actors": ["Hamas"], "location": ["Gaza"]})
    >>> sentence_context({"mentions": m, "events": e})[("a", 0)]["factions"]
    'Hamas; Israel'
    """
    ctx: dict = {}

    def add(key, field, value):
        items = ctx.setdefault(key, {"factions": set(), "actors": set(), "event_type": set(), "places": set()})
        items[field].update(split_multi(value))

    m = tables.get("mentions")
    if m is not None and len(m) and "sentence_start" in m.columns:
        for r in m[m["kind"].isin(["actor", "place"])][["article_id", "sentence_start", "kind", "value",
                                                         "faction"]].itertuples(index=False):
            key = (r.article_id, int(r.sentence_start))
            if r.kind == "actor":
                add(key, "actors", r.value)
                add(key, "factions", r.faction)
            else:
                add(key, "places", r.value)
    e = tables.get("events")
    if e is not None and len(e):
        for r in e[["article_id", "start", "event_type", "factions", "actors", "location"]].itertuples(index=False):
            key = (r.article_id, int(r.start))
            add(key, "event_type", r.event_type)
            add(key, "factions", r.factions)
            add(key, "actors", r.actors)
            add(key, "places", r.location)
    return {k: {f: "; ".join(sorted(v, key=str.casefold)) for f, v in d.items()} for k, d in ctx.items()}


def with_context(df, context: dict):
    """``df`` plus the columns it lacks among factions, actors and event_type, taken from its sentence's context
    (``sentence_context``); the index is kept, so rows can be selected back. A row's own place is left alone.

    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "a"], "start": [0, 9], "count": [3, 4]})
    >>> list(with_context(c, {("a", 0): {"factions": "Israel", "actors": "IDF", "event_type": "attack"}})["factions"])
    ['Israel', '']
    """
    if df is None or not len(df) or "article_id" not in df.columns or "start" not in df.columns:
        return df
    keys = list(zip(df["article_id"], df["start"].astype(int), strict=True))
    add = {}
    for field, present in (("factions", FACTION_COLUMNS), ("actors", ACTOR_COLUMNS), ("event_type", ("event_type",))):
        if not set(present).intersection(df.columns):
            add[field] = [context.get(k, {}).get(field, "") for k in keys]
    return df.assign(**add) if add else df


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
