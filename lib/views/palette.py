"""The one palette of the dashboard: every chart takes its colours from here, so an event type keeps its colour
whatever the filter, the page or the chart.

Approach: event types get colours in the order of the vocabulary (``lib/data/event_types.csv``), never in the
order of the rows on screen; a value outside the vocabulary gets a colour from a hash of its name, so it is
stable too. Categorical series that are not event types (factions on the map) cycle through the same palette.

Example:
    >>> type_colour("meeting") == type_colour("meeting") != type_colour("visit")
    True
"""
from __future__ import annotations

import csv
import zlib
from functools import lru_cache

# 20 colours distinguishable on white (Tableau 10 then darker/lighter companions); grey is kept for "other".
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22",
           "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354", "#756bb1",
           "#636363", "#fd8d3c")
OTHER = "#7f7f7f"


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    from lib.extract.events import TYPES_CSV

    with open(TYPES_CSV, encoding="utf-8", newline="") as fh:
        return tuple(r["type"] for r in csv.DictReader(fh) if r.get("type"))


def type_colour(event_type: str) -> str:
    """The colour of an event type: its place in the vocabulary, else a hash of its name.

    >>> type_colour("meeting"), type_colour("visit")
    ('#1f77b4', '#d62728')
    """
    vocab = _vocabulary()
    if event_type in vocab:
        return PALETTE[vocab.index(event_type) % len(PALETTE)]
    if not event_type:
        return OTHER
    return PALETTE[zlib.crc32(str(event_type).encode("utf-8")) % len(PALETTE)]


def type_colours(types) -> dict[str, str]:
    """{event type: colour} for the types given; the same type always gets the same colour.

    >>> type_colours(["visit"])["visit"] == type_colours(["meeting", "visit", "attack"])["visit"]
    True
    """
    return {t: type_colour(t) for t in sorted(set(types), key=str)}
