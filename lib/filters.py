"""Filters shared by every page, as a pure function over the tables.

Example:
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"article_id": ["a", "b"], "event_type": ["meeting", "attack"], "sentence": ["x", "y"],
    ...                    "date_start": ["2023-01-02", "2023-02-01"], "date_end": ["2023-01-02", "2023-02-01"],
    ...                    "factions": ["Hamas", "Israel"], "region": ["body", "body"]})
    >>> len(apply_filters(ev, Filters(event_types=("meeting",))))
    1
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Filters:
    """What the analyst chose in the sidebar. Empty tuples mean 'all'."""

    date_from: str = ""
    date_to: str = ""
    factions: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    text: str = ""
    hide_non_body: bool = True
    hide_coarse_dates: bool = False


def apply_filters(df, f: Filters):
    """Rows of ``df`` (any table) that pass ``f``; columns a table lacks are not filtered on."""
    if df is None or len(df) == 0:
        return df
    mask = df.index == df.index
    cols = set(df.columns)
    if f.hide_non_body and "region" in cols:
        mask &= df["region"].fillna("body").eq("body")
    if f.articles and "article_id" in cols:
        mask &= df["article_id"].isin(f.articles)
    if f.outlets and "outlet" in cols:
        mask &= df["outlet"].isin(f.outlets)
    if f.event_types and "event_type" in cols:
        mask &= df["event_type"].isin(f.event_types)
    for col, wanted in (("factions", f.factions), ("faction", f.factions), ("actors", f.actors)):
        if wanted and col in cols:
            s = df[col].fillna("")
            mask &= s.map(lambda v, wanted=wanted: bool(set(wanted) & {p.strip() for p in str(v).split(";")}))
    if f.places and "location" in cols:
        mask &= df["location"].isin(f.places)
    if f.text and "sentence" in cols:
        mask &= df["sentence"].fillna("").str.contains(f.text, case=False, regex=False)
    if (f.date_from or f.date_to) and "date_start" in cols:
        start = df["date_start"].fillna("")
        end = df["date_end"].fillna("") if "date_end" in cols else start
        end = end.where(end != "", start)
        if f.date_from:
            mask &= (end >= f.date_from) | (end == "")
        if f.date_to:
            mask &= (start <= f.date_to) | (start == "")
    if f.hide_coarse_dates and "date_precision" in cols:
        mask &= ~df["date_precision"].isin(["month", "year"])
    return df[mask]
