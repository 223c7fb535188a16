"""The cue candidates of a text by key-word index (``cues._candidates``) are those of a test per cue, in order."""
from __future__ import annotations

import pytest

from lib.extract.statements.cues import _candidates, _compiled, _normalise


def _plain(q: str):
    have = set(q.split())
    return [c for c in _compiled() if not c[4] or c[4] in have]


@pytest.mark.parametrize("words", [
    "We will not accept this and we reject the proposal",
    "Hamas welcomed the ceasefire but warned it would respond",
    "the weather was fine",  # only the keyless cues
    "",
    "condemn condemn condemned CONDEMN",
])
def test_candidates_are_the_cues_whose_key_word_occurs(words):
    q = _normalise(words)
    got = _candidates(q)
    assert got == _plain(q)
    assert len(got) == len({id(c) for c in got})  # each cue once


def test_a_key_word_brings_its_cues():
    key = next(c[4] for c in _compiled() if c[4])
    assert len(_candidates(key)) > len(_candidates("zzzz"))
