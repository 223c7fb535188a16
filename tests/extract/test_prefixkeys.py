"""The prefix index keeps every pattern that can match: running only its candidates gives the matches of all."""
from __future__ import annotations

import importlib
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.prefixkeys import PrefixIndex, prefixes

PATTERNS = [
    r"meet|meets|met|meeting",
    r"(?<=to )gather|(?<=will )gather|gathered",
    r"(?:signing )?ceremony|air ?raids?",
    r"(?:phone|telephone) (?:call|conversation)s?|phoned",
    r"(?<!press )conference",
    r"to demand|demands that",
    r"[Rr]ounds?(?=\s+(?:in|at)\s)",
    r"video ?-?conference|virtual meeting",
    r"(?:sent|dispatched)(?= (?:[\w'-]+ ){0,3}(?:envoys?|team)\b)",
    r"(?:[\w-]+ )?together",  # may start anywhere: always a candidate
]


def _compiled():
    return [re.compile(rf"(?<![\w-])(?:{p})(?![\w-])", re.I) for p in PATTERNS]


def _all_matches(rxs, text, a, b, only=None):
    return [(i, m.span()) for i, rx in enumerate(rxs) if only is None or i in only for m in rx.finditer(text, a, b)]


@pytest.mark.parametrize("pattern,expected", [
    ("meet|meets|met", {"mee", "met"}),
    ("(?<=to )gather|hosted", {"gat", "hos"}),
    ("(?:signing )?ceremony", {"sig", "cer"}),
    ("[Rr]ound", {"rou"}),
    ("a?b", {"ab", "b"}),
    ("to", {"to"}),
    ("(?:[\\w-]+ )?together", None),  # a class of any word character first
    ("\\s*talks", None),
    ("|talks", None),  # an empty alternative
])
def test_prefixes(pattern, expected):
    got = prefixes(pattern, re.I)
    assert (None if got is None else set(got)) == expected


