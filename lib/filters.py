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


def row_intervals(df, articles=None):
    """(lo, hi) Series of YYYY-MM-DD strings per row ('' when undated), falling back to the article's date."""
    import pandas as pd

    lo = pd.Series("", index=df.index, dtype=object)
    hi = pd.Series("", index=df.index, dtype=object)
    for a, b in DATE_COLUMNS:
        if a not in df.columns:
            continue
        todo = lo == ""
        if not todo.any():
            break
        starts = df.loc[todo, a].map(lambda v: timex_bounds(v)[0])
        ends = df.loc[todo, b if b in df.columns else a].map(lambda v: timex_bounds(v)[1])
        ends = ends.where(ends != "", df.loc[todo, a].map(lambda v: timex_bounds(v)[1]))
        lo.loc[todo] = starts
        hi.loc[todo] = ends
    if articles is not None and len(articles) and "article_id" in df.columns and "published" in articles.columns:
        pub = dict(zip(articles["article_id"], articles["published"], strict=False))
        todo = lo == ""
        if todo.any():
            vals = df.loc[todo, "article_id"].map(pub)
            lo.loc[todo] = vals.map(lambda v: timex_bounds(v)[0])
            hi.loc[todo] = vals.map(lambda v: timex_bounds(v)[1])
    return lo, hi


def _any_match(df, columns: tuple[str, ...], wanted: tuple[str, ...]):
    """Mask: some column among ``columns`` holds one of ``wanted``; None if the table has none of them."""
    present = [c for c in columns if c in df.columns]
    if not present:
        return None
    want = set(wanted)
    mask = df.index != df.index
    for c in present:
        mask |= df[c].map(lambda v: bool(want.intersection(split_multi(v)))).to_numpy(dtype=bool)
    return mask


def apply_filters(df, f: Filters, articles=None):
    """Rows of ``df`` (any table) that pass ``f``; ``articles`` (optional) supplies outlets and publication dates.

    Undated rows fall back to their article's publication date; rows with no date at all are dropped
    only when a date range is set.
    """
    if df is None or len(df) == 0:
        return df
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
        mask &= df["event_type"].isin(f.event_types).to_numpy(dtype=bool)
    if f.factions:
        m = _any_match(df, FACTION_COLUMNS, f.factions)
        if m is not None:
            mask &= m
    if f.actors:
        if is_mention:
            mask &= (df["kind"].eq("actor") & df["value"].isin(f.actors)).to_numpy(dtype=bool)
        else:
            m = _any_match(df, ACTOR_COLUMNS, f.actors)
            if m is not None:
                mask &= m
    if f.places:
        if is_mention:
            mask &= (df["kind"].eq("place") & df["value"].isin(f.places)).to_numpy(dtype=bool)
        else:
            m = _any_match(df, PLACE_COLUMNS, f.places)
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
        lo, hi = row_intervals(df, articles)
        dated = (lo != "").to_numpy(dtype=bool)
        ok = dated
        if f.date_from:
            ok = ok & (hi >= f.date_from).to_numpy(dtype=bool)
        if f.date_to:
            ok = ok & (lo <= f.date_to).to_numpy(dtype=bool)
        if dated.any() or "published" in cols:
            mask &= ok
    return df[mask]


def filter_options(tables: dict) -> dict[str, list[str]]:
    """Sorted choices for each sidebar filter, gathered from every table.

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
                found[key].update(v for v in df.loc[df["kind"] == kind, "value"].dropna() if str(v).strip())
            if "faction" in df.columns:
                found["factions"].update(x for v in df["faction"] for x in split_multi(v))
            continue
        for cols, key in ((FACTION_COLUMNS, "factions"), (ACTOR_COLUMNS, "actors"), (PLACE_COLUMNS, "places")):
            for c in cols:
                if c in df.columns:
                    found[key].update(x for v in df[c] for x in split_multi(v))
        if "event_type" in df.columns:
            found["event_types"].update(v for v in df["event_type"].dropna() if str(v).strip())
        if name == "articles":
            found["outlets"].update(v for v in df["outlet"].dropna() if str(v).strip())
            found["articles"].update(v for v in df["article_id"].dropna() if str(v).strip())
    return {k: sorted(v, key=str.casefold) for k, v in found.items()}


def date_extent(tables: dict) -> tuple[str, str]:
    """Earliest and latest day any row is dated to ('', '' when nothing is dated)."""
    los, his = [], []
    for name, df in tables.items():
        if df is None or not len(df) or name == "regions":
            continue
        lo, hi = row_intervals(df)
        los += [v for v in lo if v]
        his += [v for v in hi if v]
    return (min(los), max(his)) if los else ("", "")


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
