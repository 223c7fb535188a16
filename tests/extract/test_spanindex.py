"""``SpanIndex.inside`` gives the list of the comprehension over every mention, ``Overlaps.any``, ``Enclosing.any``
and ``Covers`` the answers of the pass over every span, ``Paragraphs`` the sentences of the pass over every sentence
(lib/extract/spanindex.py)."""
from __future__ import annotations

from collections import namedtuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.spanindex import Covers, Enclosing, Overlaps, Paragraphs, SpanIndex

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


SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 15)).map(lambda t: (t[0], t[0] + t[1])), max_size=25)


@pytest.mark.parametrize("spans, queries", [
    ([], [(0, 5)]),
    ([(10, 30), (40, 45)], [(12, 20), (10, 30), (10, 29), (11, 30), (40, 45), (5, 12), (30, 40)]),
    ([(10, 30), (10, 30)], [(10, 30), (10, 20)]),  # the same span twice: not longer than itself
    ([(5, 5), (0, 9)], [(5, 5), (0, 9), (9, 9)]),  # empty spans, and one enclosing an empty query
])
def test_enclosing_answers_as_the_pass_over_every_span(spans, queries):
    e = Enclosing(spans)
    for a, b in queries:
        assert e.any(a, b) == any(x <= a and b <= y and y - x > b - a for x, y in spans)


@settings(max_examples=200, deadline=None)
@given(SPANS, st.integers(0, 80), st.integers(0, 20))
def test_enclosing_fuzzed(spans, a, n):
    assert Enclosing(spans).any(a, a + n) == any(x <= a and a + n <= y and y - x > n for x, y in spans)


@pytest.mark.parametrize("spans, positions", [
    ([], [0, 5]),
    ([(10, 20), (0, 5)], [0, 4, 5, 9, 10, 19, 20, 25]),
    ([(3, 3), (3, 4)], [2, 3, 4]),  # an empty span covers nothing
    ([(0, 50), (10, 12)], [11, 12, 49, 50]),  # nested quotes
])
def test_covers_and_floor_answer_as_the_pass_over_every_span(spans, positions):
    c = Covers(spans)
    for p in positions:
        assert c.covers(p) == any(a <= p < b for a, b in spans)
        assert c.floor(p, 1) == max([1] + [b for a, b in spans if b <= p])


@settings(max_examples=200, deadline=None)
@given(SPANS, st.integers(0, 80), st.integers(0, 80))
def test_covers_and_floor_fuzzed(spans, p, default):
    c = Covers(spans)
    assert c.covers(p) == any(a <= p < b for a, b in spans)
    assert c.floor(p, default) == max([default] + [b for a, b in spans if b <= p])


S = namedtuple("S", "paragraph region n")


def _check_paragraphs(sentences):
    ix = Paragraphs(sentences)
    for p in range(-1, 8):
        assert ix.of(p) == [x for x in sentences if x.paragraph == p]
        prev = [x for x in sentences if x.paragraph < p and x.region == "body"]
        assert ix.body_before(p) == (prev[-1].paragraph if prev else None)
        for q in range(-1, 8):
            listed = [x for x in sentences if x.paragraph in (q, p)]
            assert ix.first(q, p) == (listed[0] if listed else None)


@pytest.mark.parametrize("paragraphs", [
    [],
    [(0, "headline"), (1, "body"), (1, "body"), (2, "quote"), (3, "body")],
    [(0, "body"), (2, "body"), (1, "body")],  # numbered out of order: the pass itself
    [(1, "dateline"), (1, "body"), (4, "body"), (4, "footer")],
])
def test_paragraphs_give_the_sentences_of_the_pass_over_every_sentence(paragraphs):
    _check_paragraphs([S(p, r, i) for i, (p, r) in enumerate(paragraphs)])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.sampled_from(("body", "headline", "quote"))), max_size=14))
def test_paragraphs_fuzzed(paragraphs):
    _check_paragraphs([S(p, r, i) for i, (p, r) in enumerate(paragraphs)])