@pytest.mark.parametrize("text", [
    "The ministers met in Amman after a signing ceremony.",
    "Talks were held by phone; a telephone conversation followed.",
    "She went to gather support, and they gathered at the press conference.",
    "Anti-meeting protests: no meeting; pre-ceremony chatter.",  # hyphenated words are not word starts
    "MEETING, Meeting and meeting: case does not matter.",
    "The \u212aelvin sign and the long \u017f in \u017figning ceremony.",  # Unicode folds to ASCII letters
    "Rounds in Doha; round at Geneva; a video-conference and a videoconference.",
    "They sent two envoys; dispatched a team; sent it back.",
    "to demand that he demands that",
    "brought the rivals together",
    "",
])
def test_candidates_keep_every_match(text):
    rxs = _compiled()
    ix = PrefixIndex([rx.pattern for rx in rxs], re.I)
    for a, b in [(0, len(text)), (4, len(text)), (0, max(0, len(text) - 5)), (len(text) // 2, len(text))]:
        only = set(ix.candidates(text, a, b))
        assert _all_matches(rxs, text, a, b, only) == _all_matches(rxs, text, a, b)
        assert list(ix.candidates(text, a, b)) == sorted(only)


def test_candidates_skip_patterns_that_cannot_match():
    rxs = _compiled()
    ix = PrefixIndex([rx.pattern for rx in rxs], re.I)
    text = "The weather was fine."
    assert ix.candidates(text, 0, len(text)) == (len(PATTERNS) - 1,)  # only the pattern that may start anywhere


def test_candidates_on_fuzzed_text():
    rxs = _compiled()
    ix = PrefixIndex([rx.pattern for rx in rxs], re.I)
    words = ["met", "meeting", "to", "gather", "signing", "ceremony", "air", "raid", "raids", "phone", "call",
             "press", "conference", "demand", "that", "rounds", "in", "at", "video", "-", "sent", "envoys", "team",
             "together", "anti-", "\u212a", "\u017f", "Met", "AIR", "the", "x"]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(words) + rng.choice([" ", "", "-", ", ", "\n"]) for _ in range(rng.randint(0, 14)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        only = set(ix.candidates(text, a, b))
        assert _all_matches(rxs, text, a, b, only) == _all_matches(rxs, text, a, b)


def test_event_triggers_all_keyed_and_same_hits():
    """Every event trigger has prefixes, and find_triggers equals running every trigger on own sentences."""
    from lib.extract.document import document_from_text

    tr = importlib.import_module("lib.extract.events.triggers")
    assert tr._trigger_index().always == ()
    d = document_from_text("a", "The envoy flew to Doha, met the emir and signed an accord. Protesters rallied. "
                                "Rockets hit the town after an air raid; the talks were suspended. He will host them.")
    for s in d.sentences:
        every = [(m.start(), m.end()) for t in tr.triggers() for m in t.pattern.finditer(d.text, s.start, s.end)]
        kept = [(m.start(), m.end()) for i in tr._trigger_index().candidates(d.text, s.start, s.end)
                for m in tr.triggers()[i].pattern.finditer(d.text, s.start, s.end)]
        assert kept == every


GATE_PATTERNS = [
    r"\b(?:[Ll]ast|[Nn]ext)\s+(?:week|month)\b",
    r"(?P<day>[0-3]?\d)\s+(?:May|June)",
    r"(?i:since)\s+(?:early|late)\s+\d{4}",  # case-insensitive part: only the case-sensitive words gate
    r"(?i)talks\s+in\s+\w+",  # all case-insensitive: no literal gate
    r"\d+|ago",  # a branch with a part that needs no digit
    r"(?:abc)+x?[0-9]",
    r"(?:ab|)cd",  # an empty alternative: "cd" still gates
    r"x(?=yz)q",
]
GATE_TEXTS = ["Talks resumed last week in Cairo.", "On 3 May they met.", "SINCE EARLY 2020, talks", "since late",
              "TALKS IN DOHA", "two days ago", "abcabc7", "cd", "xq", "xyzq", "", "٣ May", "Ｍay 5", "ſince early 2020"]


@pytest.mark.parametrize("pattern", GATE_PATTERNS)
def test_a_closed_gate_means_no_match(pattern):
    from lib.extract.prefixkeys import Gate

    rx = re.compile(pattern)
    gate = Gate(rx)
    for text in GATE_TEXTS:
        if not gate.may_match(text):
            assert rx.search(text) is None, (pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GATE_TEXTS + [" ", "7", "week", "May", "ago", "yz", "Ｋ", "-"]), max_size=8).map("".join))
def test_a_closed_gate_means_no_match_fuzzed(text):
    from lib.extract.prefixkeys import Gate
    from lib.extract.timex_grammar import rules

    for rx in [re.compile(p) for p in GATE_PATTERNS] + [p for _n, p in rules().patterns]:
        if not Gate(rx).may_match(text):
            assert rx.search(text) is None, (rx.pattern[:60], text)


@pytest.mark.parametrize("text", ["Talks resumed on Sunday, a day after the 1967 border row.",
                                  "In early March 2023 the envoy said two weeks ago that talks would resume next month.",
                                  "The seventh of October; 15/09/2020; 2023-03-19; Aug. 7 last year; mid-2021.",
                                  "No date at all here.", "٣ May and ١٩٦٧"])
def test_timex_candidates_equal_the_ungated_run(text):
    """``timex_grammar.candidates`` with its gates finds what running every pattern finds."""
    from lib.extract import timex_grammar as tg

    ungated = [(name, m.span()) for name, pat in tg.rules().patterns for m in pat.finditer(text)]
    gated = [(name, m.span()) for (name, pat), g in zip(tg.rules().patterns, tg._gates(), strict=True)
             if g.may_match(text) for m in pat.finditer(text)]
    assert gated == ungated
