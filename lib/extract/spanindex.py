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


class Enclosing:
    """Spans, asked whether a longer one encloses ``(a, b)`` (``x <= a and b <= y and y - x > b - a``) in O(log n):
    with ``x <= a``, a span ending after ``b`` is longer, and one ending at ``b`` is longer when it starts before ``a``;
    so the running maximum of ends over the spans sorted by start answers it (a long article asks it for every
    organisation phrase against every dictionary name).

    >>> e = Enclosing([(10, 30), (40, 45)])
    >>> e.any(12, 20), e.any(10, 30), e.any(10, 29), e.any(11, 30), e.any(40, 45), e.any(5, 12)
    (True, False, True, True, False, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [x for x, _ in spans]
        self.max_end = list(accumulate((y for _, y in spans), max))

    def any(self, a: int, b: int) -> bool:
        k = bisect_right(self.starts, a)  # the spans with x <= a
        if k and self.max_end[k - 1] > b:
            return True
        k = bisect_left(self.starts, a)  # the spans with x < a
        return k > 0 and self.max_end[k - 1] >= b


class Covers:
    """Half-open spans ``[a, b)`` (the quotes of an article), asked whether one covers a position and which is the
    last end at or before it, in O(log n) (the statements stage asks both for every reporting verb: quadratic on a
    long article as a pass over every quote).

    >>> c = Covers([(10, 20), (0, 5)])
    >>> c.covers(4), c.covers(5), c.covers(19), c.covers(20)
    (True, False, True, False)
    >>> c.floor(12, 3), c.floor(25, 3), c.floor(2, 3)
    (5, 20, 3)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = list(spans)
        self._over = Overlaps(spans)
        self.ends = sorted(b for _, b in spans)

    def covers(self, p: int) -> bool:
        """``any(a <= p < b for a, b in spans)``."""
        return self._over.any(p, p + 1)

    def floor(self, p: int, default: int) -> int:
        """``max([default] + [b for a, b in spans if b <= p])``."""
        k = bisect_right(self.ends, p)
        return max(default, self.ends[k - 1]) if k else default


class Paragraphs:
    """An article's sentences by paragraph number, in their order, built once (a pronoun's antecedent is looked for
    in its own and the previous paragraphs: a pass over every sentence per pronoun on a long article).

    ``of(p)`` is ``[x for x in sentences if x.paragraph == p]``; ``body_before(p)`` is the last paragraph number of a
    ``body`` sentence listed before any body sentence of paragraph ``p`` or later, as the pass
    ``[x for x in sentences if x.paragraph < p and x.region == "body"][-1].paragraph`` gives it (None if none).

    >>> from collections import namedtuple
    >>> S = namedtuple("S", "paragraph region")
    >>> ix = Paragraphs([S(0, "headline"), S(1, "body"), S(1, "body"), S(3, "body")])
    >>> len(ix.of(1)), ix.of(2), ix.body_before(3), ix.body_before(1), ix.body_before(9)
    (2, [], 1, None, 3)
    >>> ix.first(3, 1) == ix.sentences[1], ix.first(2) is None
    (True, True)
    """

    def __init__(self, sentences: Iterable[Any]):
        self.sentences = tuple(sentences)
        self._of: dict[int, list] = {}
        self._first: dict[int, int] = {}  # paragraph -> position of its first sentence
        for i, x in enumerate(self.sentences):
            self._of.setdefault(x.paragraph, []).append(x)
            self._first.setdefault(x.paragraph, i)
        body = [x.paragraph for x in self.sentences if x.region == "body"]
        self._body = body if all(a <= b for a, b in zip(body, body[1:], strict=False)) else None  # numbered in order: bisect

    def of(self, p: int) -> list:
        return self._of.get(p, [])

    def first(self, *ps: int) -> Any:
        """The first sentence listed of paragraphs ``ps``: ``[x for x in sentences if x.paragraph in ps][0]`` (None)."""
        at = [self._first[p] for p in ps if p in self._first]
        return self.sentences[min(at)] if at else None

    def body_before(self, p: int) -> int | None:
        body = self._body
        if body is None:  # (paragraph numbers out of order: the pass itself)
            prev = [x for x in self.sentences if x.paragraph < p and x.region == "body"]
            return prev[-1].paragraph if prev else None
        k = bisect_left(body, p)
        return body[k - 1] if k else None


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
