"""An alternation written as a tree on leading words (``keyed_alt``) matches exactly as the flat alternation when a
non-word character follows it (the dictionary's real names and made-up ones; own sentences and fuzzed text), and
not always otherwise (the precondition is real)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.actors.dictionary import _tables
from lib.extract.actors.titles import _alt, _keyed
from lib.extract.keyed_alt import keyed_alternation


def _names() -> list[str]:
    alias_to, adjectives = _tables()
    return [*alias_to, *adjectives, "Abu", "Abu Mazen", "'Abbas", "U.S.", "US", "USA", "al-Sisi", "al", "Sana'a"]


# what may follow the alternation in the actor patterns: a possessive, a space and a word, or a word boundary
FOLLOWERS = (r"['’]s?\s+(?P<w>\w+)", r"\s+(?P<w>\w+)", r"(?![\w-])", r"\s*,?\s+(?P<w>and)")
SENTENCES = [
    "Hamas and Fatah officials met U.S. envoys; the USA's Abu Mazen spoke, Abu Ali did not.",
    "Egypt's foreign ministry, Egyptian officials, al-Sisi and al Sisi, the Palestinian Authority (PA) said.",
    "Hamasx, pre-Hamas, Hamas-led, 'Abbas said, Sana’a and Sana'a, Israel’s army and Israeli, Jordanian and US",
    "Türkiye's Foreign Ministry, the UN Security Council, the United Nations Security Council said.",
    "",
]


def _spans(rx: re.Pattern, text: str):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def _pair(follow: str) -> tuple[re.Pattern, re.Pattern]:
    names = _names()
    flat = re.compile(rf"(?<![\w-])(?P<fac>{_alt(names)}){follow}")
    tree = re.compile(rf"(?<![\w-])(?P<fac>{_keyed(names)}){follow}")
    return flat, tree


@pytest.mark.parametrize("follow", FOLLOWERS)
@pytest.mark.parametrize("text", SENTENCES)
def test_tree_matches_as_flat_alternation(follow, text):
    flat, tree = _pair(follow)
    assert _spans(tree, text) == _spans(flat, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*SENTENCES[:4], "Hamas", "Abu", " Mazen", "'s ", "’", "-", ", ", " and ", "US",
                                 "A", "x", " "]), max_size=10).map("".join))
def test_tree_matches_as_flat_alternation_on_fuzzed_text(text):
    for follow in FOLLOWERS:
        flat, tree = _pair(follow)
        assert _spans(tree, text) == _spans(flat, text)


@pytest.mark.parametrize("alternatives, want", [
    (["Abu Mazen", "Abu", "Hamas"], r"A(?:bu(?:\ Mazen|))|H(?:amas(?:))"),  # one run, its rests in order
    (["US", "USA", "UK"], "U(?:S(?:)|SA(?:)|K(?:))"),  # runs under their first character, in order
    (["'Abbas", "Abbas"], "(?:(?:'Abbas))|A(?:bbas(?:))"),  # no leading run: its own group
    ([], ""),
])
def test_tree_text(alternatives, want):
    assert keyed_alternation(alternatives, re.escape) == want


def test_a_word_character_after_the_alternation_may_match_otherwise():
    # ("Ham X", "Hamas", "Ham"): flat tries "Hamas" before "Ham"; the tree groups the two "Ham" runs first
    alts = ["Ham X", "Hamas", "Ham"]
    flat = re.compile(rf"(?P<fac>{'|'.join(map(re.escape, alts))})\w*")
    tree = re.compile(rf"(?P<fac>{keyed_alternation(alts, re.escape)})\w*")
    assert flat.match("Hamas")["fac"] == "Hamas"
    assert tree.match("Hamas")["fac"] == "Ham"


@pytest.mark.parametrize("text", [
    "Deputy Foreign Minister X, SECRETARY-GENERAL Y, secretary general Z, Vice-President W, co-ordinator V",
    "Tánaiste Micheál Martin and Tanaiste X; the Minister of Energy and Water said; ſecretary; Ministerial",
    "",
])
def test_case_insensitive_tree_matches_as_flat_alternation(text):
    from lib.extract.actors.titles import PORTFOLIOS, TITLE_WORDS

    words = sorted(TITLE_WORDS | PORTFOLIOS, key=len, reverse=True)
    for follow in (r"[ -]", r"\s+(?P<w>\w+)"):
        flat = re.compile(rf"(?<![\w-])(?P<t>(?i:{'|'.join(words)})){follow}")
        tree = re.compile(rf"(?<![\w-])(?P<t>(?i:{keyed_alternation(words, str)})){follow}")
        assert _spans(tree, text) == _spans(flat, text)
