"""``last_call`` returns the remembered result only for the very same argument objects (lib/extract/lastcall.py)."""
from __future__ import annotations

from lib.extract.document import document_from_text
from lib.extract.lastcall import last_call
from lib.extract.reading import moved_words, unwrapped


def test_same_objects_reuse_the_result_and_new_ones_compute_again():
    calls = []

    @last_call
    def f(a, flag=False):
        calls.append((a, flag))
        return [a, flag]

    x, y = "abc", "".join(["ab", "c"])  # equal, not the same object
    first = f(x)
    assert f(x) is first and len(calls) == 1
    assert f(y) == first and len(calls) == 2  # equality is not identity: computed again
    assert f(y, flag=True) == [y, True] and len(calls) == 3  # another keyword value
    assert f(y, flag=True) is f(y, flag=True) and len(calls) == 3
    assert f(y) == [y, False] and len(calls) == 4


def test_reading_views_equal_a_fresh_computation():
    t = "\n".join(["Abbas said the Palestinians would resist the plan by all peaceful"] * 5) + "\nmeans.\n\nHe left."
    raw = document_from_text("a", "Headline\n\n" + t)
    view = unwrapped(raw)
    assert unwrapped(raw) is view  # the statements and casualty stages share it
    other = document_from_text("a", "Headline\n\n" + t)  # an equal document: computed again, equal
    assert unwrapped(other) == view and moved_words(other) == moved_words(raw)
