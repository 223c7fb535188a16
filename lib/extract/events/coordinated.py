"""Coordinated years: a placed meeting dated "in 2021 and 2022" is one round a year.

Idea: "rounds of talks in Baghdad in 2021 and 2022" and "deals signed in Cairo in 2011 and 2017" name one gathering
per year; one event dated to the first year loses the others. "between 2021 and 2022" is one span, and "met in 2021
and signed a deal in 2022" gives the second year to another predicate.
Approach: for a placed meeting or visit dated by a year mention, each year mention that follows it joined only by
a comma or "and" (and an optional "in": "in 2018, 2019 and 2021", "in 2015 and in 2016") gives a copy of the event
dated to that year, with an id of its own; so does a month of another written year after a month ("in May 2011 and in
October 2017"). Days and months of one year are left alone ("on Monday and Tuesday", "in January and February
2014" are one meeting).

Example:
    >>> from lib.extract import extract_document
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Iraq hosted talks in Baghdad in 2021 and 2022.", published="2023-03-10")
    >>> sorted((e.location, e.date) for e in extract_document(doc).events if e.event_type == "meeting")
    [('Baghdad', '2021'), ('Baghdad', '2022')]
"""
from __future__ import annotations

import re
from dataclasses import replace

from lib.extract.events.periods import _date_of
from lib.extract.events.text import VENUE_TYPES
from lib.extract.events.triggers import _Draft
from lib.models import Document, Mention

# what may stand between two coordinated years: ", ", " and ", ", and ", " and in "
_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:in\s+)?")
# a span of years is one period: "between 2021 and 2022", "from 2015 to 2017"
_SPAN_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.I)


def coordinated_years(doc: Document, dates: list[Mention], drafts: list[_Draft]) -> list[_Draft]:
    """``drafts`` with a copy of each placed meeting or visit for every year coordinated with its own year, and
    for every month of another written year coordinated with its own month ("signed in Cairo in May 2011 and in
    October 2017"; "in June 2012 and in January and February 2014": one more, February 2014, as "January" has no
    year written).

    >>> from lib.extract import extract_document
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a", "Deals were signed in Cairo in May 2011 and in October 2017.", published="2022-10-13")
    >>> sorted((e.location, e.date) for e in extract_document(doc).events if e.event_type == "meeting")
    [('Cairo', '2011-05'), ('Cairo', '2017-10')]
    """
    periods = sorted((m for m in dates if m.precision in ("year", "month")), key=lambda m: m.start)
    by_id = {m.mention_id: m for m in periods}
    out = list(drafts)
    for d in drafts:
        m = by_id.get(getattr(d.date, "mention_id", "") or "")
        if d.type not in VENUE_TYPES or d.venue is None or m is None or d.remote:
            continue
        if _SPAN_BEFORE.search(doc.text, max(0, m.start - 12), m.start):
            continue
        if m.precision == "month" and not _YEAR_WRITTEN.search(m.text):
            continue  # "in January and February 2014": one period, whatever year "January" was given
        end, last_year = m.end, m.value[:4]
        for n in periods:
            if n.start < end or n.start >= d.hit.sent.end:
                continue
            if not _JOIN.fullmatch(doc.text, end, n.start) or n.value == m.value or n.precision != m.precision:
                break
            end = n.end
            if m.precision == "month" and (not _YEAR_WRITTEN.search(n.text) or n.value[:4] == last_year):
                continue  # "in January and February 2014": one period of the year; "January": its year unwritten
            out.append(replace(d, date=_date_of(doc, dates, d.hit.sent, n), extra_id=f"{d.extra_id}|{n.value}"))
            last_year = n.value[:4]
    return out


_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
