"""Temporal tagger: find the temporal expressions of an article and give each its TimeML value.

The idea: dates in news are mostly relative ("on Sunday", "last month", "March 22", "a year earlier"), so the
tagger reads the article in order as a story and resolves each expression against the publication date (at
its precision: day, month or year), the explicit date the narrative last gave, and the tense of the verb that
governs it. It never uses today's date; it would rather leave an expression unplaced than guess.

The approach, one module per decision:
    ``lib.extract.timex_grammar``  candidate expressions (a small grammar over ``lib/data/dates_lexicon.csv``)
    ``clause_tense``   which clause a date belongs to and whether it speaks of the future or the past
    ``values``         the value of one candidate (the year of a month-day, the day of a weekday ...)
    ``story``          ``tag``: reading the article in order (narrative years, days counted from a day named)
    ``timex``          the TimeML types beyond calendar dates: TIME, SET, PRESENT/PAST/FUTURE_REF, quarters,
                       seasons, decades, points counted from the time in focus (with ``calendar_units``,
                       ``units`` and ``timex_words``; word lists in ``lib/data/timex_lexicon.csv``)
    ``publication``    ``infer_published``: the publication date when the manifest has none
    ``governing``      ``governing_date``: the date of a clause, for events, statements and casualty claims
Dates are kind='date' mentions with date_start/date_end (the timeline's periods); durations, sets and references
to the present are kind='duration', so they never date an event. ``lib.extract.timeml`` writes TimeML.
The catalogue of cases lives in the tests (tests/extract/test_dates*.py).

Example:
    >>> from lib.extract.document import document_from_text
    >>> doc = document_from_text("a1", "Talks were held on Sunday. Ramadan begins on March 22.",
    ...                          published="2023-03-19")
    >>> [(m.text, m.value, m.precision) for m in tag(doc)]
    [('Sunday', '2023-03-19', 'day'), ('March 22', '2023-03-22', 'day')]
"""
from __future__ import annotations

from lib.extract.dates import calendar_units, clause_tense, governing, periods, publication, story, timex, values
from lib.extract.dates.clause_tense import clauses, tense
from lib.extract.dates.governing import governing_date
from lib.extract.dates.periods import Anchor, DateRef, Resolved
from lib.extract.dates.publication import infer_published
from lib.extract.dates.story import resolve_anchored, tag
from lib.extract.dates.values import resolve

__all__ = ["Anchor", "DateRef", "Resolved", "clauses", "governing_date", "infer_published", "resolve",
           "resolve_anchored", "tag", "tense"]

# the helpers callers reached as ``dates._name`` when the tagger was one module (``dates._is_relative``)
for _mod in (periods, clause_tense, values, story, publication, governing, calendar_units, timex):
    for _name, _value in vars(_mod).items():
        if _name.startswith("_") and not _name.startswith("__"):
            globals().setdefault(_name, _value)
del _mod, _name, _value
