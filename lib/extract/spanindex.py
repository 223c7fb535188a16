"""The mentions that lie inside a span, and whether any span overlaps another, without a pass over every one.

Idea: a stage that walks an article sentence by sentence and, for each sentence, keeps the mentions inside it
(``start <= m.start and m.end <= end``) passes over all the article's mentions per sentence: quadratic in the
article's length (a 200K-character article has ~1,500 sentences and thousands of mentions). Sorted by start, the
mentions that can lie inside a span are a contiguous run found by bisection.

Approach: ``SpanIndex`` keeps the mentions' positions in start order; ``inside`` bisects the run of starts in
``[start, end]``, keeps those ending by ``end`` and returns them in the order they were given (the same list as the
comprehension over every mention, so ties between mentions at one start keep their order).

Example:
    >>> from collections import namedtuple
    >>> M = namedtuple("M", "start end")
    >>> ix = SpanIndex([M(30, 35), M(2, 6), M(8, 20), M(12, 14)])
    >>> ix.inside(0, 15)
    [M(start=2, end=6), M(start=12, end=14)]
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Any


class SpanIndex:
    """Items with ``start``/``end`` (mentions), indexed by start."""

    def __init__(self, items: Iterable[Any]):
        self.items = tuple(items)
        self.order = sorted(range(len(self.items)), key=lambda i: self.items[i].start)
        self.starts = [self.items[i].start for i in self.order]

    def inside(self, start: int, end: int) -> list:
        """The items with ``start <= item.start and item.end <= end``, in the order they were given."""
        lo, hi = bisect_left(self.starts, start), bisect_right(self.starts, end)
        items = self.items
        return [items[i] for i in sorted(i for i in self.order[lo:hi] if items[i].end <= end)]


class Overlaps:
    """Spans, asked whether any overlaps ``(a, b)`` (``x < b and a < y``) in O(log n): the spans sorted by start and
    the running maximum of their ends (a long article asks this for every capitalised word).

    >>> o = Overlaps([(10, 20), (0, 5)])
    >>> o.any(4, 6), o.any(5, 10), o.any(19, 30), o.any(20, 30)
    (True, False, True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [x for x, _ in spans]
        self.max_end = list(accumulate((y for _, y in spans), max))

    def any(self, a: int, b: int) -> bool:
        k = bisect_left(self.starts, b)  # the spans with x < b
        return k > 0 and self.max_end[k - 1] > a


_LAST: tuple = (None, None)  # (the tuple indexed last, its index): holding the tuple keeps its id from being reused


def index_of(items: tuple) -> SpanIndex:
    """The ``SpanIndex`` of a tuple, built once for the tuple asked about last (a stage asks about the same
    article's mentions many times: ``dates.governing_date`` for every clause). Only tuples: a list may change.
    (The pair is read and replaced whole, so threads extracting different articles never get another's index.)"""
    global _LAST
    pair = _LAST
    if pair[0] is not items:
        pair = _LAST = (items, SpanIndex(items))
    return pair[1]
