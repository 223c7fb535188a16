"""lib/views/querystate.py: Filters <-> URL query parameters."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.views.filters import Filters
from lib.views.querystate import from_params, query_string, to_params, viewer_link

OPTIONS = {"factions": ["Hamas", "Israel", "Palestinian Authority"], "actors": ["Mahmoud Abbas"],
           "event_types": ["meeting"], "places": ["Gaza"], "outlets": ["AFP"], "articles": ["a1"]}


@pytest.mark.parametrize("f", [
    Filters(),
    Filters(date_from="2023-01-01", date_to="2023-02-01"),
    Filters(date_from="2023-01-01"),
    Filters(factions=("Hamas", "Palestinian Authority"), actors=("Mahmoud Abbas",), event_types=("meeting",),
            places=("Gaza",), outlets=("AFP",), articles=("a1",)),
    Filters(text="cease & fire ?", hide_non_body=False, hide_coarse_dates=True),
])
def test_round_trip(f):
    back, notices = from_params(to_params(f), OPTIONS)
    assert back == f and notices == []


def test_defaults_give_an_empty_query():
    assert to_params(Filters()) == {}
    assert from_params({}) == (Filters(), [])


@pytest.mark.parametrize("params, expected, n_notices", [
    ({"dates": ["2023-13-01"]}, Filters(), 1),
    ({"dates": ["2023-03-01", "2023-02-01"]}, Filters(), 1),                  # reversed range
    ({"dates": ["2023-01-01", "2023-01-02", "2023-01-03"]}, Filters(), 1),
    ({"dates": "2023-01-05"}, Filters(date_from="2023-01-05"), 0),          # a plain string works too
    ({"faction": ["Hamas", "Atlantis"]}, Filters(factions=("Hamas",)), 1),
    ({"faction": ["Hamas", "Hamas"]}, Filters(factions=("Hamas",)), 0),     # duplicates collapse
    ({"body_only": ["perhaps"]}, Filters(), 1),
    ({"body_only": ["FALSE"]}, Filters(hide_non_body=False), 0),
    ({"exact_dates": ["1"]}, Filters(), 1),
    ({"q": ["x" * 500]}, Filters(), 1),
    ({"unknown": ["whatever"], "doc": ["a1"]}, Filters(), 0),               # other pages' keys left alone
    ({"q": ["<script>alert(1)</script>"]}, Filters(text="<script>alert(1)</script>"), 0),  # data, not code
])
def test_invalid_values_are_ignored_with_a_notice(params, expected, n_notices):
    f, notices = from_params(params, OPTIONS)
    assert f == expected
    assert len(notices) == n_notices


def test_without_options_any_value_is_kept():
    assert from_params({"faction": ["Atlantis"]})[0] == Filters(factions=("Atlantis",))


def test_query_string_and_viewer_link_escape():
    assert query_string({"q": ["a b&c=d"]}) == "q=a+b%26c%3Dd"
    assert viewer_link("a 1", 5) == "Articles?doc=a+1&at=5"
    assert viewer_link("a1", None, Filters(hide_non_body=False)) == "Articles?doc=a1&body_only=false"


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["dates", "faction", "q", "body_only", "exact_dates", "place", "zzz"]),
                       st.lists(st.text(max_size=12), max_size=3), max_size=5))
def test_from_params_never_raises(params):
    f, notices = from_params(params, OPTIONS)
    assert isinstance(f, Filters) and all(isinstance(n, str) for n in notices)
    assert set(f.factions) <= set(OPTIONS["factions"])
    again, _ = from_params(to_params(f), OPTIONS)
    assert again == f


@settings(max_examples=80, deadline=None)
@given(ids=st.lists(st.sampled_from(["a1", "a 2", "x&y=z", "ü/ö", ""]), max_size=6),
       factions=st.lists(st.sampled_from(["Hamas", "Palestinian Authority", "a&b"]), max_size=2),
       text=st.text(max_size=6), day=st.sampled_from(["", "2023-01-01"]), no_filter=st.booleans())
def test_viewer_links_equal_viewer_link_per_row(ids, factions, text, day, no_filter):
    from lib.views.querystate import viewer_links

    f = None if no_filter else Filters(date_from=day, factions=tuple(factions), text=text)
    starts = [i * 7 for i in range(len(ids))]
    if starts:
        starts[0] = None
    assert viewer_links(ids, starts, f) == [viewer_link(a, s, f) for a, s in zip(ids, starts, strict=True)]
