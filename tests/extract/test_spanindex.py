"""``SpanIndex.inside`` gives the list of the comprehension over every mention, ``Overlaps.any`` the answer of the
pass over every span (lib/extract/spanindex.py)."""
from __future__ import annotations

from collections import namedtuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.spanindex import Overlaps, SpanIndex

M = namedtuple("M", "start end tag")


def _every(items, start, end):
    return [m for m in items if start <= m.start and m.end <= end]


@pytest.mark.parametrize("items, start, end", [
    ([], 0, 10),
    ([M(0, 5, "a"), M(0, 5, "b"), M(0, 3, "c")], 0, 5),  # ties at one start keep the given order
    ([M(5, 5, "empty"), M(5, 9, "x")], 0, 5),  # an empty mention at the span's end is inside
    ([M(3, 12, "long"), M(4, 6, "in")], 2, 10),  # starts inside, ends after: out
    ([M(9, 10, "z"), M(1, 2, "a"), M(4, 5, "m")], 0, 100),  # given unsorted: returned in the given order
    ([M(1, 2, "a")], 2, 2),
])
def test_inside_equals_the_pass_over_every_mention(items, start, end):
    assert SpanIndex(items).inside(start, end) == _every(items, start, end)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)), max_size=30), st.integers(0, 70),
       st.integers(0, 40))
def test_inside_equals_the_pass_over_every_mention_fuzzed(pairs, start, length):
    items = [M(a, a + n, i) for i, (a, n) in enumerate(pairs)]
    ix = SpanIndex(items)
    assert ix.inside(start, start + length) == _every(items, start, start + length)


def test_index_of_is_built_once_per_tuple_and_follows_a_new_one():
    from lib.extract.spanindex import index_of

    a = (M(0, 5, "a"), M(6, 9, "b"))
    b = (M(0, 5, "c"),)
    assert index_of(a) is index_of(a)
    assert index_of(b).inside(0, 10) == [M(0, 5, "c")]
    assert index_of(a).inside(0, 10) == list(a)


@pytest.mark.parametrize("spans, queries", [
    ([], [(0, 5)]),
    ([(10, 20), (0, 5)], [(4, 6), (5, 10), (19, 30), (20, 30), (0, 100), (12, 13)]),
    ([(0, 100), (10, 12), (50, 60)], [(99, 120), (100, 120), (11, 11)]),  # a long span first
    ([(5, 5), (5, 8)], [(5, 6), (4, 5), (8, 9)]),  # empty and touching spans
])
def test_overlaps_answers_as_the_pass_over_every_span(spans, queries):
    o = Overlaps(spans)
    for a, b in queries:
        assert o.any(a, b) == any(x < b and a < y for x, y in spans)
